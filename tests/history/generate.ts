/**
 * A realistic daily-load history for the anomaly tests and the benchmark: weekly seasonality,
 * growth and noise from a seeded generator (the same series on every run), with incidents injected
 * on chosen days.
 */
import { rng } from '../helpers/random.ts';

export { rng };
export const DAY = 86_400_000;
/** Runs happen at 06:00 UTC; day 0 is a Monday. */
export const START = Date.UTC(2026, 0, 5, 6);

/** Standard normal from a uniform source (Box–Muller). */
export function gaussian(u: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
}

export type Incident = 'missing_day' | 'half_load' | 'null_spike' | 'stuck_mean' | 'stale_table';

export interface Day {
  t: number;
  rowCount: number;
  nullFraction: number;
  mean: number;
  /** Seconds between the newest loaded row and the run. */
  freshnessLag: number;
  incident?: Incident;
}

/** Busy weekdays, quiet weekends (Sunday = 0). */
export const WEEKDAY_FACTOR = [0.55, 1.1, 1.05, 1.0, 1.0, 1.15, 0.6];

export function dailySeries(days: number, incidents: Record<number, Incident>, seed = 7): Day[] {
  const n = gaussian(rng(seed));
  const out: Day[] = [];
  for (let d = 0; d < days; d++) {
    const t = START + d * DAY;
    const weekday = new Date(t).getUTCDay();
    const incident = incidents[d];
    let rowCount = Math.round(20_000 * 1.005 ** d * WEEKDAY_FACTOR[weekday]! * Math.exp(0.04 * n()));
    let nullFraction = Math.max(0, 0.02 + 0.003 * n());
    let mean = 48 + (weekday === 0 || weekday === 6 ? 4 : 0) + 0.8 * n();
    // Loaded around 02:00, checked at 06:00.
    let freshnessLag = 4 * 3600 * Math.exp(0.1 * n());
    if (incident === 'missing_day') rowCount = 0;
    if (incident === 'half_load') rowCount = Math.round(rowCount / 2);
    if (incident === 'null_spike') nullFraction = 0.12;
    if (incident === 'stuck_mean') mean = out.at(-1)!.mean;
    if (incident === 'stale_table') freshnessLag += 24 * 3600;
    out.push({ t, rowCount, nullFraction, mean, freshnessLag, ...(incident ? { incident } : {}) });
  }
  return out;
}
