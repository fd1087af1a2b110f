import { slackMessage } from '../../core/notify/slack.ts';
import { teamsMessage } from '../../core/notify/teams.ts';
import type { MessageInput } from '../../core/notify/view.ts';
import type { Sender } from './deliver.ts';
import { postJson } from './http.ts';
import { requireSecret } from './secrets.ts';

/** A chat service's incoming webhook: TRUTHGATE_<KIND>_<NAME>_WEBHOOK, body from `build`. */
function chatSender(build: (m: MessageInput) => Record<string, unknown>, service: string): Sender {
  return async (d, m, secrets) => {
    const url = requireSecret(secrets, d.channel, 'webhook');
    await postJson(
      d.channel,
      url,
      JSON.stringify(build(m)),
      { 'idempotency-key': d.idempotencyKey },
      d.timeoutMs,
    );
    return `posted to the ${service} webhook`;
  };
}

/** Slack incoming webhook (Block Kit). */
export const sendSlack = chatSender(slackMessage, 'Slack');
/** Microsoft Teams incoming webhook or Workflows "post to channel" URL (Adaptive Card). */
export const sendTeams = chatSender(teamsMessage, 'Teams');
