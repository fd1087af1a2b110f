import { POSTGRES_JSON_VALID } from '../../expr/dialect.ts';

/** serde_json's nesting limit: 127 levels parse, the 128th is refused. */
const MAX_DEPTH = 127;
/**
 * A number that may reach 1e308: a three-digit exponent, or 210 digits in a row (below an
 * exponent of 100, 1e308 needs more than 209 digits). Tested as two patterns, the second only on
 * long texts: a bounded repetition makes PostgreSQL's regex slow on every row.
 */
const EXPONENT = '[eE][+]?[0-9][0-9][0-9]';
const bigNumber = (v: string) =>
  `(${v} ~ '${EXPONENT}' OR (octet_length(${v}) >= 210 AND ${v} ~ '[0-9]{210}'))`;
/** 128 levels take 256 brackets: the cheap byte length rules most texts out first. */
const deep = (v: string) =>
  `(octet_length(${v}) > ${2 * MAX_DEPTH + 1} AND length(${v}) - length(translate(${v}, '[{', '')) > ${MAX_DEPTH})`;

/**
 * The session-local JSON validity test of PostgreSQL (expr/dialect.ts renders `json_parseable` as a
 * call to it). PostgreSQL 15's only JSON test is a cast that aborts the query on the first bad
 * value, so the function catches the cast's error (PostgreSQL 16 has the non-throwing `IS JSON`,
 * the same parser). Either accepts more than polars, whose parser (serde_json) also refuses
 * nesting deeper than 127 levels, a number that overflows a double as it computes it, and an
 * escaped lone UTF-16 surrogate; the function refuses those too, testing only texts that can hold
 * them. It lives in `pg_temp`, so it is created on each connection whose checks call it, before
 * its read-only transaction begins, and needs the TEMP privilege on the database.
 *
 * Returns the CREATE FUNCTION statement for a server of this `server_version_num`.
 */
export function jsonValidFunctionSql(serverVersionNum: number): string {
  const parses =
    serverVersionNum >= 160000
      ? `IF NOT (t IS JSON) THEN RETURN false; END IF;`
      : `BEGIN
    PERFORM t::pg_catalog.json;
  EXCEPTION WHEN others THEN -- not query_canceled: the statement timeout still ends the query
    RETURN false;
  END;`;
  // A parallel query cannot start the subtransaction that catches the cast's error, not even in
  // its leader; IS JSON needs none (and only the leader runs a pg_temp function).
  const parallel = serverVersionNum >= 160000 ? 'RESTRICTED' : 'UNSAFE';
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
  IF NOT ${deep('t')} AND NOT ${bigNumber('t')} THEN
    RETURN true;
  END IF;
  bare := regexp_replace(t, '"([^"\\\\]|\\\\.)*"', '""', 'g');
  -- Nesting: each pass removes the innermost pairs, one level; ${MAX_DEPTH} passes empty ${MAX_DEPTH} levels.
  IF ${deep('bare')} THEN
    brackets := regexp_replace(bare, '[^][{}]+', '', 'g');
    FOR pass IN 1..${MAX_DEPTH} LOOP
      EXIT WHEN brackets = '';
      brackets := regexp_replace(brackets, '\\[\\]|\\{\\}', '', 'g');
    END LOOP;
    IF brackets <> '' THEN RETURN false; END IF;
  END IF;
  -- Numbers as serde_json computes them: the leading digits that fit in 64 bits as a double,
  -- times the power of ten of the rest (so 1.7976931348623158e308 overflows).
  IF ${bigNumber('bare')} THEN
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
