import { resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { isCloudPath } from '../sources/cloud/location.ts';
import type { LoadedSuite } from './load.ts';

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
