import type pl from 'nodejs-polars';
import type { TruthgateError } from '../errors.ts';
import type { Format, SourceSpec } from './spec.ts';

/** A source after its files were found and checked: what the engine, profile and explain read. */
export interface OpenedSource {
  name: string;
  /** The path as the user wrote it (relative paths stay relative, for stable reports). */
  uri: string;
  format: Format;
  /** Absolute paths of the files, sorted. */
  files: string[];
  /** The files as messages show them (relative to the suite directory), in `files` order. */
  shownFiles: string[];
  spec: SourceSpec;
  fingerprint: string;
  /** Problems that do not stop the run (e.g. a JSON column mixing numbers and strings). */
  warnings: TruthgateError[];
  /**
   * Read in record-aligned chunks (a large CSV/TSV) instead of one polars scan: decided once here,
   * where the files are validated, so the engine and profile read the way the checks at open assumed.
   */
  chunked: boolean;
  /**
   * Files (as in `files`) whose structure scan found every record on a line of its own, added as
   * the scan reads them (at open, or chunk by chunk): their sample lines are the row plus the header.
   */
  lineRecords?: Set<string>;
  /** Every file unioned by column name, lazily. */
  lazy(): pl.LazyDataFrame;
  /** Per-file lazy frames, in `files` order (for provenance and per-partition work). */
  lazyFiles(): pl.LazyDataFrame[];
}
