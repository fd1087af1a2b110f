import type { PreviousRun, StateChange, ValidationResult } from '../activities/types.ts';

const failing = (s: string | undefined): boolean => s === 'fail' || s === 'error';

/**
 * What changed since the previous run of the suite, if anything worth telling someone about:
 * a new critical failure, a new metric anomaly, a pass turning into a failure (a first run that
 * fails counts), or a failure (or every anomaly) clearing up. Pure, so workflow code can call it deterministically.
 */
export function stateChange(previous: PreviousRun | null, now: ValidationResult): StateChange | null {
  const before = new Set(previous?.criticalFailing ?? []);
  const newCritical = now.criticalFailing.filter((id) => !before.has(id));
  const from = previous?.status ?? null;
  const base = { from, to: now.status, newCritical };
  if (newCritical.length > 0) return { kind: 'new_critical', ...base };
  // Anomalies alert once when they appear (whatever their severity) and recover with the run.
  const anomalous = new Set(previous?.anomalies ?? []);
  const newAnomalies = (now.anomalies ?? []).filter((id) => !anomalous.has(id));
  if (newAnomalies.length > 0) return { kind: 'anomaly_detected', ...base, newAnomalies };
  if (failing(now.status) && !failing(from ?? undefined)) return { kind: 'pass_to_fail', ...base };
  const cleared = anomalous.size > 0 && (now.anomalies ?? []).length === 0;
  if (previous && (failing(from ?? undefined) || cleared) && !failing(now.status))
    return { kind: 'fail_to_pass', ...base };
  return null;
}
