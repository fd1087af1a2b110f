import { open } from 'node:fs/promises';
import type { Sample } from '../result/schema.ts';
import { csvSettings, type OpenedSource } from './open.ts';
import { localFile } from './cloud/objects.ts';

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
  const scan = new LineScan(rows, layout);
  if (rows.length === 0) return scan.out;
  const buf = Buffer.allocUnsafe(CHUNK);
  const fh = await open(path, 'r');
  try {
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, CHUNK, null);
      if (bytesRead === 0 || scan.feed(buf, bytesRead)) break;
    }
    scan.end();
    return scan.out;
  } finally {
    await fh.close();
  }
}

/** The scanner's state between chunks. */
class LineScan {
  readonly out = new Map<number, number>();
  private readonly wanted: Set<number>;
  private readonly last: number;
  private readonly q: number;
  private readonly comment: Buffer | undefined;
  private readonly firstData: number;
  private line = 1;
  private recordLine = 1;
  private record = 0;
  private inQuotes = false;
  private hasContent = false;
  /** Bytes of the comment prefix matched at the start of the record; -1 once it cannot match. */
  private lead: number;
  private isComment = false;
  private done = false;

  constructor(rows: number[], layout: CsvLayout) {
    this.wanted = new Set(rows);
    this.last = rows.length ? Math.max(...rows) : -1;
    this.q = layout.quote.charCodeAt(0);
    this.comment = layout.commentPrefix ? Buffer.from(layout.commentPrefix) : undefined;
    this.firstData = layout.skipRows + (layout.header ? 1 : 0);
    this.lead = this.comment ? 0 : -1;
  }

  /** Scans `n` bytes of `buf`; true once the last wanted row is found. */
  feed(buf: Buffer, n: number): boolean {
    const block = buf.subarray(0, n);
    if (!this.comment && !this.inQuotes && block.indexOf(this.q) < 0) return this.feedPlain(block);
    // Locals, not fields, in the byte loop: it is the whole cost of the scan.
    const { q, comment } = this;
    let { line, inQuotes, hasContent, lead, isComment } = this;
    let found = false;
    for (let i = 0; i < n; i++) {
      const b = buf[i]!;
      if (b === LF) {
        line++;
        if (inQuotes) continue;
        if (!isComment && this.endRecord(this.recordLine)) {
          found = true;
          break;
        }
        hasContent = false;
        isComment = false;
        lead = comment ? 0 : -1;
        this.recordLine = line;
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
    this.line = line;
    this.inQuotes = inQuotes;
    this.hasContent = hasContent;
    this.lead = lead;
    this.isComment = isComment;
    return found;
  }

  /**
   * A block without quotes outside a quoted field and without comment lines: every newline ends a
   * record, found by indexOf (native) instead of testing every byte, which cost seconds on
   * samples late in a large file.
   */
  private feedPlain(block: Buffer): boolean {
    let start = 0;
    for (let nl = block.indexOf(LF); nl >= 0; nl = block.indexOf(LF, nl + 1)) {
      this.line++;
      if (this.endRecord(this.recordLine)) return true;
      this.recordLine = this.line;
      this.hasContent = false;
      start = nl + 1;
    }
    for (let i = start; i < block.length && !this.hasContent; i++) this.hasContent = block[i] !== CR;
    return false;
  }

  /** The last record may end without a newline; nothing after the final newline is no record. */
  end(): void {
    if (!this.done && !this.isComment && (this.hasContent || this.lead > 0)) this.endRecord(this.recordLine);
  }

  private endRecord(line: number): boolean {
    const row = this.record - this.firstData;
    if (this.wanted.has(row)) this.out.set(row, line);
    this.record++;
    this.done = row >= this.last;
    return this.done;
  }
}

/**
 * Sets `line` on samples of a local CSV/TSV source (samples without `file` belong to its only
 * file). Where the structure scan found one record per line, the line follows from the row;
 * otherwise the file is read again up to the last sample. Lines are a courtesy: a file that
 * cannot be read again just leaves them out.
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
      if (source.lineRecords?.has(file)) {
        for (const s of list) s.line = rowOf(s) + 1 + (layout.header ? 1 : 0);
        return;
      }
      try {
        const lines = await csvRowLines(localFile(file), list.map(rowOf), layout);
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
