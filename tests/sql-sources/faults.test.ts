import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import { render } from '../../src/core/render/index.ts';
import type { Report, SourceResult } from '../../src/core/result/schema.ts';
import { parseSuite } from '../../src/core/suite/load.ts';
import { runCli } from '../cli/run-cli.ts';
import { startPostgres, type TestPostgres } from '../helpers/postgres.ts';

/**
 * Every way a SQL source can fail, against a real PostgreSQL server: each is its own coded error
 * with a hint, no stack trace, the source's checks `error`, and the suite's other sources still run.
 */
let pg: TestPostgres;
let dir: string;
const READER_PASSWORD = 'Rd-7x!q@secret:pw/42';

before(async () => {
  pg = await startPostgres();
  await pg.sql(`
    CREATE TABLE public.orders (order_id int, amount float8, status text);
    INSERT INTO public.orders VALUES (1, 10.5, 'paid'), (2, 20, 'pending'), (3, NULL, 'paid');
    CREATE TABLE public.secret (x int);
    CREATE SEQUENCE public.counter;
    CREATE ROLE reader LOGIN PASSWORD '${READER_PASSWORD.replace(/'/g, "''")}';
    GRANT SELECT ON public.orders TO reader;
  `);
  dir = mkdtempSync(join(tmpdir(), 'tg-sqlfaults-'));
  writeFileSync(join(dir, 'local.csv'), 'id\n1\n2\n');
});
after(async () => {
  await pg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function suiteText(source: string, connection: string, extra = ''): string {
  return `version: 1
connections:
  db: ${connection}
${extra}sources:
  local: local.csv
  remote: ${source}
checks:
  local:
    - row_count: { min: 1 }
  remote:
    - row_count: { min: 1 }
`;
}

const env = (): NodeJS.ProcessEnv => ({
  ...process.env,
  TG_TEST_PG_PASSWORD: pg.password,
  TG_TEST_READER: READER_PASSWORD,
});

async function run(
  source: string,
  connection: string,
): Promise<{ report: Report; remote: SourceResult; ms: number }> {
  const suite = parseSuite(suiteText(source, connection), {
    path: join(dir, 'truthgate.yml'),
    baseDir: dir,
    env: env(),
  });
  const t0 = Date.now();
  const report = await runSuite(suite);
  const ms = Date.now() - t0;
  const local = report.sources.find((s) => s.name === 'local')!;
  assert.equal(local.checks[0]!.status, 'pass', 'the file source still runs');
  return { report, remote: report.sources.find((s) => s.name === 'remote')!, ms };
}

function assertCoded(remote: SourceResult, code: string): void {
  assert.equal(remote.error?.code, code, JSON.stringify(remote.error));
  assert.ok(remote.error?.hint, 'has a hint');
  assert.doesNotMatch(remote.error!.message, /\n\s+at /, 'no stack trace');
  for (const c of remote.checks) {
    assert.equal(c.status, 'error');
    assert.equal(c.errorCode, code);
  }
}

const ADMIN = () => `"postgres://tg_admin:\${TG_TEST_PG_PASSWORD}@127.0.0.1:${pg.port}/postgres"`;
const TABLE = '{ sql: { connection: db, table: public.orders } }';

describe('SQL source faults (real PostgreSQL)', () => {
  test('the healthy source runs, with a credential-free uri', async () => {
    const { remote } = await run(TABLE, ADMIN());
    assert.equal(remote.error, undefined, JSON.stringify(remote.error));
    assert.equal(remote.uri, 'sql:db/public.orders');
    assert.equal(remote.rowCount, 3);
    assert.equal(remote.columnCount, 3);
    assert.match(remote.fingerprint ?? '', /^sql:[0-9a-f]{32}$/);
  });

  for (const [what, url, detail] of [
    ['not a URL', '"postgres//127.0.0.1/db"', /not a URL/],
    ['an unsupported scheme', '"mysql://u:p@127.0.0.1/db"', /unsupported scheme `mysql`/],
    ['no host', '"postgres:///db"', /no host/],
  ] as const) {
    test(`bad connection URL (${what}): TG_SQL_CONNECTION_URL, URL not echoed`, async () => {
      const { remote } = await run(TABLE, url);
      assertCoded(remote, 'TG_SQL_CONNECTION_URL');
      assert.match(remote.error!.message, detail);
      assert.ok(!remote.error!.message.includes(url.slice(1, -1)));
    });
  }

  test('a connection that is not declared names the env variable it falls back to', async () => {
    const { remote } = await run('{ sql: { connection: warehouse, table: t } }', ADMIN());
    assertCoded(remote, 'TG_SQL_CONNECTION_UNKNOWN');
    assert.match(remote.error!.hint!, /TRUTHGATE_CONNECTION_WAREHOUSE/);
  });

  test('a connection from TRUTHGATE_CONNECTION_<NAME> works and its URL is redacted', async () => {
    const url = pg.url();
    process.env.TRUTHGATE_CONNECTION_WAREHOUSE = url;
    try {
      const { report, remote } = await run(
        '{ sql: { connection: warehouse, table: public.orders } }',
        ADMIN(),
      );
      assert.equal(remote.rowCount, 3);
      assert.ok(!JSON.stringify(report).includes(pg.password));
    } finally {
      delete process.env.TRUTHGATE_CONNECTION_WAREHOUSE;
    }
  });

  test('wrong password: TG_SQL_AUTH, the password never shown', async () => {
    const wrong = 'Wr0ng-Pa55-Sentinel';
    const { report, remote } = await run(
      TABLE,
      `"postgres://tg_admin:${wrong}@127.0.0.1:${pg.port}/postgres"`,
    );
    assertCoded(remote, 'TG_SQL_AUTH');
    assert.match(remote.error!.message, /password authentication failed/);
    for (const format of ['json', 'markdown', 'terminal', 'junit'] as const)
      assert.ok(!render(report, format).includes(wrong), format);
  });

  test('a database the server does not have: TG_SQL_DATABASE_NOT_FOUND, not a login error', async () => {
    const { remote } = await run(
      TABLE,
      `"postgres://tg_admin:\${TG_TEST_PG_PASSWORD}@127.0.0.1:${pg.port}/no_such_db"`,
    );
    assertCoded(remote, 'TG_SQL_DATABASE_NOT_FOUND');
    assert.match(remote.error!.message, /no_such_db/);
    assert.ok(!remote.error!.message.includes(pg.password));
  });

  test('missing table: TG_SQL_TABLE_NOT_FOUND with the name as written', async () => {
    const { remote } = await run('{ sql: { connection: db, table: public.nope } }', ADMIN());
    assertCoded(remote, 'TG_SQL_TABLE_NOT_FOUND');
    assert.match(remote.error!.message, /public\.nope/);
  });

  test('table names are quoted identifiers, never SQL', async () => {
    const { remote } = await run(`{ sql: { connection: db, table: 'orders; drop table orders' } }`, ADMIN());
    assert.equal(remote.error?.code, 'TG_SUITE_INVALID');
    const { remote: quoted } = await run(
      `{ sql: { connection: db, table: 'public."orders; drop table x"' } }`,
      ADMIN(),
    );
    assertCoded(quoted, 'TG_SQL_TABLE_NOT_FOUND');
    assert.equal((await pg.sql('select count(*)::int as n from public.orders')).rows[0].n, 3);
  });

  test('missing timestamp column: TG_COLUMN_NOT_FOUND with the nearest name', async () => {
    const { remote } = await run(
      '{ sql: { connection: db, table: public.orders, timestamp_column: amont } }',
      ADMIN(),
    );
    assertCoded(remote, 'TG_COLUMN_NOT_FOUND');
    assert.match(remote.error!.message, /amount/);
  });

  test('permission denied: TG_SQL_PERMISSION', async () => {
    // The password holds @ : / and goes in `password:`, which needs no percent-encoding.
    const url = `{ url: "postgres://reader@127.0.0.1:${pg.port}/postgres", password: "\${TG_TEST_READER}" }`;
    const { report, remote } = await run('{ sql: { connection: db, table: public.secret } }', url);
    assertCoded(remote, 'TG_SQL_PERMISSION');
    assert.match(remote.error!.message, /permission denied for table secret/);
    assert.ok(!JSON.stringify(report).includes(READER_PASSWORD));
    // The same user reads what it was granted.
    const ok = await run(TABLE, url);
    assert.equal(ok.remote.rowCount, 3);
  });

  test('statement timeout: TG_SQL_TIMEOUT in about the timeout, the query cancelled', async () => {
    const conn = `{ url: ${ADMIN()}, statement_timeout_seconds: 0.5 }`;
    const { remote, ms } = await run(
      `{ sql: { connection: db, query: "select o.* from public.orders o, pg_sleep(5)" } }`,
      conn,
    );
    assertCoded(remote, 'TG_SQL_TIMEOUT');
    assert.match(remote.error!.message, /0\.5 s/);
    assert.ok(ms < 4000, `took ${ms} ms`);
  });

  test('unreachable host: TG_SQL_UNREACHABLE in seconds (a refused port, and a server that never answers)', async () => {
    const closed = await run(TABLE, `"postgres://u:p@127.0.0.1:1/postgres"`);
    assertCoded(closed.remote, 'TG_SQL_UNREACHABLE');
    assert.match(closed.remote.error!.message, /127\.0\.0\.1:1/);
    // A server that accepts the connection and never answers: the connect timeout decides.
    const sockets: Socket[] = [];
    const mute = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => mute.listen(0, '127.0.0.1', resolve));
    const { port } = mute.address() as AddressInfo;
    try {
      const silent = await run(
        TABLE,
        `{ url: "postgres://u:p@127.0.0.1:${port}/postgres", connect_timeout_seconds: 1 }`,
      );
      assertCoded(silent.remote, 'TG_SQL_UNREACHABLE');
      assert.ok(silent.ms >= 900 && silent.ms < 4000, `took ${silent.ms} ms`);
      assert.equal(sockets.length, 1, 'it did connect');
    } finally {
      for (const s of sockets) s.destroy();
      mute.close();
    }
  });

  test('a query that writes is refused by the read-only transaction: TG_SQL_READ_ONLY', async () => {
    const { remote } = await run(
      `{ sql: { connection: db, query: "select nextval('public.counter') as n" } }`,
      ADMIN(),
    );
    assertCoded(remote, 'TG_SQL_READ_ONLY');
    assert.equal(
      (await pg.sql(`select last_value::int as v, is_called from public.counter`)).rows[0].is_called,
      false,
    );
  });

  test('a second statement after `;` is refused, and nothing runs', async () => {
    const { remote } = await run(
      `{ sql: { connection: db, query: "select 1 as x; drop table public.secret" } }`,
      ADMIN(),
    );
    assertCoded(remote, 'TG_SQL_QUERY');
    assert.equal(
      (await pg.sql(`select to_regclass('public.secret') is not null as present`)).rows[0].present,
      true,
    );
  });

  test('a file check that reads a SQL source (foreign_key) says SQL sources are not read as files', async () => {
    const suite = parseSuite(
      `version: 1
connections:
  db: ${ADMIN()}
sources:
  local: local.csv
  remote: ${TABLE}
checks:
  local:
    - foreign_key: { column: id, reference: { source: remote, column: order_id } }
    - row_count: { min: 1 }
`,
      { path: join(dir, 'truthgate.yml'), baseDir: dir, env: env() },
    );
    const local = (await runSuite(suite)).sources.find((s) => s.name === 'local')!;
    assert.equal(local.checks[0]!.errorCode, 'TG_SQL_SOURCE_KIND');
    assert.equal(local.checks[1]!.status, 'pass');
  });

  test('the CLI prints the coded error, no stack trace and no password, and exits by the failure', () => {
    const wrong = 'Cli-Wr0ng-Sentinel-99';
    writeFileSync(
      join(dir, 'cli.yml'),
      suiteText(TABLE, `"postgres://tg_admin:\${TG_TEST_WRONG}@127.0.0.1:${pg.port}/postgres"`),
    );
    for (const format of ['terminal', 'json']) {
      const r = runCli(['check', '--suite', join(dir, 'cli.yml'), '--format', format], {
        cwd: dir,
        env: { TG_TEST_WRONG: wrong },
      });
      const out = r.stdout + r.stderr;
      assert.match(out, /TG_SQL_AUTH/, out);
      assert.ok(!out.includes(wrong), out);
      assert.doesNotMatch(out, /\n\s+at .+:\d+:\d+/);
      assert.notEqual(r.code, 0);
    }
  });
});

describe('validate-suite on SQL sources (real PostgreSQL)', () => {
  test('unknown columns, unsupported checks and refused SQL are found without reading rows', () => {
    writeFileSync(
      join(dir, 'validate.yml'),
      `version: 1
connections:
  db: "postgres://tg_admin:\${TG_TEST_PG_PASSWORD}@127.0.0.1:${pg.port}/postgres"
sources:
  remote: { sql: { connection: db, table: public.orders } }
checks:
  remote:
    - not_null: { column: amont }
    - increasing: { column: amount }
    - between: { column: amount, min: 0, max: 1, where: "nope = 1" }
    - sql: { query: "SELECT missing FROM source" }
    - row_count: { min: 1 }
`,
    );
    const r = runCli(['validate-suite', 'validate.yml'], {
      cwd: dir,
      env: { TG_TEST_PG_PASSWORD: pg.password },
    });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /validate\.yml:8:7: error TG_COLUMN_NOT_FOUND: .*amont.*did you mean `amount`/);
    assert.match(r.stderr, /validate\.yml:9:7: error TG_CHECK_UNSUPPORTED_BACKEND: .*PostgreSQL/);
    assert.match(r.stderr, /validate\.yml:10:7: error TG_CHECK_ERROR: .*nope/);
    assert.match(r.stderr, /validate\.yml:11:7: error TG_CHECK_ERROR: .*missing/);
    assert.doesNotMatch(r.stderr, /row_count/);
    assert.ok(!(r.stdout + r.stderr).includes(pg.password));
  });

  test('an unreachable database is a warning naming the code; the suite itself is valid', () => {
    writeFileSync(join(dir, 'down.yml'), suiteText(TABLE, `"postgres://u:p@127.0.0.1:1/postgres"`));
    const r = runCli(['validate-suite', 'down.yml'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /remote: warning TG_SQL_UNREACHABLE/);
  });
});

describe('truthgate check on a suite mixing a CSV, a PostgreSQL table and a DuckDB file', () => {
  test('each source reports in the JSON report; a failing SQL check fails the run', async () => {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const db = await DuckDBInstance.create(join(dir, 'mixed.duckdb'));
    const c = await db.connect();
    await c.run(
      `CREATE TABLE orders AS SELECT * FROM (VALUES (1, 10.5, 'paid'), (2, 20.0, 'pending'), (3, NULL, 'paid')) t(order_id, amount, status)`,
    );
    c.closeSync();
    db.closeSync();
    writeFileSync(
      join(dir, 'mixed.yml'),
      `version: 1
connections:
  db: { url: "postgres://tg_admin@127.0.0.1:${pg.port}/postgres", password: "\${TG_TEST_PG_PASSWORD}" }
  duck: duckdb:mixed.duckdb
sources:
  local: local.csv
  remote: { sql: { connection: db, table: public.orders } }
  embedded: { sql: { connection: duck, table: orders } }
checks:
  local:
    - row_count: { min: 1 }
  remote:
    - not_null: { column: amount }
    - in_set: { column: status, values: [paid, pending] }
  embedded:
    - not_null: { column: amount }
    - in_set: { column: status, values: [paid, pending] }
`,
    );
    const r = runCli(['check', '--suite', 'mixed.yml', '--format', 'json'], {
      cwd: dir,
      env: { TG_TEST_PG_PASSWORD: pg.password },
    });
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(r.stdout) as Report;
    const by = Object.fromEntries(report.sources.map((s) => [s.name, s]));
    assert.equal(by.local!.checks[0]!.status, 'pass');
    for (const name of ['remote', 'embedded']) {
      const s = by[name]!;
      assert.equal(s.rowCount, 3, name);
      assert.deepEqual(
        s.checks.map((x) => [x.status, x.failingCount]),
        [
          ['fail', 1],
          ['pass', 0],
        ],
        name,
      );
    }
    assert.equal(by.remote!.format, 'postgres');
    assert.equal(by.embedded!.format, 'duckdb');
    assert.ok(!(r.stdout + r.stderr).includes(pg.password));
  });
});
