import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type {
  AnonymousCredential,
  BlobServiceClient,
  StorageSharedKeyCredential,
  StoragePipelineOptions,
} from '@azure/storage-blob';
import type { AzureConnection } from './azure-settings.ts';
import { keyMatcher } from './key-glob.ts';
import { byKey, UNREACHABLE, type Failure, type ObjectInfo, type Store } from './worker-protocol.ts';

/**
 * Azure Blob Storage (and Azurite) through its SDK, which retries 5xx, throttling and dropped
 * connections with backoff (3 tries, as for S3); what still fails comes back classified.
 */
const MAX_TRIES = 3;

/** The credential kinds the service client takes (a bearer token is one). */
type Credential =
  | StorageSharedKeyCredential
  | AnonymousCredential
  | { getToken(): Promise<{ token: string; expiresOnTimestamp: number }> };

const clients = new Map<string, BlobServiceClient>();

/** The SDK is imported on first use (a dynamic import stays lazy in the bundled worker too). */
async function client(c: AzureConnection): Promise<BlobServiceClient> {
  const id = JSON.stringify(c);
  let svc = clients.get(id);
  if (!svc) {
    const { AnonymousCredential, BlobServiceClient, StorageSharedKeyCredential } =
      await import('@azure/storage-blob');
    const bearer: Credential | undefined = c.token
      ? { getToken: async () => ({ token: c.token!, expiresOnTimestamp: Date.now() + 3600_000 }) }
      : undefined;
    const credential: Credential =
      c.accountKey && c.accountName
        ? new StorageSharedKeyCredential(c.accountName, c.accountKey)
        : (bearer ?? new AnonymousCredential());
    const options: StoragePipelineOptions = {
      retryOptions: {
        maxTries: MAX_TRIES,
        retryDelayInMs: 500,
        maxRetryDelayInMs: 4000,
        tryTimeoutInMs: 60_000,
      },
    };
    svc = new BlobServiceClient(c.sas ? `${c.url}?${c.sas}` : c.url, credential, options);
    clients.set(id, svc);
  }
  return svc;
}

function info(key: string, p: { etag?: string; contentLength?: number; lastModified?: Date }): ObjectInfo {
  return {
    key,
    etag: p.etag ?? '',
    size: p.contentLength ?? 0,
    lastModified: p.lastModified?.toISOString() ?? '',
  };
}

/** abfss://container@account.dfs.core.windows.net: the container is before the `@`. */
const container = (bucket: string): string => bucket.split('@')[0]!;

interface RestLike {
  name?: string;
  code?: string;
  statusCode?: number;
  message?: string;
  details?: { errorCode?: string };
}

export const azureStore: Store<AzureConnection> = {
  async list(c, r) {
    const box = (await client(c)).getContainerClient(container(r.bucket));
    if (!r.glob) {
      try {
        return [info(r.key, await box.getBlobClient(r.key).getProperties())];
      } catch (err) {
        const e = err as RestLike;
        // A HEAD has no body; the error code comes in a header, which proxies may drop.
        if (e.statusCode === 404 && e.code !== 'BlobNotFound' && !(await box.exists()))
          throw Object.assign(new Error(`container ${container(r.bucket)} not found`), {
            code: 'ContainerNotFound',
          });
        throw err;
      }
    }
    const match = keyMatcher(r.key);
    const out: ObjectInfo[] = [];
    for await (const page of box.listBlobsFlat({ prefix: r.prefix }).byPage({ maxPageSize: 5000 }))
      for (const b of page.segment.blobItems) if (match(b.name)) out.push(info(b.name, b.properties));
    return out.sort(byKey);
  },

  async download(c, bucket, item, dest) {
    const blob = (await client(c)).getContainerClient(container(bucket)).getBlobClient(item.key);
    const got = await blob.download(0, undefined, item.etag ? { conditions: { ifMatch: item.etag } } : {});
    await pipeline(got.readableStreamBody!, createWriteStream(dest));
  },

  classify(err): Failure {
    const e = err as RestLike;
    const code = e.code ?? e.details?.errorCode ?? '';
    const status = e.statusCode;
    const message = (e.message ?? String(err)).split('\n')[0]!.trim();
    const detail = status !== undefined ? `HTTP ${status}${code ? ` ${code}` : ''}: ${message}` : message;
    const attempts = MAX_TRIES;
    if (code === 'ContainerNotFound') return { kind: 'bucket', detail, attempts };
    // 412: the blob was rewritten since it was listed, so the listed version is gone.
    if (status === 404 || status === 412) return { kind: 'notfound', detail, attempts };
    if (status === 401 || status === 403) return { kind: 'denied', detail, attempts };
    if (UNREACHABLE.has(code) || [...UNREACHABLE].some((u) => message.includes(u)))
      return { kind: 'endpoint', detail, attempts };
    return { kind: 'network', detail, attempts };
  },
};
