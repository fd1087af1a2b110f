/**
 * Text dates as chrono reads them when polars parses with a strftime format (expr/polars-time.ts),
 * as capturing patterns (Rust syntax; expr/regex.ts translates them per dialect) that SQL dialects
 * validate and turn into epoch milliseconds with integer arithmetic (expr/sql.ts), so no database
 * cast, with its own leniency and errors, is involved. chrono's rules kept here: whitespace
 * (Unicode) before every number and before an offset; a space in the format matches none or many;
 * one- or two-digit fields; a signed year of any width; a leap second 60; an offset `+hh:mm`,
 * `+hhmm` or `−hh mm` (U+2212, any colons or spaces between). chrono reads a field's digits
 * greedily and never backtracks, where a regex would: `adjacent` lists the fields read right after
 * another with nothing but whitespace between, for SQL to refuse what chrono would not read.
 * tests/sql/iso-text.test.ts and tests/sql-sources/parity-catalog.test.ts hold this to polars.
 */
export interface ChronoPattern {
  /** Anchored, Rust syntax. */
  readonly pattern: string;
  readonly groups: ChronoGroups;
  /** Number of capture groups. */
  readonly count: number;
  /**
   * `next` read after `before` with the whitespace `gap` between: valid only when the gap is not
   * empty or `before` took its full `width` (or `next` is absent).
   */
  readonly adjacent: readonly { gap: number; before: number; width: number; next: number }[];
  /** A `Z` is accepted only after a `T` (ISO text). */
  readonly zuluAfterT?: { zulu: number; separator: number };
}

/** Capture group numbers; fields a pattern does not have are absent (time fields default to 0). */
export interface ChronoGroups {
  /** One to four digits, or a sign and digits (leading zeros dropped). */
  year: number;
  yearSign: number;
  signedYear: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  fraction?: number;
  offsetSign?: number;
  offsetHours?: number;
  offsetMinutes?: number;
}

/** The years chrono (so polars) represents. */
export const MIN_YEAR = -262143;
export const MAX_YEAR = 262142;

const WS = '\\s*';
const TWO = '([0-9]{1,2})';
const YEAR = '(?:([0-9]{1,4})|([+\\-])0*([0-9]{1,6}))';
const FRACTION = '(?:\\.([0-9]+))?';
const OFFSET = `${WS}([+\\-\u2212])([0-9]{2})[:\\s]*([0-5][0-9])`;

/**
 * The ISO 8601 shapes date checks accept in text columns (ISO_FORMATS of expr/polars-time.ts) as
 * one pattern: a date, then `T` or whitespace (or nothing) and hours:minutes, then :seconds with
 * an optional fraction and an optional `Z` or offset.
 */
export const ISO_TEXT: ChronoPattern = {
  pattern: `^${WS}${YEAR}-${WS}${TWO}-${WS}${TWO}(?:(T?\\s*)${TWO}:${WS}${TWO}(?::${WS}${TWO}${FRACTION}(?:(Z)|${OFFSET})?)?)?$`,
  groups: {
    year: 1,
    yearSign: 2,
    signedYear: 3,
    month: 4,
    day: 5,
    hour: 7,
    minute: 8,
    second: 9,
    fraction: 10,
    offsetSign: 12,
    offsetHours: 13,
    offsetMinutes: 14,
  },
  count: 14,
  // '2024-01-12:04' is day 12 and no hour to chrono, not day 1 at 2:04.
  adjacent: [{ gap: 6, before: 5, width: 2, next: 7 }],
  zuluAfterT: { zulu: 11, separator: 6 },
};

/**
 * Canonical ISO text, every field at a fixed position (`2024-01-02`, `2024-01-02T03:04`,
 * `2024-01-02 03:04:05.123+09:00`, `2024-01-02T03:04:05Z`): values ISO_TEXT reads the same way,
 * which SQL reads by position rather than through capture groups.
 */
export const ISO_CANONICAL =
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]+)?(?:[+-][0-9]{2}:[0-9]{2})?)?|T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]+)?Z)?$';

type Field = keyof ChronoGroups;
const NUMERIC: Record<string, Exclude<Field, 'yearSign' | 'signedYear' | 'fraction' | `offset${string}`>> = {
  Y: 'year',
  m: 'month',
  d: 'day',
  H: 'hour',
  M: 'minute',
  S: 'second',
};

/**
 * A strftime format of %Y %m %d, optionally %H %M (both), %S, %.f and %:z, with literal text,
 * as a chrono pattern; `unsupported` for anything else (other directives read differently).
 */
export function strftimePattern(format: string): ChronoPattern | { unsupported: string } {
  const groups: Partial<Record<Field, number>> = {};
  const adjacent: { gap: number; before: number; width: number; next: number }[] = [];
  let pattern = '';
  let count = 0;
  const group = () => ++count;
  // The numeric field read last, while only whitespace followed it; whether whitespace is pending.
  let last: { group: number; width: number } | 'fraction' | undefined;
  let space = false;
  const take = (field: Field) => {
    if (groups[field] !== undefined) throw new Error(`%${field} twice`);
    groups[field] = group();
  };
  try {
    for (let i = 0; i < format.length; i++) {
      const c = format[i]!;
      if (/\s/.test(c)) {
        space = true;
        continue;
      }
      if (c === '%' && NUMERIC[format[i + 1] ?? '']) {
        const field = NUMERIC[format[++i]!]!;
        if (last === 'fraction') throw new Error('a number right after %.f');
        if (last) {
          const gap = group();
          pattern += '(\\s*)';
          adjacent.push({ gap, before: last.group, width: last.width, next: count + 1 });
        } else pattern += WS;
        if (field === 'year') {
          take('year');
          groups.yearSign = group();
          groups.signedYear = group();
          pattern += YEAR;
          last = { group: groups.year!, width: 4 };
        } else {
          take(field);
          pattern += TWO;
          last = { group: groups[field]!, width: 2 };
        }
      } else if (format.startsWith('%.f', i)) {
        i += 2;
        if (space) pattern += WS;
        take('fraction');
        pattern += FRACTION;
        last = 'fraction';
      } else if (format.startsWith('%:z', i)) {
        i += 2;
        take('offsetSign');
        groups.offsetHours = group();
        groups.offsetMinutes = group();
        pattern += OFFSET;
        last = undefined;
      } else {
        if (c === '%') {
          if (format[i + 1] !== '%') throw new Error(`the directive %${format[i + 1] ?? ''}`);
          i++;
        }
        if (/[0-9]/.test(c)) throw new Error('digits in the format');
        if (space) pattern += WS;
        pattern += /[\\^$.|?*+()[\]{}]/.test(c) ? `\\${c}` : c;
        last = undefined;
      }
      space = false;
    }
  } catch (err) {
    return { unsupported: (err as Error).message };
  }
  if (space) pattern += WS;
  const { year, month, day, hour, minute, second, fraction, offsetSign } = groups;
  if (year === undefined || month === undefined || day === undefined)
    return { unsupported: 'a format without %Y, %m and %d' };
  if ((hour === undefined) !== (minute === undefined) || (second !== undefined && hour === undefined))
    return { unsupported: 'a time without %H and %M' };
  if ((fraction !== undefined || offsetSign !== undefined) && second === undefined)
    return { unsupported: '%.f or %:z without %S' };
  return { pattern: `^${pattern}$`, groups: groups as ChronoGroups, count, adjacent };
}
