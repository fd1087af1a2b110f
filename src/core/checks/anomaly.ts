import pl from 'nodejs-polars';
import { z } from 'zod';
import { judge, fit, presets, type Direction, type ModelOptions, type Verdict } from '../history/model.ts';
import { anomalyMessage, statistics, type Statistic, type Subject } from './anomaly-message.ts';
import { toNumber } from '../toolkit/numbers.ts';
import { requireDtype } from './dtype-guard.ts';
import { col, rows, type Expr } from '../expr/node.ts';
import { epochMs, isoShapeOf } from '../expr/polars-time.ts';
import { defineCheck, type AggregateSpec, type CheckOutcome, type PlanContext } from './define.ts';
import { column } from './params.ts';

/*
 * Anomaly checks judge today's value of a metric against the range learned from the source's past
 * runs (src/core/history). Polars only computes the metric; the judging is plain TypeScript, so the
 * same verdict can be recomputed from the stored history alone.
 */

const learning = {
  sensitivity: z
    .number()
    .positive()
    .optional()
    .describe('Band half-width in robust standard deviations (default 4); lower flags more'),
  min_history: z
    .number()
    .int()
    .min(2)
    .optional()
    .describe('Past runs needed before the check judges (default 7); until then it passes as learning'),
  window: z
    .number()
    .int()
    .min(3)
    .optional()
    .describe('Newest past runs used (default 90, or every run of the last 28 days when that is more)'),
  series: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]+$/)
    .optional()
    .describe('Name of the history series, to tell apart checks of the same metric with different `where`'),
};
type Learning = { sensitivity?: number; min_history?: number; window?: number; series?: string };

function modelOptions(p: Learning, fixed: Partial<ModelOptions>): Partial<ModelOptions> {
  return {
    ...fixed,
    ...(p.sensitivity !== undefined ? { sensitivity: p.sensitivity } : {}),
    ...(p.min_history !== undefined ? { minHistory: p.min_history } : {}),
    ...(p.window !== undefined ? { window: p.window } : {}),
  };
}

/** The series a check reads and writes; a `where` without an explicit `series` gets its own. */
function seriesName(p: Learning, ctx: PlanContext, metric: string): string {
  if (p.series) return p.series;
  return ctx.where ? `${metric}@where` : metric;
}

const DAY = 86_400_000;

/**
 * Turns a model verdict into the check's outcome: the band and the history used go into the
 * result, with what was measured (`subject`), so the sentence can be rebuilt in any language.
 */
export function verdictOutcome(
  metric: string,
  subject: Subject,
  value: number | null,
  verdict: Verdict | undefined,
): CheckOutcome {
  const observed = { metric, subject, value };
  if (value === null) return phrased({ pass: false, observed, expected: null });
  if (!verdict || verdict.status === 'learning') {
    return phrased({
      pass: true,
      observed: { ...observed, history: { points: verdict?.points ?? 0 } },
      expected: { status: 'learning', needed: verdict?.needed ?? 0 },
    });
  }
  const { band, fit: f } = verdict;
  return phrased({
    pass: verdict.status === 'normal',
    observed: {
      ...observed,
      score: Number.isFinite(verdict.score) ? Number(verdict.score.toFixed(2)) : null,
      ...(verdict.reason ? { reason: verdict.reason } : {}),
      history: {
        points: f.points,
        from: new Date(f.from).toISOString(),
        to: new Date(f.to).toISOString(),
        seasonality: f.seasonality,
        trendPerDay: f.trendPerDay,
        ...(f.levelShiftAt !== undefined ? { levelShiftAt: new Date(f.levelShiftAt).toISOString() } : {}),
      },
    },
    expected: { low: band.low, high: band.high, center: band.center },
  });
}

/** The engine's (English) message, from the same function the Korean renderer uses. */
function phrased(o: CheckOutcome): CheckOutcome {
  return { ...o, message: anomalyMessage('en', o) ?? '' };
}

/** An aggregate plan judging one metric against its history. */
function historyPlan(
  ctx: PlanContext,
  series: string,
  subject: Subject,
  options: Partial<ModelOptions>,
  metrics: Record<string, Expr>,
  value: (m: Record<string, unknown>) => number | null,
): AggregateSpec {
  // A corrupted history file fails this check with its code; the rest of the run goes on.
  if (ctx.history?.error) throw ctx.history.error;
  const past = ctx.history?.series(series) ?? [];
  return {
    kind: 'aggregate',
    metrics,
    evaluate: (m) => {
      const v = value(m);
      // Without a history store (no --history-dir, an Action without previous runs) the check
      // cannot learn at all: it is skipped and says so, rather than pass or count runs never kept.
      if (!ctx.history && v !== null) {
        return phrased({
          pass: true,
          skipped: true,
          observed: { metric: series, subject, value: v },
          expected: { status: 'skipped', reason: 'no metric history' },
        });
      }
      const verdict = v === null ? undefined : judge(past, { t: ctx.now.getTime(), v }, options);
      return verdictOutcome(
        series,
        subject,
        v,
        verdict ?? { status: 'learning', points: past.length, needed: 0 },
      );
    },
  };
}

const rowCountAnomaly = defineCheck({
  name: 'row_count_anomaly',
  category: 'table',
  summary: 'Row count is within the range learned from past runs.',
  doc:
    'Learns the usual number of rows (after `where`) from the past runs of the suite kept in the metric history ' +
    '(`--history-dir`, or the worker store in scheduled runs) and fails when this run is outside it: a load ' +
    'that stopped, half a load, or a runaway duplication. The expected range is the median of the last ' +
    '`window` runs and `sensitivity` robust deviations (MAD) around it, in ratios, following the trend of a ' +
    'growing table and weekday or hour-of-day seasonality when the history shows it. A lasting new level ' +
    '(five runs in a row beyond the range) is learned. With fewer than `min_history` past runs it passes ' +
    'and says it is learning. The result carries the expected band and the history it used.',
  defaultSeverity: 'high',
  merge: 'global',
  params: z.object({ ...learning }).strict(),
  example: { sensitivity: 4, min_history: 7 },
  columns: () => [],
  plan: (p, ctx) =>
    historyPlan(
      ctx,
      seriesName(p, ctx, 'row_count'),
      { kind: 'row_count' },
      modelOptions(p, presets.rowCount),
      { rows: rows() },
      (m) => toNumber(m.rows) ?? 0,
    ),
});

const nullFractionAnomaly = defineCheck({
  name: 'null_fraction_anomaly',
  category: 'completeness',
  summary: "A column's share of nulls is not above the range learned from past runs.",
  doc:
    'Learns the usual share of null values of `column` from past runs and fails when this run has clearly more ' +
    '(a broken join or a field an upstream system stopped filling). Fewer nulls never fail. Same model, ' +
    '`sensitivity`, `min_history` and `window` as `row_count_anomaly`; the band never narrows below one ' +
    'percentage point so a column that is almost never null is not flagged for a single row.',
  defaultSeverity: 'high',
  merge: 'global',
  params: z.object({ column, ...learning }).strict(),
  example: { column: 'email' },
  columns: (p) => [p.column],
  plan: (p, ctx) =>
    historyPlan(
      ctx,
      seriesName(p, ctx, `null_fraction:${p.column}`),
      { kind: 'null_fraction', column: p.column },
      modelOptions(p, presets.nullFraction),
      { nulls: col(p.column).isNull().sum(), rows: rows() },
      (m) => {
        const n = toNumber(m.rows) ?? 0;
        return n === 0 ? null : (toNumber(m.nulls) ?? 0) / n;
      },
    ),
});

const metricNames = statistics;
type MetricName = Statistic;

function metricExpr(name: MetricName, e: Expr): Expr {
  switch (name) {
    case 'mean':
      return e.mean();
    case 'median':
      return e.median();
    case 'min':
      return e.min();
    case 'max':
      return e.max();
    case 'sum':
      return e.sum();
    case 'stddev':
      return e.std();
    case 'distinct':
      return e.nUnique();
  }
}

const metricAnomaly = defineCheck({
  name: 'metric_anomaly',
  category: 'numbers',
  summary: 'A statistic of a column (mean, sum, distinct count, ...) stays within its learned range.',
  doc:
    'Computes `metric` (`mean`, `median`, `min`, `max`, `sum`, `stddev` of a numeric column, or `distinct`, ' +
    'the number of distinct non-null values of any column) and fails when it leaves the range learned from ' +
    'past runs, or when it repeats the previous value exactly although it changed on (nearly) every past run: ' +
    'a stuck metric that usually means the same data was loaded again. `direction: up` or `down` watches one ' +
    'side only. Same model, `sensitivity`, `min_history` and `window` as `row_count_anomaly`.',
  defaultSeverity: 'medium',
  merge: 'global',
  params: z
    .object({
      metric: z.enum(metricNames),
      column,
      direction: z
        .enum(['both', 'up', 'down'])
        .optional()
        .describe('Which side of the range fails (default both)'),
      ...learning,
    })
    .strict(),
  example: { metric: 'mean', column: 'amount' },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    if (p.metric !== 'distinct') requireDtype(ctx, 'metric_anomaly', p.column, 'numeric');
    const values = col(p.column);
    const direction: Direction = p.direction ?? 'both';
    return historyPlan(
      ctx,
      seriesName(p, ctx, `${p.metric}:${p.column}`),
      { kind: 'statistic', column: p.column, stat: p.metric },
      modelOptions(p, {
        ...(p.metric === 'distinct' ? presets.distinct : presets.statistic),
        direction,
      }),
      { value: metricExpr(p.metric, p.metric === 'distinct' ? values : values.cast('Float64')) },
      (m) => toNumber(m.value),
    );
  },
});

const freshnessAnomaly = defineCheck({
  name: 'freshness_anomaly',
  category: 'table',
  summary: 'The age of the newest timestamp is not above the range learned from past runs.',
  doc:
    'Measures how old the newest value of `column` (a Date or Datetime) is at the start of the run and fails ' +
    'when it is clearly older than usual: a table that stopped loading, without guessing a fixed `max_age`. ' +
    'Ages are judged as ratios, so a table loaded hourly and one loaded daily each get a fitting range; ' +
    'younger than usual never fails. Same model, `sensitivity`, `min_history` and `window` as `row_count_anomaly`.',
  defaultSeverity: 'high',
  merge: 'global',
  params: z.object({ column, ...learning }).strict(),
  example: { column: 'updated_at' },
  columns: (p) => [p.column],
  plan: (p, ctx) =>
    historyPlan(
      ctx,
      seriesName(p, ctx, `freshness_lag:${p.column}`),
      { kind: 'age', column: p.column },
      modelOptions(p, presets.freshness),
      {
        newest: col(p.column)
          .epochMs(requireDtype(ctx, 'freshness_anomaly', p.column, 'date'))
          .max(),
      },
      (m) => {
        const newest = toNumber(m.newest);
        return newest === null ? null : Math.max(0, (ctx.now.getTime() - newest) / 1000);
      },
    ),
});

const buckets = { hour: 3_600_000, day: DAY } as const;

const volumeAnomaly = defineCheck({
  name: 'volume_anomaly',
  category: 'table',
  summary: 'Rows per day (or hour) of a timestamp column show no missing or unusual bucket.',
  doc:
    'Counts the rows of each `bucket` (`day` or `hour`, UTC) of the timestamp `column` within the data itself ' +
    'and judges the newest `recent` complete buckets against the range learned from all buckets, with the same ' +
    'model as `row_count_anomaly` (trend, weekday or hour seasonality, median and MAD). A day with no rows ' +
    'counts as zero, so one run over an event table finds a missing or half-loaded day without any history. ' +
    'The first bucket and a bucket still in progress at the start of the run are left out as partial. It ' +
    'learns while fewer than `min_history` complete buckets precede the judged ones (default 21 days or 72 hours, ' +
    'enough to see the weekly or daily pattern). Reads the column in its own light query.',
  defaultSeverity: 'high',
  merge: 'global',
  params: z
    .object({
      column,
      bucket: z.enum(['day', 'hour']).optional().describe('Bucket size (default day)'),
      recent: z.number().int().min(1).optional().describe('Newest complete buckets judged (default 7)'),
      sensitivity: learning.sensitivity,
      min_history: z
        .number()
        .int()
        .min(2)
        .optional()
        .describe('Complete buckets needed before the judged ones (default 21 days or 72 hours)'),
    })
    .strict(),
  example: { column: 'created_at', bucket: 'day', recent: 7 },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const size = buckets[p.bucket ?? 'day'];
    const dtype = requireDtype(ctx, 'volume_anomaly', p.column, 'date');
    // Its own query (a group-by), so the polars form of the shared date parsing is used directly.
    const ms = epochMs(pl.col(p.column), dtype, isoShapeOf(ctx.source, p.column));
    return {
      kind: 'standalone',
      run: async () => {
        const counted = ctx
          .frame()
          .select(ms.alias('t'))
          .dropNulls()
          .select(
            pl
              .col('t')
              .cast(pl.Datetime('ms'))
              .dt.truncate(p.bucket === 'hour' ? '1h' : '1d')
              .dt.timestamp()
              .alias('b'),
          )
          .groupBy('b')
          .agg(pl.len().alias('n'))
          .collectSync()
          .toRecords() as { b: number; n: number }[];
        return judgeBuckets(counted, size, ctx.now.getTime(), p, `rows_per_${p.bucket ?? 'day'}:${p.column}`);
      },
    };
  },
});

/** Fills empty buckets with zero, drops partial ends, and judges the newest `recent` buckets. */
export function judgeBuckets(
  counted: readonly { b: number; n: number }[],
  size: number,
  now: number,
  p: { recent?: number; sensitivity?: number; min_history?: number },
  metric: string,
): CheckOutcome {
  const byStart = new Map(counted.map((r) => [Number(r.b), Number(r.n)]));
  const starts = [...byStart.keys()].sort((a, b) => a - b);
  const series: { t: number; v: number }[] = [];
  if (starts.length > 0) {
    let last = starts.at(-1)!;
    if (last + size > now) last -= size; // still filling at the start of the run
    for (let t = starts[0]! + size; t <= last; t += size) series.push({ t, v: byStart.get(t) ?? 0 });
  }
  const subject: Subject = {
    kind: 'volume',
    column: metric.slice(metric.indexOf(':') + 1),
    bucket: size === DAY ? 'day' : 'hour',
  };
  // Three weeks of days (or three days of hours) before the judged ones: enough to learn the
  // weekday (hour) pattern, so a quiet Sunday is not a missing day.
  const minHistory = p.min_history ?? (size === DAY ? 21 : 72);
  const recent = series.slice(-(p.recent ?? 7));
  const history = series.slice(0, series.length - recent.length);
  if (history.length < minHistory) {
    return verdictOutcome(metric, subject, recent.at(-1)?.v ?? 0, {
      status: 'learning',
      points: history.length,
      needed: minHistory,
    });
  }
  const options: Partial<ModelOptions> = {
    ...presets.volume,
    window: 400,
    minHistory,
    ...(p.sensitivity !== undefined ? { sensitivity: p.sensitivity } : {}),
  };
  // The band comes from every complete bucket: robust statistics ignore the odd bad day.
  const f = fit(series, options)!;
  const flagged = recent
    .map((pt) => ({ ...pt, band: f.band(pt.t) }))
    .filter(({ v, band }) => v < band.low || v > band.high);
  const newest = recent.at(-1)!;
  const band = f.band(newest.t);
  return phrased({
    pass: flagged.length === 0,
    observed: {
      metric,
      subject,
      value: newest.v,
      buckets: series.length,
      anomalies: flagged
        .slice(0, 20)
        .map((x) => ({ bucket: new Date(x.t).toISOString(), rows: x.v, low: x.band.low, high: x.band.high })),
      history: {
        points: f.points,
        from: new Date(f.from).toISOString(),
        to: new Date(f.to).toISOString(),
        seasonality: f.seasonality,
        trendPerDay: f.trendPerDay,
      },
    },
    expected: { low: band.low, high: band.high, center: band.center },
    failingCount: flagged.length,
    judgedCount: recent.length,
    failingFraction: recent.length ? flagged.length / recent.length : null,
  });
}

export const anomalyChecks = [
  rowCountAnomaly,
  nullFractionAnomaly,
  metricAnomaly,
  freshnessAnomaly,
  volumeAnomaly,
];
