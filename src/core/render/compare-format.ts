import type { Metric } from '../drift/schema.ts';
import { formatCount } from '../toolkit/format.ts';

/** Value pieces shared by the drift and diff renderers (terminal and Markdown). */

export function formatP(p: number): string {
  return p < 0.001 ? '<0.001' : String(Number(p.toPrecision(2)));
}

/** "psi 0.31 > 0.2 (p <0.001)"; the comparison sign shows which side of the threshold it is. */
export function formatMetric(m: Metric): string {
  const v = short(m.value);
  const bound = m.upperBound !== undefined && m.upperBound > m.value ? `–${short(m.upperBound)}` : '';
  const p = m.pValue === null ? '' : ` (p ${formatP(m.pValue)})`;
  return `${m.method} ${v}${bound} ${m.value > m.threshold ? '>' : '≤'} ${m.threshold}${p}`;
}

/** Three significant digits: enough to compare with a threshold. */
function short(x: number): string {
  return String(Number(x.toPrecision(3)));
}

export function formatPercent(x: number | null): string {
  if (x === null) return '';
  const pct = x * 100;
  if (Number.isInteger(pct)) return `${pct}%`;
  return `${pct < 1 ? pct.toPrecision(1) : Number(pct.toFixed(1))}%`;
}

/** "a → b", or just "a" when both sides show the same. */
export function formatChange(a: string, b: string): string {
  return a === b ? a : `${a} → ${b}`;
}

/** Counts with thousands separators, without loading ICU (see formatCount). */
export const formatInt = formatCount;

/** "+12", "−3", "±0" for count deltas. */
export function formatDelta(n: number): string {
  return n > 0 ? `+${formatInt(n)}` : n < 0 ? `−${formatInt(-n)}` : '±0';
}
