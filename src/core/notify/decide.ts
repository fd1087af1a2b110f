import type { Severity } from '../result/schema.ts';
import { durationMs } from './duration.ts';
import { failureFingerprint, type NotifyEvent, type NotifyIssue } from './event.ts';
import { quietUntil } from './quiet.ts';
import { DEFAULT_EVENTS, type NotifyConfig, type NotifyRule } from './rules.ts';

/**
 * Who hears about an event. Pure and deterministic (no clock, no I/O), so notificationWorkflow
 * calls it directly; what it needs from the past comes in as `state`, read by an activity.
 */

/** What the notification log knows about one channel. */
export interface ChannelState {
  /** The failure this channel was last alerted about for this suite, until a recovery is sent. */
  open?: { fingerprint: string; at: string } | null;
  /** ISO times of recent messages on the channel (all suites), for throttling. */
  recent?: string[];
}
export type NotifyState = Record<string, ChannelState>;

export interface Delivery {
  channel: string;
  /** The event kind as sent: a repeated failure past the reminder interval becomes `still_failing`. */
  kind: NotifyEvent['kind'];
  action: 'send' | 'skip';
  reason: string;
  /** Hold the message until then (quiet hours). */
  notBefore?: string;
}

const rank: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };
const failureKinds = new Set(['pass_to_fail', 'new_critical', 'still_failing', 'anomaly_detected']);

function ruleMatches(rule: NotifyRule, event: NotifyEvent): boolean {
  if (event.kind === 'test') return true;
  const kinds = rule.events ?? DEFAULT_EVENTS;
  // A reminder belongs to whoever got the original alert.
  const wanted =
    event.kind === 'still_failing'
      ? kinds.includes('still_failing') || kinds.includes('pass_to_fail')
      : kinds.includes(event.kind);
  if (!wanted) return false;
  const inSources = (s: string): boolean => !rule.sources || rule.sources.includes(s);
  if (!failureKinds.has(event.kind)) {
    const sevOk =
      !rule.min_severity ||
      event.kind === 'fail_to_pass' ||
      rank[event.severity ?? 'info'] >= rank[rule.min_severity];
    return sevOk && event.sources.some(inSources);
  }
  if (!rule.sources && !rule.tags && !rule.min_severity) return true;
  const relevant = (i: NotifyIssue): boolean =>
    inSources(i.source) &&
    (!rule.tags || (i.tags ?? []).some((t) => rule.tags!.includes(t))) &&
    rank[i.severity] >= rank[rule.min_severity ?? 'info'];
  return event.issues.some(relevant);
}

/** Channels of all matching rules, in rule order, each once. */
export function matchingChannels(config: NotifyConfig, event: NotifyEvent): string[] {
  return [...new Set(config.rules.filter((r) => ruleMatches(r, event)).flatMap((r) => r.channels))];
}

export function decide(event: NotifyEvent, config: NotifyConfig, state: NotifyState, now: Date): Delivery[] {
  const fingerprint = failureFingerprint(event);
  const reminderMs = config.reminder ? durationMs(config.reminder) : undefined;
  return matchingChannels(config, event).map((channel): Delivery => {
    const s = state[channel] ?? {};
    const settings = config.channels?.[channel];
    const skip = (reason: string): Delivery => ({ channel, kind: event.kind, action: 'skip', reason });
    let reminder = false;
    if (failureKinds.has(event.kind) && s.open?.fingerprint === fingerprint) {
      const since = now.getTime() - Date.parse(s.open.at);
      if (reminderMs === undefined || since < reminderMs) return skip('already alerted about this failure');
      reminder = true;
    }
    if (event.kind === 'fail_to_pass' && !s.open) return skip('no open alert on this channel to recover');
    const recovery = event.kind === 'fail_to_pass';
    if (settings?.throttle && !recovery) {
      const window = durationMs(settings.throttle.per);
      const recent = (s.recent ?? []).filter((t) => now.getTime() - Date.parse(t) < window);
      if (recent.length >= settings.throttle.max) {
        return skip(`throttled: ${recent.length} messages in the last ${settings.throttle.per}`);
      }
    }
    const q = settings?.quiet_hours;
    const urgent = event.severity === 'critical' && q?.critical !== false && !recovery;
    const until = q && !urgent ? quietUntil(q, now) : null;
    const reason = reminder ? 'reminder' : 'matched a rule';
    return {
      channel,
      kind: reminder ? 'still_failing' : event.kind,
      action: 'send',
      reason: until ? `${reason}; held for quiet hours` : reason,
      ...(until ? { notBefore: until.toISOString() } : {}),
    };
  });
}
