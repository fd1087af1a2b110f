import type { Lang } from '../errors.ts';
import { t } from '../i18n/ui.ts';
import { formatCount, formatPercent } from '../toolkit/format.ts';

/*
 * The verdict sentence of an anomaly check in the reader's language, built from the structured
 * result alone (what was measured, the band, the history used): the engine's English message and
 * the Korean one come from the same function, so they never say different things.
 */

export const statistics = ['mean', 'median', 'min', 'max', 'sum', 'stddev', 'distinct'] as const;
export type Statistic = (typeof statistics)[number];

/** What an anomaly check measured; kept in `observed.subject` so the verdict can be re-phrased. */
export type Subject =
  | { kind: 'row_count' }
  | { kind: 'null_fraction'; column: string }
  | { kind: 'statistic'; column: string; stat: Statistic }
  | { kind: 'age'; column: string }
  | { kind: 'volume'; column: string; bucket: 'day' | 'hour' };

type Unit = 'rows' | 'fraction' | 'seconds' | 'value';

export function unitOf(s: Subject): Unit {
  if (s.kind === 'row_count' || s.kind === 'volume') return 'rows';
  if (s.kind === 'null_fraction') return 'fraction';
  if (s.kind === 'age') return 'seconds';
  return s.stat === 'distinct' ? 'rows' : 'value';
}

export function formatMetric(v: number, unit: Unit): string {
  if (unit === 'rows') return formatCount(Math.round(v));
  if (unit === 'fraction') return formatPercent(v);
  if (unit === 'seconds') return `${(v / 3600).toFixed(1)}h`;
  return Number.isInteger(v) ? formatCount(v) : v.toPrecision(4);
}

const statKey = {
  mean: 'anomalyStatMean',
  median: 'anomalyStatMedian',
  min: 'anomalyStatMin',
  max: 'anomalyStatMax',
  sum: 'anomalyStatSum',
  stddev: 'anomalyStatStddev',
  distinct: 'anomalyStatDistinct',
} as const;

const bucketWord = (lang: Lang, b: 'day' | 'hour'): string =>
  t(lang, b === 'day' ? 'anomalyDay' : 'anomalyHour');

export function labelOf(lang: Lang, s: Subject): string {
  switch (s.kind) {
    case 'row_count':
      return t(lang, 'anomalyRowCount');
    case 'null_fraction':
      return t(lang, 'anomalyNullShare', { column: s.column });
    case 'statistic':
      return t(lang, 'anomalyStatistic', { column: s.column, stat: t(lang, statKey[s.stat]) });
    case 'age':
      return t(lang, 'anomalyAge', { column: s.column });
    case 'volume':
      return t(lang, 'anomalyPerBucket', { bucket: bucketWord(lang, s.bucket) });
  }
}

/** The parts of an anomaly check's result the sentence is built from (see anomaly.ts). */
export interface AnomalyFacts {
  subject: Subject;
  value: number | null;
  state: 'no-value' | 'skipped' | 'learning' | 'normal' | 'anomaly';
  reason?: 'above' | 'below' | 'stuck';
  low?: number;
  high?: number;
  points?: number;
  needed?: number;
  seasonality?: 'weekday' | 'hour' | null;
  levelShiftAt?: string;
}

export function anomalySentence(lang: Lang, f: AnomalyFacts): string {
  const s = f.subject;
  const unit = unitOf(s);
  const label = labelOf(lang, s);
  if (f.state === 'no-value' || f.value === null) return t(lang, 'anomalyNoValue', { label });
  const value = formatMetric(f.value, unit);
  if (f.state === 'skipped') return t(lang, 'anomalySkipped', { label, value });
  if (f.state === 'learning') {
    const past =
      s.kind === 'volume'
        ? t(lang, 'anomalyEarlier', { bucket: bucketWord(lang, s.bucket) })
        : t(lang, 'anomalyPastRuns');
    return t(lang, 'anomalyLearning', {
      label,
      value,
      points: formatCount(f.points ?? 0),
      needed: formatCount(f.needed ?? 0),
      past,
    });
  }
  const range = `${formatMetric(f.low ?? NaN, unit)}–${formatMetric(f.high ?? NaN, unit)}`;
  const key =
    f.reason === 'stuck'
      ? 'anomalyStuck'
      : f.reason === 'above'
        ? 'anomalyAbove'
        : f.reason === 'below'
          ? 'anomalyBelow'
          : 'anomalyWithin';
  const basis = [
    t(lang, 'anomalyLearnedFrom', { n: formatCount(f.points ?? 0) }),
    f.seasonality ? t(lang, f.seasonality === 'weekday' ? 'anomalyWeekday' : 'anomalyHourly') : '',
    f.levelShiftAt ? t(lang, 'anomalyNewLevel', { date: f.levelShiftAt.slice(0, 10) }) : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `${t(lang, key, { label, value, range })} (${basis})`;
}

/** One flagged bucket of a volume check, as `observed.anomalies` keeps it. */
export interface FlaggedBucket {
  bucket: string;
  rows: number;
  low: number;
  high: number;
}

export function volumeSentence(
  lang: Lang,
  v: {
    bucket: 'day' | 'hour';
    recent: number;
    points: number;
    seasonality: 'weekday' | 'hour' | null;
    flagged: FlaggedBucket[];
    total: number;
  },
): string {
  const bucket = bucketWord(lang, v.bucket);
  if (v.total === 0) {
    const season = v.seasonality
      ? `, ${t(lang, v.seasonality === 'weekday' ? 'anomalyWeekday' : 'anomalyHourly')}`
      : '';
    return t(lang, 'anomalyVolumeNormal', {
      bucket,
      n: formatCount(v.recent),
      points: formatCount(v.points),
      season,
    });
  }
  const list = v.flagged
    .slice(0, 5)
    .map((x) => {
      const range = `${formatCount(Math.round(x.low))}–${formatCount(Math.round(x.high))}`;
      const when = x.bucket.slice(0, v.bucket === 'day' ? 10 : 13);
      return `${when} ${formatCount(x.rows)} (${t(lang, 'anomalyExpected', { range })})`;
    })
    .join('; ');
  return t(lang, 'anomalyVolumeFlagged', {
    n: formatCount(v.total),
    recent: formatCount(v.recent),
    bucket,
    list,
  });
}

interface ResultLike {
  observed: unknown;
  expected: unknown;
  failingCount?: number | null;
  judgedCount?: number | null;
}

interface ObservedShape {
  subject?: Subject;
  value?: number | null;
  reason?: AnomalyFacts['reason'];
  anomalies?: FlaggedBucket[];
  history?: { points?: number; seasonality?: AnomalyFacts['seasonality']; levelShiftAt?: string };
}

/**
 * The sentence for an anomaly check's result, or undefined when the result does not say what it
 * measured (a report written before `observed.subject` existed keeps its stored message).
 */
export function anomalyMessage(lang: Lang, c: ResultLike): string | undefined {
  const o = (c.observed ?? {}) as ObservedShape;
  if (!o.subject) return undefined;
  const e = (c.expected ?? {}) as { status?: string; needed?: number; low?: number; high?: number };
  const value = typeof o.value === 'number' ? o.value : null;
  const state: AnomalyFacts['state'] =
    value === null
      ? 'no-value'
      : e.status === 'skipped'
        ? 'skipped'
        : e.status === 'learning'
          ? 'learning'
          : o.reason
            ? 'anomaly'
            : 'normal';
  const s = o.subject;
  if (s.kind === 'volume' && (state === 'normal' || state === 'anomaly')) {
    return volumeSentence(lang, {
      bucket: s.bucket,
      recent: c.judgedCount ?? 0,
      points: o.history?.points ?? 0,
      seasonality: o.history?.seasonality ?? null,
      flagged: o.anomalies ?? [],
      total: c.failingCount ?? 0,
    });
  }
  return anomalySentence(lang, {
    subject: s,
    value,
    state,
    ...(o.reason ? { reason: o.reason } : {}),
    ...(e.low !== undefined ? { low: e.low } : {}),
    ...(e.high !== undefined ? { high: e.high } : {}),
    points: o.history?.points ?? 0,
    ...(e.needed !== undefined ? { needed: e.needed } : {}),
    seasonality: o.history?.seasonality ?? null,
    ...(o.history?.levelShiftAt ? { levelShiftAt: o.history.levelShiftAt } : {}),
  });
}
