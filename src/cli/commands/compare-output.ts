import { basename } from 'node:path';
import { TruthgateError, type Lang } from '../../core/errors.ts';
import { writeFileAtomic } from '../../core/fs/atomic.ts';
import { t } from '../../core/i18n/ui.ts';
import type { MarkdownOptions } from '../../core/render/markdown.ts';
import type { TerminalOptions } from '../../core/render/terminal.ts';
import { openSource, type OpenedSource } from '../../core/sources/open.ts';
import { terminalWidth, useColor } from '../output.ts';

/** Shared by `drift` and `diff`: both print one result object in one of three formats. */

export const compareFormats = ['terminal', 'json', 'markdown'] as const;
export type CompareFormat = (typeof compareFormats)[number];

export interface Renderers<T> {
  terminal(x: T, opts: TerminalOptions): string;
  markdown(x: T, opts: MarkdownOptions): string;
}

/**
 * JSON is the object itself. With --output the chosen format goes to the file (atomically) and
 * the terminal view to stdout, as `truthgate check` does.
 */
export function emit<T>(
  result: T,
  r: Renderers<T>,
  opts: { format: CompareFormat; output?: string; color: boolean; lang: Lang },
): void {
  const text = (format: CompareFormat): string =>
    format === 'json'
      ? `${JSON.stringify(result, null, 2)}\n`
      : format === 'markdown'
        ? r.markdown(result, { lang: opts.lang })
        : r.terminal(result, { lang: opts.lang, color: useColor(opts.color), width: terminalWidth() });
  if (opts.output) {
    writeFileAtomic(opts.output, text(opts.format));
    process.stdout.write(text('terminal'));
    process.stderr.write(`${t(opts.lang, 'reportWritten', { path: opts.output })}\n`);
  } else {
    process.stdout.write(text(opts.format));
  }
}

/** A data file given on the command line, named after its file. */
export function openPath(path: string): OpenedSource {
  return openSource(basename(path), { path });
}

/** "a,b, c" -> ["a", "b", "c"] for --columns and --key. */
export function parseList(value: string): string[] {
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0)
    throw new TruthgateError('TG_USAGE', { detail: `expected a comma-separated list, got "${value}"` });
  return items;
}

export function parseFraction(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) {
    throw new TruthgateError('TG_USAGE', { detail: `expected a non-negative number, got "${value}"` });
  }
  return n;
}
