import { closeSync, openSync, readSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { CsvLayout } from './csv-diagnose.ts';
import { newCsvScan, scanCsvBlock, type CsvScanProblem, type CsvScanState } from './csv-scan.ts';

/**
 * One record-aligned block of a file to check (see BlockScanner in chunk-frames.ts). Blocks come
 * in file order; the scan state carries over from one to the next, fresh at a file's first block.
 */
export interface ScanRequest {
  file: string;
  offset: number;
  length: number;
  layout: CsvLayout;
  fields: boolean;
  first: boolean;
}

export interface ScanReply {
  problem: CsvScanProblem | null;
  state: CsvScanState;
}

// The block is read again here, from the page cache, rather than copied between threads.
let buf = Buffer.alloc(0);
let state: CsvScanState = newCsvScan();
parentPort!.on('message', (r: ScanRequest) => {
  if (r.first) state = newCsvScan();
  if (buf.length < r.length) buf = Buffer.allocUnsafeSlow(r.length);
  const fd = openSync(r.file, 'r');
  try {
    for (let got = 0; got < r.length;) {
      const n = readSync(fd, buf, got, r.length - got, r.offset + got);
      if (n === 0) break;
      got += n;
    }
  } finally {
    closeSync(fd);
  }
  const problem = scanCsvBlock(buf.subarray(0, r.length), r.layout, state, r.fields);
  parentPort!.postMessage({ problem, state } satisfies ScanReply);
});
