import type { ColumnDiff, DatasetDiff } from '../diff/schema.ts';
import type { Lang } from '../errors.ts';
import { t } from '../i18n/ui.ts';
import { formatChange, formatDelta, formatInt, formatPercent } from './compare-format.ts';
import { formatValue } from './format.ts';

/**
 * The diff as plain text pieces (no styling, no escaping); the terminal and Markdown renderers
 * dress the same pieces, so both always say the same thing.
 */

export function rowsLine(d: DatasetDiff, lang: Lang): string {
  const r = d.rowCount;
  return `${t(lang, 'diffRows')}: ${formatChange(formatInt(r.old), formatInt(r.new))} (${formatDelta(r.delta)}) · ${t(lang, 'diffColumns')}: ${formatChange(String(d.old.columns), String(d.new.columns))}`;
}

/** "+ col (Int64)", "− col (String)", "~ col Int64 → Float64". */
export function schemaItems(d: DatasetDiff): string[] {
  return [
    ...d.schema.added.map((c) => `+ ${c.column} (${c.dtype})`),
    ...d.schema.removed.map((c) => `− ${c.column} (${c.dtype})`),
    ...d.schema.retyped.map((c) => `~ ${c.column} ${c.from} → ${c.to}`),
  ];
}

/**
 * A count over paired rows: exact, or (duplicate keys left rows unpaired) a lower bound, and
 * n/a rather than a 0 that was never measured.
 */
function pairedCount(n: number, d: DatasetDiff): string {
  if (d.keyed?.exact !== false) return formatInt(n);
  return n === 0 ? 'n/a' : `≥${formatInt(n)}`;
}

export function keyedLine(d: DatasetDiff, lang: Lang): string | undefined {
  const k = d.keyed;
  if (!k) return undefined;
  return `${t(lang, 'diffByKey', { key: k.key.join(', ') })}: +${formatInt(k.added.count)} ${t(lang, 'diffAdded')} · −${formatInt(k.removed.count)} ${t(lang, 'diffRemoved')} · ~${pairedCount(k.changed.count, d)} ${t(lang, 'diffChanged')} · ${pairedCount(k.unchanged, d)} ${t(lang, 'diffUnchanged')}`;
}

export function duplicatesLine(d: DatasetDiff, lang: Lang): string | undefined {
  const dup = d.keyed?.duplicates;
  if (!dup || dup.old.rows + dup.new.rows === 0) return undefined;
  return t(lang, 'diffDuplicates', {
    old: formatInt(dup.old.rows),
    new: formatInt(dup.new.rows),
    unpaired: formatInt(dup.unpairedOld + dup.unpairedNew),
  });
}

export const columnHeader = [
  'colColumn',
  'colStatus',
  'colChangedRows',
  'colNulls',
  'colDistinct',
  'colMean',
  'colMin',
  'colMax',
] as const;

function columnChanged(c: ColumnDiff): boolean {
  if (c.status !== 'same' || (c.changedRows ?? 0) > 0) return true;
  const o = c.old!;
  const n = c.new!;
  return (
    o.nullCount !== n.nullCount ||
    o.distinct !== n.distinct ||
    o.mean !== n.mean ||
    formatValue(o.min) !== formatValue(n.min) ||
    formatValue(o.max) !== formatValue(n.max)
  );
}

/** One row per column that changed in any way; unchanged columns are only counted. */
export function columnRows(d: DatasetDiff): { rows: string[][]; hidden: number } {
  const shown = d.columns.filter(columnChanged);
  const pair = (f: (s: NonNullable<ColumnDiff['old']>) => string, c: ColumnDiff): string =>
    formatChange(c.old ? f(c.old) : '', c.new ? f(c.new) : '');
  const rows = shown.map((c) => [
    c.column,
    c.status,
    c.changedRows === null ? '' : pairedCount(c.changedRows, d),
    pair((s) => formatPercent(s.nullFraction), c),
    pair((s) => (s.distinct === null ? '' : formatInt(s.distinct)), c),
    pair((s) => formatValue(s.mean), c),
    pair((s) => formatValue(s.min), c),
    pair((s) => formatValue(s.max), c),
  ]);
  return { rows, hidden: d.columns.length - shown.length };
}

const kv = (row: Record<string, unknown>): string =>
  Object.entries(row)
    .map(([k, v]) => `${k}=${v === null ? 'null' : formatValue(v)}`)
    .join(', ');

/** "added: k=1, a=2" lines, then "changed: id=7: amount 3 → 4". */
export function sampleLines(d: DatasetDiff, lang: Lang): string[] {
  const k = d.keyed;
  if (!k) return [];
  return [
    ...k.added.samples.map((r) => `${t(lang, 'diffAdded')}: ${kv(r)}`),
    ...k.removed.samples.map((r) => `${t(lang, 'diffRemoved')}: ${kv(r)}`),
    ...k.changed.samples.map(
      (s) =>
        `${t(lang, 'diffChanged')}: ${kv(s.key)}: ${Object.entries(s.changes)
          .map(
            ([c, v]) =>
              `${c} ${v.old === null ? 'null' : formatValue(v.old)} → ${v.new === null ? 'null' : formatValue(v.new)}`,
          )
          .join('; ')}`,
    ),
  ];
}
