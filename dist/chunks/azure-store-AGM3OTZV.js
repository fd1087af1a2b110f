import { createRequire as __tgCreateRequire } from 'node:module';
const require = __tgCreateRequire(import.meta.url);
import {
  keyMatcher
} from "./chunk-DGMKWBLX.js";
import "./chunk-4TB3BQTT.js";
import {
  UNREACHABLE,
  byKey
} from "./chunk-SFTBGBTX.js";
import "./chunk-BDDSI5QT.js";

// src/core/sources/cloud/azure-store.ts
import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
var MAX_TRIES = 3;
var TOKEN_RETRIES = 1;
async function entraCredential(e) {
  const id = await import("./esm-NOLFCIRP.js");
  const common = {
    ...e.authorityHost ? { authorityHost: e.authorityHost } : {},
    // A custom authority (a sovereign cloud's, a test's) is not in Microsoft's instance list.
    ...e.authorityHost ? { disableInstanceDiscovery: true } : {},
    retryOptions: { maxRetries: TOKEN_RETRIES }
  };
  if (e.clientId && e.tenantId && e.federatedTokenFile)
    return new id.WorkloadIdentityCredential({
      ...common,
      tenantId: e.tenantId,
      clientId: e.clientId,
      tokenFilePath: e.federatedTokenFile
    });
  if (e.clientId && e.tenantId && e.clientSecret)
    return new id.ClientSecretCredential(e.tenantId, e.clientId, e.clientSecret, common);
  if (e.useAzureCli) return new id.AzureCliCredential(e.tenantId ? { tenantId: e.tenantId } : {});
  return new id.ManagedIdentityCredential({
    ...e.clientId ? { clientId: e.clientId } : {},
    retryOptions: { maxRetries: TOKEN_RETRIES }
  });
}
var clients = /* @__PURE__ */ new Map();
async function client(c) {
  const id = JSON.stringify(c);
  let svc = clients.get(id);
  if (!svc) {
    const { AnonymousCredential, BlobServiceClient, StorageSharedKeyCredential } = await import("./esm-UTOCQKZT.js");
    const bearer = c.token ? { getToken: async () => ({ token: c.token, expiresOnTimestamp: Date.now() + 36e5 }) } : void 0;
    const credential = c.accountKey && c.accountName ? new StorageSharedKeyCredential(c.accountName, c.accountKey) : bearer ?? (c.entra ? await entraCredential(c.entra) : new AnonymousCredential());
    const options = {
      retryOptions: {
        maxTries: MAX_TRIES,
        retryDelayInMs: 500,
        maxRetryDelayInMs: 4e3,
        tryTimeoutInMs: 6e4
      }
    };
    svc = new BlobServiceClient(c.sas ? `${c.url}?${c.sas}` : c.url, credential, options);
    clients.set(id, svc);
  }
  return svc;
}
function info(key, p) {
  return {
    key,
    etag: p.etag ?? "",
    size: p.contentLength ?? 0,
    lastModified: p.lastModified?.toISOString() ?? ""
  };
}
var container = (bucket) => bucket.split("@")[0];
var IDENTITY_ERRORS = /* @__PURE__ */ new Set([
  "AuthenticationError",
  "CredentialUnavailableError",
  "AggregateAuthenticationError",
  "AuthenticationRequiredError"
]);
var azureStore = {
  async list(c, r) {
    const box = (await client(c)).getContainerClient(container(r.bucket));
    if (!r.glob) {
      try {
        return [info(r.key, await box.getBlobClient(r.key).getProperties())];
      } catch (err) {
        const e = err;
        if (e.statusCode === 404 && e.code !== "BlobNotFound" && !await box.exists())
          throw Object.assign(new Error(`container ${container(r.bucket)} not found`), {
            code: "ContainerNotFound"
          });
        throw err;
      }
    }
    const match = keyMatcher(r.key);
    const out = [];
    for await (const page of box.listBlobsFlat({ prefix: r.prefix }).byPage({ maxPageSize: 5e3 }))
      for (const b of page.segment.blobItems) if (match(b.name)) out.push(info(b.name, b.properties));
    return out.sort(byKey);
  },
  async download(c, bucket, item, dest) {
    const blob = (await client(c)).getContainerClient(container(bucket)).getBlobClient(item.key);
    const got = await blob.download(0, void 0, item.etag ? { conditions: { ifMatch: item.etag } } : {});
    await pipeline(got.readableStreamBody, createWriteStream(dest));
  },
  classify(err) {
    const e = err;
    const code = e.code ?? e.details?.errorCode ?? "";
    const status = e.statusCode;
    const message = (e.message ?? String(err)).split("\n")[0].trim();
    const detail = status !== void 0 ? `HTTP ${status}${code ? ` ${code}` : ""}: ${message}` : message;
    const attempts = MAX_TRIES;
    if (e.name !== void 0 && IDENTITY_ERRORS.has(e.name)) return { kind: "identity", detail, attempts };
    if (code === "ContainerNotFound") return { kind: "bucket", detail, attempts };
    if (status === 404 || status === 412) return { kind: "notfound", detail, attempts };
    if (status === 401 || status === 403) return { kind: "denied", detail, attempts };
    if (UNREACHABLE.has(code) || [...UNREACHABLE].some((u) => message.includes(u)))
      return { kind: "endpoint", detail, attempts };
    return { kind: "network", detail, attempts };
  }
};
export {
  azureStore
};
