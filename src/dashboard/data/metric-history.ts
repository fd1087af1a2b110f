import { presets, judge, type ModelOptions } from '../../core/history/model.ts';
import { readHistory, seriesOf } from '../../core/history/store.ts';
import type { ObjectStore } from '../../core/store/store.ts';
import type { ChartPoint } from '../views/metric-chart.ts';

/** Runs charted per metric: the newest ones, each judged against the runs before it. */
const MAX_POINTS = 180;

/** The model a metric is judged with, from its name (as the anomaly checks name their series). */
function optionsFor(metric: string): Partial<ModelOptions> {
  if (metric.startsWith('null_fraction:')) return presets.nullFraction;
  if (metric.startsWith('freshness_lag:')) return presets.freshness;
  if (metric === 'row_count' || metric.startsWith('row_count@') || metric.startsWith('distinct:'))
    return presets.rowCount;
  return presets.statistic;
}

export interface MetricHistory {
  suite: string;
  source: string;
  metric: string;
  points: ChartPoint[];
  /** Every metric of the source, for links to the other charts. */
  metrics: string[];
}

/**
 * A metric's series from the store with the band the model expected before each run; a run is
 * anomalous when an anomaly check said so then, or when the model says so now.
 */
export async function metricHistory(
  store: ObjectStore,
  suite: string,
  source: string,
  metric: string,
): Promise<MetricHistory | undefined> {
  const file = await readHistory(store, suite, source);
  if (!file) return undefined;
  const flagged = new Set(file.runs.filter((r) => r.anomalies?.includes(metric)).map((r) => r.t));
  const series = seriesOf(file, metric);
  const options = optionsFor(metric);
  const points = series.slice(-MAX_POINTS).map((p): ChartPoint => {
    const verdict = judge(series, p, options);
    return {
      ...p,
      band: verdict.status === 'learning' ? null : verdict.band,
      anomaly: flagged.has(p.t) || verdict.status === 'anomaly',
    };
  });
  return { suite, source, metric, points, metrics: Object.keys(file.metrics).sort() };
}
