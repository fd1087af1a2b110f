import pl from 'nodejs-polars';
import { z } from 'zod';
import { isNumericDtype, isStringDtype, dtypeName } from '../toolkit/dtype.ts';
import { formatCount, formatCountOf } from '../toolkit/format.ts';
import { jsonSafe } from '../toolkit/values.ts';
import { defineCheck, type CheckContext, type Outcome } from './define.ts';
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
 * Both sides of a membership test in one comparable form. When the column and the values are of
 * different kinds (ids read as numbers but listed as text, dates listed as ISO text) both are
 * compared as text, which is what a suite author means.
 */
export function comparable(
  col: pl.Expr,
  dtype: string,
  values: SetValue[] | pl.Series,
): { left: pl.Expr; right: pl.Series } {
  const right = Array.isArray(values) ? seriesOf(values) : values;
  const rdtype = dtypeName(right.dtype);
  const categorical = dtype.startsWith('Categorical') || dtype.startsWith('Enum');
  if (family(dtype) === family(rdtype) && !categorical) return { left: col, right };
  // JS values are stringified directly: a Float64 series would print 1 as "1.0".
  const text = Array.isArray(values) ? pl.Series('values', values.map(String)) : right.cast(pl.Utf8);
  return { left: col.cast(pl.Utf8), right: isStringDtype(rdtype) ? right : text };
}

/** Row-aligned "value is in `values`" (null for null values). */
export function memberOf(col: pl.Expr, dtype: string, values: SetValue[] | pl.Series): pl.Expr {
  const { left, right } = comparable(col, dtype, values);
  return left.isIn(pl.lit(right));
}

/** Suite values as one typed Series; mixed kinds become text. */
function seriesOf(values: SetValue[]): pl.Series {
  const kinds = new Set(values.map((v) => typeof v));
  return pl.Series('values', kinds.size === 1 ? values : values.map(String));
}

function membership(ctx: CheckContext, col: string, values: SetValue[]): pl.Expr {
  return memberOf(ctx.col(col), ctx.schema[col]!, values);
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
  ctx: CheckContext,
  col: string,
  values: SetValue[],
  judge: (unexpected: { count: number; first: unknown[] }, present: unknown[]) => Outcome,
) {
  const { left, right } = comparable(ctx.values(col), ctx.schema[col]!, values);
  const inside = left.isIn(pl.lit(right));
  const outside = ctx.values(col).filter(inside.not());
  return {
    kind: 'aggregate' as const,
    metrics: {
      unexpectedCount: outside.nUnique(),
      unexpected: outside.unique().sort().head(LISTED).implode(),
      // In the compared form, so "present" can be matched with the listed values as text.
      present: left.filter(inside).unique().implode(),
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
