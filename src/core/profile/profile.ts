import pl from 'nodejs-polars';
import { dtypeName } from '../toolkit/dtype.ts';
import { chunkFrames } from '../sources/chunk-frames.ts';
import { explainReadError, type OpenedSource } from '../sources/open.ts';
import { VERSION } from '../version.ts';
import {
  columnInfo,
  columns,
  COUNT,
  countValues,
  isCounted,
  metric,
  planGroup,
  sharesRow,
  stackColumns,
  stackedShares,
  type ColumnInfo,
  type ColumnPlan,
} from './columns.ts';
import { monotonicity, num, temporalRange } from './derive.ts';
import { hllEstimate, hllFromKeys, hllKeysExpr, hllSkip } from './hll.ts';
import { mergeProfiles } from './merge.ts';
import { isStackable, shortRowLimit, STACKED_MIN_COLUMNS, stackedMetrics } from './stacked.ts';
import { classify, patternTypes, semanticPatterns, type PatternType } from './semantic.ts';
import { gridFromOrderStats, gridRanks, histogramEdges, namedFromGrid, sketchRanks } from './sketch.ts';
import {
  PROFILE_SCHEMA_VERSION,
  topNumber,
  type ColumnProfile,
  type Moments,
  type OrderState,
  type Profile,
  type ProfileOptions,
  type TopValue,
} from './types.ts';

// compare/frame.ts and others plan columns as the profile does.
export { columnInfo, planColumn, type ColumnInfo, type ColumnPlan } from './columns.ts';

export const defaultProfileOptions: ProfileOptions = {
  topK: 1000,
  exactDistinctLimit: 10_000_000,
  histogramBins: 20,
  sampleSize: 10_000,
  sketchSize: 513,
  hllPrecision: 12,
};

export interface ProfileRunOptions extends Partial<ProfileOptions> {
  /** Profile each file of a multi-file source on its own and merge (what a fan-out does). */
  perFile?: boolean;
  baseDir?: string;
}

/**
 * Profiles a source with a fixed number of fused polars queries per frame (profileFrame); large
 * CSVs frame by frame (chunks), merged.
 */
export async function profileSource(source: OpenedSource, opts: ProfileRunOptions = {}): Promise<Profile> {
  const options = resolveOptions(opts);
  const meta = {
    name: source.name,
    uri: source.uri,
    format: source.format,
    files: source.files.length,
    fingerprint: source.fingerprint,
  };
  try {
    if (source.chunked) return await profileParts(chunksOf(source), meta, options);
    if (opts.perFile && source.files.length > 1) return await profileParts(source.lazyFiles(), meta, options);
    return await profileFrame(source.lazy(), meta, options);
  } catch (err) {
    throw explainReadError(source, err, opts.baseDir);
  }
}

/** A part of a source: a lazy frame (a file), or a frame already read (a chunk). */
type Part = pl.LazyDataFrame | pl.DataFrame;

/**
 * Profiles each part (a file, a chunk) on its own and merges them, as a partitioned run would.
 * The next part is read while the queries of the one before run: reading a chunk parses it on
 * this thread, and the queries run on polars' threads, so each waited for the other before.
 * At most two parts are in memory.
 */
async function profileParts(
  parts: Iterable<Part> | AsyncIterable<Part>,
  meta: Profile['source'],
  options: ProfileOptions,
): Promise<Profile> {
  const profiles: Profile[] = [];
  // Parts share a schema (chunks) or mostly do (files): their queries are built once.
  const plans: PlanCache = new Map();
  const it = Symbol.asyncIterator in parts ? parts[Symbol.asyncIterator]() : parts[Symbol.iterator]();
  try {
    let next = Promise.resolve(it.next());
    for (;;) {
      const { done, value } = await next;
      if (done) break;
      // Started before the next part is read: a frame in memory has its first queries running
      // by the time profileFrame returns its promise.
      const profiled = profileFrame(value, meta, options, plans);
      next = Promise.resolve(it.next());
      // Awaited below after the part before; should that one fail, this one's error is moot.
      next.catch(() => undefined);
      profiles.push(await profiled);
    }
  } finally {
    await it.return?.();
  }
  return { ...mergeProfiles(profiles), source: meta };
}

/**
 * Large CSVs come in record-aligned chunks (the engine's reader): memory stays bounded by a chunk,
 * and distinct counts, quantiles and duplicate rows become approximate (marked so in the profile).
 */
async function* chunksOf(source: OpenedSource): AsyncGenerator<pl.DataFrame> {
  const schema = (await source.lazy().head(0).collect()).schema as Record<string, pl.DataType>;
  for await (const { frame } of chunkFrames(source, schema)) yield frame;
}

export function resolveOptions(opts: Partial<ProfileOptions>): ProfileOptions {
  const o = { ...defaultProfileOptions };
  for (const k of Object.keys(o) as (keyof ProfileOptions)[]) if (opts[k] !== undefined) o[k] = opts[k];
  return o;
}

type Row = Record<string, unknown>;

const ROW_SEED = [0x7207, 0x6a7e, 0x5eed, 0xd0be] as const;

/**
 * Expressions already built, by what they are built from; one cache serves one set of options.
 * Each nodejs-polars expression costs about a millisecond to build, and the parts of one source
 * (chunks, files) plan the same queries again and again.
 */
export type PlanCache = Map<string, pl.Expr[]>;
const MAX_PLANS = 256;

function cached(plans: PlanCache, key: unknown, build: () => pl.Expr[]): pl.Expr[] {
  const k = JSON.stringify(key);
  let exprs = plans.get(k);
  if (!exprs) {
    exprs = build();
    // Order statistics are planned per count of values, which varies by part: stay bounded.
    if (plans.size >= MAX_PLANS) plans.clear();
    plans.set(k, exprs);
  }
  return exprs;
}

/**
 * Profiles one lazy frame (a whole source or one of its files) in the same few polars queries
 * whatever its width: every expression covers all the columns of one kind and dtype that share
 * the metric and its parameters, so planning costs per dtype, not per column (files thousands of
 * columns wide), and no column's values are hashed more often than its metrics need (tall files).
 *
 * 1. Over the data: counts, numbers' distincts, moments, order, string lengths, pattern shares on
 *    a head sample; alongside, the value counts of every string and boolean column, which stay in
 *    polars. 2. Their lengths: those columns' exact distinct counts. 3. What needs 1 and 2, over
 *    the data: order statistics from one sort per numeric column, histograms, numeric top values
 *    and HyperLogLog registers, full-column pattern shares, duplicate rows (unless a column with a
 *    distinct value per row already rules them out); alongside, over the value counts: top values,
 *    and HyperLogLog registers of the distinct values (the registers of all values, from fewer rows).
 *
 * Short frames at least STACKED_MIN_COLUMNS wide take the stacked layout instead (stacked.ts):
 * polars expands a multi-column expression into one per column and plans each, so a one-row file
 * of 5,000 columns still cost seconds of planning; stacked, each metric is planned once per dtype.
 */
export async function profileFrame(
  part: Part,
  source: Profile['source'],
  options: ProfileOptions,
  plans: PlanCache = new Map(),
  layout: FrameLayout = 'auto',
): Promise<Profile> {
  const t0 = performance.now();
  // Every pass reads every column; decoding the file once beats decoding it per pass. A frame
  // already in memory is not awaited: its queries start before profileFrame first returns.
  const df = 'collect' in part ? await part.collect() : part;
  // Not df.schema: it wraps every column in a Series, which costs seconds on wide files.
  const dtypes = df.dtypes;
  const lf = df.lazy();
  const infos = df.columns.map((name, k) => columnInfo(name, dtypeName(dtypes[k]!)));
  const groups = grouped(infos, (i) => `${i.kind}|${i.dtype}`);
  const stack =
    layout !== 'columns' &&
    df.height <= shortRowLimit(options) &&
    (layout === 'stacked' || infos.length >= STACKED_MIN_COLUMNS);

  const { r1, distinctOf, pass3 } =
    (stack ? await stackedPasses(lf, groups, options) : undefined) ??
    (await columnPasses(lf, groups, plans, options));
  const rows = num(r1.rows);
  const rankPlan = rankPlanner(options.sketchSize);
  const planned = infos.map((i) => planMetrics(i, r1, distinctOf, options, rankPlan));
  // A column with a different value in every row (a key) proves there are no duplicate rows.
  const keyed = planned.some((p) => p.distinct + (p.nullCount > 0 ? 1 : 0) === rows);
  const hashRows = infos.length > 0 && rows > 0 && !keyed;
  const r2 = await pass3(planned, hashRows);
  const columnProfiles = planned.map((p) => p.finish(r2));

  const distinctRows = hashRows ? r2.distinct_rows : infos.length > 0 ? rows : undefined;
  return {
    schemaVersion: PROFILE_SCHEMA_VERSION,
    tool: { name: 'truthgate', version: VERSION },
    createdAt: new Date().toISOString(),
    source,
    parts: 1,
    options,
    table: {
      rows,
      columns: infos.length,
      duplicateRows: distinctRows === undefined || rows === 0 ? 0 : rows - num(distinctRows),
      duplicateRowsApproximate: distinctRows === undefined && rows > 0,
    },
    columns: columnProfiles,
    durationMs: Math.round(performance.now() - t0),
  };
}

/**
 * `columns`: the regular passes, for frames of any size. `stacked`: the columns of one dtype
 * stacked into one, for short frames (stacked.ts), with the same result. `auto`: stacked when
 * short and wide.
 */
export type FrameLayout = 'auto' | 'columns' | 'stacked';

interface Passes {
  /** Pass 1 metrics, `rows` and the pattern shares. */
  r1: Row;
  /** Exact distinct non-null counts of the counted columns. */
  distinctOf: Row;
  /** Pass 3: the planned metrics (and `distinct_rows` when rows are hashed). */
  pass3: (planned: PlannedColumn[], hashRows: boolean) => Promise<Row>;
}

async function columnPasses(
  lf: pl.LazyDataFrame,
  groups: ColumnInfo[][],
  plans: PlanCache,
  options: ProfileOptions,
): Promise<Passes> {
  const textNames = groups.flatMap((g) => (g[0]!.kind === 'string' ? g.map((i) => i.name) : []));
  const counted = groups.filter((g) => isCounted(g[0]!.kind));
  const [d1, valueCounts, shares] = await Promise.all([
    lf
      .select(
        ...cached(plans, ['pass1', groups], () => [
          pl.len().alias('rows'),
          ...groups.flatMap((g) => pass1Exprs(planGroup(g))),
        ]),
      )
      .collect(),
    counted.length > 0
      ? lf
          .select(
            ...cached(plans, ['counted', counted], () =>
              counted.map((g) => countValues(planGroup(g).values.dropNulls(), true).implode()),
            ),
          )
          .collect()
      : undefined,
    patternShares(lf, textNames, options.sampleSize),
  ]);
  const counts = valueCounts?.lazy();
  const distinctOf: Row = counts
    ? firstRow(await counts.select(...cached(plans, ['lengths'], () => [pl.all().lst.lengths()])).collect())
    : {};
  const pass3 = async (planned: PlannedColumn[], hashRows: boolean): Promise<Row> => {
    const onData = fused(plans, planned, 'data', planGroup);
    const onCounts = fused(plans, planned, 'counts', (g) => {
      const lists = columns(g.map((i) => i.name));
      return { ...g[0]!, col: lists, values: lists };
    });
    const [r3, rc] = await Promise.all([
      hashRows
        ? // Nested columns (lists, structs from mixed JSON) may not hash as a row; skip duplicates then.
          collectRow(lf, [...onData, rowHashes()]).catch(async () => collectRow(lf, onData))
        : collectRow(lf, onData),
      counts ? collectRow(counts, onCounts, jsonRow) : {},
    ]);
    // Each metric is named `metric\u0001column` and is computed on one side only.
    return Object.assign(r3, rc);
  };
  return { r1: Object.assign(firstRow(d1), shares), distinctOf, pass3 };
}

/**
 * A short frame: moments (and the few metrics of `other` columns) per column as in columnPasses,
 * everything else stacked; undefined when stacking cannot give the regular result (signed
 * zeros). Within shortRowLimit, pass 3 needs nothing the stacked queries did not already give:
 * no HyperLogLog (every distinct value is counted), and the full-column pattern share equals the
 * sample's, which is the whole column (and which stacked.ts takes).
 */
async function stackedPasses(
  lf: pl.LazyDataFrame,
  groups: ColumnInfo[][],
  options: ProfileOptions,
): Promise<Passes | undefined> {
  const stackable = groups.filter((g) => isStackable(g[0]!.kind));
  const others = groups.filter((g) => !isStackable(g[0]!.kind));
  const [d1, stacked] = await Promise.all([
    lf.select(pl.len().alias('rows'), ...others.flatMap((g) => pass1Exprs(planGroup(g)))).collect(),
    stackedMetrics(lf, stackable, options),
  ]);
  if (stacked.signedZeros) return undefined;
  // Into the stacked metrics (disjoint keys): copying tens of thousands of them costs more.
  const r1 = Object.assign(stacked.r1, firstRow(d1));
  // Moments of the columns with two values or more (stacked.ts gives those of one value).
  const several = stackable
    .map((g) => g.filter((i) => num(r1[metric(i.kind === 'string' ? 'n' : 'fin', i.name)]) > 1))
    .filter((g) => g.length > 0);
  if (several.length > 0)
    Object.assign(
      r1,
      firstRow(await lf.select(...several.flatMap((g) => momentExprs(planGroup(g)))).collect()),
    );
  const pass3 = async (_planned: PlannedColumn[], hashRows: boolean): Promise<Row> => {
    // As in columnPasses: rows that do not hash (nested columns) leave duplicates uncounted.
    const r2 = hashRows ? await collectRow(lf, [rowHashes()]).catch(() => ({})) : {};
    return Object.assign(r2, stacked.r2);
  };
  return { r1, distinctOf: stacked.distinctOf, pass3 };
}

/**
 * 64-bit row hashes: equal hash counts prove there are no duplicates; a collision (about n^2/2^65
 * likely) could only overstate duplicates.
 */
const rowHashes = (): pl.Expr =>
  pl
    .struct(pl.all())
    .hash(...ROW_SEED)
    .nUnique()
    .alias('distinct_rows');

const TOP = 'top\u0001';

/** Top values as two plain lists per column, the values and their counts. */
interface TopLists {
  values: unknown[];
  counts: unknown[];
}

/**
 * The one-row result of `exprs`. Top-value lists come back as two plain lists each: nodejs-polars
 * builds a JavaScript object per struct, about twice as slow, which matters when thousands of
 * columns each list up to topK values.
 */
async function collectRow(lf: pl.LazyDataFrame, exprs: pl.Expr[], read = firstRow): Promise<Row> {
  if (exprs.length === 0) return {};
  const df = await lf.select(exprs).collect();
  const tops = df.columns.filter((n) => n.startsWith(TOP));
  if (tops.length === 0) return read(df);
  const items = columns(tops).explode();
  const split = read(
    await df
      .lazy()
      .select(
        items.struct.nth(0).implode().keepName().prefix('v'),
        items.struct.nth(1).implode().keepName().prefix('c'),
      )
      .collect(),
  );
  const row = read(df.drop(tops));
  for (const n of tops)
    row[n] = { values: split[`v${n}`] as unknown[], counts: split[`c${n}`] as unknown[] } satisfies TopLists;
  return row;
}

function firstRow(df: pl.DataFrame): Row {
  return (df.toRecords()[0] ?? {}) as Row;
}

/**
 * A one-row frame of strings, booleans and integers only (the value-count side), read through
 * JSON: JavaScript parses it about three times faster than toRecords builds the values.
 */
function jsonRow(df: pl.DataFrame): Row {
  return (JSON.parse(df.writeJSON({ format: 'json' }).toString()) as Row[])[0] ?? {};
}

function grouped<T>(items: T[], key: (t: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const g = groups.get(k);
    if (g) g.push(t);
    else groups.set(k, [t]);
  }
  return [...groups.values()];
}

/*
 * Columns of one kind and dtype share each pass 1 expression: one multi-column expression per
 * metric (named `metric\u0001column` by prefix) instead of one per column, so building the query
 * stays cheap on files thousands of columns wide (each nodejs-polars Expr costs tens of µs).
 */
function pass1Exprs(p: ColumnPlan): pl.Expr[] {
  const a = (k: string): string => `${k}\u0001`;
  const c = p.col;
  const out = [c.count().prefix(a('n')), c.nullCount().prefix(a('nulls'))];
  // nUnique counts null as a value; pass 3 subtracts it. Counted columns get theirs from their counts.
  if (!isCounted(p.kind)) out.push(p.values.nUnique().prefix(a('nu')));
  if (p.numbers) {
    const x = p.numbers;
    const present = x.dropNulls();
    const d = present.diff(1, 'ignore');
    out.push(
      x.count().prefix(a('fin')),
      x.min().prefix(a('min')),
      x.max().prefix(a('max')),
      present.first().prefix(a('first')),
      present.last().prefix(a('last')),
      d.min().prefix(a('dmin')),
      d.max().prefix(a('dmax')),
    );
  } else if (p.kind === 'string' || p.kind === 'boolean') {
    const present = p.values.dropNulls();
    const v = ordered(p);
    // Which way the ends point tells which of the two order tests pass 3 needs (orderTests).
    out.push(
      present.first().prefix(a('first')),
      present.last().prefix(a('last')),
      v.first().lt(v.last()).prefix(a('up')),
      v.first().gt(v.last()).prefix(a('down')),
    );
  }
  if (p.kind === 'string') {
    const len = p.values.str.lengths().cast(pl.Float64);
    out.push(len.min().prefix(a('lmin')), len.max().prefix(a('lmax')));
  }
  return [...out, ...momentExprs(p)];
}

/** The present values of a string or boolean column as polars orders them (booleans as 0 and 1). */
const ordered = (p: ColumnPlan): pl.Expr =>
  p.kind === 'boolean' ? p.values.dropNulls().cast(pl.UInt8) : p.values.dropNulls();

/**
 * Whether a string or boolean column never decreases (`ge`) or never increases (`le`), as
 * metrics to plan in pass 3. Each is a full-column comparison with the value before, and the
 * ends already rule one out: a column whose first value is below its last cannot be
 * non-increasing. Equal ends leave neither to test: only a constant column is ordered then
 * (orderState).
 */
function orderTests(p: ColumnInfo, r1: Row): Metric[] {
  const test = (k: 'ge' | 'le'): Metric => ({
    k,
    on: 'data',
    params: 0,
    expr: (g) => {
      const v = ordered(g);
      const prev = v.shift(1);
      return (k === 'ge' ? v.gtEq(prev) : v.ltEq(prev)).all();
    },
  });
  if (r1[metric('up', p.name)] === true) return [test('ge')];
  if (r1[metric('down', p.name)] === true) return [test('le')];
  return [];
}

/**
 * Sums, means and variances (of numbers, of string lengths). Their rounding depends on polars'
 * summation order over a whole column, so every path computes them with these same expressions.
 */
export function momentExprs(p: ColumnPlan): pl.Expr[] {
  const a = (k: string): string => `${k}\u0001`;
  if (p.numbers) {
    const xf = p.numbers.cast(pl.Float64);
    return [xf.sum().prefix(a('sum')), xf.mean().prefix(a('mean')), xf.var().prefix(a('var'))];
  }
  if (p.kind !== 'string') return [];
  const len = p.values.str.lengths().cast(pl.Float64);
  return [len.mean().prefix(a('lmean')), len.var().prefix(a('lvar')), len.sum().prefix(a('lsum'))];
}

/**
 * Pattern shares (`re_<type>` per column) on a head sample of the text columns: the first
 * sampleSize rows, stacked into one column so each pattern compiles and runs once. Per column,
 * every pattern compiled once per column and query, about a millisecond per text column.
 */
async function patternShares(lf: pl.LazyDataFrame, names: string[], sampleSize: number): Promise<Row> {
  if (names.length === 0) return {};
  const sample = stackColumns(lf.select(pl.col(names).cast(pl.Utf8).head(sampleSize)), names);
  return sharesRow(await stackedShares(sample).collect());
}

/** The order statistics gathered for n finite values: ranks sorted, each rank's position, the sketch's. */
interface RankPlan {
  ranks: number[];
  index: Map<number, number>;
  sketch: number[];
}

/** Columns of one frame mostly share their count of finite values: each count is planned once. */
function rankPlanner(sketchSize: number): (n: number) => RankPlan {
  const plans = new Map<number, RankPlan>();
  return (n) => {
    let plan = plans.get(n);
    if (!plan) {
      const sketch = sketchRanks(n, sketchSize);
      const ranks = [...new Set([...gridRanks(n), ...sketch])].sort((x, y) => x - y);
      plan = { ranks, index: new Map(ranks.map((r, k) => [r, k])), sketch };
      plans.set(n, plan);
    }
    return plan;
  };
}

/** Where a pass 3 metric is computed: over the data, or over the value counts of pass 1. */
type Side = 'data' | 'counts';

/** A pass 3 metric of a column; columns of one kind and dtype with equal `k` and `params` share it. */
interface Metric {
  k: string;
  on: Side;
  params: unknown;
  expr: (g: ColumnPlan) => pl.Expr;
}

interface PlannedColumn {
  info: ColumnInfo;
  /** Exact number of distinct non-null values. */
  distinct: number;
  nullCount: number;
  metrics: Metric[];
  finish: (r2: Row) => ColumnProfile;
}

/** The expressions of one metric for every column that needs it, one per shared key. */
function fused(
  plans: PlanCache,
  planned: PlannedColumn[],
  on: Side,
  plan: (g: ColumnInfo[]) => ColumnPlan,
): pl.Expr[] {
  const groups = new Map<string, { m: Metric; infos: ColumnInfo[] }>();
  for (const p of planned) {
    for (const m of p.metrics) {
      if (m.on !== on) continue;
      const key = JSON.stringify([p.info.kind, p.info.dtype, m.k, m.params]);
      const g = groups.get(key);
      if (g) g.infos.push(p.info);
      else groups.set(key, { m, infos: [p.info] });
    }
  }
  return [...groups.values()].flatMap(({ m, infos }) =>
    // A metric's expression is fixed by its key and columns (and the options, fixed per cache).
    cached(plans, ['metric', on, m.k, m.params, infos], () => [m.expr(plan(infos)).prefix(`${m.k}\u0001`)]),
  );
}

function planMetrics(
  p: ColumnInfo,
  r1: Row,
  distinctOf: Row,
  o: ProfileOptions,
  rankPlan: (n: number) => RankPlan,
): PlannedColumn {
  const a = (k: string): string => metric(k, p.name);
  const count = num(r1[a('n')]);
  const nullCount = num(r1[a('nulls')]);
  const hasNumbers = p.kind === 'numeric' || p.kind === 'temporal';
  const counted = isCounted(p.kind);
  const wanted: Metric[] = [];
  const exactDistinct = counted ? num(distinctOf[p.name]) : num(r1[a('nu')]) - (nullCount > 0 ? 1 : 0);
  const isInteger = p.kind === 'numeric' && !p.isFloat;

  const fin = hasNumbers ? num(r1[a('fin')]) : 0;
  const min = num(r1[a('min')]);
  const max = num(r1[a('max')]);
  let ranks: RankPlan | undefined;
  let edges: number[] = [];
  if (hasNumbers && fin > 0) {
    ranks = rankPlan(fin);
    const gather = ranks.ranks;
    wanted.push({
      k: 'os',
      on: 'data',
      params: fin,
      expr: (g) => g.numbers!.sort({ nullsLast: true }).gather(gather).cast(pl.Float64).implode(),
    });
    edges = histogramEdges(min, max, o.histogramBins);
    if (edges.length > 2) {
      const bins = edges.length - 1;
      // Each column's own min and max, the same numbers as pass 1's, so columns share the expression.
      wanted.push({
        k: 'hist',
        on: 'data',
        params: bins,
        expr: (g) => {
          const x = g.numbers!.cast(pl.Float64);
          // Positions are never negative, so the cast's truncation is floor; the maximum's bin
          // (`bins`) is folded into the last by histogramCounts: two passes fewer than floor and clip.
          const bin = x.sub(x.min()).div(x.max().sub(x.min())).mul(bins).cast(pl.Int32);
          return countValues(bin).implode();
        },
      });
    }
  }

  if (counted && count > 1) wanted.push(...orderTests(p, r1));
  const wantTop = count > 0 && (counted || (hasNumbers && exactDistinct <= o.topK));
  if (wantTop)
    wanted.push(
      counted
        ? { k: 'top', on: 'counts', params: 0, expr: (g) => g.col.lst.head(o.topK) }
        : {
            k: 'top',
            on: 'data',
            params: 0,
            expr: (g) => countValues(g.values.dropNulls(), true).head(o.topK).implode(),
          },
    );
  const complete = wantTop && exactDistinct <= o.topK;
  const overLimit = count > o.exactDistinctLimit;
  if (count > 0 && p.kind !== 'other' && (!complete || overLimit)) {
    const skip = hllSkip(exactDistinct, o.hllPrecision);
    wanted.push(
      counted
        ? {
            k: 'hll',
            on: 'counts',
            params: skip,
            expr: (g) => hllKeysExpr(g.col.explode().struct.nth(0), o.hllPrecision, skip),
          }
        : {
            k: 'hll',
            on: 'data',
            params: skip,
            expr: (g) => hllKeysExpr(g.values.dropNulls(), o.hllPrecision, skip),
          },
    );
  }

  const shares: Partial<Record<PatternType, number>> = {};
  if (p.kind === 'string') for (const t of patternTypes) shares[t] = num(r1[a(`re_${t}`)]);
  const semantic = classify({
    kind: p.kind,
    count,
    distinct: exactDistinct,
    shares,
    meanLength: p.kind === 'string' ? num(r1[a('lmean')]) : null,
    isInteger,
  });
  // The sample named the type; the share reported (and learned from) is over every value. It is
  // matched over the value counts, each distinct value once: count-weighted, the same quotient of
  // two integers as the mean over the rows.
  if (semantic.share !== null && p.kind === 'string') {
    const pattern = semanticPatterns[semantic.type as PatternType];
    wanted.push({
      k: 'share',
      on: 'counts',
      params: pattern,
      expr: (g) => {
        const items = g.col.explode();
        const n = items.struct.nth(1).cast(pl.Float64);
        // Named by the value field, that is by the column.
        return items.struct.nth(0).str.contains(pattern).cast(pl.Float64).mul(n).sum().div(n.sum());
      },
    });
  }

  return {
    info: p,
    distinct: exactDistinct,
    nullCount,
    metrics: wanted,
    finish: (r2) => {
      const hll = r2[a('hll')] ? hllFromKeys(r2[a('hll')] as number[], o.hllPrecision) : null;
      const distinct =
        overLimit && hll
          ? { count: hllEstimate(hll), approximate: true }
          : { count: exactDistinct, approximate: false };
      const top = r2[a('top')] ? topValues(r2[a('top')] as TopLists, p) : null;
      const order = orderState(p, r1, r2, count, exactDistinct);
      const moments: Moments | null =
        hasNumbers && fin > 0
          ? {
              n: fin,
              mean: num(r1[a('mean')]),
              m2: fin > 1 ? num(r1[a('var')]) * (fin - 1) : 0,
              sum: num(r1[a('sum')]),
              min,
              max,
            }
          : null;
      let numeric: ColumnProfile['numeric'] = null;
      let sketch: ColumnProfile['state']['sketch'] = null;
      if (moments) {
        const stats = (r2[a('os')] as number[]).map(num);
        const index = ranks!.index;
        const at = (r: number): number => stats[index.get(r)!]!;
        const grid = gridFromOrderStats(fin, at);
        sketch = {
          n: fin,
          points: ranks!.sketch.map(at),
          exact: fin <= o.sketchSize,
        };
        numeric = {
          unit: p.kind === 'temporal' ? 'ms' : 'value',
          count: fin,
          nonFiniteCount: count - fin,
          min,
          max,
          sum: moments.sum,
          mean: moments.mean,
          std: fin > 1 ? Math.sqrt(Math.max(num(r1[a('var')]), 0)) : null,
          quantiles: namedFromGrid(grid),
          quantileGrid: grid,
          quantilesApproximate: false,
          histogram: {
            edges,
            counts: histogramCounts(r2[a('hist')] as Row[] | undefined, edges, fin),
            approximate: false,
          },
        };
      }
      const lengths =
        p.kind === 'string' && count > 0
          ? { min: num(r1[a('lmin')]), max: num(r1[a('lmax')]), mean: num(r1[a('lmean')]) }
          : null;
      const lengthMoments: Moments | null =
        lengths && count > 0
          ? {
              n: count,
              mean: lengths.mean,
              m2: count > 1 ? num(r1[a('lvar')]) * (count - 1) : 0,
              sum: num(r1[a('lsum')]),
              min: lengths.min,
              max: lengths.max,
            }
          : null;
      const listed = top?.reduce((s, t) => s + t.count, 0) ?? 0;
      return {
        name: p.name,
        dtype: p.dtype,
        kind: p.kind,
        count,
        nullCount,
        nullFraction: count + nullCount === 0 ? 0 : nullCount / (count + nullCount),
        distinct,
        numeric,
        temporalRange: temporalRange(p, moments),
        lengths,
        topValues: top,
        otherCount: top ? count - listed : null,
        topValuesComplete: complete,
        topValuesApproximate: false,
        semanticType: semantic.type,
        semanticShare: semantic.share === null ? null : num(r2[a('share')] ?? semantic.share),
        ...monotonicity(order),
        state: { moments, lengthMoments, hll, sketch, order },
      };
    },
  };
}

function histogramCounts(rows: Row[] | undefined, edges: number[], fin: number): number[] {
  if (edges.length <= 2) return [fin];
  const counts = new Array<number>(edges.length - 1).fill(0);
  for (const r of rows ?? []) {
    const bin = Object.values(r)[0];
    if (bin !== null && bin !== undefined) counts[Math.min(num(bin), counts.length - 1)]! += num(r[COUNT]);
  }
  return counts;
}

/** Sorted by count desc, then value, so equal counts list in a stable order. */
function topValues(t: TopLists, p: ColumnInfo): TopValue[] {
  const out = t.values.map((v, i) => ({ value: jsonValue(v, p.dtype), count: num(t.counts[i]) }));
  return out.sort((x, y) => y.count - x.count || (x.value < y.value ? -1 : x.value > y.value ? 1 : 0));
}

function jsonValue(v: unknown, dtype: string): string | number | boolean {
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return dtype === 'Date' ? v.toISOString().slice(0, 10) : v.toISOString();
  if (typeof v === 'number') return topNumber(v);
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}

function orderState(p: ColumnInfo, r1: Row, r2: Row, count: number, distinct: number): OrderState | null {
  const a = (k: string): string => metric(k, p.name);
  const first = r1[a('first')];
  if (count === 0 || first === undefined || first === null) return null;
  const hasNumbers = p.kind === 'numeric' || p.kind === 'temporal';
  const value = (v: unknown): number | string | boolean =>
    hasNumbers ? num(v) : (jsonValue(v, p.dtype) as number | string | boolean);
  if (hasNumbers) {
    const dmin = r1[a('dmin')];
    const dmax = r1[a('dmax')];
    const single = dmin === null || dmin === undefined;
    return {
      first: value(first),
      last: value(r1[a('last')]),
      nonDecreasing: single || num(dmin) >= 0,
      nonIncreasing: single || num(dmax) <= 0,
      strictlyIncreasing: single || num(dmin) > 0,
      strictlyDecreasing: single || num(dmax) < 0,
    };
  }
  // In sorted order, ties are exactly duplicates: strictness needs no second comparison.
  const noTies = distinct === count;
  // Tested in pass 3 when the ends allow it (orderTests), or by the stacked layout in pass 1.
  // Untested, the ends are equal or point the other way: ordered only if constant.
  const constant = distinct <= 1;
  const settled = (k: 'ge' | 'le'): boolean => {
    const tested = r2[a(k)] ?? r1[a(k)];
    return tested === undefined || tested === null ? constant : tested !== false;
  };
  const ge = settled('ge');
  const le = settled('le');
  return {
    first: value(first),
    last: value(r1[a('last')]),
    nonDecreasing: ge,
    nonIncreasing: le,
    strictlyIncreasing: ge && noTies,
    strictlyDecreasing: le && noTies,
  };
}
