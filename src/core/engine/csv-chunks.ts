import { closeSync, openSync, readSync } from 'node:fs';

const NEWLINE = 0x0a;

/**
 * Reads a delimited file in blocks of about `chunkBytes`, each cut after a record end that is
 * outside quotes, so every block parses on its own. Plain reads (no mmap) keep the file's pages
 * out of the process's resident memory. Quote state is tracked with indexOf jumps, which cost
 * almost nothing on files without quotes.
 */
export function* csvRecordChunks(file: string, chunkBytes: number, quoteChar: string): Generator<Buffer> {
  const quote = quoteChar.charCodeAt(0);
  const fd = openSync(file, 'r');
  try {
    let carry = Buffer.alloc(0);
    let position = 0;
    for (;;) {
      const block = Buffer.allocUnsafe(chunkBytes);
      const n = readSync(fd, block, 0, chunkBytes, position);
      position += n;
      const data = carry.length ? Buffer.concat([carry, block.subarray(0, n)]) : block.subarray(0, n);
      if (n === 0) {
        if (data.length) yield data;
        return;
      }
      const cut = lastRecordEnd(data, quote);
      if (cut < 0) {
        // One record longer than a block: keep reading until it ends.
        carry = data;
        continue;
      }
      yield data.subarray(0, cut + 1);
      carry = Buffer.from(data.subarray(cut + 1));
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
