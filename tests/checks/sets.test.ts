import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkResults, runCheck, suiteError, vega } from '../helpers/run-check.ts';

const orders = [
  'id,status,code,score,day',
  '1,paid,10,1.5,2024-01-01',
  '2,paid,20,2.0,2024-01-02',
  '3,refunded,10,,2024-01-01',
  '4,Paid,30,1.5,2024-01-03',
  '5,,99,3.0,',
  '6,N/A,20,2.0,2024-01-02',
].join('\n');

describe('in_set', () => {
  test('passes when every non-null value is listed, fails otherwise (case-sensitive)', async () => {
    const [bad, ok, tolerated, filtered] = await checkResults(orders, [
      { in_set: { column: 'status', values: ['paid', 'refunded', 'pending'] } },
      { in_set: { column: 'status', values: ['paid', 'refunded', 'Paid', 'N/A'] } },
      { in_set: { column: 'status', values: ['paid', 'refunded'], mostly: 0.6 } },
      { in_set: { column: 'status', values: ['paid'], where: 'id <= 2' } },
    ]);
    assert.equal(bad!.status, 'fail');
    assert.equal(bad!.failingCount, 2);
    assert.equal(bad!.judgedCount, 5);
    assert.deepEqual(
      bad!.samples.map((s) => s.values.status),
      ['Paid', 'N/A'],
    );
    assert.match(bad!.message, /2 of 5 rows \(40\.0%\) have values outside \{paid, refunded, pending\}/);
    assert.equal(ok!.status, 'pass');
    assert.equal(tolerated!.status, 'pass');
    assert.equal(filtered!.status, 'pass');
    assert.equal(filtered!.judgedCount, 2);
  });

  test('numbers, floats, and kinds that differ compare as text', async () => {
    const [ints, floats, asText, dates] = await checkResults(orders, [
      { in_set: { column: 'code', values: [10, 20, 30] } },
      { in_set: { column: 'score', values: [1.5, 2] } },
      { in_set: { column: 'code', values: ['10', '20', '30', '99'] } },
      { in_set: { column: 'day', values: ['2024-01-01', '2024-01-02'] } },
    ]);
    assert.equal(ints!.failingCount, 1);
    assert.equal(floats!.failingCount, 1);
    assert.equal(asText!.status, 'pass');
    assert.equal(dates!.failingCount, 1);
  });

  test('values must be a non-empty list', () => {
    assert.equal(suiteError(orders, [{ in_set: { column: 'status', values: [] } }]).code, 'TG_SUITE_INVALID');
    assert.equal(
      suiteError(orders, [{ in_set: { column: 'status', values: 'paid' } }]).code,
      'TG_SUITE_INVALID',
    );
  });

  test('seattle-weather: rows outside {sun, rain} match an independent count', async () => {
    const lines = readFileSync(vega('seattle-weather.csv').file, 'utf8').trim().split('\n').slice(1);
    const other = lines.filter((l) => !['sun', 'rain'].includes(l.split(',').at(-1)!)).length;
    const r = await runCheck(vega('seattle-weather.csv'), {
      in_set: { column: 'weather', values: ['sun', 'rain'] },
    });
    assert.equal(r.failingCount, other);
    assert.equal(r.judgedCount, lines.length);
    assert.equal(r.samples.length, 5);
  });
});

describe('not_in_set', () => {
  test('fails on forbidden placeholders only', async () => {
    const [bad, ok] = await checkResults(orders, [
      { not_in_set: { column: 'status', values: ['N/A', 'unknown'] } },
      { not_in_set: { column: 'code', values: [-1, 0] } },
    ]);
    assert.equal(bad!.status, 'fail');
    assert.equal(bad!.failingCount, 1);
    assert.equal(bad!.samples[0]!.row, 5);
    assert.equal(ok!.status, 'pass');
  });
});

describe('distinct_values_equal', () => {
  test('passes on the exact set, reports unexpected and missing values', async () => {
    const [ok, bad] = await checkResults(orders, [
      { distinct_values_equal: { column: 'code', values: [10, 20, 30, 99] } },
      { distinct_values_equal: { column: 'status', values: ['paid', 'refunded', 'pending'] } },
    ]);
    assert.equal(ok!.status, 'pass', ok!.message);
    assert.equal(bad!.status, 'fail');
    assert.deepEqual(bad!.observed, {
      unexpected: ['N/A', 'Paid'],
      unexpectedCount: 2,
      missing: ['pending'],
    });
    assert.match(bad!.message, /unexpected "N\/A", "Paid"; missing "pending"/);
  });

  test('seattle-weather: exactly the five weather kinds', async () => {
    const [ok, bad] = await checkResults(vega('seattle-weather.csv'), [
      { distinct_values_equal: { column: 'weather', values: ['drizzle', 'fog', 'rain', 'snow', 'sun'] } },
      { distinct_values_equal: { column: 'weather', values: ['rain', 'sun', 'hail'] } },
    ]);
    assert.equal(ok!.status, 'pass');
    assert.deepEqual(bad!.observed, {
      unexpected: ['drizzle', 'fog', 'snow'],
      unexpectedCount: 3,
      missing: ['hail'],
    });
  });
});

describe('distinct_values_subset', () => {
  test('passes when all distinct values are listed (some may be absent)', async () => {
    const [ok, bad, filtered] = await checkResults(orders, [
      { distinct_values_subset: { column: 'code', values: [10, 20, 30, 99, 100] } },
      { distinct_values_subset: { column: 'code', values: [10] } },
      { distinct_values_subset: { column: 'code', values: [10], where: "status = 'refunded'" } },
    ]);
    assert.equal(ok!.status, 'pass');
    assert.equal(bad!.status, 'fail');
    assert.deepEqual(bad!.observed, { unexpected: [20, 30, 99], unexpectedCount: 3 });
    assert.equal(filtered!.status, 'pass');
  });

  test('lists at most the first 20 unexpected values, sorted, with the total', async () => {
    const csv = 'v\n' + Array.from({ length: 30 }, (_, i) => String(30 - i)).join('\n') + '\n';
    const r = await runCheck(csv, { distinct_values_subset: { column: 'v', values: [1] } });
    const o = r.observed as { unexpected: number[]; unexpectedCount: number };
    assert.equal(o.unexpectedCount, 29);
    assert.deepEqual(
      o.unexpected,
      Array.from({ length: 20 }, (_, i) => i + 2),
    );
    assert.match(r.message, /29 in all/);
  });
});
