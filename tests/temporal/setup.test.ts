import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli, startCliWorker } from '../helpers/cli-worker.ts';
import { startTestServer, type DevServer } from '../helpers/temporal-dev-server.ts';
import { writeOrdersSuite } from '../helpers/temporal-env.ts';

// A dev server started WITHOUT Truthgate's search attributes: a fresh namespace as users get it.
let server: DevServer;
let dir: string;
let flags: string[];
const BIN = fileURLToPath(new URL('../../bin/truthgate.js', import.meta.url));
const workers: { child: { kill: (s: NodeJS.Signals) => boolean }; stopped: Promise<number | null> }[] = [];

before(async () => {
  server = await startTestServer({ searchAttributes: false });
  dir = mkdtempSync(join(tmpdir(), 'tg-setup-'));
  flags = ['--address', server.address, '--task-queue', 'tg-setup'];
});
after(async () => {
  for (const w of workers) {
    w.child.kill('SIGTERM');
    await w.stopped;
  }
  await server?.stop();
});

function operator(...args: string[]): void {
  execFileSync('temporal', ['operator', ...args, '--address', server.address], { stdio: 'ignore' });
}

/** Creates a namespace, then runs `temporal operator <args>` on it once the server knows it. */
async function withNewNamespace(namespace: string, ...args: string[]): Promise<void> {
  operator('namespace', 'create', '--namespace', namespace);
  for (let i = 0; ; i++) {
    try {
      operator(...args);
      return;
    } catch (e) {
      if (i > 40) throw e; // a new namespace takes a moment to be known everywhere
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

test('setup --check on a bare namespace fails at once with the registration commands', async () => {
  const t0 = Date.now();
  const r = await cli(['setup', '--check', ...flags]);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /error TG_TEMPORAL_SEARCH_ATTRIBUTES: .*TgKind, TgSuite/);
  assert.match(
    r.stderr,
    /temporal operator search-attribute create --namespace default --name TgFailedChecks --type Int/,
  );
  assert.match(r.stderr, /tcld namespace search-attributes add --namespace default .*"TgSource=KeywordList"/);
  assert.ok(Date.now() - t0 < 15_000);
});

test('run without a worker says so within seconds instead of waiting in silence', async () => {
  const suite = writeOrdersSuite(dir, { name: 'no-worker' });
  const t0 = Date.now();
  const r = await cli(['run', '--suite', suite, ...flags]);
  const ms = Date.now() - t0;
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /error TG_TEMPORAL_NO_WORKER: No worker is polling task queue tg-setup/);
  assert.match(r.stderr, /--wait/);
  assert.ok(ms < 15_000, `took ${ms} ms`);
});

test('schedule create refuses a suite that is missing or does not validate', async () => {
  const missing = await cli([
    'schedule',
    'create',
    's1',
    '--suite',
    join(dir, 'nope.yml'),
    '--cron',
    '0 6 * * *',
    ...flags,
  ]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /error TG_SUITE_NOT_FOUND/);
  const broken = join(dir, 'broken.yml');
  writeFileSync(
    broken,
    'version: 1\nsources:\n  t: { path: t.csv }\nchecks:\n  t:\n    - not_nul: { column: a }\n',
  );
  const invalid = await cli(['schedule', 'create', 's2', '--suite', broken, '--cron', '0 6 * * *', ...flags]);
  assert.equal(invalid.code, 2);
  assert.match(invalid.stderr, /broken\.yml:6:\d+: error TG_UNKNOWN_CHECK/);
  const list = await cli(['schedule', 'list', ...flags]);
  assert.equal(list.stdout, '', 'no schedule was created');
});

test('run --wait waits for a worker; the worker registers the attributes and the run completes', async () => {
  const suite = writeOrdersSuite(dir, { name: 'waited' });
  const child = spawn(process.execPath, [BIN, 'run', '--suite', suite, '--wait', ...flags], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', r));
  await new Promise((r) => setTimeout(r, 4000));
  assert.equal(child.exitCode, null, `run --wait exited early: ${err}`);
  assert.match(err, /no worker polls task queue tg-setup yet; waiting/);
  workers.push(await startCliWorker([...flags, '--store', join(dir, 'store')]));
  const timer = setTimeout(() => child.kill('SIGTERM'), 60_000);
  const code = await exited;
  clearTimeout(timer);
  assert.equal(code, 0, `run did not complete (a bare namespace hangs it): ${err}`);
  assert.match(out, /waited: PASS/);
  const again = await cli(['setup', ...flags]);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /has every Truthgate search attribute/);
});

test('a worker that may not register them fails in seconds with the commands', async () => {
  // The dev server allows 3 Int attributes per namespace: with 3 taken, TgFailedChecks cannot be added.
  await withNewNamespace(
    'full',
    'search-attribute',
    'create',
    '--namespace',
    'full',
    ...['A', 'B', 'C'].flatMap((n) => ['--name', `Other${n}`, '--type', 'Int']),
  );
  const t0 = Date.now();
  const r = await cli(['worker', '--namespace', 'full', ...flags, '--store', join(dir, 'store2')]);
  const ms = Date.now() - t0;
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /error TG_TEMPORAL_SEARCH_ATTRIBUTES: Namespace full lacks/);
  assert.match(r.stderr, /more than 3 search attribute of type Int/);
  assert.match(
    r.stderr,
    /temporal operator search-attribute create --namespace full --name TgKind --type Keyword/,
  );
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  assert.ok(ms < 30_000, `took ${ms} ms`);
});

test('an attribute registered with another type: the commands remove it first, and they work', async () => {
  await withNewNamespace(
    'clash',
    'search-attribute',
    'create',
    '--namespace',
    'clash',
    '--name',
    'TgKind',
    '--type',
    'Int',
  );
  const r = await cli(['setup', '--namespace', 'clash', ...flags]);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /TgKind is registered as Int, Truthgate needs Keyword/);
  const commands = [...r.stderr.matchAll(/^\s+temporal operator (search-attribute .*)$/gm)].map((m) =>
    m[1]!.split(' '),
  );
  assert.deepEqual(
    commands.map((c) => c[1]),
    ['remove', 'create'],
    r.stderr,
  );
  for (const c of commands) operator(...c);
  const again = await cli(['setup', '--namespace', 'clash', ...flags]);
  assert.equal(again.code, 0, again.stderr);
});
