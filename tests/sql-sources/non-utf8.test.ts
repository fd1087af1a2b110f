import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import { parseSuite } from '../../src/core/suite/load.ts';
import { startPostgres, type TestPostgres } from '../helpers/postgres.ts';

/**
 * Rust's \d and \w are Unicode, so PostgreSQL gets them as code point ranges, which only a UTF-8
 * database reads as characters. In a SQL_ASCII database (initdb under the C locale) `^\w+$` made
 * PostgreSQL refuse the whole fused query ("invalid character range"), failing every check of the
 * source, and `^\d+$` counted other rows than polars. Such patterns are refused, each alone.
 */
let pg: TestPostgres;
let dir: string;

before(async () => {
  pg = await startPostgres({}, { encoding: 'SQL_ASCII' });
  await pg.sql(`CREATE TABLE public.t (id int, code text);
    INSERT INTO public.t VALUES (1, '12'), (2, 'ab'), (3, 'a_1'), (4, '7'), (5, 'x-y'), (6, NULL);`);
  dir = mkdtempSync(join(tmpdir(), 'tg-pg-ascii-'));
});
after(async () => {
  await pg?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a non-UTF8 PostgreSQL database refuses only the regex checks that need Unicode classes', async () => {
  const suite = parseSuite(
    `version: 1
connections:
  db: { url: "${pg.url()}" }
sources:
  t: { sql: { connection: db, table: public.t } }
checks:
  t:
    - regex: { column: code, pattern: '^\\w+$' }
    - regex: { column: code, pattern: '^\\d+$' }
    - regex: { column: code, pattern: '^[a-z0-9_]+$' }
    - not_null: { column: id }
    - row_count: { min: 6, max: 6 }
`,
    { path: join(dir, 'truthgate.yml'), baseDir: dir },
  );
  const source = (await runSuite(suite)).sources[0]!;
  assert.equal(source.error, undefined, JSON.stringify(source.error));
  const [w, d, ascii, notNull, rows] = source.checks;
  for (const c of [w!, d!]) {
    assert.equal(c.status, 'error', JSON.stringify(c));
    assert.equal(c.errorCode, 'TG_CHECK_UNSUPPORTED_BACKEND', JSON.stringify(c));
    assert.match(c.message ?? '', /SQL_ASCII/);
  }
  // ASCII-only patterns run there, with polars' counts: `x-y` fails (NULL is not_null's business).
  assert.equal(ascii!.status, 'fail', JSON.stringify(ascii));
  assert.equal(ascii!.failingCount, 1);
  assert.equal(notNull!.status, 'pass', JSON.stringify(notNull));
  assert.equal(rows!.status, 'pass', JSON.stringify(rows));
});
