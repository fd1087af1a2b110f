import { TruthgateError } from '../../errors.ts';
import { isCloudPath, parseLocation } from './location.ts';

/** What Azure, GCS and S3 answer for a container or bucket that does not exist. */
export const BUCKET_MISSING =
  /ContainerNotFound|NoSuchBucket|bucket does not exist|The specified bucket|no bucket named/i;

/** object_store's words for a Microsoft Entra ID token it could not get. */
const ENTRA_FAILURE = /token request|federated token|AADSTS|azure cli|managed identity|imds/i;

/** The server polars talked to (scheme, host and port), from its error text. */
function endpointOf(raw: string): string | undefined {
  return /\b(https?:\/\/[^/\s]+)/.exec(raw)?.[1];
}

/**
 * polars' cloud reader failures (object_store's text, after its own retries) as the same codes a
 * listing failure gets: an object listed at open can still vanish, lose its access or its server
 * before polars reads it.
 */
export function objectStoreError(
  raw: string,
  shown: string,
  bucketProbe?: () => boolean | undefined,
): TruthgateError | undefined {
  const at = { location: { file: shown } };
  // A glob polars expanded itself (gs://, az://) that matched nothing.
  if (isCloudPath(shown) && /expanded paths were empty/i.test(raw))
    return new TruthgateError('TG_OBJECT_NOT_FOUND', { path: shown }, at);
  if (!/object-store error|object_store/i.test(raw)) return undefined;
  const detail = raw.split('\n')[0]!.trim();
  const missingBucket = (): TruthgateError => {
    const loc = parseLocation(shown);
    return new TruthgateError(
      'TG_OBJECT_BUCKET_MISSING',
      { bucket: loc.bucket.split('@')[0]!, endpoint: endpointOf(raw) ?? `${loc.scheme}://`, path: shown },
      at,
    );
  };
  if (BUCKET_MISSING.test(raw)) return missingBucket();
  // object_store could not get its own Entra ID token (the listing got one: a file or a trust
  // store that polars, unlike Node, does not see).
  if (/MicrosoftAzure/.test(raw) && ENTRA_FAILURE.test(raw))
    return new TruthgateError('TG_OBJECT_IDENTITY', { path: shown, identity: "polars' reader", detail }, at);
  if (/necessary privileges|\b40[13]\b|forbidden|access denied/i.test(raw))
    return new TruthgateError('TG_OBJECT_ACCESS_DENIED', { path: shown, detail }, at);
  // A HEAD answers 404 for a missing container and a missing object alike: ask the container.
  if (/not found|404|NoSuchKey/i.test(raw))
    return bucketProbe?.() === false
      ? missingBucket()
      : new TruthgateError('TG_OBJECT_NOT_FOUND', { path: shown }, at);
  const retries = /after (\d+) retries/.exec(raw);
  return new TruthgateError(
    'TG_OBJECT_NETWORK',
    { path: shown, attempts: retries ? Number(retries[1]) + 1 : 1, detail },
    at,
  );
}
