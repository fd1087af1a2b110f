import type { Report } from '../result/schema.ts';
import { renderJson } from './json.ts';
import { renderJunit } from './junit.ts';
import { renderMarkdown, type MarkdownOptions } from './markdown.ts';
import { renderTerminal, type TerminalOptions } from './terminal.ts';

export const formats = ['terminal', 'json', 'markdown', 'junit'] as const;
export type Format = (typeof formats)[number];

export type RenderOptions = TerminalOptions & MarkdownOptions;

/** One report, any output format; JSON and JUnit are machine formats and ignore lang and colour. */
export function render(report: Report, format: Format, opts: RenderOptions = {}): string {
  switch (format) {
    case 'terminal':
      return renderTerminal(report, opts);
    case 'json':
      return renderJson(report);
    case 'markdown':
      return renderMarkdown(report, opts);
    case 'junit':
      return renderJunit(report);
  }
}

export { renderJson, renderJunit, renderMarkdown, renderTerminal };
export type { MarkdownOptions, TerminalOptions };
export { escapeHtml, escapeMarkdown, escapeXml, markdownCode } from './escape.ts';
