import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import pl from 'nodejs-polars';
import { parseDocument } from 'yaml';
import { getCheck } from '../../src/core/checks/registry.ts';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import { learnSuite } from '../../src/core/learn/learn.ts';
import { strictnesses, type Strictness } from '../../src/core/learn/propose.ts';
import { buildZeroConfigSuite } from '../../src/core/learn/zero-config.ts';
import { profileSource } from '../../src/core/profile/profile.ts';
import type { Profile } from '../../src/core/profile/types.ts';
import type { Report } from '../../src/core/result/schema.ts';
import { openSource } from '../../src/core/sources/open.ts';
import { parseSuite } from '../../src/core/suite/load.ts';

const DATA = new URL('../../node_modules/vega-datasets/data/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'tg-'));

function write(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

async function runLearned(profile: Profile, strictness: Strictness, target: string): Promise<Report> {
  const { yamlText } = learnSuite(profile, { strictness, sourceName: 'data', sourcePath: target });
  return runSuite(parseSuite(yamlText, { path: 'learned.yml', baseDir: dir }));
}

const failed = (r: Report): string[] =>
  r.sources.flatMap((s) => s.checks.filter((c) => c.status !== 'pass').map((c) => c.type));

describe('learned suite on seattle-weather.csv', async () => {
  const original = `${DATA}seattle-weather.csv`;
  const [header, ...lines] = readFileSync(original, 'utf8').trim().split('\n');
  const profile = await profileSource(openSource('w', { path: original }));
  const edit = (name: string, f: (cells: string[], i: number) => string[], head = header!): string =>
    write(name, [head, ...lines.map((l, i) => f(l.split(','), i).join(','))].join('\n') + '\n');
  // date,precipitation,temp_max,temp_min,wind,weather
  const faults: Record<string, { path: string; caughtBy: string[] }> = {
    'new nulls': {
      path: edit('nulls.csv', (c, i) => (i % 50 === 0 ? [c[0]!, '', ...c.slice(2)] : c)),
      caughtBy: ['not_null'],
    },
    'duplicated keys': {
      path: write(
        'dupkey.csv',
        [
          header,
          ...lines,
          lines[10]!
            .replace(/,sun$|,rain$|,fog$|,drizzle$|,snow$/, ',sun')
            .replace(/,(\d+(\.\d+)?),/, ',0.1,'),
        ].join('\n') + '\n',
      ),
      caughtBy: ['primary_key'],
    },
    'out-of-range values': {
      path: edit('range.csv', (c, i) => (i === 7 ? [c[0]!, c[1]!, '99.5', ...c.slice(3)] : c)),
      caughtBy: ['between'],
    },
    'a new category': {
      path: edit('category.csv', (c, i) => (i === 3 ? [...c.slice(0, 5), 'hail'] : c)),
      caughtBy: ['in_set'],
    },
    'a renamed column': {
      path: edit('renamed.csv', (c) => c, header!.replace('wind', 'wind_speed')),
      caughtBy: ['schema'],
    },
    'a retyped column': {
      path: edit('retyped.csv', (c, i) => (i === 5 ? [c[0]!, c[1]!, 'warm', ...c.slice(3)] : c)),
      caughtBy: ['schema'],
    },
    'a truncated file': {
      path: write(
        'truncated.csv',
        [header, ...lines.slice(0, Math.floor(lines.length * 0.3))].join('\n') + '\n',
      ),
      caughtBy: ['row_count'],
    },
  };

  for (const strictness of strictnesses) {
    test(`${strictness}: passes on its own data`, async () => {
      const report = await runLearned(profile, strictness, original);
      assert.deepEqual(failed(report), []);
      assert.equal(report.status, 'pass');
    });
    for (const [fault, { path, caughtBy }] of Object.entries(faults)) {
      test(`${strictness}: catches ${fault}`, async () => {
        const report = await runLearned(profile, strictness, path);
        const types = failed(report);
        for (const t of caughtBy)
          assert.ok(types.includes(t), `${fault}: expected ${t} to fail, got [${types}]`);
        assert.notEqual(report.status, 'pass');
      });
    }
  }
});

describe('learned suite on penguins.json and cars.json (JSON sources)', async () => {
  const penguinsPath = `${DATA}penguins.json`;
  const penguins = JSON.parse(readFileSync(penguinsPath, 'utf8')) as Record<string, unknown>[];
  const profile = await profileSource(openSource('p', { path: penguinsPath }));

  test('passes on its own data at every strictness', async () => {
    for (const s of strictnesses) assert.deepEqual(failed(await runLearned(profile, s, penguinsPath)), [], s);
  });

  test('catches a new species, a null island and an impossible body mass', async () => {
    const bad = penguins.map((r, i) =>
      i === 0
        ? { ...r, Species: 'Emperor' }
        : i === 1
          ? { ...r, Island: null }
          : i === 2
            ? { ...r, 'Body Mass (g)': 60000 }
            : r,
    );
    const types = failed(await runLearned(profile, 'loose', write('penguins-bad.json', JSON.stringify(bad))));
    for (const t of ['in_set', 'not_null', 'between']) assert.ok(types.includes(t), `${t} in [${types}]`);
  });

  test('cars.json: passes on itself, catches a duplicated row at medium', async () => {
    const carsPath = `${DATA}cars.json`;
    const cars = JSON.parse(readFileSync(carsPath, 'utf8')) as unknown[];
    const carsProfile = await profileSource(openSource('c', { path: carsPath }));
    assert.deepEqual(failed(await runLearned(carsProfile, 'medium', carsPath)), []);
    const dup = write('cars-dup.json', JSON.stringify([...cars, cars[0]]));
    assert.ok(failed(await runLearned(carsProfile, 'medium', dup)).includes('no_duplicate_rows'));
  });
});

describe('suite text', async () => {
  const profile = await profileSource(openSource('w', { path: `${DATA}seattle-weather.csv` }));

  test('uses only registered checks and explains itself in comments', () => {
    const { yamlText, suite } = learnSuite(profile, {
      strictness: 'medium',
      sourceName: 'weather',
      sourcePath: 'seattle-weather.csv',
    });
    for (const entry of suite.checks!.weather!)
      assert.ok(getCheck(Object.keys(entry)[0]!), Object.keys(entry)[0]);
    assert.match(yamlText, /^# Learned by `truthgate learn` \(medium\)/);
    assert.match(yamlText, /# weather: String, 5 distinct, no nulls, categorical\./);
    assert.match(yamlText, /in_set: \{ ?column: weather, values: \[ ?drizzle, fog, rain, snow, sun ?\] ?\}/);
    assert.equal(parseDocument(yamlText).errors.length, 0);
  });

  test('freshness: proposed on recent data, only commented on historical data', async () => {
    const now = new Date();
    const at = Array.from({ length: 48 }, (_, i) => new Date(now.getTime() - (i + 1) * 3_600_000));
    const path = join(dir, 'events.parquet');
    pl.DataFrame({ at, v: at.map((_, i) => i % 3) }).writeParquet(path);
    const recent = learnSuite(await profileSource(openSource('e', { path })), {
      strictness: 'medium',
      sourceName: 'e',
      sourcePath: path,
      now,
    });
    const fresh = recent.proposals.find((p) => p.check === 'freshness');
    assert.deepEqual(fresh?.params, { column: 'at', max_age: '24h' });
    assert.equal((await runSuite(parseSuite(recent.yamlText, { baseDir: dir }), { now })).status, 'pass');

    const old = at.map((d) => new Date(d.getTime() - 400 * 86_400_000));
    const oldPath = join(dir, 'old.parquet');
    pl.DataFrame({ at: old }).writeParquet(oldPath);
    const historical = learnSuite(await profileSource(openSource('o', { path: oldPath })), {
      strictness: 'medium',
      sourceName: 'o',
      sourcePath: oldPath,
      now,
    });
    assert.ok(!historical.proposals.some((p) => p.check === 'freshness'));
    assert.match(historical.yamlText, /# Newest at is 400 days old/);
    assert.match(historical.yamlText, /# +- freshness:/);
  });
});

describe('zero-config suite', async () => {
  const original = `${DATA}seattle-weather.csv`;
  const [header, ...lines] = readFileSync(original, 'utf8').trim().split('\n');

  test('without a baseline it passes on the data itself', async () => {
    const report = await runSuite(await buildZeroConfigSuite([original]));
    assert.equal(report.status, 'pass');
    assert.ok(report.summary.checks > 5);
  });

  test('against a baseline source or saved profile, a changed file fails', async () => {
    const changed = write(
      'changed.csv',
      [header!.replace('weather', 'conditions'), ...lines].join('\n') + '\n',
    );
    const fromSource = await runSuite(await buildZeroConfigSuite([changed], { baseline: original }));
    assert.ok(failed(fromSource).includes('schema'));
    const profile = await profileSource(openSource('w', { path: original }));
    const saved = write('baseline.json', JSON.stringify(profile));
    const fromProfile = await runSuite(await buildZeroConfigSuite([changed], { baseline: saved }));
    assert.ok(failed(fromProfile).includes('schema'));
    assert.equal(
      (await runSuite(await buildZeroConfigSuite([original], { baseline: saved }))).status,
      'pass',
    );
  });
});

test('a learned suite passes on the data it was learned from when floats hold NaN and ±infinity', async () => {
  const rows = Array.from({ length: 60 }, (_, i) =>
    [i, i % 20 === 0 ? 'NaN' : i % 29 === 0 ? 'inf' : String(i * 1.25), 10 + (i % 7)].join(','),
  );
  const target = write('nonfinite.csv', ['id,score,amount', ...rows].join('\n') + '\n');
  const profile = await profileSource(openSource('n', { path: target }));
  for (const strictness of strictnesses) {
    const report = await runLearned(profile, strictness, target);
    assert.deepEqual(failed(report), [], strictness);
  }
});

test('a learned suite passes on repeating timestamps with microseconds', async () => {
  const stamps = ['2024-05-01T10:00:00.123456', '2024-05-02T11:30:00.654321', '2024-05-03T12:45:00.000001'];
  const rows = Array.from({ length: 90 }, (_, i) => `${i},${stamps[i % 3]}`);
  const target = write('stamps.parquet', '');
  pl.readCSV(`id,at\n${rows.join('\n')}\n`)
    .withColumns(pl.col('at').str.strptime(pl.Datetime, '%Y-%m-%dT%H:%M:%S%.f').cast(pl.Datetime('us')))
    .writeParquet(target);
  const profile = await profileSource(openSource('s', { path: target }));
  for (const strictness of strictnesses) {
    const report = await runLearned(profile, strictness, target);
    assert.deepEqual(failed(report), [], strictness);
  }
});
