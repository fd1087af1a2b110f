import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { TruthgateError } from '../../src/core/errors.ts';
import { listObjects } from '../../src/core/sources/cloud/objects.ts';
import { startS3Server, type S3Server } from '../helpers/s3.ts';

/**
 * s3:// with `aws_skip_signature` against s3proxy (which enforces signatures): a bucket that allows
 * public listing is listed with no credentials anywhere, polars is told to read unsigned too, and a
 * private bucket is TG_OBJECT_ANONYMOUS_DENIED. (s3proxy's filesystem store keeps no object ACLs,
 * so the objects themselves cannot be made public there: the reads are not tested here.)
 */
let s3: S3Server;

before(async () => {
  s3 = await startS3Server();
  const admin = new S3Client({
    region: 'us-east-1',
    endpoint: s3.endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
  });
  await admin.send(new CreateBucketCommand({ Bucket: 'open', ACL: 'public-read' }));
  await s3.createBucket('shut');
  for (const b of ['open', 'shut'])
    for (const i of [0, 1]) await s3.put(b, `orders/part-${i}.csv`, `id\n${i}\n`);
});
after(() => s3?.stop());

/** No credentials: only the endpoint, as a user reading someone's public bucket would write. */
const env = (): NodeJS.ProcessEnv => ({ AWS_SKIP_SIGNATURE: 'true' });
const options = () => ({ aws_endpoint_url: s3.endpoint, aws_allow_http: true });

test('a public bucket is listed unsigned with AWS_SKIP_SIGNATURE or aws_skip_signature, and polars is told to read unsigned', () => {
  for (const [opts, environment] of [
    [options(), env()],
    [{ ...options(), aws_skip_signature: true }, {}],
  ] as const) {
    const listed = listObjects('s3://open/orders/part-*.csv', opts, environment);
    assert.deepEqual(
      listed.objects!.map((o) => o.key),
      ['orders/part-0.csv', 'orders/part-1.csv'],
    );
    assert.equal(listed.cloudOptions.aws_skip_signature, 'true');
    assert.equal(listed.cloudOptions.aws_access_key_id, undefined, 'no identity handed to polars');
  }
});

test('a private bucket read unsigned is TG_OBJECT_ANONYMOUS_DENIED, with a hint naming the credential variables', () => {
  for (const path of ['s3://shut/orders/part-*.csv', 's3://shut/orders/part-0.csv'])
    assert.throws(
      () => listObjects(path, options(), env()),
      (e: unknown) =>
        e instanceof TruthgateError &&
        e.code === 'TG_OBJECT_ANONYMOUS_DENIED' &&
        /AWS_ACCESS_KEY_ID/.test(e.hint('en') ?? ''),
    );
});
