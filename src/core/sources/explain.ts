import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { TruthgateError } from '../errors.ts';
import { findCsvValue, type CsvLayout } from './csv-diagnose.ts';
import { scanCsvFile, type CsvScanProblem } from './csv-scan.ts';
import { isCloudPath } from './cloud/location.ts';
import { bucketExists, localFile } from './cloud/objects.ts';
import { objectStoreError } from './cloud/polars-errors.ts';
import { firstInvalidUtf8InFile } from './detect.ts';
import type { JsonProblem } from './json-diagnose.ts';
import type { OpenedSource } from './opened.ts';
import type { CsvOptions, Format } from './spec.ts';

/** A file as users should see it: relative to the suite directory when inside it. */
export function displayPath(file: string, baseDir: string): string {
  if (isCloudPath(file)) return file;
  const rel = relative(baseDir, file);
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}

export function isTextual(format: Format): format is 'csv' | 'tsv' | 'json' | 'ndjson' {
  return format === 'csv' || format === 'tsv' || format === 'json' || format === 'ndjson';
}

export function csvLayout(format: Format, o: CsvOptions): CsvLayout & { header: boolean } {
  return {
    delimiter: o.delimiter ?? (format === 'tsv' ? '\t' : ','),
    quote: o.quote ?? '"',
    header: o.header ?? true,
    ...(o.skip_rows !== undefined ? { skipRows: o.skip_rows } : {}),
    ...(o.comment_prefix !== undefined ? { commentPrefix: o.comment_prefix } : {}),
  };
}

export function csvScanError(p: CsvScanProblem, shown: string): TruthgateError {
  if (p.kind === 'encoding') return encodingError(shown, p.offset);
  const location = { file: shown, line: p.line, column: 1 };
  if (p.kind === 'ragged')
    return new TruthgateError(
      'TG_CSV_RAGGED',
      { path: shown, line: p.line, found: p.found, expected: p.expected },
      { location },
    );
  return new TruthgateError(
    p.kind === 'nul' ? 'TG_CSV_NUL' : 'TG_CSV_QUOTE',
    { path: shown, line: p.line },
    { location },
  );
}

export function jsonProblemError(p: JsonProblem, shown: string): TruthgateError {
  const location = { file: shown };
  switch (p.kind) {
    case 'syntax':
      return new TruthgateError(
        'TG_JSON_SYNTAX',
        { path: shown, line: p.line, column: p.column, detail: p.detail },
        { location: { ...location, line: p.line, column: p.column } },
      );
    case 'shape':
      return new TruthgateError('TG_SOURCE_READ', { path: shown, detail: p.detail }, { location });
    case 'not-array':
      return new TruthgateError(
        'TG_JSON_NOT_ARRAY',
        { path: shown, keys: p.found || '(none)' },
        { location },
      );
    case 'encoding':
      return encodingError(shown, p.offset);
  }
}

export function encodingError(shown: string, offset: number): TruthgateError {
  return new TruthgateError('TG_SOURCE_ENCODING', { path: shown, offset }, { location: { file: shown } });
}

// polars: could not parse `x` as dtype `i64` at column 'a' (column number 1)
const CSV_TYPE =
  /could not parse `([\s\S]*?)` as dtype `([^`]+)` at column '([\s\S]*?)' \(column number (\d+)\)/;

/** Why one file failed, from its bytes; undefined when the file itself looks fine. */
function explainFile(
  file: string,
  shown: string,
  format: Format,
  options: CsvOptions,
  raw: string,
): TruthgateError | undefined {
  if (isTextual(format) && /utf-?8/i.test(raw)) {
    const off = firstInvalidUtf8InFile(file);
    if (off >= 0) return encodingError(shown, off);
  }
  // JSON files are checked whole when opened; what polars still refuses is explained by polars.
  if (format !== 'csv' && format !== 'tsv') return undefined;
  const layout = csvLayout(format, options);
  const { problem } = scanCsvFile(file, layout, !options.ragged);
  if (problem) return csvScanError(problem, shown);
  const m = CSV_TYPE.exec(raw);
  if (!m) return undefined;
  const buf = readFileSync(file);
  const [, value, dtype, column, number] = m as unknown as [string, string, string, string, string];
  const line = findCsvValue(buf, layout, layout.header, Number(number) - 1, value);
  if (line === undefined) return undefined;
  return new TruthgateError(
    'TG_SOURCE_TYPE',
    { path: shown, place: `line ${line}`, value: JSON.stringify(value), column, expected: dtype },
    { location: { file: shown, line, column: 1 } },
  );
}

/**
 * Turns a polars read failure into a TruthgateError that names the file and, where the bytes
 * allow, the line: ragged rows, open quotes, values that break the inferred type, bad UTF-8
 * anywhere in the file. Called by whoever collected the query, since lazy frames fail only then.
 */
export function explainReadError(
  source: OpenedSource,
  err: unknown,
  baseDir = process.cwd(),
): TruthgateError {
  if (err instanceof TruthgateError) return err;
  const raw = messageOf(err);
  for (const f of source.files) {
    // An object polars reads in place has no local bytes to explain from.
    const file = localFile(f);
    if (isCloudPath(file)) continue;
    const e = explainFile(file, displayPath(f, baseDir), source.format, source.spec.options ?? {}, raw);
    if (e) return e;
  }
  const shown = source.files.length === 1 ? displayPath(source.files[0]!, baseDir) : source.uri;
  return readError(shown, raw, err, () => bucketExists(source.spec.path, source.spec.storage_options ?? {}));
}

/** Same as explainReadError for one file (e.g. a JSON array read at open). */
export function explainFileFailure(
  file: string,
  shown: string,
  format: Format,
  options: CsvOptions,
  err: unknown,
): TruthgateError {
  const raw = messageOf(err);
  return explainFile(file, shown, format, options, raw) ?? readError(shown, raw, err);
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function readError(
  shown: string,
  raw: string,
  err: unknown,
  bucketProbe?: () => boolean | undefined,
): TruthgateError {
  const cloud = objectStoreError(raw, shown, bucketProbe);
  if (cloud) return cloud;
  return new TruthgateError(
    'TG_SOURCE_READ',
    { path: shown, detail: raw.split('\n')[0]!.trim() },
    { cause: err, location: { file: shown } },
  );
}
