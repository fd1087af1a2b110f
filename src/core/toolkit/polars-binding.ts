/*
 * Where nodejs-polars' Rust binding comes from (read by polars-internals.ts). No imports: the
 * Action's bootstrap names the slot before nodejs-polars can be imported at all.
 */

/** The binding module, when a host loaded nodejs-polars from elsewhere (the Action's bootstrap). */
export const POLARS_BINDING_SLOT = Symbol.for('truthgate.nodejs-polars-binding');

/** Where nodejs-polars keeps its Rust binding (the package has no `exports` map). */
export const POLARS_BINDING_PATH = 'nodejs-polars/bin/internals/polars_internal.js';
