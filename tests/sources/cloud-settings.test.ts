import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TruthgateError } from '../../src/core/errors.ts';
import { redactText } from '../../src/core/redact.ts';
import { isCloudPath, parseLocation } from '../../src/core/sources/cloud/location.ts';
import { s3Settings } from '../../src/core/sources/cloud/s3-settings.ts';
import { formatFromPath } from '../../src/core/sources/detect.ts';
import { SourceSpec } from '../../src/core/sources/spec.ts';

test('object-store URIs are told from local paths, and a glob from its listing prefix', () => {
  for (const p of [
    's3://b/k.csv',
    'S3://b/k',
    'gs://b/x/*.parquet',
    'abfss://c@a.dfs.core.windows.net/p.csv',
    'https://h/x.csv',
  ])
    assert.ok(isCloudPath(p), p);
  for (const p of ['data/x.csv', '/abs/x.csv', 'C:/x.csv', 'ftp://h/x.csv', 's3:/b/k.csv', 'file://x.csv'])
    assert.ok(!isCloudPath(p), p);
  assert.deepEqual(parseLocation('s3://lake/orders/2024/*/part-*.parquet'), {
    scheme: 's3',
    bucket: 'lake',
    key: 'orders/2024/*/part-*.parquet',
    glob: true,
    prefix: 'orders/2024/',
  });
  assert.deepEqual(parseLocation('s3://lake/a/{x,y}.csv').prefix, 'a/');
  assert.equal(parseLocation('s3://lake/plain.csv').glob, false);
  // A query string is part of an https address, never a glob.
  assert.equal(parseLocation('https://h/x.csv?v=1&a=*').glob, false);
  assert.equal(formatFromPath('https://h/export.parquet?sig=abc.def'), 'parquet');
  assert.equal(formatFromPath('s3://b/a/part-0.csv'), 'csv');
});

test('storage_options override the AWS_* environment, as polars reads it', () => {
  const env = {
    AWS_ENDPOINT_URL: 'https://env.example.com',
    AWS_DEFAULT_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'env-key-id',
    AWS_SECRET_ACCESS_KEY: 'env-secret-value',
  };
  const s = s3Settings({ aws_endpoint_url: 'http://127.0.0.1:9000', aws_allow_http: true }, env, 's3://b/k');
  assert.deepEqual(s.connection, {
    endpoint: 'http://127.0.0.1:9000',
    region: 'eu-west-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'env-key-id', secretAccessKey: 'env-secret-value' },
  });
  assert.equal(s.polars.aws_endpoint_url, 'http://127.0.0.1:9000');
  assert.equal(s.polars.aws_allow_http, 'true');
  assert.equal(s.shownEndpoint, 'http://127.0.0.1:9000');
  // A secret written out in the suite or the environment is redacted like a ${ENV} value.
  assert.equal(redactText('x env-secret-value y'), 'x ${AWS_SECRET_ACCESS_KEY} y');

  const plain = s3Settings({ aws_virtual_hosted_style_request: 'true' }, {}, 's3://b/k');
  // AWS itself with no region anywhere: the bucket is asked for its own.
  assert.deepEqual(plain.connection, { region: 'us-east-1', detectRegion: true, forcePathStyle: false });
  assert.equal(plain.shownEndpoint, 'AWS S3 (us-east-1)');
});

test('a malformed or plain-http endpoint is refused before any request', () => {
  const code = (endpoint: string, allow = false) => {
    try {
      s3Settings({ aws_endpoint_url: endpoint, aws_allow_http: allow }, {}, 's3://b/k');
      return 'ok';
    } catch (e) {
      assert.ok(e instanceof TruthgateError);
      return `${e.code}: ${e.params.detail}`;
    }
  };
  assert.match(code('not a url'), /^TG_OBJECT_ENDPOINT: not a URL/);
  assert.match(code('ftp://h:21'), /^TG_OBJECT_ENDPOINT: scheme ftp: is not http or https/);
  assert.match(code('http://127.0.0.1:9000'), /^TG_OBJECT_ENDPOINT: plain http needs aws_allow_http/);
  assert.equal(code('http://127.0.0.1:9000', true), 'ok');
  assert.equal(code('https://s3.example.com'), 'ok');
});

test('storage_options keys are object_store keys', () => {
  assert.ok(
    SourceSpec.safeParse({
      path: 's3://b/k',
      storage_options: { aws_region: 'x', aws_imdsv1_fallback: true, google_service_account: 'y' },
    }).success,
  );
  assert.ok(!SourceSpec.safeParse({ path: 's3://b/k', storage_options: { endpoint: 'x' } }).success);
  assert.ok(!SourceSpec.safeParse({ path: 's3://b/k', storage_options: { aws_region: ['x'] } }).success);
});
