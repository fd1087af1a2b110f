import { isAnomalyCheck } from '../../core/history/metrics.ts';
import type { CheckResult } from '../../core/result/schema.ts';
import type { MetricHistory } from '../data/metric-history.ts';
import { html, type Html } from './html.ts';
import { metricChart } from './metric-chart.ts';

/** Link to the chart of one metric of a suite's source. */
export function metricHref(suite: string, source: string, metric: string): string {
  return `/history/${encodeURIComponent(suite)}/${encodeURIComponent(source)}/${encodeURIComponent(metric)}`;
}

/** The chart of the series an anomaly check judged, or null for other checks. */
export function anomalyChart(suite: string, source: string, c: CheckResult): string | null {
  const metric = (c.observed as { metric?: unknown } | null)?.metric;
  return isAnomalyCheck(c.type) && typeof metric === 'string' ? metricHref(suite, source, metric) : null;
}

export function metricPage(h: MetricHistory): Html {
  const recent = h.points.slice(-20).reverse();
  return html`<h1><span class="mono">${h.source}</span> · <span class="mono">${h.metric}</span></h1>
    <p class="muted small">Suite <span class="mono">${h.suite}</span></p>
    ${metricChart(h.points, h.metric)}
    <h2>Latest runs</h2>
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th>Run time</th>
            <th class="n">Value</th>
            <th class="n">Expected low</th>
            <th class="n">Expected high</th>
            <th>Verdict</th>
          </tr>
        </thead>
        <tbody>
          ${recent.map(
            (p) =>
              html`<tr class="${p.anomaly ? 'c-fail' : ''}">
                <td>${new Date(p.t).toISOString().slice(0, 16).replace('T', ' ')}</td>
                <td class="n">${p.v}</td>
                <td class="n">${p.band ? p.band.low.toPrecision(4) : '—'}</td>
                <td class="n">${p.band ? p.band.high.toPrecision(4) : '—'}</td>
                <td>${p.band === null ? 'learning' : p.anomaly ? 'anomaly' : 'normal'}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <h2>Other metrics</h2>
    <ul class="metric-links">
      ${h.metrics.map((m) => html`<li><a href="${metricHref(h.suite, h.source, m)}">${m}</a></li>`)}
    </ul>`;
}
