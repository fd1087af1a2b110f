import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';

/**
 * GET /healthz: 200 while the worker is running, 503 otherwise (draining, stopped, failed), for
 * orchestrators' liveness and readiness probes.
 */
export function startHealthServer(
  port: number,
  state: () => string,
  host = '127.0.0.1',
): Promise<{ url: string; close(): Promise<void> }> {
  const app = new Hono();
  app.get('/healthz', (c) => {
    const s = state();
    return c.json({ status: s }, s === 'RUNNING' ? 200 : 503);
  });
  return new Promise((resolve) => {
    const server: ServerType = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
      resolve({
        url: `http://${host}:${info.port}/healthz`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}
