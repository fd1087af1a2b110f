import type { Dialect } from '../expr/dialect.ts';
import { sqlFragment, type Expr } from '../expr/node.ts';
import { quoteIdent } from '../expr/sql.ts';
import { columnNotFound } from '../toolkit/columns.ts';
import { nearest } from './nearest.ts';

/**
 * Checks that read another source, inside the database: when both sources are tables or queries
 * of one connection, the other source is SQL the check's own SQL can name (a subquery), so the
 * check joins the source's one aggregate query and nothing leaves the database.
 */
export interface OtherRelation {
  name: string;
  /** SQL that follows FROM: the quoted table, or the source's query as a subquery. */
  from: string;
  /** Column -> dtype name. */
  schema: Record<string, string>;
  dialect: Dialect;
}

/**
 * True on a row whose non-null `column` is not among the non-null values of the referenced
 * column; both are compared as text when their dtypes differ (as the polars plan does).
 */
export function missingFromOther(
  column: string,
  dtype: string,
  refColumn: string,
  other: OtherRelation,
): Expr {
  const theirs = other.schema[refColumn];
  if (theirs === undefined) {
    const names = Object.keys(other.schema);
    throw columnNotFound(refColumn, other.name, names, nearest(refColumn, names));
  }
  const d = other.dialect;
  const text = (sql: string) => (dtype === theirs ? sql : `CAST(${sql} AS ${d.types.String})`);
  const ref = quoteIdent(d, refColumn);
  // NOT IN over a null-free list is never unknown; databases run it as a hashed anti-join.
  return sqlFragment(
    `${text(quoteIdent(d, column))} NOT IN (SELECT ${text(ref)} FROM ${other.from} WHERE ${ref} IS NOT NULL)`,
  );
}

/** The other source's row count, as a scalar subquery of the source's aggregate query. */
export function rowCountOfOther(other: OtherRelation): Expr {
  return sqlFragment(`SELECT count(*) FROM ${other.from}`);
}
