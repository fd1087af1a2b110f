import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Client } from '@temporalio/client';
import { createSchedule, listSchedules, withSchedule } from '../../src/temporal/schedules.ts';

const VEGA = fileURLToPath(new URL('../../node_modules/vega-datasets/data/', import.meta.url));

/** The markup planted in a data file: it must show as text, never run. */
export const INJECTED =
  '<script>window.__tgInjected = 1</script><img src=x onerror="window.__tgInjected = 2">';

export interface SeededRun {
  suite: string;
  workflowId: string;
  runId: string;
  status: string;
}

/**
 * Suites over vega-datasets files: weather passes, cars fails (a high-severity range check, with
 * a sensitive column), penguins warns (medium nulls), and "comments" holds a value with markup in
 * a failing sample. Each is one real validation workflow; weather is also profiled twice (drift).
 */
export function writeSuites(dir: string): Record<'weather' | 'cars' | 'penguins' | 'comments', string> {
  mkdirSync(dir, { recursive: true });
  const write = (name: string, lines: string[]): string => {
    const path = join(dir, `${name}.yml`);
    writeFileSync(path, ['version: 1', `name: ${name}`, ...lines, ''].join('\n'));
    return path;
  };
  const rows = ['id,author,comment'];
  for (let i = 1; i <= 12; i++) rows.push(`${i},user${i},looks fine ${i}`);
  rows.push(`13,mallory,"${INJECTED.replace(/"/g, '""')}"`);
  writeFileSync(join(dir, 'comments.csv'), `${rows.join('\n')}\n`);
  // Data next to the suites, named relative to them, as users lay suites out (and so pages and
  // screenshots show `cars.json`, never this machine's paths).
  for (const f of ['seattle-weather.csv', 'cars.json', 'penguins.json'])
    copyFileSync(join(VEGA, f), join(dir, f));
  return {
    weather: write('weather', [
      'sources:',
      '  weather: { path: seattle-weather.csv }',
      'checks:',
      '  weather:',
      '    - row_count: { min: 1000 }',
      '    - not_null: { columns: [date, weather] }',
      '    - between: { column: temp_max, min: -30, max: 50 }',
      '    - in_set: { column: weather, values: [drizzle, rain, sun, snow, fog] }',
    ]),
    cars: write('cars', [
      'sources:',
      '  cars: { path: cars.json, key: [Name], sensitive: [Name] }',
      'checks:',
      '  cars:',
      '    - row_count: { min: 100 }',
      '    - between: { column: Horsepower, min: 40, max: 200, severity: high }',
      '    - not_null: { columns: [Miles_per_Gallon], severity: low }',
      '    - in_set: { column: Origin, values: [USA, Europe, Japan] }',
    ]),
    penguins: write('penguins', [
      'sources:',
      '  penguins: { path: penguins.json }',
      'checks:',
      '  penguins:',
      '    - row_count: { min: 100 }',
      '    - not_null: { columns: [Sex], severity: medium }',
    ]),
    comments: write('comments', [
      'sources:',
      '  comments: { path: comments.csv }',
      'checks:',
      '  comments:',
      '    - not_null: { columns: [comment] }',
      "    - regex: { column: comment, pattern: '^[a-z0-9 ]+$', severity: critical }",
    ]),
  };
}

export async function validate(
  client: Client,
  taskQueue: string,
  suite: string,
  workflowId: string,
): Promise<SeededRun> {
  const h = await client.workflow.start('validationWorkflow', { taskQueue, workflowId, args: [{ suite }] });
  const r = (await h.result()) as { status: string; suite: string };
  return { suite: r.suite, workflowId, runId: h.firstExecutionRunId, status: r.status };
}

export async function profile(
  client: Client,
  taskQueue: string,
  suite: string,
  source: string,
  workflowId: string,
): Promise<SeededRun> {
  const h = await client.workflow.start('profilingWorkflow', {
    taskQueue,
    workflowId,
    args: [{ suite, source, drift: true }],
  });
  await h.result();
  return { suite: source, workflowId, runId: h.firstExecutionRunId, status: 'pass' };
}

export const SCHEDULE_ID = 'weather-nightly';

/**
 * One run of each suite, two weather profiles, and the schedule `weather-nightly` (cron 0 6 * * *)
 * triggered once; waits until visibility shows all seven runs and the schedule. Returns the runs.
 */
export async function seedHistory(
  client: Client,
  taskQueue: string,
  dir: string,
): Promise<Record<string, SeededRun>> {
  const suites = writeSuites(dir);
  const tag = `${process.pid}-${Date.now()}`;
  const out: Record<string, SeededRun> = {};
  for (const [name, path] of Object.entries(suites))
    out[name] = await validate(client, taskQueue, path, `tg-${name}-${tag}`);
  out.profile1 = await profile(client, taskQueue, suites.weather, 'weather', `tg-profile-a-${tag}`);
  out.profile2 = await profile(client, taskQueue, suites.weather, 'weather', `tg-profile-b-${tag}`);
  await createSchedule(client, {
    id: SCHEDULE_ID,
    cron: '0 6 * * *',
    note: 'nightly weather check',
    taskQueue,
    work: { workflow: 'validationWorkflow', input: { suite: suites.weather } },
  });
  await withSchedule(client, SCHEDULE_ID, (h) => h.trigger());
  await waitForVisibility(
    client,
    `TemporalScheduledById = '${SCHEDULE_ID}' AND ExecutionStatus = 'Completed'`,
    1,
    60_000,
  );
  await waitForVisibility(client, "TgKind IN ('validation', 'profile') AND ExecutionStatus = 'Completed'", 7);
  // Schedules are listed through visibility too, which lags behind their creation.
  for (let i = 0; !(await listSchedules(client)).some((s) => s.scheduleId === SCHEDULE_ID); i++) {
    if (i > 80) throw new Error(`schedule ${SCHEDULE_ID} never showed in the schedule list`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return out;
}

/** Visibility is eventually consistent: wait until a query sees `count` runs. */
export async function waitForVisibility(
  client: Client,
  query: string,
  count: number,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { count: n } = await client.workflow.count(query);
    if (n >= count) return;
    if (Date.now() > deadline) throw new Error(`visibility saw ${n} of ${count} runs for ${query}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
