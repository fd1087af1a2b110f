import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import { fileFunctions } from '../../src/core/toolkit/sql-tokens.ts';
import { loadSuiteFile, parseSuite, SuiteInvalidError } from '../../src/core/suite/load.ts';

function problems(fn: () => unknown): { code: string; message: string; line?: number }[] {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof SuiteInvalidError, String(err));
    return err.problems.map((p) => ({ code: p.code, message: p.message, line: p.location?.line }));
  }
  assert.fail('expected a suite error');
}

describe('SQL may not read files', () => {
  let dir: string;
  let secret: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'tg-guard-'));
    secret = join(dir, 'passwd');
    writeFileSync(secret, 'user,pass\nroot,hunter2\n');
    writeFileSync(join(dir, 'data.csv'), 'id,name\n1,a\n2,b\n');
  });

  const attempts = (path: string): string[] => [
    `    - sql: { query: "SELECT * FROM read_csv('${path}')" }`,
    `    - sql: { query: "SELECT s.* FROM source, (SELECT * FROM READ_CSV('${path}')) s" }`,
    `    - expression: { expression: "id IN (SELECT 1 FROM \\"read_csv\\" ('${path}'))" }`,
    `    - not_null: { column: id, where: "id IN (SELECT 1 FROM scan_parquet/*x*/('${path}'))" }`,
    `    - not_null: { column: id, where: "id > 0 --\\n OR id IN (SELECT 1 FROM read_json('${path}'))" }`,
  ];
  const suite = (extra = ''): string =>
    `version: 1\n${extra}sources:\n  d: data.csv\nchecks:\n  d:\n${attempts(secret).join('\n')}\n`;

  test('every attempt is refused at load, each with its position', () => {
    const found = problems(() => parseSuite(suite(), { baseDir: dir }));
    assert.deepEqual(
      found.map((p) => [p.code, p.line]),
      [6, 7, 8, 9, 10].map((l) => ['TG_SQL_FILE_ACCESS', l]),
    );
    assert.match(found[0]!.message, /`read_csv`, which reads files/);
  });

  test('allow_file_functions lets a trusted suite read files; denyFileFunctions overrides it', async () => {
    const allowed = parseSuite(suite('allow_file_functions: true\n'), { baseDir: dir });
    const report = await runSuite(allowed, { now: new Date('2026-01-01T00:00:00Z') });
    // Proof the attempts are real: allowed, the first one leaks the file into the report.
    assert.match(JSON.stringify(report.sources[0]!.checks[0]!.observed), /hunter2/);
    const denied = problems(() =>
      parseSuite(suite('allow_file_functions: true\n'), { baseDir: dir, denyFileFunctions: true }),
    );
    assert.equal(denied.length, 5);
  });

  test('names in string literals, comments and columns are not calls', () => {
    assert.deepEqual(fileFunctions("note = 'read_csv(x)' -- read_csv('/etc/passwd')"), []);
    assert.deepEqual(fileFunctions('/* scan_csv( */ read_count > 0'), []);
    assert.deepEqual(fileFunctions("x IN (SELECT a FROM Read_Parquet ('f'))"), ['read_parquet']);
  });
});

describe('suite file guards', () => {
  test('a YAML alias bomb is a suite YAML error, not an internal one', () => {
    const lines = ['version: 1', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    lines.push('sources: { d: x.csv }');
    try {
      parseSuite(lines.join('\n'));
      assert.fail('expected an error');
    } catch (err) {
      assert.equal((err as { code?: string }).code, 'TG_SUITE_YAML');
      assert.match((err as Error).message, /cannot be expanded/);
    }
  });

  test('running a suite without checks is an error, not a silent pass', async () => {
    for (const yaml of ['', 'checks:\n  d: []\n']) {
      const suite = parseSuite(`version: 1\nsources:\n  d: data.csv\n${yaml}`);
      await assert.rejects(runSuite(suite), { code: 'TG_SUITE_NO_CHECKS' });
    }
  });

  test('unnamed suites get an identity from their path in the repository; name: wins', () => {
    const root = mkdtempSync(join(tmpdir(), 'tg-ident-'));
    const body = 'version: 1\nsources:\n  d: data.csv\nchecks:\n  d: [row_count: { min: 1 }]\n';
    for (const p of ['a', 'b']) {
      mkdirSync(join(root, p, '.git'), { recursive: true });
      mkdirSync(join(root, p, 'ci'), { recursive: true });
      writeFileSync(join(root, p, 'ci', 'truthgate.yml'), body);
    }
    writeFileSync(join(root, 'a', 'truthgate.yml'), body);
    const a = loadSuiteFile(join(root, 'a', 'ci', 'truthgate.yml')).name;
    const b = loadSuiteFile(join(root, 'b', 'ci', 'truthgate.yml')).name;
    const top = loadSuiteFile(join(root, 'a', 'truthgate.yml')).name;
    assert.match(a, /^truthgate\.yml@[0-9a-f]{6}$/);
    // Same path inside two clones: same identity; another path: another one.
    assert.equal(a, b);
    assert.notEqual(a, top);
    writeFileSync(join(root, 'a', 'named.yml'), `name: orders\n${body}`);
    assert.equal(loadSuiteFile(join(root, 'a', 'named.yml')).name, 'orders');
  });
});
