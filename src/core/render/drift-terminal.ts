import pc from 'picocolors';
import type { ColumnDrift, DriftReport } from '../drift/schema.ts';
import { t } from '../i18n/ui.ts';
import { formatInt, formatMetric } from './compare-format.ts';
import { formatDuration, padEnd, truncate } from './format.ts';
import type { TerminalOptions } from './terminal.ts';

const icon: Record<ColumnDrift['status'], string> = {
  ok: '✓',
  drift: '✖',
  missing: '✖',
  retyped: '✖',
  new: '+',
  skipped: '·',
};

/** Headline with the verdict, then one aligned line per column: status, kind, metrics or reason. */
export function renderDriftTerminal(r: DriftReport, opts: TerminalOptions = {}): string {
  const lang = opts.lang ?? 'en';
  const c = pc.createColors(opts.color ?? false);
  const d = r.dataset;
  const verdict = d.drifted
    ? c.bold(c.bgRed(c.white(` ${t(lang, 'driftTitle').toUpperCase()} `)))
    : c.bold(c.bgGreen(c.black(' OK ')));
  const summary = d.drifted
    ? t(lang, 'driftFound', { n: d.driftedColumns, total: d.columns })
    : t(lang, 'driftNone', { total: d.columns });
  const lines = [
    `${verdict} ${summary}${c.dim(` · ${t(lang, 'method')} ${r.method} · ${formatDuration(r.durationMs)}`)}`,
    c.dim(
      `${t(lang, 'baseline')}: ${r.baseline.uri} (${r.baseline.kind}, ${t(lang, 'nRows', { n: formatInt(r.baseline.rows) })})  ${t(lang, 'current')}: ${r.current.uri} (${t(lang, 'nRows', { n: formatInt(r.current.rows) })})`,
    ),
    '',
  ];
  const nameWidth = Math.min(32, Math.max(...r.columns.map((x) => x.column.length), 6));
  for (const col of r.columns) {
    const bad = col.status === 'drift' || col.status === 'missing' || col.status === 'retyped';
    const paint = bad ? c.red : col.status === 'ok' ? c.green : c.dim;
    const detail = col.metrics.length
      ? col.metrics.map((m) => (m.drifted ? c.red(formatMetric(m)) : formatMetric(m))).join(c.dim(' · '))
      : c.dim(col.reason ?? '');
    lines.push(
      `  ${paint(icon[col.status])} ${padEnd(truncate(col.column, nameWidth), nameWidth)}  ${padEnd(col.status, 8)} ${detail}`,
    );
    if (col.newCategories?.length) {
      const cats = col.newCategories
        .map((n) => `${truncate(n.value, 24)} (${formatInt(n.count)})`)
        .join(', ');
      lines.push(`    ${c.dim(`${t(lang, 'newCategories')}: ${cats}`)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
