import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';

/**
 * Keeping a run inside one directory tree (the Action's workspace): every path is judged by where
 * it really leads once symlinks are resolved, so `../x`, absolute paths and in-tree symlinks
 * pointing out are all caught the same way.
 */

/** The real path of `p`; for a path that does not exist yet, its nearest existing ancestor's real path plus the rest. */
export function realPath(p: string): string {
  const abs = resolve(p);
  if (existsSync(abs)) return realpathSync(abs);
  const parent = dirname(abs);
  return parent === abs ? abs : join(realPath(parent), basename(abs));
}

/** Whether `path` (resolved against `root`) stays inside `root` once every symlink is resolved. */
export function isInside(path: string, root: string): boolean {
  const rel = relative(realPath(root), realPath(resolve(root, path)));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
