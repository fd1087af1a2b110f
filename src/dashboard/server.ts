import { serve, type ServerType } from '@hono/node-server';
import { Client, Connection, defaultGrpcRetryOptions, makeGrpcRetryInterceptor } from '@temporalio/client';
import type { Logger } from 'pino';
import { TruthgateError } from '../core/errors.ts';
import { DirectoryStore } from '../core/store/directory.ts';
import { ensureNamespace, type ConnectionSettings } from '../temporal/connection.ts';
import { createApp } from './app.ts';
import { DashboardData } from './data/service.ts';
import { Metrics } from './http/metrics.ts';

export interface DashboardOptions {
  host: string;
  port: number;
  connection: ConnectionSettings;
  /** Report store directory the workers write (read only here). */
  storeDir: string;
  log: Logger;
  token?: string;
  temporalUiUrl?: string | null;
  cacheSeconds?: number;
  historyDays?: number;
  maxRuns?: number;
  pageSize?: number;
  /** Per-client requests per second (burst 5x); 0 disables rate limiting. */
  rateLimit?: number;
}

export interface Dashboard {
  url: string;
  close(): Promise<void>;
}

export const MIN_TOKEN_LENGTH = 16;

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Starts the dashboard; close() stops accepting, lets in-flight requests end, then disconnects. */
const RETRY_ATTEMPTS = 3;
const RETRY_INTERVAL_MS = 500;

export async function startDashboard(o: DashboardOptions): Promise<Dashboard> {
  // Spaces pass a length check but are what an empty secret looks like after templating.
  if (o.token !== undefined && o.token.trim() === '') throw new TruthgateError('TG_DASHBOARD_TOKEN_BLANK');
  if (o.token !== undefined && o.token.length < MIN_TOKEN_LENGTH) {
    throw new TruthgateError('TG_DASHBOARD_TOKEN_WEAK', { min: MIN_TOKEN_LENGTH });
  }
  if (!isLoopback(o.host) && !o.token)
    throw new TruthgateError('TG_DASHBOARD_TOKEN_REQUIRED', { host: o.host });
  // Lazy: the dashboard starts (and /healthz says 503) while Temporal is still down. Few, short
  // retries: a page should say "unavailable" in about a second, not after the SDK's long backoff.
  const connection = Connection.lazy({
    ...o.connection.connectionOptions,
    interceptors: [
      makeGrpcRetryInterceptor(
        defaultGrpcRetryOptions({ maxAttempts: RETRY_ATTEMPTS, maxIntervalMs: () => RETRY_INTERVAL_MS }),
      ),
    ],
  });
  // A namespace the server does not have is a typo to report now, not a 500 on every page; a
  // server that is down is not (the lazy connection waits for it, /healthz says 503 meanwhile).
  try {
    await ensureNamespace(connection.workflowService, o.connection);
  } catch (err) {
    await connection.close();
    throw err;
  }
  // The data converter carries the payload codec (TRUTHGATE_CODEC_KEY): results decode only with it.
  const client = new Client({
    connection,
    namespace: o.connection.namespace,
    dataConverter: o.connection.dataConverter,
  });
  const data = new DashboardData({
    client,
    store: new DirectoryStore(o.storeDir),
    cacheMs: (o.cacheSeconds ?? 5) * 1000,
    historyDays: o.historyDays ?? 30,
    maxRuns: o.maxRuns ?? 20_000,
    pageSize: o.pageSize ?? 50,
  });
  const rate = o.rateLimit ?? 20;
  const app = createApp({
    data,
    log: o.log,
    metrics: new Metrics(),
    namespace: o.connection.namespace,
    temporalUiUrl: o.temporalUiUrl === undefined ? defaultUiUrl(o.connection.address) : o.temporalUiUrl,
    ...(o.token ? { token: o.token } : {}),
    rateLimit: rate > 0 ? { rate, burst: rate * 5 } : null,
  });
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: o.host, port: o.port }, () => resolve(s));
    s.once('error', reject);
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : o.port;
  const url = `http://${o.host.includes(':') ? `[${o.host}]` : o.host}:${port}`;
  o.log.info(
    { url, temporal: o.connection.address, namespace: o.connection.namespace, auth: Boolean(o.token) },
    'dashboard started',
  );
  return {
    url,
    async close() {
      const closed = new Promise<void>((r) => server.close(() => r()));
      // Idle keep-alive sockets would hold close() open; busy ones get a few seconds to finish.
      if ('closeIdleConnections' in server) server.closeIdleConnections();
      const force = setTimeout(() => 'closeAllConnections' in server && server.closeAllConnections(), 5000);
      await closed;
      clearTimeout(force);
      await data.settle(RETRY_ATTEMPTS * RETRY_INTERVAL_MS);
      await connection.close();
      o.log.info('dashboard stopped');
    },
  };
}

/** The dev server serves its UI 1000 ports above gRPC (7233 -> 8233); elsewhere pass --temporal-ui. */
function defaultUiUrl(address: string): string | null {
  const m = /^(127\.0\.0\.1|localhost):(\d+)$/.exec(address);
  return m ? `http://${m[1]}:${Number(m[2]) + 1000}` : null;
}
