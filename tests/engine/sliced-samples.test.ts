import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import pl from 'nodejs-polars';
import { stringify } from 'yaml';
import { planSource } from '../../src/core/engine/plan.ts';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import type { CheckResult } from '../../src/core/result/schema.ts';
import { openSource } from '../../src/core/sources/open.ts';
import { parseSuite } from '../../src/core/suite/load.ts';

/*
 * Parquet sources count failing rows in the one fused query and take the samples of failing
 * row-local checks from leading slices of the file afterwards (engine/fused.ts), growing the slice
 * until each check has its rows. The results must be those of a CSV of the same rows read whole
 * (samples in the fused query) and read chunk by chunk: same counts, messages, sample rows and
 * values, with nulls first, failing rows only in the first slice, only far past it, or only in
 * the last row, a `where`, a `where` that reads every row (a window), and a duplicate check.
 */
const N = 400_000;
const LAST = N - 1;
const dir = mkdtempSync(join(tmpdir(), 'tg-sliced-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function frame(): pl.DataFrame {
  const ids = Array.from({ length: N }, (_, i) => i);
  const a = ids.map((i) => (i < 3 ? null : i === 100_000 || i === 250_001 || i === LAST ? -1 : i % 1000));
  return pl
    .DataFrame({
      id: ids,
      a: pl.Series('a', a, pl.Int64),
      b: ids.map((i) => (i % 10 === 7 ? 2.5 : 0.5)),
      s: ids.map((i) => (i === LAST ? 'Bad1' : ['abc', 'def', 'xyz'][i % 3]!)),
      t: ids.map((i) => (i % 7 === 0 ? 'y' : 'x')),
      // ISO text, parsed once as a derived column of the query (Parquet keeps it text).
      d: ids.map((i) =>
        i === 4 ? null : i === 70_000 ? 'soon' : i === 300_000 ? '2031-01-01' : '2024-05-01',
      ),
    })
    .withColumns(pl.col('id').cast(pl.Int64));
}

const checks = [
  { not_null: { columns: ['a', 's'] } },
  { between: { column: 'a', min: 0, max: 999 } },
  { between: { column: 'b', min: 0, max: 1 } },
  { regex: { column: 's', pattern: '^[a-z]+$' } },
  { between: { column: 'a', min: 0, max: 500, where: "t = 'y'" } },
  { column_compare: { left: 'a', op: '<', right: 'id' } },
  { between: { column: 'b', min: 0, max: 1, mostly: 0.5 } },
  { unique: { column: 's' } },
  { date_between: { column: 'd', min: '2020-01-01', max: '2030-12-31' } },
];
/** The second half of the rows, seen only in the whole frame: not in a chunk, nor in a slice. */
const windowed = { between: { column: 'b', min: 0, max: 1, where: 'id > AVG(id) OVER ()' } };
const WINDOWED = 'data.between.b#3';

async function run(path: string, list: Record<string, unknown>[], chunked = false): Promise<CheckResult[]> {
  const suite = parseSuite(stringify({ version: 1, sources: { data: { path } }, checks: { data: list } }), {
    baseDir: dir,
  });
  if (chunked) {
    process.env.TRUTHGATE_CHUNK_THRESHOLD_MB = '0';
    process.env.TRUTHGATE_CHUNK_MB = '1';
  }
  try {
    const report = await runSuite(suite, { now: new Date('2026-01-01T00:00:00Z'), runId: 'fixed' });
    return report.sources[0]!.checks;
  } finally {
    delete process.env.TRUTHGATE_CHUNK_THRESHOLD_MB;
    delete process.env.TRUTHGATE_CHUNK_MB;
  }
}

/** A result without the CSV line numbers of its samples (Parquet has none). */
const withoutLines = (r: CheckResult): unknown => ({
  ...r,
  samples: r.samples.map(({ line: _line, ...s }) => s),
});

describe('samples from leading slices of a Parquet file', { timeout: 300_000 }, () => {
  const parquet = join(dir, 'data.parquet');
  const csv = join(dir, 'data.csv');
  const arrow = join(dir, 'data.arrow');
  before(() => {
    const df = frame();
    df.writeParquet(parquet);
    df.writeIPC(arrow);
    df.writeCSV(csv);
  });

  test('failing row-local checks take their samples from slices; masks stay out of the counts', async () => {
    const suite = parseSuite(
      stringify({ version: 1, sources: { data: { path: parquet } }, checks: { data: checks } }),
      {
        baseDir: dir,
      },
    );
    const source = openSource('data', suite.sources.data!, { baseDir: dir });
    const plan = await planSource(source, suite.checks.data!, {
      now: new Date('2026-01-01T00:00:00Z'),
      sampleSize: 5,
      others: () => source,
    });
    const late = Object.fromEntries(plan.checks.map((p) => [p.inst.id, p.lateSamples ?? null]));
    assert.deepEqual(late, {
      'data.not_null.a': 'slices',
      'data.not_null.s': 'slices',
      'data.between.a': 'slices',
      'data.between.b': 'slices',
      'data.regex.s': 'slices',
      'data.between.a#2': 'slices',
      'data.column_compare': 'slices',
      'data.between.b#2': 'slices',
      // Duplicates compare rows with each other: their samples come from the whole frame.
      'data.unique.s': null,
      'data.date_between.d': 'slices',
    });
  });

  test('equal to the CSV read whole and chunk by chunk, and to Arrow IPC', async () => {
    const sliced = await run(parquet, [...checks, windowed]);
    const whole = await run(csv, [...checks, windowed]);
    const chunked = await run(csv, checks, true);
    assert.deepEqual(sliced.map(withoutLines), whole.map(withoutLines));
    assert.deepEqual(await run(arrow, [...checks, windowed]), sliced);
    assert.deepEqual(sliced.filter((r) => r.id !== WINDOWED).map(withoutLines), chunked.map(withoutLines));
    const byId = new Map(sliced.map((r) => [r.id, r]));
    const rows = (id: string): number[] => byId.get(id)!.samples.map((s) => s.row);
    assert.deepEqual(rows('data.not_null.a'), [0, 1, 2]);
    assert.deepEqual(rows('data.between.a'), [100_000, 250_001, LAST]);
    assert.deepEqual(rows('data.between.b'), [7, 17, 27, 37, 47]);
    assert.deepEqual(rows('data.regex.s'), [LAST]);
    assert.deepEqual(byId.get('data.regex.s')!.samples[0]!.values, { s: 'Bad1' });
    assert.deepEqual(rows('data.column_compare'), [3, 4, 5, 6, 7]);
    assert.deepEqual(rows('data.date_between.d'), [70_000, 300_000]);
    assert.equal(byId.get('data.between.b#2')!.status, 'pass');
    assert.deepEqual(rows('data.between.b#2'), []);
    assert.equal(byId.get(WINDOWED)!.failingCount, 20_000);
    assert.deepEqual(rows(WINDOWED), [200_007, 200_017, 200_027, 200_037, 200_047]);
  });

  test('a glob of two files: dataset rows and rows in each file as for one file', async () => {
    const df = frame();
    df.slice(0, 200_000).writeParquet(join(dir, 'part-1.parquet'));
    df.slice(200_000, N - 200_000).writeParquet(join(dir, 'part-2.parquet'));
    const [parts, one] = [await run(join(dir, 'part-*.parquet'), checks), await run(parquet, checks)];
    const shown = (r: CheckResult) => ({
      ...r,
      samples: r.samples.map(({ file: _f, fileRow: _r, ...s }) => s),
    });
    assert.deepEqual(parts.map(shown), one.map(shown));
    const between = parts.find((r) => r.id === 'data.between.a')!;
    assert.deepEqual(
      between.samples.map((s) => [s.file, s.fileRow]),
      [
        ['part-1.parquet', 100_000],
        ['part-2.parquet', 50_001],
        ['part-2.parquet', 199_999],
      ],
    );
  });
});
