import pl from 'nodejs-polars';
import { isStringDtype } from '../toolkit/dtype.ts';
import { lightExpr, native, rawExpr, type NativeExpr } from '../toolkit/polars-internals.ts';
import type { OpenedSource } from '../sources/open.ts';

/*
 * Built on native expressions (see toolkit/polars-internals.ts): the renderer chains them, and
 * nodejs-polars' `str.strptime` hard-codes `exact: false`, which accepts a format matched
 * anywhere inside the text ("2024-01-02 junk" parses as a date), while the native method takes it.
 */

/** Directives that carry a time of day; a format without them parses to a Date. */
const TIME_DIRECTIVE = /%[-_0^#]?[HIklMSfpPTRXrsz+]|%\.\d?f|%:z/;

/**
 * Text parsed with a strftime format, the whole value must match; null where it does not. Without
 * polars' per-value cache: hashing every value costs more than parsing it, even where values
 * repeat (5M dates of 2,000 distinct values parse in 0.33 CPU-s without it, 0.58 with it; the
 * same for datetimes, day-first and month-name formats).
 */
export function strptimeExact(e: NativeExpr, format: string): NativeExpr {
  return TIME_DIRECTIVE.test(format)
    ? e.strToDatetime(format, undefined, undefined, false, true, false, undefined)
    : e.strToDate(format, false, true, false);
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

/**
 * The ISO format a text column is parsed with first, and whether it read every probed value that
 * any ISO shape reads (the others are not dates at all).
 */
export interface IsoShape {
  format: string;
  uniform: boolean;
}

const probed = new WeakMap<OpenedSource, Map<string, IsoShape | undefined>>();

/**
 * The shape most of a text column's first non-null values have (a fast twin when one reads
 * them), from a head query run once per column per opened source; undefined when none does,
 * the column is all null in the probed rows, or the probe fails (then every shape is tried).
 */
export function isoShapeOf(source: OpenedSource, column: string): IsoShape | undefined {
  let shapes = probed.get(source);
  if (!shapes) probed.set(source, (shapes = new Map()));
  if (!shapes.has(column)) shapes.set(column, probeShape(source, column));
  return shapes.get(column);
}

function probeShape(source: OpenedSource, column: string): IsoShape | undefined {
  try {
    for (const rows of PROBE_ROWS) {
      const c = pl.col(column).cast(pl.String);
      const sample = source.lazy().select(c).head(rows).collectSync().getColumn(column).dropNulls();
      if (sample.length === 0) continue;
      const head = pl.DataFrame({ v: sample.head(SAMPLE_VALUES) });
      const reads = (formats: string[]): number =>
        Number(
          head
            .select(
              lightExpr(
                formats
                  .map((f) => textMs(native.col('v'), f))
                  .reduce((x, y) => x.fillNull(y))
                  .count(),
              ),
            )
            .row(0)[0],
        );
      for (const format of [...Object.values(FAST_TWINS), ...ISO_FORMATS]) {
        const read = reads([format]);
        if (read * 2 > head.height) return { format, uniform: read === reads(ISO_FORMATS) };
      }
      return undefined;
    }
  } catch {
    // A source that cannot be probed is read with every shape: slower, same result.
  }
  return undefined;
}

const datetimeMs = pl.Datetime('ms');
const toEpochMs = (e: NativeExpr): NativeExpr => e.cast(datetimeMs, false).cast(pl.Int64, false);

/** Epoch ms of text parsed with one strftime format matching the whole value (strptimeExact), null where it does not. */
export const textMs = (text: NativeExpr, format: string): NativeExpr =>
  toEpochMs(strptimeExact(text, format));

/**
 * The format ISO text is parsed with first: the probed shape, else the first ISO shape. A failed
 * parse costs as much as a good one, so the column is parsed whole only once, with textMs;
 * isoRestMs completes the rows that format leaves unread.
 */
export const isoFirstFormat = (shape: IsoShape | undefined): string => shape?.format ?? ISO_FORMATS[0]!;

/**
 * `first` (textMs of the same text with isoFirstFormat) completed with the value from the first
 * ISO_FORMATS entry that reads each row it left unread (the shapes exclude each other, so that is
 * the one that reads it). Only those rows are parsed, apart, then put back in place: a row's
 * index among them is the count of unread rows before it, and read rows take `first` (the parsed
 * list gets a null at its end, so their index, one past the unread rows so far, is always in
 * range). Half the passes over the column of a null-masked gather and fill_null.
 */
export function isoRestMs(text: NativeExpr, first: NativeExpr): NativeExpr {
  const unread = unreadRows(text, first);
  const parsed = unreadMs(text, unread);
  const flags = unread.cast(pl.UInt32, false);
  const index = flags.cumSum(false).sub(flags);
  return native.when(unread, parsed.extendConstant(null, 1).gather(index), first);
}

/** The rows `first` left unread: text it did not parse. */
const unreadRows = (text: NativeExpr, first: NativeExpr): NativeExpr => first.isNull().and(text.isNotNull());

/** Epoch ms of the `unread` rows, only them, each from the ISO shape that reads it. */
const unreadMs = (text: NativeExpr, unread: NativeExpr): NativeExpr => {
  const rows = text.filter(unread);
  return ISO_FORMATS.map((f) => textMs(rows, f)).reduce((x, y) => x.fillNull(y));
};

/**
 * True where isoRestMs(text, first) would put back no row, so it equals `first`: no ISO shape reads
 * a row `first` left unread. Costs the parse of those rows only, not isoRestMs' passes over all.
 */
export const isoRestEmpty = (text: NativeExpr, first: NativeExpr): NativeExpr =>
  unreadMs(text, unreadRows(text, first)).count().eq(native.lit(0));

/** Text as polars' String (Categorical and Enum columns are cast). */
export const asText = (e: NativeExpr, dtype: string): NativeExpr =>
  dtype === 'String' ? e : e.cast(pl.String, false);

/**
 * Milliseconds since the Unix epoch (UTC) of a Date, Datetime or ISO-text column; null where text
 * does not parse. Time-zone-aware datetimes compare by their instant; naive ones are taken as UTC.
 * `shape` (from isoShapeOf) is the ISO format text is parsed with first.
 */
export function epochMsNative(e: NativeExpr, dtype: string, shape?: IsoShape): NativeExpr {
  if (!isStringDtype(dtype)) return toEpochMs(e);
  const text = asText(e, dtype);
  return isoRestMs(text, textMs(text, isoFirstFormat(shape)));
}

/** epochMsNative over a public Expr, for checks that build their own query. */
export function epochMs(e: pl.Expr, dtype: string, shape?: IsoShape): pl.Expr {
  return lightExpr(epochMsNative(rawExpr(e), dtype, shape));
}
