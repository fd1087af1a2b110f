/** Shown instead of a value from a column marked `sensitive`. */
export const MASK = '•••';

/** Polars values as plain JSON: bigints as numbers when safe, dates as ISO strings. */
export function jsonSafe(v: unknown): unknown {
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) return v.map(jsonSafe);
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, jsonSafe(x)]));
  }
  return v;
}

/**
 * The values shown for one failing row: key and involved columns, sensitive columns masked, and
 * the check's own masking (e.g. for personal data it found) on its involved columns.
 */
export function sampleValues(
  rec: Record<string, unknown>,
  key: string[],
  req: { columns: string[]; mask?: (value: unknown) => unknown },
  sensitive: Set<string>,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const c of new Set([...key, ...req.columns])) {
    const v = jsonSafe(rec[c]);
    values[c] = sensitive.has(c) ? MASK : req.mask && req.columns.includes(c) ? req.mask(v) : v;
  }
  return values;
}
