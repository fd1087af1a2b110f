import {
  ActivityFailure,
  ParentClosePolicy,
  proxyActivities,
  sleep,
  startChild,
  upsertSearchAttributes,
  workflowInfo,
  type ActivityOptions,
} from '@temporalio/workflow';
import type { DeliveryInput, DeliveryOutcome, NotifyActivities } from '../activities/notify/index.ts';
import type { ProfileResult, StateChange, ValidationResult } from '../activities/types.ts';
import {
  CHANNEL_KINDS,
  channelKind,
  deliveryActivityName,
  type RetryPolicy,
} from '../core/notify/channels.ts';
import { decide, type Delivery } from '../core/notify/decide.ts';
import { durationMs } from '../core/notify/duration.ts';
import { idempotencyKey, sourceOfCheck, type NotifyEvent } from '../core/notify/event.ts';
import type { NotifyConfig } from '../core/notify/rules.ts';
import { fillLink } from '../core/notify/view.ts';
import { TgKind, TgSuite } from './search-attributes.ts';

export interface NotificationInput {
  event: NotifyEvent;
  /** Suite file as workers see it; its `notify` section holds the rules... */
  suite?: string;
  /** ...unless they are given here. */
  config?: NotifyConfig;
}

export interface NotificationResult {
  event: NotifyEvent['kind'];
  outcomes: DeliveryOutcome[];
}

/** The same failure every time: retrying only repeats it. */
const nonRetryableErrorTypes = ['TG_NOTIFY_REJECTED', 'TG_NOTIFY_SECRET_MISSING', 'TG_NOTIFY_SECRETS_FILE'];

function deliveryOptions(policy: RetryPolicy): ActivityOptions {
  return {
    // The sender aborts its own request at `timeout`; the margin covers connecting and the log.
    startToCloseTimeout: durationMs(policy.timeout) + 5000,
    retry: {
      initialInterval: durationMs(policy.initial_interval),
      maximumInterval: durationMs(policy.maximum_interval),
      backoffCoefficient: policy.backoff,
      maximumAttempts: policy.maximum_attempts,
      nonRetryableErrorTypes,
    },
  };
}

const log = proxyActivities<NotifyActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', maximumAttempts: 10 },
});

/**
 * Decides who hears about an event (rules, severity, sources and tags, throttling, quiet hours,
 * reminders instead of repeats), delivers through one activity per channel and records every
 * outcome in the notification log. A failed channel never fails the workflow: it is recorded.
 */
export async function notificationWorkflow(input: NotificationInput): Promise<NotificationResult> {
  upsertSearchAttributes([{ key: TgKind, value: 'notification' }]);
  const prep = await log.prepareNotification(input);
  upsertSearchAttributes([{ key: TgSuite, value: prep.event.suite }]);
  if (!prep.config) return { event: input.event.kind, outcomes: [] };
  const config = prep.config;
  const event = prep.event;
  const plan = decide(event, config, prep.state, new Date(Date.now()));
  const outcomes = await Promise.all(plan.map((d) => deliver(d, event, config, prep.mask)));
  let keepRecentMs = 0;
  for (const s of Object.values(config.channels ?? {}))
    if (s.throttle) keepRecentMs = Math.max(keepRecentMs, durationMs(s.throttle.per));
  await log.recordNotification({ event, outcomes, at: new Date(Date.now()).toISOString(), keepRecentMs });
  return { event: event.kind, outcomes };
}

async function deliver(
  d: Delivery,
  event: NotifyEvent,
  config: NotifyConfig,
  mask: string[],
): Promise<DeliveryOutcome> {
  const key = idempotencyKey(`${event.workflowId}/${event.runId}`, event.kind, d.channel);
  if (d.action === 'skip') return { ...d, idempotencyKey: key, status: 'skipped' };
  if (d.notBefore) await sleep(Math.max(0, Date.parse(d.notBefore) - Date.now()));
  const kind = channelKind(d.channel);
  const settings = config.channels?.[d.channel];
  // The kind's defaults, with any field the suite's `channels.<name>.retry` sets.
  const policy: RetryPolicy = { ...CHANNEL_KINDS[kind].retry, ...settings?.retry };
  const link = fillLink(config.link, event);
  const input: DeliveryInput = {
    channel: d.channel,
    kind: d.kind,
    idempotencyKey: key,
    event,
    timeoutMs: durationMs(policy.timeout),
    mask,
    ...(settings ? { settings } : {}),
    ...(link ? { link } : {}),
    ...(config.samples ? { samples: config.samples } : {}),
  };
  try {
    const r = await proxyActivities<NotifyActivities>(deliveryOptions(policy))[deliveryActivityName(kind)](
      input,
    );
    return {
      ...d,
      idempotencyKey: key,
      status: r.status,
      detail: r.detail,
      ...(r.attempts ? { attempts: r.attempts } : {}),
    };
  } catch (err) {
    return { ...d, idempotencyKey: key, status: 'failed', detail: failureReason(err) };
  }
}

/** The innermost message: "HTTP 400 Bad Request: invalid_payload", "activity StartToClose timeout". */
function failureReason(err: unknown): string {
  let e: unknown = err;
  while (e instanceof ActivityFailure && e.cause) e = e.cause;
  const msg = e instanceof Error ? e.message : String(e);
  return e instanceof Error && e.name === 'TimeoutFailure' ? `timed out (${msg})` : msg;
}

const failing = (s: string | null): boolean => s === 'fail' || s === 'error';

/** The event of a validation run: its change of state, or `still_failing` for an unchanged failure. */
export function validationEvent(
  result: ValidationResult,
  change: StateChange | null,
  workflowId: string,
): NotifyEvent | null {
  const kind = change?.kind ?? (failing(result.status) ? 'still_failing' : null);
  if (!kind) return null;
  return {
    kind,
    suite: result.suite,
    status: result.status,
    previousStatus: result.previous?.status ?? null,
    runId: result.runId,
    workflowId,
    at: result.startedAt,
    severity: result.highestSeverity,
    summary: {
      checks: result.summary.checks,
      passed: result.summary.passed,
      failed: result.summary.failed,
      errored: result.summary.errored,
    },
    sources: result.sources.map((s) => s.name),
    issues: result.topIssues.map((i) => ({ ...i, source: sourceOfCheck(i.id) })),
    newCritical: change?.newCritical ?? [],
    reportKey: result.reportKey,
  };
}

/**
 * The hook validation and profiling workflows call: starts notificationWorkflow as an abandoned
 * child (quiet hours may hold it for hours; the run itself finishes now). Never throws: a
 * notification problem must not fail the data check.
 */
export async function startNotification(event: NotifyEvent | null, suite: string): Promise<void> {
  if (!event) return;
  const info = workflowInfo();
  try {
    await startChild(notificationWorkflow, {
      workflowId: `${info.workflowId}-notify-${info.runId}`,
      args: [{ event, suite }],
      parentClosePolicy: ParentClosePolicy.ABANDON,
    });
  } catch {
    // Already started by an earlier attempt of this task (same id): nothing more to do.
  }
}

/** The event of a profiling run with drift: `schema_changed` when columns vanished or changed kind. */
export function profileEvent(
  result: ProfileResult,
  runId: string,
  at: string,
  workflowId: string,
): NotifyEvent | null {
  const d = result.drift.compared ? (result.drift.summary as ProfileDrift | undefined) : undefined;
  if (!d?.drifted) return null;
  return {
    kind: d.schemaDrift ? 'schema_changed' : 'drift_detected',
    // The suite's name is filled in from the suite file by prepareNotification.
    suite: '',
    status: 'warn',
    previousStatus: null,
    runId,
    workflowId,
    at,
    severity: d.schemaDrift ? 'high' : 'medium',
    summary: {
      checks: d.columns,
      passed: d.columns - d.driftedColumns,
      failed: d.driftedColumns,
      errored: 0,
    },
    sources: [result.source],
    issues: [],
    newCritical: [],
    detail: `${d.driftedColumns} of ${d.columns} columns of ${result.source} drifted${d.schemaDrift ? '; the schema changed' : ''}`,
  };
}

interface ProfileDrift {
  columns: number;
  driftedColumns: number;
  schemaDrift: boolean;
  drifted: boolean;
}
