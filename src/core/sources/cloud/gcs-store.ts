import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { File, Storage } from '@google-cloud/storage';
import { authClientFor } from './gcs-auth.ts';
import type { GcsConnection } from './gcs-settings.ts';
import { keyMatcher } from './key-glob.ts';
import { byKey, UNREACHABLE, type Failure, type ObjectInfo, type Store } from './worker-protocol.ts';

/**
 * Google Cloud Storage through its SDK, which retries 429, 5xx and dropped connections with
 * backoff (here 3 attempts in all, as for S3); what still fails comes back classified.
 */
const MAX_RETRIES = 2;
const REQUEST_TIMEOUT_MS = 60_000;

const clients = new Map<string, Storage>();
/** Connections with no credentials on which ADC found none either: they are read unsigned. */
const fellBack = new Set<string>();
/** google-auth-library's words when the ADC chain finds nothing. */
const NO_CREDENTIALS = /could not load the default credentials/i;
/**
 * The SDK signs every request unless it thinks the endpoint is custom; the public endpoint
 * written with its port is one, so a public bucket on GCS itself is read unsigned.
 */
const PUBLIC_ENDPOINT = 'https://storage.googleapis.com:443';

/** The SDK is imported on first use (a dynamic import stays lazy in the bundled worker too). */
async function client(c: GcsConnection): Promise<Storage> {
  const id = JSON.stringify(c);
  let gcs = clients.get(id);
  if (!gcs) {
    const { Storage } = await import('@google-cloud/storage');
    // Unsigned requests need no client (and an emulator's key holds no usable one).
    const authClient = c.key && !c.anonymous ? await authClientFor(c.key) : undefined;
    const make = (anonymous: boolean): Storage => {
      const apiEndpoint = c.apiEndpoint ?? (anonymous ? PUBLIC_ENDPOINT : undefined);
      const made = new Storage({
        ...(apiEndpoint ? { apiEndpoint, useAuthWithCustomEndpoint: !anonymous } : {}),
        ...(authClient ? { authClient } : c.keyFile && !c.anonymous ? { keyFilename: c.keyFile } : {}),
        timeout: REQUEST_TIMEOUT_MS,
        retryOptions: { autoRetry: true, maxRetries: MAX_RETRIES, maxRetryDelay: 4, totalTimeout: 120 },
      });
      // The SDK sends requests to STORAGE_EMULATOR_HOST as written when it is set, over apiEndpoint;
      // the settings already resolved it (with or without /storage/v1), so their endpoint wins.
      if (c.apiEndpoint) made.baseUrl = `${apiEndpoint}/storage/v1`;
      return made;
    };
    gcs = make(c.anonymous);
    // Asked up front rather than read from a failure: the SDK itself retries a request unsigned
    // when ADC finds nothing, and polars must be told when that is so.
    if (c.anonymousFallback && !c.anonymous)
      try {
        await gcs.authClient.getClient();
      } catch (err) {
        if (!NO_CREDENTIALS.test(String((err as Error).message))) throw err;
        fellBack.add(id);
        gcs = make(true);
      }
    clients.set(id, gcs);
  }
  return gcs;
}

function info(f: File): ObjectInfo {
  const m = f.metadata;
  return {
    key: f.name,
    etag: m.etag ?? '',
    size: Number(m.size ?? 0),
    lastModified: m.updated ? new Date(m.updated).toISOString() : '',
    ...(m.generation !== undefined ? { generation: String(m.generation) } : {}),
  };
}

const missingBucket = (bucket: string): Error =>
  Object.assign(new Error(`bucket ${bucket} not found`), { name: 'NoSuchBucket' });

function status(err: unknown): number | undefined {
  const e = err as { code?: unknown; status?: number; response?: { status?: number } };
  return typeof e.code === 'number' ? e.code : (e.status ?? e.response?.status);
}

async function listWith(c: GcsConnection, r: ListRequest): Promise<ObjectInfo[]> {
  const bucket = (await client(c)).bucket(r.bucket);
  if (!r.glob) {
    const file = bucket.file(r.key);
    try {
      await file.getMetadata();
      return [info(file)];
    } catch (err) {
      // Asked for one object, GCS says 404 for a missing bucket too: ask the bucket.
      if (status(err) === 404 && !(await bucket.exists())[0]) throw missingBucket(r.bucket);
      throw err;
    }
  }
  const match = keyMatcher(r.key);
  const out: ObjectInfo[] = [];
  type Query = { prefix: string; autoPaginate: false; maxResults: number; pageToken?: string };
  let query: Query | null = { prefix: r.prefix, autoPaginate: false, maxResults: 1000 };
  try {
    while (query) {
      const [files, next]: [File[], unknown, unknown] = await bucket.getFiles(query);
      for (const f of files) if (match(f.name)) out.push(info(f));
      query = (next as Query | null) ?? null;
    }
  } catch (err) {
    // Listing answers 404 only when the bucket is missing.
    throw status(err) === 404 ? missingBucket(r.bucket) : err;
  }
  return out.sort(byKey);
}

/** Lists; a denial of a request sent unsigned because no credentials were found says so. */
async function list(c: GcsConnection, r: ListRequest): Promise<ObjectInfo[]> {
  try {
    return await listWith(c, r);
  } catch (err) {
    throw fellBack.has(JSON.stringify(c)) ? Object.assign(err as Error, { unsigned: true }) : err;
  }
}

type ListRequest = { bucket: string; key: string; glob: boolean; prefix: string };

export const gcsStore: Store<GcsConnection> = {
  list,

  async resolved(c) {
    // Read unsigned by the listing: polars must not look for credentials either.
    const unsigned: Record<string, string> = { google_skip_signature: 'true' };
    return fellBack.has(JSON.stringify(c)) ? unsigned : {};
  },

  async download(c, bucket, item, dest) {
    // That generation only: an object rewritten since the listing is "not found", never read in its place.
    const file = (await client(c))
      .bucket(bucket)
      .file(item.key, item.generation ? { generation: Number(item.generation) } : {});
    await pipeline(file.createReadStream(), createWriteStream(dest));
  },

  classify(err): Failure {
    const e = err as {
      name?: string;
      code?: unknown;
      message?: string;
      cause?: { code?: string };
      unsigned?: boolean;
    };
    const code = status(err);
    const errno = typeof e.code === 'string' ? e.code : e.cause?.code;
    const message = (e.message ?? String(err)).split('\n')[0]!.trim();
    const detail = code !== undefined ? `HTTP ${code}: ${message}` : message;
    const attempts = MAX_RETRIES + 1;
    if (e.name === 'NoSuchBucket') return { kind: 'bucket', detail, attempts };
    if (code === 404) return { kind: 'notfound', detail, attempts };
    if (code === 401 || code === 403)
      return { kind: 'denied', detail, attempts, ...(e.unsigned ? { unsigned: true } : {}) };
    // google-auth-library's "Could not load the default credentials".
    if (/default credentials|invalid_grant|unauthorized_client|private key/i.test(message))
      return { kind: 'denied', detail, attempts };
    if ((errno && UNREACHABLE.has(errno)) || [...UNREACHABLE].some((u) => message.includes(u)))
      return { kind: 'endpoint', detail, attempts };
    return { kind: 'network', detail, attempts };
  },
};
