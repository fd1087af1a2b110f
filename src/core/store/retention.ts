import type { RunStatus } from '../result/schema.ts';
import { timestampOfKey } from './key.ts';
import { dirOf, PREFIX } from './layout.ts';
import type { ObjectStore } from './store.ts';

export interface RetentionPolicy {
  /** Validation reports (pass / warn). */
  reportDays: number;
  /** Reports of failed or errored runs, kept longer for post-mortems. */
  failedReportDays: number;
  /** Newest profiles kept per source (drift compares against the previous one). */
  profilesPerSource: number;
  notificationDays: number;
  /** Leftovers of partitioned runs that never reached their merge step. */
  partialDays: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = {
  reportDays: 90,
  failedReportDays: 180,
  profilesPerSource: 5,
  notificationDays: 30,
  partialDays: 7,
};

export interface PruneCounts {
  scanned: number;
  deleted: { reports: number; profiles: number; notifications: number; partials: number };
  kept: number;
}

const phases = ['reports', 'profiles', 'notifications', 'partials'] as const;
type Phase = (typeof phases)[number];

/** Where a prune stands after a page: enough to resume after a crash (heartbeat details). */
export interface PruneState {
  phase: Phase;
  after?: string;
  /** Newest profiles seen so far in the current source directory (oldest first). */
  window: string[];
  counts: PruneCounts;
}

export interface PruneOptions {
  now: Date;
  pageSize?: number;
  resume?: PruneState;
  /** Called after every page with the state to resume from. */
  onPage?: (state: PruneState) => void | Promise<void>;
}

const DAY = 86_400_000;

/**
 * Deletes what the policy no longer keeps, page by page in key order. Deleting is idempotent and
 * the cursor is a key, so resuming from any reported state gives the same end result.
 */
export async function pruneStore(
  store: ObjectStore,
  policy: RetentionPolicy,
  opts: PruneOptions,
): Promise<PruneCounts> {
  const state: PruneState = opts.resume
    ? structuredClone(opts.resume)
    : {
        phase: 'reports',
        window: [],
        counts: { scanned: 0, deleted: { reports: 0, profiles: 0, notifications: 0, partials: 0 }, kept: 0 },
      };
  const ageDays = (key: string): number => {
    const t = timestampOfKey(key);
    return t ? (opts.now.getTime() - t.getTime()) / DAY : 0;
  };
  const remove = async (key: string, phase: Phase): Promise<void> => {
    if (await store.delete(key)) state.counts.deleted[phase]++;
  };

  for (let p = phases.indexOf(state.phase); p < phases.length; p++) {
    const phase = phases[p]!;
    if (phase !== state.phase) Object.assign(state, { phase, after: undefined, window: [] });
    for (;;) {
      const page = await store.list(PREFIX[phase], { after: state.after, limit: opts.pageSize ?? 100 });
      for (const { key } of page.entries) {
        state.counts.scanned++;
        const age = ageDays(key);
        if (phase === 'reports') {
          if (age > policy.failedReportDays) await remove(key, phase);
          else if (age > policy.reportDays && !(await failedReport(store, key))) await remove(key, phase);
          else state.counts.kept++;
        } else if (phase === 'profiles') {
          if (state.window.length > 0 && dirOf(state.window[0]!) !== dirOf(key)) state.window = [];
          state.window.push(key);
          state.counts.kept++;
          // A profile with `profilesPerSource` newer ones in its source directory goes.
          if (state.window.length > policy.profilesPerSource) {
            await remove(state.window.shift()!, phase);
            state.counts.kept--;
          }
        } else {
          const days = phase === 'notifications' ? policy.notificationDays : policy.partialDays;
          if (age > days) await remove(key, phase);
          else state.counts.kept++;
        }
      }
      state.after = page.next;
      await opts.onPage?.(structuredClone(state));
      if (!page.next) break;
    }
  }
  return state.counts;
}

async function failedReport(store: ObjectStore, key: string): Promise<boolean> {
  const text = await store.get(key);
  if (text === undefined) return false;
  try {
    const status = (JSON.parse(text) as { status?: RunStatus }).status;
    return status === 'fail' || status === 'error';
  } catch {
    return false;
  }
}
