interface Entry<T> {
  at: number;
  value?: T;
  pending?: Promise<T>;
}

/**
 * A small in-process cache for visibility queries and store reads. Concurrent misses share one
 * load; a value older than `ttlMs` (but younger than `staleMs`) is served while one background
 * refresh runs, so a burst of page views never queues behind Temporal.
 */
export class TtlCache {
  readonly ttlMs: number;
  readonly staleMs: number;
  readonly maxEntries: number;
  private readonly entries = new Map<string, Entry<unknown>>();

  constructor(opts: { ttlMs: number; staleMs?: number; maxEntries?: number }) {
    this.ttlMs = opts.ttlMs;
    this.staleMs = Math.max(opts.staleMs ?? opts.ttlMs, opts.ttlMs);
    this.maxEntries = opts.maxEntries ?? 500;
  }

  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const e = this.entries.get(key) as Entry<T> | undefined;
    if (e && 'value' in e) {
      const age = now - e.at;
      if (age <= this.ttlMs) return Promise.resolve(e.value as T);
      if (age <= this.staleMs) {
        if (!e.pending) this.refresh(key, e, load).catch(() => {});
        return Promise.resolve(e.value as T);
      }
    }
    if (e?.pending) return e.pending;
    const entry: Entry<T> = e ?? { at: 0 };
    if (!e) this.insert(key, entry);
    return this.refresh(key, entry, load);
  }

  private refresh<T>(key: string, e: Entry<T>, load: () => Promise<T>): Promise<T> {
    e.pending = load().then(
      (value) => {
        Object.assign(e, { value, at: Date.now(), pending: undefined });
        return value;
      },
      (err: unknown) => {
        e.pending = undefined;
        if (!('value' in e)) this.entries.delete(key);
        throw err;
      },
    );
    return e.pending;
  }

  private insert(key: string, e: Entry<unknown>): void {
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, e);
  }
}
