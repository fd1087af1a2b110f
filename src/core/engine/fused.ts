import pl from 'nodejs-polars';
import { toNumber } from '../toolkit/numbers.ts';
import type { QueryResult } from './merge.ts';
import { unproven, withMasks, type PlannedCheck, type SourcePlan } from './plan.ts';

/**
 * The whole-frame driver: one fused query for every check; checks whose `clean` proof failed then
 * get their exact failing rows and samples in one more query over only the columns they read.
 */
export async function fusedQuery(plan: SourcePlan, list: PlannedCheck[]): Promise<QueryResult> {
  const exprs = [pl.len().alias('__tg_rows'), ...list.flatMap((p) => p.exprs)];
  // A check with a `clean` proof needs its failing mask only in the second query.
  const first = withMasks(
    plan,
    plan.frame,
    list.filter((p) => !p.deferred),
  );
  const df = await first.select(...exprs).collect();
  const metrics = (df.toRecords()[0] ?? {}) as Record<string, unknown>;
  const unclean = list.filter((p) => unproven(p.deferred, metrics));
  const dirty = unclean.flatMap((p) => p.deferred!.exprs);
  if (dirty.length)
    Object.assign(
      metrics,
      (
        await withMasks(plan, plan.frame, unclean)
          .select(...dirty)
          .collect()
      ).toRecords()[0],
    );
  return { rowCount: toNumber(metrics.__tg_rows) ?? 0, metrics };
}
