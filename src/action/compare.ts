import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { diffSides, driftSides } from '../core/compare/suite-sources.ts';
import { closeSuiteSource, openSuiteSource, type SuiteSource } from '../core/profile/sql-entry.ts';
import { asTruthgateError, TruthgateError, type Lang } from '../core/errors.ts';
import { renderDiffMarkdown } from '../core/render/diff-markdown.ts';
import { renderDriftMarkdown } from '../core/render/drift-markdown.ts';
import { escapeHtml } from '../core/render/escape.ts';
import { openSource } from '../core/sources/open.ts';
import { resolveConnection } from '../core/sources/sql/connection.ts';
import { isSqlSource, type SourceSpec } from '../core/sources/spec.ts';
import { isDynamicPattern } from 'tinyglobby';
import { parseSuite, type LoadedSuite } from '../core/suite/load.ts';
import { fetchBaseVersion, type BaseVersion } from './base-version.ts';
import type { Section } from './body.ts';
import type { ChangedFile } from './changed-files.ts';
import type { RunContext } from './event.ts';
import type { GitHub } from './github.ts';
import { confineSuite, externalSources } from './targets.ts';

export interface CompareRequest {
  gh: GitHub | undefined;
  ctx: RunContext;
  baseRef: string;
  changed: ChangedFile[];
  suite: LoadedSuite;
  /** Sources that were checked; only their changed single-file sources are compared. */
  sources: string[];
  /** The suite file (absolute): its base-branch version defines the base side of external sources. */
  suiteFile?: string;
  lang: Lang;
  tempDir: string;
}

export interface CompareResult {
  sections: Section[];
  /** Diff and drift results, for the comment's change hash. */
  data: unknown[];
  notes: string[];
}

/**
 * For each checked source that is one file the pull request modified or renamed: the dataset
 * diff (keyed by the source's `key` when it has one) and per-column drift, base vs head. For a
 * source outside the repository (a SQL table or query, an object-store path) the base side is the
 * base branch's definition of that source, read now: an unchanged definition is the same data, so
 * it is not compared at all.
 */
export async function compareWithBase(req: CompareRequest): Promise<CompareResult> {
  const out: CompareResult = { sections: [], data: [], notes: [] };
  const external = new Set(externalSources(req.suite, req.ctx.workspace));
  await compareFiles(
    req,
    req.sources.filter((n) => !external.has(n)),
    out,
  );
  const outside = req.sources.filter((n) => external.has(n));
  if (outside.length && req.suiteFile) await compareDefinitions(req, req.suiteFile, outside, out);
  return out;
}

async function compareFiles(req: CompareRequest, names: string[], out: CompareResult): Promise<void> {
  const byPath = new Map(req.changed.map((f) => [resolve(req.ctx.workspace, f.path), f]));
  for (const name of names) {
    const spec = req.suite.sources[name];
    if (spec && isSqlSource(spec)) await compareDatabaseFile(req, name, spec.sql.connection, byPath, out);
    if (!spec || isSqlSource(spec) || isDynamicPattern(spec.path)) continue;
    const change = byPath.get(resolve(req.suite.baseDir, spec.path));
    if (!change || !MODIFIED.has(change.status)) continue;
    const base = await fetchBase(req, change.basePath);
    if ('missing' in base) {
      out.notes.push(unavailable(req, change.basePath, base.missing));
      continue;
    }
    const oldSide: SuiteSource = { kind: 'file', source: openSource(name, { ...spec, path: base.file }) };
    const newSide: SuiteSource = {
      kind: 'file',
      source: openSource(name, spec, { baseDir: req.suite.baseDir }),
    };
    // The base copy lives in a temp dir; show the repository path instead.
    await compareSides(
      req,
      { label: change.path, baseUri: baseUri(req, change.basePath) },
      oldSide,
      newSide,
      out,
    );
  }
}

/**
 * A SQL source on a DuckDB file of the repository that the pull request modified: the base side
 * is the same source read from the base version of that file. Two database files cannot be joined
 * row by row in one session, so this is a drift comparison with a note.
 */
async function compareDatabaseFile(
  req: CompareRequest,
  name: string,
  connection: string,
  byPath: Map<string, ChangedFile>,
  out: CompareResult,
): Promise<void> {
  const { connections, baseDir } = req.suite;
  let file: string | undefined;
  try {
    file = resolveConnection(name, connection, connections, baseDir).file;
  } catch {
    return; // the run itself reported the connection's error
  }
  const change = file === undefined ? undefined : byPath.get(file);
  if (!change || !MODIFIED.has(change.status)) return;
  const base = await fetchBase(req, change.basePath);
  if ('missing' in base) {
    out.notes.push(unavailable(req, change.basePath, base.missing));
    return;
  }
  const spec = connections[connection]!;
  const url = `duckdb:${base.file}`;
  const baseSuite: LoadedSuite = {
    ...req.suite,
    connections: { ...connections, [connection]: typeof spec === 'string' ? url : { ...spec, url } },
  };
  const rows = 'base and head are two database files; only the drift of the columns is shown';
  await compareSuiteSources(
    req,
    baseSuite,
    name,
    { label: name, baseUri: baseUri(req, change.basePath), rows },
    out,
  );
}

/**
 * The base side of each external source comes from the suite file's base-branch version: a source
 * the pull request added has nothing to compare with, an unchanged definition (source and
 * connection) reads the same data, and a changed one is diffed and drift-compared.
 */
async function compareDefinitions(
  req: CompareRequest,
  suiteFile: string,
  names: string[],
  out: CompareResult,
): Promise<void> {
  const change = req.changed.find((f) => resolve(req.ctx.workspace, f.path) === suiteFile);
  // An untouched suite file defines every source as the base branch does.
  if (!change || !MODIFIED.has(change.status)) return;
  const base = await fetchBase(req, change.basePath);
  if ('missing' in base) {
    out.notes.push(unavailable(req, change.basePath, base.missing));
    return;
  }
  let baseSuite: LoadedSuite;
  try {
    // Read like the head suite: base directory, environment and file-function policy.
    baseSuite = parseSuite(readFileSync(base.file, 'utf8'), {
      path: `${change.basePath}@${req.baseRef.slice(0, 7)}`,
      baseDir: req.suite.baseDir,
      env: process.env,
      denyFileFunctions: true,
    });
    confineSuite(baseSuite, req.ctx.workspace);
  } catch (err) {
    out.notes.push(unavailable(req, change.basePath, asTruthgateError(err).message_(req.lang)));
    return;
  }
  for (const name of names) {
    const before = baseSuite.sources[name];
    const after = req.suite.sources[name]!;
    if (!before || sameDefinition(baseSuite, before, req.suite, after)) continue;
    // Rows are diffed inside one database: two tables of one connection name that now leads
    // elsewhere would be read in the base side's database, so such sides get drift only.
    const rows = !before.sql || sameConnection(baseSuite, before, req.suite, after);
    const where = {
      label: name,
      baseUri: baseUri(req, before.path),
      ...(rows
        ? {}
        : { rows: 'the connection now leads to another database; only the drift of the columns is shown' }),
    };
    await compareSuiteSources(req, baseSuite, name, where, out);
  }
}

/** Opens `name` in the base and the head suite, compares them, and closes what it opened. */
async function compareSuiteSources(
  req: CompareRequest,
  baseSuite: LoadedSuite,
  name: string,
  where: Where,
  out: CompareResult,
): Promise<void> {
  const sides: SuiteSource[] = [];
  try {
    sides.push(await openSuiteSource(baseSuite, name));
    sides.push(await openSuiteSource(req.suite, name));
    await compareSides(req, where, sides[0]!, sides[1]!, out);
  } catch (err) {
    out.notes.push(unavailable(req, where.baseUri, asTruthgateError(err).message_(req.lang)));
  } finally {
    for (const s of sides) await closeSuiteSource(s);
  }
}

/** How a comparison is shown: its label, the base side's name, and why rows are not diffed (if so). */
interface Where {
  label: string;
  baseUri: string;
  rows?: string;
}

/** The source and, for SQL, the connection it reads through, as both suites resolved them. */
function sameDefinition(a: LoadedSuite, specA: SourceSpec, b: LoadedSuite, specB: SourceSpec): boolean {
  return isDeepStrictEqual(specA, specB) && sameConnection(a, specA, b, specB);
}

function sameConnection(a: LoadedSuite, specA: SourceSpec, b: LoadedSuite, specB: SourceSpec): boolean {
  const connection = (suite: LoadedSuite, spec: SourceSpec) =>
    spec.sql ? { name: spec.sql.connection, spec: suite.connections[spec.sql.connection] } : undefined;
  return isDeepStrictEqual(connection(a, specA), connection(b, specB));
}

/**
 * Diff and drift of one source's base and head sides, as comment sections; a side that cannot be
 * compared (e.g. tables on two connections) leaves a note instead of failing the run.
 */
async function compareSides(
  req: CompareRequest,
  where: Where,
  before: SuiteSource,
  after: SuiteSource,
  out: CompareResult,
): Promise<void> {
  const key = after.source.spec.key;
  const opts = { lang: req.lang };
  try {
    if (where.rows !== undefined) {
      const e = new TruthgateError('TG_DIFF_SQL_CONNECTION', {
        old: where.baseUri,
        new: after.source.uri,
        detail: where.rows,
      });
      out.notes.push(e.message_(req.lang));
    } else {
      const diff = await diffSides(before, after, key ? { key } : {});
      diff.old.uri = where.baseUri;
      out.data.push(diff);
      out.sections.push({
        label: `diff ${where.label}`,
        render: (max) => fit(renderDiffMarkdown(diff, { ...opts, maxLength: max }), max),
      });
    }
    const drift = await driftSides(before, after);
    drift.baseline.uri = where.baseUri;
    out.data.push(drift.columns);
    out.sections.push({
      label: `drift ${where.label}`,
      render: (max) =>
        fit(
          `<details><summary>Drift: ${escapeHtml(where.label)}</summary>\n\n${renderDriftMarkdown(drift, opts)}\n\n</details>`,
          max,
        ),
    });
  } catch (err) {
    out.notes.push(unavailable(req, where.label, asTruthgateError(err).message_(req.lang)));
  }
}

const MODIFIED = new Set(['modified', 'renamed', 'changed']);

function fetchBase(req: CompareRequest, path: string): Promise<BaseVersion> {
  return fetchBaseVersion(req.gh, {
    workspace: req.ctx.workspace,
    owner: req.ctx.owner,
    repo: req.ctx.repo,
    ref: req.baseRef,
    path,
    destDir: resolve(req.tempDir, 'truthgate-base'),
  });
}

function baseUri(req: CompareRequest, path: string): string {
  return `${path}@${req.baseRef.slice(0, 7)}`;
}

function unavailable(req: CompareRequest, path: string, detail: string): string {
  return new TruthgateError('TG_BASE_UNAVAILABLE', { path, ref: req.baseRef.slice(0, 12), detail }).message_(
    req.lang,
  );
}

function fit(text: string, max: number): string | undefined {
  return text.length <= max ? text : undefined;
}
