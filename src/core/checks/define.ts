import type pl from 'nodejs-polars';
import type { z } from 'zod';
import type { Expr } from '../expr/node.ts';
import { PolarsRenderer, type PolarsScope, type Shortcut } from '../expr/polars.ts';
import { isoShapeOf } from '../expr/polars-time.ts';
import type { SourceHistory } from '../history/series.ts';
import type { Severity } from '../result/schema.ts';
import type { OpenedSource } from '../sources/open.ts';
import type { SqlSource } from '../sources/sql/open.ts';
import type { OtherRelation } from './cross-sql.ts';

export const categories = [
  'table',
  'completeness',
  'uniqueness',
  'sets',
  'strings',
  'numbers',
  'dates',
  'cross_column',
  'referential',
  'custom',
  'privacy',
  'drift',
] as const;
export type Category = (typeof categories)[number];

/** What a check concluded, before the engine adds ids, severity and samples. */
export interface CheckOutcome {
  pass: boolean;
  /** Not judged for a reason the run's setup decides (no metric history): status `skip`. */
  skipped?: boolean;
  observed: unknown;
  expected: unknown;
  message?: string;
  failingCount?: number | null;
  failingFraction?: number | null;
  judgedCount?: number | null;
}

/**
 * Row-level check: `fails` is true on a failing row. The engine counts failures among judged rows
 * (by default rows where every involved column is non-null) inside the `where` filter, applies
 * `mostly`, and pulls samples with the same expression. Both expressions see whole, unfiltered
 * columns, so window-like forms (isDuplicated, diff) keep row alignment.
 */
export interface RowPlan {
  kind: 'row';
  fails: pl.Expr;
  /** Rows the check judges; `all` for null checks. Default: every involved column non-null. */
  judged?: pl.Expr | 'all';
  expected: unknown;
  /** Wording for the message, e.g. "values outside [0, 100]". */
  describe: string;
  /** Failing fraction tolerated when the suite gives no `mostly` (e.g. an outlier budget). */
  tolerated?: number;
  /** Rewrites a sampled value of the check's columns so a finding does not leak what it found. */
  maskSample?: (value: unknown) => unknown;
  /**
   * A cheap scalar boolean that, when true, proves no judged row inside `where` fails. The engine
   * then evaluates `fails` (and its samples) only for checks whose `clean` came out false. It must
   * never be true while a row fails; false when no row fails only costs the slower path.
   */
  clean?: pl.Expr;
}

/**
 * Aggregate check: named metrics computed in the source's one fused query (columns already
 * filtered by `where` when built with ctx.values), then judged in JavaScript.
 */
export interface AggregatePlan {
  kind: 'aggregate';
  metrics: Record<string, pl.Expr>;
  evaluate(metrics: Record<string, unknown>): CheckOutcome;
}

/** Needs its own query (other sources, SQL). Kept explicit so the one-scan promise stays honest. */
export interface StandalonePlan {
  kind: 'standalone';
  run(): Promise<CheckOutcome>;
}

export type Plan = RowPlan | AggregatePlan | StandalonePlan;

export interface CheckContext {
  source: OpenedSource;
  /** Column name -> polars dtype name (e.g. "Int64", "String", "Datetime(us)"). */
  schema: Record<string, string>;
  /** Fixed at the start of the run so results are reproducible within it. */
  now: Date;
  /** Directory suite-relative paths resolve against (e.g. a drift check's baseline profile). */
  baseDir: string;
  /** Row-aligned column (unfiltered). */
  col(name: string): pl.Expr;
  /** Column restricted to the check's `where` rows, for aggregates. */
  values(name: string): pl.Expr;
  /** Number of rows inside the check's `where` filter, as an aggregate expression. */
  rows(): pl.Expr;
  /**
   * Row-aligned boolean of the check's `where` (undefined without one), for window forms such as
   * isDuplicated that must only compare rows inside the filter.
   */
  mask(): pl.Expr | undefined;
  /** A SQL expression over the source as a row-aligned column of the fused query. */
  sql(expression: string): pl.Expr;
  /**
   * A row-aligned expression computed once per query as a column named `name` (built on first
   * use), for expressions polars would otherwise evaluate once per output that reads them.
   */
  derived(name: string, build: () => pl.Expr, shortcut?: () => Shortcut): pl.Expr;
  /** Another source of the suite, opened (for referential and comparison checks). */
  other(name: string): OpenedSource;
  /** Rows of the source after `where`, as a lazy frame (standalone plans only). */
  frame(): pl.LazyDataFrame;
  /** The check's `where` filter as written (absent: every row). */
  where?: string;
  /** Metrics of this source's past runs, for anomaly checks (absent: no history store). */
  history?: SourceHistory;
  /**
   * SQL sources only: another source of the suite as SQL of the same connection, for checks that
   * read it inside the database (cross-sql.ts). Throws UnsupportedInDialect when it is not there.
   */
  otherSql?(name: string): OtherRelation;
}

/** How a check behaves when a source is processed in partitions and merged (Temporal fan-out). */
export type Mergeability = 'exact' | 'global';

/**
 * Whether per-chunk or per-partition results of this check can simply be summed: row checks,
 * unless the check declares that it compares rows with each other (`merge: 'global'`).
 */
export function mergesExactly(def: CheckDefinition, plan: Plan): plan is RowPlan {
  return plan.kind === 'row' && def.merge !== 'global';
}

/**
 * What a check's plan reads at plan time, whatever the backend: the schema (polars dtype names),
 * the run's clock, and (for checks reading other sources or running their own query) the
 * opened source, other sources and the filtered frame.
 */
export type PlanContext = Pick<
  CheckContext,
  'source' | 'schema' | 'now' | 'baseDir' | 'other' | 'frame' | 'where' | 'history' | 'otherSql'
>;

/** A row check written once in the expression builder (see RowPlan for the meaning of each field). */
export interface RowSpec extends Omit<RowPlan, 'fails' | 'judged' | 'clean'> {
  fails: Expr;
  judged?: Expr | 'all';
  /**
   * The proof of RowPlan.clean. SQL uses it where the failing count needs a window (duplicates):
   * the proof is an aggregate of the one query, and the windowed count runs only when it fails.
   */
  clean?: Expr;
}

/** An aggregate check written once in the expression builder: its metrics and their verdict. */
export interface AggregateSpec {
  kind: 'aggregate';
  metrics: Record<string, Expr>;
  evaluate(metrics: Record<string, unknown>): CheckOutcome;
}

/** The backend-neutral plan a check declares; `defineCheck` renders it for each backend. */
export type CheckPlan = RowSpec | AggregateSpec | StandalonePlan;

export interface CheckDefinition<P = Record<string, unknown>> {
  /** snake_case, the name used in suite files. */
  name: string;
  category: Category;
  /** One line for tables and `truthgate checks`. */
  summary: string;
  /** One paragraph for docs/checks.md. */
  doc: string;
  defaultSeverity: Severity;
  params: z.ZodType<P>;
  /** Params of a minimal example, shown in docs. */
  example: Record<string, unknown>;
  /** Params holding SQL text, screened at load like `where` (e.g. for file-reading functions). */
  sqlParams?: string[];
  /** Accepts `columns: [..]` as sugar for one instance per column (needs a `column` param). */
  perColumn?: boolean;
  /** `exact` (default): per-partition results merge exactly; `global` needs all rows at once. */
  merge?: Mergeability;
  /**
   * Why the check never runs inside a SQL database, when that holds for every dialect and params
   * (it reads other sources or runs its own query). Other limits come from the dialect tables.
   */
  sqlUnsupported?: string;
  /**
   * Runs on a SQL source as its own query in the database's dialect (the custom `sql` check), not
   * as part of the one aggregate query.
   */
  sqlOwnQuery?: boolean;
  /**
   * Runs on a SQL source through queries of its own (drift counted against a saved profile), not
   * in the one aggregate query; `unsupported` gives the reason for params it cannot run with.
   */
  sqlRun?: {
    unsupported(params: P, ctx: PlanContext): string | undefined;
    run(params: P, source: SqlSource, where: string | undefined, ctx: PlanContext): Promise<CheckOutcome>;
  };
  /** Other sources of the suite the check reads (a SQL source prepares them before planning). */
  readsSources?(params: P): string[];
  columns(params: P): string[];
  /** The check's one plan, in the expression builder: what the SQL backend renders. */
  logicalPlan(params: P, ctx: PlanContext): CheckPlan;
  /** The same plan rendered for the polars engine. */
  plan(params: P, ctx: CheckContext): Plan;
}

type CheckSpec<P> = Omit<CheckDefinition<P>, 'plan' | 'logicalPlan'> & {
  plan(params: P, ctx: PlanContext): CheckPlan;
};

/**
 * Declares a check: the zod params type flows into plan(), and the builder plan it returns is
 * rendered to the polars Plan the engine consumes (`plan`) and kept for the SQL backend
 * (`logicalPlan`).
 */
export function defineCheck<S extends z.ZodType>(
  spec: Omit<CheckSpec<z.infer<S>>, 'params'> & { params: S },
): CheckDefinition<z.infer<S>> {
  const { plan: logicalPlan, ...rest } = spec;
  return {
    ...rest,
    logicalPlan,
    plan: (params, ctx) => toPolars(logicalPlan(params, ctx), ctx),
  } as CheckDefinition<z.infer<S>>;
}

/** A builder plan as the polars engine's Plan, rendered through the engine's context. */
export function toPolars(plan: CheckPlan, ctx: CheckContext): Plan {
  if (plan.kind === 'standalone') return plan;
  const r = new PolarsRenderer(polarsScope(ctx));
  if (plan.kind === 'aggregate') {
    const metrics: Record<string, pl.Expr> = {};
    for (const [name, e] of Object.entries(plan.metrics)) metrics[name] = r.row(e.node);
    return { kind: 'aggregate', metrics, evaluate: plan.evaluate };
  }
  const { fails, judged, clean, ...rest } = plan;
  return {
    ...rest,
    fails: r.row(fails.node),
    ...(judged === undefined ? {} : { judged: judged === 'all' ? 'all' : r.row(judged.node) }),
    ...(clean === undefined ? {} : { clean: r.row(clean.node) }),
  };
}

function polarsScope(ctx: CheckContext): PolarsScope {
  return {
    col: (name) => ctx.col(name),
    mask: () => ctx.mask(),
    sql: (expression) => ctx.sql(expression),
    isoShape: (column) => isoShapeOf(ctx.source, column),
    derived: (name, build, shortcut) => ctx.derived(name, build, shortcut),
  };
}
