import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { Report } from '../../src/core/result/schema.ts';
import { parseXml } from '../render/xml.ts';
import { hasStackTrace, runCli, tempProject } from './run-cli.ts';

const ORDERS = [
  'id,status,amount,note',
  '1,paid,10,plain',
  '2,paid,20,<script>alert(1)</script>',
  '3,refunded,-5,a|b',
  '4,paid,30,"two\nlines"',
].join('\n');

const suite = (checks: string): string =>
  `version: 1\nname: shop\nsources:\n  orders: { path: orders.csv, key: [id, note] }\nchecks:\n  orders:\n${checks}`;

const PASSING = suite('    - row_count: { min: 1 }\n    - not_null: { column: id }\n');
const LOW_FAIL = suite(
  '    - not_null: { column: id }\n    - between: { column: amount, min: 0, severity: low }\n',
);
const HIGH_FAIL = suite('    - between: { column: amount, min: 0 }\n');
const CHECK_ERROR = suite('    - not_null: { column: idd }\n');

const dirs: string[] = [];
function project(files: Record<string, string>): string {
  const dir = tempProject({ 'orders.csv': ORDERS, ...files });
  dirs.push(dir);
  return dir;
}
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('truthgate check: exit codes', () => {
  test('0 when everything passes; terminal report on stdout', () => {
    const dir = project({ 'truthgate.yml': PASSING });
    const r = runCli(['check', '--suite', 'truthgate.yml'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /PASS/);
    assert.match(r.stdout, /orders\.not_null\.id/);
  });

  test('./truthgate.yml is the default suite', () => {
    const dir = project({ 'truthgate.yml': PASSING });
    assert.equal(runCli(['check'], { cwd: dir }).code, 0);
  });

  test('0 (warn) when only failures below fail_on; 1 once --fail-on reaches them', () => {
    const dir = project({ 'truthgate.yml': LOW_FAIL });
    const warn = runCli(['check'], { cwd: dir });
    assert.equal(warn.code, 0, warn.stderr);
    assert.match(warn.stdout, /WARN/);
    assert.match(warn.stdout, /row 3 \(line 4\) {2}id=3, note=a\|b, amount=-5/);
    assert.equal(runCli(['check', '--fail-on', 'low'], { cwd: dir }).code, 1);
  });

  test('1 on a failure at/above fail_on, 0 with --fail-on never', () => {
    const dir = project({ 'truthgate.yml': HIGH_FAIL });
    const r = runCli(['check'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /FAIL/);
    assert.equal(runCli(['check', '--fail-on', 'never'], { cwd: dir }).code, 0);
  });

  test('3 when a column the suite names is not in the data (a data error), with did-you-mean', () => {
    const dir = project({ 'truthgate.yml': CHECK_ERROR });
    const r = runCli(['check'], { cwd: dir });
    assert.equal(r.code, 3);
    assert.match(r.stdout, /Column `idd` not found in source `orders` \(did you mean `id`\?\)/);
  });

  test('3 when a data file is missing, with the hint, also for --format json', () => {
    const dir = project({
      'truthgate.yml':
        'version: 1\nsources:\n  gone: { path: gone.csv }\nchecks:\n  gone:\n    - row_count: { min: 1 }\n',
    });
    const r = runCli(['check'], { cwd: dir });
    assert.equal(r.code, 3);
    assert.match(r.stdout, /TG_SOURCE_NOT_FOUND/);
    assert.match(r.stdout, /hint: Paths are relative to the suite file/);
    const j = runCli(['check', '--format', 'json'], { cwd: dir });
    assert.equal(j.code, 3);
    assert.equal(Report.parse(JSON.parse(j.stdout)).sources[0]!.error!.code, 'TG_SOURCE_NOT_FOUND');
    assert.match(j.stderr, /error TG_SOURCE_NOT_FOUND: Data source not found: gone\.csv\n {2}hint: /);
    assert.equal(hasStackTrace(r.stderr + j.stderr), false);
  });
});

describe('truthgate check: bad input prints a coded error, never a stack', () => {
  test('missing suite file', () => {
    const dir = project({});
    for (const args of [['check'], ['check', '--suite', 'nope.yml']]) {
      const r = runCli(args, { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(
        r.stderr,
        /error TG_SUITE_NOT_FOUND: Suite file not found: (truthgate|nope)\.yml\n {2}hint: /,
      );
      assert.equal(hasStackTrace(r.stderr), false);
    }
  });

  test('invalid YAML points at line:column', () => {
    const dir = project({ 'bad.yml': 'version: 1\nsources:\n  orders: { path: orders.csv\nchecks: {}\n' });
    const r = runCli(['check', '--suite', 'bad.yml'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^bad\.yml:\d+:\d+: error TG_SUITE_YAML: Invalid YAML: /);
    assert.equal(hasStackTrace(r.stderr), false);
  });

  test('unknown check suggests the nearest name', () => {
    const dir = project({ 'truthgate.yml': suite('    - not_nul: { column: id }\n') });
    const r = runCli(['check'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(
      r.stderr,
      /truthgate\.yml:7:7: error TG_UNKNOWN_CHECK: Unknown check `not_nul` \(did you mean `not_null`\?\)/,
    );
  });

  test('unknown --source suggests the nearest name', () => {
    const dir = project({ 'truthgate.yml': PASSING });
    const r = runCli(['check', '--source', 'order'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /TG_UNKNOWN_SOURCE: Unknown source `order` \(did you mean `orders`\?\)/);
  });

  test('bad option values are usage errors', () => {
    const dir = project({ 'truthgate.yml': PASSING });
    assert.equal(runCli(['check', '--format', 'xml'], { cwd: dir }).code, 2);
    const r = runCli(['check', '--sample-size', 'lots'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /TG_USAGE: --sample-size must be an integer/);
  });

  test('--lang ko and a Korean locale print Korean errors', () => {
    const dir = project({});
    const flag = runCli(['--lang', 'ko', 'check'], { cwd: dir });
    assert.match(flag.stderr, /스위트 파일을 찾을 수 없습니다: truthgate\.yml/);
    const locale = runCli(['check'], { cwd: dir, env: { LANG: 'ko_KR.UTF-8' } });
    assert.match(locale.stderr, /스위트 파일을 찾을 수 없습니다/);
  });
});

describe('truthgate check: formats and output', () => {
  test('--format json validates against the Report schema; --source and --sample-size apply', () => {
    const dir = project({ 'truthgate.yml': LOW_FAIL });
    const r = runCli(['check', '--format', 'json', '--source', 'orders', '--sample-size', '0'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const report = Report.parse(JSON.parse(r.stdout));
    assert.equal(report.status, 'warn');
    assert.equal(report.summary.failed, 1);
    assert.deepEqual(report.sources[0]!.checks[1]!.samples, []);
  });

  test('--output writes the report atomically and still prints the terminal summary', () => {
    const dir = project({ 'truthgate.yml': LOW_FAIL });
    const r = runCli(['check', '--format', 'markdown', '--output', 'out/report.md'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /WARN/);
    assert.match(r.stderr, /Report written to out\/report\.md/);
    const md = readFileSync(join(dir, 'out', 'report.md'), 'utf8');
    assert.match(md, /^### ⚠️ Truthgate · WARN · shop/);
    assert.ok(md.includes('a\\|b'));
    assert.equal(md.includes('<script>'), false);
    assert.deepEqual(readdirSync(join(dir, 'out')), ['report.md'], 'no temp file left behind');
  });

  test('an unwritable --output gives TG_OUTPUT_WRITE and leaves no partial file', () => {
    const dir = project({ 'truthgate.yml': PASSING });
    mkdirSync(join(dir, 'taken'));
    const intoDir = runCli(['check', '--format', 'json', '--output', 'taken'], { cwd: dir });
    assert.equal(intoDir.code, 2);
    assert.match(intoDir.stderr, /error TG_OUTPUT_WRITE: Cannot write taken: /);
    assert.deepEqual(readdirSync(join(dir, 'taken')), []);
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.endsWith('.tmp')),
      [],
    );
    const underFile = runCli(['check', '--output', 'orders.csv/report.txt'], { cwd: dir });
    assert.equal(underFile.code, 2);
    assert.match(underFile.stderr, /TG_OUTPUT_WRITE/);
    assert.equal(hasStackTrace(intoDir.stderr + underFile.stderr), false);
    assert.equal(existsSync(join(dir, 'orders.csv')), true);
  });

  test('--format junit is well-formed', () => {
    const dir = project({ 'truthgate.yml': LOW_FAIL });
    const r = runCli(['check', '--format', 'junit'], { cwd: dir });
    const root = parseXml(r.stdout);
    assert.equal(root.name, 'testsuites');
    // The low failure is below fail_on (high): not a JUnit failure, just as it does not fail the run.
    assert.equal(root.children[0]!.attrs.failures, '0');
    const strict = parseXml(runCli(['check', '--format', 'junit', '--fail-on', 'low'], { cwd: dir }).stdout);
    assert.equal(strict.children[0]!.attrs.failures, '1');
  });

  test('colour: off for NO_COLOR, --no-color and pipes; FORCE_COLOR turns it on', () => {
    const dir = project({ 'truthgate.yml': LOW_FAIL });
    const esc = '\u001b[';
    assert.equal(runCli(['check'], { cwd: dir }).stdout.includes(esc), false);
    assert.equal(runCli(['check'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout.includes(esc), true);
    assert.equal(
      runCli(['check'], { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout.includes(esc),
      false,
    );
    assert.equal(
      runCli(['check', '--no-color'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout.includes(esc),
      false,
    );
  });

  test('--lang ko localises the report chrome', () => {
    const dir = project({ 'truthgate.yml': LOW_FAIL });
    const r = runCli(['--lang', 'ko', 'check'], { cwd: dir });
    assert.match(r.stdout, /경고/);
    assert.match(r.stdout, /검사 2개, 1개 통과, 1개 실패/);
  });
});

describe('examples/weather', () => {
  test('mostly passes, one low-severity failure with samples, exit 0', () => {
    const r = runCli(['check', '--suite', 'examples/weather/truthgate.yml', '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const report = Report.parse(JSON.parse(r.stdout));
    assert.equal(report.status, 'warn');
    assert.ok(report.summary.checks >= 12);
    assert.equal(report.summary.errored, 0);
    const failed = report.sources[0]!.checks.filter((c) => c.status === 'fail');
    assert.deepEqual(
      failed.map((c) => [c.id, c.severity, c.failingCount, c.samples.length]),
      [['weather.positive.precipitation', 'low', 44, 5]],
    );
  });
});

describe('truthgate check <data...> (zero-config)', () => {
  test('learns checks from the data itself; --baseline learns from another file', () => {
    const dir = project({
      'base.csv':
        'id,status,amount\n1,paid,10\n2,paid,20\n3,refunded,5\n4,paid,30\n5,paid,12\n6,refunded,8\n',
      'cur.csv': 'id,status,amount\n1,paid,10\n2,lost,20\n3,refunded,5\n',
    });
    const self = runCli(['check', 'cur.csv'], { cwd: dir });
    assert.equal(self.code, 0, self.stderr);
    assert.match(self.stdout, /PASS {2}zero-config/);
    const drift = runCli(['check', 'cur.csv', '--baseline', 'base.csv', '--format', 'json'], { cwd: dir });
    assert.equal(drift.code, 1, drift.stderr);
    const failed = Report.parse(JSON.parse(drift.stdout)).sources[0]!.checks.filter(
      (c) => c.status === 'fail',
    );
    assert.deepEqual(
      failed.map((c) => c.samples[0]?.values.status),
      ['lost'],
    );
  });

  test('a missing data file exits 3; --suite with data files is a usage error', () => {
    const dir = project({ 'truthgate.yml': PASSING });
    const missing = runCli(['check', 'orders.csv', 'nothere.csv'], { cwd: dir });
    assert.equal(missing.code, 3);
    assert.match(
      missing.stderr,
      /error TG_SOURCE_NOT_FOUND: Data source not found: nothere\.csv\n {2}hint: /,
    );
    const both = runCli(['check', 'orders.csv', '--suite', 'truthgate.yml'], { cwd: dir });
    assert.equal(both.code, 2);
    assert.match(both.stderr, /TG_USAGE/);
  });
});
