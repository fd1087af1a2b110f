import { quoteIdent, quoteString } from '../expr/sql.ts';
import { sqlNumbers, sqlOrderStats } from '../profile/sql-profile.ts';
import { gridFromOrderStats, gridRanks } from '../profile/sketch.ts';
import type { Profile } from '../profile/types.ts';
import type { SqlSource } from '../sources/sql/open.ts';
import { toNumber } from '../toolkit/numbers.ts';
import { driftReport, planDrift, type DriftOptions, type Planned } from './compare.ts';
import { columnMetrics, cutPoints, gridPoints, type Evidence } from './judge.ts';
import { DEFAULT_THRESHOLDS, type DriftReport, type Thresholds } from './schema.ts';
import { sideFromProfile, type CategoricalSide, type NumericSide } from './sides.ts';

/**
 * Drift of a SQL source (the current data) against a baseline profile, counted inside the
 * database: one aggregate query for every column's counts at the baseline's cut and grid points,
 * one for the baseline's listed categories, one for new categories and (for wasserstein) one for
 * order statistics. The baseline is a profile (saved, or a source profiled where it lives), so KS
 * is read at its grid points, as for any saved profile (docs/drift.md).
 */
export async function driftSqlCurrent(
  baseline: Profile,
  current: SqlSource,
  opts: DriftOptions = {},
  baselineAs: DriftReport['baseline']['kind'] = 'profile',
): Promise<DriftReport> {
  const t0 = performance.now();
  const thresholds: Thresholds = { ...DEFAULT_THRESHOLDS, ...opts.thresholds };
  const baseSchema = Object.fromEntries(baseline.columns.map((c) => [c.name, c.dtype]));
  const { names, results, planned } = await planDrift(baseSchema, current.schema, opts, async (columns) => [
    new Map(baseline.columns.map((c) => [c.name, c.count])),
    await nonNullCounts(current, columns),
  ]);
  const sides = new Map(
    planned.map((p) => [
      p.column,
      sideFromProfile(
        baseline.columns.find((c) => c.name === p.column)!,
        p.kind,
      ),
    ]),
  );
  const { rows, evidence } = await currentEvidence(current, planned, sides);
  for (const p of planned)
    results.set(p.column, columnMetrics(p.column, p.kind, p.methods, evidence.get(p.column)!, thresholds));
  return driftReport({
    names,
    results,
    opts,
    thresholds,
    baseline: {
      kind: baselineAs,
      name: baseline.source.name,
      uri: baseline.source.uri,
      rows: baseline.table.rows,
    },
    current: { name: current.name, uri: current.uri, rows },
    t0,
  });
}

async function nonNullCounts(source: SqlSource, columns: string[]): Promise<Map<string, number>> {
  const d = source.dialect;
  const parts = columns.map((c, i) => `count(${quoteIdent(d, c)}) AS n_${i}`);
  const [r] = await source.session.query(`SELECT ${parts.join(', ') || '1 AS x'} FROM ${source.from}`);
  return new Map(columns.map((c, i) => [c, toNumber(r?.[`n_${i}`]) ?? 0]));
}

async function currentEvidence(
  source: SqlSource,
  planned: Planned[],
  sides: Map<string, NumericSide | CategoricalSide>,
): Promise<{ rows: number; evidence: Map<string, Evidence> }> {
  const d = source.dialect;
  const numeric = planned
    .filter((p) => p.kind === 'numeric')
    .map((p) => {
      const grid = (sides.get(p.column) as NumericSide).grid;
      const cuts = grid ? cutPoints(grid) : [];
      const points = grid && p.methods.includes('ks') ? gridPoints(grid) : [];
      return { p, x: sqlNumbers(d, p.column, p.cur.dtype)!, cuts, points };
    });
  const categorical = planned
    .filter((p) => p.kind === 'categorical')
    .map((p) => ({
      p,
      q: quoteIdent(d, p.column),
      listed: (sides.get(p.column) as CategoricalSide).top.map((t) => t.value),
    }));

  const outputs = ['count(*) AS rows'];
  numeric.forEach(({ p, x }, i) => {
    outputs.push(
      `count(${x}) AS n_${i}`,
      `count(*) - count(${quoteIdent(d, p.column)}) AS nulls_${i}`,
      `stddev_samp(${x}) AS std_${i}`,
    );
  });
  categorical.forEach(({ q }, i) => outputs.push(`count(${q}) AS cn_${i}`));
  const [r = {}] = await source.session.query(`SELECT ${outputs.join(', ')} FROM ${source.from}`);
  const n = (k: string) => toNumber(r[k]) ?? 0;
  const rows = n('rows');
  const atPoints = await countsAtPoints(
    source,
    numeric.map(({ x, cuts, points }) => ({ x, points: [...new Set([...cuts, ...points])] })),
  );

  const text = (q: string) => `CAST(${q} AS ${d.types.String})`;
  const inList = (values: string[]) =>
    values.length ? `IN (${values.map(quoteString).join(', ')})` : 'IN (NULL)';
  const counted = (filter: (c: (typeof categorical)[number]) => string) =>
    categorical.map(
      (c, i) =>
        `SELECT ${i} AS k, ${text(c.q)} AS v, count(*) AS n FROM ${source.from} WHERE ${c.q} IS NOT NULL AND ${filter(c)} GROUP BY ${text(c.q)}`,
    );
  const [matched, fresh] = categorical.length
    ? [
        await source.session.query(counted((c) => `${text(c.q)} ${inList(c.listed)}`).join('\nUNION ALL\n')),
        await source.session.query(
          `SELECT k, v, n FROM (SELECT k, v, n, row_number() OVER (PARTITION BY k ORDER BY n DESC, v) AS rk FROM (${counted(
            (c) => `NOT (${text(c.q)} ${inList(c.listed)})`,
          ).join('\nUNION ALL\n')}) AS tg_new) AS tg_ranked WHERE rk <= 10`,
        ),
      ]
    : [[], []];
  const grids = await sqlOrderStats(
    source,
    numeric.map(({ p, x }, i) => ({
      numbers: x,
      ranks: p.methods.includes('wasserstein') && n(`n_${i}`) > 0 ? gridRanks(n(`n_${i}`)) : [],
    })),
  );

  const evidence = new Map<string, Evidence>();
  numeric.forEach(({ p, cuts, points }, i) => {
    const count = n(`n_${i}`);
    const at = atPoints[i]!;
    const le = [...cuts, ...points].map((c) => at.get(c)?.le ?? 0);
    const stats = grids[i]!;
    evidence.set(p.column, {
      kind: 'numeric',
      baseline: sides.get(p.column) as NumericSide,
      current: { dtype: p.cur.dtype, count, nullFraction: rows ? n(`nulls_${i}`) / rows : 0 },
      cuts,
      baselineAtCuts: null,
      currentAtCuts: le.slice(0, cuts.length),
      points,
      currentLe: le.slice(cuts.length),
      currentLt: points.map((c) => at.get(c)?.lt ?? 0),
      currentGrid: stats.size ? gridFromOrderStats(count, (rank) => stats.get(rank)!) : null,
      exactKs: null,
    });
  });
  categorical.forEach(({ p, listed }, i) => {
    const count = n(`cn_${i}`);
    const byValue = new Map(
      matched.filter((m) => toNumber(m.k) === i).map((m) => [String(m.v), toNumber(m.n) ?? 0]),
    );
    const counts = listed.map((v) => byValue.get(v) ?? 0);
    evidence.set(p.column, {
      kind: 'categorical',
      baseline: sides.get(p.column) as CategoricalSide,
      current: { dtype: p.cur.dtype, count, nullFraction: rows ? 1 - count / rows : 0 },
      categories: {
        count,
        matched: counts,
        unlisted: count - counts.reduce((s, x) => s + x, 0),
        newTop: fresh
          .filter((m) => toNumber(m.k) === i)
          .map((m) => ({ value: String(m.v), count: toNumber(m.n) ?? 0 }))
          .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)),
      },
    });
  });
  return { rows, evidence };
}

/**
 * How many finite values of each column lie at or below (`le`) and strictly below (`lt`) each of
 * its points, for every column in one query: the points are merged into the sorted values and a
 * running count read at each (two sorts), instead of one comparison per value and point.
 */
async function countsAtPoints(
  source: SqlSource,
  columns: { x: string; points: number[] }[],
): Promise<Map<number, { le: number; lt: number }>[]> {
  const d = source.dialect;
  const double = d.types.Float64;
  const int = d.types.Int32;
  const parts = columns.flatMap(({ x, points }, k) =>
    points.length === 0
      ? []
      : [
          `SELECT ${k} AS k, CAST(NULL AS ${int}) AS j, ${x} AS v, 1 AS d FROM ${source.from} WHERE ${x} IS NOT NULL`,
          `SELECT ${k} AS k, j, p AS v, 0 AS d FROM (VALUES ${points
            .map((p, j) => `(${j}, CAST(${String(p)} AS ${double}))`)
            .join(', ')}) AS ${quoteIdent(d, `tg_points${k}`)}(j, p)`,
        ],
  );
  const out = columns.map(() => new Map<number, { le: number; lt: number }>());
  if (parts.length === 0) return out;
  const running = (order: string) =>
    `sum(d) OVER (PARTITION BY k ORDER BY v, d ${order} ROWS UNBOUNDED PRECEDING)`;
  const rows = await source.session.query(
    `SELECT k, j, le, lt FROM (SELECT k, j, ${running('DESC')} AS le, ${running('ASC')} AS lt ` +
      `FROM (${parts.join('\nUNION ALL\n')}) AS tg_merged) AS tg_running WHERE j IS NOT NULL`,
  );
  for (const r of rows) {
    const k = toNumber(r.k) ?? 0;
    const point = columns[k]!.points[toNumber(r.j) ?? 0]!;
    out[k]!.set(point, { le: toNumber(r.le) ?? 0, lt: toNumber(r.lt) ?? 0 });
  }
  return out;
}
