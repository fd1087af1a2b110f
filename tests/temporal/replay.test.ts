import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils.js';
import { Worker } from '@temporalio/worker';
import { workflowBundle } from '../../src/temporal/worker.ts';

/**
 * Replays recorded histories (scripts/record-histories.ts) against today's workflow code: a change
 * that would break running workflows (non-determinism) fails here, not in production.
 */
const dir = join(import.meta.dirname, '..', 'fixtures', 'temporal');
const files = readdirSync(dir).filter((f) => f.endsWith('.history.json'));

test('recorded histories exist for every workflow', () => {
  assert.deepEqual(files.sort(), [
    'legacy-prepatch-validation.history.json',
    'notification.history.json',
    'profiling.history.json',
    'retention.history.json',
    'validation-partitioned.history.json',
    'validation.history.json',
  ]);
});

for (const file of files) {
  test(`replays ${file} deterministically`, async () => {
    const history = historyFromJSON(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    // Child workflow ids derive from the parent's id, so replay under the recorded id.
    const workflowId = `record-${file.replace(/^legacy-prepatch-/, '').replace(/\.history\.json$/, '')}`;
    await Worker.runReplayHistory({ workflowBundle: await workflowBundle() }, history, workflowId);
  });
}
