import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import pl from 'nodejs-polars';
import { startPostgres, type TestPostgres } from '../helpers/postgres.ts';
import { assertSameVerdicts, sourceRunner } from './same-verdicts.ts';

/**
 * Typed columns the same in a Parquet file, a PostgreSQL table and a DuckDB file: dates,
 * naive and UTC timestamps, NaN next to null, a leap day, unicode. Every check both backends
 * run gives the same status, failing count and observed value.
 */
const ROWS: [number, number | null, string | null, string | null, boolean | null, string | null][] = [
  [1, null, null, null, null, null],
  [2, 1.5, '2024-01-01', '2025-12-31 23:00:00', true, 'Straße'],
  [3, Number.NaN, '2024-02-29', '2024-02-29 12:00:00', false, '東京'],
  [4, -2, '1999-12-31', '2026-01-02 00:00:00', true, ''],
  [5, 1e12, '2030-06-15', '2020-01-01 00:00:01', false, 'ok'],
  [6, 0, '2024-03-01', '2025-06-30 08:15:00', true, 'ok'],
];

const CHECKS = `
    - schema: { columns: { id: int, score: float, day: date, ts: datetime, ts_tz: datetime, flag: bool, name: string } }
    - not_null: { columns: [score, day, ts, flag, name] }
    - finite: { column: score }
    - between: { column: score, min: -5, max: 5 }
    - non_negative: { column: score }
    - min_between: { column: score, min: -10, max: 10 }
    - max_between: { column: score, min: 0, max: 10 }
    - mean_between: { column: score, min: 0, max: 10 }
    - sum_between: { column: id, min: 0, max: 100 }
    - date_between: { column: day, min: '2000-01-01', max: '2029-12-31' }
    - not_in_future: { column: ts }
    - not_in_future: { column: ts_tz }
    - freshness: { column: ts, max_age: 24h }
    - freshness: { column: ts_tz, max_age: 30d }
    - in_set: { column: flag, values: [true] }
    - length_between: { column: name, min: 1, max: 4 }
    - no_blank_strings: { columns: [name] }
    - distinct_count_between: { column: day, min: 1, max: 3 }
    - unique: { column: name }
`;

let pg: TestPostgres;
let dir: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tg-sqltyped-'));
  const col = <T>(i: number) => ROWS.map((r) => r[i] as T);
  pl.DataFrame({
    id: pl.Series('id', col<number>(0), pl.Int64),
    score: pl.Series('score', col<number | null>(1), pl.Float64),
    day: pl.Series('day', col<string | null>(2)).str.strptime(pl.Date, '%Y-%m-%d'),
    ts: pl
      .Series('ts', col<string | null>(3))
      .str.strptime(pl.Datetime, '%Y-%m-%d %H:%M:%S')
      .cast(pl.Datetime('us')),
    flag: pl.Series('flag', col<boolean | null>(4), pl.Bool),
    name: pl.Series('name', col<string | null>(5), pl.Utf8),
  })
    .withColumns(pl.col('ts').cast(pl.Datetime('us', 'UTC')).alias('ts_tz'))
    .select('id', 'score', 'day', 'ts', 'ts_tz', 'flag', 'name')
    .writeParquet(join(dir, 'typed.parquet'));

  const values = ROWS.map((r) => [
    r[0],
    r[1] === null ? null : Number.isNaN(r[1]) ? 'NaN' : r[1],
    r[2],
    r[3],
    r[3],
    r[4],
    r[5],
  ]);
  pg = await startPostgres();
  await pg.sql(`SET TIME ZONE 'UTC'`);
  await pg.sql(
    `CREATE TABLE typed (id bigint, score double precision, day date, ts timestamp, ts_tz timestamptz, flag boolean, name text)`,
  );
  for (const v of values)
    await pg.sql(`INSERT INTO typed VALUES ($1, $2, $3, $4, ($5::timestamp AT TIME ZONE 'UTC'), $6, $7)`, v);
  const duck = await DuckDBInstance.create(join(dir, 'typed.duckdb'));
  const c = await duck.connect();
  await c.run(`SET TimeZone = 'UTC'`);
  await c.run(
    `CREATE TABLE typed (id BIGINT, score DOUBLE, day DATE, ts TIMESTAMP, ts_tz TIMESTAMPTZ, flag BOOLEAN, name VARCHAR)`,
  );
  for (const v of values)
    await c.run(
      `INSERT INTO typed VALUES ($1, CAST($2 AS DOUBLE), CAST($3 AS DATE), CAST($4 AS TIMESTAMP), CAST($5 AS TIMESTAMP) AT TIME ZONE 'UTC', $6, $7)`,
      v as never,
    );
  c.closeSync();
  duck.closeSync();
});
after(async () => {
  await pg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

for (const [backend, source] of [
  ['PostgreSQL', '{ sql: { connection: pg, table: typed } }'],
  ['DuckDB', '{ sql: { connection: duck, table: typed } }'],
] as const) {
  test(`${backend}: typed columns (dates, timestamps, NaN) match the polars engine on Parquet`, async () => {
    const results = sourceRunner({
      dir,
      pgUrl: pg.url(),
      duckFile: 'typed.duckdb',
      name: 'typed',
      checks: CHECKS,
    });
    const unsupported = assertSameVerdicts(await results('typed.parquet'), await results(source));
    if (unsupported.length) console.log(`${backend}: not pushed down: ${unsupported.join(', ')}`);
  });
}
