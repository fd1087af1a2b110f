import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * seattle-weather.csv (vega-datasets) and three broken heads a learned gate must catch: temp_max
 * converted to °F, one `weather` value turned into a label never seen, one row duplicated.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
export const weatherCsv = readFileSync(
  join(root, 'node_modules/vega-datasets/data/seattle-weather.csv'),
  'utf8',
);

const split = (text: string): { header: string[]; rows: string[][] } => {
  const [h, ...rows] = text.trimEnd().split('\n');
  return { header: h!.split(','), rows: rows.map((r) => r.split(',')) };
};
const join_ = (header: string[], rows: string[][]): string =>
  `${[header, ...rows].map((r) => r.join(',')).join('\n')}\n`;

export function brokenWeather(kind: 'fahrenheit' | 'label' | 'duplicate'): string {
  const { header, rows } = split(weatherCsv);
  if (kind === 'duplicate') return join_(header, [...rows, rows[100]!]);
  if (kind === 'label') {
    const w = header.indexOf('weather');
    return join_(
      header,
      rows.map((r, i) => (i === 5 ? r.map((v, j) => (j === w ? 'hail' : v)) : r)),
    );
  }
  const t = header.indexOf('temp_max');
  return join_(
    header,
    rows.map((r) =>
      r.map((v, j) => (j === t ? String(Math.round(((Number(v) * 9) / 5) * 10 + 320) / 10) : v)),
    ),
  );
}
