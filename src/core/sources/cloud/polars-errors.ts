import { TruthgateError } from '../../errors.ts';

/**
 * polars' cloud reader failures (object_store's text, after its own retries) as the same codes a
 * listing failure gets: an object listed at open can still vanish, lose its access or its server
 * before polars reads it.
 */
export function objectStoreError(raw: string, shown: string): TruthgateError | undefined {
  if (!/object-store error|object_store/i.test(raw)) return undefined;
  const detail = raw.split('\n')[0]!.trim();
  const at = { location: { file: shown } };
  if (/necessary privileges|403|401|forbidden|access denied/i.test(raw))
    return new TruthgateError('TG_OBJECT_ACCESS_DENIED', { path: shown, detail }, at);
  if (/not found|404|NoSuchKey/i.test(raw))
    return new TruthgateError('TG_OBJECT_NOT_FOUND', { path: shown }, at);
  const retries = /after (\d+) retries/.exec(raw);
  return new TruthgateError(
    'TG_OBJECT_NETWORK',
    { path: shown, attempts: retries ? Number(retries[1]) + 1 : 1, detail },
    at,
  );
}
