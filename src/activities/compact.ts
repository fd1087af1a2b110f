import { highestFailingSeverity, severityRank } from '../core/result/status.ts';
import type { CheckResult, Report } from '../core/result/schema.ts';
import type { PreviousRun, TopIssue, ValidationResult } from './types.ts';
import {
  boundText,
  jsonBytes,
  MAX_LISTED_IDS,
  MAX_SOURCES,
  MAX_TOP_ISSUES,
  RESULT_BUDGET_BYTES,
} from './bounds.ts';

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
      message: boundText(c.message),
      failingCount: c.failingCount,
      failingFraction: c.failingFraction,
    }));
}

/**
 * The workflow's result: summary and the top issues without samples (samples can hold personal
 * data and the full report is one store read away). Bounded (see bounds.ts): lists are cut with
 * a note in `truncated`, messages are shortened.
 */
export function compactResult(
  report: Report,
  reportKey: string,
  previous: PreviousRun | null,
  topN = 10,
): ValidationResult {
  const checks = report.sources.flatMap((s) => s.checks);
  const critical = criticalFailing(report);
  const result: ValidationResult = {
    runId: report.runId,
    suite: report.suite,
    status: report.status,
    failOn: report.failOn,
    startedAt: report.startedAt,
    durationMs: report.durationMs,
    summary: report.summary,
    highestSeverity: highestFailingSeverity(checks),
    sources: report.sources.slice(0, MAX_SOURCES).map((s) => ({
      name: s.name,
      rowCount: s.rowCount,
      fingerprint: s.fingerprint,
      ...(s.error ? { error: s.error.code } : {}),
    })),
    topIssues: topIssues(checks, Math.min(topN, MAX_TOP_ISSUES)),
    reportKey,
    previous,
    criticalFailing: critical,
    criticalFailingCount: critical.length,
  };
  return bound(result, report.sources.length);
}

/**
 * Cuts the lists until the result fits its budget. The critical ids keep the new ones (not
 * failing in the previous run) first, and the previous run's list keeps only ids still listed:
 * the workflow's state change (new critical = listed now minus listed before) stays exact.
 */
function bound(r: ValidationResult, sourceCount: number): ValidationResult {
  const before = new Set(r.previous?.criticalFailing ?? []);
  const ordered = [
    ...r.criticalFailing.filter((id) => !before.has(id)),
    ...r.criticalFailing.filter((id) => before.has(id)),
  ];
  let keepIds = Math.min(MAX_LISTED_IDS, ordered.length);
  let keepIssues = r.topIssues.length;
  for (;;) {
    const listed = ordered.slice(0, keepIds);
    const shown = new Set(listed);
    const notes = [
      ...(listed.length < ordered.length
        ? [`criticalFailing: ${listed.length} of ${ordered.length} listed (new ones first)`]
        : []),
      ...(keepIssues < r.topIssues.length
        ? [`topIssues: ${keepIssues} of ${r.topIssues.length} listed`]
        : []),
      ...(sourceCount > r.sources.length ? [`sources: ${r.sources.length} of ${sourceCount} listed`] : []),
    ];
    const out: ValidationResult = {
      ...r,
      topIssues: r.topIssues.slice(0, keepIssues),
      criticalFailing: listed,
      previous: r.previous
        ? { ...r.previous, criticalFailing: r.previous.criticalFailing.filter((id) => shown.has(id)) }
        : null,
      ...(notes.length ? { truncated: [...notes, `full report: ${r.reportKey}`] } : {}),
    };
    // The workflow's result repeats the new critical ids in its state change: count them twice.
    const bytes = jsonBytes(out) + jsonBytes(listed);
    if (bytes <= RESULT_BUDGET_BYTES || (keepIds === 0 && keepIssues === 0)) return out;
    keepIds = Math.floor(keepIds / 2);
    keepIssues = Math.floor(keepIssues / 2);
  }
}
