import {
  chiSquare,
  gridCdf,
  hellinger,
  jsDistance,
  ksPValue,
  proportions,
  psi,
  totalVariation,
  wassersteinFromGrids,
} from './metrics.ts';
import type { ColumnDrift, DriftMethod, Metric, Thresholds } from './schema.ts';
import type { CategoricalSide, CurrentCategories, NumericSide } from './sides.ts';

/** What the queries found for one column; the judgement below is pure arithmetic on it. */
interface CurrentSummary {
  dtype: string;
  count: number;
  nullFraction: number;
}

export interface NumericEvidence {
  kind: 'numeric';
  baseline: NumericSide;
  current: CurrentSummary;
  cuts: number[];
  /** Exact baseline values <= each cut (null when the baseline is a profile: use its grid). */
  baselineAtCuts: number[] | null;
  currentAtCuts: number[];
  /** Distinct baseline grid values, with current counts <= and < each (profile baselines). */
  points: number[];
  currentLe: number[];
  currentLt: number[];
  currentGrid: number[] | null;
  exactKs: number | null;
}

export interface CategoricalEvidence {
  kind: 'categorical';
  baseline: CategoricalSide;
  current: CurrentSummary;
  categories: CurrentCategories;
}

export type Evidence = NumericEvidence | CategoricalEvidence;

const uniqueSorted = (xs: number[]): number[] => [...new Set(xs)].sort((a, b) => a - b);

/** PSI bins: (-inf, q10], (q10, q20], ..., (q90, inf) from the baseline grid; tied deciles merge. */
export function cutPoints(grid: number[]): number[] {
  return uniqueSorted([10, 20, 30, 40, 50, 60, 70, 80, 90].map((p) => grid[p]!));
}

export function gridPoints(grid: number[]): number[] {
  return uniqueSorted(grid);
}

/** Cumulative counts at the cuts -> counts per bin (the last bin takes the rest). */
function binsFromCumulative(cumulative: number[], total: number): number[] {
  return [...cumulative, total].map((x, i) => x - (i === 0 ? 0 : cumulative[i - 1]!));
}

function baselineBins(ev: NumericEvidence): number[] {
  const b = ev.baseline;
  const cum = ev.baselineAtCuts ?? ev.cuts.map((c) => gridCdf(b.grid!, c).at * b.count);
  return binsFromCumulative(cum, b.count);
}

/**
 * KS against a profile's grid: the current ECDF is exact at each distinct grid value (counts <=
 * and <), the baseline CDF is the grid's. D is the largest gap at those points (a lower bound);
 * between two points both CDFs are monotone, which bounds the gap there (upper bound).
 */
export function gridKs(
  grid: number[],
  points: number[],
  le: number[],
  lt: number[],
  n: number,
): { d: number; upper: number } {
  let d = 0;
  let upper = 0;
  const cdf = points.map((v) => gridCdf(grid, v));
  points.forEach((_, j) => {
    d = Math.max(d, Math.abs(cdf[j]!.at - le[j]! / n), Math.abs(cdf[j]!.before - lt[j]! / n));
    if (j + 1 < points.length) {
      upper = Math.max(upper, lt[j + 1]! / n - cdf[j]!.at, cdf[j + 1]!.before - le[j]! / n);
    }
  });
  const last = points.length - 1;
  upper = Math.max(upper, lt[0]! / n, 1 - le[last]! / n);
  return { d, upper: Math.max(d, upper) };
}

function metric(
  method: DriftMethod,
  value: number,
  pValue: number | null,
  th: Thresholds,
  extra: Partial<Metric> = {},
): Metric {
  const threshold = th[method];
  return {
    method,
    value,
    threshold,
    pValue,
    drifted: value > threshold && (pValue === null || pValue < th.alpha),
    ...extra,
  };
}

/** PSI, chi-square (Cramér's V), JS, Hellinger and TV over aligned bin or category counts. */
function histogramMetric(method: DriftMethod, b: number[], c: number[], th: Thresholds): Metric | undefined {
  const chi = chiSquare(b, c);
  const pb = proportions(b);
  const pc = proportions(c);
  switch (method) {
    case 'psi':
      return metric(method, psi(pb, pc), chi.pValue, th);
    case 'chi2':
      return metric(method, chi.cramersV, chi.pValue, th, {
        note: `chi2 = ${round(chi.statistic)}, df = ${chi.df}`,
      });
    case 'js':
      return metric(method, jsDistance(pb, pc), chi.pValue, th);
    case 'hellinger':
      return metric(method, hellinger(pb, pc), chi.pValue, th);
    case 'tv':
      return metric(method, totalVariation(pb, pc), chi.pValue, th);
    default:
      return undefined;
  }
}

const round = (x: number): number => Number(x.toPrecision(6));

function numericMetric(method: DriftMethod, ev: NumericEvidence, th: Thresholds): Metric {
  const b = ev.baseline;
  const nb = b.count;
  const nc = ev.current.count;
  if (method === 'ks') {
    if (ev.exactKs !== null) return metric('ks', ev.exactKs, ksPValue(ev.exactKs, nb, nc), th);
    const { d, upper } = gridKs(b.grid!, ev.points, ev.currentLe, ev.currentLt, nc);
    return metric('ks', d, ksPValue(d, nb, nc), th, {
      upperBound: upper,
      note: 'from the profile quantile grid',
    });
  }
  if (method === 'wasserstein') {
    const w = wassersteinFromGrids(b.grid!, ev.currentGrid!);
    // Std (not IQR): heavy tails with a narrow IQR (rainfall: mostly 0) would inflate the ratio.
    const iqr = b.grid![75]! - b.grid![25]!;
    const [scale, by] = b.std
      ? [b.std, 'baseline std']
      : iqr > 0
        ? [iqr, 'baseline IQR']
        : [1, 'nothing (baseline is constant)'];
    return metric('wasserstein', w / scale, null, th, { note: `W1 = ${round(w)}, divided by ${by}` });
  }
  return histogramMetric(method, baselineBins(ev), binsFromCumulative(ev.currentAtCuts, nc), th)!;
}

/**
 * Mostly-unique text (ids, timestamps as text) has no distribution to compare: two samples of it
 * share almost no values, so every test would cry drift.
 */
function identifierLike(b: CategoricalSide): boolean {
  return b.distinct > 50 && b.distinct > b.count / 2;
}

/** The verdict for one compared column. */
export function columnMetrics(
  column: string,
  kind: 'numeric' | 'categorical',
  methods: DriftMethod[],
  ev: Evidence,
  th: Thresholds,
): ColumnDrift {
  const baseline = {
    dtype: ev.baseline.dtype,
    count: ev.baseline.count,
    nullFraction: ev.baseline.nullFraction,
  };
  const current = { dtype: ev.current.dtype, count: ev.current.count, nullFraction: ev.current.nullFraction };
  const base: ColumnDrift = { column, kind, status: 'ok', baseline, current, metrics: [] };
  if (baseline.count === 0 || current.count === 0) {
    if (baseline.count === 0 && current.count === 0)
      return { ...base, status: 'skipped', reason: 'no values on either side' };
    return {
      ...base,
      status: 'drift',
      reason: `no values in the ${baseline.count === 0 ? 'baseline' : 'current data'}`,
    };
  }
  if (ev.kind === 'categorical' && identifierLike(ev.baseline)) {
    const b = ev.baseline;
    return {
      ...base,
      status: 'skipped',
      reason: `identifier-like: ${b.distinct} distinct values in ${b.count}`,
    };
  }
  let metrics: Metric[];
  let newCategories: ColumnDrift['newCategories'];
  if (ev.kind === 'numeric') {
    metrics = methods.map((m) => numericMetric(m, ev, th));
  } else {
    const cats = ev.categories;
    const b = [...ev.baseline.top.map((t) => t.count), ev.baseline.other];
    const c = [...cats.matched, cats.unlisted];
    metrics = methods.map((m) => histogramMetric(m, b, c, th)!);
    if (ev.baseline.complete && cats.newTop.length) newCategories = cats.newTop;
  }
  return {
    ...base,
    status: metrics.some((m) => m.drifted) ? 'drift' : 'ok',
    metrics,
    ...(newCategories ? { newCategories } : {}),
  };
}
