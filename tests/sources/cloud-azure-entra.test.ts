import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import pl from 'nodejs-polars';
import { objectStoreError } from '../../src/core/sources/cloud/polars-errors.ts';
import { hasStackTrace } from '../cli/run-cli.ts';
import { checkSources, orderChecks, verdicts } from '../helpers/cloud-check.ts';
import { AZURITE_ACCOUNT, startAzurite, type AzuriteServer } from '../helpers/azurite.ts';
import {
  accessToken,
  makeCerts,
  startTokenServer,
  type TestCerts,
  type TokenServer,
} from '../helpers/entra.ts';
import { freePort } from '../helpers/s3.ts';

/**
 * az:// sources read with a Microsoft Entra ID identity: Azurite in its `--oauth basic` mode over
 * https (it accepts bearer tokens only there), tokens from a local OAuth2 endpoint in Entra ID's
 * shape. Run through the CLI in a child process, which trusts the test CA from its start
 * (NODE_EXTRA_CA_CERTS for the listing, SSL_CERT_FILE for polars' reader).
 */
const TENANT = '72f988bf-0000-4000-8000-00000000c0de';
const CLIENT = '0f1e2d3c-0000-4000-8000-00000000a11d';
const SECRET = 'tg-entra-secret-9f8e7d6c5b4a';
const ASSERTION = 'tg-federated-assertion-1a2b3c';

const dir = mkdtempSync(join(tmpdir(), 'tg-entra-'));
let certs: TestCerts;
let az: AzuriteServer;
let tokens: TokenServer;

function part(i: number): pl.DataFrame {
  return pl.DataFrame({
    id: [i * 10 + 1, i * 10 + 2, i * 10 + 3],
    city: [null, 'Zürich', i === 1 ? '東京' : 'São Paulo'],
    amount: [null, 12.5, i === 2 ? -3 : 7],
  });
}

/** A PUT to Azurite as the test's own principal (a token minted here: Azurite does not check signatures). */
function put(path: string, body: Uint8Array | string, headers: Record<string, string> = {}): Promise<void> {
  const url = new URL(`${az.endpoint}/${path}`);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'PUT',
        ca: readFileSync(certs.ca),
        headers: {
          authorization: `Bearer ${accessToken(TENANT, CLIENT)}`,
          'x-ms-version': '2021-12-02',
          'content-length': String(Buffer.byteLength(body)),
          ...headers,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode! < 300 ? resolve() : reject(new Error(`PUT ${path}: HTTP ${res.statusCode}`)),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

before(async () => {
  certs = makeCerts(dir);
  az = await startAzurite({ https: { cert: certs.cert, key: certs.key }, args: ['--oauth', 'basic'] });
  tokens = await startTokenServer(certs, {
    tenantId: TENANT,
    clientId: CLIENT,
    clientSecret: SECRET,
    assertion: ASSERTION,
  });
  await put('lake?restype=container', '');
  for (const i of [0, 1, 2]) {
    const df = part(i);
    await put(`lake/orders/part-${i}.parquet`, df.writeParquet(), { 'x-ms-blob-type': 'BlockBlob' });
    await put(`lake/csv/part-${i}.csv`, df.writeCSV(), { 'x-ms-blob-type': 'BlockBlob' });
    df.writeParquet(join(dir, `part-${i}.parquet`));
    writeFileSync(join(dir, `part-${i}.csv`), df.writeCSV());
  }
  writeFileSync(join(dir, 'token.jwt'), ASSERTION);
});
after(async () => {
  await tokens?.stop();
  await az?.stop();
});

const checks = [...orderChecks, { mean_between: { column: 'amount', min: 0, max: 10 } }];

/** The account and https endpoint; the identity comes from the variables or the extra keys. */
const at = (extra: Record<string, string> = {}) => ({
  azure_storage_account_name: AZURITE_ACCOUNT,
  azure_storage_endpoint: az.endpoint,
  ...extra,
});

/** Trust for the test CA. */
const baseEnv = (): Record<string, string> => ({ NODE_EXTRA_CA_CERTS: certs.ca, SSL_CERT_FILE: certs.ca });
// None of the machine's Azure variables reach the CLI (object_store acts on an empty one too).
for (const k of Object.keys(process.env)) if (/^(AZURE|AZURITE|IDENTITY|MSI)_/.test(k)) delete process.env[k];

const check = (sources: Record<string, unknown>, env: Record<string, string>) =>
  checkSources(dir, sources, checks, { ...baseEnv(), ...env });

test('a service principal from the AZURE_* variables lists and reads the blobs (Parquet in place, CSV spooled) like local files', async () => {
  const before = tokens.requests.length;
  const r = await check(
    {
      local: { path: 'part-*.parquet' },
      local_csv: { path: 'part-*.csv' },
      parquet: { path: 'az://lake/orders/part-*.parquet', storage_options: at() },
      csv: { path: 'az://lake/csv/part-*.csv', storage_options: at() },
    },
    {
      AZURE_TENANT_ID: TENANT,
      AZURE_CLIENT_ID: CLIENT,
      AZURE_CLIENT_SECRET: SECRET,
      AZURE_AUTHORITY_HOST: tokens.authorityHost,
    },
  );
  const [local, localCsv, parquet, csv] = r.report.sources.map(verdicts);
  assert.equal(local!.rows, 9);
  assert.deepEqual(parquet, local, `${JSON.stringify(parquet)}\n${r.stderr}`);
  assert.deepEqual(csv, localCsv);
  assert.match(r.report.sources[2]!.fingerprint!, /^objects:/, 'listed, with the blob versions');
  // The listing (@azure/identity) and polars (object_store) each asked for a token as that principal.
  const asked = tokens.requests.slice(before).filter((q) => q.path.endsWith('/token'));
  assert.ok(asked.length >= 2, JSON.stringify(asked.map((q) => q.userAgent)));
  assert.ok(asked.every((q) => q.form.client_id === CLIENT && q.form.client_secret === SECRET));
  assert.ok(!`${r.stdout}${r.stderr}`.includes(SECRET), 'the secret is not echoed');
});

test('the same identity as azure_* keys in storage_options with ${ENV} values, and a workload identity from a federated token file', async () => {
  const r = await check(
    {
      local: { path: 'part-*.parquet' },
      keys: {
        path: 'az://lake/orders/part-*.parquet',
        storage_options: at({
          azure_tenant_id: TENANT,
          azure_client_id: CLIENT,
          azure_client_secret: '${TG_ENTRA_SECRET}',
          azure_authority_host: tokens.authorityHost,
        }),
      },
      workload: {
        path: 'az://lake/csv/part-0.csv',
        format: 'csv',
        storage_options: at({
          azure_tenant_id: TENANT,
          azure_client_id: CLIENT,
          azure_federated_token_file: join(dir, 'token.jwt'),
          azure_authority_host: tokens.authorityHost,
        }),
      },
    },
    { TG_ENTRA_SECRET: SECRET },
  );
  const [local, keys, workload] = r.report.sources.map(verdicts);
  assert.deepEqual(keys, local, `${JSON.stringify(keys)}\n${r.stderr}`);
  assert.equal(workload!.error, undefined, `${JSON.stringify(workload)}\n${r.stderr}`);
  assert.equal(workload!.rows, 3);
  for (const s of r.report.sources.slice(1))
    assert.match(s.fingerprint!, /^objects:/, `${s.name} is listed with its identity, not left to polars`);
  assert.ok(
    tokens.requests.some((q) => q.form.client_assertion === ASSERTION),
    'the federated assertion was sent',
  );
  assert.ok(!`${r.stdout}${r.stderr}`.includes(SECRET));
});

test('a wrong secret and an unreachable authority are TG_OBJECT_IDENTITY with a hint, in seconds, secret never shown', async () => {
  const wrong = 'tg-wrong-secret-0a0b0c0d';
  const dead = `https://127.0.0.1:${await freePort()}`;
  const r = await check(
    {
      wrong: {
        path: 'az://lake/orders/part-*.parquet',
        storage_options: at({ azure_client_secret: '${TG_WRONG}' }),
      },
      unreachable: {
        path: 'az://lake/orders/part-0.parquet',
        storage_options: at({ azure_authority_host: dead }),
      },
      plain_http: {
        path: 'az://lake/orders/part-0.parquet',
        storage_options: at({ azure_authority_host: tokens.authorityHost.replace('https:', 'http:') }),
      },
      fine: { path: 'part-0.parquet' },
    },
    {
      AZURE_TENANT_ID: TENANT,
      AZURE_CLIENT_ID: CLIENT,
      AZURE_CLIENT_SECRET: SECRET,
      AZURE_AUTHORITY_HOST: tokens.authorityHost,
      TG_WRONG: wrong,
    },
  );
  const errors = Object.fromEntries(r.report.sources.map((s) => [s.name, s.error]));
  assert.equal(errors.wrong?.code, 'TG_OBJECT_IDENTITY', JSON.stringify(errors.wrong));
  assert.match(errors.wrong!.message, new RegExp(`service principal ${CLIENT} in tenant ${TENANT}`));
  assert.match(errors.wrong!.message, /AADSTS7000215|invalid_client/);
  assert.match(errors.wrong!.hint ?? '', /AZURE_CLIENT_SECRET/);
  assert.equal(errors.unreachable?.code, 'TG_OBJECT_IDENTITY', JSON.stringify(errors.unreachable));
  assert.equal(errors.plain_http?.code, 'TG_OBJECT_ENDPOINT');
  assert.match(errors.plain_http!.message, /must use https/);
  assert.equal(errors.fine, undefined);
  assert.equal(r.report.sources.find((s) => s.name === 'fine')!.rowCount, 3);
  const text = `${r.stdout}${r.stderr}`;
  for (const s of [SECRET, wrong]) assert.ok(!text.includes(s), 'no secret in the output');
  assert.equal(hasStackTrace(r.stderr), false, r.stderr);
  // Measured on a shared 2-core machine: the CLI start plus three failed identities.
  assert.ok(r.seconds < 30, `${r.seconds} s`);
});

test("polars' own token failures (object_store's text) are TG_OBJECT_IDENTITY too, not a network failure", () => {
  // Seen in this file's first runs, when an empty AZURE_FEDERATED_TOKEN_FILE reached polars.
  const raw =
    'object-store error: Generic MicrosoftAzure error: Error reading federated token file  (path: az://lake/orders/part-2.parquet)';
  const e = objectStoreError(raw, 'az://lake/orders/part-*.parquet');
  assert.equal(e?.code, 'TG_OBJECT_IDENTITY');
  assert.match(e!.message, /polars' reader/);
});
