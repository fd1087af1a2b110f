import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { build } from 'esbuild';
import { assertNoZodLocales, common, zodNamespace } from '../../scripts/esbuild-common.ts';
import { ROOT } from './run-cli.ts';

/** A source module written the way src/ imports zod, bundled as scripts/build.ts bundles the CLI. */
async function bundle(plugins: (typeof zodNamespace)[]): Promise<{ dir: string; file: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'tg-zod-bundle-'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(
    join(dir, 'src', 'entry.ts'),
    "import { z } from 'zod';\n\nconst Row = z.object({ id: z.number().int(), name: z.string().min(1) });\n" +
      'const bad = Row.safeParse({ id: 1.5, name: "" });\n' +
      'console.log(JSON.stringify({ ok: Row.parse({ id: 1, name: "a" }), issues: bad.error?.issues.length }));\n',
  );
  const file = join(dir, 'out', 'entry.js');
  await build({
    ...common,
    entryPoints: [join(dir, 'src', 'entry.ts')],
    outfile: file,
    nodePaths: [join(ROOT, 'node_modules')],
    plugins,
  });
  return { dir: join(dir, 'out'), file };
}

test('bundles keep only the part of zod they use, not its ~60 locales, and zod still validates', async () => {
  const { dir, file } = await bundle([zodNamespace]);
  assertNoZodLocales(dir);
  assert.ok(readFileSync(file, 'utf8').length < 400_000);
  assert.deepEqual(JSON.parse(execFileSync(process.execPath, [file], { encoding: 'utf8' })), {
    ok: { id: 1, name: 'a' },
    issues: 2,
  });
});

test('a bundle that still carries the locales fails the build', async () => {
  const { dir } = await bundle([]);
  assert.throws(() => assertNoZodLocales(dir), /bundles all of zod's locales/);
});
