import { z } from 'zod';
import { defineCheck } from './define.ts';
import { column } from './params.ts';

const notNull = defineCheck({
  name: 'not_null',
  category: 'completeness',
  summary: 'Column has no null values.',
  doc:
    'Fails on every row where the column is null. With `mostly: 0.99` up to 1% nulls are tolerated. ' +
    'Empty CSV fields are read as null. Pair it with `no_blank_strings` to also reject empty or ' +
    'whitespace-only text.',
  defaultSeverity: 'high',
  perColumn: true,
  params: z.object({ column }).strict(),
  example: { columns: ['order_id', 'email'] },
  columns: (p) => [p.column],
  plan: (p, ctx) => ({
    kind: 'row',
    fails: ctx.col(p.column).isNull(),
    judged: 'all',
    expected: 'no nulls',
    describe: 'null values',
  }),
});

export const completenessChecks = [notNull];
