import {
  patched,
  proxyActivities,
  upsertMemo,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { ProfileResult, TruthgateActivities } from '../activities/index.ts';
import { dataActivity } from './options.ts';
import { TgKind, TgSource } from './search-attributes.ts';
import { profileEvent, startNotification } from './notification.ts';

export interface ProfilingInput {
  suite: string;
  source: string;
  /** Compare with the previous stored profile of the source. */
  drift?: boolean;
}

const { runProfile } = proxyActivities<TruthgateActivities>(dataActivity);

/** Profiles a source, stores the profile, optionally reports drift against the previous one. */
export async function profilingWorkflow(input: ProfilingInput): Promise<ProfileResult> {
  const info = workflowInfo();
  upsertSearchAttributes([
    { key: TgKind, value: 'profile' },
    { key: TgSource, value: [input.source] },
  ]);
  const result = await runProfile({ ...input, runId: info.runId, requestedAt: info.startTime.toISOString() });
  upsertMemo({
    profileKey: result.profileKey,
    drifted: result.drift.compared ? ((result.drift.summary as { drifted?: boolean }).drifted ?? null) : null,
  });
  // --- notifications (issue 6): drift and schema changes; patched for recorded histories.
  if (patched('notify-hook')) {
    const at = info.startTime.toISOString();
    await startNotification(profileEvent(result, info.runId, at, info.workflowId), input.suite);
  }
  // --- end notifications
  return result;
}
