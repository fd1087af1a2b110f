/**
 * dist/index.js: the runner's entry point. nodejs-polars (a ~115 MB native package) cannot be
 * committed to dist/, so this small bootstrap installs it into the runner's tool cache, loads it,
 * hands it to the main bundle through a global slot (the bundle's `nodejs-polars` import is a shim
 * reading that slot; ESM ignores NODE_PATH) and only then imports the main bundle.
 */
import { asTruthgateError } from '../core/errors.ts';
import { parseLang } from '../core/i18n/ui.ts';
import { POLARS_BINDING_SLOT } from '../core/toolkit/polars-binding.ts';
import { offerDuckdb } from './duckdb-runtime.ts';
import { ensurePolars, loadPolars, loadPolarsBinding, POLARS_SLOT } from './polars-runtime.ts';

/** Inlined by scripts/build-action.ts from the installed nodejs-polars and DuckDB versions. */
declare const TRUTHGATE_POLARS_VERSION: string;
declare const TRUTHGATE_DUCKDB_VERSION: string;

try {
  const dir = ensurePolars(TRUTHGATE_POLARS_VERSION, (line) => process.stdout.write(`${line}\n`));
  (globalThis as Record<symbol, unknown>)[POLARS_SLOT] = loadPolars(dir);
  (globalThis as Record<symbol, unknown>)[POLARS_BINDING_SLOT] = loadPolarsBinding(dir);
  offerDuckdb(TRUTHGATE_DUCKDB_VERSION, (line) => process.stdout.write(`${line}\n`));
} catch (err) {
  const e = asTruthgateError(err);
  const lang = parseLang(process.env.INPUT_LANG);
  const hint = e.hint(lang);
  // The workflow-command form of core.setFailed; @actions/core stays out of this small bootstrap.
  const text = `${e.code}: ${e.message_(lang)}${hint ? ` ${hint}` : ''}`;
  process.stdout.write(`::error::${text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
  process.exit(1);
}
// A runtime-computed specifier keeps esbuild from inlining main.js into this bootstrap.
await import(new URL('./main.js', import.meta.url).href);
