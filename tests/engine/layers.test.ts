import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const core = join(import.meta.dirname, '../../src/core');

/** Relative imports of every module under `src/core/<dir>`, as `file: specifier`. */
function imports(dir: string): string[] {
  return readdirSync(join(core, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) =>
      [...readFileSync(join(core, dir, f), 'utf8').matchAll(/from '(\.[^']+)'/g)].map(
        (m) => `${dir}/${f}: ${m[1]}`,
      ),
    );
}

// The engine runs what the layers below it declare; they never reach back up into it.
test('toolkit, sources, checks and suite do not import the engine', () => {
  const upward = ['toolkit', 'sources', 'checks', 'suite']
    .flatMap(imports)
    .filter((i) => /\/engine\//.test(i));
  assert.deepEqual(upward, []);
});
