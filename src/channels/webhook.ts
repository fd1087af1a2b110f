import { SIGNATURE_HEADER, signWebhook, TIMESTAMP_HEADER, WEBHOOK_VERSION } from '../core/notify/webhook.ts';
import { postJson } from './http.ts';
import { requireSecret, type SecretSource } from './secrets.ts';
import type { DeliveryInput } from './types.ts';

/**
 * Generic webhook: TRUTHGATE_WEBHOOK_<NAME>_URL and TRUTHGATE_WEBHOOK_<NAME>_SECRET (HMAC key).
 * Each attempt is signed afresh (new timestamp); the Idempotency-Key stays the same.
 */
export async function sendWebhook(
  d: DeliveryInput,
  payload: Record<string, unknown>,
  secrets: SecretSource,
): Promise<string> {
  const url = requireSecret(secrets, d.channel, 'url');
  const secret = requireSecret(secrets, d.channel, 'secret');
  const body = JSON.stringify(payload);
  const ts = Math.floor(Date.now() / 1000);
  await postJson(
    d.channel,
    url,
    body,
    {
      'idempotency-key': d.idempotencyKey,
      [TIMESTAMP_HEADER]: String(ts),
      [SIGNATURE_HEADER]: signWebhook(secret, ts, body),
      'x-truthgate-event': d.kind,
      'x-truthgate-schema-version': String(WEBHOOK_VERSION),
    },
    d.timeoutMs,
  );
  return 'delivered to the webhook';
}
