/**
 * Bundles the GitHub Action into dist/ (committed; CI fails when it is stale):
 *   dist/index.js  bootstrap: installs nodejs-polars into the runner's tool cache, then imports main.js
 *   dist/main.js   the action; its `nodejs-polars` import is a shim over the module the bootstrap loaded
 *   dist/chunks/   code main.js shares or imports only when a run needs it (remote mode, SQL, compare)
 * Output is deterministic (no timestamps, no absolute paths) so `git diff --exit-code dist/` works.
 */
import { rmSync } from 'node:fs';
import { build, type Plugin } from 'esbuild';
import {
  builtWorkers,
  common as shared,
  emitWorkers,
  inlineVersion,
  readJson,
  requireBanner,
  root,
  version,
  zodNamespace,
} from './esbuild-common.ts';

const polarsVersion = readJson('node_modules/nodejs-polars/package.json').version;
const duckdbVersion = readJson('node_modules/@duckdb/node-api/package.json').version;

/** `import pl from 'nodejs-polars'` -> the module object src/action/index.ts put in the global slot. */
const polarsShim: Plugin = {
  name: 'polars-shim',
  setup(b) {
    b.onResolve({ filter: /^nodejs-polars$/ }, () => ({ path: 'nodejs-polars', namespace: 'polars-shim' }));
    b.onLoad({ filter: /.*/, namespace: 'polars-shim' }, () => ({
      contents: `const pl = globalThis[Symbol.for('truthgate.nodejs-polars')];
if (!pl) throw new Error('nodejs-polars was not loaded; run dist/index.js, not dist/main.js');
module.exports = pl;`,
      loader: 'js',
    }));
  },
};

/**
 * @actions/core loads @actions/http-client (and with it undici, about 650 KB of the bundle) only
 * for OIDC tokens (core.getIDToken), which the action never requests; parsing and running them
 * was a tenth of a small pull request's start-up. The stub says so if anything ever asks.
 */
const noOidcClient: Plugin = {
  name: 'no-oidc-client',
  setup(b) {
    b.onResolve({ filter: /^@actions\/http-client(\/|$)/ }, (args) =>
      /@actions[\\/]core[\\/]/.test(args.importer)
        ? { path: args.path, namespace: 'no-oidc-client' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'no-oidc-client' }, () => ({
      contents: `class Unavailable { constructor() { throw new Error('OIDC tokens are not available in the Truthgate action'); } }
module.exports = { HttpClient: Unavailable, BearerCredentialHandler: Unavailable };`,
      loader: 'js',
    }));
  },
};

const common = {
  ...shared,
  target: 'node24',
  banner: { js: requireBanner },
} as const;

rmSync(root + 'dist', { recursive: true, force: true });
await build({
  ...common,
  entryPoints: [root + 'src/action/index.ts'],
  outfile: root + 'dist/index.js',
  define: {
    TRUTHGATE_POLARS_VERSION: JSON.stringify(polarsVersion),
    TRUTHGATE_DUCKDB_VERSION: JSON.stringify(duckdbVersion),
  },
  plugins: [inlineVersion],
});
await build({
  ...common,
  entryPoints: { main: root + 'src/action/entry.ts' },
  outdir: root + 'dist',
  // Modules imported dynamically (remote mode's Temporal client, SQL drivers, the base-branch
  // comparison) go to chunks loaded only when used: parsing and running the whole 6 MB bundle
  // was a third of a small pull request's run.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // DuckDB is native code the runner does not have (installed on first use, see
  // src/action/duckdb-runtime.ts); pg (pure JS) is bundled.
  external: ['@duckdb/node-api'],
  plugins: [polarsShim, noOidcClient, inlineVersion, builtWorkers, zodNamespace],
});
await emitWorkers(root + 'dist', common);
console.log(`dist/ built (truthgate ${version}, nodejs-polars ${polarsVersion} at run time)`);
