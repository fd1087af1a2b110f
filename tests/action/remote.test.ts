import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { actionBed } from '../helpers/action-bed.ts';
import { prEvent, tempDir } from '../helpers/action-runner.ts';
import { temporalEnv, writeOrdersSuite, type TemporalEnv } from '../helpers/temporal-env.ts';

/**
 * Remote mode of the built action (dist/): with temporal-address set it starts validationWorkflow
 * on a real dev server, a worker (the "machine where the data lives") runs it, and the action
 * reports the compact result through the summary, the sticky comment and its outputs.
 */
/** Markdown as GitHub renders its text: backslash escapes resolved. */
const plain = (md: string): string => md.replace(/\\(.)/g, '$1');

let env: TemporalEnv;
const bed = actionBed({ pulls: { 7: [] } });

before(async () => {
  env = await temporalEnv();
  await env.startWorker();
});
after(async () => {
  await env?.close();
});

/** The action on pull request 7 with the dev server and worker's queue, `inputs` over them. */
const run = (inputs: Record<string, string>) =>
  bed.run({
    // The runner's checkout has neither the suite nor the data: only the workers do.
    workspace: tempDir('tg-ws-remote-'),
    event: prEvent(7, 'a'.repeat(40), 'b'.repeat(40)),
    inputs: { 'temporal-address': env.server.address, 'temporal-task-queue': env.taskQueue, ...inputs },
  });

test('temporal-address: the workflow runs on the cluster and the action reports its result', async () => {
  const dir = join(env.dir, 'remote');
  mkdirSync(dir);
  const suite = writeOrdersSuite(dir, { name: 'remote-gate', bad: true });

  const failed = await run({ suite });
  assert.equal(failed.code, 1, failed.stdout + failed.stderr);
  assert.equal(failed.outputs.status, 'fail');
  assert.equal(failed.outputs['failed-checks'], '2');
  assert.equal(failed.outputs['report-path'], undefined, 'the full report stays in the workers’ store');
  const workflowId = failed.outputs['workflow-id']!;
  assert.match(workflowId, /^truthgate-gh-acme-data-42-[0-9a-f]{8}$/);
  const described = await env.client.workflow.getHandle(workflowId).describe();
  assert.equal(described.status.name, 'COMPLETED');
  assert.equal(described.taskQueue, env.taskQueue);
  for (const text of [failed.summary, bed.gh.comments.get(7)![0]!.body].map(plain)) {
    assert.match(text, /FAIL · remote-gate/);
    assert.match(text, /orders\.not_null\.email/);
    assert.match(text, /orders\.between\.amount/);
    assert.ok(text.includes(workflowId), 'names the workflow');
    assert.match(text, /reports\/remote-gate\//);
  }
  assert.match(failed.stdout, /::error::Truthgate: 2 checks failed/);

  writeOrdersSuite(dir, { name: 'remote-gate' });
  const passed = await run({ suite });
  assert.equal(passed.code, 0, passed.stdout + passed.stderr);
  assert.equal(passed.outputs.status, 'pass');
  assert.equal(bed.gh.comments.get(7)!.length, 1, 'one sticky comment, updated');
  assert.match(bed.gh.comments.get(7)![0]!.body, /PASS · remote-gate/);
});

test('temporal-address: errors of the run and of the connection are reported with their codes', async () => {
  const missing = await run({ suite: join(env.dir, 'nope.yml'), comment: 'off' });
  assert.equal(missing.code, 1);
  assert.equal(missing.outputs.status, 'error');
  assert.match(plain(missing.summary), /TG_SUITE_NOT_FOUND/);

  const zeroConfig = await run({ comment: 'off' });
  assert.equal(zeroConfig.code, 1);
  assert.match(zeroConfig.stdout, /TG_ACTION_INPUT.*suite/);

  const down = await run({
    suite: 'truthgate.yml',
    comment: 'off',
    'temporal-address': '127.0.0.1:1',
    'temporal-api-key': 'tk-secret-123',
  });
  assert.equal(down.code, 1);
  assert.match(plain(down.summary), /TG_TEMPORAL_CONNECT/);
  assert.doesNotMatch(down.stdout + down.stderr, /\n\s+at /, 'no stack trace');
  assert.match(down.stdout, /^::add-mask::tk-secret-123$/m, 'the API key is masked in the log');
});
