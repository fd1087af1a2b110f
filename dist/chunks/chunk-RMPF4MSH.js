import { createRequire as __tgCreateRequire } from 'node:module';
const require = __tgCreateRequire(import.meta.url);
import {
  TruthgateError,
  recordEnvValue,
  redactText
} from "./chunk-A56JMUMU.js";

// src/core/sources/sql/connection.ts
import { isAbsolute, resolve } from "node:path";
var DEFAULT_STATEMENT_TIMEOUT_S = 300;
var DEFAULT_CONNECT_TIMEOUT_S = 10;
function connectionEnvName(name) {
  return `TRUTHGATE_CONNECTION_${name.toUpperCase().replace(/-/g, "_")}`;
}
function resolveConnection(source, name, declared, baseDir, env = process.env) {
  const envName = connectionEnvName(name);
  const spec = declared[name] ?? (env[envName] || void 0);
  if (spec === void 0)
    throw new TruthgateError("TG_SQL_CONNECTION_UNKNOWN", { source, connection: name, env: envName });
  const o = typeof spec === "string" ? { url: spec } : spec;
  if (!(name in declared)) recordEnvValue(envName, o.url);
  const bad = (detail) => new TruthgateError("TG_SQL_CONNECTION_URL", { connection: name, detail });
  const ms = (seconds) => Math.max(1, Math.round(seconds * 1e3));
  const timeouts = {
    statementTimeoutMs: ms(o.statement_timeout_seconds ?? DEFAULT_STATEMENT_TIMEOUT_S),
    connectTimeoutMs: ms(o.connect_timeout_seconds ?? DEFAULT_CONNECT_TIMEOUT_S)
  };
  const duck = /^duckdb:(?:\/\/)?(.*)$/i.exec(o.url);
  if (duck) {
    const path = decodeURIComponent(duck[1]);
    if (path === "" || path === ":memory:")
      throw bad("a DuckDB connection names a database file, e.g. duckdb:data/warehouse.duckdb");
    const file = isAbsolute(path) ? path : resolve(baseDir, path);
    return { name, dialect: "duckdb", url: o.url, secrets: [], shownHost: path, file, ...timeouts };
  }
  let url;
  try {
    url = new URL(o.url);
  } catch {
    throw bad("not a URL");
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:")
    throw bad(`unsupported scheme \`${url.protocol.replace(/:$/, "")}\` (use postgres:// or duckdb:)`);
  const moved = partMovedByValue(o.url, url);
  if (moved)
    throw bad(
      `a value put in by ${moved.name} changes its ${moved.part} (percent-encode @ / : ? # in it, or give the password as \`password:\`)`
    );
  if (!url.hostname) throw bad("no host");
  if (url.port && !(Number(url.port) > 0 && Number(url.port) < 65536)) throw bad("invalid port");
  let password = "";
  try {
    password = decodeURIComponent(url.password);
  } catch {
    throw bad("the password is not valid percent-encoding");
  }
  if (o.password !== void 0 && o.password !== "") {
    password = o.password;
    url.password = encodeURIComponent(password);
  }
  return {
    name,
    dialect: "postgres",
    url: url.href,
    secrets: [o.url, url.href, url.password, password].filter((x) => x !== ""),
    shownHost: `${url.hostname}:${url.port || 5432}`,
    ...timeouts
  };
}
function scrubSecrets(text, conn) {
  let out = text;
  for (const s of [...conn.secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join("***");
  return out;
}
var URL_PARTS = ["username", "hostname", "port", "pathname", "search", "hash"];
function partMovedByValue(written, url) {
  const names = [];
  const shape = redactText(written).replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name) => {
    names.push(name);
    return `tgvalue${names.length - 1}x`;
  });
  if (names.length === 0 || /^tgvalue\d+x$/.test(shape)) return void 0;
  let template;
  try {
    template = new URL(shape);
  } catch {
    return void 0;
  }
  for (const part of URL_PARTS) {
    if (/tgvalue\d+x/.test(template[part])) continue;
    if (template[part] !== url[part])
      return { name: `\${${names.join("}, ${")}}`, part: part === "hostname" ? "host" : part };
  }
  return void 0;
}

// src/core/expr/dialect.ts
var POSTGRES_JSON_VALID = "pg_temp.truthgate_json_valid";
var DUCKDB_JSON_VALID = `CASE WHEN {0} IS NULL THEN NULL
  WHEN NOT json_valid(CAST({0} AS VARCHAR)) THEN false
  WHEN length(CAST({0} AS VARCHAR)) <= 255
    AND NOT regexp_matches(CAST({0} AS VARCHAR), ',[ \\t\\n\\r]*[\\]}]|[nN][aA][nN]|[iI][nN][fF]|[eE]\\+?[0-9][0-9][0-9]') THEN true
  ELSE list_transform([regexp_replace(CAST({0} AS VARCHAR), '"([^"\\\\]|\\\\.)*"', '""', 'g')], lambda __tg_b:
    CASE WHEN regexp_matches(__tg_b, ',[ \\t\\n\\r]*[\\]}]') THEN false
      WHEN regexp_matches(regexp_replace(__tg_b, 'true|false|null', '', 'g'), '[^\\[\\]{}:,0-9eE+. \\t\\n\\r"\\-]') THEN false
      WHEN (CASE WHEN length(__tg_b) - length(translate(__tg_b, '[{', '')) > 127
        THEN list_reduce(list_transform(range(127), lambda __tg_x: ''), lambda __tg_a, __tg_x: regexp_replace(__tg_a, '\\[\\]|\\{\\}', '', 'g'),
          regexp_replace(__tg_b, '[^\\[\\]{}]+', '', 'g')) <> ''
        ELSE false END) THEN false
      WHEN NOT regexp_matches(__tg_b, '[eE]\\+?[0-9][0-9][0-9]|[0-9]{210}') THEN true
      ELSE coalesce(list_bool_and(list_transform(regexp_extract_all(__tg_b, '-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?'), lambda __tg_n:
        list_transform([regexp_extract(__tg_n, '^-?([0-9]+)(?:\\.([0-9]+))?(?:[eE]([-+]?[0-9]+))?$', ['i', 'f', 'e'])], lambda __tg_p:
          list_transform([{
            'i': __tg_p.i,
            'd': __tg_p.i || __tg_p.f,
            's': ltrim(__tg_p.i || __tg_p.f, '0'),
            'e': CASE WHEN __tg_p.e = '' THEN 0 WHEN length(ltrim(__tg_p.e, '+-0')) > 9 THEN (CASE WHEN __tg_p.e LIKE '-%' THEN -10000000000 ELSE 10000000000 END) ELSE CAST(__tg_p.e AS BIGINT) END
          }], lambda __tg_v:
            list_transform([{
              's': __tg_v.s,
              'take': CASE WHEN length(__tg_v.s) >= 20 AND CAST(left(__tg_v.s, 20) AS HUGEINT) <= 18446744073709551615 THEN 20 ELSE least(length(__tg_v.s), 19) END,
              'x': __tg_v.e + length(__tg_v.i) - length(__tg_v.d) + length(__tg_v.s)
            }], lambda __tg_w:
              CASE WHEN __tg_w.s = '' OR __tg_w.x - __tg_w.take < 0 THEN true
                WHEN __tg_w.x - __tg_w.take > 308 THEN false
                ELSE NOT isinf(CAST(left(__tg_w.s, __tg_w.take) AS DOUBLE) * CAST('1e' || (__tg_w.x - __tg_w.take) AS DOUBLE)) END
            )[1]
          )[1]
        )[1]
      )), true)
    END
  )[1]
END`.replace(/\s*\n\s*/g, " ");
var postgres = {
  name: "postgres",
  title: "PostgreSQL",
  quote: '"',
  types: { String: "text", Float64: "double precision", Int32: "integer", Int64: "bigint" },
  tryCast: null,
  regex: {
    flavor: "posix-are",
    match: "({0} ~ {1})",
    extract: "substring({0} from {1})",
    replaceFirst: "regexp_replace({0}, {1}, {2})",
    replaceAll: "regexp_replace({0}, {1}, {2}, 'g')"
  },
  length: "char_length({0})",
  substr: "substr({0}, {1}, {2})",
  startsWith: "starts_with({0}, {1})",
  endsWith: "(right({0}, {2}) = {1})",
  isFinite: "({0} NOT IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8))",
  // PostgreSQL's NaN equals itself (unlike IEEE), so this is a plain comparison.
  notNaN: "({0} <> 'NaN'::float8)",
  nan: "'NaN'::float8",
  epochMs: {
    date: "(extract(epoch from {0}) * 1000)",
    timestamp: "(extract(epoch from {0}) * 1000)",
    timestamptz: "(extract(epoch from {0}) * 1000)"
  },
  // OFFSET 0 keeps the planner from inlining the match into every group read.
  regexGroups: {
    bind: "(SELECT {2} FROM (SELECT regexp_match({0}, {1}) AS __tg_m OFFSET 0) AS __tg_re)",
    group: "__tg_m[{0}]"
  },
  intDiv: "({0} / {1})",
  strptime: null,
  // The session creates this function on each connection (sources/sql/postgres-json.ts); without
  // the TEMP privilege the source's dialect has no jsonValid, and says why.
  jsonValid: `${POSTGRES_JSON_VALID}(CAST({0} AS text))`,
  stddev: "stddev_samp({0})",
  median: "percentile_cont(0.5) WITHIN GROUP (ORDER BY {0})",
  quantile: "percentile_cont({1}) WITHIN GROUP (ORDER BY {0})",
  windowQuantile: false,
  distinctList: "array_agg(DISTINCT {0}{2}) FILTER (WHERE {1})",
  distinctListLimited: "(array_agg(DISTINCT {0}{2}) FILTER (WHERE {1}))[1:{3}]",
  binaryCollation: ' COLLATE "C"',
  limit: "{0} LIMIT {1}",
  why: {
    tryCast: "PostgreSQL has no cast that returns null on bad input (TRY_CAST)",
    strptime: "PostgreSQL reads strftime formats exactly only when made of %Y %m %d %H %M %S %.f %:z and literal text (its to_timestamp is lenient and aborts the query on a bad value)",
    windowQuantile: "PostgreSQL percentile_cont cannot run as a window function, and a quantile of window columns cannot be a sub-select",
    rowOrder: 'a SQL table has no row order, so "previous row" is undefined'
  }
};
var duckdb = {
  name: "duckdb",
  title: "DuckDB",
  quote: '"',
  types: { String: "VARCHAR", Float64: "DOUBLE", Int32: "INTEGER", Int64: "BIGINT" },
  tryCast: "TRY_CAST({0} AS {1})",
  regex: {
    flavor: "re2",
    match: "regexp_matches({0}, {1})",
    extract: "NULLIF(regexp_extract({0}, {1}, 1), '')",
    replaceFirst: "regexp_replace({0}, {1}, {2})",
    replaceAll: "regexp_replace({0}, {1}, {2}, 'g')"
  },
  length: "length({0})",
  substr: "substr({0}, {1}, {2})",
  startsWith: "starts_with({0}, {1})",
  endsWith: "ends_with({0}, {1})",
  isFinite: "isfinite({0})",
  notNaN: "(NOT isnan({0}))",
  nan: "'NaN'::DOUBLE",
  epochMs: {
    date: "epoch_ms(CAST({0} AS TIMESTAMP))",
    timestamp: "epoch_ms({0})",
    timestamptz: "epoch_ms({0})"
  },
  regexGroups: {
    bind: "list_apply([regexp_extract({0}, {1}, [{3}])], lambda __tg_m: {2})[1]",
    group: "NULLIF(__tg_m.g{0}, '')"
  },
  intDiv: "({0} // {1})",
  strptime: "try_strptime({0}, {1})",
  jsonValid: DUCKDB_JSON_VALID,
  stddev: "stddev_samp({0})",
  median: "quantile_cont({0}, 0.5)",
  quantile: "quantile_cont({0}, {1})",
  windowQuantile: true,
  distinctList: "array_agg(DISTINCT {0}{2}) FILTER (WHERE {1})",
  distinctListLimited: "list_slice(array_agg(DISTINCT {0}{2}) FILTER (WHERE {1}), 1, {3})",
  binaryCollation: "",
  limit: "{0} LIMIT {1}",
  why: {
    rowOrder: 'a SQL table has no row order, so "previous row" is undefined'
  }
};
function fillTemplate(template, args) {
  return template.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)]));
}

export {
  POSTGRES_JSON_VALID,
  postgres,
  duckdb,
  fillTemplate,
  resolveConnection,
  scrubSecrets
};
