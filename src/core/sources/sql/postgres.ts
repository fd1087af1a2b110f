import pg from 'pg';
import { TruthgateError } from '../../errors.ts';
import { scrubSecrets, type ResolvedConnection } from './connection.ts';
import type { SessionContext, SqlColumn, SqlSession, TableStats } from './session.ts';
import { postgresDtype } from './types.ts';
import { jsonValidFunctionSql } from './postgres-json.ts';

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
 * `jsonTest`: the checks call the JSON test, whose function only then is created (a round trip
 * each connection otherwise spends for nothing); without it the session lacks the test.
 */
export async function openPostgres(
  conn: ResolvedConnection,
  ctx: SessionContext,
  { jsonTest = false, snapshot }: { jsonTest?: boolean; snapshot?: string } = {},
): Promise<SqlSession> {
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
  // The server reports its encoding when the session starts (no query needed).
  let encoding: string | undefined;
  client.connection.on('parameterStatus', (m: { parameterName: string; parameterValue: string }) => {
    if (m.parameterName === 'server_encoding') encoding = m.parameterValue;
  });
  const fail = (err: unknown) => postgresError(err, conn, ctx);
  const begin = async () => {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    // A sibling adopts the snapshot its session exported (an id PostgreSQL made, checked anyway).
    if (snapshot !== undefined) {
      if (!/^[0-9A-F-]+$/i.test(snapshot)) throw new Error('not a snapshot id');
      await client.query(`SET TRANSACTION SNAPSHOT '${snapshot}'`);
    }
    await client.query(`SET LOCAL statement_timeout = ${conn.statementTimeoutMs}`);
  };
  // The snapshot siblings import, exported before the first query (PostgreSQL exports none from a
  // subtransaction, and a failed export aborts the transaction, which then simply starts over).
  let exported = snapshot;
  let lacksJson: string | undefined = jsonTest ? undefined : NOT_ASKED;
  try {
    await client.connect();
    if (jsonTest) {
      const version = Number((await client.query('SHOW server_version_num')).rows[0].server_version_num);
      lacksJson = await createJsonHelper(client, version, conn);
    }
    await begin();
    if (exported === undefined) {
      try {
        exported = String((await client.query('SELECT pg_export_snapshot() AS id')).rows[0].id);
      } catch {
        await client.query('ROLLBACK');
        await begin();
      }
    }
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
  const id = exported;
  const lacks = {
    ...(lacksJson !== undefined ? { jsonValid: lacksJson } : {}),
    ...(encoding !== undefined && encoding !== 'UTF8' ? { nonAsciiRegex: nonUtf8Regex(encoding) } : {}),
  };
  return {
    dialect: 'postgres',
    ...(Object.keys(lacks).length ? { lacks } : {}),
    query: async (text) => (await run(text)).rows as Record<string, unknown>[],
    tableStats: async (table) => tableStats(table, async (text) => (await run(text)).rows),
    primaryKey: async (table) =>
      (
        await run(`SELECT a.attname AS name FROM pg_catalog.pg_index i
  JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
  WHERE i.indrelid = to_regclass(${regclassLiteral(table)}) AND i.indisprimary
  ORDER BY array_position(i.indkey::int2[], a.attnum)`)
      ).rows.map((r) => String(r.name)),
    ...(id !== undefined ? { sibling: () => openPostgres(conn, ctx, { jsonTest, snapshot: id }) } : {}),
    // Raised, never lowered (a role may have more); set_config(.., true) is SET LOCAL, which
    // holds for the transaction although `run` releases its savepoint.
    workMemory: async (megabytes) => {
      const mb = Math.max(1, Math.floor(megabytes));
      await run(`SELECT set_config('work_mem', CASE WHEN pg_size_bytes(current_setting('work_mem')) < ${mb} * 1024 * 1024
        THEN '${mb}MB' ELSE current_setting('work_mem') END, true)`);
    },
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

/**
 * Why a pattern needing non-ASCII characters is refused: polars' \\d, \\w, \\s and \\p{..} are
 * Unicode, spelled for PostgreSQL as code point ranges (expr/regex.ts), which a database in another
 * encoding than UTF-8 rejects ("invalid character range") or reads as bytes, counting other rows.
 */
function nonUtf8Regex(encoding: string): string {
  return (
    `the database's encoding is ${encoding}, not UTF8, so it cannot read the pattern's Unicode classes ` +
    `(\\d, \\w, \\s, \\p{..}) or non-ASCII characters as polars does; spell them in ASCII ` +
    `(e.g. [0-9] for \\d, [A-Za-z0-9_] for \\w)`
  );
}

/** Why a session opened for checks that call no JSON test has none (should one ever ask). */
const NOT_ASKED = 'its JSON test is created only for a session whose checks call it';

/**
 * Creates the session's JSON test (postgres-json.ts) outside any transaction: the read-only one
 * that follows could not. Returns why it cannot be had (no TEMP privilege on the database, a
 * read-only server), which only the checks that need it report.
 */
async function createJsonHelper(
  client: pg.Client,
  serverVersion: number,
  conn: ResolvedConnection,
): Promise<string | undefined> {
  try {
    await client.query(jsonValidFunctionSql(serverVersion));
    return undefined;
  } catch (err) {
    const e = err as { code?: unknown; message?: unknown };
    if (typeof e.code !== 'string' || !/^(42501|25006|0A000)$/.test(e.code)) throw err;
    const detail = scrubSecrets(String(e.message ?? err).split('\n')[0]!, conn);
    return (
      `its JSON test is a function this connection creates in pg_temp, which it may not (${detail}); ` +
      `grant the role TEMPORARY on the database`
    );
  }
}

/**
 * A table's row and distinct-value estimates from pg_class and pg_stats (visible to whoever may
 * read the columns). Text is `plainText` only as text or varchar under a deterministic collation,
 * where equal means identical, so a test of one value holds for every equal one.
 */
async function tableStats(
  table: readonly string[],
  query: (text: string) => Promise<Record<string, unknown>[]>,
): Promise<TableStats> {
  const rows =
    await query(`SELECT a.attname AS name, c.reltuples::float8 AS rows, s.n_distinct::float8 AS distinct,
    t.typname IN ('text', 'varchar') AND coalesce(co.collisdeterministic, true) AS plain
  FROM pg_catalog.pg_attribute a
  JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
  LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
  LEFT JOIN pg_catalog.pg_stats s
    ON s.schemaname = n.nspname AND s.tablename = c.relname AND s.attname = a.attname AND NOT s.inherited
  WHERE a.attrelid = to_regclass(${regclassLiteral(table)}) AND a.attnum > 0 AND NOT a.attisdropped`);
  // reltuples is -1 before the first ANALYZE; n_distinct < 0 is a fraction of the rows.
  const estimate = rows[0]?.rows as number | undefined;
  const total = estimate !== undefined && estimate >= 0 ? estimate : undefined;
  const columns: TableStats['columns'] = {};
  for (const r of rows) {
    const nd = r.distinct as number | null;
    const distinct = nd === null ? undefined : nd >= 0 ? nd : total !== undefined ? -nd * total : undefined;
    columns[String(r.name)] = {
      ...(distinct !== undefined ? { distinct } : {}),
      plainText: r.plain === true,
    };
  }
  return { ...(total !== undefined ? { rows: total } : {}), columns };
}

/** A table's name parts as the text literal `to_regclass` reads: each part quoted, as the suite meant it. */
function regclassLiteral(table: readonly string[]): string {
  const name = table.map((p) => `"${p.replace(/"/g, '""')}"`).join('.');
  return `'${name.replace(/'/g, "''")}'`;
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
      return new TruthgateError('TG_SQL_AUTH', { connection, detail });
    case '3D000': // invalid_catalog_name: the database in the URL does not exist
      return new TruthgateError('TG_SQL_DATABASE_NOT_FOUND', { connection, detail });
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
