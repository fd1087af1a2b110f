import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDelta, formatInt } from '../../src/core/render/compare-format.ts';
import { render } from '../../src/core/render/index.ts';
import { nastyReport } from './fixture.ts';

/**
 * The report renderers group counts without ICU: the first toLocaleString('en-US') of a process
 * loads ICU's number data (~15 ms of CPU), a tenth of a small file's whole check. The text stays
 * what en-US formatting gives.
 */
test('terminal, Markdown and compare renderers group counts without toLocaleString or Intl', async () => {
  const report = await nastyReport();
  const source = report.sources[0]!;
  source.rowCount = 1_234_567;
  const sample = report.sources.flatMap((s) => s.checks ?? []).find((c) => c.samples?.length)?.samples?.[0];
  assert.ok(sample, 'the fixture has a failing sample');
  sample.values = { ...sample.values, note: 'x'.repeat(12_345) };

  const used: string[] = [];
  const { toLocaleString } = Number.prototype;
  const { NumberFormat } = Intl;
  Number.prototype.toLocaleString = function (this: number, ...args) {
    used.push(`toLocaleString(${this})`);
    return toLocaleString.apply(this, args);
  };
  Intl.NumberFormat = new Proxy(NumberFormat, {
    construct(target, args: ConstructorParameters<typeof Intl.NumberFormat>) {
      used.push('Intl.NumberFormat');
      return new target(...args);
    },
  });
  try {
    for (const format of ['terminal', 'markdown'] as const) {
      const out = render(report, format, { color: false });
      assert.match(out, /1,234,567 rows/, format);
      assert.match(out, /12,345 characters/, format);
    }
    assert.equal(formatInt(9_876_543), '9,876,543');
    assert.equal(formatDelta(-1200), '−1,200');
  } finally {
    Number.prototype.toLocaleString = toLocaleString;
    Intl.NumberFormat = NumberFormat;
  }
  assert.deepEqual(used, []);
});
