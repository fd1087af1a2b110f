/**
 * `npm run bench:peers`: Truthgate against Python validators on the same suites (one per dataset),
 * each run as a fresh process that reads the file from disk. It checks that every tool reports the
 * same failing count per check, then prints medians of paired wall-time and peak-RSS ratios
 * (Truthgate ÷ peer, so above 1 means Truthgate is slower or bigger). BENCH_REPEATS sets N (3).
 * Great Expectations takes minutes per run: it runs only with BENCH_PEERS_SLOW=1, and then once per
 * dataset, paired with Truthgate's first run. Then `truthgate profile` against ydata-profiling's
 * minimal mode on the same files (its own venv, bench/data/profilers-venv), checked to agree on
 * rows, missing counts and numeric extremes.
 *
 * `npm run bench:peers orders` runs one dataset; BENCH_PEERS_TOOLS=dataframely (comma-separated)
 * runs Truthgate against those tools only, and profiling only if a profiler is named. A filtered
 * run saves to bench/data/peers-work/results.json instead of replacing bench/peers-results.json.
 * Truthgate runs from its built npm package (lib/), as installed. CPU seconds (user + system, all
 * threads) are reported beside wall time: on a shared machine they say more than wall time does.
 * With the orders, `date_between` on its ISO text dates is timed against a numeric `between`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { markdownTable } from 'markdown-table';
import { writeFileAtomic } from '../../src/core/fs/atomic.ts';
import type { Profile } from '../../src/core/profile/types.ts';
import { installedCli } from '../installed-cli.ts';

const repeats = Number(process.env.BENCH_REPEATS ?? 3);
const only = process.argv.slice(2);
const chosenTools = process.env.BENCH_PEERS_TOOLS?.split(',').map((t) => t.trim());
const chosen = (name: string): boolean => name === 'truthgate' || !chosenTools || chosenTools.includes(name);
const here = resolve('bench/peers');
const venv = resolve('bench/data/peers-venv');
const python = `${venv}/bin/python`;
const profilersVenv = resolve('bench/data/profilers-venv');
const work = resolve('bench/data/peers-work'); // peers' cwd: truthound keeps a workspace there
const datasets = {
  orders: resolve('bench/data/peers-orders-5m.csv'),
  flights: resolve('node_modules/vega-datasets/data/flights-3m.parquet'),
};
type Dataset = keyof typeof datasets;

const cli = installedCli();

interface Tool {
  suite: (dataset: Dataset) => string[];
  startup: string[];
  /** Failing counts per check id (without the source) from the tool's stdout. */
  counts: (stdout: string) => Record<string, number>;
  /** Minutes per run: only with BENCH_PEERS_SLOW=1, and in the first round only. */
  slow?: boolean;
}

const peer = (script: string, module: string, slow = false): Tool => ({
  suite: (dataset) => [python, `${here}/${script}`, dataset, datasets[dataset]],
  startup: [python, '-c', `import ${module}`],
  counts: (stdout) => JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, number>,
  slow,
});

/** The installed CLI checking one of the Truthgate suites here, with a JSON report. */
const truthgateCheck = (suite: string): string[] => [
  process.execPath,
  cli,
  'check',
  '--suite',
  `${here}/${suite}.truthgate.yml`,
  '--format',
  'json',
];

const truthgate: Tool = {
  suite: truthgateCheck,
  startup: [process.execPath, cli, '--version'],
  counts: (stdout) => {
    const report = JSON.parse(stdout) as {
      sources: {
        name: string;
        checks: { id: string; status: string; failingCount?: number; message: string }[];
      }[];
    };
    const counts: Record<string, number> = {};
    for (const source of report.sources)
      for (const check of source.checks) {
        if (check.status === 'error') throw new Error(`truthgate ${check.id}: ${check.message}`);
        counts[check.id.slice(source.name.length + 1)] = check.failingCount ?? 0;
      }
    return counts;
  },
};

const tools: Record<string, Tool> = {
  truthgate,
  'pandera-polars': peer('pandera_suite.py', 'pandera.polars'),
  dataframely: peer('dataframely_suite.py', 'dataframely'),
  truthound: peer('truthound_suite.py', 'truthound'),
  'soda-core-duckdb': peer('soda_suite.py', 'soda.scan'),
  'great-expectations': peer('great_expectations_suite.py', 'great_expectations', true),
};

/**
 * Counts that differ from Truthgate's by the peer's definition of the check, not by a bug; they
 * are shown as such and do not fail the run. Any other difference does.
 */
const knownDifferences: Record<string, string> = {
  'truthound unique.order_id':
    'truthound counts surplus copies (non-null rows − distinct values), not every row of a repeated id',
  'soda-core-duckdb unique.order_id':
    'duplicate_count counts the distinct values that repeat, not the rows holding them',
};

interface Run {
  wallMs: number;
  /** User + system CPU seconds of the process and all its threads. */
  cpuS: number;
  peakRssMb: number;
  stdout: string;
}

/** One fresh process under /usr/bin/time, which reports the child's peak RSS. */
function measure(command: string[]): Run {
  const rssFile = `${work}/time.out`;
  const started = performance.now();
  const child = spawnSync('/usr/bin/time', ['-f', '%M %U %S', '-o', rssFile, ...command], {
    cwd: work,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const wallMs = performance.now() - started;
  if (child.status !== 0) throw new Error(`${command.join(' ')} failed:\n${child.stderr.slice(-2000)}`);
  const [peakKb, user, system] = readFileSync(rssFile, 'utf8')
    .trim()
    .split('\n')
    .pop()!
    .split(' ')
    .map(Number);
  return { wallMs, cpuS: user! + system!, peakRssMb: peakKb! / 1024, stdout: child.stdout };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number, digits = 2): number => +x.toFixed(digits);

/** A virtual environment built from a requirements file, rebuilt when the file changes. */
function prepareVenv(dir: string, requirements: string): void {
  const stamp = `${dir}/requirements.txt`; // what the venv was built from
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === readFileSync(requirements, 'utf8')) return;
  console.log(
    `creating ${dir.slice(resolve('.').length + 1)} from ${requirements.slice(resolve('.').length + 1)} ...`,
  );
  rmSync(dir, { recursive: true, force: true });
  execFileSync('python3', ['-m', 'venv', dir], { stdio: 'inherit' });
  execFileSync(`${dir}/bin/pip`, ['install', '-q', '-r', requirements], { stdio: 'inherit' });
  copyFileSync(requirements, stamp);
}

function prepare(): void {
  mkdirSync(work, { recursive: true });
  prepareVenv(venv, `${here}/requirements.txt`);
  // ydata-profiling pins its own pandas and numpy: it gets an environment of its own.
  prepareVenv(profilersVenv, `${here}/profilers-requirements.txt`);
  if (!existsSync(datasets.orders)) {
    console.log('generating bench/data/peers-orders-5m.csv ...');
    execFileSync(python, [`${here}/generate_orders.py`, datasets.orders, '5000000'], { stdio: 'inherit' });
  }
}

/** Per tool: medians over paired runs of wall time, peak RSS and Truthgate ÷ tool ratios. */
function summarise(runs: Record<string, Run[]>): Record<string, Record<string, number>> {
  const base = runs.truthgate!;
  return Object.fromEntries(
    Object.entries(runs).map(([name, rs]) => [
      name,
      {
        wallMs: Math.round(median(rs.map((r) => r.wallMs))),
        cpuS: round(median(rs.map((r) => r.cpuS))),
        peakRssMb: Math.round(median(rs.map((r) => r.peakRssMb))),
        truthgateOverWall: round(median(rs.map((r, i) => base[i]!.wallMs / r.wallMs))),
        truthgateOverRss: round(median(rs.map((r, i) => base[i]!.peakRssMb / r.peakRssMb))),
      },
    ]),
  );
}

function timingTable(summary: Record<string, Record<string, number>>): string {
  return markdownTable(
    [
      ['tool', 'wall (median)', 'Truthgate ÷ tool', 'CPU (median)', 'peak RSS', 'Truthgate ÷ tool'],
      ...Object.entries(summary).map(([name, s]) => [
        name,
        `${(s.wallMs! / 1000).toFixed(2)} s`,
        `${s.truthgateOverWall}×`,
        `${s.cpuS!.toFixed(2)} s`,
        `${s.peakRssMb} MB`,
        `${s.truthgateOverRss}×`,
      ]),
    ],
    { align: ['l', 'r', 'r', 'r', 'r', 'r'] },
  );
}

const loadAtStart = loadavg()[0];
prepare();
const names = Object.keys(tools).filter(
  (name) => chosen(name) && (!tools[name]!.slow || process.env.BENCH_PEERS_SLOW === '1'),
);
const results: Record<string, unknown> = {};
const unexplained: string[] = [];
for (const dataset of Object.keys(datasets) as Dataset[]) {
  if (only.length && !only.includes(dataset)) continue;
  const runs: Record<string, Run[]> = Object.fromEntries(names.map((n) => [n, []]));
  // Interleave the tools so drift in machine load hits all of them alike.
  for (let i = 0; i < repeats; i++)
    for (const name of names) {
      if (tools[name]!.slow && i > 0) continue;
      runs[name]!.push(measure(tools[name]!.suite(dataset)));
      console.log(
        `${dataset} run ${i + 1}/${repeats} ${name}: ${(runs[name]!.at(-1)!.wallMs / 1000).toFixed(2)} s`,
      );
    }
  const counts = Object.fromEntries(names.map((n) => [n, tools[n]!.counts(runs[n]![0]!.stdout)]));
  const checks = Object.keys(counts.truthgate!);
  const mismatches: {
    tool: string;
    check: string;
    truthgate: number;
    tool_count: number | null;
    known?: string;
  }[] = [];
  const rows = checks.map((check) => [
    check,
    ...names.map((name) => {
      const n = counts[name]![check];
      const expected = counts.truthgate![check]!;
      if (n === expected) return String(n);
      const known = knownDifferences[`${name} ${check}`];
      mismatches.push({
        tool: name,
        check,
        truthgate: expected,
        tool_count: n ?? null,
        ...(known ? { known } : {}),
      });
      if (!known)
        unexplained.push(`${dataset} ${check}: ${name} ${n ?? 'not evaluated'} vs truthgate ${expected}`);
      return `${n ?? 'not evaluated'} ${known ? '≠ (known)' : '≠ MISMATCH'}`;
    }),
  ]);
  for (const name of names) {
    const extra = Object.keys(counts[name]!).filter((c) => !checks.includes(c));
    if (extra.length)
      unexplained.push(`${dataset}: ${name} reports checks Truthgate has not: ${extra.join(', ')}`);
  }
  const summary = summarise(runs);
  console.log(`\n${dataset}: failing rows per check\n${markdownTable([['check', ...names], ...rows])}`);
  for (const m of mismatches.filter((x) => x.known)) console.log(`  ${m.tool} ${m.check}: ${m.known}`);
  console.log(`\n${dataset}: ${checks.length} checks, N=${repeats}\n${timingTable(summary)}\n`);
  results[dataset] = {
    file: datasets[dataset].slice(resolve('.').length + 1),
    checks: checks.length,
    counts,
    mismatches,
    tools: summary,
  };
}

/** What the profilers are compared on: exact figures every profiler reports. */
interface ProfileFigures {
  rows: number;
  columns: Record<string, { nulls: number; min?: number | null; max?: number | null }>;
}

const profilers: Record<
  string,
  { command: (dataset: Dataset) => string[]; figures: (stdout: string) => ProfileFigures }
> = {
  truthgate: {
    command: (dataset) => [process.execPath, cli, 'profile', datasets[dataset], '--format', 'json'],
    figures: (stdout) => {
      const p = JSON.parse(stdout) as Profile;
      return {
        rows: p.table.rows,
        columns: Object.fromEntries(
          p.columns.map((c) => [
            c.name,
            c.kind === 'numeric' && c.numeric
              ? { nulls: c.nullCount, min: c.numeric.min, max: c.numeric.max }
              : { nulls: c.nullCount },
          ]),
        ),
      };
    },
  },
  'ydata-profiling': {
    command: (dataset) => [`${profilersVenv}/bin/python`, `${here}/ydata_profile.py`, datasets[dataset]],
    figures: (stdout) => JSON.parse(stdout.trim().split('\n').pop()!) as ProfileFigures,
  },
};

/** Differences in rows, missing counts, and min and max where both call a column numeric. */
function figureMismatches(name: string, ours: ProfileFigures, theirs: ProfileFigures): string[] {
  const out: string[] = [];
  if (ours.rows !== theirs.rows) out.push(`${name} rows ${theirs.rows} vs truthgate ${ours.rows}`);
  for (const [column, o] of Object.entries(ours.columns)) {
    const t = theirs.columns[column];
    if (!t) {
      out.push(`${name} has no column ${column}`);
      continue;
    }
    if (t.nulls !== o.nulls) out.push(`${name} ${column} missing ${t.nulls} vs truthgate ${o.nulls}`);
    for (const k of ['min', 'max'] as const) {
      const a = o[k];
      const b = t[k];
      if (a === undefined || b === undefined || a === null || b === null) continue;
      if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a)))
        out.push(`${name} ${column} ${k} ${b} vs truthgate ${a}`);
    }
  }
  return out;
}

const profiling: Record<string, unknown> = {};
// Truthgate alone has nothing to be compared with.
const profilerNames = Object.keys(profilers).filter(chosen);
for (const dataset of Object.keys(datasets) as Dataset[]) {
  if ((only.length && !only.includes(dataset)) || profilerNames.length < 2) continue;
  const runs: Record<string, Run[]> = Object.fromEntries(profilerNames.map((n) => [n, []]));
  for (let i = 0; i < repeats; i++)
    for (const name of profilerNames) {
      const p = profilers[name]!;
      runs[name]!.push(measure(p.command(dataset)));
      console.log(
        `profile ${dataset} run ${i + 1}/${repeats} ${name}: ${(runs[name]!.at(-1)!.wallMs / 1000).toFixed(2)} s`,
      );
    }
  const figures = Object.fromEntries(
    profilerNames.map((name) => [name, profilers[name]!.figures(runs[name]![0]!.stdout)]),
  );
  const mismatches = profilerNames
    .filter((name) => name !== 'truthgate')
    .flatMap((name) => figureMismatches(name, figures.truthgate!, figures[name]!));
  for (const m of mismatches) unexplained.push(`profile ${dataset}: ${m}`);
  const summary = summarise(runs);
  console.log(`\nprofile ${dataset}: N=${repeats}\n${timingTable(summary)}\n`);
  profiling[dataset] = { figures, mismatches, tools: summary };
}

/**
 * Issue 13: one date_between on the orders' ISO text dates against one numeric between on the same
 * file, Truthgate alone (the ratio is Truthgate's own), interleaved.
 */
function dateParsing(): Record<string, unknown> {
  const suites = { date: 'date-between', numeric: 'numeric-between' };
  const runs: Record<string, Run[]> = { date: [], numeric: [] };
  for (let i = 0; i < repeats; i++)
    for (const [k, suite] of Object.entries(suites)) runs[k]!.push(measure(truthgateCheck(suite)));
  const m = (k: string, f: (r: Run) => number): number => median(runs[k]!.map(f));
  const out = {
    date: { wallMs: Math.round(m('date', (r) => r.wallMs)), cpuS: round(m('date', (r) => r.cpuS)) },
    numeric: { wallMs: Math.round(m('numeric', (r) => r.wallMs)), cpuS: round(m('numeric', (r) => r.cpuS)) },
    dateOverNumericWall: round(median(runs.date!.map((r, i) => r.wallMs / runs.numeric![i]!.wallMs))),
    dateOverNumericCpu: round(median(runs.date!.map((r, i) => r.cpuS / runs.numeric![i]!.cpuS))),
  };
  console.log(
    `date_between vs a numeric between, orders 5M, N=${repeats}: ${out.date.wallMs} ms (${out.date.cpuS} CPU-s)` +
      ` vs ${out.numeric.wallMs} ms (${out.numeric.cpuS} CPU-s): ${out.dateOverNumericWall}× wall, ${out.dateOverNumericCpu}× CPU\n`,
  );
  return out;
}
const dates = only.length && !only.includes('orders') ? undefined : dateParsing();

const startupRuns: Record<string, Run[]> = Object.fromEntries(names.map((n) => [n, []]));
for (let i = 0; i < repeats; i++)
  for (const name of names) startupRuns[name]!.push(measure(tools[name]!.startup));
const startup = summarise(startupRuns);
console.log(`start-up alone (truthgate --version vs a bare import)\n${timingTable(startup)}\n`);

const pythonVersion = execFileSync(python, ['--version'], { encoding: 'utf8' }).trim();
const frozen = execFileSync(`${venv}/bin/pip`, ['freeze'], { encoding: 'utf8' }).trim().split('\n');
const pinned: string[] = readFileSync(`${here}/requirements.txt`, 'utf8').match(/^[a-z-]+/gm) ?? [];
const filtered = only.length > 0 || chosenTools !== undefined;
writeFileAtomic(
  filtered ? `${work}/results.json` : 'bench/peers-results.json',
  `${JSON.stringify(
    {
      // The machine may be shared: the 1-minute load average at the start and the end says how busy.
      machine: {
        cpus: cpus().length,
        node: process.version,
        python: pythonVersion,
        loadAverage: [loadAtStart, loadavg()[0]],
      },
      repeats,
      versions: frozen.filter((line) =>
        pinned.includes(line.split('==')[0]!.toLowerCase().replace('_', '-')),
      ),
      results,
      profiling,
      profilerVersions: execFileSync(`${profilersVenv}/bin/pip`, ['freeze'], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .filter((line) => /^(ydata-profiling|pandas|numpy)==/.test(line)),
      startup,
      dateParsing: dates,
    },
    null,
    2,
  )}\n`,
);
if (unexplained.length) {
  console.error(`FAILING COUNTS DIFFER (timings above are still saved):\n  ${unexplained.join('\n  ')}`);
  process.exitCode = 1;
}
