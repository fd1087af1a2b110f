import pl from 'nodejs-polars';
import {
  mergesExactly,
  type AggregatePlan,
  type Outcome,
  type Plan,
  type RowPlan,
} from '../checks/define.ts';
import { nearest } from '../checks/registry.ts';
import { toNumber } from '../toolkit/numbers.ts';
import { asTruthgateError, TruthgateError } from '../errors.ts';
import type { CheckResult, SourceResult } from '../result/schema.ts';
import { displayPath } from '../sources/explain.ts';
import { explainReadError, type OpenedSource } from '../sources/open.ts';
import { addSampleLines } from '../sources/csv-lines.ts';
import { columnNotFound } from '../toolkit/columns.ts';
import { makeContext, SqlColumns } from './context.ts';
import { native, NativeCache, output, type NativeExpr } from './native.ts';
import { dtypeName } from '../toolkit/dtype.ts';
import type { CheckInstance } from './instance.ts';
import { buildSamples, fileOffsets, sampleExprs, type SampleSpec } from './samples.ts';
import { chunkedQuery, unproven, type ChunkedInput, type Deferred, type QueryResult } from './chunked.ts';
import { formatOutcomeMessage } from './message.ts';
import { erroredSource } from './errored-source.ts';
import { executeSql } from '../toolkit/sql.ts';
import { polarsDetail } from '../toolkit/polars-error.ts';
import type { SourceHistory } from '../history/series.ts';

export { polarsDetail };

export interface RunSourceOptions {
  now: Date;
  sampleSize: number;
  others: (name: string) => OpenedSource;
  baseDir?: string;
  history?: SourceHistory;
}

interface Planned {
  inst: CheckInstance;
  plan?: Plan;
  /** Aliases of this check's outputs in the fused query (row checks: failing and judged counts first). */
  outputs: string[];
  exprs: pl.Expr[];
  /** Aggregate checks: metric name -> its alias in the query output. */
  metricAliases?: Record<string, string>;
  sqlUsed: Set<string>;
  /** Source columns the check's expressions read, recorded as the plan is built. */
  reads: Set<string>;
  /** Row checks only: where this check's failing-row sample lands in the query output. */
  sample?: SampleSpec;
  /** Row checks with a `clean` proof: what to evaluate only when the proof fails. */
  deferred?: Deferred;
  error?: TruthgateError;
  outcome?: Outcome;
}

/**
 * Runs every check of one source: one fused lazy query for all row and aggregate checks, a
 * bounded second pass for samples of failing row checks, and standalone plans on their own.
 */
export async function runSource(
  source: OpenedSource,
  checks: CheckInstance[],
  opts: RunSourceOptions,
): Promise<SourceResult> {
  const t0 = performance.now();
  const base = source.lazy();
  let schema: Record<string, string>;
  let polarsSchema: Record<string, pl.DataType>;
  try {
    const probe = await base.head(0).collect();
    polarsSchema = probe.schema as Record<string, pl.DataType>;
    schema = Object.fromEntries(Object.entries(polarsSchema).map(([k, v]) => [k, dtypeName(v)]));
  } catch (err) {
    return sourceError(source, explainReadError(source, err, opts.baseDir), checks, t0);
  }
  const columns = Object.keys(schema);
  const { planned, sql, goodSql } = await planSource(base, source, schema, checks, opts);
  for (const p of planned) if (p.error?.code === 'TG_CHECK_DTYPE') p.error = await withExample(base, p.error);
  const frame = sql.apply(base, goodSql);
  const chunked = source.chunked;
  const query = (list: Planned[]): Promise<QueryResult> =>
    chunked
      ? chunkedQuery({
          source,
          schema: polarsSchema,
          sql,
          goodSql,
          sampleSize: opts.sampleSize,
          ...splitByMergeability(list),
        })
      : fusedQuery(frame, list);

  // Broken expressions (e.g. a string function on a number) fail at plan time on an empty frame.
  const fusable = planned.filter((p) => !p.error && p.exprs.length > 0);
  let queried: QueryResult;
  try {
    queried = await query(fusable);
  } catch (err) {
    const broken = await isolateBrokenChecks(frame, fusable);
    if (broken === 0) return sourceError(source, explainReadError(source, err, opts.baseDir), checks, t0);
    try {
      queried = await query(fusable.filter((p) => !p.error));
    } catch (err2) {
      return sourceError(source, explainReadError(source, err2, opts.baseDir), checks, t0);
    }
  }
  const { rowCount, metrics } = queried;

  for (const p of planned) {
    if (p.error || !p.plan) continue;
    try {
      if (p.plan.kind === 'row') p.outcome = rowOutcome(p, metrics);
      else if (p.plan.kind === 'aggregate') p.outcome = aggregateOutcome(p, p.plan, metrics);
      else p.outcome = await p.plan.run();
    } catch (err) {
      p.error = new TruthgateError('TG_CHECK_ERROR', {
        check: p.inst.id,
        detail: asTruthgateError(err).message,
      });
    }
  }

  const key = sampleKey(source, schema);
  const failingSampled = planned.filter((p) => p.sample && p.outcome && !p.outcome.pass);
  let offsets = queried.offsets;
  if (!offsets && source.files.length > 1 && failingSampled.length > 0) {
    try {
      offsets = await fileOffsets(source);
    } catch {
      // Provenance is a courtesy; samples keep their dataset row index without it.
    }
  }
  const samples = new Map(
    failingSampled.map((p) => [p, buildSamples(p.sample!, metrics, source, key, offsets)] as const),
  );
  await addSampleLines(source, [...samples.values()].flat());

  const results = planned.map((p) => toResult(p, samples.get(p) ?? []));
  return {
    name: source.name,
    uri: source.uri,
    format: source.format,
    ...(source.files.length > 1
      ? { files: source.files.map((f) => displayPath(f, opts.baseDir ?? process.cwd())) }
      : {}),
    rowCount,
    columnCount: columns.length,
    ...warningsOf(source, rowCount, columns),
    fingerprint: source.fingerprint,
    durationMs: Math.round(performance.now() - t0),
    checks: results,
  };
}

/**
 * Compiles every check against the source's schema without reading its rows: plans (unknown
 * columns, bad regexes), SQL expressions (`where`, `expression`) and the fused expressions, all
 * on an empty frame. Returns every problem, located at its check in the suite file.
 */
export async function compileSource(
  source: OpenedSource,
  checks: CheckInstance[],
  opts: RunSourceOptions,
): Promise<TruthgateError[]> {
  const base = source.lazy();
  const schema = Object.fromEntries(
    Object.entries((await base.head(0).collect()).schema as Record<string, pl.DataType>).map(([k, v]) => [
      k,
      dtypeName(v),
    ]),
  );
  const { planned, sql, goodSql } = await planSource(base, source, schema, checks, opts);
  await isolateBrokenChecks(
    sql.apply(base, goodSql),
    planned.filter((p) => !p.error && p.exprs.length > 0),
  );
  return planned.flatMap((p) =>
    p.error ? [new TruthgateError(p.error.code, p.error.params, { location: p.inst.location })] : [],
  );
}

/**
 * Plans every check of a source against its schema. SQL expressions are then checked alone on an
 * empty frame, so one bad `where` only breaks the checks that use it; `goodSql` holds the rest.
 */
async function planSource(
  base: pl.LazyDataFrame,
  source: OpenedSource,
  schema: Record<string, string>,
  checks: CheckInstance[],
  opts: RunSourceOptions,
): Promise<{ planned: Planned[]; sql: SqlColumns; goodSql: Set<string> }> {
  const sql = new SqlColumns();
  const nc = new NativeCache();
  const columns = Object.keys(schema);
  const planned = checks.map((inst, i) => planCheck(inst, i, source, schema, columns, sql, nc, opts));
  const badSql = await invalidSqlAliases(base, sql);
  for (const p of planned) {
    const bad = [...p.sqlUsed].find((a) => badSql.has(a));
    if (!p.error && bad)
      p.error = new TruthgateError('TG_CHECK_ERROR', { check: p.inst.id, detail: badSql.get(bad)! });
  }
  const goodSql = new Set(
    sql
      .entries()
      .map(([, a]) => a)
      .filter((a) => !badSql.has(a)),
  );
  return { planned, sql, goodSql };
}

/**
 * A wrong-dtype error with the first text value that does not read as a number, so the message
 * shows what changed in the data (e.g. `n/a` in an amount column). Only read on this error path.
 */
async function withExample(base: pl.LazyDataFrame, err: TruthgateError): Promise<TruthgateError> {
  const column = String(err.params.column);
  if (err.params.dtype !== 'String') return err;
  try {
    const v = pl.col('v');
    const df = await base
      .select(pl.intRange(0, pl.len()).alias('r'), pl.col(column).alias('v'))
      .filter(v.isNotNull().and(v.cast(pl.Float64, false).isNull()))
      .head(1)
      .collect();
    if (df.height === 0) return err;
    const { r, v: value } = df.toRecords()[0] as { r: number; v: string };
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return new TruthgateError('TG_CHECK_DTYPE', {
      ...err.params,
      example: ` (e.g. value '${shown}' at row ${r + 1})`,
    });
  } catch {
    return err;
  }
}

/** Source warnings for the report: the opener's, plus an explicit note when there are no rows. */
function warningsOf(
  source: OpenedSource,
  rowCount: number,
  columns: string[],
): Pick<SourceResult, 'warnings'> {
  const all = [...source.warnings];
  if (rowCount === 0) {
    const path = source.files.length === 1 ? source.uri : `${source.uri} (${source.files.length} files)`;
    all.push(new TruthgateError('TG_SOURCE_NO_ROWS', { path, columns: columns.join(', ') || '(none)' }));
  }
  return all.length > 0 ? { warnings: all.map((w) => w.toJSON()) } : {};
}

/** Key columns shown with every sample, when the source declares them and they exist. */
function sampleKey(source: OpenedSource, schema: Record<string, string>): string[] {
  return (source.spec.key ?? []).filter((k) => k in schema);
}

function planCheck(
  inst: CheckInstance,
  i: number,
  source: OpenedSource,
  schema: Record<string, string>,
  columns: string[],
  sql: SqlColumns,
  nc: NativeCache,
  opts: RunSourceOptions,
): Planned {
  const planned: Planned = { inst, outputs: [], exprs: [], sqlUsed: new Set(), reads: new Set() };
  const missing = inst.def.columns(inst.params as never).find((c) => !(c in schema));
  if (missing !== undefined) {
    planned.error = columnNotFound(missing, source.name, columns, nearest(missing, columns));
    return planned;
  }
  try {
    const ctx = makeContext({
      source,
      schema,
      now: opts.now,
      baseDir: opts.baseDir ?? process.cwd(),
      where: inst.where,
      sql,
      used: planned.sqlUsed,
      reads: planned.reads,
      others: opts.others,
      columns: nc.exprs,
      ...(opts.history ? { history: opts.history } : {}),
    });
    const plan = inst.def.plan(inst.params as never, ctx);
    planned.plan = plan;
    // The engine itself reads the check's columns (judged rows) and the key (samples).
    for (const c of [...inst.def.columns(inst.params as never), ...sampleKey(source, schema)])
      planned.reads.add(c);
    const prefix = `__tg_c${i}_`;
    if (plan.kind === 'row') {
      // Nulls need no filling: sum() ignores them and filter() drops them.
      const mask = inst.where ? nc.col(sql.alias(inst.where)) : undefined;
      const judged = judgedNative(plan, inst, nc);
      let failing = native(plan.fails);
      if (judged !== 'all') failing = failing.and(judged);
      if (mask) failing = failing.and(mask);
      const judgedRows =
        judged === 'all' ? (mask ? mask.sum() : nc.len) : (mask ? judged.and(mask) : judged).sum();
      const counted = [output(failing.sum().alias(`${prefix}f`)), output(judgedRows.alias(`${prefix}j`))];
      planned.outputs.push(`${prefix}f`, `${prefix}j`);
      const sampled: pl.Expr[] = [];
      if (opts.sampleSize > 0) {
        const own = inst.def.columns(inst.params as never);
        const shown = [...new Set([...sampleKey(source, schema), ...own])];
        planned.sample = {
          rows: `${prefix}r`,
          values: Object.fromEntries(shown.map((c, k) => [c, `${prefix}v${k}`])),
          columns: own,
          ...(plan.maskSample ? { mask: plan.maskSample } : {}),
        };
        sampled.push(...sampleExprs(planned.sample, failing, opts.sampleSize, nc));
      }
      if (plan.clean) {
        const flag = `${prefix}k`;
        planned.exprs.push(counted[1]!, output(native(plan.clean).alias(flag)));
        planned.deferred = { flag, exprs: [counted[0]!, ...sampled] };
      } else planned.exprs.push(...counted, ...sampled);
    } else if (plan.kind === 'aggregate') {
      planned.metricAliases = {};
      for (const [name, e] of Object.entries(plan.metrics)) {
        planned.exprs.push(output(native(e).alias(prefix + name)));
        planned.outputs.push(prefix + name);
        planned.metricAliases[name] = prefix + name;
      }
    }
  } catch (err) {
    planned.error =
      err instanceof TruthgateError
        ? err
        : new TruthgateError('TG_CHECK_ERROR', { check: inst.id, detail: asTruthgateError(err).message });
  }
  return planned;
}

/** The rows a row check judges: its own choice, or every involved column non-null. */
function judgedNative(plan: RowPlan, inst: CheckInstance, nc: NativeCache): NativeExpr | 'all' {
  if (plan.judged === 'all') return 'all';
  if (plan.judged !== undefined) return native(plan.judged);
  const cols = inst.def.columns(inst.params as never);
  return cols.length === 0 ? 'all' : nc.allNotNull(cols);
}

/**
 * For chunked runs: row checks whose failing rows can be counted per chunk and summed, versus
 * checks that need whole columns (aggregates, duplicates, order), one group per check.
 */
function splitByMergeability(
  list: Planned[],
): Pick<ChunkedInput, 'local' | 'localSamples' | 'global' | 'reads'> {
  const local: ChunkedInput['local'] = [];
  const localSamples: ChunkedInput['localSamples'] = [];
  const global: ChunkedInput['global'] = [];
  const reads = new Set<string>();
  for (const p of list) {
    for (const c of p.reads) reads.add(c);
    if (!p.plan || !mergesExactly(p.inst.def, p.plan) || p.deferred) {
      global.push({
        exprs: p.exprs,
        keep: new Set([...p.reads, ...p.sqlUsed]),
        ...(p.deferred ? { deferred: p.deferred } : {}),
      });
      continue;
    }
    // The first two outputs are the failing and judged counts; the rest are sample lists.
    for (const k of [0, 1]) local.push({ name: p.outputs[k]!, expr: p.exprs[k]! });
    if (p.sample) localSamples.push({ spec: p.sample, exprs: p.exprs.slice(2) });
  }
  return { local, localSamples, global, reads };
}

/**
 * The one fused query; checks whose `clean` proof failed then get their exact failing rows in
 * one more query over only the columns they read.
 */
async function fusedQuery(frame: pl.LazyDataFrame, planned: Planned[]): Promise<QueryResult> {
  const exprs = [pl.len().alias('__tg_rows'), ...planned.flatMap((p) => p.exprs)];
  const df = await frame.select(...exprs).collect();
  const metrics = (df.toRecords()[0] ?? {}) as Record<string, unknown>;
  const dirty = planned.flatMap((p) => (unproven(p.deferred, metrics) ? p.deferred.exprs : []));
  if (dirty.length) Object.assign(metrics, (await frame.select(...dirty).collect()).toRecords()[0]);
  return { rowCount: toNumber(metrics.__tg_rows) ?? 0, metrics };
}

async function isolateBrokenChecks(frame: pl.LazyDataFrame, planned: Planned[]): Promise<number> {
  let broken = 0;
  const empty = frame.head(0);
  for (const p of planned) {
    try {
      await empty.select(...p.exprs, ...(p.deferred?.exprs ?? [])).collect();
    } catch (err) {
      broken++;
      p.error = new TruthgateError('TG_CHECK_ERROR', { check: p.inst.id, detail: polarsDetail(err) });
    }
  }
  return broken;
}

async function invalidSqlAliases(base: pl.LazyDataFrame, sql: SqlColumns): Promise<Map<string, string>> {
  const bad = new Map<string, string>();
  if (sql.size === 0) return bad;
  const empty = base.head(0);
  for (const [expression, alias] of sql.entries()) {
    try {
      await executeSql({ src: empty }, `SELECT (${expression}) AS "${alias}" FROM src`).collect();
    } catch (err) {
      bad.set(alias, `invalid SQL expression \`${expression}\`: ${polarsDetail(err)}`);
    }
  }
  return bad;
}

function rowOutcome(p: Planned, m: Record<string, unknown>): Outcome {
  return rowVerdict(
    p.plan as RowPlan,
    p.inst,
    toNumber(m[p.outputs[0]!]) ?? 0,
    toNumber(m[p.outputs[1]!]) ?? 0,
  );
}

/** A row check's verdict from its counts; exported so partitioned runs merge counts exactly. */
export function rowVerdict(plan: RowPlan, inst: CheckInstance, failing: number, judged: number): Outcome {
  const fraction = judged > 0 ? failing / judged : 0;
  const tolerated = inst.mostly === undefined ? plan.tolerated : 1 - inst.mostly;
  // A tiny epsilon keeps 0.99 + 0.01 float noise from flipping a verdict at the exact boundary.
  const pass = tolerated === undefined ? failing === 0 : fraction <= tolerated + 1e-12;
  return {
    pass,
    observed: failing,
    expected: plan.expected,
    failingCount: failing,
    failingFraction: fraction,
    judgedCount: judged,
  };
}

function aggregateOutcome(p: Planned, plan: AggregatePlan, m: Record<string, unknown>): Outcome {
  const own: Record<string, unknown> = {};
  for (const [name, alias] of Object.entries(p.metricAliases ?? {})) own[name] = m[alias];
  return plan.evaluate(own);
}

function toResult(p: Planned, samples: CheckResult['samples']): CheckResult {
  const inst = p.inst;
  const common = {
    id: inst.id,
    type: inst.type,
    columns: inst.def.columns(inst.params as never),
    severity: inst.severity,
    ...(inst.tags.length ? { tags: inst.tags } : {}),
    ...(inst.description ? { description: inst.description } : {}),
    ...(inst.where ? { where: inst.where } : {}),
    ...(inst.mostly !== undefined ? { mostly: inst.mostly } : {}),
  };
  if (p.error || !p.outcome) {
    const e = p.error ?? new TruthgateError('TG_INTERNAL', { detail: 'check produced no outcome' });
    return {
      ...common,
      status: 'error',
      observed: null,
      expected: null,
      failingCount: null,
      failingFraction: null,
      samples: [],
      message: e.message,
      errorCode: e.code,
    };
  }
  const o = p.outcome;
  const plan = p.plan!;
  return {
    ...common,
    status: o.pass ? 'pass' : 'fail',
    observed: o.observed,
    expected: o.expected,
    failingCount: o.failingCount ?? null,
    failingFraction: o.failingFraction ?? null,
    ...(o.judgedCount !== undefined ? { judgedCount: o.judgedCount } : {}),
    samples,
    message: formatOutcomeMessage(o, plan.kind === 'row' ? plan.describe : undefined, effectiveMostly(p)),
  };
}

/** The suite's `mostly`, or the one implied by a plan's own tolerance, for the message. */
function effectiveMostly(p: Planned): number | undefined {
  return p.plan?.kind === 'row' ? rowMostly(p.plan, p.inst) : p.inst.mostly;
}

export function rowMostly(plan: RowPlan, inst: CheckInstance): number | undefined {
  if (inst.mostly !== undefined) return inst.mostly;
  return plan.tolerated !== undefined ? 1 - plan.tolerated : undefined;
}

function sourceError(
  source: OpenedSource,
  err: TruthgateError,
  checks: CheckInstance[],
  t0: number,
): SourceResult {
  const { name, uri, format, fingerprint } = source;
  return erroredSource(
    { name, uri, format, fingerprint, durationMs: Math.round(performance.now() - t0) },
    err,
    checks,
  );
}
