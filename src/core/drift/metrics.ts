/**
 * The drift statistics, as pure functions over small arrays (bin or category counts, quantile
 * grids). The heavy lifting (counting rows into bins) happens in polars; these only combine the
 * counts, so each formula is easy to check by hand (tests/drift/metrics.test.ts).
 */

/** Counts to proportions; all zeros stay zeros. */
export function proportions(counts: number[]): number[] {
  const total = counts.reduce((s, x) => s + x, 0);
  return counts.map((x) => (total > 0 ? x / total : 0));
}

/** Empty bins get this share in PSI, so ln(p/q) stays finite (a common convention). */
export const PSI_EPSILON = 1e-4;

/** Population stability index: sum (c - b) * ln(c / b) over bins, empty bins floored at 1e-4. */
export function psi(baseline: number[], current: number[]): number {
  let s = 0;
  for (let i = 0; i < baseline.length; i++) {
    const b = Math.max(baseline[i]!, PSI_EPSILON);
    const c = Math.max(current[i]!, PSI_EPSILON);
    s += (c - b) * Math.log(c / b);
  }
  return s;
}

/** Jensen–Shannon distance (square root of the divergence), base 2, so it lies in [0, 1]. */
export function jsDistance(p: number[], q: number[]): number {
  let d = 0;
  for (let i = 0; i < p.length; i++) {
    const m = (p[i]! + q[i]!) / 2;
    if (p[i]! > 0) d += 0.5 * p[i]! * Math.log2(p[i]! / m);
    if (q[i]! > 0) d += 0.5 * q[i]! * Math.log2(q[i]! / m);
  }
  return Math.sqrt(Math.max(0, d));
}

/** Hellinger distance sqrt(1 - sum sqrt(p q)), in [0, 1]. */
export function hellinger(p: number[], q: number[]): number {
  let bc = 0;
  for (let i = 0; i < p.length; i++) bc += Math.sqrt(p[i]! * q[i]!);
  return Math.sqrt(Math.max(0, 1 - bc));
}

/** Total variation distance: half the L1 distance, in [0, 1]. */
export function totalVariation(p: number[], q: number[]): number {
  let s = 0;
  for (let i = 0; i < p.length; i++) s += Math.abs(p[i]! - q[i]!);
  return s / 2;
}

export interface ChiSquare {
  statistic: number;
  df: number;
  pValue: number;
  /** Cramér's V = sqrt(chi2 / N) for a 2 x k table: an effect size that does not grow with N. */
  cramersV: number;
}

/** Chi-square test of homogeneity of two count vectors (cells empty on both sides are dropped). */
export function chiSquare(baseline: number[], current: number[]): ChiSquare {
  const nb = baseline.reduce((s, x) => s + x, 0);
  const nc = current.reduce((s, x) => s + x, 0);
  const n = nb + nc;
  let stat = 0;
  let cells = 0;
  for (let i = 0; i < baseline.length; i++) {
    const total = baseline[i]! + current[i]!;
    if (total === 0) continue;
    cells++;
    const eb = (total * nb) / n;
    const ec = (total * nc) / n;
    stat += (baseline[i]! - eb) ** 2 / eb + (current[i]! - ec) ** 2 / ec;
  }
  const df = Math.max(1, cells - 1);
  if (nb === 0 || nc === 0 || cells < 2) return { statistic: 0, df, pValue: 1, cramersV: 0 };
  return { statistic: stat, df, pValue: chiSquareSurvival(stat, df), cramersV: Math.sqrt(stat / n) };
}

/** P(X > x) for X ~ chi-square(df): the regularized upper incomplete gamma Q(df/2, x/2). */
export function chiSquareSurvival(x: number, df: number): number {
  if (x <= 0) return 1;
  return gammaQ(df / 2, x / 2);
}

/**
 * Asymptotic two-sample KS p-value (Kolmogorov distribution with the Stephens small-sample
 * correction, as in Numerical Recipes' probks).
 */
export function ksPValue(d: number, n: number, m: number): number {
  if (n === 0 || m === 0) return 1;
  const ne = Math.sqrt((n * m) / (n + m));
  const lambda = (ne + 0.12 + 0.11 / ne) * d;
  if (lambda < 0.2) return 1;
  let sum = 0;
  let sign = 1;
  for (let k = 1; k <= 100; k++) {
    const term = sign * Math.exp(-2 * k * k * lambda * lambda);
    sum += term;
    if (Math.abs(term) < 1e-12) break;
    sign = -sign;
  }
  return Math.min(1, Math.max(0, 2 * sum));
}

/**
 * CDF of the distribution whose quantile function is the grid, linearly interpolated (the
 * profile's definition): right limit at x (an atom counts in full) and left limit.
 */
export function gridCdf(grid: number[], x: number): { at: number; before: number } {
  const last = grid.length - 1;
  if (x < grid[0]!) return { at: 0, before: 0 };
  if (x > grid[last]!) return { at: 1, before: 1 };
  // first index with grid[i] >= x, last index with grid[i] <= x
  let lo = 0;
  let hi = last;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (grid[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  if (grid[first] === x) {
    let end = first;
    while (end < last && grid[end + 1] === x) end++;
    return { at: end / last, before: first / last };
  }
  // strictly between grid[first - 1] and grid[first]: interpolate the rank
  const i = first - 1;
  const r = (i + (x - grid[i]!) / (grid[first]! - grid[i]!)) / last;
  return { at: r, before: r };
}

/**
 * Wasserstein-1 distance from two quantile grids: the integral over u in [0, 1] of
 * |Qb(u) - Qc(u)|, by the trapezoid rule on the grid points.
 */
export function wassersteinFromGrids(baseline: number[], current: number[]): number {
  const last = baseline.length - 1;
  let s = 0;
  for (let i = 0; i < last; i++) {
    s += (Math.abs(baseline[i]! - current[i]!) + Math.abs(baseline[i + 1]! - current[i + 1]!)) / 2;
  }
  return s / last;
}

function gammaQ(a: number, x: number): number {
  return x < a + 1 ? 1 - gammaSeries(a, x) : gammaContinuedFraction(a, x);
}

function lnGamma(z: number): number {
  // Lanczos approximation (g = 7, n = 9), accurate to ~1e-15 for z > 0.
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - lnGamma(1 - z);
  const zz = z - 1;
  let a = c[0]!;
  const t = zz + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (zz + i);
  return 0.5 * Math.log(2 * Math.PI) + (zz + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Regularized lower incomplete gamma P(a, x) by its series (x < a + 1). */
function gammaSeries(a: number, x: number): number {
  let ap = a;
  let sum = 1 / a;
  let del = sum;
  for (let n = 0; n < 1000; n++) {
    ap += 1;
    del *= x / ap;
    sum += del;
    if (Math.abs(del) < Math.abs(sum) * 1e-15) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - lnGamma(a));
}

/** Regularized upper incomplete gamma Q(a, x) by Lentz's continued fraction (x >= a + 1). */
function gammaContinuedFraction(a: number, x: number): number {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return Math.exp(-x + a * Math.log(x) - lnGamma(a)) * h;
}
