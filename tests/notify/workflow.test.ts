import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryKey } from '../../src/channels/log.ts';
import type { LogEntry } from '../../src/channels/types.ts';
import { testEvent, type NotifyEvent } from '../../src/core/notify/event.ts';
import type { NotifyConfig } from '../../src/core/notify/rules.ts';
import { DirectoryStore } from '../../src/core/store/index.ts';
import type { NotificationResult } from '../../src/workflows/notification.ts';
import type { ValidationWorkflowResult } from '../../src/workflows/validation.ts';
import { startCliWorker } from '../helpers/cli-worker.ts';
import { temporalEnv, writeOrdersSuite, type TemporalEnv } from '../helpers/temporal-env.ts';
import { startReceiver, type Receiver } from './peers.ts';

let env: TemporalEnv;
let seq = 0;
const receivers: Receiver[] = [];

before(async () => {
  env = await temporalEnv();
  await env.startWorker();
});
after(async () => {
  for (const r of receivers) await r.close();
  await env?.close();
});

/** Short retry intervals through configuration, as a user would set them. */
const fast = { initial_interval: '100ms', maximum_interval: '300ms', timeout: '1s' };

async function receiver(
  name: string,
  script: Parameters<typeof startReceiver>[0],
  onRequest?: Parameters<typeof startReceiver>[1],
): Promise<Receiver> {
  const rx = await startReceiver(script, onRequest);
  receivers.push(rx);
  process.env[`TRUTHGATE_WEBHOOK_${name.toUpperCase()}_URL`] = rx.url;
  process.env[`TRUTHGATE_WEBHOOK_${name.toUpperCase()}_SECRET`] = 'test-secret';
  return rx;
}

function event(): NotifyEvent {
  return {
    ...testEvent(new Date('2025-06-02T12:00:00Z'), `wf-src-${process.pid}-${++seq}`),
    kind: 'pass_to_fail',
  };
}

function notify(
  e: NotifyEvent,
  config: NotifyConfig,
  taskQueue = env.taskQueue,
): Promise<NotificationResult> {
  return env.client.workflow.execute('notificationWorkflow', {
    taskQueue,
    workflowId: `notify-test-${process.pid}-${++seq}`,
    args: [{ event: e, config }],
  });
}

const webhookConfig = (channel: string, retry: Record<string, unknown> = fast): NotifyConfig => ({
  rules: [{ channels: [channel] }],
  channels: { [channel]: { retry } },
});

async function logOf(e: NotifyEvent, key: string): Promise<LogEntry> {
  return JSON.parse((await new DirectoryStore(env.storeDir).get(entryKey(e.at, key)))!) as LogEntry;
}

describe('notificationWorkflow on the dev server', () => {
  test('an endpoint failing three times then succeeding is delivered exactly once', async () => {
    const rx = await receiver('flaky', [503, 503, { status: 429, headers: { 'retry-after': '1' } }]);
    const e = event();
    const r = await notify(e, webhookConfig('webhook:flaky'));
    assert.equal(r.outcomes.length, 1);
    assert.equal(r.outcomes[0]!.status, 'sent', r.outcomes[0]!.detail);
    assert.equal(rx.requests.length, 4);
    assert.equal(rx.processed().length, 1);
    // Retry-After: 1 outweighs the 300 ms maximum interval of the policy.
    assert.ok(rx.requests[3]!.at - rx.requests[2]!.at >= 900);
    assert.equal(new Set(rx.requests.map((q) => q.headers['idempotency-key'])).size, 1);
    const entry = await logOf(e, r.outcomes[0]!.idempotencyKey);
    assert.deepEqual([entry.status, entry.attempts, entry.channel], ['sent', 4, 'webhook:flaky']);
  });

  test('a 400 is not retried and is recorded as failed with the reason', async () => {
    const rx = await receiver('bad', [{ status: 400, body: 'unknown field "blocks"' }]);
    const e = event();
    const r = await notify(e, webhookConfig('webhook:bad'));
    assert.equal(rx.requests.length, 1);
    const o = r.outcomes[0]!;
    assert.equal(o.status, 'failed');
    assert.match(o.detail!, /rejected the message \(HTTP 400 Bad Request: unknown field "blocks"\)/);
    const entry = await logOf(e, o.idempotencyKey);
    assert.equal(entry.status, 'failed');
    assert.match(entry.detail!, /HTTP 400/);
  });

  test('an endpoint that hangs times out and is retried', async () => {
    const rx = await receiver('slow', ['hang']);
    const r = await notify(event(), webhookConfig('webhook:slow'));
    assert.equal(r.outcomes[0]!.status, 'sent');
    assert.equal(rx.requests.length, 2);
    assert.equal(rx.processed().length, 1);
    assert.equal(rx.requests[0]!.headers['idempotency-key'], rx.requests[1]!.headers['idempotency-key']);
  });

  test('a retry after the send was logged does not send again', async () => {
    const rx = await receiver('once', []);
    // A drift event: no open-alert state to stop the repeat, only the log's idempotency record.
    const e: NotifyEvent = { ...event(), kind: 'drift_detected' };
    const first = await notify(e, webhookConfig('webhook:once'));
    assert.equal(first.outcomes[0]!.status, 'sent');
    // Same source workflow and event: the same idempotency key, already in the log.
    const second = await notify(e, webhookConfig('webhook:once'));
    assert.equal(second.outcomes[0]!.status, 'duplicate');
    assert.equal(rx.requests.length, 1);
  });

  test('a worker killed mid-send: the next worker retries with the same key, delivered once', async () => {
    const taskQueue = `tg-notify-kill-${process.pid}`;
    const workers: { first?: Awaited<ReturnType<typeof startCliWorker>> } = {};
    const rx = await receiver('kill', ['hang'], () => {
      if (rx.requests.length === 1) workers.first?.child.kill('SIGKILL');
    });
    const args = ['--address', env.server.address, '--task-queue', taskQueue, '--store', env.storeDir];
    const first = await startCliWorker(args);
    workers.first = first;
    const e = event();
    const running = notify(e, webhookConfig('webhook:kill', { ...fast, timeout: '4s' }), taskQueue);
    await first.stopped;
    const second = await startCliWorker(args);
    try {
      const r = await running;
      assert.equal(r.outcomes[0]!.status, 'sent');
      assert.equal(rx.requests.length, 2);
      assert.equal(rx.processed().length, 1);
      assert.equal(rx.requests[0]!.headers['idempotency-key'], rx.requests[1]!.headers['idempotency-key']);
    } finally {
      second.child.kill('SIGTERM');
      await second.stopped;
    }
  });
});

describe('validation runs notify on changes of state', () => {
  test('20 identical failures send one alert; the recovery sends one', async () => {
    const rx = await receiver('team', []);
    const dir = join(env.dir, 'notify-20');
    mkdirSync(dir);
    const suite = writeOrdersSuite(dir, { bad: true, name: 'notify-suite' });
    const withNotify = (): void =>
      writeFileSync(
        suite,
        `${readFileSync(suite, 'utf8')}notify:\n  rules:\n    - channels: [webhook:team]\n  channels:\n    webhook:team: { retry: { initial_interval: 100ms, timeout: 2s } }\n`,
      );
    withNotify();
    const run = async (i: number): Promise<ValidationWorkflowResult> => {
      const workflowId = `wf-notify20-${process.pid}-${i}`;
      const result = (await env.client.workflow.execute('validationWorkflow', {
        taskQueue: env.taskQueue,
        workflowId,
        args: [{ suite }],
      })) as ValidationWorkflowResult;
      // Wait for the abandoned child so the next run sees what this one sent.
      if (result.stateChange || result.status === 'fail') {
        await env.client.workflow.getHandle(`${workflowId}-notify-${result.runId}`).result();
      }
      return result;
    };
    for (let i = 0; i < 20; i++) assert.equal((await run(i)).status, 'fail');
    assert.equal(rx.requests.length, 1);
    const alert = JSON.parse(rx.requests[0]!.body) as {
      event: string;
      suite: string;
      issues: { id: string }[];
    };
    assert.equal(alert.event, 'pass_to_fail');
    assert.equal(alert.suite, 'notify-suite');
    assert.ok(alert.issues.some((i) => i.id === 'orders.not_null.email'));

    writeOrdersSuite(dir, { name: 'notify-suite' });
    withNotify();
    const recovered = await run(20);
    assert.equal(recovered.stateChange?.kind, 'fail_to_pass');
    assert.equal(rx.requests.length, 2);
    assert.equal((JSON.parse(rx.requests[1]!.body) as { event: string }).event, 'fail_to_pass');
  });
});
