import { createRequire as __tgCreateRequire } from 'node:module';
const require = __tgCreateRequire(import.meta.url);
import {
  duckdbDtype
} from "./chunk-VNYIUJDA.js";
import {
  TruthgateError
} from "./chunk-A56JMUMU.js";
import "./chunk-BDDSI5QT.js";

// src/core/sources/sql/duckdb.ts
import { existsSync } from "node:fs";

// src/core/sources/sql/duckdb-slot.ts
var DUCKDB_LOADER_SLOT = Symbol.for("truthgate.duckdb-loader");

// src/core/sources/sql/duckdb.ts
async function openDuckdb(conn, ctx) {
  const file = conn.file;
  if (!existsSync(file))
    throw new TruthgateError(
      "TG_SOURCE_NOT_FOUND",
      { path: conn.shownHost },
      { location: { file: conn.shownHost } }
    );
  const driver = await loadDuckdb(conn);
  let instance;
  let connection;
  try {
    instance = await driver.DuckDBInstance.create(file, {
      access_mode: "READ_ONLY",
      enable_external_access: "false",
      autoinstall_known_extensions: "false",
      autoload_known_extensions: "false",
      allow_community_extensions: "false",
      // Last: every setting above is fixed from here on.
      lock_configuration: "true"
    });
    connection = await instance.connect();
  } catch (err) {
    throw duckdbError(err, conn, ctx);
  }
  const run = async (sql) => {
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
    dialect: "duckdb",
    query: async (sql) => (await run(sql)).getRowObjectsJS().map(jsonSafe),
    // Names compare as DuckDB resolves them: without regard to case.
    primaryKey: async (table) => {
      const [name, schema, catalog] = [...table].reverse().map((p) => `lower('${p.replace(/'/g, "''")}')`);
      const rows = (await run(`SELECT constraint_column_names AS names FROM duckdb_constraints()
  WHERE constraint_type = 'PRIMARY KEY' AND lower(table_name) = ${name}
    AND lower(schema_name) = ${schema ?? "lower(current_schema())"}
    AND lower(database_name) = ${catalog ?? "lower(current_database())"}`)).getRowObjectsJS();
      return (rows[0]?.names ?? []).map(String);
    },
    describe: async (sql) => {
      const r = await run(`SELECT * FROM (${sql}) AS tg_describe LIMIT 0`);
      const types = r.columnTypes();
      return r.columnNames().map((name, i) => ({ name, dtype: duckdbDtype(String(types[i])) }));
    },
    close: async () => {
      connection.closeSync();
      instance.closeSync();
    }
  };
}
async function loadDuckdb(conn) {
  try {
    const load = globalThis[DUCKDB_LOADER_SLOT];
    return await (load ? load() : import("@duckdb/node-api"));
  } catch (err) {
    throw new TruthgateError(
      "TG_SQL_DRIVER_MISSING",
      {
        connection: conn.name,
        package: "@duckdb/node-api",
        detail: String(err?.message ?? err).split("\n")[0]
      },
      { cause: err }
    );
  }
}
function jsonSafe(row) {
  const out = {};
  for (const [k, v] of Object.entries(row)) out[k] = value(v);
  return out;
}
function value(v) {
  if (typeof v === "bigint") return Number.isSafeInteger(Number(v)) ? Number(v) : String(v);
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(value);
  if (v !== null && typeof v === "object") {
    const n = Number(String(v));
    return Number.isFinite(n) && /^-?[\d.]+(e[-+]?\d+)?$/i.test(String(v)) ? n : String(v);
  }
  return v;
}
function duckdbError(err, conn, ctx) {
  if (err instanceof TruthgateError) return err;
  const detail = String(err?.message ?? err).split("\n")[0];
  const { source } = ctx;
  if (/^INTERRUPT Error/i.test(detail))
    return new TruthgateError("TG_SQL_TIMEOUT", { source, seconds: conn.statementTimeoutMs / 1e3 });
  if (/^Catalog Error: Table with name/i.test(detail) && ctx.table)
    return new TruthgateError("TG_SQL_TABLE_NOT_FOUND", { source, connection: conn.name, table: ctx.table });
  if (/permission denied/i.test(detail)) return new TruthgateError("TG_SQL_PERMISSION", { source, detail });
  if (/read-only mode|read only/i.test(detail))
    return new TruthgateError("TG_SQL_READ_ONLY", { source, detail });
  return new TruthgateError("TG_SQL_QUERY", { source, detail });
}
export {
  openDuckdb
};
