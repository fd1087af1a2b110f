import { slackMessage } from '../../core/notify/slack.ts';
import type { MessageInput } from '../../core/notify/view.ts';
import { postJson } from './http.ts';
import { requireSecret, type SecretSource } from './secrets.ts';
import type { DeliveryInput } from './types.ts';

/** Slack incoming webhook: TRUTHGATE_SLACK_<NAME>_WEBHOOK. */
export async function sendSlack(d: DeliveryInput, m: MessageInput, secrets: SecretSource): Promise<string> {
  const url = requireSecret(secrets, d.channel, 'webhook');
  await postJson(d.channel, url, JSON.stringify(slackMessage(m)), { 'idempotency-key': d.idempotencyKey }, d.timeoutMs);
  return 'posted to the Slack webhook';
}
