import type { AzureConnection } from './azure-settings.ts';
import type { GcsConnection } from './gcs-settings.ts';
import type { S3Connection } from './s3-settings.ts';

/**
 * How the main thread and the object-store worker thread talk: every call is answered within
 * POLL_MS, with the reply or the id of a job still running, so the caller tells a dead worker from
 * a long download. Its own module (types and a constant) so that the main thread loads no SDK.
 */
export const POLL_MS = 5000;

/** How to reach one store: plain data, handed to the worker thread. */
export type StoreConnection =
  | ({ provider: 's3' } & S3Connection)
  | ({ provider: 'gcs' } & GcsConnection)
  | ({ provider: 'azure' } & AzureConnection);

export interface ObjectInfo {
  key: string;
  etag: string;
  size: number;
  lastModified: string;
  /** GCS's generation: what a download asks for, so a rewritten object is not read in its place. */
  generation?: string;
}

/** `identity`: no token from Microsoft Entra ID (a wrong secret, an unreachable authority). */
export type FailureKind = 'bucket' | 'notfound' | 'denied' | 'identity' | 'endpoint' | 'network';
export interface Failure {
  kind: FailureKind;
  detail: string;
  attempts: number;
  /** The request went unsigned because no credentials were found (GCS's fallback). */
  unsigned?: boolean;
}

export type SpoolItem = { key: string; etag: string; generation?: string; dest: string };

export type StoreRequest =
  | { op: 'list'; connection: StoreConnection; bucket: string; key: string; glob: boolean; prefix: string }
  | { op: 'spool'; connection: StoreConnection; bucket: string; items: SpoolItem[] };

/** A request, or a poll of one still running. */
export type WorkerRequest = StoreRequest | { op: 'poll'; job: number };

/** A reply, or the id of a job still running after POLL_MS. */
export type WorkerReply = StoreReply | { pending: number };

export type StoreReply =
  /** `cloudOptions`: what polars needs besides the settings to read as the listing did (S3's resolved identity). */
  | { ok: true; objects: ObjectInfo[]; cloudOptions?: Record<string, string> }
  | { ok: false; failure: Failure };

/** One provider's calls, loaded by the worker only when a source of that provider is read. */
export interface Store<C> {
  list(c: C, r: { bucket: string; key: string; glob: boolean; prefix: string }): Promise<ObjectInfo[]>;
  /** polars options resolved while listing (credentials found by the SDK's own chain, a region). */
  resolved?(c: C, bucket: string): Promise<Record<string, string>>;
  /** Streams one object, at the listed version, to `dest`. */
  download(c: C, bucket: string, item: SpoolItem, dest: string): Promise<void>;
  classify(err: unknown): Failure;
}

/** Keys are compared and sorted the same way by every provider (byte order, as S3 lists them). */
export function byKey(a: ObjectInfo, b: ObjectInfo): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** Connection errors that mean nothing answers at the endpoint (not a failure along the way). */
export const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
]);
