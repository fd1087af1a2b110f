import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import pino from 'pino';
import { createApp } from '../../src/dashboard/app.ts';
import type { DashboardData } from '../../src/dashboard/data/service.ts';
import { Metrics } from '../../src/dashboard/http/metrics.ts';
import { metricHistory } from '../../src/dashboard/data/metric-history.ts';
import { anomalyChart, metricPage } from '../../src/dashboard/views/metric-page.ts';
import { recordRun } from '../../src/core/history/store.ts';
import type { CheckResult } from '../../src/core/result/schema.ts';
import { DirectoryStore } from '../../src/core/store/index.ts';
import type { ChartSpec } from '../../src/dashboard/views/chart.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { dailySeries } from './generate.ts';

/** The chart data block of a page (static/charts.js reads the same). */
function chartSpec(page: string): ChartSpec {
  const m = /<script type="application\/json" id="chart-\d+">(.*?)<\/script>/s.exec(page);
  assert.ok(m, 'a chart data block');
  return JSON.parse(m[1]!) as ChartSpec;
}

test('the metric chart shows the expected band and marks anomalous runs; the run detail links to it', async () => {
  const store = new DirectoryStore(mkdtempSync(join(tmpdir(), 'tg-history-dash-')));
  const days = dailySeries(45, { 40: 'half_load' });
  for (const [i, d] of days.entries()) {
    await recordRun(store, 'shop', 'orders', {
      t: d.t,
      id: `r${i}`,
      metrics: { row_count: d.rowCount, 'mean:<b>amount</b>': d.mean },
      ...(d.incident ? { anomalies: ['row_count'] } : {}),
    });
  }
  const h = (await metricHistory(store, 'shop', 'orders', 'row_count'))!;
  assert.equal(h.points.length, 45);
  assert.ok(
    h.points.slice(0, 7).every((p) => p.band === null),
    'learning runs have no band',
  );
  assert.deepEqual(
    h.points.flatMap((p, i) => (p.anomaly ? [i] : [])),
    [40],
  );
  const page = metricPage(h).value;
  // One charting approach: the dashboard's chart.js helper (a canvas and its data block).
  assert.doesNotMatch(page, /<svg/);
  const spec = chartSpec(page);
  assert.equal(spec.type, 'line');
  const [low, high, observed, marked] = spec.datasets;
  assert.equal(high!.fill, 'previous');
  assert.deepEqual(
    low!.data.slice(0, 7).concat(high!.data.slice(0, 7)),
    Array(14).fill(null),
    'no band while learning',
  );
  assert.ok(high!.data.slice(7).every((v, i) => v !== null && v > low!.data[i + 7]!));
  assert.deepEqual(
    observed!.data,
    h.points.map((p) => p.v),
  );
  assert.deepEqual(
    marked!.data.flatMap((v, i) => (v === null ? [] : [i])),
    [40],
  );
  assert.match(page, /45 runs, 1 anomalous/);
  // Metric names come from suites: escaped, never markup.
  assert.ok(!page.includes('<b>amount'));
  assert.match(page, /href="\/history\/shop\/orders\/mean%3A%3Cb%3Eamount%3C%2Fb%3E"/);
  assert.equal(await metricHistory(store, 'shop', 'absent', 'row_count'), undefined);

  const check = {
    id: 'orders.row_count_anomaly',
    type: 'row_count_anomaly',
    observed: { metric: 'row_count', value: 5 },
  } as CheckResult;
  assert.equal(anomalyChart('shop', 'orders', check), '/history/shop/orders/row_count');
  assert.equal(anomalyChart('shop', 'orders', { ...check, type: 'row_count' }), null);
});

test('in a browser the metric page draws the chart: band filled between its lines, the anomaly marked', async () => {
  const store = new DirectoryStore(mkdtempSync(join(tmpdir(), 'tg-history-dash-browser-')));
  for (const [i, d] of dailySeries(30, { 25: 'half_load' }).entries())
    await recordRun(store, 'shop', 'orders', {
      t: d.t,
      id: `r${i}`,
      metrics: { row_count: d.rowCount },
      ...(d.incident ? { anomalies: ['row_count'] } : {}),
    });
  const app = createApp({
    data: { store } as unknown as DashboardData,
    log: pino({ level: 'silent' }),
    metrics: new Metrics(),
    namespace: 'default',
    temporalUiUrl: null,
    rateLimit: null,
  });
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const browser = await launchChromium();
  try {
    const { port } = server.address() as AddressInfo;
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`http://127.0.0.1:${port}/history/shop/orders/row_count`);
    await page.waitForFunction(() => {
      const canvas = document.querySelector('canvas[data-chart]');
      return (
        !!canvas &&
        !!(window as unknown as { Chart: { getChart(c: Element): unknown } }).Chart.getChart(canvas)
      );
    });
    const drawn = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-chart]')!;
      type Drawn = { data: { datasets: { fill: unknown; showLine: boolean; data: (number | null)[] }[] } };
      const c = (window as unknown as { Chart: { getChart(c: Element): Drawn } }).Chart.getChart(canvas);
      const px = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      for (let i = 3; i < px.length; i += 4) if (px[i]! > 0) painted++;
      return {
        fills: c.data.datasets.map((d) => d.fill),
        lines: c.data.datasets.map((d) => d.showLine),
        marked: c.data.datasets[3]!.data.filter((v) => v !== null).length,
        painted,
      };
    });
    assert.deepEqual(errors, []);
    assert.deepEqual(drawn.fills, [false, '-1', false, false]);
    assert.deepEqual(drawn.lines, [true, true, true, false]);
    assert.equal(drawn.marked, 1);
    assert.ok(drawn.painted > 1000, `${drawn.painted} pixels drawn`);
  } finally {
    await browser.close();
    server.close();
  }
});
