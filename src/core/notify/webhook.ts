import { createHmac, timingSafeEqual } from 'node:crypto';
import type { MessageInput } from './view.ts';

/** Bump on a breaking change of the body; receivers switch on `schema` + `version`. */
export const WEBHOOK_SCHEMA = 'truthgate.notification';
export const WEBHOOK_VERSION = 1;

export const SIGNATURE_HEADER = 'x-truthgate-signature';
export const TIMESTAMP_HEADER = 'x-truthgate-timestamp';

/** The generic webhook body (docs/notifications.md documents every field). */
export function webhookBody(m: MessageInput): Record<string, unknown> {
  const e = m.event;
  return {
    schema: WEBHOOK_SCHEMA,
    version: WEBHOOK_VERSION,
    id: m.idempotencyKey,
    event: m.kind,
    suite: e.suite,
    status: e.status,
    previousStatus: e.previousStatus,
    severity: e.severity,
    runId: e.runId,
    workflowId: e.workflowId,
    at: e.at,
    summary: e.summary,
    sources: e.sources,
    newCritical: e.newCritical,
    issues: m.issues,
    ...(e.detail ? { detail: e.detail } : {}),
    ...(e.reportKey ? { reportKey: e.reportKey } : {}),
    ...(m.link ? { link: m.link } : {}),
  };
}

/** `sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`: the timestamp is signed so replays age out. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * Receiver side: checks the signature in constant time and that the timestamp is within
 * `toleranceSec` of `now`. The same code is in docs/notifications.md.
 */
export function verifyWebhook(
  secret: string,
  body: string,
  headers: { signature?: string; timestamp?: string },
  opts: { now?: Date; toleranceSec?: number } = {},
): boolean {
  const ts = Number(headers.timestamp);
  if (!headers.signature || !Number.isInteger(ts)) return false;
  const now = Math.floor((opts.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - ts) > (opts.toleranceSec ?? 300)) return false;
  const expected = Buffer.from(signWebhook(secret, ts, body));
  const given = Buffer.from(headers.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
