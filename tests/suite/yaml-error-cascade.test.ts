import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSuite, SuiteInvalidError } from '../../src/core/suite/load.ts';

/**
 * One unquoted `${TBL}` in a flow map made yaml report about 110 errors, each printed as a
 * TG_SUITE_YAML line: the first one, the cause, was lost above a screenful of consequences.
 */
test('one YAML mistake gives its first error with position, at most 3 lines and a count of the rest', () => {
  const checks = Array.from({ length: 30 }, (_, i) => `      - not_null: { column: c${i} }`).join('\n');
  const text = [
    'version: 1',
    'sources:',
    '  orders: { sql: { connection: pg, table: ${TBL} } }',
    'checks:',
    '  orders:',
    checks,
    '',
  ].join('\n');
  let problems: {
    code: string;
    location?: { line?: number; column?: number };
    params: { detail?: unknown };
  }[] = [];
  try {
    parseSuite(text, { path: 'suite.yml', env: { TBL: 'orders' } });
    assert.fail('the suite parsed');
  } catch (err) {
    assert.ok(err instanceof SuiteInvalidError, String(err));
    problems = err.problems;
  }
  assert.ok(problems.length >= 1 && problems.length <= 3, `${problems.length} errors reported`);
  assert.ok(problems.every((p) => p.code === 'TG_SUITE_YAML'));
  assert.equal(problems[0]!.location?.line, 3, JSON.stringify(problems[0]));
  // The first error says what to do about the usual cause.
  assert.match(String(problems[0]!.params.detail), /must be quoted: '\$\{NAME\}'/);
  assert.match(String(problems.at(-1)!.params.detail), /and \d+ more/);
});
