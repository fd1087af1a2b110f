import { Client, Connection } from '@temporalio/client';
import {
  loadClientConfigProfile,
  toClientOptions,
  type ClientConfigProfile,
  type ClientConnectConfig,
} from '@temporalio/envconfig';
import type { DataConverter } from '@temporalio/common';
import type { temporal } from '@temporalio/proto';
import { TruthgateError } from '../core/errors.ts';
import { dataConverterFromEnv } from './codec.ts';

/** CLI flags; each one overrides the environment (TEMPORAL_*) and the config-file profile. */
export interface ConnectionOverrides {
  address?: string;
  namespace?: string;
  apiKey?: string;
  /** Profile name in Temporal's config file (TEMPORAL_CONFIG_FILE, ~/.config/temporalio/temporal.toml). */
  profile?: string;
  tlsCert?: string;
  tlsKey?: string;
  tlsCa?: string;
  tlsServerName?: string;
}

export interface ConnectionSettings {
  address: string;
  namespace: string;
  connectionOptions: ClientConnectConfig['connectionOptions'];
  /** Payload encryption (TRUTHGATE_CODEC_KEY); clients and workers must agree on it. */
  dataConverter?: DataConverter;
}

export const DEFAULT_ADDRESS = '127.0.0.1:7233';
export const DEFAULT_NAMESPACE = 'default';
export const DEFAULT_TASK_QUEUE = 'truthgate';

/**
 * Resolves settings the way Temporal's own tools do (config file profile, then TEMPORAL_ADDRESS,
 * TEMPORAL_NAMESPACE, TEMPORAL_API_KEY, TEMPORAL_TLS_*), then applies explicit overrides.
 */
export function resolveConnection(
  overrides: ConnectionOverrides = {},
  env: NodeJS.ProcessEnv = process.env,
): ConnectionSettings {
  const envVars = Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined),
  );
  const profile: ClientConfigProfile = loadClientConfigProfile({
    profile: overrides.profile,
    overrideEnvVars: envVars,
  });
  if (overrides.address) profile.address = overrides.address;
  if (overrides.namespace) profile.namespace = overrides.namespace;
  if (overrides.apiKey) profile.apiKey = overrides.apiKey;
  if (overrides.tlsCert || overrides.tlsKey || overrides.tlsCa || overrides.tlsServerName) {
    profile.tls = {
      ...profile.tls,
      ...(overrides.tlsCert ? { clientCert: { path: overrides.tlsCert } } : {}),
      ...(overrides.tlsKey ? { clientKey: { path: overrides.tlsKey } } : {}),
      ...(overrides.tlsCa ? { serverCACert: { path: overrides.tlsCa } } : {}),
      ...(overrides.tlsServerName ? { serverName: overrides.tlsServerName } : {}),
    };
  }
  const { connectionOptions, namespace } = toClientOptions(profile);
  const address = connectionOptions.address ?? DEFAULT_ADDRESS;
  const dataConverter = dataConverterFromEnv(env);
  return {
    address,
    namespace: namespace ?? DEFAULT_NAMESPACE,
    connectionOptions: { ...connectionOptions, address },
    ...(dataConverter ? { dataConverter } : {}),
  };
}

/** A workflow client, with a coded error (no stack) when the server cannot be reached. */
export async function connectClient(settings: ConnectionSettings): Promise<Client> {
  let connection: Connection;
  try {
    connection = await Connection.connect({ ...settings.connectionOptions, connectTimeout: 5000 });
  } catch (err) {
    throw connectError(settings, err);
  }
  try {
    await ensureNamespace(connection.workflowService, settings);
  } catch (err) {
    await connection.close();
    throw err;
  }
  return new Client({ connection, namespace: settings.namespace, dataConverter: settings.dataConverter });
}

/** gRPC status NOT_FOUND, as the server answers for a namespace it does not have. */
const NOT_FOUND = 5;

/**
 * Fails with TG_TEMPORAL_NAMESPACE when the server has no such namespace: otherwise the first
 * call deep inside a command fails with a raw gRPC error (an internal error to the user). Other
 * failures of this one look-up (e.g. a key that may not describe namespaces) are left to the
 * command's own calls, which report them in their own terms.
 */
export async function ensureNamespace(
  service: temporal.api.workflowservice.v1.WorkflowService,
  settings: ConnectionSettings,
): Promise<void> {
  try {
    await service.describeNamespace({ namespace: settings.namespace });
  } catch (err) {
    if ((err as { code?: unknown }).code !== NOT_FOUND) return;
    throw new TruthgateError(
      'TG_TEMPORAL_NAMESPACE',
      { namespace: settings.namespace, address: settings.address },
      { cause: err },
    );
  }
}

export function connectError(settings: ConnectionSettings, err: unknown): TruthgateError {
  return new TruthgateError(
    'TG_TEMPORAL_CONNECT',
    {
      address: settings.address,
      namespace: settings.namespace,
      detail: (err instanceof Error ? err.message : String(err)).split('\n')[0]!,
    },
    { cause: err },
  );
}
