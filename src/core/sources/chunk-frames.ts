import pl from 'nodejs-polars';
import { chunkBytes, csvRecordChunks } from './csv-chunks.ts';
import { finishCsvScan, newCsvScan, scanCsvBlock, type CsvScanProblem } from './csv-scan.ts';
import { csvLayout, csvScanError } from './explain.ts';
import type { OpenedSource } from './open.ts';

export interface ChunkFrame {
  frame: pl.DataFrame;
  file: number;
  /** Row index of the chunk's first row within its file and within the dataset. */
  fileRow: number;
  row: number;
}

/**
 * Parses each file of the source into record-aligned DataFrames, with the probe's schema:
 * only the `only` columns when given, each frame passed through `map` (e.g. to add SQL columns).
 * Each chunk's bytes are scanned before polars parses them (polars pads short rows and reads an
 * unclosed quote to the end of the file without a word), so a chunked read stops on the same
 * problem, at the same line, as a whole-file check.
 */
export async function* chunkFrames(
  source: OpenedSource,
  schema: Record<string, pl.DataType>,
  { map = (df) => df, only }: { map?: (df: pl.DataFrame) => pl.DataFrame; only?: Set<string> } = {},
): AsyncGenerator<ChunkFrame> {
  const o = source.spec.options ?? {};
  const layout = csvLayout(source.format, o);
  const fields = !o.ragged;
  let row = 0;
  for (const [fi, file] of source.files.entries()) {
    const fail = (p: CsvScanProblem): never => {
      throw csvScanError(p, source.shownFiles[fi]!);
    };
    const scan = newCsvScan();
    let fileRow = 0;
    let first = true;
    for (const buf of csvRecordChunks(file, chunkBytes(), layout.quote)) {
      // Only the file's last block can end inside a record, so an open one is judged at once.
      const problem =
        scanCsvBlock(buf, layout, scan, fields) ?? (scan.open ? finishCsvScan(scan, fields) : null);
      if (problem) fail(problem);
      const df = pl.readCSV(buf, {
        sep: layout.delimiter,
        quoteChar: layout.quote,
        hasHeader: first && layout.header,
        schema,
        nullValues: o.null_values,
        commentPrefix: o.comment_prefix,
        truncateRaggedLines: o.ragged ?? false,
        // Parsing only the columns the checks read is most of the saving on wide files.
        ...(only ? { columns: Object.keys(schema).filter((c) => only.has(c)) } : {}),
      } as Parameters<typeof pl.readCSV>[1]);
      first = false;
      yield { frame: map(df), file: fi, fileRow, row };
      fileRow += df.height;
      row += df.height;
      // Let timers (progress, Temporal heartbeats) run between chunks.
      await new Promise((r) => setImmediate(r));
    }
  }
}
