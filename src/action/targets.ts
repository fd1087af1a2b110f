import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { TruthgateError } from '../core/errors.ts';
import { isInside } from '../core/sources/confine.ts';
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

/** Suite sources that read at least one of the changed files (absolute paths). */
export function sourcesTouching(suite: LoadedSuite, changedAbs: Set<string>): string[] {
  return Object.keys(suite.checks).filter((name) => {
    const spec = suite.sources[name];
    if (!spec) return false;
    if (!isDynamicPattern(spec.path)) return changedAbs.has(resolve(suite.baseDir, spec.path));
    const match = picomatch(spec.path, { dot: true });
    return [...changedAbs].some((f) => {
      const rel = relative(suite.baseDir, f).split('\\').join('/');
      return !rel.startsWith('..') && match(rel);
    });
  });
}
