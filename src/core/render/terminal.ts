import pc from 'picocolors';
import type { Lang } from '../errors.ts';
import { rowsColumns, t } from '../i18n/ui.ts';
import type { CheckResult, Report, RunStatus, Severity, SourceResult } from '../result/schema.ts';
import { atOrAbove } from '../result/status.ts';
import {
  displayWidth,
  fit,
  formatCounts,
  formatDuration,
  formatSampleRow,
  formatSampleValues,
  formatSeverityCounts,
  formatValue,
  oneLine,
  padEnd,
  truncate,
} from './format.ts';
import { checkMessage } from './check-message.ts';

export interface TerminalOptions {
  lang?: Lang;
  /** ANSI colour; the CLI turns it off for NO_COLOR, --no-color and non-TTY output. */
  color?: boolean;
  /** Terminal columns; long values and messages are cut to fit. Unknown (piped): only values are capped. */
  width?: number;
}

type Colors = ReturnType<typeof pc.createColors>;

const INDENT = '  ';
/** Widest observed/expected cell when the terminal width is unknown. */
const VALUE_CAP = 40;
/** Narrowest message column worth keeping on the check's row. */
const MIN_MESSAGE = 30;

/**
 * Headline (status, counts, issues by severity), then per source an aligned table of
 * icon, check id, severity, observed, expected and message, with failing samples indented under
 * failed checks.
 */
export function renderTerminal(report: Report, opts: TerminalOptions = {}): string {
  const lang = opts.lang ?? 'en';
  const c = pc.createColors(opts.color ?? false);
  const out = [headline(report, lang, c), ''];
  for (const s of report.sources) out.push(...renderSource(s, report, lang, c, opts.width), '');
  return out.join('\n');
}

function headline(report: Report, lang: Lang, c: Colors): string {
  const word = ` ${t(lang, report.status)} `;
  const badge: Record<RunStatus, (s: string) => string> = {
    pass: (s) => c.bold(c.bgGreen(c.black(s))),
    warn: (s) => c.bold(c.bgYellow(c.black(s))),
    fail: (s) => c.bold(c.bgRed(c.white(s))),
    error: (s) => c.bold(c.bgMagenta(c.white(s))),
  };
  const parts = [c.bold(oneLine(report.suite)), formatCounts(report, lang)];
  const sev = formatSeverityCounts(report, lang);
  if (sev) parts.push(`${t(lang, 'issuesBySeverity')}: ${sev}`);
  parts.push(t(lang, 'failOn', { level: report.failOn === 'never' ? 'never' : t(lang, report.failOn) }));
  parts.push(formatDuration(report.durationMs));
  return `${badge[report.status](word)} ${parts.join(c.dim(' · '))}`;
}

function renderSource(
  s: SourceResult,
  report: Report,
  lang: Lang,
  c: Colors,
  width: number | undefined,
): string[] {
  const shape =
    s.rowCount === null ? '' : c.dim(` · ${s.format} · ${rowsColumns(lang, s.rowCount, s.columnCount ?? 0)}`);
  const lines = [`${c.bold(s.name)}  ${c.dim(oneLine(s.uri))}${shape}`];
  if (s.error) {
    lines.push(
      `${INDENT}${c.red('✖')} ${t(lang, 'sourceUnreadable')}: ${c.red(s.error.code)} ${oneLine(s.error.message)}`,
    );
    if (s.error.hint) lines.push(`${INDENT}  ${c.dim(`${t(lang, 'hint')}: ${oneLine(s.error.hint)}`)}`);
    if (s.checks.length) lines.push(`${INDENT}  ${t(lang, 'checksNotRun', { n: s.checks.length })}`);
    return lines;
  }
  for (const w of s.warnings ?? []) {
    lines.push(`${INDENT}${c.yellow('⚠')} ${c.yellow(w.code)} ${oneLine(w.message)}`);
    if (w.hint) lines.push(`${INDENT}  ${c.dim(`${t(lang, 'hint')}: ${oneLine(w.hint)}`)}`);
  }
  const valueCap = width ? Math.max(8, Math.floor(width / 6)) : VALUE_CAP;
  const idCap = width ? Math.max(16, Math.floor(width / 3)) : undefined;
  const rows = s.checks.map((ch) => ({
    ch,
    id: fit(ch.id, idCap),
    sev: t(lang, ch.severity),
    observed: truncate(formatValue(ch.observed), valueCap),
    expected: truncate(formatValue(ch.expected), valueCap),
  }));
  const w = {
    id: Math.max(0, ...rows.map((r) => displayWidth(r.id))),
    sev: Math.max(0, ...rows.map((r) => displayWidth(r.sev))),
    observed: Math.max(0, ...rows.map((r) => displayWidth(r.observed))),
    expected: Math.max(0, ...rows.map((r) => displayWidth(r.expected))),
  };
  // Icon (1) + five gaps of two spaces come before the message.
  const lead = INDENT.length + 1 + 2 + w.id + 2 + w.sev + 2 + w.observed + 2 + w.expected + 2;
  const detailWidth = width ? width - INDENT.length * 3 : undefined;
  // On a narrow terminal the message of a failed check moves to its own line rather than being
  // cut to a few characters; a passing check's message (observed/expected say it) is dropped.
  const inline = width === undefined || width - lead >= MIN_MESSAGE;
  for (const r of rows) {
    const passed = r.ch.status === 'pass';
    const verdict = checkMessage(r.ch, lang);
    const message = inline ? fit(verdict, width === undefined ? undefined : width - lead) : '';
    lines.push(
      [
        `${INDENT}${icon(r.ch, report.failOn, c)}`,
        padEnd(r.id, w.id),
        severityColor(r.ch.severity, c)(padEnd(r.sev, w.sev)),
        padEnd(r.observed, w.observed),
        c.dim(padEnd(r.expected, w.expected)),
        passed ? c.dim(message) : message,
      ]
        .join('  ')
        .trimEnd(),
    );
    if (!inline && !passed) lines.push(`${INDENT.repeat(3)}${fit(verdict, detailWidth)}`);
    if (r.ch.description) lines.push(`${INDENT.repeat(3)}${c.italic(fit(r.ch.description, detailWidth))}`);
    for (const sample of r.ch.samples) {
      const text = `${formatSampleRow(sample, lang)}  ${formatSampleValues(sample, lang)}`;
      lines.push(`${INDENT.repeat(3)}${c.dim(fit(text, detailWidth))}`);
    }
    const more = (r.ch.failingCount ?? 0) - r.ch.samples.length;
    if (r.ch.samples.length > 0 && more > 0)
      lines.push(`${INDENT.repeat(3)}${c.dim(t(lang, 'moreSamples', { n: more }))}`);
  }
  return lines;
}

function icon(ch: CheckResult, failOn: Report['failOn'], c: Colors): string {
  switch (ch.status) {
    case 'pass':
      return c.green('✔');
    case 'fail':
      return atOrAbove(ch.severity, failOn) ? c.red('✖') : c.yellow('▲');
    case 'error':
      return c.magenta('!');
    case 'skip':
      return c.dim('-');
  }
}

function severityColor(s: Severity, c: Colors): (x: string) => string {
  const map: Record<Severity, (x: string) => string> = {
    critical: (x) => c.bold(c.red(x)),
    high: c.red,
    medium: c.yellow,
    low: c.cyan,
    info: c.dim,
  };
  return map[s];
}
