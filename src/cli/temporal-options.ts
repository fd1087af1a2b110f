import type { Command } from 'commander';
import {
  DEFAULT_TASK_QUEUE,
  resolveConnection,
  type ConnectionOverrides,
  type ConnectionSettings,
} from '../temporal/connection.ts';

export interface TemporalFlags extends ConnectionOverrides {
  taskQueue: string;
}

/**
 * Connection flags shared by worker, run and schedule. Unset flags fall back to Temporal's own
 * environment (TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TEMPORAL_API_KEY, TEMPORAL_TLS_*) and its
 * config-file profile. Prefer TEMPORAL_API_KEY over --api-key: flags show up in `ps`.
 */
export function withTemporalOptions(cmd: Command): Command {
  return cmd
    .option('--address <host:port>', 'Temporal frontend (env TEMPORAL_ADDRESS, default 127.0.0.1:7233)')
    .option('--namespace <ns>', 'namespace (env TEMPORAL_NAMESPACE, default "default")')
    .option('--api-key <key>', 'API key, e.g. Temporal Cloud (prefer env TEMPORAL_API_KEY)')
    .option('--profile <name>', 'profile of the Temporal config file (env TEMPORAL_PROFILE)')
    .option('--tls-cert <file>', 'client certificate for mTLS (env TEMPORAL_TLS_CLIENT_CERT_PATH)')
    .option('--tls-key <file>', 'client key for mTLS (env TEMPORAL_TLS_CLIENT_KEY_PATH)')
    .option('--tls-ca <file>', 'server CA certificate (env TEMPORAL_TLS_SERVER_CA_CERT_PATH)')
    .option('--tls-server-name <name>', 'TLS server name override')
    .option('--task-queue <name>', 'task queue', process.env.TRUTHGATE_TASK_QUEUE ?? DEFAULT_TASK_QUEUE);
}

export function connectionFrom(f: TemporalFlags): ConnectionSettings {
  return resolveConnection(f);
}

/** Where reports go: --store, else TRUTHGATE_STORE, else .truthgate/store. */
export function defaultStoreDir(): string {
  return process.env.TRUTHGATE_STORE ?? '.truthgate/store';
}
