import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import pl from 'nodejs-polars';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import type { Report, SourceResult } from '../../src/core/result/schema.ts';
import { parseSuite } from '../../src/core/suite/load.ts';
import { startGcs, type GcsServer } from '../helpers/gcs.ts';

/**
 * gs:// sources through polars' GCS reader against fake-gcs-server (a real GCS emulator on
 * 127.0.0.1): Parquet and CSV globs give local files' verdicts; a missing bucket and a missing
 * object are coded errors.
 */
let gcs: GcsServer;
const dir = mkdtempSync(join(tmpdir(), 'tg-gcs-'));

const checks = [
  { row_count: { min: 1 } },
  { not_null: { column: 'city' } },
  { between: { column: 'amount', min: 0, max: 100 } },
  { unique: { column: 'id' } },
];

before(async () => {
  const data = join(dir, 'buckets');
  mkdirSync(join(data, 'lake', 'orders'), { recursive: true });
  for (const i of [0, 1, 2]) {
    const df = pl.DataFrame({
      id: [i * 10 + 1, i * 10 + 2, i === 2 ? 1 : i * 10 + 3],
      city: [null, 'Zürich', '東京'],
      amount: [null, 12.5, i === 1 ? -3 : 7],
    });
    df.writeParquet(join(data, 'lake', 'orders', `part-${i}.parquet`));
    writeFileSync(join(data, 'lake', 'orders', `part-${i}.csv`), df.writeCSV());
    df.writeParquet(join(dir, `part-${i}.parquet`));
    writeFileSync(join(dir, `part-${i}.csv`), df.writeCSV());
  }
  gcs = await startGcs(data);
});
after(() => gcs?.stop());

async function run(sources: Record<string, unknown>): Promise<Report> {
  const suite = parseSuite(
    JSON.stringify({
      version: 1,
      sources,
      checks: Object.fromEntries(Object.keys(sources).map((n) => [n, checks])),
    }),
    { path: join(dir, 'truthgate.yml'), baseDir: dir },
  );
  return runSuite(suite, { now: new Date('2026-01-01T00:00:00Z') });
}

const verdicts = (s: SourceResult) => ({
  rows: s.rowCount,
  error: s.error?.code,
  checks: s.checks.map((c) => [c.id.replace(/^[^.]+\./, ''), c.status, c.failingCount, c.observed]),
});

test('gs:// Parquet and CSV globs give the verdicts of the same local files', async () => {
  const so = gcs.storageOptions;
  const r = await run({
    local: { path: 'part-*.parquet' },
    local_csv: { path: 'part-*.csv' },
    gs: { path: 'gs://lake/orders/part-*.parquet', storage_options: so },
    gs_csv: { path: 'gs://lake/orders/*.csv', storage_options: so },
  });
  const [local, localCsv, gs, gsCsv] = r.sources.map(verdicts);
  assert.equal(local!.error, undefined);
  assert.equal(local!.rows, 9);
  assert.deepEqual(gs, local);
  assert.deepEqual(gsCsv, localCsv);
});

test('a missing bucket, a missing object and a glob matching nothing are coded errors', async () => {
  const so = gcs.storageOptions;
  const r = await run({
    no_bucket: { path: 'gs://nolake/orders/part-0.parquet', storage_options: so },
    no_object: { path: 'gs://lake/orders/nope.parquet', storage_options: so },
    no_match: { path: 'gs://lake/orders/2030/*.parquet', storage_options: so },
    fine: { path: 'part-0.parquet' },
  });
  assert.deepEqual(Object.fromEntries(r.sources.map((s) => [s.name, s.error?.code ?? null])), {
    no_bucket: 'TG_OBJECT_BUCKET_MISSING',
    no_object: 'TG_OBJECT_NOT_FOUND',
    no_match: 'TG_OBJECT_NOT_FOUND',
    fine: null,
  });
});
