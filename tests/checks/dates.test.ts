import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import pl from 'nodejs-polars';
import { isoShapeOf } from '../../src/core/checks/time-parse.ts';
import { openSource } from '../../src/core/sources/open.ts';
import { runCheck, suiteError, vega } from '../helpers/run-check.ts';

// run-check.ts fixes the run clock at 2024-06-01T00:00:00Z.
const col = (values: unknown[]) => ({ records: values.map((v, i) => ({ id: i, v })) });
async function judge(values: unknown[], check: string, params: Record<string, unknown> = {}) {
  const r = await runCheck(col(values), { [check]: { column: 'v', ...params } });
  return { ...r, bad: r.samples.map((s) => s.values.v) };
}

describe('not_in_future', () => {
  test('ISO text with and without offsets, against the run clock', async () => {
    const past = [
      '2024-05-31',
      '2024-05-31T23:59:59',
      '2024-06-01T00:00:00Z',
      '2024-06-01T08:59:00+09:00',
      null,
    ];
    const ok = await judge(past, 'not_in_future');
    assert.equal(ok.status, 'pass');
    assert.equal(ok.judgedCount, 4);
    const r = await judge(
      [...past, '2024-06-01T00:00:01Z', '2024-06-01T09:00:01+09:00', '2030-01-01', 'soon'],
      'not_in_future',
    );
    assert.equal(r.failingCount, 4);
    assert.deepEqual(r.bad, ['2024-06-01T00:00:01Z', '2024-06-01T09:00:01+09:00', '2030-01-01', 'soon']);
    assert.equal(r.expected, '<= 2024-06-01T00:00:00.000Z');
  });
  test('tolerance', async () => {
    assert.equal(
      (await judge(['2024-06-01T00:04:00Z'], 'not_in_future', { tolerance: '5m' })).status,
      'pass',
    );
    assert.equal(
      (await judge(['2024-06-01T00:06:00Z'], 'not_in_future', { tolerance: '5m' })).status,
      'fail',
    );
    assert.equal(
      suiteError(col(['x']), [{ not_in_future: { column: 'v', tolerance: 'soon' } }]).code,
      'TG_SUITE_INVALID',
    );
  });
  test('Date and Datetime columns (parquet via polars) and a numeric column error', async () => {
    const csv = 'd,n\n2024-05-01,1\n2024-07-01,2\n';
    // CSV dates stay text here; the check parses them.
    assert.equal((await runCheck(csv, { not_in_future: { column: 'd' } })).failingCount, 1);
    const n = await runCheck(csv, { not_in_future: { column: 'n' } });
    assert.equal(n.errorCode, 'TG_CHECK_DTYPE');
  });
});

test('Date, naive Datetime and zoned Datetime columns from parquet', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tg-'));
  try {
    const file = join(dir, 'd.parquet');
    const ts = [new Date('2024-05-31T23:00:00Z'), new Date('2024-06-02T00:00:00Z'), null];
    pl.DataFrame({ t: ts })
      .withColumns(
        pl.col('t').cast(pl.Datetime('us', 'Asia/Seoul')).alias('tz'),
        pl.col('t').cast(pl.Date).alias('d'),
      )
      .writeParquet(file);
    for (const column of ['t', 'tz', 'd']) {
      const r = await runCheck({ file }, { not_in_future: { column } });
      assert.equal(r.failingCount, 1, column);
      assert.equal(r.judgedCount, 2, column);
      const b = await runCheck({ file }, { date_between: { column, min: '2024-06-01', max: '2024-06-02' } });
      assert.equal(b.failingCount, 1, column);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('date_between', () => {
  test('bounds as dates and datetimes, inclusive and strict', async () => {
    const values = [
      '2020-01-01',
      '2020-06-15T12:00:00',
      '2020-12-31',
      '2021-01-01T00:00:00+01:00',
      '2019-12-31T23:59:59Z',
    ];
    const r = await judge(values, 'date_between', { min: '2020-01-01', max: '2020-12-31' });
    // 2021-01-01T00:00+01:00 is 2020-12-31T23:00Z: after the max (midnight) bound.
    assert.deepEqual(r.bad, ['2021-01-01T00:00:00+01:00', '2019-12-31T23:59:59Z']);
    const s = await judge(values, 'date_between', { min: '2020-01-01', max: '2020-12-31', strict: true });
    assert.equal(s.failingCount, 4);
    const ok = await judge(['2020-03-01', null], 'date_between', { min: '2020-01-01T00:00:00+09:00' });
    assert.equal(ok.status, 'pass');
  });
  test('bad parameters', () => {
    assert.equal(suiteError(col(['x']), [{ date_between: { column: 'v' } }]).code, 'TG_SUITE_INVALID');
    assert.equal(
      suiteError(col(['x']), [{ date_between: { column: 'v', min: '01/02/2020' } }]).code,
      'TG_SUITE_INVALID',
    );
  });
  test('mostly and where on seattle-weather vs JS', async () => {
    const rows = readFileSync(vega('seattle-weather.csv').file, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const in2013 = rows.filter(([d]) => d! >= '2013-01-01' && d! <= '2013-12-31').length;
    const r = await runCheck(vega('seattle-weather.csv'), {
      date_between: { column: 'date', min: '2013-01-01', max: '2013-12-31' },
    });
    assert.equal(r.failingCount, rows.length - in2013);
    assert.equal(r.status, 'fail');
    const tolerant = await runCheck(vega('seattle-weather.csv'), {
      date_between: { column: 'date', min: '2013-01-01', max: '2013-12-31', mostly: 0.2 },
    });
    assert.equal(tolerant.status, 'pass');
    const rainy = rows.filter(([, , , , , w]) => w === 'rain');
    const where = await runCheck(vega('seattle-weather.csv'), {
      date_between: { column: 'date', max: '2012-12-31', where: "weather = 'rain'" },
    });
    assert.equal(where.judgedCount, rainy.length);
    assert.equal(where.failingCount, rainy.filter(([d]) => d! > '2012-12-31').length);
    const future = await runCheck(vega('seattle-weather.csv'), { not_in_future: { column: 'date' } });
    assert.equal(future.status, 'pass');
  });
  test('cars.json Year (ISO text) vs JS', async () => {
    const cars = JSON.parse(readFileSync(vega('cars.json').file, 'utf8')) as { Year: string }[];
    const r = await runCheck(vega('cars.json'), { date_between: { column: 'Year', min: '1975-01-01' } });
    assert.equal(r.failingCount, cars.filter((c) => c.Year < '1975-01-01').length);
  });
});

describe('ISO text shapes decided once per column', () => {
  // Shapes the head probe (10,000 rows) does not see come after it; every row must still parse.
  const late = [
    ['2020-06-15T12:00:00', false],
    ['2020-06-15 12:00:00.5', false],
    ['2020-12-31T00:30:00+01:00', false],
    ['2020-07-01T08:00Z', true],
    ['2020-07-01T08:00', false],
    ['2019-12-31T23:59:59.999Z', true],
    ['2020-02-30', true],
    ['junk', true],
  ] as const;
  const csv = (lead: string[]): string =>
    ['id,v', ...lead.map((v, i) => `${i},${v}`), ...late.map(([v], i) => `${lead.length + i},${v}`)].join(
      '\n',
    );

  test('a column whose first values are dates and later ones datetimes of other shapes', async () => {
    const r = await runCheck(
      csv(Array<string>(12_000).fill('2020-03-01')),
      {
        date_between: { column: 'v', min: '2020-01-01', max: '2020-12-31' },
      },
      { sampleSize: 20 },
    );
    assert.equal(r.judgedCount, 12_000 + late.length);
    assert.deepEqual(
      r.samples.map((s) => s.values.v),
      late.filter(([, bad]) => bad).map(([v]) => v),
    );
  });

  test('a column that starts with more nulls than the first probe reads', async () => {
    const lead = [...Array<string>(15_000).fill(''), ...Array<string>(100).fill('2020-03-01T10:00:00')];
    const r = await runCheck(csv(lead), {
      date_between: { column: 'v', min: '2020-01-01', max: '2020-12-31' },
    });
    assert.equal(r.judgedCount, 100 + late.length);
    assert.equal(r.failingCount, late.filter(([, bad]) => bad).length);
  });

  test('no rows, and rows that all read with the probed shape', async () => {
    const check = { date_between: { column: 'v', min: '2020-01-01', max: '2020-12-31' } };
    const empty = await runCheck('id,v\n', check);
    assert.deepEqual([empty.status, empty.judgedCount], ['pass', 0]);
    const r = await runCheck(csv(['2020-05-01', '', '2021-05-01']).split('\n').slice(0, 4).join('\n'), check);
    assert.deepEqual([r.judgedCount, r.failingCount], [2, 1]);
  });

  test('the probe names the fast shape most leading values have', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tg-'));
    try {
      const shapes = ['2020-03-01T10:00:00', '2020-03-01 10:00:00', '2020-03-01T10:00:00.25+09:00', ''];
      const expected = ['%Y-%m-%dT%H:%M:%S', '%Y-%m-%d %H:%M:%S', '%Y-%m-%dT%H:%M:%S%.f%:z', undefined];
      for (const [i, v] of shapes.entries()) {
        const file = join(dir, `s${i}.csv`);
        writeFileSync(file, csv(Array<string>(50).fill(v)));
        const source = openSource('s', { path: file });
        assert.equal(isoShapeOf(source, 'v')?.format, expected[i], v);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
