import { readFileSync } from 'node:fs';

export type JsonProblem =
  | { kind: 'syntax'; line: number; column: number; detail: string }
  | { kind: 'shape'; detail: string }
  | { kind: 'type'; place: string; column: string; value: string; expected: string; found: string };

/** A value's JSON kind as a person would name it; integers and floats are both numbers. */
function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

export interface TypeConflict {
  /** 0-based row (array element or NDJSON line). */
  row: number;
  column: string;
  value: unknown;
  expected: string;
  found: string;
}

/**
 * First field whose JSON kind differs from the kind that column had before (nulls ignored).
 * Polars widens number + string to a string column silently and fails on number + object; both
 * deserve a pointer to the row that broke the pattern.
 */
export function firstTypeConflict(rows: Iterable<unknown>): TypeConflict | undefined {
  const kinds = new Map<string, string>();
  let row = 0;
  for (const r of rows) {
    if (r && typeof r === 'object' && !Array.isArray(r)) {
      for (const [column, value] of Object.entries(r)) {
        const found = kindOf(value);
        if (found === 'null') continue;
        const expected = kinds.get(column);
        if (expected === undefined) kinds.set(column, found);
        else if (expected !== found) return { row, column, value, expected, found };
      }
    }
    row++;
  }
  return undefined;
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

/** JSON.parse with the failure turned into a 1-based line and column of `text`. */
function parseAt(
  text: string,
  lineOffset: number,
): { ok: true; value: unknown } | { ok: false; problem: JsonProblem } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const m = /position (\d+)/.exec(msg);
    const { line, column } = lineCol(text, m ? Number(m[1]) : text.length);
    const detail = msg
      .replace(/\s*(in JSON )?at position \d+.*$/, '')
      .replace(/ \(line \d+ column \d+\)/, '');
    return { ok: false, problem: { kind: 'syntax', line: line + lineOffset, column, detail } };
  }
}

/**
 * Explains why a JSON array or NDJSON file failed to load: the first syntax error with its line
 * and column, a top level that is not rows, or the first value whose type breaks its column.
 * Reads the whole file; only called on the error path (and for warnings on small files).
 */
export function diagnoseJson(path: string, format: 'json' | 'ndjson'): JsonProblem | null {
  let text = readFileSync(path, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (format === 'json') {
    const r = parseAt(text, 0);
    if (!r.ok) return r.problem;
    const rows = Array.isArray(r.value) ? r.value : [r.value];
    if (rows.some((x) => x !== null && (typeof x !== 'object' || Array.isArray(x))))
      return { kind: 'shape', detail: 'a JSON source must be an array of objects, one per row' };
    const c = firstTypeConflict(rows);
    return c ? typeProblem(c, `element [${c.row}]`) : null;
  }
  const rows: unknown[] = [];
  const lineOf: number[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!.trim();
    if (l === '') continue;
    const r = parseAt(l, i);
    if (!r.ok) return r.problem;
    if (r.value === null || typeof r.value !== 'object' || Array.isArray(r.value))
      return { kind: 'syntax', line: i + 1, column: 1, detail: 'each NDJSON line must be one JSON object' };
    rows.push(r.value);
    lineOf.push(i + 1);
  }
  const c = firstTypeConflict(rows);
  return c ? typeProblem(c, `line ${lineOf[c.row]}`) : null;
}

function typeProblem(c: TypeConflict, place: string): JsonProblem {
  return {
    kind: 'type',
    place,
    column: c.column,
    value: showValue(c.value),
    expected: c.expected,
    found: c.found,
  };
}
