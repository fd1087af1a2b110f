import type { Overview } from '../data/service.ts';
import { chart } from './chart.ts';
import { badge, num, runHref, severity, sourceHref, time } from './format.ts';
import { html, type Html } from './html.ts';

export function overviewPage(o: Overview): Html {
  const failing = o.sources.filter((s) => s.status === 'fail' || s.status === 'error').length;
  const t = o.trend;
  return html`<h1>Overview</h1>
    <p class="lead">
      ${o.sources.length} sources · ${failing} failing · ${num(o.runs)} validation runs in the last
      ${t.days.length} days${o.truncated ? ' (only the newest are counted)' : ''}.
    </p>
    ${chart(
      {
        type: 'bar',
        stacked: true,
        labels: t.days.map((d) => d.slice(5)),
        datasets: [
          { label: 'pass', data: t.pass, color: 'pass' },
          { label: 'warn', data: t.warn, color: 'warn' },
          { label: 'fail', data: t.fail, color: 'fail' },
          { label: 'error', data: t.error, color: 'error' },
        ],
        yTitle: 'runs per day',
      },
      `Validation runs per day (UTC), last ${t.days.length} days: ${sum(t.pass)} passed, ${sum(t.warn)} warned, ${sum(t.fail)} failed, ${sum(t.error)} errored.`,
    )}
    <h2>Sources</h2>
    ${o.sources.length === 0 ? emptyState() : sourcesTable(o)}`;
}

function sourcesTable(o: Overview): Html {
  return html`<div class="table-wrap">
    <table class="sources">
      <thead>
        <tr>
          <th>Source</th>
          <th>Status</th>
          <th>Highest failing severity</th>
          <th class="n">Failed checks</th>
          <th class="n">Rows</th>
          <th>Last run</th>
          <th>Next scheduled run</th>
        </tr>
      </thead>
      <tbody>
        ${o.sources.map(
          (s) =>
            html`<tr>
              <td>
                <a href="${sourceHref(s.name)}">${s.name}</a
                >${s.suite ? html`<div class="muted small">${s.suite}</div>` : ''}
              </td>
              <td>${badge(s.status)}</td>
              <td>${severity(s.severity)}</td>
              <td class="n">${num(s.failedChecks)}</td>
              <td class="n">${num(s.rowCount)}</td>
              <td>
                <a href="${runHref(s.lastRun.workflowId, s.lastRun.runId)}">${time(s.lastRun.startTime)}</a>
              </td>
              <td>${s.nextRun ? time(s.nextRun) : html`<span class="muted">not scheduled</span>`}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function emptyState(): Html {
  return html`<p class="empty">
    No validation runs yet. Start a worker (<code>truthgate worker</code> or <code>truthgate dev</code>) and
    run <code>truthgate run --suite truthgate.yml</code>, or schedule one with
    <code>truthgate schedule create</code>.
  </p>`;
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
