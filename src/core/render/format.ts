import type { Lang } from '../errors.ts';
import { t } from '../i18n/ui.ts';
import { severities, type Report, type Sample } from '../result/schema.ts';
import { formatCount } from '../toolkit/format.ts';

/** Pieces of text every human-facing renderer shares: value display, counts, widths. */

/** One-line display of a report value: strings as-is, numbers trimmed, structures as compact JSON. */
export function formatValue(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(6)));
  if (typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));
}

/** Longest sample value the text renderers show; the JSON report keeps the whole value. */
export const SAMPLE_VALUE_CHARS = 200;

/**
 * A failing row's value for reading: a huge field (a 50 MB CSV cell) is cut, saying how long it
 * was, so one row cannot flood a terminal, a pull-request comment or a JUnit file.
 */
export function formatSampleValue(v: unknown, lang: Lang): string {
  const text = formatValue(v);
  if (text.length <= SAMPLE_VALUE_CHARS) return text;
  return `${text.slice(0, SAMPLE_VALUE_CHARS)}… (${t(lang, 'longValue', { n: formatCount(text.length) })})`;
}

/**
 * `col=value, col2=value` for a failing-row sample, without the key columns that already say
 * which row it is (formatSamplePosition).
 */
export function formatSampleValues(s: Sample, lang: Lang): string {
  const key = new Set(s.key ?? []);
  return pairs(
    Object.entries(s.values).filter(([k]) => !key.has(k)),
    lang,
  );
}

function pairs(entries: [string, unknown][], lang: Lang): string {
  return entries.map(([k, v]) => `${k}=${v === null ? 'null' : formatSampleValue(v, lang)}`).join(', ');
}

/**
 * The 1-based data-row number (row 1 is the first data row after the header), then where it is:
 * `file:line` for CSV/TSV (`line 15` for a one-file source), else the file and its own row number.
 * A SQL table has no row numbers: its rows are their key values (`id=17`), or, with no key, the
 * sample's own number, saying so. Every renderer and the GitHub annotations use this one scheme.
 */
export function formatSamplePosition(s: Sample, lang: Lang): string {
  if (s.key !== undefined)
    return s.key.length > 0
      ? pairs(
          s.key.map((k) => [k, s.values[k] ?? null]),
          lang,
        )
      : t(lang, 'sampleNoKey', { n: s.row + 1 });
  const at =
    s.line !== undefined
      ? s.file !== undefined
        ? `${s.file}:${s.line}`
        : `${t(lang, 'line')} ${s.line}`
      : s.file !== undefined
        ? `${s.file}, ${t(lang, 'row')} ${(s.fileRow ?? 0) + 1}`
        : undefined;
  return at === undefined ? String(s.row + 1) : `${s.row + 1} (${at})`;
}

/** "row 12 (…)" for line-oriented output. */
export function formatSampleRow(s: Sample, lang: Lang): string {
  if (s.key?.length === 0) return formatSamplePosition(s, lang);
  return `${t(lang, 'row')} ${formatSamplePosition(s, lang)}`;
}

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

/** "12 checks, 10 passed, 1 failed, 1 errored" (zero counts other than passed are left out). */
export function formatCounts(report: Pick<Report, 'summary'>, lang: Lang): string {
  const s = report.summary;
  const parts = [t(lang, 'checks', { n: s.checks }), t(lang, 'passed', { n: s.passed })];
  if (s.failed) parts.push(t(lang, 'failed', { n: s.failed }));
  if (s.errored) parts.push(t(lang, 'errored', { n: s.errored }));
  if (s.skipped) parts.push(t(lang, 'skipped', { n: s.skipped }));
  return parts.join(', ');
}

/** "high 1, low 2" over failed and errored checks, or empty when nothing needs a look. */
export function formatSeverityCounts(report: Pick<Report, 'summary'>, lang: Lang): string {
  return severities
    .filter((s) => report.summary.bySeverity[s] > 0)
    .map((s) => `${t(lang, s)} ${report.summary.bySeverity[s]}`)
    .join(', ');
}

/** Terminal columns a string occupies: East Asian wide characters take two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return w;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/**
 * Text as one terminal line: line breaks show as `↵` and other control characters (escape
 * sequences included) as `�`, so a data value can neither break the layout nor drive the terminal.
 */
export function oneLine(text: string): string {
  return (
    text
      .replace(/\r\n|\r|\n/g, '↵')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => (c === '\t' ? ' ' : '\uFFFD'))
  );
}

/** Cuts `text` to at most `width` columns, ending in `…` when cut (see oneLine). */
export function truncate(text: string, width: number): string {
  const flat = oneLine(text);
  if (displayWidth(flat) <= width) return flat;
  let out = '';
  let w = 0;
  for (const ch of flat) {
    const cw = isWide(ch.codePointAt(0)!) ? 2 : 1;
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

/** truncate() when the width is known, else oneLine(). */
export function fit(text: string, width: number | undefined): string {
  return width === undefined ? oneLine(text) : truncate(text, width);
}

/** Pads to `width` display columns (text is assumed to fit). */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
