import type { CheckInstance } from '../checks/instance.ts';
import { TruthgateError } from '../errors.ts';
import type { CheckResult, Report, SourceResult } from '../result/schema.ts';
import { verdictOver } from '../result/status.ts';
import { prefetchObjects } from '../sources/cloud/objects.ts';
import { listSourceFiles, openSource, type OpenedSource } from '../sources/open.ts';
import type { LoadedSuite } from '../suite/load.ts';
import { mergedRowResult, sourceResult } from './merge.ts';
import { planSource, type RowVerdictPlan } from './plan.ts';
import { runSource } from './run-source.ts';
import { hasChecks, runChecks, type RunOptions } from './run-suite.ts';

/**
 * Partitioned runs: a multi-file source is checked one file per task (possibly on different
 * machines) and merged into the Report a single-process run gives. Row checks merge exactly
 * (failing and judged counts sum; samples are the first failing rows in file order). Aggregate,
 * standalone and `merge: 'global'` checks need every row at once: the reduce step runs them over
 * the whole source.
 */

/** What one partition (one file of a source) found, for the mergeable checks only. */
export interface PartitionResult {
  source: string;
  fileIndex: number;
  rowCount: number | null;
  durationMs: number;
  /** Set when the file could not be read; the reduce step then runs the source whole. */
  error?: SourceResult['error'];
  checks: CheckResult[];
}

export interface PartitionOptions {
  now: Date;
  sampleSize?: number;
}

/** Sources of the run that span several files, with their file count. */
export function partitionedSources(
  suite: LoadedSuite,
  sources?: string[],
): { source: string; files: number }[] {
  const out: { source: string; files: number }[] = [];
  for (const name of sources ?? Object.keys(suite.checks)) {
    const spec = suite.sources[name];
    if (!spec || (suite.checks[name] ?? []).length === 0) continue;
    let files: number;
    try {
      // Listed only: planning downloads no object and reads no file.
      files = listSourceFiles(name, spec, { baseDir: suite.baseDir }).length;
    } catch {
      continue; // The reduce step reports the error exactly as a single run would.
    }
    if (files > 1) out.push({ source: name, files });
  }
  return out;
}

/**
 * Runs the exactly mergeable checks of `source` on its file number `fileIndex`. Only that file is
 * read (an object is the only one downloaded): the checks are classified on the file's own
 * schema, and the reduce step runs whole any check a partition could not (see mergePartitions).
 */
export async function runPartition(
  suite: LoadedSuite,
  source: string,
  fileIndex: number,
  opts: PartitionOptions,
): Promise<PartitionResult> {
  const spec = suite.sources[source]!;
  const file = listSourceFiles(source, spec, { baseDir: suite.baseDir })[fileIndex];
  if (file === undefined) throw new RangeError(`source ${source} has no file #${fileIndex}`);
  const own = { ...spec, path: file };
  // Downloaded without blocking the event loop, so the activity heartbeats through it.
  await prefetchObjects([own]);
  const part = openSource(source, own, { baseDir: suite.baseDir });
  const { exact } = await classify(part, suite.checks[source] ?? [], opts.now, suite);
  // Tolerances are applied after merging, so every partition with failing rows keeps samples.
  const checks = (suite.checks[source] ?? []).filter((c) => exact.has(c.id)).map(strictRowCheck);
  const result = await runSource(part, checks, {
    now: opts.now,
    sampleSize: opts.sampleSize ?? suite.sampleSize,
    others: (n) => open(suite, n),
    baseDir: suite.baseDir,
  });
  return {
    source,
    fileIndex,
    rowCount: result.rowCount,
    durationMs: result.durationMs,
    ...(result.error ? { error: result.error } : {}),
    checks: result.checks,
  };
}

/**
 * The reduce step: runs everything partitions did not (sources with one file, non-mergeable
 * checks) and merges the partitions, giving the Report of `runSuite(suite, opts)`.
 */
export async function mergePartitions(
  suite: LoadedSuite,
  partitions: PartitionResult[],
  opts: RunOptions & { now: Date },
): Promise<Report> {
  const bySource = new Map<string, PartitionResult[]>();
  for (const p of partitions) bySource.set(p.source, [...(bySource.get(p.source) ?? []), p]);
  const names = opts.sources ?? Object.keys(suite.checks);

  const merged = new Map<string, Merged>();
  const reduceChecks: LoadedSuite['checks'] = { ...suite.checks };
  for (const [name, parts] of bySource) {
    // A partition that could not read its file: run the source whole, errors and all.
    if (parts.some((p) => p.error)) continue;
    const whole = open(suite, name);
    const c = await classify(whole, suite.checks[name] ?? [], opts.now, suite);
    // A check some partition did not run (its file's schema differs) runs over the whole source.
    for (const id of [...c.exact.keys()])
      if (parts.some((p) => !p.checks.some((r) => r.id === id))) c.exact.delete(id);
    merged.set(name, { whole, ...c });
    reduceChecks[name] = (suite.checks[name] ?? []).filter((i) => !c.exact.has(i.id));
  }
  const runNames = names.filter((n) => !merged.has(n) || (reduceChecks[n] ?? []).length > 0);
  if (!hasChecks(suite, names))
    throw new TruthgateError('TG_SUITE_NO_CHECKS', {}, { location: { file: suite.path } });
  // The partitions may have run every check: then the reduce runs nothing, and must not refuse.
  const reduced = await runChecks({ ...suite, checks: reduceChecks }, { ...opts, sources: runNames });

  const sources = names.map((name): SourceResult => {
    const rest = reduced.sources.find((s) => s.name === name);
    const m = merged.get(name);
    if (!m) return rest!;
    const parts = [...bySource.get(name)!].sort((a, b) => a.fileIndex - b.fileIndex);
    return mergeSource(suite, m, parts, rest, opts.sampleSize ?? suite.sampleSize);
  });
  return { ...reduced, ...verdictOver(sources, reduced.failOn) };
}

/** Most files of one source whose row counts a run adds to the metric history. */
export const MAX_PARTITION_SERIES = 100;

/**
 * Each partition's row count, per source, as `partition_rows:<file>` metrics for the history (a
 * file that stops loading or loads half its rows shows in its own series). Files in the report's
 * order and naming; past MAX_PARTITION_SERIES files only the first are kept, so a glob over
 * thousands of files does not grow the history file without bound.
 */
export function partitionRowCounts(
  report: Report,
  partitions: PartitionResult[],
): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  for (const source of report.sources) {
    if (!source.files || source.error) continue;
    const metrics: Record<string, number> = {};
    for (const p of partitions) {
      const file = source.files[p.fileIndex];
      if (p.source !== source.name || file === undefined || p.rowCount === null) continue;
      if (p.fileIndex < MAX_PARTITION_SERIES) metrics[`partition_rows:${file}`] = p.rowCount;
    }
    if (Object.keys(metrics).length) out.set(source.name, metrics);
  }
  return out;
}

interface Merged {
  whole: OpenedSource;
  /** The source's checks that merge exactly, with their plans. */
  exact: Map<string, RowVerdictPlan>;
  columns: string[];
}

function mergeSource(
  suite: LoadedSuite,
  m: Merged,
  parts: PartitionResult[],
  rest: SourceResult | undefined,
  sampleSize: number,
): SourceResult {
  const { whole, exact } = m;
  const offsets: number[] = [];
  let rowCount = 0;
  for (const p of parts) {
    offsets.push(rowCount);
    rowCount += p.rowCount ?? 0;
  }
  // Results by id, looked up once per check (a scan per check is quadratic on big suites).
  const byId = (list: CheckResult[] | undefined): Map<string, CheckResult> =>
    new Map((list ?? []).map((c) => [c.id, c]));
  const others = byId(rest?.checks);
  const found = parts.map((p) => byId(p.checks));
  const checks = (suite.checks[whole.name] ?? []).map((inst): CheckResult => {
    const plan = exact.get(inst.id);
    if (!plan) return others.get(inst.id)!;
    const own = parts.map((p, i) => ({
      result: found[i]!.get(inst.id)!,
      rowOffset: offsets[i]!,
      file: whole.shownFiles[p.fileIndex]!,
    }));
    return mergedRowResult(inst, plan, own, sampleSize);
  });
  const durationMs = parts.reduce((n, p) => n + p.durationMs, rest?.durationMs ?? 0);
  return sourceResult(whole, { rowCount, columns: m.columns, checks, durationMs }, suite.baseDir);
}

/**
 * Plans the source's checks against its schema (no data is read) and keeps the row checks that
 * merge exactly. Checks that fail to plan go to the reduce step, which reports them as usual.
 */
async function classify(
  whole: OpenedSource,
  checks: CheckInstance[],
  now: Date,
  suite: LoadedSuite,
): Promise<Omit<Merged, 'whole'>> {
  const exact = new Map<string, RowVerdictPlan>();
  let plan;
  try {
    plan = await planSource(whole, checks, {
      now,
      sampleSize: 0,
      others: (n) => open(suite, n),
      baseDir: suite.baseDir,
    });
  } catch {
    return { exact, columns: [] };
  }
  for (const p of plan.checks)
    if (!p.error && p.exact && p.plan?.kind === 'row') exact.set(p.inst.id, p.plan);
  return { exact, columns: plan.schema.columns };
}

/** The same check without `mostly` or a plan tolerance: any failing row fails and is sampled. */
function strictRowCheck(inst: CheckInstance): CheckInstance {
  const { mostly: _mostly, ...rest } = inst;
  return {
    ...rest,
    plan: (ctx) => {
      const plan = inst.plan(ctx);
      return plan.kind === 'row' ? { ...plan, tolerated: undefined } : plan;
    },
  };
}

function open(suite: LoadedSuite, name: string): OpenedSource {
  return openSource(name, suite.sources[name]!, { baseDir: suite.baseDir });
}
