import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  AccountSASPermissions,
  AccountSASResourceTypes,
  AccountSASServices,
  BlobServiceClient,
  generateAccountSASQueryParameters,
  StorageSharedKeyCredential,
} from '@azure/storage-blob';
import pl from 'nodejs-polars';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import type { Report } from '../../src/core/result/schema.ts';
import { orderChecks, verdicts } from '../helpers/cloud-check.ts';
import { TruthgateError } from '../../src/core/errors.ts';
import { listObjects, localFile } from '../../src/core/sources/cloud/objects.ts';
import { openSource } from '../../src/core/sources/open.ts';
import { parseSuite } from '../../src/core/suite/load.ts';
import { busyServer } from '../helpers/busy-server.ts';
import { freePort } from '../helpers/s3.ts';
import { AZURITE_ACCOUNT, AZURITE_KEY, startAzurite, type AzuriteServer } from '../helpers/azurite.ts';

/**
 * az:// and abfss:// sources against Azurite (a real Azure Storage emulator on 127.0.0.1): listed
 * with their ETags like s3:// (fingerprints name the blob versions, CSV and JSON are read from local
 * copies), the same verdicts as local files with the emulator switch, account and key, a SAS or a
 * connection string; a missing container, a missing blob, a bad key, a dead endpoint and a failing
 * server each a coded error.
 */
let az: AzuriteServer;
const dir = mkdtempSync(join(tmpdir(), 'tg-azure-'));

function part(i: number): pl.DataFrame {
  return pl.DataFrame({
    id: [i * 10 + 1, i * 10 + 2, i * 10 + 3],
    city: [null, 'Zürich', i === 1 ? '東京' : 'São Paulo'],
    amount: [null, 12.5, i === 2 ? -3 : 7],
  });
}

const checks = [...orderChecks, { mean_between: { column: 'amount', min: 0, max: 10 } }];

before(async () => {
  az = await startAzurite();
  await az.createContainer('lake');
  for (const i of [0, 1, 2]) {
    const df = part(i);
    await az.put('lake', `orders/2024/part-${i}.parquet`, df.writeParquet());
    await az.put('lake', `csv/part-${i}.csv`, df.writeCSV());
    df.writeParquet(join(dir, `part-${i}.parquet`));
    writeFileSync(join(dir, `part-${i}.csv`), df.writeCSV());
  }
  const rows = JSON.stringify(part(1).toRecords());
  await az.put('lake', 'json/rows.json', rows);
  writeFileSync(join(dir, 'rows.json'), rows);
});
after(() => az?.stop());

const explicit = () => ({
  azure_storage_account_name: AZURITE_ACCOUNT,
  azure_storage_account_key: '${TG_AZ_KEY}',
  azure_storage_endpoint: az.endpoint,
  azure_allow_http: true,
});
const env = () => ({ TG_AZ_KEY: AZURITE_KEY, AZURITE_BLOB_STORAGE_URL: `http://127.0.0.1:${az.port}` });

async function run(
  sources: Record<string, unknown>,
  environment: Record<string, string> = env(),
): Promise<Report> {
  const names = Object.keys(sources);
  const suite = parseSuite(
    JSON.stringify({ version: 1, sources, checks: Object.fromEntries(names.map((n) => [n, checks])) }),
    { path: join(dir, 'truthgate.yml'), baseDir: dir, env: environment },
  );
  const saved = Object.fromEntries(Object.keys(environment).map((k) => [k, process.env[k]]));
  Object.assign(process.env, environment);
  try {
    return await runSuite(suite, { now: new Date('2026-01-01T00:00:00Z') });
  } finally {
    // Restored key by key: replacing process.env would cut it off from the native environment polars reads.
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
}

test('az:// and abfss:// Parquet and CSV globs give the verdicts of the same local files', async () => {
  const report = await run({
    local: { path: 'part-*.parquet' },
    local_csv: { path: 'part-*.csv' },
    az_glob: { path: 'az://lake/orders/2024/part-*.parquet', storage_options: explicit() },
    abfss: {
      path: `abfss://lake@${AZURITE_ACCOUNT}.dfs.core.windows.net/orders/2024/*.parquet`,
      storage_options: { azure_storage_use_emulator: true },
    },
    az_csv: { path: 'az://lake/csv/part-*.csv', storage_options: { azure_storage_use_emulator: true } },
  });
  const [local, localCsv, ...cloud] = report.sources.map(verdicts);
  assert.equal(local!.error, undefined, JSON.stringify(local));
  assert.equal(local!.rows, 9);
  assert.deepEqual(cloud[0], local, 'az:// with account, key and endpoint');
  assert.deepEqual(cloud[1], local, 'abfss:// with the emulator switch');
  assert.deepEqual(cloud[2], localCsv, 'az:// CSV glob');
  const secrets = JSON.stringify(report);
  assert.ok(!secrets.includes(AZURITE_KEY), 'the key is not in the report');
});

test('a missing container, a missing blob and a bad key are coded errors with hints; other sources still run', async () => {
  const wrongKey = 'AAAA' + AZURITE_KEY.slice(4);
  const report = await run(
    {
      no_container: { path: 'az://nolake/orders/part-0.parquet', storage_options: explicit() },
      no_blob: { path: 'az://lake/orders/2024/nope.parquet', storage_options: explicit() },
      no_match: { path: 'az://lake/orders/2030/*.parquet', storage_options: explicit() },
      bad_key: {
        path: 'az://lake/orders/2024/part-0.parquet',
        storage_options: { ...explicit(), azure_storage_account_key: '${TG_AZ_BAD_KEY}' },
      },
      fine: { path: 'part-0.parquet' },
    },
    { ...env(), TG_AZ_BAD_KEY: wrongKey },
  );
  const errors = Object.fromEntries(report.sources.map((s) => [s.name, s.error?.code ?? null]));
  assert.deepEqual(errors, {
    no_container: 'TG_OBJECT_BUCKET_MISSING',
    no_blob: 'TG_OBJECT_NOT_FOUND',
    no_match: 'TG_OBJECT_NOT_FOUND',
    bad_key: 'TG_OBJECT_ACCESS_DENIED',
    fine: null,
  });
  for (const s of report.sources.filter((x) => x.error)) assert.ok(s.error!.hint, `${s.name} has a hint`);
  assert.ok(!JSON.stringify(report).includes(wrongKey));
});

/** A source's fingerprint as openSource gives it (the listing only: no blob is downloaded for Parquet). */
function fingerprint(path: string, storageOptions: Record<string, unknown>): string {
  const suite = parseSuite(
    JSON.stringify({
      version: 1,
      sources: { s: { path, storage_options: storageOptions } },
      checks: { s: [] },
    }),
    { path: join(dir, 'fp.yml'), baseDir: dir, env: env() },
  );
  return openSource('s', suite.sources.s!, { baseDir: dir }).fingerprint;
}

test('blobs are listed like s3 objects: ETag fingerprints, one file per blob, CSV and JSON from local copies', async () => {
  const report = await run({
    az: { path: 'az://lake/orders/2024/part-*.parquet', storage_options: explicit() },
    abfss: {
      path: `abfss://lake@${AZURITE_ACCOUNT}.dfs.core.windows.net/orders/2024/*.parquet`,
      storage_options: { azure_storage_use_emulator: true },
    },
    az_csv: { path: 'az://lake/csv/part-*.csv', storage_options: explicit() },
    az_json: { path: 'az://lake/json/rows.json', storage_options: explicit() },
    local_json: { path: 'rows.json' },
  });
  const [az_, abfss, csv, json, localJson] = report.sources;
  assert.match(az_!.fingerprint!, /^objects:[0-9a-f]{32}$/);
  // The same blobs through either scheme are the same versions.
  assert.equal(abfss!.fingerprint, az_!.fingerprint);
  assert.deepEqual(
    az_!.files,
    [0, 1, 2].map((i) => `az://lake/orders/2024/part-${i}.parquet`),
  );
  // A failing CSV row keeps its line: the blob was read like a local file.
  const nulls = csv!.checks.find((c) => c.id === 'az_csv.not_null.city')!;
  assert.equal(nulls.samples[0]!.line, 2, JSON.stringify(nulls.samples[0]));
  assert.deepEqual(verdicts(json!), verdicts(localJson!), 'a JSON array blob reads like the local file');

  const before = fingerprint('az://lake/orders/2024/part-*.parquet', explicit());
  assert.equal(fingerprint('az://lake/orders/2024/part-*.parquet', explicit()), before);
  // Same bytes uploaded again: a new blob version, a new ETag.
  await az.put('lake', 'orders/2024/part-1.parquet', part(1).writeParquet());
  assert.notEqual(fingerprint('az://lake/orders/2024/part-*.parquet', explicit()), before);
});

test('a connection string or a SAS token alone reaches the blobs, and neither is echoed', async () => {
  const key = new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY);
  const sas = generateAccountSASQueryParameters(
    {
      permissions: AccountSASPermissions.parse('rl'),
      services: AccountSASServices.parse('b').toString(),
      resourceTypes: AccountSASResourceTypes.parse('sco').toString(),
      expiresOn: new Date(Date.now() + 3600_000),
    },
    key,
  ).toString();
  const connection = `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};BlobEndpoint=${az.endpoint};`;
  const report = await run(
    {
      local: { path: 'part-*.parquet' },
      local_csv: { path: 'part-*.csv' },
      by_connection_string: { path: 'az://lake/orders/2024/part-*.parquet' },
      by_sas: {
        path: 'az://lake/csv/part-*.csv',
        storage_options: {
          azure_storage_account_name: AZURITE_ACCOUNT,
          azure_storage_sas_key: '${TG_AZ_SAS}',
          azure_storage_endpoint: az.endpoint,
          azure_allow_http: true,
        },
      },
    },
    { TG_AZ_SAS: sas, AZURE_STORAGE_CONNECTION_STRING: connection },
  );
  const [local, localCsv, byConnection, bySas] = report.sources;
  assert.deepEqual(verdicts(byConnection!), verdicts(local!));
  assert.deepEqual(verdicts(bySas!), verdicts(localCsv!));
  const text = JSON.stringify(report);
  assert.ok(!text.includes(sas.split('sig=')[1]!.split('&')[0]!), 'the SAS signature is in the report');
  assert.ok(!text.includes(AZURITE_KEY));
});

test('an endpoint where nothing listens, plain http without azure_allow_http, and a server answering 503 are coded errors', async () => {
  const dead = `http://127.0.0.1:${await freePort()}/${AZURITE_ACCOUNT}`;
  // In another process: this one's main thread blocks while the listing runs on the worker thread.
  const busy = await busyServer();
  const busyUrl = `${busy.url}/${AZURITE_ACCOUNT}`;
  try {
    const t0 = performance.now();
    const report = await run({
      dead: {
        path: 'az://lake/orders/2024/*.parquet',
        storage_options: { ...explicit(), azure_storage_endpoint: dead },
      },
      plain_http: {
        path: 'az://lake/orders/2024/part-0.parquet',
        storage_options: { ...explicit(), azure_allow_http: false },
      },
      busy: {
        path: 'az://lake/csv/*.csv',
        storage_options: { ...explicit(), azure_storage_endpoint: busyUrl },
      },
    });
    const errors = Object.fromEntries(report.sources.map((s) => [s.name, s.error]));
    assert.equal(errors.dead?.code, 'TG_OBJECT_ENDPOINT', JSON.stringify(errors.dead));
    assert.equal(errors.plain_http?.code, 'TG_OBJECT_ENDPOINT');
    assert.match(errors.plain_http!.message, /azure_allow_http/);
    assert.equal(errors.busy?.code, 'TG_OBJECT_NETWORK', JSON.stringify(errors.busy));
    assert.match(errors.busy!.message, /after 3 attempts/);
    assert.ok((await busy.requests()) >= 3, 'retried');
    assert.ok(performance.now() - t0 < 30_000, `${performance.now() - t0} ms`);
  } finally {
    busy.stop();
  }
});

test('a public container is listed and read anonymously, with the account and endpoint only', async () => {
  const svc = new BlobServiceClient(
    az.endpoint,
    new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY),
  );
  const box = svc.getContainerClient('open');
  await box.create({ access: 'container' });
  for (const i of [0, 1, 2])
    await box.getBlockBlobClient(`part-${i}.parquet`).uploadData(part(i).writeParquet());
  const report = await run({
    local: { path: 'part-*.parquet' },
    anonymous: {
      path: 'az://open/part-*.parquet',
      storage_options: {
        azure_storage_account_name: AZURITE_ACCOUNT,
        azure_storage_endpoint: az.endpoint,
        azure_allow_http: true,
      },
    },
  });
  const [local, anonymous] = report.sources;
  assert.deepEqual(verdicts(anonymous!), verdicts(local!), JSON.stringify(anonymous!.error));
  assert.match(anonymous!.fingerprint!, /^objects:/);
});

test('a blob rewritten between its listing and its download is not found, never read in its place', async () => {
  await az.put('lake', 'moving/a.csv', 'id\n1\n');
  const options = { ...explicit(), azure_storage_account_key: AZURITE_KEY };
  const listed = listObjects('az://lake/moving/*.csv', options);
  await az.put('lake', 'moving/a.csv', 'id\n2\n');
  assert.throws(
    () => listed.spool(),
    (e: unknown) => e instanceof TruthgateError && e.code === 'TG_OBJECT_NOT_FOUND',
  );
  const again = listObjects('az://lake/moving/*.csv', options);
  again.spool();
  assert.match(readFileSync(localFile(again.uris[0]!), 'utf8'), /^id\n2\n/);
});
