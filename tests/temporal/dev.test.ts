import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import { freePort } from '../../src/temporal/dev-server.ts';
import type { ValidationWorkflowResult } from '../../src/workflows/validation.ts';
import { cli } from '../helpers/cli-worker.ts';

const BIN = fileURLToPath(new URL('../../bin/truthgate.js', import.meta.url));
const WEATHER = fileURLToPath(new URL('../../examples/weather/truthgate.yml', import.meta.url));

interface Dev {
  child: ChildProcess;
  exited: Promise<number | null>;
  stderr: () => string;
}

const started: ChildProcess[] = [];
after(() => {
  // A failed assertion must not leave a dev server behind.
  for (const c of started) if (c.exitCode === null && c.signalCode === null) c.kill('SIGINT');
});

function startDev(args: string[]): Dev {
  const child = spawn(process.execPath, [BIN, 'dev', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  started.push(child);
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { child, exited, stderr: () => err };
}

async function waitFor(what: string, ok: () => boolean, dev: Dev, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ok()) {
    if (dev.child.exitCode !== null) assert.fail(`dev exited (${dev.child.exitCode}):\n${dev.stderr()}`);
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}:\n${dev.stderr()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Every process below `pid` (the dev server is a grandchild behind no shell, but walk anyway). */
function descendants(pid: number): number[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Field 4 of /proc/<pid>/stat, after the parenthesised command name.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // Exited while we looked.
    }
  }
  const out: number[] = [];
  const walk = (p: number): void => {
    for (const [child, pp] of parent) {
      if (pp !== p) continue;
      out.push(child);
      walk(child);
    }
  };
  walk(pid);
  return out;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

function line(text: string, label: string): string {
  const m = new RegExp(`^${label}\\s+(\\S+)`, 'm').exec(text);
  assert.ok(m, `no "${label}" line in:\n${text}`);
  return m[1]!;
}

test('truthgate dev: server, worker and dashboard; run and schedules against it; Ctrl-C stops all', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tg-dev-'));
  // Ports chosen here can be taken by a concurrently running test before dev binds them; only
  // that start-up failure is retried, on fresh ports.
  let port = 0;
  let uiPort = 0;
  let dashboardPort = 0;
  let dev: Dev | undefined;
  for (let attempt = 1; !dev; attempt++) {
    [port, uiPort, dashboardPort] = [await freePort(), await freePort(), await freePort()];
    const candidate = startDev([
      '--data-dir',
      dataDir,
      '--port',
      String(port),
      '--ui-port',
      String(uiPort),
      '--dashboard-port',
      String(dashboardPort),
      '--task-queue',
      'tg-dev-test',
    ]);
    const ready = await Promise.race([
      (async () => {
        while (!candidate.stderr().includes('Worker task queue') && candidate.child.exitCode === null) {
          await new Promise((r) => setTimeout(r, 200));
        }
        return candidate.child.exitCode === null;
      })(),
      new Promise<boolean>((r) => setTimeout(() => r(true), 90_000)),
    ]);
    const portRace =
      !ready && /TG_TEMPORAL_DEV_SERVER|EADDRINUSE|address already in use/.test(candidate.stderr());
    if (portRace && attempt < 3) continue;
    dev = candidate;
  }
  await waitFor('the addresses', () => dev.stderr().includes('Worker task queue'), dev);
  const banner = dev.stderr();
  const address = line(banner, 'Temporal dev server');
  assert.equal(address, `127.0.0.1:${port}`);
  assert.equal(line(banner, 'Temporal Web UI'), `http://127.0.0.1:${uiPort}`);
  const dashboardUrl = line(banner, 'Truthgate dashboard');
  assert.equal(dashboardUrl, `http://127.0.0.1:${dashboardPort}`);
  assert.equal(line(banner, 'Database'), join(dataDir, 'temporal.db'));
  // The paste-able hint carries the non-default address and task queue.
  assert.match(banner, new RegExp(`export TEMPORAL_ADDRESS=${address} TRUTHGATE_TASK_QUEUE=tg-dev-test`));
  const pids = [dev.child.pid!, ...descendants(dev.child.pid!)];
  assert.ok(pids.length >= 2, 'the dev server runs as a child process');

  const flags = ['--address', address, '--task-queue', 'tg-dev-test'];
  // Exit codes as `truthgate check`: the example only has a low-severity finding (WARN, 0) ...
  const run = await cli(['run', '--suite', WEATHER, ...flags]);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /seattle-weather: WARN — 20 passed, 1 failed/);
  // ... which fails the run once fail_on reaches it.
  const strict = await cli(['run', '--suite', WEATHER, '--fail-on', 'low', ...flags]);
  assert.equal(strict.code, 1, strict.stderr);

  const create = await cli([
    'schedule',
    'create',
    'weather-nightly',
    '--suite',
    WEATHER,
    '--cron',
    '0 6 * * *',
    '--timezone',
    'Asia/Seoul',
    ...flags,
  ]);
  assert.equal(create.code, 0, create.stderr);
  const list = await cli(['schedule', 'list', ...flags]);
  assert.equal(list.code, 0, list.stderr);
  assert.match(list.stdout, /^weather-nightly\tseattle-weather\tactive\tnext \d{4}-/m);
  const trigger = await cli(['schedule', 'trigger', 'weather-nightly', ...flags]);
  assert.equal(trigger.code, 0, trigger.stderr);

  // The triggered run completes on dev's worker.
  const connection = await Connection.connect({ address });
  try {
    const client = new Client({ connection });
    const schedule = client.schedule.getHandle('weather-nightly');
    let workflowId: string | undefined;
    const deadline = Date.now() + 30_000;
    while (!workflowId && Date.now() < deadline) {
      workflowId = (await schedule.describe()).info.recentActions[0]?.action.workflow.workflowId;
      if (!workflowId) await new Promise((r) => setTimeout(r, 250));
    }
    assert.ok(workflowId, 'the trigger started a workflow');
    const result = (await client.workflow.getHandle(workflowId).result()) as ValidationWorkflowResult;
    assert.equal(result.status, 'warn');
    assert.equal(result.suite, 'seattle-weather');
  } finally {
    await connection.close();
  }
  assert.equal(readdirSync(join(dataDir, 'store', 'reports', 'seattle-weather')).length, 3);

  // The in-process dashboard serves over the same server.
  const health = await fetch(`${dashboardUrl}/healthz`);
  assert.equal(health.status, 200);
  const overview = await fetch(dashboardUrl);
  assert.equal(overview.status, 200);
  assert.match(await overview.text(), /seattle-weather/);

  dev.child.kill('SIGINT');
  assert.equal(await dev.exited, 0, dev.stderr());
  assert.match(dev.stderr(), /stopped\n$/);
  for (const pid of pids) assert.equal(alive(pid), false, `process ${pid} still running`);
  for (const p of [port, uiPort, dashboardPort])
    assert.equal(await portOpen(p), false, `port ${p} still open`);
});

test('truthgate dev: Ctrl-C while the server starts stops the server too', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tg-dev-'));
  const dev = startDev(['--data-dir', dataDir, '--port', String(await freePort()), '--headless']);
  let server: number[] = [];
  await waitFor('the server process', () => (server = descendants(dev.child.pid!)).length > 0, dev);
  dev.child.kill('SIGINT');
  assert.equal(await dev.exited, 0, dev.stderr());
  assert.doesNotMatch(dev.stderr(), /Worker task queue/, 'interrupted before it was ready');
  for (const pid of server) assert.equal(alive(pid), false, `process ${pid} still running`);
});
