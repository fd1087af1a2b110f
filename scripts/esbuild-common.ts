/** esbuild settings shared by the npm package build (scripts/build.ts) and the Action (build-action.ts). */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type Plugin } from 'esbuild';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const readJson = (p: string): { version: string } => JSON.parse(readFileSync(root + p, 'utf8'));
export const version = readJson('package.json').version;

/** src/core/version.ts reads package.json next to src/, which is not where bundles live. */
export const inlineVersion: Plugin = {
  name: 'inline-version',
  setup(b) {
    b.onLoad({ filter: /src[\\/]core[\\/]version\.ts$/ }, () => ({
      contents: `export const VERSION = ${JSON.stringify(version)};`,
      loader: 'ts',
    }));
  },
};

/**
 * `import { z } from 'zod'` reaches zod's API through a namespace object esbuild must keep whole,
 * with all ~60 locales (760 KB, ~10 ms of every start); `import * as z` lets it keep only what is
 * used (zod's own advice for bundles). The sources keep the usual form; bundles get the other.
 */
export const zodNamespace: Plugin = {
  name: 'zod-namespace',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!ZOD_IMPORT.test(text)) return undefined;
      return { contents: text.replace(ZOD_IMPORT, "import * as z from 'zod';"), loader: 'ts' };
    });
  },
};
const ZOD_IMPORT = /^import \{ z \} from 'zod';$/m;

/** Throws when a bundle in `dir` still carries zod's locales (some import defeated zodNamespace). */
export function assertNoZodLocales(dir: string): void {
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (name.endsWith('.js') && readFileSync(join(dir, name), 'utf8').includes('zod/v4/locales/ar.js')) {
      throw new Error(`${name} bundles all of zod's locales: import zod as \`import * as z from 'zod'\``);
    }
  }
}

export const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  legalComments: 'none',
  logLevel: 'warning',
} as const satisfies BuildOptions;

/** Bundled CommonJS dependencies call require() (e.g. for node builtins); give the ESM bundle one. */
export const requireBanner =
  "import { createRequire as __tgCreateRequire } from 'node:module';\nconst require = __tgCreateRequire(import.meta.url);";

/**
 * Worker threads are started from a module next to the code that starts them
 * (`new URL('./x-worker.ts', import.meta.url)`). In a bundle that code lives in another file, so the
 * reference becomes `./x-worker.js` and emitWorkers() builds each worker next to every bundle file
 * that names it.
 */
export const builtWorkers: Plugin = {
  name: 'built-workers',
  setup(b) {
    synckitRegister.setup(b);
    b.onLoad({ filter: /src[\\/]core[\\/]sources[\\/].*\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const workers = [...text.matchAll(WORKER_REF)].map((m) => m[1]!);
      if (workers.length === 0) return undefined;
      const contents = text.replace(WORKER_REF, (m, name: string) => m.replace(`${name}.ts`, `${name}.js`));
      return { contents, loader: 'ts' };
    });
  },
};

/**
 * synckit preloads `<its package>/register.cjs` into each worker (`-r`), found relative to its own
 * module; bundled, that path leads nowhere, the worker dies before it can answer and the caller
 * waits forever. Bundles instead load one copy next to them (emitted by emitWorkers), which the
 * worker's preload and its bundled runAsWorker then share, as synckit requires.
 */
const SYNCKIT_REGISTER = 'synckit-register.cjs';
const synckitRegister: Plugin = {
  name: 'synckit-register',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/register\.cjs$/ }, (args) =>
      /[\\/]synckit[\\/]lib[\\/]/.test(args.importer)
        ? { path: `./${SYNCKIT_REGISTER}`, external: true }
        : undefined,
    );
    b.onLoad({ filter: /[\\/]synckit[\\/]lib[\\/]helpers\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const preload = "path.resolve(_dirname, '../register.cjs')";
      if (!text.includes(preload)) throw new Error(`synckit changed: ${args.path} no longer has ${preload}`);
      return {
        contents: text.replace(preload, `path.resolve(_dirname, './${SYNCKIT_REGISTER}')`),
        loader: 'js',
      };
    });
  },
};

const WORKER_REF = /new URL\(\s*'\.\/([\w-]+-worker)\.ts',\s*import\.meta\.url\s*\)/g;
const WORKER_SOURCES: Record<string, string> = {
  'objects-worker': 'src/core/sources/cloud/objects-worker.ts',
};

/** Builds every worker a bundle file in `dir` refers to, as a self-contained file next to it. */
export async function emitWorkers(dir: string, options: BuildOptions): Promise<void> {
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.js')) continue;
    const file = join(dir, name);
    for (const m of readFileSync(file, 'utf8').matchAll(/new URL\(\s*["']\.\/([\w-]+-worker)\.js["']/g)) {
      const source = WORKER_SOURCES[m[1]!];
      if (!source) throw new Error(`${name} starts an unknown worker ${m[1]}`);
      await build({
        ...options,
        entryPoints: [join(root, source)],
        outfile: join(dirname(file), `${m[1]}.js`),
        plugins: [...(options.plugins ?? []), synckitRegister],
      });
    }
  }
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = join(dir, name);
    if (!name.endsWith('.js') || !readFileSync(file, 'utf8').includes(`./${SYNCKIT_REGISTER}`)) continue;
    await build({
      ...common,
      format: 'cjs',
      entryPoints: [join(root, 'node_modules/synckit/register.cjs')],
      outfile: join(dirname(file), SYNCKIT_REGISTER),
    });
  }
}
