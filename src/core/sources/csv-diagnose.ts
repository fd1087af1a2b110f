import { readFileSync } from 'node:fs';

export type CsvProblem =
  { kind: 'ragged'; line: number; found: number; expected: number } | { kind: 'quote'; line: number };

/**
 * Finds the first structural problem in a delimited file. Only called after polars rejected the
 * file, to turn its position-less message into a line number; quoted newlines are honoured so
 * the reported line is the physical line a person sees in an editor.
 */
export function diagnoseCsv(path: string, delimiter: string, quote: string): CsvProblem | null {
  const text = readFileSync(path, 'utf8');
  let expected = -1;
  let fields = 1;
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 0;
  let recordHasContent = false;
  const endRecord = (): CsvProblem | null => {
    if (recordHasContent) {
      if (expected < 0) expected = fields;
      else if (fields !== expected) return { kind: 'ragged', line: recordLine, found: fields, expected };
    }
    fields = 1;
    recordHasContent = false;
    return null;
  };
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === quote) {
        if (text[i + 1] === quote) i++;
        else inQuotes = false;
      } else if (ch === '\n') line++;
      continue;
    }
    if (ch === quote) {
      inQuotes = true;
      quoteLine = line;
      recordHasContent = true;
    } else if (ch === delimiter) {
      fields++;
      recordHasContent = true;
    } else if (ch === '\n') {
      const p = endRecord();
      if (p) return p;
      line++;
      recordLine = line;
    } else if (ch !== '\r') recordHasContent = true;
  }
  if (inQuotes) return { kind: 'quote', line: quoteLine };
  return endRecord();
}
