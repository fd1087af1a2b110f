import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import pl from 'nodejs-polars';
import { stringify } from 'yaml';
import { partitionedSources } from '../../src/core/engine/partition.ts';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import type { Report } from '../../src/core/result/schema.ts';
import { openSource } from '../../src/core/sources/open.ts';
import { DirectoryStore } from '../../src/core/store/index.ts';
import { loadSuiteFile, parseSuite } from '../../src/core/suite/load.ts';
import type { ValidationWorkflowResult } from '../../src/workflows/validation.ts';
import { AZURITE_ACCOUNT, AZURITE_KEY, startAzurite, type AzuriteServer } from '../helpers/azurite.ts';
import { cli } from '../helpers/cli-worker.ts';
import { startGcs, type GcsServer } from '../helpers/gcs.ts';
import { startS3Server, type S3Server } from '../helpers/s3.ts';
import { temporalEnv, type TemporalEnv } from '../helpers/temporal-env.ts';

/**
 * `truthgate run` on Temporal over s3://, az:// and gs:// globs: one partition per object on two
 * workers, merged into the report a single process gives, with the stores' secrets nowhere in
 * workflow history.
 */

let s3: S3Server;
let az: AzuriteServer;
let gcs: GcsServer;
let env: TemporalEnv;
const BUCKET = 'tg-parts';
const gcsData = mkdtempSync(join(tmpdir(), 'tg-gcs-parts-'));

before(async () => {
  s3 = await startS3Server();
  await s3.createBucket(BUCKET);
  az = await startAzurite();
  await az.createContainer(BUCKET);
  mkdirSync(join(gcsData, BUCKET, 'csv'), { recursive: true });
  for (let f = 0; f < 4; f++) {
    const ids = Array.from({ length: 25 }, (_, r) => f * 25 + r + 1);
    const df = pl.DataFrame({
      id: ids.map((id) => (f === 3 && id === 76 ? 5 : id)),
      amount: ids.map((id) => (id % 17 === 0 ? -id : id)),
      email: ids.map((id) => (id % 11 === 0 ? null : `u${id}@x.org`)),
    });
    await s3.put(BUCKET, `orders/part-${f}.parquet`, df.writeParquet());
    await s3.put(BUCKET, `csv/part-${f}.csv`, df.writeCSV());
    await az.put(BUCKET, `orders/part-${f}.parquet`, df.writeParquet());
    writeFileSync(join(gcsData, BUCKET, 'csv', `part-${f}.csv`), df.writeCSV());
  }
  gcs = await startGcs(gcsData);
  // The worker runs in this process: it resolves the suite's ${ENV} references from here.
  Object.assign(process.env, s3.env, {
    TG_AZ_KEY: AZURITE_KEY,
    TG_GCS_KEY: gcs.storageOptions.google_service_account_key,
  });
  env = await temporalEnv();
  await env.startWorker();
  await env.startWorker();
});
after(async () => {
  await env?.close();
  await s3?.stop();
  await az?.stop();
  await gcs?.stop();
});

function writeSuite(): string {
  const so = s3.storageOptions;
  const checks = [
    { row_count: { min: 100, max: 100 } },
    { between: { column: 'amount', min: 0 } },
    { not_null: { column: 'email', mostly: 0.95 } },
    { unique: { column: 'id' } },
  ];
  const path = join(env.dir, 'truthgate.yml');
  writeFileSync(
    path,
    stringify({
      version: 1,
      name: 'cloud-partitioned',
      sources: {
        orders: { path: `s3://${BUCKET}/orders/*.parquet`, key: ['id'], storage_options: so },
        csv: { path: `s3://${BUCKET}/csv/part-*.csv`, storage_options: so },
        az_orders: {
          path: `az://${BUCKET}/orders/*.parquet`,
          key: ['id'],
          storage_options: {
            azure_storage_account_name: AZURITE_ACCOUNT,
            azure_storage_account_key: '${TG_AZ_KEY}',
            azure_storage_endpoint: az.endpoint,
            azure_allow_http: true,
          },
        },
        gs_csv: {
          path: `gs://${BUCKET}/csv/part-*.csv`,
          storage_options: { google_service_account_key: '${TG_GCS_KEY}' },
        },
      },
      checks: { orders: checks, csv: checks, az_orders: checks, gs_csv: checks },
    }),
  );
  return path;
}

function comparable(r: Report): unknown {
  return JSON.parse(
    JSON.stringify({ ...r, runId: '', startedAt: '', durationMs: 0 }, (k, v: unknown) =>
      k === 'durationMs' ? 0 : v,
    ),
  );
}

test('truthgate run --partitioned: s3, az and gs globs fan out one partition per object and merge to the single-process report', async () => {
  const suitePath = writeSuite();
  const suite = loadSuiteFile(suitePath);
  assert.deepEqual(partitionedSources(suite), [
    { source: 'orders', files: 4 },
    { source: 'csv', files: 4 },
    { source: 'az_orders', files: 4 },
    { source: 'gs_csv', files: 4 },
  ]);
  const workflowId = `wf-s3-partitioned-${process.pid}`;
  const flags = ['--address', env.server.address, '--task-queue', env.taskQueue];
  const run = await cli([
    'run',
    '--suite',
    suitePath,
    '--partitioned',
    '--workflow-id',
    workflowId,
    '--json',
    ...flags,
  ]);
  assert.equal(run.code, 1, run.stderr);
  assert.equal((JSON.parse(run.stdout) as { status: string }).status, 'fail');
  assert.ok(!(run.stdout + run.stderr).includes(s3.secretAccessKey));
  const handle = env.client.workflow.getHandle(workflowId);
  const result = (await handle.result()) as ValidationWorkflowResult;
  assert.equal(result.partitions, 16);
  const merged = JSON.parse((await new DirectoryStore(env.storeDir).get(result.reportKey))!) as Report;
  const single = await runSuite(suite, { now: new Date(merged.startedAt), runId: merged.runId });
  assert.deepEqual(comparable(merged), comparable(single));

  const orders = merged.sources[0]!;
  assert.equal(orders.rowCount, 100);
  assert.deepEqual(
    orders.files,
    [0, 1, 2, 3].map((f) => `s3://${BUCKET}/orders/part-${f}.parquet`),
  );
  const byId = Object.fromEntries(orders.checks.map((c) => [c.id, c]));
  assert.equal(byId['orders.between.amount']!.failingCount, 5);
  assert.equal(byId['orders.unique.id']!.status, 'fail');
  assert.ok(new Set(byId['orders.between.amount']!.samples.map((s) => s.file)).size > 1);
  // The same rows in Azure and GCS: the same verdicts, one file (and fingerprint entry) per object.
  const [, csv, azOrders, gsCsv] = merged.sources;
  const verdicts = (s: Report['sources'][number]) =>
    s.checks.map((c) => [c.id.replace(/^[^.]+\./, ''), c.status, c.failingCount, c.observed]);
  assert.deepEqual(verdicts(azOrders!), verdicts(orders));
  assert.deepEqual(verdicts(gsCsv!), verdicts(csv!));
  assert.deepEqual(
    azOrders!.files,
    [0, 1, 2, 3].map((f) => `az://${BUCKET}/orders/part-${f}.parquet`),
  );
  assert.deepEqual(
    gsCsv!.files,
    [0, 1, 2, 3].map((f) => `gs://${BUCKET}/csv/part-${f}.csv`),
  );
  for (const s of [azOrders!, gsCsv!]) assert.match(s.fingerprint!, /^objects:[0-9a-f]{32}$/);

  const history = JSON.stringify((await handle.fetchHistory()).events);
  assert.ok(!history.includes(s3.secretAccessKey), 'the secret is in workflow history');
  assert.ok(!history.includes(AZURITE_KEY), 'the Azure key is in workflow history');
});

test('the fingerprint follows the objects: same listing, same value; a rewritten object changes it', async () => {
  const text = stringify({
    version: 1,
    sources: { orders: { path: `s3://${BUCKET}/orders/*.parquet`, storage_options: s3.storageOptions } },
    checks: { orders: [{ row_count: { min: 0 } }] },
  });
  const open = () => {
    const suite = parseSuite(text, { path: join(env.dir, 'fp.yml'), baseDir: env.dir, env: s3.env });
    return openSource('orders', suite.sources.orders!, { baseDir: env.dir }).fingerprint;
  };
  const first = open();
  assert.equal(open(), first);
  // Same bytes again: the ETag stays, the last-modified time moves on (S3 keeps seconds).
  await new Promise((r) => setTimeout(r, 1100));
  await s3.put(
    BUCKET,
    'orders/part-9.parquet',
    pl.DataFrame({ id: [1], amount: [1], email: ['a'] }).writeParquet(),
  );
  const added = open();
  assert.notEqual(added, first);
});
