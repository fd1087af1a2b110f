import {
  severities,
  type CheckResult,
  type FailOn,
  type Report,
  type RunStatus,
  type Severity,
  type Summary,
} from './schema.ts';

const rank: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };

export function severityRank(s: Severity): number {
  return rank[s];
}

/** True when a failure of severity `s` must fail the run under `failOn`. */
export function atOrAbove(s: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && rank[s] >= rank[failOn];
}

/** `bySeverity` counts failed and errored checks, the ones someone has to look at. */
export function summarize(checks: CheckResult[]): Summary {
  const bySeverity = Object.fromEntries(severities.map((s) => [s, 0])) as Summary['bySeverity'];
  let passed = 0;
  let failed = 0;
  let errored = 0;
  let skipped = 0;
  for (const c of checks) {
    if (c.status === 'pass') passed++;
    else if (c.status === 'skip') skipped++;
    else {
      if (c.status === 'fail') failed++;
      else errored++;
      bySeverity[c.severity]++;
    }
  }
  return { checks: checks.length, passed, failed, errored, skipped, bySeverity };
}

/**
 * fail: a check at/above fail_on failed; error: nothing failed that high but a check or source
 * errored; warn: only failures below fail_on; pass: everything passed.
 */
export function runStatus(checks: CheckResult[], failOn: FailOn, sourceErrors = 0): RunStatus {
  if (checks.some((c) => c.status === 'fail' && atOrAbove(c.severity, failOn))) return 'fail';
  if (sourceErrors > 0 || checks.some((c) => c.status === 'error')) return 'error';
  if (checks.some((c) => c.status === 'fail')) return 'warn';
  return 'pass';
}

/** Highest severity among failed or errored checks, or null. */
export function highestFailingSeverity(checks: CheckResult[]): Severity | null {
  let best: Severity | null = null;
  for (const c of checks) {
    if (c.status !== 'fail' && c.status !== 'error') continue;
    if (best === null || rank[c.severity] > rank[best]) best = c.severity;
  }
  return best;
}

/** The status and summary of a run over `sources`: every check's result and each source's error. */
export function verdictOver(
  sources: Report['sources'],
  failOn: FailOn,
): Pick<Report, 'status' | 'summary' | 'sources'> {
  const all = sources.flatMap((s) => s.checks);
  return {
    status: runStatus(all, failOn, sources.filter((s) => s.error).length),
    summary: summarize(all),
    sources,
  };
}
