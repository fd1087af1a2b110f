import assert from 'node:assert/strict';
import { test } from 'node:test';
import pl from 'nodejs-polars';
import { hllFromKeys, hllKeysExpr, hllSkip } from '../../src/core/profile/hll.ts';

const SEED = [0x5eed, 0x7a11, 0x9a7e, 0x70f1] as const;

/**
 * The registers HyperLogLog keeps, computed exactly in JavaScript from polars' hashes as the
 * profile defines them: the low `precision` bits the register, the rank one plus the leading
 * zeros of the other bits.
 */
function reference(values: pl.Series, precision: number): Uint8Array {
  const regs = new Uint8Array(2 ** precision);
  const hashes = pl
    .DataFrame([values])
    .select(
      pl
        .col(values.name)
        .dropNulls()
        .hash(...SEED),
    )
    .getColumn(values.name)
    .toArray() as bigint[];
  const p = BigInt(precision);
  for (const h of hashes) {
    const register = Number(h & ((1n << p) - 1n));
    const rest = h >> p;
    const rank = rest === 0n ? 65 - precision : 64 - precision - (rest.toString(2).length - 1);
    if (rank > regs[register]!) regs[register] = rank;
  }
  return regs;
}

test('HyperLogLog registers from polars equal the reference on numbers, unicode text and nulls', async () => {
  const n = 60_000;
  const series = [
    pl.Series(
      'i',
      Array.from({ length: n }, (_, i) => (i < 50 ? null : i * 2654435761)),
      pl.Int64,
    ),
    pl.Series(
      'f',
      Array.from({ length: n }, (_, i) => (i % 7 === 0 ? null : i / 3)),
      pl.Float64,
    ),
    pl.Series(
      's',
      Array.from({ length: n }, (_, i) => (i % 11 === 0 ? null : `값${i}🙂${i % 97}`)),
      pl.Utf8,
    ),
  ];
  // At precision 4 the 60,000 values leave the lowest ranks out (hllSkip 6): same registers.
  assert.equal(hllSkip(n, 4), 6);
  for (const precision of [4, 12, 14]) {
    for (const s of series) {
      const df = await pl
        .DataFrame([s])
        .lazy()
        .select(hllKeysExpr(pl.col(s.name).dropNulls(), precision, hllSkip(s.length, precision)))
        .collect();
      const keys = df.getColumn(s.name).toArray()[0] as Iterable<number>;
      const got = Buffer.from(hllFromKeys(keys, precision).registers, 'base64');
      assert.deepEqual(new Uint8Array(got), reference(s, precision), `${s.name} p=${precision}`);
    }
  }
});
