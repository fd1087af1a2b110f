import assert from 'node:assert/strict';
import { test } from 'node:test';
import pl from 'nodejs-polars';
import { defaultProfileOptions, profileFrame, type FrameLayout } from '../../src/core/profile/profile.ts';
import type { Profile } from '../../src/core/profile/types.ts';
import { rng } from '../helpers/random.ts';

/*
 * Short, wide frames are profiled with their columns stacked (stacked.ts); every profile must be
 * the one the regular, per-column passes give, to the last bit (-0 and 0 differ here). Frames are
 * generated from a seed: nulls first, all-null columns, NaN/±Infinity/-0, unicode and emoji,
 * empty strings, booleans, dates and datetimes with time zones, several columns per dtype.
 */

const source = { name: 't', uri: 't', format: 'memory', files: 1, fingerprint: 'x' };

type Gen = (i: number) => unknown;

const texts = [
  '',
  ' ',
  'a',
  'B',
  '名前',
  '😀',
  '😀😀 x',
  'é',
  '\uFFFF',
  'quo"te',
  "it's",
  'a,b',
  'user@example.com',
  'https://example.org/x',
  '2024-02-29',
  '2024-02-29T12:30:00Z',
  '12.5',
  '-3',
  'true',
  'no',
  '550e8400-e29b-41d4-a716-446655440000',
  '+82 10 1234 5678',
];
const floats = [
  0,
  1.5,
  -0.5,
  -2.25,
  NaN,
  Infinity,
  -Infinity,
  1e308,
  -1e308,
  5e-324,
  0.1,
  0.2,
  0.3,
  1e-9,
  123456.789,
];

/** A column generator of the given kind: mostly a few repeated values, or (wide) a spread of them. */
function column(
  kind: number,
  r: () => number,
  rows: number,
  signedZeros: boolean,
): { values: Gen; dtype: pl.DataType } {
  const nulls = r() < 0.2 ? 1 : r() < 0.3 ? 0 : r() * 0.5; // all null, none, or some
  const nullsFirst = r() < 0.5 ? Math.floor(r() * rows) : 0;
  const spread = r() < 0.5;
  const isNull = (i: number): boolean => nulls === 1 || i < nullsFirst || r() < nulls;
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * (spread ? xs.length : Math.min(3, xs.length)))]!;
  const gen =
    (f: (i: number) => unknown): Gen =>
    (i) =>
      isNull(i) ? null : f(i);
  switch (kind) {
    case 0:
      return {
        dtype: pl.Int64,
        values: gen(() => (spread ? Math.round((r() - 0.5) * 2 ** 40) : pick([0, 1, -7, 42]))),
      };
    case 1:
      return {
        dtype: pl.Float64,
        values: gen(() =>
          signedZeros && r() < 0.3
            ? -0
            : spread && r() < 0.7
              ? (r() - 0.3) * 10 ** Math.floor(r() * 12 - 4)
              : pick(floats),
        ),
      };
    case 2:
      return {
        dtype: pl.Utf8,
        values: gen(() => (spread && r() < 0.5 ? `v${Math.floor(r() * rows)}` : pick(texts))),
      };
    case 3:
      return { dtype: pl.Bool, values: gen(() => r() < 0.5) };
    case 4:
      return {
        dtype: pl.Date,
        values: gen(() => new Date(Date.UTC(2000 + Math.floor(r() * 30), 0, 1 + Math.floor(r() * 365)))),
      };
    case 5:
      return {
        dtype: pl.Datetime('ms', 'Asia/Seoul'),
        values: gen(() => new Date(1.7e12 + Math.floor((r() - 0.5) * 1e11))),
      };
    case 6:
      return { dtype: pl.Datetime('us', 'UTC'), values: gen(() => new Date(Math.floor(r() * 4e12) - 1e12)) };
    case 7:
      return { dtype: pl.Int32, values: gen(() => Math.floor((r() - 0.5) * 2000)) };
    default:
      return { dtype: pl.UInt32, values: gen(() => Math.floor(r() * 100)) };
  }
}

/** Every fifth seed mixes -0 into float columns (which then tie with 0). */
function frame(seed: number, rows: number, width: number): pl.DataFrame {
  const r = rng(seed);
  const signedZeros = seed % 5 === 0;
  const series = Array.from({ length: width }, (_, c) => {
    const { values, dtype } = column(Math.floor(r() * 9), r, rows, signedZeros);
    const raw = Array.from({ length: rows }, (_, i) => values(i));
    // Datetimes are built as UTC milliseconds, then given their unit and zone.
    if (dtype.variant === 'Datetime') return pl.Series(`c${c}`, raw, pl.Datetime('ms')).cast(dtype);
    return pl.Series(`c${c}`, raw, dtype);
  });
  return pl.DataFrame(series);
}

async function profile(df: pl.DataFrame, layout: FrameLayout): Promise<Profile> {
  const p = await profileFrame(df.lazy(), source, defaultProfileOptions, new Map(), layout);
  return { ...p, createdAt: '', durationMs: 0 };
}

async function assertParity(df: pl.DataFrame, label: string): Promise<void> {
  const [columns, stacked] = await Promise.all([profile(df, 'columns'), profile(df, 'stacked')]);
  assert.deepStrictEqual(stacked.table, columns.table, label);
  for (const [i, c] of columns.columns.entries())
    assert.deepStrictEqual(stacked.columns[i], c, `${label}, column ${c.name} (${c.dtype})`);
  assert.deepStrictEqual(stacked, columns, label);
}

for (const rows of [1, 2, 3, 17, 130, 300]) {
  test(`stacked and per-column profiles are equal on generated frames of ${rows} rows`, async () => {
    for (let seed = 1; seed <= (rows < 100 ? 6 : 3); seed++) {
      const df = frame(seed * 1000 + rows, rows, 40);
      await assertParity(df, `seed ${seed * 1000 + rows}, ${rows} rows`);
    }
  });
}

test('stacked and per-column profiles are equal with categoricals, lists, all-null, awkward names and empty frames', async () => {
  const n = 5;
  const df = pl.DataFrame([
    pl.Series('cat', ['b', null, 'a', 'b', '😀'], pl.Utf8).cast(pl.Categorical),
    pl.Series('cat2', ['x', 'y', null, null, 'x'], pl.Utf8).cast(pl.Categorical),
    pl.Series('list', [[1], [2, 3], null, [], [1]]),
    pl.Series(
      'nothing',
      Array.from({ length: n }, () => null),
    ),
    pl.Series(
      'nulls',
      Array.from({ length: n }, () => null),
      pl.Float64,
    ),
    pl.Series('text', ['', '', null, 'é', '😀'], pl.Utf8),
    // Named like the stacked frame's own columns.
    pl.Series('variable', ['a', 'b', null, 'a', 'c'], pl.Utf8),
    pl.Series('value', [3, null, 1, 2, 2], pl.Int64),
    pl.Series('x', [0.5, 1.5, NaN, null, -2], pl.Float64),
  ]);
  await assertParity(df, 'mixed');
  await assertParity(df.head(1), 'mixed, one row');
  await assertParity(df.head(0), 'mixed, no rows');
});

test('stacked and per-column profiles are equal on a one-row frame 1,000 columns wide', async () => {
  await assertParity(frame(7, 1, 1000), 'seed 7, one row');
});
