/**
 * What the metric history adds to a run: reading a year of daily history for 50 metrics from the
 * store and judging each of them as the anomaly checks do. The budget is 50 ms.
 * Usage: node bench/history.ts [repeats] [--in-run]. Prints one JSON line: the first (cold) and
 * the median repeat, wall and CPU time, and the read alone.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { presets, judge } from '../src/core/history/model.ts';
import { addRun, historyKey, loadHistory, type HistoryFile } from '../src/core/history/store.ts';
import { DirectoryStore } from '../src/core/store/directory.ts';
import { runSuite } from '../src/core/engine/run-suite.ts';
import { loadSuiteFile } from '../src/core/suite/load.ts';
import { DAY, START, dailySeries } from '../tests/history/generate.ts';

const METRICS = 50;
const DAYS = 365;
const repeats = Number(process.argv[2] ?? 20);

const dir = mkdtempSync(join(tmpdir(), 'tg-bench-history-'));
const store = new DirectoryStore(dir);
const days = dailySeries(DAYS, {});
let file: HistoryFile = { version: 1, suite: 'bench', source: 'orders', runs: [], metrics: {} };
for (const [d, day] of days.entries()) {
  const metrics: Record<string, number> = {};
  for (let m = 0; m < METRICS; m++) {
    // A realistic mix: counts, fractions, statistics and ages.
    const kind = m % 4;
    metrics[`m${m}`] = [day.rowCount, day.nullFraction, day.mean, day.freshnessLag][kind]! * (1 + m / 100);
  }
  file = addRun(file, { t: day.t, id: `run-${d}`, metrics });
}
await store.put(historyKey('bench', 'orders'), JSON.stringify(file));
const options = [presets.rowCount, presets.nullFraction, presets.statistic, presets.freshness];

/*
 * In a run the history is read and judged after the engine has started (suite parsed with zod,
 * polars loaded, a heap that has grown): with --in-run, one run without history comes first, so
 * the first repeat below is the history code's own cold cost inside a run. Without it, the first
 * repeat also pays this process's start-up (zod's first parse, a young heap's collections).
 */
if (process.argv.includes('--in-run')) {
  const lines = ['id,amount', ...Array.from({ length: 1000 }, (_, i) => `${i},${(i * 7919) % 1000}`)];
  writeFileSync(join(dir, 'orders.csv'), `${lines.join('\n')}\n`);
  writeFileSync(
    join(dir, 'truthgate.yml'),
    'version: 1\nname: warm\nsources:\n  orders: { path: orders.csv }\nchecks:\n  orders:\n    - row_count: { min: 1 }\n    - not_null: { column: id }\n',
  );
  await runSuite(loadSuiteFile(join(dir, 'truthgate.yml')));
}

const times: number[] = [];
/** Reading and validating the file alone, to tell the cold read from the cold judging. */
const reads: number[] = [];
// CPU time as well as wall time: on a shared, loaded machine wall time mostly measures waiting.
const cpu: number[] = [];
let anomalies = 0;
for (let r = 0; r < repeats; r++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const history = (await loadHistory(store, 'bench', ['orders']))('orders');
  reads.push(performance.now() - t0);
  anomalies = 0;
  for (let m = 0; m < METRICS; m++) {
    const past = history.series(`m${m}`);
    const now = { t: START + DAYS * DAY, v: past.at(-7)!.v };
    if (judge(past, now, options[m % 4]).status === 'anomaly') anomalies++;
  }
  times.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
rmSync(dir, { recursive: true, force: true });
const first = times[0]!;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
process.stdout.write(
  `${JSON.stringify({
    metrics: METRICS,
    days: DAYS,
    fileKb: Math.round(JSON.stringify(file).length / 1024),
    inRun: process.argv.includes('--in-run'),
    repeats,
    firstMs: Number(first.toFixed(2)),
    firstCpuMs: Number(cpu[0]!.toFixed(2)),
    firstReadMs: Number(reads[0]!.toFixed(2)),
    medianReadMs: Number(median(reads).toFixed(2)),
    medianMs: Number(median(times).toFixed(2)),
    medianCpuMs: Number(median(cpu).toFixed(2)),
    loadAverage: Number(loadavg()[0]!.toFixed(1)),
    anomalies,
  })}\n`,
);
