/**
 * Dashboard load test: seeds N validation runs on a real dev server through a real worker, then
 * drives the overview (and a run page) with autocannon at 20 concurrent clients from 127.0.0.1.
 *
 *   node bench/dashboard.ts [--runs 1000] [--requests 4000] [--connections 20]
 *
 * Target (issue 7): overview p95 <= 100 ms with 1,000 runs in history.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { pino } from 'pino';
import { startDashboard } from '../src/dashboard/server.ts';
import { resolveConnection } from '../src/temporal/connection.ts';
import { startDevServer } from '../src/temporal/dev-server.ts';
import { createWorker } from '../src/temporal/worker.ts';
import { boundedMap } from '../src/core/toolkit/pool.ts';

interface AutocannonResult {
  requests: { total: number; average: number };
  latency: { p50: number; p90: number; p97_5: number; p99: number; max: number; average: number };
  non2xx: number;
  errors: number;
}
interface Instance {
  on(
    event: 'response',
    fn: (client: unknown, status: number, bytes: number, responseTimeMs: number) => void,
  ): void;
}
type Autocannon = (
  o: Record<string, unknown>,
  done: (err: Error | null, r: AutocannonResult) => void,
) => Instance;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '1000' },
    requests: { type: 'string', default: '4000' },
    connections: { type: 'string', default: '20' },
  },
});
const RUNS = Number(args.runs);
const REQUESTS = Number(args.requests);
const CONNECTIONS = Number(args.connections);
const SOURCES = 10;
const TASK_QUEUE = 'tg-bench-dashboard';

/** Ten small suites; every seventh run of a suite reads a file with a failing row. */
function writeSuites(dir: string): { good: string[]; bad: string[] } {
  const good: string[] = [];
  const bad: string[] = [];
  for (let s = 0; s < SOURCES; s++) {
    for (const kind of ['good', 'bad'] as const) {
      const rows = ['id,amount', ...Array.from({ length: 50 }, (_, i) => `${i},${i * 3}`)];
      if (kind === 'bad') rows.push('999,-1');
      writeFileSync(join(dir, `s${s}-${kind}.csv`), `${rows.join('\n')}\n`);
      const suite = join(dir, `s${s}-${kind}.yml`);
      writeFileSync(
        suite,
        [
          'version: 1',
          `name: suite${s}`,
          'sources:',
          `  table${s}: { path: s${s}-${kind}.csv }`,
          'checks:',
          `  table${s}:`,
          '    - row_count: { min: 1 }',
          '    - between: { column: amount, min: 0, max: 1000 }',
          '',
        ].join('\n'),
      );
      (kind === 'good' ? good : bad).push(suite);
    }
  }
  return { good, bad };
}

const ms = (x: number): number => Math.round(x * 10) / 10;

Runtime.install({ logger: new DefaultLogger('ERROR') });
const dir = mkdtempSync(join(tmpdir(), 'tg-bench-dash-'));
const server = await startDevServer({ dbFile: join(dir, 'temporal.db'), logFile: join(dir, 'server.log') });
const settings = resolveConnection({ address: server.address }, {});
const storeDir = join(dir, 'store');
const { worker, connection: nc } = await createWorker({
  connection: settings,
  taskQueue: TASK_QUEUE,
  storeDir,
  maxConcurrentActivities: 4,
});
const running = worker.run();
const connection = await Connection.connect({ address: server.address });
const client = new Client({ connection });
try {
  const suitesDir = join(dir, 'suites');
  mkdirSync(suitesDir);
  const { good, bad } = writeSuites(suitesDir);
  const t0 = performance.now();
  await boundedMap(
    Array.from({ length: RUNS }, (_, i) => i),
    32,
    (i) =>
      client.workflow.execute('validationWorkflow', {
        taskQueue: TASK_QUEUE,
        workflowId: `bench-${i}`,
        args: [{ suite: (i % 7 === 0 ? bad : good)[i % SOURCES]! }],
      }),
  );
  const seedSeconds = (performance.now() - t0) / 1000;
  process.stderr.write(`seeded ${RUNS} validation runs in ${seedSeconds.toFixed(1)} s\n`);
  for (
    let i = 0;
    (await client.workflow.count(`TgKind = 'validation' AND ExecutionStatus = 'Completed'`)).count < RUNS;
    i++
  ) {
    if (i > 200) throw new Error('visibility did not catch up');
    await new Promise((r) => setTimeout(r, 100));
  }

  const dashboard = await startDashboard({
    host: '127.0.0.1',
    port: 0,
    connection: settings,
    storeDir,
    log: pino({ level: 'silent' }),
    // One machine plays 20 clients from one address: the per-client limit would refuse them.
    rateLimit: 0,
  });
  const cold = performance.now();
  const first = await fetch(`${dashboard.url}/`);
  await first.text();
  const coldMs = performance.now() - cold;

  // autocannon's summary has no p95, so percentiles come from every response's own time.
  const load = async (path: string): Promise<Record<string, number>> => {
    const times: number[] = [];
    const r = await new Promise<AutocannonResult>((resolve, reject) => {
      const inst = autocannon(
        { url: dashboard.url + path, connections: CONNECTIONS, amount: REQUESTS },
        (err, res) => (err ? reject(err) : resolve(res)),
      );
      inst.on('response', (_c, _s, _b, t) => times.push(t));
    });
    times.sort((a, b) => a - b);
    const at = (q: number): number => ms(times[Math.min(times.length - 1, Math.floor(times.length * q))]!);
    return {
      requests: r.requests.total,
      rps: Math.round(r.requests.average),
      p50: at(0.5),
      p95: at(0.95),
      p99: at(0.99),
      max: ms(r.latency.max),
      non2xx: r.non2xx,
      errors: r.errors,
    };
  };
  const overview = await load('/');
  const runsPage = await load('/runs');
  const runDetail = await load(
    '/runs/bench-7/' + (await client.workflow.getHandle('bench-7').describe()).runId,
  );
  await dashboard.close();
  const result = {
    runs: RUNS,
    sources: SOURCES,
    connections: CONNECTIONS,
    seedSeconds: Math.round(seedSeconds * 10) / 10,
    overviewColdMs: ms(coldMs),
    overview,
    runsPage,
    runDetail,
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
  worker.shutdown();
  await running;
  await nc.close();
  await connection.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
