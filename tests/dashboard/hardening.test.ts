import { createServer as createHttp2Server } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pino } from 'pino';
import { startDashboard, type Dashboard } from '../../src/dashboard/server.ts';
import { TruthgateError } from '../../src/core/errors.ts';
import { resolveConnection } from '../../src/temporal/connection.ts';
import { freePort } from '../../src/temporal/dev-server.ts';

// No Temporal server: the login form and /healthz must behave without one (a port nobody listens on).
const TOKEN = 'hardening-token-0123456789';
const quiet = pino({ level: 'silent' });
const cleanup: (() => Promise<void>)[] = [];

async function start(extra: Partial<Parameters<typeof startDashboard>[0]> = {}): Promise<Dashboard> {
  const d = await startDashboard({
    host: '127.0.0.1',
    port: 0,
    connection: resolveConnection({ address: `127.0.0.1:${await freePort()}` }, {}),
    storeDir: '/nonexistent-store',
    log: quiet,
    rateLimit: 0,
    ...extra,
  });
  cleanup.push(() => d.close());
  return d;
}

after(async () => {
  for (const c of cleanup.reverse()) await c();
});

const ct = { 'content-type': 'application/x-www-form-urlencoded' };
const form = (token: string): string => `token=${encodeURIComponent(token)}`;

async function login(d: Dashboard, headers: Record<string, string>, body: string): Promise<Response> {
  return fetch(d.url + '/login', { method: 'POST', headers, body, redirect: 'manual' });
}

describe('dashboard login and health hardening', () => {
  test('POST /login: foreign or missing Origin 403, oversized body 413, wrong token 401, right token 303', async () => {
    const d = await start({ token: TOKEN });
    const body = form(TOKEN);
    assert.equal((await login(d, ct, body)).status, 403, 'no Origin');
    assert.equal((await login(d, { ...ct, origin: 'https://evil.example' }, body)).status, 403, 'foreign');
    const big = `token=${'x'.repeat(100 * 1024)}`;
    assert.equal((await login(d, { ...ct, origin: d.url }, big)).status, 413, '100 KB body');
    const wrong = await login(d, { ...ct, origin: d.url }, form('wrong-token-0123456789'));
    assert.equal(wrong.status, 401);
    assert.match(await wrong.text(), /not valid/);
    const ok = await login(d, { ...ct, origin: d.url }, body);
    assert.equal(ok.status, 303);
    assert.match(ok.headers.get('set-cookie') ?? '', /tg_session=/);
  });

  test('refuses empty and blank tokens at start-up with a coded error', async () => {
    for (const token of ['', ' '.repeat(32), '\t'.repeat(20)]) {
      await assert.rejects(
        start({ token }),
        (e: unknown) => e instanceof TruthgateError && e.code === 'TG_DASHBOARD_TOKEN_BLANK',
        JSON.stringify(token),
      );
    }
  });

  test('/healthz asks Temporal at most once per few seconds, also under a burst', async () => {
    // A Temporal frontend that answers every gRPC call "unavailable" and counts the calls, so the
    // cache is judged by how often Temporal was asked, not by timing.
    let asked = 0;
    const temporal = createHttp2Server();
    temporal.on('stream', (stream) => {
      asked += 1;
      stream.respond(
        { ':status': 200, 'content-type': 'application/grpc', 'grpc-status': '14', 'grpc-message': 'down' },
        { endStream: true },
      );
    });
    await new Promise<void>((r) => temporal.listen(0, '127.0.0.1', r));
    cleanup.push(() => new Promise<void>((r) => temporal.close(() => r())));
    const { port } = temporal.address() as AddressInfo;
    const d = await start({ connection: resolveConnection({ address: `127.0.0.1:${port}` }, {}) });
    const first = await fetch(d.url + '/healthz');
    assert.equal(first.status, 503);
    const afterFirst = asked;
    assert.ok(afterFirst > 0, 'the first check asks Temporal');
    const burst = await Promise.all(Array.from({ length: 30 }, () => fetch(d.url + '/healthz')));
    assert.ok(burst.every((r) => r.status === 503));
    assert.equal(asked, afterFirst, '30 more checks within the cache window asked Temporal again');
    assert.equal(burst[0]!.headers.get('cache-control'), 'no-store');
  });
});
