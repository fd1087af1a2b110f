import pl from 'nodejs-polars';
import type { HllState } from './types.ts';

/**
 * HyperLogLog over polars' 64-bit hashes. The register update runs inside the fused query: each
 * value maps to `register * 64 + rank`, the distinct keys come back (at most 2^p * 64 of them)
 * and JavaScript keeps the highest rank per register. Merging is an element-wise max.
 */
const SEED = [0x5eed, 0x7a11, 0x9a7e, 0x70f1] as const;

export function hllKeysExpr(values: pl.Expr, precision: number): pl.Expr {
  // In float64 the top 53 bits of the hash survive: enough for the register (top p bits) and
  // for the leading zeros of the rest, which is all HyperLogLog reads.
  // Both splits are exact (span is a power of two); the remainder first, then the register from
  // it, is a few full-column operations fewer than floor, multiply and subtract.
  const span = 2 ** (64 - precision);
  const h = values.hash(...SEED).cast(pl.Float64);
  const rem = h.modulo(span);
  const register = h.sub(rem).div(span);
  const rank = pl
    .when(rem.ltEq(0))
    .then(pl.lit(65 - precision))
    .otherwise(pl.lit(64 - precision).sub(rem.log(2).floor()));
  return register.mul(64).add(rank).cast(pl.Int32).unique().implode();
}

export function hllFromKeys(keys: Iterable<number | bigint>, precision: number): HllState {
  const regs = new Uint8Array(2 ** precision);
  for (const k of keys) {
    const n = Number(k);
    const r = Math.floor(n / 64);
    const rank = n % 64;
    if (rank > regs[r]!) regs[r] = rank;
  }
  return { precision, registers: Buffer.from(regs).toString('base64') };
}

export function mergeHll(states: HllState[]): HllState {
  const precision = states[0]!.precision;
  const out = new Uint8Array(2 ** precision);
  for (const s of states) {
    if (s.precision !== precision) throw new Error('HyperLogLog precisions differ');
    const regs = Buffer.from(s.registers, 'base64');
    for (let i = 0; i < out.length; i++) if (regs[i]! > out[i]!) out[i] = regs[i]!;
  }
  return { precision, registers: Buffer.from(out).toString('base64') };
}

/** Flajolet et al.'s estimate with the small-range (linear counting) correction. */
export function hllEstimate(state: HllState): number {
  const regs = Buffer.from(state.registers, 'base64');
  const m = regs.length;
  const alpha = 0.7213 / (1 + 1.079 / m);
  let sum = 0;
  let zeros = 0;
  for (const r of regs) {
    sum += 2 ** -r;
    if (r === 0) zeros++;
  }
  const raw = (alpha * m * m) / sum;
  if (raw <= 2.5 * m && zeros > 0) return Math.round(m * Math.log(m / zeros));
  return Math.round(raw);
}
