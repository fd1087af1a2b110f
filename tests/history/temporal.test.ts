import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import { historyKey, loadHistory, readHistory, type HistoryFile } from '../../src/core/history/store.ts';
import { Report } from '../../src/core/result/schema.ts';
import { DirectoryStore } from '../../src/core/store/index.ts';
import { loadSuiteFile } from '../../src/core/suite/load.ts';
import { createSchedule } from '../../src/temporal/schedules.ts';
import type { ValidationWorkflowResult } from '../../src/workflows/validation.ts';
import { temporalEnv, type TemporalEnv } from '../helpers/temporal-env.ts';
import { DAY, dailySeries, type Day, type Incident } from './generate.ts';
import { PARTITIONED_SUITE, withoutPartitions, writeParts } from './parts.ts';

let env: TemporalEnv;
let store: DirectoryStore;
before(async () => {
  env = await temporalEnv();
  await env.startWorker();
  store = new DirectoryStore(env.storeDir);
});
after(async () => env?.close());

async function validate(suite: string, partitioned: boolean, id: string): Promise<ValidationWorkflowResult> {
  const handle = await env.client.workflow.start('validationWorkflow', {
    taskQueue: env.taskQueue,
    workflowId: `${id}-${process.pid}`,
    args: [{ suite, ...(partitioned ? { partitioned: {} } : {}) }],
  });
  return (await handle.result()) as ValidationWorkflowResult;
}

test('on Temporal, a partitioned run leaves the series of the whole run plus per-partition row counts', async () => {
  const dir = join(env.dir, 'parted');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'whole.yml'), PARTITIONED_SUITE.replace('NAME', 'shop-whole'));
  writeFileSync(join(dir, 'parts.yml'), PARTITIONED_SUITE.replace('NAME', 'shop-parts'));
  const counts: number[][] = [];
  for (let run = 0; run < 2; run++) {
    counts.push(writeParts(dir, run));
    await validate(join(dir, 'whole.yml'), false, `whole-${run}`);
    const parted = await validate(join(dir, 'parts.yml'), true, `parts-${run}`);
    assert.equal(parted.partitions, 3);
  }
  const whole = (await readHistory(store, 'shop-whole', 'orders'))!;
  const parts = (await readHistory(store, 'shop-parts', 'orders'))!;
  assert.ok(parts, 'the partitioned runs recorded a history');
  assert.equal(parts.runs.length, 2);
  assert.deepEqual(withoutPartitions(parts), whole.metrics);
  for (let f = 0; f < 3; f++)
    assert.deepEqual(
      parts.metrics[`partition_rows:parts/part-${f}.csv`],
      counts.map((c) => c[f]),
    );
});

/*
 * The generated series of tests/history/incidents.test.ts, through a Temporal schedule: for each
 * judged day the worker's store holds the days before it (shifted so the judged day is now, as a
 * daily schedule would have left them), the data file realizes that day's metrics, and the
 * schedule is triggered. The verdicts must be the in-process ones, and catch the incidents.
 */
const WARMUP = 28;
const NORMAL = 90;
const FIRST = WARMUP + NORMAL;
const incidents: Record<number, Incident> = {
  [FIRST]: 'missing_day',
  [FIRST + 2]: 'half_load',
  [FIRST + 4]: 'null_spike',
  [FIRST + 6]: 'stuck_mean',
  [FIRST + 7]: 'stuck_mean',
  [FIRST + 9]: 'stale_table',
};
/** The incident days and two normal days between them. */
const JUDGED = [FIRST, FIRST + 1, FIRST + 2, FIRST + 4, FIRST + 5, FIRST + 6, FIRST + 7, FIRST + 9];
const catches: Record<Incident, string> = {
  missing_day: 'row_count_anomaly',
  half_load: 'row_count_anomaly',
  null_spike: 'null_fraction_anomaly',
  stuck_mean: 'metric_anomaly',
  stale_table: 'freshness_anomaly',
};
/** A twentieth of the generated rows keeps the files small; the seeded history is scaled alike. */
const SCALE = 20;
/** Means on a 1/1024 grid: exactly representable, so a repeated mean is bit-identical in the data. */
const grid = (v: number): number => Math.round(v * 1024) / 1024;

function metricsOf(d: Day): Record<string, number> {
  return {
    row_count: Math.round(d.rowCount / SCALE),
    'null_fraction:email': d.nullFraction,
    'mean:amount': grid(d.mean),
    'freshness_lag:created_at': d.freshnessLag,
  };
}

function seed(suite: string, days: Day[], judged: number, now: number): HistoryFile {
  const past = days.slice(0, judged);
  const names = Object.keys(metricsOf(days[0]!));
  return {
    version: 1,
    suite,
    source: 'orders',
    runs: past.map((_, i) => ({ t: now - (judged - i) * DAY, id: `seed-${i}` })),
    metrics: Object.fromEntries(names.map((m) => [m, past.map((d) => metricsOf(d)[m]!)])),
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');
const stamp = (t: number): string => {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
};

/** Rows whose count, null share, mean and newest timestamp are the day's metrics. */
function dayCsv(d: Day, now: number): string {
  const m = metricsOf(d);
  const rows = m.row_count!;
  const nulls = Math.round(m['null_fraction:email']! * rows);
  const newest = now - m['freshness_lag:created_at']! * 1000;
  const lines = ['id,email,amount,created_at'];
  for (let i = 0; i < rows; i++) {
    // Pairs of +k and -k around the mean; an odd last row is the mean itself.
    const k = i === rows - 1 && rows % 2 ? 0 : (((i >> 1) % 7) + 1) * (i % 2 ? -1 : 1);
    const email = i < nulls ? '' : `u${i}@example.com`;
    lines.push(`${i},${email},${m['mean:amount']! + k},${stamp(newest - (rows - 1 - i) * 37_000)}`);
  }
  return `${lines.join('\n')}\n`;
}

const SCHEDULE_SUITE = `version: 1
name: NAME
sources:
  orders: { path: orders.csv }
checks:
  orders:
    - row_count_anomaly: {}
    - null_fraction_anomaly: { column: email }
    - metric_anomaly: { metric: mean, column: amount }
    - freshness_anomaly: { column: created_at }
`;

test('the generated series through a Temporal schedule gives the in-process verdicts and catches every incident', async () => {
  const dir = join(env.dir, 'scheduled');
  mkdirSync(dir, { recursive: true });
  const suitePath = join(dir, 'truthgate.yml');
  writeFileSync(suitePath, SCHEDULE_SUITE.replace('NAME', 'daily-seed'));
  await createSchedule(env.client, {
    id: 'daily-orders',
    cron: '0 6 1 1 *', // far off: each day is a trigger
    taskQueue: env.taskQueue,
    work: { workflow: 'validationWorkflow', input: { suite: suitePath } },
  });
  const schedule = env.client.schedule.getHandle('daily-orders');
  const series = dailySeries(FIRST + 12, incidents);
  for (const day of JUDGED) {
    // One suite name per judged day: each starts from its own seeded history.
    const name = `daily-${day}`;
    writeFileSync(suitePath, SCHEDULE_SUITE.replace('NAME', name));
    const now = Date.now();
    await store.put(historyKey(name, 'orders'), JSON.stringify(seed(name, series, day, now)));
    writeFileSync(join(dir, 'orders.csv'), dayCsv(series[day]!, now));

    const before = (await schedule.describe()).info.recentActions.length;
    await schedule.trigger();
    let workflowId: string | undefined;
    for (const deadline = Date.now() + 30_000; !workflowId && Date.now() < deadline;) {
      const actions = (await schedule.describe()).info.recentActions;
      workflowId = actions.length > before ? actions.at(-1)!.action.workflow.workflowId : undefined;
      if (!workflowId) await new Promise((r) => setTimeout(r, 200));
    }
    assert.ok(workflowId, `day ${day}: the trigger started a workflow`);
    const result = (await env.client.workflow.getHandle(workflowId).result()) as ValidationWorkflowResult;
    const scheduled = Report.parse(JSON.parse((await store.get(result.reportKey))!));

    // In-process, at the workflow's own clock, against the same stored history.
    const local = await runSuite(loadSuiteFile(suitePath), {
      now: new Date(scheduled.startedAt),
      runId: scheduled.runId,
      history: await loadHistory(store, name, ['orders']),
    });
    const verdicts = (r: Report): string[][] =>
      r.sources[0]!.checks.map((c) => [c.type, c.status, c.message]);
    assert.deepEqual(verdicts(scheduled), verdicts(local), `day ${day}`);

    const failing = scheduled.sources[0]!.checks.filter((c) => c.status === 'fail').map((c) => c.type);
    const incident = series[day]!.incident;
    if (incident)
      assert.ok(failing.includes(catches[incident]), `day ${day} ${incident}: ${failing.join(', ')}`);
    else assert.deepEqual(failing, [], `day ${day} (normal)`);
    // The worker appended the day to the history it judged against.
    assert.equal((await readHistory(store, name, 'orders'))!.runs.length, day + 1);
  }
});
