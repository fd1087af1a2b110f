import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import pl from 'nodejs-polars';
import { stringify } from 'yaml';
import { planSource, queried, withMasks } from '../../src/core/engine/plan.ts';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import type { CheckResult } from '../../src/core/result/schema.ts';
import { openSource } from '../../src/core/sources/open.ts';
import { parseSuite } from '../../src/core/suite/load.ts';

/*
 * Range checks compare an integer column with a whole-number bound as integers, and a Datetime
 * column's epoch ms (its value floored to ms) with a whole-number bound as its own physical value
 * against the bound in its unit, without a cast of the whole column. Both must give what the
 * plain definition gives, at the bounds, below the millisecond and before 1970.
 */
const dir = mkdtempSync(join(tmpdir(), 'tg-exact-cmp-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const now = new Date('2026-01-01T00:00:00Z');

async function run(path: string, checks: Record<string, unknown>[], sampleSize = 5): Promise<CheckResult[]> {
  const suite = parseSuite(stringify({ version: 1, sources: { data: { path } }, checks: { data: checks } }), {
    baseDir: dir,
  });
  return (await runSuite(suite, { now, runId: 'fixed', sampleSize })).sources[0]!.checks;
}

/** Offsets in µs around -2 ms .. 2 ms, and the nulls first. */
const micros = [
  null,
  null,
  -2001,
  -2000,
  -1999,
  -1001,
  -1000,
  -999,
  -1,
  0,
  1,
  999,
  1000,
  1001,
  1999,
  2000,
  2001,
];
const UNIT = { ms: 1e-3, us: 1, ns: 1e3 } as const;

/** Which rows fail `date_between` by the definition: floor to ms, then compare with the bounds. */
function failingRows(
  values: (number | null)[],
  perUs: number,
  lo: number,
  hi: number,
  strict: boolean,
): number[] {
  return values.flatMap((v, i) => {
    if (v === null) return [];
    const ms = Math.floor(v / (perUs * 1000));
    return (strict ? ms <= lo || ms >= hi : ms < lo || ms > hi) ? [i] : [];
  });
}

for (const unit of ['ms', 'us', 'ns'] as const) {
  for (const zone of [undefined, 'Asia/Seoul']) {
    test(`date_between on Datetime(${unit}${zone ? `, ${zone}` : ''}): exact at the bounds`, async () => {
      const perUs = UNIT[unit];
      // In ms, -2001 µs and -1999 µs are the same value: keep the distinct ones, in order.
      const values = [...new Set(micros.map((v) => (v === null ? null : Math.floor(v * perUs))))];
      values.unshift(null);
      let t = pl.Series('t', values, pl.Int64).cast(pl.Datetime(unit));
      if (zone) t = pl.DataFrame({ t }).select(pl.col('t').dt.convertTimeZone(zone)).getColumn('t');
      const path = join(dir, `t-${unit}-${zone ? 'zoned' : 'naive'}.parquet`);
      pl.DataFrame({ t }).writeParquet(path);
      const bounds = [
        ['1969-12-31T23:59:59.999Z', '1970-01-01T00:00:00.001Z', -1, 1],
        ['1969-12-31T23:59:59.998Z', '1970-01-01T00:00:00Z', -2, 0],
      ] as const;
      for (const [min, max, lo, hi] of bounds) {
        for (const strict of [false, true]) {
          const [r] = await run(path, [{ date_between: { column: 't', min, max, strict } }], 50);
          const want = failingRows(values, perUs, lo, hi, strict);
          assert.equal(r!.failingCount, want.length, `${min}..${max} strict ${strict}`);
          assert.deepEqual(
            r!.samples.map((s) => s.row),
            want,
            `${min}..${max} strict ${strict}`,
          );
        }
      }
      // Only an upper bound (not_in_future), with the run clock on a whole millisecond.
      const [future] = await run(path, [{ not_in_future: { column: 't', tolerance: '1ms' } }]);
      assert.equal(future!.failingCount, 0);
    });
  }
}

test('the first query compares integer and Datetime columns as they are, without casting them', async () => {
  const path = join(dir, 'plan.parquet');
  pl.DataFrame({
    n: pl.Series('n', [1, 5, null, 12], pl.Int64),
    t: pl.Series('t', [0, 1, 2, null], pl.Int64).cast(pl.Datetime('us')),
  }).writeParquet(path);
  const checks = [
    { between: { column: 'n', min: 0, max: 10 } },
    { date_between: { column: 't', min: '1970-01-01', max: '2030-01-01' } },
  ];
  const suite = parseSuite(stringify({ version: 1, sources: { data: { path } }, checks: { data: checks } }), {
    baseDir: dir,
  });
  const source = openSource('data', suite.sources.data!, { baseDir: dir });
  const plan = await planSource(source, suite.checks.data!, { now, sampleSize: 5, others: () => source });
  const list = queried(plan);
  const text = withMasks(plan, plan.frame, list)
    .select(...list.flatMap((p) => p.exprs))
    .describeOptimizedPlan();
  assert.doesNotMatch(text, /Float64|Datetime\('ms'\)/, text);
  const results = await run(path, checks);
  assert.deepEqual(
    results.map((r) => [r.failingCount, r.samples.map((s) => s.row)]),
    [
      [1, [3]],
      [0, []],
    ],
  );
});
