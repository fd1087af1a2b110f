import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import pl from 'nodejs-polars';
import type { CheckOutcome } from '../../src/core/checks/define.ts';
import type { CheckResult } from '../../src/core/result/schema.ts';
import { schemaOnlyContext } from '../../src/core/checks/backends.ts';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import { rowVerdict } from '../../src/core/engine/merge.ts';
import { duckdb } from '../../src/core/expr/dialect.ts';
import { compilePushdown } from '../../src/core/sql/pushdown.ts';
import { dtypeName } from '../../src/core/toolkit/dtype.ts';
import { toNumber } from '../../src/core/toolkit/numbers.ts';
import { jsonSafe } from '../../src/core/toolkit/values.ts';
import { parseSuite } from '../../src/core/suite/load.ts';
import { stringify } from 'yaml';
import { startPostgres, type TestPostgres } from '../helpers/postgres.ts';
import { loadFixtureSuite } from '../helpers/run-check.ts';

/**
 * The catalog run three times on the same small data (nulls, NaN, ±infinity, empty strings,
 * unicode, bad dates, a zoned timestamp): by the polars engine over a Parquet file, pushed down
 * into DuckDB as one aggregate query, and run by the SQL source driver on a PostgreSQL table
 * (whose session time zone is not UTC). Every check a backend supports must give the same status,
 * failing count and observed value; the ones it does not are refused with
 * TG_CHECK_UNSUPPORTED_BACKEND, never answered differently.
 */
const NOW = new Date('2024-06-01T00:00:00Z');
const ts = (s: string | null): Date | null => (s === null ? null : new Date(s));

const data = pl.DataFrame({
  id: pl.Series('id', [1, 2, 3, 4, 5, 6, 7, 8], pl.Int64),
  k: pl.Series('k', [1, 1, 2, null, null, 3, 4, 5], pl.Int64),
  qty: pl.Series('qty', [1, 2, 3, null, 5, 6, 7, 8], pl.Int64),
  amount: pl.Series('amount', [10.5, -3, null, NaN, 1e6, 0, 42, 7.25], pl.Float64),
  price: pl.Series('price', [11, 1, 5, 4, null, 0, 40, 7.25], pl.Float64),
  score: pl.Series('score', [3, NaN, Infinity, null, -2.5, -Infinity, 0, 1e300], pl.Float64),
  name: ['Ann', '', '  bob', null, '東京', 'ÉCOLE', 'x\u00a0', 'zoë'],
  status: ['paid', 'paid', 'refunded', null, 'pending', 'paid', 'weird', 'PAID'],
  created: [
    '2024-01-31',
    '2024-05-31T12:00:00Z',
    '2024-02-30',
    'not a date',
    null,
    '2024-05-31 23:59:59.5',
    '2025-01-01T00:00:00+09:00',
    '2024-03-01T10:00',
  ],
  ts: pl.Series(
    'ts',
    [
      ts('2024-05-30T10:00:00Z'),
      ts('2023-01-01T00:00:00Z'),
      null,
      ts('2024-06-02T00:00:00Z'),
      ts('2024-01-01T00:00:00Z'),
      ts('2024-05-31T23:00:00Z'),
      ts('2020-02-29T12:00:00Z'),
      ts('2024-04-01T00:00:00Z'),
    ],
    pl.Datetime('us'),
  ),
  // The same instants with a zone: compared as instants, whatever the zone.
  tsz: pl
    .Series('tsz', [
      ts('2024-05-31T20:00:00Z'),
      null,
      ts('2024-06-01T08:30:00Z'),
      ts('2019-12-31T23:00:00Z'),
      ts('2024-01-01T00:00:00Z'),
      ts('2024-05-31T23:59:00Z'),
      ts('2021-06-01T00:00:00Z'),
      ts('2024-04-01T00:00:00Z'),
    ])
    .cast(pl.Datetime('us', 'Asia/Seoul')),
  email: ['a@b.co', 'bad@', null, 'x.y@例え.jp', 'UPPER@EXAMPLE.COM', '', 'a..b@c.com', 'ok@sub.domain.org'],
  code: ['INV-1', 'INV-2', 'X-3', null, 'INV-5', 'inv-6', 'INV-7', 'INV-٣'],
  payload: ['{"a":1}', '[1,2', 'null', null, '"s"', ' 3 ', '{a:1}', 'true'],
  ip: ['10.0.0.1', '256.1.1.1', '::1', null, 'fe80::1', '1.2.3', '2001:db8::ff00:42:8329', '0.0.0.0'],
  comment: [
    'call 010-1234-5678',
    'card 4111 1111 1111 1111',
    'mail me a@b.com',
    null,
    'nothing',
    'ref 12345 then 4111-1111-1111-1111 and 5500 0000 0000 0004',
    '4111111111111112',
    '',
  ],
});

const checks: Record<string, unknown>[] = [
  { row_count: { min: 5 } },
  { not_null: { column: 'name' } },
  { not_null: { column: 'name', where: "status = 'paid'" } },
  { null_fraction_max: { column: 'amount', max: 0.1 } },
  { complete_rows: { columns: ['name', 'status'] } },
  { no_blank_strings: { column: 'name' } },
  { unique: { column: 'k' } },
  { unique: { column: 'k', where: 'qty > 1' } },
  { unique_combination: { columns: ['k', 'status'] } },
  { primary_key: { columns: ['id'] } },
  { primary_key: { columns: ['k'] } },
  { no_duplicate_rows: { columns: ['status'] } },
  { distinct_count_between: { column: 'status', min: 2, max: 4 } },
  { distinct_fraction_between: { column: 'k', min: 0.9 } },
  { in_set: { column: 'status', values: ['paid', 'refunded', 'pending'] } },
  { in_set: { column: 'qty', values: [1, 2, 3, 5] } },
  { in_set: { column: 'qty', values: ['1', '2'] } },
  { not_in_set: { column: 'status', values: ['weird'] } },
  { distinct_values_equal: { column: 'status', values: ['paid', 'refunded', 'pending', 'gone'] } },
  { distinct_values_subset: { column: 'status', values: ['paid', 'refunded'] } },
  { regex: { column: 'code', pattern: '^INV-\\d+$' } },
  { regex: { column: 'code', pattern: '^inv-', ignore_case: true } },
  { not_regex: { column: 'name', pattern: '\\s' } },
  { length_between: { column: 'name', min: 1, max: 4 } },
  { email: { column: 'email' } },
  { ip_address: { column: 'ip' } },
  { ip_address: { column: 'ip', version: 4 } },
  { datetime_format: { column: 'created', format: '%Y-%m-%d' } },
  { json_parseable: { column: 'payload' } },
  { no_surrounding_whitespace: { column: 'name' } },
  { lowercase: { column: 'name' } },
  { uppercase: { column: 'status' } },
  { starts_with: { column: 'code', prefix: ['INV-', 'X'] } },
  { ends_with: { column: 'email', suffix: '.org' } },
  { between: { column: 'amount', min: 0, max: 100 } },
  { between: { column: 'qty', min: 2, max: 6, strict: true } },
  { positive: { column: 'amount' } },
  { non_negative: { column: 'qty' } },
  { finite: { column: 'amount' } },
  { integer_valued: { column: 'price' } },
  { min_between: { column: 'price', min: 0 } },
  { max_between: { column: 'price', max: 100 } },
  { mean_between: { column: 'price', min: 0, max: 20 } },
  { mean_between: { column: 'price', min: 0, max: 20, where: 'qty > 2' } },
  { median_between: { column: 'price', min: 0, max: 10 } },
  { std_between: { column: 'price', max: 20 } },
  { sum_between: { column: 'qty', min: 0, max: 40 } },
  { sum_between: { column: 'price', min: 0, where: 'qty > 100' } },
  { quantile_between: { column: 'price', q: 0.9, max: 30 } },
  { zscore_outliers_max: { column: 'price', threshold: 1.5 } },
  { iqr_outliers_max: { column: 'price', k: 1 } },
  { iqr_outliers_max: { column: 'price', k: 0.1, where: 'qty > 1' } },
  { iqr_outliers_max: { column: 'amount' } },
  { iqr_outliers_max: { column: 'score', k: 0.5 } },
  { iqr_outliers_max: { column: 'qty', k: 0.01 } },
  { not_in_future: { column: 'created' } },
  { not_in_future: { column: 'ts', tolerance: '1h' } },
  { date_between: { column: 'created', min: '2024-01-01', max: '2024-12-31' } },
  { date_between: { column: 'ts', min: '2021-01-01', strict: true } },
  { freshness: { column: 'ts', max_age: '2d' } },
  { not_in_future: { column: 'tsz' } },
  { date_between: { column: 'tsz', min: '2020-01-01T09:00:00+09:00', max: '2024-05-31' } },
  { freshness: { column: 'tsz', max_age: '1h' } },
  { freshness: { column: 'created', max_age: '30d' } },
  { column_compare: { left: 'qty', op: '<=', right: 'price' } },
  { expression: { expression: 'qty * 2 > price' } },
  { expression: { expression: 'qty * 2 > price', null_ok: true } },
  { no_pii: { column: 'comment' } },
  { no_pii: { column: 'comment', kinds: ['credit_card'] } },
  { no_pii: { column: 'comment', kinds: ['phone'], where: 'qty > 1' } },
  { no_pii: { column: 'email', kinds: ['email'] } },
  { no_pii: { column: 'qty' } },
  { min_between: { column: 'score', min: -10 } },
  { max_between: { column: 'score', max: 10 } },
  { mean_between: { column: 'score', min: 0 } },
  { sum_between: { column: 'score', max: 10 } },
  { finite: { column: 'score' } },
  { between: { column: 'score', min: -3, max: 3 } },
  { positive: { column: 'score' } },
  { max_between: { column: 'amount', min: 0, max: 10 } },
  { min_between: { column: 'amount', max: 0 } },
];

let dir: string;
let conn: DuckDBConnection;
let pg: TestPostgres;
let tables = 0;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tg-duck-'));
  const db = await DuckDBInstance.create(':memory:');
  conn = await db.connect();
  pg = await startPostgres();
  // Instants must not depend on the server's zone: run it far from UTC.
  await pg.sql(`ALTER DATABASE postgres SET timezone TO 'Asia/Seoul'`);
});

after(async () => {
  conn?.closeSync();
  await pg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** PostgreSQL column types for the frame's polars dtypes. */
function pgType(dtype: string): string {
  if (dtype.startsWith('Datetime(')) return dtype.includes(',') ? 'timestamptz' : 'timestamp';
  const types: Record<string, string> = {
    Int64: 'bigint',
    Float64: 'double precision',
    String: 'text',
    Boolean: 'boolean',
    Date: 'date',
  };
  if (!types[dtype]) throw new Error(`no PostgreSQL type for ${dtype}`);
  return types[dtype];
}

/** The frame as a PostgreSQL table: NaN and infinities as float8 text, instants as ISO text. */
async function loadIntoPostgres(frame: pl.DataFrame, table: string): Promise<void> {
  const dtypes = Object.entries(frame.schema as Record<string, pl.DataType>).map(
    ([k, v]) => [k, dtypeName(v)] as const,
  );
  await pg.sql(`CREATE TABLE ${table} (${dtypes.map(([k, t]) => `"${k}" ${pgType(t)}`).join(', ')})`);
  const text = (v: unknown, dtype: string): unknown => {
    if (!(v instanceof Date)) return typeof v === 'number' && !Number.isFinite(v) ? String(v) : v;
    if (dtype === 'Date') return v.toISOString().slice(0, 10);
    return dtype.includes(',') ? v.toISOString() : v.toISOString().replace('Z', '');
  };
  for (const r of frame.toRecords()) {
    const values = dtypes.map(([k, t]) => text(r[k], t));
    await pg.sql(`INSERT INTO ${table} VALUES (${values.map((_, i) => `$${i + 1}`).join(', ')})`, values);
  }
}

/**
 * The checks through a PostgreSQL source (connection, type mapping, one pushdown query,
 * follow-up and sample queries): each supported one matches polars; returns the refused ids.
 */
async function postgresParity(
  frame: pl.DataFrame,
  list: Record<string, unknown>[],
  polars: CheckResult[],
): Promise<string[]> {
  const table = `data${tables}`;
  await loadIntoPostgres(frame, table);
  const suite = parseSuite(
    stringify({
      version: 1,
      connections: { pg: pg.url() },
      sources: { data: { sql: { connection: 'pg', table } } },
      checks: { data: list },
    }),
    { path: join(dir, 'pg.yml'), baseDir: dir },
  );
  const source = (await runSuite(suite, { now: NOW, runId: 'parity' })).sources[0]!;
  assert.equal(source.rowCount, frame.height);
  const refused: string[] = [];
  for (const [i, got] of source.checks.entries()) {
    const want = polars[i]!;
    assert.equal(got.id, want.id);
    if (got.errorCode === 'TG_CHECK_UNSUPPORTED_BACKEND') {
      assert.match(got.message, /PostgreSQL/);
      refused.push(got.id);
      continue;
    }
    const verdict = (c: CheckResult) => ({
      status: c.status,
      failingCount: c.failingCount,
      observed: jsonSafe(c.observed),
    });
    same(verdict(got), verdict(want), `PostgreSQL ${got.id}${got.message ? ` (${got.message})` : ''}`);
  }
  return refused;
}

/** Numbers equal to 12 significant digits (aggregates sum in a different order); the rest exactly. */
function same(a: unknown, b: unknown, path: string): void {
  if (typeof a === 'number' && typeof b === 'number' && Number.isFinite(a) && Number.isFinite(b)) {
    assert.ok(Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b)), `${path}: ${a} vs ${b}`);
    return;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    assert.deepEqual(Object.keys(a).sort(), Object.keys(b).sort(), path);
    for (const k of Object.keys(a)) same((a as never)[k], (b as never)[k], `${path}.${k}`);
    return;
  }
  assert.deepEqual(a, b, path);
}

/**
 * Runs `checks` on `frame` through polars (from Parquet), DuckDB pushdown and a PostgreSQL
 * source; asserts equal verdicts wherever the backend runs the check.
 */
async function parity(
  frame: pl.DataFrame,
  list: Record<string, unknown>[],
): Promise<{ polars: CheckResult[]; refusedByPostgres: string[] }> {
  const file = join(dir, `data${++tables}.parquet`);
  frame.writeParquet(file);
  await conn.run(`CREATE OR REPLACE TABLE data AS SELECT * FROM read_parquet('${file}')`);
  const { suite, cleanup } = loadFixtureSuite({ file }, list);
  try {
    const polars = (await runSuite(suite, { now: NOW, runId: 'parity' })).sources[0]!.checks;
    const instances = suite.checks.data!;
    const schema = Object.fromEntries(
      Object.entries(frame.schema as Record<string, pl.DataType>).map(([k, v]) => [k, dtypeName(v)]),
    );
    const compiled = compilePushdown({
      checks: instances,
      relation: { table: ['data'] },
      dialect: duckdb,
      ctx: schemaOnlyContext(schema, NOW),
    });
    assert.deepEqual(
      compiled.errors.map((e) => `${e.check.id}: ${e.error.message}`),
      [],
    );
    const row = (await conn.runAndReadAll(compiled.sql)).getRowObjectsJS()[0]!;
    assert.equal(toNumber(row[compiled.rowCount]), frame.height);
    for (const p of compiled.pushed) {
      const expected = polars.find((r) => r.id === p.check.id)!;
      assert.notEqual(expected.status, 'error', `${p.check.id}: ${expected.message}`);
      const outcome: CheckOutcome =
        p.kind === 'row'
          ? rowVerdict(
              p.plan,
              p.check,
              await p.failingOf(row, async (sql) => (await conn.runAndReadAll(sql)).getRowObjectsJS()),
              toNumber(row[p.judged]) ?? 0,
            )
          : p.plan.evaluate(p.metricsOf(row));
      const got = {
        status: outcome.pass ? 'pass' : 'fail',
        failingCount: outcome.failingCount ?? null,
        observed: jsonSafe(outcome.observed),
      };
      const want = {
        status: expected.status,
        failingCount: expected.failingCount,
        observed: jsonSafe(expected.observed),
      };
      same(got, want, p.check.id);
      if (p.kind === 'row' && outcome.failingCount) {
        const samples = (await conn.runAndReadAll(p.sampleQuery(100))).getRowObjectsJS();
        assert.equal(samples.length, outcome.failingCount, `${p.check.id} samples`);
      }
    }
    assert.equal(compiled.pushed.length, list.length);
    return { polars, refusedByPostgres: await postgresParity(frame, list, polars) };
  } finally {
    cleanup();
  }
}

test('DuckDB and PostgreSQL give the polars results on the whole catalog', async () => {
  const { polars, refusedByPostgres } = await parity(data, checks);
  // PostgreSQL runs the whole catalog (json_parseable through its session's helper function); a
  // change to this list is a decision.
  assert.deepEqual(refusedByPostgres, []);
  // The data is built so both verdicts are common; a parity of all-pass results would prove little.
  const failing = polars.filter((r) => r.status === 'fail').length;
  assert.ok(failing >= 20 && polars.length - failing >= 15, `${failing} of ${polars.length} fail`);
});

test('DuckDB and PostgreSQL read ISO text exactly as polars does, lenient fields, every shape, mixed and bad dates included', async () => {
  const text = [
    '2024-1-2',
    '2024-01-02T3:04',
    '2024-01-02 3:4',
    '2024-01-02T03:04:5',
    ' 2024-01-02',
    '2024-01-02 03:04:05.123456789',
    '2024-01-02T03:04:05+0900',
    '2024-01-02T03:04:05.5Z',
    '2024-01-02 03:04:05-02:30',
    '2024-01-02T24:00:00',
    '2024-02-30',
    '2024-01-02T03:04:05+09',
    '2024-01-02 03:04:05Z',
    '2024-13-01',
    '2024-01-02T03:60',
    '20240-01-02',
    '\u00a02024-01-02T03:04:05 \u221201:00',
    '2024-01-0203:04:05',
    '2024-01-12:04',
    '2024-01-02T03:04:60',
    '+002024-01-02',
    '-0044-03-15',
    '2024-02-29T23:59:59.9995Z',
    '東京',
    '',
    null,
  ];
  const frame = pl.DataFrame({ t: text });
  const refused: string[] = [];
  for (const [min, max] of [
    ['2024-01-02T00:00:00', '2024-01-02T03:04:05'],
    ['2024-01-01', '2024-01-02'],
  ])
    refused.push(
      ...(
        await parity(frame, [
          { date_between: { column: 't', min, max } },
          { date_between: { column: 't', min, max, strict: true } },
          { not_in_future: { column: 't' } },
          { freshness: { column: 't', max_age: '200d' } },
          { datetime_format: { column: 't', format: '%Y-%m-%d' } },
          { datetime_format: { column: 't', format: '%Y-%m-%d %H:%M:%S' } },
        ])
      ).refusedByPostgres,
    );
  // Text dates and strftime formats run on PostgreSQL too.
  assert.deepEqual(refused, []);
});
