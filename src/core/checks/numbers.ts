import { z } from 'zod';
import { col, lit, when, type Expr } from '../expr/node.ts';
import {
  defineCheck,
  type AggregateSpec,
  type CheckOutcome,
  type PlanContext,
  type RowSpec,
} from './define.ts';
import { requireDtype } from './dtype-guard.ts';
import { formatNumber } from '../toolkit/format.ts';
import {
  boundMessage,
  column,
  describeOutside,
  describeRange,
  inRange,
  range,
  requireABound,
} from './params.ts';
import { toNumber } from '../toolkit/numbers.ts';

const between = defineCheck({
  name: 'between',
  category: 'numbers',
  summary: 'Values lie within a range (inclusive, or exclusive with `strict`).',
  doc:
    'Fails on every non-null value below `min` or above `max` (or on the bound itself with `strict: true`). ' +
    'Nulls are not judged; use `not_null` for them. Works for integers and floats; for dates, datetimes ' +
    'and ISO text with ISO bounds use `date_between`.',
  defaultSeverity: 'high',
  perColumn: true,
  params: z
    .object({ column, ...range })
    .strict()
    .refine(requireABound, boundMessage),
  example: { column: 'amount', min: 0, max: 10000, mostly: 0.99 },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const c = numeric(ctx, 'between', p.column);
    const lo = p.min === undefined ? null : p.strict ? c.lte(p.min) : c.lt(p.min);
    const hi = p.max === undefined ? null : p.strict ? c.gte(p.max) : c.gt(p.max);
    const fails = lo && hi ? lo.or(hi) : (lo ?? hi)!;
    const expected = describeRange(p.min, p.max, p.strict);
    return { kind: 'row', fails, expected, describe: describeOutside(p.min, p.max, p.strict) };
  },
});

/** The column, after checking it is numeric. */
function numeric(ctx: PlanContext, check: string, name: string): Expr {
  // An all-null column reads as dtype Null, which numeric kernels reject; as floats it is just empty.
  return requireDtype(ctx, check, name, 'numeric') === 'Null' ? col(name).cast('Float64') : col(name);
}

const isFloat = (ctx: PlanContext, name: string): boolean => /^Float/.test(ctx.schema[name] ?? '');

function signCheck(name: 'positive' | 'non_negative') {
  const strict = name === 'positive';
  return defineCheck({
    name,
    category: 'numbers',
    summary: strict ? 'Values are greater than zero.' : 'Values are zero or greater.',
    doc:
      `Fails on every non-null value ${strict ? 'that is zero or negative' : 'below zero'}. ` +
      'Shorthand for `between` with ' +
      (strict ? '`min: 0, strict: true`' : '`min: 0`') +
      ' that reads better in a suite; NaN is not judged here (see `finite`).',
    defaultSeverity: 'high',
    perColumn: true,
    params: z.object({ column }).strict(),
    example: { column: strict ? 'quantity' : 'discount' },
    columns: (p) => [p.column],
    plan: (p, ctx): RowSpec => {
      const c = numeric(ctx, name, p.column);
      const expected = strict ? '> 0' : '>= 0';
      return {
        kind: 'row',
        fails: strict ? c.lte(0) : c.lt(0),
        expected,
        describe: strict ? 'values <= 0' : 'values < 0',
      };
    },
  });
}

const finite = defineCheck({
  name: 'finite',
  category: 'numbers',
  summary: 'Float values are finite (no NaN or ±infinity).',
  doc:
    'Fails on every non-null value that is NaN, +inf or -inf. These slip through range checks and poison ' +
    'sums and means. Integer columns always pass.',
  defaultSeverity: 'high',
  perColumn: true,
  params: z.object({ column }).strict(),
  example: { column: 'score' },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const c = numeric(ctx, 'finite', p.column);
    const fails = isFloat(ctx, p.column) ? c.isFinite().not() : lit(false);
    return { kind: 'row', fails, expected: 'finite numbers', describe: 'NaN or infinite values' };
  },
});

const integerValued = defineCheck({
  name: 'integer_valued',
  category: 'numbers',
  summary: 'Numeric values are whole numbers (a zero fractional part).',
  doc:
    'Fails on every non-null value with a non-zero fractional part, and on NaN and infinities. Integer ' +
    'columns always pass; use it on float columns that should hold counts or identifiers (e.g. a CSV ' +
    'column read as float because of an empty cell or a `3.0`).',
  defaultSeverity: 'medium',
  perColumn: true,
  params: z.object({ column }).strict(),
  example: { column: 'passengers' },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const c = numeric(ctx, 'integer_valued', p.column);
    const fails = isFloat(ctx, p.column) ? c.isFinite().not().or(c.floor().neq(c)) : lit(false);
    return { kind: 'row', fails, expected: 'whole numbers', describe: 'values with a fractional part' };
  },
});

const statParams = z
  .object({ column, ...range })
  .strict()
  .refine(requireABound, boundMessage);
type StatParams = z.infer<typeof statParams>;

/** An aggregate judged against a range; `observed` is the statistic itself. */
function statPlan(p: StatParams, label: string, metric: Expr): AggregateSpec {
  const expected = describeRange(p.min, p.max, p.strict);
  return {
    kind: 'aggregate',
    metrics: { value: metric },
    evaluate: (m): CheckOutcome => {
      const v = toNumber(m.value);
      const pass = inRange(v, p.min, p.max, p.strict);
      const message =
        v === null
          ? `${label} of ${p.column} is undefined (no non-null values)`
          : `${label} of ${p.column} is ${formatNumber(v)}, expected ${expected}`;
      return { pass, observed: v, expected, message };
    },
  };
}

function statCheck(name: string, label: string, doc: string, agg: (values: Expr) => Expr) {
  return defineCheck({
    name,
    category: 'numbers',
    summary: `The ${label} of a numeric column lies within a range.`,
    doc:
      `Computes the ${label} of the non-null values (inside \`where\`) and fails when it is outside ` +
      `[\`min\`, \`max\`] (exclusive with \`strict\`). ${doc} A column with no values fails with observed null.`,
    defaultSeverity: 'medium',
    perColumn: true,
    params: statParams,
    example: { column: 'amount', min: 0, max: 500 },
    columns: (p) => [p.column],
    plan: (p, ctx) => {
      return statPlan(p, label, agg(numeric(ctx, name, p.column)));
    },
  });
}

const stats = [
  statCheck('min_between', 'minimum', 'Catches a shifted lower end, e.g. prices suddenly at 0.', (v) =>
    v.min(),
  ),
  statCheck(
    'max_between',
    'maximum',
    'Catches runaway values, e.g. a unit change from euros to cents.',
    (v) => v.max(),
  ),
  statCheck('mean_between', 'mean', 'NaN values make the mean NaN, which fails.', (v) => v.mean()),
  statCheck('median_between', 'median', 'The median is robust to a few extreme values.', (v) => v.median()),
  statCheck('std_between', 'standard deviation', 'This is the sample standard deviation (ddof = 1).', (v) =>
    v.std(),
  ),
  statCheck('sum_between', 'sum', 'Useful for control totals, e.g. the amounts of a daily batch.', (v) =>
    v.sum(),
  ),
];

const quantileBetween = defineCheck({
  name: 'quantile_between',
  category: 'numbers',
  summary: 'A quantile (e.g. the 95th percentile) lies within a range.',
  doc:
    'Computes quantile `q` (0 to 1) of the non-null values (inside `where`), linearly interpolated between ' +
    "the two nearest values as in numpy's default, and fails when it is outside [`min`, `max`] " +
    '(exclusive with `strict`). Use it to bound tails, e.g. the 99th percentile of a latency.',
  defaultSeverity: 'medium',
  perColumn: true,
  params: z
    .object({ column, q: z.number().min(0).max(1).describe('Quantile, 0 to 1'), ...range })
    .strict()
    .refine(requireABound, boundMessage),
  example: { column: 'latency_ms', q: 0.95, max: 800 },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    return statPlan(p, `quantile ${p.q}`, numeric(ctx, 'quantile_between', p.column).quantile(p.q));
  },
});

function monotonicCheck(name: 'increasing' | 'decreasing') {
  const up = name === 'increasing';
  return defineCheck({
    name,
    category: 'numbers',
    summary: `Values ${up ? 'increase' : 'decrease'} in row order (strictly with \`strict\`).`,
    doc:
      `Compares each non-null value with the previous non-null value in file order and fails where it is ` +
      `${up ? 'smaller' : 'larger'} (or equal, with \`strict: true\`). Nulls are skipped, not judged. Works on ` +
      'numbers, dates and datetimes. It needs every row in order, so it is not merged across partitions; with ' +
      '`where`, only rows inside the filter are compared with each other.',
    defaultSeverity: 'medium',
    perColumn: true,
    merge: 'global',
    params: z
      .object({ column, strict: z.boolean().optional().describe('Equal neighbours fail too') })
      .strict(),
    example: { column: up ? 'event_time' : 'remaining', strict: up },
    columns: (p) => [p.column],
    plan: (p, ctx): RowSpec => {
      requireDtype(ctx, name, p.column, 'orderable');
      // Rows outside `where` are blanked so they never serve as the previous value.
      const c = col(p.column).masked();
      const prev = c.prevNonNull();
      const fails = up ? (p.strict ? c.lte(prev) : c.lt(prev)) : p.strict ? c.gte(prev) : c.gt(prev);
      const expected = `${p.strict ? 'strictly ' : ''}${name}`;
      return { kind: 'row', fails, expected, describe: `values breaking ${expected} order` };
    },
  });
}

const maxFraction = z
  .number()
  .min(0)
  .max(1)
  .optional()
  .describe('Largest tolerated fraction of outliers (default 0; `mostly` overrides it)');

/** Outlier checks share the verdict: a row plan whose failing fraction may reach `max_fraction`. */
function outlierPlan(fails: Expr, maxFrac: number | undefined, rule: string): RowSpec {
  const tolerated = maxFrac ?? 0;
  return {
    kind: 'row',
    fails,
    expected: `outliers (${rule}) <= ${tolerated * 100}%`,
    describe: `outliers (${rule})`,
    tolerated,
  };
}

const zscoreOutliers = defineCheck({
  name: 'zscore_outliers_max',
  category: 'numbers',
  summary: 'Share of values with |z-score| above a threshold is at most `max_fraction`.',
  doc:
    'Computes the mean and sample standard deviation of the non-null values inside `where`, marks a value ' +
    'as an outlier when |value - mean| / std > `threshold` (default 3), and fails when outliers exceed ' +
    '`max_fraction` of the judged values (default 0: any outlier fails). A suite-level `mostly` takes ' +
    'precedence over `max_fraction`. A constant column has no outliers. Failing rows and samples are the ' +
    'outliers themselves. The statistics need the whole column, so results do not merge across partitions.',
  defaultSeverity: 'medium',
  perColumn: true,
  merge: 'global',
  params: z
    .object({
      column,
      threshold: z.number().gt(0).optional().describe('|z| above this is an outlier (default 3)'),
      max_fraction: maxFraction,
    })
    .strict(),
  example: { column: 'amount', threshold: 3, max_fraction: 0.01 },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const c = numeric(ctx, 'zscore_outliers_max', p.column);
    const sd = c.std();
    const t = p.threshold ?? 3;
    // Guarding on sd > 0 keeps constant columns (0/0 = NaN) from counting as outliers.
    const fails = when(sd.gt(0), c.sub(c.mean()).abs().gt(sd.mul(t)), false);
    return outlierPlan(fails, p.max_fraction, `|z| > ${t}`);
  },
});

const iqrOutliers = defineCheck({
  name: 'iqr_outliers_max',
  category: 'numbers',
  summary: 'Share of values outside Tukey fences (k × IQR) is at most `max_fraction`.',
  doc:
    'Computes the quartiles Q1 and Q3 (linear interpolation) of the non-null values inside `where`, marks a ' +
    'value as an outlier when it is below Q1 - k·IQR or above Q3 + k·IQR (IQR = Q3 - Q1, `k` default 1.5), ' +
    'and fails when outliers exceed `max_fraction` of the judged values (default 0). A suite-level `mostly` ' +
    'takes precedence. More robust than z-scores on skewed data. Not merged across partitions. On PostgreSQL, ' +
    'which has no windowed percentile, the quartiles come from sub-selects of the same query (the table is ' +
    'read once more for each).',
  defaultSeverity: 'medium',
  perColumn: true,
  merge: 'global',
  params: z
    .object({
      column,
      k: z.number().gt(0).optional().describe('Fence multiplier (default 1.5)'),
      max_fraction: maxFraction,
    })
    .strict(),
  example: { column: 'amount', k: 1.5, max_fraction: 0.05 },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const c = numeric(ctx, 'iqr_outliers_max', p.column);
    const q1 = c.quantile(0.25);
    const q3 = c.quantile(0.75);
    const k = p.k ?? 1.5;
    const reach = q3.sub(q1).mul(k);
    const fails = c.lt(q1.sub(reach)).or(c.gt(q3.add(reach)));
    return outlierPlan(fails, p.max_fraction, `outside Q1/Q3 ± ${k}·IQR`);
  },
});

export const numberChecks = [
  between,
  signCheck('positive'),
  signCheck('non_negative'),
  finite,
  integerValued,
  ...stats,
  quantileBetween,
  monotonicCheck('increasing'),
  monotonicCheck('decreasing'),
  zscoreOutliers,
  iqrOutliers,
];
