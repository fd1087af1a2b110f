import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { postgres } from '../../src/core/expr/dialect.ts';
import { col, type Node } from '../../src/core/expr/node.ts';
import { SqlRenderer } from '../../src/core/expr/sql.ts';
import { rowTable, type RowTable } from './row-parity.ts';

/**
 * ISO text read by PostgreSQL and DuckDB exactly as polars (chrono) reads it, value by value:
 * the epoch milliseconds each backend computes for every text, and null for the same ones.
 * Hand-picked cases name chrono's leniencies and its limits; a seeded generator mixes them.
 */
const picked: (string | null)[] = [
  // every accepted shape
  ...['2024-01-02', '2024-01-02T03:04', '2024-01-02 03:04', '2024-01-02T03:04:05', '2024-01-02 03:04:05.5'],
  ...[
    '2024-01-02T03:04:05Z',
    '2024-01-02T03:04:05.123Z',
    '2024-01-02T03:04:05+09:00',
    '2024-01-02 03:04:05-02:30',
  ],
  // chrono's leniency: short fields, whitespace (Unicode) before numbers and offsets, no separator
  ...['2024-1-2', '2024-1-2T3:4:5', ' 2024-01-02', '\t2024-01-02', '\u00a02024-01-02', '\u30002024-01-02'],
  ...['\u00852024-01-02', '\u20282024-01-02', '2024- 01-02', '2024-01-02T 03:04', '2024-01-02  03:04'],
  ...['2024-01-02\u200303:04', '2024-01-0203:04:05', '2024-01-123:04', '2024-01-02T03:04:05 +09:00'],
  ...['2024-01-02T03:04:05+0900', '2024-01-02T03:04:05+09::00', '2024-01-02T03:04:05+09 00'],
  ...['2024-01-02T03:04:05\u221209:00', '2024-01-02T03:04:05.1234567891', '2024-01-02T03:04:05.999999999'],
  // leap seconds, leap years, signed and far years, instants before 1970 with a fraction
  ...[
    '2024-01-02T03:04:60',
    '2024-02-29T23:59:60.5Z',
    '2024-02-29',
    '2000-02-29',
    '2400-02-29',
    '1600-02-29',
  ],
  ...['+2024-01-02', '+0000002024-01-02', '-2024-01-02', '-0001-01-01', '0000-02-29', '-4-02-29', '24-01-02'],
  ...['+262142-12-31T23:59:59', '-262143-01-01', '+99999-06-30', '1969-12-31T23:59:59.9995'],
  ...['1969-12-31T23:59:59.9995Z', '9999-12-31T23:59:59.999-01:00', '2024-01-02T03:04:05.000-23:59'],
  // junk and values chrono refuses
  ...['2024-02-30', '2023-02-29', '1900-02-29', '2100-02-29', '2024-04-31', '2024-13-01', '2024-00-10'],
  ...['2024-01-00', '2024-01-02T24:00', '2024-01-02T03:60', '2024-01-02T03:04:61', '20240-01-02'],
  ...['+262143-01-01', '-262144-12-31', '2024-01-02T03:04:05+24:00', '2024-01-02T03:04:05+0960'],
  ...['2024-01-02T03:04:05+09', '2024-01-02T03:04:05+9:00', '2024-01-02 03:04:05Z', '2024-01-02 03:04Z'],
  ...['2024-01-02T03:04+09:00', '2024-01-02T03:04:05 Z', '2024-01-02T03:04:05.', '2024-01-02T03:04:05,5'],
  ...['2024-01-02 ', '2024-01-02t03:04', '2024-01-02T03:04:05z', '\u001c2024-01-02', '2024-01-02\u200b03:04'],
  ...['１９９９-01-01', '2024-01-12:04', '2024-01-13:04:05', '2024-001-02', '2024-01-02T003:04', ''],
  ...['not a date', "2024-01-02'; --", null],
  // other layouts, for strftime formats
  ...[
    '02/01/2024',
    '2/1/2024',
    '31/04/2024',
    ' 2/ 1/ 2024',
    '01-02-2024 03:04',
    '20240102',
    '2024012',
    '202411',
  ],
  ...[
    '20240102030405',
    '2024010203040',
    '+20240102',
    '2024-01-0203:04',
    '02.01.2024, 03.04 Uhr',
    '[2024] 02 01 %',
  ],
  // integers in text, for lenient casts
  ...[
    '+5',
    '-5',
    '05',
    '-0',
    '1e3',
    '5.0',
    '٣',
    '５',
    '2147483647',
    '2147483648',
    '-2147483648',
    '-2147483649',
  ],
  ...[
    '9223372036854775807',
    '9223372036854775808',
    '-9223372036854775808',
    '0000000000000000000000042',
    '+-5',
    '-',
    '0x10',
  ],
  ...['02.01.2024,03.04 Uhr', '02.01.2024, 03.04Uhr', '[+2024]02 01 %', '20241301', '20240230'],
];

/** Mixed shapes from a seeded generator: fields, separators, whitespace and tails drawn at random. */
function generated(count: number): string[] {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(a: readonly T[]): T => a[Math.floor(random() * a.length)]!;
  const ws = () => pick(['', '', '', ' ', '  ', '\t', '\u00a0', '\u2003', '\u200b', '\n']);
  const digits = (w: number) => String(Math.floor(random() * 10 ** w)).padStart(pick([1, 2, w]), '0');
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const year = pick([
      '2024',
      '1999',
      '0000',
      '+2024',
      '-0044',
      '+00012345',
      '99',
      digits(4),
      '1900',
      '2100',
    ]);
    const month = pick(['01', '1', '02', '2', '12', '13', '00', digits(2)]);
    const day = pick(['01', '1', '28', '29', '30', '31', '32', digits(2)]);
    let s = `${ws()}${year}-${ws()}${month}-${ws()}${day}`;
    const kind = pick(['date', 'minutes', 'seconds', 'seconds']);
    if (kind !== 'date') {
      s += pick(['T', ' ', 'T', '', '  ', 't', 'T ']) + ws() + pick(['00', '3', '23', '24', digits(2)]);
      s += ':' + ws() + pick(['00', '5', '59', '60', digits(2)]);
    }
    if (kind === 'seconds') {
      s += ':' + ws() + pick(['00', '7', '59', '60', '61', digits(2)]);
      s += pick(['', '', '.5', '.123', '.9999', '.', '.1234567891', ',5']);
      s += pick(['', '', 'Z', 'z', ' Z', '+09:00', '-05:30', '+0900', ' +09:00', '+09', '\u221201:00']);
    }
    out.push(s + pick(['', '', '', '', ' ', 'x']));
  }
  return out;
}

const values = [...picked, ...generated(2000)];
let table: RowTable;

before(async () => {
  table = await rowTable(values);
});

after(() => table?.stop());

const differences = (node: Node) => table.differences(node);

test('PostgreSQL and DuckDB read ISO text to the same epoch milliseconds as polars, null where polars has null', async () => {
  const node = col('v').epochMs('String').node;
  const { pg: inPg, duckdb: inDuck, nonNull: parsed } = await differences(node);
  assert.deepEqual(inPg, []);
  assert.deepEqual(inDuck, []);
  // The cases are not all junk: both verdicts are common.
  assert.ok(parsed >= 250 && values.length - parsed >= 250, `${parsed} of ${values.length} parse`);
  // Inside an aggregate's FILTER too (where date checks count), in one statement.
  const pgSql = new SqlRenderer(postgres, undefined, undefined, { v: 'String' }).row(node);
  const count = await table.pg.sql(`SELECT count(*) FILTER (WHERE ${pgSql} IS NOT NULL) AS n FROM t`);
  assert.equal(Number(count.rows[0].n), parsed);
});

test('strftime formats of %Y %m %d %H %M %S %.f %:z and literals are read as polars reads them', async () => {
  for (const format of [
    '%Y-%m-%d',
    '%Y-%m-%d %H:%M:%S',
    '%Y-%m-%dT%H:%M',
    '%Y-%m-%dT%H:%M:%S%.f%:z',
    '%Y-%m-%d %H:%M:%S%.f',
    '%d/%m/%Y',
    '%m-%d-%Y %H:%M',
    '%Y%m%d',
    '%Y%m%d%H%M%S',
    '%Y-%m-%d%H:%M',
    '%d.%m.%Y, %H.%M Uhr',
    '[%Y] %d %m %%',
  ]) {
    const {
      pg: inPg,
      duckdb: inDuck,
      nonNull: parsed,
    } = await differences(col('v').strptime(format).epochMs('Datetime(ms)').node);
    assert.deepEqual(inPg, [], format);
    assert.deepEqual(inDuck, [], format);
    if (!format.includes('%%')) assert.ok(parsed > 0, `${format} reads nothing`);
  }
});

test('lenient casts of text to integers give what polars gives, null where it does not convert', async () => {
  for (const to of ['Int32', 'Int64'] as const) {
    const { pg: inPg, nonNull: parsed } = await differences(col('v').cast(to, false).node);
    assert.deepEqual(inPg, [], to);
    assert.ok(parsed >= 10, `${to}: ${parsed}`);
  }
});

test('other strftime directives are refused on PostgreSQL and say which', () => {
  const r = new SqlRenderer(postgres, undefined, undefined, { v: 'String' });
  assert.throws(() => r.row(col('v').strptime('%d %b %Y').epochMs('Datetime(ms)').node), /%b/);
  assert.throws(() => r.row(col('v').strptime('%Y-%m').epochMs('Datetime(ms)').node), /%Y, %m and %d/);
});
