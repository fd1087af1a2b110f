import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { DirectoryStore } from '../../src/core/store/index.ts';
import type { ValidationWorkflowResult } from '../../src/workflows/validation.ts';
import { startCliWorker } from '../helpers/cli-worker.ts';
import { startTestServer, type DevServer } from '../helpers/temporal-dev-server.ts';
import { writeOrdersSuite } from '../helpers/temporal-env.ts';

let server: DevServer;
const dir = mkdtempSync(join(tmpdir(), 'tg-faults-'));
const dbFile = join(dir, 'temporal.db');
const storeDir = join(dir, 'store');
const taskQueue = 'tg-faults';

before(async () => {
  server = await startTestServer({ dbFile });
});
after(async () => server?.stop());

async function client(): Promise<Client> {
  return new Client({ connection: await Connection.connect({ address: server.address }) });
}

const workerArgs = (): string[] => [
  '--address',
  server.address,
  '--task-queue',
  taskQueue,
  '--store',
  storeDir,
];

test('a worker killed mid-activity: another worker finishes the run, one report stored', async () => {
  const suiteDir = join(dir, 'kill');
  mkdirSync(suiteDir);
  const suite = writeOrdersSuite(suiteDir, { name: 'kill-suite' });
  const c = await client();
  // The first worker holds the activity open (heartbeating) long enough to be killed in it.
  const first = await startCliWorker(workerArgs(), { TRUTHGATE_TEST_ACTIVITY_DELAY_MS: '120000' });
  const handle = await c.workflow.start('validationWorkflow', {
    taskQueue,
    workflowId: `wf-kill-${process.pid}`,
    args: [{ suite }],
  });
  for (let i = 0; i < 100; i++) {
    const d = await handle.describe();
    if (d.raw.pendingActivities?.some((a) => String(a.state).includes('STARTED') || a.state === 2)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  first.child.kill('SIGKILL');
  await first.stopped;
  const t0 = Date.now();
  const second = await startCliWorker(workerArgs());
  try {
    const result = (await handle.result()) as ValidationWorkflowResult;
    assert.equal(result.status, 'pass');
    // Detected by the 10 s heartbeat timeout, not the 1 h start-to-close timeout.
    assert.ok(Date.now() - t0 < 40_000, `took ${Date.now() - t0} ms`);
    const reports = await new DirectoryStore(storeDir).list('reports/kill-suite/');
    assert.equal(reports.entries.length, 1);
    const history = await handle.fetchHistory();
    const attempts = (history.events ?? [])
      .filter((e) => e.activityTaskStartedEventAttributes)
      .map((e) => e.activityTaskStartedEventAttributes!.attempt);
    assert.ok(
      attempts.some((a) => (a ?? 0) >= 2),
      `the activity was retried (attempts ${attempts})`,
    );
  } finally {
    second.child.kill('SIGTERM');
    assert.equal(await second.stopped, 0, 'SIGTERM shuts the worker down cleanly');
    await c.connection.close();
  }
});

test('stopping and restarting the dev server on its db file keeps schedules, history and the schedule running', async () => {
  const suiteDir = join(dir, 'restart');
  mkdirSync(suiteDir);
  const suite = writeOrdersSuite(suiteDir, { name: 'restart-suite' });
  const worker = await startCliWorker(workerArgs());
  try {
    let c = await client();
    const done = await c.workflow.execute('validationWorkflow', {
      taskQueue,
      workflowId: `wf-before-restart-${process.pid}`,
      args: [{ suite }],
    });
    await c.schedule.create({
      scheduleId: 'every-2s',
      spec: { cronExpressions: ['@every 2s'] },
      action: { type: 'startWorkflow', workflowType: 'validationWorkflow', taskQueue, args: [{ suite }] },
    });
    await c.connection.close();

    const port = server.port;
    await server.stop();
    server = await startTestServer({ dbFile, port });
    c = await client();
    const old = await c.workflow.getHandle(`wf-before-restart-${process.pid}`).describe();
    assert.equal(old.status.name, 'COMPLETED');
    assert.deepEqual(await c.workflow.getHandle(`wf-before-restart-${process.pid}`).result(), done);
    const handle = c.schedule.getHandle('every-2s');
    const before = (await handle.describe()).info.recentActions.length;
    let after = before;
    for (let i = 0; i < 50 && after <= before; i++) {
      await new Promise((r) => setTimeout(r, 200));
      after = (await handle.describe()).info.recentActions.length;
    }
    assert.ok(after > before, 'the schedule fired again after the restart');
    await handle.delete();
    await c.connection.close();
  } finally {
    worker.child.kill('SIGTERM');
    await worker.stopped;
  }
});
