import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import { presets, judge } from '../../src/core/history/model.ts';
import {
  historyKey,
  loadHistory,
  readHistory,
  recordReport,
  seriesOf,
} from '../../src/core/history/store.ts';
import { Report, type CheckResult } from '../../src/core/result/schema.ts';
import { DirectoryStore } from '../../src/core/store/index.ts';
import { loadSuiteFile } from '../../src/core/suite/load.ts';
import { runCli } from '../cli/run-cli.ts';
import { DAY, START } from './generate.ts';
import { ordersCsv } from './orders.ts';

const SUITE = `version: 1
name: shop
sources:
  orders: { path: orders.csv }
checks:
  orders:
    - row_count: { min: 1 }
    - row_count_anomaly: {}
    - null_fraction_anomaly: { column: email }
    - metric_anomaly: { metric: mean, column: amount }
    - freshness_anomaly: { column: created_at }
    - volume_anomaly: { column: created_at }
`;

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function project(suite = SUITE): { dir: string; store: DirectoryStore } {
  const dir = mkdtempSync(join(tmpdir(), 'tg-history-run-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'truthgate.yml'), suite);
  return { dir, store: new DirectoryStore(join(dir, 'store')) };
}

const anomalyTypes = [
  'row_count_anomaly',
  'null_fraction_anomaly',
  'metric_anomaly',
  'freshness_anomaly',
  'volume_anomaly',
];
const byType = (r: Report, type: string): CheckResult => r.sources[0]!.checks.find((c) => c.type === type)!;

describe('anomaly checks through the engine, with history in a store', () => {
  test('learning, then normal, then each incident caught; verdicts match the model on the stored history', async () => {
    const { dir, store } = project();
    const suite = loadSuiteFile(join(dir, 'truthgate.yml'));
    const incidents: Record<number, { half?: boolean; missingDay?: number; stale?: true }> = {
      14: { half: true },
      16: { stale: true },
      17: { missingDay: 14 },
    };
    const failing: Record<number, string[]> = {};
    let previous = '';
    for (let run = 0; run < 18; run++) {
      const now = new Date(START + run * DAY);
      const inc = incidents[run] ?? {};
      const csv = inc.stale ? previous : ordersCsv(run, inc);
      previous = csv;
      writeFileSync(join(dir, 'orders.csv'), csv);
      const history = await loadHistory(store, suite.name, ['orders']);
      const before = (await readHistory(store, 'shop', 'orders')) ?? undefined;
      const report = await runSuite(suite, { now, runId: `run-${run}`, history });
      await recordReport(store, report, now);
      const checks = report.sources[0]!.checks;
      assert.ok(
        checks.every((c) => c.status !== 'error'),
        JSON.stringify(checks.filter((c) => c.status === 'error')),
      );
      failing[run] = checks.filter((c) => c.status === 'fail').map((c) => c.type);
      const rows = byType(report, 'row_count_anomaly');
      if (run < 7) {
        assert.match(rows.message, /^learning: row count [\d,]+; \d of 7 past runs needed/);
        assert.equal(rows.status, 'pass');
      } else {
        // The check's verdict is the model's verdict on the stored series: explainable and replayable.
        const expected = judge(
          seriesOf(before, 'row_count'),
          { t: now.getTime(), v: report.sources[0]!.rowCount! },
          presets.rowCount,
        );
        assert.equal(rows.status, expected.status === 'anomaly' ? 'fail' : 'pass');
        assert.ok(expected.status !== 'learning');
        assert.deepEqual(rows.expected, {
          low: expected.band.low,
          high: expected.band.high,
          center: expected.band.center,
        });
        assert.equal((rows.observed as { history: { points: number } }).history.points, run);
      }
    }
    assert.deepEqual(failing[0], []);
    for (let run = 7; run < 18; run++) {
      if (run === 14) assert.deepEqual(failing[run], ['row_count_anomaly'], `run ${run}`);
      // The same file again: every metric is stuck, the newest row is a day old, today's bucket is empty.
      else if (run === 16) assert.deepEqual(failing[run]!.sort(), [...anomalyTypes].sort(), `run ${run}`);
      // A day missing inside the data; the row count may also dip below its band (a 35th fewer rows).
      else if (run === 17) {
        assert.ok(failing[run]!.includes('volume_anomaly'), `run ${run}`);
        assert.ok(
          failing[run]!.every((t) => t === 'volume_anomaly' || t === 'row_count_anomaly'),
          `run ${run}`,
        );
      } else assert.deepEqual(failing[run], [], `run ${run}`);
    }
    const h = (await readHistory(store, 'shop', 'orders'))!;
    assert.equal(h.runs.length, 18);
    for (const m of [
      'row_count',
      'null_fraction:email',
      'mean:amount',
      'freshness_lag:created_at',
      'rows_per_day:created_at',
    ])
      assert.equal(seriesOf(h, m).length, 18, m);
    assert.deepEqual(h.runs[14]!.anomalies, ['row_count']);
  });

  test('truthgate check --history-dir: learns across runs; a corrupted history file is a coded error and the run completes', () => {
    // The CLI runs at the wall-clock time, long after the generated days: no volume check, whose
    // newest bucket would rightly look short.
    const { dir } = project(SUITE.replace(/.*volume_anomaly.*\n/, ''));
    writeFileSync(join(dir, 'orders.csv'), ordersCsv(30));
    const args = [
      'check',
      '--suite',
      'truthgate.yml',
      '--history-dir',
      'store',
      '--format',
      'json',
      '-o',
      'report.json',
    ];
    const first = runCli(args, { cwd: dir });
    assert.equal(first.code, 0, first.stderr);
    const report = Report.parse(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')));
    assert.match(byType(report, 'row_count_anomaly').message, /^learning/);
    const stored = JSON.parse(readFileSync(join(dir, 'store', historyKey('shop', 'orders')), 'utf8')) as {
      runs: unknown[];
    };
    assert.equal(stored.runs.length, 1);

    writeFileSync(join(dir, 'store', historyKey('shop', 'orders')), '{"version":1,"runs":[');
    const broken = runCli(args, { cwd: dir });
    assert.equal(broken.code, 2);
    assert.match(
      broken.stderr,
      /error TG_HISTORY_CORRUPT: Metric history `history\/shop\/orders.json` is unreadable/,
    );
    assert.match(broken.stderr, /hint: .*rebuild/);
    assert.doesNotMatch(broken.stderr, /\n\s+at /);
    const r2 = Report.parse(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')));
    assert.equal(byType(r2, 'row_count').status, 'pass');
    for (const t of ['row_count_anomaly', 'null_fraction_anomaly', 'metric_anomaly', 'freshness_anomaly']) {
      assert.equal(byType(r2, t).status, 'error');
      assert.equal(byType(r2, t).errorCode, 'TG_HISTORY_CORRUPT');
    }
  });
});

test('without a history store the anomaly checks are skipped, saying why; volume still judges the data', async () => {
  const { dir } = project();
  writeFileSync(join(dir, 'orders.csv'), ordersCsv(40, { missingDay: 37 }));
  const report = await runSuite(loadSuiteFile(join(dir, 'truthgate.yml')), {
    now: new Date(START + 40 * DAY),
  });
  for (const t of ['row_count_anomaly', 'null_fraction_anomaly', 'metric_anomaly', 'freshness_anomaly']) {
    // Skipped, not passed: a gate that never judged must not look green.
    assert.equal(byType(report, t).status, 'skip');
    assert.match(byType(report, t).message, /^not judged: no metric history for this run/);
  }
  assert.equal(report.summary.skipped, 4);
  assert.equal(byType(report, 'volume_anomaly').status, 'fail');
  assert.match(
    byType(report, 'volume_anomaly').message,
    /^1 of the last 7 days have unusual volume: 2026-02-11 9 \(expected/,
  );
});
