import { markdownTable } from 'markdown-table';
import type { Lang } from '../errors.ts';
import { rowsColumns, t } from '../i18n/ui.ts';
import type { CheckResult, Report, RunStatus, SourceResult } from '../result/schema.ts';
import { atOrAbove } from '../result/status.ts';
import { escapeHtml, escapeMarkdown, markdownCode } from './escape.ts';
import {
  formatCounts,
  formatDuration,
  formatSamplePosition,
  formatSeverityCounts,
  formatSampleValue,
  formatValue,
} from './format.ts';
import { checkMessage } from './check-message.ts';

export interface MarkdownOptions {
  lang?: Lang;
  /**
   * Longest output in characters (e.g. 65536 for a GitHub comment). When the full report is longer,
   * detail steps down: failing samples go first, then passing checks, then the remaining rows
   * from the end; a closing note says what was cut. Default: no limit.
   */
  maxLength?: number;
  /** First words of the headline (default "Truthgate"). */
  title?: string;
}

/** How much of the report a rendering includes. */
interface Detail {
  samples: boolean;
  passing: boolean;
  /** Most check rows over all sources. */
  rows: number;
}

interface Cuts {
  passingHidden: number;
  rowsHidden: number;
}

export const statusIcon: Record<RunStatus, string> = { pass: '✅', warn: '⚠️', fail: '❌', error: '❗' };

export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const lang = opts.lang ?? 'en';
  const limit = opts.maxLength ?? Infinity;
  const at = (d: Detail, note: boolean): string =>
    build(report, lang, opts.title ?? 'Truthgate', d, note ? limit : null);
  const full = at({ samples: true, passing: true, rows: Infinity }, false);
  if (full.length <= limit) return full;
  for (const d of [
    { samples: false, passing: true, rows: Infinity },
    { samples: false, passing: false, rows: Infinity },
  ]) {
    const text = at(d, true);
    if (text.length <= limit) return text;
  }
  // Largest number of rows that still fits, by bisection (length grows with rows).
  let lo = 0;
  let hi = report.sources.reduce((n, s) => n + s.checks.length, 0);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (at({ samples: false, passing: false, rows: mid }, true).length <= limit) lo = mid;
    else hi = mid - 1;
  }
  const text = at({ samples: false, passing: false, rows: lo }, true);
  // Only a limit smaller than the headline itself gets here; a hard cut is all that is left.
  return text.length <= limit ? text : `${text.slice(0, Math.max(0, limit - 1))}…`;
}

function build(report: Report, lang: Lang, title: string, d: Detail, limit: number | null): string {
  const cuts: Cuts = { passingHidden: 0, rowsHidden: 0 };
  let budget = d.rows;
  const blocks = [headline(report, lang, title)];
  for (const s of report.sources) {
    const shown = s.checks.filter((c) => d.passing || c.status !== 'pass');
    cuts.passingHidden += s.checks.length - shown.length;
    const kept = shown.slice(0, Math.max(0, budget));
    budget -= kept.length;
    cuts.rowsHidden += shown.length - kept.length;
    blocks.push(renderSource(s, kept, report, lang, d.samples));
  }
  if (limit !== null) blocks.push(trimNote(lang, limit, d, cuts));
  return `${blocks.join('\n\n')}\n`;
}

function headline(report: Report, lang: Lang, title: string): string {
  const top = `### ${statusIcon[report.status]} ${escapeMarkdown(title)} · ${t(lang, report.status)} · ${escapeMarkdown(report.suite)}`;
  const parts = [`**${formatCounts(report, lang)}**`];
  const sev = formatSeverityCounts(report, lang);
  if (sev) parts.push(`${t(lang, 'issuesBySeverity')}: ${sev}`);
  parts.push(t(lang, 'failOn', { level: report.failOn === 'never' ? 'never' : t(lang, report.failOn) }));
  parts.push(formatDuration(report.durationMs));
  return `${top}\n\n${parts.join(' · ')}`;
}

function renderSource(
  s: SourceResult,
  checks: CheckResult[],
  report: Report,
  lang: Lang,
  samples: boolean,
): string {
  const meta = [markdownCode(s.uri)];
  if (s.rowCount !== null) {
    meta.push(escapeMarkdown(s.format));
    meta.push(rowsColumns(lang, s.rowCount, s.columnCount ?? 0));
  }
  const out = [`#### ${escapeMarkdown(s.name)}\n\n${meta.join(' · ')}`];
  if (s.error) {
    const hint = s.error.hint ? `<br>${t(lang, 'hint')}: ${escapeMarkdown(s.error.hint)}` : '';
    out.push(
      `> ❗ **${t(lang, 'sourceUnreadable')}**: ${markdownCode(s.error.code)} ${escapeMarkdown(s.error.message)}${hint}` +
        `<br>${t(lang, 'checksNotRun', { n: s.checks.length })}`,
    );
    return out.join('\n\n');
  }
  for (const w of s.warnings ?? []) {
    const hint = w.hint ? `<br>${t(lang, 'hint')}: ${escapeMarkdown(w.hint)}` : '';
    out.push(`> ⚠️ ${markdownCode(w.code)} ${escapeMarkdown(w.message)}${hint}`);
  }
  if (checks.length > 0) {
    const header = ['', 'colCheck', 'colSeverity', 'colObserved', 'colExpected', 'colMessage'] as const;
    out.push(
      markdownTable(
        [
          header.map((k) => (k ? t(lang, k) : '')),
          ...checks.map((c) => [
            checkIcon(c, report.failOn),
            markdownCode(c.id) + (c.description ? `<br>${escapeMarkdown(c.description)}` : ''),
            t(lang, c.severity),
            escapeMarkdown(formatValue(c.observed)),
            escapeMarkdown(formatValue(c.expected)),
            escapeMarkdown(checkMessage(c, lang)),
          ]),
        ],
        { alignDelimiters: false },
      ),
    );
  }
  if (samples) for (const c of checks) if (c.samples.length > 0) out.push(sampleBlock(c, lang));
  return out.join('\n\n');
}

/** Failing rows of one check, folded: the <summary> is raw HTML, the table inside is Markdown. */
function sampleBlock(c: CheckResult, lang: Lang): string {
  const columns = [...new Set(c.samples.flatMap((s) => Object.keys(s.values)))];
  const rows = c.samples.map((s) => [
    escapeMarkdown(formatSamplePosition(s, lang)),
    ...columns.map((k) => {
      const v = s.values[k];
      return v === null ? '<i>null</i>' : escapeMarkdown(formatSampleValue(v, lang));
    }),
  ]);
  const table = markdownTable([[t(lang, 'colRow'), ...columns.map(escapeMarkdown)], ...rows], {
    alignDelimiters: false,
  });
  const count =
    c.failingCount !== null && c.failingCount > c.samples.length
      ? ` (${c.samples.length}/${c.failingCount})`
      : '';
  return `<details><summary>${t(lang, 'failingSamples')}: <code>${escapeHtml(c.id)}</code>${count}</summary>\n\n${table}\n\n</details>`;
}

function checkIcon(c: CheckResult, failOn: Report['failOn']): string {
  if (c.status === 'pass') return '✅';
  if (c.status === 'fail') return atOrAbove(c.severity, failOn) ? '❌' : '⚠️';
  return c.status === 'error' ? '❗' : '⏭️';
}

function trimNote(lang: Lang, limit: number, d: Detail, cuts: Cuts): string {
  const what: string[] = [];
  if (!d.samples) what.push(t(lang, 'trimmedSamples'));
  if (cuts.passingHidden) what.push(t(lang, 'trimmedPassing', { n: cuts.passingHidden }));
  if (cuts.rowsHidden) what.push(t(lang, 'trimmedRows', { n: cuts.rowsHidden }));
  return `_${t(lang, 'trimmed', { limit })}: ${what.join('; ')} — ${t(lang, 'seeFullReport')}._`;
}
