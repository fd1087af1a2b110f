import { VERSION } from '../version.ts';
import { hllEstimate, mergeHll } from './hll.ts';
import { mergeMoments, stdOf } from './moments.ts';
import { monotonicity, temporalRange } from './derive.ts';
import { histogramEdges, mergeSketches, namedFromGrid } from './sketch.ts';
import {
  PROFILE_SCHEMA_VERSION,
  type ColumnProfile,
  type Histogram,
  type NumericSummary,
  type OrderState,
  type Profile,
  type SemanticType,
  type TopValue,
} from './types.ts';

/**
 * Merges profiles of parts of one dataset (files, partitions) in row order. Exact: rows, counts,
 * nulls, sums, min/max, moments (Chan), order, top values when every part kept all its values.
 * Approximate (and marked so): distinct counts from merged HyperLogLog registers, quantiles and
 * histograms from merged sketches, duplicate rows (a lower bound: duplicates across parts are
 * not seen).
 */
export function mergeProfiles(parts: Profile[]): Profile {
  if (parts.length === 0) throw new Error('mergeProfiles needs at least one profile');
  if (parts.length === 1) return parts[0]!;
  const first = parts[0]!;
  const names: string[] = [];
  for (const p of parts) for (const c of p.columns) if (!names.includes(c.name)) names.push(c.name);
  const rows = parts.reduce((s, p) => s + p.table.rows, 0);
  const columns = names.map((name) =>
    mergeColumn(
      parts.map((p) => ({ rows: p.table.rows, column: p.columns.find((c) => c.name === name) })),
      first.options,
    ),
  );
  return {
    schemaVersion: PROFILE_SCHEMA_VERSION,
    tool: { name: 'truthgate', version: VERSION },
    createdAt: new Date().toISOString(),
    source: first.source,
    parts: parts.reduce((s, p) => s + p.parts, 0),
    options: first.options,
    table: {
      rows,
      columns: names.length,
      duplicateRows: parts.reduce((s, p) => s + p.table.duplicateRows, 0),
      duplicateRowsApproximate: true,
    },
    columns,
    durationMs: parts.reduce((s, p) => s + p.durationMs, 0),
  };
}

interface Part {
  rows: number;
  /** Absent when the part lacks the column (its rows count as nulls, as in the unioned source). */
  column: ColumnProfile | undefined;
}

function mergeColumn(parts: Part[], options: Profile['options']): ColumnProfile {
  const present = parts.map((p) => p.column).filter((c): c is ColumnProfile => c !== undefined);
  const base = present[0]!;
  const count = sum(present.map((c) => c.count));
  const nullCount = parts.reduce((s, p) => s + (p.column ? p.column.nullCount : p.rows), 0);
  const top = mergeTop(present, options.topK);
  const moments = mergeMoments(present.map((c) => c.state.moments));
  const lengthMoments = mergeMoments(present.map((c) => c.state.lengthMoments));
  const hlls = present.flatMap((c) => (c.state.hll ? [c.state.hll] : []));
  const hll = hlls.length > 0 ? mergeHll(hlls) : null;
  const order = mergeOrder(present.map((c) => c.state.order));
  const numeric = moments ? mergeNumeric(present, moments, options) : null;
  const semantic = mergeSemantic(present);
  return {
    name: base.name,
    dtype: base.dtype,
    kind: base.kind,
    count,
    nullCount,
    nullFraction: count + nullCount === 0 ? 0 : nullCount / (count + nullCount),
    distinct: mergeDistinct(present, top, hll),
    numeric,
    temporalRange: temporalRange(base, moments),
    lengths: lengthMoments
      ? { min: lengthMoments.min, max: lengthMoments.max, mean: lengthMoments.mean }
      : null,
    topValues: top?.values ?? null,
    otherCount: top ? count - sum(top.values.map((t) => t.count)) : null,
    topValuesComplete: top?.complete ?? false,
    topValuesApproximate: top ? !top.exact : false,
    semanticType: semantic.type,
    semanticShare: semantic.share,
    ...monotonicity(order),
    state: {
      moments,
      lengthMoments,
      hll,
      sketch: numeric ? numeric.sketch : null,
      order,
    },
  };
}

function sum(xs: number[]): number {
  return xs.reduce((s, x) => s + x, 0);
}

interface MergedTop {
  values: TopValue[];
  /** Every distinct value of the whole is listed. */
  complete: boolean;
  /** Counts are exact (every part listed every value). */
  exact: boolean;
  /** Number of distinct values seen in the lists. */
  seen: number;
}

function mergeTop(cols: ColumnProfile[], topK: number): MergedTop | null {
  if (cols.some((c) => c.topValues === null)) return null;
  const counts = new Map<string, TopValue>();
  for (const c of cols) {
    for (const t of c.topValues!) {
      const key = `${typeof t.value}:${String(t.value)}`;
      const e = counts.get(key);
      if (e) e.count += t.count;
      else counts.set(key, { ...t });
    }
  }
  const exact = cols.every((c) => c.topValuesComplete);
  const sorted = [...counts.values()].sort(
    (x, y) => y.count - x.count || (x.value < y.value ? -1 : x.value > y.value ? 1 : 0),
  );
  return {
    values: sorted.slice(0, topK),
    complete: exact && sorted.length <= topK,
    exact,
    seen: sorted.length,
  };
}

/** Exact union when all parts listed every value; else the HLL estimate (never below what was seen). */
function mergeDistinct(
  cols: ColumnProfile[],
  top: MergedTop | null,
  hll: ColumnProfile['state']['hll'],
): ColumnProfile['distinct'] {
  if (top?.exact) return { count: top.seen, approximate: false };
  const seen = top?.seen ?? 0;
  const estimate = hll ? hllEstimate(hll) : Math.max(...cols.map((c) => c.distinct.count));
  return { count: Math.max(estimate, seen), approximate: true };
}

function mergeNumeric(
  cols: ColumnProfile[],
  m: NonNullable<ReturnType<typeof mergeMoments>>,
  options: Profile['options'],
): NumericSummary & { sketch: NonNullable<ColumnProfile['state']['sketch']> } {
  const nums = cols.flatMap((c) => (c.numeric && c.state.sketch ? [c] : []));
  const merged = mergeSketches(
    nums.map((c) => c.state.sketch!),
    options.sketchSize,
  );
  const allExact = nums.every((c) => c.state.sketch!.exact && !c.numeric!.quantilesApproximate);
  const grid = merged.grid;
  return {
    unit: nums[0]!.numeric!.unit,
    count: m.n,
    nonFiniteCount: sum(cols.map((c) => c.numeric?.nonFiniteCount ?? 0)),
    min: m.min,
    max: m.max,
    sum: m.sum,
    mean: m.mean,
    std: stdOf(m),
    quantiles: namedFromGrid(grid),
    quantileGrid: grid,
    quantilesApproximate: !allExact,
    histogram: mergeHistograms(
      nums.map((c) => c.numeric!.histogram),
      histogramEdges(m.min, m.max, options.histogramBins),
      merged.histogram,
    ),
    sketch: merged.sketch,
  };
}

/** Same edges in every part: counts add exactly. Otherwise re-bin from the merged sketch. */
function mergeHistograms(
  parts: Histogram[],
  edges: number[],
  fromSketch: (edges: number[]) => Histogram,
): Histogram {
  const same = parts.every((h) => h.edges.length === edges.length && h.edges.every((e, i) => e === edges[i]));
  if (!same) return fromSketch(edges);
  return {
    edges,
    counts: edges.slice(1).map((_, i) => sum(parts.map((h) => h.counts[i] ?? 0))),
    approximate: parts.some((h) => h.approximate),
  };
}

/** Parts are in row order: the whole is ordered when each part is and the seams are too. */
function mergeOrder(orders: (OrderState | null)[]): OrderState | null {
  let acc: OrderState | null = null;
  for (const o of orders) {
    if (!o) continue;
    if (!acc) {
      acc = { ...o };
      continue;
    }
    acc = {
      first: acc.first,
      last: o.last,
      nonDecreasing: acc.nonDecreasing && o.nonDecreasing && acc.last <= o.first,
      nonIncreasing: acc.nonIncreasing && o.nonIncreasing && acc.last >= o.first,
      strictlyIncreasing: acc.strictlyIncreasing && o.strictlyIncreasing && acc.last < o.first,
      strictlyDecreasing: acc.strictlyDecreasing && o.strictlyDecreasing && acc.last > o.first,
    };
  }
  return acc;
}

/** The type most values carry; its share is the count-weighted share over the parts. */
function mergeSemantic(cols: ColumnProfile[]): { type: SemanticType | null; share: number | null } {
  const weight = new Map<SemanticType | null, number>();
  for (const c of cols) weight.set(c.semanticType, (weight.get(c.semanticType) ?? 0) + c.count);
  const type = [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const total = sum(cols.map((c) => c.count));
  if (type === null || total === 0 || cols.some((c) => c.semanticShare === null && c.semanticType === type)) {
    return { type, share: null };
  }
  const share =
    sum(cols.map((c) => (c.semanticType === type ? (c.semanticShare ?? 0) * c.count : 0))) / total;
  return { type, share };
}
