import { isUtf8 } from 'node:buffer';
import { csvRecordChunks } from './csv-chunks.ts';
import { firstInvalidUtf8 } from './detect.ts';
import { countRecords, simdScannable } from './csv-scan-simd.ts';

export type CsvProblem =
  | { kind: 'ragged'; line: number; found: number; expected: number }
  | { kind: 'quote'; line: number }
  | { kind: 'nul'; line: number };

export interface CsvLayout {
  delimiter: string;
  quote: string;
  /** Physical lines skipped before the first record (polars `skipRows`). */
  skipRows?: number;
  commentPrefix?: string;
}

const NL = 0x0a;
const CR = 0x0d;
const NUL = 0x00;

/**
 * Blocks from this size on take the SIMD scan; below it the byte scan costs less than compiling
 * and instantiating the SIMD module (about half a millisecond, once per process).
 */
const SIMD_FROM = 256 * 1024;

/** What a scan carries from one block of records to the next. */
export interface CsvScanState {
  /** 1-based physical line of the next record. */
  line: number;
  /** Field count of the first record, or -1 before it. */
  expected: number;
  /** File offset of the next block (for UTF-8 error offsets). */
  offset: number;
  /** Records seen so far (the header included). */
  records: number;
  started: boolean;
  /**
   * Every record so far sits on a line of its own (no quoted newline, comment or skipped line), so
   * data row r is on line r + 1 + header: sample lines need no second read of the file.
   */
  lineRecords: boolean;
  /** The record a block ended inside of (no newline yet): judged by finishCsvScan. */
  open?: { line: number; fields: number; inQuotes: boolean; empty: boolean };
}

export type CsvScanProblem = CsvProblem | { kind: 'encoding'; offset: number };

export function newCsvScan(): CsvScanState {
  return { line: 1, expected: -1, offset: 0, records: 0, started: false, lineRecords: true };
}

/**
 * Checks one block of whole records (a file, or a record-aligned chunk of one, in order) the way
 * polars will split them: UTF-8, NUL bytes, a quote still open at the end of the file, and rows
 * whose field count differs from the first record's (a blank line is a row with one field; polars
 * would pad it, or a short row, with nulls). The first problem in file order wins, so a whole read
 * and a chunked read of the same file report the same line. Call finishCsvScan after the last
 * block. One pass over the bytes with no allocation per record, cheap enough for every chunk.
 * `simdFrom` is the block size from which the SIMD scan is used (tests set 0 to use it always).
 */
export function scanCsvBlock(
  buf: Buffer,
  layout: CsvLayout,
  state: CsvScanState,
  fields: boolean,
  simdFrom = SIMD_FROM,
): CsvScanProblem | null {
  let end = buf.length;
  let badByte = -1;
  if (!isUtf8(buf)) {
    badByte = firstInvalidUtf8(buf);
    // A sequence cut at the end of the file is invalid too.
    if (badByte < 0) badByte = lastCharStart(buf);
    end = badByte;
  }
  const block = buf.subarray(0, end);
  const p =
    (block.length >= simdFrom ? simdRecords(block, layout, state, fields) : undefined) ??
    scanRecords(block, layout, state, fields);
  if (p !== 'done' && p) return p;
  if (badByte >= 0) return { kind: 'encoding', offset: state.offset + badByte };
  state.offset += buf.length;
  return null;
}

/** The file's last record, when it has no final newline: an open quote or a wrong field count. */
export function finishCsvScan(state: CsvScanState, fields: boolean): CsvScanProblem | null {
  const r = state.open;
  if (!r || r.empty) return null;
  if (r.inQuotes) return { kind: 'quote', line: r.line };
  if (fields && state.expected >= 0 && r.fields !== state.expected)
    return { kind: 'ragged', line: r.line, found: r.fields, expected: state.expected };
  return null;
}

function lastCharStart(buf: Buffer): number {
  let i = buf.length - 1;
  while (i > 0 && (buf[i]! & 0xc0) === 0x80) i--;
  return i;
}

/**
 * The fast path: the SIMD scan (csv-scan-simd.ts), with the byte scan's verdicts, of a block
 * without NUL bytes, comment lines or skipped lines. Returns undefined when the block does not qualify.
 */
function simdRecords(
  buf: Buffer,
  layout: CsvLayout,
  state: CsvScanState,
  checkFields: boolean,
): CsvScanProblem | 'done' | undefined {
  const delim = layout.delimiter.charCodeAt(0);
  const quote = layout.quote.charCodeAt(0);
  if (layout.commentPrefix || (layout.skipRows && !state.started) || !simdScannable(delim, quote))
    return undefined;
  const bom = !state.started && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  const want = state.expected < 0 ? -1 : state.expected - 1;
  const r = countRecords(buf, bom ? 3 : 0, state.line, delim, quote, want, checkFields);
  if (!r) return undefined;
  state.started = true;
  state.records += r.records;
  if (r.delimiters >= 0) state.expected = r.delimiters + 1;
  if (r.bad) return { kind: 'ragged', line: r.bad.line, found: r.bad.fields, expected: state.expected };
  if (r.quotedNewline) state.lineRecords = false;
  state.line = r.openLine;
  const open = buf.length - r.openStart;
  state.open =
    open > 0
      ? {
          line: r.openLine,
          fields: r.openFields,
          inQuotes: r.openInQuotes,
          empty: open === 1 && buf[r.openStart] === CR,
        }
      : undefined;
  return 'done';
}

function scanRecords(
  buf: Buffer,
  layout: CsvLayout,
  state: CsvScanState,
  checkFields: boolean,
): CsvScanProblem | null {
  const delim = layout.delimiter.charCodeAt(0);
  const quote = layout.quote.charCodeAt(0);
  const comment = layout.commentPrefix ? Buffer.from(layout.commentPrefix) : undefined;
  const n = buf.length;
  let i = 0;
  let line = state.line;
  state.open = undefined;
  if (!state.started) {
    state.started = true;
    if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) i = 3;
    if (layout.skipRows) state.lineRecords = false;
    for (let skipped = 0; skipped < (layout.skipRows ?? 0) && i < n; i++) {
      if (buf[i] === NL) {
        skipped++;
        line++;
      }
    }
  }
  const problem = (p: CsvScanProblem): CsvScanProblem => {
    state.line = line;
    return p;
  };
  while (i < n) {
    const start = i;
    const recordLine = line;
    if (comment && buf[i] === comment[0] && buf.subarray(i, i + comment.length).equals(comment)) {
      const nl = buf.indexOf(NL, i);
      i = nl < 0 ? n : nl + 1;
      line++;
      state.lineRecords = false;
      continue;
    }
    let fields = 1;
    let inQuotes = false;
    for (; i < n; i++) {
      const b = buf[i];
      if (b === quote) inQuotes = !inQuotes;
      else if (b === delim) {
        if (!inQuotes) fields++;
      } else if (b === NL) {
        if (!inQuotes) break;
        line++;
        state.lineRecords = false;
      } else if (b === NUL) return problem({ kind: 'nul', line });
    }
    if (i >= n) {
      // The block ran out inside this record: only the file's real end (finishCsvScan) judges it.
      const empty = i === start || (i - start === 1 && buf[start] === CR);
      state.open = { line: recordLine, fields, inQuotes, empty };
      state.line = recordLine;
      return null;
    }
    i++;
    line++;
    state.records++;
    if (state.expected < 0) state.expected = fields;
    else if (checkFields && fields !== state.expected)
      return problem({ kind: 'ragged', line: recordLine, found: fields, expected: state.expected });
  }
  state.line = line;
  return null;
}

const FILE_BLOCK = 16 * 1024 * 1024;

/**
 * Scans a whole file in record-aligned blocks; also returns how many records it holds and whether
 * each is a line of its own.
 */
export function scanCsvFile(
  file: string,
  layout: CsvLayout,
  fields: boolean,
): { problem: CsvScanProblem | null; records: number; lineRecords: boolean } {
  const state = newCsvScan();
  const result = (problem: CsvScanProblem | null) => ({
    problem,
    records: state.records,
    lineRecords: state.lineRecords,
  });
  for (const block of csvRecordChunks(file, FILE_BLOCK, layout.quote)) {
    const problem = scanCsvBlock(block, layout, state, fields);
    if (problem) return result(problem);
  }
  return result(finishCsvScan(state, fields));
}
