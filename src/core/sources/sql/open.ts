import { createHash } from 'node:crypto';
import type { ConnectionSpec, SourceSpec, SqlSpec } from '../spec.ts';
import { resolveConnection, type Dialect, type ResolvedConnection } from './connection.ts';
import { duckdb, postgres, type Dialect as SqlDialect } from '../../expr/dialect.ts';
import { quoteIdent } from '../../expr/sql.ts';
import { parseTableName } from './identifier.ts';
import type { SqlColumn, SqlSession } from './session.ts';

/** A SQL source, open: one session (one read-only transaction) for everything its checks run. */
export interface SqlSource {
  name: string;
  /** `sql:<connection>/<table>` or `sql:<connection>/(query)`: no host, user or password. */
  uri: string;
  format: Dialect;
  /** The dialect table SQL for this source is written in (quoting, functions, LIMIT). */
  dialect: SqlDialect;
  spec: SourceSpec & { sql: SqlSpec };
  session: SqlSession;
  /** The rows to check: the table's name parts, or the suite's query (for the pushdown compiler). */
  relation: { table: string[] } | { query: string };
  /** The same rows as SQL that follows FROM: the quoted table name or the parenthesised query. */
  from: string;
  columns: SqlColumn[];
  /** Column -> dtype name, like a file source's schema. */
  schema: Record<string, string>;
  /**
   * Table identity plus the row count the checks measured, plus the max of `timestamp_column`
   * when declared, so a reload with the same rows keeps it and appended rows change it.
   */
  fingerprint(rowCount: number): Promise<string>;
  close(): Promise<void>;
}

export interface SqlOpenOptions {
  connections: Record<string, ConnectionSpec>;
  baseDir: string;
  env?: NodeJS.ProcessEnv;
  /** The checks call the database's JSON test (json_parseable): PostgreSQL prepares it only then. */
  jsonTest?: boolean;
}

export async function openSqlSource(
  name: string,
  spec: SourceSpec & { sql: SqlSpec },
  opts: SqlOpenOptions,
): Promise<SqlSource> {
  const sql = spec.sql;
  const conn = resolveConnection(name, sql.connection, opts.connections, opts.baseDir, opts.env);
  const table = sql.table !== undefined ? parseTableName(name, sql.table) : undefined;
  const ctx = { source: name, ...(sql.table !== undefined ? { table: sql.table } : {}) };
  // Drivers load only when a suite has a SQL source: file-only runs (and their start-up) skip them.
  const session =
    conn.dialect === 'postgres'
      ? await (await import('./postgres.ts')).openPostgres(conn, ctx, { jsonTest: opts.jsonTest === true })
      : await (await import('./duckdb.ts')).openDuckdb(conn, ctx);
  const dialect = sessionDialect(conn.dialect === 'postgres' ? postgres : duckdb, session);
  try {
    // A trailing `;` is harmless in the suite but would break the query used as a subquery.
    const query = sql.query?.trim().replace(/;\s*$/, '');
    const from = table ? table.map((p) => quoteIdent(dialect, p)).join('.') : `(${query}) AS tg_query`;
    const columns = await session.describe(table ? `SELECT * FROM ${from}` : query!);
    return {
      name,
      uri: spec.path,
      format: conn.dialect,
      dialect,
      spec,
      session,
      relation: table ? { table } : { query: query! },
      from,
      columns,
      schema: Object.fromEntries(columns.map((c) => [c.name, c.dtype])),
      fingerprint: async (rowCount) => {
        const ts = sql.timestamp_column;
        const max = ts
          ? (
              await session.query(`SELECT CAST(MAX(${quoteIdent(dialect, ts)}) AS VARCHAR) AS m FROM ${from}`)
            )[0]?.m
          : undefined;
        const h = createHash('sha256')
          .update(JSON.stringify([identity(conn), table ?? sql.query, rowCount, max ?? null]))
          .digest('hex');
        return `sql:${h.slice(0, 32)}`;
      },
      close: () => session.close(),
    };
  } catch (err) {
    await session.close();
    throw err;
  }
}

/** The dialect less what this session lacks, each with its reason (TG_CHECK_UNSUPPORTED_BACKEND). */
function sessionDialect(base: SqlDialect, session: SqlSession): SqlDialect {
  const { jsonValid: why, nonAsciiRegex } = session.lacks ?? {};
  const d = why === undefined ? base : { ...base, jsonValid: null, why: { ...base.why, jsonValid: why } };
  return nonAsciiRegex === undefined ? d : { ...d, regex: { ...d.regex, nonAscii: nonAsciiRegex } };
}

/** Where the data lives, without credentials: dialect, host and database (or file). */
function identity(conn: ResolvedConnection): string {
  if (conn.dialect === 'duckdb') return `duckdb:${conn.shownHost}`;
  const u = new URL(conn.url);
  return `postgres://${conn.shownHost}${u.pathname}`;
}
