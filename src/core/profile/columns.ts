import pl from 'nodejs-polars';
import { isNumericDtype, isStringDtype, isTemporalDtype } from '../toolkit/dtype.ts';
import { lightExpr, native } from '../toolkit/polars-internals.ts';
import { patternTypes, semanticPatterns } from './semantic.ts';
import type { ColumnKind } from './types.ts';

/** How the profiler sees a column: its kind, and the polars expressions its metrics start from. */

export interface ColumnInfo {
  name: string;
  dtype: string;
  kind: ColumnKind;
  isFloat: boolean;
}

export interface ColumnPlan extends ColumnInfo {
  /** The column (or, for pass 1, the columns of a group) as read. */
  col: pl.Expr;
  /** The column in its own type (Categorical as String), nulls kept: aggregations skip them. */
  values: pl.Expr;
  /** As numbers (epoch ms for temporal; NaN/Infinity as null), nulls kept; numeric kinds only. */
  numbers?: pl.Expr;
}

export function columnInfo(name: string, dtype: string): ColumnInfo {
  const kind: ColumnKind =
    dtype === 'Boolean' || dtype === 'Bool'
      ? 'boolean'
      : isNumericDtype(dtype)
        ? 'numeric'
        : isTemporalDtype(dtype)
          ? 'temporal'
          : isStringDtype(dtype)
            ? 'string'
            : 'other';
  return { name, dtype, kind, isFloat: kind === 'numeric' && /^(Float|Decimal)/.test(dtype) };
}

/** The expressions of a column, or of several columns of one dtype at once (`c` selects them). */
export function planColumn(name: string, dtype: string, c: pl.Expr = pl.col(name)): ColumnPlan {
  const info = columnInfo(name, dtype);
  const plan = { ...info, col: c, values: c };
  if (info.kind === 'numeric') {
    const asNum = dtype.startsWith('Decimal') ? c.cast(pl.Float64) : c;
    const numbers = info.isFloat ? pl.when(asNum.isFinite()).then(asNum).otherwise(pl.lit(null)) : c;
    return { ...plan, numbers };
  }
  if (info.kind === 'temporal') return { ...plan, numbers: epochMs(c, dtype) };
  if (info.kind === 'string') return { ...plan, values: c.cast(pl.Utf8) };
  return plan;
}

export const planGroup = (g: ColumnInfo[]): ColumnPlan =>
  planColumn(g[0]!.name, g[0]!.dtype, g.length === 1 ? pl.col(g[0]!.name) : pl.col(g.map((i) => i.name)));

/** Date -> epoch days * 86.4M; Datetime/Duration by unit; Time (ns since midnight) -> ms. */
function epochMs(c: pl.Expr, dtype: string): pl.Expr {
  const phys = c.toPhysical().cast(pl.Float64);
  if (dtype === 'Date') return phys.mul(86_400_000);
  if (dtype === 'Time') return phys.div(1e6);
  const unit = /\((ns|us|ms)/.exec(dtype)?.[1] ?? 'us';
  return unit === 'ms' ? phys : phys.div(unit === 'us' ? 1e3 : 1e6);
}

/**
 * The count field of value counts: polars' default, `count`, clashes with a column of that name.
 * Metric names already use \u0001 as a separator, so no column name holds it.
 */
export const COUNT = '\u0001count';

/** Value counts as structs of the value (named as the column) and COUNT. */
export const countValues = (e: pl.Expr, sort = false): pl.Expr => e.valueCounts(sort, false, COUNT);

/** Strings and booleans are value-counted once; their distincts, top values and registers come from that. */
export const isCounted = (kind: ColumnKind): boolean => kind === 'string' || kind === 'boolean';

/** One column by name, or several (an expression over several columns is planned once). */
export const columns = (names: string[]): pl.Expr => (names.length === 1 ? pl.col(names[0]!) : pl.col(names));

/** Name of a metric of a column in the pass 1 and pass 3 rows. */
export const metric = (k: string, column: string): string => `${k}\u0001${column}`;

/*
 * The columns of a stacked (unpivoted) frame: which column a value came from, and the value.
 * Metric names already use \u0001 as a separator, so no column name holds it and these never
 * clash with a column of the data (one may well be called `variable` or `value`).
 */
export const STACKED_VARIABLE = '\u0001variable';
export const STACKED_VALUE = '\u0001value';

/** The columns `names` of `lf` one under the other, as (STACKED_VARIABLE, STACKED_VALUE). */
export const stackColumns = (lf: pl.LazyDataFrame, names: string[]): pl.LazyDataFrame =>
  lf.unpivot([], names, { variableName: STACKED_VARIABLE, valueName: STACKED_VALUE });

/**
 * The pattern matches and their means, built once per process: building a `str.contains`
 * expression compiles its regex on the main thread, about 20 ms for these nine, and a chunked
 * profile asks for them once per chunk. Native expressions with light wrappers (see
 * toolkit/polars-internals.ts): nodejs-polars' own wrappers cost about a millisecond each.
 */
let shareExprs: { variable: pl.Expr; present: pl.Expr; matches: pl.Expr[]; means: pl.Expr[] } | undefined;

/** Per stacked text column, the share of its non-null values matching each semantic pattern. */
export const stackedShares = (stacked: pl.LazyDataFrame): pl.LazyDataFrame => {
  if (!shareExprs) {
    const value = native.col(STACKED_VALUE);
    shareExprs = {
      variable: lightExpr(native.col(STACKED_VARIABLE)),
      present: lightExpr(value.isNotNull()),
      matches: patternTypes.map((t) =>
        lightExpr(value.strContains(native.lit(semanticPatterns[t]), false, true).alias(t)),
      ),
      means: patternTypes.map((t) => lightExpr(native.col(t).mean())),
    };
  }
  const { variable, present, matches, means } = shareExprs;
  // Matched over the whole stacked column, then averaged per column: inside the group-by each
  // pattern would run once per group, that is per text column.
  return stacked
    .filter(present)
    .select(variable, ...matches)
    .groupBy(variable)
    .agg(...means);
};

/** stackedShares as metrics (`re_<type>\u0001column`). */
export function sharesRow(df: pl.DataFrame): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const r of df.toRecords() as Record<string, unknown>[])
    for (const t of patternTypes) row[metric(`re_${t}`, String(r[STACKED_VARIABLE]))] = r[t];
  return row;
}
