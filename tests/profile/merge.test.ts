import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import pl from 'nodejs-polars';
import { mergeProfiles } from '../../src/core/profile/merge.ts';
import { profileSource } from '../../src/core/profile/profile.ts';
import type { ColumnProfile, Profile } from '../../src/core/profile/types.ts';
import { openSource } from '../../src/core/sources/open.ts';
import { assertExactFields, close } from './exact-fields.ts';

const DATA = new URL('../../node_modules/vega-datasets/data/', import.meta.url).pathname;
describe('merge of seattle-weather.csv split into three files', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tg-'));
  const [header, ...lines] = readFileSync(`${DATA}seattle-weather.csv`, 'utf8').trim().split('\n');
  const third = Math.ceil(lines.length / 3);
  for (let i = 0; i < 3; i++) {
    writeFileSync(
      join(dir, `part-${i}.csv`),
      [header, ...lines.slice(i * third, (i + 1) * third)].join('\n'),
    );
  }
  const source = openSource('w', { path: join(dir, 'part-*.csv') });
  const whole = await profileSource(source);
  const merged = await profileSource(source, { perFile: true });

  test('exact fields equal the whole', () => {
    assert.equal(merged.parts, 3);
    assertExactFields(merged, whole);
  });

  test('parts small enough for exact sketches give exact quantiles', () => {
    for (const w of whole.columns.filter((c) => c.numeric)) {
      const m = merged.columns.find((c) => c.name === w.name)!;
      assert.equal(m.numeric!.quantilesApproximate, false);
      m.numeric!.quantileGrid.forEach((v, i) =>
        assert.ok(close(v, w.numeric!.quantileGrid[i]!), `${w.name} p${i}`),
      );
    }
  });

  test('complete value lists merge into an exact distinct count', () => {
    const m = merged.columns.find((c) => c.name === 'date')!;
    assert.deepEqual(m.distinct, { count: 1461, approximate: false });
  });

  test('beyond topK the distinct count is a HyperLogLog estimate within its error', async () => {
    const small = await profileSource(source, { perFile: true, topK: 100 });
    const m = small.columns.find((c) => c.name === 'date')!;
    assert.equal(m.distinct.approximate, true);
    assert.equal(m.topValuesApproximate, true);
    assert.ok(Math.abs(m.distinct.count - 1461) / 1461 < 0.05, String(m.distinct.count));
    assert.equal(small.table.duplicateRowsApproximate, true);
    assert.equal(small.table.duplicateRows, 0);
  });
});

describe('merge of flights-200k.arrow split into four parquet files', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tg-'));
  const df = pl.scanIPC(`${DATA}flights-200k.arrow`).collectSync();
  const n = df.height;
  for (let i = 0; i < 4; i++) df.slice(i * (n / 4), n / 4).writeParquet(join(dir, `p${i}.parquet`));
  const source = openSource('f', { path: join(dir, '*.parquet') });
  const whole = await profileSource(source);
  const parts: Profile[] = [];
  for (const lf of source.lazyFiles()) {
    const one = await profileSource({ ...source, files: [source.files[parts.length]!], lazy: () => lf });
    parts.push(one);
  }
  const merged = mergeProfiles(parts);

  test('exact fields equal the whole', () => assertExactFields(merged, whole));

  test('quantiles are within the documented rank error (1/(sketchSize-1) per merge level)', () => {
    const eps = 1 / (whole.options.sketchSize - 1);
    for (const w of whole.columns) {
      const m: ColumnProfile = merged.columns.find((c) => c.name === w.name)!;
      assert.equal(m.numeric!.quantilesApproximate, true);
      const sorted = Float64Array.from(df.getColumn(w.name).toArray() as number[]).sort();
      for (const [k, q] of Object.entries({ p1: 0.01, p25: 0.25, p50: 0.5, p75: 0.75, p99: 0.99 })) {
        const v = m.numeric!.quantiles[k as 'p50'];
        let below = 0;
        let atOrBelow = 0;
        for (const x of sorted) {
          if (x < v) below++;
          if (x <= v) atOrBelow++;
        }
        const lo = below / sorted.length - eps;
        const hi = atOrBelow / sorted.length + eps;
        assert.ok(q >= lo && q <= hi, `${w.name} ${k}: value ${v} covers ranks [${lo}, ${hi}]`);
      }
    }
  });

  test('distinct counts: exact where value lists were complete, else within 3 HLL standard errors', () => {
    for (const w of whole.columns) {
      const m = merged.columns.find((c) => c.name === w.name)!;
      const truth = df.getColumn(w.name).nUnique();
      if (!m.distinct.approximate) assert.equal(m.distinct.count, truth);
      else
        assert.ok(
          Math.abs(m.distinct.count - truth) / truth < 3 * 0.0163,
          `${w.name}: ${m.distinct.count} vs ${truth}`,
        );
    }
  });

  test('histograms cover every value', () => {
    for (const c of merged.columns) {
      const total = c.numeric!.histogram.counts.reduce((s, x) => s + x, 0);
      assert.ok(Math.abs(total - c.numeric!.count) <= c.numeric!.histogram.counts.length, c.name);
    }
  });
});

describe('a CSV above the chunk threshold is profiled chunk by chunk', async () => {
  const source = openSource('w', { path: `${DATA}seattle-weather.csv` });
  const whole = await profileSource(source);
  process.env.TRUTHGATE_CHUNK_THRESHOLD_MB = '0';
  process.env.TRUTHGATE_CHUNK_MB = '0.004';
  let chunked: Profile;
  try {
    // Whether a source is read in chunks is decided when it is opened.
    chunked = await profileSource(openSource('w', { path: `${DATA}seattle-weather.csv` }));
  } finally {
    delete process.env.TRUTHGATE_CHUNK_THRESHOLD_MB;
    delete process.env.TRUTHGATE_CHUNK_MB;
  }

  test('merges the chunks: exact fields equal the in-memory profile', () => {
    assert.ok(chunked.parts > 5, `parts: ${chunked.parts}`);
    assert.deepEqual(chunked.source, whole.source);
    assertExactFields(chunked, whole);
    assert.deepEqual(
      chunked.columns.map((c) => c.dtype),
      whole.columns.map((c) => c.dtype),
    );
  });

  test('marks what became approximate; complete value lists stay exact', () => {
    assert.equal(chunked.table.duplicateRowsApproximate, true);
    const date = chunked.columns.find((c) => c.name === 'date')!;
    assert.deepEqual(date.distinct, { count: 1461, approximate: false });
  });
});
