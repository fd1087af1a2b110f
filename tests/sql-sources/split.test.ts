import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import type { SourceResult } from '../../src/core/result/schema.ts';
import { resolveConnection } from '../../src/core/sources/sql/connection.ts';
import { openPostgres } from '../../src/core/sources/sql/postgres.ts';
import { parseSuite } from '../../src/core/suite/load.ts';
import { startPostgres, type TestPostgres } from '../helpers/postgres.ts';

/**
 * A large PostgreSQL table runs its aggregate query as parts at once on connections sharing one
 * snapshot (plain aggregates, DISTINCT/percentiles, regexes once per distinct value), and gives
 * exactly what the single query gives (a `query:` source over the same table stays one query).
 */
let pg: TestPostgres;
const ROWS = 150_000;
/** Scans of the suite run as the single query (set by the first test). */
let singleScans = 0;

before(async () => {
  pg = await startPostgres();
  // Few distinct emails and codes (grouped before their regex tests), unique ids, nulls, unicode,
  // an empty string, a value with a trailing space, a duplicated id, and a varchar column.
  await pg.sql(
    `CREATE TABLE public.big (id bigint, email text, code varchar(8), amount float8, country text, note text)`,
  );
  await pg.sql(`INSERT INTO public.big
    SELECT CASE WHEN g = 7 THEN 6 ELSE g END,
      CASE WHEN g % 97 = 0 THEN NULL WHEN g % 101 = 0 THEN 'bröken ' || (g % 5) WHEN g % 103 = 0 THEN ''
           ELSE 'u' || (g % 300) || '@example.com' END,
      CASE WHEN g % 11 = 0 THEN 'x ' ELSE 'c' || (g % 40) END,
      CASE WHEN g % 89 = 0 THEN 'NaN'::float8 WHEN g % 83 = 0 THEN NULL ELSE (g % 1000) * 1.5 END,
      (ARRAY['KR', 'US', 'DE', 'BR', '한국'])[1 + g % 5],
      'n' || g
    FROM generate_series(1, ${ROWS}) g`);
  await pg.sql('ANALYZE public.big');
});
after(() => pg?.stop());

const CHECKS = `    - row_count: { min: 1 }
    - not_null: { columns: [id, email] }
    - unique: { column: id }
    - regex: { column: email, pattern: '^u[0-9]+@example\\.com$' }
    - email: { column: email }
    - no_surrounding_whitespace: { column: code }
    - regex: { column: code, pattern: '^c[0-9]+$', where: "country = 'KR'" }
    - regex: { column: country, pattern: '^[A-Z]{2}$' }
    - in_set: { column: country, values: [KR, US, DE, BR] }
    - between: { column: amount, min: 0, max: 1000 }
    - mean_between: { column: amount, min: 0, max: 2000 }
    - quantile_between: { column: amount, q: 0.9, min: 0, max: 2000 }
    - distinct_count_between: { column: email, min: 1, max: 1000 }
    - length_between: { column: email, min: 5, max: 40 }
    - not_regex: { column: email, pattern: '(?i)^BRÖKEN' }
    - not_regex: { column: note, pattern: '^n1' }
    - uuid: { column: code }
    - starts_with: { column: code, prefix: c }
    - ends_with: { column: email, suffix: [.com] }
    - lowercase: { column: email }
    - distinct_values_subset: { column: country, values: [KR, US, DE, BR] }
    - distinct_fraction_between: { column: id, min: 0.99 }
    - no_duplicate_rows: {}
    - unique_combination: { columns: [email, code] }
    - zscore_outliers_max: { column: amount, threshold: 1.5, max_fraction: 0.01 }
    - median_between: { column: amount, min: 0, max: 2000 }
    - std_between: { column: amount, min: 0, max: 1 }
    - min_between: { column: amount, min: 0, max: 2000 }
`;

async function run(source: string, url = pg.url()): Promise<SourceResult> {
  const suite = parseSuite(
    `version: 1
defaults: { sample_size: 2 }
connections:
  pg: "${url}"
sources:
  big: ${source}
checks:
  big:
${CHECKS}`,
    { baseDir: '/tmp' },
  );
  return (await runSuite(suite)).sources[0]!;
}

async function seqScans(): Promise<number> {
  await pg.sql('SELECT pg_stat_clear_snapshot()');
  const r = await pg.sql(`SELECT seq_scan::int AS n FROM pg_stat_user_tables WHERE relname = 'big'`);
  return r.rows[0].n as number;
}

/** Statistics are flushed a moment after the sessions that scanned end. */
async function scansSince(start: number, atLeast: number): Promise<number> {
  let n = start;
  for (let i = 0; i < 40 && n - start < atLeast; i++) {
    await new Promise((r) => setTimeout(r, 100));
    n = await seqScans();
  }
  return n - start;
}

const verdicts = (s: SourceResult) =>
  s.checks.map((c) => ({
    id: c.id,
    status: c.status,
    failingCount: c.failingCount,
    observed: c.observed,
    message: c.message,
    samples: c.samples.length,
  }));

test('the split run of a large table gives exactly the results of the single query', async () => {
  let start = await seqScans();
  const single = await run(`{ sql: { connection: pg, query: 'SELECT * FROM public.big' }, key: [id] }`);
  singleScans = await scansSince(start, 1);
  start = await seqScans();
  const split = await run('{ sql: { connection: pg, table: public.big }, key: [id] }');
  // Besides what the single query run reads (the windowed duplicate count, samples), parts of their
  // own: DISTINCT/percentiles and the grouped email, code and country regexes.
  const splitScans = await scansSince(start, singleScans + 4);
  assert.ok(splitScans >= singleScans + 3, `${splitScans} scans split, ${singleScans} single`);
  assert.equal(split.rowCount, ROWS);
  assert.deepEqual(
    split.checks.filter((c) => c.status === 'error').map((c) => `${c.id}: ${c.message}`),
    [],
  );
  assert.deepEqual(verdicts(split), verdicts(single));
  // The data is built so that both verdicts occur, including on the grouped regex checks.
  const byId = Object.fromEntries(split.checks.map((c) => [c.id, c]));
  assert.equal(byId['big.unique.id']!.failingCount, 2);
  assert.ok(byId['big.regex.email']!.failingCount! > 0);
  assert.ok(byId['big.no_surrounding_whitespace.code']!.failingCount! > 0);
  assert.equal(byId['big.regex.country']!.status, 'fail');
  assert.equal(byId['big.in_set.country']!.status, 'fail');
});

test('a role allowed one connection gets the single query instead, with the same results', async () => {
  await pg.sql(`CREATE ROLE tg_one LOGIN PASSWORD 'one-pw' CONNECTION LIMIT 1`);
  await pg.sql('GRANT SELECT ON public.big TO tg_one');
  const url = pg.url({ user: 'tg_one', password: 'one-pw' });
  const start = await seqScans();
  const one = await run('{ sql: { connection: pg, table: public.big }, key: [id] }', url);
  const oneScans = await scansSince(start, singleScans);
  const split = await run('{ sql: { connection: pg, table: public.big }, key: [id] }');
  assert.equal(one.rowCount, ROWS);
  assert.deepEqual(verdicts(one), verdicts(split));
  // The single query, the duplicates' windowed count and the samples: no parts.
  assert.equal(oneScans, singleScans);
});

test('a sibling connection sees the snapshot of its session, not rows committed since', async () => {
  const conn = resolveConnection('big', 'pg', { pg: pg.url() }, '/tmp', {});
  const session = await openPostgres(conn, { source: 'big', table: 'public.big' });
  try {
    const count = async (s: typeof session) =>
      Number((await s.query('SELECT count(*) AS n FROM public.big'))[0]!.n);
    const before = await count(session);
    await pg.sql(`INSERT INTO public.big (id) VALUES (-1)`);
    const sibling = await session.sibling!();
    try {
      assert.equal(await count(sibling), before);
      // Read-only like its session.
      await assert.rejects(sibling.query('CREATE TABLE public.nope (a int)'), { code: 'TG_SQL_READ_ONLY' });
    } finally {
      await sibling.close();
    }
    assert.equal(Number((await pg.sql('SELECT count(*) AS n FROM public.big')).rows[0].n), before + 1);
  } finally {
    await session.close();
    await pg.sql('DELETE FROM public.big WHERE id = -1');
  }
});

test('table statistics: row and distinct estimates, and which text equals only identical text', async () => {
  const conn = resolveConnection('big', 'pg', { pg: pg.url() }, '/tmp', {});
  const session = await openPostgres(conn, { source: 'big', table: 'public.big' });
  try {
    const stats = await session.tableStats!(['public', 'big']);
    assert.ok(stats.rows! > ROWS * 0.9 && stats.rows! < ROWS * 1.1, String(stats.rows));
    assert.ok(stats.columns.email!.distinct! < 1000);
    assert.ok(stats.columns.id!.distinct! > ROWS * 0.9);
    assert.deepEqual(
      Object.entries(stats.columns)
        .filter(([, c]) => c.plainText)
        .map(([n]) => n)
        .sort(),
      ['code', 'country', 'email', 'note'],
    );
  } finally {
    await session.close();
  }
});

test('the parts run with more work memory than the 4 MB default, so they sort and hash in memory', async () => {
  const where = (mem: string) => `"current_setting('work_mem') = '${mem}'"`;
  const suite = parseSuite(
    `version: 1
connections: { pg: "${pg.url()}" }
sources:
  big: { sql: { connection: pg, table: public.big } }
checks:
  big:
    - regex: { column: note, pattern: '^$', where: ${where('64MB')} }
    - regex: { column: note, pattern: '^$', where: ${where('4MB')} }
    - distinct_count_between: { column: id, min: 1 }
`,
    { baseDir: '/tmp' },
  );
  const byId = Object.fromEntries((await runSuite(suite)).sources[0]!.checks.map((c) => [c.id, c]));
  assert.equal(byId['big.regex.note']!.failingCount, ROWS);
  assert.equal(byId['big.regex.note#2']!.failingCount, 0);
});

test('work memory is raised, not lowered, holds for the rest of the transaction, through failed queries, and ends with it', async () => {
  const conn = resolveConnection('big', 'pg', { pg: pg.url() }, '/tmp', {});
  const session = await openPostgres(conn, { source: 'big', table: 'public.big' });
  const show = async (s: typeof session) => String((await s.query('SHOW work_mem'))[0]!.work_mem);
  try {
    const before = await show(session);
    await session.workMemory!(64);
    await assert.rejects(session.query('SELECT 1/0'));
    assert.equal(await show(session), '64MB');
    // Raised, never lowered.
    await session.query(`SELECT set_config('work_mem', '256MB', true)`);
    await session.workMemory!(64);
    assert.equal(await show(session), '256MB');
    const other = await openPostgres(conn, { source: 'big', table: 'public.big' });
    try {
      assert.equal(await show(other), before);
    } finally {
      await other.close();
    }
  } finally {
    await session.close();
  }
});
