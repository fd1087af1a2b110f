import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import { proposeSuite } from '../../src/core/learn/learn.ts';
import { provenResults, runProven } from '../../src/core/learn/proven.ts';
import { profileSource } from '../../src/core/profile/profile.ts';
import { openSource } from '../../src/core/sources/open.ts';
import { buildSuite } from '../../src/core/suite/load.ts';
import { buildZeroConfigSuite, runZeroConfigSuite } from '../../src/core/learn/zero-config.ts';
import type { Report } from '../../src/core/result/schema.ts';
import { rng } from '../helpers/random.ts';
import { weatherCsv } from '../helpers/weather-variants.ts';

/*
 * A zero-config check takes the verdicts its profile proves from the profile (proven.ts) and runs
 * only the other checks in polars. Its report must be the one the engine gives for the whole
 * learned suite (runSuite, what `truthgate check data.csv` ran before), to the last message and
 * count, on generated CSVs: 1 to 1,000 rows, narrow and wide (the stacked profile), nulls first,
 * unicode and quoted headers, late type changes, NaN/±inf/-0, integers past 2^53, patterns
 * that hold on all but one value, keys, categories, empty columns.
 */

const dir = mkdtempSync(join(tmpdir(), 'tg-zc-parity-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const now = new Date('2026-03-01T00:00:00Z');

type Cell = string | null;
/** Column generators: the value of row i of n (null: an empty cell). */
const columns: Record<string, (i: number, n: number, r: () => number) => Cell> = {
  int: (i, _n, r) => String(Math.floor(r() * 2000) - 1000 + i),
  id: (i) => String(i + 1),
  big_int: (i) => (i % 2 ? '9007199254740993' : '-9007199254740993'),
  float: (_i, _n, r) => (r() * 100 - 50).toFixed(3),
  odd_float: (i) => ['NaN', 'inf', '-inf', '-0.0', '0.0', '1e308', '2.5'][i % 7]!,
  signed_zero: (i) => (i % 2 ? '-0.0' : '0.0'),
  nulls_first: (i, n) => (i < Math.ceil(n / 2) ? null : String(i)),
  all_null: () => null,
  some_null: (i, _n, r) => (r() < 0.3 ? null : `s${i % 7}`),
  text: (_i, _n, r) => ['a', 'B', '名前', '😀 x', 'é', 'quo"te', 'a,b', ' pad '][Math.floor(r() * 8)]!,
  category: (i) => ['red', 'green', 'blue'][i % 3]!,
  email: (i) => `user${i}@example.com`,
  email_but_one: (i, n) => (i === n - 1 && n > 1 ? 'not an email' : `u${i}@example.org`),
  iso_date: (i) => `2024-0${(i % 9) + 1}-1${i % 10}`,
  recent_date: (i) => `2026-02-2${(i % 8) + 1}`,
  iso_datetime: (i) => `2024-01-02T0${i % 10}:30:00Z`,
  uuid: (i) => `550e8400-e29b-41d4-a716-${String(446655440000 + i).padStart(12, '0')}`,
  late_text: (i, n) => (i === n - 1 ? 'n/a' : String(i)),
  flag: (i) => (i % 2 ? 'true' : 'false'),
  constant: () => 'same',
  numeric_text: (i) => `${i}.50`,
};
const headers = ['名前', 'é x', '😀', 'with "quote"', 'a,b', ' space', 'id', 'value'];

const cell = (v: Cell): string =>
  v === null ? '' : /[",\n]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;

/** A CSV of `width` columns drawn from the generators (every kind when wide enough) and `rows` rows. */
function generate(seed: number, rows: number, width: number): string {
  const r = rng(seed);
  const kinds = Object.keys(columns);
  const picked = Array.from({ length: width }, (_, k) =>
    width >= kinds.length ? kinds[k % kinds.length]! : kinds[Math.floor(r() * kinds.length)]!,
  );
  const names = picked.map((kind, k) =>
    k < headers.length && r() < 0.5 ? `${headers[k]}${k}` : `${kind}_${k}`,
  );
  const lines = [names.map(cell).join(',')];
  for (let i = 0; i < rows; i++) lines.push(picked.map((kind) => cell(columns[kind]!(i, rows, r))).join(','));
  const file = join(dir, `g-${seed}-${rows}-${width}.csv`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** A report without what differs from run to run. */
function stable(report: Report): unknown {
  const { durationMs: _d, ...rest } = report;
  return { ...rest, sources: rest.sources.map(({ durationMs: _s, ...s }) => s) };
}

async function parity(files: string[]): Promise<{ proven: number; checks: number; report: Report }> {
  const suite = await buildZeroConfigSuite(files, { baseDir: dir, now });
  const opts = { now, runId: 'parity' };
  const report = await runZeroConfigSuite(suite, opts);
  assert.deepEqual(stable(report), stable(await runSuite(suite, opts)));
  let proven = 0;
  for (const [name, profile] of Object.entries(suite.profiles))
    proven += provenResults(suite.checks[name]!, profile, { now, baseDir: dir }).filter(Boolean).length;
  return { proven, checks: report.summary.checks, report };
}

for (const rows of [1, 2, 3, 7, 50, 513, 514, 1000]) {
  for (const width of [6, 60]) {
    test(`zero-config report equals the engine's: ${rows} rows, ${width} columns`, async () => {
      const seed = rows * 100 + width;
      const { proven, checks, report } = await parity([generate(seed, rows, width)]);
      assert.equal(report.sources[0]!.rowCount, rows);
      if (width >= 60) assert.ok(proven > 0, `${proven} of ${checks} checks proven`);
    });
  }
}

test('seattle-weather and two sources of one name: the same reports, most verdicts proven', async () => {
  const a = join(dir, 'weather.csv');
  const sub = mkdtempSync(join(dir, 'sub-'));
  const b = join(sub, 'weather.csv');
  writeFileSync(a, weatherCsv);
  writeFileSync(b, weatherCsv.split('\n').slice(0, 30).join('\n'));
  const { proven, checks, report } = await parity([a, b]);
  assert.deepEqual(
    report.sources.map((s) => s.name),
    ['weather', 'weather_2'],
  );
  assert.ok(proven >= checks / 2, `${proven} of ${checks} checks proven`);
});

test('on a one-row wide file the engine is left schema, row_count and ranges past 2^53', async () => {
  const file = generate(11, 1, 200);
  const suite = await buildZeroConfigSuite([file], { baseDir: dir, now });
  const [name] = suite.selfLearned;
  const results = provenResults(suite.checks[name!]!, suite.profiles[name!]!, { now, baseDir: dir });
  const left = suite.checks[name!]!.filter((_, i) => !results[i]);
  assert.deepEqual(
    left.slice(0, 2).map((c) => c.type),
    ['schema', 'row_count'],
  );
  // Integers the profile holds only approximately as JS numbers prove nothing.
  assert.ok(left.length > 2);
  for (const c of left.slice(2)) assert.match(c.id, /\.between\.big_int_\d+$/);
});

test('data rewritten after it was profiled is judged by the engine alone', async () => {
  const file = join(dir, 'changing.csv');
  writeFileSync(file, 'a,b\n1,x\n2,y\n3,z\n');
  const suite = await buildZeroConfigSuite([file], { baseDir: dir, now });
  // Same row count, new nulls and a value out of the learned range.
  writeFileSync(file, 'a,b\n1,x\n,y\n300,\n');
  const opts = { now, runId: 'parity' };
  const report = await runZeroConfigSuite(suite, opts);
  assert.deepEqual(stable(report), stable(await runSuite(suite, opts)));
  assert.equal(report.status, 'fail');
  const failed = report.sources[0]!.checks.filter((c) => c.status === 'fail').map((c) => c.id);
  assert.deepEqual(failed, ['changing.primary_key.a', 'changing.between.a', 'changing.not_null.b']);
});

test('--source: only the named source runs, with its proven verdicts', async () => {
  const a = generate(21, 5, 40);
  const b = generate(22, 3, 8);
  const suite = await buildZeroConfigSuite([a, b], { baseDir: dir, now });
  const opts = { now, runId: 'parity', sources: [suite.selfLearned[1]!] };
  const report = await runZeroConfigSuite(suite, opts);
  assert.deepEqual(stable(report), stable(await runSuite(suite, opts)));
  assert.equal(report.sources.length, 1);
});

for (const strictness of ['medium', 'strict'] as const) {
  test(`a suite learned at ${strictness} gets the engine's report with proven verdicts (learn's own run)`, async () => {
    for (const [rows, width] of [
      [1, 60],
      [4, 60],
      [30, 9],
      [600, 40],
    ] as const) {
      const file = generate(rows * 7 + width, rows, width);
      const profile = await profileSource(openSource('data', { path: file }, { baseDir: dir }), {
        baseDir: dir,
      });
      const { suite: learned } = proposeSuite(profile, {
        strictness,
        sourceName: 'data',
        sourcePath: file,
        now,
      });
      const suite = buildSuite(learned, { path: '<learned>', baseDir: dir });
      const opts = { now, runId: 'parity' };
      const report = await runProven(suite, { data: profile }, opts);
      assert.deepEqual(stable(report), stable(await runSuite(suite, opts)), `${rows} rows, ${width} columns`);
      const proven = provenResults(suite.checks.data!, profile, { now, baseDir: dir }).filter(Boolean);
      const lengths = (list: { type: string }[]): number =>
        list.filter((c) => c.type === 'length_between').length;
      assert.equal(
        lengths(proven as { type: string }[]),
        lengths(suite.checks.data!),
        'every length range proven',
      );
    }
  });
}
