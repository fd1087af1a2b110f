import { activityInfo, heartbeat } from '@temporalio/activity';
import { DEFAULT_RETENTION, pruneStore, type PruneState } from '../core/store/retention.ts';
import type { ObjectStore } from '../core/store/store.ts';
import { asActivity } from './failure.ts';
import type { PruneActivityInput, PruneResult } from './types.ts';

/**
 * Applies the retention policy page by page; each page's state is the heartbeat detail, so a
 * retried attempt (after a crash or a heartbeat timeout) resumes where the last one stopped.
 */
export function pruneStoreActivity(store: ObjectStore) {
  return (input: PruneActivityInput): Promise<PruneResult> =>
    asActivity(() =>
      pruneStore(
        store,
        { ...DEFAULT_RETENTION, ...input.policy },
        {
          now: new Date(input.now),
          pageSize: input.pageSize,
          resume: activityInfo().heartbeatDetails as PruneState | undefined,
          onPage: (state) => heartbeat(state),
        },
      ),
    );
}
