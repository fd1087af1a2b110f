import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../../src/core/result/schema.ts';
import { runValidation } from '../../src/temporal/run.ts';
import { temporalEnv, type TemporalEnv } from '../helpers/temporal-env.ts';

// Temporal refuses payloads above 2 MiB, and a refused workflow result is retried forever. 1,000
// failing critical checks on a column with a 1,500-character name (ids of ~1.5 KB, listed in the
// result and again as new critical failures: ~3 MB) and regex checks whose 20 KB patterns appear
// in their messages used to push the workflow's result past it. (1,000, not 5,000: the engine
// blocks the event loop ~5 ms per check, and 25 s without a heartbeat fails the activity.)
const CHECKS = 1000;
const COLUMN = `c_${'x'.repeat(1500)}`;
const PATTERN_CHARS = 20_000;
let env: TemporalEnv;
let suite: string;
let regexSuite: string;

before(async () => {
  env = await temporalEnv();
  await env.startWorker();
  writeFileSync(join(env.dir, 'small.csv'), 'a,b\nx1,2\nx3,4\n');
  writeFileSync(join(env.dir, 'wide.csv'), `id,${COLUMN}\n1,\n2,v\n`);
  const lines = ['version: 1', 'name: limits', 'sources:', '  t: { path: wide.csv }', 'checks:', '  t:'];
  for (let i = 0; i < CHECKS; i++) lines.push(`    - not_null: { column: ${COLUMN}, severity: critical }`);
  suite = join(env.dir, 'limits.yml');
  writeFileSync(suite, lines.join('\n') + '\n');
  // Twelve regex checks whose messages quote their 20 KB patterns: top issues of ~240 KB.
  const rx = ['version: 1', 'name: long-messages', 'sources:', '  t: { path: small.csv }', 'checks:', '  t:'];
  for (let i = 0; i < 12; i++)
    rx.push(
      `    - regex: { column: a, pattern: "^${String.fromCharCode(65 + i)}${'q'.repeat(PATTERN_CHARS)}$", severity: critical }`,
    );
  regexSuite = join(env.dir, 'long-messages.yml');
  writeFileSync(regexSuite, rx.join('\n') + '\n');
});
after(async () => env?.close());

test(
  '1,000 failing critical checks with 1.5 KB ids: bounded workflow result, exact state change, full report in the store',
  { timeout: 300_000 },
  async () => {
    for (const run of [1, 2]) {
      const workflowId = `limits-${run}`;
      const result = await runValidation(env.client, { suite }, { taskQueue: env.taskQueue, workflowId });
      const bytes = Buffer.byteLength(JSON.stringify(result));
      assert.ok(bytes < 256 * 1024, `run ${run}: result is ${bytes} bytes`);
      assert.equal(result.status, 'fail');
      assert.equal(result.summary.failed, CHECKS);
      assert.ok(result.criticalFailing.length < CHECKS);
      assert.equal(result.criticalFailingCount, CHECKS);
      assert.ok(
        result.truncated?.some((n) => /criticalFailing: \d+ of 1000 listed/.test(n)),
        JSON.stringify(result.truncated),
      );
      if (run === 1) {
        assert.equal(result.stateChange?.kind, 'new_critical');
        assert.equal(result.stateChange!.newCritical.length, result.criticalFailing.length);
      } else {
        // The same failures as the run before: bounded lists must not invent new critical failures.
        assert.equal(result.stateChange, null);
      }
      const report = JSON.parse(readFileSync(join(env.storeDir, result.reportKey), 'utf8')) as Report;
      assert.equal(report.sources.flatMap((s) => s.checks).length, CHECKS);
      // The notification child got a bounded input too, and completed.
      if (run === 1) await env.client.workflow.getHandle(`${workflowId}-notify-${result.runId}`).result();
    }
  },
);

test(
  'long messages are shortened in the result and kept whole in the report',
  { timeout: 120_000 },
  async () => {
    const result = await runValidation(
      env.client,
      { suite: regexSuite },
      { taskQueue: env.taskQueue, workflowId: 'long-messages' },
    );
    assert.equal(result.summary.failed, 12);
    assert.ok(Buffer.byteLength(JSON.stringify(result)) < 256 * 1024);
    for (const i of result.topIssues) {
      assert.ok(i.message.length <= 1000, `message of ${i.message.length} chars`);
      assert.match(i.message, /truncated; the full message is in the report/);
    }
    const report = JSON.parse(readFileSync(join(env.storeDir, result.reportKey), 'utf8')) as Report;
    assert.ok(report.sources[0]!.checks.every((c) => c.message.length > PATTERN_CHARS));
  },
);
