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
  /** Only the newest this many points are used. */
  window: number;
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
  direction: 'both',
  scale: 'linear',
  floor: 0,
};

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

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function mad(xs: readonly number[]): number {
  const m = median(xs);
  return median(xs.map((x) => Math.abs(x - m)));
}

/** Theil–Sen slope per day; pairs far apart only for long series, so cost stays O(n·k). */
function theilSen(ts: readonly number[], ys: readonly number[]): number {
  const n = ts.length;
  const slopes: number[] = [];
  const step = Math.max(1, Math.floor(n / 60));
  for (let i = 0; i < n; i += step) {
    for (let j = i + 1; j < n; j += step) {
      const dt = (ts[j]! - ts[i]!) / DAY;
      if (dt > 0) slopes.push((ys[j]! - ys[i]!) / dt);
    }
  }
  return slopes.length ? median(slopes) : 0;
}

function seasonKey(kind: Exclude<Seasonality, null>, t: number): number {
  const d = new Date(t);
  return kind === 'weekday' ? d.getUTCDay() : d.getUTCHours();
}

/** Which seasonality the history can support: enough span and at least 3 points per slot. */
function seasonalityFor(ts: readonly number[]): Exclude<Seasonality, null>[] {
  if (ts.length < 8) return [];
  const gaps = ts.slice(1).map((t, i) => t - ts[i]!);
  const cadence = median(gaps);
  const span = ts.at(-1)! - ts[0]!;
  const out: Exclude<Seasonality, null>[] = [];
  if (cadence <= 6 * HOUR && span >= 3 * DAY) out.push('hour');
  if (cadence <= 2 * DAY && span >= 21 * DAY) out.push('weekday');
  return out;
}

const toScale = (scale: ModelOptions['scale'], v: number): number =>
  scale === 'log' ? Math.log1p(Math.max(0, v)) : v;
const fromScale = (scale: ModelOptions['scale'], y: number): number => (scale === 'log' ? Math.expm1(y) : y);

/** Fits the model to points (any order); undefined when there are none. */
export function fit(points: readonly Point[], options: Partial<ModelOptions> = {}): Fit | undefined {
  const o = { ...DEFAULT_MODEL, ...options };
  const sorted = [...points].filter((p) => Number.isFinite(p.v)).sort((a, b) => a.t - b.t);
  const used = sorted.slice(-o.window);
  if (used.length === 0) return undefined;
  const first = fitScaled(used, o);
  // The newest points all far off on one side are a new level (a table that doubled for good):
  // learn from the points since, keeping the old spread as a floor.
  const shift = levelShift(first.residuals, first.spread, o);
  if (shift === undefined) return first.fit;
  const since = used.slice(shift);
  const again = fitScaled(since, { ...o, floor: Math.max(o.floor, first.fit.spread) });
  return { ...again.fit, levelShiftAt: since[0]!.t };
}

function fitScaled(
  used: readonly Point[],
  o: ModelOptions,
): { fit: Fit; residuals: number[]; spread: number } {
  const ts = used.map((p) => p.t);
  const ys = used.map((p) => toScale(o.scale, p.v));
  const origin = ts.at(-1)!;
  const slope = used.length >= 4 ? theilSen(ts, ys) : 0;
  const detrended = ys.map((y, i) => y - slope * ((ts[i]! - origin) / DAY));
  const level = median(detrended);
  let residuals = detrended.map((y) => y - level);
  let spread = MAD_TO_SD * mad(residuals);
  let seasonality: Seasonality = null;
  let effects = new Map<number, number>();
  for (const kind of seasonalityFor(ts)) {
    const slots = new Map<number, number[]>();
    ts.forEach((t, i) => {
      const k = seasonKey(kind, t);
      slots.set(k, [...(slots.get(k) ?? []), residuals[i]!]);
    });
    if ([...slots.values()].some((s) => s.length < 3)) continue;
    const eff = new Map([...slots].map(([k, r]) => [k, median(r)]));
    const rest = residuals.map((r, i) => r - eff.get(seasonKey(kind, ts[i]!))!);
    const restSpread = MAD_TO_SD * mad(rest);
    // Seasonality only when it explains a real part of the variation.
    if (restSpread < 0.8 * spread) {
      seasonality = kind;
      effects = eff;
      residuals = rest;
      spread = restSpread;
      break;
    }
  }
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
  const past = history.filter((p) => p.t < current.t && Number.isFinite(p.v)).sort((a, b) => a.t - b.t);
  if (past.length < o.minHistory) return { status: 'learning', points: past.length, needed: o.minHistory };
  const f = fit(past, o)!;
  const band = f.band(current.t);
  const y = toScale(o.scale, current.v);
  const cy = toScale(o.scale, band.center);
  const score = f.spread > 0 ? (y - cy) / f.spread : y === cy ? 0 : Math.sign(y - cy) * Infinity;
  const { band: _unused, ...summary } = f;
  const above = current.v > band.high && o.direction !== 'down';
  const below = current.v < band.low && o.direction !== 'up';
  const reason = above
    ? 'above'
    : below
      ? 'below'
      : stuck(past.slice(-o.window), current)
        ? 'stuck'
        : undefined;
  return { status: reason ? 'anomaly' : 'normal', ...(reason ? { reason } : {}), band, fit: summary, score };
}

/** The value equals the previous one while consecutive values repeated in under 2% of the history. */
function stuck(past: readonly Point[], current: Point): boolean {
  if (past.length < 2 || past.at(-1)!.v !== current.v) return false;
  let repeats = 0;
  for (let i = 1; i < past.length; i++) if (past[i]!.v === past[i - 1]!.v) repeats++;
  return repeats / (past.length - 1) < 0.02;
}
