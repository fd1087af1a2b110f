import pg from 'pg';
import { TruthgateError } from '../../errors.ts';
import { scrubSecrets, type ResolvedConnection } from './connection.ts';
import type { SessionContext, SqlColumn, SqlSession } from './session.ts';
import { postgresDtype } from './types.ts';

const { types } = pg;
/**
 * Numbers arrive as numbers (counts are int8 and sums numeric, which pg returns as strings), and
 * dates and timestamps as the server's text, never shifted through this process's time zone.
 */
const PARSERS: Record<number, (v: string) => unknown> = {
  [types.builtins.INT8]: Number,
  [types.builtins.NUMERIC]: Number,
  [types.builtins.DATE]: (v) => v,
  [types.builtins.TIMESTAMP]: (v) => v,
  [types.builtins.TIMESTAMPTZ]: (v) => v,
};
const typeParsers = {
  getTypeParser: ((oid: number, format?: string) =>
    PARSERS[oid] ?? types.getTypeParser(oid, format as 'text')) as typeof types.getTypeParser,
};

/** Node's network errors meaning the server was never reached. */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ETIMEDOUT',
  'EPIPE',
]);

/**
 * Opens a PostgreSQL session: connects within the connection's timeout (an unreachable host is
 * reported in seconds, not after the operating system's TCP timeout), then starts a read-only
 * repeatable-read transaction with a statement timeout. Queries use the extended protocol, which
 * runs exactly one statement, so a `query:` cannot smuggle in a second one after a `;`.
 */
export async function openPostgres(conn: ResolvedConnection, ctx: SessionContext): Promise<SqlSession> {
  const client = new pg.Client({
    connectionString: conn.url,
    connectionTimeoutMillis: conn.connectTimeoutMs,
    // A server that stops answering mid-query: give up shortly after the statement timeout.
    query_timeout: conn.statementTimeoutMs + 10_000,
    application_name: 'truthgate',
    types: typeParsers,
  });
  // A connection dropped by the server later is seen by the pending query; the event must not crash.
  client.on('error', () => {});
  const fail = (err: unknown) => postgresError(err, conn, ctx);
  try {
    await client.connect();
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await client.query(`SET LOCAL statement_timeout = ${conn.statementTimeoutMs}`);
  } catch (err) {
    await client.end().catch(() => {});
    throw fail(err);
  }
  // Each query under a savepoint: a failed one (a check's bad SQL, a timeout) would otherwise
  // abort the whole transaction and every query after it.
  const run = async (text: string) => {
    await client.query('SAVEPOINT tg_query').catch((err: unknown) => {
      throw fail(err);
    });
    try {
      const r = await client.query({ text, queryMode: 'extended' } as pg.QueryConfig);
      await client.query('RELEASE SAVEPOINT tg_query');
      return r;
    } catch (err) {
      await client.query('ROLLBACK TO SAVEPOINT tg_query').catch(() => {});
      throw fail(err);
    }
  };
  return {
    dialect: 'postgres',
    query: async (text) => (await run(text)).rows as Record<string, unknown>[],
    describe: async (text) => {
      const r = await run(`SELECT * FROM (${text}) AS tg_describe LIMIT 0`);
      const oids = [...new Set(r.fields.map((f) => f.dataTypeID))];
      const named = await run(
        `SELECT oid::int AS oid, typname, typtype FROM pg_catalog.pg_type WHERE oid IN (${oids.join(',') || 'NULL'})`,
      );
      const byOid = new Map(
        named.rows.map((t) => [t.oid as number, t as { typname: string; typtype: string }]),
      );
      return r.fields.map((f): SqlColumn => {
        const t = byOid.get(f.dataTypeID);
        return {
          name: f.name,
          dtype: t?.typtype === 'e' ? 'String' : postgresDtype(f.dataTypeID, t?.typname),
        };
      });
    },
    close: async () => {
      await client.query('ROLLBACK').catch(() => {});
      await client.end().catch(() => {});
    },
  };
}

/** A driver or server error as its coded TruthgateError, with the connection's secrets masked. */
export function postgresError(err: unknown, conn: ResolvedConnection, ctx: SessionContext): TruthgateError {
  if (err instanceof TruthgateError) return err;
  const e = err as { code?: unknown; message?: unknown };
  const detail = scrubSecrets(String(e.message ?? err).split('\n')[0]!, conn);
  const code = typeof e.code === 'string' ? e.code : '';
  const { source } = ctx;
  const connection = conn.name;
  const timeout = () =>
    new TruthgateError('TG_SQL_TIMEOUT', { source, seconds: conn.statementTimeoutMs / 1000 });
  // Errors without a SQLSTATE come from the client: the network, or the login handshake.
  if (UNREACHABLE.has(code) || !/^[0-9A-Z]{5}$/.test(code)) {
    if (/^Query read timeout/.test(detail)) return timeout();
    if (/SASL|SCRAM|password/i.test(detail)) return new TruthgateError('TG_SQL_AUTH', { connection, detail });
    return new TruthgateError('TG_SQL_UNREACHABLE', {
      connection,
      host: conn.shownHost,
      detail: code || detail,
    });
  }
  switch (code) {
    case '28P01': // invalid_password
    case '28000': // invalid_authorization_specification
    case '3D000': // invalid_catalog_name: the database in the URL does not exist
      return new TruthgateError('TG_SQL_AUTH', { connection, detail });
    case '42P01': // undefined_table
    case '3F000': // invalid_schema_name
      return ctx.table
        ? new TruthgateError('TG_SQL_TABLE_NOT_FOUND', { source, connection, table: ctx.table })
        : new TruthgateError('TG_SQL_QUERY', { source, detail });
    case '42501': // insufficient_privilege
      return new TruthgateError('TG_SQL_PERMISSION', { source, detail });
    case '57014': // query_canceled: the statement timeout
      return timeout();
    case '25006': // read_only_sql_transaction
      return new TruthgateError('TG_SQL_READ_ONLY', { source, detail });
    default:
      return new TruthgateError('TG_SQL_QUERY', { source, detail });
  }
}
