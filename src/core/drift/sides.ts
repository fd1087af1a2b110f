import pl from 'nodejs-polars';
import { toNumber } from '../toolkit/numbers.ts';
import { lightExpr, native, rawExpr } from '../toolkit/polars-internals.ts';
import { finiteNumbers } from '../compare/frame.ts';
import { gridFromOrderStats, gridRanks } from '../profile/sketch.ts';
import type { ColumnProfile } from '../profile/types.ts';

/**
 * One side's view of a column for drift: numeric columns as a quantile grid (the baseline's bins
 * and KS come from it when only a profile is at hand), categorical ones as value counts. Every
 * function here is a fused polars query over an in-memory frame; nothing loops over rows in JS.
 */

export interface NumericSide {
  kind: 'numeric';
  dtype: string;
  /** Finite non-null values. */
  count: number;
  nullFraction: number;
  std: number | null;
  /** p0..p100, linear interpolation; null when there are no values. */
  grid: number[] | null;
}

export interface CategoricalSide {
  kind: 'categorical';
  dtype: string;
  count: number;
  nullFraction: number;
  /** Most frequent values (as strings) with counts. */
  top: { value: string; count: number }[];
  /** Non-null values outside `top`. */
  other: number;
  /** True when `top` lists every distinct value. */
  complete: boolean;
  /** Distinct non-null values (may be an estimate in a merged profile). */
  distinct: number;
}

export type ColumnSide = NumericSide | CategoricalSide;

/** Values kept per categorical column; the rest pool into one "other" bucket (as in profiles). */
export const TOP_K = 1000;

export interface ColumnSpec {
  name: string;
  dtype: string;
}

/** The side of a column described by a saved profile (no data needed). */
export function sideFromProfile(col: ColumnProfile, kind: 'numeric' | 'categorical'): ColumnSide {
  if (kind === 'numeric') {
    const n = col.numeric;
    return {
      kind,
      dtype: col.dtype,
      count: n?.count ?? 0,
      nullFraction: col.nullFraction,
      std: n?.std ?? null,
      grid: n && n.count > 0 ? n.quantileGrid : null,
    };
  }
  const top = (col.topValues ?? []).map((t) => ({ value: String(t.value), count: t.count }));
  return {
    kind,
    dtype: col.dtype,
    count: col.count,
    nullFraction: col.nullFraction,
    top,
    other: col.otherCount ?? Math.max(0, col.count - top.reduce((s, t) => s + t.count, 0)),
    complete: col.topValuesComplete,
    distinct: col.distinct.count,
  };
}

const finite = (c: ColumnSpec): pl.Expr => finiteNumbers(c.name, c.dtype);

export interface NumericCounts {
  rows: number;
  nulls: number;
  count: number;
  std: number | null;
  /** Finite values <= each of `le`'s points, in order. */
  le: number[];
  /** Finite values < each of `lt`'s points, in order. */
  lt: number[];
}

/**
 * Row count, nulls, finite count and std of each numeric column, plus how many values fall at or
 * below (and strictly below) given points: cumulative bin counts. ONE select for all columns.
 */
export async function numericCounts(
  df: pl.DataFrame,
  specs: (ColumnSpec & { le?: number[]; lt?: number[] })[],
): Promise<Map<string, NumericCounts>> {
  const exprs: pl.Expr[] = [pl.len().alias('__tg_rows')];
  specs.forEach((s, i) => {
    const v = finite(s);
    // Hundreds of bin counts per column: built as native expressions, as nodejs-polars' wrappers
    // (a fresh object of closures each) made their garbage collection most of a small drift's time.
    const raw = rawExpr(v);
    const count = (op: 'ltEq' | 'lt', x: number, name: string): pl.Expr =>
      lightExpr(raw[op](native.lit(x)).sum().alias(name));
    exprs.push(
      pl.col(s.name).nullCount().alias(`__tg_${i}_nulls`),
      v.count().alias(`__tg_${i}_n`),
      v.std().alias(`__tg_${i}_std`),
      ...(s.le ?? []).map((x, j) => count('ltEq', x, `__tg_${i}_le${j}`)),
      ...(s.lt ?? []).map((x, j) => count('lt', x, `__tg_${i}_lt${j}`)),
    );
  });
  const r = (
    await df
      .lazy()
      .select(...exprs)
      .collect()
  ).toRecords()[0] as Record<string, unknown>;
  const n = (k: string): number => toNumber(r[k]) ?? 0;
  return new Map(
    specs.map((s, i) => [
      s.name,
      {
        rows: n('__tg_rows'),
        nulls: n(`__tg_${i}_nulls`),
        count: n(`__tg_${i}_n`),
        std: toNumber(r[`__tg_${i}_std`]),
        le: (s.le ?? []).map((_, j) => n(`__tg_${i}_le${j}`)),
        lt: (s.lt ?? []).map((_, j) => n(`__tg_${i}_lt${j}`)),
      },
    ]),
  );
}

/**
 * The 101-point quantile grid (linear interpolation, as profiles define it) of each column with
 * values: one sort per column and a gather of the two order statistics around each point.
 */
export async function quantileGrids(
  df: pl.DataFrame,
  specs: (ColumnSpec & { count: number })[],
): Promise<Map<string, number[]>> {
  const withValues = specs.filter((s) => s.count > 0);
  if (withValues.length === 0) return new Map();
  // Every column gathers the same number of ranks, so one select returns them side by side.
  const exprs = withValues.map((s, i) => finite(s).sort().gather(gridRanks(s.count)).alias(`__tg_${i}`));
  const out = await df
    .lazy()
    .select(...exprs)
    .collect();
  return new Map(
    withValues.map((s, i) => {
      const ranks = gridRanks(s.count);
      const values = out.getColumn(`__tg_${i}`).toArray().map(Number);
      const byRank = new Map(ranks.map((r, j) => [r, values[j]!]));
      return [s.name, gridFromOrderStats(s.count, (r) => byRank.get(r)!)];
    }),
  );
}

/**
 * Counted values' count field. polars' default, `count`, clashes with a column of that name; no
 * column name holds \u0001.
 */
const COUNT = '\u0001count';

/**
 * The value counts of every column (as strings, nulls dropped) in ONE select over the frame, each
 * column counted once: a one-row frame with, per column i, `c<i>` a list of {value, count} structs
 * and `n<i>` its non-null count. Columns share the multi-column expressions (each nodejs-polars
 * expression is costly to build). Reading a struct's fields from this materialised frame keeps
 * values and counts aligned; two evaluations of an unsorted value count could list them apart.
 */
async function countValues(df: pl.DataFrame, specs: ColumnSpec[]): Promise<pl.LazyDataFrame> {
  const names = specs.map((s) => s.name);
  const cols = names.length === 1 ? pl.col(names[0]!) : pl.col(names);
  const counted = await df
    .lazy()
    .select(
      cols.count().prefix('n\u0001'),
      cols.cast(pl.Utf8).dropNulls().valueCounts(false, false, COUNT).implode().prefix('c\u0001'),
    )
    .collect();
  return counted
    .rename(
      Object.fromEntries(
        names.flatMap((n, i) => [
          [`n\u0001${n}`, `n${i}`],
          [`c\u0001${n}`, `c${i}`],
        ]),
      ),
    )
    .lazy();
}

/**
 * Column i's counted values, most frequent first and ties by value (so the order does not depend
 * on the hash order of the counts), with the value field as an expression for filters.
 */
function ranked(i: number): { top: pl.Expr; value: pl.Expr } {
  // An empty list explodes to one null struct.
  const vc = pl.col(`c${i}`).explode().dropNulls();
  const top = vc.sortBy([vc.struct.nth(1), vc.struct.nth(0)], [true, false]);
  return { top, value: top.struct.nth(0) };
}

async function firstRow(lf: pl.LazyDataFrame, exprs: pl.Expr[]): Promise<Record<string, unknown>> {
  return ((await lf.select(...exprs).collect()).toRecords()[0] ?? {}) as Record<string, unknown>;
}

/** A list of {value, count} structs, as read from firstRow. */
function valueCountsOf(xs: unknown): { value: string; count: number }[] {
  return ((xs ?? []) as Record<string, unknown>[]).map((r) => {
    const [value, count] = Object.values(r);
    return { value: String(value), count: toNumber(count) ?? 0 };
  });
}

/**
 * Top values of every categorical column (by count desc then value), plus the rest as `other`:
 * one select over the frame for all columns, then one over their value counts.
 */
export async function topValues(
  df: pl.DataFrame,
  specs: ColumnSpec[],
  k = TOP_K,
): Promise<Map<string, Omit<CategoricalSide, 'dtype' | 'kind' | 'nullFraction'>>> {
  if (specs.length === 0) return new Map();
  const counted = await countValues(df, specs);
  const r = await firstRow(counted, [
    pl.col('^n\\d+$'),
    pl.col('^c\\d+$').lst.lengths().prefix('d'),
    ...specs.map((_, i) => ranked(i).top.head(k).implode().alias(`t${i}`)),
  ]);
  return new Map(
    specs.map((s, i) => {
      const top = valueCountsOf(r[`t${i}`]);
      const count = toNumber(r[`n${i}`]) ?? 0;
      const distinct = toNumber(r[`dc${i}`]) ?? 0;
      const listed = top.reduce((sum, t) => sum + t.count, 0);
      return [s.name, { count, top, other: count - listed, complete: distinct <= k, distinct }];
    }),
  );
}

export interface CurrentCategories {
  count: number;
  /** Counts of the baseline's listed values, in the baseline's order. */
  matched: number[];
  /** Values not in the baseline's list. */
  unlisted: number;
  /** The most frequent unlisted values. */
  newTop: { value: string; count: number }[];
}

/**
 * Current counts of every categorical column aligned to its baseline's listed values: one select
 * over the frame for all columns, then one over their value counts, which splits each column's
 * counts by membership in its baseline list. JavaScript only places the (at most list-long) matches.
 */
export async function currentCategories(
  df: pl.DataFrame,
  specs: (ColumnSpec & { baseline: string[] })[],
  newSamples = 10,
): Promise<Map<string, CurrentCategories>> {
  if (specs.length === 0) return new Map();
  const counted = await countValues(df, specs);
  const r = await firstRow(counted, [
    pl.col('^n\\d+$'),
    ...specs.flatMap((s, i) => {
      const { top, value } = ranked(i);
      const listed = value.isIn(pl.lit(pl.Series('listed', s.baseline, pl.Utf8)));
      return [
        top.filter(listed).implode().alias(`m${i}`),
        top.filter(listed.not()).head(newSamples).implode().alias(`u${i}`),
      ];
    }),
  ]);
  return new Map(
    specs.map((s, i) => {
      const at = new Map<string, number[]>();
      s.baseline.forEach((v, j) => at.set(v, [...(at.get(v) ?? []), j]));
      const matched = s.baseline.map(() => 0);
      for (const m of valueCountsOf(r[`m${i}`]))
        for (const idx of at.get(m.value) ?? []) matched[idx] = m.count;
      const count = toNumber(r[`n${i}`]) ?? 0;
      return [
        s.name,
        {
          count,
          matched,
          unlisted: count - matched.reduce((sum, x) => sum + x, 0),
          newTop: valueCountsOf(r[`u${i}`]),
        },
      ];
    }),
  );
}

/**
 * Exact two-sample KS statistic: both sides' finite values weighted +1/n and -1/m, summed per
 * distinct value, sorted; D is the largest absolute running sum (ties handled by the group-by).
 */
export async function exactKs(
  baseline: pl.DataFrame,
  current: pl.DataFrame,
  b: ColumnSpec & { count: number },
  c: ColumnSpec & { count: number },
): Promise<number> {
  if (b.count === 0 || c.count === 0) return 0;
  const side = (df: pl.DataFrame, s: ColumnSpec, w: number): pl.LazyDataFrame =>
    df.lazy().select(finite(s).alias('v'), pl.lit(w).alias('w'));
  const out = await pl
    .concat([side(baseline, b, 1 / b.count), side(current, c, -1 / c.count)])
    .groupBy('v')
    .agg(pl.col('w').sum())
    .sort('v')
    .select(pl.col('w').cumSum().abs().max().alias('d'))
    .collect();
  return toNumber(out.getColumn('d').get(0)) ?? 0;
}
