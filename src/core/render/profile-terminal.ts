import pc from 'picocolors';
import type { Profile } from '../profile/types.ts';
import { displayWidth, padEnd, truncate } from './format.ts';
import {
  columnHeaders,
  columnRow,
  quantilesText,
  tableSummary,
  topValuesText,
  type ColumnRow,
} from './profile-cells.ts';

export interface ProfileTerminalOptions {
  color?: boolean;
  width?: number;
}

const BARS = '▁▂▃▄▅▆▇█';
const CELL_CAP = 28;

/** Overview table, then per column quantiles, a histogram sparkline and the top values. */
export function renderProfileTerminal(p: Profile, opts: ProfileTerminalOptions = {}): string {
  const c = pc.createColors(opts.color ?? false);
  const keys = (Object.keys(columnHeaders) as (keyof ColumnRow)[]).filter((k) => k !== 'top');
  const rows = p.columns.map((col) => {
    const r = columnRow(col);
    return keys.map((k) => truncate(r[k], CELL_CAP));
  });
  const header = keys.map((k) => columnHeaders[k]);
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]!))));
  const line = (cells: string[]): string =>
    `  ${cells.map((s, i) => padEnd(s, widths[i]!)).join('  ')}`.trimEnd();
  const out = [
    `${c.bold('Profile')} ${p.source.uri}`,
    `  ${tableSummary(p)}`,
    '',
    c.dim(line(header)),
    ...rows.map(line),
    '',
  ];
  const max = opts.width ? Math.max(opts.width - 4, 20) : 120;
  for (const col of p.columns) {
    const details: string[] = [];
    const q = quantilesText(col);
    if (q) details.push(truncate(q, max));
    const h = col.numeric?.histogram;
    if (h && h.counts.length > 1) details.push(`histogram ${sparkline(h.counts)}`);
    const top = topValuesText(col);
    if (top) details.push(truncate(`top ${top}`, max));
    if (details.length === 0) continue;
    out.push(`  ${c.bold(col.name)}`, ...details.map((d) => `    ${d}`));
  }
  return `${out.join('\n')}\n`;
}

function sparkline(counts: number[]): string {
  const top = Math.max(...counts);
  return counts
    .map((n) => (n === 0 ? ' ' : BARS[Math.min(BARS.length - 1, Math.floor((n / top) * (BARS.length - 1)))]))
    .join('');
}
