import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import type { Report, SourceResult } from '../../src/core/result/schema.ts';
import { parseSuite } from '../../src/core/suite/load.ts';
import { runCli } from '../cli/run-cli.ts';

/** DuckDB files: opened read-only with external access off, each fault its own code. */
let dir: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tg-sqlduck-'));
  writeFileSync(join(dir, 'secret.csv'), 'x\n1\n');
  const db = await DuckDBInstance.create(join(dir, 'shop.duckdb'));
  const c = await db.connect();
  await c.run(`CREATE TABLE orders AS SELECT range AS id, range % 7 AS k FROM range(1000)`);
  await c.run(`CREATE SEQUENCE seq`);
  c.closeSync();
  db.closeSync();
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function run(source: string, connection = 'duckdb:shop.duckdb'): Promise<SourceResult> {
  const suite = parseSuite(
    `version: 1
connections:
  duck: ${connection}
sources:
  s: ${source}
checks:
  s:
    - row_count: { min: 1 }
`,
    { path: join(dir, 'truthgate.yml'), baseDir: dir },
  );
  return (await runSuite(suite)).sources[0]!;
}

test('a table of a DuckDB file runs, relative to the suite', async () => {
  const s = await run('{ sql: { connection: duck, table: main.orders } }');
  assert.equal(s.error, undefined, JSON.stringify(s.error));
  assert.equal(s.format, 'duckdb');
  assert.equal(s.rowCount, 1000);
  assert.equal(s.checks[0]!.status, 'pass');
});

test('faults: missing file, missing table, timeout, writes, file access, a second statement', async () => {
  const cases: [string, string, string | undefined, RegExp?][] = [
    ['{ sql: { connection: duck, table: orders } }', 'TG_SOURCE_NOT_FOUND', 'duckdb:nope.duckdb'],
    ['{ sql: { connection: duck, table: nope } }', 'TG_SQL_TABLE_NOT_FOUND', undefined],
    [
      '{ sql: { connection: duck, query: "select a.range from range(100000) a, range(100000) b" } }',
      'TG_SQL_TIMEOUT',
      '{ url: "duckdb:shop.duckdb", statement_timeout_seconds: 0.5 }',
    ],
    [`{ sql: { connection: duck, query: "select nextval('seq') as n" } }`, 'TG_SQL_READ_ONLY', undefined],
    [
      `{ sql: { connection: duck, query: "select * from read_csv('secret.csv')" } }`,
      'TG_SQL_QUERY',
      undefined,
    ],
    ['{ sql: { connection: duck, query: "select 1 as x; drop table orders" } }', 'TG_SQL_QUERY', undefined],
  ];
  for (const [source, code, connection, message] of cases) {
    const t0 = Date.now();
    const s = await run(source, connection);
    assert.equal(s.error?.code, code, `${source}: ${JSON.stringify(s.error)}`);
    assert.ok(s.error?.hint);
    if (message) assert.match(s.error!.message, message);
    assert.ok(Date.now() - t0 < 5000, `${source} took ${Date.now() - t0} ms`);
  }
  assert.equal((await run('{ sql: { connection: duck, table: orders } }')).rowCount, 1000);
});

test('without the DuckDB driver installed: TG_SQL_DRIVER_MISSING for that source, the others still run', () => {
  writeFileSync(join(dir, 'local.csv'), 'id\n1\n');
  writeFileSync(
    join(dir, 'nodriver.yml'),
    `version: 1
connections:
  duck: duckdb:shop.duckdb
sources:
  local: local.csv
  s: { sql: { connection: duck, table: orders } }
checks:
  local: [{ row_count: { min: 1 } }]
  s: [{ row_count: { min: 1 } }]
`,
  );
  const hide = join(import.meta.dirname, 'hide-duckdb.ts');
  const r = runCli(['check', '--suite', 'nodriver.yml', '--format', 'json'], {
    cwd: dir,
    env: { NODE_OPTIONS: `--import ${hide}` },
  });
  const report = JSON.parse(r.stdout) as Report;
  const [local, s] = report.sources;
  assert.equal(local!.checks[0]!.status, 'pass');
  assert.equal(s!.error?.code, 'TG_SQL_DRIVER_MISSING', r.stdout + r.stderr);
  assert.match(s!.error!.hint!, /npm install @duckdb\/node-api/);
});
