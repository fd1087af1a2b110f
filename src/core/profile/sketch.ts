import type { Histogram, NamedQuantiles, QuantileSketch } from './types.ts';
import { namedQuantiles, QUANTILE_GRID_SIZE } from './types.ts';

/**
 * Quantiles from one sort per column: the profile gathers a few order statistics (the rank grid
 * plus the sketch ranks) and everything else is interpolated here, matching polars' `linear`
 * quantile interpolation.
 */

/** 0-based ranks of the sketch points of n values. */
export function sketchRanks(n: number, size: number): number[] {
  if (n <= size) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: size }, (_, j) => Math.round((j * (n - 1)) / (size - 1)));
}

/** 0-based ranks needed to interpolate the p0..p100 grid. */
export function gridRanks(n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < QUANTILE_GRID_SIZE; i++) {
    const pos = (i / (QUANTILE_GRID_SIZE - 1)) * (n - 1);
    out.push(Math.floor(pos), Math.ceil(pos));
  }
  return out;
}

/** The grid from order statistics looked up by rank. */
export function gridFromOrderStats(n: number, at: (rank: number) => number): number[] {
  return Array.from({ length: QUANTILE_GRID_SIZE }, (_, i) => {
    const pos = (i / (QUANTILE_GRID_SIZE - 1)) * (n - 1);
    const lo = Math.floor(pos);
    const a = at(lo);
    return pos === lo ? a : a + (at(Math.ceil(pos)) - a) * (pos - lo);
  });
}

export function namedFromGrid(grid: number[]): NamedQuantiles {
  return Object.fromEntries(namedQuantiles.map((q) => [q, grid[Number(q.slice(1))]!])) as NamedQuantiles;
}

/** Weighted atoms: each sketch point stands for the ranks nearest to it. */
interface Atom {
  value: number;
  weight: number;
}

function atoms(s: QuantileSketch): Atom[] {
  const ranks = sketchRanks(s.n, s.points.length);
  return s.points.map((value, j) => {
    const lo = j === 0 ? -0.5 : (ranks[j - 1]! + ranks[j]!) / 2;
    const hi = j === ranks.length - 1 ? s.n - 0.5 : (ranks[j]! + ranks[j + 1]!) / 2;
    return { value, weight: hi - lo };
  });
}

/** Value at fractional 0-based rank t of weighted sorted atoms (unit weights: exact order statistics). */
function atRank(sorted: Atom[], centers: number[], t: number): number {
  if (t <= centers[0]!) return sorted[0]!.value;
  const last = sorted.length - 1;
  if (t >= centers[last]!) return sorted[last]!.value;
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (centers[mid]! <= t) lo = mid;
    else hi = mid;
  }
  const span = centers[hi]! - centers[lo]!;
  const a = sorted[lo]!.value;
  return span === 0 ? a : a + (sorted[hi]!.value - a) * ((t - centers[lo]!) / span);
}

export interface MergedQuantiles {
  sketch: QuantileSketch;
  grid: number[];
  /** Bins counts of the merged values over `edges`. */
  histogram(edges: number[]): Histogram;
}

/**
 * Merges sketches: atoms of all parts sorted by value, quantiles read at fractional ranks. Exact
 * when every part kept all its values; otherwise each merge level adds at most about
 * 1/(size-1) rank error (docs/profile.md).
 */
export function mergeSketches(parts: QuantileSketch[], size: number): MergedQuantiles {
  const all = parts.filter((p) => p.n > 0);
  const sorted = all.flatMap(atoms).sort((a, b) => a.value - b.value);
  const centers: number[] = [];
  let cum = 0;
  for (const a of sorted) {
    centers.push(cum + (a.weight - 1) / 2);
    cum += a.weight;
  }
  const n = all.reduce((s, p) => s + p.n, 0);
  const exact = all.every((p) => p.exact);
  const at = (rank: number): number => atRank(sorted, centers, rank);
  const sketch: QuantileSketch =
    exact && n <= size
      ? { n, points: sorted.map((a) => a.value), exact: true }
      : { n, points: sketchRanks(n, size).map(at), exact: false };
  return {
    sketch,
    grid: n === 0 ? [] : gridFromOrderStats(n, at),
    histogram(edges) {
      const counts = new Array<number>(Math.max(edges.length - 1, 0)).fill(0);
      for (const a of sorted) {
        const bin = binOf(a.value, edges);
        if (bin >= 0) counts[bin]! += a.weight;
      }
      return { edges, counts: counts.map((c) => Math.round(c)), approximate: !exact };
    },
  };
}

/** Equal-width edges over [min, max]; a constant column gets one bin. */
export function histogramEdges(min: number, max: number, bins: number): number[] {
  if (!(max > min)) return [min, max];
  return Array.from({ length: bins + 1 }, (_, i) => (i === bins ? max : min + ((max - min) * i) / bins));
}

export function binOf(v: number, edges: number[]): number {
  const bins = edges.length - 1;
  if (bins < 1 || v < edges[0]! || v > edges[bins]!) return -1;
  if (bins === 1 || edges[bins]! === edges[0]!) return 0;
  const b = Math.floor(((v - edges[0]!) / (edges[bins]! - edges[0]!)) * bins);
  return Math.min(Math.max(b, 0), bins - 1);
}
