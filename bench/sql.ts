/**
 * The PostgreSQL part of `npm run bench`: the orders data loaded into a PostgreSQL the bench
 * starts, and the bench suite run three ways, each in a fresh process (bench/measure.ts):
 *   sql-suite  pushdown (the aggregate query in the database, on this large table as parts run at
 *              once in one snapshot, see docs/sql-sources.md; samples only for failing checks);
 *   sql-hand   ONE hand-written query computing the same metrics: the floor pushdown is held to;
 *   sql-pull   the table pulled out of the database into a file polars scans, then the same suite.
 * BENCH_SQL_ROWS loads fewer rows (the same rows' prefix) for quick runs. Each variant also reports
 * the CPU seconds of the server and of its own process: on a shared machine, wall time is not enough.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { parse, stringify } from 'yaml';
import { schemaOnlyContext, supportOn } from '../src/core/checks/backends.ts';
import { getCheck } from '../src/core/checks/registry.ts';
import { runSuite } from '../src/core/engine/run-suite.ts';
import { postgres } from '../src/core/expr/dialect.ts';
import { parseSuite } from '../src/core/suite/load.ts';
import { binary, startPostgres, type TestPostgres } from '../tests/helpers/postgres.ts';
import { datasets } from './datasets.ts';
import { generateOrdersCsv } from './generate-orders.ts';

export const sqlRows = Number(process.env.BENCH_SQL_ROWS ?? datasets.orders!.rows);

/** The orders CSV with `sqlRows` rows (the generator is a pure function of the row index). */
export function sqlCsvPath(): string {
  const full = datasets.orders!;
  return sqlRows === full.rows ? full.path : join(import.meta.dirname, `data/orders-${sqlRows}.csv`);
}

/** The table as a loader would declare it: the types polars reads from the CSV, created_at a timestamp. */
const TABLE = `CREATE UNLOGGED TABLE public.orders (
  order_id bigint, customer_id bigint, created_at timestamp, amount double precision, quantity bigint,
  status text, email text, country text, discount double precision)`;

/** The same columns as polars dtype names, for the support test that picks the suite's checks. */
const SCHEMA: Record<string, string> = {
  order_id: 'Int64',
  customer_id: 'Int64',
  created_at: 'Datetime(us)',
  amount: 'Float64',
  quantity: 'Int64',
  status: 'String',
  email: 'String',
  country: 'String',
  discount: 'Float64',
};

/** Throws at once when PostgreSQL's programs are missing, before any other bench runs. */
export function requireBenchPostgres(): void {
  for (const program of ['initdb', 'postgres', 'psql']) binary(program);
}

export interface BenchPostgres {
  pg: TestPostgres;
  url: string;
  loadMs: number;
}

/**
 * A fresh PostgreSQL (its default 128 MB of shared buffers) with the orders table loaded by a
 * server-side COPY, then vacuumed and analysed so no measured scan pays for hint bits or stats.
 */
export async function startBenchPostgres(): Promise<BenchPostgres> {
  await generateOrdersCsv(sqlCsvPath(), sqlRows);
  const pg = await startPostgres({ shared_buffers: '128MB', max_wal_size: '4GB' });
  const t0 = performance.now();
  try {
    await pg.sql(TABLE);
    await pg.sql(
      `COPY public.orders FROM '${sqlCsvPath().replace(/'/g, "''")}' WITH (FORMAT csv, HEADER true)`,
    );
    await pg.sql('VACUUM (FREEZE, ANALYZE) public.orders');
  } catch (err) {
    await pg.stop();
    throw err;
  }
  return { pg, url: pg.url(), loadMs: performance.now() - t0 };
}

/** The bench suite's check entries, each with its type name. */
function suiteChecks(): { type: string; entry: unknown }[] {
  const doc = parse(readFileSync(datasets.orders!.suite, 'utf8')) as { checks: { orders: unknown[] } };
  return doc.checks.orders.map((entry) => ({
    type: typeof entry === 'string' ? entry : Object.keys(entry as object)[0]!,
    entry,
  }));
}

/**
 * The bench suite's checks PostgreSQL runs (row order, for one, is not a table's), so pushdown and
 * the pulled-into-polars run judge the same checks; `skipped` names the others.
 */
export function sqlSuiteChecks(): { entries: unknown[]; skipped: string[] } {
  const ctx = schemaOnlyContext(SCHEMA);
  const entries: unknown[] = [];
  const skipped: string[] = [];
  for (const { type, entry } of suiteChecks()) {
    const def = getCheck(type)!;
    const raw = typeof entry === 'string' ? {} : (entry as Record<string, Record<string, unknown>>)[type]!;
    const params = Object.fromEntries(
      Object.entries(raw).filter(([k]) => !['where', 'severity', 'mostly', 'id'].includes(k)),
    );
    // Per-column sugar: the first column stands for the others (they share the dtype's support).
    if (def.perColumn && Array.isArray(params.columns)) {
      params.column = params.columns[0];
      delete params.columns;
    }
    const parsed = def.params.parse(params) as Record<string, unknown>;
    if (supportOn(def, parsed, ctx, postgres).supported) entries.push(entry);
    else skipped.push(type);
  }
  return { entries, skipped };
}

/** Suite text: the bench checks over `source` (a path, or a SQL table through connection `pg`). */
export function sqlBenchSuite(source: Record<string, unknown>, url?: string): string {
  return stringify({
    version: 1,
    fail_on: 'never',
    ...(url ? { connections: { pg: url } } : {}),
    sources: { orders: { ...source, key: ['order_id'] } },
    checks: { orders: sqlSuiteChecks().entries },
  });
}

/**
 * Pulls the whole table out of the database into a CSV file for polars (psql's client-side COPY,
 * the fastest way out of PostgreSQL), returning the file and a cleanup.
 */
export function pullTable(url: string): { path: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'tg-bench-pull-'));
  const path = join(dir, 'orders.csv');
  execFileSync(
    binary('psql'),
    [url, '-v', 'ON_ERROR_STOP=1', '-c', `\\copy public.orders TO '${path}' WITH (FORMAT csv, HEADER true)`],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  return { path, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * ONE hand-written query computing what the SQL-runnable bench checks compute, the way someone
 * who knows PostgreSQL writes it by hand: filtered counts, plain aggregates, one distinct count
 * per column, and POSIX classes ([[:alnum:]], [[:space:]]) where the checks mean Unicode ones
 * (the same verdicts on this ASCII data; pushdown spells the Unicode classes out).
 */
export const HAND_SQL = `SELECT
  count(*) AS rows,
  count(*) FILTER (WHERE order_id IS NULL) AS null_order_id,
  count(*) FILTER (WHERE customer_id IS NULL) AS null_customer_id,
  count(*) FILTER (WHERE created_at IS NULL) AS null_created_at,
  count(*) FILTER (WHERE amount IS NULL) AS null_amount,
  count(*) FILTER (WHERE quantity IS NULL) AS null_quantity,
  count(*) FILTER (WHERE status IS NULL) AS null_status,
  count(*) FILTER (WHERE email IS NULL) AS null_email,
  count(*) FILTER (WHERE country IS NULL) AS null_country,
  count(*) FILTER (WHERE discount IS NULL) AS null_discount,
  count(order_id) - count(DISTINCT order_id) AS dup_order,
  count(*) FILTER (WHERE amount < 0 OR amount > 10000) AS amount_out,
  count(*) FILTER (WHERE quantity < 1 OR quantity > 10) AS qty_out,
  count(*) FILTER (WHERE quantity <= 0) AS qty_nonpos,
  count(*) FILTER (WHERE status NOT IN ('paid', 'pending', 'refunded')) AS status_set,
  count(*) FILTER (WHERE country NOT IN ('KR', 'US', 'DE', 'BR')) AS country_set,
  count(*) FILTER (WHERE email !~ '^[A-Za-z0-9!#$%&''*+/=?^_\`{|}~-]+(\\.[A-Za-z0-9!#$%&''*+/=?^_\`{|}~-]+)*@([[:alnum:]]([[:alnum:]-]*[[:alnum:]])?\\.)+([[:alpha:]]{2,}|xn--[a-zA-Z0-9-]+)$'
    OR email ~ '(@|//)([^./:@]*\\.)*[^./:@]{64}') AS email_fmt,
  count(*) FILTER (WHERE email !~ '^user[0-9]+@example\\.com$') AS email_re,
  count(*) FILTER (WHERE char_length(country) <> 2) AS country_len,
  count(*) FILTER (WHERE status ~ '^[[:space:]]|[[:space:]]$') AS status_ws,
  count(*) FILTER (WHERE country = 'KR' AND (discount < 0 OR discount > 0.25)) AS kr_discount,
  count(*) FILTER (WHERE country = 'KR') AS kr_rows,
  avg(amount) AS amount_mean,
  percentile_cont(0.99) WITHIN GROUP (ORDER BY amount) AS amount_p99,
  count(DISTINCT customer_id) AS customers
FROM public.orders`;

/** What the SQL bench runs report of a suite run, so the three variants can be compared. */
function suiteDetail(report: Awaited<ReturnType<typeof runSuite>>) {
  const src = report.sources[0]!;
  return {
    checks: report.summary.checks,
    passed: report.summary.passed,
    failed: report.summary.failed,
    errored: report.summary.errored,
    rows: src.rowCount,
    errors: src.checks.filter((c) => c.status === 'error').map((c) => `${c.id}: ${c.message}`),
  };
}

/** CPU seconds in clock ticks of one /proc/<pid>/stat: own user+system, and with reaped children. */
function ticks(pid: number | 'self'): { own: number; withChildren: number; ppid: number } {
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis are fixed.
  const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = text
    .slice(text.lastIndexOf(')') + 2)
    .split(' ')
    .map(Number);
  // After the name: state(3) ppid(4) ... utime(14) stime(15) cutime(16) cstime(17), numbered from 1.
  const own = f[11]! + f[12]!;
  return { own, withChildren: own + f[13]! + f[14]!, ppid: f[1]! };
}

const TICK_S = 1 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

/**
 * CPU seconds of the PostgreSQL server behind `url` (the bench starts it on this machine): the
 * postmaster with every child it reaped (backends, parallel workers) and the children still running.
 */
async function serverCpu(url: string): Promise<() => number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // The backend's parent, read while the backend runs.
  const backend = Number((await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid);
  const postmaster = ticks(backend).ppid;
  await client.end();
  return () => {
    let total = ticks(postmaster).withChildren;
    for (const pid of readdirSync('/proc')
      .filter((p) => /^\d+$/.test(p))
      .map(Number)) {
      try {
        const t = ticks(pid);
        if (t.ppid === postmaster) total += t.own;
      } catch {
        // A process that ended while we looked.
      }
    }
    return total * TICK_S;
  };
}

/**
 * One SQL bench variant (bench/measure.ts runs it in a fresh process), with the CPU seconds it
 * cost the PostgreSQL server and this process (with its children: psql for the pull), measured
 * so on a loaded machine the variants can still be compared.
 */
export async function measureSql(mode: string, url: string): Promise<unknown> {
  const server = await serverCpu(url);
  const s0 = server();
  const w0 = ticks('self').withChildren;
  const detail = await runSqlMode(mode, url);
  const worker = (ticks('self').withChildren - w0) * TICK_S;
  // Backends that just ended are reaped (and counted) by the postmaster a moment later.
  await new Promise((r) => setTimeout(r, 300));
  return {
    ...(detail as object),
    cpuSeconds: { server: +(server() - s0).toFixed(2), worker: +worker.toFixed(2) },
  };
}

async function runSqlMode(mode: string, url: string): Promise<unknown> {
  const run = (text: string, path: string) =>
    runSuite(parseSuite(text, { path, baseDir: import.meta.dirname }));
  if (mode === 'sql-suite')
    return suiteDetail(
      await run(sqlBenchSuite({ sql: { connection: 'pg', table: 'public.orders' } }, url), 'sql.yml'),
    );
  if (mode === 'sql-hand') {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const row = (await client.query(HAND_SQL)).rows[0] as Record<string, unknown>;
      return { metrics: Object.keys(row).length };
    } finally {
      await client.end();
    }
  }
  if (mode === 'sql-pull') {
    const pulled = pullTable(url);
    try {
      return suiteDetail(await run(sqlBenchSuite({ path: pulled.path }), 'pull.yml'));
    } finally {
      pulled.cleanup();
    }
  }
  throw new Error(`unknown SQL bench mode ${mode}`);
}
