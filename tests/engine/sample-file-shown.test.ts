import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import { mergePartitions, runPartition } from '../../src/core/engine/partition.ts';
import { parseSuite } from '../../src/core/suite/load.ts';
import { render } from '../../src/core/render/index.ts';

/**
 * A failing row of a source spanning several files names its file as the source does: relative
 * to the suite, never the machine's absolute path (reports, comments and the run page are shared;
 * in the Action the path would show the runner's checkout directory).
 */
function fixture(): { dir: string; yaml: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tg-shown-'));
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data', 'part-1.csv'), 'id,amount\n1,5\n2,6\n');
  writeFileSync(join(dir, 'data', 'part-2.csv'), 'id,amount\n3,7\n4,-1\n5,8\n');
  const yaml = `version: 1
sources:
  parts: { path: 'data/part-*.csv' }
checks:
  parts:
    - non_negative: { column: amount }
`;
  writeFileSync(join(dir, 'truthgate.yml'), yaml);
  return { dir, yaml };
}

test('samples of a multi-file source name the file relative to the suite, with its CSV line', async () => {
  const { dir, yaml } = fixture();
  const suite = parseSuite(yaml, { path: join(dir, 'truthgate.yml'), baseDir: dir });
  const report = await runSuite(suite);
  const [sample] = report.sources[0]!.checks[0]!.samples;
  assert.deepEqual(
    { file: sample?.file, fileRow: sample?.fileRow, line: sample?.line },
    {
      file: join('data', 'part-2.csv'),
      fileRow: 1,
      line: 3,
    },
  );
  for (const format of ['json', 'markdown', 'terminal'] as const)
    assert.doesNotMatch(
      render(report, format),
      new RegExp(dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      format,
    );
});

test('the partitioned run (one activity per file) names them the same way', async () => {
  const { dir, yaml } = fixture();
  const suite = parseSuite(yaml, { path: join(dir, 'truthgate.yml'), baseDir: dir });
  const now = new Date('2026-01-01T00:00:00Z');
  const parts = await Promise.all([0, 1].map((i) => runPartition(suite, 'parts', i, { now })));
  const merged = await mergePartitions(suite, parts, { now });
  const [sample] = merged.sources[0]!.checks[0]!.samples;
  assert.equal(sample?.file, join('data', 'part-2.csv'));
  assert.equal(sample?.line, 3);
});
