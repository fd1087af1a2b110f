import type { MiddlewareHandler } from 'hono';

interface Bucket {
  tokens: number;
  at: number;
}

export interface RateLimitOptions {
  /** Sustained requests per second per client. */
  rate: number;
  /** Requests a client may make at once before the rate applies. */
  burst: number;
  /** Identifies the client (its address). */
  key: (c: Parameters<MiddlewareHandler>[0]) => string;
  /** The response for a client over its limit. */
  limited: (c: Parameters<MiddlewareHandler>[0]) => Response;
  /** Most clients tracked; the least recently seen are forgotten first. */
  maxClients?: number;
}

/** Token bucket per client: 429 with Retry-After when a client's bucket is empty. */
export function rateLimit(o: RateLimitOptions): MiddlewareHandler {
  const buckets = new Map<string, Bucket>();
  const max = o.maxClients ?? 10_000;
  return async (c, next) => {
    const key = o.key(c);
    const now = Date.now();
    const b = buckets.get(key) ?? { tokens: o.burst, at: now };
    b.tokens = Math.min(o.burst, b.tokens + ((now - b.at) / 1000) * o.rate);
    b.at = now;
    // Re-insert so the Map's order is least recently seen first.
    buckets.delete(key);
    buckets.set(key, b);
    if (buckets.size > max) buckets.delete(buckets.keys().next().value!);
    if (b.tokens < 1) {
      c.header('Retry-After', String(Math.ceil((1 - b.tokens) / o.rate)));
      return o.limited(c);
    }
    b.tokens -= 1;
    await next();
  };
}
