/**
 * Global slot for a function that loads `@duckdb/node-api` where a plain import cannot find it: the
 * GitHub Action's bundle leaves the native driver out and installs it on first use (see
 * src/action/duckdb-runtime.ts). Its own module so the Action's small bootstrap can set it.
 */
export const DUCKDB_LOADER_SLOT = Symbol.for('truthgate.duckdb-loader');

export type DuckdbLoader = () => Promise<unknown>;
