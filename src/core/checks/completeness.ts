import { z } from 'zod';
import { formatCount, formatPercent } from '../toolkit/format.ts';
import { col, or, rows } from '../expr/node.ts';
import { defineCheck } from './define.ts';
import { requireDtype } from './dtype-guard.ts';
import { column, columnList } from './params.ts';
import { toNumber } from '../toolkit/numbers.ts';

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
  plan: (p) => ({
    kind: 'row',
    fails: col(p.column).isNull(),
    judged: 'all',
    expected: 'no nulls',
    describe: 'null values',
  }),
});

const nullFractionMax = defineCheck({
  name: 'null_fraction_max',
  category: 'completeness',
  summary: 'Share of null values in a column is at most `max`.',
  doc:
    'Computes nulls / rows for the column (inside `where`) and fails when it exceeds `max` (0.05 = 5%). It is ' +
    'the aggregate twin of `not_null` with `mostly`: the verdict is the same, but the observed value is the ' +
    'null fraction itself, which reads better on dashboards and in drift trends.',
  defaultSeverity: 'medium',
  perColumn: true,
  params: z
    .object({ column, max: z.number().min(0).max(1).describe('Largest allowed null fraction, 0..1') })
    .strict(),
  example: { column: 'email', max: 0.05 },
  columns: (p) => [p.column],
  plan: (p) => ({
    kind: 'aggregate',
    metrics: { nulls: col(p.column).isNull().sum(), rows: rows() },
    evaluate: (m) => {
      const nulls = toNumber(m.nulls) ?? 0;
      const rows = toNumber(m.rows) ?? 0;
      const fraction = rows > 0 ? nulls / rows : 0;
      return {
        pass: fraction <= p.max + 1e-12,
        observed: fraction,
        expected: `<= ${p.max}`,
        failingCount: nulls,
        failingFraction: fraction,
        judgedCount: rows,
        message: `${formatCount(nulls)} of ${formatCount(rows)} values null (${formatPercent(fraction)}); allowed up to ${formatPercent(p.max)}`,
      };
    },
  }),
});

const completeRows = defineCheck({
  name: 'complete_rows',
  category: 'completeness',
  summary: 'Every row has all of the listed columns filled.',
  doc:
    'Fails on every row where any of `columns` is null, e.g. an address that must have street, city and ' +
    'postcode together. One failing row counts once however many of its columns are empty; use `not_null` ' +
    'for per-column counts.',
  defaultSeverity: 'high',
  params: z.object({ columns: columnList }).strict(),
  example: { columns: ['street', 'city', 'postcode'] },
  columns: (p) => p.columns,
  plan: (p) => ({
    kind: 'row',
    fails: or(...p.columns.map((c) => col(c).isNull())),
    judged: 'all',
    expected: `no nulls in ${p.columns.join(', ')}`,
    describe: `empty values in ${p.columns.join(', ')}`,
  }),
});

const noBlankStrings = defineCheck({
  name: 'no_blank_strings',
  category: 'completeness',
  summary: 'Text values are neither empty nor whitespace only.',
  doc:
    'Fails on every non-null text value that is empty or holds only whitespace (spaces, tabs, newlines). ' +
    'Such values pass `not_null` but carry no information. Nulls are not judged. The column must be text; ' +
    'set `null_values` on a CSV source to read placeholders like `N/A` as null.',
  defaultSeverity: 'medium',
  perColumn: true,
  params: z.object({ column }).strict(),
  example: { columns: ['name', 'email'] },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    requireDtype(ctx, 'no_blank_strings', p.column, 'string');
    return {
      kind: 'row',
      fails: col(p.column).cast('String').trim().length().eq(0),
      expected: 'no empty or whitespace-only text',
      describe: 'blank text',
    };
  },
});

export const completenessChecks = [notNull, nullFractionMax, completeRows, noBlankStrings];
