import pl from 'nodejs-polars';
import { toNumber } from '../toolkit/numbers.ts';
import type { QueryResult } from './merge.ts';
import { outputsOf, unproven, withMasks, type PlannedCheck, type SourcePlan } from './plan.ts';

/**
 * The whole-frame driver: one fused query for every check; checks whose `clean` proof failed then
 * get their exact failing rows and samples in one more query over only the columns they read, as
 * do failing checks whose samples wait for it (`lateSamples`, in suites of thousands of checks).
 */
export async function fusedQuery(plan: SourcePlan, list: PlannedCheck[]): Promise<QueryResult> {
  const exprs = [pl.len().alias('__tg_rows'), ...outputsOf(list, (p) => p.exprs)];
  // Failing masks are columns only where samples are in this query: not for a check with a `clean`
  // proof or late samples (they need theirs in the second query, if at all).
  const firstFrame = withMasks(
    plan,
    plan.frame,
    list.filter((p) => !p.deferred && !p.lateSamples),
  );
  const df = await firstFrame.select(...exprs).collect();
  const metrics = (df.toRecords()[0] ?? {}) as Record<string, unknown>;
  const failing = (p: PlannedCheck): boolean => (toNumber(metrics[p.row!.failing.name]) ?? 0) > 0;
  const again = list.filter((p) => unproven(p.deferred, metrics) || (p.lateSamples && failing(p)));
  const dirty = again.flatMap((p) => (p.deferred ? p.deferred.exprs : p.row!.samples));
  if (dirty.length) {
    const rest = await withMasks(plan, plan.frame, again)
      .select(...dirty)
      .collect();
    Object.assign(metrics, rest.toRecords()[0]);
  }
  return { rowCount: toNumber(metrics.__tg_rows) ?? 0, metrics };
}
