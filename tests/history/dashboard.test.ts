import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { metricHistory } from '../../src/dashboard/data/metric-history.ts';
import { anomalyChart, metricPage } from '../../src/dashboard/views/metric-page.ts';
import { recordRun } from '../../src/core/history/store.ts';
import type { CheckResult } from '../../src/core/result/schema.ts';
import { DirectoryStore } from '../../src/core/store/index.ts';
import { dailySeries } from './generate.ts';

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
  assert.match(page, /<svg\s+viewBox="0 0 720 240"/);
  assert.match(page, /<polygon class="band" points="[\d., ]+"/);
  assert.equal(page.match(/<circle\s+class="anomaly"/g)?.length, 1);
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
