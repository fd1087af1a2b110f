import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { TruthgateError } from '../core/errors.ts';
import { isCloudPath } from '../core/sources/cloud/location.ts';
import { isInside } from '../core/sources/confine.ts';
import { resolveConnection } from '../core/sources/sql/connection.ts';
import { suiteReadPaths } from '../core/suite/read-paths.ts';
import { isDataFile } from '../core/sources/detect.ts';
import type { LoadedSuite } from '../core/suite/load.ts';
import type { ChangedFile } from './changed-files.ts';

/** Never data a user means to check, and expensive to walk. */
const ALWAYS_IGNORED = ['**/.git/**', '**/node_modules/**'];

/**
 * Resolves a user path against the workspace and refuses anything outside it (symlinks included,
 * also for a path not written yet, such as the report), before a byte of it is read or written.
 */
export function resolveInWorkspace(path: string, workspace: string): string {
  const abs = resolve(workspace, path);
  if (!isInside(abs, workspace)) throw new TruthgateError('TG_ACTION_OUTSIDE_WORKSPACE', { path, workspace });
  return abs;
}

/** Refuses a suite that would read a file outside the workspace: a source path or glob, or a drift baseline. */
export function confineSuite(suite: LoadedSuite, workspace: string): void {
  for (const abs of suiteReadPaths(suite)) {
    if (!isInside(abs, workspace)) {
      throw new TruthgateError('TG_ACTION_OUTSIDE_WORKSPACE', { path: relative(workspace, abs), workspace });
    }
  }
}

export interface FileSelection {
  /** Data files to check, relative to the workspace, sorted. */
  files: string[];
  /** Files the globs matched that are not a data format Truthgate reads. */
  notData: string[];
}

/**
 * Zero-config targets: files matching the globs (`!pattern` excludes), either among the changed
 * files of the pull request or, when `changed` is undefined, everything in the workspace.
 */
export function selectFiles(
  patterns: string[],
  workspace: string,
  changed: ChangedFile[] | undefined,
): FileSelection {
  const include = patterns.filter((p) => !p.startsWith('!'));
  // A pattern reaching out of the workspace is a mistake or an attack; say so rather than match nothing.
  for (const p of include) {
    if (isAbsolute(p) || p.split(/[\\/]/).includes('..')) {
      throw new TruthgateError('TG_ACTION_OUTSIDE_WORKSPACE', { path: p, workspace });
    }
  }
  const exclude = [...patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1)), ...ALWAYS_IGNORED];
  let matched: string[];
  if (changed) {
    const inc = picomatch(include, { dot: true });
    const exc = picomatch(exclude, { dot: true });
    matched = changed
      .filter((f) => f.status !== 'removed' && inc(f.path) && !exc(f.path))
      .map((f) => f.path)
      .filter((p) => existsSync(resolve(workspace, p)));
  } else {
    matched = globSync(include, { cwd: workspace, ignore: exclude, onlyFiles: true, dot: true });
  }
  const sorted = [...new Set(matched)].sort();
  // An in-repository symlink leading out (data/x.csv -> /etc/...) is refused, not read.
  for (const f of sorted) resolveInWorkspace(f, workspace);
  return { files: sorted.filter(isDataFile), notData: sorted.filter((f) => !isDataFile(f)) };
}

/**
 * Sources whose data lives outside the repository: object-store paths and SQL tables or queries
 * (except DuckDB files inside the workspace, which a pull request can change like any file).
 * A pull request's changed files cannot say whether their data changed.
 */
export function externalSources(suite: LoadedSuite, workspace: string): string[] {
  return Object.keys(suite.checks).filter((name) => {
    const spec = suite.sources[name];
    if (!spec) return false;
    if (isCloudPath(spec.path)) return true;
    if (!spec.sql) return false;
    const file = duckdbFile(suite, name);
    return file === undefined || !isInside(file, workspace);
  });
}

/** The database file of a SQL source on a DuckDB connection; undefined for a server or an unknown connection. */
function duckdbFile(suite: LoadedSuite, name: string): string | undefined {
  const sql = suite.sources[name]!.sql!;
  try {
    return resolveConnection(name, sql.connection, suite.connections, suite.baseDir).file;
  } catch {
    return undefined; // the run reports the connection's error
  }
}

/** Suite sources that read at least one of the changed files (absolute paths). */
export function sourcesTouching(suite: LoadedSuite, changedAbs: Set<string>): string[] {
  return Object.keys(suite.checks).filter((name) => {
    const spec = suite.sources[name];
    if (!spec || isCloudPath(spec.path)) return false;
    if (spec.sql) {
      const file = duckdbFile(suite, name);
      return file !== undefined && changedAbs.has(file);
    }
    if (!isDynamicPattern(spec.path)) return changedAbs.has(resolve(suite.baseDir, spec.path));
    const match = picomatch(spec.path, { dot: true });
    return [...changedAbs].some((f) => {
      const rel = relative(suite.baseDir, f).split('\\').join('/');
      return !rel.startsWith('..') && match(rel);
    });
  });
}

/** When the action checks sources whose data lives outside the repository (the `external-sources` input). */
export type ExternalPolicy = 'always' | 'suite-changed' | 'never';

export interface SourceSelection {
  /** Sources to run; undefined: all of them. */
  sources: string[] | undefined;
  /** The suite's external sources (see externalSources) and whether they are among `sources`. */
  external: string[];
  externalChecked: boolean;
}

/**
 * The sources a run checks. `changedAbs` (absolute paths; undefined: check everything) selects the
 * file sources a pull request touched. External sources follow `policy`: every run, only when
 * the suite file itself changed (or everything is checked), or never.
 */
export function selectSources(
  suite: LoadedSuite,
  workspace: string,
  changedAbs: Set<string> | undefined,
  policy: ExternalPolicy,
  suiteFile: string,
): SourceSelection {
  const external = externalSources(suite, workspace);
  const externalChecked =
    external.length > 0 &&
    (policy === 'always' ||
      (policy === 'suite-changed' && (changedAbs === undefined || changedAbs.has(suiteFile))));
  if (!changedAbs && (externalChecked || external.length === 0))
    return { sources: undefined, external, externalChecked };
  const chosen = new Set(changedAbs ? sourcesTouching(suite, changedAbs) : Object.keys(suite.checks));
  for (const name of external) {
    if (externalChecked) chosen.add(name);
    else chosen.delete(name);
  }
  // In suite order, so reports read the same whichever way a source was chosen.
  return { sources: Object.keys(suite.checks).filter((n) => chosen.has(n)), external, externalChecked };
}
