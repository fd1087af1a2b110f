import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import pl from 'nodejs-polars';
import { checkSources, orderChecks, verdicts } from '../helpers/cloud-check.ts';
import { startGcs, type GcsServer } from '../helpers/gcs.ts';
import { startGoogleToken, type GoogleToken } from '../helpers/google-token.ts';

/**
 * gs:// sources signed with a credential file of each common type (a service-account key, a
 * user's ADC file from `gcloud auth application-default login`): the listing exchanges the file's
 * own credentials for a token and reads the objects, and google-auth-library prints nothing to the
 * user's terminal (it warns on `keyFilename`, `credentials` and its generic `fromJSON`). The
 * server is fake-gcs-server named by STORAGE_EMULATOR_HOST; the token endpoint is a stand-in for
 * oauth2.googleapis.com reached through HTTPS_PROXY. CSV objects are read from the listing's
 * local copies, so every request here is the listing client's.
 */
const dir = mkdtempSync(join(tmpdir(), 'tg-gcs-cred-'));
let gcs: GcsServer;
let google: GoogleToken;

before(async () => {
  const data = join(dir, 'data');
  mkdirSync(join(data, 'lake', 'orders'), { recursive: true });
  for (const i of [0, 1]) {
    const csv = pl
      .DataFrame({ id: [i * 10 + 1, i * 10 + 2], city: [null, 'Zürich'], amount: [12.5, i ? -3 : 7] })
      .writeCSV();
    writeFileSync(join(data, 'lake', 'orders', `part-${i}.csv`), csv);
    writeFileSync(join(dir, `part-${i}.csv`), csv);
  }
  gcs = await startGcs(data);
  google = await startGoogleToken();
});
after(async () => {
  google?.stop();
  await gcs?.stop();
});

// Only the file each test names is a credential (not gcloud's own, nor a metadata server).
for (const k of Object.keys(process.env))
  if (/^(GOOGLE_|GCLOUD_|GCE_|CLOUDSDK_|STORAGE_EMULATOR_HOST$)/.test(k)) delete process.env[k];

/** Runs the CSV glob with `key` as GOOGLE_APPLICATION_CREDENTIALS next to the same local files. */
async function runWith(key: object) {
  const file = join(dir, `adc-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(key));
  const seen = google.requests.length;
  const r = await checkSources(
    dir,
    { local: { path: 'part-*.csv' }, gs: { path: 'gs://lake/orders/*.csv' } },
    orderChecks,
    {
      ...google.env,
      STORAGE_EMULATOR_HOST: gcs.url,
      GOOGLE_APPLICATION_CREDENTIALS: file,
      CLOUDSDK_CONFIG: join(dir, 'no-gcloud'),
      METADATA_SERVER_DETECTION: 'none',
    },
  );
  const [local, gs] = r.report.sources.map(verdicts);
  return { local, gs, stderr: r.stderr, exchanged: google.requests.slice(seen) };
}

const NOISE = /deprecat|does not validate|keyFilename/i;

test('a user ADC file (authorized_user) lists and reads with its refresh token, printing nothing', async () => {
  const r = await runWith({
    type: 'authorized_user',
    client_id: 'tg-test.apps.googleusercontent.com',
    client_secret: 'tg-secret',
    refresh_token: 'tg-refresh-token',
    universe_domain: 'googleapis.com',
  });
  assert.equal(r.local!.error, undefined);
  assert.deepEqual(r.gs, r.local, r.stderr);
  assert.doesNotMatch(r.stderr, NOISE);
  assert.ok(r.exchanged.length >= 1, 'the listing was signed');
  assert.deepEqual(
    r.exchanged.map((f) => [f.get('grant_type'), f.get('refresh_token')]),
    r.exchanged.map(() => ['refresh_token', 'tg-refresh-token']),
  );
});

test('a service-account key file lists and reads as that account, printing nothing', async () => {
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const r = await runWith({
    type: 'service_account',
    project_id: 'tg-test',
    private_key_id: 'k1',
    private_key: privateKey,
    client_email: 'reader@tg-test.iam.gserviceaccount.com',
  });
  assert.equal(r.local!.error, undefined);
  assert.deepEqual(r.gs, r.local, r.stderr);
  assert.doesNotMatch(r.stderr, NOISE);
  assert.ok(r.exchanged.length >= 1, 'the listing was signed');
  for (const form of r.exchanged) {
    const claims = JSON.parse(Buffer.from(form.get('assertion')!.split('.')[1]!, 'base64url').toString());
    assert.equal(claims.iss, 'reader@tg-test.iam.gserviceaccount.com');
  }
});
