import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FUSED_SAMPLE_LISTS } from '../../src/core/engine/plan.ts';
import { checkResults } from '../helpers/run-check.ts';

/*
 * Suites with thousands of row checks take their failing-row samples from a second query over the
 * failing checks only (engine/fused.ts). Results must not depend on which query the samples come
 * from: the failing checks of a wide suite give exactly what they give in a small suite, where the
 * samples ride in the one fused query.
 */
const width = 400;
const names = Array.from({ length: width }, (_, i) => `c${i}`);
/** Columns with a null (rows 1 and 3) or an out-of-range value (row 2, and row 4 for c17). */
const broken = new Map<string, (string | null)[]>([
  ['c3', ['1', '', '2', '']],
  ['c17', ['1', '2', '99', '-5']],
  ['c250', ['', '2', '3', '4']],
  ['c399', ['1', '2', '30', '4']],
]);
const values = (name: string, i: number): string => broken.get(name)?.[i] ?? String(i + 1);
const csv = `id,${names.join(',')}\n${[0, 1, 2, 3].map((i) => `${i},${names.map((n) => values(n, i)).join(',')}`).join('\n')}\n`;

/** Per column: not_null, a range (with `mostly` on c399, which then passes with failing rows), unique. */
const checksOf = (n: string): Record<string, unknown>[] => [
  { not_null: { column: n } },
  { between: { column: n, min: 0, max: 10, ...(n === 'c399' ? { mostly: 0.7 } : {}) } },
  { unique: { column: n } },
];

test(
  'samples of a wide suite (second query) equal those of a small one (fused)',
  { timeout: 300_000 },
  async () => {
    const wide = names.flatMap(checksOf);
    // Two sample lists per row check (row indices and the column's values) in the wide suite.
    assert.ok(wide.length * 2 > FUSED_SAMPLE_LISTS, 'the wide suite takes the second-query path');
    const small = [...broken.keys()].flatMap(checksOf);
    assert.ok(small.length * 3 < FUSED_SAMPLE_LISTS);
    const wideResults = await checkResults(csv, wide);
    const smallResults = await checkResults(csv, small);
    const inWide = new Map(wideResults.map((r) => [r.id, r]));
    for (const r of smallResults) assert.deepEqual(inWide.get(r.id), r, r.id);
    const failing = wideResults.filter((r) => r.status !== 'pass').map((r) => r.id);
    assert.deepEqual(failing.sort(), ['data.between.c17', 'data.not_null.c250', 'data.not_null.c3']);
    assert.deepEqual(
      inWide.get('data.between.c17')!.samples.map((s) => [s.row, s.values]),
      [
        [2, { c17: 99 }],
        [3, { c17: -5 }],
      ],
    );
    assert.equal(inWide.get('data.between.c399')!.failingCount, 1);
    assert.ok(wideResults.filter((r) => r.status === 'pass').every((r) => r.samples.length === 0));
  },
);
