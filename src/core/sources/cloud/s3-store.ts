import { createWriteStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type * as S3Sdk from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { keyMatcher } from './key-glob.ts';
import type { S3Connection } from './s3-settings.ts';
import {
  byKey,
  UNREACHABLE,
  type Failure,
  type FailureKind,
  type ObjectInfo,
  type Store,
} from './worker-protocol.ts';

/**
 * S3 (and S3-compatible servers) through the AWS SDK, which retries throttling, 5xx and dropped
 * connections with backoff; what still fails comes back as a classified, plain error.
 */

/** A refused or unresolvable endpoint is reported in seconds, not after the OS's connect timeout. */
const CONNECT_TIMEOUT_MS = 3000;
const REQUEST_TIMEOUT_MS = 60_000;
const MAX_ATTEMPTS = 3;

/** The SDK, imported on first use (a dynamic import stays lazy in the bundled worker too). */
let loaded: Promise<typeof S3Sdk> | undefined;
const aws = (): Promise<typeof S3Sdk> => (loaded ??= import('@aws-sdk/client-s3'));

const clients = new Map<string, S3Client>();

async function client(c: S3Connection): Promise<S3Client> {
  const id = JSON.stringify(c);
  let s3 = clients.get(id);
  if (!s3) {
    const { S3Client } = await aws();
    s3 = new S3Client({
      region: c.region,
      ...(c.endpoint ? { endpoint: c.endpoint } : {}),
      forcePathStyle: c.forcePathStyle,
      ...(c.credentials ? { credentials: c.credentials } : {}),
      // Unsigned requests: no credential chain is consulted, nothing is signed.
      ...(c.anonymous
        ? { credentials: { accessKeyId: '', secretAccessKey: '' }, signer: { sign: async <R>(r: R) => r } }
        : {}),
      maxAttempts: MAX_ATTEMPTS,
      // A bucket in another region than the one guessed is still listed.
      followRegionRedirects: true,
      retryMode: 'standard',
      // S3-compatible servers often lack the newer checksum headers; reads do not need them.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      requestHandler: { connectionTimeout: CONNECT_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS },
    });
    clients.set(id, s3);
  }
  return s3;
}

async function headBucket(s3: S3Client, bucket: string): Promise<void> {
  const { HeadBucketCommand } = await aws();
  try {
    await s3.send(new HeadBucketCommand({ Bucket: bucket }));
  } catch (err) {
    if (status(err) === 404)
      throw Object.assign(new Error(`bucket ${bucket} not found`), { name: 'NoSuchBucket' });
    throw err;
  }
}

function info(key: string, etag?: string, size?: number, modified?: Date): ObjectInfo {
  return { key, etag: etag ?? '', size: size ?? 0, lastModified: modified?.toISOString() ?? '' };
}

function status(err: unknown): number | undefined {
  return (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
}

const DENIED = new Set([
  'AccessDenied',
  'Forbidden',
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'InvalidToken',
  'ExpiredToken',
  'CredentialsProviderError',
]);

export const s3Store: Store<S3Connection> = {
  async list(c, r) {
    const s3 = await client(c);
    const { HeadObjectCommand, ListObjectsV2Command } = await aws();
    if (!r.glob) {
      try {
        const h = await s3.send(new HeadObjectCommand({ Bucket: r.bucket, Key: r.key }));
        return [info(r.key, h.ETag, h.ContentLength, h.LastModified)];
      } catch (err) {
        // A HEAD answers 404 without saying whether the bucket or the key is missing.
        if (status(err) === 404) await headBucket(s3, r.bucket);
        throw err;
      }
    }
    const match = keyMatcher(r.key);
    const out: ObjectInfo[] = [];
    let token: string | undefined;
    do {
      const page = await s3.send(
        new ListObjectsV2Command({ Bucket: r.bucket, Prefix: r.prefix, ContinuationToken: token }),
      );
      for (const o of page.Contents ?? [])
        if (o.Key !== undefined && match(o.Key)) out.push(info(o.Key, o.ETag, o.Size, o.LastModified));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return out.sort(byKey);
  },

  async resolved(c, bucket) {
    // polars reads with the same identity: resolved here from the SDK's chain (env, profile, SSO…).
    const s3 = await client(c);
    const { HeadBucketCommand } = await aws();
    const region = c.detectRegion
      ? (await s3.send(new HeadBucketCommand({ Bucket: bucket }))).BucketRegion
      : undefined;
    // Unsigned: polars has aws_skip_signature from the settings, and no identity to be told.
    const regionOption: Record<string, string> = region ? { aws_region: region } : {};
    if (c.anonymous) return regionOption;
    const { accessKeyId, secretAccessKey, sessionToken } = c.credentials ?? (await s3.config.credentials());
    return {
      aws_access_key_id: accessKeyId,
      aws_secret_access_key: secretAccessKey,
      ...(sessionToken ? { aws_session_token: sessionToken } : {}),
      ...regionOption,
    };
  },

  async download(c, bucket, item, dest) {
    const { GetObjectCommand } = await aws();
    const got = await (
      await client(c)
    ).send(new GetObjectCommand({ Bucket: bucket, Key: item.key, IfMatch: item.etag || undefined }));
    await pipeline(got.Body as Readable, createWriteStream(dest));
  },

  classify(err): Failure {
    const e = err as { name?: string; code?: string; message?: string; $metadata?: { attempts?: number } };
    const code = status(err);
    const name = e.name ?? '';
    const attempts = e.$metadata?.attempts ?? MAX_ATTEMPTS;
    const message = (e.message ?? String(err)).split('\n')[0]!.trim();
    // A HEAD answer has no body, so the SDK can only say "UnknownError": the status says more.
    const unknown = (t: string): boolean => !t || /^Unknown(Error)?$/.test(t);
    const fromStatus = code !== undefined ? `HTTP ${code}${unknown(name) ? '' : ` ${name}`}` : name;
    const vague = unknown(message) || message === name;
    const detail = vague
      ? fromStatus || 'no answer'
      : code !== undefined
        ? `${fromStatus}: ${message}`
        : message;
    const kind: FailureKind =
      name === 'NoSuchBucket'
        ? 'bucket'
        : // 412: the object was rewritten since it was listed (the download asks for that ETag).
          code === 404 || code === 412 || name === 'NoSuchKey' || name === 'NotFound'
          ? 'notfound'
          : code === 403 || code === 401 || DENIED.has(name)
            ? 'denied'
            : UNREACHABLE.has(e.code ?? '') || /without establishing a connection/i.test(detail)
              ? 'endpoint'
              : 'network';
    return { kind, detail, attempts };
  },
};
