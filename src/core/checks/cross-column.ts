import { z } from 'zod';
import { col, sqlFragment, type Expr } from '../expr/node.ts';
import { defineCheck } from './define.ts';
import { column, columnList } from './params.ts';

/** Operator spellings accepted in suites, mapped to one canonical symbol each. */
const operators = {
  '<': '<',
  lt: '<',
  '<=': '<=',
  le: '<=',
  lte: '<=',
  '>': '>',
  gt: '>',
  '>=': '>=',
  ge: '>=',
  gte: '>=',
  '=': '=',
  '==': '=',
  eq: '=',
  '!=': '!=',
  '<>': '!=',
  ne: '!=',
} as const;
type Op = (typeof operators)[keyof typeof operators];

const holds: Record<Op, (l: Expr, r: Expr) => Expr> = {
  '<': (l, r) => l.lt(r),
  '<=': (l, r) => l.lte(r),
  '>': (l, r) => l.gt(r),
  '>=': (l, r) => l.gte(r),
  '=': (l, r) => l.eq(r),
  '!=': (l, r) => l.neq(r),
};

/** The operator that holds exactly where `op` does not (for "3 rows have a > b" wording). */
const negated: Record<Op, Op> = { '<': '>=', '<=': '>', '>': '<=', '>=': '<', '=': '!=', '!=': '=' };

const columnCompare = defineCheck({
  name: 'column_compare',
  category: 'cross_column',
  summary: 'On every row, one column compares to another as stated (a < b, a = b, ...).',
  doc:
    'Fails on every row where `left op right` does not hold, e.g. `shipped_at >= ordered_at` or ' +
    '`discount <= price`. `op` is one of `<`, `<=`, `>`, `>=`, `=`, `!=` (or `lt`, `le`, `gt`, `ge`, `eq`, ' +
    '`ne`). Both columns must be comparable (numbers with numbers, dates with dates, text with text). Rows ' +
    'where either side is null are not judged.',
  defaultSeverity: 'high',
  params: z
    .object({
      left: column.describe('Column on the left of the comparison'),
      op: z.enum(Object.keys(operators) as [keyof typeof operators, ...(keyof typeof operators)[]]),
      right: column.describe('Column on the right of the comparison'),
    })
    .strict(),
  example: { left: 'shipped_at', op: '>=', right: 'ordered_at' },
  columns: (p) => [p.left, p.right],
  plan: (p) => {
    const op = operators[p.op];
    return {
      kind: 'row',
      fails: holds[op](col(p.left), col(p.right)).not(),
      expected: `${p.left} ${op} ${p.right}`,
      describe: `${p.left} ${negated[op]} ${p.right}`,
    };
  },
});

const expression = defineCheck({
  name: 'expression',
  category: 'cross_column',
  summary: 'A SQL boolean condition holds on every row.',
  doc:
    'Evaluates `expression`, a SQL boolean condition over the columns of the row (e.g. ' +
    '`quantity * unit_price = total` or `end_date IS NULL OR end_date > start_date`), and fails on every row ' +
    'where it is false. A row where it evaluates to null (a null operand) fails too, unless `null_ok: true`. ' +
    'The condition is computed inside the same fused scan as the other checks. List the columns it reads in ' +
    '`columns` to show them with failing samples.',
  defaultSeverity: 'high',
  params: z
    .object({
      expression: z.string().min(1).describe('SQL boolean condition that must be true on every row'),
      null_ok: z.boolean().optional().describe('A null result counts as passing'),
      columns: columnList.optional().describe('Columns shown with failing samples'),
    })
    .strict(),
  sqlParams: ['expression'],
  example: { expression: 'quantity * unit_price = total', columns: ['quantity', 'unit_price', 'total'] },
  columns: (p) => p.columns ?? [],
  plan: (p) => ({
    kind: 'row',
    fails: sqlFragment(p.expression)
      .fillNull(p.null_ok === true)
      .not(),
    judged: 'all',
    expected: p.expression,
    describe: `${p.null_ok === true ? 'false' : 'false or null'} \`${p.expression}\``,
  }),
});

export const crossColumnChecks = [columnCompare, expression];
