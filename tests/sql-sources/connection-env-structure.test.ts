import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TruthgateError } from '../../src/core/errors.ts';
import { resolveConnection } from '../../src/core/sources/sql/connection.ts';
import { parseSuite } from '../../src/core/suite/load.ts';

/**
 * A `${NAME}` value with URL delimiters (`@`, `/`, `:`, `?`, `#`) written into a connection URL
 * changes where the URL's parts start: `postgres://app:${PW}@db:5432/shop` with PW=`p@ss/word…`
 * parses with host `ss`. The driver would look that fragment of the secret up in DNS and the error
 * would print it as the host. Such a URL is refused before any connection, naming no value.
 */
const suite = (url: string, env: Record<string, string>) =>
  parseSuite(
    `version: 1
connections:
  pg: '${url}'
sources:
  t: { sql: { connection: pg, table: orders } }
checks:
  t: [{ row_count: { min: 1 } }]
`,
    { env, baseDir: '/tmp/x' },
  );

const refused = (url: string, env: Record<string, string>): TruthgateError => {
  const s = suite(url, env);
  try {
    resolveConnection('t', 'pg', s.connections, '/tmp/x', {});
  } catch (err) {
    assert.ok(err instanceof TruthgateError, String(err));
    return err;
  }
  assert.fail(`accepted ${url}`);
};

test('a secret whose `@` or `/` moves the URL’s host is refused, and no part of it is shown', () => {
  const secret = 'Tr0ub4dor@horsebattery/staple';
  for (const url of ['postgres://app:${PW}@127.0.0.1:5432/shop', 'postgres://${PW}@db.internal/shop']) {
    const err = refused(url, { PW: secret });
    assert.equal(err.code, 'TG_SQL_CONNECTION_URL');
    const text = `${err.message} ${err.hint ?? ''}`;
    for (const part of ['Tr0ub4dor', 'horsebattery', 'staple']) assert.ok(!text.includes(part), text);
    assert.match(err.message, /\$\{PW\}/);
  }
  // `#` and `?` start the fragment and the query: the rest of the URL would be dropped silently.
  assert.equal(
    refused('postgres://app:${PW}@db.internal/shop', { PW: 'abc#defghijk' }).code,
    'TG_SQL_CONNECTION_URL',
  );
  assert.equal(
    refused('postgres://app:${PW}@db.internal/shop', { PW: 'abc?sslmode=disable' }).code,
    'TG_SQL_CONNECTION_URL',
  );
});

test('values that keep the URL’s shape still work: a host, a database, an encoded password', () => {
  const s = suite('postgres://app:${PW}@${HOST}:5433/${DB}?sslmode=${MODE}', {
    PW: 'p%40ss%2Fword-long',
    HOST: 'db.internal',
    DB: 'shop_prod',
    MODE: 'require',
  });
  const c = resolveConnection('t', 'pg', s.connections, '/tmp/x', {});
  assert.equal(c.shownHost, 'db.internal:5433');
  assert.equal(new URL(c.url).pathname, '/shop_prod');
  // A whole URL from one variable is the user's own structure, as written in the environment.
  const whole = suite('${DATABASE_URL}', { DATABASE_URL: 'postgres://app:secretpw@db.internal:5432/shop' });
  assert.equal(resolveConnection('t', 'pg', whole.connections, '/tmp/x', {}).shownHost, 'db.internal:5432');
});
