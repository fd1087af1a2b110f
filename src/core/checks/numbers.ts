import { z } from 'zod';
import { defineCheck } from './define.ts';
import { boundMessage, column, describeRange, range, requireABound } from './params.ts';

const between = defineCheck({
  name: 'between',
  category: 'numbers',
  summary: 'Values lie within a range (inclusive, or exclusive with `strict`).',
  doc:
    'Fails on every non-null value below `min` or above `max` (or on the bound itself with `strict: true`). ' +
    'Nulls are not judged; use `not_null` for them. Works for integers, floats, dates and datetimes ' +
    '(give dates as ISO strings in `min_date`/`max_date` with `date_between`).',
  defaultSeverity: 'high',
  perColumn: true,
  params: z
    .object({ column, ...range })
    .strict()
    .refine(requireABound, boundMessage),
  example: { column: 'amount', min: 0, max: 10000, mostly: 0.99 },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const c = ctx.col(p.column);
    const lo = p.min === undefined ? null : p.strict ? c.ltEq(p.min) : c.lt(p.min);
    const hi = p.max === undefined ? null : p.strict ? c.gtEq(p.max) : c.gt(p.max);
    const fails = lo && hi ? lo.or(hi) : (lo ?? hi)!;
    const expected = describeRange(p.min, p.max, p.strict);
    return { kind: 'row', fails, expected, describe: `values outside ${expected}` };
  },
});

export const numberChecks = [between];
