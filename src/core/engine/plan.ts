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
import { makeContext, SqlColumns, type DerivedColumn } from './context.ts';
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
  /** Built on first use, once finishRow has said what it reads. */
  readonly failing: Output;
  judged: Output;
  /** Where the failing-row sample lands (absent when samples are off), and its list outputs. */
  sample?: SampleSpec;
  /** The failing predicate as a column, for the queries with samples (see withMasks). */
  readonly mask?: pl.Expr;
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
  /** Outputs other checks of the source may read too (e.g. a judged count of all rows). */
  shared?: Output[];
  /**
   * The sample lists are not in `exprs`: the whole-frame driver asks for them if the check fails,
   * over the whole frame or, for a row-local check of a source that slices cheaply, over leading
   * slices of it until they hold enough failing rows (see fused.ts).
   */
  lateSamples?: 'frame' | 'slices';
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
  derived: Map<string, DerivedColumn>;
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
  const rows: RowDraft[] = [];
  // The chunked driver sums each check's counts per chunk by name: no shared outputs there.
  const shared = source.chunked ? undefined : new SharedOutputs();
  let slice = performance.now();
  for (const [i, inst] of checks.entries()) {
    planned.push(planCheck(inst, i, { source, schema, key, sql, nc, shared, rows }, opts));
    if (performance.now() - slice > SLICE_MS) {
      await nextTurn();
      slice = performance.now();
    }
  }
  finishRows(rows, source);
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
 * Whether a whole-frame source reads a leading slice for little more than the slice: Parquet and
 * Arrow files skip to the rows asked for. A CSV or NDJSON file is parsed from its start.
 */
export function slicesCheaply(source: OpenedSource): boolean {
  return !source.chunked && (source.format === 'parquet' || source.format === 'arrow');
}

/**
 * Builds the row checks' outputs. Sample lists of checks without a `clean` proof ride in the first
 * query, unless there are more than FUSED_SAMPLE_LISTS of them in a whole-frame run (the chunked
 * driver gathers its own per chunk and always gets them). Row-local checks of a source that
 * slices cheaply take theirs from leading slices after the counts: a failing-row mask per check
 * as a column of the full frame cost more than all the checks' counts together (flights-3m).
 */
function finishRows(drafts: RowDraft[], source: OpenedSource): void {
  const sliced = (d: RowDraft): boolean => slicesCheaply(source) && d.planned.exact && !d.clean;
  const direct = drafts.filter((d) => d.planned.row!.sample && !d.clean && !sliced(d));
  const lists = direct.reduce((n, d) => n + 1 + Object.keys(d.planned.row!.sample!.values).length, 0);
  const late = source.chunked || lists <= FUSED_SAMPLE_LISTS ? undefined : 'frame';
  for (const d of drafts) finishRow(d, sliced(d) ? 'slices' : late);
}

/** Outputs several checks read (e.g. a count of all rows), each built once per source. */
class SharedOutputs {
  private readonly outputs = new Map<string, Output>();

  get(key: string, build: () => NativeExpr): Output {
    let o = this.outputs.get(key);
    if (!o) {
      const name = `__tg_s${this.outputs.size}`;
      o = { name, expr: output(build().alias(name)) };
      this.outputs.set(key, o);
    }
    return o;
  }
}

/** What a query of `list` selects: each check's outputs, and once each the outputs they share. */
export function outputsOf(list: PlannedCheck[], own: (p: PlannedCheck) => pl.Expr[]): pl.Expr[] {
  const shared = new Map<string, pl.Expr>();
  for (const p of list) for (const o of p.shared ?? []) shared.set(o.name, o.expr);
  return [...shared.values(), ...list.flatMap(own)];
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
      .select(...outputsOf(list, all))
      .collect();
    return 0;
  } catch {
    // Some check is broken: find which.
  }
  for (const p of list) {
    try {
      await withMasks(plan, empty, [p])
        .select(...outputsOf([p], all))
        .collect();
    } catch (err) {
      broken++;
      p.error = new TruthgateError('TG_CHECK_ERROR', { check: p.inst.id, detail: polarsDetail(err) });
    }
  }
  return broken;
}

/** What the checks of one source are planned with. */
interface Planning {
  source: OpenedSource;
  schema: SourceSchema;
  key: string[];
  sql: SqlColumns;
  nc: NativeCache;
  shared: SharedOutputs | undefined;
  /** Receives every row check, for finishRows. */
  rows: RowDraft[];
}

function planCheck(inst: CheckInstance, i: number, at: Planning, opts: PlanOptions): PlannedCheck {
  const { source, schema, key, sql, nc } = at;
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
    if (plan.kind === 'row')
      at.rows.push(planRow(planned, plan, prefix, key, sql, nc, opts.sampleSize, at.shared));
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
 * `frame` with the derived columns that `checks` read and the failing-row masks of those of them
 * that are `masked`. A check's failing predicate feeds its count and each sample list, and a
 * parsed text date may feed several checks; polars shares a repeated sub-expression between
 * outputs only when it is simple (not a `when`/`fill_null` chain), so each is computed once as a
 * column instead. With `shortcuts`, a derived column that has one is computed by it (see
 * Shortcut; the caller checks it, see shortcut-query.ts).
 */
export function withMasks(
  plan: SourcePlan,
  frame: pl.LazyDataFrame,
  checks: PlannedCheck[],
  masked: (p: PlannedCheck) => boolean = () => true,
  shortcuts = false,
): pl.LazyDataFrame {
  const used = derivedRead(checks);
  let out = frame;
  // In the order they were made: a derived column may read an earlier one.
  for (const [name, d] of plan.derived)
    if (used.has(name)) out = out.withColumns(shortcuts && d.shortcut ? d.shortcut.expr : d.expr);
  const masks = checks.flatMap((p) => (p.row?.mask && masked(p) ? [p.row.mask] : []));
  return masks.length ? out.withColumns(...masks) : out;
}

/** The names of the derived columns `checks` read. */
export const derivedRead = (checks: PlannedCheck[]): Set<string> =>
  new Set(checks.flatMap((p) => [...p.derivedUsed]));

/** A planned row check until finishRow builds its outputs. */
interface RowDraft {
  planned: PlannedCheck;
  /** The prefix of the check's output names. */
  prefix: string;
  /** Makes the failing count read the mask column (see withMasks) instead of the predicate. */
  countFromMask: () => void;
  clean?: NativeExpr;
}

/** A row check's predicate, judged count and sample spec; its other outputs wait for finishRow. */
function planRow(
  planned: PlannedCheck,
  plan: RowPlan,
  prefix: string,
  key: string[],
  sql: SqlColumns,
  nc: NativeCache,
  sampleSize: number,
  shared: SharedOutputs | undefined,
): RowDraft {
  const own = planned.inst.columns();
  const where = planned.inst.where ? sql.alias(planned.inst.where) : undefined;
  // Nulls need no filling: sum() ignores them and filter() drops them.
  const mask = where === undefined ? undefined : nc.col(where);
  const judged = judgedNative(plan, own, nc);
  let failing = native(plan.fails);
  if (judged !== 'all') failing = failing.and(judged);
  if (mask) failing = failing.and(mask);
  const judgedRows = (): NativeExpr =>
    judged === 'all' ? (mask ? mask.sum() : nc.len) : (mask ? judged.and(mask) : judged).sum();
  // Checks counting the same rows (all of them, or where the same columns are non-null, inside
  // the same `where`) read one output: a wide suite has thousands of such counts.
  if (shared && (plan.judged === undefined || plan.judged === 'all')) {
    const judgedOut = shared.get(JSON.stringify([where ?? null, judged === 'all' ? null : own]), judgedRows);
    planned.shared = [judgedOut];
  }
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
  const [maskName, failingName] = [`${prefix}m`, `${prefix}f`];
  let maskColumn: pl.Expr | undefined;
  let samples: pl.Expr[] | undefined;
  let counted: NativeExpr = failing;
  let failingOut: Output | undefined;
  planned.row = {
    get failing() {
      return (failingOut ??= { name: failingName, expr: output(counted.sum().alias(failingName)) });
    },
    judged: planned.shared?.[0] ?? { name: `${prefix}j`, expr: output(judgedRows().alias(`${prefix}j`)) },
    ...(sample ? { sample } : {}),
    get mask() {
      return sample ? (maskColumn ??= output(failing.alias(maskName))) : undefined;
    },
    get samples() {
      return (samples ??= sample ? sampleExprs(sample, nc.col(maskName), sampleSize, nc) : []);
    },
  };
  return {
    planned,
    prefix,
    countFromMask: () => {
      counted = nc.col(maskName);
    },
    ...(plan.clean ? { clean: native(plan.clean) } : {}),
  };
}

/**
 * A row check's query outputs, once the driver knows where its samples go (`late`: not in the
 * first query). The failing count reads the mask column when the samples are in the same query
 * (the predicate is then computed once for both), otherwise the predicate itself: the passing
 * checks of a wide suite never build a mask. A check with a `clean` proof asks for its count and
 * samples only when the proof fails.
 */
function finishRow(draft: RowDraft, late: PlannedCheck['lateSamples']): void {
  const p = draft.planned;
  const row = p.row!;
  if (row.sample && (draft.clean || !late)) draft.countFromMask();
  const judged = p.shared ? [] : [row.judged.expr];
  if (draft.clean) {
    const flag = `${draft.prefix}k`;
    p.exprs.push(...judged, output(draft.clean.alias(flag)));
    p.deferred = { flag, exprs: [row.failing.expr, ...row.samples] };
  } else {
    p.exprs.push(row.failing.expr, ...judged);
    if (row.sample && !late) p.exprs.push(...row.samples);
    else if (row.sample) p.lateSamples = late;
  }
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
