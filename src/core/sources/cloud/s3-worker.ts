import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3';
import picomatch from 'picomatch';
import { runAsWorker } from 'synckit';
import type { S3Connection } from './s3-settings.ts';
import { POLL_MS, type WorkerReply, type WorkerRequest } from './s3-poll.ts';

/**
 * The S3 calls behind an object-store source, on a worker thread so that openSource stays
 * synchronous (synckit blocks the caller until the reply). The SDK retries throttling, 5xx and
 * dropped connections with backoff; what still fails comes back as a classified, plain error.
 */

export interface ObjectInfo {
  key: string;
  etag: string;
  size: number;
  lastModified: string;
}

export type FailureKind = 'bucket' | 'notfound' | 'denied' | 'endpoint' | 'network';
export interface Failure {
  kind: FailureKind;
  detail: string;
  attempts: number;
}

export type S3Request =
  | { op: 'list'; connection: S3Connection; bucket: string; key: string; glob: boolean; prefix: string }
  | {
      op: 'spool';
      connection: S3Connection;
      bucket: string;
      items: { key: string; etag: string; dest: string }[];
    };

export type S3Reply =
  | { ok: true; objects: ObjectInfo[]; credentials?: S3Connection['credentials']; region?: string }
  | { ok: false; failure: Failure };

/** A refused or unresolvable endpoint is reported in seconds, not after the OS's connect timeout. */
const CONNECT_TIMEOUT_MS = 3000;
const REQUEST_TIMEOUT_MS = 60_000;
const MAX_ATTEMPTS = 3;
const SPOOL_CONCURRENCY = 4;

const clients = new Map<string, S3Client>();

function client(c: S3Connection): S3Client {
  const id = JSON.stringify(c);
  let s3 = clients.get(id);
  if (!s3) {
    s3 = new S3Client({
      region: c.region,
      ...(c.endpoint ? { endpoint: c.endpoint } : {}),
      forcePathStyle: c.forcePathStyle,
      ...(c.credentials ? { credentials: c.credentials } : {}),
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

async function list(r: Extract<S3Request, { op: 'list' }>): Promise<ObjectInfo[]> {
  const s3 = client(r.connection);
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
  const match = picomatch(r.key, { dot: true });
  const out: ObjectInfo[] = [];
  let token: string | undefined;
  do {
    const page = await s3.send(
      new ListObjectsV2Command({ Bucket: r.bucket, Prefix: r.prefix, ContinuationToken: token }),
    );
    for (const o of page.Contents ?? [])
      if (o.Key !== undefined && !o.Key.endsWith('/') && match(o.Key))
        out.push(info(o.Key, o.ETag, o.Size, o.LastModified));
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

async function headBucket(s3: S3Client, bucket: string): Promise<void> {
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

/** Streams objects to local files (written aside, then renamed, so a cut download never looks whole). */
async function spool(r: Extract<S3Request, { op: 'spool' }>): Promise<void> {
  const s3 = client(r.connection);
  const queue = [...r.items];
  const one = async (): Promise<void> => {
    for (let it = queue.shift(); it; it = queue.shift()) {
      const part = `${it.dest}.part`;
      try {
        const got = await s3.send(
          new GetObjectCommand({ Bucket: r.bucket, Key: it.key, IfMatch: it.etag || undefined }),
        );
        await pipeline(got.Body as Readable, createWriteStream(part));
        await rename(part, it.dest);
      } catch (err) {
        await rm(part, { force: true });
        throw err;
      }
    }
  };
  await Promise.all(Array.from({ length: SPOOL_CONCURRENCY }, one));
}

function status(err: unknown): number | undefined {
  return (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
}

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
]);
const DENIED = new Set([
  'AccessDenied',
  'Forbidden',
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'InvalidToken',
  'ExpiredToken',
  'CredentialsProviderError',
]);

export function classify(err: unknown): Failure {
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
      : code === 404 || name === 'NoSuchKey' || name === 'NotFound'
        ? 'notfound'
        : code === 403 || code === 401 || DENIED.has(name)
          ? 'denied'
          : UNREACHABLE.has(e.code ?? '') || /without establishing a connection/i.test(detail)
            ? 'endpoint'
            : 'network';
  return { kind, detail, attempts };
}

/** One request; also called directly (async, on the main thread) by prefetchObjects. */
export async function handle(r: S3Request): Promise<S3Reply> {
  try {
    if (r.op === 'spool') {
      await spool(r);
      return { ok: true, objects: [] };
    }
    const objects = await list(r);
    // polars reads with the same identity: resolved here from the SDK's chain (env, profile, SSO…).
    const credentials = r.connection.credentials ?? (await client(r.connection).config.credentials());
    const { accessKeyId, secretAccessKey, sessionToken } = credentials;
    const region = r.connection.detectRegion
      ? (await client(r.connection).send(new HeadBucketCommand({ Bucket: r.bucket }))).BucketRegion
      : undefined;
    return {
      ok: true,
      objects,
      ...(region ? { region } : {}),
      credentials: { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) },
    };
  } catch (err) {
    return { ok: false, failure: classify(err) };
  }
}

const jobs = new Map<number, Promise<S3Reply>>();
let nextJob = 0;

/** Starts or polls a job and answers within POLL_MS: the reply, or that the job still runs. */
async function answer(r: WorkerRequest<S3Request>): Promise<WorkerReply<S3Reply>> {
  let id: number;
  if (r.op === 'poll') id = r.job;
  else jobs.set((id = nextJob++), handle(r));
  const job = jobs.get(id);
  if (!job) return { ok: false, failure: { kind: 'network', detail: `no request ${id}`, attempts: 0 } };
  const tick = new AbortController();
  const done = await Promise.race([
    job,
    sleep(POLL_MS, undefined, { signal: tick.signal }).catch(() => undefined),
  ]);
  tick.abort();
  if (done === undefined) return { pending: id };
  jobs.delete(id);
  return done;
}

// A no-op unless this module is the synckit worker (it checks its workerData).
runAsWorker(answer);
