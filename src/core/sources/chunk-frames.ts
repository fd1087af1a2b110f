import { Worker } from 'node:worker_threads';
import pl from 'nodejs-polars';
import { chunkBytes, csvRecordChunks } from './csv-chunks.ts';
import { finishCsvScan, type CsvScanProblem, type CsvScanState } from './csv-scan.ts';
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
 * about a fifth to a chunked run. Blocks are queued without waiting for the one before (the
 * worker keeps the scan state from block to block), so the worker never waits for the parse
 * and the parse never waits for the worker; replies come back in order.
 */
class BlockScanner {
  private readonly worker = new Worker(new URL('./csv-scan-worker.ts', import.meta.url));
  private readonly waiting: { resolve: (r: ScanReply) => void; reject: (e: unknown) => void }[] = [];

  constructor() {
    this.worker.on('message', (r: ScanReply) => this.waiting.shift()?.resolve(r));
    const fail = (e: unknown): void => {
      for (const w of this.waiting.splice(0)) w.reject(e);
    };
    this.worker.on('error', fail);
    // A worker that ends (or is ended) leaves no reply pending forever.
    this.worker.on('exit', (code) => fail(new Error(`the CSV scan worker ended (exit code ${code})`)));
  }

  scan(request: ScanRequest): Promise<ScanReply> {
    const reply = new Promise<ScanReply>((resolve, reject) => this.waiting.push({ resolve, reject }));
    this.worker.postMessage(request);
    // Replies of blocks after a problem are never awaited: their failure must not count as unhandled.
    reply.catch(() => undefined);
    return reply;
  }

  close(): void {
    void this.worker.terminate();
  }
}

/**
 * Parses each file of the source into record-aligned DataFrames, with the probe's schema:
 * only the `only` columns when given.
 * Each chunk's bytes are scanned on a worker, while polars parses them and the chunks before are
 * checked: polars pads short rows and reads an unclosed quote to the end of the file without a
 * word, so this is what makes a chunked read stop on the same problem, at the same line, as a
 * whole-file check. A chunk is yielded once the scan of the chunk before it is clean, and the
 * generator throws the scan's problem before yielding the next chunk or finishing the file, so
 * a consumer never completes on a file with a problem. Waiting for the worker also lets timers
 * (progress, heartbeats) run.
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
      // Only the file's last block can end inside a record, so an open one is judged at once.
      const judge = async (reply: Promise<ScanReply>): Promise<CsvScanState> => {
        const { problem, state } = await reply;
        const p = problem ?? (state.open ? finishCsvScan(state, fields) : null);
        if (p) fail(p);
        return state;
      };
      let previous: Promise<ScanReply> | undefined;
      let offset = 0;
      let fileRow = 0;
      // Shared buffers: the worker scans the bytes read here. Block k's buffer is read into again
      // for block k + 2, which is only asked for once block k's scan has been judged below.
      for (const buf of csvRecordChunks(file, chunkBytes(), layout.quote, { shared: true })) {
        const first = offset === 0;
        const checked = scanner.scan({ block: buf, layout, fields, first });
        let df: pl.DataFrame;
        try {
          df = pl.readCSV(buf, {
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
        } catch (err) {
          // A problem in an earlier block comes first; a parse error here is explained later
          // from the whole file, with the same line.
          if (previous) await judge(previous);
          throw err;
        }
        if (previous) await judge(previous);
        previous = checked;
        offset += buf.length;
        yield { frame: df, file: fi, fileRow, row };
        fileRow += df.height;
        row += df.height;
      }
      if (!previous) continue;
      if ((await judge(previous)).lineRecords) source.lineRecords?.add(f);
      else source.lineRecords?.delete(f);
    }
  } finally {
    scanner.close();
  }
}
