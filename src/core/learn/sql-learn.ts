import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { supportOn, schemaOnlyContext } from '../checks/backends.ts';
import { getCheck } from '../checks/registry.ts';
import type { Dialect } from '../expr/dialect.ts';
import type { ConnectionSpec, SourceSpec, SqlSpec } from '../sources/spec.ts';
import type { LoadedSuite } from '../suite/load.ts';
import type { LearnOptions } from './learn.ts';
import type { Proposal } from './propose.ts';

/**
 * What `learn` writes for a SQL source of a suite: the source and its connection as the suite
 * file spells them (`${ENV}` placeholders kept, never the interpolated secrets), a DuckDB file's
 * path re-rooted at the learned suite's directory, and the proposals the dialect cannot run left
 * out with a note (a learned suite passes on its own data, in its own database).
 */
export function sqlLearnOptions(
  suite: LoadedSuite,
  name: string,
  spec: SourceSpec & { sql: SqlSpec },
  dialect: Dialect,
  schema: Record<string, string>,
  suiteDir: string,
): Pick<LearnOptions, 'sourceEntry' | 'connections' | 'unsupported'> {
  const raw = readRaw(suite.path);
  const conn = spec.sql.connection;
  const declared = raw?.connections?.[conn];
  const connections =
    declared === undefined ? undefined : { [conn]: reroot(declared, suite.baseDir, suiteDir) };
  const entry = raw?.sources?.[name] ?? { sql: spec.sql };
  const ctx = schemaOnlyContext(schema);
  return {
    sourceEntry: entry as LearnOptions['sourceEntry'],
    ...(connections ? { connections } : {}),
    unsupported: (p: Proposal) => {
      const def = getCheck(p.check);
      if (!def) return undefined;
      const s = supportOn(def, def.params.parse(p.params) as Record<string, unknown>, ctx, dialect);
      return s.supported ? undefined : `${p.check} does not run on ${dialect.title}: ${s.reason}`;
    },
  };
}

interface RawSuite {
  connections?: Record<string, ConnectionSpec>;
  sources?: Record<string, unknown>;
}

/** The suite file as written, before `${ENV}` interpolation; undefined for an in-memory suite. */
function readRaw(path: string): RawSuite | undefined {
  try {
    return parse(readFileSync(path, 'utf8')) as RawSuite;
  } catch {
    return undefined;
  }
}

/** A DuckDB file relative to the old suite, relative to the new one instead. */
function reroot(spec: ConnectionSpec, fromDir: string, toDir: string): ConnectionSpec {
  const url = typeof spec === 'string' ? spec : spec.url;
  const m = /^duckdb:(?:\/\/)?(.*)$/i.exec(url);
  if (!m || isAbsolute(m[1]!) || fromDir === toDir) return spec;
  const moved = `duckdb:${relative(toDir, resolve(fromDir, m[1]!)) || '.'}`;
  return typeof spec === 'string' ? moved : { ...spec, url: moved };
}
