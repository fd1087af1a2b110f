import { DAY, START, WEEKDAY_FACTOR, gaussian, rng } from './generate.ts';

const pad = (n: number): string => String(n).padStart(2, '0');
const stamp = (t: number): string => {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
};

/** Orders of the 35 days before a 06:00 run, the newest loaded at about 02:00. */
export function ordersCsv(run: number, opts: { half?: boolean; missingDay?: number } = {}): string {
  const n = gaussian(rng(run + 1));
  const lines = ['id,email,amount,created_at'];
  let id = 0;
  const midnight = START - 6 * 3_600_000;
  for (let day = run - 35; day < run; day++) {
    if (day === opts.missingDay) continue;
    const weekday = new Date(midnight + day * DAY).getUTCDay();
    const count = Math.round(100 * WEEKDAY_FACTOR[weekday]! * Math.exp(0.05 * n()));
    for (let i = 0; i < count; i++) {
      id++;
      if (opts.half && id % 2 === 0) continue;
      const at = midnight + day * DAY + 2 * 3_600_000 + Math.floor(((i + 1) / count) * DAY * 0.999);
      const email = Math.abs(n()) > 2.3 ? '' : `u${id}@example.com`;
      lines.push(`${id},${email},${(48 + 10 * n()).toFixed(2)},${stamp(at)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
