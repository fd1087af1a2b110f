import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import pl from 'nodejs-polars';
import { planSource, queried, withMasks } from '../../src/core/engine/plan.ts';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import { epochMs, ISO_FORMATS } from '../../src/core/expr/polars-time.ts';
import { openSource } from '../../src/core/sources/open.ts';
import type { CheckResult } from '../../src/core/result/schema.ts';
import { parseSuite } from '../../src/core/suite/load.ts';
import { bothWays } from '../helpers/both-ways.ts';
import { isoReference } from '../helpers/iso-reference.ts';
import { rng } from '../helpers/random.ts';

const dir = mkdtempSync(join(tmpdir(), 'tg-text-dates-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** One text value: mostly one ISO shape, with every other shape, nulls, junk and unicode mixed in. */
function value(r: () => number, main: number): string | null {
  const y = 2000 + Math.floor(r() * 30);
  const d = `${y}-${pad(1 + Math.floor(r() * 12))}-${pad(1 + Math.floor(r() * 28))}`;
  const t = `${pad(Math.floor(r() * 24))}:${pad(Math.floor(r() * 60))}:${pad(Math.floor(r() * 60))}`;
  const shapes = [
    d,
    `${d}T${t}`,
    `${d}T${t}Z`,
    `${d}T${t}.${pad(Math.floor(r() * 1000), 3)}`,
    `${d} ${t}`,
    `${d}T${t}+09:00`,
    `${d} ${t}.5-03:30`,
    `${d}T${t.slice(0, 5)}`,
    `${d} ${t.slice(0, 5)}`,
  ];
  const x = r();
  if (x < 0.05) return null;
  if (x < 0.08)
    return ['2024-13-01', 'yesterday', '２０２４-01-01', '2024-01-01 junk', '', ' 2024-01-01'][
      Math.floor(r() * 6)
    ]!;
  if (x < 0.2) return shapes[Math.floor(r() * shapes.length)]!;
  return shapes[main]!;
}

test('text dates parse as every ISO shape tried in turn, whatever the probed shape (8 seeds, 4 shapes)', () => {
  for (let seed = 1; seed <= 8; seed++) {
    const r = rng(seed);
    const main = seed % 9;
    const n = 1 + Math.floor(r() * 1000);
    // Nulls first on some seeds: the shape is probed on later rows.
    const t = Array.from({ length: n }, (_, i) => (seed % 3 === 0 && i < n / 3 ? null : value(r, main)));
    const df = pl.DataFrame({ t }, { schema: { t: pl.String } });
    const want = isoReference(df);
    // No shape, the one most rows have, another one, and a fast twin.
    for (const shape of [
      undefined,
      ISO_FORMATS[main % 8],
      ISO_FORMATS[(main + 3) % 8],
      '%Y-%m-%dT%H:%M:%S',
    ]) {
      const got = df
        .select(
          epochMs(
            pl.col('t'),
            'String',
            shape === undefined ? undefined : { format: shape, uniform: false },
          ).alias('ms'),
        )
        .getColumn('ms')
        .toArray();
      assert.deepEqual(got, want, `seed ${seed}, shape ${shape}`);
    }
  }
});

test('a column every row of which the first shape reads, or none of which it reads', () => {
  for (const t of [['2024-01-01', '2024-02-03'], ['x', 'y'], [null, null], []] as (string | null)[][]) {
    const df = pl.DataFrame({ t }, { schema: { t: pl.String } });
    const got = df
      .select(epochMs(pl.col('t'), 'String', { format: '%Y-%m-%d', uniform: true }).alias('ms'))
      .getColumn('ms')
      .toArray();
    assert.deepEqual(got, isoReference(df), JSON.stringify(t));
  }
});

/** The optimized polars plan of a source's fused query, to count how often a column is parsed. */
async function optimizedPlan(suite: ReturnType<typeof parseSuite>, name: string, now: Date): Promise<string> {
  const source = openSource(name, suite.sources[name]!, { baseDir: dir });
  const plan = await planSource(source, suite.checks[name]!, { now, sampleSize: 5, others: () => source });
  const list = queried(plan);
  return withMasks(plan, plan.frame, list)
    .select(...list.flatMap((p) => p.exprs))
    .describeOptimizedPlan();
}

test('two date checks on one text column parse it once in the fused query', async () => {
  const rows = ['order_date', '2024-01-05', '2031-02-01', 'bad', '', '2024-03-01T10:00:00Z'];
  writeFileSync(join(dir, 'o.csv'), rows.join('\n') + '\n');
  const suite = parseSuite(
    'version: 1\nsources:\n  o: o.csv\nchecks:\n  o:\n' +
      "    - date_between: { column: order_date, min: '2020-01-01', max: '2030-12-31' }\n" +
      '    - not_in_future: { column: order_date, where: "order_date <> \'\'" }\n',
    { baseDir: dir },
  );
  const now = new Date('2026-01-01T00:00:00Z');
  const text = await optimizedPlan(suite, 'o', now);
  // The probed shape parses the whole column once; the fallback shapes parse only what it left.
  const wholeParses = text.match(/col\("order_date"\)\.str\.strptime/g) ?? [];
  assert.equal(wholeParses.length, 1, text);

  const report = await runSuite(suite, { now });
  const failing = Object.fromEntries(report.sources[0]!.checks.map((c) => [c.type, c.failingCount]));
  assert.deepEqual(failing, { date_between: 2, not_in_future: 2 });
});

test('datetime_format with the probed shape as its format reads the date checks’ parse of the column', async () => {
  const rows = ['d', '', '2024-01-05', '2031-02-01', '2024-02-30', '2024-03-01T10:00:00Z', '05/01/2024'];
  // Most values are dates, so the probe picks the date shape.
  for (let day = 10; day < 20; day++) rows.push(`2024-01-${day}`);
  writeFileSync(join(dir, 'f.csv'), rows.join('\n') + '\n');
  const suite = parseSuite(
    'version: 1\nsources:\n  f: f.csv\nchecks:\n  f:\n' +
      "    - datetime_format: { column: d, format: '%Y-%m-%d' }\n" +
      "    - date_between: { column: d, min: '2020-01-01', max: '2030-12-31' }\n",
    { baseDir: dir },
  );
  const text = await optimizedPlan(suite, 'f', new Date('2026-01-01T00:00:00Z'));
  assert.equal((text.match(/col\("d"\)\.str\.strptime/g) ?? []).length, 1, text);
});

test('datetime_format next to date checks on one column: each as when run alone, whole and chunked', async () => {
  const formats = ['%Y-%m-%d', '%Y-%m-%dT%H:%M:%S', '%Y-%m-%d %H:%M', '%d/%m/%Y'];
  const checks = [
    ...formats.map((f) => `    - datetime_format: { column: d, format: '${f}' }`),
    "    - date_between: { column: d, min: '2005-01-01', max: '2020-12-31' }",
    '    - not_in_future: { column: d }',
  ];
  const suiteOf = (file: string, lines: string[]): string =>
    `version: 1\nsources:\n  s: { path: ${file}, key: [i] }\nchecks:\n  s:\n${lines.join('\n')}\n`;
  const same = (c: CheckResult) => ({
    status: c.status,
    failingCount: c.failingCount,
    observed: c.observed,
    samples: c.samples,
  });
  for (const seed of [3, 4, 9]) {
    const r = rng(seed);
    const main = [0, 1, 7][seed % 3]!;
    const n = 400 + Math.floor(r() * 400);
    // Nulls first (the probe reads later rows), then mixed shapes, junk, impossible dates and
    // day-first dates.
    const values = Array.from({ length: n }, (_, i) => {
      if (i < 40) return '';
      if (r() < 0.05) return `${pad(1 + Math.floor(r() * 28))}/${pad(1 + Math.floor(r() * 12))}/2019`;
      if (r() < 0.03) return '2023-02-29';
      return value(r, main) ?? '';
    });
    const file = `mixed-${seed}.csv`;
    writeFileSync(join(dir, file), ['i,d', ...values.map((v, i) => `${i},${v}`)].join('\n') + '\n');
    const [whole, chunked] = await bothWays(suiteOf(file, checks), dir, 0.002);
    assert.deepEqual(chunked.sources[0]!.checks, whole.sources[0]!.checks, `seed ${seed}`);
    const now = new Date('2026-01-01T00:00:00Z');
    for (const [k, line] of checks.entries()) {
      const alone = await runSuite(parseSuite(suiteOf(file, [line]), { baseDir: dir }), {
        now,
        runId: 'fixed',
      });
      assert.deepEqual(
        same(whole.sources[0]!.checks[k]!),
        same(alone.sources[0]!.checks[0]!),
        `seed ${seed}: ${line}`,
      );
    }
    // The date-only format fails the datetime values the datetime format reads, and back.
    const [dateOnly, dateTime] = whole.sources[0]!.checks;
    assert.ok(dateOnly!.failingCount! > 0 && dateTime!.failingCount! > 0, `seed ${seed}`);
  }
});
