import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergePartitions, partitionRowCounts, runPartition } from '../../src/core/engine/partition.ts';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import { loadHistory, readHistory, recordReport, type HistoryFile } from '../../src/core/history/store.ts';
import { DirectoryStore } from '../../src/core/store/index.ts';
import { loadSuiteFile } from '../../src/core/suite/load.ts';
import { DAY, START } from './generate.ts';
import { ordersCsv } from './orders.ts';

const dir = mkdtempSync(join(tmpdir(), 'tg-history-partition-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** The orders of one run split over three files, the last one half loaded on `halfDay`. */
export function writeParts(root: string, run: number, halfDay?: number): number[] {
  const [header, ...rows] = ordersCsv(run).trimEnd().split('\n');
  const size = Math.ceil(rows.length / 3);
  const counts: number[] = [];
  mkdirSync(join(root, 'parts'), { recursive: true });
  for (let f = 0; f < 3; f++) {
    let part = rows.slice(f * size, (f + 1) * size);
    if (f === 2 && run === halfDay) part = part.filter((_, i) => i % 2 === 0);
    counts.push(part.length);
    writeFileSync(join(root, 'parts', `part-${f}.csv`), `${[header, ...part].join('\n')}\n`);
  }
  return counts;
}

export const PARTITIONED_SUITE = `version: 1
name: NAME
sources:
  orders: { path: "parts/*.csv" }
checks:
  orders:
    - not_null: { column: id }
    - between: { column: amount, min: 0, mostly: 0.95 }
    - row_count_anomaly: { min_history: 5 }
    - null_fraction_anomaly: { column: email, min_history: 5 }
    - metric_anomaly: { metric: mean, column: amount, min_history: 5 }
`;

/** Every series of a history file but the per-partition ones. */
export function withoutPartitions(h: HistoryFile): Record<string, (number | null)[]> {
  return Object.fromEntries(Object.entries(h.metrics).filter(([m]) => !m.startsWith('partition_rows:')));
}

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
