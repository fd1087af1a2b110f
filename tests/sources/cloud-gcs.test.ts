import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import pl from 'nodejs-polars';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import type { Report } from '../../src/core/result/schema.ts';
import { orderChecks, verdicts } from '../helpers/cloud-check.ts';
import { TruthgateError } from '../../src/core/errors.ts';
import { listObjects, localFile } from '../../src/core/sources/cloud/objects.ts';
import { openSource } from '../../src/core/sources/open.ts';
import { parseSuite } from '../../src/core/suite/load.ts';
import { busyServer } from '../helpers/busy-server.ts';
import { startGcs, type GcsServer } from '../helpers/gcs.ts';
import { freePort } from '../helpers/s3.ts';

/**
 * gs:// sources against fake-gcs-server (a real GCS emulator on 127.0.0.1): listed with their
 * ETags like s3:// (fingerprints name the object versions, CSV and JSON are read from local
 * copies), Parquet and CSV globs give local files' verdicts; a missing bucket, a missing object, a
 * bad key, a dead endpoint and a failing server are coded errors.
 */
let gcs: GcsServer;
const dir = mkdtempSync(join(tmpdir(), 'tg-gcs-'));

const checks = orderChecks;

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
  const rows = JSON.stringify([
    { id: 1, city: null, amount: 5 },
    { id: 2, city: 'Zürich', amount: -1 },
  ]);
  mkdirSync(join(data, 'lake', 'json'));
  writeFileSync(join(data, 'lake', 'json', 'rows.json'), rows);
  writeFileSync(join(dir, 'rows.json'), rows);
  gcs = await startGcs(data);
});
after(() => gcs?.stop());

async function run(sources: Record<string, unknown>, env: Record<string, string> = {}): Promise<Report> {
  const suite = parseSuite(
    JSON.stringify({
      version: 1,
      sources,
      checks: Object.fromEntries(Object.keys(sources).map((n) => [n, checks])),
    }),
    { path: join(dir, 'truthgate.yml'), baseDir: dir, env },
  );
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    return await runSuite(suite, { now: new Date('2026-01-01T00:00:00Z') });
  } finally {
    // Restored key by key: replacing process.env would cut it off from the native environment polars reads.
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
}

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

function fingerprint(path: string): string {
  const suite = parseSuite(
    JSON.stringify({
      version: 1,
      sources: { s: { path, storage_options: gcs.storageOptions } },
      checks: { s: [] },
    }),
    { path: join(dir, 'fp.yml'), baseDir: dir },
  );
  return openSource('s', suite.sources.s!, { baseDir: dir }).fingerprint;
}

test('objects are listed like s3 objects: ETag fingerprints, one file per object, CSV and JSON from local copies', async () => {
  const so = gcs.storageOptions;
  const r = await run({
    gs: { path: 'gs://lake/orders/part-*.parquet', storage_options: so },
    gs_csv: { path: 'gs://lake/orders/*.csv', storage_options: so },
    gs_json: { path: 'gs://lake/json/rows.json', storage_options: so },
    local_json: { path: 'rows.json' },
  });
  const [gs, csv, json, localJson] = r.sources;
  assert.match(gs!.fingerprint!, /^objects:[0-9a-f]{32}$/);
  assert.deepEqual(
    gs!.files,
    [0, 1, 2].map((i) => `gs://lake/orders/part-${i}.parquet`),
  );
  // A failing CSV row keeps its line: the object was read like a local file.
  const nulls = csv!.checks.find((c) => c.id === 'gs_csv.not_null.city')!;
  assert.equal(nulls.samples[0]!.line, 2, JSON.stringify(nulls.samples[0]));
  assert.deepEqual(verdicts(json!), verdicts(localJson!), 'a JSON array object reads like the local file');

  const before = fingerprint('gs://lake/orders/part-*.parquet');
  assert.equal(fingerprint('gs://lake/orders/part-*.parquet'), before);
  // Same bytes uploaded again: a new generation.
  const body = pl.DataFrame({ id: [11, 12, 13], city: [null, 'Zürich', '東京'], amount: [null, 12.5, -3] });
  const put = await fetch(
    `${gcs.url}/upload/storage/v1/b/lake/o?uploadType=media&name=orders/part-1.parquet`,
    {
      method: 'POST',
      body: new Uint8Array(body.writeParquet()),
    },
  );
  assert.ok(put.ok, await put.text());
  assert.notEqual(fingerprint('gs://lake/orders/part-*.parquet'), before);
});

test('a key file named by GOOGLE_SERVICE_ACCOUNT reaches the server; a malformed inline key is access denied', async () => {
  const keyFile = join(dir, 'key.json');
  writeFileSync(keyFile, gcs.storageOptions.google_service_account_key!);
  const r = await run(
    {
      local: { path: 'part-*.parquet' },
      by_env: { path: 'gs://lake/orders/part-*.parquet' },
      bad_key: {
        path: 'gs://lake/orders/part-0.parquet',
        storage_options: { google_service_account_key: '{nope' },
      },
    },
    { GOOGLE_SERVICE_ACCOUNT: keyFile },
  );
  const [local, byEnv, badKey] = r.sources;
  assert.deepEqual(verdicts(byEnv!), verdicts(local!), JSON.stringify(byEnv!.error));
  assert.equal(badKey!.error?.code, 'TG_OBJECT_ACCESS_DENIED');
  assert.ok(!JSON.stringify(r).includes('{nope'), 'the key is in the report');
});

test('an endpoint where nothing listens and a server answering 503 are coded errors, in seconds', async () => {
  const key = (url: string) => ({
    google_service_account_key: JSON.stringify({
      ...(JSON.parse(gcs.storageOptions.google_service_account_key!) as object),
      gcs_base_url: url,
    }),
  });
  const busy = await busyServer();
  try {
    const t0 = performance.now();
    const r = await run({
      dead: {
        path: 'gs://lake/orders/*.parquet',
        storage_options: key(`http://127.0.0.1:${await freePort()}`),
      },
      busy: { path: 'gs://lake/orders/*.csv', storage_options: key(busy.url) },
    });
    const errors = Object.fromEntries(r.sources.map((s) => [s.name, s.error]));
    assert.equal(errors.dead?.code, 'TG_OBJECT_ENDPOINT', JSON.stringify(errors.dead));
    assert.equal(errors.busy?.code, 'TG_OBJECT_NETWORK', JSON.stringify(errors.busy));
    assert.match(errors.busy!.message, /after 3 attempts/);
    assert.ok((await busy.requests()) >= 3, 'retried');
    assert.ok(performance.now() - t0 < 30_000, `${performance.now() - t0} ms`);
  } finally {
    busy.stop();
  }
});

test('an object rewritten between its listing and its download is not found, never read in its place', async () => {
  const upload = (name: string, body: string) =>
    fetch(`${gcs.url}/upload/storage/v1/b/lake/o?uploadType=media&name=${name}`, { method: 'POST', body });
  assert.ok((await upload('moving/a.csv', 'id\n1\n')).ok);
  const listed = listObjects('gs://lake/moving/*.csv', gcs.storageOptions);
  assert.ok((await upload('moving/a.csv', 'id\n2\n')).ok);
  assert.throws(
    () => listed.spool(),
    (e: unknown) => e instanceof TruthgateError && e.code === 'TG_OBJECT_NOT_FOUND',
  );
  // Listed again, the new version is downloaded.
  const again = listObjects('gs://lake/moving/*.csv', gcs.storageOptions);
  again.spool();
  assert.match(readFileSync(localFile(again.uris[0]!), 'utf8'), /^id\n2\n/);
});
