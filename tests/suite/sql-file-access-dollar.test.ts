import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import pl from 'nodejs-polars';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import { parseSuite, SuiteInvalidError } from '../../src/core/suite/load.ts';
import { executeSql } from '../../src/core/toolkit/sql.ts';
import { fileFunctions } from '../../src/core/toolkit/sql-tokens.ts';

/**
 * polars' SQL parser reads `$$…$$` and `$tag$…$tag$` as string literals. A single quote inside one
 * must not open a string for the file-function guard, or `$$'$$ … read_csv('/x') … $$'$$` hides
 * the call from the guard while polars runs it.
 */
const hidden = "SELECT $$'$$ AS q, * FROM read_csv('PATH') WHERE $$'$$ = $$'$$";

test("polars reads $$'$$ as a string literal, so the call between two of them is real", () => {
  const dir = mkdtempSync(join(tmpdir(), 'tg-dollar-'));
  const secret = join(dir, 'secret.csv');
  writeFileSync(secret, 'user,pass\nroot,hunter2\n');
  const rows = executeSql({ src: pl.DataFrame({ a: [1] }).lazy() }, hidden.replace('PATH', secret))
    .collectSync()
    .toRecords();
  assert.deepEqual(rows, [{ q: "'", user: 'root', pass: 'hunter2' }]);
});

test('a call hidden between dollar-quoted strings holding quotes is found', () => {
  assert.deepEqual(fileFunctions(hidden), ['read_csv']);
  assert.deepEqual(fileFunctions("$tag$'$tag$ = 'x' OR id IN (SELECT 1 FROM read_json('/x')) -- '"), [
    'read_json',
  ]);
  // Inside a dollar-quoted string it is text, as in a single-quoted one.
  assert.deepEqual(fileFunctions("note = $$read_csv('/x')$$"), []);
  assert.deepEqual(fileFunctions("note = $t$ $$ read_csv('/x') $t$"), []);
  // `$` in identifiers and positional parameters opens nothing.
  assert.deepEqual(fileFunctions("a$b = 'x' OR $1 = 2 OR id IN (SELECT 1 FROM scan_csv('/x'))"), [
    'scan_csv',
  ]);
});

test('a suite hiding the call that way is refused at load, and never reads the file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tg-dollar-'));
  const secret = join(dir, 'secret.csv');
  writeFileSync(secret, 'user,pass\nroot,hunter2\n');
  writeFileSync(join(dir, 'data.csv'), 'id\n1\n');
  const query = hidden.replace('PATH', secret).replaceAll('"', '\\"');
  const text = `version: 1\nsources:\n  d: data.csv\nchecks:\n  d:\n    - sql: { query: "${query}" }\n`;
  let suite;
  try {
    suite = parseSuite(text, { baseDir: dir });
  } catch (err) {
    assert.ok(err instanceof SuiteInvalidError, String(err));
    assert.deepEqual(
      err.problems.map((p) => p.code),
      ['TG_SQL_FILE_ACCESS'],
    );
    return;
  }
  const report = await runSuite(suite, { now: new Date('2026-01-01T00:00:00Z') });
  assert.fail(`loaded and ran: ${JSON.stringify(report.sources[0]!.checks[0])}`);
});
