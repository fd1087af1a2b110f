import { channels } from '../../channels/registry.ts';
import { recordOutcomes } from '../../channels/log.ts';
import { prepareNotification } from '../../channels/prepare.ts';
import type { PrepareInput, RecordInput } from '../../channels/types.ts';
import { channelKinds, deliveryActivityName, type DeliveryActivityName } from '../../core/notify/channels.ts';
import type { ObjectStore } from '../../core/store/store.ts';
import { asActivity } from '../failure.ts';
import { deliveryActivity } from './deliver.ts';

/** The notification activities: one per channel kind (each gets its own retry policy) plus log I/O. */
export function createNotifyActivities(store: ObjectStore) {
  const deliveries = Object.fromEntries(
    channelKinds.map((kind) => [deliveryActivityName(kind), deliveryActivity(store, channels[kind])]),
  ) as Record<DeliveryActivityName, ReturnType<typeof deliveryActivity>>;
  return {
    prepareNotification: (input: PrepareInput) => asActivity(() => prepareNotification(store, input)),
    recordNotification: (input: RecordInput) => asActivity(() => recordOutcomes(store, input)),
    ...deliveries,
  };
}

export type NotifyActivities = ReturnType<typeof createNotifyActivities>;
export type * from '../../channels/types.ts';
