import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { resolveInWorkspace, selectFiles } from '../../src/action/targets.ts';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import { TruthgateError } from '../../src/core/errors.ts';
import { parseSuite } from '../../src/core/suite/load.ts';
import { annotate } from '../render/fixture.ts';

test('annotations count failing rows as "1 row" and "2 rows"', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tg-annot-'));
  try {
    writeFileSync(join(dir, 'd.csv'), 'id,amount\n1,-1\n2,-2\n3,-3\n4,5\n');
    const suite = parseSuite(
      `version: 1
sources:
  d: d.csv
checks:
  d:
    - between: { column: id, min: 2 }
    - between: { column: amount, min: 0 }
`,
      { path: join(dir, 'truthgate.yml'), baseDir: dir },
    );
    const report = await runSuite(suite);
    const messages = annotate(report, suite, dir).map((a) => a.message);
    assert.ok(
      messages.some((m) => m.includes('(1 row)')),
      messages.join('\n'),
    );
    assert.ok(
      messages.some((m) => m.includes('(3 rows)')),
      messages.join('\n'),
    );
    assert.ok(!messages.some((m) => m.includes('(1 rows)')), messages.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a path outside the workspace is refused without printing the runner's workspace path", () => {
  const ws = mkdtempSync(join(tmpdir(), 'tg-ws-'));
  try {
    const refusals = [
      () => resolveInWorkspace('../secret.csv', ws),
      () => selectFiles(['/etc/*.csv'], ws, undefined),
    ];
    for (const refuse of refusals) {
      let text = '';
      try {
        refuse();
      } catch (err) {
        assert.ok(err instanceof TruthgateError && err.code === 'TG_ACTION_OUTSIDE_WORKSPACE', String(err));
        text = `${err.message}\n${err.hint ?? ''}`;
      }
      assert.match(text, /outside the workspace/);
      assert.ok(!text.includes(ws), text);
      assert.ok(!text.includes(tmpdir()), text);
    }
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
});
