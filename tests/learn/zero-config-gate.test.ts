import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { repoRoot } from '../helpers/action-runner.ts';
import { brokenWeather, weatherCsv } from '../helpers/weather-variants.ts';

/** `truthgate check data.csv` (zero-config) on seattle-weather and three broken heads. */
let dir: string;
const cli = (...args: string[]): { code: number; out: string } => {
  try {
    const out = execFileSync(process.execPath, [join(repoRoot, 'bin/truthgate.js'), ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { code: 0, out };
  } catch (err) {
    const e = err as { status: number; stdout: string };
    return { code: e.status, out: e.stdout };
  }
};

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'tg-zc-'));
  writeFileSync(join(dir, 'base.csv'), weatherCsv);
  for (const k of ['fahrenheit', 'label', 'duplicate'] as const)
    writeFileSync(join(dir, `${k}.csv`), brokenWeather(k));
});

for (const k of ['fahrenheit', 'label', 'duplicate'] as const) {
  test(`--baseline: the ${k} head fails`, () => {
    const r = cli('check', `${k}.csv`, '--baseline', 'base.csv');
    assert.equal(r.code, 1, r.out);
    assert.doesNotMatch(r.out, /TG_ZERO_CONFIG_SELF_LEARNED/);
  });
}

test('without --baseline the report says, in every format, that the checks prove only the shape', () => {
  const term = cli('check', 'fahrenheit.csv');
  assert.match(term.out, /TG_ZERO_CONFIG_SELF_LEARNED/);
  assert.match(term.out, /learned from the same data/);
  assert.match(term.out, /--baseline/);
  const md = cli('check', 'label.csv', '--format', 'markdown');
  assert.match(md.out.replace(/\\(.)/g, '$1'), /TG_ZERO_CONFIG_SELF_LEARNED/);
  const json = JSON.parse(cli('check', 'duplicate.csv', '--format', 'json').out) as {
    sources: { warnings?: { code: string; hint?: string }[] }[];
  };
  const w = json.sources[0]!.warnings!.find((x) => x.code === 'TG_ZERO_CONFIG_SELF_LEARNED');
  assert.ok(w, 'JSON report carries the warning');
  assert.match(w.hint!, /--baseline/);
});
