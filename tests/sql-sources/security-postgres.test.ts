import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import type { SourceResult } from '../../src/core/result/schema.ts';
import { parseSuite } from '../../src/core/suite/load.ts';
import { startPostgres, type TestPostgres } from '../helpers/postgres.ts';

/**
 * Whatever SQL a suite runs on PostgreSQL (`query:`, custom SQL checks, `where`) cannot change the
 * database: every query runs inside a READ ONLY transaction, one statement at a time, rolled back
 * at the end. Server-side file functions are a matter of the role: a role that may only SELECT
 * (the documented set-up) cannot call them; a superuser can read server files even read-only.
 */
let pg: TestPostgres;
let dir: string;

before(async () => {
  pg = await startPostgres();
  await pg.sql(`
    CREATE TABLE public.orders (id int);
    INSERT INTO public.orders VALUES (1), (2), (3);
    CREATE SEQUENCE public.counter;
    CREATE ROLE checker LOGIN PASSWORD 'checker-pw-1';
    GRANT SELECT ON public.orders TO checker;
  `);
  dir = mkdtempSync(join(tmpdir(), 'tg-secpg-'));
});
after(async () => {
  await pg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function run(url: string, sources: Record<string, string>): Promise<SourceResult[]> {
  const suite = parseSuite(
    `version: 1
allow_file_functions: true
connections:
  db: '${url}'
sources:
${Object.entries(sources)
  .map(([n, q]) => `  ${n}: { sql: { connection: db, query: ${JSON.stringify(q)} } }`)
  .join('\n')}
  orders: { sql: { connection: db, table: public.orders } }
checks:
${Object.keys(sources)
  .map((n) => `  ${n}: [{ row_count: { min: 0 } }]`)
  .join('\n')}
  orders:
    - sql: { query: "select * from source where pg_catalog.pg_advisory_xact_lock(1) is null or id > 10" }
    - sql: { query: "select nextval('counter') as n from source" }
    - sql: { query: "select 1 as x from source) as a; delete from public.orders; select * from (select 1" }
`,
    { path: join(dir, 'truthgate.yml'), baseDir: dir, env: {} },
  );
  return (await runSuite(suite)).sources;
}

const writes = {
  seq: "select nextval('counter') as n",
  cte: 'select * from (with d as (delete from public.orders returning *) select * from d) x',
  rw: "select set_config('transaction_read_only', 'off', true) as s",
  lock: 'select * from public.orders for update',
  two: 'select 1 as x; delete from public.orders',
  lo: "select lo_import('/etc/hostname') as oid",
};

async function unchanged(): Promise<void> {
  assert.equal((await pg.sql('select count(*)::int as n from public.orders')).rows[0].n, 3);
  assert.equal(
    (await pg.sql('select last_value::int as v, is_called from public.counter')).rows[0].is_called,
    false,
  );
  assert.equal((await pg.sql('select count(*)::int as n from pg_largeobject_metadata')).rows[0].n, 0);
}

test('no SQL of a suite changes the database, even as a superuser', async () => {
  const results = await run(pg.url(), writes);
  for (const s of results.filter((r) => r.name !== 'orders' && r.name !== 'lo'))
    assert.ok(s.error, `${s.name} ran: ${JSON.stringify(s)}`);
  const orders = results.find((r) => r.name === 'orders')!;
  assert.equal(orders.checks[0]!.status, 'pass');
  assert.equal(orders.checks[1]!.status, 'error', 'nextval in a check');
  assert.equal(orders.checks[2]!.status, 'error', 'a second statement in a check');
  // lo_import may run for a superuser, but the transaction is rolled back: nothing stays.
  await unchanged();
});

test('a role that may only SELECT cannot read server files or import them', async () => {
  const results = await run(pg.url({ user: 'checker', password: 'checker-pw-1' }), {
    ...writes,
    file: "select pg_read_file('/etc/hostname') as f",
    dir: "select * from pg_ls_dir('/') as d",
  });
  for (const name of ['lo', 'file', 'dir']) {
    const s = results.find((r) => r.name === name)!;
    assert.equal(s.error?.code, 'TG_SQL_PERMISSION', `${name}: ${JSON.stringify(s.error)}`);
  }
  await unchanged();
});
