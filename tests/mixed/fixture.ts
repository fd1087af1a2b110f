import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pl from 'nodejs-polars';
import { stringify } from 'yaml';
import type { CheckResult, Report } from '../../src/core/result/schema.ts';
import type { TestPostgres } from '../helpers/postgres.ts';
import type { S3Server } from '../helpers/s3.ts';

/**
 * One data set in three places (a local CSV, Parquet objects behind an s3:// glob, a PostgreSQL
 * table) and the same data as local files, with one suite for each layout. The data carries
 * nulls, unicode, a duplicate key across objects and out-of-range values, so most checks fail
 * with counts worth comparing.
 */

export const BUCKET = 'tg-mixed';
export const PG_PASSWORD_ENV = 'TG_MIXED_PG_PASSWORD';

const customersCsv = [
  'id,name,email,country',
  '1,Ada,ada@example.org,GB',
  '2,Björk,bjork@example.is,IS',
  '3,,nobody,KR',
  '4,김민준,minjun@example.kr,KR',
  '5,Zoë,zoe@example.fr,FR',
  '5,Zoë again,zoe2@example.fr,FR',
  '7,"Smith, J",smith@example.com,US',
].join('\n');

/** Three event objects; event 12 appears in two of them, amounts below zero and a null kind. */
const eventParts = [0, 1, 2].map((p) => {
  const ids = Array.from({ length: 8 }, (_, i) => p * 8 + i + 1).map((id) => (id === 17 ? 12 : id));
  return pl.DataFrame({
    event_id: ids,
    customer_id: ids.map((id) => (id % 5) + 1),
    amount: ids.map((id) => (id % 7 === 0 ? -id * 1.5 : id * 2.25)),
    kind: ids.map((id) => (id === 9 ? null : id % 3 === 0 ? 'refund' : id === 20 ? 'übergabe' : 'sale')),
  });
});

interface Payment {
  id: number;
  customer_id: number | null;
  amount: number;
  status: string;
  note: string | null;
  paid_at: Date;
}

const payments: Payment[] = Array.from({ length: 30 }, (_, i) => {
  const id = i + 1;
  return {
    id,
    customer_id: id % 9 === 0 ? null : (id % 5) + 1,
    amount: id === 13 ? 900.5 : id * 10.25,
    status: id % 11 === 0 ? 'remboursé' : id % 4 === 0 ? 'refunded' : 'paid',
    note: id % 6 === 0 ? '' : `ñote ${id}`,
    paid_at: new Date(Date.UTC(2026, 0, 1 + id, 12, 0, 0)),
  };
});

export async function loadPostgres(pg: TestPostgres): Promise<void> {
  await pg.sql(`CREATE TABLE public.payments (id int, customer_id int, amount double precision,
    status text, note text, paid_at timestamp)`);
  for (const p of payments)
    await pg.sql('INSERT INTO public.payments VALUES ($1, $2, $3, $4, $5, $6)', [
      p.id,
      p.customer_id,
      p.amount,
      p.status,
      p.note,
      p.paid_at.toISOString().replace('Z', ''),
    ]);
}

export async function loadBucket(s3: S3Server): Promise<void> {
  await s3.createBucket(BUCKET);
  for (const [i, df] of eventParts.entries())
    await s3.put(BUCKET, `events/2026/part-${i}.parquet`, df.writeParquet());
}

const checks = {
  customers: [
    { row_count: { min: 5 } },
    { not_null: { column: 'name' } },
    { unique: { column: 'id' } },
    { regex: { column: 'email', pattern: '^[^@]+@[^@]+$', severity: 'medium' } },
    { in_set: { column: 'country', values: ['GB', 'IS', 'KR', 'FR'] } },
  ],
  events: [
    { row_count: { min: 20, max: 30 } },
    { unique: { column: 'event_id' } },
    { not_null: { column: 'kind', mostly: 0.9 } },
    { in_set: { column: 'kind', values: ['sale', 'refund'] } },
    { non_negative: { column: 'amount' } },
    { mean_between: { column: 'amount', min: 0, max: 100 } },
    { max_between: { column: 'amount', max: 50 } },
    { distinct_count_between: { column: 'customer_id', min: 5 } },
  ],
  payments: [
    { row_count: { min: 30 } },
    { unique: { column: 'id' } },
    { not_null: { column: 'customer_id' } },
    { between: { column: 'amount', min: 0, max: 500 } },
    { in_set: { column: 'status', values: ['paid', 'refunded'] } },
    { no_blank_strings: { column: 'note', severity: 'low' } },
    { sum_between: { column: 'amount', max: 1000 } },
    { length_between: { column: 'status', max: 8 } },
    { date_between: { column: 'paid_at', min: '2026-01-02', max: '2026-01-25' } },
  ],
};

/**
 * The mixed suite in `dir` (which gets customers.csv): events from the bucket, payments from
 * PostgreSQL. Credentials are `${ENV}` references only: the password sits inside the URL.
 */
export function writeMixedSuite(dir: string, s3: S3Server, pg: TestPostgres): string {
  writeFileSync(join(dir, 'customers.csv'), customersCsv + '\n');
  const url = `postgres://${pg.user}:\${${PG_PASSWORD_ENV}}@127.0.0.1:${pg.port}/${pg.database}`;
  const suite = {
    version: 1,
    name: 'mixed',
    connections: { shop: url },
    sources: {
      customers: { path: 'customers.csv', key: ['id'] },
      events: { path: `s3://${BUCKET}/events/*/part-*.parquet`, storage_options: s3.storageOptions },
      payments: { sql: { connection: 'shop', table: 'public.payments', timestamp_column: 'paid_at' } },
    },
    checks,
  };
  const path = join(dir, 'truthgate.yml');
  writeFileSync(path, stringify(suite));
  return path;
}

/** The same data as local files only, with the same suite. */
export function writeLocalSuite(dir: string): string {
  writeFileSync(join(dir, 'customers.csv'), customersCsv + '\n');
  mkdirSync(join(dir, 'events', '2026'), { recursive: true });
  for (const [i, df] of eventParts.entries())
    df.writeParquet(join(dir, 'events', '2026', `part-${i}.parquet`));
  pl.DataFrame({
    id: payments.map((p) => p.id),
    customer_id: payments.map((p) => p.customer_id),
    amount: payments.map((p) => p.amount),
    status: payments.map((p) => p.status),
    note: payments.map((p) => p.note),
    paid_at: pl.Series(
      'paid_at',
      payments.map((p) => p.paid_at),
      pl.Datetime('us'),
    ),
  }).writeParquet(join(dir, 'payments.parquet'));
  const suite = {
    version: 1,
    name: 'mixed',
    sources: {
      customers: { path: 'customers.csv', key: ['id'] },
      events: { path: 'events/*/part-*.parquet' },
      payments: { path: 'payments.parquet' },
    },
    checks,
  };
  const path = join(dir, 'truthgate.yml');
  writeFileSync(path, stringify(suite));
  return path;
}

/** Per check: what must not depend on where the data lives. */
export function verdicts(report: Report): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of report.sources) {
    assert.equal(s.error, undefined, `${s.name}: ${JSON.stringify(s.error)}`);
    out[`${s.name}#rows`] = s.rowCount;
    out[`${s.name}#columns`] = s.columnCount;
    for (const c of s.checks) out[c.id] = verdict(c);
  }
  return out;
}

function verdict(c: CheckResult): unknown {
  return {
    status: c.status,
    failingCount: c.failingCount,
    observed: round(c.observed),
    expected: c.expected,
    severity: c.severity,
    ...(c.errorCode ? { errorCode: c.errorCode } : {}),
  };
}

/** Floating sums may differ in the last bits between a database and polars. */
function round(v: unknown): unknown {
  return typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(12)) : v;
}

export function assertSameVerdicts(got: Report, want: Report, label: string): void {
  assert.deepEqual(verdicts(got), verdicts(want), label);
  assert.equal(got.status, want.status, label);
  assert.deepEqual(got.summary, want.summary, label);
}
