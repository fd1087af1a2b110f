/**
 * Escaping for data values placed in Markdown, HTML and XML. Data can hold anything (`<script>`,
 * `a|b`, newlines, backticks); these helpers make sure a value renders as text and never as
 * structure. Shared by the renderers, the GitHub Action and the dashboard.
 */

const htmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe inside HTML elements and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => htmlEntities[c]!);
}

/**
 * Text safe as inline Markdown, including a GFM table cell: HTML is neutralised, Markdown
 * punctuation cannot start emphasis, links or code spans, `|` cannot split the cell, and line
 * breaks become `<br>` so a value never ends the row.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[&<>]/g, (c) => htmlEntities[c]!)
    .replace(/[\\`*_[\]~]/g, (c) => (c === '`' ? '&#96;' : c === '\\' ? '&#92;' : `\\${c}`))
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** Inline code that survives any content (including `|` in a table cell and backticks). */
export function markdownCode(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`;
}

// XML 1.0 forbids most control characters and lone surrogates even when escaped.
const xmlInvalid =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe in XML element content and attribute values; invalid characters become U+FFFD. */
export function escapeXml(text: string): string {
  return text
    .replace(xmlInvalid, '\uFFFD')
    .replace(/[&<>"']/g, (c) => (c === "'" ? '&apos;' : htmlEntities[c]!));
}
