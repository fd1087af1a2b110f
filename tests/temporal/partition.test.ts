import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import type { Report } from '../../src/core/result/schema.ts';
import { DirectoryStore } from '../../src/core/store/index.ts';
import { loadSuiteFile } from '../../src/core/suite/load.ts';
import type { ValidationWorkflowResult } from '../../src/workflows/validation.ts';
import { temporalEnv, type TemporalEnv } from '../helpers/temporal-env.ts';

let env: TemporalEnv;

before(async () => {
  env = await temporalEnv();
  // Two workers share the task queue, as two machines would.
  await env.startWorker();
  await env.startWorker();
});
after(async () => env?.close());

/** 10 files with failures spread over them (nulls, out-of-range, duplicates across files). */
function writeData(dir: string): string {
  mkdirSync(join(dir, 'parts'), { recursive: true });
  let id = 0;
  for (let f = 0; f < 10; f++) {
    const rows = ['id,email,amount,status,ts'];
    for (let r = 0; r < 40; r++) {
      id++;
      const email = (id * 7) % 23 === 0 ? '' : (id * 5) % 31 === 0 ? 'broken' : `u${id}@x.org`;
      const amount = (id * 3) % 29 === 0 ? -id : id % 97 === 0 ? 20000 : id;
      const status = id % 41 === 0 ? 'lost' : id % 2 ? 'paid' : 'pending';
      // A duplicate id across two files: only a global check sees it.
      rows.push(
        `${f === 7 && r === 0 ? 5 : id},${email},${amount},${status},2025-01-${String((r % 28) + 1).padStart(2, '0')}`,
      );
    }
    writeFileSync(join(dir, 'parts', `part-${String(f).padStart(2, '0')}.csv`), rows.join('\n') + '\n');
  }
  const suite = `version: 1
name: partitioned
sources:
  orders: { path: "parts/*.csv", key: [id] }
  small: { path: parts/part-00.csv }
checks:
  orders:
    - row_count: { min: 100 }
    - not_null: { columns: [email], mostly: 0.9 }
    - not_null: { column: amount }
    - between: { column: amount, min: 0, max: 10000, where: "status = 'paid'" }
    - email: { column: email, severity: medium }
    - in_set: { column: status, values: [paid, pending] }
    - unique: { column: id }
    - null_fraction_max: { column: email, max: 0.01 }
  small:
    - between: { column: amount, min: 0 }
`;
  const path = join(dir, 'truthgate.yml');
  writeFileSync(path, suite);
  return path;
}

/** Durations and identity differ run to run; everything else must be identical. */
function comparable(r: Report): unknown {
  return JSON.parse(
    JSON.stringify({ ...r, runId: '', startedAt: '', durationMs: 0 }, (k, v: unknown) =>
      k === 'durationMs' ? 0 : v,
    ),
  );
}

test('a partitioned run over 10 files with two workers equals a single-process run', async () => {
  const suitePath = writeData(env.dir);
  const handle = await env.client.workflow.start('validationWorkflow', {
    taskQueue: env.taskQueue,
    workflowId: `wf-partitioned-${process.pid}`,
    args: [{ suite: suitePath, partitioned: { concurrency: 4 } }],
  });
  const result = (await handle.result()) as ValidationWorkflowResult;
  assert.equal(result.partitions, 10);
  const store = new DirectoryStore(env.storeDir);
  const merged = JSON.parse((await store.get(result.reportKey))!) as Report;
  assert.deepEqual((await store.list('partials/')).entries, [], 'partials are removed after the merge');

  const suite = loadSuiteFile(suitePath);
  const single = await runSuite(suite, { now: new Date(merged.startedAt), runId: merged.runId });
  assert.deepEqual(comparable(merged), comparable(single));

  // The data really fails in ways that exercise merging: counts over files, samples, a global check.
  const checks = Object.fromEntries(merged.sources[0]!.checks.map((c) => [c.id, c]));
  assert.equal(merged.sources[0]!.rowCount, 400);
  assert.equal(checks['orders.unique.id']!.status, 'fail');
  assert.equal(checks['orders.between.amount']!.status, 'fail');
  const samples = checks['orders.between.amount']!.samples;
  assert.equal(samples.length, 5);
  assert.ok(new Set(samples.map((s) => s.file)).size > 1, 'samples come from several files, in file order');
  assert.equal(checks['orders.not_null.email']!.status, 'pass', 'mostly applies to the merged fraction');

  // Both workers took part.
  const history = await handle.fetchHistory();
  const identities = new Set(
    (history.events ?? [])
      .map((e) => e.activityTaskStartedEventAttributes?.identity)
      .filter((x): x is string => typeof x === 'string'),
  );
  assert.equal(identities.size, 2, `activities ran on ${[...identities].join(', ')}`);
});

test('beyond the batch size, partitions run in child workflows with the same result', async () => {
  const suitePath = join(env.dir, 'truthgate.yml');
  const result = (await env.client.workflow.execute('validationWorkflow', {
    taskQueue: env.taskQueue,
    workflowId: `wf-partitioned-children-${process.pid}`,
    args: [{ suite: suitePath, partitioned: { concurrency: 4, batchSize: 4 } }],
  })) as ValidationWorkflowResult;
  assert.equal(result.partitions, 10);
  const merged = JSON.parse((await new DirectoryStore(env.storeDir).get(result.reportKey))!) as Report;
  const single = await runSuite(loadSuiteFile(suitePath), {
    now: new Date(merged.startedAt),
    runId: merged.runId,
  });
  assert.deepEqual(comparable(merged), comparable(single));
});
