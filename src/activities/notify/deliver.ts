import { activityInfo } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { TruthgateError } from '../../core/errors.ts';
import { restoreEnv } from '../../core/redact.ts';
import type { ObjectStore } from '../../core/store/store.ts';
import { DeliveryError } from '../../channels/http.ts';
import { logEntry, readEntry, writeEntry } from '../../channels/log.ts';
import { messageInput } from '../../channels/message.ts';
import type { Channel } from '../../channels/registry.ts';
import { envSecrets } from '../../channels/secrets.ts';
import type { DeliveryInput, DeliveryResult } from '../../channels/types.ts';

/**
 * One channel's activity: skip what the log says was already delivered (a retry after a crash
 * between sending and returning), send, log the success at once, and turn errors into
 * ApplicationFailures the workflow's retry policy understands (non-retryable 4xx, Retry-After).
 */
export function deliveryActivity(store: ObjectStore, channel: Channel) {
  return async (input: DeliveryInput): Promise<DeliveryResult> => {
    // The link and settings arrive as history holds them, with `${ENV}` names instead of values
    // (prepare.ts): the worker's values are put back only here, to send.
    const d: DeliveryInput = {
      ...input,
      ...(input.link ? { link: restoreEnv(input.link) } : {}),
      ...(input.settings ? { settings: restoreEnv(input.settings) } : {}),
    };
    const prior = await readEntry(store, d.event.at, d.idempotencyKey);
    if (prior?.status === 'sent' || prior?.status === 'duplicate') {
      return { status: 'duplicate', detail: `already delivered at ${prior.at}` };
    }
    try {
      const detail = await channel.deliver(d, await messageInput(d, store), envSecrets());
      const at = new Date().toISOString();
      const attempts = activityInfo().attempt;
      await writeEntry(
        store,
        logEntry(
          d.event,
          {
            channel: d.channel,
            kind: d.kind,
            action: 'send',
            reason: 'delivered',
            idempotencyKey: d.idempotencyKey,
            status: 'sent',
            detail,
            attempts,
          },
          at,
        ),
        d.event.at,
      );
      return { status: 'sent', detail, attempts };
    } catch (err) {
      throw toFailure(err);
    }
  };
}

/** Configuration errors and rejections repeat themselves; only delivery errors are retried. */
export function toFailure(err: unknown): unknown {
  if (!(err instanceof TruthgateError)) return err;
  const retryable = err instanceof DeliveryError && err.retryable;
  return ApplicationFailure.create({
    message: err.message,
    type: err.code,
    details: [{ code: err.code, params: err.params }],
    nonRetryable: !retryable,
    ...(err instanceof DeliveryError && err.retryAfterMs ? { nextRetryDelay: err.retryAfterMs } : {}),
  });
}
