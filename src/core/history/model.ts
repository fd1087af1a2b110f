/**
 * The expected range of a metric from its past values: a robust level (median), a robust trend
 * (Theil–Sen slope) for growing tables, weekday or hour-of-day seasonality when the history is long
 * enough to show it, and a spread from the median absolute deviation (MAD) of what is left. Pure and
 * dependency-free: no clock, no I/O, so every verdict can be reproduced from the points it used.
 */

/** One observation of a metric: epoch milliseconds and value. */
export interface Point {
  t: number;
  v: number;
}

export type Direction = 'both' | 'up' | 'down';
export type Seasonality = 'weekday' | 'hour' | null;

export interface ModelOptions {
  /** Band half-width in robust standard deviations (1.4826 × MAD). */
  sensitivity: number;
  /** Fewer past points than this: the verdict is "learning". */
  minHistory: number;
  /** The newest this many points are used, or all of the last `windowDays` days when that is more (hourly runs). */
  window: number;
  windowDays: number;
  /** Which side of the band is an anomaly. */
  direction: Direction;
  /** `log`: counts judged as ratios (log1p), so growth and seasonality are multiplicative. */
  scale: 'log' | 'linear';
  /** Smallest band half-width in the model's scale, so a very steady metric is not flagged for noise. */
  floor: number;
}

export const DEFAULT_MODEL: ModelOptions = {
  sensitivity: 4,
  minHistory: 7,
  window: 90,
  windowDays: 28,
  direction: 'both',
  scale: 'linear',
  floor: 0,
};

/** How each kind of metric is modelled: the anomaly checks, the dashboard's charts, tests and benchmarks share these. */
export const presets = {
  rowCount: { scale: 'log', direction: 'both' },
  // Never narrower than a quarter of a percentage point: one more null row is not an incident.
  nullFraction: { scale: 'linear', direction: 'up', floor: 0.0025 },
  statistic: { scale: 'linear', direction: 'both' },
  distinct: { scale: 'log', direction: 'both' },
  // Ages vary by ratios (an hourly and a daily table); 10% in log scale absorbs scheduling jitter.
  freshness: { scale: 'log', direction: 'up', floor: 0.1 },
  volume: { scale: 'log', direction: 'both' },
} as const satisfies Record<string, Partial<ModelOptions>>;

export interface Band {
  low: number;
  high: number;
  center: number;
}

export interface Fit {
  points: number;
  from: number;
  to: number;
  seasonality: Seasonality;
  /** Change per day in the model's scale (per day of log1p for `log`). */
  trendPerDay: number;
  /** Robust standard deviation of the residuals, in the model's scale. */
  spread: number;
  /** A level shift was found at the end of the history and only points since were used. */
  levelShiftAt?: number;
  band(t: number): Band;
}

export type Verdict =
  | { status: 'learning'; points: number; needed: number }
  | {
      status: 'normal' | 'anomaly';
      /** Why it is an anomaly: outside the band, or unchanged where the metric always changes. */
      reason?: 'above' | 'below' | 'stuck';
      band: Band;
      fit: Omit<Fit, 'band'>;
      /** Distance from the center in robust standard deviations (signed). */
      score: number;
    };

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MAD_TO_SD = 1.4826;

/** Stored series are already in time order; sorting is only paid for when they are not. */
function inTimeOrder(points: Point[]): Point[] {
  for (let i = 1; i < points.length; i++)
    if (points[i]!.t < points[i - 1]!.t) return points.sort((a, b) => a.t - b.t);
  return points;
}

export function median(xs: readonly number[]): number {
  return xs.length ? medianInPlace(Float64Array.from(xs), xs.length) : NaN;
}

/**
 * The median of the first `n` values of `a`, which it reorders. Selection instead of a sort:
 * linear on average, and the model takes hundreds of medians of up to ~800 pairwise slopes per
 * metric, the bulk of judging a year of history.
 */
function medianInPlace(a: Float64Array, n: number): number {
  const m = n >> 1;
  const upper = select(a, n, m);
  if (n % 2) return upper;
  let lower = a[0]!;
  for (let i = 1; i < m; i++) if (a[i]! > lower) lower = a[i]!;
  return (lower + upper) / 2;
}

/**
 * Wirth's selection over a[0..n): reorders it so that a[k] is its k-th smallest value with nothing
 * larger before it and nothing smaller after it.
 */
function select(a: Float64Array, n: number, k: number): number {
  let l = 0;
  let r = n - 1;
  while (l < r) {
    const x = a[k]!;
    let i = l;
    let j = r;
    do {
      while (a[i]! < x) i++;
      while (x < a[j]!) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    } while (i <= j);
    if (j < k) l = i;
    if (k < i) r = j;
  }
  return a[k]!;
}

function mad(xs: readonly number[]): number {
  const m = median(xs);
  const d = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) d[i] = Math.abs(xs[i]! - m);
  return xs.length ? medianInPlace(d, d.length) : NaN;
}

/**
 * Theil–Sen slope per day: the median slope between pairs of points. With a seasonality only
 * pairs in the same slot (same weekday, same hour) count, so the weekly pattern cannot pose as a
 * trend; without one, at most 40 evenly spaced points (780 pairs) keep the cost flat.
 */
function theilSen(ts: readonly number[], ys: readonly number[], kind: Seasonality): number {
  const groups = new Map<number, number[]>();
  const step = kind ? 1 : Math.max(1, Math.ceil(ts.length / 40));
  for (let i = 0; i < ts.length; i += step) {
    const k = kind ? seasonKey(kind, ts[i]!) : 0;
    const g = groups.get(k);
    if (g) g.push(i);
    else groups.set(k, [i]);
  }
  // One typed buffer of every pair, reordered in place by the median: a young process (one
  // CLI run) otherwise spends more time collecting the garbage of growing arrays than judging.
  let pairs = 0;
  for (const g of groups.values()) pairs += (g.length * (g.length - 1)) / 2;
  const slopes = new Float64Array(pairs);
  let n = 0;
  for (const g of groups.values()) {
    for (let a = 0; a < g.length; a++) {
      for (let b = a + 1; b < g.length; b++) {
        const dt = (ts[g[b]!]! - ts[g[a]!]!) / DAY;
        if (dt > 0) slopes[n++] = (ys[g[b]!]! - ys[g[a]!]!) / dt;
      }
    }
  }
  return n ? medianInPlace(slopes, n) : 0;
}

/** UTC weekday (Sunday = 0; 1970-01-01 was a Thursday) or hour, by arithmetic: no Date per point. */
function seasonKey(kind: Exclude<Seasonality, null>, t: number): number {
  return kind === 'weekday' ? mod(Math.floor(t / DAY) + 4, 7) : mod(Math.floor(t / HOUR), 24);
}

const mod = (a: number, n: number): number => ((a % n) + n) % n;

/** Which seasonality the history may support (decompose also wants 4 points in every slot). */
function seasonalityFor(ts: readonly number[]): Exclude<Seasonality, null>[] {
  if (ts.length < 8) return [];
  const gaps = ts.slice(1).map((t, i) => t - ts[i]!);
  const cadence = median(gaps);
  const span = ts.at(-1)! - ts[0]!;
  const out: Exclude<Seasonality, null>[] = [];
  if (cadence <= 6 * HOUR && span >= 3 * DAY) out.push('hour');
  if (cadence <= 2 * DAY && span >= 27 * DAY) out.push('weekday');
  return out;
}

interface Decomposition {
  seasonality: Seasonality;
  slope: number;
  level: number;
  effects: Map<number, number>;
  residuals: number[];
  spread: number;
}

/** Trend, level and (with `kind`) slot effects; undefined when a slot has fewer than 4 points. */
function decompose(
  ts: readonly number[],
  ys: readonly number[],
  kind: Seasonality,
): Decomposition | undefined {
  const origin = ts.at(-1)!;
  const slope = ts.length >= 4 ? theilSen(ts, ys, kind) : 0;
  const detrended = ys.map((y, i) => y - slope * ((ts[i]! - origin) / DAY));
  const level = median(detrended);
  let residuals = detrended.map((y) => y - level);
  const effects = new Map<number, number>();
  if (kind) {
    const slots = new Map<number, number[]>();
    ts.forEach((t, i) => {
      const k = seasonKey(kind, t);
      const slot = slots.get(k);
      if (slot) slot.push(residuals[i]!);
      else slots.set(k, [residuals[i]!]);
    });
    if ([...slots.values()].some((r) => r.length < 4)) return undefined;
    for (const [k, r] of slots) effects.set(k, median(r));
    residuals = residuals.map((r, i) => r - effects.get(seasonKey(kind, ts[i]!))!);
  }
  // Each fitted slot median pulls its points' residuals toward zero: correct for the slots used,
  // as a variance over n - k degrees of freedom would.
  const dof = kind ? Math.sqrt(ts.length / Math.max(1, ts.length - effects.size)) : 1;
  return { seasonality: kind, slope, level, effects, residuals, spread: dof * MAD_TO_SD * mad(residuals) };
}

const toScale = (scale: ModelOptions['scale'], v: number): number =>
  scale === 'log' ? Math.log1p(Math.max(0, v)) : v;
const fromScale = (scale: ModelOptions['scale'], y: number): number => (scale === 'log' ? Math.expm1(y) : y);

/** Fits the model to points (any order); undefined when there are none. */
export function fit(points: readonly Point[], options: Partial<ModelOptions> = {}): Fit | undefined {
  const o = { ...DEFAULT_MODEL, ...options };
  const all = inTimeOrder(points.filter((p) => Number.isFinite(p.v)));
  if (all.length === 0) return undefined;
  const since = all.at(-1)!.t - o.windowDays * DAY;
  const recent = all.length - all.findIndex((p) => p.t > since);
  const used = all.slice(-Math.max(o.window, recent));
  const first = fitScaled(used, o);
  // The newest points all far off on one side are a new level (a table that doubled for good):
  // learn from the points since, keeping the old spread as a floor.
  const shift = levelShift(first.residuals, first.spread, o);
  if (shift === undefined) return first.fit;
  const after = used.slice(shift);
  const again = fitScaled(after, { ...o, floor: Math.max(o.floor, first.fit.spread) });
  return { ...again.fit, levelShiftAt: after[0]!.t };
}

function fitScaled(
  used: readonly Point[],
  o: ModelOptions,
): { fit: Fit; residuals: number[]; spread: number } {
  const ts = used.map((p) => p.t);
  const ys = used.map((p) => toScale(o.scale, p.v));
  const origin = ts.at(-1)!;
  let best = decompose(ts, ys, null);
  for (const kind of seasonalityFor(ts)) {
    const seasonal = decompose(ts, ys, kind);
    // Seasonality only when it clearly explains the variation: fitting 7 or 24 slot medians to a
    // few weeks of pure noise alone shrinks the spread by 15-25%.
    if (seasonal && seasonal.spread < 0.6 * best!.spread) best = seasonal;
  }
  const { slope, level, effects, residuals, spread, seasonality } = best!;
  // Few points give a shaky MAD: widen the band while the history is short.
  const width = Math.max(spread * (1 + 2 / Math.sqrt(used.length)), o.floor);
  const band = (t: number): Band => {
    const season = seasonality ? (effects.get(seasonKey(seasonality, t)) ?? 0) : 0;
    const c = level + slope * ((t - origin) / DAY) + season;
    // Counts vary at least by Poisson noise, about 1/sqrt(n) in log scale: a quiet Sunday's 50
    // rows swing more than a weekday's 5,000, which one pooled spread would not show.
    const w = o.scale === 'log' ? Math.max(width, 1 / Math.sqrt(Math.max(1, Math.expm1(c)))) : width;
    return {
      low: fromScale(o.scale, c - o.sensitivity * w),
      high: fromScale(o.scale, c + o.sensitivity * w),
      center: fromScale(o.scale, c),
    };
  };
  return {
    fit: {
      points: used.length,
      from: ts[0]!,
      to: origin,
      seasonality,
      trendPerDay: slope,
      spread: width,
      band,
    },
    residuals,
    spread,
  };
}

/**
 * Start of the run of newest residuals that all lie on one side, more than two robust deviations
 * out, when it is at least 5 long. Looser than the band on purpose: once the new level is a large
 * part of the window the fit itself drifts toward it and the band widens.
 */
function levelShift(residuals: readonly number[], spread: number, o: ModelOptions): number | undefined {
  const run = 5;
  if (residuals.length < run + o.minHistory) return undefined;
  const far = 2 * Math.max(spread, o.floor);
  const side = Math.sign(residuals.at(-1)!);
  let start = residuals.length;
  while (start > 0 && Math.sign(residuals[start - 1]!) === side && Math.abs(residuals[start - 1]!) > far)
    start--;
  return residuals.length - start >= run && start > 0 ? start : undefined;
}

/**
 * Judges `current` against the history before it. Learning while fewer than `minHistory` points
 * exist; otherwise an anomaly when outside the band on a watched side, or when the value repeats the
 * previous one exactly although the metric (nearly) never repeated before: a stuck metric.
 */
export function judge(
  history: readonly Point[],
  current: Point,
  options: Partial<ModelOptions> = {},
): Verdict {
  const o = { ...DEFAULT_MODEL, ...options };
  const past = inTimeOrder(history.filter((p) => p.t < current.t && Number.isFinite(p.v)));
  if (past.length < o.minHistory) return { status: 'learning', points: past.length, needed: o.minHistory };
  const f = fit(past, o)!;
  const band = f.band(current.t);
  const y = toScale(o.scale, current.v);
  const cy = toScale(o.scale, band.center);
  const score = f.spread > 0 ? (y - cy) / f.spread : y === cy ? 0 : Math.sign(y - cy) * Infinity;
  const { band: _unused, ...summary } = f;
  const outside = (current.v > band.high || current.v < band.low) && !likeSameWeekday(past, current, f, o);
  const above = outside && current.v > band.high && o.direction !== 'down';
  const below = outside && current.v < band.low && o.direction !== 'up';
  const reason = above
    ? 'above'
    : below
      ? 'below'
      : stuck(past.slice(-o.window), current)
        ? 'stuck'
        : undefined;
  return { status: reason ? 'anomaly' : 'normal', ...(reason ? { reason } : {}), band, fit: summary, score };
}

/**
 * Until four weeks of daily runs teach the weekday pattern, a quiet Sunday would look like half a
 * load: a value close to the earlier runs on the same weekday (within the band's half-width of
 * their median) is normal.
 */
function likeSameWeekday(past: readonly Point[], current: Point, f: Fit, o: ModelOptions): boolean {
  if (f.seasonality !== null) return false;
  const weekday = seasonKey('weekday', current.t);
  const same = past
    .slice(-f.points)
    .filter((p) => seasonKey('weekday', p.t) === weekday && current.t - p.t < 29 * DAY);
  if (same.length === 0) return false;
  const m = median(same.map((p) => toScale(o.scale, p.v)));
  return Math.abs(toScale(o.scale, current.v) - m) <= o.sensitivity * f.spread;
}

/** The value equals the previous one while consecutive values repeated in under 2% of the history. */
function stuck(past: readonly Point[], current: Point): boolean {
  if (past.length < 2 || past.at(-1)!.v !== current.v) return false;
  let repeats = 0;
  for (let i = 1; i < past.length; i++) if (past[i]!.v === past[i - 1]!.v) repeats++;
  return repeats / (past.length - 1) < 0.02;
}
