import type { Command } from 'commander';
import { TruthgateError } from '../../core/errors.ts';
import { durationMs } from '../../core/notify/duration.ts';
import { idempotencyKey, testEvent } from '../../core/notify/event.ts';
import { CHANNEL_PATTERN, channelKind } from '../../core/notify/channels.ts';
import { loadSuiteFile } from '../../core/suite/load.ts';
import { messageInput } from '../../channels/message.ts';
import { channels } from '../../channels/registry.ts';
import { envSecrets } from '../../channels/secrets.ts';
import type { DeliveryInput } from '../../channels/types.ts';

/**
 * `truthgate notify test <channel>`: sends one test message in-process through the channel library
 * (src/channels): the format, sender and secrets the worker uses, so a channel can be checked
 * before a real failure needs it.
 */
export function registerNotify(program: Command): void {
  const notify = program.command('notify').description('Notification channels');
  notify
    .command('test <channel>')
    .description('Send a test message to a channel, e.g. slack:data-team (secrets from the environment)')
    .option('-s, --suite <file>', 'Suite file whose notify.channels settings apply (recipients, repo)')
    .action(async (channel: string, opts: { suite?: string }) => {
      if (!CHANNEL_PATTERN.test(channel)) throw new TruthgateError('TG_NOTIFY_CHANNEL', { channel });
      const settings = opts.suite ? loadSuiteFile(opts.suite).notify?.channels?.[channel] : undefined;
      const event = testEvent(new Date());
      const d: DeliveryInput = {
        channel,
        kind: 'test',
        idempotencyKey: idempotencyKey(event.workflowId, event.runId, channel),
        event,
        timeoutMs: durationMs(settings?.retry?.timeout ?? '30s'),
        ...(settings ? { settings } : {}),
      };
      const detail = await channels[channelKind(channel)].deliver(d, await messageInput(d), envSecrets());
      process.stdout.write(`${channel}: ${detail}\n`);
    });
}
