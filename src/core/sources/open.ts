import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import pl from 'nodejs-polars';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { TruthgateError } from '../errors.ts';
import { findCsvProblem } from './csv-diagnose.ts';
import { firstInvalidUtf8, formatFromPath, sniffBinaryFormat } from './detect.ts';
import {
  csvLayout,
  csvProblemError,
  displayPath,
  encodingError,
  explainFileFailure,
  explainReadError,
  isTextual,
  jsonProblemError,
} from './explain.ts';
import { fingerprintFiles } from './fingerprint.ts';
import { diagnoseJson } from './json-diagnose.ts';
import type { CsvOptions, Format, SourceSpec } from './spec.ts';

export { explainReadError };

export interface OpenedSource {
  name: string;
  /** The path as the user wrote it (relative paths stay relative, for stable reports). */
  uri: string;
  format: Format;
  /** Absolute paths of the files, sorted. */
  files: string[];
  spec: SourceSpec;
  fingerprint: string;
  /** Problems that do not stop the run (e.g. a JSON column mixing numbers and strings). */
  warnings: TruthgateError[];
  /** Every file unioned by column name, lazily. */
  lazy(): pl.LazyDataFrame;
  /** Per-file lazy frames, in `files` order (for provenance and per-partition work). */
  lazyFiles(): pl.LazyDataFrame[];
}

export interface OpenOptions {
  /** Directory relative paths are resolved against (the suite file's directory). */
  baseDir?: string;
}

const HEAD_BYTES = 64 * 1024;
/**
 * Text files up to this size are checked whole at open (structure, UTF-8, JSON types), since
 * polars accepts short CSV rows and mixed JSON types silently. Larger files are checked on their
 * first 64 KiB and explained in full only if polars fails.
 */
export const FULL_CHECK_BYTES = 8 * 1024 * 1024;

/**
 * Resolves files, validates them cheaply, and returns lazy frames; no data is read yet, except
 * for JSON arrays, which polars can only read whole (they are read once, here).
 */
export function openSource(name: string, spec: SourceSpec, opts: OpenOptions = {}): OpenedSource {
  const baseDir = opts.baseDir ?? process.cwd();
  const files = resolveFiles(spec.path, baseDir);
  const format = spec.format ?? commonFormat(spec.path, files, baseDir);
  const options = spec.options ?? {};
  const warnings: TruthgateError[] = [];
  const arrays = new Map<string, pl.DataFrame>();
  for (const f of files) {
    const shown = displayPath(f, baseDir);
    validateFile(f, format, options, shown, warnings);
    if (format === 'json') arrays.set(f, readJsonArray(f, shown));
  }
  const build = (f: string): pl.LazyDataFrame =>
    format === 'json' ? arrays.get(f)!.lazy() : scanFile(f, format, options);
  return {
    name,
    uri: spec.path,
    format,
    files,
    spec,
    fingerprint: fingerprintFiles(files),
    warnings,
    lazy: () => {
      const parts = files.map(build);
      return parts.length === 1 ? parts[0]! : pl.concat(parts, { how: 'diagonalRelaxed' });
    },
    lazyFiles: () => files.map(build),
  };
}

function resolveFiles(path: string, baseDir: string): string[] {
  if (isDynamicPattern(path)) {
    const matches = globSync(path, { cwd: baseDir, absolute: true, onlyFiles: true }).sort();
    if (matches.length === 0) throw new TruthgateError('TG_SOURCE_NO_MATCH', { path });
    return matches;
  }
  const abs = resolve(baseDir, path);
  let st;
  try {
    st = statSync(abs);
  } catch {
    throw new TruthgateError('TG_SOURCE_NOT_FOUND', { path }, { location: { file: path } });
  }
  if (st.isDirectory())
    throw new TruthgateError('TG_SOURCE_IS_DIRECTORY', { path }, { location: { file: path } });
  return [abs];
}

/** One format for all files of a glob, from their extensions; a mix is an error, not a guess. */
function commonFormat(path: string, files: string[], baseDir: string): Format {
  const first = files[0]!;
  const format = formatFromPath(first);
  if (!format) throw new TruthgateError('TG_SOURCE_FORMAT', { path: displayPath(first, baseDir) });
  for (const f of files) {
    const other = formatFromPath(f);
    if (other !== format) {
      throw new TruthgateError('TG_SOURCE_MIXED_FORMATS', {
        path,
        first: displayPath(first, baseDir),
        firstFormat: format,
        other: displayPath(f, baseDir),
        otherFormat: other ?? 'unknown',
      });
    }
  }
  return format;
}

function readBytes(file: string, length: number): Buffer {
  const buf = Buffer.alloc(length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buf, 0, length, 0);
  } finally {
    closeSync(fd);
  }
  return buf;
}

function validateFile(
  file: string,
  format: Format,
  options: CsvOptions,
  shown: string,
  warnings: TruthgateError[],
): void {
  const size = statSync(file).size;
  const empty = new TruthgateError('TG_SOURCE_EMPTY', { path: shown }, { location: { file: shown } });
  if (size === 0) throw empty;
  const whole = isTextual(format) && size <= FULL_CHECK_BYTES;
  const buf = readBytes(file, whole ? size : Math.min(size, HEAD_BYTES));
  const sniffed = sniffBinaryFormat(buf);
  if (!isTextual(format)) {
    if (sniffed === format) return;
    const what = firstInvalidUtf8(buf) < 0 ? 'it starts with text, not' : 'it lacks';
    throw new TruthgateError(
      'TG_SOURCE_READ',
      { path: shown, detail: `not a ${format} file (${what} the ${format} magic bytes)` },
      { location: { file: shown } },
    );
  }
  if (sniffed !== undefined) {
    throw new TruthgateError('TG_SOURCE_BINARY', { path: shown, format }, { location: { file: shown } });
  }
  const bad = firstInvalidUtf8(buf);
  if (bad >= 0) throw encodingError(shown, bad);
  // A BOM or blank lines alone are as empty as zero bytes (polars says "empty CSV").
  if (size <= 4096 && /^[\s\ufeff]*$/.test(buf.toString('utf8'))) throw empty;
  if (format === 'csv' || format === 'tsv') {
    const p = findCsvProblem(buf, csvLayout(format, options), { partial: !whole, fields: !options.ragged });
    if (p) throw csvProblemError(p, shown);
  } else if (whole) {
    const p = diagnoseJson(file, format);
    if (p?.kind === 'type' && isScalar(p.expected) && isScalar(p.found)) {
      warnings.push(
        new TruthgateError(
          'TG_SOURCE_MIXED_TYPES',
          { path: shown, place: p.place, column: p.column, expected: p.expected, found: p.found },
          { location: { file: shown } },
        ),
      );
    } else if (p) throw jsonProblemError(p, shown);
  }
}

/** Delimited-text settings in polars' terms (used by the action to map rows to lines). */
export function csvSettings(format: Format, o: CsvOptions): { sep: string; quote: string; header: boolean } {
  const l = csvLayout(format, o);
  return { sep: l.delimiter, quote: l.quote, header: l.header };
}

function isScalar(kind: string): boolean {
  return kind === 'string' || kind === 'number' || kind === 'boolean';
}

function readJsonArray(file: string, shown: string): pl.DataFrame {
  try {
    return pl.readJSON(file, { format: 'json' });
  } catch (err) {
    throw explainFileFailure(file, shown, 'json', {}, err);
  }
}

function scanFile(file: string, format: Exclude<Format, 'json'>, o: CsvOptions): pl.LazyDataFrame {
  switch (format) {
    case 'csv':
    case 'tsv': {
      const s = csvLayout(format, o);
      return pl.scanCSV(file, {
        sep: s.delimiter,
        quoteChar: s.quote,
        hasHeader: s.header,
        nullValues: o.null_values,
        skipRows: o.skip_rows ?? 0,
        commentPrefix: o.comment_prefix,
        inferSchemaLength: o.infer_schema_length ?? 10000,
        truncateRaggedLines: o.ragged ?? false,
        // Paths are already resolved; a `[` in a file name must not turn into a pattern.
        glob: false,
      } as Parameters<typeof pl.scanCSV>[1]);
    }
    case 'parquet':
      return pl.scanParquet(file, { glob: false } as Parameters<typeof pl.scanParquet>[1]);
    case 'arrow':
      return pl.scanIPC(file);
    case 'ndjson':
      return pl.scanJson(file);
  }
}
