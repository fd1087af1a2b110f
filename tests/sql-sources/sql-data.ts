import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import pl from 'nodejs-polars';
import type { TestPostgres } from '../helpers/postgres.ts';

/**
 * One small table with the edge cases a SQL backend gets wrong first: nulls in the first row, NaN
 * and infinity, empty strings, unicode, timestamps with time zone (microseconds, a DST change),
 * dates, booleans, duplicate rows. Written as a Parquet file and loaded into PostgreSQL and DuckDB.
 */
export const EDGE_COLUMNS = ['id', 'amount', 'status', 'vip', 'ts', 'day'] as const;
type EdgeRow = [number | null, number | null, string | null, boolean | null, number | null, string | null];
/** ts: microseconds since the epoch (UTC). */
export const EDGE_ROWS: EdgeRow[] = [
  [null, null, null, null, null, null],
  [1, 12.5, 'paid', true, 1_704_067_200_123_456, '2024-01-01'],
  [2, Number.NaN, '', false, 1_710_035_999_000_001, '2024-03-10'],
  [3, -4.25, 'Ünïcödé ✓', false, 1_710_036_000_000_000, '2024-03-10'],
  [4, Number.POSITIVE_INFINITY, 'paid', true, 1_719_792_000_000_000, '2024-07-01'],
  [5, 0, 'pending', null, null, '1969-12-31'],
  [6, 1250, 'paid', true, 1_704_067_200_123_456, '2024-01-01'],
  [6, 1250, 'paid', true, 1_704_067_200_123_456, '2024-01-01'],
  [7, 33.3, '日本語', false, 1_735_689_599_999_999, null],
  [8, 2.5, 'paid', true, 0, '2024-12-31'],
];

const isoOf = (us: number | null): string | null =>
  us === null
    ? null
    : `${new Date(Math.floor(us / 1000)).toISOString().slice(0, -1)}${String(us % 1000).padStart(3, '0')}Z`;

export function writeEdgeParquet(file: string): void {
  const col = <T>(i: number) => EDGE_ROWS.map((r) => r[i] as T);
  const df = pl.DataFrame([
    pl.Series('id', col<number | null>(0), pl.Int64),
    pl.Series('amount', col<number | null>(1), pl.Float64),
    pl.Series('status', col<string | null>(2), pl.Utf8),
    pl.Series('vip', col<boolean | null>(3), pl.Bool),
    pl.Series('ts', col<number | null>(4), pl.Int64).cast(pl.Datetime('us', 'UTC')),
    pl.Series('day', col<string | null>(5), pl.Utf8).str.strptime(pl.Date, '%Y-%m-%d'),
  ]);
  df.writeParquet(file);
}

const DDL = (double: string, tz: string) =>
  `CREATE TABLE edge (id BIGINT, amount ${double}, status TEXT, vip BOOLEAN, ts ${tz}, day DATE)`;

function sqlValues(r: EdgeRow): unknown[] {
  const amount = r[1] === null ? null : Number.isNaN(r[1]) ? 'NaN' : r[1] === Infinity ? 'Infinity' : r[1];
  return [r[0], amount, r[2], r[3], isoOf(r[4]), r[5]];
}

export async function loadEdgePostgres(pg: TestPostgres, table = 'edge'): Promise<void> {
  await pg.sql(DDL('DOUBLE PRECISION', 'TIMESTAMPTZ').replace('edge', table));
  for (const r of EDGE_ROWS)
    await pg.sql(
      `INSERT INTO ${table} VALUES ($1, $2::float8, $3, $4, $5::timestamptz, $6::date)`,
      sqlValues(r),
    );
}

export async function loadEdgeDuckdb(file: string, extra: string[] = []): Promise<void> {
  const db = await DuckDBInstance.create(file);
  const c = await db.connect();
  await c.run(`SET TimeZone = 'UTC'`);
  await c.run(DDL('DOUBLE', 'TIMESTAMPTZ'));
  for (const r of EDGE_ROWS)
    await c.run(
      `INSERT INTO edge VALUES ($1, CAST($2 AS DOUBLE), $3, $4, CAST($5 AS TIMESTAMPTZ), CAST($6 AS DATE))`,
      sqlValues(r).map((v) => (typeof v === 'number' ? String(v) : v)) as never,
    );
  for (const s of extra) await c.run(s);
  c.closeSync();
  db.closeSync();
}

export const duckFile = (dir: string): string => join(dir, 'edge.duckdb');
