import { createRequire as __tgCreateRequire } from 'node:module';
const require = __tgCreateRequire(import.meta.url);
import {
  TruthgateError,
  recordEnvValue
} from "./chunk-63MI4LXO.js";

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

export {
  resolveConnection,
  scrubSecrets
};
