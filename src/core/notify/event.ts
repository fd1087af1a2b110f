import type { RunStatus, Severity, Summary } from '../result/schema.ts';
import type { EventKind } from './rules.ts';

/**
 * What a notification is about. It enters workflow history, so it holds names, counts and check
 * messages only: never secrets and never failing-row values (channel activities read samples from
 * the stored report at send time, masked). Workflow-safe: this module has no runtime imports.
 */
/** A failed or errored check in brief: what workflow results and alerts carry instead of reports. */
export interface IssueSummary {
  id: string;
  type: string;
  severity: Severity;
  status: 'fail' | 'error';
  message: string;
  failingCount: number | null;
  failingFraction: number | null;
}

export interface NotifyIssue extends IssueSummary {
  source: string;
  columns?: string[];
  tags?: string[];
}

export interface NotifyEvent {
  kind: EventKind | 'test';
  suite: string;
  status: RunStatus;
  previousStatus: RunStatus | null;
  runId: string;
  /** The workflow the event came from (idempotency keys derive from it). */
  workflowId: string;
  /** ISO time of the run the event is about. */
  at: string;
  /** Highest severity among failing checks, null when nothing fails. */
  severity: Severity | null;
  summary: Pick<Summary, 'checks' | 'passed' | 'failed' | 'errored'>;
  sources: string[];
  issues: NotifyIssue[];
  newCritical: string[];
  reportKey?: string;
  /** Free text for drift and schema events (column names, statistics). */
  detail?: string;
}

/** Source of a check id `<source>.<check>[.<column>]` (source names hold no dots). */
export function sourceOfCheck(id: string): string {
  return id.slice(0, id.indexOf('.'));
}

/** Identifies "the same failure": the sorted ids of failing checks. */
export function failureFingerprint(event: Pick<NotifyEvent, 'issues'>): string {
  return hash64(
    event.issues
      .map((i) => i.id)
      .sort()
      .join('\n'),
  );
}

/**
 * The delivery's idempotency key: the same workflow, event and channel always give the same key,
 * so a retried activity (or a replayed workflow) sends at most once where the receiver dedupes.
 */
export function idempotencyKey(workflowId: string, kind: string, channel: string): string {
  return `tg-${hash64(`${workflowId}\n${kind}\n${channel}`)}`;
}

/** FNV-1a, 64-bit, hex: stable and dependency-free (workflow code has no node:crypto). */
export function hash64(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

/** A harmless example event for `truthgate notify test`. */
export function testEvent(now: Date, workflowId = 'truthgate-notify-test'): NotifyEvent {
  return {
    kind: 'test',
    suite: 'truthgate-test',
    status: 'fail',
    previousStatus: 'pass',
    runId: `test-${now.getTime()}`,
    workflowId,
    at: now.toISOString(),
    severity: 'high',
    summary: { checks: 3, passed: 2, failed: 1, errored: 0 },
    sources: ['example'],
    issues: [
      {
        id: 'example.not_null.email',
        source: 'example',
        type: 'not_null',
        severity: 'high',
        status: 'fail',
        message: 'This is a test message from Truthgate: 2 of 20 rows (10.0%) have a null email',
        failingCount: 2,
        failingFraction: 0.1,
        columns: ['email'],
      },
    ],
    newCritical: [],
  };
}
