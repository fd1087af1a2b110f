import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import pl from 'nodejs-polars';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { TruthgateError } from '../errors.ts';
import { chunkThresholdBytes } from './csv-chunks.ts';
import { csvHeaderNames } from './csv-diagnose.ts';
import { scanCsvFile } from './csv-scan.ts';
import { isCloudPath } from './cloud/location.ts';
import { listObjects, localFile, type CloudObjects } from './cloud/objects.ts';
import { firstInvalidUtf8, formatFromPath, sniffBinaryFormat } from './detect.ts';
import {
  csvLayout,
  csvScanError,
  displayPath,
  explainFileFailure,
  explainReadError,
  isTextual,
  jsonProblemError,
} from './explain.ts';
import { fingerprintFiles } from './fingerprint.ts';
import { JsonReadProblem } from './json-diagnose.ts';
import { readJsonArray, scanNdjson } from './json-read.ts';
import { readWideIntegersAsText } from './wide-integers.ts';
import type { CsvOptions, Format, SourceSpec } from './spec.ts';

export { explainReadError };

import type { OpenedSource } from './opened.ts';

export type { OpenedSource };

export interface OpenOptions {
  /** Directory relative paths are resolved against (the suite file's directory). */
  baseDir?: string;
}

const HEAD_BYTES = 64 * 1024;
/** CSVs up to this size get their types from every row (polars' inference pass is cheap there). */
const FULL_INFER_BYTES = 8 * 1024 * 1024;

/**
 * Resolves files, checks them (magic bytes, UTF-8, CSV structure and header names, JSON shape and
 * the kinds of every JSON value) and returns lazy frames. CSVs read in chunks are checked chunk by
 * chunk as they are read (chunk-frames.ts) instead of in an extra pass here. JSON arrays, which
 * polars can only read whole, are read once, here.
 */
export function openSource(name: string, spec: SourceSpec, opts: OpenOptions = {}): OpenedSource {
  // SQL sources are run in their database (engine/sql-source.ts), never read as files.
  if (spec.sql) throw new TruthgateError('TG_SQL_SOURCE_KIND', { source: name });
  const baseDir = opts.baseDir ?? process.cwd();
  const cloud = isCloudPath(spec.path) ? listObjects(spec.path, spec.storage_options ?? {}) : undefined;
  const files = cloud?.uris ?? resolveFiles(spec.path, baseDir);
  const format = spec.format ?? commonFormat(spec.path, files, baseDir);
  const options = spec.options ?? {};
  const shownFiles = files.map((f) => displayPath(f, baseDir));
  const warnings: TruthgateError[] = [];
  const builders = new Map<string, () => pl.LazyDataFrame>();
  const lineRecords = new Set<string>();
  const sizes = cloud?.sizes ?? files.map((f, i) => osRead(shownFiles[i]!, () => statSync(f).size));
  const total = sizes.reduce((n, s) => n + s, 0);
  const chunked =
    (format === 'csv' || format === 'tsv') && !options.skip_rows && total >= chunkThresholdBytes();
  const inPlace = cloud && readsInPlace(cloud, format, spec.path);
  // Other objects are read from local copies, with every check a local file gets (cloud/objects.ts).
  if (cloud && !inPlace) cloud.spool();
  for (const [i, f] of files.entries()) {
    const shown = shownFiles[i]!;
    builders.set(
      f,
      inPlace
        ? scanObject(f, format, options, cloud, sizes[i]!, shown)
        : osRead(shown, () =>
            openFile(localFile(f), format, options, shown, warnings, chunked, () => lineRecords.add(f)),
          ),
    );
  }
  const build = (f: string): pl.LazyDataFrame => builders.get(f)!();
  return {
    name,
    uri: spec.path,
    format,
    files,
    shownFiles,
    spec,
    fingerprint: cloud?.fingerprint ?? osRead(spec.path, () => fingerprintFiles(files)),
    warnings,
    lazy: () => {
      const parts = files.map(build);
      return parts.length === 1 ? parts[0]! : pl.concat(parts, { how: 'diagonalRelaxed' });
    },
    lazyFiles: () => files.map(build),
    chunked,
    lineRecords,
  };
}

/**
 * Parquet objects are read where they are by polars' cloud reader (ranged reads of the columns
 * used). Listed objects of the other formats are spooled to local files instead: polars' cloud
 * CSV and NDJSON readers download the whole object first anyway, and a local copy keeps the line
 * numbers, structure checks and chunked reading of a local file. https:// is not listed, so it is
 * always polars' to read.
 */
function readsInPlace(cloud: CloudObjects, format: Format, path: string): boolean {
  if (format === 'parquet') return true;
  if (cloud.objects) return false;
  if (format === 'csv' || format === 'tsv' || format === 'ndjson') return true;
  throw new TruthgateError(
    'TG_OBJECT_UNSUPPORTED',
    {
      path,
      detail: `${format} is read from listed objects only (s3://, gs://, az://); https:// takes Parquet, CSV or NDJSON`,
    },
    { location: { file: path } },
  );
}

function scanObject(
  uri: string,
  format: Format,
  options: CsvOptions,
  cloud: CloudObjects,
  size: number,
  shown: string,
): () => pl.LazyDataFrame {
  if (cloud.objects && size === 0)
    throw new TruthgateError('TG_SOURCE_EMPTY', { path: shown }, { location: { file: shown } });
  const { cloudOptions } = cloud;
  // A listed object is one exact key; an unlisted glob is polars' to expand.
  const read = { cloudOptions, glob: !cloud.objects };
  if (format === 'ndjson') return () => pl.scanJson(uri, read as Parameters<typeof pl.scanJson>[1]);
  return () => scanFile(uri, format as Exclude<Format, 'json' | 'ndjson'>, options, read);
}

/** An operating-system read failure (permission denied, I/O error) as TG_SOURCE_READ with its reason. */
function osRead<T>(shown: string, step: () => T): T {
  try {
    return step();
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (err instanceof TruthgateError || typeof e?.code !== 'string' || !e.syscall) throw err;
    const reason = e.message.split(',')[0]!.trim();
    throw new TruthgateError(
      'TG_SOURCE_READ',
      { path: shown, detail: reason },
      { cause: err, location: { file: shown } },
    );
  }
}

/**
 * The files (or object URIs) a source reads, listed without reading or downloading any of them:
 * what a partitioned run needs to plan, and to pick one partition's file.
 */
export function listSourceFiles(name: string, spec: SourceSpec, opts: OpenOptions = {}): string[] {
  if (spec.sql) throw new TruthgateError('TG_SQL_SOURCE_KIND', { source: name });
  if (isCloudPath(spec.path)) return listObjects(spec.path, spec.storage_options ?? {}).uris;
  return resolveFiles(spec.path, opts.baseDir ?? process.cwd());
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

/** Checks one file and returns how to scan it lazily; `lineRecords` when each record is one line. */
function openFile(
  file: string,
  format: Format,
  options: CsvOptions,
  shown: string,
  warnings: TruthgateError[],
  chunked: boolean,
  lineRecords: () => void,
): () => pl.LazyDataFrame {
  const size = statSync(file).size;
  const empty = new TruthgateError('TG_SOURCE_EMPTY', { path: shown }, { location: { file: shown } });
  if (size === 0) throw empty;
  const head = readBytes(file, Math.min(size, HEAD_BYTES));
  const sniffed = sniffBinaryFormat(head);
  if (!isTextual(format)) {
    if (sniffed === format)
      return readWideIntegersAsText(() => scanFile(file, format, options), shown, warnings);
    const what = firstInvalidUtf8(head) < 0 ? 'it starts with text, not' : 'it lacks';
    throw new TruthgateError(
      'TG_SOURCE_READ',
      { path: shown, detail: `not a ${format} file (${what} the ${format} magic bytes)` },
      { location: { file: shown } },
    );
  }
  if (sniffed !== undefined) {
    throw new TruthgateError('TG_SOURCE_BINARY', { path: shown, format }, { location: { file: shown } });
  }
  // A BOM or blank lines alone are as empty as zero bytes (polars says "empty CSV").
  if (size <= 4096 && firstInvalidUtf8(head) < 0 && /^[\s\ufeff]*$/.test(head.toString('utf8'))) throw empty;
  const inferRows = options.infer_schema_length;
  try {
    if (format === 'json') {
      const frame = readJsonArray(file, shown, inferRows, warnings);
      return () => frame.lazy();
    }
    if (format === 'ndjson') {
      const lazy = scanNdjson(file, shown, inferRows, warnings);
      return () => lazy;
    }
  } catch (err) {
    if (err instanceof JsonReadProblem) throw jsonProblemError(err.problem, shown);
    if (err instanceof TruthgateError) throw err;
    throw explainFileFailure(file, shown, format, options, err);
  }
  const layout = csvLayout(format, options);
  const names = layout.header ? headerNames(head, size, layout, shown) : undefined;
  // Only a name with a quote in it reads differently in polars (duplicates are refused above).
  const rename = names?.some((n) => n.includes(layout.quote)) ? names : undefined;
  let records: number | undefined;
  if (!chunked) {
    const scan = scanCsvFile(file, layout, !options.ragged);
    if (scan.problem) throw csvScanError(scan.problem, shown);
    records = scan.records;
    if (scan.lineRecords) lineRecords();
  }
  // Small files get their types from every row; larger ones from `infer_schema_length` rows, and
  // a later value that does not fit stops the read (TG_SOURCE_TYPE, with its line): polars
  // refuses it rather than changing it.
  const infer =
    inferRows ?? (records !== undefined && size <= FULL_INFER_BYTES ? Math.max(records, 1) : 10000);
  return readWideIntegersAsText(
    () => withNames(scanFile(file, format, { ...options, infer_schema_length: infer }), rename),
    shown,
    warnings,
  );
}

/**
 * The header's names as written. polars renames a repeated name (`id_duplicated_0`) and keeps
 * doubled quotes (`a""b`); a repeated name is refused here, naming both positions.
 */
function headerNames(
  head: Buffer,
  size: number,
  layout: ReturnType<typeof csvLayout>,
  shown: string,
): string[] | undefined {
  const names = csvHeaderNames(head, layout, head.length < size);
  if (!names) return undefined;
  const seen = new Map<string, number>();
  for (const [i, n] of names.entries()) {
    const first = seen.get(n);
    if (first !== undefined)
      throw new TruthgateError(
        'TG_CSV_DUPLICATE_HEADER',
        { path: shown, column: n, first: first + 1, second: i + 1 },
        { location: { file: shown, line: (layout.skipRows ?? 0) + 1, column: 1 } },
      );
    seen.set(n, i);
  }
  return names;
}

function withNames(lf: pl.LazyDataFrame, names: string[] | undefined): pl.LazyDataFrame {
  if (!names) return lf;
  const have = lf.columns;
  const renames = Object.fromEntries(
    have.flatMap((c, i) => (names[i] !== undefined && names[i] !== c ? [[c, names[i]!]] : [])),
  );
  return Object.keys(renames).length ? lf.rename(renames) : lf;
}

/** Delimited-text settings in polars' terms (used by the action to map rows to lines). */
export function csvSettings(format: Format, o: CsvOptions): { sep: string; quote: string; header: boolean } {
  const l = csvLayout(format, o);
  return { sep: l.delimiter, quote: l.quote, header: l.header };
}

function scanFile(
  file: string,
  format: Exclude<Format, 'json' | 'ndjson'>,
  o: CsvOptions,
  cloud?: { cloudOptions: Record<string, string>; glob: boolean },
): pl.LazyDataFrame {
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
        ...cloud,
      } as Parameters<typeof pl.scanCSV>[1]);
    }
    case 'parquet':
      return pl.scanParquet(file, { glob: false, ...cloud } as Parameters<typeof pl.scanParquet>[1]);
    case 'arrow':
      return pl.scanIPC(file);
  }
}
