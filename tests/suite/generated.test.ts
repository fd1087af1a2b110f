import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { listChecks } from '../../src/core/checks/registry.ts';
import { parseSuite } from '../../src/core/suite/load.ts';

const ROOT = join(import.meta.dirname, '../..');
const read = (p: string): string => readFileSync(join(ROOT, p), 'utf8');

test('the suite JSON Schema offers every registered check with its params and the common fields', () => {
  const schema = JSON.parse(read('schema/truthgate.schema.json')) as {
    $defs: Record<string, { properties?: Record<string, { properties?: Record<string, unknown> }> }>;
  };
  for (const c of listChecks()) {
    const entry = schema.$defs[`check_${c.name}`]?.properties?.[c.name];
    assert.ok(entry, `${c.name} is in the schema (run npm run gen)`);
    if (entry.properties) assert.ok('severity' in entry.properties && 'mostly' in entry.properties, c.name);
  }
});

test('docs/checks.md lists every registered check', () => {
  const md = read('docs/checks.md');
  assert.match(md, new RegExp(`\\*\\*${listChecks().length} checks\\*\\*`));
  for (const c of listChecks()) assert.ok(md.includes(`\n### ${c.name}\n`), c.name);
});

test('the example at the top of docs/suite.md is a valid suite', () => {
  const yaml = /```yaml\n([\s\S]*?)```/.exec(read('docs/suite.md'))![1]!;
  const suite = parseSuite(yaml, { path: 'truthgate.yml', baseDir: ROOT });
  assert.equal(suite.checks.orders!.length, 9);
});
