import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import pl from 'nodejs-polars';
import type { CheckContext, RowPlan } from '../../src/core/checks/define.ts';
import type { CheckInstance } from '../../src/core/checks/instance.ts';
import { getCheck } from '../../src/core/checks/registry.ts';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import type { CheckResult } from '../../src/core/result/schema.ts';
import { loadFixtureSuite, type Checks, type Fixture } from '../helpers/run-check.ts';

/**
 * Duplicate checks carry a `clean` proof (a distinct count of key hashes) so clean data skips
 * isDuplicated. The proof must agree with the exact path on every kind of key, so each case runs
 * twice: as shipped, and with the proof removed from the plan.
 */
async function withAndWithoutProof(
  fixture: Fixture,
  checks: Checks,
): Promise<{ proved: CheckResult[]; exact: CheckResult[] }> {
  const { suite, cleanup } = loadFixtureSuite(fixture, checks);
  const opts = { now: new Date('2024-06-01T00:00:00Z'), runId: 'test' };
  try {
    const proved = (await runSuite(suite, opts)).sources[0]!.checks;
    const strip = (inst: CheckInstance): CheckInstance => ({
      ...inst,
      plan: (ctx) => {
        const plan = inst.plan(ctx);
        if (plan.kind !== 'row') return plan;
        assert.ok(plan.clean, `${inst.type} has a clean proof`);
        const { clean: _proof, ...rest } = plan;
        return rest;
      },
    });
    for (const [name, list] of Object.entries(suite.checks)) suite.checks[name] = list.map(strip);
    const exact = (await runSuite(suite, opts)).sources[0]!.checks;
    return { proved, exact };
  } finally {
    cleanup();
  }
}

const checks = (columns: string[]): Checks => [
  { unique: { column: columns[0] } },
  { unique_combination: { columns } },
  { primary_key: { columns } },
  { no_duplicate_rows: { columns } },
  { unique: { column: columns[0], where: 'g > 1' } },
];

describe('clean proofs of duplicate checks', () => {
  const cases: [string, Record<string, unknown>[]][] = [
    [
      'unique floats, including 0.0 next to NaN',
      [
        { x: 0.5, y: 'a', g: 1 },
        { x: 1.5, y: 'a', g: 2 },
        { x: null, y: 'b', g: 2 },
        { x: 2.5, y: null, g: null },
      ],
    ],
    [
      'strings repeated only outside the where filter',
      [
        { x: 'k1', y: 'a', g: 1 },
        { x: 'k1', y: 'a', g: 1 },
        { x: 'k2', y: 'b', g: 2 },
        { x: 'k3', y: 'b', g: 3 },
      ],
    ],
    [
      'nulls in keys: skipped by unique, compared by no_duplicate_rows',
      [
        { x: null, y: 'a', g: 2 },
        { x: null, y: 'a', g: 2 },
        { x: 'k', y: 'a', g: 2 },
      ],
    ],
    [
      'integer duplicates inside the filter',
      [
        { x: 7, y: 'a', g: 2 },
        { x: 7, y: 'b', g: 3 },
        { x: 8, y: 'b', g: 3 },
        { x: 8, y: 'b', g: 0 },
      ],
    ],
  ];
  for (const [name, records] of cases) {
    test(`agrees with the exact path: ${name}`, async () => {
      const { proved, exact } = await withAndWithoutProof({ records }, checks(['x', 'y']));
      assert.deepEqual(proved, exact);
    });
  }

  test('is true on clean keys and false as soon as one key repeats', () => {
    const ctx = {
      col: (n: string) => pl.col(n),
      mask: () => undefined,
      schema: { x: 'Float64', y: 'String' },
    } as unknown as CheckContext;
    const proof = (df: pl.DataFrame, name: string, params: Record<string, unknown>): unknown => {
      const plan = getCheck(name)!.plan(params, ctx) as RowPlan;
      return df.select(plan.clean!.alias('k')).toRecords()[0]!.k;
    };
    const clean = pl.DataFrame({ x: [0.5, 1.5, null, null], y: ['a', 'a', 'b', 'b'] });
    const repeated = pl.DataFrame({ x: [0.5, 0.5, 1.0], y: ['a', 'a', 'b'] });
    for (const [name, params] of [
      ['unique', { column: 'x' }],
      ['unique_combination', { columns: ['x', 'y'] }],
    ] as const) {
      assert.equal(proof(clean, name, params), true, name);
      assert.equal(proof(repeated, name, params), false, name);
    }
    // Two null keys are duplicate rows, and a null key breaks a primary key.
    assert.equal(proof(clean, 'no_duplicate_rows', { columns: ['x', 'y'] }), false);
    assert.equal(proof(clean, 'primary_key', { columns: ['x'] }), false);
    assert.equal(proof(clean.head(2), 'primary_key', { columns: ['x'] }), true);
  });

  test('treats 0.0 and -0.0, and NaN and NaN, as the exact path does', async () => {
    const csv = ['x,y,g', '0.0,a,2', '-0.0,a,2', 'NaN,b,2', 'NaN,c,2', '1,d,2'].join('\n');
    const { proved, exact } = await withAndWithoutProof(csv, [{ unique: { column: 'x' } }]);
    assert.deepEqual(proved, exact);
    assert.equal(proved[0]!.failingCount, 4);
  });
});
