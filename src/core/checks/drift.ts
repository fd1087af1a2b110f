import { resolve } from 'node:path';
import { z } from 'zod';
import { driftCompare, type DriftOptions } from '../drift/compare.ts';
import { driftSqlCurrent } from '../drift/sql-drift.ts';
import { quoteIdent } from '../expr/sql.ts';
import { driftMethods, MethodChoice, Thresholds, type DriftReport } from '../drift/schema.ts';
import { TruthgateError } from '../errors.ts';
import { looksLikeProfile, readProfileFile } from '../profile/io.ts';
import type { Profile } from '../profile/types.ts';
import type { OpenedSource } from '../sources/open.ts';
import { defineCheck, type CheckDefinition, type PlanContext } from './define.ts';
import { columnList } from './params.ts';

const params = z
  .object({
    baseline: z.string().min(1).describe('A source name of the suite, or the path of a saved profile JSON'),
    columns: columnList.optional().describe('Columns to compare (default: all)'),
    method: MethodChoice.optional().describe(`auto (default) or one of ${driftMethods.join(', ')}`),
    threshold: z.number().positive().optional().describe('Threshold of the named method'),
    thresholds: Thresholds.partial().strict().optional().describe('Thresholds per method, and alpha'),
    max_drifted_share: z.number().min(0).max(1).optional().describe('Tolerated share of drifted columns'),
  })
  .strict()
  .refine((p) => p.threshold === undefined || (p.method !== undefined && p.method !== 'auto'), {
    message: '`threshold` needs a named `method`; with auto use `thresholds: { psi: .., ks: .. }`',
  });
type DriftParams = z.infer<typeof params>;

const drift = defineCheck({
  name: 'drift',
  category: 'drift',
  summary: 'Column distributions have not drifted from a baseline source or saved profile.',
  doc:
    'Compares each column with `baseline`: another source of the suite, or the path (relative to the suite ' +
    'file) of a profile saved with `truthgate profile --format json`, so the baseline data need not be ' +
    'present. `method: auto` uses PSI over baseline-decile bins plus the Kolmogorov–Smirnov statistic for ' +
    'numeric and temporal columns, and chi-square (Cramér’s V) plus Jensen–Shannon distance for categorical ' +
    'ones; `ks`, `psi`, `chi2`, `js`, `wasserstein`, `hellinger` and `tv` pick one. A column drifts when a ' +
    'distance exceeds its threshold and, where the metric has one, the p-value is below 0.05, so large ' +
    'tables are judged by effect size and small ones are not flagged for noise. `threshold` overrides the ' +
    'named method’s threshold, `thresholds` any of them. The check fails when the share of drifted columns ' +
    'exceeds `max_drifted_share` (default 0: any drifted column) or a baseline column is missing or changed ' +
    'kind. On a SQL source the baseline must be a saved profile: the rows are counted against it in the ' +
    'database (the same report as for a file against that profile); a baseline source would have to be ' +
    'compared row by row in polars, so it is refused there (TG_CHECK_UNSUPPORTED_BACKEND). See docs/drift.md.',
  defaultSeverity: 'medium',
  merge: 'global',
  params,
  example: { baseline: 'orders_last_month', method: 'auto' },
  sqlRun: {
    unsupported: (p, ctx) =>
      // A .json path is a profile (a missing or bad one is its own coded error when read).
      p.baseline.toLowerCase().endsWith('.json') || looksLikeProfile(resolve(ctx.baseDir, p.baseline))
        ? undefined
        : 'a baseline source is compared with the checked rows in polars; on a SQL source the drift check takes a profile saved with `truthgate profile --format json` as its baseline, and counts the rows against it in the database',
    run: async (p, source, where, ctx) => {
      const baseline = readProfileFile(resolve(ctx.baseDir, p.baseline));
      // `where` applies to the checked rows, as on files.
      const current = where
        ? {
            ...source,
            from: `(SELECT * FROM ${source.from} WHERE (${where})) AS ${quoteIdent(source.dialect, 'tg_where')}`,
          }
        : source;
      return outcome(await driftSqlCurrent(baseline, current, driftOptions(p)));
    },
  },
  // Columns missing from the data are schema drift (a result), not a configuration error.
  columns: () => [],
  plan: (p, ctx) => ({
    kind: 'standalone',
    run: async () => {
      const baseline = resolveBaseline(p.baseline, ctx);
      // `where` applies to the checked data; a baseline source is compared whole.
      const current: OpenedSource = { ...ctx.source, lazy: () => ctx.frame() };
      return outcome(await driftCompare(baseline, current, driftOptions(p)));
    },
  }),
});

function driftOptions(p: DriftParams): DriftOptions {
  return {
    ...(p.columns ? { columns: p.columns } : {}),
    ...(p.method ? { method: p.method } : {}),
    thresholds: {
      ...p.thresholds,
      ...(p.threshold !== undefined && p.method && p.method !== 'auto' ? { [p.method]: p.threshold } : {}),
    },
    ...(p.max_drifted_share !== undefined ? { maxDriftedShare: p.max_drifted_share } : {}),
  };
}

function resolveBaseline(baseline: string, ctx: PlanContext): OpenedSource | Profile {
  const path = resolve(ctx.baseDir, baseline);
  if (looksLikeProfile(path)) return readProfileFile(path);
  try {
    return ctx.other(baseline);
  } catch (err) {
    if (err instanceof TruthgateError && err.code === 'TG_UNKNOWN_SOURCE') {
      throw new TruthgateError('TG_DRIFT_BASELINE', { baseline });
    }
    throw err;
  }
}

function outcome(r: DriftReport): {
  pass: boolean;
  observed: unknown;
  expected: unknown;
  message: string;
  failingCount: number;
  failingFraction: number;
} {
  const flagged = r.columns.filter(
    (c) => c.status === 'drift' || c.status === 'missing' || c.status === 'retyped',
  );
  const d = r.dataset;
  const names = flagged.map((c) => (c.status === 'drift' ? c.column : `${c.column} (${c.status})`));
  return {
    pass: !d.drifted,
    observed: {
      driftedColumns: names,
      driftedShare: d.driftedShare,
      columns: Object.fromEntries(
        r.columns.map((c) => [
          c.column,
          { status: c.status, ...Object.fromEntries(c.metrics.map((m) => [m.method, m.value])) },
        ]),
      ),
    },
    expected: `drifted share <= ${d.maxDriftedShare} and no missing or retyped columns`,
    message: d.drifted
      ? `drift in ${flagged.length} of ${d.columns} columns: ${names.join(', ')}`
      : `no drift in ${d.columns} columns`,
    failingCount: flagged.length,
    failingFraction: d.driftedShare,
  };
}

export const driftChecks: CheckDefinition<never>[] = [drift as CheckDefinition<never>];
