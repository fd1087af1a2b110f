import { rename, rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { runAsWorker } from 'synckit';
import {
  POLL_MS,
  type StoreConnection,
  type Store,
  type StoreReply,
  type StoreRequest,
  type WorkerReply,
  type WorkerRequest,
} from './worker-protocol.ts';

/**
 * The object-store calls behind a cloud source, on a worker thread so that openSource stays
 * synchronous (synckit blocks the caller until the reply). Each provider's SDK is imported on first
 * use of that provider: a run that reads no bucket starts no worker, and an s3:// run never loads
 * the Azure or Google clients.
 */

const SPOOL_CONCURRENCY = 4;

type AnyStore = Store<never>;
const loaders: Record<StoreConnection['provider'], () => Promise<AnyStore>> = {
  s3: async () => (await import('./s3-store.ts')).s3Store as AnyStore,
  gcs: async () => (await import('./gcs-store.ts')).gcsStore as AnyStore,
  azure: async () => (await import('./azure-store.ts')).azureStore as AnyStore,
};

/** Streams objects to local files (written aside, then renamed, so a cut download never looks whole). */
async function spool(store: AnyStore, r: Extract<StoreRequest, { op: 'spool' }>): Promise<void> {
  const queue = [...r.items];
  const one = async (): Promise<void> => {
    for (let it = queue.shift(); it; it = queue.shift()) {
      const part = `${it.dest}.part`;
      try {
        await store.download(r.connection as never, r.bucket, it, part);
        await rename(part, it.dest);
      } catch (err) {
        await rm(part, { force: true });
        throw err;
      }
    }
  };
  await Promise.all(Array.from({ length: SPOOL_CONCURRENCY }, one));
}

/** One request; also called directly (async, on the main thread) by prefetchObjects. */
export async function handle(r: StoreRequest): Promise<StoreReply> {
  const store = await loaders[r.connection.provider]();
  const c = r.connection as never;
  try {
    if (r.op === 'spool') {
      await spool(store, r);
      return { ok: true, objects: [] };
    }
    const objects = await store.list(c, r);
    const cloudOptions = await store.resolved?.(c, r.bucket);
    return { ok: true, objects, ...(cloudOptions ? { cloudOptions } : {}) };
  } catch (err) {
    return { ok: false, failure: store.classify(err) };
  }
}

const jobs = new Map<number, Promise<StoreReply>>();
let nextJob = 0;

/** Starts or polls a job and answers within POLL_MS: the reply, or that the job still runs. */
async function answer(r: WorkerRequest): Promise<WorkerReply> {
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
