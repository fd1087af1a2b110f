import { readFileSync } from 'node:fs';
import { TruthgateError } from '../../errors.ts';
import { recordEnvValue } from '../../redact.ts';
import { checkEndpoint, isTrue } from './endpoint.ts';
import type { KeyJson as AnyKey } from './gcs-auth.ts';
import type { StorageOptions } from './s3-settings.ts';

/** How the GCS listing client connects; handed to the worker thread (plain data). */
export interface GcsConnection {
  /** An emulator or other custom server (object_store's `gcs_base_url` in the key). */
  apiEndpoint?: string;
  /** The key says `disable_oauth`, or `google_skip_signature`: requests go unsigned, as object_store sends them. */
  anonymous: boolean;
  /**
   * No credentials configured: Application Default Credentials if the SDK finds any (gcloud's
   * file, a metadata server), else unsigned requests (a public bucket), and polars is told so.
   */
  anonymousFallback?: boolean;
  /** The key given inline or in the credentials file, parsed: of any credential type. */
  key?: AnyKey;
  /** The credentials file, which the SDK reads itself when it is not JSON (.p12) or of a type without its own client. */
  keyFile?: string;
}

export interface GcsSettings {
  connection: GcsConnection;
  polars: Record<string, string>;
  shownEndpoint: string;
}

/** object_store's names (and aliases) for a key file path and an inline key, as option keys. */
const PATH_KEYS = ['google_service_account', 'google_service_account_path', 'google_application_credentials'];
const INLINE_KEY = 'google_service_account_key';

interface KeyJson extends AnyKey {
  gcs_base_url?: string;
  disable_oauth?: boolean;
  client_email?: string;
  private_key?: string;
}

/**
 * The identity and server a gs:// source is listed with: the source's `google_*` options over the
 * GOOGLE_* variables, as object_store (polars' reader) resolves them, so both see the same server
 * and account. Nothing set: the SDK's Application Default Credentials, else anonymous.
 * STORAGE_EMULATOR_HOST (the SDK's emulator variable) names a server when no key does.
 */
export function gcsSettings(options: StorageOptions, env: NodeJS.ProcessEnv, path: string): GcsSettings {
  const polars: Record<string, string> = {};
  for (const [k, v] of Object.entries(options)) if (k.startsWith('google_')) polars[k] = String(v);
  const fromEnv = (k: string): string | undefined => env[k.toUpperCase()] || undefined;
  const inline = polars[INLINE_KEY] ?? fromEnv(INLINE_KEY);
  const fileKey = PATH_KEYS.find((k) => (polars[k] ?? fromEnv(k)) !== undefined);
  const file = fileKey && (polars[fileKey] ?? fromEnv(fileKey));
  if (inline) recordEnvValue('GOOGLE_SERVICE_ACCOUNT_KEY', inline);
  const key = readKey(inline, file, path);
  if (key?.private_key) recordEnvValue('GOOGLE_SERVICE_ACCOUNT_KEY', key.private_key);
  const emulator = key?.gcs_base_url
    ? undefined
    : env.STORAGE_EMULATOR_HOST?.replace(/\/+$/, '').replace(/\/storage\/v1$/, '');
  const apiEndpoint = key?.gcs_base_url ?? emulator;
  if (apiEndpoint) checkEndpoint(apiEndpoint, true, path);
  const skip = isTrue(polars.google_skip_signature ?? fromEnv('google_skip_signature'));
  // object_store has no endpoint option: an emulator is named in a key that also turns OAuth off.
  if (emulator && !inline && !file)
    polars[INLINE_KEY] = JSON.stringify({
      gcs_base_url: emulator,
      disable_oauth: true,
      client_email: '',
      private_key: '',
      private_key_id: '',
    });
  else if (skip && !polars.google_skip_signature) polars.google_skip_signature = 'true';
  // The identity found in the environment is handed to polars too: both read as the same one.
  if (inline && !polars[INLINE_KEY]) polars[INLINE_KEY] = inline;
  // (An ADC file may hold a user's credentials: object_store reads it under that key only.)
  else if (!inline && file && !PATH_KEYS.some((k) => polars[k])) polars[fileKey!] = file;
  return {
    connection: {
      ...(apiEndpoint ? { apiEndpoint } : {}),
      anonymous: !!key?.disable_oauth || skip,
      ...(!inline && !file && !skip ? { anonymousFallback: true } : {}),
      ...(key ? { key } : {}),
      ...(file && !inline ? { keyFile: file } : {}),
    },
    polars,
    shownEndpoint: apiEndpoint ?? 'Google Cloud Storage',
  };
}

function readKey(inline: string | undefined, file: string | undefined, path: string): KeyJson | undefined {
  const denied = (detail: string): never => {
    throw new TruthgateError('TG_OBJECT_ACCESS_DENIED', { path, detail }, { location: { file: path } });
  };
  let text = inline;
  if (text === undefined && file !== undefined) {
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      denied(
        `the credentials file ${file} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
  }
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as KeyJson;
  } catch {
    // A .p12 or .pem key file is the SDK's to read; an inline key must be JSON.
    return inline === undefined ? undefined : denied('google_service_account_key is not a JSON key');
  }
}
