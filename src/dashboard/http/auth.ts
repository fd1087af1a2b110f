import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie, setCookie } from 'hono/cookie';
import { csrf } from 'hono/csrf';

const COOKIE = 'tg_session';

function same(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}

/**
 * Access-token protection: `Authorization: Bearer <token>` (scripts, Prometheus) or a session cookie
 * set by the login form (browsers). The cookie holds an HMAC of the token, not the token itself.
 */
export function tokenAuth(token: string, render: { login: (c: Context, failed: boolean) => Response }) {
  const session = createHmac('sha256', token).update('truthgate-dashboard-session').digest('base64url');
  const open = (path: string): boolean =>
    path === '/login' || path === '/healthz' || path.startsWith('/static/');

  const middleware: MiddlewareHandler = async (c, next) => {
    if (open(c.req.path)) return next();
    const auth = c.req.header('authorization');
    const bearer = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : undefined;
    const cookie = getCookie(c, COOKIE);
    if ((bearer !== undefined && same(bearer, token)) || (cookie !== undefined && same(cookie, session)))
      return next();
    if (c.req.method === 'GET' && (c.req.header('accept') ?? '').includes('text/html'))
      return c.redirect('/login', 303);
    c.header('WWW-Authenticate', 'Bearer realm="truthgate"');
    return c.text('Unauthorized', 401);
  };

  const routes = (app: Hono): void => {
    app.get('/login', (c) => render.login(c, false));
    app.post('/login', csrf(), bodyLimit({ maxSize: 4096 }), async (c) => {
      const body = await c.req.parseBody();
      const given = typeof body.token === 'string' ? body.token : '';
      if (!same(given, token)) return render.login(c, true);
      setCookie(c, COOKIE, session, {
        httpOnly: true,
        sameSite: 'Strict',
        path: '/',
        secure: new URL(c.req.url).protocol === 'https:',
        maxAge: 12 * 3600,
      });
      return c.redirect('/', 303);
    });
  };

  return { middleware, routes };
}
