import { readFileSync } from 'node:fs';
import pl from 'nodejs-polars';
import { TruthgateError } from '../errors.ts';
import {
  columnKinds,
  isScalarKind,
  ndjsonRows,
  parseJsonArray,
  showValue,
  type ColumnKinds,
} from './json-diagnose.ts';
import { asText, wideIntegerWarning } from './wide-integers.ts';

/**
 * How each scalar column is read: as its one kind, or as text when kinds mix (or when asked);
 * `wide`: whole numbers beyond Int64, read as text exactly as written (wide-integers.ts says why).
 */
type Reading = Map<string, 'text' | 'wide' | pl.DataType>;

/**
 * Decides each column's reading from every row's kinds. A column mixing scalar kinds is read as
 * text with a TG_SOURCE_MIXED_TYPES warning; one mixing objects or arrays with anything else has no
 * faithful column type and stops with TG_JSON_TYPE.
 */
function plan(
  columns: Map<string, ColumnKinds>,
  shown: string,
  allText: boolean,
  warnings: TruthgateError[],
): Reading {
  const reading: Reading = new Map();
  for (const [column, c] of columns) {
    const kinds = [...c.kinds];
    if (kinds.length === 0) continue;
    if (!kinds.every(isScalarKind)) {
      if (kinds.length === 1) continue;
      const x = c.conflict!;
      throw new TruthgateError(
        'TG_JSON_TYPE',
        {
          path: shown,
          place: x.place,
          value: showValue(x.value),
          column,
          expected: x.expected,
          found: x.found,
        },
        { location: { file: shown, ...lineOf(x.place) } },
      );
    }
    if (kinds.length > 1) {
      const x = c.conflict!;
      warnings.push(
        new TruthgateError(
          'TG_SOURCE_MIXED_TYPES',
          { path: shown, place: x.place, column, expected: x.expected, found: x.found },
          { location: { file: shown, ...lineOf(x.place) } },
        ),
      );
      reading.set(column, 'text');
    } else if (allText) reading.set(column, 'text');
    else if (kinds[0] === 'number' && !c.fractional && c.wide) {
      warnings.push(wideIntegerWarning(shown, column));
      reading.set(column, 'wide');
    } else if (kinds[0] === 'number') reading.set(column, c.fractional ? pl.Float64 : pl.Int64);
    else reading.set(column, kinds[0] === 'string' ? pl.String : pl.Bool);
  }
  return reading;
}

function lineOf(place: string): { line?: number } {
  const m = /^line (\d+)$/.exec(place);
  return m ? { line: Number(m[1]) } : {};
}

/**
 * A JSON array read whole, with every column typed from all of its values (polars' own reader
 * infers from the first 50 rows and truncates later fractions). Mixed columns become text here,
 * before polars sees them. `infer_schema_length: 0` reads every scalar column as text.
 */
export function readJsonArray(
  file: string,
  shown: string,
  inferRows: number | undefined,
  warnings: TruthgateError[],
): pl.DataFrame {
  const buf = readFileSync(file);
  const rows = parseJsonArray(buf);
  const reading = plan(
    columnKinds(rows.map((value, i) => ({ value, place: `element [${i}]` }))),
    shown,
    inferRows === 0,
    warnings,
  );
  const text = [...reading].filter(([, r]) => r === 'text').map(([c]) => c);
  // Unchanged bytes when possible: JSON.parse rounds integers past 2^53, polars reads them exactly.
  let body = buf;
  if (text.length) {
    for (const row of rows as Record<string, unknown>[])
      for (const c of text) if (row[c] !== null && row[c] !== undefined) row[c] = String(row[c]);
    body = Buffer.from(JSON.stringify(rows));
  }
  // The whole array is in memory already, so inference over every row costs nothing extra.
  const df = pl.readJSON(body, { format: 'json', inferSchemaLength: null });
  // polars reads wide integers exactly (Int128); as text they stay exact and reach JavaScript.
  const wide = [...reading].filter(([, r]) => r === 'wide').map(([c]) => c);
  return wide.length ? df.withColumns(...asText(wide)) : df;
}

/**
 * An NDJSON file scanned lazily, with the kinds of all lines (one streaming pass at open) fixed
 * as schema overrides, so no later line is cast to a type guessed from the first ones. polars
 * still infers nested columns, from `infer_schema_length` lines (default: all).
 */
export function scanNdjson(
  file: string,
  shown: string,
  inferRows: number | undefined,
  warnings: TruthgateError[],
): pl.LazyDataFrame {
  const reading = plan(columnKinds(ndjsonRows(file)), shown, inferRows === 0, warnings);
  // A wide integer read as String keeps its digits as written.
  const overrides = Object.fromEntries(
    [...reading].map(([c, r]) => [c, r === 'text' || r === 'wide' ? pl.String : r]),
  );
  return pl.scanJson(file, {
    inferSchemaLength: inferRows ? inferRows : null,
    schemaOverrides: overrides,
  } as Parameters<typeof pl.scanJson>[1]);
}
