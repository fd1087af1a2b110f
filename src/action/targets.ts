import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { TruthgateError } from '../core/errors.ts';
import { isCloudPath } from '../core/sources/cloud/location.ts';
import { inGitMetadata, isInside, realPath } from '../core/sources/confine.ts';
import type { CheckInstance } from '../core/checks/instance.ts';
import type { SourceSpec } from '../core/sources/spec.ts';
import { duckdbFile, suiteReadPaths } from '../core/suite/read-paths.ts';
import { isDataFile } from '../core/sources/detect.ts';
import { loadSuiteFile, parseSuite, SuiteInvalidError, type LoadedSuite } from '../core/suite/load.ts';
import { fetchBaseVersion } from './base-version.ts';
import type { ChangedFile } from './changed-files.ts';
import type { RunContext } from './event.ts';
import type { GitHub } from './github.ts';

/** Never data a user means to check, and expensive to walk. */
const ALWAYS_IGNORED = ['**/.git/**', '**/node_modules/**'];

/**
 * Resolves a user path against the workspace and refuses anything outside it (symlinks included,
 * also for a path not written yet, such as the report), before a byte of it is read or written.
 */
export function resolveInWorkspace(path: string, workspace: string): string {
  const abs = resolve(workspace, path);
  if (!isInside(abs, workspace)) throw new TruthgateError('TG_ACTION_OUTSIDE_WORKSPACE', { path });
  if (inGitMetadata(abs, workspace)) throw new TruthgateError('TG_ACTION_GIT_METADATA', { path });
  return abs;
}

/**
 * Refuses a suite that would read a file outside the workspace, or the checkout's git metadata:
 * a source path or glob, a DuckDB file, or a drift baseline.
 */
export function confineSuite(suite: LoadedSuite, workspace: string): void {
  for (const abs of suiteReadPaths(suite)) resolveInWorkspace(relative(workspace, abs), workspace);
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
      throw new TruthgateError('TG_ACTION_OUTSIDE_WORKSPACE', { path: p });
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
    const file = duckdbFile(suite, name, spec.sql.connection);
    return file === undefined || !isInside(file, workspace);
  });
}

/** Suite sources that read at least one of the changed files (absolute paths). */
export function sourcesTouching(suite: LoadedSuite, changedAbs: Set<string>): string[] {
  return Object.keys(suite.checks).filter((name) => {
    const spec = suite.sources[name];
    if (!spec || isCloudPath(spec.path)) return false;
    if (spec.sql) {
      const file = duckdbFile(suite, name, spec.sql.connection);
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

export interface ActionSuite {
  suite: LoadedSuite;
  /** The suite file, absolute. */
  suiteFile: string;
  /** Set when the pull request changed the suite: what ran from the base branch, and what did not run. */
  untrusted: TruthgateError | undefined;
}

/**
 * A source that reaches beyond the repository with the runner's environment: a database
 * connection (its URL, password, TRUTHGATE_CONNECTION_*, PG* variables) or an object store (AWS_*
 * credentials, any endpoint or https host).
 */
function reachesOut(spec: SourceSpec): boolean {
  return spec.sql !== undefined || isCloudPath(spec.path);
}

/**
 * The suite the action runs, confined to the workspace. A suite a pull request changed is the
 * pull request author's code, and the workflow's environment holds secrets: it is read with no
 * environment at all (`${NAME}` stays unfilled), and its database and object-store sources, with
 * their checks and connections, are taken from the base branch's suite; such a source the base
 * branch does not have is not run. A suite identical to the base branch's, a run that is not a
 * pull request, or `trust-suite-changes: 'true'` reads the suite as written, with the environment.
 */
export async function loadActionSuite(
  inputs: { suite: string; trustSuiteChanges: boolean },
  ctx: Pick<RunContext, 'workspace' | 'owner' | 'repo' | 'pr'>,
  gh: GitHub | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ActionSuite> {
  const suiteFile = resolveInWorkspace(inputs.suite, ctx.workspace);
  // A pull request must not make SQL read files beside the workspace, whatever the suite allows.
  const deny = { denyFileFunctions: true };
  const trusted = (): ActionSuite => {
    const suite = loadSuiteFile(suiteFile, env, deny);
    confineSuite(suite, ctx.workspace);
    return { suite, suiteFile, untrusted: undefined };
  };
  if (!ctx.pr || inputs.trustSuiteChanges) return trusted();
  const baseText = await baseSuiteText(suiteFile, ctx, gh);
  if (baseText !== undefined && baseText === readText(suiteFile)) return trusted();

  const shown = relative(ctx.workspace, suiteFile);
  let head: LoadedSuite;
  try {
    head = loadSuiteFile(suiteFile, {}, { ...deny, keepUnsetEnv: true });
  } catch (err) {
    // `min: ${MIN_ROWS}` left unfilled is not a number: say why, beside the suite's own problems.
    if (err instanceof SuiteInvalidError && readText(suiteFile)?.includes('${'))
      throw new SuiteInvalidError([
        ...err.problems,
        new TruthgateError('TG_ACTION_UNTRUSTED_ENV', { suite: shown }),
      ]);
    throw err;
  }
  let base: LoadedSuite | undefined;
  try {
    base =
      baseText === undefined
        ? undefined
        : parseSuite(baseText, { ...deny, path: suiteFile, baseDir: head.baseDir, env });
  } catch {
    base = undefined; // a base suite that does not load supplies nothing
  }
  const sources: LoadedSuite['sources'] = {};
  const checks: LoadedSuite['checks'] = {};
  const kept: string[] = [];
  const refused: string[] = [];
  for (const [name, spec] of Object.entries(head.sources)) {
    const from = !reachesOut(spec)
      ? head
      : base?.sources[name] && reachesOut(base.sources[name])
        ? base
        : undefined;
    if (!from) {
      refused.push(name);
      continue;
    }
    if (from === base) kept.push(name);
    sources[name] = from.sources[name]!;
    if (from.checks[name]) checks[name] = from.checks[name];
  }
  // The pull request's own checks must not read the base branch's database or bucket either: a
  // foreign_key against a table answers which of its guesses exist, a drift baseline shows the
  // table's top values.
  for (const [name, list] of Object.entries(checks)) {
    if (sources[name] !== head.sources[name]) continue;
    checks[name] = list.filter((c) => {
      const outside = readsOther(c).some((o) => sources[o] !== undefined && reachesOut(sources[o]));
      if (outside) refused.push(c.id);
      return !outside;
    });
  }
  const suite: LoadedSuite = {
    ...head,
    sources,
    checks: Object.fromEntries(
      Object.keys(head.checks)
        .filter((n) => n in checks)
        .map((n) => [n, checks[n]!]),
    ),
    connections: base?.connections ?? {},
    // Samples of the base branch's tables stay as many as the base branch shows.
    sampleSize: base?.sampleSize ?? head.sampleSize,
  };
  confineSuite(suite, ctx.workspace);
  requireTracked(
    {
      ...suite,
      sources: pick(sources, (n) => sources[n] === head.sources[n]),
      checks: pick(suite.checks, (n) => sources[n] === head.sources[n]),
    },
    ctx.workspace,
  );
  const none = '—';
  return {
    suite,
    suiteFile,
    untrusted: new TruthgateError('TG_ACTION_UNTRUSTED_SUITE', {
      suite: shown,
      kept: kept.join(', ') || none,
      refused: refused.join(', ') || none,
    }),
  };
}

function pick<T>(o: Record<string, T>, keep: (name: string) => boolean): Record<string, T> {
  return Object.fromEntries(Object.entries(o).filter(([n]) => keep(n)));
}

/**
 * Refuses a file the pull request's own sources would read that git does not track, judged where
 * symlinks lead: earlier steps of the job write files into the workspace (an auth action's
 * credentials file, a `.npmrc` with a token), and they are not the pull request's data.
 */
function requireTracked(suite: LoadedSuite, workspace: string): void {
  const files = suiteReadPaths(suite).filter((f) => {
    try {
      return statSync(f).isFile();
    } catch {
      return false; // missing: the run reports it
    }
  });
  if (files.length === 0) return;
  const tracked = trackedFiles(workspace);
  for (const f of files)
    if (!tracked?.has(realPath(f)))
      throw new TruthgateError('TG_ACTION_UNTRACKED_FILE', { path: relative(workspace, f) });
}

/** The files git tracks in the workspace, as real paths; undefined when git cannot say (then nothing is). */
function trackedFiles(workspace: string): Set<string> | undefined {
  // A container job's workspace may belong to another user; git then refuses it unless told here.
  const r = spawnSync('git', ['-c', `safe.directory=${realPath(workspace)}`, 'ls-files', '-z'], {
    cwd: workspace,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) return undefined;
  const root = realPath(workspace);
  return new Set(
    r.stdout
      .split('\0')
      .filter((p) => p !== '')
      .map((p) => join(root, p)),
  );
}

/** The other sources a check reads: foreign_key's and row_count_compare's, and a drift baseline named as a source. */
function readsOther(c: CheckInstance): string[] {
  const baseline = c.params.baseline;
  return [...(c.def.readsSources?.(c.params) ?? []), ...(typeof baseline === 'string' ? [baseline] : [])];
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The suite file as the pull request's base commit has it; undefined when it has none (or it cannot be had). */
async function baseSuiteText(
  suiteFile: string,
  ctx: Pick<RunContext, 'workspace' | 'owner' | 'repo' | 'pr'>,
  gh: GitHub | undefined,
): Promise<string | undefined> {
  const ref = ctx.pr?.baseSha;
  if (!ref) return undefined;
  const base = await fetchBaseVersion(gh, {
    workspace: ctx.workspace,
    owner: ctx.owner,
    repo: ctx.repo,
    ref,
    path: relative(ctx.workspace, suiteFile).split('\\').join('/'),
    // Never under the workspace: a pull request could have put a symlink where the copy goes.
    destDir: mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'truthgate-base-suite-')),
  });
  return 'file' in base ? readText(base.file) : undefined;
}
