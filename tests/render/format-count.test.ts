import assert from 'node:assert/strict';
import { test } from 'node:test';

/**
 * Counts are grouped without ICU: creating Intl.NumberFormat cost ~17 ms of CPU on every run that
 * wrote a message. The text must stay exactly what en-US formatting gives.
 */

// Counted before the module loads, so a formatter made at import time counts too.
let made = 0;
const IntlNumberFormat = Intl.NumberFormat;
Intl.NumberFormat = new Proxy(IntlNumberFormat, {
  construct(target, args: ConstructorParameters<typeof Intl.NumberFormat>) {
    made++;
    return new target(...args);
  },
});
const { formatCount } = await import('../../src/core/toolkit/format.ts');

test('formatting integer counts creates no Intl.NumberFormat', () => {
  for (const n of [0, 7, 1461, -2_500_000, Number.MAX_SAFE_INTEGER]) formatCount(n);
  assert.equal(made, 0);
});

test('formatCount writes every number as en-US Intl.NumberFormat does', () => {
  const intl = new IntlNumberFormat('en-US');
  const edges = [0, -0, 1, -1, 999, 1000, -1000, 999_999, 1_000_000, 1234567, -987654321];
  const big = [Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 53, 1e21, 1e300];
  const odd = [1.5, -0.25, 1234.5678, 0.0001, NaN, Infinity, -Infinity];
  // Seeded, so a failure names the same numbers on every run.
  let seed = 42;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const spread = Array.from({ length: 5000 }, () =>
    Math.round((random() - 0.5) * 10 ** Math.floor(random() * 17)),
  );
  for (const n of [...edges, ...big, ...odd, ...spread])
    assert.equal(formatCount(n), intl.format(n), String(n));
});
