import { redactDeep } from '../core/redact.ts';
import type { Report } from '../core/result/schema.ts';
import { runSuite } from '../core/engine/run-suite.ts';
import { isAnomalyCheck } from '../core/history/metrics.ts';
import { loadHistory, recordReport, type RecordReportOptions } from '../core/history/store.ts';
import { MAX_LISTED_IDS } from './bounds.ts';
import { loadSuiteFile } from '../core/suite/load.ts';
import { dirOf, previousKey, reportKey } from '../core/store/layout.ts';
import type { ObjectStore } from '../core/store/store.ts';
import { compactResult, criticalFailing } from './compact.ts';
import { asActivity } from './failure.ts';
import { withHeartbeat } from './heartbeat.ts';
import { prefetchSuiteObjects } from './prefetch.ts';
import type { PreviousRun, ValidationActivityInput, ValidationResult } from './types.ts';

/** Runs a suite, stores the full report under the run's key and returns the compact result. */
export function runValidationActivity(store: ObjectStore) {
  return (input: ValidationActivityInput): Promise<ValidationResult> =>
    asActivity(() => withHeartbeat(() => validate(store, input)));
}

/**
 * The activity's work: anomaly checks read the suite's metric history from the worker's store,
 * and the run's metrics are appended after the report is stored (a retry replaces its own point).
 */
export async function validate(
  store: ObjectStore,
  input: ValidationActivityInput,
): Promise<ValidationResult> {
  const suite = loadSuiteFile(input.suite);
  await prefetchSuiteObjects(suite, input.sources);
  const requestedAt = new Date(input.requestedAt);
  const report = await runSuite(suite, {
    sources: input.sources,
    failOn: input.failOn,
    runId: input.runId,
    now: requestedAt,
    history: await loadHistory(store, suite.name, input.sources ?? Object.keys(suite.checks)),
  });
  return finishRun(store, report, requestedAt, input.topIssues);
}

/**
 * After a run (whole or merged from partitions): store the report, then append the run's metrics
 * (and `extra` ones, e.g. per-partition row counts) to the history. A corrupted or busy history
 * file costs the point, not the run: the anomaly checks already reported a corrupted one.
 */
export async function finishRun(
  store: ObjectStore,
  report: Report,
  requestedAt: Date,
  topIssues: number | undefined,
  extra?: RecordReportOptions['extra'],
): Promise<ValidationResult> {
  const result = {
    ...(await storeReport(store, report, requestedAt, topIssues)),
    anomalies: anomalyIds(report),
  };
  await recordReport(store, report, requestedAt, extra ? { extra } : {});
  return result;
}

/**
 * Stores a report (idempotent per run) and reads the previous run of the same suite. Values from
 * `${ENV}` are redacted first: the stored report and the workflow result never hold them.
 */
export async function storeReport(
  store: ObjectStore,
  full: Report,
  requestedAt: Date,
  topIssues?: number,
): Promise<ValidationResult> {
  const report = redactDeep(full);
  const key = reportKey(report.suite, requestedAt, report.runId);
  await store.put(key, `${JSON.stringify(report, null, 2)}\n`);
  const previous = await readPrevious(store, key);
  return compactResult(report, key, previous, topIssues);
}

async function readPrevious(store: ObjectStore, key: string): Promise<PreviousRun | null> {
  const prev = await previousKey(store, dirOf(key), key);
  if (!prev) return null;
  const text = await store.get(prev);
  if (text === undefined) return null;
  try {
    const report = JSON.parse(text) as Report;
    return {
      runId: report.runId,
      status: report.status,
      reportKey: prev,
      criticalFailing: criticalFailing(report),
      anomalies: anomalyIds(report),
    };
  } catch {
    return null;
  }
}

/** Ids of failing anomaly checks (bounded like the other id lists of a compact result). */
function anomalyIds(report: Report): string[] {
  return report.sources
    .flatMap((s) => s.checks)
    .filter((c) => c.status === 'fail' && isAnomalyCheck(c.type))
    .map((c) => c.id)
    .slice(0, MAX_LISTED_IDS);
}
