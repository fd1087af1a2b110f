import { z } from 'zod';
import { defineCheck } from './define.ts';
import { describeRange, inRange, requireABound, toNumber } from './params.ts';

const rowCount = defineCheck({
  name: 'row_count',
  category: 'table',
  summary: 'Number of rows is within a range or equals a value.',
  doc:
    'Counts the rows of the source (after `where`, when given) and compares the count with `min`, `max` or ' +
    '`equals`. Use it to catch truncated loads, empty extracts and runaway duplication. The count comes from ' +
    'the same fused scan as every other check of the source, so it costs nothing extra.',
  defaultSeverity: 'high',
  params: z
    .object({
      min: z.number().int().min(0).optional(),
      max: z.number().int().min(0).optional(),
      equals: z.number().int().min(0).optional(),
    })
    .strict()
    .refine((p) => requireABound(p) || p.equals !== undefined, { message: 'give `min`, `max` or `equals`' }),
  example: { min: 1000 },
  columns: () => [],
  plan: (p, ctx) => ({
    kind: 'aggregate',
    metrics: { rows: ctx.rows() },
    evaluate: (m) => {
      const rows = toNumber(m.rows) ?? 0;
      const pass = p.equals !== undefined ? rows === p.equals : inRange(rows, p.min, p.max);
      const expected = p.equals !== undefined ? `= ${p.equals}` : describeRange(p.min, p.max);
      return { pass, observed: rows, expected, message: `${rows} rows, expected ${expected}` };
    },
  }),
});

export const tableChecks = [rowCount];
