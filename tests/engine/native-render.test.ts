import assert from 'node:assert/strict';
import { test } from 'node:test';
import pl from 'nodejs-polars';
import { col, duplicated, keysDistinct, lit, when, type Expr } from '../../src/core/expr/node.ts';
import { PolarsRenderer } from '../../src/core/expr/polars.ts';
import { lightExpr, native, rawExpr } from '../../src/core/toolkit/polars-internals.ts';

// The renderer calls nodejs-polars' native binding with the arguments its public wrapper would
// pass (not public API; nodejs-polars is pinned). Each rendering must serialize exactly as the same
// expression built through the public API (flags included), so a polars upgrade that changes a
// convention fails here.

/** The expression's full JSON plan; its printed form where polars cannot serialize it (hash). */
function form(e: pl.Expr): string {
  try {
    return e.serialize('json').toString();
  } catch {
    return String(e);
  }
}

const renderer = (): PolarsRenderer =>
  new PolarsRenderer({
    col: (name) => pl.col(name),
    mask: () => undefined,
    sql: () => assert.fail('no SQL here'),
    isoShape: () => undefined,
    // Inline: the public-API twin has no derived columns to compare with.
    derived: (_name, build) => build(),
  });

const a = pl.col('a');
const s = pl.col('s');
const t = pl.col('t');
/** A whole number in a comparison: an Int64 literal. */
const int = (v: number): pl.Expr => pl.lit(v).cast(pl.Int64, true);
const cases: [string, Expr, pl.Expr][] = [
  ['cmp and', col('a').gt(1).and(col('a').lte(5)), a.gt(int(1)).and(a.ltEq(int(5)))],
  [
    'cmp with a fraction',
    col('a')
      .gt(1.5)
      .or(lit(-2).gte(col('a'))),
    a.gt(1.5).or(int(-2).gtEq(a)),
  ],
  [
    'and of three',
    col('a').gt(1).and(col('a').lt(5), col('a').neq(3)),
    pl.allHorizontal([a.gt(int(1)), a.lt(int(5)), a.neq(int(3))]),
  ],
  ['or, not, nulls', col('a').eq(1).or(col('a').isNull()).not(), a.eq(int(1)).or(a.isNull()).not()],
  ['fillNull, isFinite', col('a').isFinite().fillNull(false), a.isFinite().fillNull(false)],
  ['in', col('s').isIn(['x', 'y']), s.isIn(pl.lit(pl.Series('values', ['x', 'y'])))],
  ['regex', col('s').matches('^a.c$').not(), s.str.contains('^a.c$').not()],
  ['text functions', col('s').trim().lower().length(), s.str.strip().str.toLowerCase().str.lengths()],
  [
    'upper, affixes',
    col('s').upper().startsWith('A').and(col('s').endsWith('z')),
    s.str.toUpperCase().str.startsWith('A').and(s.str.endsWith('z')),
  ],
  ['substr, extract', col('s').substr(1, 3).extract('(\\d+)'), s.str.slice(1, 3).str.extract('(\\d+)', 1)],
  [
    'replace',
    col('s').replace('a', 'b', false).replace('c', 'd', true),
    s.str.replace('a', 'b').str.replaceAll('c', 'd'),
  ],
  [
    'json',
    col('s').jsonValid(),
    s.str
      .jsonPathMatch('$')
      .isNotNull()
      .or(s.str.strip().eq(pl.lit('null'))),
  ],
  ['casts', col('a').cast('Float64', false).cast('Int64'), a.cast(pl.Float64, false).cast(pl.Int64, true)],
  [
    'arithmetic',
    col('a').add(1).sub(2).mul(3).mod(4).abs().floor(),
    a.add(1).sub(2).mul(3).modulo(4).abs().floor(),
  ],
  [
    'when',
    when(col('a').gt(0), col('a'), lit(null)),
    pl
      .when(a.gt(int(0)))
      .then(a)
      .otherwise(pl.lit(null)),
  ],
  [
    'aggregates',
    col('a').sum().add(col('a').mean()).add(col('a').std()).add(col('a').median()),
    a.sum().add(a.mean()).add(a.std()).add(a.median()),
  ],
  [
    'min max count',
    col('a').min().sub(col('a').max()).add(col('a').count()),
    a.min().sub(a.max()).add(a.count()),
  ],
  [
    'nUnique, all',
    col('a').nUnique(col('a').gt(0)).eq(1).and(col('a').gt(0).all()),
    a
      .filter(a.gt(int(0)))
      .dropNulls()
      .nUnique()
      .eq(int(1))
      .and(a.gt(int(0)).all()),
  ],
  ['quantile', col('a').quantile(0.25), a.quantile(0.25, 'linear')],
  [
    'distinct list',
    col('a').distinctList({ sorted: true, limit: 3 }),
    a.dropNulls().unique().sort().head(3).implode(),
  ],
  ['duplicated', duplicated([col('a'), col('s')]), pl.struct([a, s]).isDuplicated()],
  [
    'keys distinct',
    keysDistinct([col('a')], true),
    a
      .hash()
      .filter(pl.allHorizontal([a.isNotNull()]))
      .nUnique()
      .eq(
        a
          .hash()
          .filter(pl.allHorizontal([a.isNotNull()]))
          .count(),
      ),
  ],
  [
    'duplicated, one integer key: from its sorted values',
    duplicated([col('a')], ['Int64']),
    pl
      .when(a.isNull())
      .then(a.nullCount().gt(1))
      .otherwise(
        a.isIn(
          a
            .sort()
            .filter(a.sort().eq(a.sort().shift(1)))
            .unique()
            .implode(),
        ),
      ),
  ],
  [
    'keys distinct, one integer key: its own distinct count',
    keysDistinct([col('a')], true, ['UInt32']),
    a
      .filter(pl.allHorizontal([a.isNotNull()]))
      .nUnique()
      .eq(
        a
          .filter(pl.allHorizontal([a.isNotNull()]))
          .count()
          .add(a.filter(pl.allHorizontal([a.isNotNull()])).nullCount()),
      ),
  ],
  ['duplicated, text key: hashed', duplicated([col('s')], ['String']), s.isDuplicated()],
  ['prev non-null', col('a').prevNonNull(), a.shift(1).forwardFill()],
  [
    'epoch ms of a Datetime(us) within whole ms: its own value against the bounds in µs',
    col('t').epochMs('Datetime(us)').lt(5).and(col('t').epochMs('Datetime(us)').lte(5)),
    t
      .cast(pl.Int64, false)
      .lt(int(5000))
      .and(t.cast(pl.Int64, false).lt(int(6000))),
  ],
  [
    'epoch ms of a zoned Datetime(ns) above whole ms, the bound first',
    lit(5).lt(col('t').epochMs('Datetime(ns,UTC)')).or(col('t').epochMs('Datetime(ns,UTC)').gte(-5)),
    t
      .cast(pl.Int64, false)
      .gtEq(int(6_000_000))
      .or(t.cast(pl.Int64, false).gtEq(int(-5_000_000))),
  ],
  [
    'epoch ms against a fraction of a ms, or a Date: in ms',
    col('t').epochMs('Datetime(us)').gt(1.5).or(col('t').epochMs('Date').gt(5)),
    t
      .cast(pl.Datetime('ms'), false)
      .cast(pl.Int64, false)
      .gt(1.5)
      .or(t.cast(pl.Datetime('ms'), false).cast(pl.Int64, false).gt(int(5))),
  ],
];

for (const [name, node, expected] of cases)
  test(`native rendering prints as the public API: ${name}`, () => {
    assert.equal(form(renderer().row(node.node)), form(expected));
  });

test('strptime matches the whole value (exact), which the public API cannot ask for', () => {
  const parsed = form(renderer().row(col('s').strptime('%Y-%m-%d').node));
  assert.match(parsed, /"format":"%Y-%m-%d","strict":false,"exact":true/);
  const df = pl.DataFrame({ s: ['2024-01-02', '2024-01-02 junk'] });
  const out = df.select(renderer().row(col('s').strptime('%Y-%m-%d').node).alias('d')).toRecords();
  assert.deepEqual(
    out.map((r) => (r as Record<string, unknown>).d !== null),
    [true, false],
  );
});

test('a light expression is a full Expr to nodejs-polars and to its callers', () => {
  const full = pl.col('a').gt(1);
  const light = lightExpr(native.col('a').gt(native.lit(1)));
  const members = (e: object): string[] => Reflect.ownKeys(e).map(String).sort();
  for (const m of members(full))
    if (m !== '_expr') assert.equal(typeof (light as never)[m], typeof (full as never)[m], m);
  assert.equal(String(light), String(full));
  assert.equal(pl.Expr.isExpr(light), true);
  assert.equal(rawExpr(light).toString(), String(full));
  const df = pl.DataFrame({ a: [0, 2, null, 3], s: ['x', 'y', 'z', null] });
  const out = df
    .select(
      light.alias('gt'),
      pl.when(light).then(pl.lit('big')).otherwise(pl.lit('small')).alias('w'),
      pl.col('a').isNotNull().and(light).sum().alias('n'),
      lightExpr(native.col('s')).str.toUpperCase().alias('up'),
    )
    .toRecords();
  assert.deepEqual(
    out.map((r: Record<string, unknown>) => [r.gt, r.w, Number(r.n), r.up]),
    [
      [false, 'small', 2, 'X'],
      [true, 'big', 2, 'Y'],
      [null, 'small', 2, 'Z'],
      [true, 'big', 2, null],
    ],
  );
});
