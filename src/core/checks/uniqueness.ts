import { z } from 'zod';
import { formatCount, formatCountOf } from '../toolkit/format.ts';
import { col, duplicated, keysDistinct, or, type Expr } from '../expr/node.ts';
import { defineCheck, type AggregateSpec, type PlanContext } from './define.ts';
import { boundMessage, column, columnList, describeRange, inRange, range, requireABound } from './params.ts';
import { toNumber } from '../toolkit/numbers.ts';

const unique = defineCheck({
  name: 'unique',
  category: 'uniqueness',
  summary: 'No non-null value occurs twice in the column.',
  doc:
    'Fails on every row whose value also occurs in another row; both copies count, so one repeated id gives ' +
    'a failing count of 2. Nulls are not judged (several nulls are not duplicates); add `not_null` for them. ' +
    'With `where`, duplicates are only looked for among rows inside the filter. Clean columns cost one ' +
    'distinct count (of value hashes, or of the values of an integer column); rows are compared only when ' +
    'that finds a repeat. Needs all rows at ' +
    'once, so partitioned runs merge it globally.',
  defaultSeverity: 'high',
  merge: 'global',
  perColumn: true,
  params: z.object({ column }).strict(),
  example: { column: 'order_id' },
  columns: (p) => [p.column],
  plan: (p, ctx) => ({
    kind: 'row',
    fails: duplicated([col(p.column)], dtypesOf(ctx, [p.column])),
    clean: keysDistinct([col(p.column)], true, dtypesOf(ctx, [p.column])),
    expected: 'unique values',
    describe: 'duplicate values',
  }),
});

const uniqueCombination = defineCheck({
  name: 'unique_combination',
  category: 'uniqueness',
  summary: 'No combination of values over the listed columns occurs twice.',
  doc:
    'Fails on every row whose values in `columns`, taken together, also occur in another row (a compound ' +
    'key such as `[customer_id, order_date]`). Rows with a null in any of the columns are not judged; use ' +
    '`primary_key` to reject those too. Both copies of a duplicate count as failing.',
  defaultSeverity: 'high',
  merge: 'global',
  params: z.object({ columns: columnList }).strict(),
  example: { columns: ['customer_id', 'order_date'] },
  columns: (p) => p.columns,
  plan: (p, ctx) => ({
    kind: 'row',
    fails: duplicated(p.columns.map(col), dtypesOf(ctx, p.columns)),
    clean: keysDistinct(p.columns.map(col), true, dtypesOf(ctx, p.columns)),
    expected: `unique (${p.columns.join(', ')})`,
    describe: `duplicate (${p.columns.join(', ')}) combinations`,
  }),
});

const primaryKey = defineCheck({
  name: 'primary_key',
  category: 'uniqueness',
  summary: 'The listed columns are never null and unique together.',
  doc:
    'The usual contract of a table key: fails on every row where any of `columns` is null, and on every row ' +
    'whose key combination occurs more than once. Unlike `unique_combination`, every row is judged, so a ' +
    'null key is a failure rather than being skipped. Both copies of a duplicate count as failing.',
  defaultSeverity: 'critical',
  merge: 'global',
  params: z.object({ columns: columnList }).strict(),
  example: { columns: ['order_id'] },
  columns: (p) => p.columns,
  plan: (p, ctx) => ({
    kind: 'row',
    fails: nullKey(p.columns).or(duplicated(p.columns.map(col), dtypesOf(ctx, p.columns))),
    clean: nullKey(p.columns)
      .not()
      .all()
      .and(keysDistinct(p.columns.map(col), false, dtypesOf(ctx, p.columns))),
    judged: 'all',
    expected: `non-null, unique (${p.columns.join(', ')})`,
    describe: 'null or duplicate keys',
  }),
});

/** The key columns' dtypes, which let the polars backend compare one integer column more cheaply. */
function dtypesOf(ctx: PlanContext, columns: string[]): string[] {
  return columns.map((c) => ctx.schema[c] ?? 'unknown');
}

/** True on a row with a null in any of the key columns. */
function nullKey(columns: string[]): Expr {
  return or(...columns.map((c) => col(c).isNull()));
}

/**
 * Aggregate plan over the distinct and non-null counts of a column (inside `where`); `measure`
 * turns them into the judged number and its wording, or null when there is nothing to measure.
 */
function distinctPlan(
  p: { column: string; min?: number | undefined; max?: number | undefined },
  measure: (distinct: number, nonNull: number) => { value: number; says: string } | null,
): AggregateSpec {
  const values = col(p.column);
  return {
    kind: 'aggregate',
    metrics: { distinct: values.nUnique(), nonNull: values.count() },
    evaluate: (m) => {
      const expected = describeRange(p.min, p.max);
      const got = measure(toNumber(m.distinct) ?? 0, toNumber(m.nonNull) ?? 0);
      if (!got)
        return { pass: false, observed: null, expected, message: `${p.column} has no non-null values` };
      return {
        pass: inRange(got.value, p.min, p.max),
        observed: got.value,
        expected,
        message: `${got.says}, expected ${expected}`,
      };
    },
  };
}

const distinctCountBetween = defineCheck({
  name: 'distinct_count_between',
  category: 'uniqueness',
  summary: 'Number of distinct non-null values lies within a range.',
  doc:
    'Counts the distinct non-null values of the column (inside `where`) and compares the count with `min` ' +
    'and/or `max`. Catches a category column that collapsed to one value or exploded into free text. The ' +
    'count is exact; partitioned runs merge it globally.',
  defaultSeverity: 'medium',
  merge: 'global',
  perColumn: true,
  params: z.object({ column, min: range.min, max: range.max }).strict().refine(requireABound, boundMessage),
  example: { column: 'status', min: 2, max: 10 },
  columns: (p) => [p.column],
  plan: (p) =>
    distinctPlan(p, (distinct) => ({
      value: distinct,
      says: `${formatCountOf(distinct, 'distinct value')} in ${p.column}`,
    })),
});

const fraction = z.number().min(0).max(1);

const distinctFractionBetween = defineCheck({
  name: 'distinct_fraction_between',
  category: 'uniqueness',
  summary: 'Distinct values / non-null values lies within a range.',
  doc:
    'Divides the number of distinct non-null values by the number of non-null values (inside `where`): 1.0 ' +
    'means every value is unique, values near 0 mean a few values repeat. Compare with `min` and/or `max` ' +
    '(fractions 0..1). A column with no non-null values fails, since there is nothing to measure.',
  defaultSeverity: 'medium',
  merge: 'global',
  perColumn: true,
  params: z
    .object({ column, min: fraction.optional(), max: fraction.optional() })
    .strict()
    .refine(requireABound, boundMessage),
  example: { column: 'customer_id', min: 0.9 },
  columns: (p) => [p.column],
  plan: (p) =>
    distinctPlan(p, (distinct, nonNull) =>
      nonNull === 0
        ? null
        : {
            value: distinct / nonNull,
            says: `${formatCount(distinct)} distinct of ${formatCount(nonNull)} non-null values (${(distinct / nonNull).toFixed(4)})`,
          },
    ),
});

export const uniquenessChecks = [
  unique,
  uniqueCombination,
  primaryKey,
  distinctCountBetween,
  distinctFractionBetween,
];
