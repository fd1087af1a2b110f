import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type {
  AnonymousCredential,
  BlobServiceClient,
  StorageSharedKeyCredential,
  StoragePipelineOptions,
} from '@azure/storage-blob';
import type { TokenCredential } from '@azure/identity';
import type { AzureConnection, EntraIdentity } from './azure-settings.ts';
import { keyMatcher } from './key-glob.ts';
import { byKey, UNREACHABLE, type Failure, type ObjectInfo, type Store } from './worker-protocol.ts';

/**
 * Azure Blob Storage (and Azurite) through its SDK, which retries 5xx, throttling and dropped
 * connections with backoff (3 tries, as for S3); what still fails comes back classified.
 */
const MAX_TRIES = 3;

/** The credential kinds the service client takes (a bearer token is one). */
type Credential = StorageSharedKeyCredential | AnonymousCredential | TokenCredential;

/**
 * Token requests give up after one retry: a wrong secret or an unreachable authority is reported
 * in seconds (the SDK's default backs off for half a minute).
 */
const TOKEN_RETRIES = 1;

/**
 * The Entra ID credential for an identity, picked in object_store's order so that polars signs
 * as the same principal. @azure/identity is imported only here: key, SAS and anonymous sources
 * never load it (nor MSAL).
 */
async function entraCredential(e: EntraIdentity): Promise<TokenCredential> {
  const id = await import('@azure/identity');
  const common = {
    ...(e.authorityHost ? { authorityHost: e.authorityHost } : {}),
    // A custom authority (a sovereign cloud's, a test's) is not in Microsoft's instance list.
    ...(e.authorityHost ? { disableInstanceDiscovery: true } : {}),
    retryOptions: { maxRetries: TOKEN_RETRIES },
  };
  if (e.clientId && e.tenantId && e.federatedTokenFile)
    return new id.WorkloadIdentityCredential({
      ...common,
      tenantId: e.tenantId,
      clientId: e.clientId,
      tokenFilePath: e.federatedTokenFile,
    });
  if (e.clientId && e.tenantId && e.clientSecret)
    return new id.ClientSecretCredential(e.tenantId, e.clientId, e.clientSecret, common);
  if (e.useAzureCli) return new id.AzureCliCredential(e.tenantId ? { tenantId: e.tenantId } : {});
  return new id.ManagedIdentityCredential({
    ...(e.clientId ? { clientId: e.clientId } : {}),
    retryOptions: { maxRetries: TOKEN_RETRIES },
  });
}

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
        : (bearer ?? (c.entra ? await entraCredential(c.entra) : new AnonymousCredential()));
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

const IDENTITY_ERRORS = new Set([
  'AuthenticationError',
  'CredentialUnavailableError',
  'AggregateAuthenticationError',
  'AuthenticationRequiredError',
]);

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
    // @azure/identity's failures: the token was refused or never came (the authority unreachable).
    if (e.name !== undefined && IDENTITY_ERRORS.has(e.name)) return { kind: 'identity', detail, attempts };
    if (code === 'ContainerNotFound') return { kind: 'bucket', detail, attempts };
    // 412: the blob was rewritten since it was listed, so the listed version is gone.
    if (status === 404 || status === 412) return { kind: 'notfound', detail, attempts };
    if (status === 401 || status === 403) return { kind: 'denied', detail, attempts };
    if (UNREACHABLE.has(code) || [...UNREACHABLE].some((u) => message.includes(u)))
      return { kind: 'endpoint', detail, attempts };
    return { kind: 'network', detail, attempts };
  },
};
