import type { Delivery, NotifyState } from '../core/notify/decide.ts';
import type { NotifyEvent } from '../core/notify/event.ts';
import type { ChannelSettings, NotifyConfig } from '../core/notify/rules.ts';

/**
 * What crosses the boundary between the notification workflow and its activities (it enters
 * history): names and settings, never secrets.
 */

export interface DeliveryInput {
  channel: string;
  kind: NotifyEvent['kind'];
  idempotencyKey: string;
  event: NotifyEvent;
  settings?: ChannelSettings;
  link?: string;
  /** Failing rows to show per issue, read from the stored report. */
  samples?: number;
  /** Columns to mask (sources' `sensitive` plus the rules' `mask`). */
  mask?: string[];
  /** Time one attempt may take. */
  timeoutMs: number;
}

export interface DeliveryResult {
  status: 'sent' | 'duplicate';
  detail: string;
  /** Attempt that delivered (1 = first try). */
  attempts?: number;
}

export interface PrepareInput {
  event: NotifyEvent;
  /** Suite file path as workers see it: the rules come from its `notify` section... */
  suite?: string;
  /** ...unless given here. */
  config?: NotifyConfig;
}

export interface Prepared {
  /** Null when the suite has no `notify` section: nothing to do. */
  config: NotifyConfig | null;
  /** The event with each issue's columns and tags filled in from the stored report. */
  event: NotifyEvent;
  mask: string[];
  state: NotifyState;
}

/** What became of one planned delivery: the notification log's record of it. */
export interface DeliveryOutcome extends Delivery {
  idempotencyKey: string;
  status: 'sent' | 'duplicate' | 'failed' | 'skipped';
  /** Why it failed, or what the receiver answered. */
  detail?: string;
  attempts?: number;
}

export interface RecordInput {
  event: NotifyEvent;
  outcomes: DeliveryOutcome[];
  /** ISO time the outcomes are recorded at (workflow time). */
  at: string;
  /** How long channel state remembers recent messages for throttling. */
  keepRecentMs: number;
}

/** One entry of the notification log. */
export interface LogEntry {
  at: string;
  suite: string;
  runId: string;
  workflowId: string;
  event: NotifyEvent['kind'];
  channel: string;
  kind: NotifyEvent['kind'];
  idempotencyKey: string;
  status: DeliveryOutcome['status'];
  reason: string;
  detail?: string;
  attempts?: number;
}
