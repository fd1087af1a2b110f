import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { hasStackTrace, runCli } from '../cli/run-cli.ts';
import { startPostgres, type TestPostgres } from '../helpers/postgres.ts';
import { EDGE_ROWS, loadEdgeDuckdb, loadEdgePostgres } from './sql-data.ts';

/**
 * `truthgate profile` and `learn` on a source of a suite that is a SQL table: profiled in the
 * database, learned into a suite that keeps `${ENV}` placeholders (never the password) and
 * passes on its own data; faults are coded errors without a stack trace.
 */
let pg: TestPostgres;
let dir: string;
const READER = 'Rd-pw!7';

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tg-sqlcli-'));
  pg = await startPostgres();
  await loadEdgePostgres(pg);
  await pg.sql(`CREATE TABLE secret (x int); CREATE ROLE reader LOGIN PASSWORD '${READER}';
    GRANT SELECT ON edge TO reader;`);
  await loadEdgeDuckdb(join(dir, 'edge.duckdb'));
  writeFileSync(
    join(dir, 'suite.yml'),
    `version: 1
connections:
  pg: { url: "postgres://${pg.user}@127.0.0.1:${pg.port}/postgres", password: "\${TG_TEST_PG_PASSWORD}" }
  reader: { url: "postgres://reader@127.0.0.1:${pg.port}/postgres", password: "\${TG_TEST_READER}" }
  slow: { url: "postgres://${pg.user}@127.0.0.1:${pg.port}/postgres", password: "\${TG_TEST_PG_PASSWORD}", statement_timeout_seconds: 0.3 }
  duck: duckdb:edge.duckdb
sources:
  edge: { sql: { connection: pg, table: public.edge }, key: [id] }
  duck_edge: { sql: { connection: duck, table: edge } }
  # learn on floats with NaN or infinity and on timestamps proposes checks that fail on files too
  # (between, in_set: reported), so the learn test reads the other columns
  pg_clean: { sql: { connection: pg, query: "select id, status, vip, day from edge" } }
  duck_clean: { sql: { connection: duck, query: "select id, status, vip, day from edge" } }
  missing: { sql: { connection: pg, table: public.nope } }
  bad_ts: { sql: { connection: pg, table: public.edge, timestamp_column: updated } }
  denied: { sql: { connection: reader, table: public.secret } }
  sleepy: { sql: { connection: slow, query: "select pg_sleep(2) as x" } }
checks: {}
`,
  );
});
after(async () => {
  await pg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const env = () => ({ TG_TEST_PG_PASSWORD: pg.password, TG_TEST_READER: READER });
const cli = (args: string[]) => runCli(args, { cwd: dir, env: env() });

test('profile --suite --source profiles a PostgreSQL table in the database', () => {
  const r = cli(['profile', '--suite', 'suite.yml', '--source', 'edge', '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const p = JSON.parse(r.stdout) as { table: { rows: number }; source: { uri: string; format: string } };
  assert.equal(p.table.rows, EDGE_ROWS.length);
  assert.deepEqual([p.source.uri, p.source.format], ['sql:pg/public.edge', 'postgres']);
  assert.ok(!r.stdout.includes(pg.password));
  const t = cli(['profile', '--suite', 'suite.yml', '--source', 'duck_edge']);
  assert.equal(t.code, 0, t.stderr);
  assert.match(t.stdout, /status/);
});

test('learn --suite --source writes a suite that keeps ${ENV} and passes in the database', () => {
  for (const source of ['pg_clean', 'duck_clean']) {
    const out = join(dir, 'learned', `${source}.yml`);
    const r = cli(['learn', '--suite', 'suite.yml', '--source', source, '-o', out, '--strictness', 'strict']);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /warning/, r.stderr);
    const text = readFileSync(out, 'utf8');
    assert.ok(!text.includes(pg.password), 'the password is never written');
    assert.match(text, /query: select id, status, vip, day from edge/);
    if (source === 'pg_clean') {
      assert.match(text, /\$\{TG_TEST_PG_PASSWORD\}/);
    } else assert.match(text, /duckdb:\.\.\/edge\.duckdb/);
    const check = cli(['check', '--suite', out]);
    assert.equal(check.code, 0, check.stdout + check.stderr);
  }
});

test('faults: missing table, missing column, permission denied, timeout, usage', () => {
  const cases: [string[], string, number][] = [
    [['--source', 'missing'], 'TG_SQL_TABLE_NOT_FOUND', 3],
    [['--source', 'bad_ts'], 'TG_COLUMN_NOT_FOUND', 3],
    [['--source', 'denied'], 'TG_SQL_PERMISSION', 3],
    [['--source', 'sleepy'], 'TG_SQL_TIMEOUT', 3],
    [['--source', 'nope'], 'TG_UNKNOWN_SOURCE', 2],
  ];
  for (const [args, code, exit] of cases) {
    for (const command of ['profile', 'learn']) {
      const r = cli([command, '--suite', 'suite.yml', ...args]);
      assert.match(r.stderr, new RegExp(code), `${command} ${args.join(' ')}: ${r.stderr}`);
      assert.equal(r.code, exit, `${command} ${args.join(' ')}: ${r.stderr}`);
      assert.ok(!hasStackTrace(r.stderr), r.stderr);
      assert.ok(!r.stderr.includes(pg.password) && !r.stderr.includes(READER));
    }
  }
  // drift and diff read the same sources in their database, with the same codes.
  for (const [args, code] of [
    [['drift', '--baseline', 'edge', '--current', 'missing'], 'TG_SQL_TABLE_NOT_FOUND'],
    [['drift', '--baseline', 'denied', '--current', 'edge'], 'TG_SQL_PERMISSION'],
    [['drift', '--baseline', 'edge', '--current', 'sleepy'], 'TG_SQL_TIMEOUT'],
    [['diff', 'missing', 'edge'], 'TG_SQL_TABLE_NOT_FOUND'],
    [['diff', 'sleepy', 'sleepy'], 'TG_SQL_TIMEOUT'],
    // Rows pair only inside one database (without a key, two connections diff by statistics).
    [['diff', 'edge', 'duck_edge', '--key', 'id'], 'TG_DIFF_SQL_CONNECTION'],
  ] as const) {
    const r = cli([args[0], '--suite', 'suite.yml', ...args.slice(1)]);
    assert.match(r.stderr, new RegExp(code), `${args.join(' ')}: ${r.stderr}`);
    assert.ok(r.code === 2 || r.code === 3, `${args.join(' ')}: exit ${r.code}`);
    assert.ok(!hasStackTrace(r.stderr), r.stderr);
    assert.ok(!r.stderr.includes(pg.password) && !r.stderr.includes(READER));
  }
  const both = cli(['profile', 'x.csv', '--suite', 'suite.yml', '--source', 'edge']);
  assert.equal(both.code, 2);
  assert.match(both.stderr, /TG_USAGE/);
});
