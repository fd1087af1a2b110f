import { createRequire as __tgCreateRequire } from 'node:module';
const require = __tgCreateRequire(import.meta.url);
import {
  runAsWorker
} from "./chunk-FFSEKXE2.js";
import {
  POLL_MS
} from "./chunk-SFTBGBTX.js";
import "./chunk-BDDSI5QT.js";

// src/core/sources/cloud/objects-worker.ts
import { rename, rm } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
var SPOOL_CONCURRENCY = 4;
var loaders = {
  s3: async () => (await import("./s3-store-2ZMMVBA6.js")).s3Store,
  gcs: async () => (await import("./gcs-store-72R62JDK.js")).gcsStore,
  azure: async () => (await import("./azure-store-AGM3OTZV.js")).azureStore
};
async function spool(store, r) {
  const queue = [...r.items];
  const one = async () => {
    for (let it = queue.shift(); it; it = queue.shift()) {
      const part = `${it.dest}.part`;
      try {
        await store.download(r.connection, r.bucket, it, part);
        await rename(part, it.dest);
      } catch (err) {
        await rm(part, { force: true });
        throw err;
      }
    }
  };
  await Promise.all(Array.from({ length: SPOOL_CONCURRENCY }, one));
}
async function handle(r) {
  const store = await loaders[r.connection.provider]();
  const c = r.connection;
  try {
    if (r.op === "spool") {
      await spool(store, r);
      return { ok: true, objects: [] };
    }
    const objects = await store.list(c, r);
    const cloudOptions = await store.resolved?.(c, r.bucket);
    return { ok: true, objects, ...cloudOptions ? { cloudOptions } : {} };
  } catch (err) {
    return { ok: false, failure: store.classify(err) };
  }
}
var jobs = /* @__PURE__ */ new Map();
var nextJob = 0;
async function answer(r) {
  let id;
  if (r.op === "poll") id = r.job;
  else jobs.set(id = nextJob++, handle(r));
  const job = jobs.get(id);
  if (!job) return { ok: false, failure: { kind: "network", detail: `no request ${id}`, attempts: 0 } };
  const tick = new AbortController();
  const done = await Promise.race([
    job,
    sleep(POLL_MS, void 0, { signal: tick.signal }).catch(() => void 0)
  ]);
  tick.abort();
  if (done === void 0) return { pending: id };
  jobs.delete(id);
  return done;
}
runAsWorker(answer);
export {
  handle
};
