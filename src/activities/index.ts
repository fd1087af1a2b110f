import type { ObjectStore } from '../core/store/store.ts';
import { planPartitionsActivity, reducePartitionsActivity, runPartitionActivity } from './partition.ts';
import { createNotifyActivities } from './notify/index.ts';
import { runProfileActivity } from './profile.ts';
import { pruneStoreActivity } from './prune.ts';
import { runValidationActivity } from './validation.ts';

export interface ActivityDeps {
  store: ObjectStore;
}

/**
 * Every activity, bound to the worker's dependencies. Workflows import only the TYPE of this
 * object (`proxyActivities<TruthgateActivities>`), never the implementation.
 */
export function createActivities(deps: ActivityDeps) {
  return {
    runValidation: runValidationActivity(deps.store),
    planPartitions: planPartitionsActivity(),
    runPartition: runPartitionActivity(deps.store),
    reducePartitions: reducePartitionsActivity(deps.store),
    runProfile: runProfileActivity(deps.store),
    pruneStore: pruneStoreActivity(deps.store),
    ...createNotifyActivities(deps.store),
  };
}

export type TruthgateActivities = ReturnType<typeof createActivities>;
export type * from './types.ts';
