import type { ChannelState, NotifyState } from '../core/notify/decide.ts';
import { failureFingerprint, type NotifyEvent } from '../core/notify/event.ts';
import { safeSegment } from '../core/store/key.ts';
import { notificationKey, PREFIX } from '../core/store/layout.ts';
import type { ObjectStore } from '../core/store/store.ts';
import type { LogEntry, DeliveryOutcome, RecordInput } from './types.ts';

/**
 * The notification log in the report store. Entries (`notifications/<time>_<key>.json`, keyed by
 * the event's time and the delivery's idempotency key, so a retry overwrites its own entry) are
 * pruned by the retention workflow. Channel state (`notifications/state/...`, no time in the key,
 * so never pruned) remembers the open alert per suite and channel and recent sends for throttling.
 */

export function entryKey(eventAt: string, idempotencyKey: string): string {
  return notificationKey(new Date(eventAt), idempotencyKey);
}

const alertKey = (suite: string, channel: string): string =>
  `${PREFIX.notifications}state/alerts/${safeSegment(suite)}/${safeSegment(channel)}.json`;
const recentKey = (channel: string): string =>
  `${PREFIX.notifications}state/recent/${safeSegment(channel)}.json`;

async function readJson<T>(store: ObjectStore, key: string): Promise<T | undefined> {
  const text = await store.get(key);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

export function readEntry(
  store: ObjectStore,
  eventAt: string,
  idempotencyKey: string,
): Promise<LogEntry | undefined> {
  return readJson<LogEntry>(store, entryKey(eventAt, idempotencyKey));
}

export async function writeEntry(store: ObjectStore, entry: LogEntry, eventAt: string): Promise<void> {
  await store.put(entryKey(eventAt, entry.idempotencyKey), `${JSON.stringify(entry, null, 2)}\n`);
}

export function logEntry(event: NotifyEvent, o: DeliveryOutcome, at: string): LogEntry {
  return {
    at,
    suite: event.suite,
    runId: event.runId,
    workflowId: event.workflowId,
    event: event.kind,
    channel: o.channel,
    kind: o.kind,
    idempotencyKey: o.idempotencyKey,
    status: o.status,
    reason: o.reason,
    ...(o.detail ? { detail: o.detail } : {}),
    ...(o.attempts ? { attempts: o.attempts } : {}),
  };
}

export async function readState(store: ObjectStore, suite: string, channels: string[]): Promise<NotifyState> {
  const state: NotifyState = {};
  for (const channel of channels) {
    const open = await readJson<ChannelState['open']>(store, alertKey(suite, channel));
    const recent = (await readJson<string[]>(store, recentKey(channel))) ?? [];
    state[channel] = { open: open ?? null, recent };
  }
  return state;
}

/** Writes every outcome to the log and moves channel state on for what was actually delivered. */
export async function recordOutcomes(store: ObjectStore, input: RecordInput): Promise<void> {
  const { event } = input;
  for (const o of input.outcomes) {
    await writeEntry(store, logEntry(event, o, input.at), event.at);
    if (o.status !== 'sent' && o.status !== 'duplicate') continue;
    if (o.kind === 'fail_to_pass') await store.delete(alertKey(event.suite, o.channel));
    else if (['pass_to_fail', 'new_critical', 'still_failing', 'anomaly_detected'].includes(o.kind)) {
      const open = { fingerprint: failureFingerprint(event), at: event.at };
      await store.put(alertKey(event.suite, o.channel), JSON.stringify(open));
    }
    const now = Date.parse(input.at);
    const recent = ((await readJson<string[]>(store, recentKey(o.channel))) ?? []).filter(
      (t) => now - Date.parse(t) < input.keepRecentMs,
    );
    await store.put(recentKey(o.channel), JSON.stringify([...recent, input.at]));
  }
}
