import { TruthgateError } from '../core/errors.ts';

/**
 * A failed delivery, classified for the retry policy: 408, 429, 5xx and network errors are worth
 * retrying (after `Retry-After` when the receiver sent one); other 4xx will fail the same way again.
 */
export class DeliveryError extends TruthgateError {
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;
  constructor(
    code: 'TG_NOTIFY_REJECTED' | 'TG_NOTIFY_DELIVERY',
    params: Record<string, string | number>,
    retryable: boolean,
    retryAfterMs?: number,
  ) {
    super(code, params);
    this.retryable = retryable;
    this.retryAfterMs = retryAfterMs;
  }
}

/** At most an hour: a bogus Retry-After must not park a delivery for days. */
const MAX_RETRY_AFTER_MS = 3_600_000;

/** `Retry-After` as seconds or an HTTP date, in ms from `now`. */
export function retryAfterMs(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const secs = Number(value);
  const ms = Number.isFinite(secs) ? secs * 1000 : Date.parse(value) - now;
  if (!Number.isFinite(ms)) return undefined;
  return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}

export function classifyStatus(
  channel: string,
  status: number,
  statusText: string,
  body: string,
  retryAfter?: string | null,
): DeliveryError {
  const detail = `HTTP ${status}${statusText ? ` ${statusText}` : ''}${body ? `: ${body.slice(0, 300)}` : ''}`;
  const retryable = status === 408 || status === 429 || status >= 500;
  return new DeliveryError(
    retryable ? 'TG_NOTIFY_DELIVERY' : 'TG_NOTIFY_REJECTED',
    { channel, detail },
    retryable,
    retryAfterMs(retryAfter),
  );
}

/** POSTs JSON; resolves with the response text on 2xx, throws a classified DeliveryError otherwise. */
export async function postJson(
  channel: string,
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'truthgate', ...headers },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    const detail =
      e.name === 'TimeoutError'
        ? `no answer within ${timeoutMs} ms`
        : (e.cause?.code ?? e.cause?.message ?? e.message);
    throw new DeliveryError('TG_NOTIFY_DELIVERY', { channel, detail }, true);
  }
  const text = await res.text().catch(() => '');
  if (!res.ok)
    throw classifyStatus(channel, res.status, res.statusText, text, res.headers.get('retry-after'));
  return text;
}
