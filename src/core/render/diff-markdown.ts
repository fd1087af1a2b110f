import { markdownTable } from 'markdown-table';
import type { DatasetDiff } from '../diff/schema.ts';
import { t } from '../i18n/ui.ts';
import {
  columnHeader,
  columnRows,
  duplicatesLine,
  keyedLine,
  rowsLine,
  sampleLines,
  schemaItems,
} from './diff-summary.ts';
import { escapeMarkdown, markdownCode } from './escape.ts';
import type { MarkdownOptions } from './markdown.ts';

/**
 * Compact Markdown for a pull-request comment: counts first, a table of changed columns only,
 * samples folded in <details>. Every piece of data is escaped (values can hold `|`, `<`, newlines).
 */
export function renderDiffMarkdown(d: DatasetDiff, opts: MarkdownOptions = {}): string {
  const lang = opts.lang ?? 'en';
  const out = [
    `### ${opts.title ?? 'Truthgate'} ${t(lang, 'diffTitle').toLowerCase()}: ${markdownCode(d.old.uri)} → ${markdownCode(d.new.uri)}`,
    '',
    escapeMarkdown(rowsLine(d, lang)),
  ];
  const schema = schemaItems(d);
  if (schema.length) out.push('', `${t(lang, 'diffSchema')}: ${schema.map(markdownCode).join(' ')}`);
  const keyed = keyedLine(d, lang);
  if (keyed) out.push('', escapeMarkdown(keyed));
  const dup = duplicatesLine(d, lang);
  if (dup) out.push('', `> ⚠️ ${escapeMarkdown(dup)}`);
  const { rows, hidden } = columnRows(d);
  if (rows.length) {
    out.push(
      '',
      markdownTable(
        [
          columnHeader.map((k) => t(lang, k)),
          ...rows.map((r) => r.map((x, i) => (i === 0 ? markdownCode(x) : escapeMarkdown(x)))),
        ],
        { alignDelimiters: false },
      ),
    );
  }
  if (hidden) out.push('', `<sub>${escapeMarkdown(t(lang, 'diffHidden', { n: hidden }))}</sub>`);
  const samples = sampleLines(d, lang);
  if (samples.length) {
    out.push(
      '',
      `<details><summary>${t(lang, 'diffSamples')}</summary>`,
      '',
      ...samples.map((s) => `- ${escapeMarkdown(s)}`),
      '',
      '</details>',
    );
  }
  if (!d.changed) out.push('', t(lang, 'diffNone'));
  return `${out.join('\n')}\n`;
}
