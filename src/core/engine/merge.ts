import type { CheckOutcome } from '../checks/define.ts';
import type { CheckInstance } from '../checks/instance.ts';
import { asTruthgateError, TruthgateError } from '../errors.ts';
import type { CheckResult, Sample, SourceResult } from '../result/schema.ts';
import { addSampleLines } from '../sources/csv-lines.ts';
import { displayPath } from '../sources/explain.ts';
import type { OpenedSource } from '../sources/open.ts';
import { toNumber } from '../toolkit/numbers.ts';
import { formatOutcomeMessage } from './message.ts';
import type { JudgedPlan, PlannedCheck, RowVerdictPlan, SourcePlan } from './plan.ts';
import { buildSamples, fileOffsets } from './samples.ts';

/**
 * Turning query answers into results, written once for every driver: verdicts from counts and
 * metrics, samples in dataset order, check results and the source's result.
 */

/** What the drivers' queries answered for one source. */
export interface QueryResult {
  rowCount: number;
  metrics: Record<string, unknown>;
  /** Dataset row index where each file starts, when the query learned it on the way. */
  offsets?: number[];
}

/** A check's verdict, or the error that kept it from one. */
export type Judged = { outcome: CheckOutcome } | { error: TruthgateError };

/** Judges every planned check from the query's metrics; standalone plans run their own query here. */
export async function judgeChecks(plan: SourcePlan, metrics: Record<string, unknown>): Promise<Judged[]> {
  const out: Judged[] = [];
  for (const p of plan.checks) {
    if (p.error || !p.plan) {
      out.push({ error: p.error ?? noOutcome() });
      continue;
    }
    try {
      out.push({ outcome: await judge(p, p.plan, metrics) });
    } catch (err) {
      out.push({
        error: new TruthgateError('TG_CHECK_ERROR', {
          check: p.inst.id,
          detail: asTruthgateError(err).message,
        }),
      });
    }
  }
  return out;
}

async function judge(p: PlannedCheck, plan: JudgedPlan, m: Record<string, unknown>): Promise<CheckOutcome> {
  if (plan.kind === 'row')
    return rowVerdict(
      plan,
      p.inst,
      toNumber(m[p.row!.failing.name]) ?? 0,
      toNumber(m[p.row!.judged.name]) ?? 0,
    );
  if (plan.kind === 'aggregate') {
    const own: Record<string, unknown> = {};
    for (const [name, alias] of Object.entries(p.metrics ?? {})) own[name] = m[alias];
    return plan.evaluate(own);
  }
  return plan.run();
}

/** A row check's verdict from its counts (summed over chunks or partitions alike). */
export function rowVerdict(
  plan: RowVerdictPlan,
  inst: CheckInstance,
  failing: number,
  judged: number,
): CheckOutcome {
  const fraction = judged > 0 ? failing / judged : 0;
  const tolerated = inst.mostly === undefined ? plan.tolerated : 1 - inst.mostly;
  // A tiny epsilon keeps 0.99 + 0.01 float noise from flipping a verdict at the exact boundary.
  const pass = tolerated === undefined ? failing === 0 : fraction <= tolerated + 1e-12;
  return {
    pass,
    observed: failing,
    expected: plan.expected,
    failingCount: failing,
    failingFraction: fraction,
    judgedCount: judged,
  };
}

/**
 * Samples of the failing row checks, from the query's lists, with file provenance and CSV lines.
 * Returned per check, in the plan's order.
 */
export async function collectSamples(
  plan: SourcePlan,
  judged: Judged[],
  queried: QueryResult,
): Promise<Sample[][]> {
  const { source } = plan;
  const failing = (i: number): boolean => {
    const j = judged[i]!;
    return plan.checks[i]!.row?.sample !== undefined && 'outcome' in j && !j.outcome.pass;
  };
  let offsets = queried.offsets;
  if (!offsets && source.files.length > 1 && plan.checks.some((_, i) => failing(i))) {
    try {
      offsets = await fileOffsets(source);
    } catch {
      // Provenance is a courtesy; samples keep their dataset row index without it.
    }
  }
  const samples = plan.checks.map((p, i) =>
    failing(i) ? buildSamples(p.row!.sample!, queried.metrics, source, plan.key, offsets) : [],
  );
  await addSampleLines(source, samples.flat());
  // Lines are found through the absolute path; reports name the file as the source shows it.
  const shown = new Map(source.files.map((f, i) => [f, source.shownFiles[i]!]));
  for (const s of samples.flat()) if (s.file !== undefined) s.file = shown.get(s.file) ?? s.file;
  return samples;
}

/** One check's result: its suite fields, then its verdict (or error) and samples. */
export function checkResult(
  inst: CheckInstance,
  plan: JudgedPlan | undefined,
  judged: Judged,
  samples: Sample[],
): CheckResult {
  const common = {
    id: inst.id,
    type: inst.type,
    columns: inst.columns(),
    severity: inst.severity,
    ...(inst.tags.length ? { tags: inst.tags } : {}),
    ...(inst.description ? { description: inst.description } : {}),
    ...(inst.where ? { where: inst.where } : {}),
    ...(inst.mostly !== undefined ? { mostly: inst.mostly } : {}),
  };
  if ('error' in judged) {
    const e = judged.error;
    return {
      ...common,
      status: 'error',
      observed: null,
      expected: null,
      failingCount: null,
      failingFraction: null,
      samples: [],
      message: e.message,
      errorCode: e.code,
    };
  }
  const o = judged.outcome;
  const row = plan?.kind === 'row' ? plan : undefined;
  return {
    ...common,
    status: o.skipped ? 'skip' : o.pass ? 'pass' : 'fail',
    observed: o.observed,
    expected: o.expected,
    failingCount: o.failingCount ?? null,
    failingFraction: o.failingFraction ?? null,
    ...(o.judgedCount !== undefined ? { judgedCount: o.judgedCount } : {}),
    samples,
    message: formatOutcomeMessage(o, row?.describe, row ? rowMostly(row, inst) : inst.mostly),
  };
}

/** The suite's `mostly`, or the one implied by a plan's own tolerance, for the message. */
function rowMostly(plan: RowVerdictPlan, inst: CheckInstance): number | undefined {
  if (inst.mostly !== undefined) return inst.mostly;
  return plan.tolerated !== undefined ? 1 - plan.tolerated : undefined;
}

/**
 * A row check merged from parts of its source read separately (partitions, in file order): counts
 * sum, the verdict is taken on the sums, samples are the first failing rows in dataset order.
 */
export function mergedRowResult(
  inst: CheckInstance,
  plan: RowVerdictPlan,
  parts: { result: CheckResult; rowOffset: number; file: string }[],
  sampleSize: number,
): CheckResult {
  const broken = parts.find((p) => p.result.status === 'error');
  if (broken) return broken.result;
  const failing = parts.reduce((n, p) => n + (p.result.failingCount ?? 0), 0);
  const judged = parts.reduce((n, p) => n + (p.result.judgedCount ?? 0), 0);
  const outcome = rowVerdict(plan, inst, failing, judged);
  const samples: Sample[] =
    !outcome.pass && failing > 0
      ? parts
          .flatMap((p) =>
            p.result.samples.map((s) => ({
              row: p.rowOffset + s.row,
              file: p.file,
              fileRow: s.row,
              ...(s.line !== undefined ? { line: s.line } : {}),
              values: s.values,
            })),
          )
          .slice(0, sampleSize)
      : [];
  return checkResult(inst, plan, { outcome }, samples);
}

/** A source's result around its check results: files, counts, warnings and timing. */
export function sourceResult(
  source: OpenedSource,
  found: { rowCount: number; columns: string[]; checks: CheckResult[]; durationMs: number },
  baseDir: string | undefined,
): SourceResult {
  return {
    name: source.name,
    uri: source.uri,
    format: source.format,
    ...(source.files.length > 1
      ? { files: source.files.map((f) => displayPath(f, baseDir ?? process.cwd())) }
      : {}),
    rowCount: found.rowCount,
    columnCount: found.columns.length,
    ...warningsOf(source, found.rowCount, found.columns),
    fingerprint: source.fingerprint,
    durationMs: Math.round(found.durationMs),
    checks: found.checks,
  };
}

/** Source warnings for the report: the opener's, plus an explicit note when there are no rows. */
function warningsOf(
  source: OpenedSource,
  rowCount: number,
  columns: string[],
): Pick<SourceResult, 'warnings'> {
  const all = [...source.warnings];
  if (rowCount === 0) {
    const path = source.files.length === 1 ? source.uri : `${source.uri} (${source.files.length} files)`;
    all.push(new TruthgateError('TG_SOURCE_NO_ROWS', { path, columns: columns.join(', ') || '(none)' }));
  }
  return all.length > 0 ? { warnings: all.map((w) => w.toJSON()) } : {};
}

/** A source that could not be opened or read: every check of it is reported as an error. */
export function erroredSource(
  base: Pick<SourceResult, 'name' | 'uri' | 'format' | 'fingerprint' | 'durationMs'>,
  err: TruthgateError,
  checks: CheckInstance[],
): SourceResult {
  return {
    ...base,
    rowCount: null,
    columnCount: null,
    error: err.toJSON(),
    checks: checks.map((inst) => ({
      id: inst.id,
      type: inst.type,
      columns: inst.columns(),
      severity: inst.severity,
      status: 'error' as const,
      observed: null,
      expected: null,
      failingCount: null,
      failingFraction: null,
      samples: [],
      message: `source could not be read: ${err.code}`,
      errorCode: err.code,
    })),
  };
}

function noOutcome(): TruthgateError {
  return new TruthgateError('TG_INTERNAL', { detail: 'check produced no outcome' });
}
