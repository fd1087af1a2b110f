import { postJson } from './http.ts';
import { requireSecret, type SecretSource } from './secrets.ts';
import type { DeliveryInput } from './types.ts';

/**
 * A chat service's incoming webhook (Slack, or a Teams webhook or Workflows "post to channel"
 * URL): TRUTHGATE_<KIND>_<NAME>_WEBHOOK, the body as the channel's format built it.
 */
export function postToChat(service: string) {
  return async (d: DeliveryInput, body: Record<string, unknown>, secrets: SecretSource): Promise<string> => {
    const url = requireSecret(secrets, d.channel, 'webhook');
    await postJson(
      d.channel,
      url,
      JSON.stringify(body),
      { 'idempotency-key': d.idempotencyKey },
      d.timeoutMs,
    );
    return `posted to the ${service} webhook`;
  };
}
