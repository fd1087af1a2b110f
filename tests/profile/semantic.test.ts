import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classify } from '../../src/core/profile/semantic.ts';

const numeric = (distinct: number, count: number, isInteger: boolean) =>
  classify({ kind: 'numeric', count, distinct, shares: {}, meanLength: null, isInteger }).type;

test('floats are categorical only as a handful of levels; integers and text also when few relative to the rows', () => {
  // seattle-weather's temp_max: 67 temperatures to one decimal over 1,461 days.
  assert.equal(numeric(67, 1461, false), null);
  assert.equal(numeric(9, 1461, false), 'categorical');
  assert.equal(numeric(67, 1461, true), 'categorical');
  assert.equal(numeric(500, 1461, true), null);
  const text = classify({
    kind: 'string',
    count: 1461,
    distinct: 67,
    shares: {},
    meanLength: 5,
    isInteger: false,
  });
  assert.equal(text.type, 'categorical');
});
