import pg from 'pg';

/**
 * SQL column types as the dtype names the checks already understand (toolkit/dtype.ts), so a
 * `dtype` or `schema` check reads the same on a PostgreSQL table as on the same data in a file.
 */
const POSTGRES_BY_NAME: Record<string, string> = {
  int2: 'Int16',
  int4: 'Int32',
  int8: 'Int64',
  oid: 'UInt32',
  float4: 'Float32',
  float8: 'Float64',
  numeric: 'Decimal',
  money: 'Decimal',
  bool: 'Bool',
  text: 'String',
  varchar: 'String',
  bpchar: 'String',
  char: 'String',
  name: 'String',
  uuid: 'String',
  json: 'String',
  jsonb: 'String',
  xml: 'String',
  citext: 'String',
  date: 'Date',
  timestamp: 'Datetime(us)',
  timestamptz: 'Datetime(us,UTC)',
  time: 'Time',
  timetz: 'Time',
  interval: 'Duration(us)',
  bytea: 'Binary',
};

const PG_NAMES: Map<number, string> = new Map(
  Object.entries(pg.types.builtins).map(([k, oid]) => [oid as number, k.toLowerCase()]),
);

/** A PostgreSQL type from its type OID (arrays are `_name`, shown as `List(...)`). */
export function postgresDtype(oid: number, typname?: string): string {
  const name = typname ?? PG_NAMES.get(oid) ?? 'unknown';
  if (name.startsWith('_')) return `List(${postgresDtype(0, name.slice(1))})`;
  return POSTGRES_BY_NAME[name] ?? `Unknown(${name})`;
}

const DUCKDB_BY_NAME: Record<string, string> = {
  TINYINT: 'Int8',
  SMALLINT: 'Int16',
  INTEGER: 'Int32',
  BIGINT: 'Int64',
  HUGEINT: 'Int128',
  UTINYINT: 'UInt8',
  USMALLINT: 'UInt16',
  UINTEGER: 'UInt32',
  UBIGINT: 'UInt64',
  FLOAT: 'Float32',
  DOUBLE: 'Float64',
  BOOLEAN: 'Bool',
  VARCHAR: 'String',
  UUID: 'String',
  JSON: 'String',
  DATE: 'Date',
  TIMESTAMP: 'Datetime(us)',
  TIMESTAMP_S: 'Datetime(ms)',
  TIMESTAMP_MS: 'Datetime(ms)',
  TIMESTAMP_NS: 'Datetime(ns)',
  'TIMESTAMP WITH TIME ZONE': 'Datetime(us,UTC)',
  TIME: 'Time',
  INTERVAL: 'Duration(us)',
  BLOB: 'Binary',
};

/** A DuckDB type from its SQL text (`DECIMAL(10,2)`, `VARCHAR[]`, `TIMESTAMP WITH TIME ZONE`). */
export function duckdbDtype(sqlType: string): string {
  const t = sqlType.trim().toUpperCase();
  if (t.endsWith('[]')) return `List(${duckdbDtype(t.slice(0, -2))})`;
  const dec = /^DECIMAL\((\d+),\s*(\d+)\)$/.exec(t);
  if (dec) return `Decimal(${dec[1]},${dec[2]})`;
  return DUCKDB_BY_NAME[t] ?? `Unknown(${t})`;
}
