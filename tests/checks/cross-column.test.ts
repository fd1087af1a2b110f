import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkResults, runCheck, suiteError, vega } from '../helpers/run-check.ts';

const orders = [
  'id,price,discount,qty,unit,total,ordered,shipped',
  '1,100,10,2,5.0,10.0,2024-01-01,2024-01-02',
  '2,50,60,1,7.5,7.5,2024-01-03,2024-01-02',
  '3,80,80,3,2.0,7.0,2024-01-05,2024-01-05',
  '4,,5,4,1.0,,2024-01-06,',
].join('\n');

describe('column_compare', () => {
  test('every operator and its word alias', async () => {
    const rs = await checkResults(orders, [
      { column_compare: { left: 'discount', op: '<', right: 'price' } },
      { column_compare: { left: 'discount', op: 'le', right: 'price' } },
      { column_compare: { left: 'price', op: 'gt', right: 'discount' } },
      { column_compare: { left: 'shipped', op: '>=', right: 'ordered' } },
      { column_compare: { left: 'discount', op: '=', right: 'price' } },
      { column_compare: { left: 'discount', op: 'ne', right: 'price' } },
    ]);
    // Row 4 has a null price or shipped date: not judged.
    assert.deepEqual(
      rs.map((r) => [r.failingCount, r.judgedCount]),
      [
        [2, 3],
        [1, 3],
        [2, 3],
        [1, 3],
        [2, 3],
        [1, 3],
      ],
    );
    assert.match(rs[3]!.message, /1 of 3 rows \(33\.3%\) have shipped < ordered/);
    assert.deepEqual(rs[3]!.samples[0]!.values, { shipped: '2024-01-02', ordered: '2024-01-03' });
  });

  test('where and mostly', async () => {
    const [filtered, tolerated] = await checkResults(orders, [
      { column_compare: { left: 'discount', op: '<', right: 'price', where: 'id = 1' } },
      { column_compare: { left: 'discount', op: '<', right: 'price', mostly: 0.3 } },
    ]);
    assert.equal(filtered!.status, 'pass');
    assert.equal(tolerated!.status, 'pass');
  });

  test('an unknown operator is a suite error; incomparable columns are a check error', async () => {
    assert.equal(
      suiteError(orders, [{ column_compare: { left: 'a', op: '=>', right: 'b' } }]).code,
      'TG_SUITE_INVALID',
    );
    const r = await runCheck(
      { records: [{ a: 'x', b: 1 }] },
      { column_compare: { left: 'a', op: '<', right: 'b' } },
    );
    assert.equal(r.status, 'error');
  });

  test('seattle-weather: temp_max >= temp_min on every day, as counted independently', async () => {
    const lines = readFileSync(vega('seattle-weather.csv').file, 'utf8').trim().split('\n').slice(1);
    const warmer = lines.filter((l) => {
      const [, , max, min] = l.split(',');
      return Number(max) > Number(min) + 5;
    }).length;
    const [ok, wide] = await checkResults(vega('seattle-weather.csv'), [
      { column_compare: { left: 'temp_max', op: '>=', right: 'temp_min' } },
      { expression: { expression: 'temp_max <= temp_min + 5' } },
    ]);
    assert.equal(ok!.status, 'pass');
    assert.equal(wide!.failingCount, warmer);
  });
});

describe('expression', () => {
  test('fails where the condition is false, and where it is null unless null_ok', async () => {
    const [strict, lenient] = await checkResults(orders, [
      { expression: { expression: 'qty * unit = total', columns: ['qty', 'unit', 'total'] } },
      { expression: { expression: 'qty * unit = total', null_ok: true } },
    ]);
    assert.equal(strict!.status, 'fail');
    // Row 1 (10 = 10) and 2 pass; row 3 (6 != 7) fails, row 4 (null total) fails.
    assert.equal(strict!.failingCount, 2);
    assert.equal(strict!.judgedCount, 4);
    assert.deepEqual(strict!.samples[0]!.values, { qty: 3, unit: 2, total: 7 });
    assert.equal(lenient!.failingCount, 1);
  });

  test('passes on a condition that holds, honours where', async () => {
    const [ok, filtered] = await checkResults(orders, [
      { expression: { expression: 'shipped IS NULL OR shipped >= ordered OR id = 2' } },
      { expression: { expression: 'discount < price', where: 'id <> 2 AND id <> 3', null_ok: true } },
    ]);
    assert.equal(ok!.status, 'pass', ok!.message);
    assert.equal(filtered!.status, 'pass');
    assert.equal(filtered!.judgedCount, 2);
  });

  test('bad SQL breaks only its own check', async () => {
    const [bad, good] = await checkResults(orders, [
      { expression: { expression: 'price >' } },
      { expression: { expression: 'qty > 0' } },
    ]);
    assert.equal(bad!.status, 'error');
    assert.equal(bad!.errorCode, 'TG_CHECK_ERROR');
    assert.match(bad!.message, /invalid SQL expression `price >`: sql parser error/);
    assert.equal(good!.status, 'pass');
  });
});
