import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import pl from 'nodejs-polars';
import { compileSource, runSource } from '../../src/core/engine/run-source.ts';
import { openSource } from '../../src/core/sources/open.ts';
import { parseSuite } from '../../src/core/suite/load.ts';

const dir = mkdtempSync(join(tmpdir(), 'tg-broken-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// An expression polars refuses when it plans the query (a string function on a number) breaks
// only its own check, both when running and when validating the suite.
test('a check whose expression polars cannot plan fails alone', async () => {
  writeFileSync(join(dir, 'd.csv'), 'id,name\n1,a\n2,\n3,c\n');
  const suite = parseSuite(
    'version: 1\nsources:\n  d: d.csv\nchecks:\n  d:\n' +
      '    - not_null: { column: name }\n    - not_null: { column: id }\n    - between: { column: id, max: 2 }\n',
    { baseDir: dir },
  );
  const list = suite.checks.d!;
  list[1] = {
    ...list[1]!,
    plan: () => ({ kind: 'row', fails: pl.col('id').str.lengths().gt(0), expected: '', describe: '' }),
  };
  const source = openSource('d', suite.sources.d!, { baseDir: dir });
  const opts = { now: new Date('2026-01-01T00:00:00Z'), sampleSize: 5, others: () => source, baseDir: dir };

  const result = await runSource(source, list, opts);
  assert.equal(result.error, undefined);
  assert.deepEqual(
    result.checks.map((c) => [c.id, c.status, c.failingCount]),
    [
      ['d.not_null.name', 'fail', 1],
      ['d.not_null.id', 'error', null],
      ['d.between.id', 'fail', 1],
    ],
  );
  assert.equal(result.checks[1]!.errorCode, 'TG_CHECK_ERROR');

  const problems = await compileSource(source, list, opts);
  assert.deepEqual(
    problems.map((p) => [p.code, p.location?.line]),
    [['TG_CHECK_ERROR', 7]],
  );
  assert.deepEqual(await compileSource(source, [list[0]!, list[2]!], opts), []);
});
