import { jsonSafe, MASK } from '../toolkit/values.ts';

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
