import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import pl from 'nodejs-polars';
import { planSource, queried } from '../../src/core/engine/plan.ts';
import { queryRow } from '../../src/core/engine/shortcut-query.ts';
import { isoShapeOf } from '../../src/core/expr/polars-time.ts';
import { openSource } from '../../src/core/sources/open.ts';
import { parseSuite } from '../../src/core/suite/load.ts';
import { bothWays } from '../helpers/both-ways.ts';
import { isoReference } from '../helpers/iso-reference.ts';
import { rng } from '../helpers/random.ts';

/*
 * A text date column the probe finds in one ISO shape is parsed with that shape alone, checked in
 * the same query (see engine/shortcut-query.ts); these tests hold it to the full parse where the
 * probe was wrong: other shapes after the probed rows, in some chunks only, on the last row.
 */

const dir = mkdtempSync(join(tmpdir(), 'tg-date-shortcut-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const MIN = Date.UTC(2005, 0, 1);
const MAX = Date.UTC(2024, 11, 31);

/** A date mostly; `late` values (other shapes, offsets) only from row `from` on, at rate `rate`. */
function column(seed: number, n: number, from: number, rate: number): (string | null)[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const d = `${2000 + Math.floor(r() * 30)}-${pad(1 + Math.floor(r() * 12))}-${pad(1 + Math.floor(r() * 28))}`;
    const x = r();
    if (seed % 2 === 0 && i < 50) return null; // nulls first
    if (x < 0.03) return null;
    // Not a date in any shape: the shortcut must still hold where only these are unread.
    if (x < 0.05)
      return ['2023-02-30', '2025/09/11', 'soon', '２０２４-01-01', '2024-01-01 '][Math.floor(r() * 5)]!;
    if (i >= from && x < 0.05 + rate) {
      const t = `${pad(Math.floor(r() * 24))}:${pad(Math.floor(r() * 60))}:${pad(Math.floor(r() * 60))}`;
      return [`${d}T${t}`, `${d} ${t}.25`, `${d}T${t}+09:00`, `${d}T${t}Z`, `${d} ${t.slice(0, 5)}`][
        Math.floor(r() * 5)
      ]!;
    }
    return d;
  });
}

/** The failing rows of date_between [MIN, MAX] by the reference parse: every ISO shape in turn. */
function expectedFailing(t: (string | null)[]): number[] {
  const ms = isoReference(pl.DataFrame({ t }, { schema: { t: pl.String } }));
  return ms.flatMap((v, i) =>
    t[i] !== null && (v === null || Number(v) < MIN || Number(v) > MAX) ? [i] : [],
  );
}

const suiteOf = (file: string): string =>
  `version: 1\nsources:\n  s: { path: ${file} }\nchecks:\n  s:\n` +
  "    - date_between: { column: d, min: '2005-01-01', max: '2024-12-31' }\n" +
  '    - not_in_future: { column: d }\n';

const cases = [
  { name: 'one shape throughout', n: 3000, from: Infinity, rate: 0 },
  { name: 'other shapes after the probed rows', n: 25_000, from: 12_000, rate: 0.02 },
  { name: 'one datetime on the last row only', n: 15_000, from: 14_999, rate: 1 },
  { name: 'other shapes everywhere', n: 4000, from: 0, rate: 0.3 },
];

test('date checks on text columns count and sample the rows of the full parse, CSV whole and chunked, Parquet', async () => {
  for (const [k, c] of cases.entries()) {
    for (const seed of [1, 2]) {
      const t = column(seed * 10 + k, c.n, c.from, c.rate);
      if (c.from === c.n - 1) t[c.n - 1] = '2030-06-01T10:00:00+09:00';
      const want = expectedFailing(t);
      const df = pl.DataFrame({ d: t }, { schema: { d: pl.String } });
      const csv = `s-${k}-${seed}.csv`;
      const parquet = `s-${k}-${seed}.parquet`;
      df.writeCSV(join(dir, csv));
      df.writeParquet(join(dir, parquet));
      const [whole, chunked] = await bothWays(suiteOf(csv), dir, 0.05);
      const [fromParquet] = await bothWays(suiteOf(parquet), dir, 0.05);
      for (const [how, report] of [
        ['whole', whole],
        ['chunked', chunked],
        ['parquet', fromParquet],
      ] as const) {
        const check = report.sources[0]!.checks[0]!;
        const label = `${c.name}, seed ${seed}, ${how}`;
        assert.equal(check.failingCount, want.length, label);
        assert.deepEqual(
          check.samples!.map((s) => s.row),
          want.slice(0, check.samples!.length),
          label,
        );
        assert.equal(check.samples!.length, Math.min(want.length, 5), label);
      }
      assert.deepEqual(chunked.sources[0]!.checks, whole.sources[0]!.checks, `${c.name}, seed ${seed}`);
    }
  }
});

test('the shortcut is taken where the probe saw one shape, and dropped in the query that finds another', async () => {
  const at = async (t: (string | null)[]) => {
    const file = `q-${t.length}-${t.at(-1)}.csv`;
    pl.DataFrame({ d: t }, { schema: { d: pl.String } }).writeCSV(join(dir, file));
    const suite = parseSuite(suiteOf(file), { baseDir: dir });
    const source = openSource('s', suite.sources.s!, { baseDir: dir });
    const now = new Date('2026-01-01T00:00:00Z');
    const plan = await planSource(source, suite.checks.s!, { now, sampleSize: 5, others: () => source });
    const checks = queried(plan);
    const exprs = checks.flatMap((p) => p.exprs);
    const { shortcuts } = await queryRow({ plan, frame: plan.frame, checks, exprs, shortcuts: true });
    const offered = [...plan.derived.values()].some((d) => d.shortcut);
    return { shape: isoShapeOf(source, 'd'), offered, held: offered && shortcuts };
  };
  const dates = column(5, 12_000, Infinity, 0);
  const shape = { format: '%Y-%m-%d', uniform: true };
  assert.deepEqual(await at(dates), { shape, offered: true, held: true });
  // A datetime past the probed rows: the probe saw one shape, the query finds the other.
  assert.deepEqual(await at([...dates, '2024-01-01T10:00:00']), { shape, offered: true, held: false });
  // Mixed shapes in the probed rows: the shortcut is not tried.
  assert.deepEqual(await at(column(6, 2000, 0, 0.3)), {
    shape: { ...shape, uniform: false },
    offered: false,
    held: false,
  });
});
