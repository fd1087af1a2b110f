import type { Moments } from './types.ts';

/** Chan, Golub & LeVeque's pairwise update: exact for n, sum, min, max; mean and M2 up to rounding. */
export function mergeMoments(parts: (Moments | null)[]): Moments | null {
  let acc: Moments | null = null;
  for (const b of parts) {
    if (!b || b.n === 0) continue;
    if (!acc) {
      acc = { ...b };
      continue;
    }
    const n: number = acc.n + b.n;
    const delta: number = b.mean - acc.mean;
    acc = {
      n,
      mean: acc.mean + (delta * b.n) / n,
      m2: acc.m2 + b.m2 + (delta * delta * acc.n * b.n) / n,
      sum: acc.sum + b.sum,
      min: Math.min(acc.min, b.min),
      max: Math.max(acc.max, b.max),
    };
  }
  return acc;
}

/** Sample standard deviation (ddof 1), null below two values. */
export function stdOf(m: Moments): number | null {
  return m.n < 2 ? null : Math.sqrt(Math.max(m.m2, 0) / (m.n - 1));
}
