import { recordEnvValue } from '../../redact.ts';
import { checkEndpoint, isTrue } from './endpoint.ts';

/**
 * The S3 keys of object_store (the library behind polars' cloud readers) that Truthgate also
 * understands for its own listing; any other `aws_*` key goes to polars unchanged.
 */
export const S3_KEYS = [
  'aws_access_key_id',
  'aws_secret_access_key',
  'aws_session_token',
  'aws_region',
  'aws_endpoint_url',
  'aws_allow_http',
  'aws_virtual_hosted_style_request',
  'aws_skip_signature',
] as const;

export type StorageOptions = Record<string, string | number | boolean>;

/** How the listing client connects; handed to the worker thread (plain data). */
export interface S3Connection {
  endpoint?: string;
  region: string;
  /** AWS itself with no region given: ask the bucket for its own (polars must sign for it). */
  detectRegion?: boolean;
  forcePathStyle: boolean;
  /** `aws_skip_signature`: requests go unsigned (a public bucket), as object_store sends them. */
  anonymous?: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
}

export interface S3Settings {
  connection: S3Connection;
  /** What polars gets as `cloudOptions` (credentials are added once the worker resolved them). */
  polars: Record<string, string>;
  /** The endpoint as messages show it. */
  shownEndpoint: string;
}

/**
 * Merges the source's `storage_options` over the standard AWS_* variables, the way object_store
 * reads them (AWS_ENDPOINT_URL is `aws_endpoint_url`), so polars and the listing client see the
 * same endpoint, region and addressing. A malformed endpoint, or plain http without
 * `aws_allow_http`, fails here at once rather than after connection timeouts.
 */
export function s3Settings(options: StorageOptions, env: NodeJS.ProcessEnv, path: string): S3Settings {
  const merged: Record<string, string> = {};
  for (const k of S3_KEYS) {
    const v = env[k.toUpperCase()];
    if (v) merged[k] = v;
  }
  if (!merged.aws_region && env.AWS_DEFAULT_REGION) merged.aws_region = env.AWS_DEFAULT_REGION;
  for (const [k, v] of Object.entries(options)) if (k.startsWith('aws_')) merged[k] = String(v);
  // Written-out secrets never reach output either (a `${ENV}` value is already recorded).
  for (const k of ['aws_access_key_id', 'aws_secret_access_key', 'aws_session_token'] as const)
    if (merged[k]) recordEnvValue(k.toUpperCase(), merged[k]);

  const endpoint = merged.aws_endpoint_url;
  if (endpoint !== undefined)
    checkEndpoint(endpoint, isTrue(merged.aws_allow_http) || 'aws_allow_http', path);
  const region = merged.aws_region ?? 'us-east-1';
  const id = merged.aws_access_key_id;
  const secret = merged.aws_secret_access_key;
  const token = merged.aws_session_token;
  const anonymous = isTrue(merged.aws_skip_signature);
  return {
    connection: {
      ...(endpoint ? { endpoint } : {}),
      region,
      ...(!endpoint && !merged.aws_region ? { detectRegion: true } : {}),
      // object_store addresses buckets path-style unless told otherwise; the listing does the same.
      forcePathStyle: !isTrue(merged.aws_virtual_hosted_style_request),
      ...(anonymous ? { anonymous } : {}),
      ...(id && secret && !anonymous
        ? {
            credentials: {
              accessKeyId: id,
              secretAccessKey: secret,
              ...(token ? { sessionToken: token } : {}),
            },
          }
        : {}),
    },
    polars: { ...merged, aws_region: region },
    shownEndpoint: endpoint ?? `AWS S3 (${region})`,
  };
}
