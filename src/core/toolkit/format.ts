// Made on first use: creating it loads ICU data, a cost at start-up of every command otherwise.
let int: Intl.NumberFormat | undefined;

export function formatCount(n: number): string {
  return (int ??= new Intl.NumberFormat('en-US')).format(n);
}

/** "1 row", "2,048 rows": a count with its noun in the right number. */
export function formatCountOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : plural}`;
}

/** A measured number for a sentence: integers with separators, others to 6 significant digits. */
export function formatNumber(v: number): string {
  return Number.isInteger(v) ? formatCount(v) : String(Number(v.toPrecision(6)));
}

export function formatPercent(fraction: number): string {
  if (fraction === 0) return '0%';
  if (fraction < 0.0001) return '<0.01%';
  return `${(fraction * 100).toFixed(fraction < 0.1 ? 2 : 1)}%`;
}
