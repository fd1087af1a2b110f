import { proxyActivities, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import type { PruneActivityInput, PruneResult, TruthgateActivities } from '../activities/index.ts';
import { storeActivity } from './options.ts';
import { TgKind } from './search-attributes.ts';

export type RetentionInput = Omit<PruneActivityInput, 'now'>;

const { pruneStore } = proxyActivities<TruthgateActivities>(storeActivity);

/**
 * Prunes the report store (reports 90 days, failed ones 180, last 5 profiles per source,
 * notification logs 30 days by default). Scheduled daily; judged at the workflow's start time.
 */
export async function retentionWorkflow(input: RetentionInput = {}): Promise<PruneResult> {
  upsertSearchAttributes([{ key: TgKind, value: 'retention' }]);
  return pruneStore({ ...input, now: workflowInfo().startTime.toISOString() });
}
