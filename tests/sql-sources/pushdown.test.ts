import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import type { SourceResult } from '../../src/core/result/schema.ts';
import { parseSuite } from '../../src/core/suite/load.ts';
import { startPostgres, type TestPostgres } from '../helpers/postgres.ts';

/**
 * The pushdown driver on a real PostgreSQL table: one scan for all checks, samples only for
 * failing row checks (bounded, with key columns, sensitive columns masked), unsupported checks
 * and unknown columns as per-check errors while the other checks run.
 */
let pg: TestPostgres;

before(async () => {
  pg = await startPostgres();
  await pg.sql(`CREATE TABLE public.people (id int, email text, age int, note text)`);
  await pg.sql(`INSERT INTO public.people
    SELECT g, CASE WHEN g % 10 = 0 THEN 'broken' ELSE 'p' || g || '@example.com' END, g % 90, 'n' || g
    FROM generate_series(1, 1000) g`);
});
after(() => pg?.stop());

async function run(
  checks: string,
  source = '{ sql: { connection: pg, table: public.people }, key: [id], sensitive: [note] }',
): Promise<SourceResult> {
  const suite = parseSuite(
    `version: 1
defaults: { sample_size: 3 }
connections:
  pg: "${pg.url()}"
sources:
  people: ${source}
checks:
  people:
${checks}`,
    { baseDir: '/tmp' },
  );
  return (await runSuite(suite)).sources[0]!;
}

async function seqScans(): Promise<number> {
  await pg.sql('SELECT pg_stat_clear_snapshot()');
  const r = await pg.sql(`SELECT seq_scan::int AS n FROM pg_stat_user_tables WHERE relname = 'people'`);
  return r.rows[0].n as number;
}

/** Table statistics are flushed by the server a moment after the session that scanned ends. */
async function scansAfter(before: number, expected: number): Promise<number> {
  let n = before;
  for (let i = 0; i < 40 && n - before < expected; i++) {
    await new Promise((r) => setTimeout(r, 100));
    n = await seqScans();
  }
  await new Promise((r) => setTimeout(r, 700));
  return (await seqScans()) - before;
}

test('all passing checks of a table are answered by one scan', async () => {
  const before = await seqScans();
  const s = await run(`    - row_count: { min: 1000 }
    - not_null: { columns: [id, email, age] }
    - unique: { column: id }
    - between: { column: age, min: 0, max: 89 }
    - mean_between: { column: age, min: 0, max: 90 }
    - regex: { column: email, pattern: '@', mostly: 0.8 }
`);
  assert.deepEqual(
    s.checks.map((c) => c.status),
    ['pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'pass'],
    JSON.stringify(s.checks.map((c) => c.message)),
  );
  assert.equal(s.rowCount, 1000);
  assert.equal(await scansAfter(before, 1), 1);
});

test('failing row checks get bounded samples with key columns and sensitive ones masked', async () => {
  const s = await run(`    - regex: { column: email, pattern: '@' }
    - not_null: { column: note }
    - between: { column: age, min: 0, max: 10 }
`);
  const [regex, notNull, between] = s.checks;
  assert.equal(regex!.status, 'fail');
  assert.equal(regex!.failingCount, 100);
  assert.equal(regex!.samples.length, 3);
  for (const sample of regex!.samples) {
    assert.equal(sample.values.email, 'broken');
    assert.equal(typeof sample.values.id, 'number');
    assert.equal((sample.values.id as number) % 10, 0);
  }
  assert.equal(notNull!.status, 'pass');
  assert.deepEqual(notNull!.samples, []);
  assert.equal(between!.status, 'fail');
  assert.ok(between!.samples.every((x) => (x.values.age as number) > 10));
  const masked = await run(`    - not_regex: { column: note, pattern: '^n' }
`);
  assert.equal(masked.checks[0]!.status, 'fail');
  assert.ok(
    masked.checks[0]!.samples.every(
      (x) => x.values.note !== undefined && !String(x.values.note).startsWith('n'),
    ),
  );
});

test('an unknown column or an unsupported check errors alone, coded; the others still run', async () => {
  const s = await run(`    - not_null: { column: emial }
    - increasing: { column: id }
    - row_count: { min: 1 }
`);
  const [missing, unsupported, rows] = s.checks;
  assert.equal(missing!.errorCode, 'TG_COLUMN_NOT_FOUND');
  assert.match(missing!.message, /email/);
  assert.equal(unsupported!.errorCode, 'TG_CHECK_UNSUPPORTED_BACKEND');
  assert.match(unsupported!.message, /PostgreSQL/);
  assert.equal(rows!.status, 'pass');
  assert.equal(s.error, undefined);
});

test('duplicates: a clean proof answers in the one scan; only a failed proof adds the windowed count', async () => {
  const before = await seqScans();
  const s = await run(`    - unique: { column: age }
    - unique: { column: email }
    - primary_key: { columns: [id, age] }
`);
  const [age, email, key] = s.checks;
  // Every age occurs about 11 times; 'broken' 100 times; (id, age) is a key.
  assert.equal(age!.failingCount, 1000);
  assert.equal(email!.failingCount, 100);
  assert.ok(email!.samples.every((x) => x.values.email === 'broken'));
  assert.equal(key!.status, 'pass');
  // The one query, then per failed proof a count and a sample query.
  assert.equal(await scansAfter(before, 5), 5);
});

test('identifiers are quoted: table and column names with quotes, spaces, unicode and keywords', async () => {
  await pg.sql(`CREATE TABLE public."we""ird table" ("a""b c" int, "select" text, "ünï" float8)`);
  await pg.sql(`INSERT INTO public."we""ird table" VALUES (1, 'x', 1.5), (1, NULL, -2), (2, 'y', NULL)`);
  const s = await run(
    `    - unique: { column: 'a"b c' }
    - not_null: { column: select }
    - between: { column: ünï, min: 0, max: 10 }
    - regex: { column: select, pattern: '^[xy]$' }
`,
    `{ sql: { connection: pg, table: 'public."we""ird table"' }, key: ['a"b c'] }`,
  );
  assert.deepEqual(
    s.checks.map((c) => [c.status, c.failingCount]),
    [
      ['fail', 2],
      ['fail', 1],
      ['fail', 1],
      ['pass', 0],
    ],
  );
  assert.deepEqual(s.checks[2]!.samples[0]!.values, { 'a"b c': 1, ünï: -2 });
  assert.equal((await pg.sql(`SELECT count(*)::int AS n FROM public."we""ird table"`)).rows[0].n, 3);
});

test('custom-SQL checks: the statement timeout applies, and read-only cannot be switched off', async () => {
  await pg.sql('CREATE SEQUENCE IF NOT EXISTS public.tock');
  const suite = parseSuite(
    `version: 1
connections:
  pg: { url: "${pg.url()}", statement_timeout_seconds: 0.5 }
sources:
  people: { sql: { connection: pg, table: public.people } }
checks:
  people:
    - sql: { query: "SELECT id FROM source, pg_sleep(3) WHERE id = 1" }
    - sql: { query: "SELECT set_config('transaction_read_only', 'off', true) AS x" }
    - sql: { query: "SELECT nextval('public.tock') AS n" }
    - row_count: { min: 1 }
`,
    { baseDir: '/tmp' },
  );
  const t0 = performance.now();
  const [slow, unlock, writes, rows] = (await runSuite(suite)).sources[0]!.checks;
  assert.ok(performance.now() - t0 < 2900, 'the sleeping query was cancelled');
  assert.equal(slow!.errorCode, 'TG_SQL_TIMEOUT');
  assert.equal(unlock!.status, 'error');
  assert.equal(writes!.errorCode, 'TG_SQL_READ_ONLY');
  assert.equal(rows!.status, 'pass');
  assert.equal((await pg.sql(`SELECT is_called FROM public.tock`)).rows[0].is_called, false);
});

test("a check whose SQL the database refuses (a bad `where`) errors alone with the database's reason", async () => {
  const s = await run(`    - not_null: { column: id, where: "no_such_column > 1" }
    - row_count: { min: 1 }
`);
  assert.equal(s.checks[0]!.errorCode, 'TG_CHECK_ERROR');
  assert.match(s.checks[0]!.message, /no_such_column/);
  assert.equal(s.checks[1]!.status, 'pass');
});

test('fingerprint: same rows same print; appended rows and a newer timestamp change it', async () => {
  const src = '{ sql: { connection: pg, table: public.people, timestamp_column: id } }';
  const a = await run('    - row_count: { min: 1 }\n', src);
  const b = await run('    - row_count: { min: 1 }\n', src);
  assert.equal(a.fingerprint, b.fingerprint);
  await pg.sql(`UPDATE public.people SET id = 5000 WHERE id = 1000`);
  const c = await run('    - row_count: { min: 1 }\n', src);
  assert.notEqual(c.fingerprint, a.fingerprint);
  await pg.sql(`INSERT INTO public.people VALUES (5001, 'x@y.z', 1, 'n')`);
  const d = await run('    - row_count: { min: 1 }\n');
  assert.equal(d.rowCount, 1001);
  assert.notEqual(
    d.fingerprint,
    (
      await run(
        '    - row_count: { min: 1 }\n',
        '{ sql: { connection: pg, query: "select * from public.people" } }',
      )
    ).fingerprint,
  );
  await pg.sql(
    `DELETE FROM public.people WHERE id = 5001; UPDATE public.people SET id = 1000 WHERE id = 5000`,
  );
});

test('custom-SQL checks run in the database, read-only, each failing alone', async () => {
  await pg.sql('CREATE SEQUENCE IF NOT EXISTS public.tick');
  const s =
    await run(`    - sql: { query: "SELECT id, email FROM source WHERE email NOT LIKE '%@%' ORDER BY id" }
    - sql: { query: "SELECT * FROM people WHERE age > 200" }
    - sql: { query: "SELECT nextval('public.tick') AS n" }
    - sql: { query: "SELECT nope FROM source" }
    - row_count: { min: 1 }
`);
  const [bad, none, writes, broken, rows] = s.checks;
  assert.equal(bad!.status, 'fail');
  assert.equal(bad!.failingCount, 100);
  const observed = bad!.observed as { failingRows: number; examples: { id: number; email: string }[] };
  assert.equal(observed.failingRows, 100);
  assert.deepEqual(
    observed.examples.map((e) => e.id),
    [10, 20, 30, 40, 50],
  );
  assert.equal(none!.status, 'pass');
  assert.equal(writes!.errorCode, 'TG_SQL_READ_ONLY');
  assert.equal(broken!.errorCode, 'TG_CHECK_ERROR');
  assert.match(broken!.message, /nope/);
  assert.equal(rows!.status, 'pass');
  assert.equal((await pg.sql(`SELECT is_called FROM public.tick`)).rows[0].is_called, false);
});
