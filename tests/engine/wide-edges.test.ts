import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import { TruthgateError } from '../../src/core/errors.ts';
import { buildZeroConfigSuite } from '../../src/core/learn/zero-config.ts';
import { profileSource } from '../../src/core/profile/profile.ts';
import type { CheckResult, Report } from '../../src/core/result/schema.ts';
import { openSource } from '../../src/core/sources/open.ts';

/** Wide files with awkward headers and empty content, checked zero-config as `truthgate check` does. */
const dir = mkdtempSync(join(tmpdir(), 'tg-wide-edges-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const now = new Date('2026-01-01T00:00:00Z');

function csv(name: string, header: string[], ...rows: string[][]): string {
  const file = join(dir, name);
  writeFileSync(file, [header, ...rows].map((r) => `${r.join(',')}\n`).join(''));
  return file;
}

/** Names as they should come out, and how each is written in a CSV header. */
const awkward: [name: string, header: string][] = [
  ['名前', '名前'],
  ['😀 score', '😀 score'],
  ['a.b', 'a.b'],
  ['has space', 'has space'],
  ['trailing ', 'trailing '],
  ['quo"te', '"quo""te"'],
  ["it's", "it's"],
  ['back`tick', 'back`tick'],
  ['comma,inside', '"comma,inside"'],
  ['x', 'x'],
  ['X', 'X'],
  ['x_1', 'x_1'],
  ['x ', 'x '],
  ['__tg_c0_f', '__tg_c0_f'],
];

async function zeroConfig(file: string, baseline?: string): Promise<Report> {
  const suite = await buildZeroConfigSuite([file], {
    baseDir: dir,
    ...(baseline ? { baselines: { [file]: baseline } } : {}),
    now,
  });
  return runSuite(suite, { now });
}

const byId = (report: Report): Map<string, CheckResult> =>
  new Map(report.sources[0]!.checks.map((c) => [c.id, c]));

test('awkward and near-duplicate headers among 600 columns are checked under their exact names', async () => {
  // Awkward columns spread over a wide file of plain ones; each holds small integers.
  const names: string[] = [];
  const header: string[] = [];
  for (let i = 0; i < 600; i++) {
    const a = i % 43 === 5 ? awkward[(i - 5) / 43] : undefined;
    names.push(a ? a[0] : `c${i}`);
    header.push(a ? a[1] : `c${i}`);
  }
  const plain = (i: number): boolean => header[i] === `c${i}`;
  const base = csv(
    'awkward-base.csv',
    header,
    names.map(() => '1'),
    names.map(() => '2'),
  );
  // The current file's second row: a null in every awkward column, and 7 (outside the learned
  // range) in `c1`.
  const current = csv(
    'awkward-now.csv',
    header,
    names.map(() => '2'),
    names.map((n, i) => (plain(i) ? (n === 'c1' ? '7' : '1') : '')),
  );
  const report = await zeroConfig(current, base);
  const checks = byId(report);
  const src = report.sources[0]!;
  assert.equal(src.columnCount, 600);
  assert.equal(checks.get(`${src.name}.schema`)?.status, 'pass');
  for (const [name] of awkward) {
    const nn = checks.get(`${src.name}.not_null.${name}`);
    assert.equal(nn?.status, 'fail', `not_null on ${JSON.stringify(name)}`);
    assert.deepEqual(nn.columns, [name]);
    assert.deepEqual(
      nn.samples.map((s) => s.values),
      [{ [name]: null }],
    );
  }
  const range = checks.get(`${src.name}.between.c1`);
  assert.equal(range?.status, 'fail');
  assert.deepEqual(
    range.samples.map((s) => s.values),
    [{ c1: 7 }],
  );
  const failing = src.checks.filter((c) => c.status !== 'pass').map((c) => c.id);
  assert.equal(failing.length, awkward.length + 1, failing.join(', '));
  // The profile reads the same names in the same order.
  const profile = await profileSource(openSource('awkward', { path: current }));
  assert.deepEqual(
    profile.columns.map((c) => c.name),
    names,
  );
});

test('an exact duplicate header far into a wide file is a coded source error naming both columns', async () => {
  const header = Array.from({ length: 4000 }, (_, i) => (i === 3999 ? 'c7' : `c${i}`));
  const file = csv(
    'dup.csv',
    header,
    header.map(() => '1'),
  );
  await assert.rejects(
    () => buildZeroConfigSuite([file], { baseDir: dir, now }),
    (err: unknown) => {
      assert.ok(err instanceof TruthgateError);
      assert.equal(err.code, 'TG_CSV_DUPLICATE_HEADER');
      assert.match(err.message, /`c7`.*8 and 4000/);
      return true;
    },
  );
});

test('a one-row file of empty cells, and a header without rows, pass with what they prove', async () => {
  const empty = await zeroConfig(csv('empty-row.csv', ['a', 'b', 'c'], ['', '', '']));
  const src = empty.sources[0]!;
  assert.deepEqual(
    [src.rowCount, src.columnCount, empty.summary.failed, empty.summary.errored],
    [1, 3, 0, 0],
  );
  assert.deepEqual(
    src.checks.map((c) => c.type),
    ['schema', 'row_count'],
  );
  const none = await zeroConfig(csv('header-only.csv', ['a', 'b', 'c']));
  assert.equal(none.sources[0]!.rowCount, 0);
  assert.ok(none.sources[0]!.warnings?.some((w) => w.code === 'TG_SOURCE_NO_ROWS'));
  assert.equal(none.summary.failed + none.summary.errored, 0);
});

test(
  '5,000 columns that are all null: profiled as null and checked for their shape',
  { timeout: 300_000 },
  async () => {
    const header = Array.from({ length: 5000 }, (_, i) => `n${i}`);
    const file = csv(
      'nulls.csv',
      header,
      header.map(() => ''),
    );
    const profile = await profileSource(openSource('nulls', { path: file }));
    assert.equal(profile.columns.length, 5000);
    assert.ok(profile.columns.every((c) => c.nullCount === 1 && c.count === 0 && c.topValues === null));
    const report = await zeroConfig(file);
    const src = report.sources[0]!;
    assert.deepEqual([src.rowCount, src.columnCount], [1, 5000]);
    assert.equal(report.summary.failed + report.summary.errored, 0);
    const schema = src.checks.find((c) => c.type === 'schema')!;
    assert.equal(Object.keys(schema.expected as object).length, 5000);
  },
);
