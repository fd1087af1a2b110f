import { createHash } from 'node:crypto';
import { isAbsolute, relative } from 'node:path';
import type { Lang, TruthgateError } from '../core/errors.ts';
import { escapeMarkdown, markdownCode } from '../core/render/escape.ts';
import { renderMarkdown, statusIcon } from '../core/render/markdown.ts';
import { t } from '../core/i18n/ui.ts';
import type { Report } from '../core/result/schema.ts';
import { renderRemote } from './remote-render.ts';
import type { RemoteRun } from './remote.ts';

/** GitHub rejects issue comments longer than this many characters. */
export const COMMENT_LIMIT = 65_536;
/** GitHub rejects a step summary larger than 1 MiB (bytes). */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** Above this many sources the comment lists only the sources that did not pass. */
export const COMPACT_SOURCES = 100;

/** A block after the report (a data diff, drift), rendered at a given length budget. */
export interface Section {
  /** Rendering that fits in `max` characters, or undefined when nothing useful fits. */
  render(max: number): string | undefined;
  /** One line naming it, for the "what was cut" note. */
  label: string;
}

export interface BodyParts {
  report: Report | undefined;
  /** Remote mode: the workflow's compact result, shown in place of the report. */
  remote?: RemoteRun | undefined;
  /** A run that could not produce a report (bad input, invalid suite). */
  error: TruthgateError | undefined;
  /** Short remarks shown under the headline (skipped files, missing base versions, ...). */
  notes: string[];
  sections: Section[];
  runUrl: string | undefined;
  lang: Lang;
  title: string;
  /** Error places are shown relative to it (the checkout directory means nothing to readers). */
  workspace?: string;
}

/**
 * The comment and the job summary share this Markdown; only the size budget differs. The report
 * gets what it needs first (it steps its own detail down); the diff sections share the rest and
 * are dropped with a note, last first, when even their smallest form does not fit.
 */
export function composeBody(p: BodyParts, maxChars: number): string {
  const footer = p.runUrl ? `\n\n<sub>[${t(p.lang, 'runLog')}](${p.runUrl})</sub>\n` : '\n';
  const notes = p.notes.length ? `\n${p.notes.map((n) => `> ${n}`).join('\n>\n')}\n` : '';
  // With diff sections to show, the report keeps at most 60% of the room.
  const reportMax = p.sections.length
    ? Math.floor(maxChars * 0.6)
    : maxChars - notes.length - footer.length - 300;
  const head = p.report
    ? p.report.sources.length > COMPACT_SOURCES
      ? compactReport(p.report, p.title, p.lang, Math.max(2000, reportMax))
      : renderMarkdown(p.report, { lang: p.lang, title: p.title, maxLength: Math.max(2000, reportMax) })
    : p.remote
      ? renderRemote(p.remote, p.title, p.lang)
      : errorBlock(p.error!, p.title, p.lang, p.workspace);
  let budget = maxChars - head.length - notes.length - footer.length - 200;
  const rendered: string[] = [];
  const dropped: string[] = [];
  p.sections.forEach((s, i) => {
    const share = Math.floor(budget / (p.sections.length - i));
    const text = share > 0 ? s.render(share) : undefined;
    if (text === undefined || text.length > share) dropped.push(s.label);
    else {
      rendered.push(text);
      budget -= text.length + 2;
    }
  });
  const cut = dropped.length
    ? `\n_${t(p.lang, 'leftOutForSize')}: ${dropped.map(escapeMarkdown).join(', ')}._\n`
    : '';
  const body = [head.trimEnd(), notes, ...rendered, cut].filter((x) => x.trim() !== '').join('\n\n') + footer;
  return body.length <= maxChars ? body : `${body.slice(0, maxChars - 1)}…`;
}

/** Largest character budget whose rendering stays under `maxBytes` of UTF-8 (Korean is 3 bytes a char). */
export function composeWithinBytes(p: BodyParts, maxBytes: number): string {
  let chars = maxBytes;
  for (;;) {
    const text = composeBody(p, chars);
    const bytes = Buffer.byteLength(text);
    if (bytes <= maxBytes || chars < 1000) return text;
    chars = Math.floor((chars * maxBytes) / bytes) - 100;
  }
}

/**
 * A report of thousands of sources in a few lines: the count, then one line per source that did
 * not pass (its failing checks), as many as fit; the JSON report and annotations have the rest.
 */
function compactReport(r: Report, title: string, lang: Lang, max: number): string {
  const n = (x: number): string => x.toLocaleString('en-US');
  const bad = r.sources.filter(
    (s) => s.error || s.checks.some((c) => c.status === 'fail' || c.status === 'error'),
  );
  const top = `### ${statusIcon[r.status]} ${escapeMarkdown(title)} · ${t(lang, r.status)} · ${escapeMarkdown(r.suite)}`;
  const count =
    bad.length === 0
      ? `**${n(r.sources.length)} sources, all pass** (${n(r.summary.checks)} checks).`
      : `**${n(r.sources.length)} sources**, ${n(r.sources.length - bad.length)} pass; **${n(bad.length)} failing**:`;
  const lines: string[] = [];
  let used = top.length + count.length + 200;
  for (const [i, s] of bad.entries()) {
    const what = s.error
      ? markdownCode(s.error.code)
      : s.checks
          .filter((c) => c.status === 'fail' || c.status === 'error')
          .map((c) => markdownCode(c.id))
          .join(', ');
    const line = `- ${markdownCode(s.uri)}: ${what}`;
    if (used + line.length > max) {
      lines.push(`- … ${n(bad.length - i)} more in the JSON report.`);
      break;
    }
    lines.push(line);
    used += line.length + 1;
  }
  return [top, count, lines.join('\n')].filter((x) => x !== '').join('\n\n');
}

function errorBlock(e: TruthgateError, title: string, lang: Lang, workspace?: string): string {
  const where = whereIn(e, workspace);
  const hint = e.hint(lang);
  return [
    `### ❗ ${escapeMarkdown(title)} · ${t(lang, 'error')}`,
    `${markdownCode(e.code)} ${where ? `${markdownCode(where)} ` : ''}${escapeMarkdown(e.message_(lang))}`,
    ...(hint ? [`${t(lang, 'hintLabel')}: ${escapeMarkdown(hint)}`] : []),
  ].join('\n\n');
}

/** An error's "file:line:column", with a file inside the workspace named as the repository names it. */
export function whereIn(e: TruthgateError, workspace: string | undefined): string {
  const file = e.location?.file;
  if (!file || !workspace || !isAbsolute(file)) return e.where();
  const rel = relative(workspace, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return e.where();
  return [rel, e.location?.line, e.location?.column].filter((x) => x !== undefined).join(':');
}

/**
 * Hash of what the comment shows, without the parts that change on every run (ids, clocks), so
 * `comment: on-change` can tell an unchanged report from a new one.
 */
export function contentHash(report: Report | undefined, extra: unknown): string {
  const stable = report && {
    ...report,
    runId: undefined,
    startedAt: undefined,
    durationMs: undefined,
    sources: report.sources.map((s) => ({ ...s, durationMs: undefined })),
  };
  return createHash('sha256')
    .update(JSON.stringify([stable, extra]))
    .digest('hex')
    .slice(0, 16);
}
