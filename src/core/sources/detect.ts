import { extname } from 'node:path';
import type { Format } from './spec.ts';

const byExtension: Record<string, Format> = {
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.parquet': 'parquet',
  '.pq': 'parquet',
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.arrow': 'arrow',
  '.feather': 'arrow',
  '.ipc': 'arrow',
};

/** Format from a file name, ignoring a trailing compression-free suffix like `.csv`. */
export function formatFromPath(path: string): Format | undefined {
  return byExtension[extname(path).toLowerCase()];
}

export function isDataFile(path: string): boolean {
  return formatFromPath(path) !== undefined;
}

/** Magic bytes of the binary formats, to catch a CSV that is really Parquet and the like. */
export function sniffBinaryFormat(head: Buffer): Format | 'binary' | undefined {
  if (head.subarray(0, 4).toString('latin1') === 'PAR1') return 'parquet';
  if (head.subarray(0, 6).toString('latin1') === 'ARROW1') return 'arrow';
  if (head[0] === 0xff && head[1] === 0xff && head[2] === 0xff && head[3] === 0xff) return 'arrow';
  const n = Math.min(head.length, 4096);
  for (let i = 0; i < n; i++) if (head[i] === 0) return 'binary';
  return undefined;
}

/** Offset of the first byte that breaks UTF-8, or -1. Checks only the given window. */
export function firstInvalidUtf8(buf: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    decoder.decode(buf, { stream: true });
    return -1;
  } catch {
    // Bisect to the first bad byte; only runs on the error path.
    let lo = 0;
    let hi = buf.length;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, mid), { stream: true });
        lo = mid;
      } catch {
        hi = mid;
      }
    }
    return lo;
  }
}
