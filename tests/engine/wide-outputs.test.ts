import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { stringify } from 'yaml';
import { outputsOf, planSource, queried, type SourcePlan } from '../../src/core/engine/plan.ts';
import { openSource } from '../../src/core/sources/open.ts';
import { parseSuite } from '../../src/core/suite/load.ts';

/*
 * Polars spends tens of µs planning each output of a query, however few the rows, so a wide
 * suite's first query must hold about one output per check: judged counts of the same rows are
 * shared, and a check whose samples wait for the second query has no mask column in the first.
 */
const dir = mkdtempSync(join(tmpdir(), 'tg-wide-outputs-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const WIDTH = 600;

async function planWide(checksOf: (column: string) => Record<string, unknown>[]): Promise<SourcePlan> {
  const names = Array.from({ length: WIDTH }, (_, i) => `c${i}`);
  const path = join(dir, 'wide.csv');
  writeFileSync(path, `${names.join(',')}\n${names.map((_, i) => i).join(',')}\n`);
  const suite = parseSuite(
    stringify({ version: 1, sources: { data: { path } }, checks: { data: names.flatMap(checksOf) } }),
    { baseDir: dir },
  );
  const source = openSource('data', suite.sources.data!, { baseDir: dir });
  return planSource(source, suite.checks.data!, {
    now: new Date('2026-01-01T00:00:00Z'),
    sampleSize: 5,
    others: () => source,
  });
}

test('not_null checks of a wide suite: one output each and one shared row count, no masks', async () => {
  const plan = await planWide((c) => [{ not_null: { column: c } }]);
  const list = queried(plan);
  assert.equal(list.length, WIDTH);
  assert.ok(list.every((p) => p.lateSamples && p.row?.judged.name === list[0]!.row!.judged.name));
  assert.equal(outputsOf(list, (p) => p.exprs).length, WIDTH + 1);
});

test('range checks share the judged count of their column, also with not_null beside them', async () => {
  const plan = await planWide((c) => [
    { not_null: { column: c } },
    { between: { column: c, min: 0, max: 1000 } },
    { between: { column: c, min: -5, max: 5000, where: 'c0 >= 0' } },
  ]);
  const list = queried(plan);
  assert.equal(list.length, 3 * WIDTH);
  // Per column: three failing counts and the judged count of the unfiltered range check; per
  // suite: the row count and the `where` column's non-null rows inside it, one per column.
  const judged = new Set(list.map((p) => p.row!.judged.name));
  assert.equal(judged.size, 1 + 2 * WIDTH);
  assert.equal(outputsOf(list, (p) => p.exprs).length, 3 * WIDTH + judged.size);
});
