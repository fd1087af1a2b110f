import { randomUUID } from 'node:crypto';
import type { CheckInstance } from '../checks/instance.ts';
import { TruthgateError } from '../errors.ts';
import { RESULT_SCHEMA_VERSION, type Report, type SourceResult } from '../result/schema.ts';
import { runStatus, summarize } from '../result/status.ts';
import { openSource, type OpenedSource } from '../sources/open.ts';
import { isSqlSource } from '../sources/spec.ts';
import type { LoadedSuite } from '../suite/load.ts';
import type { HistoryLookup } from '../history/series.ts';
import { VERSION } from '../version.ts';
import { runSource } from './run-source.ts';
import { erroredSource } from './merge.ts';
import { runSqlSource } from './sql-source.ts';

export interface RunOptions {
  /** Only these sources (default: every source that has checks). */
  sources?: string[];
  failOn?: Report['failOn'];
  sampleSize?: number;
  /** Fixed clock for reproducible runs (tests, replays). */
  now?: Date;
  runId?: string;
  /** Past metrics per source, for anomaly checks (see src/core/history). */
  history?: HistoryLookup;
  onProgress?: (event: { source: string; index: number; total: number; phase: 'start' | 'done' }) => void;
}

export async function runSuite(suite: LoadedSuite, opts: RunOptions = {}): Promise<Report> {
  // A run with nothing to check would pass without reading the data.
  if (!hasChecks(suite, opts.sources))
    throw new TruthgateError('TG_SUITE_NO_CHECKS', {}, { location: { file: suite.path } });
  return runChecks(suite, opts);
}

export function hasChecks(suite: LoadedSuite, sources?: string[]): boolean {
  return (sources ?? Object.keys(suite.checks)).some((n) => (suite.checks[n] ?? []).length > 0);
}

/**
 * runSuite without the empty-suite guard: for the reduce step of a partitioned run, where the
 * partitions may already have run every check (see partition.ts) and nothing is left to run here.
 */
export async function runChecks(suite: LoadedSuite, opts: RunOptions = {}): Promise<Report> {
  const startedAt = opts.now ?? new Date();
  const t0 = performance.now();
  const names = opts.sources ?? Object.keys(suite.checks);
  for (const n of names) {
    if (!(n in suite.sources)) throw new TruthgateError('TG_UNKNOWN_SOURCE', { name: n, suggestion: '' });
  }
  const opened = new Map<string, OpenedSource>();
  const open = (name: string): OpenedSource => {
    let s = opened.get(name);
    if (!s) {
      const spec = suite.sources[name];
      if (!spec) throw new TruthgateError('TG_UNKNOWN_SOURCE', { name, suggestion: '' });
      s = openSource(name, spec, { baseDir: suite.baseDir });
      opened.set(name, s);
    }
    return s;
  };

  const sampleSize = opts.sampleSize ?? suite.sampleSize;
  /** One source's result: SQL sources run in their database, file sources in polars. */
  const runOne = async (name: string, checks: CheckInstance[]): Promise<SourceResult> => {
    const spec = suite.sources[name]!;
    const history = opts.history ? { history: opts.history(name) } : {};
    if (isSqlSource(spec)) {
      const { connections, baseDir } = suite;
      return runSqlSource(name, spec, checks, {
        now: startedAt,
        sampleSize,
        connections,
        baseDir,
        others: suite.sources,
        ...history,
      });
    }
    let source: OpenedSource;
    try {
      source = open(name);
    } catch (err) {
      return unopenedSource(name, spec.path, err, checks);
    }
    return runSource(source, checks, {
      now: startedAt,
      sampleSize,
      others: open,
      baseDir: suite.baseDir,
      ...history,
    });
  };

  const results: SourceResult[] = [];
  for (const [index, name] of names.entries()) {
    opts.onProgress?.({ source: name, index, total: names.length, phase: 'start' });
    results.push(await runOne(name, suite.checks[name] ?? []));
    opts.onProgress?.({ source: name, index, total: names.length, phase: 'done' });
  }

  const failOn = opts.failOn ?? suite.failOn;
  const all = results.flatMap((s) => s.checks);
  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    tool: { name: 'truthgate', version: VERSION },
    runId: opts.runId ?? randomUUID(),
    suite: suite.name,
    status: runStatus(all, failOn, results.filter((s) => s.error).length),
    failOn,
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - t0),
    summary: summarize(all),
    sources: results,
  };
}

function unopenedSource(
  name: string,
  uri: string,
  err: unknown,
  checks: LoadedSuite['checks'][string],
): SourceResult {
  const e =
    err instanceof TruthgateError
      ? err
      : new TruthgateError('TG_SOURCE_READ', { path: uri, detail: String(err) });
  return erroredSource({ name, uri, format: 'unknown', fingerprint: null, durationMs: 0 }, e, checks);
}
