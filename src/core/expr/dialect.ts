import type { CastType } from './node.ts';

/**
 * Everything that differs between SQL dialects, as data: one table per dialect. Templates take
 * rendered operands as {0}, {1}, ...; a `null` entry is something the dialect cannot express
 * honestly, and `why` says why (shown in TG_CHECK_UNSUPPORTED_BACKEND and docs/checks.md).
 * Adding Snowflake, BigQuery, Trino or Spark SQL is adding a table.
 */
export interface Dialect {
  /** Backend name used in suites, errors and docs. */
  name: string;
  title: string;
  /** Identifier quote; a quote inside a name is doubled. */
  quote: '"' | '`';
  types: Record<CastType, string>;
  /** A cast giving null where the value does not convert. */
  tryCast: string | null;
  /** Regular expressions: which flavour the patterns are translated to, and the functions. */
  regex: {
    flavor: RegexFlavor;
    /** Set when patterns whose translation has non-ASCII characters cannot run: why. */
    nonAscii?: string;
    /** Search semantics (a match anywhere). */
    match: string;
    /** Capture group 1 of the first match, null when there is none. */
    extract: string | null;
    /** {2}: the replacement text. */
    replaceFirst: string;
    replaceAll: string;
  };
  /** Characters (code points), not bytes. */
  length: string;
  substr: string;
  startsWith: string;
  endsWith: string;
  /** False for NaN and ±infinity. */
  isFinite: string;
  /** True for a number that is not NaN (null for null). */
  notNaN: string;
  nan: string;
  /** Milliseconds since the epoch of a DATE, a TIMESTAMP (naive, read as UTC) and a TIMESTAMPTZ. */
  epochMs: { date: string; timestamp: string; timestamptz: string };
  /**
   * The capture groups of a regex, bound once per row: `bind` fills {0} the text, {1} the
   * pattern, {2} an expression reading groups (null when there is no match), {3} the group names
   * g1, g2, ... as a list of text literals; `group` reads group {0} (null when it did not take part).
   */
  regexGroups: { bind: string; group: string };
  /** Integer division of two non-negative integers. */
  intDiv: string;
  /** Text parsed with a strftime format matching the whole value, null where it does not. */
  strptime: string | null;
  /** True for text that is one JSON document as polars reads it (serde_json), false otherwise. */
  jsonValid: string | null;
  stddev: string;
  median: string;
  /** {1}: the fraction. */
  quantile: string;
  /** Whether the quantile aggregate can also run as a window (`OVER ()`); else a sub-select over the source. */
  windowQuantile: boolean;
  /** Distinct non-null values as an array: {0} value, {1} filter, {2} ORDER BY clause or '', {3} limit. */
  distinctList: string;
  distinctListLimited: string;
  /** Byte-wise (code point) ordering of text, as polars sorts. */
  binaryCollation: string;
  /** A bounded query: {0} the query, {1} the row limit. */
  limit: string;
  /** Why something is missing, by template key. */
  why: Partial<Record<DialectFeature, string>>;
}

export type RegexFlavor = 're2' | 'posix-are';

export type DialectFeature = 'tryCast' | 'extract' | 'strptime' | 'jsonValid' | 'windowQuantile' | 'rowOrder';

/** PostgreSQL's session-local JSON test (see sources/sql/postgres-json.ts). */
export const POSTGRES_JSON_VALID = 'pg_temp.truthgate_json_valid';

/**
 * DuckDB's json_valid also accepts trailing commas, NaN and Infinity, any nesting depth and any
 * number; polars (serde_json) refuses those, a number that overflows a double as it computes it
 * (the leading digits that fit in 64 bits, times the power of ten of the rest) and nesting beyond
 * 127 levels. Only a text that may hold one of them (a comma before a closing bracket, `nan` or
 * `inf`, a three-digit exponent, or over 255 characters) is looked at further, with its strings'
 * contents blanked; CASE keeps DuckDB from evaluating the costly branches on the other rows.
 */
const DUCKDB_JSON_VALID = `CASE WHEN {0} IS NULL THEN NULL
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
END`.replace(/\s*\n\s*/g, ' ');

export const postgres: Dialect = {
  name: 'postgres',
  title: 'PostgreSQL',
  quote: '"',
  types: { String: 'text', Float64: 'double precision', Int32: 'integer', Int64: 'bigint' },
  tryCast: null,
  regex: {
    flavor: 'posix-are',
    match: '({0} ~ {1})',
    extract: 'substring({0} from {1})',
    replaceFirst: 'regexp_replace({0}, {1}, {2})',
    replaceAll: "regexp_replace({0}, {1}, {2}, 'g')",
  },
  length: 'char_length({0})',
  substr: 'substr({0}, {1}, {2})',
  startsWith: 'starts_with({0}, {1})',
  endsWith: '(right({0}, {2}) = {1})',
  isFinite: "({0} NOT IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8))",
  // PostgreSQL's NaN equals itself (unlike IEEE), so this is a plain comparison.
  notNaN: "({0} <> 'NaN'::float8)",
  nan: "'NaN'::float8",
  epochMs: {
    date: '(extract(epoch from {0}) * 1000)',
    timestamp: '(extract(epoch from {0}) * 1000)',
    timestamptz: '(extract(epoch from {0}) * 1000)',
  },
  // OFFSET 0 keeps the planner from inlining the match into every group read.
  regexGroups: {
    bind: '(SELECT {2} FROM (SELECT regexp_match({0}, {1}) AS __tg_m OFFSET 0) AS __tg_re)',
    group: '__tg_m[{0}]',
  },
  intDiv: '({0} / {1})',
  strptime: null,
  // The session creates this function on each connection (sources/sql/postgres-json.ts); without
  // the TEMP privilege the source's dialect has no jsonValid, and says why.
  jsonValid: `${POSTGRES_JSON_VALID}(CAST({0} AS text))`,
  stddev: 'stddev_samp({0})',
  median: 'percentile_cont(0.5) WITHIN GROUP (ORDER BY {0})',
  quantile: 'percentile_cont({1}) WITHIN GROUP (ORDER BY {0})',
  windowQuantile: false,
  distinctList: 'array_agg(DISTINCT {0}{2}) FILTER (WHERE {1})',
  distinctListLimited: '(array_agg(DISTINCT {0}{2}) FILTER (WHERE {1}))[1:{3}]',
  binaryCollation: ' COLLATE "C"',
  limit: '{0} LIMIT {1}',
  why: {
    tryCast: 'PostgreSQL has no cast that returns null on bad input (TRY_CAST)',
    strptime:
      'PostgreSQL reads strftime formats exactly only when made of %Y %m %d %H %M %S %.f %:z and literal text ' +
      '(its to_timestamp is lenient and aborts the query on a bad value)',
    windowQuantile:
      'PostgreSQL percentile_cont cannot run as a window function, and a quantile of window columns cannot be a sub-select',
    rowOrder: 'a SQL table has no row order, so "previous row" is undefined',
  },
};

export const duckdb: Dialect = {
  name: 'duckdb',
  title: 'DuckDB',
  quote: '"',
  types: { String: 'VARCHAR', Float64: 'DOUBLE', Int32: 'INTEGER', Int64: 'BIGINT' },
  tryCast: 'TRY_CAST({0} AS {1})',
  regex: {
    flavor: 're2',
    match: 'regexp_matches({0}, {1})',
    extract: "NULLIF(regexp_extract({0}, {1}, 1), '')",
    replaceFirst: 'regexp_replace({0}, {1}, {2})',
    replaceAll: "regexp_replace({0}, {1}, {2}, 'g')",
  },
  length: 'length({0})',
  substr: 'substr({0}, {1}, {2})',
  startsWith: 'starts_with({0}, {1})',
  endsWith: 'ends_with({0}, {1})',
  isFinite: 'isfinite({0})',
  notNaN: '(NOT isnan({0}))',
  nan: "'NaN'::DOUBLE",
  epochMs: {
    date: 'epoch_ms(CAST({0} AS TIMESTAMP))',
    timestamp: 'epoch_ms({0})',
    timestamptz: 'epoch_ms({0})',
  },
  regexGroups: {
    bind: 'list_apply([regexp_extract({0}, {1}, [{3}])], lambda __tg_m: {2})[1]',
    group: "NULLIF(__tg_m.g{0}, '')",
  },
  intDiv: '({0} // {1})',
  strptime: 'try_strptime({0}, {1})',
  jsonValid: DUCKDB_JSON_VALID,
  stddev: 'stddev_samp({0})',
  median: 'quantile_cont({0}, 0.5)',
  quantile: 'quantile_cont({0}, {1})',
  windowQuantile: true,
  distinctList: 'array_agg(DISTINCT {0}{2}) FILTER (WHERE {1})',
  distinctListLimited: 'list_slice(array_agg(DISTINCT {0}{2}) FILTER (WHERE {1}), 1, {3})',
  binaryCollation: '',
  limit: '{0} LIMIT {1}',
  why: {
    rowOrder: 'a SQL table has no row order, so "previous row" is undefined',
  },
};

export const dialects: readonly Dialect[] = [postgres, duckdb];

export function getDialect(name: string): Dialect | undefined {
  return dialects.find((d) => d.name === name);
}

/** Fills {0}, {1}, ... of a dialect template. */
export function fillTemplate(template: string, args: readonly (string | number)[]): string {
  return template.replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)]));
}
