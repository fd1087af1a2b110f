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
  close(): Promise<void>;
}

/** What an error is about, for its message. */
export interface SessionContext {
  source: string;
  /** The table as the suite names it, when the source is a table. */
  table?: string;
}
