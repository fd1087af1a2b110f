import { scanCsvFile, type CsvLayout, type CsvProblem } from './csv-scan.ts';

// The scanner below this module defines the shapes both share.
export type { CsvLayout, CsvProblem };

interface CsvRecord {
  /** 1-based physical line the record starts on (quoted newlines count, as in an editor). */
  line: number;
  /** Field texts, unquoted. */
  values: string[];
}

const NL = 0x0a;
const CR = 0x0d;

/**
 * Walks the records of a delimited file with their field texts, the way polars splits them: a
 * quote toggles quoting wherever it appears, a blank line is a record with one empty field.
 * `partial` marks a buffer cut from a larger file: its last, possibly cut, record is not reported.
 * Only for error paths and headers; structure checks use the faster scanCsvBlock.
 */
function walkCsv(
  buf: Buffer,
  layout: CsvLayout,
  partial: boolean,
  onRecord: (r: CsvRecord) => boolean | void,
): void {
  const delim = layout.delimiter.charCodeAt(0);
  const quote = layout.quote.charCodeAt(0);
  const comment = layout.commentPrefix ? Buffer.from(layout.commentPrefix) : undefined;
  let i = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  let line = 1;
  for (let skipped = 0; skipped < (layout.skipRows ?? 0) && i < buf.length; i++) {
    if (buf[i] === NL) {
      skipped++;
      line++;
    }
  }
  while (i < buf.length) {
    const start = i;
    const recordLine = line;
    if (comment && buf.subarray(i, i + comment.length).equals(comment)) {
      while (i < buf.length && buf[i] !== NL) i++;
      i++;
      line++;
      continue;
    }
    let inQuotes = false;
    let fieldStart = i;
    const values: string[] = [];
    const pushValue = (end: number): void => {
      let text = buf.toString('utf8', fieldStart, end);
      if (text.endsWith('\r')) text = text.slice(0, -1);
      if (text.length >= 2 && text.charCodeAt(0) === quote && text.charCodeAt(text.length - 1) === quote)
        text = text.slice(1, -1).replaceAll(layout.quote + layout.quote, layout.quote);
      values.push(text);
    };
    for (; i < buf.length; i++) {
      const b = buf[i];
      if (b === quote) inQuotes = !inQuotes;
      else if (b === NL) {
        if (!inQuotes) break;
        line++;
      } else if (b === delim && !inQuotes) {
        pushValue(i);
        fieldStart = i + 1;
      }
    }
    const atEnd = i >= buf.length;
    if (inQuotes || (atEnd && partial)) return;
    pushValue(i);
    i++;
    line++;
    // A final newline ends the last record; it does not open an empty one.
    const empty = i - start <= 1 || (i - start === 2 && buf[start] === CR);
    if (atEnd && empty) break;
    if (onRecord({ line: recordLine, values }) === false) return;
  }
}

/** The first structural problem of a whole delimited file (see scanCsvBlock); for annotations. */
export function diagnoseCsv(path: string, delimiter: string, quote: string): CsvProblem | null {
  const { problem } = scanCsvFile(path, { delimiter, quote }, true);
  return problem && problem.kind !== 'encoding' ? problem : null;
}

/** The header record's names, unquoted as a CSV reader should (`"a""b"` is `a"b`); undefined if cut. */
export function csvHeaderNames(head: Buffer, layout: CsvLayout, partial: boolean): string[] | undefined {
  let names: string[] | undefined;
  walkCsv(head, layout, partial, (r) => {
    names = r.values;
    return false;
  });
  return names;
}

/** Line of the first data record whose field number `column` (0-based) holds exactly `value`. */
export function findCsvValue(
  buf: Buffer,
  layout: CsvLayout,
  header: boolean,
  column: number,
  value: string,
): number | undefined {
  let found: number | undefined;
  let first = header;
  walkCsv(buf, layout, false, (r) => {
    if (first) {
      first = false;
      return;
    }
    if (r.values[column] === value) {
      found = r.line;
      return false;
    }
  });
  return found;
}
