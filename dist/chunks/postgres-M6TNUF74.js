import { createRequire as __tgCreateRequire } from 'node:module';
const require = __tgCreateRequire(import.meta.url);
import {
  scrubSecrets
} from "./chunk-ET2QERVX.js";
import {
  esm_default,
  postgresDtype
} from "./chunk-VNYIUJDA.js";
import {
  TruthgateError
} from "./chunk-H7UMBVOE.js";
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
async function openPostgres(conn, ctx) {
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
  try {
    await client.connect();
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await client.query(`SET LOCAL statement_timeout = ${conn.statementTimeoutMs}`);
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
  return {
    dialect: "postgres",
    query: async (text) => (await run(text)).rows,
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
