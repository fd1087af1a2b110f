import assert from 'node:assert/strict';
import { test } from 'node:test';
import { schemaOnlyContext } from '../../src/core/checks/backends.ts';
import { getCheck } from '../../src/core/checks/registry.ts';
import { postgres } from '../../src/core/expr/dialect.ts';
import { compilePushdown } from '../../src/core/sql/pushdown.ts';

/**
 * The parts the one aggregate query splits into (no database needed): plain aggregates apart
 * from each DISTINCT or percentile (PostgreSQL plans no parallel scan for those), and regex
 * tests of a grouped column, without `where` and reading no other column, over its GROUP BY.
 */
const schema = { id: 'Int64', email: 'String', country: 'String', amount: 'Float64' };

function check(id: string, type: string, params: Record<string, unknown>, where?: string) {
  const def = getCheck(type)!;
  return {
    id,
    def,
    params: def.params.parse(params) as Record<string, unknown>,
    ...(where ? { where } : {}),
  };
}

const checks = [
  check('re', 'regex', { column: 'email', pattern: '^u[0-9]+@x\\.com$' }),
  check('re_kr', 'regex', { column: 'email', pattern: '@' }, "country = 'KR'"),
  check('len', 'length_between', { column: 'email', min: 3, max: 40 }),
  check('ws', 'no_surrounding_whitespace', { column: 'country' }),
  check('uniq', 'unique', { column: 'id' }),
  check('p90', 'quantile_between', { column: 'amount', q: 0.9, max: 10 }),
  check('mean', 'mean_between', { column: 'amount', min: 0, max: 10 }),
];

const aliases = (sql: string) =>
  [...sql.matchAll(/ AS "(__tg_[a-z0-9_]+)"(?=,\n|\nFROM)/gi)].map((m) => m[1]!);

test('parts: the same outputs as the one query, each DISTINCT or percentile apart, grouped regexes', () => {
  const c = compilePushdown({
    checks,
    relation: { table: ['public', 'orders'] },
    dialect: postgres,
    ctx: schemaOnlyContext(schema),
    grouped: new Set(['email']),
  });
  assert.deepEqual(c.errors, []);
  assert.ok(aliases(c.sql).length >= 10, c.sql);
  assert.deepEqual(c.parts.flatMap(aliases).sort(), aliases(c.sql).sort());
  const grouped = c.parts.filter((p) => p.includes('GROUP BY'));
  assert.equal(grouped.length, 1, 'only email is grouped (country is not in `grouped`)');
  assert.match(grouped[0]!, /GROUP BY "email"\) AS "__tg_g"$/);
  // The regex without `where` only; the one with `where` and the length test stay plain.
  assert.deepEqual(aliases(grouped[0]!), ['__tg_c0_f']);
  const ordered = c.parts.filter((p) => /DISTINCT|WITHIN GROUP/.test(p));
  assert.equal(ordered.length, 2);
  for (const p of ordered) assert.equal(aliases(p).length, 1);
  const plain = c.parts.filter((p) => !grouped.includes(p) && !ordered.includes(p));
  assert.equal(plain.length, 1);
  assert.match(plain[0]!, /"__tg_rows"/);
  assert.match(plain[0]!, /country = 'KR'/);
  assert.match(plain[0]!, /char_length\("email"\)/);
});

test('parts: without grouped columns no GROUP BY; the one query is unchanged by the split', () => {
  const ctx = schemaOnlyContext(schema);
  const relation = { table: ['public', 'orders'] };
  const plain = compilePushdown({ checks, relation, dialect: postgres, ctx });
  const grouped = compilePushdown({ checks, relation, dialect: postgres, ctx, grouped: new Set(['email']) });
  assert.equal(plain.sql, grouped.sql);
  assert.ok(plain.parts.every((p) => !p.includes('GROUP BY')));
  assert.equal(plain.parts.length, 3);
});
