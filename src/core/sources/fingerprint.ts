import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const BLOCK = 64 * 1024;
const BLOCKS = 16;

/**
 * Content fingerprint that stays cheap on multi-GB files: sha256 over each file's size and up to
 * 16 evenly spaced 64 KiB blocks (the whole file when it is under 1 MiB). Same bytes, same
 * fingerprint, whatever the path or mtime, so a base-branch copy of a file matches itself.
 */
export function fingerprintFiles(files: string[]): string {
  const h = createHash('sha256');
  const buf = Buffer.alloc(BLOCK);
  for (const file of files) {
    const fd = openSync(file, 'r');
    try {
      const size = fstatSync(fd).size;
      h.update(`${size}\n`);
      const offsets =
        size <= BLOCK * BLOCKS
          ? Array.from({ length: Math.ceil(size / BLOCK) }, (_, i) => i * BLOCK)
          : Array.from({ length: BLOCKS }, (_, i) => Math.floor(((size - BLOCK) * i) / (BLOCKS - 1)));
      for (const off of offsets) {
        const n = readSync(fd, buf, 0, BLOCK, off);
        h.update(buf.subarray(0, n));
      }
    } finally {
      closeSync(fd);
    }
  }
  return `sha256:${h.digest('hex').slice(0, 32)}`;
}

/**
 * Fingerprint of stored objects without reading them: their ETags, sizes and last-modified
 * times, in key order (an object rewritten with the same bytes keeps its ETag but not its time).
 */
export function fingerprintObjects(objects: { etag: string; size: number; lastModified: string }[]): string {
  const h = createHash('sha256');
  for (const o of objects) h.update(`${o.etag}\n${o.size}\n${o.lastModified}\n`);
  return `objects:${h.digest('hex').slice(0, 32)}`;
}
