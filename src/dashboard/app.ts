import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { Logger } from 'pino';
import { isSafeQueryValue } from '../temporal/visibility.ts';
import { parseRunFilter } from './data/runs.ts';
import type { DashboardData } from './data/service.ts';
import { assets } from './http/assets.ts';
import { tokenAuth } from './http/auth.ts';
import type { Metrics } from './http/metrics.ts';
import { rateLimit } from './http/rate-limit.ts';
import { errorPage, loginPage } from './views/errors.ts';
import { runHref } from './views/format.ts';
import type { Html } from './views/html.ts';
import { layout, type Nav } from './views/layout.ts';
import { overviewPage } from './views/overview.ts';
import { runPage } from './views/run.ts';
import { runsPage } from './views/runs.ts';
import { schedulesPage } from './views/schedules.ts';
import { sourcePage } from './views/source.ts';
import { metricHistory } from './data/metric-history.ts';
import { metricPage } from './views/metric-page.ts';

export interface AppOptions {
  data: DashboardData;
  log: Logger;
  metrics: Metrics;
  namespace: string;
  /** Base URL of the Temporal Web UI for links to workflows; none when null. */
  temporalUiUrl: string | null;
  /** When set, every page needs it (Bearer header or the login form's cookie). */
  token?: string;
  /** Per-client token bucket; null disables it (benchmarks). */
  rateLimit: { rate: number; burst: number } | null;
}

type Env = { Variables: { requestId: string } };

const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** The dashboard's routes. Read-only: only GETs, plus the login form when a token is set. */
export function createApp(o: AppOptions): Hono<Env> {
  const app = new Hono<Env>();
  const page = (c: Context, title: string, nav: Nav, body: Html, status = 200): Response => {
    c.header('Cache-Control', 'no-store');
    return c.html(layout({ title, nav, body, namespace: o.namespace }), status as 200);
  };
  const fail = (c: Context, status: number): Response =>
    page(
      c,
      status === 404 ? 'Not found' : 'Error',
      'none',
      errorPage(status, c.get('requestId') as string),
      status,
    );

  app.use(requestId());
  app.use(async (c, next) => {
    const t0 = performance.now();
    await next();
    const ms = performance.now() - t0;
    const route = c.res.status === 404 ? 'unmatched' : c.req.routePath;
    o.metrics.observe(c.req.method, route, c.res.status, ms / 1000);
    o.log.info(
      {
        req: c.get('requestId'),
        method: c.req.method,
        path: c.req.path,
        route,
        status: c.res.status,
        ms: Math.round(ms * 10) / 10,
        client: clientOf(c),
      },
      'request',
    );
  });
  app.use(
    secureHeaders({
      contentSecurityPolicy: CSP,
      xFrameOptions: 'DENY',
      referrerPolicy: 'no-referrer',
      permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
    }),
  );
  if (o.rateLimit) {
    const limiter = rateLimit({ ...o.rateLimit, key: clientOf, limited: (c) => fail(c, 429) });
    app.use(async (c, next) => (c.req.path === '/healthz' ? next() : limiter(c, next)));
  }
  if (o.token) {
    const auth = tokenAuth(o.token, {
      login: (c, failed) => page(c, 'Sign in', 'none', loginPage(failed), failed ? 401 : 200),
    });
    app.use(auth.middleware);
    auth.routes(app as unknown as Hono);
  }

  app.get('/static/:name', (c) => {
    const a = assets().get(c.req.param('name'));
    if (!a) return fail(c, 404);
    c.header('Content-Type', a.type);
    c.header('ETag', `"${a.etag}"`);
    c.header(
      'Cache-Control',
      c.req.query('v') === a.etag ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
    if (c.req.header('if-none-match') === `"${a.etag}"`) return c.body(null, 304);
    return c.body(new Uint8Array(a.body));
  });

  // Browsers ask for it on every first visit; an empty answer keeps logs and consoles quiet.
  app.get('/favicon.ico', (c) => c.body(null, 204));

  app.get('/healthz', async (c) => {
    const ok = await o.data.reachable();
    c.header('Cache-Control', 'no-store');
    return c.json({ status: ok ? 'ok' : 'temporal unreachable' }, ok ? 200 : 503);
  });

  app.get('/metrics', (c) => {
    c.header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8');
    return c.body(o.metrics.render());
  });

  app.get('/', async (c) => page(c, 'Overview', 'overview', overviewPage(await o.data.overview())));

  app.get('/runs', async (c) => {
    const { filter, invalid } = parseRunFilter(c.req.query());
    const token = c.req.query('page');
    if (token !== undefined && !/^[A-Za-z0-9_-]{1,4096}\.[A-Za-z0-9_-]{22}$/.test(token)) return fail(c, 400);
    const [runs, overview] = await Promise.all([o.data.runs(filter, token), o.data.overview()]);
    if (!runs) return fail(c, 400);
    const sources = overview.sources.map((s) => s.name);
    return page(
      c,
      'Runs',
      'runs',
      runsPage({
        filter,
        invalid,
        ...runs,
        firstPage: token === undefined,
        sources,
        suites: overview.suites,
      }),
    );
  });

  app.get('/runs/:workflowId/:runId', async (c) => {
    const { workflowId, runId } = c.req.param();
    if (!/^[0-9a-f-]{36}$/i.test(runId)) return fail(c, 404);
    const d = await o.data.run(workflowId, runId);
    if (!d) return fail(c, 404);
    const ui = o.temporalUiUrl
      ? `${o.temporalUiUrl}/namespaces/${encodeURIComponent(o.namespace)}/workflows/${encodeURIComponent(workflowId)}/${runId}/history`
      : null;
    return page(c, d.row.suite ?? d.row.workflowType, 'runs', runPage(d, ui));
  });

  app.get('/schedules', async (c) =>
    page(c, 'Schedules', 'schedules', schedulesPage(await o.data.schedules(), runHref)),
  );

  app.get('/sources/:name', async (c) => {
    const name = c.req.param('name');
    if (!isSafeQueryValue(name)) return fail(c, 404);
    return page(c, name, 'overview', sourcePage(await o.data.source(name)));
  });

  app.get('/history/:suite/:source/:metric', async (c) => {
    const { suite, source, metric } = c.req.param();
    const h = await metricHistory(o.data.store, suite, source, metric).catch(() => undefined);
    if (!h) return fail(c, 404);
    return page(c, `${source} ${metric}`, 'overview', metricPage(h));
  });

  app.notFound((c) => fail(c, 404));
  app.onError((err, c) => {
    // hono's own middleware (csrf: 403, bodyLimit: 413) says what went wrong by throwing.
    if (err instanceof HTTPException) return fail(c, err.status);
    const status = temporalDown(err) ? 503 : badRequest(err) ? 400 : 500;
    o.log.error({ req: c.get('requestId'), err, path: c.req.path }, 'request failed');
    return fail(c, status);
  });
  return app;
}

function clientOf(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** gRPC UNAVAILABLE / DEADLINE_EXCEEDED: Temporal is down or unreachable. */
function temporalDown(err: unknown): boolean {
  for (let e: unknown = err; e; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (code === 14 || code === 4 || code === 'TG_TEMPORAL_CONNECT') return true;
  }
  return false;
}

/** gRPC INVALID_ARGUMENT: e.g. a tampered page token. */
function badRequest(err: unknown): boolean {
  for (let e: unknown = err; e; e = (e as { cause?: unknown }).cause)
    if ((e as { code?: unknown }).code === 3) return true;
  return false;
}
