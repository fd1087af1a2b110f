/** First line of a polars error without its `SomethingError:` prefix, for user-facing messages. */
export function polarsDetail(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg
    .split('\n')[0]!
    .replace(/^\w+Error:\s*/, '')
    .trim();
}
