import type pl from 'nodejs-polars';
import type { z } from 'zod';
import type { SourceHistory } from '../history/series.ts';
import type { Severity } from '../result/schema.ts';
import type { OpenedSource } from '../sources/open.ts';

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
export interface Outcome {
  pass: boolean;
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
  evaluate(metrics: Record<string, unknown>): Outcome;
}

/** Needs its own query (other sources, SQL). Kept explicit so the one-scan promise stays honest. */
export interface StandalonePlan {
  kind: 'standalone';
  run(): Promise<Outcome>;
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
  /** Another source of the suite, opened (for referential and comparison checks). */
  other(name: string): OpenedSource;
  /** Rows of the source after `where`, as a lazy frame (standalone plans only). */
  frame(): pl.LazyDataFrame;
  /** Metrics of this source's past runs, for anomaly checks (absent: no history store). */
  history?: SourceHistory;
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
  columns(params: P): string[];
  plan(params: P, ctx: CheckContext): Plan;
}

/** Identity helper that keeps the params type flowing from the zod schema into plan(). */
export function defineCheck<S extends z.ZodType>(
  def: Omit<CheckDefinition<z.infer<S>>, 'params'> & { params: S },
): CheckDefinition<z.infer<S>> {
  return def as CheckDefinition<z.infer<S>>;
}
