import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dtypeMatches, formatAge, parseAge } from '../../src/core/checks/table.ts';
import { checkResults, runCheck, suiteError, vega } from '../helpers/run-check.ts';

// The helper runs with now = 2024-06-01T00:00:00Z.
const orders = [
  'id,amount,status,created_at',
  '1,10.5,paid,2024-05-30',
  '2,3.0,paid,2024-05-31 18:30:00',
  '3,7.25,refunded,2024-05-31T20:00:00+02:00',
  '4,,pending,',
].join('\n');

describe('row_count', () => {
  test('passes within the range and fails outside it', async () => {
    const [inRange, exact, tooFew] = await checkResults(orders, [
      { row_count: { min: 1, max: 4 } },
      { row_count: { equals: 4 } },
      { row_count: { min: 5 } },
    ]);
    assert.equal(inRange!.status, 'pass');
    assert.equal(exact!.status, 'pass');
    assert.equal(tooFew!.status, 'fail');
    assert.equal(tooFew!.observed, 4);
  });

  test('counts only rows inside where', async () => {
    const r = await runCheck(orders, { row_count: { equals: 2, where: "status = 'paid'" } });
    assert.equal(r.status, 'pass');
    assert.equal(r.observed, 2);
  });
});

describe('column_count', () => {
  test('passes and fails on the number of columns', async () => {
    const [ok, bad] = await checkResults(orders, [
      { column_count: { equals: 4 } },
      { column_count: { max: 3 } },
    ]);
    assert.equal(ok!.status, 'pass');
    assert.equal(bad!.status, 'fail');
    assert.equal(bad!.observed, 4);
    assert.match(bad!.message, /4 columns, expected <= 3/);
  });

  test('rejects params without a bound', () => {
    assert.equal(suiteError(orders, [{ column_count: {} }]).code, 'TG_SUITE_INVALID');
  });
});

describe('columns_present', () => {
  test('lists the missing columns as the verdict, not as an error', async () => {
    const [ok, bad] = await checkResults(orders, [
      { columns_present: { columns: ['id', 'status'] } },
      { columns_present: { columns: ['id', 'customer', 'region'] } },
    ]);
    assert.equal(ok!.status, 'pass');
    assert.equal(bad!.status, 'fail');
    assert.deepEqual(bad!.observed, { missing: ['customer', 'region'] });
    assert.match(bad!.message, /2 of 3 columns missing: customer, region/);
  });
});

describe('schema', () => {
  test('accepts polars names and families', async () => {
    const r = await runCheck(orders, {
      schema: {
        columns: { id: 'int', amount: 'Float64', status: 'string', created_at: 'String' },
        exact: true,
        ordered: true,
      },
    });
    assert.equal(r.status, 'pass', r.message);
  });

  test('reports missing, mismatched, extra and out-of-order columns', async () => {
    const r = await runCheck(orders, {
      schema: { columns: { status: 'string', id: 'float', region: 'string' }, exact: true, ordered: true },
    });
    assert.equal(r.status, 'fail');
    const o = r.observed as Record<string, unknown>;
    assert.deepEqual(o.missing, ['region']);
    assert.deepEqual(o.mismatched, [{ column: 'id', expected: 'float', actual: 'Int64' }]);
    assert.deepEqual(o.extra, ['amount', 'created_at']);
    assert.deepEqual(o.order, ['id', 'status']);
  });

  test('an unknown dtype name is a suite error', () => {
    const err = suiteError(orders, [{ schema: { columns: { id: 'integr' } } }]);
    assert.equal(err.code, 'TG_SUITE_INVALID');
    assert.match(err.message, /unknown dtype/);
  });

  test('dtypeMatches handles families and exact names', () => {
    assert.ok(dtypeMatches('Int32', 'integer'));
    assert.ok(dtypeMatches('UInt8', 'int'));
    assert.ok(dtypeMatches('Datetime(us,UTC)', 'datetime'));
    assert.ok(dtypeMatches('Datetime(us, UTC)', 'datetime(us,utc)'));
    assert.ok(dtypeMatches('Bool', 'Boolean'));
    assert.ok(!dtypeMatches('Float64', 'int'));
    assert.ok(!dtypeMatches('Datetime(ms)', 'Datetime(us)'));
  });
});

describe('column_dtype', () => {
  test('passes on the right dtype and fails on another', async () => {
    const [ok, bad] = await checkResults(orders, [
      { column_dtype: { column: 'amount', dtype: 'float' } },
      { column_dtype: { column: 'id', dtype: 'String' } },
    ]);
    assert.equal(ok!.status, 'pass');
    assert.equal(bad!.status, 'fail');
    assert.equal(bad!.observed, 'Int64');
  });

  test('a missing column is an error with a suggestion', async () => {
    const r = await runCheck(orders, { column_dtype: { column: 'amout', dtype: 'float' } });
    assert.equal(r.status, 'error');
    assert.equal(r.errorCode, 'TG_COLUMN_NOT_FOUND');
    assert.match(r.message, /did you mean `amount`/);
  });
});

describe('freshness', () => {
  test('parses mixed ISO text and takes offsets into account', async () => {
    // Newest instant: 2024-05-31T18:30Z (the +02:00 value is 18:00Z), 5h30m before now.
    const [fresh, stale] = await checkResults(orders, [
      { freshness: { column: 'created_at', max_age: '6h' } },
      { freshness: { column: 'created_at', max_age: '5h' } },
    ]);
    assert.equal(fresh!.status, 'pass', fresh!.message);
    assert.deepEqual(fresh!.observed, { newest: '2024-05-31T18:30:00.000Z', ageSeconds: 5.5 * 3600 });
    assert.equal(stale!.status, 'fail');
    assert.match(stale!.message, /5h 30m old; allowed 5h/);
  });

  test('works on a Datetime column (flights-3m parquet) and on a date text column', async () => {
    const weather = await runCheck(vega('seattle-weather.csv'), {
      freshness: { column: 'date', max_age: '3000d' },
    });
    // The last day in the file is 2015-12-31; from 2024-06-01 that is 3075 days.
    assert.equal(weather.status, 'fail');
    assert.equal((weather.observed as { newest: string }).newest, '2015-12-31T00:00:00.000Z');
    const flights = await runCheck(vega('flights-3m.parquet'), {
      freshness: { column: 'date', max_age: '10000d' },
    });
    assert.equal(flights.status, 'pass', flights.message);
  });

  test('counts unparseable text, honours format, and rejects a numeric column', async () => {
    const csv = 'ts,n\n31/05/2024 23:00,1\nnot a date,2\n';
    const [iso, custom, numeric] = await checkResults(csv, [
      { freshness: { column: 'ts', max_age: '1d' } },
      { freshness: { column: 'ts', max_age: '90m', format: '%d/%m/%Y %H:%M' } },
      { freshness: { column: 'n', max_age: '1d' } },
    ]);
    assert.equal(iso!.status, 'fail');
    assert.deepEqual(iso!.observed, { newest: null, unparsed: 2 });
    assert.equal(custom!.status, 'pass', custom!.message);
    assert.equal(numeric!.status, 'error');
    assert.equal(numeric!.errorCode, 'TG_CHECK_DTYPE');
  });

  test('reads text as the date checks do: whole ISO values only, trailing text does not parse', async () => {
    // A prefix match used to read "2024-05-31 junk" as a date; it now counts as unparsed.
    const csv = 'ts\n2024-05-31 junk\n2024-05-30T23:00:00Z\n2024-02-30\n';
    const r = await runCheck(csv, { freshness: { column: 'ts', max_age: '2d' } });
    assert.equal(r.status, 'pass', r.message);
    assert.deepEqual(r.observed, { newest: '2024-05-30T23:00:00.000Z', ageSeconds: 25 * 3600, unparsed: 2 });
  });

  test('max_age must be a duration', () => {
    assert.equal(
      suiteError(orders, [{ freshness: { column: 'created_at', max_age: '1 day' } }]).code,
      'TG_SUITE_INVALID',
    );
    assert.equal(parseAge('1d12h'), 36 * 3600_000);
    assert.equal(parseAge('90m'), 5_400_000);
    assert.equal(parseAge('7 days'), undefined);
    assert.equal(formatAge(93_784_000), '1d 2h');
  });
});

describe('no_duplicate_rows', () => {
  const dup = 'a,b\n1,x\n1,x\n1,y\n2,\n2,\n';

  test('counts every copy of a duplicated row, nulls equal to nulls', async () => {
    const r = await runCheck(dup, { no_duplicate_rows: {} });
    assert.equal(r.status, 'fail');
    assert.equal(r.failingCount, 4);
    assert.equal(r.samples.length, 4);
    assert.deepEqual(
      r.samples.map((s) => s.row),
      [0, 1, 3, 4],
    );
  });

  test('over a column subset, and only among rows inside where', async () => {
    const [subset, filtered, clean] = await checkResults(dup, [
      { no_duplicate_rows: { columns: ['a'] } },
      { no_duplicate_rows: { where: "b = 'y' OR a = 2" } },
      { no_duplicate_rows: { where: 'a = 1 AND b IS NOT NULL', mostly: 0.3 } },
    ]);
    assert.equal(subset!.failingCount, 5);
    // Rows 3 and 4 are duplicates; row 2 (1,y) is alone inside the filter.
    assert.equal(filtered!.failingCount, 2);
    assert.equal(filtered!.judgedCount, 3);
    // 2 of 3 rows fail; mostly 0.3 tolerates 70%.
    assert.equal(clean!.status, 'pass');
    assert.equal(clean!.failingCount, 2);
  });

  test('passes on distinct rows', async () => {
    const r = await runCheck('a,b\n1,x\n1,y\n', { no_duplicate_rows: {} });
    assert.equal(r.status, 'pass');
  });

  test('seattle-weather: no duplicate rows and no duplicate dates, weather repeats as counted', async () => {
    const lines = readFileSync(vega('seattle-weather.csv').file, 'utf8').trim().split('\n').slice(1);
    const weather = lines.map((l) => l.split(',').at(-1)!);
    const counts = new Map<string, number>();
    for (const w of weather) counts.set(w, (counts.get(w) ?? 0) + 1);
    const inDuplicates = [...counts.values()].filter((n) => n > 1).reduce((a, b) => a + b, 0);
    const [rows, dates, byWeather] = await checkResults(vega('seattle-weather.csv'), [
      { no_duplicate_rows: {} },
      { no_duplicate_rows: { columns: ['date'] } },
      { no_duplicate_rows: { columns: ['weather'] } },
    ]);
    assert.equal(rows!.status, 'pass');
    assert.equal(dates!.status, 'pass');
    assert.equal(byWeather!.failingCount, inDuplicates);
  });
});

describe('row_count_compare', () => {
  const big = {
    sources: { data: 'id\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n', base: 'id\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n' },
  };

  test('tolerance is relative to the other source', async () => {
    const [within, outside, equal] = await checkResults(big, [
      { row_count_compare: { other: 'base', tolerance: 0.1 } },
      { row_count_compare: { other: 'base', tolerance: 0.05 } },
      { row_count_compare: { other: 'base' } },
    ]);
    assert.equal(within!.status, 'pass', within!.message);
    assert.deepEqual(within!.observed, { rows: 11, otherRows: 10, ratio: 1.1 });
    assert.equal(outside!.status, 'fail');
    assert.match(outside!.message, /11 rows vs 10 in base/);
    assert.equal(equal!.status, 'fail');
  });

  test('ratio bounds and where', async () => {
    const [ratio, half] = await checkResults(big, [
      { row_count_compare: { other: 'base', min_ratio: 1.05, max_ratio: 1.2 } },
      { row_count_compare: { other: 'base', max_ratio: 0.5, where: 'id <= 5' } },
    ]);
    assert.equal(ratio!.status, 'pass');
    assert.equal(half!.status, 'pass');
  });

  test('an unknown other source is an error; tolerance with ratios is a suite error', async () => {
    const r = await runCheck(big, { row_count_compare: { other: 'nope' } });
    assert.equal(r.status, 'error');
    assert.equal(r.errorCode, 'TG_UNKNOWN_SOURCE');
    assert.equal(
      suiteError(big, [{ row_count_compare: { other: 'base', tolerance: 0.1, min_ratio: 1 } }]).code,
      'TG_SUITE_INVALID',
    );
  });
});
