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
  test('checks that cannot run on the source schema are problems, all at once, with positions', () => {
    const dir = tempProject({
      'd.csv': 'id,amount\n1,5\n2,7\n',
      's.yml':
        'version: 1\nsources:\n  d: d.csv\n  gone: nothere.csv\nchecks:\n  d:\n' +
        '    - not_null: { column: amt }\n' +
        '    - regex: { column: amount, pattern: "([a-" }\n' +
        '    - not_null: { column: id, where: "idd > 1" }\n' +
        '    - expression: { expression: "id >>> 1" }\n' +
        '    - between: { column: amount, min: 0 }\n' +
        '  gone:\n    - not_null: { column: x }\n',
    });
    dirs.push(dir);
    const r = runCli(['validate-suite', 's.yml'], { cwd: dir });
    assert.equal(r.code, 2, r.stderr);
    assert.equal(hasStackTrace(r.stderr), false);
    const located = r.stderr.match(/^s\.yml:\d+:\d+: error TG_\w+/gm) ?? [];
    assert.deepEqual(located, [
      's.yml:7:7: error TG_COLUMN_NOT_FOUND',
      's.yml:8:7: error TG_CHECK_ERROR',
      's.yml:9:7: error TG_CHECK_ERROR',
      's.yml:10:7: error TG_CHECK_ERROR',
    ]);
    assert.match(r.stderr, /unable to find column "idd"/);
    // The source that is not there yet is a warning, not a problem of the suite.
    assert.match(r.stderr, /^gone: warning TG_SOURCE_NOT_FOUND: .*nothere\.csv/m);
    assert.match(r.stderr, /^4 problems in s\.yml$/m);
    // Hints name only what validate-suite accepts.
    for (const flag of r.stderr.match(/--[\w-]+/g) ?? []) assert.ok(['--lang'].includes(flag), flag);
  });
});
