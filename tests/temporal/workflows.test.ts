import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { WorkflowFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { DirectoryStore, keyTimestamp, profileKey, reportKey } from '../../src/core/store/index.ts';
import type { Report } from '../../src/core/result/schema.ts';
import {
  TgFailedChecks,
  TgKind,
  TgSeverity,
  TgSource,
  TgStatus,
  TgSuite,
} from '../../src/temporal/search-attributes.ts';
import type { ValidationWorkflowResult } from '../../src/workflows/validation.ts';
import { temporalEnv, writeOrdersSuite, type TemporalEnv } from '../helpers/temporal-env.ts';

let env: TemporalEnv;
let id = 0;

before(async () => {
  env = await temporalEnv();
  await env.startWorker();
});
after(async () => env?.close());

function validate(suite: string, extra: Record<string, unknown> = {}): Promise<ValidationWorkflowResult> {
  return env.client.workflow.execute('validationWorkflow', {
    taskQueue: env.taskQueue,
    workflowId: `wf-test-${process.pid}-${++id}`,
    args: [{ suite, ...extra }],
  });
}

describe('validationWorkflow', () => {
  test('runs the suite, stores the full report, returns a compact result and search attributes', async () => {
    const dir = join(env.dir, 'pass');
    mkdirSync(dir);
    const suite = writeOrdersSuite(dir, { name: 'sa-suite' });
    const workflowId = `wf-sa-${process.pid}`;
    const handle = await env.client.workflow.start('validationWorkflow', {
      taskQueue: env.taskQueue,
      workflowId,
      args: [{ suite }],
    });
    const result = (await handle.result()) as ValidationWorkflowResult;
    assert.equal(result.status, 'pass');
    assert.equal(result.summary.checks, 3);
    assert.equal(result.summary.passed, 3);
    assert.deepEqual(result.topIssues, []);
    assert.equal(result.previous, null);
    assert.equal(result.stateChange, null);
    assert.ok(JSON.stringify(result).length < 256 * 1024);

    const stored = JSON.parse((await new DirectoryStore(env.storeDir).get(result.reportKey))!) as Report;
    assert.equal(stored.runId, result.runId);
    assert.equal(stored.sources[0]!.rowCount, 20);

    const desc = await handle.describe();
    const sa = desc.typedSearchAttributes;
    assert.equal(sa.get(TgKind), 'validation');
    assert.equal(sa.get(TgSuite), 'sa-suite');
    assert.deepEqual(sa.get(TgSource), ['orders']);
    assert.equal(sa.get(TgStatus), 'pass');
    assert.equal(sa.get(TgSeverity), 'none');
    assert.equal(sa.get(TgFailedChecks), 0);
    assert.equal((await desc.memo)?.reportKey, result.reportKey);

    // Visibility is eventually consistent: poll the query the dashboard will use.
    let found: string[] = [];
    for (let i = 0; i < 40 && found.length === 0; i++) {
      found = [];
      for await (const w of env.client.workflow.list({ query: `TgSuite = 'sa-suite' AND TgStatus = 'pass'` }))
        found.push(w.workflowId);
      if (found.length === 0) await new Promise((r) => setTimeout(r, 250));
    }
    assert.deepEqual(found, [workflowId]);
  });

  test('records the change of state against the previous run of the suite', async () => {
    const dir = join(env.dir, 'states');
    mkdirSync(dir);
    const suite = writeOrdersSuite(dir, { name: 'state-suite', critical: true });
    const first = await validate(suite);
    assert.equal(first.status, 'pass');
    assert.equal(first.stateChange, null);

    writeOrdersSuite(dir, { name: 'state-suite', critical: true, bad: true });
    const second = await validate(suite);
    assert.equal(second.status, 'fail');
    assert.equal(second.highestSeverity, 'critical');
    assert.equal(second.previous?.status, 'pass');
    assert.equal(second.previous?.runId, first.runId);
    assert.deepEqual(second.stateChange, {
      kind: 'new_critical',
      from: 'pass',
      to: 'fail',
      newCritical: ['orders.not_null.email'],
    });
    assert.equal(second.topIssues[0]!.severity, 'critical');
    assert.ok(
      second.topIssues.every((t) => !('samples' in t)),
      'no data samples enter history',
    );

    const third = await validate(suite);
    assert.equal(third.stateChange, null, 'still failing, nothing new');

    writeOrdersSuite(dir, { name: 'state-suite', critical: true });
    const fourth = await validate(suite);
    assert.equal(fourth.stateChange?.kind, 'fail_to_pass');
  });

  test('a suite error fails the workflow at once with its Truthgate code', async () => {
    const err = await validate(join(env.dir, 'missing.yml')).then(
      () => assert.fail('should fail'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof WorkflowFailedError);
    assert.ok(err.cause instanceof ApplicationFailure);
    assert.equal(err.cause.type, 'TG_SUITE_NOT_FOUND');
    assert.equal(err.cause.nonRetryable, true);
  });
});

describe('retentionWorkflow', () => {
  test('prunes by the default policy and reports counts', async () => {
    const store = new DirectoryStore(env.storeDir);
    const old = new Date(Date.now() - 120 * 86_400_000);
    await store.put(reportKey('retention-suite', old, 'r-pass'), JSON.stringify({ status: 'pass' }));
    await store.put(reportKey('retention-suite', old, 'r-fail'), JSON.stringify({ status: 'fail' }));
    for (let i = 0; i < 7; i++)
      await store.put(profileKey('ret-src', new Date(Date.now() - i * 1000), `p${i}`), '{}');
    await store.put(`notifications/${keyTimestamp(old)}_n.json`, '{}');
    const result = await env.client.workflow.execute('retentionWorkflow', {
      taskQueue: env.taskQueue,
      workflowId: `wf-retention-${process.pid}`,
      args: [{ pageSize: 3 }],
    });
    assert.deepEqual(result.deleted, { reports: 1, profiles: 2, notifications: 1, partials: 0 });
    assert.equal(await store.get(reportKey('retention-suite', old, 'r-pass')), undefined);
    assert.notEqual(await store.get(reportKey('retention-suite', old, 'r-fail')), undefined);
  });
});

describe('profilingWorkflow', () => {
  test('profiles a source, stores it, and compares with the previous profile', async () => {
    const dir = join(env.dir, 'profile');
    mkdirSync(dir);
    const suite = writeOrdersSuite(dir, { name: 'profile-suite' });
    const run = (): Promise<{
      profileKey: string;
      rowCount: number;
      previousKey: string | null;
      drift: { compared: boolean };
    }> =>
      env.client.workflow.execute('profilingWorkflow', {
        taskQueue: env.taskQueue,
        workflowId: `wf-profile-${process.pid}-${++id}`,
        args: [{ suite, source: 'orders', drift: true }],
      });
    const first = await run();
    assert.equal(first.rowCount, 20);
    assert.equal(first.previousKey, null);
    assert.equal(first.drift.compared, false);
    assert.ok(await new DirectoryStore(env.storeDir).get(first.profileKey));
    const second = await run();
    assert.equal(second.previousKey, first.profileKey);
    assert.equal(second.drift.compared, true);
  });
});
