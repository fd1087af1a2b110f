import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergePartitions, partitionRowCounts, runPartition } from '../../src/core/engine/partition.ts';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import { loadHistory, readHistory, recordReport } from '../../src/core/history/store.ts';
import { DirectoryStore } from '../../src/core/store/index.ts';
import { loadSuiteFile } from '../../src/core/suite/load.ts';
import { DAY, START } from './generate.ts';
import { PARTITIONED_SUITE, withoutPartitions, writeParts } from './parts.ts';

const dir = mkdtempSync(join(tmpdir(), 'tg-history-partition-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a partitioned run records the same series as the unpartitioned run, plus each partition’s row count', async () => {
  writeFileSync(join(dir, 'truthgate.yml'), PARTITIONED_SUITE.replace('NAME', 'shop'));
  const suite = loadSuiteFile(join(dir, 'truthgate.yml'));
  const whole = new DirectoryStore(join(dir, 'whole'));
  const parted = new DirectoryStore(join(dir, 'parted'));
  const fileCounts: number[][] = [];
  for (let run = 0; run < 8; run++) {
    fileCounts.push(writeParts(dir, run, 7));
    const now = new Date(START + run * DAY);
    const runId = `run-${run}`;
    const single = await runSuite(suite, {
      now,
      runId,
      history: await loadHistory(whole, 'shop', ['orders']),
    });
    await recordReport(whole, single, now);

    const partials = await Promise.all([0, 1, 2].map((i) => runPartition(suite, 'orders', i, { now })));
    const merged = await mergePartitions(suite, partials, {
      now,
      runId,
      history: await loadHistory(parted, 'shop', ['orders']),
    });
    await recordReport(parted, merged, now, { extra: partitionRowCounts(merged, partials) });
    // The same verdicts, anomaly checks included.
    assert.deepEqual(
      merged.sources[0]!.checks.map((c) => [c.id, c.status]),
      single.sources[0]!.checks.map((c) => [c.id, c.status]),
    );
  }
  const a = (await readHistory(whole, 'shop', 'orders'))!;
  const b = (await readHistory(parted, 'shop', 'orders'))!;
  assert.deepEqual(b.runs, a.runs);
  assert.deepEqual(withoutPartitions(b), a.metrics);
  for (let f = 0; f < 3; f++)
    assert.deepEqual(
      b.metrics[`partition_rows:parts/part-${f}.csv`],
      fileCounts.map((c) => c[f]),
    );
  // The half-loaded partition is the anomaly the run saw.
  assert.deepEqual(a.runs.at(-1)!.anomalies, ['row_count']);
});
