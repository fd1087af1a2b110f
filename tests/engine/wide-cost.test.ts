import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import { buildZeroConfigSuite } from '../../src/core/learn/zero-config.ts';

/*
 * Wide files (issue 12): nodejs-polars builds a JS wrapper of ~160 closures per expression and
 * one per query result, each costing about a millisecond, so their number decides how planning
 * scales. A zero-config run of a file ten times as wide must build no more of them: the counts
 * are compared, not timed, so a return to one wrapper per check and node (seconds per thousand
 * columns) fails here on any machine. The counters sit on nodejs-polars' own module exports,
 * which its functions call through.
 */
const req = createRequire(import.meta.url);
const exprModule = req('nodejs-polars/bin/lazy/expr/index.js') as { _Expr: (raw: unknown) => unknown };
const frameModule = req('nodejs-polars/bin/dataframe.js') as { _DataFrame: (raw: unknown) => unknown };

const counts = { exprs: 0, frames: 0 };
const { _Expr, _DataFrame } = { _Expr: exprModule._Expr, _DataFrame: frameModule._DataFrame };
exprModule._Expr = (raw) => {
  counts.exprs++;
  return _Expr(raw);
};
frameModule._DataFrame = (raw) => {
  counts.frames++;
  return _DataFrame(raw);
};
after(() => {
  exprModule._Expr = _Expr;
  frameModule._DataFrame = _DataFrame;
});

const dir = mkdtempSync(join(tmpdir(), 'tg-wide-cost-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A one-row CSV of `n` columns: ints, floats, strings, ISO dates and empty cells in turn. */
function wideCsv(n: number): string {
  const value = (i: number): string => [String(i), `${i}.5`, `v${i}`, '2024-01-02', ''][i % 5]!;
  const file = join(dir, `wide-${n}.csv`);
  const names = Array.from({ length: n }, (_, i) => `c${i}`);
  writeFileSync(file, `${names.join(',')}\n${names.map((_, i) => value(i)).join(',')}\n`);
  return file;
}

interface Cost {
  checks: number;
  /** Wrappers and result frames while learning the suite (profile, proposal, suite). */
  learn: typeof counts;
  /** ... and while running it (plan, fused query, verdicts, samples). */
  run: typeof counts;
}

async function zeroConfig(n: number): Promise<Cost> {
  const file = wideCsv(n);
  const before = { ...counts };
  const suite = await buildZeroConfigSuite([file], { baseDir: dir });
  const learned = { ...counts };
  const report = await runSuite(suite, { now: new Date('2026-01-01T00:00:00Z') });
  assert.equal(report.summary.failed + report.summary.errored, 0);
  const diff = (a: typeof counts, b: typeof counts): typeof counts => ({
    exprs: a.exprs - b.exprs,
    frames: a.frames - b.frames,
  });
  return { checks: report.summary.checks, learn: diff(learned, before), run: diff(counts, learned) };
}

test('a zero-config run builds as many polars wrappers and queries at 400 columns as at 40', async () => {
  await zeroConfig(5); // once-per-process expressions (e.g. the row index) are built here
  const narrow = await zeroConfig(40);
  const wide = await zeroConfig(400);
  assert.ok(wide.checks > 8 * narrow.checks, `${narrow.checks} -> ${wide.checks} checks`);
  // Planning, querying and judging 500 checks: a fixed handful of wrappers, not some per check.
  assert.ok(wide.run.exprs <= narrow.run.exprs + 2, `run: ${narrow.run.exprs} -> ${wide.run.exprs} wrappers`);
  assert.ok(wide.run.frames <= narrow.run.frames, `run: ${narrow.run.frames} -> ${wide.run.frames} queries`);
  // The profile plans one expression per metric and dtype, whatever the width.
  assert.ok(
    wide.learn.exprs <= narrow.learn.exprs + 2,
    `learn: ${narrow.learn.exprs} -> ${wide.learn.exprs} wrappers`,
  );
  assert.ok(
    wide.learn.frames <= narrow.learn.frames,
    `learn: ${narrow.learn.frames} -> ${wide.learn.frames} queries`,
  );
});
