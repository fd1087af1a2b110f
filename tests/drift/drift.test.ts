import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pl from 'nodejs-polars';
import { driftCompare } from '../../src/core/drift/compare.ts';
import type { ColumnDrift, DriftReport } from '../../src/core/drift/schema.ts';
import { DriftReport as DriftReportSchema } from '../../src/core/drift/schema.ts';
import { profileSource } from '../../src/core/profile/profile.ts';
import { openSource } from '../../src/core/sources/open.ts';
import { TruthgateError } from '../../src/core/errors.ts';
import { driftMethods } from '../../src/core/drift/schema.ts';

const WEATHER = 'node_modules/vega-datasets/data/seattle-weather.csv';
let dir: string;
const path = (name: string): string => join(dir, name);
const src = (name: string) => openSource(name, { path: path(name) });
const col = (r: DriftReport, c: string): ColumnDrift => r.columns.find((x) => x.column === c)!;
const metric = (r: DriftReport, c: string, m: string) => col(r, c).metrics.find((x) => x.method === m)!;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tg-drift-'));
  // Seeded shuffle, then halves: the same distribution, so no drift.
  const all = (await pl.scanCSV(WEATHER).collect()).sample({ frac: 1, shuffle: true, seed: 7 });
  const half = Math.floor(all.height / 2);
  all.head(half).writeCSV(path('a.csv'));
  all.tail(all.height - half).writeCSV(path('b.csv'));
  // Shifted copy of b: temp_max + 5 and a new weather category on a quarter of the rows.
  const b = all.tail(all.height - half).withRowIndex('i');
  b.withColumns(
    pl.col('temp_max').plus(5),
    pl.when(pl.col('i').modulo(4).eq(0)).then(pl.lit('hail')).otherwise(pl.col('weather')).alias('weather'),
  )
    .drop('i')
    .writeCSV(path('shifted.csv'));
  const profile = await profileSource(src('a.csv'));
  writeFileSync(path('a.profile.json'), JSON.stringify(profile));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('driftCompare on seattle-weather', () => {
  test('two random halves: no drift, every column compared', async () => {
    const r = await driftCompare(src('a.csv'), src('b.csv'));
    DriftReportSchema.parse(r);
    assert.equal(r.dataset.drifted, false, JSON.stringify(r.columns.filter((c) => c.status !== 'ok')));
    assert.equal(r.dataset.columns, 5);
    // Dates read as text are unique per row: nothing to compare, so skipped (not false drift).
    assert.equal(col(r, 'date').status, 'skipped');
    assert.match(col(r, 'date').reason!, /identifier-like/);
    assert.deepEqual(metric(r, 'temp_max', 'psi').pValue !== null, true);
    assert.ok(metric(r, 'temp_max', 'ks').value < 0.1);
  });

  test('shifted copy: numeric shift and a new category drift', async () => {
    const r = await driftCompare(src('a.csv'), src('shifted.csv'));
    assert.equal(r.dataset.drifted, true);
    assert.equal(col(r, 'temp_max').status, 'drift');
    assert.ok(metric(r, 'temp_max', 'psi').value > 0.2);
    assert.ok(metric(r, 'temp_max', 'ks').value > 0.1);
    assert.equal(col(r, 'weather').status, 'drift');
    assert.equal(col(r, 'weather').newCategories?.[0]?.value, 'hail');
    assert.equal(col(r, 'wind').status, 'ok');
    assert.equal(r.dataset.driftedColumns, 2);
  });

  test('against a saved profile: same verdicts, metrics within the stated error', async () => {
    const profile = JSON.parse((await import('node:fs')).readFileSync(path('a.profile.json'), 'utf8'));
    for (const current of ['b.csv', 'shifted.csv']) {
      const exact = await driftCompare(src('a.csv'), src(current));
      const approx = await driftCompare(profile, src(current));
      assert.equal(approx.baseline.kind, 'profile');
      assert.equal(approx.dataset.drifted, exact.dataset.drifted, current);
      for (const c of ['precipitation', 'temp_max', 'temp_min', 'wind']) {
        const ks = metric(approx, c, 'ks');
        const d = metric(exact, c, 'ks').value;
        // The exact D lies within [value, upperBound] up to the grid's own interpolation (1/100).
        assert.ok(
          d >= ks.value - 0.011 && d <= ks.upperBound! + 0.011,
          `${current} ${c}: ${d} vs ${ks.value}..${ks.upperBound}`,
        );
        assert.ok(
          Math.abs(metric(approx, c, 'psi').value - metric(exact, c, 'psi').value) < 0.05,
          `${current} ${c} psi`,
        );
        assert.equal(col(approx, c).status, col(exact, c).status, `${current} ${c}`);
      }
      for (const c of ['weather']) {
        assert.ok(Math.abs(metric(approx, c, 'js').value - metric(exact, c, 'js').value) < 1e-9);
      }
    }
  });

  test('every named method runs; KS and Wasserstein skip categorical columns', async () => {
    for (const method of driftMethods) {
      const calm = await driftCompare(src('a.csv'), src('b.csv'), { method });
      const moved = await driftCompare(src('a.csv'), src('shifted.csv'), { method });
      assert.equal(calm.dataset.drifted, false, `${method} on halves`);
      assert.equal(col(moved, 'temp_max').status, 'drift', `${method} on shift`);
      assert.equal(metric(moved, 'temp_max', method).method, method);
      if (method === 'ks' || method === 'wasserstein') assert.equal(col(moved, 'weather').status, 'skipped');
    }
  });

  test('thresholds and the dataset share are configurable', async () => {
    const r = await driftCompare(src('a.csv'), src('shifted.csv'), {
      thresholds: { psi: 50, ks: 0.99 },
      maxDriftedShare: 0.5,
    });
    assert.equal(col(r, 'temp_max').status, 'ok');
    assert.equal(r.dataset.driftedColumns, 1);
    assert.equal(r.dataset.drifted, false);
  });
});

describe('drift on bad input', () => {
  test('different schemas are schema drift, not a crash', async () => {
    const a = 'id,x,kind,gone\n1,1.5,a,1\n2,2.5,b,2\n3,3.5,a,3\n';
    const b = 'id,x,kind,extra\n1,x,a,1\n2,y,b,2\n3,z,a,3\n';
    writeFileSync(path('s1.csv'), a);
    writeFileSync(path('s2.csv'), b);
    const r = await driftCompare(src('s1.csv'), src('s2.csv'));
    assert.equal(col(r, 'gone').status, 'missing');
    assert.equal(col(r, 'extra').status, 'new');
    assert.equal(col(r, 'x').status, 'retyped');
    assert.equal(col(r, 'kind').status, 'ok');
    assert.equal(r.dataset.schemaDrift, true);
    assert.equal(r.dataset.drifted, true);
  });

  test('an unknown requested column is a coded error', async () => {
    await assert.rejects(driftCompare(src('a.csv'), src('b.csv'), { columns: ['nope'] }), (e: unknown) => {
      return e instanceof TruthgateError && e.code === 'TG_DRIFT_COLUMN';
    });
  });

  test('empty data, all-null and constant columns, a single row', async () => {
    writeFileSync(path('base.csv'), 'n,c,z,k\n1,5,,a\n2,5,,b\n3,5,,a\n4,5,,b\n');
    writeFileSync(path('empty.csv'), 'n,c,z,k\n');
    writeFileSync(path('one.csv'), 'n,c,z,k\n2,5,,a\n');
    writeFileSync(path('const6.csv'), 'n,c,z,k\n1,6,,a\n2,6,,b\n3,6,,a\n4,6,,b\n');
    const empty = await driftCompare(src('base.csv'), src('empty.csv'));
    assert.equal(empty.current.rows, 0);
    assert.equal(col(empty, 'n').status, 'drift');
    assert.match(col(empty, 'n').reason!, /no values in the current data/);
    assert.equal(col(empty, 'z').status, 'skipped'); // all null on both sides
    const one = await driftCompare(src('base.csv'), src('one.csv'));
    // One row cannot show significant drift: the p-value guard keeps noise out.
    assert.equal(col(one, 'n').status, 'ok');
    const same = await driftCompare(src('base.csv'), src('base.csv'), { method: 'wasserstein' });
    assert.equal(metric(same, 'c', 'wasserstein').value, 0);
    const moved = await driftCompare(src('base.csv'), src('const6.csv'), { method: 'wasserstein' });
    // Constant baseline: IQR and std are 0, so W1 stays in raw units (and says so).
    assert.equal(metric(moved, 'c', 'wasserstein').value, 1);
    assert.match(metric(moved, 'c', 'wasserstein').note!, /constant/);
  });
});
