import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { TruthgateError } from '../../src/core/errors.ts';
import { learnSuite } from '../../src/core/learn/learn.ts';
import { readProfileFile } from '../../src/core/profile/io.ts';
import { profileSource } from '../../src/core/profile/profile.ts';
import { parseProfile } from '../../src/core/profile/types.ts';
import { openSource } from '../../src/core/sources/open.ts';
import { parseSuite } from '../../src/core/suite/load.ts';

const dir = mkdtempSync(join(tmpdir(), 'tg-'));
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}
const profileOf = (path: string, opts = {}) => profileSource(openSource('t', { path }), opts);

test('empty data (header only) profiles to zero rows and learns a valid suite', async () => {
  const p = await profileOf(file('empty.csv', 'id,name,amount\n'));
  assert.equal(p.table.rows, 0);
  assert.equal(p.table.columns, 3);
  for (const c of p.columns) {
    assert.equal(c.count, 0);
    assert.equal(c.numeric, null);
    assert.equal(c.nullFraction, 0);
  }
  const learned = learnSuite(p, { strictness: 'strict', sourceName: 't', sourcePath: 'empty.csv' });
  parseSuite(learned.yamlText, { baseDir: dir });
});

test('all-null and constant columns: std 0, no order, no crash', async () => {
  const rows = Array.from({ length: 20 }, (_, i) => `${i},,5,x`).join('\n');
  const p = await profileOf(file('const.csv', `i,empty,five,same\n${rows}\n`));
  const empty = p.columns.find((c) => c.name === 'empty')!;
  assert.equal(empty.nullCount, 20);
  assert.equal(empty.nullFraction, 1);
  assert.equal(empty.distinct.count, 0);
  const five = p.columns.find((c) => c.name === 'five')!;
  assert.equal(five.numeric!.std, 0);
  assert.deepEqual(five.numeric!.histogram.counts, [20]);
  assert.equal(five.monotonic, 'none');
  assert.equal(five.numeric!.quantiles.p99, 5);
  assert.deepEqual(p.columns.find((c) => c.name === 'same')!.topValues, [{ value: 'x', count: 20 }]);
});

test('a single row: std is null, quantiles are the value', async () => {
  const p = await profileOf(file('one.csv', 'a,b\n3.5,hello\n'));
  const a = p.columns.find((c) => c.name === 'a')!;
  assert.equal(a.numeric!.std, null);
  assert.equal(a.numeric!.quantiles.p1, 3.5);
  assert.equal(a.numeric!.quantiles.p99, 3.5);
  assert.equal(p.table.duplicateRows, 0);
});

test('NaN and infinities are counted apart from the statistics', async () => {
  const p = await profileOf(file('nan.csv', 'x\n1\nNaN\ninf\n3\n'));
  const x = p.columns.find((c) => c.name === 'x')!;
  assert.equal(x.numeric!.nonFiniteCount, 2);
  assert.equal(x.numeric!.mean, 2);
  assert.equal(x.numeric!.max, 3);
});

test('mixed-type JSON gives a text column or a clear coded error, never a crash', async () => {
  const widened = await profileOf(file('mixed.json', JSON.stringify([{ a: 1 }, { a: 'x' }, { a: true }])));
  assert.equal(widened.columns[0]!.kind, 'string');
  assert.equal(widened.columns[0]!.count, 3);
  // movies.json has a number (1776) among the titles: the column is read as text (with a warning).
  const movies = new URL('../../node_modules/vega-datasets/data/movies.json', import.meta.url).pathname;
  const title = (await profileOf(movies)).columns.find((c) => c.name === 'Title')!;
  assert.equal(title.kind, 'string');
});

test('huge categorical cardinality keeps topK values and an exact or estimated distinct count', async () => {
  const lines = Array.from({ length: 30_000 }, (_, i) => `u${i},${i % 7}`);
  const path = file('wide.csv', `user,g\n${lines.join('\n')}\n`);
  const p = await profileOf(path, { topK: 50 });
  const user = p.columns.find((c) => c.name === 'user')!;
  assert.equal(user.topValues!.length, 50);
  assert.equal(user.otherCount, 30_000 - 50);
  assert.deepEqual(user.distinct, { count: 30_000, approximate: false });
  assert.equal(user.semanticType, 'identifier');
  const approx = await profileOf(path, { exactDistinctLimit: 1000 });
  const u2 = approx.columns.find((c) => c.name === 'user')!;
  assert.equal(u2.distinct.approximate, true);
  assert.ok(Math.abs(u2.distinct.count - 30_000) / 30_000 < 0.05, String(u2.distinct.count));
});

test('a profile from a newer schema version gets TG_PROFILE_VERSION; garbage gets TG_PROFILE_INVALID', async () => {
  const p = await profileOf(file('ok.csv', 'a\n1\n2\n'));
  const newer = file('newer.json', JSON.stringify({ ...p, schemaVersion: 99 }));
  assert.throws(
    () => readProfileFile(newer),
    (e: unknown) => e instanceof TruthgateError && e.code === 'TG_PROFILE_VERSION',
  );
  assert.throws(
    () => readProfileFile(file('bad.json', '{"schemaVersion": 1, "columns": 3}')),
    (e: unknown) => e instanceof TruthgateError && e.code === 'TG_PROFILE_INVALID',
  );
  assert.throws(
    () => readProfileFile(file('broken.json', '{not json')),
    (e: unknown) => e instanceof TruthgateError && e.code === 'TG_PROFILE_INVALID',
  );
  assert.deepEqual(parseProfile(JSON.parse(JSON.stringify(p))), p);
});

test('columns named like the value-count field ("count") profile like any other', async () => {
  // vega-datasets' github.csv and jobs.json have such a column; polars' default field name clashed.
  const rows = Array.from({ length: 30 }, (_, i) => `${i % 4},${['a', 'b', 'c'][i % 3]}`).join('\n');
  const numeric = await profileOf(file('count-num.csv', `count,kind\n${rows}\n`));
  const n = numeric.columns.find((c) => c.name === 'count')!;
  assert.deepEqual(n.topValues, [
    { value: 0, count: 8 },
    { value: 1, count: 8 },
    { value: 2, count: 7 },
    { value: 3, count: 7 },
  ]);
  assert.deepEqual(
    n.numeric!.histogram.counts.filter((c) => c > 0),
    [8, 8, 7, 7],
  );
  const text = await profileOf(file('count-str.csv', `kind,count\n${rows}\n`));
  const s = text.columns.find((c) => c.name === 'count')!;
  assert.deepEqual(s.topValues, [
    { value: 'a', count: 10 },
    { value: 'b', count: 10 },
    { value: 'c', count: 10 },
  ]);
  assert.equal(s.distinct.count, 3);
});

test('NaN and ±infinity among few distinct numbers: top values survive a JSON round trip', async () => {
  // Top values are listed for numbers with few distinct values; JSON has no NaN or Infinity, so
  // they were written as null and the saved profile failed its own schema.
  const p = await profileOf(file('nonfinite.csv', 'x\n1.5\n1.5\nNaN\ninf\n-inf\n2.5\n\n'));
  const top = p.columns[0]!.topValues!.map((t) => t.value);
  assert.deepEqual(new Set(top), new Set([1.5, 2.5, 'NaN', 'Infinity', '-Infinity']));
  assert.deepEqual(parseProfile(JSON.parse(JSON.stringify(p))), p);
});
