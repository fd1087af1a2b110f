import { existsSync, lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * Keeping a run inside one directory tree (the Action's workspace): every path is judged by where
 * it really leads once symlinks are resolved, so `../x`, absolute paths and in-tree symlinks
 * pointing out are all caught the same way.
 */

/** Symlink hops followed for a path that does not exist yet; a longer chain is a loop. */
const MAX_LINKS = 40;

/**
 * The real path of `p`; for a path that does not exist yet, its nearest existing ancestor's real
 * path plus the rest. A dangling symlink counts as where it points: writing or creating through
 * it (a report, DuckDB's `.tmp` directory) would land there.
 */
export function realPath(p: string, hops = 0): string {
  const abs = resolve(p);
  if (existsSync(abs)) return realpathSync(abs);
  const parent = dirname(abs);
  if (parent === abs) return abs;
  const link = hops < MAX_LINKS ? danglingTarget(abs) : undefined;
  if (link !== undefined) return realPath(resolve(parent, link), hops + 1);
  return join(realPath(parent, hops), basename(abs));
}

function danglingTarget(abs: string): string | undefined {
  try {
    return lstatSync(abs).isSymbolicLink() ? readlinkSync(abs) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `path` (resolved against `root`) stays inside `root` once every symlink is resolved. */
export function isInside(path: string, root: string): boolean {
  const rel = relative(realPath(root), realPath(resolve(root, path)));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Whether `path` (resolved against `root`) leads into git metadata under `root` once symlinks are
 * resolved: a checkout's `.git/config` holds its credentials (actions/checkout persists the token
 * there), and `.git/hooks` run code.
 */
export function inGitMetadata(path: string, root: string): boolean {
  return relative(realPath(root), realPath(resolve(root, path)))
    .split(sep)
    .includes('.git');
}
