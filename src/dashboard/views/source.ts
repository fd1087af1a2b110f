import type { SourceHistory } from '../data/service.ts';
import { chart } from './chart.ts';
import { html, type Html } from './html.ts';
import { runsTable } from './runs.ts';

const MAX_NULL_SERIES = 8;

export function sourcePage(h: SourceHistory): Html {
  const pts = h.points;
  const labels = pts.map((p) => p.at.toISOString().slice(0, 16).replace('T', ' '));
  const validation = pts.filter((p) => p.failedChecks !== null);
  // The columns that were ever most null are the interesting ones.
  const columns = [...new Set(pts.flatMap((p) => Object.keys(p.nullFractions)))]
    .map((c) => ({ c, max: Math.max(...pts.map((p) => p.nullFractions[c] ?? 0)) }))
    .sort((a, b) => b.max - a.max || a.c.localeCompare(b.c))
    .slice(0, MAX_NULL_SERIES)
    .map((x) => x.c);
  return html`<h1>Source <span class="mono">${h.name}</span></h1>
    ${
      pts.length === 0
        ? html`<p class="empty">No stored reports or profiles for this source yet.</p>`
        : html`<div class="grid">
            ${chart({ type: 'line', labels, datasets: [{ label: 'rows', data: pts.map((p) => p.rowCount), color: 'info' }] }, `Row count over the last ${pts.length} runs.`)}
            ${chart(
              {
                type: 'bar',
                labels: validation.map((p) => p.at.toISOString().slice(0, 16).replace('T', ' ')),
                datasets: [
                  { label: 'failed checks', data: validation.map((p) => p.failedChecks), color: 'fail' },
                ],
              },
              `Failed checks per validation run (${validation.length} runs).`,
            )}
            ${
              columns.length
                ? chart(
                    {
                      type: 'line',
                      labels,
                      percent: true,
                      datasets: columns.map((c) => ({
                        label: c,
                        data: pts.map((p) => p.nullFractions[c] ?? null),
                      })),
                    },
                    `Null fraction of ${columns.join(', ')} over time (profiles, else not_null checks).`,
                  )
                : ''
            }
          </div>`
    }
    <h2>Runs</h2>
    ${runsTable(h.runs.slice(0, 50))}`;
}
