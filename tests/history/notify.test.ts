import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PreviousRun, ValidationResult } from '../../src/activities/types.ts';
import { decide, type NotifyState } from '../../src/core/notify/decide.ts';
import { failureFingerprint } from '../../src/core/notify/event.ts';
import type { NotifyConfig } from '../../src/core/notify/rules.ts';
import { validationEvent } from '../../src/workflows/notification.ts';
import { stateChange } from '../../src/workflows/state-change.ts';

type Run = Pick<ValidationResult, 'status' | 'criticalFailing' | 'anomalies'>;
const ANOMALY = 'orders.row_count_anomaly';

function result(run: Run, previous: PreviousRun | null, i: number): ValidationResult {
  const issues =
    run.anomalies?.map((id) => ({
      id,
      type: 'row_count_anomaly',
      severity: 'medium' as const,
      status: 'fail' as const,
      message: 'row count 1,200 is below the expected 2,300–2,700',
      failingCount: null,
      failingFraction: null,
    })) ?? [];
  return {
    runId: `r${i}`,
    suite: 'shop',
    failOn: 'high',
    startedAt: new Date(Date.UTC(2026, 0, 5 + i, 6)).toISOString(),
    durationMs: 1,
    summary: {
      checks: 2,
      passed: 2 - issues.length,
      failed: issues.length,
      errored: 0,
      skipped: 0,
      bySeverity: { critical: 0, high: 0, medium: issues.length, low: 0, info: 0 },
    },
    highestSeverity: issues.length ? 'medium' : null,
    sources: [{ name: 'orders', rowCount: 10 }],
    topIssues: issues,
    reportKey: `reports/shop/r${i}.json`,
    previous,
    ...run,
  };
}

test('anomaly_detected alerts once while the anomaly lasts and recovers once when it clears', () => {
  // A medium anomaly under fail_on high: the run is only `warn`, yet the anomaly is news.
  const runs: Run[] = [
    { status: 'pass', criticalFailing: [], anomalies: [] },
    { status: 'warn', criticalFailing: [], anomalies: [ANOMALY] },
    { status: 'warn', criticalFailing: [], anomalies: [ANOMALY] },
    { status: 'pass', criticalFailing: [], anomalies: [] },
    { status: 'pass', criticalFailing: [], anomalies: [] },
  ];
  const config: NotifyConfig = { rules: [{ channels: ['slack:data'] }] };
  let state: NotifyState = {};
  let previous: PreviousRun | null = null;
  const sent: string[] = [];
  runs.forEach((run, i) => {
    const r = result(run, previous, i);
    const change = stateChange(previous, r);
    const event = validationEvent(r, change, `wf-${i}`);
    if (event) {
      const [d] = decide(event, config, state, new Date(event.at));
      if (d!.action === 'send') {
        sent.push(`${i}:${d!.kind}`);
        // What the notification log does after a delivery (activities/notify/log.ts).
        state =
          d!.kind === 'fail_to_pass'
            ? {}
            : { 'slack:data': { open: { fingerprint: failureFingerprint(event), at: event.at } } };
      }
    }
    previous = {
      runId: r.runId,
      status: r.status,
      reportKey: r.reportKey,
      criticalFailing: [],
      anomalies: r.anomalies ?? [],
    };
  });
  assert.deepEqual(sent, ['1:anomaly_detected', '3:fail_to_pass']);
});

test('a new anomaly beside a known one alerts again; results from before anomaly checks change nothing', () => {
  const before: PreviousRun = {
    runId: 'a',
    status: 'warn',
    reportKey: 'k',
    criticalFailing: [],
    anomalies: [ANOMALY],
  };
  const both = result(
    { status: 'warn', criticalFailing: [], anomalies: [ANOMALY, 'orders.freshness_anomaly.ts'] },
    before,
    1,
  );
  assert.deepEqual(stateChange(before, both), {
    kind: 'anomaly_detected',
    from: 'warn',
    to: 'warn',
    newCritical: [],
    newAnomalies: ['orders.freshness_anomaly.ts'],
  });
  const old: PreviousRun = { runId: 'a', status: 'pass', reportKey: 'k', criticalFailing: [] };
  const { anomalies: _none, ...legacy } = result({ status: 'fail', criticalFailing: [] }, old, 1);
  assert.equal(stateChange(old, legacy)?.kind, 'pass_to_fail');
});
