import type { RunFilter, RunRow } from '../data/runs.ts';
import { runKinds, runStatuses, severityFilters } from '../data/runs.ts';
import { badge, duration, num, runHref, severity, sourceHref, time } from './format.ts';
import { html, type Html } from './html.ts';

export interface RunsView {
  filter: RunFilter;
  invalid: string[];
  rows: RunRow[];
  next?: string;
  firstPage: boolean;
  sources: string[];
  suites: string[];
}

export function runsPage(v: RunsView): Html {
  const f = v.filter;
  const nextHref = v.next ? `/runs?${new URLSearchParams({ ...clean(f), page: v.next })}` : null;
  return html`<h1>Runs</h1>
    <form class="filters" method="get" action="/runs">
      ${select('kind', 'Kind', runKinds, f.kind)}
      <label
        >Source <input name="source" list="dl-sources" value="${f.source ?? ''}" autocomplete="off"
      /></label>
      <label>Suite <input name="suite" list="dl-suites" value="${f.suite ?? ''}" autocomplete="off" /></label>
      ${select('status', 'Status', runStatuses, f.status)}
      ${select('severity', 'Severity', severityFilters, f.severity)}
      <label>From <input type="date" name="since" value="${f.since ?? ''}" /></label>
      <label>To <input type="date" name="until" value="${f.until ?? ''}" /></label>
      <button type="submit">Filter</button> <a href="/runs">Clear</a>
      <datalist id="dl-sources">${v.sources.map((s) => html`<option value="${s}"></option>`)}</datalist>
      <datalist id="dl-suites">${v.suites.map((s) => html`<option value="${s}"></option>`)}</datalist>
    </form>
    ${v.invalid.length ? html`<p class="notice">Ignored invalid filter values: ${v.invalid.join(', ')}.</p>` : ''}
    ${runsTable(v.rows)}
    <nav class="pager">
      ${v.firstPage ? '' : html`<a href="/runs?${new URLSearchParams(clean(f)).toString()}">« Newest</a>`}
      ${nextHref ? html`<a rel="next" href="${nextHref}">Older runs »</a>` : html`<span class="muted">End of history</span>`}
    </nav>`;
}

export function runsTable(rows: RunRow[]): Html {
  if (rows.length === 0) return html`<p class="empty">No runs match.</p>`;
  return html`<div class="table-wrap">
    <table class="runs">
      <thead>
        <tr>
          <th>Started</th>
          <th>Kind</th>
          <th>Suite</th>
          <th>Sources</th>
          <th>Status</th>
          <th>Severity</th>
          <th class="n">Failed</th>
          <th class="n">Duration</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) =>
            html`<tr>
              <td><a href="${runHref(r.workflowId, r.runId)}">${time(r.startTime)}</a></td>
              <td>${r.kind}</td>
              <td>${r.suite ?? html`<span class="muted">—</span>`}</td>
              <td>${r.sources.map((s, i) => html`${i ? ', ' : ''}<a href="${sourceHref(s)}">${s}</a>`)}</td>
              <td>${badge(r.status)}</td>
              <td>${severity(r.severity)}</td>
              <td class="n">${num(r.failedChecks)}</td>
              <td class="n">
                ${r.closeTime ? duration(r.closeTime.getTime() - r.startTime.getTime()) : '—'}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function select(name: string, label: string, options: readonly string[], current: string | undefined): Html {
  return html`<label
    >${label}
    <select name="${name}">
      <option value="">any</option>
      ${options.map((o) => html`<option${o === current ? html` selected` : ''}>${o}</option>`)}
    </select></label
  >`;
}

function clean(f: RunFilter): Record<string, string> {
  return Object.fromEntries(
    Object.entries(f).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''),
  );
}
