/**
 * Builds the npm package into lib/ (run at `prepack`; not committed). Node never strips types
 * under node_modules, so the package ships JavaScript:
 *   lib/cli.js             the CLI; each command is its own chunk, loaded when named (see commands/index.ts)
 *   lib/index.js, *.d.ts   the library entry (src/core/index.ts) and its declarations (tsc)
 *   lib/chunks/            code shared by the entries and the per-command chunks
 *   lib/static/            dashboard assets, found from chunks/ as `../static/…` as in the sources
 *   lib/chunks/workflow-bundle.js  the Temporal workflows, bundled once here instead of at worker start
 * Small pure-JS dependencies are bundled; the rest (EXTERNAL, e.g. the native nodejs-polars) are
 * installed with the package.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { build } from 'esbuild';
import { WORKFLOW_BUNDLE_NAME } from '../src/temporal/worker.ts';
import {
  assertNoZodLocales,
  builtWorkers,
  common,
  emitWorkers,
  inlineVersion,
  requireBanner,
  root,
  version,
  zodNamespace,
} from './esbuild-common.ts';

/** Loaded from node_modules at run time: native code, own worker threads or files, or only used by heavy commands. */
const EXTERNAL = [
  'nodejs-polars',
  '@temporalio/*',
  '@hono/node-server',
  'hono',
  'pino',
  'nodemailer',
  '@octokit/rest',
  '@actions/core',
  'chart.js',
  'protobufjs',
  // Object-store SDKs, loaded on the object-store worker thread by the sources that need them.
  '@aws-sdk/*',
  '@google-cloud/*',
  // GCS credentials (sources/cloud/gcs-auth.ts): the copy @google-cloud/storage itself uses.
  'google-auth-library',
  '@azure/*',
  // SQL source drivers, loaded only for suites with SQL sources (DuckDB is native code).
  'pg',
  '@duckdb/node-api',
];

const out = join(root, 'lib');
rmSync(out, { recursive: true, force: true });

await build({
  ...common,
  entryPoints: { cli: join(root, 'src/cli/main.ts'), index: join(root, 'src/core/index.ts') },
  outdir: out,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // Small pure-JS dependencies are bundled (resolving zod's and yaml's ~170 files is most of
  // check's start-up); native, worker-thread and heavy ones stay installed dependencies.
  external: EXTERNAL,
  banner: { js: requireBanner },
  // zodNamespace last: esbuild keeps the first plugin's contents for a file.
  plugins: [inlineVersion, builtWorkers, zodNamespace],
});
assertNoZodLocales(out);
await emitWorkers(out, { ...common, external: EXTERNAL, banner: { js: requireBanner } });

cpSync(join(root, 'src/dashboard/static'), join(out, 'static'), { recursive: true });

const { code } = await bundleWorkflowCode({
  workflowsPath: join(root, 'src/workflows/index.ts'),
  logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} },
});
writeFileSync(join(out, 'chunks', WORKFLOW_BUNDLE_NAME), code);

execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});

// Every file a chunk finds next to itself (`new URL('…', import.meta.url)`) must be in lib/;
// .ts paths are read only in a clone (the workflow sources: the package has the bundle instead).
for (const name of readdirSync(out, { recursive: true, encoding: 'utf8' })) {
  if (!name.endsWith('.js')) continue;
  const file = join(out, name);
  for (const m of readFileSync(file, 'utf8').matchAll(/new URL\(\s*["']([^"']+)["'],\s*import\.meta\.url/g)) {
    if (!m[1]!.endsWith('.ts') && !existsSync(join(dirname(file), m[1]!))) {
      throw new Error(`${name} refers to ${m[1]}, which the build did not put in lib/`);
    }
  }
}
console.log(`lib/ built (truthgate ${version})`);
