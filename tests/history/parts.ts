import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HistoryFile } from '../../src/core/history/store.ts';
import { ordersCsv } from './orders.ts';

/** The orders of one run split over three files, the last one half loaded on `halfDay`. */
export function writeParts(root: string, run: number, halfDay?: number): number[] {
  const [header, ...rows] = ordersCsv(run).trimEnd().split('\n');
  const size = Math.ceil(rows.length / 3);
  const counts: number[] = [];
  mkdirSync(join(root, 'parts'), { recursive: true });
  for (let f = 0; f < 3; f++) {
    let part = rows.slice(f * size, (f + 1) * size);
    if (f === 2 && run === halfDay) part = part.filter((_, i) => i % 2 === 0);
    counts.push(part.length);
    writeFileSync(join(root, 'parts', `part-${f}.csv`), `${[header, ...part].join('\n')}\n`);
  }
  return counts;
}

export const PARTITIONED_SUITE = `version: 1
name: NAME
sources:
  orders: { path: "parts/*.csv" }
checks:
  orders:
    - not_null: { column: id }
    - between: { column: amount, min: 0, mostly: 0.95 }
    - row_count_anomaly: { min_history: 5 }
    - null_fraction_anomaly: { column: email, min_history: 5 }
    - metric_anomaly: { metric: mean, column: amount, min_history: 5 }
`;

/** Every series of a history file but the per-partition ones. */
export function withoutPartitions(h: HistoryFile): Record<string, (number | null)[]> {
  return Object.fromEntries(Object.entries(h.metrics).filter(([m]) => !m.startsWith('partition_rows:')));
}
