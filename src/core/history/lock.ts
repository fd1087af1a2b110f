import { mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import lockfile from 'proper-lockfile';
import { TruthgateError } from '../errors.ts';
import { DirectoryStore } from '../store/directory.ts';
import type { ObjectStore } from '../store/store.ts';

/** How long a writer waits for another run's write of the same history file. */
const WAIT_MS = 30_000;

/**
 * Runs `fn` (a read-modify-write of one history file) while holding an inter-process lock on it,
 * so concurrent runs of a suite (two CLI runs, several workers on one volume) never drop each
 * other's points. proper-lockfile's lock is a directory created with mkdir (atomic on local and
 * network file systems), refreshed while held and taken over when a crashed holder left it stale.
 * Stores other than a directory have no lock primitive in the ObjectStore interface: writes to
 * them are not serialized.
 */
export async function withHistoryLock<T>(store: ObjectStore, key: string, fn: () => Promise<T>): Promise<T> {
  if (!(store instanceof DirectoryStore)) return fn();
  const file = join(store.root, key);
  mkdirSync(dirname(file), { recursive: true });
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(file, {
      realpath: false,
      // A dot name: store listings skip it, like the atomic writer's temp files.
      lockfilePath: join(dirname(file), `.${basename(file)}.lock`),
      stale: 10_000,
      // The default throws from a timer, which would crash a worker or a CLI run. A lock taken
      // over while held (this process stalled past `stale`) costs at worst one point.
      onCompromised: () => {},
      retries: { retries: Math.ceil(WAIT_MS / 250), minTimeout: 10, maxTimeout: 250, randomize: true },
    });
  } catch (err) {
    throw new TruthgateError('TG_HISTORY_LOCKED', {
      key,
      seconds: WAIT_MS / 1000,
      detail: err instanceof Error ? err.message : String(err),
    });
  }
  try {
    return await fn();
  } finally {
    await release().catch(() => {
      // Already released or taken over as stale: the write itself completed (or threw) above.
    });
  }
}
