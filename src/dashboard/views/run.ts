import { posix } from 'node:path';
import type { DatasetDiff } from '../../core/diff/schema.ts';
import type { DriftReport } from '../../core/drift/schema.ts';
import type { Profile } from '../../core/profile/types.ts';
import { formatSamplePosition } from '../../core/render/format.ts';
import type { CheckResult, Report, SourceResult } from '../../core/result/schema.ts';
import type { RunDetail } from '../data/service.ts';
import { chart } from './chart.ts';
import { badge, duration, fingerprint, num, pct, severity, sourceHref, time, value } from './format.ts';
import { anomalyChart } from './metric-page.ts';
import { html, type Html } from './html.ts';

export function runPage(d: RunDetail, temporalUiUrl: string | null): Html {
  const r = d.row;
  const title = r.suite ?? d.profile?.source.name ?? r.workflowType;
  return html`<h1>${title} ${badge(r.status)}</h1>
    <dl class="summary">
      <dt>Kind</dt>
      <dd>${r.kind}</dd>
      <dt>Started</dt>
      <dd>${time(r.startTime)}</dd>
      <dt>Duration</dt>
      <dd>${r.closeTime ? duration(r.closeTime.getTime() - r.startTime.getTime()) : 'running'}</dd>
      ${d.report ? reportSummary(d.report) : ''}
      <dt>Sources</dt>
      <dd>${r.sources.map((s, i) => html`${i ? ', ' : ''}<a href="${sourceHref(s)}">${s}</a>`)}</dd>
      ${
        r.scheduleId
          ? html`<dt>Schedule</dt>
              <dd><a href="/schedules#${r.scheduleId}">${r.scheduleId}</a></dd>`
          : ''
      }
      <dt>Workflow</dt>
      <dd>
        <code>${r.workflowId}</code> ${
          temporalUiUrl
            ? html`· <a href="${temporalUiUrl}" rel="noopener noreferrer">open in Temporal UI</a>`
            : ''
        }
      </dd>
    </dl>
    ${d.failure ? html`<p class="notice error"><strong>${d.failure.code}</strong>: ${d.failure.message}</p>` : ''}
    ${d.report ? d.report.sources.map((s) => sourceSection(s, r.suitePath, d.report!.suite)) : ''}
    ${!d.report && d.result && d.row.kind === 'validation' ? compactSection(d.result) : ''}
    ${d.profile ? profileSection(d.profile, d.previousProfile, d.driftSummary) : ''}
    ${d.drift ? driftSection(d.drift) : ''} ${d.diff ? diffSection(d.diff) : ''}`;
}

function reportSummary(rep: Report): Html {
  const s = rep.summary;
  return html`<dt>Checks</dt>
    <dd>
      ${s.checks} · ${s.passed} passed · ${s.failed} failed · ${s.errored} errored · ${s.skipped} skipped
    </dd>
    <dt>Fails on</dt>
    <dd>${rep.failOn}</dd>`;
}

/**
 * Text with the suite's folder cut from paths: `orders.csv`, not the worker's absolute path (a
 * machine detail, and noise on a page that is shared or captured).
 */
function relativeToSuite(text: string, suitePath: string | null): string {
  if (!suitePath) return text;
  const dir = posix.dirname(suitePath.replaceAll('\\', '/'));
  return dir === '/' || dir === '.' ? text : text.replaceAll(`${dir}/`, '');
}

function sourceSection(src: SourceResult, suitePath: string | null, suite: string): Html {
  const failing = src.checks.filter((c) => c.samples.length > 0 && c.status === 'fail');
  return html`<section class="source">
    <h2><a href="${sourceHref(src.name)}">${src.name}</a></h2>
    <p class="muted small">
      ${src.format} · ${num(src.rowCount)} rows · ${num(src.columnCount)} columns ·
      <code>${relativeToSuite(src.uri, suitePath)}</code>
    </p>
    <p class="muted small">${fingerprint(src.fingerprint)}</p>
    ${
      src.error
        ? html`<p class="notice error">
            <strong>${src.error.code}</strong>: ${relativeToSuite(src.error.message, suitePath)}
          </p>`
        : ''
    }
    <div class="table-wrap">
      <table class="checks">
        <thead>
          <tr>
            <th>Status</th>
            <th>Severity</th>
            <th>Check</th>
            <th>Observed</th>
            <th>Expected</th>
            <th class="n">Failing</th>
            <th>Message</th>
          </tr>
        </thead>
        <tbody>
          ${src.checks.map((c) => checkRow(c, anomalyChart(suite, src.name, c)))}
        </tbody>
      </table>
    </div>
    ${failing.map(samplesBlock)}
  </section>`;
}

function checkRow(c: CheckResult, chart: string | null): Html {
  return html`<tr class="c-${c.status}">
    <td>${badge(c.status)}</td>
    <td>${severity(c.severity)}</td>
    <td>
      <code>${c.id}</code>
      <div class="muted small">${c.type}${c.columns.length ? ` · ${c.columns.join(', ')}` : ''}</div>
    </td>
    <td class="val">${value(c.observed)}</td>
    <td class="val">${value(c.expected)}</td>
    <td class="n">
      ${
        c.failingCount === null
          ? '—'
          : html`${num(c.failingCount)}
              <div class="muted small">${pct(c.failingFraction)}</div>`
      }
    </td>
    <td>${c.message}${chart ? html` <a href="${chart}">chart</a>` : ''}</td>
  </tr>`;
}

/** Failing rows as the engine stored them: sensitive columns are already masked there. */
function samplesBlock(c: CheckResult): Html {
  const cols = [...new Set(c.samples.flatMap((s) => Object.keys(s.values)))];
  const withFile = c.samples.some((s) => s.file);
  return html`<details class="samples">
    <summary>Failing samples of <code>${c.id}</code> (${c.samples.length})</summary>
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th class="n">Row</th>
            ${withFile ? html`<th>File</th>` : ''}${cols.map((k) => html`<th>${k}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${c.samples.map(
            (s) =>
              html`<tr>
                <td class="n">
                  ${s.key !== undefined ? formatSamplePosition(s, 'en') : `${s.row + 1}${s.line !== undefined ? ` (line ${s.line})` : ''}`}
                </td>
                ${withFile ? html`<td>${s.file ?? ''}</td>` : ''}${cols.map((k) => html`<td class="val">${value(s.values[k])}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </details>`;
}

function compactSection(result: Record<string, unknown>): Html {
  const issues = Array.isArray(result.topIssues) ? (result.topIssues as Record<string, unknown>[]) : [];
  const sources = Array.isArray(result.sources) ? (result.sources as Record<string, unknown>[]) : [];
  return html`<section>
    <h2>Result</h2>
    <p class="muted">
      The full report is no longer in the report store; this is the workflow's compact result.
    </p>
    ${
      sources.length
        ? html`<ul class="compact-sources">
            ${sources.map(
              (s) =>
                html`<li>
                  <a href="${sourceHref(String(s.name))}">${String(s.name)}</a> ·
                  ${num(s.rowCount as number | null)} rows ·
                  ${fingerprint(typeof s.fingerprint === 'string' ? s.fingerprint : null)}
                </li>`,
            )}
          </ul>`
        : ''
    }
    ${
      issues.length
        ? html`<div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>Status</th>
                  <th>Severity</th>
                  <th>Check</th>
                  <th class="n">Failing</th>
                  <th>Message</th>
                </tr>
              </thead>
              <tbody>
                ${issues.map(
                  (i) =>
                    html`<tr>
                      <td>${badge(String(i.status))}</td>
                      <td>${severity(String(i.severity))}</td>
                      <td><code>${String(i.id)}</code></td>
                      <td class="n">${num(i.failingCount as number | null)}</td>
                      <td>${String(i.message)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p>No failing checks.</p>`
    }
  </section>`;
}

const MAX_HISTOGRAMS = 12;

function profileSection(p: Profile, prev: Profile | null, drift: DriftReport['dataset'] | null): Html {
  const numeric = p.columns.filter((c) => c.numeric && c.numeric.unit === 'value').slice(0, MAX_HISTOGRAMS);
  const before = new Map(prev?.columns.map((c) => [c.name, c.nullFraction]));
  const nulls = [{ label: 'this profile', data: p.columns.map((c) => c.nullFraction), color: 'warn' }];
  if (prev)
    nulls.unshift({
      label: 'previous profile',
      data: p.columns.map((c) => before.get(c.name) ?? null) as number[],
      color: 'muted',
    });
  return html`<section class="profile">
    <h2>Profile of <a href="${sourceHref(p.source.name)}">${p.source.name}</a></h2>
    <p class="muted small">
      ${num(p.table.rows)} rows · ${num(p.table.columns)} columns · ${num(p.table.duplicateRows)} duplicate
      rows${prev ? ` · previous profile ${num(prev.table.rows)} rows` : ''}
    </p>
    ${
      drift
        ? html`<p>
            Drift against the previous profile: ${drift.drifted ? badge('fail') : badge('pass')}
            ${drift.driftedColumns} of ${drift.columns} columns
            drifted${drift.schemaDrift ? ', schema changed' : ''}.
          </p>`
        : ''
    }
    ${chart({ type: 'bar', labels: p.columns.map((c) => c.name), datasets: nulls, percent: true }, prev ? 'Null fraction per column, previous and this profile.' : 'Null fraction per column.')}
    <div class="grid">
      ${numeric.map((c) => {
        const h = c.numeric!.histogram;
        return chart(
          {
            type: 'bar',
            labels: h.counts.map((_, i) => num(h.edges[i]!)),
            datasets: [{ label: c.name, data: h.counts, color: 'info' }],
          },
          `Histogram of ${c.name}${h.approximate ? ' (approximate)' : ''}: min ${num(c.numeric!.min)}, median ${num(c.numeric!.quantiles.p50)}, max ${num(c.numeric!.max)}.`,
        );
      })}
    </div>
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th>Column</th>
            <th>Type</th>
            <th class="n">Nulls</th>
            <th class="n">Distinct</th>
            <th>Min</th>
            <th>Max</th>
            <th>Mean</th>
            <th>Top values</th>
          </tr>
        </thead>
        <tbody>
          ${p.columns.map(
            (c) =>
              html`<tr>
                <td>${c.name}</td>
                <td>
                  ${c.dtype}${c.semanticType ? html`<div class="muted small">${c.semanticType}</div>` : ''}
                </td>
                <td class="n">${pct(c.nullFraction)}</td>
                <td class="n">${num(c.distinct.count)}${c.distinct.approximate ? '≈' : ''}</td>
                <td class="val">${c.numeric ? num(c.numeric.min) : (c.temporalRange?.min ?? '—')}</td>
                <td class="val">${c.numeric ? num(c.numeric.max) : (c.temporalRange?.max ?? '—')}</td>
                <td class="n">${c.numeric ? num(c.numeric.mean) : '—'}</td>
                <td class="val">
                  ${(c.topValues ?? []).slice(0, 3).map((t, i) => html`${i ? ', ' : ''}${value(t.value, 40)} (${num(t.count)})`)}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}

function driftSection(d: DriftReport): Html {
  const compared = d.columns.filter((c) => c.metrics.length > 0);
  const first = (c: (typeof compared)[number]) => c.metrics[0]!;
  return html`<section class="drift">
    <h2>Drift ${d.dataset.drifted ? badge('fail') : badge('pass')}</h2>
    <p class="muted small">
      ${d.dataset.driftedColumns} of ${d.dataset.columns} columns drifted against ${d.baseline.kind}
      <code>${d.baseline.name}</code>${d.dataset.schemaDrift ? ' · schema changed' : ''}.
    </p>
    ${
      compared.length
        ? chart(
            {
              type: 'bar',
              labels: compared.map((c) => `${c.column} (${first(c).method})`),
              datasets: [
                { label: 'distance', data: compared.map((c) => first(c).value), color: 'fail' },
                { label: 'threshold', data: compared.map((c) => first(c).threshold), color: 'muted' },
              ],
            },
            'Drift per column: distance of the first metric against its threshold.',
          )
        : ''
    }
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th>Column</th>
            <th>Status</th>
            <th>Metric</th>
            <th class="n">Value</th>
            <th class="n">Threshold</th>
            <th class="n">p-value</th>
          </tr>
        </thead>
        <tbody>
          ${d.columns.map((c) => {
            const m = c.metrics[0];
            return html`<tr>
              <td>${c.column}</td>
              <td>${badge(c.status === 'drift' ? 'fail' : c.status === 'ok' ? 'pass' : c.status)}</td>
              <td>${m?.method ?? c.reason ?? '—'}</td>
              <td class="n">${num(m?.value)}</td>
              <td class="n">${num(m?.threshold)}</td>
              <td class="n">${num(m?.pValue)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
  </section>`;
}

function diffSection(d: DatasetDiff): Html {
  const k = d.keyed;
  return html`<section class="diff">
    <h2>Dataset diff</h2>
    <p class="muted small">
      Rows ${num(d.rowCount.old)} → ${num(d.rowCount.new)}
      (${d.rowCount.delta >= 0 ? '+' : ''}${num(d.rowCount.delta)})${
        k
          ? ` · by key ${k.key.join(', ')}: ${num(k.added.count)} added, ${num(k.removed.count)} removed, ${num(k.changed.count)} changed`
          : ''
      }.
    </p>
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th>Column</th>
            <th>Change</th>
            <th class="n">Δ null fraction</th>
            <th class="n">Δ distinct</th>
            <th class="n">Δ mean</th>
            <th class="n">Changed rows</th>
          </tr>
        </thead>
        <tbody>
          ${d.columns.map(
            (c) =>
              html`<tr>
                <td>${c.column}</td>
                <td>${c.status}</td>
                <td class="n">${pct(c.delta.nullFraction)}</td>
                <td class="n">${num(c.delta.distinct)}</td>
                <td class="n">${num(c.delta.mean)}</td>
                <td class="n">${num(c.changedRows)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}
