// Made on first use only: creating it loads ICU's number data (~17 ms of CPU), and nearly every
// count is a safe integer, grouped below without it.
let int: Intl.NumberFormat | undefined;

export function formatCount(n: number): string {
  if (Number.isSafeInteger(n)) {
    const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',');
    return n < 0 || Object.is(n, -0) ? `-${digits}` : digits;
  }
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

/** A share for a sentence. Never rounded to 0% or 100% unless it is exactly that. */
export function formatPercent(fraction: number): string {
  if (fraction === 0) return '0%';
  if (fraction < 0.0001) return '<0.01%';
  if (fraction < 1 && fraction > 0.9999) return '>99.99%';
  const near = fraction < 0.1 || (fraction > 0.99 && fraction < 1);
  return `${(fraction * 100).toFixed(near ? 2 : 1)}%`;
}
