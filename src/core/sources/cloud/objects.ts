import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import pl from 'nodejs-polars';
import { createSyncFn } from 'synckit';
import { TruthgateError } from '../../errors.ts';
import { recordEnvValue } from '../../redact.ts';
import { fingerprintObjects } from '../fingerprint.ts';
import { formatFromPath } from '../detect.ts';
import { azureSettings, describeIdentity } from './azure-settings.ts';
import { gcsSettings } from './gcs-settings.ts';
import { isCloudPath, objectUri, parseLocation, provider, type ObjectLocation } from './location.ts';
import { BUCKET_MISSING } from './polars-errors.ts';
import { s3Settings, type StorageOptions } from './s3-settings.ts';
import {
  POLL_MS,
  type Failure,
  type ObjectInfo,
  type SpoolItem,
  type StoreConnection,
  type StoreReply,
  type StoreRequest,
  type WorkerReply,
  type WorkerRequest,
} from './worker-protocol.ts';

/** The objects behind an object-store source: what openSource needs in place of local files. */
export interface CloudObjects {
  /** One URI per object, sorted by key. */
  uris: string[];
  sizes: number[];
  /** ETag, size and last-modified of every object; undefined where the store was not listed. */
  objects?: ObjectInfo[];
  /** ETags, sizes and times of the listed objects; the path alone where nothing was listed. */
  fingerprint: string;
  /** What polars' cloud readers get as `cloudOptions`. */
  cloudOptions: Record<string, string>;
  /** Downloads the objects to local files, once per process (see localFile). */
  spool(): void;
}

let worker: ((r: WorkerRequest) => WorkerReply) | undefined;
/** Why the worker thread stopped answering; every later call fails at once with it. */
let lost: string | undefined;
/**
 * How long a call waits for the worker thread. A live worker answers within POLL_MS (long
 * downloads are polled), so silence past this means it died or never started: reported, not waited on
 * forever. The margin covers the first call, which loads a provider's SDK on a busy machine.
 */
const SILENT_MS = POLL_MS + 55_000;

/** Runs a request on the object-store worker thread, started on first use (most runs read no bucket). */
function call(r: StoreRequest): StoreReply {
  let reply = send(r);
  while ('pending' in reply) reply = send({ op: 'poll', job: reply.pending });
  return reply;
}

function send(r: WorkerRequest): WorkerReply {
  if (lost === undefined) {
    try {
      worker ??= createSyncFn<(r: WorkerRequest) => Promise<WorkerReply>>(
        new URL('./objects-worker.ts', import.meta.url).href,
        { timeout: SILENT_MS },
      );
      return worker(r);
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      lost = /timed-out/.test(detail) ? `no answer within ${SILENT_MS / 1000} s` : detail.split('\n')[0]!;
    }
  }
  throw new TruthgateError('TG_OBJECT_WORKER', { detail: lost });
}

/** Local copies of objects (spooled for the readers that need a file), by URI, with their ETag. */
const spooled = new Map<string, { etag: string; path: string }>();
let spoolDir: string | undefined;

/** The local file to read for `file`: a spooled object's copy, else `file` itself. */
export function localFile(file: string): string {
  return spooled.get(file)?.path ?? file;
}

/** How a location's store is reached and what polars is told; undefined where nothing is listed. */
interface Settings {
  connection: StoreConnection;
  polars: Record<string, string>;
  shownEndpoint: string;
}

function settingsFor(
  loc: ObjectLocation,
  options: StorageOptions,
  env: NodeJS.ProcessEnv,
  path: string,
): Settings | undefined {
  switch (provider(loc)) {
    case 's3': {
      const s = s3Settings(options, env, path);
      return { ...s, connection: { provider: 's3', ...s.connection } };
    }
    case 'gcs': {
      const s = gcsSettings(options, env, path);
      return { ...s, connection: { provider: 'gcs', ...s.connection } };
    }
    case 'azure': {
      const s = azureSettings(loc, options, env, path);
      return { ...s, connection: { provider: 'azure', ...s.connection } };
    }
    case 'http':
      return undefined;
  }
}

/**
 * Lists the objects a source path names (one key, or a key glob) with their ETags, sizes and
 * times: s3://, gs:// and az:// (abfss://…) alike. https:// paths go to polars as written.
 */
export function listObjects(path: string, options: StorageOptions, env = process.env): CloudObjects {
  const loc = parseLocation(path);
  const settings = settingsFor(loc, options, env, path);
  if (!settings) return unlisted(path, loc, options);
  const { connection } = settings;
  const reply = call({
    op: 'list',
    connection,
    bucket: loc.bucket,
    key: loc.key,
    glob: loc.glob,
    prefix: loc.prefix,
  });
  if (!reply.ok) throw objectError(reply.failure, path, loc, settings);
  if (reply.objects.length === 0)
    throw new TruthgateError('TG_OBJECT_NOT_FOUND', { path }, { location: { file: path } });
  // Found by the SDK's own chain (S3: env, profile, SSO…): polars reads with the same identity.
  for (const [k, v] of Object.entries(reply.cloudOptions ?? {}))
    if (/key|secret|token/.test(k)) recordEnvValue(k.toUpperCase(), v);
  const cloudOptions = { ...settings.polars, ...reply.cloudOptions };
  const objects = reply.objects;
  return {
    uris: objects.map((o) => objectUri(loc, o.key)),
    sizes: objects.map((o) => o.size),
    objects,
    fingerprint: fingerprintObjects(objects),
    cloudOptions,
    spool: () => {
      const todo = unspooled(loc, objects);
      if (todo.length === 0) return;
      const r = call({ op: 'spool', connection, bucket: loc.bucket, items: todo });
      if (!r.ok) throw objectError(r.failure, path, loc, settings);
      remember(loc, todo);
    },
  };
}

/**
 * Downloads the objects that openSource would spool, without blocking the event loop, so that an
 * activity keeps heartbeating through a long download; openSource then finds the local copies.
 * Best effort: a failure is left for openSource to report with its code.
 */
export async function prefetchObjects(
  sources: { path: string; format?: string; storage_options?: StorageOptions }[],
  env = process.env,
): Promise<void> {
  for (const s of sources) {
    if (!isCloudPath(s.path) || (s.format ?? formatFromPath(s.path)) === 'parquet') continue;
    const loc = parseLocation(s.path);
    try {
      const connection = settingsFor(loc, s.storage_options ?? {}, env, s.path)?.connection;
      if (!connection) continue;
      // Loaded here only, on the worker's main thread: the SDKs stay off paths that read no bucket.
      const { handle } = await import('./objects-worker.ts');
      const listed = await handle({ op: 'list', connection, ...loc });
      if (!listed.ok) continue;
      const todo = unspooled(loc, listed.objects);
      if (todo.length === 0) continue;
      const done = await handle({ op: 'spool', connection, bucket: loc.bucket, items: todo });
      if (done.ok) remember(loc, todo);
    } catch {
      // openSource reports it.
    }
  }
}

function unspooled(loc: ObjectLocation, objects: ObjectInfo[]): SpoolItem[] {
  return objects.flatMap((o) => {
    const uri = objectUri(loc, o.key);
    if (spooled.get(uri)?.etag === o.etag) return [];
    const { key, etag, generation } = o;
    return [{ key, etag, ...(generation ? { generation } : {}), dest: spoolPath(uri, o) }];
  });
}

function remember(loc: ObjectLocation, items: SpoolItem[]): void {
  for (const t of items) spooled.set(objectUri(loc, t.key), { etag: t.etag, path: t.dest });
}

/** The `storage_options` of a gs:// or az:// location that polars' reader for it takes. */
function unlistedOptions(loc: ObjectLocation, options: StorageOptions): Record<string, string> {
  const prefix = loc.scheme.startsWith('g') ? 'google_' : loc.scheme.startsWith('a') ? 'azure_' : '';
  return Object.fromEntries(
    Object.entries(options).flatMap(([k, v]) => (prefix && k.startsWith(prefix) ? [[k, String(v)]] : [])),
  );
}

/**
 * Whether the bucket (container) of a gs:// or az:// path exists, asked by listing a key nobody
 * uses through polars: called only after a read failed with "not found" (an object listed at open
 * can vanish before polars reads it), which a missing container and a missing object both give.
 * undefined when the answer says neither.
 */
export function bucketExists(path: string, options: StorageOptions): boolean | undefined {
  if (!isCloudPath(path)) return undefined;
  const loc = parseLocation(path);
  const kind = provider(loc);
  if (kind === 's3' || kind === 'http') return undefined;
  const probe = `${loc.scheme}://${loc.bucket}/truthgate-probe-*`;
  try {
    pl.scanCSV(probe, { cloudOptions: unlistedOptions(loc, options), glob: true } as Parameters<
      typeof pl.scanCSV
    >[1]).collectSync();
    return true;
  } catch (err) {
    const raw = err instanceof Error ? err.message : String(err);
    if (BUCKET_MISSING.test(raw)) return false;
    return /expanded paths were empty/i.test(raw) ? true : undefined;
  }
}

/**
 * A location Truthgate does not list (https://): one entry that polars reads (and expands, for a
 * glob) with its own credentials.
 */
function unlisted(path: string, loc: ObjectLocation, options: StorageOptions): CloudObjects {
  const cloudOptions = unlistedOptions(loc, options);
  for (const [k, v] of Object.entries(cloudOptions))
    if (/key|secret|token|sas/.test(k)) recordEnvValue(k.toUpperCase(), v);
  return {
    uris: [path],
    sizes: [0],
    // Without a listing there is no version to name: the fingerprint says so rather than guess.
    fingerprint: `unversioned:${createHash('sha256').update(path).digest('hex').slice(0, 32)}`,
    cloudOptions,
    spool: () => {
      throw new TruthgateError(
        'TG_OBJECT_UNSUPPORTED',
        {
          path,
          detail: `this ${loc.scheme}:// source is read in place by polars: Parquet, CSV or NDJSON only`,
        },
        { location: { file: path } },
      );
    },
  };
}

/** Spool directories are named for their process, so a later one can tell when it died. */
const SPOOL_PREFIX = 'truthgate-objects-';
const SPOOL_NAME = /^truthgate-objects-(\d+)-/;

/**
 * Removes the spool directories of processes that no longer run (killed with SIGKILL, or out of
 * memory, they never reached their exit handler). Called before a process makes its own, and
 * when a worker starts. A directory whose process still runs, or that is not ours, stays.
 */
export function removeStaleSpools(dir = tmpdir()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const pid = Number(SPOOL_NAME.exec(name)?.[1]);
    if (!pid || pid === process.pid || alive(pid)) continue;
    try {
      rmSync(join(dir, name), { recursive: true, force: true });
      removed.push(name);
    } catch {
      // Another user's directory, or one removed meanwhile: not ours to worry about.
    }
  }
  return removed;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, as someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function spoolPath(uri: string, o: ObjectInfo): string {
  if (!spoolDir) {
    removeStaleSpools();
    spoolDir = mkdtempSync(join(tmpdir(), `${SPOOL_PREFIX}${process.pid}-`));
    const dir = spoolDir;
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  const id = createHash('sha256').update(`${uri}\n${o.etag}\n${o.size}`).digest('hex').slice(0, 24);
  return join(spoolDir, `${id}${extname(o.key)}`);
}

/** Whether requests go unsigned: nothing configured, or asked for (a public bucket or container). */
function anonymous(c: StoreConnection): boolean {
  switch (c.provider) {
    case 's3':
      return !!c.anonymous;
    case 'gcs':
      return c.anonymous;
    case 'azure':
      return !c.accountKey && !c.sas && !c.token && !c.entra;
  }
}

function objectError(f: Failure, path: string, loc: ObjectLocation, settings: Settings): TruthgateError {
  const at = { location: { file: path } };
  const endpoint = settings.shownEndpoint;
  const c = settings.connection;
  switch (f.kind) {
    case 'bucket':
      // abfss://container@account…: the container is what is missing.
      return new TruthgateError(
        'TG_OBJECT_BUCKET_MISSING',
        { bucket: loc.bucket.split('@')[0]!, endpoint, path },
        at,
      );
    case 'notfound':
      return new TruthgateError('TG_OBJECT_NOT_FOUND', { path }, at);
    case 'denied':
      return anonymous(c) || f.unsigned
        ? new TruthgateError('TG_OBJECT_ANONYMOUS_DENIED', { path, detail: f.detail }, at)
        : new TruthgateError('TG_OBJECT_ACCESS_DENIED', { path, detail: f.detail }, at);
    case 'identity': {
      const identity = c.provider === 'azure' && c.entra ? describeIdentity(c.entra) : 'Entra ID';
      return new TruthgateError('TG_OBJECT_IDENTITY', { path, identity, detail: f.detail }, at);
    }
    case 'endpoint':
      return new TruthgateError('TG_OBJECT_ENDPOINT', { endpoint, detail: f.detail }, at);
    case 'network':
      return new TruthgateError('TG_OBJECT_NETWORK', { path, attempts: f.attempts, detail: f.detail }, at);
  }
}
