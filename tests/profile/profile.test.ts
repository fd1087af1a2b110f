import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import pl from 'nodejs-polars';
import { profileSource } from '../../src/core/profile/profile.ts';
import { Profile, QUANTILE_GRID_SIZE } from '../../src/core/profile/types.ts';
import { openSource } from '../../src/core/sources/open.ts';

const DATA = new URL('../../node_modules/vega-datasets/data/', import.meta.url).pathname;

/** Linear-interpolation quantile, computed independently of polars. */
function quantile(sorted: number[], q: number): number {
  const pos = q * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

describe('profile of seattle-weather.csv against a hand-rolled computation', async () => {
  const text = readFileSync(`${DATA}seattle-weather.csv`, 'utf8').trim().split('\n');
  const header = text[0]!.split(',');
  const rows = text.slice(1).map((l) => l.split(','));
  const col = (name: string): string[] => rows.map((r) => r[header.indexOf(name)]!);
  const profile = await profileSource(openSource('w', { path: `${DATA}seattle-weather.csv` }));
  const byName = (n: string) => profile.columns.find((c) => c.name === n)!;

  test('is a valid, versioned profile', () => {
    assert.equal(Profile.parse(JSON.parse(JSON.stringify(profile))).schemaVersion, 1);
    assert.equal(profile.table.rows, rows.length);
    assert.equal(profile.table.columns, header.length);
    assert.equal(profile.table.duplicateRows, 0);
  });

  test('numeric moments, extremes and quantiles', () => {
    for (const name of ['precipitation', 'temp_max', 'temp_min', 'wind']) {
      const xs = col(name).map(Number);
      const sorted = [...xs].sort((a, b) => a - b);
      const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
      const std = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1));
      const c = byName(name);
      assert.equal(c.count, xs.length);
      assert.equal(c.nullCount, 0);
      assert.equal(c.distinct.count, new Set(xs).size);
      assert.equal(c.distinct.approximate, false);
      const n = c.numeric!;
      assert.equal(n.min, sorted[0]);
      assert.equal(n.max, sorted.at(-1));
      assert.ok(Math.abs(n.mean - mean) < 1e-9);
      assert.ok(Math.abs(n.std! - std) < 1e-9);
      assert.equal(n.quantileGrid.length, QUANTILE_GRID_SIZE);
      for (const [k, q] of [
        ['p1', 0.01],
        ['p25', 0.25],
        ['p50', 0.5],
        ['p95', 0.95],
        ['p99', 0.99],
      ] as const) {
        assert.ok(Math.abs(n.quantiles[k] - quantile(sorted, q)) < 1e-9, `${name} ${k}`);
      }
      assert.equal(n.quantileGrid[0], sorted[0]);
      assert.equal(n.quantileGrid[100], sorted.at(-1));
      assert.equal(
        n.histogram.counts.reduce((s, x) => s + x, 0),
        xs.length,
      );
    }
  });

  test('top values, string lengths, semantic types and order', () => {
    const weather = col('weather');
    const counts = new Map<string, number>();
    for (const w of weather) counts.set(w, (counts.get(w) ?? 0) + 1);
    const c = byName('weather');
    assert.deepEqual(
      c.topValues,
      [...counts.entries()].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count),
    );
    assert.equal(c.otherCount, 0);
    assert.equal(c.topValuesComplete, true);
    assert.equal(c.semanticType, 'categorical');
    const lens = weather.map((w) => w.length);
    assert.equal(c.lengths!.min, Math.min(...lens));
    assert.equal(c.lengths!.max, Math.max(...lens));
    assert.ok(Math.abs(c.lengths!.mean - lens.reduce((s, x) => s + x, 0) / lens.length) < 1e-9);
    const date = byName('date');
    assert.equal(date.semanticType, 'iso_date');
    assert.equal(date.semanticShare, 1);
    assert.equal(date.monotonic, 'increasing');
    assert.equal(date.monotonicStrict, true);
    assert.equal(date.topValues!.length, 1000, 'topK caps the kept values');
    assert.equal(date.otherCount, rows.length - 1000);
  });
});

describe('profile of flights-200k.arrow against polars Series methods', async () => {
  const df = pl.scanIPC(`${DATA}flights-200k.arrow`).collectSync();
  const profile = await profileSource(openSource('f', { path: `${DATA}flights-200k.arrow` }));
  test('moments, quantiles and distinct counts agree', () => {
    for (const c of profile.columns) {
      const s = df.getColumn(c.name);
      assert.equal(c.count, s.len() - s.nullCount());
      assert.equal(c.distinct.count, s.nUnique());
      assert.ok(
        Math.abs(c.numeric!.mean - (s.mean() as number)) < 1e-6 * Math.abs(s.mean() as number) + 1e-9,
      );
      for (const q of [0.05, 0.5, 0.95]) {
        const key = `p${Math.round(q * 100)}` as 'p5' | 'p50' | 'p95';
        const expected = Number(s.quantile(q, 'linear'));
        assert.ok(
          Math.abs(c.numeric!.quantiles[key] - expected) < 1e-4 * (Math.abs(expected) + 1),
          `${c.name} ${key}`,
        );
      }
    }
  });
});

test('date-times become epoch milliseconds with an ISO range and order', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tg-'));
  const base = Date.UTC(2024, 0, 1);
  const times = Array.from({ length: 50 }, (_, i) => new Date(base + i * 3_600_000));
  pl.DataFrame({ at: times })
    .withColumn(
      pl.Series(
        'n',
        times.map((_, i) => i),
        pl.Int64,
      ),
    )
    .writeParquet(join(dir, 't.parquet'));
  const p = await profileSource(openSource('t', { path: join(dir, 't.parquet') }));
  const at = p.columns.find((c) => c.name === 'at')!;
  assert.equal(at.kind, 'temporal');
  assert.equal(at.numeric!.unit, 'ms');
  assert.equal(at.numeric!.min, base);
  assert.equal(at.numeric!.max, base + 49 * 3_600_000);
  assert.equal(at.temporalRange!.min, '2024-01-01T00:00:00.000Z');
  assert.equal(at.monotonic, 'increasing');
  assert.equal(at.monotonicStrict, true);
  assert.equal(p.columns.find((c) => c.name === 'n')!.semanticType, 'identifier');
});
