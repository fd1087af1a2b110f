import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from './run-cli.ts';

/**
 * `truthgate run --format json -o x.json` writes the workflow's bounded result, not the report
 * (that stays in the worker's store). `truthgate report x.json` names the mix-up and where the full
 * report is, instead of "not a Truthgate JSON report … regenerate it with the same version".
 */
test('report on a saved `run` result says what it is and where the full report is', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tg-report-run-'));
  const file = join(dir, 'run.json');
  const key = 'reports/orders/2026-11-29T17-44-05.509Z_01a2.json';
  writeFileSync(
    file,
    JSON.stringify({
      runId: '01a2',
      suite: 'orders',
      status: 'fail',
      failOn: 'high',
      startedAt: '2026-11-29T17:44:05.509Z',
      durationMs: 5,
      summary: { checks: 1, passed: 0, failed: 1, errored: 0, skipped: 0 },
      sources: [{ name: 'orders', rowCount: 3 }],
      topIssues: [],
      reportKey: key,
      truncated: false,
    }),
  );
  const r = runCli(['report', file]);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /error TG_REPORT_RUN_RESULT: .*run\.json is the result of `truthgate run`/);
  assert.ok(r.stderr.includes(`truthgate report <worker store>/${key}`), r.stderr);
  assert.doesNotMatch(r.stderr, /regenerate it/);
});
