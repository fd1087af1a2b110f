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

/** A column's value counts (as strings, nulls dropped), lazily. */
function valueCounts(df: pl.DataFrame, name: string): pl.LazyDataFrame {
  return df
    .lazy()
    .select(pl.col(name).cast(pl.Utf8).alias('v'))
    .dropNulls()
    .groupBy('v')
    .agg(pl.len().cast(pl.Float64).alias('n'));
}

/** Top values of a categorical column, by count desc then value, plus the rest as `other`. */
export async function topValues(
  df: pl.DataFrame,
  spec: ColumnSpec,
  k = TOP_K,
): Promise<Omit<CategoricalSide, 'dtype' | 'kind' | 'nullFraction'>> {
  const vc = valueCounts(df, spec.name).cache();
  const out = await pl
    .concat(
      [
        vc.select(pl.col('n').sum().alias('n'), pl.len().cast(pl.Float64).alias('distinct')),
        vc.sort(['n', 'v'], [true, false]).head(k),
      ],
      { how: 'diagonalRelaxed' },
    )
    .collect();
  const rows = out.toRecords() as { v: string | null; n: number; distinct: number | null }[];
  const count = toNumber(rows[0]?.n) ?? 0;
  const top = rows.slice(1).map((r) => ({ value: String(r.v), count: r.n }));
  const listed = top.reduce((s, t) => s + t.count, 0);
  const distinct = toNumber(rows[0]?.distinct) ?? 0;
  return { count, top, other: count - listed, complete: distinct <= k, distinct };
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

/** Current counts aligned to the baseline's listed values: a join, not a JS lookup per row. */
export async function currentCategories(
  df: pl.DataFrame,
  spec: ColumnSpec,
  baseline: string[],
  newSamples = 10,
): Promise<CurrentCategories> {
  const listed = pl
    .DataFrame([
      pl.Series('v', baseline, pl.Utf8),
      pl.Series(
        '__tg_i',
        baseline.map((_, i) => i),
        pl.UInt32,
      ),
    ])
    .lazy();
  const vc = valueCounts(df, spec.name).cache();
  const [matchedDf, restDf] = await Promise.all([
    vc.join(listed, { on: 'v', how: 'inner' }).select('__tg_i', 'n').collect(),
    pl
      .concat(
        [
          vc.select(pl.col('n').sum().alias('total')),
          vc.join(listed, { on: 'v', how: 'anti' }).sort(['n', 'v'], [true, false]).head(newSamples),
        ],
        { how: 'diagonalRelaxed' },
      )
      .collect(),
  ]);
  const matched = baseline.map(() => 0);
  for (const r of matchedDf.toRecords() as { __tg_i: number; n: number }[]) matched[Number(r.__tg_i)] = r.n;
  const rest = restDf.toRecords() as { total: number | null; v: string | null; n: number | null }[];
  const count = toNumber(rest[0]?.total) ?? 0;
  return {
    count,
    matched,
    unlisted: count - matched.reduce((s, x) => s + x, 0),
    newTop: rest.slice(1).map((r) => ({ value: String(r.v), count: r.n ?? 0 })),
  };
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
