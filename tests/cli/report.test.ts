import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { hasStackTrace, runCli, tempProject } from './run-cli.ts';

const suite = `version: 1
sources:
  t: { path: t.csv, key: [id] }
checks:
  t:
    - between: { column: v, min: 0 }
    - not_null: { column: note, severity: low }
    - regex: { column: note, pattern: '^[a-z|]+$', severity: low }
`;
const csv = 'id,v,note\n1,5,"a|b"\n2,-3,"<script>alert(1)</script>"\n3,7,\n';

describe('truthgate report', () => {
  const dir = tempProject({ 'truthgate.yml': suite, 't.csv': csv });
  const saved = join(dir, 'report.json');
  const first = runCli(['check', '--format', 'json', '--output', saved], { cwd: dir });

  test('renders a saved report as Markdown with data escaped, exiting 0', () => {
    assert.equal(first.code, 1);
    const r = runCli(['report', saved, '--format', 'markdown'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /t\.between\.v/);
    assert.ok(!r.stdout.includes('<script>'), 'markup in data is escaped');
    assert.match(r.stdout, /&lt;script&gt;/);
  });

  test('--exit-code gives the verdict of the saved report, and --output writes the file', () => {
    const out = join(dir, 'report.md');
    const r = runCli(['report', saved, '--format', 'markdown', '--output', out, '--exit-code'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.match(readFileSync(out, 'utf8'), /t\.not_null\.note/);
  });

  test('a missing or foreign file is a coded error without a stack trace', () => {
    const missing = runCli(['report', join(dir, 'nope.json')], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /TG_REPORT_NOT_FOUND/);
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ hello: 'world' }));
    const other = runCli(['report', join(dir, 'other.json')], { cwd: dir });
    assert.equal(other.code, 2);
    assert.match(other.stderr, /TG_REPORT_INVALID/);
    assert.ok(!hasStackTrace(other.stderr));
  });
});
