import {
  ActivityFailure,
  ApplicationFailure,
  executeChild,
  patched,
  proxyActivities,
  upsertMemo,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type {
  PartitionDone,
  PartitionTask,
  StateChange,
  TruthgateActivities,
  ValidationActivityInput,
  ValidationResult,
} from '../activities/index.ts';
import type { FailOn } from '../core/result/schema.ts';
import { dataActivity } from './options.ts';
import { boundedMap, chunk } from '../core/toolkit/pool.ts';
import { TgFailedChecks, TgKind, TgSeverity, TgSource, TgStatus, TgSuite } from './search-attributes.ts';
import { stateChange } from './state-change.ts';
import { startNotification, validationEvent } from './notification.ts';

export interface ValidationInput {
  /** Suite file path as the workers see it (shared volume or the same checkout). */
  suite: string;
  sources?: string[];
  failOn?: FailOn;
  topIssues?: number;
  /** Fan multi-file sources out one activity per file, merged exactly (see docs/temporal.md). */
  partitioned?: PartitionOptions;
}

export interface PartitionOptions {
  /** Partitions in flight at once (default 8). */
  concurrency?: number;
  /** Above this many partitions, batches run as child workflows to keep histories small (default 200). */
  batchSize?: number;
}

export interface ValidationWorkflowResult extends ValidationResult {
  partitions?: number;
  /**
   * The change of state since the previous run, or null. It (or an unchanged failure) is handed
   * to notificationWorkflow (src/workflows/notification.ts), which decides who hears about it.
   */
  stateChange: StateChange | null;
}

const acts = proxyActivities<TruthgateActivities>(dataActivity);

export async function validationWorkflow(input: ValidationInput): Promise<ValidationWorkflowResult> {
  const info = workflowInfo();
  upsertSearchAttributes([
    { key: TgKind, value: 'validation' },
    ...(input.sources?.length ? [{ key: TgSource, value: input.sources }] : []),
  ]);
  upsertMemo({ suitePath: input.suite });
  const base: ValidationActivityInput = {
    suite: input.suite,
    sources: input.sources,
    failOn: input.failOn,
    runId: info.runId,
    requestedAt: info.startTime.toISOString(),
    topIssues: input.topIssues,
  };
  let result: ValidationResult & { partitions?: number };
  try {
    result = input.partitioned
      ? await partitionedRun(base, input.partitioned)
      : await acts.runValidation(base);
  } catch (err) {
    upsertSearchAttributes([{ key: TgStatus, value: 'error' }]);
    throw unwrap(err);
  }
  const change = stateChange(result.previous, result);
  upsertSearchAttributes([
    { key: TgSuite, value: result.suite },
    { key: TgSource, value: result.sources.map((s) => s.name) },
    { key: TgStatus, value: result.status },
    { key: TgSeverity, value: result.highestSeverity ?? 'none' },
    { key: TgFailedChecks, value: result.summary.failed },
  ]);
  upsertMemo({ reportKey: result.reportKey, summary: result.summary, stateChange: change?.kind ?? null });
  // --- notifications (issue 6): patched so histories recorded before the hook still replay.
  if (patched('notify-hook'))
    await startNotification(validationEvent(result, change, info.workflowId), input.suite);
  // --- end notifications
  return { ...result, stateChange: change };
}

async function partitionedRun(
  base: ValidationActivityInput,
  opts: PartitionOptions,
): Promise<ValidationResult & { partitions: number }> {
  const plan = await acts.planPartitions({ suite: base.suite, sources: base.sources });
  const tasks: PartitionTask[] = plan.flatMap((p) =>
    Array.from({ length: p.files }, (_, fileIndex) => ({
      suite: base.suite,
      source: p.source,
      fileIndex,
      runId: base.runId,
      requestedAt: base.requestedAt,
    })),
  );
  const concurrency = opts.concurrency ?? 8;
  const batchSize = opts.batchSize ?? 200;
  if (tasks.length > batchSize) {
    const batches = chunk(tasks, batchSize);
    await boundedMap(batches, Math.max(1, Math.ceil(concurrency / 8)), (batch) =>
      executeChild(partitionBatchWorkflow, { args: [{ tasks: batch, concurrency }] }),
    );
  } else {
    await boundedMap(tasks, concurrency, (t) => acts.runPartition(t));
  }
  const result = await acts.reducePartitions({ ...base, partitioned: plan });
  return { ...result, partitions: tasks.length };
}

/** A batch of partitions in its own history, so thousands of files never bloat the parent. */
export async function partitionBatchWorkflow(input: {
  tasks: PartitionTask[];
  concurrency: number;
}): Promise<PartitionDone[]> {
  upsertSearchAttributes([{ key: TgKind, value: 'partition-batch' }]);
  return boundedMap(input.tasks, input.concurrency, (t) => acts.runPartition(t));
}

/** Activity failures carry the Truthgate error (code, params) one level down; surface it. */
function unwrap(err: unknown): unknown {
  if (err instanceof ActivityFailure && err.cause instanceof ApplicationFailure) return err.cause;
  return err;
}
