import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import pl from 'nodejs-polars';
import { col, duplicated, keysDistinct } from '../../src/core/expr/node.ts';
import { PolarsRenderer } from '../../src/core/expr/polars.ts';
import { bothWays } from '../helpers/both-ways.ts';

/**
 * Duplicate checks on one integer column sort the values (duplicated) and count them as they are
 * (the clean proof) instead of hashing rows. Both must answer exactly as the hashed path does, on
 * every row, with and without a `where` mask.
 */
const renderer = (masked: boolean): PolarsRenderer =>
  new PolarsRenderer({
    col: (name) => pl.col(name),
    mask: () => (masked ? pl.col('m') : undefined),
    sql: () => assert.fail('no SQL here'),
    isoShape: () => undefined,
    derived: (_name, build) => build(),
  });

/** Row-aligned duplicate flags and the clean proofs, by the integer path and by the hashed one. */
function bothPaths(df: pl.DataFrame, dtype: string, masked: boolean): { integer: unknown; hashed: unknown } {
  const run = (dtypes?: string[]): unknown => {
    const r = renderer(masked);
    const dup = r.row(duplicated([col('x')], dtypes).node);
    // Rows outside `where` are never counted (the checks and their masks AND with it).
    const counted = masked ? dup.and(pl.col('m')) : dup;
    return df
      .select(
        counted.alias('dup'),
        r.row(keysDistinct([col('x')], true, dtypes).node).alias('skip'),
        r.row(keysDistinct([col('x')], false, dtypes).node).alias('keep'),
      )
      .toRecords()
      .map((row) => ({ ...row, dup: row.dup === true }));
  };
  return { integer: run([dtype]), hashed: run() };
}

/** Generated keys: nulls first, all null, empty, extremes, repeats near and far apart. */
function cases(): [string, (number | bigint | null)[], pl.DataType, string][] {
  let seed = 7;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const many = Array.from({ length: 3000 }, (_, i) => (i % 11 === 0 ? null : random(2500) - 1000));
  return [
    ['nulls first, repeats far apart', [null, null, 5, 3, 9, 5, 1, 3], pl.Int64, 'Int64'],
    ['one null only, unique values', [null, 4, 2, 8], pl.Int64, 'Int64'],
    ['all null', [null, null, null], pl.Int32, 'Int32'],
    ['empty', [], pl.Int64, 'Int64'],
    ['one row', [42], pl.UInt8, 'UInt8'],
    ['extremes of UInt8', [0, 255, 255, 0, 1], pl.UInt8, 'UInt8'],
    ['extremes of Int64', [-(2n ** 63n), 2n ** 63n - 1n, -(2n ** 63n), 0n], pl.Int64, 'Int64'],
    ['negative and zero', [-1, 0, -1, 1, 0, null], pl.Int16, 'Int16'],
    ['generated, most values repeat', many, pl.Int64, 'Int64'],
  ];
}

describe('duplicate checks on one integer column', () => {
  for (const [name, values, type, dtype] of cases())
    for (const masked of [false, true])
      test(`agree with the hashed path: ${name}${masked ? ', inside where' : ''}`, () => {
        const x = pl.Series('x', values, type);
        // Every third row outside `where`, and one row whose `where` is null.
        const m = pl.Series(
          'm',
          values.map((_, i) => (i === 1 ? null : i % 3 !== 2)),
          pl.Bool,
        );
        const { integer, hashed } = bothPaths(pl.DataFrame([x, m]), dtype, masked);
        assert.deepEqual(integer, hashed);
      });

  test('count both copies of ids repeated in different chunks, as one whole read does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tg-intkeys-'));
    const rows = ['id,grp,note'];
    for (let i = 0; i < 4000; i++) {
      // id 17 again at the end, 2500 again in the middle, nulls at the start and between.
      const id = i === 3999 ? 17 : i === 1200 ? 2500 : i < 3 || i % 700 === 0 ? '' : String(i);
      rows.push(`${id},${i % 4},n${i}`);
    }
    writeFileSync(join(dir, 'ids.csv'), rows.join('\n') + '\n');
    const [whole, chunked] = await bothWays(
      `
version: 1
sources:
  s: { path: ids.csv, key: [note] }
checks:
  s:
    - unique: { column: id }
    - unique: { column: id, where: "grp = 0" }
    - unique_combination: { columns: [id] }
    - primary_key: { columns: [id] }
`,
      dir,
      0.01,
    );
    const checks = (r: typeof whole): unknown => r.sources[0]!.checks;
    assert.deepEqual(checks(chunked), checks(whole));
    const [unique, inside, combination, key] = whole.sources[0]!.checks;
    assert.equal(unique!.failingCount, 4);
    assert.deepEqual(
      unique!.samples.map((s) => [s.row, s.values.id]),
      [
        [17, 17],
        [1200, 2500],
        [2500, 2500],
        [3999, 17],
      ],
    );
    // Rows 1200 and 2500 are both in group 0 (i % 4); rows 17 and 3999 are not.
    assert.equal(inside!.failingCount, 2);
    assert.equal(combination!.failingCount, 4);
    // 8 null ids (rows 0, 1, 2 and every 700th from 700) fail too.
    assert.equal(key!.failingCount, 4 + 8);
  });
});
