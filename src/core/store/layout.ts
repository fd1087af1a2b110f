import { keyTimestamp, safeSegment } from './key.ts';
import type { ObjectStore } from './store.ts';

/**
 * Key layout of the store. The run's requested time (not the time an attempt ran) and its id make
 * the key, so a retried activity overwrites its own report instead of adding a second one.
 */
export const PREFIX = {
  reports: 'reports/',
  profiles: 'profiles/',
  notifications: 'notifications/',
  partials: 'partials/',
} as const;

export function reportKey(suite: string, requestedAt: Date, runId: string): string {
  return `${PREFIX.reports}${safeSegment(suite)}/${keyTimestamp(requestedAt)}_${safeSegment(runId)}.json`;
}

export function profileKey(source: string, requestedAt: Date, runId: string): string {
  return `${PREFIX.profiles}${safeSegment(source)}/${keyTimestamp(requestedAt)}_${safeSegment(runId)}.json`;
}

/** For the notification issue: one log entry per delivery attempt batch. */
export function notificationKey(at: Date, id: string): string {
  return `${PREFIX.notifications}${keyTimestamp(at)}_${safeSegment(id)}.json`;
}

/** Per-partition partial results of a partitioned run; deleted once merged. */
export function partialsPrefix(requestedAt: Date, runId: string): string {
  return `${PREFIX.partials}${keyTimestamp(requestedAt)}_${safeSegment(runId)}/`;
}

/** The newest key under `prefix` that sorts before `key` (keys sort by time), if any. */
export async function previousKey(
  store: ObjectStore,
  prefix: string,
  key: string,
): Promise<string | undefined> {
  let prev: string | undefined;
  let after: string | undefined;
  for (;;) {
    const page = await store.list(prefix, { after, limit: 500 });
    for (const e of page.entries) {
      if (e.key >= key) return prev;
      prev = e.key;
    }
    if (!page.next) return prev;
    after = page.next;
  }
}

export function dirOf(key: string): string {
  return key.slice(0, key.lastIndexOf('/') + 1);
}
