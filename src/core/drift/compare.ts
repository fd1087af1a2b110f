import pl from 'nodejs-polars';
import { collectFrom, compareKind, materialize, readSchema } from '../compare/frame.ts';
import { TruthgateError } from '../errors.ts';
import type { Profile } from '../profile/types.ts';
import type { OpenedSource } from '../sources/open.ts';
import { VERSION } from '../version.ts';
import {
  DEFAULT_MAX_DRIFTED_SHARE,
  DEFAULT_THRESHOLDS,
  DRIFT_SCHEMA_VERSION,
  type ColumnDrift,
  type DriftMethod,
  type DriftReport,
  type MethodChoice,
  type Thresholds,
} from './schema.ts';
import { columnMetrics, cutPoints, gridPoints, type Evidence } from './judge.ts';
import {
  currentCategories,
  exactKs,
  numericCounts,
  quantileGrids,
  sideFromProfile,
  topValues,
  type CategoricalSide,
  type ColumnSide,
  type NumericSide,
} from './sides.ts';

export interface DriftOptions {
  /** Columns to compare (default: every column of either side). */
  columns?: string[];
  method?: MethodChoice;
  thresholds?: Partial<Thresholds>;
  /** Dataset drift when the share of drifted columns exceeds this (default 0: any column). */
  maxDriftedShare?: number;
}

type Kind = 'numeric' | 'categorical' | 'other';

/** Temporal columns drift like numbers (as milliseconds); strings and booleans by value counts. */
function driftKind(dtype: string): Kind {
  const k = compareKind(dtype);
  return k === 'temporal' ? 'numeric' : k;
}

const APPLICABLE: Record<'numeric' | 'categorical', DriftMethod[]> = {
  numeric: ['ks', 'psi', 'chi2', 'js', 'wasserstein', 'hellinger', 'tv'],
  categorical: ['psi', 'chi2', 'js', 'hellinger', 'tv'],
};
const AUTO: Record<'numeric' | 'categorical', DriftMethod[]> = {
  numeric: ['psi', 'ks'],
  categorical: ['chi2', 'js'],
};

function isProfile(x: OpenedSource | Profile): x is Profile {
  return 'schemaVersion' in x && !('lazy' in x);
}

export interface Planned {
  column: string;
  kind: 'numeric' | 'categorical';
  base: { name: string; dtype: string };
  cur: { name: string; dtype: string };
  methods: DriftMethod[];
}

/**
 * Per-column drift of `current` against a baseline source or a saved profile, plus a dataset
 * verdict. Each side is read once; statistics are fused polars selects and joins (see sides.ts),
 * and the formulas in metrics.ts combine the resulting counts.
 */
export async function driftCompare(
  baseline: OpenedSource | Profile,
  current: OpenedSource,
  opts: DriftOptions = {},
): Promise<DriftReport> {
  const t0 = performance.now();
  const thresholds: Thresholds = { ...DEFAULT_THRESHOLDS, ...opts.thresholds };
  const profile = isProfile(baseline) ? baseline : undefined;
  const source = isProfile(baseline) ? undefined : baseline;
  const [curSchema, baseSchema] = await Promise.all([
    readSchema(current),
    profile ? Object.fromEntries(profile.columns.map((c) => [c.name, c.dtype])) : readSchema(source!),
  ]);
  const { names, results, planned } = await planDrift(baseSchema, curSchema, opts, async (mismatched) =>
    Promise.all([
      profile ? new Map(profile.columns.map((c) => [c.name, c.count])) : nonNullCounts(source!, mismatched),
      nonNullCounts(current, mismatched),
    ]),
  );

  const cols = planned.map((p) => p.column);
  const [curDf, baseDf] = await Promise.all([
    materialize(current, cols),
    source ? materialize(source, cols) : Promise.resolve(undefined),
  ]);
  const baseSides = profile
    ? new Map(
        planned.map((p) => [
          p.column,
          sideFromProfile(
            profile.columns.find((c) => c.name === p.column)!,
            p.kind,
          ),
        ]),
      )
    : await sourceSides(baseDf!, planned);
  const evidence = await currentEvidence(curDf, baseDf, planned, baseSides);
  for (const p of planned) {
    results.set(p.column, columnMetrics(p.column, p.kind, p.methods, evidence.get(p.column)!, thresholds));
  }

  return driftReport({
    names,
    results,
    opts,
    thresholds,
    baseline: profile
      ? { kind: 'profile', name: profile.source.name, uri: profile.source.uri, rows: profile.table.rows }
      : { kind: 'source', name: source!.name, uri: source!.uri, rows: await height(source!, baseDf!, cols) },
    current: { name: current.name, uri: current.uri, rows: await height(current, curDf, cols) },
    t0,
  });
}

/** The report from every column's verdict: the dataset drifts past the tolerated share or on schema drift. */
export function driftReport(r: {
  names: string[];
  results: Map<string, ColumnDrift>;
  opts: DriftOptions;
  thresholds: Thresholds;
  baseline: DriftReport['baseline'];
  current: DriftReport['current'];
  t0: number;
}): DriftReport {
  const columns = r.names.map((c) => r.results.get(c)!);
  const judged = columns.filter((c) => c.status !== 'new' && c.status !== 'skipped');
  const driftedCount = judged.filter((c) => c.status !== 'ok').length;
  const share = judged.length ? driftedCount / judged.length : 0;
  const maxShare = r.opts.maxDriftedShare ?? DEFAULT_MAX_DRIFTED_SHARE;
  const schemaDrift = columns.some((c) => c.status === 'missing' || c.status === 'retyped');
  return {
    schemaVersion: DRIFT_SCHEMA_VERSION,
    kind: 'drift',
    tool: { name: 'truthgate', version: VERSION },
    baseline: r.baseline,
    current: r.current,
    method: r.opts.method ?? 'auto',
    thresholds: r.thresholds,
    columns,
    dataset: {
      columns: judged.length,
      driftedColumns: driftedCount,
      driftedShare: share,
      maxDriftedShare: maxShare,
      schemaDrift,
      drifted: share > maxShare || schemaDrift,
    },
    durationMs: Math.round(performance.now() - r.t0),
  };
}

/**
 * Which columns are compared and how, from the two schemas alone; a column whose kind differs is
 * judged from its non-null counts on each side (`nonNullOf`: baseline, current). Shared by the
 * polars comparison above and the SQL one (drift/sql-drift.ts).
 */
export async function planDrift(
  baseSchema: Record<string, string>,
  curSchema: Record<string, string>,
  opts: DriftOptions,
  nonNullOf: (columns: string[]) => Promise<[Map<string, number>, Map<string, number>]>,
): Promise<{ names: string[]; results: Map<string, ColumnDrift>; planned: Planned[] }> {
  const method = opts.method ?? 'auto';
  const names = opts.columns ?? [
    ...Object.keys(baseSchema),
    ...Object.keys(curSchema).filter((c) => !(c in baseSchema)),
  ];
  for (const c of names) {
    if (!(c in baseSchema) && !(c in curSchema)) {
      throw new TruthgateError('TG_DRIFT_COLUMN', {
        column: c,
        available: [...new Set([...Object.keys(baseSchema), ...Object.keys(curSchema)])].join(', '),
      });
    }
  }

  const results = new Map<string, ColumnDrift>();
  const planned: Planned[] = [];
  const mismatched: {
    column: string;
    kind: Kind;
    skeleton: (s: ColumnDrift['status'], k: Kind, r?: string) => ColumnDrift;
  }[] = [];
  for (const column of names) {
    const bd = baseSchema[column];
    const cd = curSchema[column];
    const skeleton = (status: ColumnDrift['status'], kind: Kind, reason?: string): ColumnDrift => ({
      column,
      kind,
      status,
      baseline: null,
      current: null,
      metrics: [],
      ...(reason ? { reason } : {}),
    });
    if (bd === undefined || cd === undefined) {
      const status = bd === undefined ? 'new' : 'missing';
      results.set(column, skeleton(status, driftKind((bd ?? cd)!)));
      continue;
    }
    const kb = driftKind(bd);
    const kc = driftKind(cd);
    if (kb === 'other' || kc === 'other') {
      results.set(column, skeleton('skipped', 'other', `dtype ${kb === 'other' ? bd : cd} is not compared`));
    } else if (kb !== kc) {
      mismatched.push({ column, kind: kb, skeleton });
    } else {
      const methods = method === 'auto' ? AUTO[kb] : APPLICABLE[kb].filter((m) => m === method);
      if (methods.length === 0)
        results.set(column, skeleton('skipped', kb, `${method} applies to numeric columns only`));
      else
        planned.push({
          column,
          kind: kb,
          base: { name: column, dtype: bd },
          cur: { name: column, dtype: cd },
          methods,
        });
    }
  }

  // A column without values has no real type (CSV reads it as text): that is "no values", not a retype.
  if (mismatched.length) {
    const names = mismatched.map((m) => m.column);
    const [baseN, curN] = await nonNullOf(names);
    for (const m of mismatched) {
      const [b, c] = [baseN.get(m.column) ?? 0, curN.get(m.column) ?? 0];
      const bd = baseSchema[m.column]!;
      const cd = curSchema[m.column]!;
      results.set(
        m.column,
        b === 0 && c === 0
          ? m.skeleton('skipped', m.kind, 'no values on either side')
          : b === 0 || c === 0
            ? m.skeleton('drift', m.kind, `no values in the ${b === 0 ? 'baseline' : 'current data'}`)
            : m.skeleton('retyped', m.kind, `${bd} -> ${cd}`),
      );
    }
  }

  return { names, results, planned };
}

async function nonNullCounts(source: OpenedSource, names: string[]): Promise<Map<string, number>> {
  const out = await collectFrom(
    source,
    source.lazy().select(...names.map((c) => pl.col(c).count().alias(c))),
  );
  const row = out.toRecords()[0] as Record<string, unknown>;
  return new Map(names.map((c) => [c, Number(row[c] ?? 0)]));
}

/** Rows of a side: the frame's height, or a count query when no column was read. */
async function height(source: OpenedSource, df: pl.DataFrame, cols: string[]): Promise<number> {
  if (cols.length) return df.height;
  const out = await collectFrom(source, source.lazy().select(pl.len().alias('n')));
  return Number(out.getColumn('n').get(0));
}

/** Baseline statistics from the baseline data, in the same shape a saved profile provides. */
async function sourceSides(df: pl.DataFrame, planned: Planned[]): Promise<Map<string, ColumnSide>> {
  const numeric = planned.filter((p) => p.kind === 'numeric').map((p) => p.base);
  const categorical = planned.filter((p) => p.kind === 'categorical').map((p) => p.base);
  const [counts, cats] = await Promise.all([numericCounts(df, numeric), topValues(df, categorical)]);
  const grids = await quantileGrids(
    df,
    numeric.map((c) => ({ ...c, count: counts.get(c.name)!.count })),
  );
  const out = new Map<string, ColumnSide>();
  for (const c of numeric) {
    const k = counts.get(c.name)!;
    out.set(c.name, {
      kind: 'numeric',
      dtype: c.dtype,
      count: k.count,
      nullFraction: k.rows ? k.nulls / k.rows : 0,
      std: k.std,
      grid: grids.get(c.name) ?? null,
    });
  }
  for (const c of categorical) {
    const v = cats.get(c.name)!;
    out.set(c.name, {
      kind: 'categorical',
      dtype: c.dtype,
      nullFraction: df.height ? 1 - v.count / df.height : 0,
      ...v,
    });
  }
  return out;
}

/**
 * The current side, counted against the baseline: numeric values into the baseline's decile bins
 * (and at its grid points when only a profile is known), categories joined to the baseline list.
 * With baseline data at hand, bins are counted on both sides and KS is exact.
 */
async function currentEvidence(
  cur: pl.DataFrame,
  base: pl.DataFrame | undefined,
  planned: Planned[],
  baseSides: Map<string, ColumnSide>,
): Promise<Map<string, Evidence>> {
  const numeric = planned.filter((p) => p.kind === 'numeric');
  const categorical = planned.filter((p) => p.kind === 'categorical');
  const specs = numeric.map((p) => {
    const grid = (baseSides.get(p.column) as NumericSide).grid;
    const cuts = grid ? cutPoints(grid) : [];
    const points = grid && !base && p.methods.includes('ks') ? gridPoints(grid) : [];
    return { p, cuts, points };
  });
  const [curCounts, baseCounts, cats] = await Promise.all([
    numericCounts(
      cur,
      specs.map((s) => ({ ...s.p.cur, le: [...s.cuts, ...s.points], lt: s.points })),
    ),
    base
      ? numericCounts(
          base,
          specs.map((s) => ({ ...s.p.base, le: s.cuts })),
        )
      : undefined,
    currentCategories(
      cur,
      categorical.map((p) => ({
        ...p.cur,
        baseline: (baseSides.get(p.column) as CategoricalSide).top.map((t) => t.value),
      })),
    ),
  ]);
  const needGrid = numeric.filter((p) => p.methods.includes('wasserstein'));
  const needKs = base ? specs.filter((s) => s.p.methods.includes('ks')) : [];
  const [curGrids, ks] = await Promise.all([
    quantileGrids(
      cur,
      needGrid.map((p) => ({ ...p.cur, count: curCounts.get(p.column)!.count })),
    ),
    Promise.all(
      needKs.map((s) =>
        exactKs(
          base!,
          cur,
          { ...s.p.base, count: baseCounts!.get(s.p.column)!.count },
          { ...s.p.cur, count: curCounts.get(s.p.column)!.count },
        ),
      ),
    ),
  ]);
  const out = new Map<string, Evidence>();
  for (const s of specs) {
    const c = curCounts.get(s.p.column)!;
    const n = s.cuts.length;
    const ksIdx = needKs.indexOf(s);
    out.set(s.p.column, {
      kind: 'numeric',
      baseline: baseSides.get(s.p.column) as NumericSide,
      current: { dtype: s.p.cur.dtype, count: c.count, nullFraction: c.rows ? c.nulls / c.rows : 0 },
      cuts: s.cuts,
      baselineAtCuts: baseCounts ? baseCounts.get(s.p.column)!.le : null,
      currentAtCuts: c.le.slice(0, n),
      points: s.points,
      currentLe: c.le.slice(n),
      currentLt: c.lt,
      currentGrid: curGrids.get(s.p.column) ?? null,
      exactKs: ksIdx >= 0 ? ks[ksIdx]! : null,
    });
  }
  for (const p of categorical) {
    const c = cats.get(p.column)!;
    out.set(p.column, {
      kind: 'categorical',
      baseline: baseSides.get(p.column) as CategoricalSide,
      current: {
        dtype: p.cur.dtype,
        count: c.count,
        nullFraction: cur.height ? 1 - c.count / cur.height : 0,
      },
      categories: c,
    });
  }
  return out;
}
