/**
 * Records workflow histories for the replay test (tests/temporal/replay.test.ts). Re-run after an
 * intentional, versioned workflow change: `node scripts/record-histories.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { temporalEnv, writeOrdersSuite } from '../tests/helpers/temporal-env.ts';

const out = join(import.meta.dirname, '..', 'tests', 'fixtures', 'temporal');
const env = await temporalEnv();
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
  await env.close();
}
