import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import type { CheckResult, SourceResult } from '../../src/core/result/schema.ts';
import { parseSuite } from '../../src/core/suite/load.ts';
import { hasStackTrace, runCli } from '../cli/run-cli.ts';
import { startPostgres, type TestPostgres } from '../helpers/postgres.ts';

/**
 * Checks that read another source (foreign_key, row_count_compare) on SQL sources: inside the
 * database when both are on one connection (the same verdicts as the same data in files), and
 * TG_CHECK_UNSUPPORTED_BACKEND, naming the check and the backend, when not: nothing is downloaded.
 */
let pg: TestPostgres;
let dir: string;

const ORDERS = [
  [1, 10],
  [2, 11],
  [3, 99],
  [4, null],
  [5, 12],
  [6, 98],
] as const;
const CUSTOMERS = [10, 11, 12, null];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tg-sqlcross-'));
  pg = await startPostgres();
  const ddl = [
    'CREATE TABLE orders (order_id BIGINT, customer_id BIGINT)',
    'CREATE TABLE customers (id BIGINT)',
    'CREATE TABLE customers_text (id TEXT)',
  ];
  const inserts = [
    ...ORDERS.map(([o, c]) => `INSERT INTO orders VALUES (${o}, ${c ?? 'NULL'})`),
    ...CUSTOMERS.map((c) => `INSERT INTO customers VALUES (${c ?? 'NULL'})`),
    ...CUSTOMERS.map((c) => `INSERT INTO customers_text VALUES (${c === null ? 'NULL' : `'${c}'`})`),
  ];
  for (const s of [...ddl, ...inserts]) await pg.sql(s);
  const duck = await DuckDBInstance.create(join(dir, 'shop.duckdb'));
  const c = await duck.connect();
  for (const s of [...ddl, ...inserts]) await c.run(s);
  c.closeSync();
  duck.closeSync();
  writeFileSync(
    join(dir, 'orders.csv'),
    `order_id,customer_id\n${ORDERS.map((r) => r.map((v) => v ?? '').join(',')).join('\n')}\n`,
  );
  writeFileSync(join(dir, 'customers.csv'), `id\n${CUSTOMERS.map((v) => v ?? '').join('\n')}\n`);
});
after(async () => {
  await pg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function suiteText(orders: string, checks: string): string {
  return `version: 1
connections:
  pg: "${pg.url()}"
  pg_again: "${pg.url()}"
  duck: duckdb:shop.duckdb
sources:
  orders: ${orders}
  customers: { sql: { connection: pg, table: public.customers } }
  customers_q: { sql: { connection: pg, query: "select id from customers where id is not null" } }
  customers_text: { sql: { connection: pg, table: customers_text } }
  customers_elsewhere: { sql: { connection: pg_again, table: public.customers } }
  customers_gone: { sql: { connection: pg, table: public.gone } }
  duck_customers: { sql: { connection: duck, table: customers } }
  customers_file: customers.csv
  orders_file: orders.csv
checks:
  orders:${checks}
`;
}

async function run(orders: string, checks: string): Promise<SourceResult> {
  const suite = parseSuite(suiteText(orders, checks), { path: join(dir, 'truthgate.yml'), baseDir: dir });
  const s = (await runSuite(suite)).sources[0]!;
  assert.equal(s.error, undefined, JSON.stringify(s.error));
  return s;
}

const verdict = (c: CheckResult) => ({
  status: c.status,
  failingCount: c.failingCount,
  observed: c.observed,
});

const SAME_CONNECTION = `
    - foreign_key: { column: customer_id, reference: { source: customers, column: id } }
    - foreign_key: { column: customer_id, reference: { source: customers, column: id }, where: "order_id < 4" }
    - row_count_compare: { other: customers, tolerance: 0.1 }
    - row_count_compare: { other: customers, min_ratio: 1.4, max_ratio: 1.6 }`;

test('PostgreSQL and DuckDB: foreign_key and row_count_compare run in the database, as on files', async () => {
  const file = await run(
    'orders.csv',
    SAME_CONNECTION.replace(/source: customers|other: customers/g, (m) => `${m}_file`),
  );
  const expected = file.checks.map(verdict);
  assert.deepEqual(
    expected.map((v) => [v.status, v.failingCount]),
    [
      ['fail', 2],
      ['fail', 1],
      ['fail', null],
      ['pass', null],
    ],
  );
  for (const [orders, customers] of [
    ['{ sql: { connection: pg, table: public.orders } }', 'customers'],
    ['{ sql: { connection: pg, query: "select * from orders" } }', 'customers'],
    ['{ sql: { connection: duck, table: orders } }', 'duck_customers'],
  ] as const) {
    const s = await run(orders, SAME_CONNECTION.replace(/customers\b/g, customers));
    assert.deepEqual(s.checks.map(verdict), expected, orders);
    const samples = s.checks[0]!.samples.map((x) => x.values.customer_id).sort();
    assert.deepEqual(samples, [98, 99]);
  }
});

test('a query source, and a referenced column of another type (compared as text), in the database', async () => {
  const s = await run(
    '{ sql: { connection: pg, table: public.orders } }',
    `
    - foreign_key: { column: customer_id, reference: { source: customers_q, column: id } }
    - foreign_key: { column: customer_id, reference: { source: customers_text, column: id } }
    - row_count_compare: { other: customers_q, max_ratio: 2 }`,
  );
  assert.deepEqual(
    s.checks.map((c) => [c.status, c.failingCount]),
    [
      ['fail', 2],
      ['fail', 2],
      ['pass', null],
    ],
  );
});

test('another connection or a file: TG_CHECK_UNSUPPORTED_BACKEND at run and at validation; other faults coded', async () => {
  const checks = `
    - foreign_key: { column: customer_id, reference: { source: customers_elsewhere, column: id } }
    - row_count_compare: { other: customers_file }
    - foreign_key: { column: customer_id, reference: { source: customers, column: nope } }
    - row_count_compare: { other: customers_gone }
    - foreign_key: { column: customer_id, reference: { source: customers, column: id } }`;
  const s = await run('{ sql: { connection: pg, table: public.orders } }', checks);
  assert.deepEqual(
    s.checks.map((c) => [c.status, c.errorCode ?? null]),
    [
      ['error', 'TG_CHECK_UNSUPPORTED_BACKEND'],
      ['error', 'TG_CHECK_UNSUPPORTED_BACKEND'],
      ['error', 'TG_COLUMN_NOT_FOUND'],
      ['error', 'TG_SQL_TABLE_NOT_FOUND'],
      ['fail', null],
    ],
  );
  assert.match(s.checks[0]!.message, /foreign_key.*PostgreSQL.*connection `pg_again`/s);
  assert.match(s.checks[1]!.message, /row_count_compare.*PostgreSQL.*`customers_file`, a file source/s);
  assert.match(s.checks[3]!.message, /customers_gone/);

  writeFileSync(
    join(dir, 'cross.yml'),
    suiteText('{ sql: { connection: pg, table: public.orders } }', checks),
  );
  const r = runCli(['validate-suite', 'cross.yml'], { cwd: dir });
  assert.equal(r.code, 2, r.stderr);
  assert.equal(r.stderr.match(/TG_CHECK_UNSUPPORTED_BACKEND/g)?.length, 2, r.stderr);
  assert.match(r.stderr, /TG_COLUMN_NOT_FOUND/);
  assert.ok(!hasStackTrace(r.stderr));
});
