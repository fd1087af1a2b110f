import pl from 'nodejs-polars';
import { z } from 'zod';
import { TruthgateError } from '../errors.ts';
import { executeSql } from '../toolkit/sql.ts';
import { polarsDetail } from '../toolkit/polars-error.ts';
import { formatCount, formatCountOf } from '../toolkit/format.ts';
import { jsonSafe } from '../toolkit/values.ts';
import { defineCheck, type CheckOutcome } from './define.ts';
import { toNumber } from '../toolkit/numbers.ts';

/** Returned rows shown in `observed`. */
export const CUSTOM_SQL_EXAMPLES = 5;

const sql = defineCheck({
  name: 'sql',
  category: 'custom',
  summary: 'A SQL query over the source returns no rows (its rows are the failures).',
  doc:
    'Runs `query`, a SQL SELECT over the source, which is available as the table `source` and under its own ' +
    'name; every row the query returns is a failure. Write the rule as "find the bad rows", e.g. ' +
    "`SELECT * FROM source WHERE amount < 0 AND status = 'paid'`, or aggregate over groups (`GROUP BY ... " +
    'HAVING ...`). `max_failures` tolerates that many returned rows. `observed` holds the number of returned ' +
    'rows and the first 5 of them. With `where`, the query sees only matching rows. The query runs on its own, ' +
    'outside the fused scan (polars SQL dialect).',
  defaultSeverity: 'high',
  params: z
    .object({
      query: z.string().min(1).describe('SQL SELECT over `source` whose returned rows are failures'),
      max_failures: z.number().int().min(0).optional().describe('Returned rows tolerated (default 0)'),
    })
    .strict(),
  sqlParams: ['query'],
  example: { query: "SELECT order_id FROM source WHERE status = 'paid' AND paid_at IS NULL" },
  sqlOwnQuery: true,
  columns: () => [],
  plan: (p, ctx) => ({
    kind: 'standalone',
    run: async () => {
      const frame = ctx.frame();
      let result: pl.LazyDataFrame;
      let counted: pl.DataFrame;
      let head: pl.DataFrame;
      try {
        result = executeSql({ source: frame, [ctx.source.name]: frame }, p.query);
        // Counted and sampled separately so a query returning millions of rows is never materialised.
        [counted, head] = await Promise.all([
          result.select(pl.len().alias('n')).collect(),
          result.head(CUSTOM_SQL_EXAMPLES).collect(),
        ]);
      } catch (err) {
        throw new TruthgateError('TG_SQL_INVALID', { detail: polarsDetail(err) });
      }
      const failing = toNumber(counted.getColumn('n').get(0)) ?? 0;
      return customSqlOutcome(
        failing,
        jsonSafe(head.toRecords()) as Record<string, unknown>[],
        p.max_failures,
      );
    },
  }),
});

/** The verdict on a custom query's returned rows; SQL sources run the query in their database. */
export function customSqlOutcome(
  failing: number,
  examples: Record<string, unknown>[],
  maxFailures: number | undefined,
): CheckOutcome {
  const allowed = maxFailures ?? 0;
  return {
    pass: failing <= allowed,
    observed: { failingRows: failing, examples },
    expected: allowed === 0 ? 'no rows returned' : `at most ${formatCountOf(allowed, 'row')} returned`,
    failingCount: failing,
    message:
      failing === 0
        ? 'the query returned no rows'
        : `the query returned ${formatCountOf(failing, 'row')}${allowed > 0 ? `; tolerated up to ${formatCount(allowed)}` : ''}`,
  };
}

export const customChecks = [sql];
