import { Octokit } from '@octokit/rest';

export type GitHub = Octokit;

const MAX_RETRIES = 3;
/** Longest wait we accept from a rate-limit answer; a job should not sit idle for an hour. */
const MAX_WAIT_MS = 60_000;
const REQUEST_TIMEOUT_MS = 30_000;

interface HttpError {
  status?: number;
  response?: { headers?: Record<string, string | number | undefined> };
}

/**
 * How long to wait before retrying, or undefined when the error is not worth a retry. Honours
 * Retry-After (secondary limits, 429) and x-ratelimit-reset (primary limit exhausted), as
 * GitHub's docs ask; network failures get a short backoff.
 */
export function retryDelayMs(err: unknown, attempt: number, now = Date.now()): number | undefined {
  const e = err as HttpError;
  const status = e.status;
  // Octokit reports a failed fetch (refused, reset, timeout) as a 500 without a response.
  if (status === undefined || !e.response) return 250 * attempt;
  if (status >= 500) return 1000 * attempt;
  const h = e.response.headers ?? {};
  const retryAfter = Number(h['retry-after']);
  const limited =
    status === 429 ||
    (status === 403 && (h['retry-after'] !== undefined || h['x-ratelimit-remaining'] === '0'));
  if (!limited) return undefined;
  let ms = 60_000;
  if (Number.isFinite(retryAfter) && h['retry-after'] !== undefined) ms = retryAfter * 1000;
  else if (h['x-ratelimit-reset'] !== undefined) ms = Number(h['x-ratelimit-reset']) * 1000 - now + 1000;
  return ms <= MAX_WAIT_MS ? Math.max(0, ms) : undefined;
}

/** An Octokit whose every request retries, boundedly, on rate limits and transient failures. */
export function createGitHub(token: string, baseUrl: string, log: (line: string) => void): GitHub {
  const octokit = new Octokit({
    auth: token || undefined,
    baseUrl,
    userAgent: 'truthgate-action',
    request: {
      fetch: (url: string, init: RequestInit) =>
        fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }),
    },
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
  octokit.hook.wrap('request', async (request, options) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await request(options);
      } catch (err) {
        const wait = attempt <= MAX_RETRIES ? retryDelayMs(err, attempt) : undefined;
        if (wait === undefined) throw err;
        log(
          `GitHub API ${options.method} ${options.url}: ${(err as HttpError).status ?? 'network error'}, retrying in ${Math.ceil(wait / 1000)} s`,
        );
        await new Promise((r) => setTimeout(r, wait));
      }
    }
  });
  return octokit;
}

export function httpStatus(err: unknown): number | undefined {
  return (err as HttpError).status;
}

/** One line for messages: the HTTP status and GitHub's message, or the network error. */
export function describeApiError(err: unknown): string {
  const status = httpStatus(err);
  const msg = err instanceof Error ? err.message.split('\n')[0]! : String(err);
  const cause = (err as { cause?: { message?: string; code?: string } }).cause;
  const net = cause?.code ?? cause?.message;
  return status ? `HTTP ${status}: ${msg}` : net ? `${msg} (${net})` : msg;
}
