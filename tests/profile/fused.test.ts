import assert from 'node:assert/strict';
import { test } from 'node:test';
import pl from 'nodejs-polars';
import { defaultProfileOptions, profileFrame, type PlanCache } from '../../src/core/profile/profile.ts';
import { semanticPatterns } from '../../src/core/profile/semantic.ts';
import type { ProfileOptions } from '../../src/core/profile/types.ts';

const source = { name: 't', uri: 't', format: 'csv', files: 1, fingerprint: 'x' };
const profile = (df: pl.DataFrame, o: Partial<ProfileOptions> = {}) =>
  profileFrame(df.lazy(), source, { ...defaultProfileOptions, ...o });

test('duplicate rows are counted unless a column has a different value in every row', async () => {
  const a = [1, 1, 2, 2, 3];
  const b = ['x', 'x', 'y', 'y', 'z'];
  assert.equal((await profile(pl.DataFrame({ a, b }))).table.duplicateRows, 2);
  // One null in a column still tells every row apart.
  const keyed = await profile(pl.DataFrame({ id: [1, 2, null, 4, 5], a, b }));
  assert.deepEqual([keyed.table.duplicateRows, keyed.table.duplicateRowsApproximate], [0, false]);
  // Two nulls do not: rows 3 and 4 are equal.
  const twoNulls = await profile(pl.DataFrame({ id: [1, 2, null, null, 5], a: [1, 1, 2, 2, 3] }));
  assert.equal(twoNulls.table.duplicateRows, 1);
});

test('numeric columns with different ranges and null counts share expressions, each with its own numbers', async () => {
  const rows = 300;
  const cols: Record<string, (number | null)[]> = {};
  for (let c = 0; c < 60; c++) {
    // Each column its own range, scale and (every third column) its own null count.
    cols[`c${c}`] = Array.from({ length: rows }, (_, i) =>
      c % 3 === 0 && i % (c + 2) === 0 ? null : ((i * 7919 + c * 31) % (50 + c)) * (c + 1) - c * 10,
    );
  }
  const p = await profile(pl.DataFrame(cols), { topK: 40 });
  for (const [name, values] of Object.entries(cols)) {
    const xs = values.filter((x): x is number => x !== null).sort((x, y) => x - y);
    const c = p.columns.find((col) => col.name === name)!;
    const n = c.numeric!;
    assert.equal(c.nullCount, rows - xs.length, name);
    assert.deepEqual([n.min, n.max], [xs[0], xs.at(-1)], name);
    const pos = 0.5 * (xs.length - 1);
    const lo = xs[Math.floor(pos)]!;
    assert.equal(n.quantiles.p50, lo + (xs[Math.ceil(pos)]! - lo) * (pos - Math.floor(pos)), name);
    const bins = n.histogram.edges.length - 1;
    const counts = new Array<number>(bins).fill(0);
    // polars divides by a scalar as a multiplication by its reciprocal.
    const scale = 1 / (xs.at(-1)! - xs[0]!);
    for (const x of xs) counts[Math.min(Math.floor((x - xs[0]!) * scale * bins), bins - 1)]!++;
    assert.deepEqual(n.histogram.counts, counts, name);
    const distinct = new Set(xs).size;
    assert.deepEqual([c.distinct.count, c.topValuesComplete], [distinct, distinct <= 40], name);
  }
});

test('strings and booleans: distincts, top values and registers from one value count', async () => {
  const s = Array.from({ length: 400 }, (_, i) => (i % 9 === 0 ? null : `v${(i * 13) % 70}`));
  const flag = Array.from({ length: 400 }, (_, i) => (i % 5 === 0 ? null : i % 3 === 0));
  const empty = Array.from({ length: 400 }, () => null as string | null);
  const df = pl.DataFrame({ s, flag }).withColumns(pl.Series('empty', empty, pl.Utf8));
  const p = await profile(df, { topK: 10 });
  const [cs, cf, ce] = p.columns;
  const present = s.filter((x): x is string => x !== null);
  const counts = new Map<string, number>();
  for (const x of present) counts.set(x, (counts.get(x) ?? 0) + 1);
  assert.equal(cs!.distinct.count, counts.size);
  assert.equal(cs!.topValuesComplete, false);
  assert.ok(cs!.state.hll, 'an incomplete list keeps a distinct-count sketch');
  assert.equal(cs!.topValues!.length, 10);
  for (const t of cs!.topValues!) assert.equal(t.count, counts.get(t.value as string));
  const maxCount = Math.max(...counts.values());
  assert.equal(cs!.topValues![0]!.count, maxCount);

  const trues = flag.filter((x) => x === true).length;
  const falses = flag.filter((x) => x === false).length;
  assert.deepEqual(cf!.topValues, [
    { value: false, count: falses },
    { value: true, count: trues },
  ]);
  assert.deepEqual([cf!.distinct.count, cf!.topValuesComplete, cf!.state.hll], [2, true, null]);

  assert.deepEqual([ce!.count, ce!.distinct.count, ce!.topValues, ce!.state.hll], [0, 0, null, null]);
});

test('parts sharing a plan cache profile exactly as each on its own', async () => {
  // Same schema, different data: other counts (order statistics), ranges (histograms), cardinality
  // (top values or registers), semantic types (full-column shares) and nulls.
  const part = (seed: number, rows: number) =>
    pl.DataFrame({
      n: Array.from({ length: rows }, (_, i) =>
        i % (seed + 3) === 0 ? null : ((i * 7919 + seed) % (40 * seed)) - seed,
      ),
      x: Array.from({ length: rows }, (_, i) => (i * 0.37 * seed) % 11),
      s: Array.from({ length: rows }, (_, i) =>
        seed % 2
          ? `user${(i * seed) % 97}@example.com`
          : i % 5
            ? `2024-01-${String((i % 28) + 1).padStart(2, '0')}`
            : null,
      ),
      b: Array.from({ length: rows }, (_, i) => (i + seed) % 3 === 0),
    });
  const plans: PlanCache = new Map();
  const o = { ...defaultProfileOptions, topK: 30 };
  const strip = (p: Awaited<ReturnType<typeof profileFrame>>) => ({ ...p, createdAt: '', durationMs: 0 });
  for (const [seed, rows] of [
    [1, 500],
    [2, 730],
    [3, 500],
    [4, 64],
    [5, 0],
    [6, 1200],
  ] as const) {
    const df = part(seed, rows);
    const shared = await profileFrame(df.lazy(), source, o, plans);
    const alone = await profileFrame(df.lazy(), source, o);
    assert.deepEqual(strip(shared), strip(alone), `part ${seed}`);
  }
  assert.ok(plans.size > 0);
});

test('the semantic share over every value, matched once per distinct value, equals the mean over the rows', async () => {
  // The head sample (20 rows) all matches; later rows, some repeated, some unicode, do not.
  const rows = 1000;
  const email = Array.from({ length: rows }, (_, i) =>
    i < 5 ? null : i % 37 === 0 ? `필요 없음 ${i % 4}` : `user${(i * 7) % 113}@example.com`,
  );
  const day = Array.from({ length: rows }, (_, i) =>
    i % 29 === 0 ? 'soon 🙂' : `2024-0${(i % 9) + 1}-${String((i % 28) + 1).padStart(2, '0')}`,
  );
  const df = pl.DataFrame({ email, day }).withColumns(pl.col('day').cast(pl.Categorical).alias('day_cat'));
  const p = await profile(df, { sampleSize: 20 });
  const patterns = { email: semanticPatterns.email, day: semanticPatterns.iso_date };
  for (const [name, pattern] of [...Object.entries(patterns), ['day_cat', patterns.day]] as const) {
    const c = p.columns.find((col) => col.name === name)!;
    const mean = (
      await df.lazy().select(pl.col(name).cast(pl.Utf8).str.contains(pattern).mean()).collect()
    ).row(0)[0];
    assert.ok((mean as number) < 1, name);
    assert.equal(c.semanticShare, mean, name);
  }
});

test('string and boolean order: tested only in the direction the ends allow, as both tests over every row', async () => {
  // polars orders text by UTF-8 bytes: U+FF5E sorts before an emoji, unlike UTF-16 in JavaScript.
  const cols: Record<string, (string | boolean | null)[]> = {
    up: [null, null, 'a', 'a', 'b', 'ß', '\uff5e', '😀'],
    down: ['😀', '\uff5e', null, 'ß', 'b', 'b', 'a', 'a'],
    upThenDip: [null, 'a', 'c', 'b', 'd', 'e', 'f', 'g'],
    sameEnds: ['x', 'y', 'x', null, 'x', 'x', 'z', 'x'],
    constant: [null, 'k', 'k', 'k', null, 'k', 'k', 'k'],
    single: [null, null, null, 'only', null, null, null, null],
    flagsUp: [null, false, false, true, true, true, null, true],
    flagsSameEnds: [true, false, true, true, true, true, true, true],
  };
  const df = pl.DataFrame(cols).withColumns(pl.col('down').cast(pl.Categorical).alias('downCat'));
  const p = await profile(df);
  for (const name of df.columns) {
    const v = pl
      .col(name)
      .cast(df.getColumn(name).dtype.equals(pl.Bool) ? pl.UInt8 : pl.Utf8)
      .dropNulls();
    const [ge, le] = (
      await df
        .lazy()
        .select(v.gtEq(v.shift(1)).all().alias('ge'), v.ltEq(v.shift(1)).all().alias('le'))
        .collect()
    ).row(0);
    const order = p.columns.find((c) => c.name === name)!.state.order!;
    assert.deepEqual([order.nonDecreasing, order.nonIncreasing], [ge, le], name);
  }
  const monotonic = Object.fromEntries(p.columns.map((c) => [c.name, c.monotonic]));
  assert.deepEqual(
    [monotonic.up, monotonic.down, monotonic.upThenDip, monotonic.sameEnds, monotonic.constant],
    ['increasing', 'decreasing', 'none', 'none', 'none'],
  );
});
