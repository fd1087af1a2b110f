import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate } from '../../src/activities/validation.ts';
import { readHistory, seriesOf } from '../../src/core/history/store.ts';
import { DirectoryStore } from '../../src/core/store/index.ts';
import { DAY, START } from './generate.ts';
import { ordersCsv } from './orders.ts';

const dir = mkdtempSync(join(tmpdir(), 'tg-history-activity-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test("the validation activity reads the worker store's history and appends each run, once per run id", async () => {
  writeFileSync(
    join(dir, 'truthgate.yml'),
    'version: 1\nname: shop\nsources:\n  orders: { path: orders.csv }\nchecks:\n  orders:\n    - row_count_anomaly: { min_history: 5 }\n',
  );
  const store = new DirectoryStore(join(dir, 'store'));
  const statuses: string[] = [];
  for (let run = 0; run < 8; run++) {
    writeFileSync(join(dir, 'orders.csv'), ordersCsv(run, run === 7 ? { half: true } : {}));
    const input = {
      suite: join(dir, 'truthgate.yml'),
      runId: `wf-${run}`,
      requestedAt: new Date(START + run * DAY).toISOString(),
    };
    const result = await validate(store, input);
    // A retried activity (same run id) replaces its point instead of adding one.
    if (run === 3) await validate(store, input);
    statuses.push(result.status);
  }
  assert.deepEqual(statuses, ['pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'fail']);
  const h = (await readHistory(store, 'shop', 'orders'))!;
  assert.deepEqual(
    h.runs.map((r) => r.id),
    Array.from({ length: 8 }, (_, i) => `wf-${i}`),
  );
  assert.equal(seriesOf(h, 'row_count').length, 8);
  assert.deepEqual(h.runs[7]!.anomalies, ['row_count']);
});
