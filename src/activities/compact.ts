import { highestFailingSeverity, severityRank } from '../core/result/status.ts';
import type { CheckResult, Report } from '../core/result/schema.ts';
import type { PreviousRun, TopIssue, ValidationResult } from './types.ts';

/** Ids of critical checks that failed or errored. */
export function criticalFailing(report: Report): string[] {
  return report.sources
    .flatMap((s) => s.checks)
    .filter((c) => c.severity === 'critical' && (c.status === 'fail' || c.status === 'error'))
    .map((c) => c.id);
}

/** Most severe first, then failures before errors, then by id: stable across runs. */
function topIssues(checks: CheckResult[], n: number): TopIssue[] {
  return checks
    .filter(
      (c): c is CheckResult & { status: 'fail' | 'error' } => c.status === 'fail' || c.status === 'error',
    )
    .sort(
      (a, b) =>
        severityRank(b.severity) - severityRank(a.severity) ||
        (a.status === b.status ? 0 : a.status === 'fail' ? -1 : 1) ||
        a.id.localeCompare(b.id),
    )
    .slice(0, n)
    .map((c) => ({
      id: c.id,
      type: c.type,
      severity: c.severity,
      status: c.status,
      message: c.message,
      failingCount: c.failingCount,
      failingFraction: c.failingFraction,
    }));
}

/**
 * The workflow's result: summary and the top issues without samples (samples can hold personal
 * data and the full report is one store read away).
 */
export function compactResult(
  report: Report,
  reportKey: string,
  previous: PreviousRun | null,
  topN = 10,
): ValidationResult {
  const checks = report.sources.flatMap((s) => s.checks);
  return {
    runId: report.runId,
    suite: report.suite,
    status: report.status,
    failOn: report.failOn,
    startedAt: report.startedAt,
    durationMs: report.durationMs,
    summary: report.summary,
    highestSeverity: highestFailingSeverity(checks),
    sources: report.sources.map((s) => ({
      name: s.name,
      rowCount: s.rowCount,
      ...(s.error ? { error: s.error.code } : {}),
    })),
    topIssues: topIssues(checks, topN),
    reportKey,
    previous,
    criticalFailing: criticalFailing(report),
  };
}
