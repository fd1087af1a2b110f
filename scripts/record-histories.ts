/**
 * Records workflow histories for the replay test (tests/temporal/replay.test.ts). Re-run after an
 * intentional, versioned workflow change: `node scripts/record-histories.ts`. Histories named
 * `legacy-prepatch-*` come from before a `patched()` change and are kept, not re-recorded, so the
 * old code path stays replayable.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { temporalEnv, writeOrdersSuite } from '../tests/helpers/temporal-env.ts';
import { startReceiver } from '../tests/notify/peers.ts';
import { testEvent } from '../src/core/notify/event.ts';

const out = join(import.meta.dirname, '..', 'tests', 'fixtures', 'temporal');
const env = await temporalEnv();
// A webhook peer for the notification history; the worker resolves its URL and secret here.
const receiver = await startReceiver();
process.env.TRUTHGATE_WEBHOOK_RECORDED_URL = receiver.url;
process.env.TRUTHGATE_WEBHOOK_RECORDED_SECRET = 'recorded-secret';
try {
  await env.startWorker();
  const dir = join(env.dir, 'suite');
  mkdirSync(dir);
  const suite = writeOrdersSuite(dir, { name: 'recorded', bad: true, critical: true });
  // Three files under one glob, so the partitioned history has a real fan-out.
  for (const p of ['a', 'b', 'c']) {
    mkdirSync(join(dir, 'parts', p), { recursive: true });
    writeOrdersSuite(join(dir, 'parts', p));
  }
  const globSuite = join(dir, 'glob.yml');
  writeFileSync(
    globSuite,
    'version: 1\nname: recorded-glob\nsources:\n  orders: { path: "parts/*/orders.csv" }\nchecks:\n  orders:\n    - row_count: { min: 1 }\n    - not_null: { column: email }\n',
  );
  const runs: [string, string, unknown][] = [
    ['validation', 'validationWorkflow', { suite }],
    ['validation-partitioned', 'validationWorkflow', { suite: globSuite, partitioned: { concurrency: 2 } }],
    ['retention', 'retentionWorkflow', {}],
    ['profiling', 'profilingWorkflow', { suite, source: 'orders', drift: true }],
    [
      'notification',
      'notificationWorkflow',
      {
        event: { ...testEvent(new Date('2025-06-02T12:00:00Z'), 'recorded-source'), kind: 'pass_to_fail' },
        config: { rules: [{ channels: ['webhook:recorded'] }], channels: { 'webhook:recorded': {} } },
      },
    ],
  ];
  mkdirSync(out, { recursive: true });
  for (const [name, type, input] of runs) {
    const handle = await env.client.workflow.start(type, {
      taskQueue: env.taskQueue,
      workflowId: `record-${name}`,
      args: [input],
    });
    await handle.result();
    const history = await handle.fetchHistory();
    writeFileSync(join(out, `${name}.history.json`), historyToJSON(history) + '\n');
    console.log(`recorded ${name}`);
  }
} finally {
  await receiver.close();
  await env.close();
}
