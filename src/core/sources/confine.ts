import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import type { LoadedSuite } from '../suite/load.ts';
import { isCloudPath } from './cloud/location.ts';

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

/**
 * Every path a suite reads from disk, absolute: each source's path (a glob and every file it
 * matches) and each drift baseline that is a file rather than another source's name.
 */
export function suiteReadPaths(suite: LoadedSuite): string[] {
  const out: string[] = [];
  for (const spec of Object.values(suite.sources)) {
    if (isCloudPath(spec.path)) continue; // read from object storage, not from disk
    if (!isDynamicPattern(spec.path)) {
      out.push(resolve(suite.baseDir, spec.path));
      continue;
    }
    // The glob's fixed leading directories (`../x/` in `../x/*.csv`), then what it matches.
    const fixed = spec.path
      .split('/')
      .filter((_, i, parts) => !parts.slice(0, i + 1).some((p) => isDynamicPattern(p)));
    out.push(resolve(suite.baseDir, fixed.join('/') || '.'));
    out.push(...globSync(spec.path, { cwd: suite.baseDir, absolute: true, onlyFiles: true }));
  }
  for (const checks of Object.values(suite.checks)) {
    for (const c of checks) {
      const baseline = c.params.baseline;
      if (typeof baseline === 'string' && !(baseline in suite.sources))
        out.push(resolve(suite.baseDir, baseline));
    }
  }
  return out;
}
