import { parentPort } from 'node:worker_threads';
import type { CsvLayout } from './csv-diagnose.ts';
import { newCsvScan, scanCsvBlock, type CsvScanProblem, type CsvScanState } from './csv-scan.ts';

/**
 * One record-aligned block of a file to check (see BlockScanner in chunk-frames.ts), a view of
 * the reader's shared buffer, so it is not copied. Blocks come in file order; the scan state
 * carries over from one to the next, fresh at a file's first block.
 */
export interface ScanRequest {
  block: Uint8Array;
  layout: CsvLayout;
  fields: boolean;
  first: boolean;
}

export interface ScanReply {
  problem: CsvScanProblem | null;
  state: CsvScanState;
}

let state: CsvScanState = newCsvScan();
parentPort!.on('message', (r: ScanRequest) => {
  if (r.first) state = newCsvScan();
  const block = Buffer.from(r.block.buffer, r.block.byteOffset, r.block.length);
  const problem = scanCsvBlock(block, r.layout, state, r.fields);
  parentPort!.postMessage({ problem, state } satisfies ScanReply);
});
