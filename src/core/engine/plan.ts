import { setImmediate as nextTurn } from 'node:timers/promises';
import type pl from 'nodejs-polars';
import {
  mergesExactly,
  type AggregatePlan,
  type Plan,
  type RowPlan,
  type StandalonePlan,
} from '../checks/define.ts';
import type { CheckInstance } from '../checks/instance.ts';
import { nearest } from '../checks/registry.ts';
import { asTruthgateError, TruthgateError } from '../errors.ts';
import type { OpenedSource } from '../sources/open.ts';
import { columnNotFound } from '../toolkit/columns.ts';
import { dtypeName } from '../toolkit/dtype.ts';
import { polarsDetail } from '../toolkit/polars-error.ts';
import { executeSql } from '../toolkit/sql.ts';
import { makeContext, SqlColumns } from './context.ts';
import { native, NativeCache, output, type NativeExpr } from './native.ts';
import { sampleExprs, type SampleSpec } from './samples.ts';
import type { SourceHistory } from '../history/series.ts';

export interface PlanOptions {
  now: Date;
  sampleSize: number;
  others: (name: string) => OpenedSource;
  baseDir?: string;
  /** Past metrics of this source, for anomaly checks (see src/core/history). */
  history?: SourceHistory;
}

/** A source's columns and their types, read once from an empty frame. */
export interface SourceSchema {
  columns: string[];
  /** Column -> dtype name, as checks see it (e.g. "Int64", "Datetime(us)"). */
  dtypes: Record<string, string>;
  polars: Record<string, pl.DataType>;
}

/** One named output of a query. */
export interface Output {
  name: string;
  expr: pl.Expr;
}

/** Expressions evaluated only when a `clean` proof (the boolean output `flag`) came out false. */
export interface Deferred {
  flag: string;
  exprs: pl.Expr[];
}

/** Whether a check still needs its deferred expressions: a proof counts only when exactly true. */
export function unproven(
  deferred: Deferred | undefined,
  metrics: Record<string, unknown>,
): deferred is Deferred {
  return deferred !== undefined && metrics[deferred.flag] !== true;
}

/** A row check's query outputs by role. */
export interface RowOutputs {
  failing: Output;
  judged: Output;
  /** Where the failing-row sample lands (absent when samples are off), and its list outputs. */
  sample?: SampleSpec;
  /** Built on first use: a wide suite asks only for those of its failing checks. */
  readonly samples: pl.Expr[];
}

/**
 * Sample lists above which a source's samples wait for a second query. Each list costs polars
 * about four times a count per check whether or not the check fails (measured on 5,000 checks),
 * so past a few hundred row checks the lists outweigh a second pass over the few columns of the
 * checks that do fail. Hand-written suites stay under it: samples ride in the one fused query.
 */
export const FUSED_SAMPLE_LISTS = 1000;

/** A row plan without its expressions: what judging a row check needs. */
export type RowVerdictPlan = Omit<RowPlan, 'fails' | 'judged' | 'clean'>;

/**
 * A plan without its expressions once they are in the query: their nodejs-polars wrappers are
 * large, and kept alive they made every garbage collection of a wide suite's planning slower.
 */
export type JudgedPlan = RowVerdictPlan | Omit<AggregatePlan, 'metrics'> | StandalonePlan;

/** One check planned against the source's schema: what to evaluate and where its answers land. */
export interface PlannedCheck {
  inst: CheckInstance;
  plan?: JudgedPlan;
  /** A row check whose counts merge by summing across chunks or partitions. */
  exact: boolean;
  error?: TruthgateError;
  /** Outputs of the first query (row checks with a `clean` proof: the judged count and the proof). */
  exprs: pl.Expr[];
  /** Row checks with a `clean` proof: what to evaluate only when the proof fails. */
  deferred?: Deferred;
  /**
   * A row check's failing predicate as a column its outputs read (see withMasks), when more than
   * one output reads it.
   */
  mask?: pl.Expr;
  /** The sample lists are not in `exprs`: the whole-frame driver asks for them if the check fails. */
  lateSamples?: boolean;
  row?: RowOutputs;
  /** Aggregate checks: metric name -> its output name. */
  metrics?: Record<string, string>;
  /** Source columns the check's expressions read, recorded as the plan is built. */
  reads: Set<string>;
  /** SQL column aliases the check depends on. */
  sqlUsed: Set<string>;
  /** The source's derived columns its expressions read (see CheckContext.derived). */
  derivedUsed: Set<string>;
}

/** Every check of a source planned, with the frame the drivers query. */
export interface SourcePlan {
  source: OpenedSource;
  schema: SourceSchema;
  /** The source frame as read. */
  base: pl.LazyDataFrame;
  /** Key columns shown with every sample, when the source declares them and they exist. */
  key: string[];
  checks: PlannedCheck[];
  sql: SqlColumns;
  /** Aliases of the SQL columns that compile; a bad one only breaks the checks using it. */
  goodSql: Set<string>;
  /** The source frame with the good SQL columns appended. */
  frame: pl.LazyDataFrame;
  /** Derived columns by name (see CheckContext.derived), added by withMasks where read. */
  derived: Map<string, pl.Expr>;
}

/** The schema of a source, without reading rows. Throws what the reader throws. */
async function probeSchema(base: pl.LazyDataFrame): Promise<SourceSchema> {
  const probe = await base.head(0).collect();
  // columns and dtypes, not `schema`: that one wraps every column in a Series first.
  const columns = probe.columns;
  const types = probe.dtypes;
  const polars = Object.fromEntries(columns.map((c, i) => [c, types[i]!]));
  return {
    columns,
    polars,
    dtypes: Object.fromEntries(columns.map((c, i) => [c, dtypeName(types[i]!)])),
  };
}

/**
 * How long planning may hold the event loop before it lets timers and I/O run (e.g. a Temporal
 * activity heartbeat while a suite of thousands of checks is planned).
 */
const SLICE_MS = 50;

/**
 * Probes the source's schema (the one read before the data) and plans every check against it
 * without reading rows: unknown columns and bad regexes fail here, SQL expressions are compiled
 * alone on an empty frame. Every problem stays with its check; only a source that cannot be read
 * at all throws (what its reader throws).
 */
export async function planSource(
  source: OpenedSource,
  checks: CheckInstance[],
  opts: PlanOptions,
): Promise<SourcePlan> {
  const base = source.lazy();
  const schema = await probeSchema(base);
  const sql = new SqlColumns();
  const nc = new NativeCache();
  const key = (source.spec.key ?? []).filter((k) => k in schema.dtypes);
  const planned: PlannedCheck[] = [];
  let slice = performance.now();
  for (const [i, inst] of checks.entries()) {
    planned.push(planCheck(inst, i, source, schema, key, sql, nc, opts));
    if (performance.now() - slice > SLICE_MS) {
      await nextTurn();
      slice = performance.now();
    }
  }
  fuseSamples(planned, source.chunked);
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
  return {
    source,
    schema,
    base,
    key,
    checks: planned,
    sql,
    goodSql,
    frame: sql.apply(base, goodSql),
    derived: nc.derived,
  };
}

/**
 * Puts the sample lists of row checks without a `clean` proof into the first query, unless there
 * are more than FUSED_SAMPLE_LISTS of them in a whole-frame run (the chunked driver gathers its
 * own per chunk and always gets them).
 */
function fuseSamples(planned: PlannedCheck[], chunked: boolean): void {
  const direct = planned.filter((p) => p.row?.sample && !p.deferred);
  const lists = direct.reduce((n, p) => n + 1 + Object.keys(p.row!.sample!.values).length, 0);
  const late = !chunked && lists > FUSED_SAMPLE_LISTS;
  for (const p of direct) {
    if (late) p.lateSamples = true;
    else p.exprs.push(...p.row!.samples);
  }
}

/** Checks that planned without error and have something for the query to compute. */
export function queried(plan: SourcePlan): PlannedCheck[] {
  return plan.checks.filter((p) => !p.error && p.exprs.length > 0);
}

/**
 * Broken expressions (e.g. a string function on a number) fail on an empty frame: each check is
 * tried alone there, so one broken check does not take the others down. Returns how many broke.
 */
export async function isolateBrokenChecks(plan: SourcePlan, list: PlannedCheck[]): Promise<number> {
  if (list.length === 0) return 0;
  let broken = 0;
  const empty = plan.frame.head(0);
  const all = (p: PlannedCheck): pl.Expr[] => [...p.exprs, ...(p.deferred?.exprs ?? [])];
  // One query for all first: one per check costs seconds on a suite of thousands.
  try {
    await withMasks(plan, empty, list)
      .select(...list.flatMap(all))
      .collect();
    return 0;
  } catch {
    // Some check is broken: find which.
  }
  for (const p of list) {
    try {
      await withMasks(plan, empty, [p])
        .select(...all(p))
        .collect();
    } catch (err) {
      broken++;
      p.error = new TruthgateError('TG_CHECK_ERROR', { check: p.inst.id, detail: polarsDetail(err) });
    }
  }
  return broken;
}

function planCheck(
  inst: CheckInstance,
  i: number,
  source: OpenedSource,
  schema: SourceSchema,
  key: string[],
  sql: SqlColumns,
  nc: NativeCache,
  opts: PlanOptions,
): PlannedCheck {
  const planned: PlannedCheck = {
    inst,
    exact: false,
    exprs: [],
    sqlUsed: new Set(),
    reads: new Set(),
    derivedUsed: new Set(),
  };
  const own = inst.columns();
  const missing = own.find((c) => !(c in schema.dtypes));
  if (missing !== undefined) {
    planned.error = columnNotFound(missing, source.name, schema.columns, nearest(missing, schema.columns));
    return planned;
  }
  try {
    const ctx = makeContext({
      source,
      schema: schema.dtypes,
      now: opts.now,
      baseDir: opts.baseDir ?? process.cwd(),
      where: inst.where,
      sql,
      used: planned.sqlUsed,
      reads: planned.reads,
      derived: nc.derived,
      derivedUsed: planned.derivedUsed,
      others: opts.others,
      ...(opts.history ? { history: opts.history } : {}),
      column: (name) => nc.expr(name),
    });
    const plan = inst.plan(ctx);
    planned.plan = withoutExprs(plan);
    planned.exact = mergesExactly(inst.def, plan);
    // The engine itself reads the check's columns (judged rows) and the key (samples).
    for (const c of [...own, ...key]) planned.reads.add(c);
    const prefix = `__tg_c${i}_`;
    if (plan.kind === 'row') planRow(planned, plan, prefix, key, sql, nc, opts.sampleSize);
    else if (plan.kind === 'aggregate') {
      planned.metrics = {};
      for (const [name, e] of Object.entries(plan.metrics)) {
        planned.exprs.push(output(native(e).alias(prefix + name)));
        planned.metrics[name] = prefix + name;
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

/**
 * `frame` with the derived columns and failing-row masks that `checks` read. A check's failing
 * predicate feeds its count and each sample list, and a parsed text date may feed several checks;
 * polars shares a repeated sub-expression between outputs only when it is simple (not a
 * `when`/`fill_null` chain), so each is computed once as a column instead.
 */
export function withMasks(
  plan: SourcePlan,
  frame: pl.LazyDataFrame,
  checks: PlannedCheck[],
): pl.LazyDataFrame {
  const used = new Set(checks.flatMap((p) => [...p.derivedUsed]));
  let out = frame;
  // In the order they were made: a derived column may read an earlier one.
  for (const [name, e] of plan.derived) if (used.has(name)) out = out.withColumns(e);
  const masks = checks.flatMap((p) => (p.mask ? [p.mask] : []));
  return masks.length ? out.withColumns(...masks) : out;
}

/** A row check's outputs: failing and judged counts, sample lists, and its `clean` proof if any. */
function planRow(
  planned: PlannedCheck,
  plan: RowPlan,
  prefix: string,
  key: string[],
  sql: SqlColumns,
  nc: NativeCache,
  sampleSize: number,
): void {
  const inst = planned.inst;
  const own = inst.columns();
  // Nulls need no filling: sum() ignores them and filter() drops them.
  const mask = inst.where ? nc.col(sql.alias(inst.where)) : undefined;
  const judged = judgedNative(plan, own, nc);
  let failing = native(plan.fails);
  if (judged !== 'all') failing = failing.and(judged);
  if (mask) failing = failing.and(mask);
  if (sampleSize > 0) {
    // Read by the count and every sample list: computed once (see withMasks).
    planned.mask = output(failing.alias(`${prefix}m`));
    failing = nc.col(`${prefix}m`);
  }
  const judgedRows =
    judged === 'all' ? (mask ? mask.sum() : nc.len) : (mask ? judged.and(mask) : judged).sum();
  const shown = [...new Set([...key, ...own])];
  const sample: SampleSpec | undefined =
    sampleSize > 0
      ? {
          rows: `${prefix}r`,
          values: Object.fromEntries(shown.map((c, k) => [c, `${prefix}v${k}`])),
          columns: own,
          ...(plan.maskSample ? { mask: plan.maskSample } : {}),
        }
      : undefined;
  let samples: pl.Expr[] | undefined;
  const row: RowOutputs = {
    failing: { name: `${prefix}f`, expr: output(failing.sum().alias(`${prefix}f`)) },
    judged: { name: `${prefix}j`, expr: output(judgedRows.alias(`${prefix}j`)) },
    ...(sample ? { sample } : {}),
    get samples() {
      return (samples ??= sample ? sampleExprs(sample, failing, sampleSize, nc) : []);
    },
  };
  planned.row = row;
  if (plan.clean) {
    const flag = `${prefix}k`;
    planned.exprs.push(row.judged.expr, output(native(plan.clean).alias(flag)));
    planned.deferred = { flag, exprs: [row.failing.expr, ...row.samples] };
  } else planned.exprs.push(row.failing.expr, row.judged.expr);
}

function withoutExprs(plan: Plan): JudgedPlan {
  if (plan.kind === 'row') {
    const { fails: _fails, judged: _judged, clean: _clean, ...rest } = plan;
    return rest;
  }
  if (plan.kind === 'aggregate') {
    const { metrics: _metrics, ...rest } = plan;
    return rest;
  }
  return plan;
}

/** The rows a row check judges: its own choice, or every involved column non-null. */
function judgedNative(plan: RowPlan, columns: string[], nc: NativeCache): NativeExpr | 'all' {
  if (plan.judged === 'all') return 'all';
  if (plan.judged !== undefined) return native(plan.judged);
  return columns.length === 0 ? 'all' : nc.allNotNull(columns);
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
