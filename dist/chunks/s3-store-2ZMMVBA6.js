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

// src/core/sources/cloud/s3-store.ts
import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
var CONNECT_TIMEOUT_MS = 3e3;
var REQUEST_TIMEOUT_MS = 6e4;
var MAX_ATTEMPTS = 3;
var loaded;
var aws = () => loaded ??= import("./dist-cjs-47QULOMH.js");
var clients = /* @__PURE__ */ new Map();
async function client(c) {
  const id = JSON.stringify(c);
  let s3 = clients.get(id);
  if (!s3) {
    const { S3Client } = await aws();
    s3 = new S3Client({
      region: c.region,
      ...c.endpoint ? { endpoint: c.endpoint } : {},
      forcePathStyle: c.forcePathStyle,
      ...c.credentials ? { credentials: c.credentials } : {},
      // Unsigned requests: no credential chain is consulted, nothing is signed.
      ...c.anonymous ? { credentials: { accessKeyId: "", secretAccessKey: "" }, signer: { sign: async (r) => r } } : {},
      maxAttempts: MAX_ATTEMPTS,
      // A bucket in another region than the one guessed is still listed.
      followRegionRedirects: true,
      retryMode: "standard",
      // S3-compatible servers often lack the newer checksum headers; reads do not need them.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
      requestHandler: { connectionTimeout: CONNECT_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS }
    });
    clients.set(id, s3);
  }
  return s3;
}
async function headBucket(s3, bucket) {
  const { HeadBucketCommand } = await aws();
  try {
    await s3.send(new HeadBucketCommand({ Bucket: bucket }));
  } catch (err) {
    if (status(err) === 404)
      throw Object.assign(new Error(`bucket ${bucket} not found`), { name: "NoSuchBucket" });
    throw err;
  }
}
function info(key, etag, size, modified) {
  return { key, etag: etag ?? "", size: size ?? 0, lastModified: modified?.toISOString() ?? "" };
}
function status(err) {
  return err.$metadata?.httpStatusCode;
}
var DENIED = /* @__PURE__ */ new Set([
  "AccessDenied",
  "Forbidden",
  "InvalidAccessKeyId",
  "SignatureDoesNotMatch",
  "InvalidToken",
  "ExpiredToken",
  "CredentialsProviderError"
]);
var s3Store = {
  async list(c, r) {
    const s3 = await client(c);
    const { HeadObjectCommand, ListObjectsV2Command } = await aws();
    if (!r.glob) {
      try {
        const h = await s3.send(new HeadObjectCommand({ Bucket: r.bucket, Key: r.key }));
        return [info(r.key, h.ETag, h.ContentLength, h.LastModified)];
      } catch (err) {
        if (status(err) === 404) await headBucket(s3, r.bucket);
        throw err;
      }
    }
    const match = keyMatcher(r.key);
    const out = [];
    let token;
    do {
      const page = await s3.send(
        new ListObjectsV2Command({ Bucket: r.bucket, Prefix: r.prefix, ContinuationToken: token })
      );
      for (const o of page.Contents ?? [])
        if (o.Key !== void 0 && match(o.Key)) out.push(info(o.Key, o.ETag, o.Size, o.LastModified));
      token = page.IsTruncated ? page.NextContinuationToken : void 0;
    } while (token);
    return out.sort(byKey);
  },
  async resolved(c, bucket) {
    const s3 = await client(c);
    const { HeadBucketCommand } = await aws();
    const region = c.detectRegion ? (await s3.send(new HeadBucketCommand({ Bucket: bucket }))).BucketRegion : void 0;
    const regionOption = region ? { aws_region: region } : {};
    if (c.anonymous) return regionOption;
    const { accessKeyId, secretAccessKey, sessionToken } = c.credentials ?? await s3.config.credentials();
    return {
      aws_access_key_id: accessKeyId,
      aws_secret_access_key: secretAccessKey,
      ...sessionToken ? { aws_session_token: sessionToken } : {},
      ...regionOption
    };
  },
  async download(c, bucket, item, dest) {
    const { GetObjectCommand } = await aws();
    const got = await (await client(c)).send(new GetObjectCommand({ Bucket: bucket, Key: item.key, IfMatch: item.etag || void 0 }));
    await pipeline(got.Body, createWriteStream(dest));
  },
  classify(err) {
    const e = err;
    const code = status(err);
    const name = e.name ?? "";
    const attempts = e.$metadata?.attempts ?? MAX_ATTEMPTS;
    const message = (e.message ?? String(err)).split("\n")[0].trim();
    const unknown = (t) => !t || /^Unknown(Error)?$/.test(t);
    const fromStatus = code !== void 0 ? `HTTP ${code}${unknown(name) ? "" : ` ${name}`}` : name;
    const vague = unknown(message) || message === name;
    const detail = vague ? fromStatus || "no answer" : code !== void 0 ? `${fromStatus}: ${message}` : message;
    const kind = name === "NoSuchBucket" ? "bucket" : (
      // 412: the object was rewritten since it was listed (the download asks for that ETag).
      code === 404 || code === 412 || name === "NoSuchKey" || name === "NotFound" ? "notfound" : code === 403 || code === 401 || DENIED.has(name) ? "denied" : UNREACHABLE.has(e.code ?? "") || /without establishing a connection/i.test(detail) ? "endpoint" : "network"
    );
    return { kind, detail, attempts };
  }
};
export {
  s3Store
};
