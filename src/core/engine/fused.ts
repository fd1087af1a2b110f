import pl from 'nodejs-polars';
import { toNumber } from '../toolkit/numbers.ts';
import type { QueryResult } from './merge.ts';
import { unproven, withMasks, type PlannedCheck, type SourcePlan } from './plan.ts';

/**
 * Sample lists in the first query above which they wait for the second one. Each list costs
 * polars about four times a count per check whether or not the check fails (measured on 5,000
 * checks), so past a few hundred row checks the lists outweigh a second pass over the few
 * columns of the checks that do fail. Hand-written suites stay under it: one scan, as before.
 */
export const FUSED_SAMPLE_LISTS = 1000;

/**
 * The whole-frame driver: one fused query for every check; checks whose `clean` proof failed then
 * get their exact failing rows and samples in one more query over only the columns they read,
 * as do the samples of failing checks in suites with more sample lists than FUSED_SAMPLE_LISTS.
 */
export async function fusedQuery(plan: SourcePlan, list: PlannedCheck[]): Promise<QueryResult> {
  const later =
    list.reduce((n, p) => n + (p.deferred ? 0 : (p.row?.samples.length ?? 0)), 0) > FUSED_SAMPLE_LISTS;
  const first = (p: PlannedCheck): pl.Expr[] =>
    later && p.row && !p.deferred ? p.exprs.filter((e) => !p.row!.samples.includes(e)) : p.exprs;
  const exprs = [pl.len().alias('__tg_rows'), ...list.flatMap(first)];
  // A check with a `clean` proof needs its failing mask only in the second query.
  const df = await withMasks(
    plan,
    plan.frame,
    list.filter((p) => !p.deferred),
  )
    .select(...exprs)
    .collect();
  const metrics = (df.toRecords()[0] ?? {}) as Record<string, unknown>;
  const failing = (p: PlannedCheck): boolean => (toNumber(metrics[p.row!.failing.name]) ?? 0) > 0;
  const again = list.filter(
    (p) => unproven(p.deferred, metrics) || (later && p.row && !p.deferred && failing(p)),
  );
  const dirty = again.flatMap((p) => (p.deferred ? p.deferred.exprs : p.row!.samples));
  if (dirty.length) {
    const rest = await withMasks(plan, plan.frame, again)
      .select(...dirty)
      .collect();
    Object.assign(metrics, rest.toRecords()[0]);
  }
  return { rowCount: toNumber(metrics.__tg_rows) ?? 0, metrics };
}
