import pl from 'nodejs-polars';
import { isStringDtype } from '../toolkit/dtype.ts';
import { rawExpr, wrapExpr } from '../toolkit/polars-internals.ts';
import type { OpenedSource } from '../sources/open.ts';

/**
 * nodejs-polars' `str.strptime` hard-codes `exact: false`, which accepts a format matched anywhere
 * inside the text ("2024-01-02 junk" parses as a date). The native method takes the flag, so we
 * call it directly and wrap the result back into an Expr.
 */
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
const raw = (e: pl.Expr): RawStr => rawExpr<RawStr>(e);

/** Directives that carry a time of day; a format without them parses to a Date. */
const TIME_DIRECTIVE = /%[-_0^#]?[HIklMSfpPTRXrsz+]|%\.\d?f|%:z/;

/** Text parsed with a strftime format, the whole value must match; null where it does not. */
export function strptimeExact(e: pl.Expr, format: string, cache = false): pl.Expr {
  return TIME_DIRECTIVE.test(format)
    ? wrapExpr(raw(e).strToDatetime(format, undefined, undefined, false, true, cache, undefined))
    : wrapExpr(raw(e).strToDate(format, false, true, cache));
}

/** ISO 8601 shapes accepted in text columns; offsets are honoured, naive values are read as UTC. */
export const ISO_FORMATS = [
  '%Y-%m-%dT%H:%M:%S%.f%:z',
  '%Y-%m-%dT%H:%M:%S%.fZ',
  '%Y-%m-%dT%H:%M:%S%.f',
  '%Y-%m-%d %H:%M:%S%.f%:z',
  '%Y-%m-%d %H:%M:%S%.f',
  '%Y-%m-%dT%H:%M',
  '%Y-%m-%d %H:%M',
  '%Y-%m-%d',
];

/**
 * Fraction-less twins of ISO shapes: they hit polars' fast fixed-width parser (about 5x faster
 * than chrono, which `%.f` and `%:z` need) and read a value only as their original would.
 */
const FAST_TWINS: Record<string, string> = {
  '%Y-%m-%dT%H:%M:%S%.fZ': '%Y-%m-%dT%H:%M:%SZ',
  '%Y-%m-%dT%H:%M:%S%.f': '%Y-%m-%dT%H:%M:%S',
  '%Y-%m-%d %H:%M:%S%.f': '%Y-%m-%d %H:%M:%S',
};

/** Leading rows read to decide a text column's shape (a head query stops reading there). */
const PROBE_ROWS = [10_000, 1_000_000];
/** Non-null values the shape is decided on. */
const SAMPLE_VALUES = 1000;
const probed = new WeakMap<OpenedSource, Map<string, string | undefined>>();

/**
 * The shape most of a text column's first non-null values have (a fast twin when one reads
 * them), from a head query run once per column per opened source; undefined when none does,
 * the column is all null in the probed rows, or the probe fails (then every shape is tried).
 */
export function isoShapeOf(source: OpenedSource, column: string): string | undefined {
  let shapes = probed.get(source);
  if (!shapes) probed.set(source, (shapes = new Map()));
  if (!shapes.has(column)) shapes.set(column, probeShape(source, column));
  return shapes.get(column);
}

function probeShape(source: OpenedSource, column: string): string | undefined {
  try {
    for (const rows of PROBE_ROWS) {
      const c = pl.col(column).cast(pl.String);
      const sample = source.lazy().select(c).head(rows).collectSync().getColumn(column).dropNulls();
      if (sample.length === 0) continue;
      const head = pl.DataFrame({ v: sample.head(SAMPLE_VALUES) });
      return [...Object.values(FAST_TWINS), ...ISO_FORMATS].find(
        (f) => head.select(strptimeExact(pl.col('v'), f).count().mul(2).gt(pl.len())).row(0)[0] === true,
      );
    }
  } catch {
    // A source that cannot be probed is read with every shape: slower, same result.
  }
  return undefined;
}

const toEpochMs = (e: pl.Expr): pl.Expr => e.cast(pl.Datetime('ms')).cast(pl.Int64);
/** Dates repeat (a year has 365), so polars' per-value cache pays; datetimes rarely do. */
const parseMs = (text: pl.Expr, f: string): pl.Expr =>
  toEpochMs(strptimeExact(text, f, !TIME_DIRECTIVE.test(f)));

/**
 * Epoch ms of ISO text read with one shape alone (the probed one, else the first ISO shape); null
 * where that shape does not read the value. A failed parse costs as much as a good one, so the
 * column is parsed whole only once; isoRestMs completes the rows left unread.
 */
export function isoFirstMs(text: pl.Expr, shape: string | undefined): pl.Expr {
  return parseMs(text, shape ?? ISO_FORMATS[0]!);
}

/**
 * `first` (from isoFirstMs on the same text) completed with the value from the first ISO_FORMATS
 * entry that reads each row it left unread (the shapes exclude each other, so that is the one that
 * reads it). Only those rows are parsed, apart, then put back in place by their rank among them.
 */
export function isoRestMs(text: pl.Expr, first: pl.Expr): pl.Expr {
  const unread = first.isNull().and(text.isNotNull());
  const rest = text.filter(unread);
  const parsed = ISO_FORMATS.map((f) => parseMs(rest, f)).reduce((x, y) => x.fillNull(y));
  const rank = unread.cast(pl.UInt32).cumSum().sub(pl.lit(1)).cast(pl.UInt32);
  return first.fillNull(parsed.gather(pl.when(unread).then(rank).otherwise(pl.lit(null))));
}

/** Text as polars' String (Categorical and Enum columns are cast). */
export const asText = (e: pl.Expr, dtype: string): pl.Expr => (dtype === 'String' ? e : e.cast(pl.String));

/**
 * Milliseconds since the Unix epoch (UTC) of a Date, Datetime or ISO-text column; null where text
 * does not parse. Time-zone-aware datetimes compare by their instant; naive ones are taken as UTC.
 * `shape` (from isoShapeOf) is the ISO format text is parsed with first.
 */
export function epochMs(e: pl.Expr, dtype: string, shape?: string): pl.Expr {
  if (!isStringDtype(dtype)) return toEpochMs(e);
  const text = asText(e, dtype);
  return isoRestMs(text, isoFirstMs(text, shape));
}
