import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatPercent } from '../../src/core/toolkit/format.ts';

test('a share that is not all rows never reads as 100%, one that is some never as 0%', () => {
  assert.equal(formatPercent(50_000 / 50_010), '99.98%');
  assert.equal(formatPercent(999_999 / 1_000_000), '>99.99%');
  assert.equal(formatPercent(0.9995), '99.95%');
  assert.equal(formatPercent(1), '100.0%');
  assert.equal(formatPercent(0.5), '50.0%');
  assert.equal(formatPercent(0.05), '5.00%');
  assert.equal(formatPercent(1 / 1_000_000), '<0.01%');
  assert.equal(formatPercent(0), '0%');
});
