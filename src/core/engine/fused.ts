import pl from 'nodejs-polars';
import { toNumber } from '../toolkit/numbers.ts';
import type { QueryResult } from './merge.ts';
import { unproven, type PlannedCheck, type SourcePlan } from './plan.ts';

/**
 * The whole-frame driver: one fused query for every check; checks whose `clean` proof failed then
 * get their exact failing rows and samples in one more query over only the columns they read.
 */
export async function fusedQuery(plan: SourcePlan, list: PlannedCheck[]): Promise<QueryResult> {
  const exprs = [pl.len().alias('__tg_rows'), ...list.flatMap((p) => p.exprs)];
  const df = await plan.frame.select(...exprs).collect();
  const metrics = (df.toRecords()[0] ?? {}) as Record<string, unknown>;
  const dirty = list.flatMap((p) => (unproven(p.deferred, metrics) ? p.deferred.exprs : []));
  if (dirty.length) Object.assign(metrics, (await plan.frame.select(...dirty).collect()).toRecords()[0]);
  return { rowCount: toNumber(metrics.__tg_rows) ?? 0, metrics };
}
