import { CHANNEL_KINDS, type ChannelKind, type ChannelKindSpec } from '../core/notify/channels.ts';
import { emailMessage } from '../core/notify/email.ts';
import { githubMessage } from '../core/notify/github.ts';
import { slackMessage } from '../core/notify/slack.ts';
import { teamsMessage } from '../core/notify/teams.ts';
import type { MessageInput } from '../core/notify/view.ts';
import { webhookBody } from '../core/notify/webhook.ts';
import { postToChat } from './chat.ts';
import { sendEmail } from './email.ts';
import { sendGithub } from './github.ts';
import type { SecretSource } from './secrets.ts';
import type { DeliveryInput } from './types.ts';
import { sendWebhook } from './webhook.ts';

/** A channel kind as the worker and `truthgate notify test` use it: its spec, format and sender. */
export interface Channel extends ChannelKindSpec {
  kind: ChannelKind;
  /** Formats the message and sends it; resolves with what the receiver answered. */
  deliver(d: DeliveryInput, m: MessageInput, secrets: SecretSource): Promise<string>;
}

/** `format` is pure (src/core/notify/<kind>.ts); `send` does the I/O with the worker's secrets. */
function channel<P>(
  kind: ChannelKind,
  format: (m: MessageInput) => P,
  send: (d: DeliveryInput, message: P, secrets: SecretSource) => Promise<string>,
): Channel {
  return { kind, ...CHANNEL_KINDS[kind], deliver: (d, m, secrets) => send(d, format(m), secrets) };
}

/**
 * Every channel kind. A new kind is an entry in src/core/notify/channels.ts (name, retry
 * defaults), a format in src/core/notify/<kind>.ts and a sender here; the rules schema, the
 * activities and the notification workflow pick it up from those.
 */
export const channels: { readonly [K in ChannelKind]: Channel } = {
  slack: channel('slack', slackMessage, postToChat('Slack')),
  teams: channel('teams', teamsMessage, postToChat('Teams')),
  webhook: channel('webhook', webhookBody, sendWebhook),
  email: channel('email', emailMessage, sendEmail),
  github: channel('github', githubMessage, sendGithub),
};
