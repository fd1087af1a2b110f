import assert from 'node:assert/strict';
import type { Profile } from '../../src/core/profile/types.ts';

export const close = (a: number, b: number, rel = 1e-9): boolean =>
  Math.abs(a - b) <= rel * (Math.abs(b) + 1);

/** Fields the merge promises exactly. */
export function assertExactFields(merged: Profile, whole: Profile): void {
  assert.equal(merged.table.rows, whole.table.rows);
  assert.equal(merged.table.columns, whole.table.columns);
  for (const w of whole.columns) {
    const m = merged.columns.find((c) => c.name === w.name)!;
    assert.equal(m.count, w.count, w.name);
    assert.equal(m.nullCount, w.nullCount, w.name);
    assert.equal(m.monotonic, w.monotonic, w.name);
    if (w.numeric) {
      assert.equal(m.numeric!.min, w.numeric.min);
      assert.equal(m.numeric!.max, w.numeric.max);
      assert.ok(close(m.numeric!.sum, w.numeric.sum), `${w.name} sum`);
      assert.ok(close(m.numeric!.mean, w.numeric.mean), `${w.name} mean`);
      assert.ok(close(m.numeric!.std!, w.numeric.std!, 1e-7), `${w.name} std`);
    }
    if (w.lengths) assert.deepEqual(m.lengths!.min, w.lengths.min);
    if (w.topValuesComplete) {
      assert.equal(m.topValuesComplete, true, w.name);
      assert.deepEqual(m.topValues, w.topValues, w.name);
      assert.deepEqual(m.distinct, w.distinct, w.name);
    }
  }
}
