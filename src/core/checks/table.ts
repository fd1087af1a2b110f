import pl from 'nodejs-polars';
import { z } from 'zod';
import { isNumericDtype, isStringDtype, isTemporalDtype } from '../toolkit/dtype.ts';
import { formatCount, formatCountOf, formatPercent } from '../toolkit/format.ts';
import { requireDtype } from './dtype-guard.ts';
import { col, duplicated, keysDistinct, lit, rows } from '../expr/node.ts';
import { defineCheck, type AggregateSpec, type CheckOutcome } from './define.ts';
import { rowCountOfOther } from './cross-sql.ts';
import { column, columnList, describeRange, inRange, requireABound } from './params.ts';
import { toNumber } from '../toolkit/numbers.ts';

const countBounds = z
  .object({
    min: z.number().int().min(0).optional(),
    max: z.number().int().min(0).optional(),
    equals: z.number().int().min(0).optional(),
  })
  .strict()
  .refine((p) => requireABound(p) || p.equals !== undefined, { message: 'give `min`, `max` or `equals`' });

/** Verdict of a count against `min`/`max`/`equals`, e.g. "1,204 rows, expected >= 1000". */
function judgeCount(n: number, p: z.infer<typeof countBounds>, noun: string): CheckOutcome {
  const pass = p.equals !== undefined ? n === p.equals : inRange(n, p.min, p.max);
  const expected = p.equals !== undefined ? `= ${p.equals}` : describeRange(p.min, p.max);
  return { pass, observed: n, expected, message: `${formatCountOf(n, noun)}, expected ${expected}` };
}

const rowCount = defineCheck({
  name: 'row_count',
  category: 'table',
  summary: 'Number of rows is within a range or equals a value.',
  doc:
    'Counts the rows of the source (after `where`, when given) and compares the count with `min`, `max` or ' +
    '`equals`. Use it to catch truncated loads, empty extracts and runaway duplication. The count comes from ' +
    'the same fused scan as every other check of the source, so it costs nothing extra.',
  defaultSeverity: 'high',
  params: countBounds,
  example: { min: 1000 },
  columns: () => [],
  plan: (p) => ({
    kind: 'aggregate',
    metrics: { rows: rows() },
    evaluate: (m) => judgeCount(toNumber(m.rows) ?? 0, p, 'row'),
  }),
});

const columnCount = defineCheck({
  name: 'column_count',
  category: 'table',
  summary: 'Number of columns is within a range or equals a value.',
  doc:
    'Compares the number of columns of the source with `min`, `max` or `equals`. It reads only the schema, ' +
    'so it is free. Use it to notice an extract that suddenly gained or lost columns; `schema` and ' +
    '`columns_present` say which ones.',
  defaultSeverity: 'high',
  params: countBounds,
  example: { equals: 6 },
  columns: () => [],
  plan: (p, ctx) => schemaOnly(() => judgeCount(Object.keys(ctx.schema).length, p, 'column')),
});

const columnsPresent = defineCheck({
  name: 'columns_present',
  category: 'table',
  summary: 'Every listed column exists (others may exist too).',
  doc:
    'Fails when any of `columns` is missing from the source and lists the missing ones (with the nearest ' +
    'existing name). Extra columns are allowed; use `schema` with `exact: true` to forbid them. Names are ' +
    'matched exactly, including case.',
  defaultSeverity: 'critical',
  params: z.object({ columns: columnList }).strict(),
  example: { columns: ['order_id', 'amount', 'status'] },
  // Missing columns are this check's verdict, not a configuration error, so none are declared.
  columns: () => [],
  plan: (p, ctx) =>
    schemaOnly(() => {
      const missing = p.columns.filter((c) => !(c in ctx.schema));
      return {
        pass: missing.length === 0,
        observed: { missing },
        expected: p.columns,
        message:
          missing.length === 0
            ? `all ${formatCount(p.columns.length)} columns present`
            : `${formatCount(missing.length)} of ${formatCount(p.columns.length)} columns missing: ${missing.join(', ')}`,
      };
    }),
});

/** Friendly dtype names; each matches a family of polars dtypes. */
const dtypeFamilies: Record<string, (actual: string) => boolean> = {
  int: (a) => /^U?Int(8|16|32|64|128)$/.test(a),
  integer: (a) => /^U?Int(8|16|32|64|128)$/.test(a),
  float: (a) => /^Float(32|64)$/.test(a),
  double: (a) => a === 'Float64',
  number: isNumericDtype,
  numeric: isNumericDtype,
  string: isStringDtype,
  str: isStringDtype,
  text: isStringDtype,
  utf8: isStringDtype,
  bool: (a) => a === 'Bool' || a === 'Boolean',
  boolean: (a) => a === 'Bool' || a === 'Boolean',
  date: (a) => a === 'Date',
  datetime: (a) => a.startsWith('Datetime'),
  timestamp: (a) => a.startsWith('Datetime'),
  time: (a) => a === 'Time',
  duration: (a) => a.startsWith('Duration'),
  temporal: isTemporalDtype,
  categorical: (a) => a.startsWith('Categorical') || a.startsWith('Enum'),
};

const polarsDtype =
  /^(U?Int(8|16|32|64|128)|Float(32|64)|String|Utf8|Bool(ean)?|Date|Datetime(\(.+\))?|Time|Duration(\(.+\))?|Categorical|Enum(\(.+\))?|Decimal(\(.+\))?|Binary|Null|Object|List\(.+\)|Array\(.+\)|Struct\(.+\))$/i;

const normalize = (t: string): string => t.replace(/\s+/g, '').toLowerCase();

/** Whether a polars dtype (as the engine names it) matches a dtype written in a suite. */
export function dtypeMatches(actual: string, wanted: string): boolean {
  const family = dtypeFamilies[wanted.trim().toLowerCase()];
  if (family) return family(actual);
  const a = normalize(actual).replace(/^boolean$/, 'bool');
  return a === normalize(wanted).replace(/^boolean$/, 'bool');
}

const dtype = z
  .string()
  .min(1)
  .refine((t) => t.trim().toLowerCase() in dtypeFamilies || polarsDtype.test(t.replace(/\s+/g, '')), {
    message:
      'unknown dtype; use a polars name (Int64, Float64, String, Bool, Date, Datetime(us), ...) or int, float, ' +
      'string, bool, date, datetime',
  })
  .describe(
    'polars dtype name (Int64, String, Datetime(us)) or a family (int, float, string, bool, date, datetime)',
  );

const schemaCheck = defineCheck({
  name: 'schema',
  category: 'table',
  summary: 'Columns have the given dtypes; optionally in order and with no extra columns.',
  doc:
    'Compares the source schema with `columns`, a map of column name to dtype. Dtypes are polars names as ' +
    '`truthgate profile` prints them (`Int64`, `Float64`, `String`, `Bool`, `Date`, `Datetime(us)`) or a ' +
    'family that accepts several (`int`/`integer` any integer width, `float`, `number`, `string`, `bool`, ' +
    '`date`, `datetime` any unit or zone). `ordered: true` also requires the listed columns to appear in that ' +
    'order; `exact: true` forbids columns that are not listed. Missing columns and dtype mismatches are all ' +
    'reported in `observed`.',
  defaultSeverity: 'critical',
  params: z
    .object({
      columns: z.record(z.string().min(1), dtype).refine((c) => Object.keys(c).length > 0, {
        message: 'list at least one column',
      }),
      ordered: z.boolean().optional().describe('Listed columns appear in this order'),
      exact: z.boolean().optional().describe('No columns other than the listed ones'),
    })
    .strict(),
  example: { columns: { order_id: 'int', amount: 'Float64', created_at: 'datetime' }, exact: true },
  columns: () => [],
  plan: (p, ctx) =>
    schemaOnly(() => {
      const actual = Object.keys(ctx.schema);
      const wanted = Object.keys(p.columns);
      const missing = wanted.filter((c) => !(c in ctx.schema));
      const mismatched = wanted
        .filter((c) => c in ctx.schema && !dtypeMatches(ctx.schema[c]!, p.columns[c]!))
        .map((c) => ({ column: c, expected: p.columns[c]!, actual: ctx.schema[c]! }));
      const extra = p.exact ? actual.filter((c) => !(c in p.columns)) : [];
      const present = actual.filter((c) => c in p.columns);
      const outOfOrder =
        p.ordered === true && present.join('\u0000') !== wanted.filter((c) => c in ctx.schema).join('\u0000');
      const problems = [
        missing.length ? `missing ${missing.join(', ')}` : '',
        mismatched.length
          ? `wrong dtype ${mismatched.map((m) => `${m.column} (${m.actual}, expected ${m.expected})`).join(', ')}`
          : '',
        extra.length ? `unexpected ${extra.join(', ')}` : '',
        outOfOrder ? `order is ${present.join(', ')}` : '',
      ].filter(Boolean);
      return {
        pass: problems.length === 0,
        observed: { missing, mismatched, extra, ...(p.ordered ? { order: present } : {}) },
        expected: p.columns,
        message:
          problems.length === 0
            ? `schema matches (${formatCount(wanted.length)} column${wanted.length === 1 ? '' : 's'})`
            : `schema differs: ${problems.join('; ')}`,
      };
    }),
});

const columnDtype = defineCheck({
  name: 'column_dtype',
  category: 'table',
  summary: 'A column has the given dtype.',
  doc:
    'Fails when `column` does not have `dtype`. Accepts the same names as `schema`: exact polars names ' +
    '(`Int64`, `Datetime(us)`) or families (`int`, `float`, `string`, `bool`, `date`, `datetime`). Useful ' +
    'for a column whose type silently drifts, such as ids read as floats after a null appears in a CSV.',
  defaultSeverity: 'high',
  params: z.object({ column, dtype }).strict(),
  example: { column: 'amount', dtype: 'float' },
  columns: (p) => [p.column],
  plan: (p, ctx) =>
    schemaOnly(() => {
      const actual = ctx.schema[p.column]!;
      const pass = dtypeMatches(actual, p.dtype);
      return {
        pass,
        observed: actual,
        expected: p.dtype,
        message: pass ? `${p.column} is ${actual}` : `${p.column} is ${actual}, expected ${p.dtype}`,
      };
    }),
});

const ageUnits: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/** "24h", "7d", "1d12h", "90m" -> milliseconds; undefined when malformed. */
export function parseAge(text: string): number | undefined {
  const s = text.replace(/\s+/g, '');
  if (!/^(\d+(\.\d+)?(ms|s|m|h|d|w))+$/.test(s)) return undefined;
  let total = 0;
  for (const m of s.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g)) total += Number(m[1]) * ageUnits[m[2]!]!;
  return total;
}

/** 93784000 -> "1d 2h 3m"; the two largest units are enough for a message. */
export function formatAge(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  let rest = Math.abs(ms);
  const parts: string[] = [];
  for (const [u, size] of [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1000],
  ] as const) {
    const n = Math.floor(rest / size);
    if (n > 0 || (u === 's' && parts.length === 0)) parts.push(`${n}${u}`);
    rest -= n * size;
  }
  return sign + parts.slice(0, 2).join(' ');
}

const freshness = defineCheck({
  name: 'freshness',
  category: 'table',
  summary: 'The newest timestamp in a column is at most `max_age` old.',
  doc:
    'Takes the newest non-null value of `column` (a Date, a Datetime, or text holding ISO-8601 timestamps such ' +
    'as `2024-05-31`, `2024-05-31 12:00:00` or `2024-05-31T12:00:00+09:00`; give `format` for anything else) ' +
    'and fails when it is older than `max_age` relative to the start of the run. Ages are written as a number ' +
    'and a unit, combinable: `90m`, `24h`, `7d`, `1d12h` (units ms, s, m, h, d, w). Timestamps without a zone ' +
    'are taken as UTC. Text values that do not parse are ignored and counted in `observed`.',
  defaultSeverity: 'high',
  merge: 'exact',
  params: z
    .object({
      column,
      max_age: z
        .string()
        .refine((s) => parseAge(s) !== undefined, {
          message: 'write an age like `24h`, `7d`, `90m` or `1d12h`',
        })
        .describe('Largest allowed age of the newest value, e.g. 24h, 7d'),
      format: z
        .string()
        .min(1)
        .optional()
        .describe('strftime format of text timestamps, e.g. %d/%m/%Y %H:%M'),
    })
    .strict(),
  example: { column: 'updated_at', max_age: '24h' },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const dtype = requireDtype(ctx, 'freshness', p.column, 'date');
    const c = col(p.column);
    // Text is read like the date checks read it (probed ISO shape first), or with `format`.
    const epoch =
      p.format && isStringDtype(dtype)
        ? c.cast('String').strptime(p.format).epochMs('Datetime(ms)')
        : c.epochMs(dtype);
    const newest = epoch.max();
    const unparsed = isStringDtype(dtype) ? c.isNotNull().and(epoch.isNull()).sum() : lit(0);
    const maxAge = parseAge(p.max_age)!;
    return {
      kind: 'aggregate',
      metrics: { newest, unparsed },
      evaluate: (m) => {
        const ms = toNumber(m.newest);
        const skipped = toNumber(m.unparsed) ?? 0;
        const note = skipped > 0 ? ` (${formatCountOf(skipped, 'value')} did not parse as a timestamp)` : '';
        if (ms === null) {
          return {
            pass: false,
            observed: { newest: null, unparsed: skipped },
            expected: `newest within ${p.max_age}`,
            message: `no timestamps in ${p.column}${note}`,
          };
        }
        const age = ctx.now.getTime() - ms;
        const newestIso = new Date(ms).toISOString();
        return {
          pass: age <= maxAge,
          observed: {
            newest: newestIso,
            ageSeconds: Math.round(age / 1000),
            ...(skipped ? { unparsed: skipped } : {}),
          },
          expected: `newest within ${p.max_age}`,
          message: `newest ${p.column} is ${newestIso}, ${formatAge(age)} old; allowed ${p.max_age}${note}`,
        };
      },
    };
  },
});

const noDuplicateRows = defineCheck({
  name: 'no_duplicate_rows',
  category: 'table',
  summary: 'No two rows are identical (over all columns or a subset).',
  doc:
    'Fails on every row that has an identical twin, comparing all columns or only `columns` when given. Both ' +
    'copies count as failing, so two identical rows give a failing count of 2. Nulls compare equal to nulls ' +
    'here (two rows that are both empty in the same places are duplicates). With `where`, only rows inside ' +
    'the filter are compared. Needs all rows at once, so partitioned runs merge it globally.',
  defaultSeverity: 'medium',
  merge: 'global',
  params: z.object({ columns: columnList.optional() }).strict(),
  example: {},
  columns: (p) => p.columns ?? [],
  plan: (p, ctx) => ({
    kind: 'row',
    fails: duplicated((p.columns ?? Object.keys(ctx.schema)).map(col)),
    clean: keysDistinct((p.columns ?? Object.keys(ctx.schema)).map(col), false),
    judged: 'all',
    expected: 'no duplicate rows',
    describe: 'duplicate rows',
  }),
});

const rowCountCompare = defineCheck({
  name: 'row_count_compare',
  category: 'table',
  summary: 'Row count is close to that of another source.',
  doc:
    'Compares the number of rows (after `where`) with the row count of the source `other`, e.g. a staging ' +
    "table with its production table or today's extract with yesterday's. Give `tolerance` (0.1 = within " +
    '±10% of `other`) or a ratio range `min_ratio`/`max_ratio` of rows over other rows; with neither the ' +
    'counts must be equal. The other source is counted with its own light query.',
  defaultSeverity: 'high',
  params: z
    .object({
      other: z.string().min(1).describe('Name of the source to compare with'),
      tolerance: z.number().min(0).optional().describe('Allowed relative difference, 0.1 = ±10%'),
      min_ratio: z.number().min(0).optional().describe('Least rows / other rows'),
      max_ratio: z.number().min(0).optional().describe('Largest rows / other rows'),
    })
    .strict()
    .refine((p) => p.tolerance === undefined || (p.min_ratio === undefined && p.max_ratio === undefined), {
      message: 'give `tolerance` or `min_ratio`/`max_ratio`, not both',
    }),
  example: { other: 'orders_yesterday', tolerance: 0.1 },
  readsSources: (p) => [p.other],
  columns: () => [],
  plan: (p, ctx): AggregateSpec => {
    const tol = p.tolerance ?? 0;
    const lo = p.min_ratio ?? (p.max_ratio === undefined ? 1 - tol : undefined);
    const hi = p.max_ratio ?? (p.min_ratio === undefined ? 1 + tol : undefined);
    const verdict = (rows: number, other: number): CheckOutcome => {
      const ratio = other === 0 ? (rows === 0 ? 1 : Infinity) : rows / other;
      const pass = inRange(ratio, lo, hi);
      const expected =
        p.min_ratio !== undefined || p.max_ratio !== undefined
          ? `rows / ${p.other} rows ${describeRange(lo, hi)}`
          : tol === 0
            ? `= ${p.other} rows`
            : `within ±${formatPercent(tol)} of ${p.other} rows`;
      return {
        pass,
        observed: { rows, otherRows: other, ratio: Number.isFinite(ratio) ? ratio : null },
        expected,
        message: `${formatCountOf(rows, 'row')} vs ${formatCount(other)} in ${p.other} (ratio ${Number.isFinite(ratio) ? ratio.toFixed(3) : '∞'}); expected ${expected}`,
      };
    };
    // On a SQL source the other source is counted by a subquery of the same aggregate query.
    if (ctx.otherSql)
      return {
        kind: 'aggregate',
        metrics: { rows: rows(), other: rowCountOfOther(ctx.otherSql(p.other)) },
        evaluate: (m) => verdict(toNumber(m.rows) ?? 0, toNumber(m.other) ?? 0),
      };
    // Counted here (plan time, before the fused query) so the verdict stays a plain aggregate.
    const counted = ctx.other(p.other).lazy().select(pl.len().alias('n')).collectSync();
    const other = toNumber(counted.getColumn('n').get(0)) ?? 0;
    return {
      kind: 'aggregate',
      metrics: { rows: rows() },
      evaluate: (m) => verdict(toNumber(m.rows) ?? 0, other),
    };
  },
});

/** A verdict from the schema alone: no metric joins the fused query. */
function schemaOnly(judge: () => CheckOutcome): AggregateSpec {
  return { kind: 'aggregate', metrics: {}, evaluate: judge };
}

export const tableChecks = [
  rowCount,
  columnCount,
  columnsPresent,
  schemaCheck,
  columnDtype,
  freshness,
  noDuplicateRows,
  rowCountCompare,
];
