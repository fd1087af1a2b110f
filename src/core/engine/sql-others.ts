import { OTHER_SOURCE_IN_DATABASE } from '../checks/backends.ts';
import type { OtherRelation } from '../checks/cross-sql.ts';
import type { CheckInstance } from '../checks/instance.ts';
import { nearest } from '../checks/nearest.ts';
import { TruthgateError } from '../errors.ts';
import { quoteIdent, UnsupportedInDialect } from '../expr/sql.ts';
import { isSqlSource, type SourceSpec } from '../sources/spec.ts';
import { parseTableName } from '../sources/sql/identifier.ts';
import type { SqlSource } from '../sources/sql/open.ts';

/**
 * The other sources the checks of a SQL source read (foreign_key, row_count_compare), prepared
 * before planning: a table or query of the same connection becomes SQL the check names in its
 * own query (its columns described, no rows read); anything else is the reason the check does
 * not run there (TG_CHECK_UNSUPPORTED_BACKEND), so a check never downloads another source.
 */
export async function otherRelations(
  source: SqlSource,
  checks: CheckInstance[],
  sources: Record<string, SourceSpec>,
): Promise<(name: string) => OtherRelation> {
  const names = [...new Set(checks.flatMap((c) => c.def.readsSources?.(c.params) ?? []))];
  const prepared = new Map<string, OtherRelation | Error>();
  for (const name of names) prepared.set(name, await prepare(source, name, sources).catch((e: Error) => e));
  return (name) => {
    const r = prepared.get(name) ?? new UnsupportedInDialect(OTHER_SOURCE_IN_DATABASE);
    if (r instanceof Error) throw r;
    return r;
  };
}

async function prepare(
  source: SqlSource,
  name: string,
  sources: Record<string, SourceSpec>,
): Promise<OtherRelation> {
  const spec = sources[name];
  if (!spec) {
    const near = nearest(name, Object.keys(sources));
    throw new TruthgateError('TG_UNKNOWN_SOURCE', {
      name,
      suggestion: near ? ` (did you mean \`${near}\`?)` : '',
    });
  }
  const mine = source.spec.sql.connection;
  if (!isSqlSource(spec))
    throw new UnsupportedInDialect(
      `reads \`${name}\`, a file source; a check of a SQL source runs in its database and reads only sources of the same connection (\`${mine}\`)`,
    );
  if (spec.sql.connection !== mine)
    throw new UnsupportedInDialect(
      `reads \`${name}\` on connection \`${spec.sql.connection}\`; it runs in the database only when both sources are on the same connection (\`${mine}\`)`,
    );
  const d = source.dialect;
  const from =
    spec.sql.table !== undefined
      ? parseTableName(name, spec.sql.table)
          .map((p) => quoteIdent(d, p))
          .join('.')
      : `(${(spec.sql.query ?? '').trim().replace(/;\s*$/, '')}) AS ${quoteIdent(d, `tg_other_${name}`)}`;
  try {
    const columns = await source.session.describe(`SELECT * FROM ${from}`);
    return { name, from, schema: Object.fromEntries(columns.map((c) => [c.name, c.dtype])), dialect: d };
  } catch (err) {
    // The session names the checked source in its errors; this one is about the other.
    if (!(err instanceof TruthgateError)) throw err;
    const params: Record<string, string | number> = { ...err.params, source: name };
    if (spec.sql.table !== undefined) params.table = spec.sql.table;
    throw new TruthgateError(err.code, params);
  }
}
