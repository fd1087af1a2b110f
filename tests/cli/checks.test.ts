import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { listChecks } from '../../src/core/checks/registry.ts';
import { runCli } from './run-cli.ts';

describe('truthgate checks', () => {
  test('lists the whole catalog with category, severity and summary', () => {
    const r = runCli(['checks']);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    // Registry in this process plus any checks the CLI registers from its own modules (e.g. drift).
    const all = JSON.parse(runCli(['checks', '--format', 'json']).stdout) as unknown[];
    assert.equal(lines.length, all.length + 1);
    assert.ok(all.length >= listChecks().length);
    assert.match(r.stdout, /^not_null\s+completeness\s+high\s+Column has no null values\./m);
  });

  test('--category filters; --format json and markdown', () => {
    const json = runCli(['checks', '--category', 'completeness', '--format', 'json']);
    const rows = JSON.parse(json.stdout) as { name: string; category: string }[];
    assert.ok(rows.length > 0);
    assert.ok(rows.every((r) => r.category === 'completeness'));
    assert.ok(rows.some((r) => r.name === 'not_null'));
    const md = runCli(['checks', '--format', 'markdown']);
    assert.match(md.stdout, /^\| Name \| Category \| Severity \| Summary \|/);
    assert.equal(runCli(['checks', '--category', 'nonsense']).code, 2);
  });

  test('one check in full: doc, parameters from the schema, example', () => {
    const r = runCli(['checks', 'between']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^between {2}numbers/);
    assert.match(r.stdout, /Parameters:\n.*Name.*Type.*Required/);
    assert.match(r.stdout, /column\s+string\s+yes\s+Column name/);
    assert.match(r.stdout, /min\s+number\s+no/);
    assert.match(r.stdout, /Example:\n {2}- between: \{ column: amount/);
    const json = JSON.parse(runCli(['checks', 'between', '--format', 'json']).stdout) as {
      params: { properties: Record<string, unknown> };
    };
    assert.ok('column' in json.params.properties);
  });

  test('unknown check name suggests the nearest', () => {
    const r = runCli(['checks', 'not_nul']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /error TG_UNKNOWN_CHECK: Unknown check `not_nul` \(did you mean `not_null`\?\)/);
    assert.match(runCli(['--lang', 'ko', 'checks', 'not_nul']).stderr, /알 수 없는 검사/);
  });
});
