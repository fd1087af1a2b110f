import { TruthgateError } from '../../errors.ts';

/**
 * `schema.table` (or `table`, or `"Odd.Name".t`) split into its parts. Double quotes keep dots and
 * case inside a part; `""` is a literal quote. The parts are only ever used quoted (expr/sql.ts quoteIdent).
 */
export function parseTableName(source: string, text: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') {
      quoted = wasQuoted = true;
    } else if (ch === '.') {
      parts.push(cur);
      cur = '';
      wasQuoted = false;
    } else cur += ch;
  }
  parts.push(cur);
  if (quoted || parts.length > 3 || parts.some((p) => p === '') || (!wasQuoted && /\s/.test(cur)))
    throw new TruthgateError('TG_SUITE_INVALID', {
      path: `sources.${source}.sql.table`,
      detail: `\`${text}\` is not a table name; write \`table\`, \`schema.table\` or \`"Quoted Name"\``,
    });
  return parts;
}
