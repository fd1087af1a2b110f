import { CSV_SCAN_WASM } from './csv-scan-wasm.generated.ts';

/**
 * The record scan of a CSV block in WebAssembly SIMD: 64 bytes per step, each compared at once
 * with the delimiter, the newline and the quote; the bit masks of the matches give the records'
 * ends and their delimiter counts by popcount, and quoted stretches by a prefix XOR of the quote
 * mask. Several times the speed of a byte loop in JS, on quoted files too.
 *
 * The program is csv-scan.wat, compiled by `npm run gen` into csv-scan-wasm.generated.ts; this
 * module instantiates it (or reports it unusable where WebAssembly SIMD is missing) and feeds it a
 * block piece by piece. The semantics are the byte scan's (scanRecords in csv-scan.ts); NUL bytes,
 * comments and skipped lines are left to the byte scan.
 */

/** The module's exported i32 globals: its inputs and outputs besides scan's argument (see the .wat). */
type Globals =
  | 'delim'
  | 'quote'
  | 'count'
  | 'quoted'
  | 'want'
  | 'check'
  | 'records'
  | 'lines'
  | 'recLine'
  | 'recEnd'
  | 'nlq'
  | 'found';

/** Bytes copied into the module per call: small enough to stay in the CPU's cache. */
const PIECE = 1 << 16;
/** A step reads up to 63 bytes past the piece: filled with a byte that is not NUL, LF or scanned for. */
const PAD = 64;

type Exports = { memory: WebAssembly.Memory; scan: (len: number) => number } & Record<
  Globals,
  WebAssembly.Global
>;

let instance: Exports | null | undefined;

/** The compiled scanner; null where WebAssembly SIMD is missing (the byte scan does the work). */
function scanner(): Exports | null {
  if (instance === undefined) {
    try {
      const module = new WebAssembly.Module(Buffer.from(CSV_SCAN_WASM, 'base64'));
      instance = new WebAssembly.Instance(module).exports as unknown as Exports;
    } catch {
      instance = null;
    }
  }
  return instance;
}

/** What the scan of one block of whole records (the last one possibly cut) found. */
export type RecordCount = {
  /** Records ended in the block (before the bad one, if any). */
  records: number;
  /** Delimiters per record: as passed in, or the first record's when -1 was. */
  delimiters: number;
} & (
  | {
      /** The first record whose field count differs from the others' (with `check`). */
      bad: { line: number; fields: number };
    }
  | {
      bad?: undefined;
      /** Offset where the record left open at the block's end starts (the block's length if none). */
      openStart: number;
      /** Line of that record (or of the next one), counted from `line`. */
      openLine: number;
      openFields: number;
      openInQuotes: boolean;
      /** A newline inside quotes was seen: some record spans lines. */
      quotedNewline: boolean;
    }
);

/** Whether countRecords can scan with this delimiter and quote (single bytes, distinct, not 0 or LF). */
export function simdScannable(delimiter: number, quote: number): boolean {
  const ok = (b: number): boolean => Number.isInteger(b) && b > 0 && b < 256 && b !== 0x0a;
  return ok(delimiter) && ok(quote) && delimiter !== quote && scanner() !== null;
}

/**
 * Scans buf[start, end) where a record starts at `start` on `line`; undefined if it holds a NUL
 * byte. `delimiters` is the expected count per record, or -1 to take the first record's.
 */
export function countRecords(
  buf: Uint8Array,
  start: number,
  line: number,
  delimiter: number,
  quote: number,
  delimiters: number,
  check: boolean,
  piece = PIECE,
): RecordCount | undefined {
  const x = scanner()!;
  const filler = [0x20, 0x21, 0x22].find((b) => b !== delimiter && b !== quote)!;
  const mem = new Uint8Array(x.memory.buffer);
  x.delim.value = delimiter;
  x.quote.value = quote;
  x.count.value = 0;
  x.quoted.value = 0;
  x.want.value = delimiters;
  x.check.value = check ? 1 : 0;
  x.nlq.value = 0;
  let records = 0;
  let recordLine = line;
  let recordStart = start;
  for (let pos = start; pos < buf.length; pos += piece) {
    const size = Math.min(piece, buf.length - pos);
    mem.set(buf.subarray(pos, pos + size));
    mem.fill(filler, size, size + PAD);
    x.records.value = 0;
    x.recLine.value = recordLine - line;
    x.recEnd.value = -1;
    const stop = x.scan(size);
    if (stop === -2) return undefined;
    records += x.records.value;
    recordLine = line + x.recLine.value;
    if (x.recEnd.value >= 0) recordStart = pos + x.recEnd.value;
    if (stop >= 0)
      return { records, delimiters: x.want.value, bad: { line: recordLine, fields: x.found.value } };
    line += x.lines.value;
  }
  return {
    records,
    delimiters: x.want.value,
    openStart: recordStart,
    openLine: recordLine,
    openFields: x.count.value + 1,
    openInQuotes: x.quoted.value === 1,
    quotedNewline: x.nlq.value === 1,
  };
}
