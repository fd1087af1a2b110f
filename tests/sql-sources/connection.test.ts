import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TruthgateError } from '../../src/core/errors.ts';
import { redactText } from '../../src/core/redact.ts';
import { resolveConnection, scrubSecrets } from '../../src/core/sources/sql/connection.ts';
import { parseTableName } from '../../src/core/sources/sql/identifier.ts';
import { duckdbDtype, postgresDtype } from '../../src/core/sources/sql/types.ts';
import { parseSuite, SuiteInvalidError } from '../../src/core/suite/load.ts';

const code = (f: () => unknown): string => {
  try {
    f();
  } catch (err) {
    assert.ok(err instanceof TruthgateError, String(err));
    return err.code;
  }
  return 'no error';
};

test('suite: connections once, sources by table or query, ${ENV} in URLs and passwords', () => {
  const suite = parseSuite(
    `version: 1
connections:
  pg: { url: "postgres://app@db.internal:5433/shop", password: "\${SHOP_PW}", statement_timeout_seconds: 30 }
  duck: duckdb:data/shop.duckdb
sources:
  orders: { sql: { connection: pg, table: public.orders, timestamp_column: updated_at }, key: [id] }
  recent: { sql: { connection: duck, query: "select * from orders where day > current_date - 7" } }
checks:
  orders: [not_null: { column: id }]
`,
    { env: { SHOP_PW: 'hunter2-secret' }, baseDir: '/tmp/x' },
  );
  assert.equal(suite.sources.orders!.path, 'sql:pg/public.orders');
  assert.deepEqual(suite.sources.orders!.key, ['id']);
  assert.equal(suite.sources.recent!.path, 'sql:duck/(query)');
  assert.equal(suite.sources.recent!.sql?.connection, 'duck');
  const pg = resolveConnection('orders', 'pg', suite.connections, '/tmp/x', {});
  assert.equal(pg.dialect, 'postgres');
  assert.equal(pg.shownHost, 'db.internal:5433');
  assert.equal(pg.statementTimeoutMs, 30_000);
  assert.equal(new URL(pg.url).password, 'hunter2-secret');
  assert.equal(redactText('failed: hunter2-secret'), 'failed: ${SHOP_PW}');
  const duck = resolveConnection('recent', 'duck', suite.connections, '/tmp/x', {});
  assert.equal(duck.dialect, 'duckdb');
  assert.equal(duck.file, '/tmp/x/data/shop.duckdb');
});

test('suite: a SQL source names a table or a query, not both; unknown fields are refused', () => {
  for (const source of [
    '{ sql: { connection: pg, table: t, query: "select 1" } }',
    '{ sql: { connection: pg } }',
    '{ sql: { connection: pg, table: t, tabel: u } }',
    '{ sql: { table: t } }',
  ]) {
    assert.throws(
      () =>
        parseSuite(`version: 1\nsources:\n  s: ${source}\nchecks:\n  s: [{ not_null: { column: id } }]\n`),
      (err: unknown) =>
        err instanceof SuiteInvalidError && err.code === 'TG_SUITE_INVALID' && /sources\.s/.test(err.message),
      source,
    );
  }
});

test('connections: bad URLs are coded and never echoed; env fallback is redacted', () => {
  const none = {};
  const url = (u: string) => () => resolveConnection('s', 'c', { c: u }, '/', {});
  assert.equal(code(url('postgres//x')), 'TG_SQL_CONNECTION_URL');
  assert.equal(code(url('mysql://u:p@h/d')), 'TG_SQL_CONNECTION_URL');
  assert.equal(code(url('postgres://u:p@h:99999/d')), 'TG_SQL_CONNECTION_URL');
  assert.equal(code(url('postgres://u:%E0%A4%A@h/d')), 'TG_SQL_CONNECTION_URL');
  assert.equal(code(url('duckdb:')), 'TG_SQL_CONNECTION_URL');
  assert.equal(
    code(() => resolveConnection('s', 'my-db', none, '/', {})),
    'TG_SQL_CONNECTION_UNKNOWN',
  );
  try {
    resolveConnection('s', 'c', { c: 'postgres//user:Sekr1t@host/db' }, '/', {});
  } catch (err) {
    assert.ok(!(err as Error).message.includes('Sekr1t'));
  }
  const env = { TRUTHGATE_CONNECTION_MY_DB: 'postgres://u:env-secret-pw@h/d' };
  const c = resolveConnection('s', 'my-db', none, '/', env);
  assert.equal(c.shownHost, 'h:5432');
  assert.equal(redactText('x postgres://u:env-secret-pw@h/d'), 'x ${TRUTHGATE_CONNECTION_MY_DB}');
});

test('connections: a tiny timeout stays a timeout (0 would mean none)', () => {
  const c = resolveConnection(
    's',
    'c',
    { c: { url: 'postgres://h/d', statement_timeout_seconds: 0.0001 } },
    '/',
    {},
  );
  assert.equal(c.statementTimeoutMs, 1);
  assert.equal(resolveConnection('s', 'c', { c: 'postgres://h/d' }, '/', {}).connectTimeoutMs, 10_000);
});

test('connections: driver text is scrubbed of passwords of any length, raw or encoded', () => {
  const c = resolveConnection('s', 'c', { c: { url: 'postgres://u@h/d', password: 'a@1' } }, '/', {});
  assert.equal(scrubSecrets('pw a@1 or a%401 in postgres://u:a%401@h/d', c), 'pw *** or *** in ***');
});

test('table names: dotted parts, quoted parts keep dots and case, anything else refused', () => {
  assert.deepEqual(parseTableName('s', 'public.orders'), ['public', 'orders']);
  assert.deepEqual(parseTableName('s', '"My Schema"."Odd.Name"'), ['My Schema', 'Odd.Name']);
  assert.deepEqual(parseTableName('s', 'db.main."a""b"'), ['db', 'main', 'a"b']);
  for (const bad of ['orders; drop table x', 'a..b', '"open', 'a.b.c.d', '.x'])
    assert.equal(
      code(() => parseTableName('s', bad)),
      'TG_SUITE_INVALID',
      bad,
    );
});

test('types: SQL column types map to the dtype names the checks know', () => {
  assert.equal(postgresDtype(20), 'Int64');
  assert.equal(postgresDtype(701), 'Float64');
  assert.equal(postgresDtype(25), 'String');
  assert.equal(postgresDtype(16), 'Bool');
  assert.equal(postgresDtype(1082), 'Date');
  assert.equal(postgresDtype(1114), 'Datetime(us)');
  assert.equal(postgresDtype(1184), 'Datetime(us,UTC)');
  assert.equal(postgresDtype(0, '_int4'), 'List(Int32)');
  assert.equal(duckdbDtype('BIGINT'), 'Int64');
  assert.equal(duckdbDtype('DECIMAL(10,2)'), 'Decimal(10,2)');
  assert.equal(duckdbDtype('VARCHAR[]'), 'List(String)');
  assert.equal(duckdbDtype('TIMESTAMP WITH TIME ZONE'), 'Datetime(us,UTC)');
});
