import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { startPostgres, type TestPostgres } from '../helpers/postgres.ts';
import { assertSameVerdicts, sourceRunner } from './same-verdicts.ts';

/**
 * The same rows as a local CSV, a PostgreSQL table and a DuckDB file: every check pushdown runs
 * gives the status, failing count and observed value the polars engine gives. Edge cases: nulls
 * in the first row, empty strings, unicode, duplicates, negative and large numbers.
 */
type Row = [number | null, number | null, number | null, string | null, string | null, boolean | null];
const COLUMNS = ['order_id', 'customer_id', 'amount', 'status', 'email', 'vip'] as const;
const ROWS: Row[] = [
  [null, null, null, null, null, null],
  [1, 10, 12.5, 'paid', 'a@example.com', true],
  [2, 10, 0, 'pending', 'B@Example.com', false],
  [3, 11, -4.25, 'refunded', 'no-at-sign', false],
  [3, 12, 99.99, 'paid', ' c@example.com', true],
  [4, 13, 1250, 'Ünïcödé ✓', 'd@example.com', null],
  [5, 13, 7, '', 'e@exämple.com', false],
  [6, 14, 7, 'paid', 'f@example.com', true],
  [7, 15, 33.3, 'pending', null, false],
  [8, 16, 2.5, 'paid', 'g@example.com', true],
  [9, 17, 41, 'paid', 'h@example.com', false],
];

const CHECKS = `
    - row_count: { min: 5 }
    - row_count: { max: 5 }
    - column_count: { equals: 6 }
    - columns_present: { columns: [order_id, amount, nope] }
    - schema: { columns: { order_id: int, amount: float, status: string, vip: bool } }
    - column_dtype: { column: amount, dtype: float }
    - no_duplicate_rows
    - not_null: { columns: [order_id, email, amount] }
    - null_fraction_max: { column: email, max: 0.1 }
    - complete_rows: { columns: [email, status] }
    - no_blank_strings: { columns: [status] }
    - unique: { column: order_id }
    - primary_key: { columns: [order_id] }
    - unique_combination: { columns: [customer_id, status] }
    - distinct_count_between: { column: status, min: 2, max: 4 }
    - distinct_fraction_between: { column: customer_id, min: 0.9 }
    - in_set: { column: status, values: [paid, pending, refunded] }
    - in_set: { column: status, values: [paid, pending, refunded], mostly: 0.7 }
    - not_in_set: { column: email, values: [no-at-sign] }
    - distinct_values_equal: { column: status, values: [paid, pending, refunded] }
    - distinct_values_subset: { column: status, values: [paid, pending, refunded, '', 'Ünïcödé ✓'] }
    - regex: { column: email, pattern: '^[^@]+@[^@]+$' }
    - not_regex: { column: status, pattern: '^(n/a|tbd)$' }
    - length_between: { column: status, min: 4, max: 7 }
    - email: { column: email }
    - lowercase: { column: email }
    - uppercase: { column: status }
    - starts_with: { column: email, prefix: a }
    - ends_with: { column: email, suffix: [.com] }
    - no_surrounding_whitespace: { columns: [email] }
    - between: { column: amount, min: 0, max: 100 }
    - between: { column: amount, min: 0, max: 100, where: "status = 'paid'" }
    - positive: { column: amount }
    - non_negative: { column: amount }
    - finite: { column: amount }
    - integer_valued: { column: amount }
    - min_between: { column: amount, min: 0, max: 500 }
    - max_between: { column: amount, min: 0, max: 500 }
    - mean_between: { column: amount, min: 0, max: 500 }
    - median_between: { column: amount, min: 0, max: 10 }
    - std_between: { column: amount, min: 0, max: 100 }
    - sum_between: { column: amount, min: 0, max: 1000 }
    - quantile_between: { column: amount, q: 0.9, max: 800 }
    - zscore_outliers_max: { column: amount, threshold: 2, max_fraction: 0 }
    - iqr_outliers_max: { column: amount, k: 1.5, max_fraction: 0 }
    - column_compare: { left: amount, op: '>=', right: customer_id }
    - expression: { expression: 'amount < customer_id * 10', columns: [amount, customer_id] }
    - no_pii: { columns: [status], kinds: [email] }
    - sql: { query: "SELECT order_id, amount FROM source WHERE amount < 0 OR status = '' ORDER BY order_id" }
    - sql: { query: "SELECT status, count(*) AS n FROM orders GROUP BY status HAVING count(*) > 3 ORDER BY status", max_failures: 1 }
    - sql: { query: "SELECT * FROM source WHERE email IS NULL", where: "vip = false" }
`;

let pg: TestPostgres;
let dir: string;

function csvField(v: Row[number]): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\n\r]|^$|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tg-sqlparity-'));
  writeFileSync(
    join(dir, 'orders.csv'),
    [COLUMNS.join(','), ...ROWS.map((r) => r.map(csvField).join(','))].join('\n') + '\n',
  );
  const ddl = `CREATE TABLE orders (order_id BIGINT, customer_id BIGINT, amount DOUBLE PRECISION, status TEXT, email TEXT, vip BOOLEAN)`;
  const insert = `INSERT INTO orders VALUES ($1, $2, $3, $4, $5, $6)`;
  pg = await startPostgres();
  await pg.sql(ddl);
  for (const r of ROWS) await pg.sql(insert, r);
  const duck = await DuckDBInstance.create(join(dir, 'orders.duckdb'));
  const conn = await duck.connect();
  await conn.run(ddl.replace('DOUBLE PRECISION', 'DOUBLE'));
  for (const r of ROWS) await conn.run(insert, r);
  conn.closeSync();
  duck.closeSync();
});
after(async () => {
  await pg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

for (const [backend, source] of [
  ['PostgreSQL', '{ sql: { connection: pg, table: public.orders } }'],
  ['DuckDB', '{ sql: { connection: duck, table: orders } }'],
  ['PostgreSQL query', '{ sql: { connection: pg, query: "select * from public.orders" } }'],
] as const) {
  test(`${backend}: every pushed-down check matches the polars engine on the same rows`, async () => {
    const results = sourceRunner({
      dir,
      pgUrl: pg.url(),
      duckFile: 'orders.duckdb',
      name: 'orders',
      checks: CHECKS,
    });
    const unsupported = assertSameVerdicts(await results('orders.csv'), await results(source));
    if (unsupported.length) console.log(`${backend}: not pushed down: ${unsupported.join(', ')}`);
  });
}
