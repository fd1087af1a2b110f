import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import type { CheckResult, SourceResult } from '../../src/core/result/schema.ts';
import { parseSuite } from '../../src/core/suite/load.ts';

/**
 * Runs one source named `name` with `checks` (YAML list items) from a suite in `dir` with the
 * connections `pg` (a PostgreSQL URL) and `duck` (a DuckDB file in `dir`), at a fixed clock.
 */
export function sourceRunner(o: {
  dir: string;
  pgUrl: string;
  duckFile: string;
  name: string;
  checks: string;
}) {
  return async (source: string): Promise<SourceResult> => {
    const suite = parseSuite(
      `version: 1
connections:
  pg: "${o.pgUrl}"
  duck: duckdb:${o.duckFile}
sources:
  ${o.name}: ${source}
checks:
  ${o.name}:${o.checks}`,
      { path: join(o.dir, 'truthgate.yml'), baseDir: o.dir },
    );
    const s = (await runSuite(suite, { now: new Date('2026-01-01T00:00:00Z') })).sources[0]!;
    assert.equal(s.error, undefined, JSON.stringify(s.error));
    return s;
  };
}

/** Numbers equal to 1e-9 relative (sums and deviations may round differently; NaN is NaN), else deep equality. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number')
    return (
      a === b ||
      (Number.isNaN(a) && Number.isNaN(b)) ||
      Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
    );
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return same(ka, kb) && ka.every((k) => same((a as never)[k], (b as never)[k]));
  }
  return a === b;
}

const verdict = (c: CheckResult) => ({
  status: c.status,
  failingCount: c.failingCount,
  observed: c.observed,
  ...(c.errorCode ? { errorCode: c.errorCode } : {}),
});

/**
 * Asserts that every check the SQL source ran gave the polars engine's status, failing count and
 * observed value. `known` lists check ids of known renderer gaps: they must still differ, so the
 * test says when one is fixed. Returns the ids the dialect does not run.
 */
export function assertSameVerdicts(file: SourceResult, sql: SourceResult, known: string[] = []): string[] {
  assert.equal(sql.rowCount, file.rowCount);
  assert.equal(sql.columnCount, file.columnCount);
  const unsupported: string[] = [];
  const mismatched: string[] = [];
  for (const [i, f] of file.checks.entries()) {
    const s = sql.checks[i]!;
    assert.equal(s.id, f.id);
    if (s.errorCode === 'TG_CHECK_UNSUPPORTED_BACKEND') unsupported.push(s.id);
    else if (known.includes(s.id))
      assert.ok(!same(verdict(s), verdict(f)), `${s.id} works now: remove it from known`);
    else if (!same(verdict(s), verdict(f)))
      mismatched.push(
        `${f.id}:\n  polars ${JSON.stringify(verdict(f))}\n  SQL    ${JSON.stringify(verdict(s))}`,
      );
  }
  assert.deepEqual(mismatched, [], mismatched.join('\n'));
  // A run where everything errored alike would prove nothing.
  assert.deepEqual(
    file.checks.filter((c) => c.status === 'error').map((c) => c.id),
    [],
    'every check judges the data on the polars side',
  );
  assert.ok(file.checks.some((c) => c.status === 'fail') && file.checks.some((c) => c.status === 'pass'));
  return unsupported;
}
