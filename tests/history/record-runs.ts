/**
 * Child process of concurrent.test.ts: records `count` runs of one suite and source into the store
 * at `dir`, as `truthgate check --history-dir` does after each run.
 * Usage: node tests/history/record-runs.ts <dir> <worker> <count>
 */
import { recordRun } from '../../src/core/history/store.ts';
import { DirectoryStore } from '../../src/core/store/directory.ts';
import { DAY, START } from './generate.ts';

const [dir, worker, count] = process.argv.slice(2);
const store = new DirectoryStore(dir!);
for (let i = 0; i < Number(count); i++) {
  await recordRun(store, 'shop', 'orders', {
    t: START + i * DAY + Number(worker) * 60_000,
    id: `w${worker}-${i}`,
    metrics: { row_count: 1000 + i, [`only_w${worker}`]: i },
  });
}
