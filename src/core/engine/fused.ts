import pl from 'nodejs-polars';
import { toNumber } from '../toolkit/numbers.ts';
import type { QueryResult } from './merge.ts';
import { outputsOf, unproven, type PlannedCheck, type SourcePlan } from './plan.ts';
import { queryRow } from './shortcut-query.ts';
import { mergeSample } from './samples.ts';

/**
 * The whole-frame driver: one fused query for every check; checks whose `clean` proof failed then
 * get their exact failing rows and samples in one more query over only the columns they read, as
 * do failing checks whose samples wait for it (`lateSamples`, in suites of thousands of checks).
 * Row-local failing checks of a source that slices cheaply find theirs in its leading rows.
 */
export async function fusedQuery(
  plan: SourcePlan,
  list: PlannedCheck[],
  sampleSize: number,
): Promise<QueryResult> {
  const exprs = [pl.len().alias('__tg_rows'), ...outputsOf(list, (p) => p.exprs)];
  // Failing masks are columns only where samples are in this query: not for a check with a `clean`
  // proof or late samples (they need theirs in a later query, if at all).
  const masked = (p: PlannedCheck): boolean => !p.deferred && !p.lateSamples;
  const { row: metrics, shortcuts } = await queryRow({
    plan,
    frame: plan.frame,
    checks: list,
    exprs,
    masked,
    shortcuts: true,
  });
  const failingRows = (p: PlannedCheck): number => toNumber(metrics[p.row!.failing.name]) ?? 0;
  const again = list.filter(
    (p) => unproven(p.deferred, metrics) || (p.lateSamples === 'frame' && failingRows(p) > 0),
  );
  const dirty = again.flatMap((p) => (p.deferred ? p.deferred.exprs : p.row!.samples));
  if (dirty.length) {
    const rest = await queryRow({ plan, frame: plan.frame, checks: again, exprs: dirty, shortcuts });
    Object.assign(metrics, rest.row);
  }
  const rowCount = toNumber(metrics.__tg_rows) ?? 0;
  const sliced = list.filter((p) => p.lateSamples === 'slices' && failingRows(p) > 0);
  if (sliced.length) {
    const wanted = (p: PlannedCheck): number => Math.min(sampleSize, failingRows(p));
    Object.assign(metrics, await samplesFromSlices(plan, sliced, wanted, rowCount, sampleSize, shortcuts));
  }
  return { rowCount, metrics };
}

/** Rows of the first slice samples are looked for in, and how much each next slice grows. */
const FIRST_SLICE = 65_536;
const SLICE_GROWTH = 4;

/**
 * The first failing rows of row-local checks, from leading slices of the frame: each slice asks
 * only for the checks still short of `wanted` rows, and the slices grow so that a check whose
 * failing rows are few and late costs at most about one more read of its columns. Failing rows
 * usually show up in the first slice, which costs a few percent of a full read. Polars slices
 * below the row-local SQL columns only (a `where` that reads other rows sees the whole frame).
 */
async function samplesFromSlices(
  plan: SourcePlan,
  checks: PlannedCheck[],
  wanted: (p: PlannedCheck) => number,
  rowCount: number,
  sampleSize: number,
  shortcuts: boolean,
): Promise<Record<string, unknown[]>> {
  const lists: Record<string, unknown[]> = {};
  let pending = checks;
  for (let offset = 0, length = FIRST_SLICE; pending.length && offset < rowCount;) {
    const frame = plan.frame.slice(offset, length);
    const exprs = pending.flatMap((p) => p.row!.samples);
    const { row: rec } = await queryRow({ plan, frame, checks: pending, exprs, shortcuts });
    for (const p of pending) mergeSample(p.row!.sample!, rec, lists, offset, sampleSize);
    pending = pending.filter((p) => lists[p.row!.sample!.rows]!.length < wanted(p));
    offset += length;
    length *= SLICE_GROWTH;
  }
  return lists;
}
