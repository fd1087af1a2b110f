import pl from 'nodejs-polars';
import {
  COUNT,
  isCounted,
  metric,
  planColumn,
  sharesRow,
  stackColumns,
  stackedShares,
  STACKED_VALUE,
  STACKED_VARIABLE,
  type ColumnInfo,
} from './columns.ts';
import { lightExpr, native, rawExpr, type NativeExpr } from '../toolkit/polars-internals.ts';
import { num } from './derive.ts';
import { histogramEdges } from './sketch.ts';
import type { ColumnKind, ProfileOptions } from './types.ts';

/*
 * Short, wide frames (a one-row CSV of thousands of columns). Polars plans every expression once
 * per column it expands to, tens of µs each, so ~17 metrics per column cost seconds at 5,000
 * columns however few the rows. Here the columns of one dtype are stacked into one long
 * (variable, value) frame and each metric is one group-by aggregation over it: planned once per
 * dtype, whatever the width.
 *
 * Only metrics whose result does not depend on the order of arithmetic are stacked (counts,
 * min/max, first/last, element-wise differences, value counts, sorted values): a group-by sums in
 * another order than a column sum, so sums, means and variances stay per-column expressions
 * (momentExprs), cheap ones, and only for columns of two values or more. Within shortRowLimit
 * rows the profile needs no sketches: quantiles read all sorted values, top values are complete,
 * distinct counts exact and the pattern sample is the whole column, so the result equals the
 * regular path's (tests/profile/stacked-parity.test.ts).
 */

type Row = Record<string, unknown>;

/** Kinds whose metrics are stacked; `other` (lists, structs, nulls) keeps the regular expressions. */
export const isStackable = (kind: ColumnKind): boolean => kind !== 'other';

/** The most rows for which every metric the profile keeps is exact without a sketch. */
export function shortRowLimit(o: ProfileOptions): number {
  return Math.min(o.topK, o.sketchSize, o.sampleSize, o.exactDistinctLimit);
}

/** A short frame at least this wide is profiled stacked; narrower ones plan cheaply anyway. */
export const STACKED_MIN_COLUMNS = 32;

export interface Stacked {
  /** Pass 1 metrics (`metric\u0001column`) and pattern shares; of the moments, only those of single values. */
  r1: Row;
  /** Distinct non-null values of the counted (string, boolean) columns. */
  distinctOf: Row;
  /** Pass 3 metrics: all sorted finite numbers (`os`), histogram bins (`hist`), top values (`top`). */
  r2: Row;
  /**
   * A float column holds both -0 and 0. They tie, and which of them a column's min, max or sort
   * puts first depends on how polars walks the values: only the per-column passes give the
   * regular result then.
   */
  signedZeros: boolean;
}

const [VARIABLE_NAME, VALUE_NAME, X_NAME] = [STACKED_VARIABLE, STACKED_VALUE, '\u0001x'];

/*
 * The queries below are built from native expressions with light wrappers (as the engine does,
 * see toolkit/polars-internals.ts): nodejs-polars' own wrapper of each intermediate expression
 * cost about a millisecond, some 150 of them per profile, most of a narrow file's profile.
 */
const VARIABLE = native.col(VARIABLE_NAME);
const VALUE = native.col(VALUE_NAME);
const X = native.col(X_NAME);
const named = (e: NativeExpr, name: string): pl.Expr => lightExpr(e.alias(name));
// Group and sort keys as expressions: by name, nodejs-polars wraps each in a full wrapper.
const [BY_VARIABLE, BY_VALUE, BY_X] = [VARIABLE, VALUE, X].map(lightExpr) as [pl.Expr, pl.Expr, pl.Expr];
const lit = (v: number | null): NativeExpr => native.lit(v);

/** Stacked metrics of the groups of columns (each of one kind and dtype) of a short frame. */
export async function stackedMetrics(
  lf: pl.LazyDataFrame,
  groups: ColumnInfo[][],
  options: ProfileOptions,
): Promise<Stacked> {
  const out: Stacked = { r1: {}, distinctOf: {}, r2: {}, signedZeros: false };
  await Promise.all(groups.map((g) => stackGroup(lf, g, options, out)));
  return out;
}

async function stackGroup(
  lf: pl.LazyDataFrame,
  g: ColumnInfo[],
  options: ProfileOptions,
  out: Stacked,
): Promise<void> {
  const { kind, dtype, isFloat } = g[0]!;
  const names = g.map((i) => i.name);
  // The expressions of the regular path, applied to the stacked column instead of each column.
  const numbers = planColumn(VALUE_NAME, dtype).numbers;
  const hasNumbers = numbers !== undefined;
  // Stacked once for the queries below; text as String (categoricals of different columns do not
  // concatenate).
  const long = (
    await stackColumns(
      kind === 'string' && dtype !== 'String' ? lf.select(pl.col(names).cast(pl.Utf8)) : lf,
      names,
    )
      .withColumns(...(hasNumbers ? [named(rawExpr(numbers), X_NAME)] : []))
      .collect()
  ).lazy();
  // Consecutive values of one column: the stacked frame keeps each column's rows together, in order.
  const same = VARIABLE.eq(VARIABLE.shift(lit(1)));
  const zero = X.eq(lit(0));
  const len = native.col('len');

  // Element-wise inputs are computed over the whole stacked column first: inside a group-by they
  // would run once per group, that is per column of the data.
  const stats = long
    .withColumns(
      ...(isFloat ? [named(zero, 'zero'), named(zero.and(lit(1).div(X).lt(lit(0))), 'negative_zero')] : []),
      ...(kind === 'string' ? [named(VALUE.strLengths().cast(pl.Float64, false), 'len')] : []),
    )
    .groupBy(BY_VARIABLE)
    .agg(
      named(VALUE.count(), 'n'),
      named(VALUE.nullCount(), 'nulls'),
      ...(hasNumbers ? [named(X.count(), 'fin'), named(X.min(), 'min'), named(X.max(), 'max')] : []),
      ...(isFloat
        ? [
            named(native.col('zero').sum(), 'zeros'),
            named(native.col('negative_zero').sum(), 'negative_zeros'),
          ]
        : []),
      ...(kind === 'string' ? [named(len.min(), 'lmin'), named(len.max(), 'lmax')] : []),
    );
  let order: pl.LazyDataFrame;
  if (hasNumbers) {
    const d = native.col('d');
    order = long
      .filter(lightExpr(X.isNotNull()))
      .withColumns(named(native.when(same, X.diff(lightExpr(lit(1)), 'ignore'), lit(null)), 'd'))
      .groupBy(BY_VARIABLE)
      .agg(
        named(X.first(), 'first'),
        named(X.last(), 'last'),
        named(d.min(), 'dmin'),
        named(d.max(), 'dmax'),
      );
  } else {
    const v = kind === 'boolean' ? VALUE.cast(pl.UInt8, false) : VALUE;
    const prev = v.shift(lit(1));
    order = long
      .filter(lightExpr(VALUE.isNotNull()))
      .withColumns(named(same.and(v.lt(prev)), 'down'), named(same.and(v.gt(prev)), 'up'))
      .groupBy(BY_VARIABLE)
      .agg(
        named(VALUE.first(), 'first'),
        named(VALUE.last(), 'last'),
        named(native.col('down').sum(), 'down'),
        named(native.col('up').sum(), 'up'),
      );
  }
  const counts = long
    .filter(lightExpr(VALUE.isNotNull()))
    .groupBy([BY_VARIABLE, BY_VALUE])
    .agg(named(native.len(), COUNT));
  const sorted = hasNumbers
    ? long
        .select(BY_VARIABLE, BY_X)
        .filter(lightExpr(X.isNotNull()))
        .sort([BY_VARIABLE, BY_X])
        .select(BY_VARIABLE, lightExpr(X.cast(pl.Float64, false)))
    : undefined;
  const [s, o, c, x, shares] = await Promise.all([
    stats.collect(),
    order.collect(),
    counts.collect(),
    sorted?.collect(),
    // The pattern sample of a short column is all of it: the values stacked here.
    kind === 'string' ? stackedShares(long).collect() : undefined,
  ]);

  const { r1, distinctOf, r2 } = out;
  if (shares) Object.assign(r1, sharesRow(shares));
  for (const r of s.toRecords() as Row[]) {
    const name = String(r[VARIABLE_NAME]);
    if (isFloat) {
      const negative = num(r.negative_zeros);
      if (negative > 0 && negative < num(r.zeros)) out.signedZeros = true;
      delete r.zeros;
      delete r.negative_zeros;
    }
    for (const [k, v] of Object.entries(r)) if (k !== VARIABLE_NAME) r1[metric(k, name)] = v;
    // The moments of one value, as momentExprs would give them: polars sums from 0 (so -0 is 0).
    if (hasNumbers && num(r.fin) === 1) {
      r1[metric('sum', name)] = 0 + num(r.min);
      r1[metric('mean', name)] = 0 + num(r.min);
    } else if (kind === 'string' && num(r.n) === 1) {
      r1[metric('lsum', name)] = 0 + num(r.lmin);
      r1[metric('lmean', name)] = 0 + num(r.lmin);
    }
  }
  for (const r of o.toRecords() as Row[]) {
    const name = String(r[VARIABLE_NAME]);
    r1[metric('first', name)] = r.first;
    r1[metric('last', name)] = r.last;
    if (hasNumbers) {
      r1[metric('dmin', name)] = r.dmin;
      r1[metric('dmax', name)] = r.dmax;
    } else {
      // As `all()` of the regular comparisons: no value below (above) the one before it.
      r1[metric('ge', name)] = num(r.down) === 0;
      r1[metric('le', name)] = num(r.up) === 0;
    }
  }

  const tops = new Map<string, { values: unknown[]; counts: unknown[] }>();
  const variables = c.getColumn(VARIABLE_NAME).toArray() as string[];
  const values = c.getColumn(VALUE_NAME).toArray() as unknown[];
  const valueCounts = c.getColumn(COUNT).toArray() as unknown[];
  variables.forEach((name, i) => {
    let t = tops.get(name);
    if (!t) tops.set(name, (t = { values: [], counts: [] }));
    t.values.push(values[i]);
    t.counts.push(valueCounts[i]);
  });
  for (const name of names) {
    const t = tops.get(name);
    const distinct = t?.values.length ?? 0;
    if (isCounted(kind)) distinctOf[name] = distinct;
    // As nUnique: null counts as a value.
    else r1[metric('nu', name)] = distinct + (num(r1[metric('nulls', name)]) > 0 ? 1 : 0);
    if (t) r2[metric('top', name)] = t;
  }

  if (x) {
    const vars = x.getColumn(VARIABLE_NAME).toArray() as string[];
    const xs = x.getColumn(X_NAME).toArray() as number[];
    let start = 0;
    for (let i = 1; i <= vars.length; i++) {
      if (i < vars.length && vars[i] === vars[start]) continue;
      const name = vars[start]!;
      const os = xs.slice(start, i);
      r2[metric('os', name)] = os;
      const hist = histogram(os, options.histogramBins);
      if (hist) r2[metric('hist', name)] = hist;
      start = i;
    }
  }
}

/**
 * Bin counts as the regular path's value counts of the bin index, with the same float operations
 * in the same order: polars divides by the scalar range as a multiplication by its reciprocal,
 * then scales to the bins and truncates.
 */
function histogram(sorted: number[], bins: number): Row[] | undefined {
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  if (histogramEdges(min, max, bins).length <= 2) return undefined;
  const scale = 1 / (max - min);
  const counts = new Map<number, number>();
  for (const v of sorted) {
    const bin = Math.trunc((v - min) * scale * bins);
    // Polars' cast makes a NaN position (an infinite range) null, and value counts skip nulls.
    if (!Number.isFinite(bin)) continue;
    counts.set(bin, (counts.get(bin) ?? 0) + 1);
  }
  return [...counts].map(([bin, n]) => ({ bin, [COUNT]: n }));
}
