import {
  mergePartitions,
  partitionedSources,
  partitionRowCounts,
  runPartition,
  type PartitionResult,
} from '../core/engine/partition.ts';
import { loadHistory } from '../core/history/store.ts';
import { partialsPrefix } from '../core/store/layout.ts';
import type { ObjectStore } from '../core/store/store.ts';
import { loadSuiteFile } from '../core/suite/load.ts';
import { asActivity } from './failure.ts';
import { withHeartbeat } from './heartbeat.ts';
import { prefetchSuiteObjects } from './prefetch.ts';
import type {
  PartitionDone,
  PartitionedSourcePlan,
  PartitionPlanInput,
  PartitionTask,
  ReduceInput,
  ValidationResult,
} from './types.ts';
import { finishRun } from './validation.ts';

function partialKey(t: { requestedAt: string; runId: string; source: string; fileIndex: number }): string {
  return `${partialsPrefix(new Date(t.requestedAt), t.runId)}${t.source}-${String(t.fileIndex).padStart(6, '0')}.json`;
}

export function planPartitionsActivity() {
  return (input: PartitionPlanInput): Promise<PartitionedSourcePlan[]> =>
    asActivity(async () => {
      // Objects are listed, not downloaded: each partition fetches its own.
      return partitionedSources(loadSuiteFile(input.suite), input.sources);
    });
}

/**
 * One file of a source. Its partial result (counts and samples) goes to the store, not into
 * workflow history: samples can hold personal data and thousands of partials add up.
 */
export function runPartitionActivity(store: ObjectStore) {
  return (task: PartitionTask): Promise<PartitionDone> =>
    asActivity(() =>
      withHeartbeat(async () => {
        const suite = loadSuiteFile(task.suite);
        // runPartition downloads this partition's object only.
        const result = await runPartition(suite, task.source, task.fileIndex, {
          now: new Date(task.requestedAt),
        });
        await store.put(partialKey(task), JSON.stringify(result));
        return { source: task.source, fileIndex: task.fileIndex, rowCount: result.rowCount };
      }),
    );
}

/**
 * Merges the stored partials with the whole-source checks, stores the report, appends the run's
 * metrics and per-file row counts to the history, and drops the partials.
 */
export function reducePartitionsActivity(store: ObjectStore) {
  return (input: ReduceInput): Promise<ValidationResult> =>
    asActivity(() =>
      withHeartbeat(async () => {
        const suite = loadSuiteFile(input.suite);
        await prefetchSuiteObjects(suite, input.sources);
        const keys = input.partitioned.flatMap((p) =>
          Array.from({ length: p.files }, (_, fileIndex) =>
            partialKey({ ...input, source: p.source, fileIndex }),
          ),
        );
        const partials: PartitionResult[] = [];
        for (const key of keys) {
          const text = await store.get(key);
          if (text === undefined) throw new Error(`partial result ${key} is missing`);
          partials.push(JSON.parse(text) as PartitionResult);
        }
        const requestedAt = new Date(input.requestedAt);
        // Anomaly checks run in this reduce step, over the whole source, against the worker's history.
        const report = await mergePartitions(suite, partials, {
          sources: input.sources,
          failOn: input.failOn,
          runId: input.runId,
          now: requestedAt,
          history: await loadHistory(store, suite.name, input.sources ?? Object.keys(suite.checks)),
        });
        const result = await finishRun(
          store,
          report,
          requestedAt,
          input.topIssues,
          partitionRowCounts(report, partials),
        );
        for (const key of keys) await store.delete(key);
        return result;
      }),
    );
}
