import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import pl from 'nodejs-polars';

/**
 * Deterministic synthetic orders CSV for the benchmark: columns are pure functions of the row
 * index (multiplicative hashing mod a prime), so every machine generates the same bytes.
 */
export async function generateOrdersCsv(path: string, rows: number): Promise<void> {
  if (existsSync(path) && statSync(path).size > 0) return;
  mkdirSync(dirname(path), { recursive: true });
  const primes = [
    2654435761, 2246822519, 3266489917, 668265263, 374761393, 1181783497, 2870177450, 1597334677,
  ];
  // JS numbers become Float64 literals in nodejs-polars; integer maths needs Int64 literals.
  const int = (n: number): pl.Expr => pl.lit(n).cast(pl.Int64);
  const h = (k: number): pl.Expr =>
    pl
      .col('i')
      .mul(int(primes[k]!))
      .add(int(k * 7919))
      .modulo(int(2147483647));
  const base = 1_700_000_000; // 2023-11-14, seconds
  const frame = pl
    .DataFrame({ i: [0] })
    .lazy()
    .select(pl.intRange(0, rows).alias('i'))
    .select(
      pl.col('i').alias('order_id'),
      h(0).modulo(int(200_000)).alias('customer_id'),
      int(base)
        .add(pl.col('i').mul(int(3)))
        .mul(1_000_000)
        .cast(pl.Datetime('us'))
        .alias('created_at'),
      h(1).modulo(int(1_000_000)).cast(pl.Float64).div(100).alias('amount'),
      h(2).modulo(int(10)).add(int(1)).alias('quantity'),
      pl
        .when(h(3).modulo(int(100)).lt(int(80)))
        .then(pl.lit('paid'))
        .when(h(3).modulo(int(100)).lt(int(95)))
        .then(pl.lit('pending'))
        .otherwise(pl.lit('refunded'))
        .alias('status'),
      pl
        .lit('user')
        .add(h(4).modulo(int(200_000)).cast(pl.Utf8))
        .add(pl.lit('@example.com'))
        .alias('email'),
      pl
        .when(h(5).modulo(int(4)).eq(int(0)))
        .then(pl.lit('KR'))
        .when(h(5).modulo(int(4)).eq(int(1)))
        .then(pl.lit('US'))
        .when(h(5).modulo(int(4)).eq(int(2)))
        .then(pl.lit('DE'))
        .otherwise(pl.lit('BR'))
        .alias('country'),
      // About 1% nulls so completeness checks have something to find.
      pl
        .when(h(6).modulo(int(100)).eq(int(0)))
        .then(pl.lit(null))
        .otherwise(h(6).modulo(int(30)).cast(pl.Float64).div(100))
        .alias('discount'),
    );
  const tmp = `${path}.tmp`;
  await frame
    .sinkCSV(tmp, { dateFormat: '%Y-%m-%d', datetimeFormat: '%Y-%m-%dT%H:%M:%S' } as never)
    .collect();
  renameSync(tmp, path);
}
