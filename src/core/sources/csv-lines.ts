import { open } from 'node:fs/promises';
import type { Sample } from '../result/schema.ts';
import { csvSettings, type OpenedSource } from './open.ts';

export interface CsvLayout {
  quote: string;
  header: boolean;
  skipRows: number;
  /** Lines starting with it hold no record (polars' `comment_prefix`). */
  commentPrefix?: string;
}

const CHUNK = 1 << 20;
const LF = 10;
const CR = 13;

/**
 * Maps 0-based data-row indexes to the 1-based physical line where each row starts, the line an
 * editor (and a GitHub annotation) shows. Quoted fields may span lines, so lines are counted
 * while tracking quotes; a doubled quote inside a quoted field toggles twice and needs no
 * look-ahead. As in polars, a blank line is a record (of nulls) and a comment line is none. Reads
 * only as far as the last wanted row.
 */
export async function csvRowLines(
  path: string,
  rows: number[],
  layout: CsvLayout,
): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  if (rows.length === 0) return out;
  const last = Math.max(...rows);
  const wanted = new Set(rows);
  const q = layout.quote.charCodeAt(0);
  const comment = layout.commentPrefix ? Buffer.from(layout.commentPrefix) : undefined;
  const firstData = layout.skipRows + (layout.header ? 1 : 0);
  const buf = Buffer.allocUnsafe(CHUNK);
  const fh = await open(path, 'r');
  try {
    let line = 1;
    let recordLine = 1;
    let record = 0;
    let inQuotes = false;
    let hasContent = false;
    // Bytes of the comment prefix matched at the start of the record; -1 once it cannot match.
    let lead = comment ? 0 : -1;
    let isComment = false;
    const endRecord = (): boolean => {
      if (!isComment) {
        const row = record - firstData;
        if (wanted.has(row)) out.set(row, recordLine);
        if (row >= last) return true;
        record++;
      }
      return false;
    };
    for (;;) {
      const { bytesRead: n } = await fh.read(buf, 0, CHUNK, null);
      if (n === 0) break;
      for (let i = 0; i < n; i++) {
        const b = buf[i]!;
        if (b === LF) {
          line++;
          if (inQuotes) continue;
          if (endRecord()) return out;
          hasContent = false;
          isComment = false;
          lead = comment ? 0 : -1;
          recordLine = line;
        } else if (b !== CR && !isComment) {
          if (lead >= 0) {
            if (b === comment![lead]) {
              isComment = ++lead === comment!.length;
              continue;
            }
            hasContent ||= lead > 0;
            lead = -1;
          }
          if (b === q) inQuotes = !inQuotes;
          hasContent = true;
        }
      }
    }
    // The last record may end without a newline; nothing after the final newline is no record.
    if (hasContent || lead > 0) endRecord();
    return out;
  } finally {
    await fh.close();
  }
}

/**
 * Sets `line` on samples of a local CSV/TSV source (samples without `file` belong to its only
 * file). Lines are a courtesy: a file that cannot be read again just leaves them out.
 */
export async function addSampleLines(source: OpenedSource, samples: Sample[]): Promise<void> {
  if (source.format !== 'csv' && source.format !== 'tsv') return;
  const o = source.spec.options ?? {};
  const st = csvSettings(source.format, o);
  const layout: CsvLayout = {
    quote: st.quote,
    header: st.header,
    skipRows: o.skip_rows ?? 0,
    ...(o.comment_prefix ? { commentPrefix: o.comment_prefix } : {}),
  };
  const byFile = new Map<string, Sample[]>();
  for (const s of samples) {
    const file = s.file ?? (source.files.length === 1 ? source.files[0] : undefined);
    if (file !== undefined) byFile.set(file, [...(byFile.get(file) ?? []), s]);
  }
  await Promise.all(
    [...byFile].map(async ([file, list]) => {
      const rowOf = (s: Sample): number => (s.file !== undefined ? (s.fileRow ?? s.row) : s.row);
      try {
        const lines = await csvRowLines(file, list.map(rowOf), layout);
        for (const s of list) {
          const line = lines.get(rowOf(s));
          if (line !== undefined) s.line = line;
        }
      } catch {
        // e.g. the file was removed since the run read it.
      }
    }),
  );
}
