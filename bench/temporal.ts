/**
 * `npm run bench:temporal`: Truthgate on a Temporal dev server it starts itself, with workers as
 * separate `truthgate worker` processes (as in production).
 *
 * 1. Workflow overhead: start-to-result wall time of a small validation workflow minus the time
 *    its activity ran (from the history's ActivityTaskStarted/Completed events); median of >= 20.
 * 2. Throughput: 200 small validation workflows started at once through one worker.
 *    Phases 1-2 run on a server with its database on disk, then on tmpfs (/dev/shm), see below.
 * 3. Scale-out: a partitioned run over 8 parquet files (from flights-3m.parquet, 1.5M rows each)
 *    with 1 worker, then 2 workers. Each worker gets one activity slot and, unless
 *    --polars-threads says otherwise, one polars thread: it stands in for one machine, so the
 *    workers (not polars' threads on this 2-core box) are what is scaled.
 *
 *   node bench/temporal.ts [--overhead-runs 25] [--throughput 200] [--partition-repeats 3] [--polars-threads 1]
 *                       [--out bench/temporal-results.json]
 *
 * Target (issue 5): overhead median <= 150 ms. Results: bench/temporal-results.json.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Client, Connection, type WorkflowHandle } from '@temporalio/client';
import pl from 'nodejs-polars';
import { writeFileAtomic } from '../src/core/fs/atomic.ts';
import { startDevServer } from '../src/temporal/dev-server.ts';
import type { ValidationWorkflowResult } from '../src/workflows/validation.ts';
import { startCliWorker } from '../tests/helpers/cli-worker.ts';

const { values: args } = parseArgs({
  options: {
    'overhead-runs': { type: 'string', default: '25' },
    throughput: { type: 'string', default: '200' },
    'partition-repeats': { type: 'string', default: '3' },
    'polars-threads': { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});
const OVERHEAD_RUNS = Math.max(20, Number(args['overhead-runs']));
const THROUGHPUT_RUNS = Number(args.throughput);
const PARTITION_REPEATS = Number(args['partition-repeats']);
const POLARS_THREADS = args['polars-threads']!;
const PARTITIONS = 8;
const FLIGHTS = fileURLToPath(
  new URL('../node_modules/vega-datasets/data/flights-3m.parquet', import.meta.url),
);
const RESULTS = args.out ?? fileURLToPath(new URL('./temporal-results.json', import.meta.url));

const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))]!;
}
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
const log = (msg: string): void => void process.stderr.write(`${msg}\n`);

/** A 50-row CSV and a passing suite (a pass starts no notification: one activity per run). */
function writeSmallSuite(dir: string): string {
  const rows = ['id,amount,status', ...Array.from({ length: 50 }, (_, i) => `${i},${i * 3},paid`)];
  writeFileSync(join(dir, 'small.csv'), `${rows.join('\n')}\n`);
  const suite = join(dir, 'small.yml');
  writeFileSync(
    suite,
    [
      'version: 1',
      'name: bench-small',
      'sources:',
      '  small: { path: small.csv }',
      'checks:',
      '  small:',
      '    - row_count: { min: 1 }',
      '    - not_null: { columns: [id, amount] }',
      '    - between: { column: amount, min: 0, max: 1000 }',
      '    - in_set: { column: status, values: [paid, pending] }',
      '',
    ].join('\n'),
  );
  return suite;
}

/**
 * 8 parquet files of 1.5M rows each (12M rows): file i holds rows [i * 375k, i * 375k + 1.5M) of
 * flights-3m read as a ring. Deterministic, different per file, and large enough that the work
 * per partition, not the fixed cost of a workflow (plan, reduce, tasks), dominates.
 */
function writePartitionedSuite(dir: string): { suite: string; rows: number } {
  const parts = join(dir, 'parts');
  mkdirSync(parts);
  const flights = pl.readParquet(FLIGHTS);
  const ring = pl.concat([flights, flights]);
  const step = Math.ceil(flights.height / PARTITIONS);
  const size = step * 4;
  for (let i = 0; i < PARTITIONS; i++) {
    ring.slice(i * step, size).writeParquet(join(parts, `part-${i}.parquet`));
  }
  const suite = join(dir, 'flights.yml');
  // Row checks only: they run per partition and merge exactly; aggregates would run in the
  // (serial) reduce step and blur what scaling out buys.
  writeFileSync(
    suite,
    `version: 1
name: bench-flights-partitioned
fail_on: never
sources:
  flights: { path: "parts/*.parquet" }
checks:
  flights:
    - not_null: { columns: [date, delay, distance, origin, destination] }
    - between: { column: delay, min: -100, max: 1500 }
    - between: { column: distance, min: 0, max: 5000 }
    - regex: { column: origin, pattern: '^[A-Z]{3}$' }
    - regex: { column: destination, pattern: '^[A-Z]{3}$' }
    - length_between: { column: origin, min: 3, max: 3 }
    - not_in_set: { column: origin, values: [XXX, '???'] }
    - column_compare: { left: origin, op: '!=', right: destination }
    - between: { column: delay, min: 0, max: 60, where: "origin = 'LAS'", severity: low }
`,
  );
  return { suite, rows: size * PARTITIONS };
}

function eventMs(t: { seconds?: unknown; nanos?: number | null } | null | undefined): number {
  return Number(t?.seconds ?? 0) * 1000 + (t?.nanos ?? 0) / 1e6;
}

/** How long each activity of the run ran, started to completed (server clock), by type. */
async function activityTimes(handle: WorkflowHandle): Promise<{ type: string; ms: number }[]> {
  const events = (await handle.fetchHistory()).events ?? [];
  const types = new Map<string, string>();
  const started = new Map<string, number>();
  const out: { type: string; ms: number }[] = [];
  for (const e of events) {
    const scheduled = e.activityTaskScheduledEventAttributes;
    if (scheduled) types.set(String(e.eventId), scheduled.activityType?.name ?? '');
    if (e.activityTaskStartedEventAttributes) {
      started.set(String(e.activityTaskStartedEventAttributes.scheduledEventId), eventMs(e.eventTime));
    }
    const done = e.activityTaskCompletedEventAttributes;
    if (done) {
      const id = String(done.scheduledEventId);
      out.push({ type: types.get(id)!, ms: eventMs(e.eventTime) - started.get(id)! });
    }
  }
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'tg-bench-temporal-'));
// The dev server's SQLite syncs every write; on this VM's disk that dominates a small workflow's
// overhead, so phases 1-2 run twice: database on disk (as `truthgate dev` keeps it) and on tmpfs
// (what is left is Temporal's and Truthgate's own work, closer to a real cluster's fast storage).
const shm = existsSync('/dev/shm') ? mkdtempSync('/dev/shm/tg-bench-temporal-') : undefined;
const workers: { child: ChildProcess; stopped: Promise<number | null> }[] = [];
let seq = 0;

interface Env {
  address: string;
  client: Client;
}

async function withServer<T>(dbDir: string, fn: (env: Env) => Promise<T>): Promise<T> {
  const server = await startDevServer({
    dbFile: join(dbDir, `temporal-${++seq}.db`),
    logFile: join(dir, 'server.log'),
  });
  const connection = await Connection.connect({ address: server.address });
  try {
    return await fn({ address: server.address, client: new Client({ connection }) });
  } finally {
    await stopWorkers();
    await connection.close();
    await server.stop();
  }
}

async function startWorker(env: Env, taskQueue: string, extra: string[], vars: Record<string, string> = {}) {
  const store = join(dir, 'store');
  const w = await startCliWorker(
    ['--address', env.address, '--task-queue', taskQueue, '--store', store, ...extra],
    vars,
  );
  workers.push(w);
  return w;
}

async function stopWorkers(): Promise<void> {
  for (const w of workers.splice(0)) {
    w.child.kill('SIGTERM');
    await w.stopped;
  }
}

function validate(env: Env, taskQueue: string, input: Record<string, unknown>): Promise<WorkflowHandle> {
  return env.client.workflow.start('validationWorkflow', {
    taskQueue,
    workflowId: `bench-${++seq}`,
    args: [input],
  });
}

/** Phases 1 and 2 on one server, through one worker (default settings, --max-activities 2). */
async function smallWorkflows(env: Env, suite: string, label: string) {
  await startWorker(env, 'tg-bench-small', []);
  for (let i = 0; i < 3; i++) await (await validate(env, 'tg-bench-small', { suite })).result(); // warm-up
  const walls: number[] = [];
  const overheads: number[] = [];
  const acts: number[] = [];
  for (let i = 0; i < OVERHEAD_RUNS; i++) {
    const t0 = performance.now();
    const handle = await validate(env, 'tg-bench-small', { suite });
    await handle.result();
    const wall = performance.now() - t0;
    const act = (await activityTimes(handle)).reduce((n, a) => n + a.ms, 0);
    walls.push(wall);
    acts.push(act);
    overheads.push(wall - act);
  }
  const overhead = {
    runs: OVERHEAD_RUNS,
    medianMs: round(median(overheads)),
    p90Ms: round(quantile(overheads, 0.9)),
    minMs: round(Math.min(...overheads)),
    medianStartToResultMs: round(median(walls)),
    medianActivityMs: round(median(acts)),
    targetMs: 150,
  };
  log(`${label} overhead: ${JSON.stringify(overhead)}`);

  const t0 = performance.now();
  const handles = await Promise.all(
    Array.from({ length: THROUGHPUT_RUNS }, () => validate(env, 'tg-bench-small', { suite })),
  );
  const results = await Promise.all(handles.map((h) => h.result() as Promise<ValidationWorkflowResult>));
  const seconds = (performance.now() - t0) / 1000;
  const throughput = {
    workflows: THROUGHPUT_RUNS,
    workers: 1,
    maxActivities: 2,
    seconds: round(seconds, 2),
    workflowsPerSecond: round(THROUGHPUT_RUNS / seconds, 1),
    allPassed: results.every((r) => r.status === 'pass'),
  };
  log(`${label} throughput: ${JSON.stringify(throughput)}`);
  await stopWorkers();
  return { overhead, throughput };
}

/** Phase 3: 1 worker, then 2 (separate processes, the same settings), on the same server. */
async function partitionedRuns(env: Env, flights: string, rows: number) {
  const workerArgs = ['--max-activities', '1'];
  const workerEnv: Record<string, string> =
    POLARS_THREADS === 'auto' ? {} : { POLARS_MAX_THREADS: POLARS_THREADS };
  const timeRuns = async (
    label: string,
    n = PARTITION_REPEATS,
  ): Promise<{ ms: number[]; partitionMs: number[]; summary: string }> => {
    const ms: number[] = [];
    const partitionMs: number[] = [];
    let summary = '';
    for (let i = 0; i < n; i++) {
      const start = performance.now();
      const h = await validate(env, 'tg-bench-part', {
        suite: flights,
        partitioned: { concurrency: PARTITIONS },
      });
      const r = (await h.result()) as ValidationWorkflowResult;
      ms.push(performance.now() - start);
      summary = JSON.stringify(r.summary);
      for (const a of await activityTimes(h)) if (a.type === 'runPartition') partitionMs.push(a.ms);
      if (r.partitions !== PARTITIONS)
        throw new Error(`expected ${PARTITIONS} partitions, got ${r.partitions}`);
    }
    log(`${label}: ${ms.map((x) => Math.round(x)).join(', ')} ms`);
    return { ms, partitionMs, summary };
  };
  await startWorker(env, 'tg-bench-part', workerArgs, workerEnv);
  await timeRuns('warm-up', 1); // page cache, polars' first-run costs
  const one = await timeRuns('1 worker');
  await startWorker(env, 'tg-bench-part', workerArgs, workerEnv);
  const two = await timeRuns('2 workers');
  const oneMs = median(one.ms);
  const twoMs = median(two.ms);
  const partitioned = {
    files: PARTITIONS,
    rows,
    summary: JSON.parse(one.summary) as unknown,
    workerSettings: { maxActivities: 1, polarsThreads: POLARS_THREADS },
    repeats: PARTITION_REPEATS,
    oneWorkerMs: Math.round(oneMs),
    twoWorkersMs: Math.round(twoMs),
    oneWorkerRunsMs: one.ms.map(Math.round),
    twoWorkersRunsMs: two.ms.map(Math.round),
    speedUp: round(oneMs / twoMs, 2),
    // One partition's activity time: it grows with 2 workers when they do not get a core each.
    medianPartitionMs: {
      oneWorker: Math.round(median(one.partitionMs)),
      twoWorkers: Math.round(median(two.partitionMs)),
    },
    sameResult: one.summary === two.summary,
  };
  log(`partitioned: ${JSON.stringify(partitioned)}`);
  return partitioned;
}

try {
  const suite = writeSmallSuite(dir);
  const disk = await withServer(dir, (env) => smallWorkflows(env, suite, 'db on disk:'));
  const fast = shm ? await withServer(shm, (env) => smallWorkflows(env, suite, 'db on tmpfs:')) : undefined;
  const { suite: flights, rows } = writePartitionedSuite(dir);
  const partitioned = await withServer(shm ?? dir, (env) => partitionedRuns(env, flights, rows));
  const out = {
    date: new Date().toISOString(),
    machine: {
      cpus: availableParallelism(),
      loadAverage1m: round(loadavg()[0]!, 2),
      node: process.version,
      note: 'shared 2-core machine: other jobs ran at the same time',
    },
    overhead: { dbOnDisk: disk.overhead, ...(fast ? { dbOnTmpfs: fast.overhead } : {}) },
    throughput: { dbOnDisk: disk.throughput, ...(fast ? { dbOnTmpfs: fast.throughput } : {}) },
    partitioned: { ...partitioned, db: shm ? 'tmpfs' : 'disk' },
  };
  writeFileAtomic(RESULTS, `${JSON.stringify(out, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
} finally {
  await stopWorkers();
  rmSync(dir, { recursive: true, force: true });
  if (shm) rmSync(shm, { recursive: true, force: true });
}
