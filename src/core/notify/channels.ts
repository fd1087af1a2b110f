/**
 * The channel kinds, declared once: the rules schema takes its `<kind>:<name>` pattern from here,
 * the workflow its retry defaults and activity names, and the channel library (src/channels) puts
 * a format and a sender next to each. Plain data with no imports, so workflow code may read it.
 */

/** One delivery attempt's limits and the retry schedule (a suite's `channels.<name>.retry` overrides any field). */
export interface RetryPolicy {
  timeout: string;
  initial_interval: string;
  maximum_interval: string;
  backoff: number;
  maximum_attempts: number;
}

export interface ChannelKindSpec {
  retry: RetryPolicy;
}

/** Chat and webhook receivers answer fast and recover fast; mail servers and GitHub get more time. */
const webRetry: RetryPolicy = {
  timeout: '10s',
  initial_interval: '2s',
  maximum_interval: '5m',
  backoff: 2,
  maximum_attempts: 10,
};

export const CHANNEL_KINDS = {
  slack: { retry: webRetry },
  teams: { retry: webRetry },
  webhook: { retry: webRetry },
  email: {
    retry: {
      timeout: '30s',
      initial_interval: '5s',
      maximum_interval: '10m',
      backoff: 2,
      maximum_attempts: 8,
    },
  },
  github: {
    retry: {
      timeout: '30s',
      initial_interval: '2s',
      maximum_interval: '5m',
      backoff: 2,
      maximum_attempts: 8,
    },
  },
} as const satisfies Record<string, ChannelKindSpec>;

export type ChannelKind = keyof typeof CHANNEL_KINDS;
export const channelKinds = Object.keys(CHANNEL_KINDS) as ChannelKind[];

/** `<kind>:<name>`, e.g. `slack:data-team`, `email:oncall`. */
export const CHANNEL_PATTERN = new RegExp(`^(${channelKinds.join('|')}):[a-z0-9][a-z0-9_-]{0,62}$`);

/** The kind of a channel name the rules schema accepted. */
export function channelKind(channel: string): ChannelKind {
  return channel.slice(0, channel.indexOf(':')) as ChannelKind;
}

/** Each kind is delivered by its own activity, so each has its own retry policy. */
export type DeliveryActivityName = `notify${Capitalize<ChannelKind>}`;

export function deliveryActivityName(kind: ChannelKind): DeliveryActivityName {
  return `notify${kind.charAt(0).toUpperCase()}${kind.slice(1)}` as DeliveryActivityName;
}
