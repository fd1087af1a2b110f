import { nearest } from '../checks/nearest.ts';
import { fillTemplate, type Dialect } from '../expr/dialect.ts';
import { columnNotFound } from '../toolkit/columns.ts';
import { translateForDialect } from '../expr/regex.ts';
import { quoteIdent, quoteString } from '../expr/sql.ts';
import type { SqlSource } from '../sources/sql/open.ts';
import { VERSION } from '../version.ts';
import { monotonicity, num, temporalRange } from './derive.ts';
import { columnInfo, resolveOptions, type ColumnInfo } from './profile.ts';
import { classify, patternTypes, semanticPatterns, type PatternType } from './semantic.ts';
import { gridFromOrderStats, gridRanks, histogramEdges, namedFromGrid, sketchRanks } from './sketch.ts';
import {
  PROFILE_SCHEMA_VERSION,
  topNumber,
  type ColumnProfile,
  type Moments,
  type Profile,
  type ProfileOptions,
  type TopValue,
} from './types.ts';

/**
 * Profiles a SQL source inside its database: the same Profile a file gets, from a few aggregate
 * queries (counts, moments, lengths and pattern shares in one; then order statistics, histogram
 * bins, top values and duplicate rows, each one query over all columns). Only aggregates and at
 * most a few hundred order statistics per column leave the database, never the rows.
 *
 * What differs from a file's profile (docs/sql-sources.md): a table has no row order, so
 * `monotonic` is `none` and `state.order` null; distinct counts are always exact (count DISTINCT)
 * and `state.hll` is null; semantic pattern shares are over every value, not a head sample.
 */
export async function profileSqlSource(
  source: SqlSource,
  opts: Partial<ProfileOptions> = {},
): Promise<Profile> {
  const t0 = performance.now();
  const options = resolveOptions(opts);
  const d = source.dialect;
  const ts = source.spec.sql.timestamp_column;
  const names = Object.keys(source.schema);
  if (ts !== undefined && !(ts in source.schema))
    throw columnNotFound(ts, source.name, names, nearest(ts, names));
  const cols = source.columns.map((c, i) => planSqlColumn(columnInfo(c.name, c.dtype), i, d));
  const from = source.from;

  const r1 = (await source.session.query(passOne(cols, from, d)))[0] ?? {};
  const rows = num(r1.rows);
  const stats = cols.map((c) => firstStats(c, r1));

  const numbered = cols.filter((c, i) => c.numbers && stats[i]!.fin > 0);
  const ranksOf = (n: number) => [...new Set([...gridRanks(n), ...sketchRanks(n, options.sketchSize)])];
  const bins = (i: number) => histogramEdges(stats[i]!.min, stats[i]!.max, options.histogramBins);
  const topped = cols.filter((c, i) => {
    const s = stats[i]!;
    return s.count > 0 && (c.counted || (c.numbers !== undefined && s.distinct <= options.topK));
  });
  // A column with a different value in every row (a key) proves there are no duplicate rows.
  const keyed = stats.some((s) => s.distinct + (s.nullCount > 0 ? 1 : 0) === rows);
  // One session runs one statement at a time: the queries go in turn.
  const orderStats = await gathered(source, numbered, (c) =>
    orderStatsSql(c.index, c.numbers!, ranksOf(stats[c.index]!.fin), from, d),
  );
  const histograms = await gathered(
    source,
    numbered.filter((c) => bins(c.index).length > 2),
    (c) => histogramSql(c, stats[c.index]!, bins(c.index).length - 1, from, d),
  );
  const tops = topped.length
    ? await source.session.query(topValuesSql(topped, from, d, options.topK))
    : undefined;
  const distinctRows =
    cols.length > 0 && rows > 0 && !keyed
      ? await source.session.query(
          `SELECT count(*) AS n FROM (SELECT DISTINCT * FROM ${from}) AS tg_distinct`,
        )
      : undefined;

  const columns = cols.map((c, i) => {
    const s = stats[i]!;
    const topOf = tops?.filter((r) => num(r.k) === i);
    return finishColumn(c, s, options, {
      orderStats: orderStats.get(i),
      histogram: histograms.get(i),
      top: topOf && topped.includes(c) ? topOf : undefined,
    });
  });
  return {
    schemaVersion: PROFILE_SCHEMA_VERSION,
    tool: { name: 'truthgate', version: VERSION },
    createdAt: new Date().toISOString(),
    source: {
      name: source.name,
      uri: source.uri,
      format: source.format,
      files: 1,
      fingerprint: await source.fingerprint(rows),
    },
    parts: 1,
    options,
    table: {
      rows,
      columns: cols.length,
      duplicateRows: distinctRows ? rows - num(distinctRows[0]?.n) : 0,
      duplicateRowsApproximate: false,
    },
    columns,
    durationMs: Math.round(performance.now() - t0),
  };
}

interface SqlColumn extends ColumnInfo {
  index: number;
  /** The quoted column. */
  q: string;
  /** As a finite double (epoch ms for temporal columns), NULL otherwise; numeric kinds only. */
  numbers?: string;
  /** Value-counted kinds (strings, booleans): top values always, as in the polars profile. */
  counted: boolean;
  /** Whether `count(DISTINCT ...)` applies (not arrays, JSON or unknown types). */
  distinctable: boolean;
}

/**
 * Milliseconds since the epoch (or since midnight, or of a duration) as a double, keeping
 * microseconds as the polars profile does; null where the dialect has no exact form.
 */
const EPOCH_MS: Record<string, (q: string, dtype: string) => string | undefined> = {
  postgres: (q) => `CAST(extract(epoch from ${q}) * 1000 AS double precision)`,
  duckdb: (q, dtype) =>
    dtype === 'Date'
      ? `(CAST((${q} - DATE '1970-01-01') AS DOUBLE) * 86400000)`
      : dtype.startsWith('Datetime')
        ? `(epoch_us(${q}) / 1000.0)`
        : undefined,
};

/** A Date/Datetime column as epoch milliseconds in the dialect (undefined where it has no exact form). */
export function sqlEpochMs(d: Dialect, q: string, dtype: string): string | undefined {
  return EPOCH_MS[d.name]?.(q, dtype);
}

function planSqlColumn(info: ColumnInfo, index: number, d: Dialect): SqlColumn {
  const q = quoteIdent(d, info.name);
  const double = d.types.Float64;
  let numbers: string | undefined;
  let kind = info.kind;
  if (info.kind === 'numeric') {
    const x = `CAST(${q} AS ${double})`;
    numbers = info.isFloat ? `CASE WHEN ${fillTemplate(d.isFinite, [x])} THEN ${x} END` : x;
  } else if (info.kind === 'temporal') {
    numbers = EPOCH_MS[d.name]?.(q, info.dtype);
    // A temporal type without an exact epoch form here is profiled like an opaque column.
    if (numbers === undefined) kind = 'other';
  }
  return {
    ...info,
    kind,
    index,
    q,
    ...(numbers !== undefined ? { numbers } : {}),
    counted: kind === 'string' || kind === 'boolean',
    distinctable: !/^(List|Unknown|Binary|Struct|Object)/.test(info.dtype),
  };
}

const alias = (k: string, i: number): string => `${k}_${i}`;

/** Pattern test in the dialect, or undefined where its regex flavour reads the pattern differently. */
function patternSql(c: SqlColumn, t: PatternType, d: Dialect): string | undefined {
  // `^(?i)x` and `(?i)^x` mean the same; POSIX AREs take flags only at the very start.
  const pattern = semanticPatterns[t].replace(/^\^\(\?i\)/, '(?i)^');
  const translated = translateForDialect(pattern, d.regex);
  if (!('pattern' in translated)) return undefined;
  return fillTemplate(d.regex.match, [c.q, quoteString(translated.pattern)]);
}

/** Pass one: every count, moment, length statistic and pattern share, in one aggregate query. */
function passOne(cols: SqlColumn[], from: string, d: Dialect): string {
  const out = ['count(*) AS rows'];
  const double = d.types.Float64;
  for (const c of cols) {
    const i = c.index;
    out.push(`count(${c.q}) AS ${alias('n', i)}`);
    if (c.distinctable) out.push(`count(DISTINCT ${c.q}) AS ${alias('nu', i)}`);
    if (c.numbers) {
      const x = c.numbers;
      out.push(
        `count(${x}) AS ${alias('fin', i)}`,
        `min(${x}) AS ${alias('min', i)}`,
        `max(${x}) AS ${alias('max', i)}`,
        `sum(${x}) AS ${alias('sum', i)}`,
        `avg(${x}) AS ${alias('mean', i)}`,
        `var_samp(${x}) AS ${alias('var', i)}`,
      );
    }
    if (c.kind === 'string') {
      const len = `CAST(${fillTemplate(d.length, [c.q])} AS ${double})`;
      out.push(
        `min(${len}) AS ${alias('lmin', i)}`,
        `max(${len}) AS ${alias('lmax', i)}`,
        `avg(${len}) AS ${alias('lmean', i)}`,
        `var_samp(${len}) AS ${alias('lvar', i)}`,
        `sum(${len}) AS ${alias('lsum', i)}`,
      );
      patternTypes.forEach((t, k) => {
        const test = patternSql(c, t, d);
        // Over non-null values, as the polars profile's share; a pattern the dialect cannot run
        // leaves the share unknown (0), so that type is never inferred there.
        if (test)
          out.push(
            `avg(CASE WHEN ${c.q} IS NULL THEN NULL WHEN ${test} THEN 1.0 ELSE 0.0 END) AS ${alias(`re${k}`, i)}`,
          );
      });
    }
  }
  return `SELECT ${out.join(',\n  ')}\nFROM ${from}`;
}

interface FirstStats {
  count: number;
  nullCount: number;
  distinct: number;
  fin: number;
  min: number;
  max: number;
  sum: number;
  mean: number;
  variance: number | null;
  lengths: { min: number; max: number; mean: number; variance: number | null; sum: number } | null;
  shares: Partial<Record<PatternType, number>>;
}

function firstStats(c: SqlColumn, r: Record<string, unknown>): FirstStats {
  const i = c.index;
  const at = (k: string): unknown => r[alias(k, i)];
  const orNull = (v: unknown): number | null => (v === null || v === undefined ? null : num(v));
  const count = num(at('n'));
  const shares: Partial<Record<PatternType, number>> = {};
  if (c.kind === 'string') patternTypes.forEach((t, k) => (shares[t] = num(at(`re${k}`))));
  return {
    count,
    nullCount: num(r.rows) - count,
    distinct: num(at('nu')),
    fin: num(at('fin')),
    min: num(at('min')),
    max: num(at('max')),
    sum: num(at('sum')),
    mean: num(at('mean')),
    variance: orNull(at('var')),
    lengths:
      c.kind === 'string' && count > 0
        ? {
            min: num(at('lmin')),
            max: num(at('lmax')),
            mean: num(at('lmean')),
            variance: orNull(at('lvar')),
            sum: num(at('lsum')),
          }
        : null,
    shares,
  };
}

/** One UNION ALL query over several columns; rows come back keyed by column index `k`. */
async function gathered<C>(
  source: SqlSource,
  cols: C[],
  part: (c: C) => string,
): Promise<Map<number, Record<string, unknown>[]>> {
  const out = new Map<number, Record<string, unknown>[]>();
  if (cols.length === 0) return out;
  const rows = await source.session.query(cols.map(part).join('\nUNION ALL\n'));
  for (const r of rows) {
    const k = num(r.k);
    out.set(k, [...(out.get(k) ?? []), r]);
  }
  return out;
}

/** The order statistics at the given ranks (0-based) of a column's finite values, keyed `k`. */
function orderStatsSql(k: number, numbers: string, ranks: number[], from: string, d: Dialect): string {
  return (
    `SELECT ${k} AS k, r, v FROM (SELECT v, row_number() OVER (ORDER BY v) - 1 AS r ` +
    `FROM (SELECT ${numbers} AS v FROM ${from}) AS tg_v WHERE v IS NOT NULL) AS tg_r ` +
    `WHERE r IN (${ranks.join(', ')})`
  ).replace(/tg_v|tg_r/g, (m) => quoteIdent(d, `${m}${k}`));
}

/**
 * The order statistics at `ranks` of each column's finite values (`numbers`, see sqlNumbers), in
 * one query: rank -> value per column.
 */
export async function sqlOrderStats(
  source: SqlSource,
  columns: { numbers: string; ranks: number[] }[],
): Promise<Map<number, number>[]> {
  const parts = columns.map((c, k) => ({ index: k, numbers: c.numbers, ranks: c.ranks }));
  const rows = await gathered(
    source,
    parts.filter((p) => p.ranks.length > 0),
    (p) => orderStatsSql(p.index, p.numbers, p.ranks, source.from, source.dialect),
  );
  return parts.map((p) => new Map((rows.get(p.index) ?? []).map((r) => [num(r.r), num(r.v)])));
}

/** A column as finite doubles (epoch ms for dates and timestamps), NULL otherwise; undefined for other kinds. */
export function sqlNumbers(d: Dialect, name: string, dtype: string): string | undefined {
  return planSqlColumn(columnInfo(name, dtype), 0, d).numbers;
}

/** Equal-width bin counts, with the same float arithmetic as the polars profile. */
function histogramSql(c: SqlColumn, s: FirstStats, bins: number, from: string, d: Dialect): string {
  const double = d.types.Float64;
  const lit = (x: number) => `CAST(${String(x)} AS ${double})`;
  const bin = `floor(((v - ${lit(s.min)}) / (${lit(s.max)} - ${lit(s.min)})) * ${bins})`;
  const clipped = `LEAST(GREATEST(${bin}, 0), ${bins - 1})`;
  return (
    `SELECT ${c.index} AS k, b, count(*) AS n FROM (SELECT ${clipped} AS b ` +
    `FROM (SELECT ${c.numbers} AS v FROM ${from}) AS tg_v WHERE v IS NOT NULL) AS tg_b GROUP BY b`
  ).replace(/tg_v|tg_b/g, (m) => quoteIdent(d, `${m}${c.index}`));
}

/**
 * The `topK` most frequent values of each column as text (temporal ones as epoch ms), ranked by
 * count, then value, in one query.
 */
function topValuesSql(cols: SqlColumn[], from: string, d: Dialect, topK: number): string {
  const text = d.types.String;
  // Each column's own ORDER BY ... LIMIT: a top-N heap instead of sorting every distinct value.
  const parts = cols.map((c) => {
    const v = c.kind === 'temporal' ? c.numbers! : c.q;
    const counted =
      `SELECT ${c.index} AS k, CAST(${v} AS ${text}) AS v, count(*) AS n FROM ${from} ` +
      `WHERE ${c.q} IS NOT NULL GROUP BY ${v} ORDER BY n DESC, v LIMIT ${topK}`;
    return `SELECT * FROM (${counted}) AS ${quoteIdent(d, `tg_top${c.index}`)}`;
  });
  return parts.join('\nUNION ALL\n');
}

interface Gathered {
  orderStats: Record<string, unknown>[] | undefined;
  histogram: Record<string, unknown>[] | undefined;
  top: Record<string, unknown>[] | undefined;
}

function finishColumn(c: SqlColumn, s: FirstStats, o: ProfileOptions, g: Gathered): ColumnProfile {
  const isInteger = c.kind === 'numeric' && !c.isFloat;
  const semantic = classify({
    kind: c.kind,
    count: s.count,
    distinct: s.distinct,
    shares: s.shares,
    meanLength: s.lengths?.mean ?? null,
    isInteger,
  });
  const moments: Moments | null =
    c.numbers && s.fin > 0
      ? {
          n: s.fin,
          mean: s.mean,
          m2: s.fin > 1 ? (s.variance ?? 0) * (s.fin - 1) : 0,
          sum: s.sum,
          min: s.min,
          max: s.max,
        }
      : null;
  let numeric: ColumnProfile['numeric'] = null;
  let sketch: ColumnProfile['state']['sketch'] = null;
  if (moments) {
    const byRank = new Map((g.orderStats ?? []).map((r) => [num(r.r), num(r.v)]));
    const at = (r: number): number => byRank.get(r)!;
    const grid = gridFromOrderStats(s.fin, at);
    sketch = { n: s.fin, points: sketchRanks(s.fin, o.sketchSize).map(at), exact: s.fin <= o.sketchSize };
    const edges = histogramEdges(s.min, s.max, o.histogramBins);
    const counts = edges.length > 2 ? new Array<number>(edges.length - 1).fill(0) : [s.fin];
    if (edges.length > 2) for (const r of g.histogram ?? []) counts[num(r.b)] = num(r.n);
    numeric = {
      unit: c.kind === 'temporal' ? 'ms' : 'value',
      count: s.fin,
      nonFiniteCount: s.count - s.fin,
      min: s.min,
      max: s.max,
      sum: s.sum,
      mean: s.mean,
      std: s.fin > 1 ? Math.sqrt(Math.max(s.variance ?? 0, 0)) : null,
      quantiles: namedFromGrid(grid),
      quantileGrid: grid,
      quantilesApproximate: false,
      histogram: { edges, counts, approximate: false },
    };
  }
  const lengthMoments: Moments | null = s.lengths
    ? {
        n: s.count,
        mean: s.lengths.mean,
        m2: s.count > 1 ? (s.lengths.variance ?? 0) * (s.count - 1) : 0,
        sum: s.lengths.sum,
        min: s.lengths.min,
        max: s.lengths.max,
      }
    : null;
  const top = g.top ? topValues(g.top, c) : null;
  const listed = top?.reduce((n, t) => n + t.count, 0) ?? 0;
  const complete = top !== null && s.distinct <= o.topK;
  return {
    name: c.name,
    dtype: c.dtype,
    kind: c.kind,
    count: s.count,
    nullCount: s.nullCount,
    nullFraction: s.count + s.nullCount === 0 ? 0 : s.nullCount / (s.count + s.nullCount),
    distinct: { count: s.distinct, approximate: false },
    numeric,
    temporalRange: temporalRange(c, moments),
    lengths: s.lengths ? { min: s.lengths.min, max: s.lengths.max, mean: s.lengths.mean } : null,
    topValues: top,
    otherCount: top ? s.count - listed : null,
    topValuesComplete: complete,
    topValuesApproximate: false,
    semanticType: semantic.type,
    semanticShare: semantic.share,
    // A table has no row order: there is no first or last value to speak of.
    ...monotonicity(null),
    state: { moments, lengthMoments, hll: null, sketch, order: null },
  };
}

/** Values back in the column's own JSON type, sorted by count desc, then value (as profiles list them). */
function topValues(rows: Record<string, unknown>[], c: SqlColumn): TopValue[] {
  const value = (v: unknown): string | number | boolean => {
    const text = String(v);
    if (c.kind === 'boolean') return text === 'true' || text === 't';
    // DuckDB spells infinity `inf`, which Number() does not read.
    if (c.kind === 'numeric') return topNumber(Number(text.replace(/^(-?)inf$/i, '$1Infinity')));
    if (c.kind === 'temporal') {
      const iso = new Date(Number(text)).toISOString();
      return c.dtype === 'Date' ? iso.slice(0, 10) : iso;
    }
    return text;
  };
  const out = rows.map((r) => ({ value: value(r.v), count: num(r.n) }));
  return out.sort((x, y) => y.count - x.count || (x.value < y.value ? -1 : x.value > y.value ? 1 : 0));
}
