import type { ColumnProfile, Profile } from '../profile/types.ts';

/** Plain-text cells shared by the profile renderers, so terminal and Markdown say the same thing. */

const DISPLAY_TOP = 10;

export function formatNumber(x: number | null | undefined): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '';
  if (Number.isInteger(x)) return Math.abs(x) >= 1e15 ? x.toExponential(3) : String(x);
  const a = Math.abs(x);
  if (a !== 0 && (a < 1e-3 || a >= 1e12)) return x.toExponential(3);
  return String(Number(x.toPrecision(6)));
}

/** A number of a column in its own terms: ISO time for Date/Datetime, plain otherwise. */
export function formatColumnValue(c: ColumnProfile, x: number | null | undefined): string {
  if (x === null || x === undefined) return '';
  if (c.temporalRange) {
    const iso = new Date(x).toISOString();
    return c.dtype === 'Date' ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
  }
  return formatNumber(x);
}

export function formatPercent(f: number): string {
  if (f === 0) return '0%';
  if (f < 0.001) return '<0.1%';
  return `${Number((f * 100).toFixed(1))}%`;
}

export function formatDistinct(c: ColumnProfile): string {
  return `${c.distinct.approximate ? '~' : ''}${c.distinct.count}`;
}

export interface ColumnRow {
  name: string;
  dtype: string;
  type: string;
  nulls: string;
  distinct: string;
  min: string;
  max: string;
  mean: string;
  std: string;
  median: string;
  top: string;
}

export const columnHeaders: Record<keyof ColumnRow, string> = {
  name: 'column',
  dtype: 'dtype',
  type: 'type',
  nulls: 'nulls',
  distinct: 'distinct',
  min: 'min',
  max: 'max',
  mean: 'mean',
  std: 'std',
  median: 'p50',
  top: 'top values',
};

export function columnRow(c: ColumnProfile): ColumnRow {
  const n = c.numeric;
  const temporal = c.temporalRange !== null;
  const minLen = c.lengths ? `len ${c.lengths.min}` : '';
  const maxLen = c.lengths ? `len ${c.lengths.max}` : '';
  return {
    name: c.name,
    dtype: c.dtype,
    type: [c.semanticType?.replace('_', ' ') ?? '', c.monotonic !== 'none' ? `${c.monotonic}` : '']
      .filter(Boolean)
      .join(', '),
    nulls: c.nullCount === 0 ? '0' : `${c.nullCount} (${formatPercent(c.nullFraction)})`,
    distinct: formatDistinct(c),
    min: n ? formatColumnValue(c, n.min) : minLen,
    max: n ? formatColumnValue(c, n.max) : maxLen,
    mean: n && !temporal ? formatNumber(n.mean) : c.lengths ? `len ${formatNumber(c.lengths.mean)}` : '',
    std: n && !temporal ? formatNumber(n.std) : '',
    median: n ? formatColumnValue(c, n.quantiles.p50) : '',
    top: topValuesText(c, 3),
  };
}

export function topValuesText(c: ColumnProfile, k: number = DISPLAY_TOP): string {
  if (!c.topValues || c.topValues.length === 0) return '';
  const shown = c.topValues.slice(0, k).map((t) => `${String(t.value)} (${t.count})`);
  const rest = c.topValues.length > k || (c.otherCount ?? 0) > 0 ? ', ...' : '';
  return shown.join(', ') + rest;
}

export function quantilesText(c: ColumnProfile): string {
  const q = c.numeric?.quantiles;
  if (!q) return '';
  const mark = c.numeric!.quantilesApproximate ? '~' : '';
  return (['p1', 'p5', 'p25', 'p50', 'p75', 'p95', 'p99'] as const)
    .map((k) => `${k} ${mark}${formatColumnValue(c, q[k])}`)
    .join('  ');
}

export function tableSummary(p: Profile): string {
  const dup = `${p.table.duplicateRowsApproximate ? '>=' : ''}${p.table.duplicateRows}`;
  const parts = p.parts > 1 ? `, merged from ${p.parts} parts` : '';
  return `${p.table.rows} rows, ${p.table.columns} columns, ${dup} duplicate rows${parts}`;
}

export { DISPLAY_TOP };
