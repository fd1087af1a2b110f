import { closeSync, openSync, readSync } from 'node:fs';

const NEWLINE = 0x0a;
const MB = 1024 * 1024;

/** Sources at least this large (CSV/TSV) are read chunk by chunk; override with TRUTHGATE_CHUNK_THRESHOLD_MB. */
export function chunkThresholdBytes(): number {
  return Number(process.env.TRUTHGATE_CHUNK_THRESHOLD_MB ?? 256) * MB;
}

/** Bytes per chunk (TRUTHGATE_CHUNK_MB, default 64). */
export function chunkBytes(): number {
  return Math.max(1024, Math.round(Number(process.env.TRUTHGATE_CHUNK_MB ?? 64) * MB));
}

/**
 * Reads a delimited file in blocks of about `chunkBytes`, each cut after a record end that is
 * outside quotes, so every block parses on its own. Plain reads (no mmap) keep the file's pages
 * out of the process's resident memory. Quote state is tracked with indexOf jumps, which cost
 * almost nothing on files without quotes.
 *
 * One buffer is reused for the whole file (a fresh 64 MiB allocation per block cost more than
 * parsing it, in page faults and copies), so a yielded block is only valid until the next one is
 * requested: parse it before asking for more.
 */
export function* csvRecordChunks(file: string, chunkBytes: number, quoteChar: string): Generator<Buffer> {
  const quote = quoteChar.charCodeAt(0);
  const fd = openSync(file, 'r');
  try {
    let buf = Buffer.allocUnsafeSlow(chunkBytes * 2);
    let carry = 0;
    let position = 0;
    for (;;) {
      if (buf.length - carry < chunkBytes) {
        // One record longer than the free space: grow, keeping the partial record.
        const bigger = Buffer.allocUnsafeSlow(buf.length * 2);
        buf.copy(bigger, 0, 0, carry);
        buf = bigger;
      }
      const n = readSync(fd, buf, carry, chunkBytes, position);
      position += n;
      const data = buf.subarray(0, carry + n);
      if (n === 0) {
        if (data.length) yield data;
        return;
      }
      const cut = lastRecordEnd(data, quote);
      if (cut < 0) {
        carry = data.length;
        continue;
      }
      yield data.subarray(0, cut + 1);
      carry = data.length - cut - 1;
      buf.copyWithin(0, cut + 1, data.length);
    }
  } finally {
    closeSync(fd);
  }
}

/** Index of the last newline outside quotes (the buffer starts outside quotes), or -1. */
function lastRecordEnd(buf: Buffer, quote: number): number {
  const quotes: number[] = [];
  for (let i = buf.indexOf(quote); i >= 0; i = buf.indexOf(quote, i + 1)) quotes.push(i);
  let nl = buf.lastIndexOf(NEWLINE);
  while (nl >= 0) {
    if (countBefore(quotes, nl) % 2 === 0) return nl;
    // A negative offset would search from the end again.
    nl = nl > 0 ? buf.lastIndexOf(NEWLINE, nl - 1) : -1;
  }
  return -1;
}

function countBefore(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
