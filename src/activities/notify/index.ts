import type { ObjectStore } from '../../core/store/store.ts';
import { asActivity } from '../failure.ts';
import { deliveryActivity } from './deliver.ts';
import { sendEmail } from './email.ts';
import { sendGithub } from './github.ts';
import { recordOutcomes } from './log.ts';
import { prepareNotification } from './prepare.ts';
import { sendSlack, sendTeams } from './chat.ts';
import { sendWebhook } from './webhook.ts';
import type { PrepareInput, RecordInput } from './types.ts';

/** The sender of each channel kind (also used directly by `truthgate notify test`). */
export const senders = {
  slack: sendSlack,
  teams: sendTeams,
  webhook: sendWebhook,
  email: sendEmail,
  github: sendGithub,
} as const;

/** The notification activities: one per channel (each gets its own retry policy) plus log I/O. */
export function createNotifyActivities(store: ObjectStore) {
  return {
    prepareNotification: (input: PrepareInput) => asActivity(() => prepareNotification(store, input)),
    recordNotification: (input: RecordInput) => asActivity(() => recordOutcomes(store, input)),
    notifySlack: deliveryActivity(store, senders.slack),
    notifyTeams: deliveryActivity(store, senders.teams),
    notifyWebhook: deliveryActivity(store, senders.webhook),
    notifyEmail: deliveryActivity(store, senders.email),
    notifyGithub: deliveryActivity(store, senders.github),
  };
}

export type NotifyActivities = ReturnType<typeof createNotifyActivities>;
export type * from './types.ts';
