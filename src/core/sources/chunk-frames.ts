import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import pl from 'nodejs-polars';
import { chunkBytes, csvRecordChunks } from './csv-chunks.ts';
import { finishCsvScan, newCsvScan, type CsvScanProblem } from './csv-scan.ts';
import type { ScanReply, ScanRequest } from './csv-scan-worker.ts';
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
 * Checks blocks on a worker thread while the main thread parses them: the byte scan is
 * single-threaded JS, polars' parse is native, and run one after the other the scan would add
 * about a fifth to a chunked run.
 */
class BlockScanner {
  private readonly worker = new Worker(new URL('./csv-scan-worker.ts', import.meta.url));

  async scan(request: ScanRequest): Promise<ScanReply> {
    this.worker.postMessage(request);
    const [reply] = (await once(this.worker, 'message')) as [ScanReply];
    return reply;
  }

  close(): void {
    void this.worker.terminate();
  }
}

/**
 * Parses each file of the source into record-aligned DataFrames, with the probe's schema:
 * only the `only` columns when given.
 * Each chunk's bytes are scanned (on a worker, while polars parses them) before the chunk is
 * yielded: polars pads short rows and reads an unclosed quote to the end of the file without a
 * word, so this is what makes a chunked read stop on the same problem, at the same line, as a
 * whole-file check. Waiting for the worker also lets timers (progress, heartbeats) run.
 */
export async function* chunkFrames(
  source: OpenedSource,
  schema: Record<string, pl.DataType>,
  { only }: { only?: Set<string> } = {},
): AsyncGenerator<ChunkFrame> {
  const o = source.spec.options ?? {};
  const layout = csvLayout(source.format, o);
  const fields = !o.ragged;
  const scanner = new BlockScanner();
  let row = 0;
  try {
    for (const [fi, f] of source.files.entries()) {
      const file = localFile(f);
      const fail = (p: CsvScanProblem): never => {
        throw csvScanError(p, source.shownFiles[fi]!);
      };
      let scan = newCsvScan();
      let offset = 0;
      let fileRow = 0;
      let first = true;
      for (const buf of csvRecordChunks(file, chunkBytes(), layout.quote)) {
        const checked = scanner.scan({ file, offset, length: buf.length, layout, state: scan, fields });
        // A parse error here is explained later from the whole file, with the same line.
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
        const reply = await checked;
        scan = reply.state;
        // Only the file's last block can end inside a record, so an open one is judged at once.
        const problem = reply.problem ?? (scan.open ? finishCsvScan(scan, fields) : null);
        if (problem) fail(problem);
        first = false;
        offset += buf.length;
        yield { frame: df, file: fi, fileRow, row };
        fileRow += df.height;
        row += df.height;
      }
      if (scan.lineRecords) source.lineRecords?.add(f);
      else source.lineRecords?.delete(f);
    }
  } finally {
    scanner.close();
  }
}
