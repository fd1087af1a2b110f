import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { schemaOnlyContext } from '../../src/core/checks/backends.ts';
import { getCheck } from '../../src/core/checks/registry.ts';
import { rowTable, type RowTable } from './row-parity.ts';

/**
 * no_pii's detectors (regexes, the first and second card-like run, the Luhn sum over lenient digit
 * casts) give the same verdict per value in PostgreSQL, DuckDB and polars.
 */
const picked = [
  'call 010-1234-5678',
  '(555) 123-4567',
  '+82 10 1234 5678',
  '+1 (555) 123-4567',
  '02 123 4567',
  '1234567890123',
  'card 4111 1111 1111 1111',
  '4111-1111-1111-1111',
  '4111111111111112',
  'ref 12345 then 4111-1111-1111-1111',
  'order 123456 and 5500 0000 0000 0004 then 4111 1111 1111 1111',
  '4111 1111 1111 1111 2222 3333',
  '6011000990139424',
  '378282246310005',
  'x4111111111111111x',
  'mail a@b.com',
  'UPPER@EXAMPLE.COM',
  'a.b+c@sub.domain.org',
  'not@an',
  'x.y@例え.jp',
  '東京 4111 1111 1111 1111',
  'nothing',
  '',
  '٣٣٣٣٣٣٣٣٣٣٣٣٣',
  null,
];

/** Text mixing digits, separators and words, from a seeded generator. */
function generated(count: number): string[] {
  let seed = 11;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(a: readonly T[]): T => a[Math.floor(random() * a.length)]!;
  const digits = (n: number) => Array.from({ length: n }, () => String(Math.floor(random() * 10))).join('');
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts = Array.from({ length: 1 + Math.floor(random() * 4) }, () =>
      pick([
        () => digits(4 + Math.floor(random() * 16)),
        () => [digits(4), digits(4), digits(4), digits(4)].join(pick([' ', '-', ''])),
        () => pick(['4111 1111 1111 1111', '5500-0000-0000-0004', '4111111111111111']),
        () => `${pick(['+', ''])}${digits(2)} ${digits(3)}-${digits(4)}`,
        () => `${pick(['a', 'x.y', 'Z_9'])}@${pick(['b', 'mail'])}.${pick(['com', 'io', 'x'])}`,
        () => pick(['order', 'ref', '東京', 'é', '']),
      ])(),
    );
    out.push(parts.join(pick([' ', ', ', '', '/'])));
  }
  return out;
}

const values = [...picked, ...generated(1500)];
let table: RowTable;

before(async () => {
  table = await rowTable(values);
});

after(() => table?.stop());

test('no_pii flags the same values in PostgreSQL, DuckDB and polars, kind by kind', async () => {
  const def = getCheck('no_pii')!;
  for (const kinds of [['email'], ['phone'], ['credit_card'], undefined]) {
    const plan = def.logicalPlan(
      { column: 'v', ...(kinds ? { kinds } : {}) },
      schemaOnlyContext({ v: 'String' }),
    );
    assert.equal(plan.kind, 'row');
    if (plan.kind !== 'row') return;
    const { pg, duckdb } = await table.differences(plan.fails.node);
    assert.deepEqual(pg, [], `PostgreSQL ${kinds}`);
    assert.deepEqual(duckdb, [], `DuckDB ${kinds}`);
  }
});
