import assert from 'node:assert/strict';
import { createServer as createHttpServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer, type Socket } from 'node:net';
import { after, before, describe, test } from 'node:test';
import pl from 'nodejs-polars';
import { stringify } from 'yaml';
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runSource } from '../../src/core/engine/run-source.ts';
import { localFile, prefetchObjects } from '../../src/core/sources/cloud/objects.ts';
import { openSource } from '../../src/core/sources/open.ts';
import { parseSuite } from '../../src/core/suite/load.ts';
import { hasStackTrace, ROOT, runCli, tempProject } from '../cli/run-cli.ts';
import { freePort, startS3Server, type S3Server } from '../helpers/s3.ts';

/**
 * Object-storage sources against a real S3-compatible server (s3proxy on 127.0.0.1): the same
 * data as local files and in a bucket give the same report, and each failure has its own code.
 */

let s3: S3Server;
const BUCKET = 'tg-data';

/** Edge cases on purpose: nulls first, unicode, an empty string, a late large value. */
function part(i: number): pl.DataFrame {
  return pl.DataFrame({
    id: [i * 10 + 1, i * 10 + 2, i * 10 + 3, i * 10 + 4],
    city: [null, 'Zürich', i === 2 ? '' : '東京', 'São Paulo'],
    amount: [null, 12.5, -3, i === 2 ? 1e9 : 7],
  });
}

const CSV = 'id,city,amount\n1,Zürich,12.5\n2,,\n3,東京,-3\n4,São Paulo,1000000000\n';

const checks = [
  { row_count: { min: 1 } },
  { not_null: { columns: ['city'] } },
  { between: { column: 'amount', min: -10, max: 100 } },
  { unique: { column: 'id' } },
  { mean_between: { column: 'amount', min: 0, max: 10 } },
];

const local: Record<string, Buffer> = {};

before(async () => {
  s3 = await startS3Server();
  await s3.createBucket(BUCKET);
  for (const i of [0, 1, 2]) {
    const buf = part(i).writeParquet();
    local[`part-${i}.parquet`] = buf;
    await s3.put(BUCKET, `orders/2024/part-${i}.parquet`, buf);
  }
  await s3.put(BUCKET, 'orders/2024/notes.txt', 'not data');
  await s3.put(BUCKET, 'raw/orders.csv', CSV);
});
after(() => s3?.stop());

function suiteText(sources: Record<string, unknown>): string {
  return stringify({ version: 1, sources, checks: { orders: checks, raw: checks } });
}

function cloudSources(extra: Record<string, unknown> = {}): Record<string, unknown> {
  const so = { ...s3.storageOptions, ...extra };
  return {
    orders: { path: `s3://${BUCKET}/orders/*/part-*.parquet`, storage_options: so },
    raw: { path: `s3://${BUCKET}/raw/orders.csv`, storage_options: so },
  };
}

const exec = promisify(execFile);

/** `truthgate check --format json` in a child process, without blocking this one (see the dropper). */
async function runCheck(dir: string, env: Record<string, string> = s3.env) {
  const r = await exec(
    process.execPath,
    [join(ROOT, 'bin', 'truthgate.js'), 'check', '--suite', 'truthgate.yml', '--format', 'json'],
    {
      cwd: dir,
      env: { ...process.env, LANG: 'C', ...env },
      maxBuffer: 64 << 20,
    },
  ).then(
    (o) => ({ code: 0, stdout: o.stdout, stderr: o.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      stdout: e.stdout,
      stderr: e.stderr,
    }),
  );
  return { ...r, report: r.stdout.trim().startsWith('{') ? JSON.parse(r.stdout) : undefined };
}

/** What must agree between a local and a bucket run: everything but paths, times and ids. */
function comparable(report: { sources: Record<string, unknown>[] }) {
  return report.sources.map((s) => ({
    name: s.name,
    format: s.format,
    rowCount: s.rowCount,
    columnCount: s.columnCount,
    checks: (s.checks as Record<string, unknown>[]).map((c) => ({
      id: c.id,
      status: c.status,
      observed: c.observed,
      failingCount: c.failingCount,
      message: c.message,
      samples: (c.samples as Record<string, unknown>[]).map(({ file: _f, ...rest }) => rest),
    })),
  }));
}

function noSecrets(text: string): void {
  assert.ok(!text.includes(s3.secretAccessKey), 'the secret key appears in the output');
}

describe('s3:// sources on a real S3-compatible server', () => {
  test('a Parquet glob and a CSV in a bucket give the report the same local files give', async () => {
    const localDir = tempProject({
      'truthgate.yml': suiteText({ orders: { path: 'part-*.parquet' }, raw: { path: 'orders.csv' } }),
      'orders.csv': CSV,
    });
    for (const [n, b] of Object.entries(local)) writeFileSync(join(localDir, n), b);
    const want = await runCheck(localDir);
    assert.equal(want.code, 1, want.stderr);

    const dir = tempProject({ 'truthgate.yml': suiteText(cloudSources()) });
    const got = await runCheck(dir);
    assert.equal(got.code, 1, got.stderr);
    assert.deepEqual(comparable(got.report), comparable(want.report));
    const orders = got.report.sources[0];
    assert.equal(orders.uri, `s3://${BUCKET}/orders/*/part-*.parquet`);
    assert.deepEqual(
      orders.files,
      [0, 1, 2].map((i) => `s3://${BUCKET}/orders/2024/part-${i}.parquet`),
    );
    assert.match(orders.fingerprint, /^objects:[0-9a-f]{32}$/);
    // A failing CSV row keeps its line number: the object is read like a local file.
    const between = got.report.sources[1].checks.find((c: { id: string }) => c.id === 'raw.between.amount');
    assert.equal(between.samples[0].line, 5);
    noSecrets(got.stdout + got.stderr);
  });

  test('a large CSV object is read in chunks and gives the same result', async () => {
    const big =
      'id,city,amount\n' +
      Array.from({ length: 4000 }, (_, i) => `${i},c${i % 7},${i % 50}`).join('\n') +
      '\n';
    {
      await s3.put(BUCKET, 'big/orders.csv', big);
      const env = { ...s3.env, TRUTHGATE_CHUNK_THRESHOLD_MB: '0.01', TRUTHGATE_CHUNK_MB: '0.005' };
      const so = s3.storageOptions;
      const c = [{ row_count: { min: 4000, max: 4000 } }, { between: { column: 'amount', min: 0, max: 40 } }];
      const text = (path: string, extra = {}) =>
        stringify({ version: 1, sources: { orders: { path, ...extra } }, checks: { orders: c } });
      const cloud = await runCheck(
        tempProject({ 'truthgate.yml': text(`s3://${BUCKET}/big/orders.csv`, { storage_options: so }) }),
        env,
      );
      const localRun = await runCheck(
        tempProject({ 'truthgate.yml': text('orders.csv'), 'orders.csv': big }),
        env,
      );
      assert.equal(cloud.code, 1, cloud.stderr);
      assert.deepEqual(comparable(cloud.report), comparable(localRun.report));
      assert.equal(cloud.report.sources[0].checks[1].failingCount, 4000 * (9 / 50));
    }
  });

  test('profile reads an s3 object with credentials from the standard AWS_* variables', () => {
    const env = {
      AWS_ENDPOINT_URL: s3.endpoint,
      AWS_ALLOW_HTTP: 'true',
      AWS_ACCESS_KEY_ID: s3.accessKeyId,
      AWS_SECRET_ACCESS_KEY: s3.secretAccessKey,
    };
    const r = runCli(['profile', `s3://${BUCKET}/orders/2024/part-1.parquet`, '--format', 'json'], { env });
    assert.equal(r.code, 0, r.stderr);
    const profile = JSON.parse(r.stdout);
    assert.equal(profile.source.uri, `s3://${BUCKET}/orders/2024/part-1.parquet`);
    assert.match(profile.source.fingerprint, /^objects:/);
    assert.equal(profile.table.rows, 4);
    assert.deepEqual(
      profile.columns.map((c: { name: string }) => c.name),
      ['id', 'city', 'amount'],
    );
    noSecrets(r.stdout + r.stderr);
  });
});

describe('object-storage errors: a code and a hint each, no stack trace, no secret', () => {
  async function expectSourceError(sources: Record<string, unknown>, code: string, env = s3.env) {
    const t0 = performance.now();
    const r = await runCheck(tempProject({ 'truthgate.yml': suiteText(sources) }), env);
    const ms = performance.now() - t0;
    assert.equal(r.code, 3, r.stdout + r.stderr);
    const err = r.report.sources[0].error;
    assert.equal(err.code, code, JSON.stringify(err));
    assert.ok(err.hint, 'has a hint');
    assert.ok(!hasStackTrace(r.stdout + r.stderr));
    noSecrets(r.stdout + r.stderr);
    // The other source still ran.
    assert.equal(r.report.sources[1].error, undefined);
    return { err, ms };
  }

  const one = (path: string, extra: Record<string, unknown> = {}) => ({
    orders: { path, storage_options: { ...s3.storageOptions, ...extra } },
    raw: { path: `s3://${BUCKET}/raw/orders.csv`, storage_options: s3.storageOptions },
  });

  test('missing bucket (glob and single key)', async () => {
    const e = await expectSourceError(one('s3://no-such-bucket/*.parquet'), 'TG_OBJECT_BUCKET_MISSING');
    assert.match(e.err.message, /no-such-bucket/);
    await expectSourceError(one('s3://no-such-bucket/a.parquet'), 'TG_OBJECT_BUCKET_MISSING');
  });

  test('a key or glob that matches no object', async () => {
    await expectSourceError(one(`s3://${BUCKET}/orders/*/nothing-*.parquet`), 'TG_OBJECT_NOT_FOUND');
    await expectSourceError(one(`s3://${BUCKET}/orders/2024/part-9.parquet`), 'TG_OBJECT_NOT_FOUND');
  });

  test('a wrong secret, or an unknown key id, is access denied', async () => {
    for (const env of [
      { ...s3.env, TG_TEST_S3_SECRET: 'wrong-secret-value-123' },
      { ...s3.env, TG_TEST_S3_KEY: 'unknown-key-id-456' },
    ]) {
      const r = await runCheck(tempProject({ 'truthgate.yml': suiteText(cloudSources()) }), env);
      assert.equal(r.code, 3);
      for (const s of r.report.sources) assert.equal(s.error.code, 'TG_OBJECT_ACCESS_DENIED');
      assert.ok(!(r.stdout + r.stderr).includes('wrong-secret-value-123'));
      noSecrets(r.stdout + r.stderr);
    }
  });

  test('a malformed endpoint, and plain http without aws_allow_http, fail at once', async () => {
    const a = await expectSourceError(
      one(`s3://${BUCKET}/raw/orders.csv`, { aws_endpoint_url: 'not a url' }),
      'TG_OBJECT_ENDPOINT',
    );
    assert.ok(a.ms < 5000, `${a.ms} ms`);
    const b = await expectSourceError(
      one(`s3://${BUCKET}/raw/orders.csv`, { aws_allow_http: false }),
      'TG_OBJECT_ENDPOINT',
    );
    assert.match(b.err.message, /aws_allow_http/);
  });

  test('an endpoint where nothing listens is reported in seconds', async () => {
    const port = await freePort();
    const e = await expectSourceError(
      one(`s3://${BUCKET}/raw/orders.csv`, { aws_endpoint_url: `http://127.0.0.1:${port}` }),
      'TG_OBJECT_ENDPOINT',
    );
    assert.ok(e.ms < 10_000, `${e.ms} ms`);
  });

  test('a server that keeps answering 503 Slow Down is a network failure, after retries', async () => {
    let requests = 0;
    const busy = createHttpServer((_req, res) => {
      requests++;
      res.writeHead(503, { 'Content-Type': 'application/xml' });
      res.end(
        '<?xml version="1.0"?><Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>',
      );
    });
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
    const port = (busy.address() as { port: number }).port;
    try {
      const e = await expectSourceError(
        one(`s3://${BUCKET}/orders/*.parquet`, { aws_endpoint_url: `http://127.0.0.1:${port}` }),
        'TG_OBJECT_NETWORK',
      );
      assert.match(e.err.message, /after 3 attempts/);
      assert.ok(requests >= 3, `${requests} requests`);
    } finally {
      busy.close();
    }
  });

  test('a server that drops every connection is a network failure, after retries', async () => {
    const sockets = new Set<Socket>();
    const dropper = createServer((s) => {
      sockets.add(s);
      s.once('data', () => s.resetAndDestroy());
    });
    await new Promise<void>((r) => dropper.listen(0, '127.0.0.1', r));
    const port = (dropper.address() as { port: number }).port;
    try {
      const e = await expectSourceError(
        one(`s3://${BUCKET}/raw/orders.csv`, { aws_endpoint_url: `http://127.0.0.1:${port}` }),
        'TG_OBJECT_NETWORK',
      );
      assert.match(e.err.message, /after 3 attempts/);
      assert.ok(sockets.size >= 3, `${sockets.size} connections`);
    } finally {
      dropper.close();
    }
  });
});

describe('the S3 worker thread', () => {
  test('a download slower than one poll of the worker is waited for and read whole', async () => {
    // Forwards to s3proxy, holding each object GET for 7 s (longer than the worker's 5 s poll).
    const slow = createHttpServer((req, res) => {
      const up = () =>
        req.pipe(
          request(
            { host: '127.0.0.1', port: s3.port, method: req.method, path: req.url, headers: req.headers },
            (r) => {
              res.writeHead(r.statusCode!, r.headers);
              r.pipe(res);
            },
          ),
        );
      if (req.method === 'GET' && !req.url!.includes('list-type')) setTimeout(up, 7000);
      else up();
    });
    await new Promise<void>((r) => slow.listen(0, '127.0.0.1', r));
    try {
      const endpoint = `http://127.0.0.1:${(slow.address() as AddressInfo).port}`;
      const so = { ...s3.storageOptions, aws_endpoint_url: endpoint };
      const sources = { raw: { path: `s3://${BUCKET}/raw/orders.csv`, storage_options: so } };
      const r = await runCheck(
        tempProject({ 'truthgate.yml': stringify({ version: 1, sources, checks: { raw: checks } }) }),
      );
      assert.equal(r.report?.sources[0].error, undefined, r.stdout + r.stderr);
      assert.equal(r.report.sources[0].rowCount, 4);
    } finally {
      slow.close();
    }
  });

  test('a worker thread that dies is a coded error in seconds, not a wait', async () => {
    const dir = tempProject({ 'truthgate.yml': suiteText(cloudSources()) });
    // Preloaded into every thread; ends only worker threads, as a crash at their start would.
    writeFileSync(
      join(dir, 'die.cjs'),
      "if (!require('node:worker_threads').isMainThread) process.exit(7);\n",
    );
    const t0 = performance.now();
    const r = await runCheck(dir, { ...s3.env, NODE_OPTIONS: `--require ${join(dir, 'die.cjs')}` });
    assert.equal(r.code, 3, r.stdout + r.stderr);
    assert.equal(r.report.sources[1].error.code, 'TG_OBJECT_WORKER');
    assert.match(r.report.sources[1].error.message, /stopped answering: Worker exited with code 7/);
    assert.ok(!hasStackTrace(r.stdout + r.stderr));
    assert.ok(performance.now() - t0 < 30_000);
  });
});

describe('a broken CSV object is explained like a local file', () => {
  test('a ragged row names the object URI and its line', async () => {
    await s3.put(BUCKET, 'broken/orders.csv', 'id,city,amount\n1,a,2\n2,b\n3,c,4\n');
    const r = await runCheck(
      tempProject({
        'truthgate.yml': suiteText({
          orders: { path: `s3://${BUCKET}/broken/orders.csv`, storage_options: s3.storageOptions },
          raw: { path: `s3://${BUCKET}/raw/orders.csv`, storage_options: s3.storageOptions },
        }),
      }),
    );
    assert.equal(r.code, 3, r.stderr);
    const err = r.report.sources[0].error;
    assert.equal(err.code, 'TG_CSV_RAGGED');
    assert.deepEqual(err.location, { file: `s3://${BUCKET}/broken/orders.csv`, line: 3, column: 1 });
    // Nothing of the local copy leaks into the report.
    assert.ok(!r.stdout.includes('truthgate-objects-'), r.stdout);
  });
});

describe('prefetch for activities', () => {
  test('prefetchObjects downloads without blocking, and openSource then reads the local copy', async () => {
    await s3.put(BUCKET, 'pre/a.csv', CSV);
    const text = stringify({
      version: 1,
      sources: { raw: { path: `s3://${BUCKET}/pre/*.csv`, storage_options: s3.storageOptions } },
      checks: { raw: checks },
    });
    const suite = parseSuite(text, { path: '/tmp/pre.yml', baseDir: '/tmp', env: s3.env });
    const uri = `s3://${BUCKET}/pre/a.csv`;
    assert.equal(localFile(uri), uri);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    await prefetchObjects([suite.sources.raw!]);
    clearInterval(timer);
    assert.notEqual(localFile(uri), uri);
    assert.equal(readFileSync(localFile(uri), 'utf8'), CSV);
    assert.ok(ticks > 0, 'the event loop ran during the download');
    const source = openSource('raw', suite.sources.raw!, { baseDir: '/tmp' });
    assert.deepEqual(source.files, [uri]);
    // A rewritten object is fetched again at open, never read stale.
    await s3.put(BUCKET, 'pre/a.csv', CSV.replace('Zürich', 'Zuerich'));
    openSource('raw', suite.sources.raw!, { baseDir: '/tmp' });
    assert.match(readFileSync(localFile(uri), 'utf8'), /Zuerich/);
  });
});

describe('failures after the listing', () => {
  test('an object deleted between open and read is TG_OBJECT_NOT_FOUND, not a raw polars error', async () => {
    await s3.put(BUCKET, 'gone/a.parquet', part(0).writeParquet());
    const text = stringify({
      version: 1,
      sources: { orders: { path: `s3://${BUCKET}/gone/*.parquet`, storage_options: s3.storageOptions } },
      checks: { orders: checks },
    });
    const suite = parseSuite(text, { path: '/tmp/gone.yml', baseDir: '/tmp', env: s3.env });
    const source = openSource('orders', suite.sources.orders!, { baseDir: '/tmp' });
    await s3.remove(BUCKET, 'gone/a.parquet');
    const result = await runSource(source, suite.checks.orders!, {
      now: new Date(),
      sampleSize: 5,
      baseDir: '/tmp',
      others: () => source,
    });
    assert.equal(result.error?.code, 'TG_OBJECT_NOT_FOUND', JSON.stringify(result.error));
    assert.equal(result.error?.message, `No object matches s3://${BUCKET}/gone/a.parquet`);
  });
});

describe('https:// and http:// sources', () => {
  test('a Parquet file and a CSV behind a plain web server are read in place by polars', async () => {
    const files: Record<string, Buffer> = {
      '/p.parquet': local['part-1.parquet']!,
      '/c.csv': Buffer.from(CSV),
    };
    // A static file server with ranges, as any web server or CDN answers.
    const web = createHttpServer((req, res) => {
      const body = files[req.url ?? ''];
      if (!body) return void res.writeHead(404).end();
      res.setHeader('Accept-Ranges', 'bytes');
      res.setHeader('ETag', `"${body.length}"`);
      if (req.method === 'HEAD') {
        res.setHeader('Content-Length', body.length);
        return void res.end();
      }
      const m = /bytes=(\d+)-(\d*)/.exec(req.headers.range ?? '');
      if (!m) return void res.end(body);
      const end = m[2] ? Number(m[2]) : body.length - 1;
      res.statusCode = 206;
      res.setHeader('Content-Range', `bytes ${m[1]}-${end}/${body.length}`);
      res.end(body.subarray(Number(m[1]), end + 1));
    });
    await new Promise<void>((r) => web.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(web.address() as { port: number }).port}`;
    try {
      const dir = tempProject({
        'truthgate.yml': suiteText({ orders: { path: `${base}/p.parquet` }, raw: { path: `${base}/c.csv` } }),
      });
      const r = await runCheck(dir, {});
      assert.equal(r.code, 1, r.stderr);
      const [orders, raw] = r.report.sources;
      assert.equal(orders.rowCount, 4);
      assert.equal(raw.rowCount, 4);
      assert.match(orders.fingerprint, /^unversioned:/);
      const byId = Object.fromEntries(raw.checks.map((c: { id: string }) => [c.id, c]));
      assert.equal(byId['raw.between.amount'].failingCount, 1);
      assert.equal(byId['raw.not_null.city'].failingCount, 1);
    } finally {
      web.close();
    }
  });
});
