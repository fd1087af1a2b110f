import { existsSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { Document, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';
import type { z } from 'zod';
import { bindCheck, type CheckInstance } from '../checks/instance.ts';
import { getCheck, listChecks, nearest } from '../checks/registry.ts';
import { TruthgateError, type Location } from '../errors.ts';
import type { NotifyConfig } from '../notify/rules.ts';
import { notifyKeyNames } from '../notify/rules.ts';
import type { FailOn, Severity } from '../result/schema.ts';
import { sqlSourceSpec, type ConnectionSpec, type SourceSpec } from '../sources/spec.ts';
import { fileFunctions } from '../toolkit/sql-tokens.ts';
import { interpolateEnv } from './interpolate.ts';
import { commonFieldNames, CommonCheckFields, SuiteFile } from './schema.ts';

export interface LoadedSuite {
  /** Path as given (for reports), or a synthetic name for in-memory suites. */
  path: string;
  name: string;
  baseDir: string;
  failOn: FailOn;
  sampleSize: number;
  sources: Record<string, SourceSpec>;
  /** `connections:` of the suite, for SQL sources (URLs hold secrets: never put them in reports). */
  connections: Record<string, ConnectionSpec>;
  checks: Record<string, CheckInstance[]>;
  notify?: NotifyConfig;
}

/** Thrown when a suite has problems; `problems` holds every one found, first one is the error itself. */
export class SuiteInvalidError extends TruthgateError {
  readonly problems: TruthgateError[];
  constructor(problems: TruthgateError[]) {
    const first = problems[0]!;
    super(first.code, first.params, { location: first.location });
    this.problems = problems;
  }
}

export function loadSuiteFile(
  path: string,
  env: NodeJS.ProcessEnv = process.env,
  opts: Pick<ParseOptions, 'denyFileFunctions' | 'keepUnsetEnv'> = {},
): LoadedSuite {
  let text: string;
  try {
    if (statSync(path).isDirectory()) throw new Error('directory');
    text = readFileSync(path, 'utf8');
  } catch {
    throw new TruthgateError('TG_SUITE_NOT_FOUND', { path });
  }
  return parseSuite(text, { ...opts, path, baseDir: dirname(resolve(path)), env });
}

export interface ParseOptions {
  path?: string;
  baseDir?: string;
  env?: NodeJS.ProcessEnv;
  /** Refuse file-reading SQL table functions even when the suite sets `allow_file_functions`. */
  denyFileFunctions?: boolean;
  /** Leave `${NAME}` of unset variables as written (interpolate.ts); for untrusted suites. */
  keepUnsetEnv?: boolean;
}

const SHOWN_YAML_ERRORS = 3;

export function parseSuite(text: string, opts: ParseOptions = {}): LoadedSuite {
  const file = opts.path ?? '<suite>';
  const lines = new LineCounter();
  // yaml's own duplicate-key check compares each key with every earlier one: quadratic in a
  // map's size, seconds on a schema check of thousands of columns. duplicateKeys is linear.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  const errors = [
    ...doc.errors.map((e) => ({ offset: e.pos[0], message: e.message })),
    ...duplicateKeys(doc).map((offset) => ({ offset, message: 'Map keys must be unique' })),
  ].sort((a, b) => a.offset - b.offset);
  if (errors.length > 0) {
    // One mistake (an unquoted `${X}` in a flow map) can make yaml report hundreds of errors
    // that all follow from the first: the first few are shown, the rest counted.
    const shown = errors.slice(0, SHOWN_YAML_ERRORS);
    const more = errors.length - shown.length;
    throw new SuiteInvalidError(
      shown.map((e, i) => {
        const pos = lines.linePos(e.offset);
        const detail =
          e.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '') +
          (text.startsWith('${', e.offset - 1)
            ? ` (a \`\${NAME}\` inside { } or [ ] must be quoted: '\${NAME}')`
            : '');
        return new TruthgateError(
          'TG_SUITE_YAML',
          {
            detail:
              more > 0 && i === shown.length - 1
                ? `${detail} (and ${more} more YAML errors, usually caused by the first)`
                : detail,
          },
          { location: { file, line: pos.line, column: pos.col } },
        );
      }),
    );
  }
  interpolateEnv(doc, opts.env ?? process.env, file, lines, text, { keepUnset: opts.keepUnsetEnv === true });
  const locate = (path: (string | number)[], key = false): Location =>
    locateNode(doc, lines, file, path, key);

  let js: unknown;
  try {
    js = doc.toJS();
  } catch (err) {
    // yaml refuses documents whose aliases expand without bound ("billion laughs").
    throw new TruthgateError(
      'TG_SUITE_YAML',
      { detail: `the document cannot be expanded (${err instanceof Error ? err.message : String(err)})` },
      { location: { file } },
    );
  }
  return buildSuite(js ?? {}, opts, locate);
}

/**
 * Offsets of map keys equal to an earlier key of their map, as yaml's `uniqueKeys` finds them
 * (scalars by value, other nodes by identity), with one set per map instead of a scan per key.
 */
function duplicateKeys(doc: Document): number[] {
  const offsets: number[] = [];
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        const k = isScalar(key) ? key.value : key;
        // yaml compares with ===, under which NaN equals nothing.
        if (Number.isNaN(k)) continue;
        if (seen.has(k)) offsets.push((key as Node | null)?.range?.[0] ?? 0);
        else seen.add(k);
      }
    },
  });
  return offsets;
}

/**
 * buildSuite for a plain object that still holds `${ENV}` references (a learned suite keeps them as
 * written): interpolated as parseSuite does, without rendering and parsing YAML.
 */
export function buildSuiteWithEnv(js: unknown, opts: ParseOptions = {}): LoadedSuite {
  // Most learned suites hold no reference: a string search is far cheaper than a document.
  if (!JSON.stringify(js).includes('${')) return buildSuite(js, opts);
  const doc = new Document(js);
  interpolateEnv(doc, opts.env ?? process.env, opts.path ?? '<suite>', new LineCounter(), '', {
    keepUnset: opts.keepUnsetEnv === true,
  });
  return buildSuite(doc.toJS() ?? {}, opts);
}

/**
 * A suite from its plain-object form (a parsed YAML document, or one built in code such as
 * zero-config's learned checks): validates it and binds every check to its definition.
 */
export function buildSuite(
  js: unknown,
  opts: ParseOptions = {},
  locate: (path: (string | number)[], key?: boolean) => Location = () => ({ file: opts.path ?? '<suite>' }),
): LoadedSuite {
  const parsed = SuiteFile.safeParse(js);
  if (!parsed.success) throw new SuiteInvalidError(topLevelProblems(parsed.error.issues, locate));
  return bindSuite(parsed.data, opts, locate);
}

/**
 * buildSuite for a suite Truthgate built itself as a typed SuiteFile (zero-config's learned
 * checks): its structure needs no second validation, tens of milliseconds on thousands of checks.
 * Each check's params still go through the check's own schema, as in every suite.
 */
export function buildTypedSuite(file: SuiteFile, opts: ParseOptions = {}): LoadedSuite {
  return bindSuite(file, opts, () => ({ file: opts.path ?? '<suite>' }));
}

/** A validated suite file bound to the check definitions: every check's params validated on the way. */
function bindSuite(
  raw: SuiteFile,
  opts: ParseOptions,
  locate: (path: (string | number)[], key?: boolean) => Location,
): LoadedSuite {
  const file = opts.path ?? '<suite>';
  const problems: TruthgateError[] = [];
  const sources: Record<string, SourceSpec> = {};
  for (const [name, entry] of Object.entries(raw.sources))
    sources[name] =
      typeof entry === 'string' ? { path: entry } : 'sql' in entry ? sqlSourceSpec(entry) : entry;

  const defaults = raw.defaults ?? {};
  const allowFiles = raw.allow_file_functions === true && !opts.denyFileFunctions;
  const checks: Record<string, CheckInstance[]> = {};
  for (const [sourceName, entries] of Object.entries(raw.checks ?? {})) {
    if (!(sourceName in sources)) {
      const n = nearest(sourceName, Object.keys(sources));
      problems.push(
        new TruthgateError(
          'TG_UNKNOWN_SOURCE',
          { name: sourceName, suggestion: n ? ` (did you mean \`${n}\`?)` : '' },
          { location: locate(['checks', sourceName], true) },
        ),
      );
      continue;
    }
    const list: CheckInstance[] = [];
    entries.forEach((item, idx) => {
      const at = ['checks', sourceName, idx];
      // `- no_duplicate_rows` is short for `- no_duplicate_rows: {}`.
      const entry = typeof item === 'string' ? { [item]: {} } : item;
      const keys = Object.keys(entry);
      if (keys.length !== 1) {
        problems.push(
          new TruthgateError(
            'TG_SUITE_INVALID',
            {
              path: `checks.${sourceName}[${idx}]`,
              detail:
                'each check is a map with exactly one key, the check name, e.g. `- not_null: { column: id }`',
            },
            { location: locate(at) },
          ),
        );
        return;
      }
      const type = keys[0]!;
      const def = getCheck(type);
      if (!def) {
        const n = nearest(
          type,
          listChecks().map((c) => c.name),
        );
        problems.push(
          new TruthgateError(
            'TG_UNKNOWN_CHECK',
            { name: type, suggestion: n ? ` (did you mean \`${n}\`?)` : '' },
            { location: locate([...at, type], true) },
          ),
        );
        return;
      }
      const body = entry[type] ?? {};
      if (typeof body !== 'object' || Array.isArray(body)) {
        problems.push(
          new TruthgateError(
            'TG_SUITE_INVALID',
            { path: `checks.${sourceName}[${idx}].${type}`, detail: 'parameters must be a map' },
            { location: locate([...at, type]) },
          ),
        );
        return;
      }
      const all = body as Record<string, unknown>;
      const common: Record<string, unknown> = {};
      const params: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(all)) (commonFieldNames.includes(k) ? common : params)[k] = v;
      // Most checks set none of the common fields: nothing for zod to check then.
      const c =
        Object.keys(common).length === 0
          ? { success: true as const, data: {} }
          : CommonCheckFields.safeParse(common);
      if (!c.success) {
        for (const i of c.error.issues) problems.push(zodProblem(i, [...at, type], locate));
        return;
      }
      // `columns: [a, b]` on a per-column check expands to one instance per column.
      if (def.perColumn && Array.isArray(params.columns) && params.columns.length === 0) {
        problems.push(
          new TruthgateError(
            'TG_SUITE_INVALID',
            { path: `checks.${sourceName}[${idx}].${type}.columns`, detail: 'list at least one column' },
            { location: locate([...at, type, 'columns']) },
          ),
        );
        return;
      }
      const variants: Record<string, unknown>[] =
        def.perColumn && Array.isArray(params.columns) && params.column === undefined
          ? (params.columns as unknown[]).map((col) => ({ ...omit(params, 'columns'), column: col }))
          : [params];
      for (const variant of variants) {
        const r = def.params.safeParse(variant);
        if (!r.success) {
          for (const i of r.error.issues) problems.push(zodProblem(i, [...at, type], locate, def.name));
          return;
        }
        const p = r.data;
        if (!allowFiles) {
          const sql: [string, unknown][] = [
            ['where', c.data.where],
            ...(def.sqlParams ?? []).map((k) => [k, p[k]] as [string, unknown]),
          ];
          for (const [field, text] of sql) {
            const functions = typeof text === 'string' ? fileFunctions(text) : [];
            if (functions.length === 0) continue;
            problems.push(
              new TruthgateError(
                'TG_SQL_FILE_ACCESS',
                {
                  path: `checks.${sourceName}[${idx}].${type}.${field}`,
                  functions: [...new Set(functions)].map((f) => `\`${f}\``).join(', '),
                },
                { location: locate([...at, type, field]) },
              ),
            );
          }
        }
        list.push(
          bindCheck(def, p, {
            id: '',
            type,
            severity: (c.data.severity ?? defaults.severity ?? def.defaultSeverity) as Severity,
            ...((c.data.mostly ?? defaults.mostly) !== undefined
              ? { mostly: c.data.mostly ?? defaults.mostly }
              : {}),
            ...(c.data.where ? { where: c.data.where } : {}),
            tags: [...(defaults.tags ?? []), ...(c.data.tags ?? [])],
            ...(c.data.description ? { description: c.data.description } : {}),
            location: locate([...at, type], true),
          }),
        );
      }
    });
    checks[sourceName] = assignIds(sourceName, list);
  }
  if (problems.length > 0) throw new SuiteInvalidError(problems);
  return {
    path: file,
    name: raw.name ?? (opts.path ? suiteIdentity(opts.path) : 'suite'),
    baseDir: opts.baseDir ?? process.cwd(),
    failOn: raw.fail_on ?? 'high',
    sampleSize: defaults.sample_size ?? 5,
    sources,
    connections: raw.connections ?? {},
    checks,
    ...(raw.notify !== undefined ? { notify: raw.notify } : {}),
  };
}

/**
 * The identity of a suite without `name:`: its file name plus a short hash of its path relative
 * to the git repository root (or the working directory outside a repository), so two projects'
 * `truthgate.yml` keep separate history and notification state, yet it does not depend on where
 * the repository is checked out: `truthgate.yml@3f2a9c`.
 */
export function suiteIdentity(path: string): string {
  const abs = resolve(path);
  let root = dirname(abs);
  while (!existsSync(join(root, '.git')) && dirname(root) !== root) root = dirname(root);
  const base = existsSync(join(root, '.git')) ? root : process.cwd();
  const rel = relative(base, abs).split(sep).join('/');
  return `${basename(abs)}@${createHash('sha256').update(rel).digest('hex').slice(0, 6)}`;
}

/** `<source>.<type>[.<column>]`, with `#2`, `#3` appended to repeats so ids stay unique and stable. */
export function assignIds(source: string, list: CheckInstance[]): CheckInstance[] {
  const seen = new Map<string, number>();
  return list.map((inst) => {
    const cols = inst.columns();
    const base = `${source}.${inst.type}${cols.length === 1 ? `.${cols[0]}` : ''}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { ...inst, id: n === 1 ? base : `${base}#${n}` };
  });
}

function omit(o: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _drop, ...rest } = o;
  return rest;
}

/**
 * Problems of the file's top level, unknown keys first: a misspelt `soruces:` also makes
 * `sources` missing, and that second message is noise once the first suggests the fix.
 */
function topLevelProblems(
  issues: z.core.$ZodIssue[],
  locate: (path: (string | number)[], key?: boolean) => Location,
): TruthgateError[] {
  const known = knownKeys();
  const suggested = new Set(
    issues.flatMap((i) =>
      i.code === 'unrecognized_keys' && i.path.length === 0 ? i.keys.map((k) => nearest(k, known)) : [],
    ),
  );
  const missing = (i: z.core.$ZodIssue): boolean =>
    i.path.length === 1 &&
    i.code === 'invalid_type' &&
    i.input === undefined &&
    suggested.has(String(i.path[0]));
  return issues
    .filter((i) => !missing(i))
    .sort((a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'))
    .map((i) => zodProblem(i, [], locate));
}

function zodProblem(
  issue: z.core.$ZodIssue,
  prefix: (string | number)[],
  locate: (path: (string | number)[], key?: boolean) => Location,
  checkName?: string,
): TruthgateError {
  const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
  let detail = issue.message;
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(checkName);
    detail = issue.keys
      .map((k) => {
        const n = nearest(k, known);
        return `unknown field \`${k}\`${n ? ` (did you mean \`${n}\`?)` : ''}`;
      })
      .join('; ');
    path.push(issue.keys[0]!);
  }
  const shown = path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '');
  return new TruthgateError(
    'TG_SUITE_INVALID',
    { path: shown || '(root)', detail },
    { location: locate(path, issue.code === 'unrecognized_keys') },
  );
}

function knownKeys(checkName?: string): string[] {
  const top = Object.keys(SuiteFile.shape);
  if (!checkName)
    return [
      ...top,
      'path',
      'format',
      'options',
      'key',
      'sensitive',
      'delimiter',
      'header',
      'quote',
      ...notifyKeyNames,
    ];
  const def = getCheck(checkName);
  const shape = (
    def?.params as unknown as {
      shape?: Record<string, unknown>;
      def?: { in?: { shape?: Record<string, unknown> } };
    }
  )?.shape;
  return [...Object.keys(shape ?? {}), ...commonFieldNames, 'columns'];
}

/** Finds the YAML node at `path` (or its key) and returns its 1-based line and column. */
function locateNode(
  doc: Document,
  lines: LineCounter,
  file: string,
  path: (string | number)[],
  key: boolean,
): Location {
  let node: unknown = doc.contents;
  let found: Node | undefined = doc.contents ?? undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (isMap(node)) {
      const pair = node.items.find((it) => (it.key as { value?: unknown })?.value === seg);
      if (!pair) break;
      const last = i === path.length - 1;
      found = (last && key ? pair.key : (pair.value ?? pair.key)) as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
      if (!node) break;
      found = node as Node;
    } else break;
  }
  const offset = found?.range?.[0];
  if (offset === undefined) return { file };
  const pos = lines.linePos(offset);
  return { file, line: pos.line, column: pos.col };
}
