import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { runCli, tempProject } from './run-cli.ts';

// A JSON array without rows is a valid, empty dataset, as a header-only CSV is: zero-config
// passes it with the no-rows warning instead of refusing a suite it learned nothing for.
const dir = tempProject({
  'empty.json': '[]\n',
  'header.csv': 'a,b\n',
  'one.csv': 'a\n1\n',
  'blank.ndjson': '{}\n',
});
after(() => rmSync(dir, { recursive: true, force: true }));

for (const file of ['empty.json', 'header.csv']) {
  test(`zero-config check of ${file} passes with the no-rows warning`, () => {
    const r = runCli(['check', join(dir, file)]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /TG_SOURCE_NO_ROWS/);
    assert.match(r.stdout, /row_count/);
  });
}

test('a source line counts one row and one column in the singular', () => {
  const one = runCli(['check', join(dir, 'one.csv')]).stdout;
  assert.match(one, /· 1 row × 1 column\n/);
  assert.match(one, /schema matches \(1 column\)/);
  assert.match(runCli(['check', join(dir, 'blank.ndjson')]).stdout, /· 1 row × 0 columns\n/);
  assert.match(runCli(['check', join(dir, 'header.csv')]).stdout, /· 0 rows × 2 columns\n/);
});
