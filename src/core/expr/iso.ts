/**
 * The ISO 8601 shapes date checks accept in text columns (expr/polars-time.ts ISO_FORMATS), as
 * whole-value patterns for SQL dialects: with an offset or `Z` (an instant), and naive (read as
 * UTC). Kept in step with ISO_FORMATS by tests/sql/iso-shapes.test.ts.
 */
const DATE = '[0-9]{4}-[0-9]{2}-[0-9]{2}';
const SECONDS = ':[0-9]{2}:[0-9]{2}(\\.[0-9]+)?';
export const ISO_WITH_OFFSET = `${DATE}(T[0-9]{2}${SECONDS}(Z|[+-][0-9]{2}:[0-9]{2})| [0-9]{2}${SECONDS}[+-][0-9]{2}:[0-9]{2})`;
export const ISO_NAIVE = `${DATE}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?)?`;
