import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { TruthgateError } from '../core/errors.ts';
import { isDataFile } from '../core/sources/detect.ts';
import type { LoadedSuite } from '../core/suite/load.ts';
import type { ChangedFile } from './changed-files.ts';

/** Never data a user means to check, and expensive to walk. */
const ALWAYS_IGNORED = ['**/.git/**', '**/node_modules/**'];

/** Resolves a user path against the workspace and refuses anything outside it (symlinks included). */
export function resolveInWorkspace(path: string, workspace: string): string {
  const abs = resolve(workspace, path);
  const real = existsSync(abs) ? realpathSync(abs) : abs;
  const root = existsSync(workspace) ? realpathSync(workspace) : workspace;
  const rel = relative(root, real);
  if (rel.startsWith('..') || isAbsolute(rel)) {
    throw new TruthgateError('TG_ACTION_OUTSIDE_WORKSPACE', { path, workspace });
  }
  return abs;
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
