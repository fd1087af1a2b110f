import { z } from 'zod';
import { Severity } from '../result/schema.ts';
import { CHANNEL_PATTERN, channelKinds } from './channels.ts';

/**
 * The `notify` section of a suite file: which events go to which channels, and per-channel
 * delivery settings. Nothing here is secret: channels are names (`slack:data-team`) and the worker
 * resolves their URLs, tokens and passwords from its own environment (docs/notifications.md).
 */

export const ChannelName = z
  .string()
  .regex(
    CHANNEL_PATTERN,
    `channels are \`<kind>:<name>\` with kind ${channelKinds.slice(0, -1).join(', ')} or ${channelKinds.at(-1)}, e.g. \`slack:data-team\``,
  );

/** Events a rule can subscribe to; `still_failing` is the reminder for an unchanged failure. */
export const eventKinds = [
  'pass_to_fail',
  'fail_to_pass',
  'new_critical',
  'still_failing',
  'drift_detected',
  'schema_changed',
  'anomaly_detected',
] as const;
export const EventKind = z.enum(eventKinds);
export type EventKind = z.infer<typeof EventKind>;

/** `90s`, `15m`, `1h30m`, `2d` (kept a string so the JSON Schema stays plain). */
export const DURATION_PATTERN = /^(\d+(ms|s|m|h|d))+$/;
export const Duration = z.string().regex(DURATION_PATTERN, 'a duration like `30s`, `15m`, `1h30m` or `2d`');

const Clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day as HH:MM (24-hour)');

export const QuietHours = z
  .object({
    start: Clock.describe('Start of the quiet window, e.g. 22:00'),
    end: Clock.describe('End of the quiet window, e.g. 07:00 (may be on the next day)'),
    timezone: z.string().min(1).optional().describe('IANA time zone (default UTC)'),
    critical: z
      .boolean()
      .optional()
      .describe('Let events with a critical failure through during quiet hours (default true)'),
  })
  .strict();
export type QuietHours = z.infer<typeof QuietHours>;

export const RetrySettings = z
  .object({
    initial_interval: Duration.optional(),
    maximum_interval: Duration.optional(),
    backoff: z.number().min(1).max(10).optional(),
    maximum_attempts: z.number().int().min(1).max(100).optional(),
    timeout: Duration.optional().describe('Time one delivery attempt may take'),
  })
  .strict();
export type RetrySettings = z.infer<typeof RetrySettings>;

export const ChannelSettings = z
  .object({
    quiet_hours: QuietHours.optional().describe('Hold messages until the window ends'),
    throttle: z
      .object({ max: z.number().int().min(1), per: Duration })
      .strict()
      .optional()
      .describe('At most `max` messages per `per` on this channel (recoveries always go through)'),
    retry: RetrySettings.optional(),
    to: z.array(z.string().min(3)).optional().describe('email: recipients'),
    from: z.string().optional().describe('email: sender (default from the environment)'),
    repo: z
      .string()
      .regex(/^[\w.-]+\/[\w.-]+$/, 'owner/name')
      .optional()
      .describe('github: repository for issues'),
    labels: z.array(z.string().min(1)).optional().describe('github: labels of opened issues'),
    mention: z.string().optional().describe('slack/teams: text put before the message, e.g. <!here>'),
  })
  .strict();
export type ChannelSettings = z.infer<typeof ChannelSettings>;

export const NotifyRule = z
  .object({
    channels: z.array(ChannelName).min(1),
    events: z
      .array(EventKind)
      .min(1)
      .optional()
      .describe(
        'Default: pass_to_fail, fail_to_pass, new_critical, drift_detected, schema_changed, anomaly_detected',
      ),
    min_severity: Severity.optional().describe('Lowest failing severity that alerts (default info)'),
    sources: z.array(z.string().min(1)).optional().describe('Only events about these sources'),
    tags: z.array(z.string().min(1)).optional().describe('Only failures of checks with one of these tags'),
  })
  .strict();
export type NotifyRule = z.infer<typeof NotifyRule>;

export const NotifyConfig = z
  .object({
    rules: z.array(NotifyRule).min(1),
    channels: z.record(ChannelName, ChannelSettings).optional(),
    reminder: Duration.optional().describe('Remind about an unchanged failure this often (default: never)'),
    link: z
      .string()
      .url()
      .optional()
      .describe('Link shown in messages; {runId}, {suite} and {reportKey} are filled in'),
    samples: z.number().int().min(0).max(10).optional().describe('Failing rows shown per issue (default 0)'),
    mask: z
      .array(z.string())
      .optional()
      .describe('Columns masked in messages, besides sources marked `sensitive`'),
  })
  .strict();
export type NotifyConfig = z.infer<typeof NotifyConfig>;

export const notifyKeyNames = [
  ...Object.keys(NotifyConfig.shape),
  ...Object.keys(NotifyRule.shape),
  ...Object.keys(ChannelSettings.shape),
  ...Object.keys(QuietHours.shape),
  ...Object.keys(RetrySettings.shape),
];

export const DEFAULT_EVENTS: readonly EventKind[] = [
  'pass_to_fail',
  'fail_to_pass',
  'new_critical',
  'drift_detected',
  'schema_changed',
  'anomaly_detected',
];
