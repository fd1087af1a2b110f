/**
 * `npm run bench`: the engine against the floor of its own design. For each dataset it runs the
 * suite, one hand-written polars query computing the same metrics, a bare scan that
 * materialises the same columns, and a profile of the whole file, each in a fresh process, and
 * reports medians. The `postgres` section loads the orders into a PostgreSQL it starts and runs
 * the suite pushed down, one hand-written SQL query, and the table pulled into polars (bench/sql.ts).
 */
import { execFileSync } from 'node:child_process';
import { writeFileAtomic } from '../src/core/fs/atomic.ts';
import { analysisTasks, prepareAnalysis } from './analysis.ts';
import { datasets, prepareDatasets } from './datasets.ts';
import { requireBenchPostgres, sqlRows, sqlSuiteChecks, startBenchPostgres } from './sql.ts';

const repeats = Number(process.env.BENCH_REPEATS ?? 3);
const only = process.argv.slice(2);

interface Measurement {
  mode: string;
  dataset: string;
  wallMs: number;
  peakRssMb: number;
  detail: unknown;
}

function measure(mode: string, dataset: string, env: Record<string, string> = {}): Measurement {
  const out = execFileSync(process.execPath, ['bench/measure.ts', mode, dataset], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    env: { ...process.env, ...env },
  });
  return JSON.parse(out.trim().split('\n').pop()!) as Measurement;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const withPostgres = !only.length || only.includes('postgres');
if (withPostgres) requireBenchPostgres();
// `npm run bench postgres` alone needs neither the file datasets nor the analysis inputs.
if (only.length === 0 || only.some((o) => o !== 'postgres')) {
  await prepareDatasets();
  await prepareAnalysis();
}
const results: Record<string, unknown> = {};
for (const [name, ds] of Object.entries(datasets)) {
  if (only.length && !only.includes(name)) continue;
  const runs = {
    suite: [] as Measurement[],
    hand: [] as Measurement[],
    scan: [] as Measurement[],
    profile: [] as Measurement[],
  };
  const modes = Object.keys(runs) as (keyof typeof runs)[];
  // Interleave the variants so drift in machine load hits all of them alike.
  for (let i = 0; i < repeats; i++) for (const mode of modes) runs[mode].push(measure(mode, name));
  const wall = (m: keyof typeof runs): number => median(runs[m].map((r) => r.wallMs));
  const rss = (m: keyof typeof runs): number => Math.max(...runs[m].map((r) => r.peakRssMb));
  const suiteMs = wall('suite');
  const rows = ds.rows;
  results[name] = {
    rows,
    checks: (runs.suite[0]!.detail as { checks: number }).checks,
    suite: {
      wallMs: Math.round(suiteMs),
      rowsPerSec: Math.round(rows / (suiteMs / 1000)),
      peakRssMb: Math.round(rss('suite')),
    },
    handQuery: { wallMs: Math.round(wall('hand')), peakRssMb: Math.round(rss('hand')) },
    bareScan: { wallMs: Math.round(wall('scan')), peakRssMb: Math.round(rss('scan')) },
    profile: { wallMs: Math.round(wall('profile')), peakRssMb: Math.round(rss('profile')) },
    suiteOverHandQuery: +(suiteMs / wall('hand')).toFixed(3),
    suiteOverBareScan: +(suiteMs / wall('scan')).toFixed(3),
    // Issue 13: profiling a file costs at most twice the bench suite on it.
    profileOverSuite: +(wall('profile') / suiteMs).toFixed(3),
    suiteDetail: runs.suite[0]!.detail,
    repeats,
  };
  const r = results[name] as Record<string, { wallMs: number; peakRssMb: number; rowsPerSec?: number }> &
    Record<string, number>;
  console.log(
    `${name.padEnd(12)} rows=${rows} suite=${r.suite!.wallMs}ms (${r.suite!.rowsPerSec} rows/s, peak ${r.suite!.peakRssMb} MB)` +
      ` hand=${r.handQuery!.wallMs}ms scan=${r.bareScan!.wallMs}ms  suite/hand=${r.suiteOverHandQuery} suite/scan=${r.suiteOverBareScan}` +
      ` profile=${r.profile!.wallMs}ms (peak ${r.profile!.peakRssMb} MB, profile/suite=${r.profileOverSuite})`,
  );
}
if (withPostgres) results.postgres = await benchPostgres();

/**
 * The bench suite on the orders table in PostgreSQL: pushdown against one hand-written query
 * (issue 15: at most 1.2x) and against pulling the table into polars; peak RSS is the worker's.
 */
async function benchPostgres(): Promise<unknown> {
  const db = await startBenchPostgres();
  try {
    const env = { BENCH_PG_URL: db.url };
    const runs = { pushdown: [] as Measurement[], hand: [] as Measurement[], pull: [] as Measurement[] };
    const modes = { pushdown: 'sql-suite', hand: 'sql-hand', pull: 'sql-pull' } as const;
    for (let i = 0; i < repeats; i++)
      for (const k of Object.keys(runs) as (keyof typeof runs)[])
        runs[k].push(measure(modes[k], 'orders', env));
    // CPU seconds (bench/sql.ts): comparable where wall time is not, on a loaded machine.
    const cpu = (k: keyof typeof runs, who: 'server' | 'worker') =>
      median(runs[k].map((r) => (r.detail as { cpuSeconds: Record<string, number> }).cpuSeconds[who]!));
    const figure = (k: keyof typeof runs) => ({
      wallMs: Math.round(median(runs[k].map((r) => r.wallMs))),
      peakRssMb: Math.round(Math.max(...runs[k].map((r) => r.peakRssMb))),
      serverCpuS: cpu(k, 'server'),
      workerCpuS: cpu(k, 'worker'),
    });
    const r = {
      rows: sqlRows,
      loadMs: Math.round(db.loadMs),
      checks: (runs.pushdown[0]!.detail as { checks: number }).checks,
      notOnPostgres: sqlSuiteChecks().skipped,
      pushdown: figure('pushdown'),
      handQuery: figure('hand'),
      pullIntoPolars: figure('pull'),
      pushdownOverHandQuery: +(figure('pushdown').wallMs / figure('hand').wallMs).toFixed(3),
      pullOverPushdown: +(figure('pull').wallMs / figure('pushdown').wallMs).toFixed(3),
      pushdownDetail: runs.pushdown[0]!.detail,
      pullDetail: runs.pull[0]!.detail,
      repeats,
    };
    console.log(
      `postgres     rows=${r.rows} load=${r.loadMs}ms pushdown=${r.pushdown.wallMs}ms (peak ${r.pushdown.peakRssMb} MB)` +
        ` hand=${r.handQuery.wallMs}ms pull=${r.pullIntoPolars.wallMs}ms (peak ${r.pullIntoPolars.peakRssMb} MB)` +
        ` cpu s server+worker: pushdown ${r.pushdown.serverCpuS}+${r.pushdown.workerCpuS}` +
        ` hand ${r.handQuery.serverCpuS}+${r.handQuery.workerCpuS} pull ${r.pullIntoPolars.serverCpuS}+${r.pullIntoPolars.workerCpuS}` +
        `  pushdown/hand=${r.pushdownOverHandQuery} pull/pushdown=${r.pullOverPushdown}`,
    );
    return r;
  } finally {
    await db.pg.stop();
  }
}

const analysis: Record<string, unknown> = {};
for (const task of Object.keys(analysisTasks)) {
  if (only.length && !only.includes(task)) continue;
  const runs = Array.from({ length: repeats }, () => measure('analysis', task));
  analysis[task] = {
    wallMs: Math.round(median(runs.map((r) => r.wallMs))),
    peakRssMb: Math.round(Math.max(...runs.map((r) => r.peakRssMb))),
    detail: runs[0]!.detail,
  };
  const a = analysis[task] as { wallMs: number; peakRssMb: number };
  console.log(`flights-3m ${task.padEnd(8)} ${a.wallMs} ms, peak ${a.peakRssMb} MB`);
}
writeFileAtomic(
  'bench/results.json',
  `${JSON.stringify({ machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, results, analysis }, null, 2)}\n`,
);
console.log('wrote bench/results.json');
