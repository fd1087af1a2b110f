import { customSqlOutcome, CUSTOM_SQL_EXAMPLES } from '../checks/custom.ts';
import type { CheckOutcome, PlanContext } from '../checks/define.ts';
import { nearest } from '../checks/nearest.ts';
import { unsupportedBackend } from '../checks/backends.ts';
import { asTruthgateError, TruthgateError } from '../errors.ts';
import { quoteIdent, UnsupportedInDialect } from '../expr/sql.ts';
import type { CheckResult, Sample, SourceResult } from '../result/schema.ts';
import type { OpenedSource } from '../sources/open.ts';
import type { ConnectionSpec, SourceSpec, SqlSpec } from '../sources/spec.ts';
import { openSqlSource, type SqlSource } from '../sources/sql/open.ts';
import { compilePushdown, type CompiledPushdown } from '../sql/pushdown.ts';
import type { SqlSession } from '../sources/sql/session.ts';
import { columnNotFound } from '../toolkit/columns.ts';
import { toNumber } from '../toolkit/numbers.ts';
import type { CheckInstance } from '../checks/instance.ts';
import type { SourceHistory } from '../history/series.ts';
import { checkResult, erroredSource, rowVerdict } from './merge.ts';
import { sampleValues } from './values.ts';
import { otherRelations } from './sql-others.ts';
import type { OtherRelation } from '../checks/cross-sql.ts';

export interface SqlRunOptions {
  now: Date;
  sampleSize: number;
  connections: Record<string, ConnectionSpec>;
  baseDir: string;
  /** Past metrics of this source, for anomaly checks (see src/core/history). */
  history?: SourceHistory;
  /** The suite's sources, for checks that read another one (in the database, see sql-others.ts). */
  others?: Record<string, SourceSpec>;
}

/**
 * Runs every check of a SQL source inside its database: one aggregate query for all checks,
 * bounded LIMIT queries for samples of failing checks only, all in one read-only transaction.
 * Returns the same SourceResult as a file source. A source that cannot be reached or read is an
 * errored source (its checks `error`), so the other sources of the suite still run.
 */
export async function runSqlSource(
  name: string,
  spec: SourceSpec & { sql: SqlSpec },
  checks: CheckInstance[],
  opts: SqlRunOptions,
): Promise<SourceResult> {
  const t0 = performance.now();
  const failed = (err: unknown): SourceResult =>
    erroredSource(
      {
        name,
        uri: spec.path,
        format: 'sql',
        fingerprint: null,
        durationMs: Math.round(performance.now() - t0),
      },
      err instanceof TruthgateError
        ? err
        : new TruthgateError('TG_SQL_QUERY', { source: name, detail: asTruthgateError(err).message }),
      checks,
    );
  let source: SqlSource;
  try {
    source = await openSqlSource(name, spec, openOptions(checks, opts));
  } catch (err) {
    return failed(err);
  }
  try {
    const columns = Object.keys(source.schema);
    const ts = spec.sql.timestamp_column;
    if (ts !== undefined && !(ts in source.schema))
      throw columnNotFound(ts, name, columns, nearest(ts, columns));
    const { rowCount, results } = await evaluate(source, checks, opts);
    return {
      name,
      uri: source.uri,
      format: source.format,
      rowCount,
      columnCount: columns.length,
      ...(rowCount === 0
        ? {
            warnings: [
              new TruthgateError('TG_SOURCE_NO_ROWS', {
                path: source.uri,
                columns: columns.join(', ') || '(none)',
              }).toJSON(),
            ],
          }
        : {}),
      fingerprint: await source.fingerprint(rowCount),
      durationMs: Math.round(performance.now() - t0),
      checks: results,
    };
  } catch (err) {
    return { ...failed(err), format: source.format };
  } finally {
    await source.close();
  }
}

/** The session for these checks: with the database's JSON test only for json_parseable, the one check calling it. */
const openOptions = (checks: CheckInstance[], opts: Pick<SqlRunOptions, 'connections' | 'baseDir'>) => ({
  connections: opts.connections,
  baseDir: opts.baseDir,
  jsonTest: checks.some((c) => c.def.name === 'json_parseable'),
});

interface Evaluated {
  rowCount: number;
  results: CheckResult[];
}

/**
 * The one aggregate query for every check the dialect can run (on a large PostgreSQL table, its
 * parts at once in one snapshot: see splitPlan), then samples (bounded LIMIT queries) for the
 * failing row checks only. A check the dialect cannot express is
 * TG_CHECK_UNSUPPORTED_BACKEND: it is never run by downloading the table.
 */
async function evaluate(source: SqlSource, checks: CheckInstance[], opts: SqlRunOptions): Promise<Evaluated> {
  const otherSql = await otherRelations(source, checks, opts.others ?? {});
  const split = await splitPlan(source);
  const { compile, custom, own, pushable, ctx } = planSql(source, checks, opts, otherSql, split?.grouped);
  let compiled = compile(pushable);
  const broken: { check: CheckInstance; error: TruthgateError }[] = [];
  const rowOf = async (c: CompiledPushdown<CheckInstance>) =>
    (split && c.parts.length > 1 ? await runParts(source.session, c.parts) : undefined) ??
    (await source.session.query(c.sql))[0] ??
    {};
  let row: Record<string, unknown>;
  try {
    row = await rowOf(compiled);
  } catch (err) {
    // One check's SQL the database refuses (a bad `where`) must not take the others down.
    if (!(err instanceof TruthgateError && err.code === 'TG_SQL_QUERY')) throw err;
    broken.push(
      ...(await refusedChecks(
        source,
        compiled.pushed.map((p) => p.check),
        compile,
      )),
    );
    if (broken.length === 0) throw err;
    compiled = compile(pushable.filter((c) => !broken.some((b) => b.check === c)));
    row = await rowOf(compiled);
  }
  const rowCount = toNumber(row[compiled.rowCount]) ?? 0;
  const byCheck = new Map<CheckInstance, CheckResult>();
  for (const { check, error } of [...compiled.errors, ...broken])
    byCheck.set(check, checkResult(check, undefined, { error }, []));
  const sampleKey = memo(() => rowKey(source));
  const sensitive = new Set(source.spec.sensitive ?? []);
  for (const p of compiled.pushed) {
    let outcome: CheckOutcome;
    try {
      outcome =
        p.kind === 'row'
          ? rowVerdict(
              p.plan,
              p.check,
              await p.failingOf(row, (sql) => source.session.query(sql)),
              toNumber(row[p.judged]) ?? 0,
            )
          : p.plan.evaluate(p.metricsOf(row));
    } catch (err) {
      // A follow-up count the database refuses or times out keeps its code (checkError).
      byCheck.set(p.check, checkResult(p.check, undefined, { error: checkError(p.check, err) }, []));
      continue;
    }
    let samples: Sample[] = [];
    if (p.kind === 'row' && !outcome.pass && opts.sampleSize > 0) {
      const key = await sampleKey();
      const rows = await source.session.query(p.sampleQuery(opts.sampleSize, key, key));
      const shown = {
        columns: p.check.columns(),
        ...(p.plan.maskSample ? { mask: p.plan.maskSample } : {}),
      };
      // A table has no row order: `row` numbers the samples, the key columns identify the rows
      // (an empty `key` says the rows have none).
      samples = rows.map((r, i) => ({ row: i, key, values: sampleValues(r, key, shown, sensitive) }));
    }
    byCheck.set(p.check, checkResult(p.check, p.plan, { outcome }, samples));
  }
  for (const check of custom) byCheck.set(check, await runCustomSql(source, check));
  for (const check of own) byCheck.set(check, await runOwnSql(source, check, ctx));
  return { rowCount, results: checks.map((c) => byCheck.get(c)!) };
}

/**
 * The columns that identify a failing row: the suite's `key`, else the table's primary key; none
 * for a `query:` (its rows have no key the database knows) or a view. The samples come first by
 * them, so the same rows are shown on every run.
 */
async function rowKey(source: SqlSource): Promise<string[]> {
  const declared = source.spec.key;
  if (declared !== undefined) return declared.filter((k) => k in source.schema);
  if (!('table' in source.relation)) return [];
  // The catalog is readable by every role; should it fail anyway, the samples show without a key.
  const pk = await source.session.primaryKey(source.relation.table).catch(() => []);
  return pk.filter((k) => k in source.schema);
}

/** Runs `f` once, on first use. */
function memo<T>(f: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => (p ??= f());
}

/** Below this many rows (the planner's estimate) one query beats opening more connections. */
const SPLIT_MIN_ROWS = 100_000;
/** A column's regex tests run once per distinct value when it has at most this share of distinct values. */
const GROUP_MAX_DISTINCT_SHARE = 0.25;
/** The session's own connection plus at most this many siblings run the parts. */
const MAX_SIBLINGS = 3;
/**
 * work_mem of each connection running parts: the grouping, DISTINCT and percentile parts of a
 * million rows then hash or sort in memory instead of spilling (PostgreSQL's 4 MB default spills
 * them to temporary files). The server's memory, bounded by the connections running parts.
 */
const PART_WORK_MEM_MB = 64;

/**
 * Whether the one aggregate query of a table runs as parts at once (see sql/pushdown.ts), and
 * which columns group before their regex tests: only where the database can share a snapshot
 * between connections (PostgreSQL) and its statistics say the table is large. A `query:` source
 * stays one query: each part would run the user's query again.
 */
async function splitPlan(source: SqlSource): Promise<{ grouped: Set<string> } | undefined> {
  const { session, relation } = source;
  if (!session.sibling || !session.tableStats || !('table' in relation)) return undefined;
  // Statistics only choose how to query: without them (no access, a view), one query it is.
  const stats = await session.tableStats(relation.table).catch(() => undefined);
  const rows = stats?.rows ?? 0;
  if (!stats || rows < SPLIT_MIN_ROWS) return undefined;
  const grouped = Object.entries(stats.columns)
    .filter(
      ([, c]) => c.plainText && c.distinct !== undefined && c.distinct <= GROUP_MAX_DISTINCT_SHARE * rows,
    )
    .map(([name]) => name);
  return { grouped: new Set(grouped) };
}

/**
 * The parts of the aggregate query at once, on this session and siblings in its snapshot, merged
 * into the one row the single query returns. Undefined when no sibling opens (a connection
 * limit, a standby that exports no snapshot): the caller runs the single query instead.
 */
async function runParts(session: SqlSession, parts: string[]): Promise<Record<string, unknown> | undefined> {
  const opened = await Promise.allSettled(parts.slice(1, 1 + MAX_SIBLINGS).map(() => session.sibling!()));
  const siblings = opened.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
  if (siblings.length < opened.length) {
    await Promise.all(siblings.map((s) => s.close()));
    return undefined;
  }
  const queue = [...parts];
  const rows: Record<string, unknown>[] = [];
  let failure: { err: unknown } | undefined;
  // Every started part finishes before the siblings close, and none starts after a failure.
  const work = async (s: SqlSession) => {
    for (let q = queue.shift(); q !== undefined && !failure; q = queue.shift()) {
      try {
        rows.push((await s.query(q))[0] ?? {});
      } catch (err) {
        failure ??= { err };
      }
    }
  };
  try {
    await Promise.all([session, ...siblings].map((s) => s.workMemory?.(PART_WORK_MEM_MB)));
    await Promise.all([session, ...siblings].map(work));
  } finally {
    await Promise.all(siblings.map((s) => s.close()));
  }
  if (failure) throw failure.err;
  return Object.assign({}, ...rows) as Record<string, unknown>;
}

/**
 * A custom-SQL check in the database: the user's query sees the source (after `where`) as the
 * table `source` and under its own name; every row it returns is a failure. Counted in the
 * database and only the first rows fetched, inside the source's read-only transaction.
 */
async function runCustomSql(source: SqlSource, check: CheckInstance): Promise<CheckResult> {
  const query = customQuery(source, check);
  try {
    const [counted] = await source.session.query(`SELECT count(*) AS n FROM (${query}) AS tg_counted`);
    const examples = await source.session.query(`${query} LIMIT ${CUSTOM_SQL_EXAMPLES}`);
    const max = (check.params as { max_failures?: number }).max_failures;
    const outcome = customSqlOutcome(toNumber(counted?.n) ?? 0, examples, max);
    return checkResult(check, undefined, { outcome }, []);
  } catch (err) {
    return checkResult(check, undefined, { error: checkError(check, err) }, []);
  }
}

/** A check that runs its own queries (CheckDefinition.sqlRun), or is refused for its params. */
async function runOwnSql(source: SqlSource, check: CheckInstance, ctx: PlanContext): Promise<CheckResult> {
  const own = check.def.sqlRun!;
  const reason = own.unsupported(check.params, ctx);
  if (reason !== undefined)
    return checkResult(check, undefined, { error: unsupportedBackend(check.id, source.dialect, reason) }, []);
  try {
    const outcome = await own.run(check.params, source, check.where, ctx);
    return checkResult(check, undefined, { outcome }, []);
  } catch (err) {
    return checkResult(check, undefined, { error: checkError(check, err) }, []);
  }
}

function customQuery(source: SqlSource, check: CheckInstance): string {
  const text = (check.params as { query: string }).query.trim().replace(/;\s*$/, '');
  const rows = `SELECT * FROM ${source.from}${check.where ? ` WHERE (${check.where})` : ''}`;
  const names = [...new Set(['source', source.name])].map(
    (n) => `${quoteIdent(source.dialect, n)} AS (${rows})`,
  );
  return `WITH ${names.join(', ')} SELECT * FROM (${text}) AS tg_custom`;
}

/**
 * The database refusing one check's SQL is that check's error; timeouts and the like keep their
 * code; anything else (a verdict that throws) is the check's error too.
 */
function checkError(check: CheckInstance, err: unknown): TruthgateError {
  if (!(err instanceof TruthgateError))
    return new TruthgateError('TG_CHECK_ERROR', { check: check.id, detail: asTruthgateError(err).message });
  return err.code === 'TG_SQL_QUERY'
    ? new TruthgateError('TG_CHECK_ERROR', {
        check: check.id,
        detail: String(err.params.detail ?? err.message),
      })
    : err;
}

/**
 * The checks of a SQL source for its dialect. Custom-SQL checks are queries of their own, in the
 * database's dialect; every other check goes into the one pushdown query.
 */
function planSql(
  source: SqlSource,
  checks: CheckInstance[],
  opts: Pick<SqlRunOptions, 'now' | 'baseDir'>,
  otherSql: (name: string) => OtherRelation,
  grouped?: ReadonlySet<string>,
) {
  const ctx = planContext(source, opts, otherSql);
  const { relation, dialect } = source;
  return {
    compile: (list: CheckInstance[]) =>
      compilePushdown({ checks: list, relation, dialect, ctx, ...(grouped ? { grouped } : {}) }),
    custom: checks.filter((c) => c.def.sqlOwnQuery),
    own: checks.filter((c) => c.def.sqlRun),
    pushable: checks.filter((c) => !c.def.sqlOwnQuery && !c.def.sqlRun),
    ctx,
  };
}

/**
 * Validates a SQL source's checks against its database without reading rows: unknown columns,
 * checks the dialect cannot run (TG_CHECK_UNSUPPORTED_BACKEND) and SQL the database refuses
 * (EXPLAIN only), each located at its check in the suite. Throws when the source cannot be opened.
 */
export async function compileSqlSource(
  name: string,
  spec: SourceSpec & { sql: SqlSpec },
  checks: CheckInstance[],
  opts: Omit<SqlRunOptions, 'sampleSize'>,
): Promise<TruthgateError[]> {
  const source = await openSqlSource(name, spec, openOptions(checks, opts));
  try {
    const otherSql = await otherRelations(source, checks, opts.others ?? {});
    const { compile, custom, own, pushable, ctx } = planSql(source, checks, opts, otherSql);
    const compiled = compile(pushable);
    const problems = [...compiled.errors];
    for (const check of own) {
      const reason = check.def.sqlRun!.unsupported(check.params, ctx);
      if (reason !== undefined)
        problems.push({ check, error: unsupportedBackend(check.id, source.dialect, reason) });
    }
    try {
      await source.session.query(`EXPLAIN ${compiled.sql}`);
    } catch (err) {
      if (!(err instanceof TruthgateError && err.code === 'TG_SQL_QUERY')) throw err;
      problems.push(
        ...(await refusedChecks(
          source,
          compiled.pushed.map((p) => p.check),
          compile,
        )),
      );
    }
    for (const check of custom) {
      try {
        await source.session.query(`EXPLAIN ${customQuery(source, check)}`);
      } catch (err) {
        problems.push({ check, error: checkError(check, err) });
      }
    }
    return problems.map(
      ({ check, error }) => new TruthgateError(error.code, error.params, { location: check.location }),
    );
  } finally {
    await source.close();
  }
}

/**
 * The checks whose SQL the database refuses, each planned alone with EXPLAIN (binds and plans,
 * reads no rows), so finding them costs no scan.
 */
async function refusedChecks(
  source: SqlSource,
  checks: CheckInstance[],
  compile: (list: CheckInstance[]) => { sql: string },
): Promise<{ check: CheckInstance; error: TruthgateError }[]> {
  const refused: { check: CheckInstance; error: TruthgateError }[] = [];
  for (const check of checks) {
    try {
      await source.session.query(`EXPLAIN ${compile([check]).sql}`);
    } catch (err) {
      refused.push({ check, error: checkError(check, err) });
    }
  }
  return refused;
}

/**
 * What a check's plan may read of a SQL source: its schema and the run's clock. Checks that read
 * other sources or the rows themselves are standalone plans, which pushdown refuses as
 * unsupported; the context only has to say so if a plan asks at plan time.
 */
function planContext(
  source: SqlSource,
  opts: Pick<SqlRunOptions, 'now' | 'baseDir' | 'history'>,
  otherSql: (name: string) => OtherRelation,
): PlanContext {
  const refuse = (what: string) => (): never => {
    throw new UnsupportedInDialect(what);
  };
  const stand: OpenedSource = {
    name: source.name,
    uri: source.uri,
    format: source.format as unknown as OpenedSource['format'],
    files: [],
    shownFiles: [],
    spec: source.spec,
    fingerprint: '',
    warnings: [],
    chunked: false,
    lazy: refuse('the check reads the rows outside the database'),
    lazyFiles: refuse('the check reads the rows outside the database'),
  };
  return {
    source: stand,
    schema: source.schema,
    now: opts.now,
    baseDir: opts.baseDir,
    ...(opts.history ? { history: opts.history } : {}),
    other: refuse('the check reads another source'),
    otherSql,
    frame: refuse('the check reads the rows outside the database'),
  };
}
