import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { TruthgateError } from '../../src/core/errors.ts';
import { startDashboard } from '../../src/dashboard/server.ts';
import { resolveConnection } from '../../src/temporal/connection.ts';
import { cli } from '../helpers/cli-worker.ts';
import { startTestServer, type DevServer } from '../helpers/temporal-dev-server.ts';
import { writeOrdersSuite } from '../helpers/temporal-env.ts';

// A namespace name with a typo (or one not created yet) is a user error with a remedy, not an
// internal error: every command that talks to Temporal says which namespace and how to create it.
let server: DevServer;
let dir: string;

before(async () => {
  server = await startTestServer();
  dir = mkdtempSync(join(tmpdir(), 'tg-ns-'));
});
after(async () => {
  await server?.stop();
});

test('an unknown namespace is TG_TEMPORAL_NAMESPACE in seconds for setup, run, worker and schedule', async () => {
  const suite = writeOrdersSuite(dir, { name: 'ns' });
  const flags = ['--address', server.address, '--namespace', 'no-such-ns', '--task-queue', 'tg-ns'];
  for (const args of [
    ['setup'],
    ['run', '--suite', suite],
    ['worker', '--store', join(dir, 'store')],
    ['schedule', 'list'],
    ['schedule', 'create', 's1', '--suite', suite, '--cron', '0 6 * * *'],
  ]) {
    const t0 = Date.now();
    const r = await cli([...args, ...flags]);
    const ms = Date.now() - t0;
    assert.equal(r.code, 2, `${args[0]}: ${r.stderr}`);
    assert.match(
      r.stderr,
      /error TG_TEMPORAL_NAMESPACE: Namespace no-such-ns does not exist/,
      args.join(' '),
    );
    assert.match(r.stderr, /temporal operator namespace create --namespace no-such-ns/, args.join(' '));
    assert.doesNotMatch(r.stderr, /TG_INTERNAL|\n\s+at /, args.join(' '));
    assert.ok(ms < 15_000, `${args[0]} took ${ms} ms`);
  }
});

test('the dashboard refuses an unknown namespace at start; with Temporal down it still starts', async () => {
  const log = pino({ level: 'silent' });
  const storeDir = join(dir, 'dash-store');
  const refused: unknown = await startDashboard({
    host: '127.0.0.1',
    port: 0,
    connection: resolveConnection({ address: server.address, namespace: 'no-such-ns' }, {}),
    storeDir,
    log,
  }).then(
    async (d) => {
      await d.close();
      return d;
    },
    (e: unknown) => e,
  );
  assert.ok(refused instanceof TruthgateError && refused.code === 'TG_TEMPORAL_NAMESPACE', String(refused));
  const down = await startDashboard({
    host: '127.0.0.1',
    port: 0,
    connection: resolveConnection({ address: '127.0.0.1:1', namespace: 'no-such-ns' }, {}),
    storeDir,
    log,
  });
  const health = await fetch(`${down.url}/healthz`);
  assert.equal(health.status, 503);
  await down.close();
});
