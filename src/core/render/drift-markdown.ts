import { markdownTable } from 'markdown-table';
import type { DriftReport } from '../drift/schema.ts';
import { t } from '../i18n/ui.ts';
import { formatInt, formatMetric } from './compare-format.ts';
import { escapeMarkdown, markdownCode } from './escape.ts';
import type { MarkdownOptions } from './markdown.ts';

/** A headline with the verdict and one table row per column; every data value is escaped. */
export function renderDriftMarkdown(r: DriftReport, opts: MarkdownOptions = {}): string {
  const lang = opts.lang ?? 'en';
  const d = r.dataset;
  const summary = d.drifted
    ? `❌ ${t(lang, 'driftFound', { n: d.driftedColumns, total: d.columns })}`
    : `✅ ${t(lang, 'driftNone', { total: d.columns })}`;
  const side = (uri: string, rows: number): string =>
    `${markdownCode(uri)} (${t(lang, 'nRows', { n: formatInt(rows) })})`;
  const rows = r.columns.map((c) => [
    markdownCode(c.column),
    c.status === 'drift' || c.status === 'missing' || c.status === 'retyped' ? `**${c.status}**` : c.status,
    escapeMarkdown(
      [
        c.metrics.map(formatMetric).join('; ') || c.reason || '',
        c.newCategories?.length
          ? `${t(lang, 'newCategories')}: ${c.newCategories.map((n) => `${n.value} (${formatInt(n.count)})`).join(', ')}`
          : '',
      ]
        .filter(Boolean)
        .join('; '),
    ),
  ]);
  return [
    `### ${opts.title ?? 'Truthgate'} ${t(lang, 'driftTitle').toLowerCase()}: ${summary}`,
    '',
    `${t(lang, 'baseline')} ${side(r.baseline.uri, r.baseline.rows)} → ${t(lang, 'current')} ${side(r.current.uri, r.current.rows)} · ${t(lang, 'method')} ${r.method}`,
    '',
    markdownTable([[t(lang, 'colColumn'), t(lang, 'colStatus'), t(lang, 'colMetrics')], ...rows], {
      alignDelimiters: false,
    }),
    '',
  ].join('\n');
}
