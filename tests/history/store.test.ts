import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TruthgateError } from '../../src/core/errors.ts';
import {
  historyKey,
  loadHistory,
  readHistory,
  rebuildHistory,
  recordReport,
  recordRun,
} from '../../src/core/history/store.ts';
import type { Report } from '../../src/core/result/schema.ts';
import { DirectoryStore, reportKey } from '../../src/core/store/index.ts';
import { DAY, START } from './generate.ts';

const fresh = (): DirectoryStore => new DirectoryStore(mkdtempSync(join(tmpdir(), 'tg-history-')));

function report(day: number, rows: number, status: 'pass' | 'fail' = 'pass'): Report {
  return {
    schemaVersion: '1.0',
    tool: { name: 'truthgate', version: '0.1.0' },
    runId: `run-${day}`,
    suite: 'shop',
    status,
    failOn: 'high',
    startedAt: new Date(START + day * DAY).toISOString(),
    durationMs: 5,
    summary: {
      checks: 2,
      passed: 2,
      failed: 0,
      errored: 0,
      skipped: 0,
      bySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
    },
    sources: [
      {
        name: 'orders',
        uri: 'orders.csv',
        format: 'csv',
        rowCount: rows,
        columnCount: 3,
        fingerprint: null,
        durationMs: 1,
        checks: [
          {
            id: 'orders.not_null.email',
            type: 'not_null',
            columns: ['email'],
            severity: 'high',
            status: 'pass',
            observed: 0,
            expected: 0,
            failingCount: 0,
            failingFraction: 0.01 * (day % 3),
            samples: [],
            message: 'ok',
          },
          {
            id: 'orders.null_fraction_anomaly.email',
            type: 'null_fraction_anomaly',
            columns: ['email'],
            severity: 'high',
            status,
            observed: { metric: 'null_fraction:email', value: 0.02 + day / 1000 },
            expected: null,
            failingCount: null,
            failingFraction: null,
            samples: [],
            message: 'ok',
          },
        ],
      },
    ],
  };
}

describe('metric history store', () => {
  test('records row count, failing fractions and anomaly metrics per run, readable without the data', async () => {
    const store = fresh();
    for (const d of [0, 1, 2])
      await recordReport(store, report(d, 100 + d, d === 2 ? 'fail' : 'pass'), new Date(START + d * DAY));
    const h = (await readHistory(store, 'shop', 'orders'))!;
    assert.deepEqual(
      h.runs.map((r) => r.id),
      ['run-0', 'run-1', 'run-2'],
    );
    assert.deepEqual(h.metrics.row_count, [100, 101, 102]);
    assert.deepEqual(h.metrics['failing_fraction:orders.not_null.email'], [0, 0.01, 0.02]);
    assert.deepEqual(h.metrics['null_fraction:email'], [0.02, 0.021, 0.022]);
    assert.deepEqual(h.runs[2]!.anomalies, ['null_fraction:email']);
    const lookup = await loadHistory(store, 'shop', ['orders', 'absent']);
    assert.deepEqual(
      lookup('orders')
        .series('row_count')
        .map((p) => p.v),
      [100, 101, 102],
    );
    assert.deepEqual(lookup('absent').series('row_count'), []);
  });

  test('a retried run replaces its own point; runs stay in time order; metrics missing in a run are gaps', async () => {
    const store = fresh();
    await recordRun(store, 'shop', 'orders', {
      t: START + 2 * DAY,
      id: 'b',
      metrics: { row_count: 5, x: 1 },
    });
    await recordRun(store, 'shop', 'orders', { t: START, id: 'a', metrics: { row_count: 3 } });
    await recordRun(store, 'shop', 'orders', { t: START + 2 * DAY, id: 'b', metrics: { row_count: 6 } });
    const h = (await readHistory(store, 'shop', 'orders'))!;
    assert.deepEqual(
      h.runs.map((r) => r.id),
      ['a', 'b'],
    );
    assert.deepEqual(h.metrics.row_count, [3, 6]);
    // The same run id merges metrics (a profile and a validation of one scheduled run).
    assert.deepEqual(h.metrics.x, [null, 1]);
  });

  test('keeps the retention window: runs older than keepDays before the newest are dropped', async () => {
    const store = fresh();
    for (let d = 0; d < 20; d++)
      await recordRun(
        store,
        's',
        'o',
        { t: START + d * DAY, id: `r${d}`, metrics: { row_count: d } },
        { keepDays: 10 },
      );
    const h = (await readHistory(store, 's', 'o'))!;
    assert.equal(h.runs.length, 11);
    assert.equal(h.metrics.row_count![0], 9);
  });

  test("a corrupted history file is a coded error; loading turns it into that source's error; recording leaves it", async () => {
    const store = fresh();
    for (const [text, detail] of [
      ['{"version":1,"suite":"shop","source":"orders","runs":[', /JSON|Unexpected|end/i],
      [
        '{"version":1,"suite":"shop","source":"orders","runs":[{"t":1,"id":"a"}],"metrics":{"row_count":[]}}',
        /one value per run/,
      ],
      ['{"version":9}', /version/],
    ] as const) {
      await store.put(historyKey('shop', 'orders'), text);
      await assert.rejects(readHistory(store, 'shop', 'orders'), (err: unknown) => {
        assert.ok(err instanceof TruthgateError);
        assert.equal(err.code, 'TG_HISTORY_CORRUPT');
        assert.match(err.message, detail);
        assert.match(err.hint('en') ?? '', /rebuild/);
        return true;
      });
      const lookup = await loadHistory(store, 'shop', ['orders']);
      assert.equal(lookup('orders').error?.code, 'TG_HISTORY_CORRUPT');
      const problems = await recordReport(store, report(5, 10), new Date(START + 5 * DAY));
      assert.deepEqual(
        problems.map((p) => p.code),
        ['TG_HISTORY_CORRUPT'],
      );
      assert.equal(readFileSync(join(store.root, historyKey('shop', 'orders')), 'utf8'), text);
    }
  });

  test("rebuilds a suite's history from the stored reports, replacing a corrupted file", async () => {
    const store = fresh();
    for (let d = 0; d < 5; d++) {
      const r = report(d, 200 + d);
      await store.put(reportKey('shop', new Date(START + d * DAY), r.runId), JSON.stringify(r));
      await recordReport(store, r, new Date(START + d * DAY));
    }
    const recorded = await store.get(historyKey('shop', 'orders'));
    await store.put(historyKey('shop', 'orders'), 'garbage');
    await store.put(reportKey('shop', new Date(START + 9 * DAY), 'broken'), '{not json');
    assert.deepEqual(await rebuildHistory(store, 'shop'), { orders: 5 });
    assert.equal(await store.get(historyKey('shop', 'orders')), recorded);
    assert.deepEqual(readdirSync(join(store.root, 'history', 'shop')), ['orders.json']);
  });
});
