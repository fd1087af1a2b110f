import { Report } from '../result/schema.ts';

/**
 * The report as JSON, 2-space indented. Parsing through the Report schema puts keys in the
 * contract's order (schemaVersion first) whatever order the engine built them in, and guarantees
 * the output validates against the published schema.
 */
export function renderJson(report: Report): string {
  const ordered = Report.parse(report);
  return `${JSON.stringify(ordered, (_k, v: unknown) => (typeof v === 'bigint' ? bigintJson(v) : v), 2)}\n`;
}

function bigintJson(v: bigint): number | string {
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : v.toString();
}
