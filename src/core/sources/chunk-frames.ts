import { setImmediate } from 'node:timers/promises';
import pl from 'nodejs-polars';
import { chunkBytes, csvRecordChunks } from './csv-chunks.ts';
import { finishCsvScan, newCsvScan, scanCsvBlock, type CsvScanProblem } from './csv-scan.ts';
import { csvLayout, csvScanError } from './explain.ts';
import type { OpenedSource } from './open.ts';
import { localFile } from './cloud/objects.ts';

export interface ChunkFrame {
  frame: pl.DataFrame;
  file: number;
  /** Row index of the chunk's first row within its file and within the dataset. */
  fileRow: number;
  row: number;
}

/**
 * Parses each file of the source into record-aligned DataFrames, with the probe's schema:
 * only the `only` columns when given.
 * Each chunk's bytes are scanned (scanCsvBlock, SIMD) on this thread once the chunk is yielded,
 * while polars' threads run the consumer's queries on it: polars pads short rows and reads an
 * unclosed quote to the end of the file without a word, so this is what makes a chunked read stop
 * on the same problem, at the same line, as a whole-file check. The generator throws a chunk's
 * problem before reading the next chunk or finishing the file, so a consumer never completes on
 * a file with a problem. A turn of the event loop per chunk lets timers (progress, heartbeats) run.
 */
export async function* chunkFrames(
  source: OpenedSource,
  schema: Record<string, pl.DataType>,
  { only }: { only?: Set<string> } = {},
): AsyncGenerator<ChunkFrame> {
  const o = source.spec.options ?? {};
  const layout = csvLayout(source.format, o);
  const fields = !o.ragged;
  let row = 0;
  for (const [fi, f] of source.files.entries()) {
    const file = localFile(f);
    const fail = (p: CsvScanProblem): never => {
      throw csvScanError(p, source.shownFiles[fi]!);
    };
    const state = newCsvScan();
    let first = true;
    let fileRow = 0;
    // A yielded block stays valid until the next is asked for: it is scanned before that.
    for (const buf of csvRecordChunks(file, chunkBytes(), layout.quote)) {
      // What polars refuses here is explained from the whole file by whoever catches it.
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
      yield { frame: df, file: fi, fileRow, row };
      // Only the file's last block can end inside a record, so an open one is judged at once.
      const p =
        scanCsvBlock(buf, layout, state, fields) ?? (state.open ? finishCsvScan(state, fields) : null);
      if (p) fail(p);
      fileRow += df.height;
      row += df.height;
      await setImmediate();
    }
    if (first) continue;
    if (state.lineRecords) source.lineRecords?.add(f);
    else source.lineRecords?.delete(f);
  }
}
