/**
 * The ISO 8601 shapes date checks accept in text columns (expr/polars-time.ts ISO_FORMATS), as
 * whole-value patterns for SQL dialects: with an offset or `Z` (an instant), and naive (read as
 * UTC). They follow chrono's leniency as polars parses (one-digit fields, a compact `+0900`
 * offset, leading spaces) and exclude what only SQL casts accept (hour 24);
 * tests/sql-sources/parity-catalog.test.ts holds them to polars on such values.
 */
const DATE = ' *[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}';
const CLOCK = '([01]?[0-9]|2[0-3]):[0-9]{1,2}';
const SECONDS = ':[0-9]{1,2}(\\.[0-9]+)?';
const OFFSET = '[+-][0-9]{2}:?[0-9]{2}';
export const ISO_WITH_OFFSET = `${DATE}(T${CLOCK}${SECONDS}(Z|${OFFSET})| ${CLOCK}${SECONDS}${OFFSET})`;
export const ISO_NAIVE = `${DATE}([T ]${CLOCK}(${SECONDS})?)?`;
