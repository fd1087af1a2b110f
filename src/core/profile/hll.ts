import pl from 'nodejs-polars';
import { lightExpr, rawExpr } from '../toolkit/polars-internals.ts';
import type { HllState } from './types.ts';

/**
 * HyperLogLog over polars' 64-bit hashes. The register update runs inside the fused query: each
 * value maps to `register * 64 + rank`, the distinct keys come back (at most 2^p * 64 of them)
 * and JavaScript keeps the highest rank per register. Merging is an element-wise max. The low p
 * bits of the hash pick the register; the rank is one plus the leading zeros of the other 64 - p.
 */
const SEED = [0x5eed, 0x7a11, 0x9a7e, 0x70f1] as const;

/** Values of a rank above `skip` each register still expects (see hllSkip). */
const KEPT_PER_REGISTER = 32;

/**
 * The ranks a column of `distinct` values can leave out: a register keeps its highest rank, and
 * one whose highest is `skip` or less would have to miss all of the values above it, each of
 * the KEPT_PER_REGISTER it expects (a chance of e^-32). Keeping only those values is a compare
 * and a filter, and the rest of the key's arithmetic then runs on 2^skip times fewer rows (a
 * quarter of a 10M-row CSV profile's CPU went into it).
 */
export function hllSkip(distinct: number, precision: number): number {
  return Math.max(0, Math.floor(Math.log2(distinct / (KEPT_PER_REGISTER * 2 ** precision))));
}

export function hllKeysExpr(values: pl.Expr, precision: number, skip = 0): pl.Expr {
  const hash = values.hash(...SEED);
  // The same bits as Int64, where polars keeps integer arithmetic with an Int64 literal (a UInt64
  // one is taken as a float there).
  // (The cast is a no-op that tells the planner the type, which it takes from the hashed column.)
  const signed = (e: pl.Expr): pl.Expr => lightExpr(rawExpr(e).reinterpret(true)).cast(pl.Int64);
  const int = (n: bigint): pl.Expr => pl.lit(n).cast(pl.Int64);
  // A rank above `skip` is a hash below 2^(64 - skip): as Int64, not negative and below that.
  const bits = signed(hash);
  const below = skip === 1 ? bits.gtEq(0) : bits.gtEq(0).and(bits.lt(int(2n ** BigInt(64 - skip))));
  const kept = skip > 0 ? hash.filter(below) : hash;
  const register = signed(kept).and(int(2n ** BigInt(precision) - 1n));
  // rank = 64 - floor(log2(hash)), and 65 - p below 2^p (the 64 - p bits all zero): the floor is
  // p - 1 there once clipped to 1.5 * 2^(p - 1), which is clear of a power of two. The float loses
  // the hash's low bits, never its leading ones.
  const floorLog = kept
    .cast(pl.Float64)
    .clip(1.5 * 2 ** (precision - 1), 2 ** 64)
    .log(2)
    .floor();
  return register.mul(64).add(pl.lit(64).sub(floorLog)).cast(pl.Int32).unique().implode();
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
