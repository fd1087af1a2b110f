import type { Profile } from '../profile/types.ts';
import type { Report, SourceResult } from '../result/schema.ts';

/**
 * The metrics a run leaves behind, per source: names are `<metric>` or `<metric>:<column>` (or a
 * check id), so a chart or an anomaly check finds a series by name without reading the data.
 */
export type RunMetrics = Record<string, number>;

/** What an anomaly check puts in `observed`: the series it judged and today's value. */
export interface AnomalyObserved {
  metric: string;
  value: number | null;
}

export const ANOMALY_SUFFIX = '_anomaly';

export function isAnomalyCheck(type: string): boolean {
  return type.endsWith(ANOMALY_SUFFIX);
}

/** Row count, each check's failing fraction, and the metric every anomaly check observed. */
export function metricsOfSource(source: SourceResult): { metrics: RunMetrics; anomalies: string[] } {
  const metrics: RunMetrics = {};
  const anomalies: string[] = [];
  if (source.rowCount !== null && !source.error) metrics.row_count = source.rowCount;
  for (const c of source.checks) {
    // A skipped anomaly check (no history to judge against) still measured its metric: keep it,
    // so the history starts with the first run.
    if (c.status === 'error' || (c.status === 'skip' && !isAnomalyCheck(c.type))) continue;
    if (c.failingFraction !== null && Number.isFinite(c.failingFraction))
      metrics[`failing_fraction:${c.id}`] = c.failingFraction;
    if (!isAnomalyCheck(c.type)) continue;
    const o = c.observed as Partial<AnomalyObserved> | null;
    if (typeof o?.metric !== 'string') continue;
    if (typeof o.value === 'number' && Number.isFinite(o.value)) metrics[o.metric] = o.value;
    if (c.status === 'fail') anomalies.push(o.metric);
  }
  return { metrics, anomalies };
}

export function metricsOfReport(report: Report): Map<string, { metrics: RunMetrics; anomalies: string[] }> {
  return new Map(report.sources.map((s) => [s.name, metricsOfSource(s)]));
}

/** Per column: null fraction, distinct count, and mean/min/max of numeric columns. */
export function metricsOfProfile(profile: Profile): RunMetrics {
  const m: RunMetrics = { row_count: profile.table.rows };
  for (const c of profile.columns) {
    m[`null_fraction:${c.name}`] = c.nullFraction;
    m[`distinct:${c.name}`] = c.distinct.count;
    if (c.numeric && c.numeric.unit === 'value') {
      m[`mean:${c.name}`] = c.numeric.mean;
      m[`min:${c.name}`] = c.numeric.min;
      m[`max:${c.name}`] = c.numeric.max;
    }
  }
  return m;
}
