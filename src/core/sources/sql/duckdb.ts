import { existsSync } from 'node:fs';
import type * as DuckDB from '@duckdb/node-api';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { TruthgateError } from '../../errors.ts';
import { DUCKDB_LOADER_SLOT, type DuckdbLoader } from './duckdb-slot.ts';
import type { ResolvedConnection } from './connection.ts';
import type { SessionContext, SqlSession } from './session.ts';
import { duckdbDtype } from './types.ts';

/**
 * Opens a DuckDB file read-only, with external access off (SQL cannot read or write other files,
 * ATTACH, COPY, INSTALL or LOAD an extension), no extension installed or loaded behind the
 * query's back, and the configuration locked (SQL cannot SET anything, e.g. a temp_directory or
 * memory_limit of its choosing), one statement per query (prepared statements refuse a second
 * one after a `;`), and a statement timeout enforced by interrupting the connection.
 */
export async function openDuckdb(conn: ResolvedConnection, ctx: SessionContext): Promise<SqlSession> {
  const file = conn.file!;
  if (!existsSync(file))
    throw new TruthgateError(
      'TG_SOURCE_NOT_FOUND',
      { path: conn.shownHost },
      { location: { file: conn.shownHost } },
    );
  const driver = await loadDuckdb(conn);
  let instance: DuckDBInstance;
  let connection: DuckDBConnection;
  try {
    instance = await driver.DuckDBInstance.create(file, {
      access_mode: 'READ_ONLY',
      enable_external_access: 'false',
      autoinstall_known_extensions: 'false',
      autoload_known_extensions: 'false',
      allow_community_extensions: 'false',
      // Last: every setting above is fixed from here on.
      lock_configuration: 'true',
    });
    connection = await instance.connect();
  } catch (err) {
    throw duckdbError(err, conn, ctx);
  }
  const run = async (sql: string) => {
    const timer = setTimeout(() => connection.interrupt(), conn.statementTimeoutMs);
    try {
      const prepared = await connection.prepare(sql);
      return await prepared.runAndReadAll();
    } catch (err) {
      throw duckdbError(err, conn, ctx);
    } finally {
      clearTimeout(timer);
    }
  };
  return {
    dialect: 'duckdb',
    query: async (sql) => (await run(sql)).getRowObjectsJS().map(jsonSafe),
    // Names compare as DuckDB resolves them: without regard to case.
    primaryKey: async (table) => {
      const [name, schema, catalog] = [...table].reverse().map((p) => `lower('${p.replace(/'/g, "''")}')`);
      const rows = (
        await run(`SELECT constraint_column_names AS names FROM duckdb_constraints()
  WHERE constraint_type = 'PRIMARY KEY' AND lower(table_name) = ${name}
    AND lower(schema_name) = ${schema ?? 'lower(current_schema())'}
    AND lower(database_name) = ${catalog ?? 'lower(current_database())'}`)
      ).getRowObjectsJS();
      return ((rows[0]?.names as unknown[] | undefined) ?? []).map(String);
    },
    describe: async (sql) => {
      const r = await run(`SELECT * FROM (${sql}) AS tg_describe LIMIT 0`);
      const types = r.columnTypes();
      return r.columnNames().map((name, i) => ({ name, dtype: duckdbDtype(String(types[i])) }));
    },
    close: async () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/**
 * DuckDB's driver is native code, loaded only when a suite opens a DuckDB file: bundles that leave
 * it out still load (the GitHub Action installs it then, through the loader slot), and say what is
 * missing when it cannot be had.
 */
async function loadDuckdb(conn: ResolvedConnection): Promise<typeof DuckDB> {
  try {
    const load = (globalThis as Record<symbol, DuckdbLoader | undefined>)[DUCKDB_LOADER_SLOT];
    return (await (load ? load() : import('@duckdb/node-api'))) as typeof DuckDB;
  } catch (err) {
    throw new TruthgateError(
      'TG_SQL_DRIVER_MISSING',
      {
        connection: conn.name,
        package: '@duckdb/node-api',
        detail: String((err as Error)?.message ?? err).split('\n')[0]!,
      },
      { cause: err },
    );
  }
}

/** DuckDB's JS values (bigint, Date, decimal objects) as the JSON-safe values reports hold. */
function jsonSafe(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = value(v);
  return out;
}

function value(v: unknown): unknown {
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : String(v);
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(value);
  if (v !== null && typeof v === 'object') {
    const n = Number(String(v));
    return Number.isFinite(n) && /^-?[\d.]+(e[-+]?\d+)?$/i.test(String(v)) ? n : String(v);
  }
  return v;
}

/** DuckDB reports errors as text prefixed with their kind ("Catalog Error: ..."). */
function duckdbError(err: unknown, conn: ResolvedConnection, ctx: SessionContext): TruthgateError {
  if (err instanceof TruthgateError) return err;
  const detail = String((err as Error)?.message ?? err).split('\n')[0]!;
  const { source } = ctx;
  if (/^INTERRUPT Error/i.test(detail))
    return new TruthgateError('TG_SQL_TIMEOUT', { source, seconds: conn.statementTimeoutMs / 1000 });
  if (/^Catalog Error: Table with name/i.test(detail) && ctx.table)
    return new TruthgateError('TG_SQL_TABLE_NOT_FOUND', { source, connection: conn.name, table: ctx.table });
  if (/permission denied/i.test(detail)) return new TruthgateError('TG_SQL_PERMISSION', { source, detail });
  if (/read-only mode|read only/i.test(detail))
    return new TruthgateError('TG_SQL_READ_ONLY', { source, detail });
  return new TruthgateError('TG_SQL_QUERY', { source, detail });
}
