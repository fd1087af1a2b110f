import type pl from 'nodejs-polars';
import { lightExpr, rawExpr } from '../toolkit/polars-internals.ts';
import { derivedRead, withMasks, type PlannedCheck, type SourcePlan } from './plan.ts';

/** What one query over a frame of a source's checks asks for. */
export interface RowQuery {
  plan: SourcePlan;
  frame: pl.LazyDataFrame;
  /** The checks whose derived columns and failing masks the frame gets (see withMasks). */
  checks: PlannedCheck[];
  exprs: pl.Expr[];
  masked?: (p: PlannedCheck) => boolean;
  /** Try the derived columns' shortcuts (false once they are known not to hold on this frame). */
  shortcuts: boolean;
}

const EXACT = '__tg_exact:';

/**
 * The one-row result of a query, computing the derived columns by their shortcuts where it may: the
 * shortcuts' checks ride along in the same query, and where one does not hold (a text date column
 * of mixed shapes) the query runs again with the columns themselves. Returns the row and whether
 * the shortcuts may still be tried, so the queries after it on the same frame need not try them
 * again where they failed.
 */
export async function queryRow(q: RowQuery): Promise<{ row: Record<string, unknown>; shortcuts: boolean }> {
  const used = derivedRead(q.checks);
  const exact = q.shortcuts
    ? [...q.plan.derived].flatMap(([name, d]) =>
        used.has(name) && d.shortcut ? [lightExpr(rawExpr(d.shortcut.exact).alias(EXACT + name))] : [],
      )
    : [];
  const run = async (shortcuts: boolean, extra: pl.Expr[]): Promise<Record<string, unknown>> => {
    const df = await withMasks(q.plan, q.frame, q.checks, q.masked, shortcuts)
      .select(...q.exprs, ...extra)
      .collect();
    return (df.toRecords()[0] ?? {}) as Record<string, unknown>;
  };
  if (exact.length === 0) return { row: await run(false, []), shortcuts: q.shortcuts };
  const row = await run(true, exact);
  const held = Object.keys(row).every((k) => !k.startsWith(EXACT) || row[k] === true);
  if (!held) return { row: await run(false, []), shortcuts: false };
  for (const k of Object.keys(row)) if (k.startsWith(EXACT)) delete row[k];
  return { row, shortcuts: true };
}
