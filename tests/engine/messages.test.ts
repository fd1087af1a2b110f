import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkResults } from '../helpers/run-check.ts';

// Result messages are read by people in PR comments and terminals: no double negatives, no
// stray articles, no 15-digit floats.
test('row check messages read as plain sentences, passing or failing', async () => {
  const csv = [
    'id,a,b,code,mail',
    '1,0.5,2,ab,x@example.com',
    '2,-1,1,abcdef,nope',
    '3,2.25,3,ab,y@example.org',
  ].join('\n');
  const messages = (
    await checkResults(csv, [
      { non_negative: { column: 'a' } },
      { positive: { column: 'b' } },
      { between: { column: 'a', max: 1 } },
      { between: { column: 'b', min: 1, strict: true } },
      { column_compare: { left: 'a', op: '<', right: 'b' } },
      { expression: { expression: 'a < b' } },
      { primary_key: { columns: ['id'] } },
      { length_between: { column: 'code', max: 4 } },
      { email: { column: 'mail' } },
      { mean_between: { column: 'a', min: 0, max: 1 } },
    ])
  ).map((r) => r.message);
  assert.deepEqual(messages, [
    '1 of 3 rows (33.3%) have values < 0',
    'no values <= 0 in 3 rows',
    '1 of 3 rows (33.3%) have values > 1',
    '1 of 3 rows (33.3%) have values <= 1',
    'no a >= b in 3 rows',
    'no false or null `a < b` in 3 rows',
    'no null or duplicate keys in 3 rows',
    '1 of 3 rows (33.3%) have values longer than 4 characters',
    '1 of 3 rows (33.3%) have invalid email addresses',
    'mean of a is 0.583333, expected [0, 1]',
  ]);
});
