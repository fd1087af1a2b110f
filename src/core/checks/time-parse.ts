import pl from 'nodejs-polars';
import { isStringDtype } from '../engine/dtype.ts';

/**
 * nodejs-polars' `str.strptime` hard-codes `exact: false`, which accepts a format matched anywhere
 * inside the text ("2024-01-02 junk" parses as a date). The native method takes the flag, so we
 * call it directly and wrap the result back into an Expr.
 */
const wrap = (pl as unknown as { _Expr(raw: unknown): pl.Expr })._Expr;
interface RawStr {
  strToDate(fmt: string, strict: boolean, exact: boolean, cache: boolean): unknown;
  strToDatetime(
    fmt: string,
    unit: undefined,
    tz: undefined,
    strict: boolean,
    exact: boolean,
    cache: boolean,
    ambiguous: undefined,
  ): unknown;
}
const raw = (e: pl.Expr): RawStr => (e as unknown as { _expr: RawStr })._expr;

/** Directives that carry a time of day; a format without them parses to a Date. */
const TIME_DIRECTIVE = /%[-_0^#]?[HIklMSfpPTRXrsz+]|%\.\d?f|%:z/;

/** Text parsed with a strftime format, the whole value must match; null where it does not. */
export function strptimeExact(e: pl.Expr, format: string): pl.Expr {
  return TIME_DIRECTIVE.test(format)
    ? wrap(raw(e).strToDatetime(format, undefined, undefined, false, true, false, undefined))
    : wrap(raw(e).strToDate(format, false, true, false));
}

/** ISO 8601 shapes accepted in text columns; offsets are honoured, naive values are read as UTC. */
const ISO_FORMATS = [
  '%Y-%m-%dT%H:%M:%S%.f%:z',
  '%Y-%m-%dT%H:%M:%S%.fZ',
  '%Y-%m-%dT%H:%M:%S%.f',
  '%Y-%m-%d %H:%M:%S%.f%:z',
  '%Y-%m-%d %H:%M:%S%.f',
  '%Y-%m-%dT%H:%M',
  '%Y-%m-%d %H:%M',
  '%Y-%m-%d',
];

const toEpochMs = (e: pl.Expr): pl.Expr => e.cast(pl.Datetime('ms')).cast(pl.Int64);

/**
 * Milliseconds since the Unix epoch (UTC) of a Date, Datetime or ISO-text column; null where text
 * does not parse. Time-zone-aware datetimes compare by their instant; naive ones are taken as UTC.
 */
export function epochMs(e: pl.Expr, dtype: string): pl.Expr {
  if (!isStringDtype(dtype)) return toEpochMs(e);
  const text = dtype === 'String' ? e : e.cast(pl.String);
  return ISO_FORMATS.map((f) => toEpochMs(strptimeExact(text, f))).reduce((a, b) => a.fillNull(b));
}

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
