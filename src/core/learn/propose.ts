import type { ColumnProfile, Profile } from '../profile/types.ts';
import { isCategorical, semanticPatterns, type PatternType } from '../profile/semantic.ts';

export const strictnesses = ['loose', 'medium', 'strict'] as const;
export type Strictness = (typeof strictnesses)[number];

/** One proposed check: `params` go into the suite as written; `note` becomes a YAML comment. */
export interface Proposal {
  check: string;
  params: Record<string, unknown>;
  column?: string;
  note?: string;
}

/** A check that was considered but left out, written as a comment so users can opt in. */
export interface Skipped {
  column?: string;
  note: string;
  /** The YAML a user would uncomment. */
  example: string;
}

interface Tuning {
  /** Share of the observed span added on each side of numeric and date ranges. */
  rangeMargin: number;
  rowCount: { min: number; max: number | null };
  /** Largest distinct count proposed as an in_set. */
  inSetMax: number;
  exactSchema: boolean;
  lengths: boolean;
  /** Lowest full-data pattern share proposed as a regex check (with `mostly` below 1). */
  patternShare: number;
  order: boolean;
  nullMargin: { factor: number; plus: number } | null;
  /** Newest timestamp must be this recent (ms) for a freshness check; max_age is twice the age, rounded up. */
  freshWithin: number;
}

const DAY = 86_400_000;

const tuning: Record<Strictness, Tuning> = {
  loose: {
    rangeMargin: 0.5,
    rowCount: { min: 0.5, max: null },
    inSetMax: 20,
    exactSchema: false,
    lengths: false,
    patternShare: 1,
    order: false,
    nullMargin: { factor: 2, plus: 0.05 },
    freshWithin: 7 * DAY,
  },
  medium: {
    rangeMargin: 0.1,
    rowCount: { min: 0.8, max: 1.25 },
    inSetMax: 50,
    exactSchema: true,
    lengths: true,
    patternShare: 0.98,
    order: true,
    nullMargin: { factor: 1.5, plus: 0.01 },
    freshWithin: 3 * DAY,
  },
  strict: {
    rangeMargin: 0,
    rowCount: { min: 0.95, max: 1.05 },
    inSetMax: 100,
    exactSchema: true,
    lengths: true,
    patternShare: 0.95,
    order: true,
    nullMargin: { factor: 1, plus: 0 },
    freshWithin: 2 * DAY,
  },
};

export interface ProposeOptions {
  strictness: Strictness;
  /** "Now" for freshness decisions (fixed in tests). */
  now?: Date;
  /** Only propose checks whose name this accepts (the registry, at generation time). */
  exists: (check: string) => boolean;
}

/**
 * Turns a profile into proposed checks. Every proposal holds on the profiled data by construction:
 * ranges contain the observed min/max, in_set lists every observed value, uniqueness and
 * not-null only where the profile saw them exactly, patterns only at their full-data share.
 */
export function proposeChecks(
  profile: Profile,
  opts: ProposeOptions,
): { proposals: Proposal[]; skipped: Skipped[] } {
  const t = tuning[opts.strictness];
  const now = (opts.now ?? new Date()).getTime();
  const proposals: Proposal[] = [];
  const skipped: Skipped[] = [];
  const add = (p: Proposal): void => {
    if (opts.exists(p.check)) proposals.push(p);
  };
  const rows = profile.table.rows;
  const cols = profile.columns;

  if (cols.length > 0) {
    add({
      check: 'schema',
      params: {
        columns: Object.fromEntries(
          cols.map((c) => [c.name, t.exactSchema ? c.dtype : dtypeFamily(c.dtype)]),
        ),
        ...(t.exactSchema ? { exact: true } : {}),
      },
      note: t.exactSchema
        ? 'Exact dtypes; no columns beyond these.'
        : 'Dtype families (int, float, string, ...); extra columns are allowed.',
    });
  }
  // With no columns either (`[]`, `{}` lines) the row count is all there is to check.
  if (rows > 0 || cols.length === 0) {
    const min = Math.floor(rows * t.rowCount.min);
    const max = t.rowCount.max === null ? undefined : Math.ceil(rows * t.rowCount.max);
    add({
      check: 'row_count',
      params: { min, ...(max !== undefined ? { max } : {}) },
      note: `Observed ${rows} rows.`,
    });
  }
  if (
    opts.strictness !== 'loose' &&
    rows > 1 &&
    profile.table.duplicateRows === 0 &&
    !profile.table.duplicateRowsApproximate
  ) {
    add({ check: 'no_duplicate_rows', params: {}, note: 'No two rows were identical.' });
  }

  const key = keyColumn(cols, rows);
  for (const c of cols) {
    const before = proposals.length;
    columnProposals(c, { rows, t, now, isKey: c === key, opts, add, skipped });
    // The first proposal of a column carries its summary, so the YAML reads column by column.
    const first = proposals[before];
    if (first && proposals.length > before) first.note = `${summary(c)}${first.note ? ` ${first.note}` : ''}`;
  }
  return { proposals, skipped };
}

interface ColumnCtx {
  rows: number;
  t: Tuning;
  now: number;
  isKey: boolean;
  opts: ProposeOptions;
  add: (p: Proposal) => void;
  skipped: Skipped[];
}

function columnProposals(c: ColumnProfile, x: ColumnCtx): void {
  const { t, add } = x;
  const column = c.name;
  if (c.count === 0) return;
  const complete = c.nullCount === 0;

  if (x.isKey) {
    add({
      check: 'primary_key',
      params: { columns: [column] },
      column,
      note: 'Every value present and distinct.',
    });
  } else if (complete) {
    add({ check: 'not_null', params: { column }, column });
  } else if (t.nullMargin && c.nullFraction < 1) {
    const max = roundUp(Math.min(1, c.nullFraction * t.nullMargin.factor + t.nullMargin.plus), 4);
    add({
      check: 'null_fraction_max',
      params: { column, max },
      column,
      note: `Observed null fraction ${round(c.nullFraction, 4)}.`,
    });
  }
  if (!x.isKey && keyLike(c, x.rows) && c.nullCount === 0)
    add({ check: 'unique', params: { column }, column });

  const values = inSetValues(c, t.inSetMax);
  if (values) add({ check: 'in_set', params: { column, values }, column });

  // NaN and ±infinity lie outside every finite range: a learned `between` would fail the very data
  // it was learned from.
  if (c.kind === 'numeric' && c.numeric && c.numeric.nonFiniteCount === 0) {
    const { min, max } = c.numeric;
    const margin = spanMargin(min, max, t.rangeMargin);
    const integer = /Int/.test(c.dtype);
    let lo = min - margin;
    let hi = max + margin;
    if (min >= 0) lo = Math.max(0, lo);
    if (integer) {
      lo = Math.floor(lo);
      hi = Math.ceil(hi);
    } else {
      lo = roundDown(lo, 6);
      hi = roundUp(hi, 6);
    }
    add({
      check: 'between',
      params: { column, min: lo, max: hi },
      column,
      note: `Observed ${min} .. ${max}.`,
    });
  }

  if (c.kind === 'temporal' && c.numeric && c.temporalRange) {
    const { min, max } = c.numeric;
    const margin = spanMargin(min, max, t.rangeMargin, DAY);
    const isDate = c.dtype === 'Date';
    add({
      check: 'date_between',
      params: {
        column,
        min: isoBound(min - margin, isDate, 'down'),
        max: isoBound(max + margin, isDate, 'up'),
      },
      column,
      note: `Observed ${c.temporalRange.min} .. ${c.temporalRange.max}.`,
    });
    freshness(c, max, x);
  }

  if (
    c.kind === 'string' &&
    c.semanticType &&
    c.semanticType in semanticPatterns &&
    c.semanticShare !== null
  ) {
    const share = c.semanticShare;
    if (share >= t.patternShare && share > 0) {
      const mostly = Math.floor(share * 1000) / 1000;
      add({
        check: 'regex',
        params: {
          column,
          pattern: semanticPatterns[c.semanticType as PatternType],
          ...(share < 1 ? { mostly } : {}),
        },
        column,
        note: `Looks like ${c.semanticType.replace('_', ' ')} (${round(share * 100, 2)}% of values).`,
      });
    }
    if (c.semanticType === 'iso_date' || c.semanticType === 'iso_datetime') freshness(c, null, x);
  }

  if (t.lengths && c.kind === 'string' && c.lengths && !values) {
    const slack =
      t.rangeMargin === 0 ? 0 : Math.max(1, Math.ceil((c.lengths.max - c.lengths.min) * t.rangeMargin));
    add({
      check: 'length_between',
      params: { column, min: Math.max(0, c.lengths.min - slack), max: c.lengths.max + slack },
      column,
    });
  }

  // The profile orders finite values; NaN and ±infinity break the order the check sees.
  const finite = !c.numeric || c.numeric.nonFiniteCount === 0;
  if (t.order && finite && c.monotonic !== 'none' && (c.kind === 'numeric' || c.kind === 'temporal')) {
    add({
      check: c.monotonic,
      params: { column, strict: c.monotonicStrict },
      column,
      note: `Values are ${c.monotonicStrict ? 'strictly ' : ''}${c.monotonic} in file order.`,
    });
  }
}

/**
 * Freshness only helps on live data: on a historical extract it would fail at once. It is proposed
 * when the newest value is recent; otherwise it is left as a comment explaining why.
 */
function freshness(c: ColumnProfile, newestMs: number | null, x: ColumnCtx): void {
  const example = (age: string): string =>
    `- freshness: { column: ${JSON.stringify(c.name)}, max_age: ${age} }`;
  if (newestMs === null) {
    x.skipped.push({
      column: c.name,
      note: `${c.name} holds ISO timestamps; if new rows arrive regularly, a freshness check catches stale loads.`,
      example: example('24h'),
    });
    return;
  }
  const age = x.now - newestMs;
  if (age >= 0 && age <= x.t.freshWithin) {
    const hours = Math.max(24, Math.ceil((2 * age) / 3_600_000));
    x.add({
      check: 'freshness',
      params: { column: c.name, max_age: `${hours}h` },
      column: c.name,
      note: `Newest value is ${Math.round(age / 3_600_000)}h old.`,
    });
    return;
  }
  const days = Math.round(age / DAY);
  x.skipped.push({
    column: c.name,
    note:
      age < 0
        ? `${c.name} has values in the future; freshness is not proposed.`
        : `Newest ${c.name} is ${days} days old, so a freshness check would fail now (historical data?). Enable it once the data is live:`,
    example: example('24h'),
  });
}

/** The one column that identifies rows: unique, complete, not a float, preferring id-like names. */
function keyColumn(cols: ColumnProfile[], rows: number): ColumnProfile | undefined {
  const candidates = cols.filter((c) => keyLike(c, rows) && c.nullCount === 0);
  return candidates.find((c) => /(^|_|\b)(id|key|uuid|code)$|^id/i.test(c.name)) ?? candidates[0];
}

function keyLike(c: ColumnProfile, rows: number): boolean {
  if (rows < 2 || c.distinct.approximate || c.distinct.count !== c.count) return false;
  return c.kind === 'string' || (c.kind === 'numeric' && /Int/.test(c.dtype));
}

/** Every observed value, when there are few of them and they repeat (not floats or flags). */
function inSetValues(c: ColumnProfile, max: number): (string | number | boolean)[] | null {
  if (!c.topValuesComplete || !c.topValues || c.topValuesApproximate) return null;
  // Temporal top values are ISO text at millisecond precision: a set of them fails finer values.
  if (c.kind === 'boolean' || c.kind === 'other' || c.kind === 'temporal' || /^Float|^Decimal/.test(c.dtype))
    return null;
  if (c.distinct.count > max || c.distinct.count >= c.count || !isCategorical(c.distinct.count, c.count))
    return null;
  return c.topValues
    .map((v) => v.value)
    .sort((a, b) =>
      typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : 1,
    );
}

function spanMargin(min: number, max: number, share: number, fallback = 1): number {
  if (share === 0) return 0;
  const span = max - min;
  return (span > 0 ? span : Math.abs(max) || fallback) * share;
}

function isoBound(ms: number, isDate: boolean, dir: 'up' | 'down'): string {
  if (isDate) {
    const d = new Date((dir === 'up' ? Math.ceil(ms / DAY) : Math.floor(ms / DAY)) * DAY);
    return d.toISOString().slice(0, 10);
  }
  // Values may carry microseconds; round outward to whole milliseconds so the bound holds.
  return new Date(dir === 'up' ? Math.ceil(ms) : Math.floor(ms)).toISOString();
}

/** The family the schema check accepts for a polars dtype, for loose schemas. */
export function dtypeFamily(dtype: string): string {
  if (/^U?Int/.test(dtype)) return 'int';
  if (/^(Float|Decimal)/.test(dtype)) return 'float';
  if (dtype === 'String' || dtype === 'Utf8' || /^Categorical|^Enum/.test(dtype)) return 'string';
  if (dtype === 'Boolean' || dtype === 'Bool') return 'bool';
  if (dtype === 'Date') return 'date';
  if (/^Datetime/.test(dtype)) return 'datetime';
  return dtype;
}

function summary(c: ColumnProfile): string {
  const parts = [`${c.name}: ${c.dtype}`, `${c.distinct.approximate ? '~' : ''}${c.distinct.count} distinct`];
  parts.push(c.nullCount === 0 ? 'no nulls' : `${round(c.nullFraction * 100, 2)}% null`);
  if (c.semanticType) parts.push(c.semanticType.replace('_', ' '));
  return `${parts.join(', ')}.`;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function roundUp(x: number, digits: number): number {
  const f = 10 ** digits;
  const r = Math.ceil(x * f) / f;
  return r >= x ? r : r + 1 / f;
}

function roundDown(x: number, digits: number): number {
  const f = 10 ** digits;
  const r = Math.floor(x * f) / f;
  return r <= x ? r : r - 1 / f;
}

/** Past runs a metric needs before `learn --history` proposes an anomaly check on it. */
export const HISTORY_TO_PROPOSE = 7;

/**
 * Anomaly checks for the metrics this source's history already holds enough runs of (see
 * src/core/history): they start judging at once instead of learning first. Volume per day is
 * proposed for timestamp columns spanning four weeks, since it learns from the data itself.
 */
export function proposeAnomalyChecks(
  profile: Profile,
  runsOf: (metric: string) => number,
  exists: (check: string) => boolean,
): Proposal[] {
  const out: Proposal[] = [];
  const add = (p: Proposal): void => {
    if (exists(p.check)) out.push(p);
  };
  const note = (n: number): string => `Learned from ${n} past runs in the metric history.`;
  const rows = runsOf('row_count');
  if (rows >= HISTORY_TO_PROPOSE) add({ check: 'row_count_anomaly', params: {}, note: note(rows) });
  for (const c of profile.columns) {
    const column = c.name;
    const nulls = runsOf(`null_fraction:${column}`);
    if (nulls >= HISTORY_TO_PROPOSE && c.nullCount > 0)
      add({ check: 'null_fraction_anomaly', params: { column }, column, note: note(nulls) });
    const mean = runsOf(`mean:${column}`);
    if (mean >= HISTORY_TO_PROPOSE && c.kind === 'numeric')
      add({ check: 'metric_anomaly', params: { metric: 'mean', column }, column, note: note(mean) });
    const temporal =
      c.kind === 'temporal' || c.semanticType === 'iso_date' || c.semanticType === 'iso_datetime';
    if (!temporal) continue;
    const lag = runsOf(`freshness_lag:${column}`);
    if (lag >= HISTORY_TO_PROPOSE)
      add({ check: 'freshness_anomaly', params: { column }, column, note: note(lag) });
    const range = c.temporalRange ? Date.parse(c.temporalRange.max) - Date.parse(c.temporalRange.min) : 0;
    if (range >= 28 * DAY)
      add({
        check: 'volume_anomaly',
        params: { column },
        column,
        note: `Rows per day over ${Math.round(range / DAY)} days of ${column}.`,
      });
  }
  return out;
}
