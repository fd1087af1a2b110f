import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getCheck } from '../../src/core/checks/registry.ts';
import { checkResults, runCheck, suiteError, vega } from '../helpers/run-check.ts';

const orders = [
  'id,customer,day,region',
  '1,a,2024-01-01,eu',
  '2,a,2024-01-02,eu',
  '2,b,2024-01-01,us',
  '3,b,2024-01-01,us',
  ',c,2024-01-03,eu',
  ',c,2024-01-03,eu',
].join('\n');

describe('unique', () => {
  test('both copies of a duplicate fail; nulls are not judged', async () => {
    const r = await runCheck(orders, { unique: { column: 'id' } });
    assert.equal(r.status, 'fail');
    assert.equal(r.failingCount, 2);
    assert.equal(r.judgedCount, 4);
    assert.deepEqual(
      r.samples.map((s) => [s.row, s.values.id]),
      [
        [1, 2],
        [2, 2],
      ],
    );
  });

  test('passes on unique values, with mostly, and only compares rows inside where', async () => {
    const [day, tolerated, eu, us] = await checkResults(orders, [
      { unique: { column: 'region', where: 'id = 1' } },
      { unique: { column: 'id', mostly: 0.5 } },
      { unique: { column: 'id', where: "region = 'eu'" } },
      { unique: { column: 'customer', where: "region = 'us'" } },
    ]);
    assert.equal(day!.status, 'pass');
    assert.equal(tolerated!.status, 'pass');
    // id 2 occurs once in eu and once in us: not a duplicate within eu.
    assert.equal(eu!.status, 'pass');
    assert.equal(eu!.judgedCount, 2);
    assert.equal(us!.failingCount, 2);
  });

  test('is marked global for partitioned runs', () => {
    assert.equal(getCheck('unique')!.merge, 'global');
  });

  test('seattle-weather: dates are unique, precipitation repeats as counted independently', async () => {
    const lines = readFileSync(vega('seattle-weather.csv').file, 'utf8').trim().split('\n').slice(1);
    const precip = lines.map((l) => l.split(',')[1]!);
    const counts = new Map<string, number>();
    for (const p of precip) counts.set(p, (counts.get(p) ?? 0) + 1);
    const repeated = [...counts.values()].filter((n) => n > 1).reduce((a, b) => a + b, 0);
    const [date, rain] = await checkResults(vega('seattle-weather.csv'), [
      { unique: { column: 'date' } },
      { unique: { column: 'precipitation' } },
    ]);
    assert.equal(date!.status, 'pass');
    assert.equal(date!.judgedCount, 1461);
    assert.equal(rain!.failingCount, repeated);
  });
});

describe('unique_combination', () => {
  test('fails on repeated combinations, skipping rows with a null', async () => {
    const [pair, dup] = await checkResults(orders, [
      { unique_combination: { columns: ['id', 'customer'] } },
      { unique_combination: { columns: ['customer', 'day'] } },
    ]);
    assert.equal(pair!.status, 'pass');
    assert.equal(pair!.judgedCount, 4);
    assert.equal(dup!.status, 'fail');
    assert.equal(dup!.failingCount, 4);
    assert.deepEqual(dup!.samples[0]!.values, { customer: 'b', day: '2024-01-01' });
  });
});

describe('primary_key', () => {
  test('null keys and duplicate keys both fail', async () => {
    const [id, pair, ok] = await checkResults(orders, [
      { primary_key: { columns: ['id'] } },
      { primary_key: { columns: ['id', 'customer'] } },
      { primary_key: { columns: ['id', 'day'], where: 'id IS NOT NULL' } },
    ]);
    assert.equal(id!.failingCount, 4);
    assert.equal(id!.judgedCount, 6);
    assert.equal(pair!.failingCount, 2);
    assert.equal(ok!.status, 'pass');
  });

  test('unknown params are a suite error with a suggestion', () => {
    const err = suiteError(orders, [{ primary_key: { column: ['id'] } }]);
    assert.equal(err.code, 'TG_SUITE_INVALID');
    assert.ok(err.problems?.some((p) => /did you mean `columns`/.test(p.message)));
  });
});

describe('distinct_count_between', () => {
  test('counts distinct non-null values', async () => {
    const [ok, bad, filtered] = await checkResults(orders, [
      { distinct_count_between: { column: 'id', min: 3, max: 3 } },
      { distinct_count_between: { column: 'customer', max: 2 } },
      { distinct_count_between: { column: 'customer', min: 1, max: 1, where: "region = 'us'" } },
    ]);
    assert.equal(ok!.status, 'pass');
    assert.equal(ok!.observed, 3);
    assert.equal(bad!.status, 'fail');
    assert.match(bad!.message, /3 distinct values in customer, expected <= 2/);
    assert.equal(filtered!.status, 'pass');
  });

  test('needs a bound', () => {
    assert.equal(suiteError(orders, [{ distinct_count_between: { column: 'id' } }]).code, 'TG_SUITE_INVALID');
  });

  test('seattle-weather has 5 weather values', async () => {
    const r = await runCheck(vega('seattle-weather.csv'), {
      distinct_count_between: { column: 'weather', min: 5, max: 5 },
    });
    assert.equal(r.status, 'pass');
  });
});

describe('distinct_fraction_between', () => {
  test('distinct over non-null values', async () => {
    const [ok, bad, empty] = await checkResults(orders, [
      { distinct_fraction_between: { column: 'id', min: 0.75, max: 0.75 } },
      { distinct_fraction_between: { column: 'region', min: 0.5 } },
      { distinct_fraction_between: { column: 'id', min: 0.5, where: "customer = 'c'" } },
    ]);
    assert.equal(ok!.status, 'pass');
    assert.equal(ok!.observed, 0.75);
    assert.equal(bad!.status, 'fail');
    assert.equal(bad!.observed, 2 / 6);
    assert.equal(empty!.status, 'fail');
    assert.match(empty!.message, /no non-null values/);
  });

  test('bounds are fractions', () => {
    assert.equal(
      suiteError(orders, [{ distinct_fraction_between: { column: 'id', min: 2 } }]).code,
      'TG_SUITE_INVALID',
    );
  });
});
