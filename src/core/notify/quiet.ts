import type { QuietHours } from './rules.ts';

const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Local wall-clock time of `now` in `timeZone` as minutes and seconds past midnight. */
function localClock(now: Date, timeZone: string): { min: number; sec: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return { min: get('hour') * 60 + get('minute'), sec: get('second') };
}

/**
 * When the quiet window that `now` falls in ends, or null when `now` is outside it. The window
 * may wrap midnight (22:00-07:00). Pure and workflow-safe (Intl is part of the language).
 */
export function quietUntil(q: QuietHours, now: Date): Date | null {
  const start = minutes(q.start);
  const end = minutes(q.end);
  if (start === end) return null;
  const { min, sec } = localClock(now, q.timezone ?? 'UTC');
  const inside = start < end ? min >= start && min < end : min >= start || min < end;
  if (!inside) return null;
  const left = (end - min + 1440) % 1440;
  return new Date(now.getTime() + left * 60_000 - sec * 1000 - (now.getTime() % 1000));
}
