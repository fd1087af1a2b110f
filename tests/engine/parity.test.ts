import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import pl from 'nodejs-polars';
import { stringify } from 'yaml';
import { listChecks } from '../../src/core/checks/registry.ts';
import { bothWays } from '../helpers/both-ways.ts';
import type { Report } from '../../src/core/result/schema.ts';

/**
 * Parity: a CSV read chunk by chunk (above TRUTHGATE_CHUNK_THRESHOLD_MB) must give the same
 * report as one whole read, for every check of the catalog and for suites `learn` writes.
 */
const data = join(process.cwd(), 'node_modules/vega-datasets/data');

/**
 * The report without timings. Float aggregates are summed in a different order across chunks,
 * so numbers are compared to 10 significant digits (and values below 1e-12 as zero).
 */
const comparable = (r: Report): unknown =>
  JSON.parse(
    JSON.stringify(
      r.sources.map(({ durationMs: _d, ...s }) => ({
        ...s,
        checks: s.checks,
      })),
      (_k, v: unknown) =>
        typeof v === 'number' && !Number.isInteger(v)
          ? Math.abs(v) < 1e-12
            ? 0
            : Number(v.toPrecision(10))
          : v,
    ),
  );

/** Every column the catalog's examples name, with dirty values here and there. */
function catalogRows(n: number): Record<string, unknown>[] {
  const statuses = ['paid', 'refunded', 'pending', 'lost'];
  const day = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString().slice(0, 19);
  return Array.from({ length: n }, (_, i) => ({
    order_id: i % 997 === 5 ? i - 1 : i,
    amount: i % 53 === 0 ? null : ((i * 37) % 12000) / 10 - (i % 211 === 0 ? 50 : 0),
    status: statuses[i % 4],
    created_at: day(i).replace('T', ' '),
    updated_at: day(i),
    email: i % 40 === 0 ? 'N/A' : i % 31 === 0 ? null : `User${i}@example.com`,
    street: `${i} Main St`,
    city: i % 17 === 0 ? null : 'Springfield',
    postcode: String(10000 + (i % 500)),
    name: i % 101 === 0 ? ' test ' : `name ${i}`,
    customer_id: i % 450,
    order_date: day(i * 24).slice(0, 10),
    weather: ['sun', 'rain', 'fog', 'drizzle', 'snow', 'hail'][i % (i > n - 5 ? 6 : 5)],
    country: ['DE', 'FR', 'KR', 'US', 'GB'][i % 5],
    sku: i % 77 === 0 ? 'bad' : `ABC-${String(i % 10000).padStart(4, '0')}`,
    country_code: i % 301 === 0 ? 'usa' : 'US',
    homepage: i % 9 === 0 ? 'http://x.org' : 'https://x.org/p',
    id: i % 60 === 0 ? 'not-a-uuid' : `123e4567-e89b-42d3-a456-${String(426614174000 + i).padStart(12, '0')}`,
    client_ip: i % 70 === 0 ? '300.1.1.1' : `10.0.${i % 256}.${(i * 7) % 256}`,
    payload: i % 80 === 0 ? '{bad' : `{"i":${i}}`,
    invoice_id: i % 90 === 0 ? `X-${i}` : `INV-${i}`,
    filename: i % 3 === 0 ? `f${i}.txt` : `f${i}.csv`,
    quantity: (i % 13) - 1,
    discount: (i % 11) - 1,
    score: (i % 7) / 3,
    passengers: i % 50 === 0 ? 1.5 : i % 6,
    latency_ms: (i * 13) % 1000,
    event_time: i % 500 === 250 ? i - 3 : i,
    remaining: n - i + (i % 400 === 0 ? 5 : 0),
    shipped_at: day(i + (i % 66 === 0 ? -2 : 2)),
    ordered_at: day(i),
    unit_price: 2,
    total: ((i % 13) - 1) * 2 + (i % 99 === 0 ? 1 : 0),
    paid_at: i % 8 === 0 ? null : day(i),
    comment: i % 123 === 0 ? 'call me at jane@example.com' : 'ok',
    notes: i % 321 === 0 ? 'card 4111 1111 1111 1111' : '',
  }));
}

function writeCsv(path: string, rows: Record<string, unknown>[]): void {
  pl.DataFrame(rows).writeCSV(path);
}

describe('chunked and whole reads give identical reports', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'tg-parity-'));
    const rows = catalogRows(1500);
    writeCsv(join(dir, 'orders.csv'), rows);
    writeCsv(
      join(dir, 'customers.csv'),
      rows.slice(0, 400).map((r, i) => ({ id: i, city: r.city })),
    );
    writeCsv(join(dir, 'yesterday.csv'), rows.slice(0, 1450));
  });

  test('every check of the catalog, with and without `where`', async () => {
    const checks = listChecks().flatMap((c) => [
      { [c.name]: c.example },
      { [c.name]: { ...c.example, where: "status <> 'lost' AND quantity > 0" } },
    ]);
    const suite = {
      version: 1,
      sources: {
        orders: { path: 'orders.csv', key: ['order_id'] },
        orders_yesterday: 'yesterday.csv',
        orders_last_month: 'yesterday.csv',
        customers: 'customers.csv',
      },
      checks: { orders: checks },
    };
    const [whole, chunked] = await bothWays(stringify(suite), dir, 0.1);
    const results = whole.sources.find((s) => s.name === 'orders')!.checks;
    // Per-column checks given `columns` expand to one instance per column.
    assert.ok(results.length >= listChecks().length * 2);
    // The fixture is meant to exercise checks, not to break them.
    const errored = results.filter((c) => c.status === 'error').map((c) => `${c.id}: ${c.message}`);
    assert.deepEqual(errored, []);
    assert.ok(results.some((c) => c.status === 'fail') && results.some((c) => c.status === 'pass'));
    assert.deepEqual(comparable(chunked), comparable(whole));
  });

  const learned = ['seattle-weather.csv', 'airports.csv', 'zipcodes.csv', 'cars.json', 'flights-20k.json'];
  for (const file of learned) {
    test(`suite learned from ${file}`, async () => {
      let csv = join(data, file);
      if (file.endsWith('.json')) {
        csv = join(dir, file.replace(/\.\w+$/, '.csv'));
        pl.DataFrame(
          JSON.parse(readFileSync(join(data, file), 'utf8')) as Record<string, unknown>[],
        ).writeCSV(csv);
      }
      const yaml = execFileSync(process.execPath, ['bin/truthgate.js', 'learn', csv, '--name', 'data'], {
        encoding: 'utf8',
      });
      assert.match(yaml, /no_duplicate_rows/);
      const [whole, chunked] = await bothWays(yaml, dir, 0.1);
      const checks = whole.sources[0]!.checks;
      assert.deepEqual(
        checks.filter((c) => c.status === 'error').map((c) => c.message),
        [],
      );
      assert.deepEqual(comparable(chunked), comparable(whole));
      // A learned suite passes on the data it was learned from, whichever way it is read.
      assert.deepEqual(
        chunked.sources[0]!.checks.filter((c) => c.status !== 'pass').map((c) => c.id),
        [],
      );
    });
  }
});
