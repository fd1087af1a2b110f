import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import { render } from '../../src/core/render/index.ts';
import { parseSuite } from '../../src/core/suite/load.ts';

/**
 * One huge field (a 2 MB CSV cell) in a failing row must not flood a terminal, a Markdown comment or
 * a JUnit file: sample values are shown shortened, saying how long they were; the JSON report keeps
 * the data as it is.
 */
test('a huge value in a failing row is shown shortened in terminal, Markdown and JUnit, whole in JSON', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tg-long-'));
  const huge = `start-${'x'.repeat(2_000_000)}-end`;
  writeFileSync(join(dir, 'd.csv'), `id,v\n1,${huge}\n2,y\n`);
  const yaml = 'version: 1\nsources:\n  d: d.csv\nchecks:\n  d:\n    - in_set: { column: v, values: [y] }\n';
  const report = await runSuite(parseSuite(yaml, { path: join(dir, 's.yml'), baseDir: dir }));
  for (const format of ['terminal', 'markdown', 'junit'] as const) {
    const out = render(report, format);
    assert.ok(out.length < 20_000, `${format}: ${out.length} characters`);
    assert.match(out, /start-x+…/, format);
    assert.match(out, /2,000,010 characters/, format);
  }
  assert.ok(render(report, 'json').includes(huge));
});
