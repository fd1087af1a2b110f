import { closeSync, openSync, readSync } from 'node:fs';
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
  // An https URL's query string is no part of the file name.
  const name = /^https?:\/\//i.test(path) ? path.replace(/[?#].*$/, '') : path;
  return byExtension[extname(name).toLowerCase()];
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

/** Offset of the first byte that breaks UTF-8, or -1. A sequence cut at the end is not an error. */
export function firstInvalidUtf8(buf: Buffer): number {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf, { stream: true });
    return -1;
  } catch {
    return scanUtf8(buf, 0);
  }
}

const CHUNK = 1 << 20;

/**
 * Offset of the first byte that breaks UTF-8 anywhere in a file, or -1. Reads 1 MiB at a time
 * with the native decoder; only the failing chunk is walked byte by byte.
 */
export function firstInvalidUtf8InFile(path: string): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(CHUNK + 3);
    for (let pos = 0; ; pos += CHUNK) {
      const n = readSync(fd, buf, 0, CHUNK, pos);
      if (n === 0) break;
      try {
        decoder.decode(buf.subarray(0, n), { stream: n === CHUNK });
      } catch {
        // The previous chunk decoded, so the bad byte is at most 3 bytes before this one.
        const from = Math.max(0, pos - 3);
        const len = readSync(fd, buf, 0, CHUNK + 3, from);
        let start = 0;
        while (start < 3 && from > 0 && ((buf[start] ?? 0) & 0xc0) === 0x80) start++;
        const bad = scanUtf8(buf.subarray(0, len), start, len < CHUNK + 3);
        return bad < 0 ? -1 : from + bad;
      }
    }
    return -1;
  } finally {
    closeSync(fd);
  }
}

/** Byte-level UTF-8 validation from `start` (a character boundary); `final` makes a cut tail an error. */
function scanUtf8(buf: Buffer, start: number, final = false): number {
  let i = start;
  while (i < buf.length) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (n === 0) return i;
    // Second-byte ranges that exclude overlongs, surrogates and code points above U+10FFFF.
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= n; k++) {
      const c = buf[i + k];
      if (c === undefined) return final ? i : -1;
      if (k === 1 ? c < lo || c > hi : (c & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return -1;
}
