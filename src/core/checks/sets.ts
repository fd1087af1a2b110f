import pl from 'nodejs-polars';
import { z } from 'zod';
import { isNumericDtype, isStringDtype, dtypeName } from '../toolkit/dtype.ts';
import { formatCount, formatCountOf } from '../toolkit/format.ts';
import { jsonSafe } from '../toolkit/values.ts';
import { col, type Expr } from '../expr/node.ts';
import { defineCheck, type AggregateSpec, type CheckOutcome, type PlanContext } from './define.ts';
import { column } from './params.ts';
import { toNumber } from '../toolkit/numbers.ts';

const setValues = z
  .array(z.union([z.string(), z.number(), z.boolean()]))
  .min(1)
  .describe('The allowed (or forbidden) values');

type SetValue = z.infer<typeof setValues>[number];

const columnAndValues = z.object({ column, values: setValues }).strict();

function family(dtype: string): string {
  if (isNumericDtype(dtype)) return 'number';
  if (isStringDtype(dtype)) return 'string';
  return dtype;
}

/**
 * Both sides of a membership test in one comparable form: the compared column and whether it is
 * in `values` (null for null values). When the column and the values are of different kinds (ids
 * read as numbers but listed as text, dates listed as ISO text) both are compared as text, which
 * is what a suite author means. A Series (another source's keys) is compared the same way.
 */
function comparable(c: Expr, dtype: string, values: SetValue[] | pl.Series): { left: Expr; isIn: Expr } {
  const categorical = dtype.startsWith('Categorical') || dtype.startsWith('Enum');
  const text = c.cast('String');
  if (Array.isArray(values)) {
    const kinds = new Set(values.map((v) => typeof v));
    // Mixed kinds are text, so JS values are stringified directly (a Float64 series prints 1 as "1.0").
    const kind = kinds.size === 1 ? jsFamily[[...kinds][0]!] : 'string';
    if (family(dtype) === kind && !categorical)
      return { left: c, isIn: c.isIn(kinds.size === 1 ? values : values.map(String)) };
    return { left: text, isIn: text.isIn(values.map(String)) };
  }
  const rdtype = dtypeName(values.dtype);
  if (family(dtype) === family(rdtype) && !categorical)
    return { left: c, isIn: c.isInSeries(seriesRef(values)) };
  const right = isStringDtype(rdtype) ? values : values.cast(pl.Utf8);
  return { left: text, isIn: text.isInSeries(seriesRef(right)) };
}

/** Row-aligned "value is in `values`" (null for null values), compared as comparable() says. */
export function memberOf(c: Expr, dtype: string, values: SetValue[] | pl.Series): Expr {
  return comparable(c, dtype, values).isIn;
}

const seriesRef = (s: pl.Series) => ({ polars: s, length: s.length });

/** The dtype family of a JS value kind, as family() names polars dtypes. */
const jsFamily: Record<string, string> = { number: 'number', string: 'string', boolean: 'Bool' };

function membership(ctx: PlanContext, name: string, values: SetValue[]): Expr {
  return memberOf(col(name), ctx.schema[name]!, values);
}

const preview = (values: SetValue[]): string =>
  values.length <= 10 ? values.join(', ') : `${values.slice(0, 10).join(', ')}, … (${values.length} values)`;

const inSet = defineCheck({
  name: 'in_set',
  category: 'sets',
  summary: 'Every non-null value is one of the listed values.',
  doc:
    'Fails on every non-null value that is not in `values`, e.g. a status outside `[paid, refunded, pending]`. ' +
    'Comparison is exact and case-sensitive. When the column and the listed values are of different kinds ' +
    '(a numeric code listed as text, or a date listed as `2024-01-31`) both are compared as text. Nulls are ' +
    'not judged.',
  defaultSeverity: 'high',
  perColumn: true,
  params: columnAndValues,
  example: { column: 'status', values: ['paid', 'refunded', 'pending'] },
  columns: (p) => [p.column],
  plan: (p, ctx) => ({
    kind: 'row',
    fails: membership(ctx, p.column, p.values).not(),
    expected: p.values,
    describe: `values outside {${preview(p.values)}}`,
  }),
});

const notInSet = defineCheck({
  name: 'not_in_set',
  category: 'sets',
  summary: 'No non-null value is one of the listed (forbidden) values.',
  doc:
    'Fails on every value that is in `values`: placeholders such as `N/A`, `unknown`, `-1` or `1900-01-01` ' +
    'that stand in for missing data. Comparison is exact and case-sensitive, with the same text fallback as ' +
    '`in_set` when kinds differ. Nulls are not judged.',
  defaultSeverity: 'medium',
  perColumn: true,
  params: columnAndValues,
  example: { column: 'email', values: ['N/A', 'unknown', 'test@test.com'] },
  columns: (p) => [p.column],
  plan: (p, ctx) => ({
    kind: 'row',
    fails: membership(ctx, p.column, p.values),
    expected: { not: p.values },
    describe: `forbidden values {${preview(p.values)}}`,
  }),
});

/** How many unexpected distinct values a result lists. */
const LISTED = 20;

/** Distinct values of the column outside the set (count + first sorted ones), and those inside. */
function distinctSetPlan(
  ctx: PlanContext,
  name: string,
  values: SetValue[],
  judge: (unexpected: { count: number; first: unknown[] }, present: unknown[]) => CheckOutcome,
): AggregateSpec {
  const c = col(name);
  const { left, isIn: inside } = comparable(c, ctx.schema[name]!, values);
  const outside = inside.not();
  return {
    kind: 'aggregate',
    metrics: {
      unexpectedCount: c.nUnique(outside),
      unexpected: c.distinctList({ filter: outside, sorted: true, limit: LISTED }),
      // In the compared form, so "present" can be matched with the listed values as text.
      present: left.distinctList({ filter: inside }),
    },
    evaluate: (m: Record<string, unknown>) =>
      judge(
        {
          count: toNumber(m.unexpectedCount) ?? 0,
          first: (jsonSafe(m.unexpected) as unknown[] | null) ?? [],
        },
        (m.present as unknown[] | null) ?? [],
      ),
  };
}

function describeUnexpected(u: { count: number; first: unknown[] }): string {
  const more = u.count > u.first.length ? `, … (${formatCount(u.count)} in all)` : '';
  return `unexpected ${u.first.map((v) => JSON.stringify(v)).join(', ')}${more}`;
}

const distinctValuesEqual = defineCheck({
  name: 'distinct_values_equal',
  category: 'sets',
  summary: 'The set of distinct non-null values is exactly the listed set.',
  doc:
    'Collects the distinct non-null values of the column and fails unless they are exactly `values`: no value ' +
    'outside the set and every listed value present at least once. `observed` names the unexpected values ' +
    '(the first 20, sorted, with their total count) and the missing ones. Use `distinct_values_subset` when ' +
    'some listed values may be absent.',
  defaultSeverity: 'medium',
  merge: 'global',
  perColumn: true,
  params: columnAndValues,
  example: { column: 'weather', values: ['drizzle', 'fog', 'rain', 'snow', 'sun'] },
  columns: (p) => [p.column],
  plan: (p, ctx) =>
    distinctSetPlan(ctx, p.column, p.values, (unexpected, present) => {
      const seen = new Set(present.map(String));
      const missing = p.values.filter((v) => !seen.has(String(v)));
      const problems = [
        unexpected.count > 0 ? describeUnexpected(unexpected) : '',
        missing.length > 0 ? `missing ${missing.map((v) => JSON.stringify(v)).join(', ')}` : '',
      ].filter(Boolean);
      return {
        pass: problems.length === 0,
        observed: { unexpected: unexpected.first, unexpectedCount: unexpected.count, missing },
        expected: p.values,
        message:
          problems.length === 0
            ? `distinct values of ${p.column} are exactly the ${formatCount(p.values.length)} listed`
            : `distinct values of ${p.column} differ: ${problems.join('; ')}`,
      };
    }),
});

const distinctValuesSubset = defineCheck({
  name: 'distinct_values_subset',
  category: 'sets',
  summary: 'Every distinct non-null value is within the listed set.',
  doc:
    'Collects the distinct non-null values of the column and fails when any lies outside `values`. Unlike ' +
    '`in_set`, which counts failing rows, it reports the offending distinct values themselves: `observed` ' +
    'holds the first 20 (sorted) and their total count. Listed values need not all occur.',
  defaultSeverity: 'medium',
  merge: 'global',
  perColumn: true,
  params: columnAndValues,
  example: { column: 'country', values: ['DE', 'FR', 'KR', 'US'] },
  columns: (p) => [p.column],
  plan: (p, ctx) =>
    distinctSetPlan(ctx, p.column, p.values, (unexpected) => ({
      pass: unexpected.count === 0,
      observed: { unexpected: unexpected.first, unexpectedCount: unexpected.count },
      expected: p.values,
      message:
        unexpected.count === 0
          ? `all distinct values of ${p.column} are within the ${formatCount(p.values.length)} listed`
          : `${formatCountOf(unexpected.count, 'distinct value')} of ${p.column} outside the set: ${describeUnexpected(unexpected)}`,
    })),
});

export const setChecks = [inSet, notInSet, distinctValuesEqual, distinctValuesSubset];
