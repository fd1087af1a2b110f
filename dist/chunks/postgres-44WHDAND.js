import { createRequire as __tgCreateRequire } from 'node:module';
const require = __tgCreateRequire(import.meta.url);
import {
  esm_default,
  postgresDtype
} from "./chunk-VNYIUJDA.js";
import {
  POSTGRES_JSON_VALID,
  scrubSecrets
} from "./chunk-RMPF4MSH.js";
import {
  TruthgateError
} from "./chunk-A56JMUMU.js";
import "./chunk-BDDSI5QT.js";

// src/core/sources/sql/postgres-json.ts
var MAX_DEPTH = 127;
var EXPONENT = "[eE][+]?[0-9][0-9][0-9]";
var bigNumber = (v) => `(${v} ~ '${EXPONENT}' OR (octet_length(${v}) >= 210 AND ${v} ~ '[0-9]{210}'))`;
var deep = (v) => `(octet_length(${v}) > ${2 * MAX_DEPTH + 1} AND length(${v}) - length(translate(${v}, '[{', '')) > ${MAX_DEPTH})`;
function jsonValidFunctionSql(serverVersionNum) {
  const parses = serverVersionNum >= 16e4 ? `IF NOT (t IS JSON) THEN RETURN false; END IF;` : `BEGIN
    PERFORM t::pg_catalog.json;
  EXCEPTION WHEN others THEN -- not query_canceled: the statement timeout still ends the query
    RETURN false;
  END;`;
  const parallel = serverVersionNum >= 16e4 ? "RESTRICTED" : "UNSAFE";
  return `CREATE FUNCTION ${POSTGRES_JSON_VALID}(t text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL ${parallel} AS $tg$
DECLARE
  -- The text without its strings' contents (it parsed, so every string is well formed).
  bare text;
  brackets text;
  n text[];
  digits text;
  significant text;
  take int;
  exponent numeric;
BEGIN
  ${parses}
  -- An escaped surrogate outside a high-low pair (PostgreSQL's json keeps escapes unchecked).
  IF strpos(t, '\\u') > 0 AND t ~ '\\\\u[dD][89a-fA-F]' AND regexp_replace(t,
      '\\\\(u[dD][89abAB][0-9a-fA-F]{2}\\\\u[dD][c-fC-F][0-9a-fA-F]{2}|u[0-9a-cA-Ce-fE-F][0-9a-fA-F]{3}|u[dD][0-7][0-9a-fA-F]{2}|[^u])',
      '', 'g') ~ '\\\\u' THEN
    RETURN false;
  END IF;
  -- Only a text with this many brackets or such a number can be refused below.
  IF NOT ${deep("t")} AND NOT ${bigNumber("t")} THEN
    RETURN true;
  END IF;
  bare := regexp_replace(t, '"([^"\\\\]|\\\\.)*"', '""', 'g');
  -- Nesting: each pass removes the innermost pairs, one level; ${MAX_DEPTH} passes empty ${MAX_DEPTH} levels.
  IF ${deep("bare")} THEN
    brackets := regexp_replace(bare, '[^][{}]+', '', 'g');
    FOR pass IN 1..${MAX_DEPTH} LOOP
      EXIT WHEN brackets = '';
      brackets := regexp_replace(brackets, '\\[\\]|\\{\\}', '', 'g');
    END LOOP;
    IF brackets <> '' THEN RETURN false; END IF;
  END IF;
  -- Numbers as serde_json computes them: the leading digits that fit in 64 bits as a double,
  -- times the power of ten of the rest (so 1.7976931348623158e308 overflows).
  IF ${bigNumber("bare")} THEN
    FOR n IN SELECT regexp_matches(bare, '-?([0-9]+)(?:\\.([0-9]+))?(?:[eE]([-+]?[0-9]+))?', 'g') LOOP
      digits := n[1] || coalesce(n[2], '');
      significant := ltrim(digits, '0');
      CONTINUE WHEN significant = '';
      take := CASE WHEN length(significant) >= 20 AND left(significant, 20)::numeric <= 18446744073709551615
        THEN 20 ELSE least(length(significant), 19) END;
      exponent := coalesce(n[3]::numeric, 0) + length(n[1]) - (length(digits) - length(significant) + take);
      CONTINUE WHEN exponent < 0;
      IF exponent > 308 THEN RETURN false; END IF;
      -- The product scaled by 2^-64 (exact), so it cannot overflow here: it rounds to infinity
      -- unscaled exactly when it reaches 2^960 scaled.
      IF left(significant, take)::numeric::float8 * power(2::float8, -64) * ('1e' || exponent)::float8
          >= power(2::float8, 960) THEN
        RETURN false;
      END IF;
    END LOOP;
  END IF;
  RETURN true;
END
$tg$`;
}

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
async function openPostgres(conn, ctx, { jsonTest = false, snapshot } = {}) {
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
  let encoding;
  client.connection.on("parameterStatus", (m) => {
    if (m.parameterName === "server_encoding") encoding = m.parameterValue;
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
  let lacksJson = jsonTest ? void 0 : NOT_ASKED;
  try {
    await client.connect();
    if (jsonTest) {
      const version = Number((await client.query("SHOW server_version_num")).rows[0].server_version_num);
      lacksJson = await createJsonHelper(client, version, conn);
    }
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
  const lacks = {
    ...lacksJson !== void 0 ? { jsonValid: lacksJson } : {},
    ...encoding !== void 0 && encoding !== "UTF8" ? { nonAsciiRegex: nonUtf8Regex(encoding) } : {}
  };
  return {
    dialect: "postgres",
    ...Object.keys(lacks).length ? { lacks } : {},
    query: async (text) => (await run(text)).rows,
    tableStats: async (table) => tableStats(table, async (text) => (await run(text)).rows),
    primaryKey: async (table) => (await run(`SELECT a.attname AS name FROM pg_catalog.pg_index i
  JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
  WHERE i.indrelid = to_regclass(${regclassLiteral(table)}) AND i.indisprimary
  ORDER BY array_position(i.indkey::int2[], a.attnum)`)).rows.map((r) => String(r.name)),
    ...id !== void 0 ? { sibling: () => openPostgres(conn, ctx, { jsonTest, snapshot: id }) } : {},
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
function nonUtf8Regex(encoding) {
  return `the database's encoding is ${encoding}, not UTF8, so it cannot read the pattern's Unicode classes (\\d, \\w, \\s, \\p{..}) or non-ASCII characters as polars does; spell them in ASCII (e.g. [0-9] for \\d, [A-Za-z0-9_] for \\w)`;
}
var NOT_ASKED = "its JSON test is created only for a session whose checks call it";
async function createJsonHelper(client, serverVersion, conn) {
  try {
    await client.query(jsonValidFunctionSql(serverVersion));
    return void 0;
  } catch (err) {
    const e = err;
    if (typeof e.code !== "string" || !/^(42501|25006|0A000)$/.test(e.code)) throw err;
    const detail = scrubSecrets(String(e.message ?? err).split("\n")[0], conn);
    return `its JSON test is a function this connection creates in pg_temp, which it may not (${detail}); grant the role TEMPORARY on the database`;
  }
}
async function tableStats(table, query) {
  const rows = await query(`SELECT a.attname AS name, c.reltuples::float8 AS rows, s.n_distinct::float8 AS distinct,
    t.typname IN ('text', 'varchar') AND coalesce(co.collisdeterministic, true) AS plain
  FROM pg_catalog.pg_attribute a
  JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
  LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
  LEFT JOIN pg_catalog.pg_stats s
    ON s.schemaname = n.nspname AND s.tablename = c.relname AND s.attname = a.attname AND NOT s.inherited
  WHERE a.attrelid = to_regclass(${regclassLiteral(table)}) AND a.attnum > 0 AND NOT a.attisdropped`);
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
function regclassLiteral(table) {
  const name = table.map((p) => `"${p.replace(/"/g, '""')}"`).join(".");
  return `'${name.replace(/'/g, "''")}'`;
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
      return new TruthgateError("TG_SQL_AUTH", { connection, detail });
    case "3D000":
      return new TruthgateError("TG_SQL_DATABASE_NOT_FOUND", { connection, detail });
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
