import { html, jsonBlock, type Html } from './html.ts';

/** Series colours are named; static/charts.js maps them to theme colours. */
export interface ChartSpec {
  type: 'bar' | 'line';
  labels: string[];
  datasets: {
    label: string;
    data: (number | null)[];
    color?: string;
    /** Shade the area down to the previous dataset (an expected band between two lines). */
    fill?: 'previous';
    /** Markers only, no line: gaps (nulls) are the unmarked runs. */
    pointsOnly?: boolean;
    hideInLegend?: boolean;
  }[];
  stacked?: boolean;
  /** The y axis starts at zero (default); off for values far from it, like a mean. */
  zero?: boolean;
  /** Values are fractions shown as percentages. */
  percent?: boolean;
  yTitle?: string;
}

let seq = 0;

/**
 * A chart: a canvas plus its data as a JSON block that static/charts.js reads (no inline script,
 * so the CSP needs no 'unsafe-inline'). The caption keeps the page meaningful without scripts.
 */
export function chart(spec: ChartSpec, caption: string): Html {
  const id = `chart-${++seq}`;
  return html`<figure class="chart">
    <div class="chart-box"><canvas data-chart="${id}" role="img" aria-label="${caption}"></canvas></div>
    ${jsonBlock(id, spec)}
    <figcaption>${caption}</figcaption>
  </figure>`;
}
