import { markdownTable } from 'markdown-table';
import type { Profile } from '../profile/types.ts';
import { escapeMarkdown, markdownCode } from './escape.ts';
import {
  columnHeaders,
  columnRow,
  quantilesText,
  tableSummary,
  topValuesText,
  type ColumnRow,
} from './profile-cells.ts';

/** A profile as GitHub-flavoured Markdown: an overview table, then details per column. */
export function renderProfileMarkdown(p: Profile): string {
  const keys = Object.keys(columnHeaders) as (keyof ColumnRow)[];
  const rows = p.columns.map((c) => {
    const r = columnRow(c);
    return keys.map((k) => (k === 'name' ? markdownCode(r[k]) : escapeMarkdown(r[k])));
  });
  const out = [
    `## Profile of ${markdownCode(p.source.uri)}`,
    '',
    escapeMarkdown(tableSummary(p)),
    '',
    markdownTable([keys.map((k) => columnHeaders[k]), ...rows]),
    '',
  ];
  for (const c of p.columns) {
    const details: string[] = [];
    const q = quantilesText(c);
    if (q) details.push(`- quantiles: ${escapeMarkdown(q)}`);
    if (c.temporalRange)
      details.push(`- range: ${escapeMarkdown(`${c.temporalRange.min} .. ${c.temporalRange.max}`)}`);
    if (c.lengths) {
      details.push(
        `- length: ${c.lengths.min} .. ${c.lengths.max} (mean ${Number(c.lengths.mean.toFixed(2))})`,
      );
    }
    const top = topValuesText(c);
    if (top) details.push(`- top values: ${escapeMarkdown(top)}`);
    if (details.length === 0) continue;
    out.push(`### ${markdownCode(c.name)}`, '', ...details, '');
  }
  return out.join('\n');
}
