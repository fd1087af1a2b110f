import pl from 'nodejs-polars';
import { toNumber } from '../toolkit/numbers.ts';
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
    exprs.push(
      pl.col(s.name).nullCount().alias(`__tg_${i}_nulls`),
      v.count().alias(`__tg_${i}_n`),
      v.std().alias(`__tg_${i}_std`),
      ...(s.le ?? []).map((x, j) => v.ltEq(x).sum().alias(`__tg_${i}_le${j}`)),
      ...(s.lt ?? []).map((x, j) => v.lt(x).sum().alias(`__tg_${i}_lt${j}`)),
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
 * The value counts of every column (as strings, nulls dropped) in ONE select over the frame, each
 * column counted once: a one-row frame with column `c<i>` a list of {v, count} structs and `n<i>`
 * its non-null count. Reading a struct's fields from this materialised frame keeps values and
 * counts aligned; two evaluations of an unsorted value count could list them in different orders.
 */
async function countValues(df: pl.DataFrame, specs: ColumnSpec[]): Promise<pl.LazyDataFrame> {
  const counted = await df
    .lazy()
    .select(
      ...specs.flatMap((s, i) => [
        pl.col(s.name).count().alias(`n${i}`),
        // `v` also keeps a column named `count` from clashing with the count field.
        pl.col(s.name).cast(pl.Utf8).alias('v').dropNulls().valueCounts().implode().alias(`c${i}`),
      ]),
    )
    .collect();
  return counted.lazy();
}

/** Column i's counted values, and their counts, as aligned expressions over countValues' frame. */
function fields(i: number): { v: pl.Expr; n: pl.Expr } {
  // An empty list explodes to one null struct.
  const vc = pl.col(`c${i}`).explode().dropNulls();
  return { v: vc.struct.field('v'), n: vc.struct.field('count') };
}

/**
 * The k most frequent values and their counts as two lists named `<name>v` and `<name>c`; ties
 * by value, so the order does not depend on the hash order of the counts.
 */
function mostFrequent(v: pl.Expr, n: pl.Expr, k: number, name: string): pl.Expr[] {
  const top = (e: pl.Expr): pl.Expr => e.sortBy([n, v], [true, false]).head(k).implode();
  return [top(v).alias(`${name}v`), top(n).alias(`${name}c`)];
}

async function firstRow(lf: pl.LazyDataFrame, exprs: pl.Expr[]): Promise<Record<string, unknown>> {
  return ((await lf.select(...exprs).collect()).toRecords()[0] ?? {}) as Record<string, unknown>;
}

const numbers = (xs: unknown): number[] => ((xs ?? []) as unknown[]).map((x) => toNumber(x) ?? 0);
const strings = (xs: unknown): string[] => ((xs ?? []) as unknown[]).map(String);

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
  const r = await firstRow(
    counted,
    specs.flatMap((_, i) => {
      const { v, n } = fields(i);
      return [
        pl.col(`n${i}`),
        pl.col(`c${i}`).lst.lengths().alias(`d${i}`),
        ...mostFrequent(v, n, k, `t${i}`),
      ];
    }),
  );
  return new Map(
    specs.map((s, i) => {
      const counts = numbers(r[`t${i}c`]);
      const top = strings(r[`t${i}v`]).map((value, j) => ({ value, count: counts[j]! }));
      const count = toNumber(r[`n${i}`]) ?? 0;
      const distinct = toNumber(r[`d${i}`]) ?? 0;
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
  const r = await firstRow(
    counted,
    specs.flatMap((s, i) => {
      const { v, n } = fields(i);
      const listed = v.isIn(pl.lit(pl.Series('listed', s.baseline, pl.Utf8)));
      const unlisted = listed.not();
      return [
        pl.col(`n${i}`),
        v.filter(listed).implode().alias(`m${i}v`),
        n.filter(listed).implode().alias(`m${i}c`),
        ...mostFrequent(v.filter(unlisted), n.filter(unlisted), newSamples, `u${i}`),
      ];
    }),
  );
  return new Map(
    specs.map((s, i) => {
      const at = new Map<string, number[]>();
      s.baseline.forEach((v, j) => at.set(v, [...(at.get(v) ?? []), j]));
      const matched = s.baseline.map(() => 0);
      const mc = numbers(r[`m${i}c`]);
      strings(r[`m${i}v`]).forEach((v, j) => {
        for (const idx of at.get(v) ?? []) matched[idx] = mc[j]!;
      });
      const uc = numbers(r[`u${i}c`]);
      const count = toNumber(r[`n${i}`]) ?? 0;
      return [
        s.name,
        {
          count,
          matched,
          unlisted: count - matched.reduce((sum, x) => sum + x, 0),
          newTop: strings(r[`u${i}v`]).map((value, j) => ({ value, count: uc[j]! })),
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
