import { resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { isCloudPath } from '../sources/cloud/location.ts';
import { resolveConnection } from '../sources/sql/connection.ts';
import type { LoadedSuite } from './load.ts';

/**
 * Every path a suite reads from disk, absolute: each source's path (a glob and every file it
 * matches), each DuckDB database a SQL source opens (with the `.wal` DuckDB reads beside it and
 * the `.tmp` directory it spills into), and each drift baseline that is a file rather than
 * another source's name.
 */
export function suiteReadPaths(suite: LoadedSuite, env: NodeJS.ProcessEnv = process.env): string[] {
  const out: string[] = [];
  for (const [name, spec] of Object.entries(suite.sources)) {
    if (spec.sql) {
      const file = duckdbFile(suite, name, spec.sql.connection, env);
      if (file) out.push(file, `${file}.wal`, `${file}.tmp`);
      continue;
    }
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

/** The database file of a SQL source on a DuckDB connection; undefined for a server or a connection in error. */
export function duckdbFile(
  suite: LoadedSuite,
  source: string,
  connection: string,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  try {
    return resolveConnection(source, connection, suite.connections, suite.baseDir, env).file;
  } catch {
    return undefined; // the run reports the connection's error
  }
}
