import { isAbsolute, resolve } from 'node:path';
import { TruthgateError } from '../../errors.ts';
import { recordEnvValue, redactText } from '../../redact.ts';
import type { ConnectionSpec } from '../spec.ts';

export type Dialect = 'postgres' | 'duckdb';

/** A connection ready to open. `url` and `secrets` must never reach text that leaves the process. */
export interface ResolvedConnection {
  name: string;
  dialect: Dialect;
  url: string;
  /** The URL and its password (raw and decoded), masked in any driver text that is shown. */
  secrets: string[];
  /** Host and port (PostgreSQL) or the file (DuckDB), as error messages show it. */
  shownHost: string;
  /** DuckDB: the database file, resolved against the suite directory. */
  file?: string;
  statementTimeoutMs: number;
  connectTimeoutMs: number;
}

const DEFAULT_STATEMENT_TIMEOUT_S = 300;
const DEFAULT_CONNECT_TIMEOUT_S = 10;

/** The environment variable a connection falls back to when the suite does not declare it. */
export function connectionEnvName(name: string): string {
  return `TRUTHGATE_CONNECTION_${name.toUpperCase().replace(/-/g, '_')}`;
}

/**
 * The connection a SQL source names: from the suite's `connections:` (already `${ENV}`-interpolated)
 * or from TRUTHGATE_CONNECTION_<NAME>, whose value is recorded for redaction like `${ENV}` values.
 */
export function resolveConnection(
  source: string,
  name: string,
  declared: Record<string, ConnectionSpec>,
  baseDir: string,
  env: NodeJS.ProcessEnv = process.env,
): ResolvedConnection {
  const envName = connectionEnvName(name);
  const spec: ConnectionSpec | undefined = declared[name] ?? (env[envName] || undefined);
  if (spec === undefined)
    throw new TruthgateError('TG_SQL_CONNECTION_UNKNOWN', { source, connection: name, env: envName });
  const o = typeof spec === 'string' ? { url: spec } : spec;
  if (!(name in declared)) recordEnvValue(envName, o.url);
  const bad = (detail: string) => new TruthgateError('TG_SQL_CONNECTION_URL', { connection: name, detail });
  // At least 1 ms: a timeout of 0 means "none" to PostgreSQL and pg.
  const ms = (seconds: number) => Math.max(1, Math.round(seconds * 1000));
  const timeouts = {
    statementTimeoutMs: ms(o.statement_timeout_seconds ?? DEFAULT_STATEMENT_TIMEOUT_S),
    connectTimeoutMs: ms(o.connect_timeout_seconds ?? DEFAULT_CONNECT_TIMEOUT_S),
  };

  const duck = /^duckdb:(?:\/\/)?(.*)$/i.exec(o.url);
  if (duck) {
    const path = decodeURIComponent(duck[1]!);
    if (path === '' || path === ':memory:')
      throw bad('a DuckDB connection names a database file, e.g. duckdb:data/warehouse.duckdb');
    const file = isAbsolute(path) ? path : resolve(baseDir, path);
    return { name, dialect: 'duckdb', url: o.url, secrets: [], shownHost: path, file, ...timeouts };
  }

  let url: URL;
  try {
    url = new URL(o.url);
  } catch {
    // The URL itself is never echoed: it may hold a password.
    throw bad('not a URL');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:')
    throw bad(`unsupported scheme \`${url.protocol.replace(/:$/, '')}\` (use postgres:// or duckdb:)`);
  const moved = partMovedByValue(o.url, url);
  if (moved)
    throw bad(
      `a value put in by ${moved.name} changes its ${moved.part} (percent-encode @ / : ? # in it, or give the password as \`password:\`)`,
    );
  if (!url.hostname) throw bad('no host');
  if (url.port && !(Number(url.port) > 0 && Number(url.port) < 65536)) throw bad('invalid port');
  let password = '';
  try {
    password = decodeURIComponent(url.password);
  } catch {
    throw bad('the password is not valid percent-encoding');
  }
  // A separate password may hold any character; the URL carries it percent-encoded.
  if (o.password !== undefined && o.password !== '') {
    password = o.password;
    url.password = encodeURIComponent(password);
  }
  return {
    name,
    dialect: 'postgres',
    url: url.href,
    secrets: [o.url, url.href, url.password, password].filter((x) => x !== ''),
    shownHost: `${url.hostname}:${url.port || 5432}`,
    ...timeouts,
  };
}

/**
 * Driver text with the connection's secrets masked, whatever their length (redact.ts leaves short
 * or numeric values alone, and a password written literally in the suite was never recorded).
 */
export function scrubSecrets(text: string, conn: Pick<ResolvedConnection, 'secrets'>): string {
  let out = text;
  for (const s of [...conn.secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join('***');
  return out;
}

const URL_PARTS = ['username', 'hostname', 'port', 'pathname', 'search', 'hash'] as const;

/**
 * The URL part whose text an interpolated `${NAME}` value changed, when the value carries URL
 * delimiters (`app:${PW}@db/shop` with PW=`p@ss/w` parses with host `ss`): parts the suite wrote
 * without a value must come out as written. Judged on the redacted URL, with each `${NAME}` as a
 * plain word; undefined when every value stays in its place (or the URL is one value).
 */
function partMovedByValue(written: string, url: URL): { name: string; part: string } | undefined {
  const names: string[] = [];
  const shape = redactText(written).replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
    names.push(name);
    return `tgvalue${names.length - 1}x`;
  });
  if (names.length === 0 || /^tgvalue\d+x$/.test(shape)) return undefined;
  let template: URL;
  try {
    template = new URL(shape);
  } catch {
    return undefined; // a value forms the scheme or authority as a whole: nothing was written around it
  }
  for (const part of URL_PARTS) {
    if (/tgvalue\d+x/.test(template[part])) continue;
    if (template[part] !== url[part])
      return { name: `\${${names.join('}, ${')}}`, part: part === 'hostname' ? 'host' : part };
  }
  return undefined;
}
