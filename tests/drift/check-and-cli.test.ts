import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pl from 'nodejs-polars';
import { profileSource } from '../../src/core/profile/profile.ts';
import { openSource } from '../../src/core/sources/open.ts';
import { runCheck, suiteError } from '../helpers/run-check.ts';
import { runCli } from '../cli/run-cli.ts';

const WEATHER = 'node_modules/vega-datasets/data/seattle-weather.csv';
let dir: string;
const path = (name: string): string => join(dir, name);

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tg-driftcheck-'));
  const all = (await pl.scanCSV(WEATHER).collect()).sample({ frac: 1, shuffle: true, seed: 3 });
  const half = Math.floor(all.height / 2);
  all.head(half).writeCSV(path('a.csv'));
  all.tail(all.height - half).writeCSV(path('b.csv'));
  all
    .tail(all.height - half)
    .withColumns(pl.col('wind').mul(3))
    .writeCSV(path('windy.csv'));
  writeFileSync(
    path('a.profile.json'),
    JSON.stringify(await profileSource(openSource('a', { path: path('a.csv') }))),
  );
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('drift check in a suite', () => {
  test('against another source: passes on a random half, fails on a shifted copy', async () => {
    const calm = await runCheck(
      { sources: { cur: { file: path('b.csv') }, base: { file: path('a.csv') } } },
      {
        drift: { baseline: 'base' },
      },
    );
    assert.equal(calm.status, 'pass', calm.message);
    const windy = await runCheck(
      { sources: { cur: { file: path('windy.csv') }, base: { file: path('a.csv') } } },
      {
        drift: { baseline: 'base', columns: ['wind', 'temp_max'] },
      },
    );
    assert.equal(windy.status, 'fail');
    assert.match(windy.message, /drift in 1 of 2 columns: wind/);
  });

  test('against a saved profile path (no baseline data needed)', async () => {
    const r = await runCheck(
      { file: path('windy.csv') },
      {
        drift: { baseline: path('a.profile.json'), method: 'psi', threshold: 0.5 },
      },
    );
    assert.equal(r.status, 'fail');
    assert.deepEqual((r.observed as { driftedColumns: string[] }).driftedColumns, ['wind']);
  });

  test('params are validated; an unknown baseline is a coded error', async () => {
    const e = suiteError({ file: path('b.csv') }, [{ drift: { baseline: 'x', threshold: 0.1 } }]);
    assert.match(String(e.problems?.[0]?.message ?? e.message), /threshold/);
    const r = await runCheck({ file: path('b.csv') }, { drift: { baseline: 'nowhere' } });
    assert.equal(r.status, 'error');
    assert.match(r.message, /TG_DRIFT_BASELINE|neither a source/);
  });
});

describe('truthgate drift / diff CLI', () => {
  test('drift exits 0 without drift, 1 with drift; JSON and Markdown', () => {
    const calm = runCli([
      'drift',
      '--baseline',
      path('a.csv'),
      '--current',
      path('b.csv'),
      '--format',
      'json',
    ]);
    assert.equal(calm.code, 0, calm.stderr);
    assert.equal(JSON.parse(calm.stdout).dataset.drifted, false);
    const windy = runCli(['drift', '--baseline', path('a.profile.json'), '--current', path('windy.csv')]);
    assert.equal(windy.code, 1, windy.stderr);
    assert.match(windy.stdout, /✖ wind/);
    const out = path('drift.md');
    const md = runCli([
      'drift',
      '--baseline',
      path('a.csv'),
      '--current',
      path('windy.csv'),
      '--format',
      'markdown',
      '--output',
      out,
    ]);
    assert.equal(md.code, 1);
    assert.match(readFileSync(out, 'utf8'), /^### Truthgate drift: ❌/);
  });

  test('diff exits 0 and prints keyed counts; errors keep their codes', () => {
    const r = runCli(['diff', path('a.csv'), path('b.csv'), '--key', 'date', '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const d = JSON.parse(r.stdout);
    assert.equal(d.keyed.added.count, 731);
    assert.equal(d.keyed.removed.count, 730);
    const bad = runCli(['diff', path('a.csv'), path('b.csv'), '--key', 'nope']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /TG_DIFF_KEY_MISSING/);
    const usage = runCli([
      'drift',
      '--baseline',
      path('a.csv'),
      '--current',
      path('b.csv'),
      '--threshold',
      '0.1',
    ]);
    assert.equal(usage.code, 2);
  });
});
