import type { ColumnKind, ColumnProfile, Monotonicity, Moments, OrderState } from './types.ts';

/** Fields derived the same way from fresh and from merged state. */

/** Constant or single-value columns are reported as not monotonic: there is no order to speak of. */
export function monotonicity(order: OrderState | null): {
  monotonic: Monotonicity;
  monotonicStrict: boolean;
} {
  if (!order || order.first === order.last) return { monotonic: 'none', monotonicStrict: false };
  if (order.nonDecreasing) return { monotonic: 'increasing', monotonicStrict: order.strictlyIncreasing };
  if (order.nonIncreasing) return { monotonic: 'decreasing', monotonicStrict: order.strictlyDecreasing };
  return { monotonic: 'none', monotonicStrict: false };
}

export function temporalRange(
  p: { kind: ColumnKind; dtype: string },
  m: Moments | null,
): ColumnProfile['temporalRange'] {
  if (p.kind !== 'temporal' || !m || !/^(Date|Datetime)/.test(p.dtype)) return null;
  const iso = (ms: number): string => {
    const s = new Date(ms).toISOString();
    return p.dtype === 'Date' ? s.slice(0, 10) : s;
  };
  return { min: iso(m.min), max: iso(m.max) };
}

export function num(v: unknown): number {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Date) return v.getTime();
  return v === null || v === undefined ? 0 : Number(v);
}
