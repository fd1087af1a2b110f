import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import pl from 'nodejs-polars';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { TruthgateError } from '../errors.ts';
import { diagnoseCsv } from './csv-diagnose.ts';
import { firstInvalidUtf8, formatFromPath, sniffBinaryFormat } from './detect.ts';
import { fingerprintFiles } from './fingerprint.ts';
import type { CsvOptions, Format, SourceSpec } from './spec.ts';

export interface OpenedSource {
  name: string;
  /** The path as the user wrote it (relative paths stay relative, for stable reports). */
  uri: string;
  format: Format;
  /** Absolute paths of the files, sorted. */
  files: string[];
  spec: SourceSpec;
  fingerprint: string;
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

/** Resolves files, validates them cheaply, and returns lazy frames; no data is read yet. */
export function openSource(name: string, spec: SourceSpec, opts: OpenOptions = {}): OpenedSource {
  const baseDir = opts.baseDir ?? process.cwd();
  const files = resolveFiles(spec.path, baseDir);
  const format = spec.format ?? formatFromPath(files[0]!);
  if (!format) throw new TruthgateError('TG_SOURCE_FORMAT', { path: spec.path });
  for (const f of files) validateFile(f, format, displayPath(f, baseDir));
  const build = (f: string): pl.LazyDataFrame => scanFile(f, format, spec.options ?? {});
  return {
    name,
    uri: spec.path,
    format,
    files,
    spec,
    fingerprint: fingerprintFiles(files),
    lazy: () => {
      const parts = files.map(build);
      return parts.length === 1 ? parts[0]! : pl.concat(parts, { how: 'diagonalRelaxed' });
    },
    lazyFiles: () => files.map(build),
  };
}

function displayPath(file: string, baseDir: string): string {
  const rel = relative(baseDir, file);
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel;
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
    throw new TruthgateError('TG_SOURCE_NOT_FOUND', { path });
  }
  if (st.isDirectory()) throw new TruthgateError('TG_SOURCE_IS_DIRECTORY', { path });
  return [abs];
}

function validateFile(file: string, format: Format, shown: string): void {
  const size = statSync(file).size;
  if (size === 0) throw new TruthgateError('TG_SOURCE_EMPTY', { path: shown }, { location: { file: shown } });
  const head = Buffer.alloc(Math.min(size, HEAD_BYTES));
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  const sniffed = sniffBinaryFormat(head);
  const textual = format === 'csv' || format === 'tsv' || format === 'json' || format === 'ndjson';
  if (textual) {
    if (sniffed !== undefined) throw new TruthgateError('TG_SOURCE_BINARY', { path: shown, format });
    const bad = firstInvalidUtf8(head);
    if (bad >= 0) {
      throw new TruthgateError(
        'TG_SOURCE_ENCODING',
        { path: shown, offset: bad },
        { location: { file: shown } },
      );
    }
  } else if (sniffed !== format) {
    throw new TruthgateError('TG_SOURCE_READ', { path: shown, detail: `not a valid ${format} file` });
  }
}

export function csvSettings(format: Format, o: CsvOptions): { sep: string; quote: string; header: boolean } {
  return {
    sep: o.delimiter ?? (format === 'tsv' ? '\t' : ','),
    quote: o.quote ?? '"',
    header: o.header ?? true,
  };
}

function scanFile(file: string, format: Format, o: CsvOptions): pl.LazyDataFrame {
  switch (format) {
    case 'csv':
    case 'tsv': {
      const s = csvSettings(format, o);
      return pl.scanCSV(file, {
        sep: s.sep,
        quoteChar: s.quote,
        hasHeader: s.header,
        nullValues: o.null_values,
        skipRows: o.skip_rows ?? 0,
        commentPrefix: o.comment_prefix,
        inferSchemaLength: o.infer_schema_length ?? 10000,
        truncateRaggedLines: o.ragged ?? false,
      } as Parameters<typeof pl.scanCSV>[1]);
    }
    case 'parquet':
      return pl.scanParquet(file);
    case 'arrow':
      return pl.scanIPC(file);
    case 'ndjson':
      return pl.scanJson(file);
    case 'json':
      return pl.readJSON(file, { format: 'json' }).lazy();
  }
}

/**
 * Turns a polars read failure into a TruthgateError that names the file and, for delimited text,
 * the line. Called by whoever collected the query, since lazy frames fail only when collected.
 */
export function explainReadError(
  source: OpenedSource,
  err: unknown,
  baseDir = process.cwd(),
): TruthgateError {
  if (err instanceof TruthgateError) return err;
  const detail = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.trim();
  if (source.format === 'csv' || source.format === 'tsv') {
    const s = csvSettings(source.format, source.spec.options ?? {});
    for (const f of source.files) {
      const shown = displayPath(f, baseDir);
      if (/utf-8/i.test(detail)) {
        const off = firstInvalidUtf8(readFileSync(f));
        if (off >= 0)
          return new TruthgateError(
            'TG_SOURCE_ENCODING',
            { path: shown, offset: off },
            { location: { file: shown } },
          );
      }
      const p = diagnoseCsv(f, s.sep, s.quote);
      if (p?.kind === 'ragged') {
        return new TruthgateError(
          'TG_CSV_RAGGED',
          { path: shown, line: p.line, found: p.found, expected: p.expected },
          { location: { file: shown, line: p.line, column: 1 } },
        );
      }
      if (p?.kind === 'quote') {
        return new TruthgateError(
          'TG_CSV_QUOTE',
          { path: shown, line: p.line },
          { location: { file: shown, line: p.line, column: 1 } },
        );
      }
    }
  }
  const shown = source.files.length === 1 ? displayPath(source.files[0]!, baseDir) : source.uri;
  return new TruthgateError(
    'TG_SOURCE_READ',
    { path: shown, detail },
    { cause: err, location: { file: shown } },
  );
}
