import pc from 'picocolors';
import type { DatasetDiff } from '../diff/schema.ts';
import { t } from '../i18n/ui.ts';
import { formatDuration, padEnd, truncate, displayWidth } from './format.ts';
import {
  columnHeader,
  columnRows,
  duplicatesLine,
  keyedLine,
  rowsLine,
  sampleLines,
  schemaItems,
} from './diff-summary.ts';
import type { TerminalOptions } from './terminal.ts';

const CELL = 28;

/** Headline, row and schema changes, keyed counts, an aligned table of changed columns, samples. */
export function renderDiffTerminal(d: DatasetDiff, opts: TerminalOptions = {}): string {
  const lang = opts.lang ?? 'en';
  const c = pc.createColors(opts.color ?? false);
  const badge = d.changed ? c.bold(c.bgYellow(c.black(' DIFF '))) : c.bold(c.bgGreen(c.black(' SAME ')));
  const lines = [
    `${badge} ${d.old.uri} → ${d.new.uri}${c.dim(` · ${formatDuration(d.durationMs)}`)}`,
    `  ${rowsLine(d, lang)}`,
  ];
  const schema = schemaItems(d);
  if (schema.length) lines.push(`  ${t(lang, 'diffSchema')}: ${schema.join(', ')}`);
  const keyed = keyedLine(d, lang);
  if (keyed) lines.push(`  ${keyed}`);
  const dup = duplicatesLine(d, lang);
  if (dup) lines.push(`  ${c.yellow(`⚠ ${dup}`)}`);
  const { rows, hidden } = columnRows(d);
  if (rows.length) {
    const table = [columnHeader.map((k) => t(lang, k)), ...rows].map((r) => r.map((x) => truncate(x, CELL)));
    const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => displayWidth(r[i]!))));
    lines.push('');
    table.forEach((r, i) => {
      const text = `  ${r.map((x, j) => padEnd(x, widths[j]!)).join('  ')}`.trimEnd();
      lines.push(i === 0 ? c.dim(text) : text);
    });
  }
  if (hidden) lines.push(c.dim(`  ${t(lang, 'diffHidden', { n: hidden })}`));
  const samples = sampleLines(d, lang);
  if (samples.length) {
    lines.push('', `  ${t(lang, 'diffSamples')}:`);
    for (const s of samples) lines.push(`    ${truncate(s, opts.width ? opts.width - 4 : 160)}`);
  }
  if (!d.changed) lines.push(`  ${t(lang, 'diffNone')}`);
  return `${lines.join('\n')}\n`;
}
