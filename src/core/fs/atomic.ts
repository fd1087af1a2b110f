import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { TruthgateError } from '../errors.ts';

/**
 * Writes via a temp file in the same directory and a rename, so readers see the old file or the
 * whole new one, never half of it (a crash mid-write leaves at most a stray temp file).
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // The temp file was never created (e.g. the parent is not a directory).
    }
    throw new TruthgateError('TG_OUTPUT_WRITE', {
      path,
      detail: err instanceof Error ? err.message : String(err),
    });
  }
}
