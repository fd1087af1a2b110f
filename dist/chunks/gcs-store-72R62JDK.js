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

// src/core/sources/cloud/gcs-store.ts
import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";

// src/core/sources/cloud/gcs-auth.ts
var READ_ONLY = "https://www.googleapis.com/auth/devstorage.read_only";
async function authClientFor(key) {
  const auth = await import("./src-BYCBC4S6.js");
  const json = key;
  switch (key.type ?? "service_account") {
    case "service_account":
      if (!key.client_email || !key.private_key)
        throw new Error("the service-account key has no client_email or no private key");
      return new auth.JWT({
        email: key.client_email,
        key: key.private_key,
        keyId: key.private_key_id,
        scopes: [READ_ONLY],
        ...typeof key.universe_domain === "string" ? { universeDomain: key.universe_domain } : {}
      });
    case "authorized_user":
      return auth.UserRefreshClient.fromJSON(json);
    case auth.EXTERNAL_ACCOUNT_AUTHORIZED_USER_TYPE:
      return new auth.ExternalAccountAuthorizedUserClient(json);
    case "external_account": {
      const source = key.credential_source ?? {};
      if (source.environment_id) return new auth.AwsClient(json);
      if (source.executable) return new auth.PluggableAuthClient(json);
      return new auth.IdentityPoolClient(json);
    }
    default:
      return void 0;
  }
}

// src/core/sources/cloud/gcs-store.ts
var MAX_RETRIES = 2;
var REQUEST_TIMEOUT_MS = 6e4;
var clients = /* @__PURE__ */ new Map();
var fellBack = /* @__PURE__ */ new Set();
var NO_CREDENTIALS = /could not load the default credentials/i;
var PUBLIC_ENDPOINT = "https://storage.googleapis.com:443";
async function client(c) {
  const id = JSON.stringify(c);
  let gcs = clients.get(id);
  if (!gcs) {
    const { Storage } = await import("./src-EPW3HSRM.js");
    const authClient = c.key && !c.anonymous ? await authClientFor(c.key) : void 0;
    const make = (anonymous) => {
      const apiEndpoint = c.apiEndpoint ?? (anonymous ? PUBLIC_ENDPOINT : void 0);
      const made = new Storage({
        ...apiEndpoint ? { apiEndpoint, useAuthWithCustomEndpoint: !anonymous } : {},
        ...authClient ? { authClient } : c.keyFile && !c.anonymous ? { keyFilename: c.keyFile } : {},
        timeout: REQUEST_TIMEOUT_MS,
        retryOptions: { autoRetry: true, maxRetries: MAX_RETRIES, maxRetryDelay: 4, totalTimeout: 120 }
      });
      if (c.apiEndpoint) made.baseUrl = `${apiEndpoint}/storage/v1`;
      return made;
    };
    gcs = make(c.anonymous);
    if (c.anonymousFallback && !c.anonymous)
      try {
        await gcs.authClient.getClient();
      } catch (err) {
        if (!NO_CREDENTIALS.test(String(err.message))) throw err;
        fellBack.add(id);
        gcs = make(true);
      }
    clients.set(id, gcs);
  }
  return gcs;
}
function info(f) {
  const m = f.metadata;
  return {
    key: f.name,
    etag: m.etag ?? "",
    size: Number(m.size ?? 0),
    lastModified: m.updated ? new Date(m.updated).toISOString() : "",
    ...m.generation !== void 0 ? { generation: String(m.generation) } : {}
  };
}
var missingBucket = (bucket) => Object.assign(new Error(`bucket ${bucket} not found`), { name: "NoSuchBucket" });
function status(err) {
  const e = err;
  return typeof e.code === "number" ? e.code : e.status ?? e.response?.status;
}
async function listWith(c, r) {
  const bucket = (await client(c)).bucket(r.bucket);
  if (!r.glob) {
    const file = bucket.file(r.key);
    try {
      await file.getMetadata();
      return [info(file)];
    } catch (err) {
      if (status(err) === 404 && !(await bucket.exists())[0]) throw missingBucket(r.bucket);
      throw err;
    }
  }
  const match = keyMatcher(r.key);
  const out = [];
  let query = { prefix: r.prefix, autoPaginate: false, maxResults: 1e3 };
  try {
    while (query) {
      const [files, next] = await bucket.getFiles(query);
      for (const f of files) if (match(f.name)) out.push(info(f));
      query = next ?? null;
    }
  } catch (err) {
    throw status(err) === 404 ? missingBucket(r.bucket) : err;
  }
  return out.sort(byKey);
}
async function list(c, r) {
  try {
    return await listWith(c, r);
  } catch (err) {
    throw fellBack.has(JSON.stringify(c)) ? Object.assign(err, { unsigned: true }) : err;
  }
}
var gcsStore = {
  list,
  async resolved(c) {
    const unsigned = { google_skip_signature: "true" };
    return fellBack.has(JSON.stringify(c)) ? unsigned : {};
  },
  async download(c, bucket, item, dest) {
    const file = (await client(c)).bucket(bucket).file(item.key, item.generation ? { generation: Number(item.generation) } : {});
    await pipeline(file.createReadStream(), createWriteStream(dest));
  },
  classify(err) {
    const e = err;
    const code = status(err);
    const errno = typeof e.code === "string" ? e.code : e.cause?.code;
    const message = (e.message ?? String(err)).split("\n")[0].trim();
    const detail = code !== void 0 ? `HTTP ${code}: ${message}` : message;
    const attempts = MAX_RETRIES + 1;
    if (e.name === "NoSuchBucket") return { kind: "bucket", detail, attempts };
    if (code === 404) return { kind: "notfound", detail, attempts };
    if (code === 401 || code === 403)
      return { kind: "denied", detail, attempts, ...e.unsigned ? { unsigned: true } : {} };
    if (/default credentials|invalid_grant|unauthorized_client|private key/i.test(message))
      return { kind: "denied", detail, attempts };
    if (errno && UNREACHABLE.has(errno) || [...UNREACHABLE].some((u) => message.includes(u)))
      return { kind: "endpoint", detail, attempts };
    return { kind: "network", detail, attempts };
  }
};
export {
  gcsStore
};
