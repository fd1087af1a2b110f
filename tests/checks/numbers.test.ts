import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import pl from 'nodejs-polars';
import { runCheck, suiteError, vega } from '../helpers/run-check.ts';

const col = (values: unknown[]) => ({ records: values.map((v, i) => ({ id: i, v })) });
async function judge(values: unknown[], check: string, params: Record<string, unknown> = {}) {
  const r = await runCheck(col(values), { [check]: { column: 'v', ...params } });
  return { ...r, bad: r.samples.map((s) => s.values.v) };
}

const weather = readFileSync(vega('seattle-weather.csv').file, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(','))
  .map(([date, precipitation, tmax, tmin, wind, kind]) => ({
    date: date!,
    precipitation: Number(precipitation),
    temp_max: Number(tmax),
    temp_min: Number(tmin),
    wind: Number(wind),
    weather: kind!,
  }));
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const std = (xs: number[]) => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1));
};
/** Linear-interpolated quantile, as numpy's default. */
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (pos - lo);
};

describe('between, positive, non_negative, finite, integer_valued', () => {
  test('between inclusive and strict', async () => {
    assert.equal((await judge([0, 5, 10, null], 'between', { min: 0, max: 10 })).failingCount, 0);
    const s = await judge([0, 5, 10], 'between', { min: 0, max: 10, strict: true });
    assert.deepEqual(s.bad, [0, 10]);
  });
  test('positive and non_negative', async () => {
    assert.deepEqual((await judge([1, 0, -1, 2.5, null], 'positive')).bad, [0, -1]);
    assert.deepEqual((await judge([1, 0, -1, 2.5, null], 'non_negative')).bad, [-1]);
    assert.equal((await judge([0, 3], 'non_negative')).status, 'pass');
  });
  test('finite flags NaN and infinities in float columns', async () => {
    const csv = 'v\n1.5\nNaN\ninf\n-inf\n2\n';
    const r = await runCheck(csv, { finite: { column: 'v' } });
    assert.equal(r.failingCount, 3);
    assert.equal((await judge([1, 2], 'finite')).status, 'pass');
  });
  test('integer_valued', async () => {
    assert.equal((await judge([1, 2, 3], 'integer_valued')).status, 'pass');
    assert.equal((await judge([1.0, 2.0, -3.0], 'integer_valued')).status, 'pass');
    assert.deepEqual((await judge([1.0, 2.5, -0.1, 4], 'integer_valued')).bad, [2.5, -0.1]);
  });
  test('numeric checks reject text columns clearly', async () => {
    const r = await judge(['a', 'b'], 'positive');
    assert.equal(r.status, 'error');
    assert.equal(r.errorCode, 'TG_CHECK_DTYPE');
    assert.match(r.message, /needs a numeric column, but `v` is String/);
    assert.equal((await judge(['a'], 'mean_between', { min: 0 })).errorCode, 'TG_CHECK_DTYPE');
  });
});

describe('aggregate statistics', () => {
  test('each statistic passes and fails with the right observed value', async () => {
    const xs = [1, 2, 3, 4, 10];
    const cases: [string, number][] = [
      ['min_between', 1],
      ['max_between', 10],
      ['mean_between', 4],
      ['median_between', 3],
      ['std_between', std(xs)],
      ['sum_between', 20],
    ];
    for (const [check, value] of cases) {
      const ok = await judge([...xs, null], check, { min: value - 0.001, max: value + 0.001 });
      assert.equal(ok.status, 'pass', check);
      assert.ok(Math.abs((ok.observed as number) - value) < 1e-9, check);
      const bad = await judge(xs, check, { max: value - 0.5 });
      assert.equal(bad.status, 'fail', check);
      assert.equal(bad.expected, `<= ${value - 0.5}`);
      assert.equal(bad.failingCount, null);
    }
    const strict = await judge(xs, 'min_between', { min: 1, strict: true });
    assert.equal(strict.status, 'fail');
  });
  test('quantile_between and its parameter checks', async () => {
    const r = await judge([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'quantile_between', { q: 0.9, max: 9 });
    assert.equal(r.observed, quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9));
    assert.equal(r.status, 'fail');
    assert.equal((await judge([1, 2, 3], 'quantile_between', { q: 0.5, min: 2, max: 2 })).status, 'pass');
    assert.equal(
      suiteError(col([1]), [{ quantile_between: { column: 'v', q: 1.5, max: 1 } }]).code,
      'TG_SUITE_INVALID',
    );
    assert.equal(suiteError(col([1]), [{ mean_between: { column: 'v' } }]).code, 'TG_SUITE_INVALID');
  });
  test('a column without values fails with observed null', async () => {
    const r = await judge([null, null], 'mean_between', { min: 0 });
    assert.equal(r.status, 'fail');
    assert.equal(r.observed, null);
    assert.match(r.message, /no non-null values/);
  });
  test('where restricts the statistic', async () => {
    const data = {
      records: [
        { g: 'a', v: 1 },
        { g: 'a', v: 3 },
        { g: 'b', v: 100 },
      ],
    };
    const r = await runCheck(data, { mean_between: { column: 'v', max: 2, where: "g = 'a'" } });
    assert.equal(r.status, 'pass');
    assert.equal(r.observed, 2);
  });
  test('seattle-weather statistics match a JS computation', async () => {
    const tmax = weather.map((w) => w.temp_max);
    const src = vega('seattle-weather.csv');
    const m = await runCheck(src, { mean_between: { column: 'temp_max', min: 0, max: 100 } });
    assert.ok(Math.abs((m.observed as number) - mean(tmax)) < 1e-9);
    const s = await runCheck(src, { std_between: { column: 'temp_max', min: 0 } });
    assert.ok(Math.abs((s.observed as number) - std(tmax)) < 1e-9);
    const q = await runCheck(src, { quantile_between: { column: 'precipitation', q: 0.95, min: 0 } });
    assert.ok(
      Math.abs(
        (q.observed as number) -
          quantile(
            weather.map((w) => w.precipitation),
            0.95,
          ),
      ) < 1e-9,
    );
    const rain = weather.filter((w) => w.weather === 'rain').map((w) => w.precipitation);
    const sum = await runCheck(src, {
      sum_between: { column: 'precipitation', min: 0, where: "weather = 'rain'" },
    });
    assert.ok(Math.abs((sum.observed as number) - rain.reduce((a, b) => a + b, 0)) < 1e-6);
  });
});

describe('increasing / decreasing', () => {
  test('non-strict, strict and null handling', async () => {
    assert.equal((await judge([1, 1, 2, null, 3], 'increasing')).status, 'pass');
    const strict = await judge([1, 1, 2, null, 2, 5], 'increasing', { strict: true });
    assert.equal(strict.failingCount, 2);
    const r = await judge([1, 3, null, 2, 4], 'increasing');
    // 2 follows 3 (the null is skipped), so it breaks the order.
    assert.deepEqual(r.bad, [2]);
    assert.equal(r.samples[0]!.row, 3);
    assert.deepEqual((await judge([5, 4, 4, 6], 'decreasing')).bad, [6]);
    assert.equal((await judge([5, 4, 4, 6], 'decreasing', { strict: true })).failingCount, 2);
  });
  test('with where, only rows inside the filter are compared', async () => {
    const csv = 'g,v\na,1\nb,100\na,2\nb,50\na,3\n';
    assert.equal((await runCheck(csv, { increasing: { column: 'v', where: "g = 'a'" } })).status, 'pass');
    const r = await runCheck(csv, { increasing: { column: 'v', where: "g = 'b'" } });
    assert.equal(r.failingCount, 1);
    assert.deepEqual(
      r.samples.map((s) => s.row),
      [3],
    );
  });
  test('works on ISO dates read as dates, rejects text', async () => {
    const csv = 'd\n2024-01-01\n2024-01-03\n2024-01-02\n';
    const text = await runCheck(csv, { increasing: { column: 'd' } });
    assert.equal(text.errorCode, 'TG_CHECK_DTYPE');
  });
  test('seattle-weather date order and temp_max monotonic breaks vs JS', async () => {
    const tmax = weather.map((w) => w.temp_max);
    const drops = tmax.filter((t, i) => i > 0 && t < tmax[i - 1]!).length;
    const r = await runCheck(vega('seattle-weather.csv'), {
      increasing: { column: 'temp_max', mostly: 0.1 },
    });
    assert.equal(r.failingCount, drops);
    assert.equal(r.status, 'pass');
  });
});

describe('outliers', () => {
  const base = [10, 11, 9, 10, 12, 8, 10, 11, 9, 10, 10, 11, 9, 10, 12, 8, 10, 11, 9, 10];
  test('zscore_outliers_max', async () => {
    assert.equal((await judge(base, 'zscore_outliers_max')).status, 'pass');
    const r = await judge([...base, 100], 'zscore_outliers_max');
    assert.equal(r.status, 'fail');
    assert.equal(r.failingCount, 1);
    assert.deepEqual(r.bad, [100]);
    const tolerated = await judge([...base, 100], 'zscore_outliers_max', { max_fraction: 0.05 });
    assert.equal(tolerated.status, 'pass');
    assert.equal(tolerated.failingCount, 1);
    const tooMany = await judge([...base, 100], 'zscore_outliers_max', { max_fraction: 0.01 });
    assert.equal(tooMany.status, 'fail');
    const viaMostly = await judge([...base, 100], 'zscore_outliers_max', { max_fraction: 0, mostly: 0.9 });
    assert.equal(viaMostly.status, 'pass');
    assert.equal((await judge([5, 5, 5], 'zscore_outliers_max')).failingCount, 0);
    assert.equal(
      suiteError(col([1]), [{ zscore_outliers_max: { column: 'v', threshold: 0 } }]).code,
      'TG_SUITE_INVALID',
    );
  });
  test('iqr_outliers_max', async () => {
    const r = await judge([1, 2, 3, 4, 5, 6, 7, 8, 9, 50], 'iqr_outliers_max');
    // Q1 = 3.25, Q3 = 7.75, fences -3.5 and 14.5.
    assert.deepEqual(r.bad, [50]);
    assert.equal(r.status, 'fail');
    assert.equal(
      (await judge([1, 2, 3, 4, 5, 6, 7, 8, 9, 50], 'iqr_outliers_max', { k: 10 })).status,
      'pass',
    );
    assert.equal(
      (await judge([1, 2, 3, 4, 5, 6, 7, 8, 9, 50], 'iqr_outliers_max', { max_fraction: 0.1 })).status,
      'pass',
    );
  });
  test('flights-200k delays: outlier counts match an independent computation', async () => {
    const df = await pl.scanIPC(vega('flights-200k.arrow').file).select('delay').collect();
    const delays = (df.getColumn('delay').toArray() as number[]).filter((d) => d !== null);
    const m = mean(delays);
    const s = std(delays);
    const zExpected = delays.filter((d) => Math.abs(d - m) > 3 * s).length;
    const z = await runCheck(vega('flights-200k.arrow'), {
      zscore_outliers_max: { column: 'delay', max_fraction: 0.05 },
    });
    assert.equal(z.failingCount, zExpected);
    assert.equal(z.status, zExpected / delays.length <= 0.05 ? 'pass' : 'fail');
    const q1 = quantile(delays, 0.25);
    const q3 = quantile(delays, 0.75);
    const iqrExpected = delays.filter((d) => d < q1 - 1.5 * (q3 - q1) || d > q3 + 1.5 * (q3 - q1)).length;
    const iqr = await runCheck(vega('flights-200k.arrow'), {
      iqr_outliers_max: { column: 'delay', max_fraction: 0.01 },
    });
    assert.equal(iqr.failingCount, iqrExpected);
    assert.equal(iqr.status, 'fail');
  });
  test('cars.json horsepower positive and integer_valued', async () => {
    const cars = JSON.parse(readFileSync(vega('cars.json').file, 'utf8')) as {
      Horsepower: number | null;
      Acceleration: number;
    }[];
    const r = await runCheck(vega('cars.json'), { positive: { column: 'Horsepower' } });
    assert.equal(r.judgedCount, cars.filter((c) => c.Horsepower != null).length);
    assert.equal(r.status, 'pass');
    const acc = await runCheck(vega('cars.json'), { integer_valued: { column: 'Acceleration' } });
    assert.equal(
      acc.failingCount,
      cars.filter((c) => c.Acceleration != null && !Number.isInteger(c.Acceleration)).length,
    );
  });
});
