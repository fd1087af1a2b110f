import { basename } from 'node:path';
import { TruthgateError, type Lang } from '../../core/errors.ts';
import type { MarkdownOptions } from '../../core/render/markdown.ts';
import type { TerminalOptions } from '../../core/render/terminal.ts';
import { openSource, type OpenedSource } from '../../core/sources/open.ts';
import { terminalWidth, useColor, type ResultFormat } from '../output.ts';

/** Shared by `drift` and `diff`: one result object in the formats of `emitResult`. */
export interface Renderers<T> {
  terminal(x: T, opts: TerminalOptions): string;
  markdown(x: T, opts: MarkdownOptions): string;
}

/** The text of `result` in each format; JSON is the object itself. */
export function resultText<T>(
  result: T,
  r: Renderers<T>,
  opts: { color: boolean; lang: Lang },
): (format: ResultFormat) => string {
  return (format) =>
    format === 'json'
      ? `${JSON.stringify(result, null, 2)}\n`
      : format === 'markdown'
        ? r.markdown(result, { lang: opts.lang })
        : r.terminal(result, { lang: opts.lang, color: useColor(opts.color), width: terminalWidth() });
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
