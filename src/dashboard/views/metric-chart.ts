import type { Band, Point } from '../../core/history/model.ts';
import { html, type Html } from './html.ts';

/** One run of a metric as charted: its value, the band expected before it ran, and the verdict. */
export interface ChartPoint extends Point {
  band: Band | null;
  anomaly: boolean;
}

const W = 720;
const H = 240;
const PAD = { left: 64, right: 12, top: 12, bottom: 28 };

const fmt = (v: number): string =>
  Math.abs(v) >= 1000 || Number.isInteger(v) ? Math.round(v).toLocaleString('en-US') : v.toPrecision(3);
const day = (t: number): string => new Date(t).toISOString().slice(0, 10);

/**
 * A server-rendered SVG time series: the expected band as a shaded area, the observed values as a
 * line, anomalous runs as red dots with a tooltip. No script and no chart library: it renders in
 * any browser, prints, and passes the dashboard's CSP as it is.
 */
export function metricChart(points: ChartPoint[], title: string): Html {
  if (points.length === 0) return html`<p class="empty">No runs of ${title} in the history yet.</p>`;
  const t0 = points[0]!.t;
  const t1 = Math.max(points.at(-1)!.t, t0 + 1);
  const values = points.flatMap((p) => [p.v, ...(p.band ? [p.band.low, p.band.high] : [])]);
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (hi === lo) [lo, hi] = [lo - 1, hi + 1];
  const x = (t: number): number => PAD.left + ((t - t0) / (t1 - t0)) * (W - PAD.left - PAD.right);
  const y = (v: number): number => PAD.top + (1 - (v - lo) / (hi - lo)) * (H - PAD.top - PAD.bottom);
  const xy = (t: number, v: number): string => `${x(t).toFixed(1)},${y(v).toFixed(1)}`;
  const banded = points.filter((p) => p.band);
  const area = banded.length
    ? [
        ...banded.map((p) => xy(p.t, p.band!.high)),
        ...[...banded].reverse().map((p) => xy(p.t, p.band!.low)),
      ].join(' ')
    : '';
  const line = points.map((p, i) => `${i ? 'L' : 'M'}${xy(p.t, p.v)}`).join(' ');
  const anomalies = points.filter((p) => p.anomaly);
  return html`<figure class="chart metric-chart">
    <svg
      viewBox="0 0 ${W} ${H}"
      width="100%"
      role="img"
      aria-label="${title}"
      xmlns="http://www.w3.org/2000/svg"
    >
      <rect
        x="${PAD.left}"
        y="${PAD.top}"
        width="${W - PAD.left - PAD.right}"
        height="${H - PAD.top - PAD.bottom}"
        fill="none"
        stroke="#8884"
      />
      ${area ? html`<polygon class="band" points="${area}" fill="#3b82f633" stroke="none"><title>expected range</title></polygon>` : ''}
      <path class="observed" d="${line}" fill="none" stroke="#3b82f6" stroke-width="1.5" />
      ${anomalies.map(
        (p) =>
          html`<circle
            class="anomaly"
            cx="${x(p.t).toFixed(1)}"
            cy="${y(p.v).toFixed(1)}"
            r="4"
            fill="#dc2626"
            ><title>
              ${day(p.t)}: ${fmt(p.v)}${p.band ? `, expected ${fmt(p.band.low)}–${fmt(p.band.high)}` : ''}
            </title></circle
          >`,
      )}
      <text x="${PAD.left - 6}" y="${PAD.top + 10}" text-anchor="end" font-size="11">${fmt(hi)}</text>
      <text x="${PAD.left - 6}" y="${H - PAD.bottom}" text-anchor="end" font-size="11">${fmt(lo)}</text>
      <text x="${PAD.left}" y="${H - 8}" font-size="11">${day(t0)}</text>
      <text x="${W - PAD.right}" y="${H - 8}" text-anchor="end" font-size="11">${day(t1)}</text>
    </svg>
    <figcaption>
      ${title}: ${points.length} runs, ${anomalies.length} anomalous; the shaded band is the range expected
      before each run.
    </figcaption>
  </figure>`;
}
