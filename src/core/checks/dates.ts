import { z } from 'zod';
import { col, type Expr } from '../expr/node.ts';
import { defineCheck, type PlanContext, type RowSpec } from './define.ts';
import { requireDtype } from './dtype-guard.ts';
import { column } from './params.ts';
import { parseDuration, parseIsoParam } from './time-parse.ts';

const isoParam = z.string().refine((s) => !Number.isNaN(parseIsoParam(s)), {
  message: 'an ISO date or datetime such as 2024-01-31 or 2024-01-31T12:00:00Z',
});

/** Epoch milliseconds (UTC) of the column and whether text that fails to parse must count as failing. */
function instants(ctx: PlanContext, check: string, name: string): { ms: Expr; text: boolean } {
  const dtype = requireDtype(ctx, check, name, 'date');
  return { ms: col(name).epochMs(dtype), text: !/^Date/.test(dtype) };
}

/** Text that is not an ISO date fails the date checks: it is not a valid value either way. */
function datePlan(ms: Expr, text: boolean, outside: Expr, expected: string, what: string): RowSpec {
  return {
    kind: 'row',
    fails: text ? ms.isNull().or(outside) : outside,
    expected,
    describe: text ? `${what} or text that is not an ISO date` : what,
  };
}

const notInFuture = defineCheck({
  name: 'not_in_future',
  category: 'dates',
  summary: 'Dates and timestamps are not later than the time of the run.',
  doc:
    "Fails on every non-null value later than the run's clock (fixed once per run) plus an optional " +
    '`tolerance` such as `5m`, `2h` or `1d` for clock skew. Works on Date and Datetime columns and on ISO ' +
    '8601 text (`2024-01-31`, `2024-01-31T12:00:00`, with optional fraction and `Z`/`+09:00` offset); text ' +
    'that does not parse fails too. Comparisons are between instants in UTC: time-zone-aware values keep ' +
    'their zone, naive datetimes and dates are read as UTC (a date is its midnight).',
  defaultSeverity: 'high',
  perColumn: true,
  params: z
    .object({
      column,
      tolerance: z
        .string()
        .refine((s) => !Number.isNaN(parseDuration(s)), { message: 'a duration such as 30s, 5m, 2h, 1d, 1w' })
        .optional()
        .describe('Allowed lead over the run clock, e.g. 5m'),
    })
    .strict(),
  example: { column: 'created_at', tolerance: '5m' },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const { ms, text } = instants(ctx, 'not_in_future', p.column);
    const limit = ctx.now.getTime() + (p.tolerance ? parseDuration(p.tolerance) : 0);
    const expected = `<= ${new Date(limit).toISOString()}`;
    return datePlan(ms, text, ms.gt(limit), expected, 'values in the future');
  },
});

const dateBetween = defineCheck({
  name: 'date_between',
  category: 'dates',
  summary: 'Dates and timestamps lie within an ISO date/datetime range.',
  doc:
    'Fails on every non-null value before `min` or after `max` (on the bound too with `strict: true`). ' +
    'Bounds are ISO dates or datetimes (`2024-01-01`, `2024-01-01T08:00:00+09:00`); a bound without an ' +
    'offset is UTC and a date bound means its midnight, so `max: 2024-12-31` excludes later times that day. ' +
    'Works on Date, Datetime and ISO-text columns; text that does not parse fails. Values are compared as ' +
    'UTC instants (naive datetimes read as UTC).',
  defaultSeverity: 'high',
  perColumn: true,
  params: z
    .object({
      column,
      min: isoParam.optional().describe('Earliest allowed value (ISO date or datetime)'),
      max: isoParam.optional().describe('Latest allowed value (ISO date or datetime)'),
      strict: z.boolean().optional().describe('Exclude the bounds'),
    })
    .strict()
    .refine((p) => p.min !== undefined || p.max !== undefined, { message: 'give `min`, `max` or both' }),
  example: { column: 'order_date', min: '2020-01-01', max: '2030-12-31' },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const { ms, text } = instants(ctx, 'date_between', p.column);
    const lo = p.min === undefined ? null : parseIsoParam(p.min);
    const hi = p.max === undefined ? null : parseIsoParam(p.max);
    const below = lo === null ? null : p.strict ? ms.lte(lo) : ms.lt(lo);
    const above = hi === null ? null : p.strict ? ms.gte(hi) : ms.gt(hi);
    const outside = below && above ? below.or(above) : (below ?? above)!;
    const [l, r] = p.strict ? ['(', ')'] : ['[', ']'];
    const expected = `${l}${p.min ?? '-∞'}, ${p.max ?? '+∞'}${r}`;
    return datePlan(ms, text, outside, expected, `values outside ${expected}`);
  },
});

export const dateChecks = [notInFuture, dateBetween];
