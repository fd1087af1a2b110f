import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli, tempProject } from '../cli/run-cli.ts';

/**
 * polars reads integers beyond Int64 as Int128, which nodejs-polars cannot hand to JavaScript:
 * every command on such a file stopped with TG_SOURCE_READ. Reading them as Float64 would merge
 * 9223372036854775807 and 9223372036854775808 into one value (a `unique` check would fail on
 * distinct values), so they are read as text, exactly as written, with a warning saying so.
 */
const WIDE = '9223372036854775808';
const files: Record<string, string> = {
  'big.csv': `a\n9223372036854775807\n${WIDE}\n-1\n`,
  // Nulls first, and the overflow only on the last of many rows.
  'late.csv': `id,a\n1,\n2,\n${Array.from({ length: 5000 }, (_, i) => `${i + 3},${i}`).join('\n')}\n5003,${WIDE}\n`,
  // NDJSON was read as Float64 (two distinct values became one); a JSON array failed like a CSV.
  'big.ndjson': `{"a":null}\n{"a":9223372036854775807}\n{"a":${WIDE}}\n{"a":-1}\n`,
  'big.json': `[{"a":9223372036854775807},{"a":${WIDE}},{"a":null}]`,
  'suite.yml': [
    'version: 1',
    'sources:',
    '  big: big.csv',
    '  late: late.csv',
    '  nd: big.ndjson',
    '  arr: big.json',
    'checks:',
    '  big:',
    '    - unique: { column: a }',
    '    - not_null: { column: a }',
    '  late:',
    '    - unique: { column: a }',
    '    - row_count: { min: 5003, max: 5003 }',
    '  nd:',
    '    - unique: { column: a }',
    '  arr:',
    '    - unique: { column: a }',
    '',
  ].join('\n'),
};

test('integers beyond Int64 in CSV and JSON read as exact text: check, profile and learn work', () => {
  const dir = tempProject(files);
  for (const file of ['big.csv', 'late.csv', 'big.ndjson', 'big.json']) {
    const check = runCli(['check', file, '--format', 'json'], { cwd: dir });
    assert.doesNotMatch(check.stderr, /TG_SOURCE_READ|Int128/, check.stderr);
    assert.equal(check.code, 0, check.stdout + check.stderr);
    const profile = runCli(['profile', file, '--format', 'json'], { cwd: dir });
    assert.equal(profile.code, 0, profile.stderr);
    assert.match(profile.stdout, new RegExp(WIDE));
    const learn = runCli(['learn', file], { cwd: dir });
    assert.equal(learn.code, 0, learn.stderr);
    assert.doesNotMatch(learn.stderr, /TG_SOURCE_READ/);
  }
  const run = runCli(['check', '--suite', join(dir, 'suite.yml'), '--format', 'json'], { cwd: dir });
  assert.equal(run.code, 0, run.stdout + run.stderr);
  const report = JSON.parse(run.stdout) as {
    sources: { name: string; warnings?: { code: string }[]; checks: { status: string }[] }[];
  };
  for (const s of report.sources) {
    assert.deepEqual(
      s.checks.map((c) => c.status),
      s.checks.map(() => 'pass'),
      JSON.stringify(s),
    );
    assert.ok(
      JSON.stringify(s).includes('TG_SOURCE_WIDE_INTEGER'),
      `${s.name} states that it read a column as text: ${JSON.stringify(s)}`,
    );
  }
});

test('among many columns, exactly the ones beyond Int64 are read as text', () => {
  const names = Array.from({ length: 300 }, (_, i) => `c${i}`);
  const row = names.map((_, i) => (i === 7 || i === 250 ? WIDE : String(i)));
  const dir = tempProject({ 'w.csv': `${names.join(',')}\n${row.join(',')}\n` });
  const r = runCli(['check', 'w.csv', '--format', 'json'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  const widened = [...r.stdout.matchAll(/column `(c\d+)` holds integers beyond 64 bits/g)].map((m) => m[1]);
  assert.deepEqual(widened, ['c7', 'c250']);
});
