import type { Dialect } from './connection.ts';

export interface SqlColumn {
  name: string;
  /** Dtype name as the checks know it (types.ts). */
  dtype: string;
}

/**
 * One open connection inside one read-only transaction (PostgreSQL: a repeatable-read snapshot, so
 * the aggregate query and the sample queries see the same rows). Every method throws only coded
 * TruthgateErrors whose text never holds the connection's secrets.
 */
export interface SqlSession {
  dialect: Dialect;
  /** Rows as plain objects with JSON-safe values (numbers, strings, booleans, null). */
  query(sql: string): Promise<Record<string, unknown>[]>;
  /** The columns a query returns, without reading its rows. */
  describe(sql: string): Promise<SqlColumn[]>;
  /**
   * The columns of a table's primary key in key order; empty for a table without one, a view
   * or anything else that has none.
   */
  primaryKey(table: readonly string[]): Promise<string[]>;
  /** PostgreSQL: the planner's statistics of a table (no rows read), to choose how to query it. */
  tableStats?(table: readonly string[]): Promise<TableStats>;
  /**
   * PostgreSQL: another connection in this session's snapshot (read-only, the same statement
   * timeout), so queries can run at once and still see the same rows; absent when the server
   * exports no snapshot. Close each sibling.
   */
  sibling?(): Promise<SqlSession>;
  /**
   * PostgreSQL: lets this transaction's sorts and hash tables use at least `megabytes` each before
   * spilling to disk (work_mem, for this transaction only; a larger setting is kept).
   */
  workMemory?(megabytes: number): Promise<void>;
  close(): Promise<void>;
  /**
   * What this session cannot offer of its dialect, with the reason (PostgreSQL: the JSON test
   * when the role may not create the session's helper function; patterns with non-ASCII
   * characters, such as Unicode classes spelled as ranges, in a database not in UTF-8).
   */
  lacks?: { jsonValid?: string; nonAsciiRegex?: string };
}

/** Estimates from the last ANALYZE; absent where the database has none. */
export interface TableStats {
  rows?: number;
  /** Per column: estimated distinct values; `plainText` when equal values are identical text. */
  columns: Record<string, { distinct?: number; plainText: boolean }>;
}

/** What an error is about, for its message. */
export interface SessionContext {
  source: string;
  /** The table as the suite names it, when the source is a table. */
  table?: string;
}
