import assert from 'node:assert/strict';
import { createServer, request, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import pl from 'nodejs-polars';
import { listObjects } from '../../src/core/sources/cloud/objects.ts';
import { hasStackTrace } from '../cli/run-cli.ts';
import { checkSources, orderChecks, verdicts } from '../helpers/cloud-check.ts';
import { startGcs, type GcsServer } from '../helpers/gcs.ts';

/**
 * gs:// sources with no credentials anywhere: a public bucket is listed and read unsigned (the
 * listing after Application Default Credentials found nothing, polars with google_skip_signature),
 * and a bucket that is not public is a coded error naming the credential variables. The server is
 * fake-gcs-server, named by STORAGE_EMULATOR_HOST (its standard variable), behind a proxy in this
 * process that records every request's Authorization header and answers 403 to unsigned requests
 * for the bucket `private`, as GCS does for a bucket that is not public. The CLI runs in a child
 * process so that the proxy keeps answering while the run blocks on its reads.
 */
const dir = mkdtempSync(join(tmpdir(), 'tg-gcs-anon-'));
let gcs: GcsServer;
let proxy: Server;
let proxyUrl: string;
const seen: { method: string; url: string; authorization?: string }[] = [];

const checks = orderChecks;

before(async () => {
  const data = join(dir, 'data');
  for (const bucket of ['public', 'private']) mkdirSync(join(data, bucket, 'orders'), { recursive: true });
  for (const i of [0, 1, 2]) {
    const df = pl.DataFrame({
      id: [i * 10 + 1, i * 10 + 2, i * 10 + 3],
      city: [null, 'Zürich', i === 1 ? '東京' : 'São Paulo'],
      amount: [null, 12.5, i === 2 ? -3 : 7],
    });
    df.writeParquet(join(data, 'public', 'orders', `part-${i}.parquet`));
    writeFileSync(join(data, 'public', 'orders', `part-${i}.csv`), df.writeCSV());
    df.writeParquet(join(data, 'private', 'orders', `part-${i}.parquet`));
    df.writeParquet(join(dir, `part-${i}.parquet`));
    writeFileSync(join(dir, `part-${i}.csv`), df.writeCSV());
  }
  gcs = await startGcs(data);
  const target = new URL(gcs.url);
  proxy = createServer((req, res) => {
    const authorization = req.headers.authorization;
    seen.push({ method: req.method ?? '', url: req.url ?? '', ...(authorization ? { authorization } : {}) });
    if (!authorization && /\/b\/private(\/|\?|$)|\/private\//.test(req.url ?? '')) {
      const message =
        'Anonymous caller does not have storage.objects.list access to the Google Cloud Storage bucket.';
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 401, message, errors: [{ message, reason: 'required' }] } }));
      req.resume();
      return;
    }
    const { host: _host, ...headers } = req.headers;
    const upstream = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as { port: number }).port}`;
});
after(async () => {
  proxy?.closeAllConnections();
  proxy?.close();
  await gcs?.stop();
});

// No credential variable reaches the CLI (nor gcloud's own file: CLOUDSDK_CONFIG points at an empty folder).
for (const k of Object.keys(process.env))
  if (/^(GOOGLE_|GCLOUD_|GCE_|CLOUDSDK_|STORAGE_EMULATOR_HOST$)/.test(k)) delete process.env[k];

const check = (sources: Record<string, unknown>) =>
  checkSources(dir, sources, checks, {
    STORAGE_EMULATOR_HOST: proxyUrl,
    CLOUDSDK_CONFIG: join(dir, 'no-gcloud'),
    // Not on Google Cloud: no metadata server to ask (as object_store also assumes off GCP).
    METADATA_SERVER_DETECTION: 'none',
  });

test('a public bucket is listed and read without credentials: the verdicts of local files, no request signed', async () => {
  const from = seen.length;
  const r = await check({
    local: { path: 'part-*.parquet' },
    local_csv: { path: 'part-*.csv' },
    parquet: { path: 'gs://public/orders/part-*.parquet' },
    csv: { path: 'gs://public/orders/part-*.csv' },
    asked: { path: 'gs://public/orders/part-*.parquet', storage_options: { google_skip_signature: true } },
  });
  const [local, localCsv, parquet, csv, asked] = r.report.sources.map(verdicts);
  assert.equal(local!.rows, 9);
  assert.deepEqual(parquet, local, `${JSON.stringify(parquet)}\n${r.stderr}`);
  assert.deepEqual(csv, localCsv, r.stderr);
  assert.deepEqual(asked, local, r.stderr);
  assert.match(r.report.sources[2]!.fingerprint!, /^objects:/, 'listed, with the object versions');
  const requests = seen.slice(from);
  assert.ok(
    requests.some((q) => /\/o(\?|$)/.test(q.url)),
    'the listing went through the proxy',
  );
  assert.ok(
    // object_store reads objects by their XML API path, /<bucket>/<escaped key>.
    requests.some((q) => q.method === 'GET' && q.url.startsWith('/public/orders%2Fpart')),
    "polars' reads went through the proxy",
  );
  assert.deepEqual(
    requests.filter((q) => q.authorization),
    [],
    'no request carries an Authorization header',
  );
});

test('a bucket that is not public is TG_OBJECT_ANONYMOUS_DENIED with a hint naming the credential variables, in seconds', async () => {
  const r = await check({
    private: { path: 'gs://private/orders/part-*.parquet' },
    private_one: { path: 'gs://private/orders/part-0.parquet' },
    fine: { path: 'part-0.parquet' },
  });
  const errors = Object.fromEntries(r.report.sources.map((s) => [s.name, s.error]));
  for (const name of ['private', 'private_one']) {
    assert.equal(errors[name]?.code, 'TG_OBJECT_ANONYMOUS_DENIED', JSON.stringify(errors[name]));
    assert.match(errors[name]!.message, /not public/);
    assert.match(errors[name]!.hint ?? '', /GOOGLE_APPLICATION_CREDENTIALS/);
  }
  assert.equal(errors.fine, undefined);
  assert.equal(hasStackTrace(r.stderr), false, r.stderr);
  // Measured on a shared 2-core machine: CLI start-up included.
  assert.ok(r.seconds < 30, `${r.seconds} s`);
});

test('the listing that found no credentials tells polars to read unsigned (google_skip_signature), not to look for them', () => {
  // In this process, straight to the server: the listing blocks this thread, so not through the proxy.
  const env = {
    STORAGE_EMULATOR_HOST: gcs.url,
    CLOUDSDK_CONFIG: join(dir, 'no-gcloud'),
    METADATA_SERVER_DETECTION: 'none',
  };
  Object.assign(process.env, env);
  const listed = listObjects('gs://public/orders/part-*.parquet', {}, env);
  assert.equal(listed.uris.length, 3);
  assert.equal(listed.cloudOptions.google_skip_signature, 'true');
});
