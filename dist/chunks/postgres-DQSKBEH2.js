import { createRequire as __tgCreateRequire } from 'node:module';
const require = __tgCreateRequire(import.meta.url);
import {
  esm_default,
  postgresDtype
} from "./chunk-VNYIUJDA.js";
import {
  scrubSecrets
} from "./chunk-KDCNJ7OY.js";
import {
  TruthgateError
} from "./chunk-MB6M5FPL.js";
import "./chunk-BDDSI5QT.js";

// src/core/sources/sql/postgres.ts
var { types } = esm_default;
var PARSERS = {
  [types.builtins.INT8]: Number,
  [types.builtins.NUMERIC]: Number,
  [types.builtins.DATE]: (v) => v,
  [types.builtins.TIMESTAMP]: (v) => v,
  [types.builtins.TIMESTAMPTZ]: (v) => v
};
var typeParsers = {
  getTypeParser: ((oid, format) => PARSERS[oid] ?? types.getTypeParser(oid, format))
};
var UNREACHABLE = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ETIMEDOUT",
  "EPIPE"
]);
async function openPostgres(conn, ctx, snapshot) {
  const client = new esm_default.Client({
    connectionString: conn.url,
    connectionTimeoutMillis: conn.connectTimeoutMs,
    // A server that stops answering mid-query: give up shortly after the statement timeout.
    query_timeout: conn.statementTimeoutMs + 1e4,
    application_name: "truthgate",
    types: typeParsers
  });
  client.on("error", () => {
  });
  const fail = (err) => postgresError(err, conn, ctx);
  const begin = async () => {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    if (snapshot !== void 0) {
      if (!/^[0-9A-F-]+$/i.test(snapshot)) throw new Error("not a snapshot id");
      await client.query(`SET TRANSACTION SNAPSHOT '${snapshot}'`);
    }
    await client.query(`SET LOCAL statement_timeout = ${conn.statementTimeoutMs}`);
  };
  let exported = snapshot;
  try {
    await client.connect();
    await begin();
    if (exported === void 0) {
      try {
        exported = String((await client.query("SELECT pg_export_snapshot() AS id")).rows[0].id);
      } catch {
        await client.query("ROLLBACK");
        await begin();
      }
    }
  } catch (err) {
    await client.end().catch(() => {
    });
    throw fail(err);
  }
  const run = async (text) => {
    await client.query("SAVEPOINT tg_query").catch((err) => {
      throw fail(err);
    });
    try {
      const r = await client.query({ text, queryMode: "extended" });
      await client.query("RELEASE SAVEPOINT tg_query");
      return r;
    } catch (err) {
      await client.query("ROLLBACK TO SAVEPOINT tg_query").catch(() => {
      });
      throw fail(err);
    }
  };
  const id = exported;
  return {
    dialect: "postgres",
    query: async (text) => (await run(text)).rows,
    tableStats: async (table) => tableStats(table, async (text) => (await run(text)).rows),
    ...id !== void 0 ? { sibling: () => openPostgres(conn, ctx, id) } : {},
    describe: async (text) => {
      const r = await run(`SELECT * FROM (${text}) AS tg_describe LIMIT 0`);
      const oids = [...new Set(r.fields.map((f) => f.dataTypeID))];
      const named = await run(
        `SELECT oid::int AS oid, typname, typtype FROM pg_catalog.pg_type WHERE oid IN (${oids.join(",") || "NULL"})`
      );
      const byOid = new Map(
        named.rows.map((t) => [t.oid, t])
      );
      return r.fields.map((f) => {
        const t = byOid.get(f.dataTypeID);
        return {
          name: f.name,
          dtype: t?.typtype === "e" ? "String" : postgresDtype(f.dataTypeID, t?.typname)
        };
      });
    },
    close: async () => {
      await client.query("ROLLBACK").catch(() => {
      });
      await client.end().catch(() => {
      });
    }
  };
}
async function tableStats(table, query) {
  const name = table.map((p) => `"${p.replace(/"/g, '""')}"`).join(".");
  const rows = await query(`SELECT a.attname AS name, c.reltuples::float8 AS rows, s.n_distinct::float8 AS distinct,
    t.typname IN ('text', 'varchar') AND coalesce(co.collisdeterministic, true) AS plain
  FROM pg_catalog.pg_attribute a
  JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
  LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
  LEFT JOIN pg_catalog.pg_stats s
    ON s.schemaname = n.nspname AND s.tablename = c.relname AND s.attname = a.attname AND NOT s.inherited
  WHERE a.attrelid = to_regclass('${name.replace(/'/g, "''")}') AND a.attnum > 0 AND NOT a.attisdropped`);
  const estimate = rows[0]?.rows;
  const total = estimate !== void 0 && estimate >= 0 ? estimate : void 0;
  const columns = {};
  for (const r of rows) {
    const nd = r.distinct;
    const distinct = nd === null ? void 0 : nd >= 0 ? nd : total !== void 0 ? -nd * total : void 0;
    columns[String(r.name)] = {
      ...distinct !== void 0 ? { distinct } : {},
      plainText: r.plain === true
    };
  }
  return { ...total !== void 0 ? { rows: total } : {}, columns };
}
function postgresError(err, conn, ctx) {
  if (err instanceof TruthgateError) return err;
  const e = err;
  const detail = scrubSecrets(String(e.message ?? err).split("\n")[0], conn);
  const code = typeof e.code === "string" ? e.code : "";
  const { source } = ctx;
  const connection = conn.name;
  const timeout = () => new TruthgateError("TG_SQL_TIMEOUT", { source, seconds: conn.statementTimeoutMs / 1e3 });
  if (UNREACHABLE.has(code) || !/^[0-9A-Z]{5}$/.test(code)) {
    if (/^Query read timeout/.test(detail)) return timeout();
    if (/SASL|SCRAM|password/i.test(detail)) return new TruthgateError("TG_SQL_AUTH", { connection, detail });
    return new TruthgateError("TG_SQL_UNREACHABLE", {
      connection,
      host: conn.shownHost,
      detail: code || detail
    });
  }
  switch (code) {
    case "28P01":
    // invalid_password
    case "28000":
    // invalid_authorization_specification
    case "3D000":
      return new TruthgateError("TG_SQL_AUTH", { connection, detail });
    case "42P01":
    // undefined_table
    case "3F000":
      return ctx.table ? new TruthgateError("TG_SQL_TABLE_NOT_FOUND", { source, connection, table: ctx.table }) : new TruthgateError("TG_SQL_QUERY", { source, detail });
    case "42501":
      return new TruthgateError("TG_SQL_PERMISSION", { source, detail });
    case "57014":
      return timeout();
    case "25006":
      return new TruthgateError("TG_SQL_READ_ONLY", { source, detail });
    default:
      return new TruthgateError("TG_SQL_QUERY", { source, detail });
  }
}
export {
  openPostgres,
  postgresError
};
