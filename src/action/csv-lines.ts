import { closeSync, openSync, readSync } from 'node:fs';

export interface CsvLayout {
  quote: string;
  header: boolean;
  skipRows: number;
}

const CHUNK = 1 << 20;
const LF = 10;
const CR = 13;

/**
 * Maps 0-based data-row indexes to the 1-based physical line where each row starts, the line an
 * editor (and a GitHub annotation) shows. Quoted fields may span lines, so lines are counted
 * while tracking quotes; a doubled quote inside a quoted field toggles twice and needs no
 * look-ahead. Blank lines hold no record. Reads only as far as the last wanted row.
 */
export function csvRowLines(path: string, rows: number[], layout: CsvLayout): Map<number, number> {
  const out = new Map<number, number>();
  if (rows.length === 0) return out;
  const last = Math.max(...rows);
  const wanted = new Set(rows);
  const q = layout.quote.charCodeAt(0);
  const firstData = layout.skipRows + (layout.header ? 1 : 0);
  const buf = Buffer.allocUnsafe(CHUNK);
  const fd = openSync(path, 'r');
  try {
    let line = 1;
    let recordLine = 1;
    let record = 0;
    let inQuotes = false;
    let hasContent = false;
    let pos = 0;
    for (;;) {
      const n = readSync(fd, buf, 0, CHUNK, pos);
      if (n === 0) break;
      pos += n;
      for (let i = 0; i < n; i++) {
        const b = buf[i]!;
        if (b === LF) {
          line++;
          if (inQuotes) continue;
          if (hasContent) {
            const row = record - firstData;
            if (wanted.has(row)) out.set(row, recordLine);
            if (row >= last) return out;
            record++;
          }
          hasContent = false;
          recordLine = line;
        } else if (b !== CR) {
          if (b === q) inQuotes = !inQuotes;
          hasContent = true;
        }
      }
    }
    // The last record may end without a newline.
    const row = record - firstData;
    if (hasContent && wanted.has(row)) out.set(row, recordLine);
    return out;
  } finally {
    closeSync(fd);
  }
}
