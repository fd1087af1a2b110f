import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { postgres } from '../../src/core/expr/dialect.ts';
import { col } from '../../src/core/expr/node.ts';
import { literalFrame, SqlRenderer } from '../../src/core/expr/sql.ts';
import { rowTable, type RowTable } from './row-parity.ts';

/**
 * On PostgreSQL a pattern anchored with literal text compares that text directly and runs the
 * regex on the rest only (expr/sql.ts): value by value, the same verdicts as polars.
 */
const PATTERNS = [
  '^user[0-9]+@example\\.com$',
  '^user\\d+@example\\.com$',
  '^user\\d+',
  '^abcd$',
  '^ab\\.cd.*$',
  '^a\\.bcd.*z\\.com$',
  '^abcd[xyz]?wxyz$',
  '^abcd\\pLxy$',
  '^héllo[0-9]+world$',
  '^user[0-9]*@example\\.com$',
  '^user.@example\\.com$',
  '^abcd{2}e$',
  "^\\(it's\\)[0-9]+ x$",
  '^C:\\\\dir[0-9]$',
];

const values: (string | null)[] = [
  null,
  '',
  ...['user1@example.com', 'user123456@example.com', 'user@example.com', 'userx@example.com'],
  ...['user1@example.comm', 'user1@example.com\n', ' user1@example.com', 'user1@example.com '],
  ...['User1@example.com', 'user1@EXAMPLE.com', 'user١٢@example.com', 'user１@example.com'],
  ...[
    'user1@example.co',
    'user1@exampleXcom',
    'user1@exämple.com',
    'user🙂@example.com',
    'user\n@example.com',
  ],
  ...['user@example.comuser@example.com', 'user1', 'user', 'use', 'user١', '@example.com', 'user@example.co'],
  ...['abcd', 'abcdd', 'abc', 'ABCD', 'abcdwxyz', 'abcdxwxyz', 'abcdxxwxyz', 'abcdéxy', 'abcdxy', 'abcd1xy'],
  ...['ab.cd', 'ab.cdanything', 'abXcd', 'a.bcdz.com', 'a.bcd-z.com', 'a.bcd\nz.com', 'a.bcz.com'],
  ...["(it's)12 x", "(it's)12 X", '(its)1 x', "(it's) x", 'C:\\dir1', 'C:\\dir', 'C:/dir1'],
  ...['héllo1world', 'hello1world', 'héllo١world', 'héllo world', 'abcdde', 'abcde', 'abcddde'],
];

let table: RowTable;
before(async () => {
  table = await rowTable(values);
});
after(() => table?.stop());

test('patterns with literal ends give the verdicts of polars, value by value, null for null', async () => {
  for (const pattern of PATTERNS) {
    const node = col('v').matches(pattern).node;
    const { pg, duckdb } = await table.differences(node);
    assert.deepEqual(pg, [], pattern);
    assert.deepEqual(duckdb, [], pattern);
  }
});

test('PostgreSQL compares the literal ends and runs the regex on the rest only', () => {
  const sql = new SqlRenderer(postgres, undefined, undefined, { v: 'String' }).row(
    col('v').matches('^user[0-9]+@example\\.com$').node,
  );
  assert.match(sql, /= 'user'/);
  assert.match(sql, /= '@example\.com'/);
  assert.match(sql, /~ '\^\[0-9\]\+\$'/);
});

test('literal ends are found only where they cannot depend on the rest of the pattern', () => {
  assert.deepEqual(literalFrame('^user[0-9]+@example\\.com$'), {
    prefix: 'user',
    middle: '[0-9]+',
    suffix: '@example.com',
    end: true,
  });
  // A quantified character, an escape spelling a code point, a class: not literal text.
  assert.deepEqual(literalFrame('^abcd{2}e$')?.prefix, 'abc');
  assert.deepEqual(literalFrame('^abcde+')?.prefix, 'abcd');
  assert.deepEqual(literalFrame('^\\x41BCDE[0-9]$'), undefined);
  assert.deepEqual(literalFrame('^abcd\\pLxy$')?.middle, '\\pL');
  // Alternation, inline flags, word boundaries, a search not anchored at the start, short ends.
  for (const p of ['^abcd|efgh$', '^(?i)abcdef$', '^abcde\\bx$', 'abcdef$', '^abc$', '^ab(c|d)ef$'])
    assert.equal(literalFrame(p), undefined, p);
});
