import { randomBytes } from 'node:crypto';
import {
  fstatSync,
  mkdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { TruthgateError } from '../errors.ts';

export interface WriteOptions {
  /** Files the command read: writing over one of them is refused (it would destroy the data). */
  inputs?: readonly string[];
}

/**
 * Writes via a temp file in the same directory and a rename, so readers see the old file or the
 * whole new one, never half of it (a crash mid-write leaves at most a stray temp file).
 * Only regular files (or new paths) are replaced that way: a device, FIFO or this process's own
 * descriptor (/dev/stdout, /dev/fd/N) is written in place, since renaming over /dev/full as root
 * would replace the device with a file. A symlink is followed, so the link survives.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, opts: WriteOptions = {}): void {
  const existing = statOrUndefined(path);
  const fail = (err: unknown): TruthgateError =>
    new TruthgateError('TG_OUTPUT_WRITE', { path, detail: err instanceof Error ? err.message : String(err) });
  if (existing && opts.inputs?.some((input) => sameFile(existing, statOrUndefined(input)))) {
    throw new TruthgateError('TG_OUTPUT_IS_INPUT', { path });
  }
  if (existing && (!existing.isFile() || isDescriptorPath(path))) {
    try {
      // Append: on a descriptor reopened by path (stdout redirected to a file) 'w' would truncate
      // what was already written through it; devices and FIFOs ignore the flag.
      writeFileSync(path, data, { flag: 'a' });
    } catch (err) {
      throw fail(err);
    }
    return;
  }
  const target = existing ? realpathSync(path) : path;
  const dir = dirname(target);
  const tmp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, target);
  } catch (err) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // The temp file was never created (e.g. the parent is not a directory).
    }
    throw fail(err);
  }
}

/** True when `path` is this process's standard output (e.g. `-o /dev/stdout`). */
export function isStdout(path: string): boolean {
  return sameFile(statOrUndefined(path), fstatSync(1));
}

function isDescriptorPath(path: string): boolean {
  return /^\/(dev\/(stdout|stderr|fd\/\d+)|proc\/self\/fd\/\d+)$/.test(path);
}

function sameFile(a: Stats | undefined, b: Stats | undefined): boolean {
  return a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
