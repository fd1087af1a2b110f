import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSuiteFile } from '../../src/core/suite/load.ts';
import { cli } from '../helpers/cli-worker.ts';
import { temporalEnv, writeOrdersSuite, type TemporalEnv } from '../helpers/temporal-env.ts';

let env: TemporalEnv;
let flags: string[];

before(async () => {
  env = await temporalEnv();
  await env.startWorker();
  flags = ['--address', env.server.address, '--task-queue', env.taskQueue];
});
after(async () => env?.close());

test('truthgate run: waits for the workflow and exits like truthgate check', async () => {
  const dir = join(env.dir, 'run');
  mkdirSync(dir);
  const suite = writeOrdersSuite(dir, { name: 'cli-run' });
  const ok = await cli(['run', '--suite', suite, ...flags]);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /cli-run: PASS — 3 passed/);

  writeOrdersSuite(dir, { name: 'cli-run', bad: true });
  const failed = await cli(['run', '--suite', suite, '--json', ...flags]);
  assert.equal(failed.code, 1, failed.stderr);
  const result = JSON.parse(failed.stdout) as { status: string; stateChange: { kind: string } };
  assert.equal(result.status, 'fail');
  assert.equal(result.stateChange.kind, 'pass_to_fail');

  const missing = await cli(['run', '--suite', join(dir, 'nope.yml'), ...flags]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /error TG_SUITE_NOT_FOUND/);
  assert.doesNotMatch(missing.stderr, /\n\s+at /, 'no stack trace');

  const down = await cli([
    'run',
    '--suite',
    suite,
    '--address',
    '127.0.0.1:1',
    '--task-queue',
    env.taskQueue,
  ]);
  assert.equal(down.code, 2);
  assert.match(down.stderr, /error TG_TEMPORAL_CONNECT/);
});

test('truthgate schedule: create, list, describe, trigger, pause, resume, delete', async () => {
  const dir = join(env.dir, 'sched');
  mkdirSync(dir);
  const suite = writeOrdersSuite(dir, { name: 'cli-sched' });
  const create = await cli([
    'schedule',
    'create',
    'nightly',
    '--suite',
    suite,
    '--cron',
    '0 6 * * *',
    '--timezone',
    'Asia/Seoul',
    '--catchup-window',
    '1 hour',
    '--note',
    'orders nightly',
    ...flags,
  ]);
  assert.equal(create.code, 0, create.stderr);

  const desc = JSON.parse((await cli(['schedule', 'describe', 'nightly', ...flags])).stdout) as Record<
    string,
    unknown
  >;
  assert.equal(desc.paused, false);
  assert.equal(desc.note, 'orders nightly');
  assert.equal(desc.workflow, 'validationWorkflow');
  assert.equal(desc.overlap, 'SKIP');
  assert.equal(desc.catchupWindowMs, 3_600_000);
  assert.equal((desc.spec as { timezone?: string }).timezone, 'Asia/Seoul');
  const next = new Date((desc.nextRuns as string[])[0]!);
  assert.equal(next.getUTCHours(), 21, '06:00 in Seoul is 21:00 UTC');

  assert.equal((await cli(['schedule', 'trigger', 'nightly', ...flags])).code, 0);
  let recent: unknown[] = [];
  for (let i = 0; i < 50 && recent.length === 0; i++) {
    await new Promise((r) => setTimeout(r, 200));
    recent = (
      JSON.parse((await cli(['schedule', 'describe', 'nightly', ...flags])).stdout) as {
        recentRuns: unknown[];
      }
    ).recentRuns;
  }
  assert.equal(recent.length, 1, 'trigger started a run');

  assert.equal((await cli(['schedule', 'pause', 'nightly', '--note', 'maintenance', ...flags])).code, 0);
  const listed = await cli(['schedule', 'list', ...flags]);
  assert.match(listed.stdout, /^nightly\tcli-sched\tpaused\t.*maintenance/m);
  assert.equal((await cli(['schedule', 'resume', 'nightly', ...flags])).code, 0);
  assert.match((await cli(['schedule', 'list', ...flags])).stdout, /^nightly\tcli-sched\tactive/m);

  // Suites without `name:` are listed by the loader's identity for them, one per suite file.
  for (const id of ['unnamed-a', 'unnamed-b']) {
    const d = join(dir, id);
    mkdirSync(d);
    const path = join(d, 'truthgate.yml');
    writeFileSync(
      path,
      'version: 1\nsources:\n  t: { path: t.csv }\nchecks:\n  t:\n    - row_count: { min: 1 }\n',
    );
    const c = await cli([
      'schedule',
      'create',
      id,
      '--suite',
      path,
      '--cron',
      '0 6 * * *',
      '--paused',
      ...flags,
    ]);
    assert.equal(c.code, 0, c.stderr);
    const identity = loadSuiteFile(path).name;
    // The schedule list comes from visibility, which lags behind creation.
    let line: string | undefined;
    for (let i = 0; i < 40 && !line; i++) {
      line = (await cli(['schedule', 'list', ...flags])).stdout
        .split('\n')
        .find((l) => l.startsWith(`${id}\t`));
      if (!line) await new Promise((r) => setTimeout(r, 250));
    }
    assert.equal(line?.split('\t').slice(0, 3).join('\t'), `${id}\t${identity}\tpaused`);
    assert.equal((await cli(['schedule', 'delete', id, ...flags])).code, 0);
  }

  const retention = await cli([
    'schedule',
    'create',
    'retention',
    '--retention',
    '--report-days',
    '30',
    '--cron',
    '0 3 * * *',
    ...flags,
  ]);
  assert.equal(retention.code, 0, retention.stderr);
  const badTz = await cli([
    'schedule',
    'create',
    'x',
    '--suite',
    suite,
    '--cron',
    '0 6 * * *',
    '--timezone',
    'Mars/Base',
    ...flags,
  ]);
  assert.equal(badTz.code, 2);
  assert.match(badTz.stderr, /TG_SCHEDULE_INVALID/);

  assert.equal((await cli(['schedule', 'delete', 'nightly', ...flags])).code, 0);
  assert.equal((await cli(['schedule', 'delete', 'retention', ...flags])).code, 0);
  const gone = await cli(['schedule', 'describe', 'nightly', ...flags]);
  assert.equal(gone.code, 2);
  assert.match(gone.stderr, /TG_SCHEDULE_NOT_FOUND/);
});
