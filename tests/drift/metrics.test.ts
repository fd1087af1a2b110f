import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import pl from 'nodejs-polars';
import {
  chiSquare,
  chiSquareSurvival,
  gridCdf,
  hellinger,
  jsDistance,
  ksPValue,
  psi,
  totalVariation,
  wassersteinFromGrids,
} from '../../src/core/drift/metrics.ts';
import { exactKs } from '../../src/core/drift/sides.ts';
import { gridKs } from '../../src/core/drift/judge.ts';

const close = (a: number, b: number, eps = 1e-6): void => assert.ok(Math.abs(a - b) < eps, `${a} != ${b}`);

describe('drift metrics on hand-computed cases', () => {
  test('PSI of [0.5, 0.5] -> [0.25, 0.75]', () => {
    // (0.25-0.5)ln(0.5) + (0.75-0.5)ln(1.5) = 0.173287 + 0.101366
    close(psi([0.5, 0.5], [0.25, 0.75]), 0.274653);
    close(psi([0.2, 0.8], [0.2, 0.8]), 0);
  });

  test('Jensen–Shannon distance (base 2)', () => {
    close(jsDistance([1, 0], [0, 1]), 1);
    // m = [0.75, 0.25]; KL(p||m) = 0.207519, KL(q||m) = 0.415037; sqrt(0.311278)
    close(jsDistance([0.5, 0.5], [1, 0]), 0.557923);
    close(jsDistance([0.3, 0.7], [0.3, 0.7]), 0);
  });

  test('Hellinger and total variation', () => {
    close(hellinger([0.5, 0.5], [1, 0]), Math.sqrt(1 - Math.sqrt(0.5)));
    close(hellinger([1, 0], [0, 1]), 1);
    close(totalVariation([0.5, 0.5], [1, 0]), 0.5);
    close(totalVariation([0.1, 0.2, 0.7], [0.2, 0.2, 0.6]), 0.1);
  });

  test('chi-square homogeneity on a 2 x 2 table', () => {
    // expected 15 in every cell: 4 * 25/15
    const r = chiSquare([10, 20], [20, 10]);
    close(r.statistic, 6.666667);
    assert.equal(r.df, 1);
    close(r.pValue, 0.009823, 1e-5);
    close(r.cramersV, Math.sqrt(6.666667 / 60));
    // cells empty on both sides do not count as degrees of freedom
    assert.equal(chiSquare([10, 0, 20], [20, 0, 10]).df, 1);
  });

  test('chi-square survival at the 5% critical values', () => {
    close(chiSquareSurvival(3.841458820694124, 1), 0.05, 1e-9);
    close(chiSquareSurvival(5.991464547107979, 2), 0.05, 1e-9);
    close(chiSquareSurvival(124.342, 100), 0.05, 1e-4);
  });

  test('KS p-value: tiny D is not significant, large D is', () => {
    assert.equal(ksPValue(0, 100, 100), 1);
    assert.ok(ksPValue(0.05, 100, 100) > 0.5);
    assert.ok(ksPValue(0.5, 100, 100) < 1e-9);
    // lambda = 1 gives Q = 0.27 (Kolmogorov's distribution); ne = 100 -> D = 1 / 10.1211
    close(ksPValue(1 / (10 + 0.12 + 0.011), 10_000, 10_000 / 99), 0.27, 0.003);
  });

  test('exact KS statistic matches an independent ECDF computation', async () => {
    const a = [1, 2, 2, 3, 4, 5, 9];
    const b = [2, 3, 4, 6, 7, 8];
    let d = 0;
    for (const x of [...a, ...b]) {
      const fa = a.filter((v) => v <= x).length / a.length;
      const fb = b.filter((v) => v <= x).length / b.length;
      d = Math.max(d, Math.abs(fa - fb));
    }
    const got = await exactKs(
      pl.DataFrame({ v: a }),
      pl.DataFrame({ v: b }),
      { name: 'v', dtype: 'Float64', count: a.length },
      { name: 'v', dtype: 'Float64', count: b.length },
    );
    close(got, d);
  });

  test('grid CDF inverts the linear quantile grid, atoms included', () => {
    const grid = Array.from({ length: 101 }, (_, i) => i);
    close(gridCdf(grid, 25.5).at, 0.255);
    assert.deepEqual(gridCdf(grid, -1), { at: 0, before: 0 });
    const tied = Array.from({ length: 101 }, (_, i) => (i < 40 ? 0 : i < 60 ? 5 : i));
    assert.deepEqual(gridCdf(tied, 5), { at: 0.59, before: 0.4 });
  });

  test('grid KS: a lower bound and an upper bound around the gap', () => {
    const grid = Array.from({ length: 101 }, (_, i) => i);
    // current: everything shifted by 10 -> ECDF(x) = (x - 10)/100
    const le = grid.map((x) => Math.max(0, Math.min(1, (x - 10) / 100)) * 1000);
    const { d, upper } = gridKs(grid, grid, le, le, 1000);
    close(d, 0.1, 1e-9);
    assert.ok(upper >= d && upper <= 0.11 + 1e-9);
  });

  test('Wasserstein from grids: a shift of 2 costs 2', () => {
    const g = Array.from({ length: 101 }, (_, i) => i / 10);
    close(
      wassersteinFromGrids(
        g,
        g.map((x) => x + 2),
      ),
      2,
    );
  });
});
