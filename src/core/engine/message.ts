import type { CheckOutcome } from '../checks/define.ts';
import { formatCount, formatPercent } from '../toolkit/format.ts';

/** Human sentence for a result; row checks get "N of M rows (x%) have <describe>". */
export function formatOutcomeMessage(
  o: CheckOutcome,
  describe: string | undefined,
  mostly: number | undefined,
): string {
  if (describe === undefined || o.failingCount == null) return o.message ?? (o.pass ? 'passed' : 'failed');
  const failing = o.failingCount;
  const judged = o.judgedCount ?? 0;
  if (failing === 0) return `no ${describe} in ${formatCount(judged)} rows`;
  const share = `${formatCount(failing)} of ${formatCount(judged)} rows (${formatPercent(o.failingFraction ?? 0)}) have ${describe}`;
  if (mostly === undefined) return share;
  return `${share}; tolerated up to ${formatPercent(1 - mostly)}`;
}
