import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import { TruthgateError } from '../../src/core/errors.ts';
import { resolveConnection } from '../../src/core/sources/sql/connection.ts';
import { openDuckdb } from '../../src/core/sources/sql/duckdb.ts';
import { parseSuite } from '../../src/core/suite/load.ts';

/**
 * A DuckDB file's SQL (a suite's `query:`, custom SQL checks, views stored in the file itself) is
 * confined to that file: no other file, no extension, no setting changed from SQL.
 */
let dir: string;
let outside: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tg-secduck-'));
  outside = mkdtempSync(join(tmpdir(), 'tg-secduck-out-'));
  writeFileSync(join(outside, 'secret.csv'), 'token\nhunter2-secret\n');
  const db = await DuckDBInstance.create(join(dir, 'shop.duckdb'));
  const c = await db.connect();
  await c.run(`CREATE TABLE orders AS SELECT range AS id FROM range(10)`);
  // A file a pull request supplies may carry a view that reads elsewhere when it is queried.
  await c.run(`CREATE VIEW sneaky AS SELECT * FROM read_csv('${join(outside, 'secret.csv')}')`);
  c.closeSync();
  db.closeSync();
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

async function session() {
  const conn = resolveConnection('s', 'duck', { duck: 'duckdb:shop.duckdb' }, dir, {});
  return openDuckdb(conn, { source: 's' });
}

test('SQL cannot change a setting: the configuration is locked once the file is open', async () => {
  const s = await session();
  try {
    for (const sql of [
      `SET memory_limit = '64GB'`,
      `SET threads = 64`,
      `SET lock_configuration = false`,
      `SET temp_directory = '${outside}'`,
      `SET enable_external_access = true`,
      `SET autoinstall_known_extensions = true`,
      `RESET lock_configuration`,
    ]) {
      await assert.rejects(s.query(sql), TruthgateError, sql);
    }
    const [row] = await s.query(
      `SELECT current_setting('enable_external_access') AS ext, current_setting('lock_configuration') AS locked`,
    );
    assert.deepEqual(row, { ext: false, locked: true });
  } finally {
    await s.close();
  }
});

test('SQL cannot reach another file, attach a database, copy out, install or load an extension', async () => {
  const s = await session();
  const secret = join(outside, 'secret.csv');
  try {
    for (const sql of [
      `SELECT * FROM read_csv('${secret}')`,
      `SELECT * FROM read_text('${secret}')`,
      `SELECT * FROM read_blob('${secret}')`,
      `SELECT * FROM '${secret}'`,
      `SELECT * FROM glob('${outside}/*')`,
      `SELECT * FROM sneaky`,
      `ATTACH '${join(outside, 'x.duckdb')}' AS x`,
      `COPY (SELECT 1) TO '${join(outside, 'out.csv')}'`,
      `EXPORT DATABASE '${join(outside, 'export')}'`,
      `INSTALL httpfs`,
      `LOAD httpfs`,
      `SELECT * FROM read_csv('https://127.0.0.1:9/x.csv')`,
    ]) {
      const err = await s.query(sql).then(
        () => undefined,
        (e: unknown) => e,
      );
      assert.ok(err instanceof TruthgateError, `${sql} ran`);
      assert.doesNotMatch(err.message, /hunter2/);
    }
  } finally {
    await s.close();
  }
});

test("a suite's query and custom SQL reading another file fail as a coded source error, and show nothing of it", async () => {
  const suite = parseSuite(
    `version: 1
allow_file_functions: true # the CLI's opt-in; the database still refuses
connections:
  duck: duckdb:shop.duckdb
sources:
  q: { sql: { connection: duck, query: "select * from read_text('${join(outside, 'secret.csv')}')" } }
  view: { sql: { connection: duck, table: sneaky } }
  t: { sql: { connection: duck, table: orders } }
checks:
  q: [{ row_count: { min: 1 } }]
  view: [{ row_count: { min: 1 } }]
  t:
    - sql: { query: "select * from read_csv('${join(outside, 'secret.csv')}')" }
`,
    { path: join(dir, 'truthgate.yml'), baseDir: dir, env: {} },
  );
  const report = await runSuite(suite);
  const text = JSON.stringify(report);
  assert.doesNotMatch(text, /hunter2/);
  const [q, view, t] = report.sources;
  assert.equal(q!.error?.code, 'TG_SQL_QUERY');
  assert.equal(view!.error?.code, 'TG_SQL_QUERY');
  assert.equal(t!.checks[0]!.status, 'error');
});
