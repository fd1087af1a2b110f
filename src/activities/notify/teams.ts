import { teamsMessage } from '../../core/notify/teams.ts';
import type { MessageInput } from '../../core/notify/view.ts';
import { postJson } from './http.ts';
import { requireSecret, type SecretSource } from './secrets.ts';
import type { DeliveryInput } from './types.ts';

/** Microsoft Teams incoming webhook (or a Workflows "post to channel" URL): TRUTHGATE_TEAMS_<NAME>_WEBHOOK. */
export async function sendTeams(d: DeliveryInput, m: MessageInput, secrets: SecretSource): Promise<string> {
  const url = requireSecret(secrets, d.channel, 'webhook');
  await postJson(d.channel, url, JSON.stringify(teamsMessage(m)), { 'idempotency-key': d.idempotencyKey }, d.timeoutMs);
  return 'posted to the Teams webhook';
}
