import { TruthgateError } from '../../errors.ts';

/** object_store's reading of a boolean option. */
export function isTrue(v: string | number | boolean | undefined): boolean {
  return v !== undefined && /^(true|1|yes|on)$/i.test(String(v));
}

/**
 * A malformed endpoint, or plain http where it is not allowed (`allowHttp` is then the option that
 * allows it), fails at once rather than after connection timeouts.
 */
export function checkEndpoint(endpoint: string, allowHttp: true | string, path: string): void {
  let url: URL | undefined;
  try {
    url = new URL(endpoint);
  } catch {
    url = undefined;
  }
  const bad = (detail: string): never => {
    throw new TruthgateError('TG_OBJECT_ENDPOINT', { endpoint, detail }, { location: { file: path } });
  };
  if (!url || !url.hostname) bad('not a URL (expected e.g. https://storage.example.com)');
  if (url!.protocol !== 'https:' && url!.protocol !== 'http:')
    bad(`scheme ${url!.protocol} is not http or https`);
  if (url!.protocol === 'http:' && allowHttp !== true) bad(`plain http needs ${allowHttp}: true`);
}
