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
import { isCloudPath, isS3, objectUri, parseLocation, type ObjectLocation } from './location.ts';
import { BUCKET_MISSING } from './polars-errors.ts';
import { s3Settings, type StorageOptions } from './s3-settings.ts';
import type { Failure, ObjectInfo, S3Reply, S3Request } from './s3-worker.ts';
import { POLL_MS, type WorkerReply, type WorkerRequest } from './s3-poll.ts';

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

let worker: ((r: WorkerRequest<S3Request>) => WorkerReply<S3Reply>) | undefined;
/** Why the worker thread stopped answering; every later call fails at once with it. */
let lost: string | undefined;
/**
 * How long a call waits for the worker thread. A live worker answers within POLL_MS (long
 * downloads are polled), so silence past this means it died or never started: reported, not waited on
 * forever. The margin covers the first call, which loads the AWS SDK on a busy machine.
 */
const SILENT_MS = POLL_MS + 55_000;

/** Runs a request on the S3 worker thread, started on first use (most runs read no bucket). */
function call(r: S3Request): S3Reply {
  let reply = send(r);
  while ('pending' in reply) reply = send({ op: 'poll', job: reply.pending });
  return reply;
}

function send(r: WorkerRequest<S3Request>): WorkerReply<S3Reply> {
  if (lost === undefined) {
    try {
      worker ??= createSyncFn<(r: WorkerRequest<S3Request>) => Promise<WorkerReply<S3Reply>>>(
        new URL('./s3-worker.ts', import.meta.url).href,
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

/**
 * Lists the objects a source path names (one key, or a key glob) with their ETags. Only S3 (and
 * S3-compatible servers) is listed here; gs://, az:// and https:// paths go to polars as written.
 */
export function listObjects(path: string, options: StorageOptions, env = process.env): CloudObjects {
  const loc = parseLocation(path);
  if (!isS3(loc)) return unlisted(path, loc, options);
  const settings = s3Settings(options, env, path);
  const reply = call({
    op: 'list',
    connection: settings.connection,
    bucket: loc.bucket,
    key: loc.key,
    glob: loc.glob,
    prefix: loc.prefix,
  });
  if (!reply.ok) throw objectError(reply.failure, path, loc, settings.shownEndpoint);
  if (reply.objects.length === 0)
    throw new TruthgateError('TG_OBJECT_NOT_FOUND', { path }, { location: { file: path } });
  const cloudOptions: Record<string, string> = {
    ...settings.polars,
    ...(reply.region ? { aws_region: reply.region } : {}),
  };
  const c = reply.credentials;
  if (c) {
    for (const [k, v] of [
      ['AWS_ACCESS_KEY_ID', c.accessKeyId],
      ['AWS_SECRET_ACCESS_KEY', c.secretAccessKey],
      ['AWS_SESSION_TOKEN', c.sessionToken],
    ] as const)
      if (v) recordEnvValue(k, v);
    cloudOptions.aws_access_key_id = c.accessKeyId;
    cloudOptions.aws_secret_access_key = c.secretAccessKey;
    if (c.sessionToken) cloudOptions.aws_session_token = c.sessionToken;
  }
  const objects = reply.objects;
  const uris = objects.map((o) => objectUri(loc, o.key));
  return {
    uris,
    sizes: objects.map((o) => o.size),
    objects,
    fingerprint: fingerprintObjects(objects),
    cloudOptions,
    spool: () => {
      const todo = unspooled(loc, objects);
      if (todo.length === 0) return;
      const r = call({ op: 'spool', connection: settings.connection, bucket: loc.bucket, items: todo });
      if (!r.ok) throw objectError(r.failure, path, loc, settings.shownEndpoint);
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
  const { handle } = await import('./s3-worker.ts');
  for (const s of sources) {
    if (!isCloudPath(s.path) || (s.format ?? formatFromPath(s.path)) === 'parquet') continue;
    const loc = parseLocation(s.path);
    if (!isS3(loc)) continue;
    try {
      const { connection } = s3Settings(s.storage_options ?? {}, env, s.path);
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

type SpoolItem = { key: string; etag: string; dest: string };

function unspooled(loc: ObjectLocation, objects: ObjectInfo[]): SpoolItem[] {
  return objects.flatMap((o) => {
    const uri = objectUri(loc, o.key);
    return spooled.get(uri)?.etag === o.etag ? [] : [{ key: o.key, etag: o.etag, dest: spoolPath(uri, o) }];
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
 * uses through polars: called only after a read failed with "not found", which a missing
 * container and a missing object both give. undefined when the answer says neither.
 */
export function bucketExists(path: string, options: StorageOptions): boolean | undefined {
  if (!isCloudPath(path)) return undefined;
  const loc = parseLocation(path);
  if (isS3(loc) || loc.scheme === 'http' || loc.scheme === 'https') return undefined;
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

/** A non-S3 location: one entry that polars reads (and expands, for a glob) with its own credentials. */
function unlisted(path: string, loc: ObjectLocation, options: StorageOptions): CloudObjects {
  const cloudOptions = unlistedOptions(loc, options);
  for (const [k, v] of Object.entries(cloudOptions)) recordEnvValue(k.toUpperCase(), v);
  return {
    uris: [path],
    sizes: [0],
    // Without a listing there is no version to name: the fingerprint says so rather than guess.
    fingerprint: `unversioned:${createHash('sha256').update(path).digest('hex').slice(0, 32)}`,
    cloudOptions,
    spool: () => {
      throw new TruthgateError(
        'TG_OBJECT_UNSUPPORTED',
        { path, detail: `${loc.scheme}:// sources are read in place by polars: Parquet, CSV or NDJSON only` },
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

function objectError(f: Failure, path: string, loc: ObjectLocation, endpoint: string): TruthgateError {
  const at = { location: { file: path } };
  switch (f.kind) {
    case 'bucket':
      return new TruthgateError('TG_OBJECT_BUCKET_MISSING', { bucket: loc.bucket, endpoint, path }, at);
    case 'notfound':
      return new TruthgateError('TG_OBJECT_NOT_FOUND', { path }, at);
    case 'denied':
      return new TruthgateError('TG_OBJECT_ACCESS_DENIED', { path, detail: f.detail }, at);
    case 'endpoint':
      return new TruthgateError('TG_OBJECT_ENDPOINT', { endpoint, detail: f.detail }, at);
    case 'network':
      return new TruthgateError('TG_OBJECT_NETWORK', { path, attempts: f.attempts, detail: f.detail }, at);
  }
}
