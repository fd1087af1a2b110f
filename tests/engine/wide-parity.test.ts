import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { stringify } from 'yaml';
import { FUSED_SAMPLE_LISTS } from '../../src/core/engine/plan.ts';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import type { CheckResult, Report } from '../../src/core/result/schema.ts';
import { parseSuite } from '../../src/core/suite/load.ts';
import { bothWays } from '../helpers/both-ways.ts';
import { rng as random } from '../helpers/random.ts';

/*
 * A wide suite's row checks count failing rows without a mask column, share their judged counts
 * and take samples in a second query only for the checks that fail (engine/plan.ts, fused.ts).
 * Its report must equal, field for field and sample for sample, the chunked driver's (a mask
 * column, its own judged count and samples per check in every query) and a small suite's
 * (samples fused in the one query), on short and long frames alike.
 */

const SAMPLE_SIZE = 5;
const COPIES = 80;
const WORDS = ['alpha', 'Ünïcödé', '日本語', 'emoji 🎉', 'x,y', 'beta', ''];

/**
 * One copy's columns: ints with nulls first, floats with NaN, unicode text, dates, all nulls. A
 * typed column keeps one value at least (all nulls read as text, and its checks are dtype errors).
 */
function columnsOf(k: number, rows: number, rnd: () => number): Record<string, string[]> {
  const leadingNulls = Math.min(rows - 1, 1 + (k % 3));
  const cell = <T>(i: number, f: () => T, nullShare: number): string =>
    i < leadingNulls || rnd() < nullShare ? '' : String(f());
  const range = (i: number): number => Math.floor(rnd() * 120) - 10 + (i % 2);
  return {
    [`n${k}`]: Array.from({ length: rows }, (_, i) => cell(i, () => range(i), 0.1)),
    [`x${k}`]: Array.from({ length: rows }, (_, i) =>
      cell(i, () => (rnd() < 0.1 ? 'NaN' : (rnd() * 10 - 1).toFixed(3)), 0.1),
    ),
    [`s${k}`]: Array.from({ length: rows }, (_, i) =>
      cell(i, () => `"${WORDS[Math.floor(rnd() * WORDS.length)]!}"`, 0.05),
    ),
    [`d${k}`]: Array.from({ length: rows }, (_, i) =>
      cell(i, () => `2024-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`, 0.1),
    ),
    [`e${k}`]: Array.from({ length: rows }, () => ''),
  };
}

/** Row checks of every kind the engine plans differently, and an aggregate, per copy. */
function checksOf(k: number): Record<string, unknown>[] {
  return [
    { not_null: { column: `n${k}` } },
    { not_null: { column: `e${k}`, severity: 'low' } },
    { between: { column: `n${k}`, min: 0, max: 100 } },
    { between: { column: `x${k}`, min: 0, max: 8, mostly: 0.6 } },
    { between: { column: `n${k}`, min: 10, max: 90, where: `d${k} >= '2024-05-01'` } },
    { regex: { column: `s${k}`, pattern: '^[a-z]+$' } },
    { not_null: { column: `s${k}`, where: `n${k} > 50` } },
    { finite: { column: `x${k}` } },
    { unique: { column: `d${k}` } },
    { null_fraction_max: { column: `x${k}`, max: 0.2 } },
  ];
}

function csvOf(rows: number, copies: number): string {
  const rnd = random(rows * 7919 + copies);
  const cols: Record<string, string[]> = {};
  for (let k = 0; k < copies; k++) Object.assign(cols, columnsOf(k, rows, rnd));
  const names = Object.keys(cols);
  const lines = Array.from({ length: rows }, (_, i) => names.map((n) => cols[n]![i]).join(','));
  return `${names.join(',')}\n${lines.join('\n')}\n`;
}

function suiteYaml(path: string, copies: number): string {
  const checks = Array.from({ length: copies }, (_, k) => checksOf(k)).flat();
  return stringify({
    version: 1,
    defaults: { sample_size: SAMPLE_SIZE },
    sources: { data: { path } },
    checks: { data: checks },
  });
}

const checksOnly = (r: Report): { rows: number | null; checks: CheckResult[] } => {
  const [s] = r.sources;
  assert.equal(s!.error, undefined, JSON.stringify(s!.error));
  return { rows: s!.rowCount, checks: s!.checks };
};

describe('wide suites report exactly what the fused and chunked paths report', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'tg-wide-parity-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const rows of [1, 2, SAMPLE_SIZE, SAMPLE_SIZE + 1, 1000]) {
    test(`${rows} row(s)`, { timeout: 300_000 }, async () => {
      const path = join(dir, `wide-${rows}.csv`);
      writeFileSync(path, csvOf(rows, COPIES));
      // Sample lists of the row checks without a `clean` proof: the wide suite takes the late path.
      assert.ok(COPIES * 8 * 2 > FUSED_SAMPLE_LISTS);
      const [whole, chunked] = await bothWays(suiteYaml(path, COPIES), dir, 64);
      const wide = checksOnly(whole);
      assert.deepEqual(wide, checksOnly(chunked));
      // The first copies as a small suite of their own: samples fused in the one query.
      const small = checksOnly(await runSmall(suiteYaml(path, 3), dir, new Date('2026-01-01T00:00:00Z')));
      assert.deepEqual(wide.checks.slice(0, small.checks.length), small.checks);
      // The data fails somewhere with samples, and some checks pass: both paths are exercised.
      const failing = wide.checks.filter((c) => c.status === 'fail');
      assert.ok(failing.some((c) => c.samples.length > 0));
      assert.ok(wide.checks.some((c) => c.status === 'pass'));
      if (rows > SAMPLE_SIZE) assert.ok(failing.some((c) => c.samples.length === SAMPLE_SIZE));
    });
  }
});

function runSmall(yaml: string, baseDir: string, now: Date): Promise<Report> {
  return runSuite(parseSuite(yaml, { baseDir }), { now, runId: 'fixed' });
}
