import type { Report } from '../result/schema.ts';
import { renderJson } from './json.ts';
import { renderJunit } from './junit.ts';
import { renderMarkdown, type MarkdownOptions } from './markdown.ts';
import { renderTerminal, type TerminalOptions } from './terminal.ts';
import { redactDeep } from '../redact.ts';

export const formats = ['terminal', 'json', 'markdown', 'junit'] as const;
export type Format = (typeof formats)[number];

export type RenderOptions = TerminalOptions & MarkdownOptions;

/** One report, any output format; JSON and JUnit are machine formats and ignore lang and colour. */
export function render(input: Report, format: Format, opts: RenderOptions = {}): string {
  // Values from `${ENV}` in the suite never reach an output file or terminal (core/redact.ts).
  const report = redactDeep(input);
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
