/**
 * Regenerates docs/images/overview.png and docs/images/run-detail.png from real runs: a dev
 * server, a worker, the test suites over vega-datasets, the dashboard, and headless Chromium.
 *
 *   node scripts/screenshots.ts
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import { startDashboard } from '../src/dashboard/server.ts';
import { resolveConnection } from '../src/temporal/connection.ts';
import { launchChromium } from '../tests/helpers/chromium.ts';
import { temporalEnv } from '../tests/helpers/temporal-env.ts';
import { seedHistory } from '../tests/dashboard/fixture.ts';

const out = join(import.meta.dirname, '..', 'docs', 'images');
mkdirSync(out, { recursive: true });

const env = await temporalEnv();
try {
  await env.startWorker();
  const runs = await seedHistory(env.client, env.taskQueue, join(env.dir, 'suites'));
  const dash = await startDashboard({
    host: '127.0.0.1',
    port: 0,
    connection: resolveConnection({ address: env.server.address }, {}),
    storeDir: env.storeDir,
    log: pino({ level: 'warn' }),
    temporalUiUrl: 'http://localhost:8233',
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, colorScheme: 'light' });
    await page.goto(`${dash.url}/`);
    await page.waitForFunction(() => document.querySelectorAll('canvas[data-chart]').length > 0);
    await page.screenshot({ path: join(out, 'overview.png'), fullPage: true });
    const cars = runs.cars!;
    await page.goto(`${dash.url}/runs/${cars.workflowId}/${cars.runId}`);
    await page.locator('details.samples summary').first().click();
    await page.screenshot({ path: join(out, 'run-detail.png'), fullPage: true });
    process.stdout.write(`wrote ${join(out, 'overview.png')} and ${join(out, 'run-detail.png')}\n`);
  } finally {
    await browser.close();
    await dash.close();
  }
} finally {
  await env.close();
}
