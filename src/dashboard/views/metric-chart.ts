import type { Band, Point } from '../../core/history/model.ts';
import { chart } from './chart.ts';
import { html, type Html } from './html.ts';

/** One run of a metric as charted: its value, the band expected before it ran, and the verdict. */
export interface ChartPoint extends Point {
  band: Band | null;
  anomaly: boolean;
}

/** Run times as labels: the day, or day and hour when runs are more frequent than daily. */
function labels(points: ChartPoint[]): string[] {
  const days = points.map((p) => new Date(p.t).toISOString().slice(0, 10));
  const hourly = new Set(days).size < days.length;
  return points.map((p, i) =>
    hourly ? new Date(p.t).toISOString().slice(0, 16).replace('T', ' ') : days[i]!,
  );
}

/**
 * A metric's time series with the dashboard's chart helper (chart.js, like every other chart):
 * the band expected before each run as a shaded area between its low and high lines, the observed
 * values as a line, anomalous runs as red markers. The caption (and the table of the page) keeps
 * it readable without scripts.
 */
export function metricChart(points: ChartPoint[], title: string): Html {
  if (points.length === 0) return html`<p class="empty">No runs of ${title} in the history yet.</p>`;
  const anomalies = points.filter((p) => p.anomaly).length;
  return chart(
    {
      type: 'line',
      zero: false,
      labels: labels(points),
      datasets: [
        {
          label: 'expected low',
          data: points.map((p) => p.band?.low ?? null),
          color: 'info',
          hideInLegend: true,
        },
        {
          label: 'expected range',
          data: points.map((p) => p.band?.high ?? null),
          color: 'info',
          fill: 'previous',
        },
        { label: title, data: points.map((p) => p.v), color: 'info' },
        {
          label: 'anomaly',
          data: points.map((p) => (p.anomaly ? p.v : null)),
          color: 'fail',
          pointsOnly: true,
        },
      ],
    },
    `${title}: ${points.length} runs, ${anomalies} anomalous; the shaded band is the range expected before each run.`,
  );
}
