import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FUSED_SAMPLE_LISTS } from '../../src/core/engine/plan.ts';
import { checkResults } from '../helpers/run-check.ts';

/*
 * A wide suite's samples wait for a second query (engine/fused.ts), so its first query builds no
 * failing-row masks; it must still add the derived columns its counts read: the parsed column of
 * a date check on ISO text. Before, the whole source failed with "unable to find column __tg_ms:d".
 */
test('a date check on a text column in a suite whose samples wait for the second query', async () => {
  const names = Array.from({ length: 600 }, (_, i) => `c${i}`);
  const csv = `d,${names.join(',')}\n2024-01-01,${names.map(() => 1).join(',')}\nbad,${names.map(() => 9).join(',')}\n`;
  const checks = [
    { date_between: { column: 'd', min: '2020-01-01', max: '2030-01-01' } },
    ...names.map((column) => ({ between: { column, min: 0, max: 5 } })),
  ];
  assert.ok(names.length * 2 > FUSED_SAMPLE_LISTS, 'the samples take the second-query path');
  const results = await checkResults(csv, checks);
  const date = results[0]!;
  assert.deepEqual(
    [date.status, date.failingCount, date.samples.map((s) => [s.row, s.values])],
    ['fail', 1, [[1, { d: 'bad' }]]],
  );
  assert.deepEqual(
    results[600]!.samples.map((s) => [s.row, s.values]),
    [[1, { c599: 9 }]],
  );
});
