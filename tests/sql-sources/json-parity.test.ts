import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import pl from 'nodejs-polars';
import pgDriver from 'pg';
import { compileSqlSource } from '../../src/core/engine/sql-source.ts';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import { col } from '../../src/core/expr/node.ts';
import { plainPolarsRenderer } from '../sql/row-parity.ts';
import { SqlRenderer } from '../../src/core/expr/sql.ts';
import type { CheckResult } from '../../src/core/result/schema.ts';
import { openSqlSource } from '../../src/core/sources/sql/open.ts';
import { parseSuite } from '../../src/core/suite/load.ts';
import { startPostgres, type TestPostgres } from '../helpers/postgres.ts';
import { EDGE_TEXTS, randomTexts } from './json-texts.ts';

/**
 * `json_parseable` gives polars' verdict on every value in PostgreSQL and DuckDB: the edges of
 * JSON's grammar and of polars' parser, unicode, and random documents with random edits, nulls
 * first. Then the PostgreSQL helper's conditions: a role without TEMP gets a coded refusal of this
 * check only, the helper leaves the transaction read-only with its statement timeout, and a
 * session whose checks do not call it never creates it.
 */
const TEXTS: (string | null)[] = [null, null, ...EDGE_TEXTS, null, ...randomTexts(400)];

let pg: TestPostgres;
let dir: string;
const duckFile = () => join(dir, 'texts.duckdb');

before(async () => {
  pg = await startPostgres();
  dir = mkdtempSync(join(tmpdir(), 'tg-json-'));
  await pg.sql('CREATE TABLE texts (id int PRIMARY KEY, v text)');
  await pg.sql('INSERT INTO texts SELECT i - 1, v FROM unnest($1::text[]) WITH ORDINALITY AS u(v, i)', [
    TEXTS,
  ]);
  const db = await DuckDBInstance.create(duckFile());
  const c = await db.connect();
  await c.run('CREATE TABLE texts (id INTEGER PRIMARY KEY, v VARCHAR)');
  const app = await c.createAppender('texts');
  TEXTS.forEach((v, i) => {
    app.appendInteger(i);
    if (v === null) app.appendNull();
    else app.appendVarchar(v);
    app.endRow();
  });
  app.closeSync();
  c.closeSync();
  db.closeSync();
  pl.DataFrame({ id: TEXTS.map((_, i) => i), v: pl.Series('v', TEXTS, pl.String) }).writeParquet(
    join(dir, 'texts.parquet'),
  );
});
after(async () => {
  await pg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const valid = col('v').jsonValid().node;

function polarsVerdicts(): (boolean | null)[] {
  const renderer = plainPolarsRenderer();
  const df = pl.DataFrame({ v: pl.Series('v', TEXTS, pl.String) });
  return df.select(renderer.row(valid).alias('ok')).getColumn('ok').toArray() as (boolean | null)[];
}

/** Each value's verdict in the database, through the source's own session and dialect. */
async function sqlVerdicts(connection: string): Promise<(boolean | null)[]> {
  const source = await openSqlSource(
    'texts',
    { path: 'sql:db/texts', sql: { connection: 'db', table: 'texts' } },
    { connections: { db: connection }, baseDir: dir, jsonTest: true },
  );
  try {
    const test = new SqlRenderer(source.dialect, undefined).row(valid);
    const rows = await source.session.query(`SELECT id, ${test} AS ok FROM texts ORDER BY id`);
    return rows.map((r) => r.ok as boolean | null);
  } finally {
    await source.close();
  }
}

function disagreements(name: string, got: (boolean | null)[], want: (boolean | null)[]): string[] {
  return TEXTS.flatMap((t, i) =>
    got[i] === want[i] || (want[i] === false && got[i] === null && t === null)
      ? []
      : [`${name} #${i} ${JSON.stringify(t?.slice(0, 60))}: ${got[i]} (polars ${want[i]})`],
  );
}

describe('json_parseable: polars verdicts in the database', () => {
  test('PostgreSQL and DuckDB agree with polars on every value', async () => {
    const want = polarsVerdicts();
    // The texts cover both verdicts well, so agreement is not a matter of all-true or all-false.
    const bad = want.filter((w) => w === false).length;
    assert.ok(bad > 150 && want.length - bad > 150, `${bad} of ${want.length} invalid`);
    const pgGot = await sqlVerdicts(pg.url());
    const duckGot = await sqlVerdicts(`duckdb:${duckFile()}`);
    const wrong = [...disagreements('postgres', pgGot, want), ...disagreements('duckdb', duckGot, want)];
    assert.deepEqual(wrong, []);
  });

  test('the check gives the same result on a Parquet file, PostgreSQL and DuckDB', async () => {
    const results: Record<string, CheckResult> = {};
    for (const [name, source] of Object.entries({
      file: `{ path: texts.parquet }`,
      pg: `{ sql: { connection: pg, table: texts } }`,
      duck: `{ sql: { connection: duck, table: texts } }`,
    })) {
      const suite = parseSuite(
        `version: 1
connections: { pg: "${pg.url()}", duck: "duckdb:${duckFile()}" }
sources: { ${name}: ${source} }
checks: { ${name}: [{ json_parseable: { column: v } }] }`,
        { path: join(dir, 'truthgate.yml'), baseDir: dir },
      );
      results[name] = (await runSuite(suite)).sources[0]!.checks[0]!;
    }
    const verdict = (c: CheckResult) => [c.status, c.failingCount, c.failingFraction, c.errorCode];
    assert.equal(results.file!.status, 'fail');
    assert.deepEqual(verdict(results.pg!), verdict(results.file!));
    assert.deepEqual(verdict(results.duck!), verdict(results.file!));
  });
});

describe('json_parseable: the PostgreSQL helper and the role', () => {
  const suiteFor = (url: string, source: string, checks: string, timeout = 30) =>
    parseSuite(
      `version: 1
connections: { db: { url: "${url}", statement_timeout_seconds: ${timeout} } }
sources: { s: ${source} }
checks: { s: ${checks} }`,
      { path: join(dir, 'truthgate.yml'), baseDir: dir },
    );

  before(async () => {
    await pg.sql(`
      REVOKE TEMPORARY ON DATABASE postgres FROM PUBLIC;
      CREATE ROLE no_temp LOGIN PASSWORD 'no-temp-pw';
      CREATE ROLE checker LOGIN PASSWORD 'checker-pw';
      GRANT SELECT ON texts TO no_temp, checker;
      GRANT TEMPORARY ON DATABASE postgres TO checker;
      -- Parallel plans even for a small table: the helper must not run in a parallel query, which
      -- cannot start the subtransaction that catches a parse error.
      ALTER ROLE checker SET parallel_setup_cost = 0;
      ALTER ROLE checker SET parallel_tuple_cost = 0;
      ALTER ROLE checker SET min_parallel_table_scan_size = 0;
    `);
  });

  test('without TEMP the check is refused with a coded reason, the other checks still run', async () => {
    const url = pg.url({ user: 'no_temp', password: 'no-temp-pw' });
    const table = '{ sql: { connection: db, table: texts } }';
    const checks = '[{ json_parseable: { column: v } }, { row_count: { min: 1 } }]';
    const suite = suiteFor(url, table, checks);
    const [json, count] = (await runSuite(suite)).sources[0]!.checks;
    assert.equal(json!.status, 'error');
    assert.equal(json!.errorCode, 'TG_CHECK_UNSUPPORTED_BACKEND');
    assert.match(json!.message ?? '', /TEMPORARY/);
    assert.match(json!.message ?? '', /permission denied/);
    assert.equal(count!.status, 'pass');
    // Validation says the same, at the check's place in the suite, without reading rows.
    const problems = await compileSqlSource('s', suite.sources.s as never, suite.checks.s!, {
      now: new Date(),
      connections: suite.connections,
      baseDir: dir,
    });
    assert.deepEqual(
      problems.map((p) => p.code),
      ['TG_CHECK_UNSUPPORTED_BACKEND'],
    );
    assert.match(problems[0]!.message, /TEMPORARY/);
  });

  /** Every statement the sessions send while `run` runs (pg's Client.query, wrapped). */
  async function statementsOf<T>(run: () => Promise<T>): Promise<{ result: T; sent: string[] }> {
    const query = pgDriver.Client.prototype.query;
    const sent: string[] = [];
    pgDriver.Client.prototype.query = function (this: pgDriver.Client, ...args: unknown[]) {
      const q = args[0] as string | { text?: string };
      sent.push(typeof q === 'string' ? q : String(q?.text));
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query;
    try {
      return { result: await run(), sent };
    } finally {
      pgDriver.Client.prototype.query = query;
    }
  }

  test('the helper is created only for a session whose checks call it, and then judges right', async () => {
    const url = pg.url({ user: 'checker', password: 'checker-pw' });
    const table = '{ sql: { connection: db, table: texts } }';
    const creates = (sent: string[]) => sent.filter((q) => /^\s*CREATE\s+FUNCTION/i.test(q));
    const without = await statementsOf(() =>
      runSuite(suiteFor(url, table, '[{ row_count: { min: 1 } }, { not_null: { column: v } }]')),
    );
    const [count, nulls] = without.result.sources[0]!.checks;
    assert.equal(count!.status, 'pass', JSON.stringify(count));
    assert.equal(nulls!.failingCount, TEXTS.filter((t) => t === null).length);
    assert.ok(
      without.sent.some((q) => /^BEGIN/.test(q)),
      'the wrapper sees the session',
    );
    assert.deepEqual(creates(without.sent), []);
    assert.equal(without.sent.filter((q) => /server_version_num/.test(q)).length, 0);
    // Validation opens a session too.
    const suite = suiteFor(url, table, '[{ not_null: { column: v } }]');
    const validated = await statementsOf(() =>
      compileSqlSource('s', suite.sources.s as never, suite.checks.s!, {
        now: new Date(),
        connections: suite.connections,
        baseDir: dir,
      }),
    );
    assert.deepEqual(validated.result, []);
    assert.deepEqual(creates(validated.sent), []);

    const withJson = await statementsOf(() =>
      runSuite(suiteFor(url, table, '[{ not_null: { column: v } }, { json_parseable: { column: v } }]')),
    );
    const [, json] = withJson.result.sources[0]!.checks;
    const onFile = (
      await runSuite(suiteFor(url, '{ path: texts.parquet }', '[{ json_parseable: { column: v } }]'))
    ).sources[0]!.checks[0]!;
    assert.equal(json!.status, 'fail', JSON.stringify(json));
    assert.equal(json!.failingCount, onFile.failingCount);
    const values = (c: CheckResult) => c.samples.map((x) => x.values.v);
    assert.deepEqual(values(json!), values(onFile));
    assert.equal(creates(withJson.sent).length, 1);
    // Before the read-only transaction, as before.
    assert.ok(
      withJson.sent.findIndex((q) => /^\s*CREATE\s+FUNCTION/i.test(q)) <
        withJson.sent.indexOf('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY'),
    );
  });

  test('a role with TEMP (not a superuser) runs it read-only, under the statement timeout', async () => {
    const url = pg.url({ user: 'checker', password: 'checker-pw' });
    const table = '{ sql: { connection: db, table: texts } }';
    const [onTable] = (await runSuite(suiteFor(url, table, '[{ json_parseable: { column: v } }]')))
      .sources[0]!.checks;
    assert.equal(onTable!.status, 'fail', JSON.stringify(onTable));
    const settings = `{ sql: { connection: db, query: "SELECT current_setting('transaction_read_only') AS ro, current_setting('statement_timeout') AS st, v FROM texts" } }`;
    const checks = `[{ json_parseable: { column: v } }, { in_set: { column: ro, values: ['on'] } }, { in_set: { column: st, values: ['30s'] } }]`;
    const [json, ro, st] = (await runSuite(suiteFor(url, settings, checks))).sources[0]!.checks;
    assert.equal(json!.status, 'fail', JSON.stringify(json));
    assert.equal(ro!.status, 'pass', JSON.stringify(ro));
    assert.equal(st!.status, 'pass', JSON.stringify(st));
    // Deep texts make each call slow; the timeout still ends the query (the helper catches parse
    // errors only, never the cancel).
    const slow = `{ sql: { connection: db, query: "SELECT '[' || repeat('[1],', 100000) || g || ']' AS v FROM generate_series(1, 100000) AS g" } }`;
    const t0 = performance.now();
    const source = (await runSuite(suiteFor(url, slow, '[{ json_parseable: { column: v } }]', 1)))
      .sources[0]!;
    const timedOut = source.error?.code ?? source.checks[0]!.errorCode;
    assert.equal(timedOut, 'TG_SQL_TIMEOUT', JSON.stringify(source));
    assert.ok(performance.now() - t0 < 20_000);
  });
});
