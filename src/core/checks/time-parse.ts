/**
 * Parsing of the time parameters checks take (ISO bounds, durations). Parsing of column values
 * lives with the renderers (expr/polars-time.ts for polars, the dialect tables for SQL).
 */
// The probe of a text column's ISO shape, where tests/checks/dates.test.ts has always imported it.
export { isoShapeOf } from '../expr/polars-time.ts';

/** Parses an ISO date or datetime parameter as UTC when it has no offset; NaN when invalid. */
export function parseIsoParam(s: string): number {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
    s.trim(),
  );
  if (!m) return NaN;
  const [, date, time, zone] = m;
  return Date.parse(`${date}T${time ?? '00:00:00'}${zone ?? 'Z'}`);
}

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;

/** "90s", "5m", "2h", "1d", "1w" -> milliseconds; NaN when malformed. */
export function parseDuration(s: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)\s*$/.exec(s);
  return m ? Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS] : NaN;
}
