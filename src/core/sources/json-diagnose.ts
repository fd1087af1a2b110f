import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import { firstInvalidUtf8 } from './detect.ts';

export type JsonProblem =
  | { kind: 'syntax'; line: number; column: number; detail: string }
  | { kind: 'shape'; detail: string }
  | { kind: 'not-array'; found: string }
  | { kind: 'encoding'; offset: number };

/** A JSON problem found while reading; open.ts turns it into a coded error. */
export class JsonReadProblem extends Error {
  readonly problem: JsonProblem;
  constructor(problem: JsonProblem) {
    super(problem.kind);
    this.problem = problem;
  }
}

/** A value's JSON kind as a person would name it; integers and floats are both numbers. */
function kindOf(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

export function isScalarKind(kind: string): boolean {
  return kind === 'string' || kind === 'number' || kind === 'boolean';
}

/** What one column held across the whole file. */
export interface ColumnKinds {
  kinds: Set<string>;
  /** Where the column first broke its pattern: the row (element or line) and value. */
  conflict?: { place: string; value: unknown; expected: string; found: string };
  /** A number with a fraction, or written as a float (`1.0`, `1e3`). */
  fractional: boolean;
  /** A whole number beyond Int64 (polars reads it as Int128). */
  wide: boolean;
}

/**
 * Kinds of every column over every row, so a type never rests on the first rows only: polars
 * infers from a prefix and then truncates 17.5 to 17, or reads `true` as 1.0 in a number column.
 */
export function columnKinds(
  rows: Iterable<{ value: object; place: string; floats?: string[] }>,
): Map<string, ColumnKinds> {
  const columns = new Map<string, ColumnKinds>();
  for (const { value, place, floats } of rows) {
    for (const [name, v] of Object.entries(value)) {
      const found = kindOf(v);
      let c = columns.get(name);
      if (!c) columns.set(name, (c = { kinds: new Set(), fractional: false, wide: false }));
      if (found === 'null') continue;
      if (found === 'number' && !c.fractional) {
        if (!Number.isInteger(v) || (floats?.includes(name) ?? false)) c.fractional = true;
        else if (Math.abs(v as number) >= 2 ** 63) c.wide = true;
      }
      if (!c.kinds.has(found)) {
        if (c.kinds.size > 0 && !c.conflict)
          c.conflict = { place, value: v, expected: [...c.kinds][0]!, found };
        c.kinds.add(found);
      }
    }
  }
  return columns;
}

/** Shortened JSON text of a value for messages. */
export function showValue(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

function lineCol(text: string, pos: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < pos && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: pos - last };
}

type Reviver = (this: unknown, key: string, value: unknown, context: { source?: string }) => unknown;

/** JSON.parse with the failure turned into a 1-based line and column of `text`. */
function parseAt(text: string, lineOffset: number, reviver?: Reviver): unknown {
  try {
    return JSON.parse(text, reviver as Parameters<typeof JSON.parse>[1]);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const m = /position (\d+)/.exec(msg);
    const { line, column } = lineCol(text, m ? Number(m[1]) : text.length);
    const detail = msg
      .replace(/\s*(in JSON )?at position \d+.*$/, '')
      .replace(/ \(line \d+ column \d+\)/, '');
    throw new JsonReadProblem({ kind: 'syntax', line: line + lineOffset, column, detail });
  }
}

function checkUtf8(buf: Buffer, offset: number): void {
  if (!isUtf8(buf))
    throw new JsonReadProblem({ kind: 'encoding', offset: offset + Math.max(0, firstInvalidUtf8(buf)) });
}

const isRow = (v: unknown): v is object => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The rows of a JSON array file; a top-level object (`{"data": [...]}`) is refused, not a one-row table. */
export function parseJsonArray(buf: Buffer): object[] {
  checkUtf8(buf, 0);
  let text = buf.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const value = parseAt(text, 0);
  if (isRow(value))
    throw new JsonReadProblem({ kind: 'not-array', found: Object.keys(value).slice(0, 5).join(', ') });
  if (!Array.isArray(value) || value.some((x) => x !== null && !isRow(x)))
    throw new JsonReadProblem({
      kind: 'shape',
      detail: 'a JSON source must be an array of objects, one per row',
    });
  return value.map((x) => (x === null ? {} : (x as object)));
}

const BLOCK = 16 * 1024 * 1024;

/**
 * One NDJSON line, with the top-level keys whose whole-number value was written as a float (`1.0`,
 * `1e2`): JSON.parse makes both 1, but polars reads the column as a float and refuses such text as
 * Int64. Only a line with such a spelling (`.0` ending a number, or an exponent) pays for the
 * source-text reviver.
 */
function parseLine(line: string, lineOffset: number): { value: unknown; floats: string[] } {
  if (!/\d\.0+(?!\d)|\d[eE]/.test(line)) return { value: parseAt(line, lineOffset), floats: [] };
  const marked: [unknown, string][] = [];
  const value = parseAt(line, lineOffset, function (key, v, context) {
    if (typeof v === 'number' && Number.isInteger(v) && /[.eE]/.test(context.source ?? ''))
      marked.push([this, key]);
    return v;
  });
  return { value, floats: marked.filter(([holder]) => holder === value).map(([, key]) => key) };
}

/** Each NDJSON line as an object with its line number, read in blocks (files may be large). */
export function* ndjsonRows(file: string): Generator<{ value: object; place: string }> {
  const fd = openSync(file, 'r');
  try {
    let buf = Buffer.alloc(BLOCK);
    let carry = 0;
    let position = 0;
    let lineNo = 1;
    for (;;) {
      if (buf.length - carry < BLOCK / 2) {
        const bigger = Buffer.alloc(buf.length * 2);
        buf.copy(bigger, 0, 0, carry);
        buf = bigger;
      }
      const n = readSync(fd, buf, carry, buf.length - carry, position);
      const data = buf.subarray(0, carry + n);
      const cut = n === 0 ? data.length : data.lastIndexOf(0x0a) + 1;
      if (cut > 0 || n === 0) {
        // Blocks end at a newline, so no character is split between them.
        checkUtf8(data.subarray(0, cut), position - carry);
        let text = data.toString('utf8', 0, cut);
        if (lineNo === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        for (const raw of text.split('\n')) {
          const l = raw.trim();
          if (l !== '') {
            const { value, floats } = parseLine(l, lineNo - 1);
            if (!isRow(value))
              throw new JsonReadProblem({
                kind: 'syntax',
                line: lineNo,
                column: 1,
                detail: 'each NDJSON line must be one JSON object',
              });
            yield { value, place: `line ${lineNo}`, ...(floats.length ? { floats } : {}) };
          }
          lineNo++;
        }
        lineNo--; // the text after the last newline is not a line yet
      }
      if (n === 0) return;
      position += n;
      buf.copyWithin(0, cut, data.length);
      carry = data.length - cut;
    }
  } finally {
    closeSync(fd);
  }
}
