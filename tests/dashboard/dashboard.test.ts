import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { pino } from 'pino';
import { startDashboard, type Dashboard } from '../../src/dashboard/server.ts';
import { TruthgateError } from '../../src/core/errors.ts';
import { fingerprintFiles } from '../../src/core/sources/fingerprint.ts';
import { resolveConnection } from '../../src/temporal/connection.ts';
import { freePort } from '../../src/temporal/dev-server.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { temporalEnv, type TemporalEnv } from '../helpers/temporal-env.ts';
import { INJECTED, seedHistory, type SeededRun } from './fixture.ts';

const TOKEN = 'test-token-0123456789abcdef';
const quiet = pino({ level: 'silent' });

let env: TemporalEnv;
let runs: Record<string, SeededRun>;
let dash: Dashboard;
let browser: Browser;
const cleanup: (() => Promise<void>)[] = [];

function start(extra: Partial<Parameters<typeof startDashboard>[0]> = {}): Promise<Dashboard> {
  return startDashboard({
    host: '127.0.0.1',
    port: 0,
    connection: resolveConnection({ address: env.server.address }, {}),
    storeDir: env.storeDir,
    log: quiet,
    pageSize: 4,
    cacheSeconds: 1,
    ...extra,
  }).then((d) => {
    cleanup.push(() => d.close());
    return d;
  });
}

/** A page that records script errors and CSP violations, and fails the test on either. */
async function open(path: string, base = dash.url): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.goto(base + path);
  return { page, problems };
}

/** Every chart canvas has been drawn on (some pixel is not transparent). */
async function chartsDrawn(page: Page): Promise<number> {
  await page.waitForFunction(() => document.querySelectorAll('canvas[data-chart]').length > 0);
  return page.evaluate(() => {
    const canvases = [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')];
    const drawn = canvases.filter((c) => {
      if (!c.width || !c.height) return false;
      const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < px.length; i += 4) if (px[i]! > 0) return true;
      return false;
    });
    return drawn.length === canvases.length ? canvases.length : -1;
  });
}

before(async () => {
  env = await temporalEnv();
  await env.startWorker();
  runs = await seedHistory(env.client, env.taskQueue, join(env.dir, 'suites'));
  dash = await start();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  for (const c of cleanup.reverse()) await c();
  await env?.close();
});

describe('dashboard in a browser', () => {
  test('overview: every source with status, severity and next run; trend chart drawn; strict headers', async () => {
    const res = await fetch(dash.url + '/');
    const csp = res.headers.get('content-security-policy') ?? '';
    for (const d of [
      "default-src 'self'",
      "script-src 'self'",
      "frame-ancestors 'none'",
      "object-src 'none'",
    ])
      assert.ok(csp.includes(d), csp);
    assert.ok(!csp.includes('unsafe-inline') && !csp.includes('unsafe-eval'));
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(res.headers.get('x-frame-options'), 'DENY');

    const { page, problems } = await open('/');
    const rows = await page.locator('table.sources tbody tr').allInnerTexts();
    assert.deepEqual(
      rows.map((r) => r.split('\n')[0]),
      ['cars', 'comments', 'penguins', 'weather'],
    );
    const status = (name: string) =>
      page.locator('table.sources tr', { hasText: name }).locator('.badge').innerText();
    assert.equal(await status('cars'), 'fail');
    assert.equal(await status('penguins'), 'warn');
    assert.equal(await status('weather'), 'pass');
    assert.match(await page.locator('table.sources tr', { hasText: 'comments' }).innerText(), /critical/);
    // weather ran from a schedule, so its next run comes from the Schedules API.
    assert.match(
      await page.locator('table.sources tr', { hasText: 'weather' }).locator('td').nth(6).innerText(),
      /\d{4}-\d{2}-\d{2} 06:00 UTC/,
    );
    assert.equal(await chartsDrawn(page), 1);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('follows the overview link to a run detail: checks, masked samples, Temporal UI link', async () => {
    const { page, problems } = await open('/');
    await page.locator('table.sources tr', { hasText: 'cars' }).locator('td').nth(5).locator('a').click();
    await page.waitForURL(/\/runs\/tg-cars-/);
    assert.match(await page.locator('h1').innerText(), /cars\s+fail/);
    // The data path as the suite names it, not the worker's absolute path.
    assert.equal(await page.locator('section.source p.muted code').first().innerText(), 'cars.json');
    // The data's identity as the run read it: here the file's contents.
    const fp = page.locator('section.source .fingerprint');
    assert.equal(
      await fp.locator('code').innerText(),
      fingerprintFiles([join(env.dir, 'suites', 'cars.json')]),
    );
    assert.match(await fp.innerText(), /\(file contents\)/);
    assert.doesNotMatch(
      await page.locator('main').innerText(),
      new RegExp(env.dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    );
    const checks = await page.locator('table.checks tbody tr').allInnerTexts();
    assert.equal(checks.length, 4);
    assert.ok(
      checks.some(
        (c) => c.includes('cars.between.Horsepower') && c.includes('fail') && c.includes('≤ 200') === false,
      ),
    );
    await page.locator('details.samples summary').first().click();
    const sample = await page.locator('details.samples').first().innerText();
    assert.match(sample, /•••/, 'the sensitive Name column is masked');
    assert.doesNotMatch(sample, /chevrolet|buick|plymouth/);
    assert.match(
      (await page.locator('a', { hasText: 'open in Temporal UI' }).getAttribute('href'))!,
      /\/namespaces\/default\/workflows\/tg-cars-/,
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a run whose report left the store still shows each source with its fingerprint, from the workflow result', async () => {
    const bare = await start({ storeDir: mkdtempSync(join(tmpdir(), 'tg-empty-store-')) });
    const cars = runs.cars!;
    const { page, problems } = await open(
      `/runs/${encodeURIComponent(cars.workflowId)}/${encodeURIComponent(cars.runId)}`,
      bare.url,
    );
    assert.match(await page.locator('main').innerText(), /compact result/);
    const item = page.locator('ul.compact-sources li', { hasText: 'cars' });
    assert.equal(
      await item.locator('.fingerprint code').innerText(),
      fingerprintFiles([join(env.dir, 'suites', 'cars.json')]),
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('markup in a data value is shown as text and never runs', async () => {
    const r = runs.comments!;
    const { page, problems } = await open(`/runs/${r.workflowId}/${r.runId}`);
    await page.locator('details.samples summary').click();
    assert.equal(await page.locator('details.samples td.val').innerText(), INJECTED);
    assert.equal(
      await page.evaluate(() => (window as unknown as { __tgInjected?: number }).__tgInjected),
      undefined,
    );
    assert.equal(await page.locator('details.samples img, details.samples script').count(), 0);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('runs: filter by status and source, page with Temporal page tokens', async () => {
    const { page, problems } = await open('/runs');
    const first = await page.locator('table.runs tbody tr').allInnerTexts();
    assert.equal(first.length, 4);
    await page.locator('a[rel=next]').click();
    assert.match(page.url(), /page=[A-Za-z0-9_-]+/);
    const second = await page.locator('table.runs tbody tr').allInnerTexts();
    assert.ok(second.length >= 1);
    assert.equal(second.filter((r) => first.includes(r)).length, 0, 'pages do not overlap');

    await page.goto(`${dash.url}/runs`);
    await page.selectOption('select[name=status]', 'fail');
    await page.locator('form.filters button[type=submit]').click();
    await page.waitForURL(/status=fail/);
    const failed = await page.locator('table.runs tbody tr').allInnerTexts();
    assert.equal(failed.length, 2);
    assert.ok(failed.every((r) => r.includes('fail')));

    await page.goto(`${dash.url}/runs?source=weather&kind=profile`);
    assert.equal(await page.locator('table.runs tbody tr').count(), 2);
    await page.goto(`${dash.url}/runs?severity=critical`);
    assert.match(await page.locator('table.runs tbody').innerText(), /comments/);
    assert.equal(await page.locator('table.runs tbody tr').count(), 1);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('profile run: null fractions and histograms drawn, drift against the previous profile', async () => {
    const r = runs.profile2!;
    const { page, problems } = await open(`/runs/${r.workflowId}/${r.runId}`);
    assert.match(await page.locator('section.profile').innerText(), /Drift against the previous profile/);
    assert.ok((await chartsDrawn(page)) >= 3);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('schedules and source pages', async () => {
    const { page, problems } = await open('/schedules');
    const row = await page.locator('tr#weather-nightly').innerText();
    assert.match(row, /0 6 \* \* \*/);
    assert.match(row, /active/);
    assert.match(row, /nightly weather check/);
    // The suite identity column tells schedules of different suites apart.
    assert.equal(await page.locator('tr#weather-nightly td').nth(1).innerText(), runs.weather!.suite);
    await page.goto(`${dash.url}/sources/weather`);
    assert.ok((await chartsDrawn(page)) >= 2);
    assert.ok((await page.locator('table.runs tbody tr').count()) >= 4);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('dashboard over HTTP', () => {
  test('healthz and Prometheus metrics', async () => {
    const h = await fetch(dash.url + '/healthz');
    assert.equal(h.status, 200);
    assert.deepEqual(await h.json(), { status: 'ok' });
    const m = await (await fetch(dash.url + '/metrics')).text();
    assert.match(m, /# TYPE truthgate_dashboard_requests_total counter/);
    assert.match(m, /truthgate_dashboard_requests_total\{method="GET",route="\/",status="200"\} \d+/);
    assert.match(
      m,
      /truthgate_dashboard_request_duration_seconds_bucket\{method="GET",route="\/runs\/:workflowId\/:runId",status="200",le="\+Inf"\} \d+/,
    );
  });

  test('errors are generic pages without internals', async () => {
    const missing = await fetch(`${dash.url}/runs/nope/01a20153-0000-7000-8000-000000000000`);
    assert.equal(missing.status, 404);
    const forged = await fetch(`${dash.url}/runs?page=AAAA.${'x'.repeat(22)}`);
    const body = await forged.text();
    assert.equal(forged.status, 400);
    assert.doesNotMatch(body, /at .*\.ts:\d+|Error:|grpc|stack/i);
    assert.match(body, /Request id/);
    const odd = await fetch(`${dash.url}/runs?source=${encodeURIComponent("x' OR 1=1")}`);
    assert.equal(odd.status, 200);
    assert.match(await odd.text(), /Ignored invalid filter values: source/);
  });

  test('a token-protected instance refuses requests without the token', async () => {
    const d = await start({ token: TOKEN });
    assert.equal((await fetch(d.url + '/')).status, 401);
    assert.equal((await fetch(d.url + '/metrics')).status, 401);
    assert.equal(
      (await fetch(d.url + '/', { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status,
      401,
    );
    assert.equal((await fetch(d.url + '/', { headers: { authorization: `Bearer ${TOKEN}` } })).status, 200);
    assert.equal((await fetch(d.url + '/healthz')).status, 200);

    const page = await browser.newPage();
    await page.goto(d.url + '/runs');
    assert.match(page.url(), /\/login$/);
    await page.fill('input[name=token]', 'wrong-token-0123456789');
    await page.click('button[type=submit]');
    assert.match(await page.locator('.notice.error').innerText(), /not valid/);
    await page.fill('input[name=token]', TOKEN);
    await page.click('button[type=submit]');
    await page.waitForURL(d.url + '/');
    assert.equal(await page.locator('h1').innerText(), 'Overview');
    const cookie = (await page.context().cookies()).find((c) => c.name === 'tg_session')!;
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Strict');
    assert.notEqual(cookie.value, TOKEN);
    await page.close();
  });

  test('refuses a non-loopback address without a token, and weak tokens', async () => {
    await assert.rejects(
      start({ host: '0.0.0.0' }),
      (e: unknown) => e instanceof TruthgateError && e.code === 'TG_DASHBOARD_TOKEN_REQUIRED',
    );
    await assert.rejects(
      start({ token: 'short' }),
      (e: unknown) => e instanceof TruthgateError && e.code === 'TG_DASHBOARD_TOKEN_WEAK',
    );
  });

  test('Temporal unreachable: /healthz and pages answer 503 with a generic page', async () => {
    const d = await start({
      connection: resolveConnection({ address: `127.0.0.1:${await freePort()}` }, {}),
    });
    const h = await fetch(d.url + '/healthz');
    assert.equal(h.status, 503);
    const page = await fetch(d.url + '/');
    assert.equal(page.status, 503);
    const body = await page.text();
    assert.match(body, /Temporal is not reachable/);
    assert.doesNotMatch(body, /127\.0\.0\.1:\d+|ECONNREFUSED|grpc/i);
  });

  test('rate limits each client', async () => {
    const d = await start({ rateLimit: 1 });
    const codes: number[] = [];
    for (let i = 0; i < 8; i++) codes.push((await fetch(d.url + '/static/app.css')).status);
    assert.deepEqual(codes.slice(0, 5), [200, 200, 200, 200, 200]);
    assert.equal(codes.at(-1), 429);
    const limited = await fetch(d.url + '/');
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('retry-after')) >= 1);
  });
});
