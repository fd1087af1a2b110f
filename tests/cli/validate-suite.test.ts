import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, describe, test } from 'node:test';
import { hasStackTrace, runCli, tempProject } from './run-cli.ts';

const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('truthgate validate-suite', () => {
  test('OK with counts, without reading data (the data file does not exist)', () => {
    const dir = tempProject({
      'truthgate.yml':
        'version: 1\nsources:\n  a: nowhere.csv\n  b: other.csv\nchecks:\n  a:\n    - not_null: { columns: [x, y] }\n  b:\n    - row_count: { min: 1 }\n',
    });
    dirs.push(dir);
    const r = runCli(['validate-suite'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'OK truthgate.yml: 2 sources, 3 checks\n');
    assert.match(
      runCli(['--lang', 'ko', 'validate-suite'], { cwd: dir }).stdout,
      /정상 truthgate\.yml: 소스 2개, 검사 3개/,
    );
  });

  test('every problem as file:line:col with code, message and hint; exit 2', () => {
    const dir = tempProject({
      's.yml':
        'version: 1\nsources:\n  a: a.csv\nchecks:\n  a:\n    - not_nul: { column: id }\n    - between: { column: v, mni: 0 }\n  c:\n    - row_count: { min: 1 }\n',
    });
    dirs.push(dir);
    const r = runCli(['validate-suite', 's.yml'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(
      r.stderr,
      /^s\.yml:6:7: error TG_UNKNOWN_CHECK: Unknown check `not_nul` \(did you mean `not_null`\?\)\n {2}hint: /m,
    );
    assert.match(
      r.stderr,
      /^s\.yml:7:\d+: error TG_SUITE_INVALID: .*unknown field `mni` \(did you mean `min`\?\)/m,
    );
    assert.match(r.stderr, /^s\.yml:8:3: error TG_UNKNOWN_SOURCE: Unknown source `c`/m);
    assert.match(r.stderr, /\d+ problems in s\.yml\n$/);
    assert.equal(hasStackTrace(r.stderr), false);
  });

  test('missing file and invalid YAML', () => {
    const dir = tempProject({ 'bad.yml': 'version: 1\nsources: [\n' });
    dirs.push(dir);
    const missing = runCli(['validate-suite', 'nope.yml'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /TG_SUITE_NOT_FOUND/);
    const bad = runCli(['validate-suite', 'bad.yml'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^bad\.yml:\d+:\d+: error TG_SUITE_YAML/);
  });
});
