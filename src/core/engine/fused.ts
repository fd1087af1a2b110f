import pl from 'nodejs-polars';
import { toNumber } from '../toolkit/numbers.ts';
import type { QueryResult } from './merge.ts';
import { unproven, type PlannedCheck, type SourcePlan } from './plan.ts';

/**
 * The whole-frame driver: one fused query for every check; checks whose `clean` proof failed then
 * get their exact failing rows and samples in one more query over only the columns they read, as
 * do failing checks whose samples wait for it (`lateSamples`, in suites of thousands of checks).
 */
export async function fusedQuery(plan: SourcePlan, list: PlannedCheck[]): Promise<QueryResult> {
  const exprs = [pl.len().alias('__tg_rows'), ...list.flatMap((p) => p.exprs)];
  const df = await plan.frame.select(...exprs).collect();
  const metrics = (df.toRecords()[0] ?? {}) as Record<string, unknown>;
  const failing = (p: PlannedCheck): boolean => (toNumber(metrics[p.row!.failing.name]) ?? 0) > 0;
  const dirty = list.flatMap((p) => {
    if (unproven(p.deferred, metrics)) return p.deferred.exprs;
    return p.lateSamples && failing(p) ? p.row!.samples : [];
  });
  if (dirty.length) Object.assign(metrics, (await plan.frame.select(...dirty).collect()).toRecords()[0]);
  return { rowCount: toNumber(metrics.__tg_rows) ?? 0, metrics };
}
