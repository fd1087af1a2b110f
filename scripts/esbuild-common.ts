/** esbuild settings shared by the npm package build (scripts/build.ts) and the Action (build-action.ts). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BuildOptions, Plugin } from 'esbuild';

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
