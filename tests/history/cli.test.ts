import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { historyKey, readHistory, recordRun } from '../../src/core/history/store.ts';
import { DirectoryStore, reportKey } from '../../src/core/store/index.ts';
import { runCli } from '../cli/run-cli.ts';
import { DAY, START } from './generate.ts';
import { ordersCsv } from './orders.ts';

const dir = mkdtempSync(join(tmpdir(), 'tg-history-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('learn --history proposes anomaly checks for the metrics with enough past runs', async () => {
  writeFileSync(join(dir, 'orders.csv'), ordersCsv(40));
  const store = new DirectoryStore(join(dir, 'store'));
  for (let d = 0; d < 9; d++) {
    const metrics: Record<string, number> = {
      row_count: 3000 + d,
      'null_fraction:email': 0.01,
      'mean:amount': 48 + d / 10,
    };
    // Freshness has too few runs yet: no check proposed for it.
    if (d < 3) metrics['freshness_lag:created_at'] = 4 * 3600;
    await recordRun(store, 'shop', 'orders', { t: START + d * DAY, id: `r${d}`, metrics });
  }
  const r = runCli(['learn', 'orders.csv', '--history', 'store'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  const suite = parse(r.stdout) as { checks: { orders: Record<string, unknown>[] } };
  const anomalies = suite.checks.orders.filter((c) => Object.keys(c)[0]!.endsWith('_anomaly'));
  assert.deepEqual(anomalies, [
    { row_count_anomaly: {} },
    { null_fraction_anomaly: { column: 'email' } },
    { metric_anomaly: { metric: 'mean', column: 'amount' } },
  ]);
  assert.match(r.stdout, /Learned from 9 past runs in the metric history/);
  const without = runCli(['learn', 'orders.csv'], { cwd: dir });
  assert.doesNotMatch(without.stdout, /_anomaly/);
});

test('history rebuild recreates a corrupted history file from the stored reports', async () => {
  const store = new DirectoryStore(join(dir, 'rebuild'));
  writeFileSync(
    join(dir, 'truthgate.yml'),
    'version: 1\nname: shop\nsources:\n  orders: { path: orders.csv }\nchecks:\n  orders:\n    - row_count_anomaly: {}\n',
  );
  for (let d = 0; d < 3; d++) {
    const check = runCli(['check', '--suite', 'truthgate.yml', '--format', 'json', '-o', `r${d}.json`], {
      cwd: dir,
    });
    assert.equal(check.code, 0, check.stderr);
    const report = readFileSync(join(dir, `r${d}.json`), 'utf8');
    await store.put(reportKey('shop', new Date(START + d * DAY), `run-${d}`), report);
  }
  await store.put(historyKey('shop', 'orders'), '{"broken":');
  const r = runCli(['history', 'rebuild', '--suite', 'truthgate.yml', '--store', 'rebuild'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /orders: 3 runs/);
  const h = (await readHistory(store, 'shop', 'orders'))!;
  assert.equal(h.runs.length, 3);
  assert.deepEqual(
    h.runs.map((x) => x.t),
    [0, 1, 2].map((d) => START + d * DAY),
  );
});
