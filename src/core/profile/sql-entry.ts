import type { OpenedSource } from '../sources/open.ts';
import { openSource } from '../sources/open.ts';
import { isSqlSource } from '../sources/spec.ts';
import { openSqlSource, type SqlSource } from '../sources/sql/open.ts';
import { TruthgateError } from '../errors.ts';
import type { LoadedSuite } from '../suite/load.ts';
import { profileSource, type ProfileRunOptions } from './profile.ts';
import { profileSqlSource } from './sql-profile.ts';
import type { Profile } from './types.ts';

/** A source of a suite, opened the way its kind is read: a file (polars) or a SQL source (its database). */
export type SuiteSource = { kind: 'file'; source: OpenedSource } | { kind: 'sql'; source: SqlSource };

/** Opens `name` of `suite`; the caller closes a SQL source (closeSuiteSource). */
export async function openSuiteSource(suite: LoadedSuite, name: string): Promise<SuiteSource> {
  const spec = suite.sources[name];
  if (!spec) {
    const names = Object.keys(suite.sources);
    throw new TruthgateError('TG_UNKNOWN_SOURCE', {
      name,
      suggestion: names.length ? ` (sources: ${names.join(', ')})` : '',
    });
  }
  if (isSqlSource(spec))
    return {
      kind: 'sql',
      source: await openSqlSource(name, spec, { connections: suite.connections, baseDir: suite.baseDir }),
    };
  return { kind: 'file', source: openSource(name, spec, { baseDir: suite.baseDir }) };
}

export async function closeSuiteSource(s: SuiteSource): Promise<void> {
  if (s.kind === 'sql') await s.source.close();
}

/** Profiles one source of a suite where it lives: in polars for files, in the database for SQL sources. */
export async function profileSuiteSource(
  suite: LoadedSuite,
  name: string,
  opts: ProfileRunOptions = {},
): Promise<Profile> {
  const s = await openSuiteSource(suite, name);
  try {
    return s.kind === 'sql'
      ? await profileSqlSource(s.source, opts)
      : await profileSource(s.source, { baseDir: suite.baseDir, ...opts });
  } finally {
    await closeSuiteSource(s);
  }
}
