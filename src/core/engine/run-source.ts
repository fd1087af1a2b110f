import pl from 'nodejs-polars';
import type { CheckInstance } from '../checks/instance.ts';
import { TruthgateError } from '../errors.ts';
import type { SourceResult } from '../result/schema.ts';
import { explainReadError, type OpenedSource } from '../sources/open.ts';
import { chunkedQuery } from './chunked.ts';
import { fusedQuery } from './fused.ts';
import {
  checkResult,
  collectSamples,
  erroredSource,
  judgeChecks,
  sourceResult,
  type QueryResult,
} from './merge.ts';
import {
  isolateBrokenChecks,
  planSource,
  queried,
  type PlannedCheck,
  type PlanOptions,
  type SourcePlan,
} from './plan.ts';

export type RunSourceOptions = PlanOptions;

/**
 * Runs every check of one source: plans them against its schema, has the fused driver (or the
 * chunked one, for sources read in chunks) answer every row and aggregate check in one pass,
 * and turns the answers into the source's result. Standalone plans run their own query.
 */
export async function runSource(
  source: OpenedSource,
  checks: CheckInstance[],
  opts: RunSourceOptions,
): Promise<SourceResult> {
  const t0 = performance.now();
  const failed = (err: unknown): SourceResult =>
    sourceError(source, explainReadError(source, err, opts.baseDir), checks, t0);
  let plan: SourcePlan;
  try {
    plan = await planSource(source, checks, opts);
  } catch (err) {
    return failed(err);
  }
  for (const p of plan.checks)
    if (p.error?.code === 'TG_CHECK_DTYPE') p.error = await withExample(plan.base, p.error);
  const query = (list: PlannedCheck[]): Promise<QueryResult> =>
    source.chunked ? chunkedQuery(plan, list, opts.sampleSize) : fusedQuery(plan, list, opts.sampleSize);

  // Broken expressions (e.g. a string function on a number) fail at plan time on an empty frame.
  const list = queried(plan);
  let answers: QueryResult;
  try {
    answers = await query(list);
  } catch (err) {
    if ((await isolateBrokenChecks(plan, list)) === 0) return failed(err);
    try {
      answers = await query(list.filter((p) => !p.error));
    } catch (err2) {
      return failed(err2);
    }
  }
  const judged = await judgeChecks(plan, answers.metrics);
  const samples = await collectSamples(plan, judged, answers);
  const results = plan.checks.map((p, i) => checkResult(p.inst, p.plan, judged[i]!, samples[i]!));
  return sourceResult(
    source,
    {
      rowCount: answers.rowCount,
      columns: plan.schema.columns,
      checks: results,
      durationMs: performance.now() - t0,
    },
    opts.baseDir,
  );
}

/**
 * Compiles every check against the source's schema without reading its rows: plans (unknown
 * columns, bad regexes), SQL expressions (`where`, `expression`) and the fused expressions, all
 * on an empty frame. Returns every problem, located at its check in the suite file.
 */
export async function compileSource(
  source: OpenedSource,
  checks: CheckInstance[],
  opts: RunSourceOptions,
): Promise<TruthgateError[]> {
  const plan = await planSource(source, checks, opts);
  await isolateBrokenChecks(plan, queried(plan));
  return plan.checks.flatMap((p) =>
    p.error ? [new TruthgateError(p.error.code, p.error.params, { location: p.inst.location })] : [],
  );
}

/**
 * A wrong-dtype error with the first text value that does not read as a number, so the message
 * shows what changed in the data (e.g. `n/a` in an amount column). Only read on this error path.
 */
async function withExample(base: pl.LazyDataFrame, err: TruthgateError): Promise<TruthgateError> {
  const column = String(err.params.column);
  if (err.params.dtype !== 'String') return err;
  try {
    const v = pl.col('v');
    const df = await base
      .select(pl.intRange(0, pl.len()).alias('r'), pl.col(column).alias('v'))
      .filter(v.isNotNull().and(v.cast(pl.Float64, false).isNull()))
      .head(1)
      .collect();
    if (df.height === 0) return err;
    const { r, v: value } = df.toRecords()[0] as { r: number; v: string };
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return new TruthgateError('TG_CHECK_DTYPE', {
      ...err.params,
      example: ` (e.g. value '${shown}' at row ${r + 1})`,
    });
  } catch {
    return err;
  }
}

function sourceError(
  source: OpenedSource,
  err: TruthgateError,
  checks: CheckInstance[],
  t0: number,
): SourceResult {
  const { name, uri, format, fingerprint } = source;
  return erroredSource(
    { name, uri, format, fingerprint, durationMs: Math.round(performance.now() - t0) },
    err,
    checks,
  );
}
