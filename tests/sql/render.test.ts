import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkBackends, schemaOnlyContext, supportOn } from '../../src/core/checks/backends.ts';
import { getCheck } from '../../src/core/checks/registry.ts';
import { duckdb, postgres } from '../../src/core/expr/dialect.ts';
import { col, lit, sqlFragment } from '../../src/core/expr/node.ts';
import { translateRegex } from '../../src/core/expr/regex.ts';
import { quoteIdent, SqlRenderer, sqlLiteral, UnsupportedInDialect } from '../../src/core/expr/sql.ts';
import { compilePushdown } from '../../src/core/sql/pushdown.ts';

describe('SQL text is quoted, never concatenated raw', () => {
  test('identifiers are quoted by the dialect, with quotes inside doubled', () => {
    assert.equal(quoteIdent(postgres, 'order id'), '"order id"');
    assert.equal(quoteIdent(duckdb, 'a"; DROP TABLE x; --'), '"a""; DROP TABLE x; --"');
    const r = new SqlRenderer(postgres, undefined);
    assert.equal(r.row(col('we"ird').isNull().node), '("we""ird" IS NULL)');
  });

  test('string literals double their quotes; numbers, NaN and booleans are typed literals', () => {
    const r = new SqlRenderer(duckdb, undefined);
    assert.equal(r.row(col('s').eq("it's' OR '1'='1").node), `("s" = 'it''s'' OR ''1''=''1')`);
    assert.equal(sqlLiteral(postgres, NaN), "'NaN'::float8");
    assert.equal(sqlLiteral(duckdb, -Infinity), "'-Infinity'::DOUBLE");
    assert.equal(sqlLiteral(postgres, true), 'TRUE');
    assert.equal(sqlLiteral(postgres, null), 'NULL');
    assert.equal(r.row(col('n').isIn([1, 2.5, 'x']).node), `("n" IN (1, 2.5, 'x'))`);
  });

  test("the user's own SQL is kept as written, in parentheses", () => {
    const r = new SqlRenderer(postgres, "status = 'paid'");
    assert.equal(
      r.row(sqlFragment('a + b > c').fillNull(false).not().node),
      '(NOT coalesce((a + b > c), FALSE))',
    );
    assert.equal(r.countWhere(['(x)']), "count(*) FILTER (WHERE (x) AND (status = 'paid'))");
  });

  test('aggregates see only the rows inside `where`; sums of booleans are filtered counts', () => {
    const r = new SqlRenderer(postgres, 'g > 1');
    assert.equal(
      r.aggregate(col('x').isNull().sum().node),
      'count(*) FILTER (WHERE ("x" IS NULL) AND (g > 1))',
    );
    assert.equal(r.aggregate(col('x').sum().node), 'coalesce(sum("x") FILTER (WHERE (g > 1)), 0)');
    assert.equal(
      r.aggregate(col('x').quantile(0.9).node),
      'percentile_cont(0.9) WITHIN GROUP (ORDER BY "x") FILTER (WHERE (g > 1))',
    );
    assert.equal(new SqlRenderer(duckdb, undefined).aggregate(lit(0).node), '0');
  });
});

test('sorted distinct lists order text byte-wise as polars does, and numbers as numbers', () => {
  const r = new SqlRenderer(postgres, undefined, undefined, { s: 'String', n: 'Float64' });
  const sorted = (name: string) => r.aggregate(col(name).distinctList({ sorted: true, limit: 3 }).node);
  assert.match(sorted('s'), /ORDER BY "s" COLLATE "C"\)/);
  // PostgreSQL refuses a collation on a number ("collations are not supported by type double precision").
  assert.match(sorted('n'), /ORDER BY "n"\)/);
});

describe('regular expressions are translated or refused, never silently reinterpreted', () => {
  test('RE2 spells out the Unicode classes Rust means by \\d, \\s and \\w', () => {
    assert.deepEqual(translateRegex('^\\d+$', 're2'), { pattern: '^[\\p{Nd}]+$' });
    assert.deepEqual(translateRegex('[^\\s/]', 're2'), { pattern: '[^\\t\\n\\x0B\\f\\r\\x{85}\\p{Z}/]' });
    assert.deepEqual(translateRegex('\\S', 're2'), { pattern: '[^\\t\\n\\x0B\\f\\r\\x{85}\\p{Z}]' });
    assert.deepEqual(translateRegex('[\\d.]', 're2'), { pattern: '[\\p{Nd}.]' });
    assert.ok('unsupported' in translateRegex('\\bword\\b', 're2'));
    assert.ok('unsupported' in translateRegex('[^\\D]', 're2'));
  });

  test("PostgreSQL gets Rust's Unicode \\d, \\s, \\w, \\p{..} as code point ranges, and a . that stops at newlines", () => {
    const { pattern } = translateRegex('^\\d+\\S.[\\s_]$', 'posix-are') as { pattern: string };
    // Visible endpoints as themselves (Arabic-Indic, Fullwidth, Mathematical digits), spaces escaped.
    assert.match(pattern, /^\^\[0-9٠-٩.*０-９.*𝟎-𝟿.*\]\+\[\^\\u0009-\\u000d/u);
    assert.match(pattern, /\[\^\\n\]\[\\u0009-\\u000d\\u0020\\u0085\\u00a0.*\\u3000_\]\$$/);
    assert.ok('unsupported' in translateRegex('[^\\S]', 'posix-are'));
    // Classes sharing a bracket are merged where the first stood: the hyphen stays a literal last.
    const label = (translateRegex('[\\p{L}\\p{N}-]', 'posix-are') as { pattern: string }).pattern;
    assert.match(label, /^\[0-9A-Za-zª²-³µ¹-º¼-¾À-Ö.*-\]$/u);
  });

  test('PostgreSQL refuses unknown properties and scoped flags but keeps a leading (?i)', () => {
    assert.deepEqual(translateRegex('(?i)^inv-', 'posix-are'), { pattern: '(?i)^inv-' });
    assert.ok('unsupported' in translateRegex('\\p{Bogus}+', 'posix-are'));
    assert.ok('unsupported' in translateRegex('[\\P{L}]', 'posix-are'));
    assert.ok('unsupported' in translateRegex('^(?i:https)://', 'posix-are'));
    assert.ok('unsupported' in translateRegex('a{300}', 'posix-are'));
    assert.throws(
      () => new SqlRenderer(postgres, undefined).row(col('s').matches('\\p{Bogus}').node),
      (e: unknown) => e instanceof UnsupportedInDialect && /Unicode property class/.test(e.reason),
    );
  });
});

describe('which backends a check supports depends on its params and column types', () => {
  test('a regex check runs on PostgreSQL only when the pattern reads the same there', () => {
    const regex = getCheck('regex')!;
    const ctx = schemaOnlyContext({ s: 'String' });
    assert.deepEqual(supportOn(regex, { column: 's', pattern: '^[A-Z]{3}$' }, ctx, postgres), {
      supported: true,
    });
    const scoped = supportOn(regex, { column: 's', pattern: '^a(?i:b)$' }, ctx, postgres);
    assert.equal(scoped.supported, false);
    assert.deepEqual(supportOn(regex, { column: 's', pattern: '^a(?i:b)$' }, ctx, duckdb), {
      supported: true,
    });
    // Unicode classes are spelled out for PostgreSQL rather than refused.
    assert.deepEqual(supportOn(regex, { column: 's', pattern: '^\\p{Lu}+$' }, ctx, postgres), {
      supported: true,
    });
  });

  test('date checks run on every backend, for timestamp columns and ISO text alike', () => {
    const def = getCheck('not_in_future')!;
    for (const d of ['String', 'Datetime(us)'])
      assert.ok(
        checkBackends(def, { column: 'd' }, schemaOnlyContext({ d })).every((b) => b.supported),
        d,
      );
  });

  test('a strftime format is read from its fields where it can be, else refused where the dialect reads it differently', () => {
    const def = getCheck('datetime_format')!;
    const ctx = schemaOnlyContext({ t: 'String' });
    for (const format of ['%Y-%m-%d', '%Y-%m-%dT%H:%M:%S%.f', '%d/%m/%Y %H:%M'])
      for (const d of [postgres, duckdb])
        assert.equal(supportOn(def, { column: 't', format }, ctx, d).supported, true);
    // Other directives: DuckDB's own strptime where it reads them as chrono does, never PostgreSQL.
    assert.equal(supportOn(def, { column: 't', format: '%d %b %Y' }, ctx, duckdb).supported, true);
    assert.equal(supportOn(def, { column: 't', format: '%d %b %Y' }, ctx, postgres).supported, false);
    assert.equal(
      supportOn(def, { column: 't', format: '%y-%m-%dT%H:%M:%S%.3f' }, ctx, duckdb).supported,
      false,
    );
  });
});

describe('compilePushdown', () => {
  const ctx = schemaOnlyContext({ id: 'Int64', amount: 'Float64', status: 'String' });
  const inst = (type: string, params: Record<string, unknown>, where?: string) => ({
    id: `orders.${type}`,
    def: getCheck(type)!,
    params,
    ...(where ? { where } : {}),
  });

  test('compiles every check into one SELECT over the relation and reports the others with a code', async () => {
    const c = compilePushdown({
      checks: [
        inst('not_null', { column: 'id' }),
        inst('mean_between', { column: 'amount', min: 0 }, "status = 'paid'"),
        inst('unique', { column: 'id' }),
        inst('increasing', { column: 'id' }),
        inst('not_null', { column: 'missing' }),
      ],
      relation: { query: 'SELECT * FROM orders WHERE day = 1' },
      dialect: postgres,
      ctx,
    });
    assert.equal(c.sql.match(/\bSELECT\b/g)!.length, 2, c.sql); // outer, user query
    // Duplicates: a distinct-count proof in the one query, the windowed count only if it fails.
    assert.match(c.sql, /\(count\(DISTINCT "id"\) = count\("id"\)\) AS "__tg_c2_clean"/);
    assert.match(c.sql, /FROM \(SELECT \* FROM orders WHERE day = 1\) AS "__tg_q"$/);
    assert.doesNotMatch(c.sql, /OVER/);
    const unique = c.pushed[2]!;
    assert.ok(unique.kind === 'row');
    assert.equal(
      unique.deferredQuery,
      'SELECT count(*) FILTER (WHERE ("__tg_w0" > 1) AND ("id" IS NOT NULL)) AS "failing" FROM (SELECT *, count(*) OVER (PARTITION BY "id") AS "__tg_w0" FROM (SELECT * FROM orders WHERE day = 1) AS "__tg_q") AS "__tg_src"',
    );
    const asked: string[] = [];
    const run = async (sql: string) => (asked.push(sql), [{ failing: 4 }]);
    assert.equal(await unique.failingOf({ __tg_c2_clean: true }, run), 0);
    assert.deepEqual(asked, [], 'a clean proof answers without a second query');
    assert.equal(await unique.failingOf({ __tg_c2_clean: false }, run), 4);
    assert.deepEqual(asked, [unique.deferredQuery]);
    assert.match(c.sql, /avg\("amount"\) FILTER \(WHERE \(status = 'paid'\)\) AS "__tg_c1_value"/);
    assert.deepEqual(
      c.errors.map((e) => [e.check.id, e.error.code]),
      [
        ['orders.increasing', 'TG_CHECK_UNSUPPORTED_BACKEND'],
        ['orders.not_null', 'TG_COLUMN_NOT_FOUND'],
      ],
    );
    assert.match(
      c.errors[0]!.error.message,
      /`orders.increasing` cannot run inside PostgreSQL: a SQL table has no row order/,
    );
    const notNull = c.pushed[0]!;
    assert.equal(notNull.kind, 'row');
    if (notNull.kind === 'row')
      assert.equal(
        notNull.sampleQuery(5, ['status']),
        'SELECT "status", "id" FROM (SELECT * FROM orders WHERE day = 1) AS "__tg_q" WHERE ("id" IS NULL) LIMIT 5',
      );
  });
});
