import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DeliveryError } from '../../src/channels/http.ts';
import { messageInput } from '../../src/channels/message.ts';
import { channels } from '../../src/channels/registry.ts';
import type { SecretSource } from '../../src/channels/secrets.ts';
import type { DeliveryInput } from '../../src/channels/types.ts';
import { channelKind } from '../../src/core/notify/channels.ts';
import { idempotencyKey, testEvent, type NotifyEvent } from '../../src/core/notify/event.ts';
import type { ChannelSettings } from '../../src/core/notify/rules.ts';
import { verifyWebhook } from '../../src/core/notify/webhook.ts';
import { header, parts, startFakeGitHub, startReceiver, startSmtp } from './peers.ts';

const secrets = (vars: Record<string, string>): SecretSource => ({ get: (n) => vars[n] });

function delivery(
  channel: string,
  kind: NotifyEvent['kind'] = 'pass_to_fail',
  settings?: ChannelSettings,
  event?: NotifyEvent,
): DeliveryInput {
  const e = event ?? { ...testEvent(new Date('2025-06-02T12:00:00Z'), 'wf-ch'), kind, suite: 'orders-suite' };
  return {
    channel,
    kind,
    idempotencyKey: idempotencyKey('wf-ch', kind, channel),
    event: e,
    timeoutMs: 2000,
    ...(settings ? { settings } : {}),
  };
}

async function send(d: DeliveryInput, vars: Record<string, string>): Promise<string> {
  return channels[channelKind(d.channel)].deliver(d, await messageInput(d), secrets(vars));
}

describe('HTTP channels against local receivers', () => {
  test('Slack: Block Kit JSON with the Idempotency-Key header', async () => {
    const rx = await startReceiver();
    try {
      const d = delivery('slack:data-team');
      await send(d, { TRUTHGATE_SLACK_DATA_TEAM_WEBHOOK: rx.url });
      assert.equal(rx.requests.length, 1);
      const r = rx.requests[0]!;
      assert.equal(r.headers['content-type'], 'application/json; charset=utf-8');
      assert.equal(r.headers['idempotency-key'], d.idempotencyKey);
      const body = JSON.parse(r.body) as { text: string; blocks: { type: string }[] };
      assert.equal(body.blocks[0]!.type, 'header');
      assert.match(body.text, /orders-suite failed/);
    } finally {
      await rx.close();
    }
  });

  test('Teams: an Adaptive Card message', async () => {
    const rx = await startReceiver();
    try {
      await send(delivery('teams:ops'), { TRUTHGATE_TEAMS_OPS_WEBHOOK: rx.url });
      const body = JSON.parse(rx.requests[0]!.body) as {
        type: string;
        attachments: { content: { type: string } }[];
      };
      assert.equal(body.type, 'message');
      assert.equal(body.attachments[0]!.content.type, 'AdaptiveCard');
    } finally {
      await rx.close();
    }
  });

  test('webhook: the receiver verifies the HMAC signature and timestamp', async () => {
    const rx = await startReceiver();
    try {
      const d = delivery('webhook:audit');
      await send(d, { TRUTHGATE_WEBHOOK_AUDIT_URL: rx.url, TRUTHGATE_WEBHOOK_AUDIT_SECRET: 'k3y' });
      const r = rx.requests[0]!;
      const sig = {
        signature: String(r.headers['x-truthgate-signature']),
        timestamp: String(r.headers['x-truthgate-timestamp']),
      };
      assert.ok(verifyWebhook('k3y', r.body, sig));
      assert.ok(!verifyWebhook('wrong', r.body, sig));
      assert.equal(r.headers['x-truthgate-event'], 'pass_to_fail');
      assert.equal((JSON.parse(r.body) as { id: string }).id, d.idempotencyKey);
    } finally {
      await rx.close();
    }
  });

  test('classification: 400 is permanent, 429 and 503 retry (Retry-After kept), a hang times out', async () => {
    const rx = await startReceiver([
      { status: 400, body: 'invalid_payload' },
      { status: 429, headers: { 'retry-after': '7' } },
      503,
      'hang',
    ]);
    try {
      const vars = { TRUTHGATE_SLACK_X_WEBHOOK: rx.url };
      const errs: DeliveryError[] = [];
      for (let i = 0; i < 4; i++) {
        await send(delivery('slack:x'), vars).then(
          () => assert.fail('should fail'),
          (e: unknown) => errs.push(e as DeliveryError),
        );
      }
      assert.deepEqual(
        errs.map((e) => [e.code, e.retryable]),
        [
          ['TG_NOTIFY_REJECTED', false],
          ['TG_NOTIFY_DELIVERY', true],
          ['TG_NOTIFY_DELIVERY', true],
          ['TG_NOTIFY_DELIVERY', true],
        ],
      );
      assert.match(errs[0]!.message, /HTTP 400 Bad Request: invalid_payload/);
      assert.equal(errs[1]!.retryAfterMs, 7000);
      assert.match(errs[3]!.message, /no answer within 2000 ms/);
      // The webhook URL (a secret for Slack) never shows in an error.
      assert.ok(errs.every((e) => !e.message.includes(rx.url)));
    } finally {
      await rx.close();
    }
  });

  test('a missing secret names the variable', async () => {
    await assert.rejects(send(delivery('slack:nobody'), {}), (e: Error & { code?: string }) => {
      assert.equal(e.code, 'TG_NOTIFY_SECRET_MISSING');
      assert.match(e.message, /TRUTHGATE_SLACK_NOBODY_WEBHOOK/);
      return true;
    });
  });
});

describe('email over SMTP', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  before(async () => (smtp = await startSmtp({ user: 'tg', pass: 'pw' })));
  after(async () => smtp.close());

  test('STARTTLS + AUTH, HTML and text parts, subject and Message-ID', async () => {
    const d = delivery('email:oncall', 'pass_to_fail', { to: ['oncall@example.com'] });
    const detail = await send(d, {
      TRUTHGATE_EMAIL_ONCALL_URL: `smtp://127.0.0.1:${smtp.port}?requireTLS=true`,
      TRUTHGATE_EMAIL_ONCALL_USER: 'tg',
      TRUTHGATE_EMAIL_ONCALL_PASSWORD: 'pw',
      TRUTHGATE_EMAIL_ONCALL_FROM: 'truthgate@example.com',
      TRUTHGATE_EMAIL_ONCALL_TLS_CA: smtp.caFile,
    });
    assert.match(detail, /1 recipient/);
    const mail = smtp.mails.at(-1)!;
    assert.equal(mail.secure, true);
    assert.equal(mail.user, 'tg');
    assert.deepEqual(mail.to, ['oncall@example.com']);
    assert.equal(header(mail.raw, 'Subject'), '[Truthgate] Truthgate: orders-suite failed');
    assert.equal(header(mail.raw, 'Message-ID'), `<${d.idempotencyKey}@truthgate>`);
    assert.match(header(mail.raw, 'Content-Type') ?? '', /multipart\/alternative/);
    const p = parts(mail.raw);
    assert.match(p['text/plain']!, /\[high\] example.not_null.email/);
    assert.match(p['text/html']!, /<h2[^>]*>🔴 Truthgate: orders-suite failed<\/h2>/);
  });

  test('a wrong password is a permanent failure', async () => {
    await assert.rejects(
      send(delivery('email:oncall', 'pass_to_fail', { to: ['a@example.com'], from: 'tg@example.com' }), {
        TRUTHGATE_EMAIL_ONCALL_URL: `smtp://127.0.0.1:${smtp.port}`,
        TRUTHGATE_EMAIL_ONCALL_USER: 'tg',
        TRUTHGATE_EMAIL_ONCALL_PASSWORD: 'nope',
        TRUTHGATE_EMAIL_ONCALL_TLS_CA: smtp.caFile,
      }),
      (e: DeliveryError) => e.code === 'TG_NOTIFY_REJECTED' && !e.retryable,
    );
  });
});

describe('GitHub issues', () => {
  test('opens one issue per failing source, comments on repeats once, closes on recovery', async () => {
    const gh = await startFakeGitHub('ghp_test');
    try {
      const vars = { TRUTHGATE_GITHUB_DATA_TOKEN: 'ghp_test', TRUTHGATE_GITHUB_DATA_API_URL: gh.url };
      const settings: ChannelSettings = { repo: 'acme/data', labels: ['truthgate', 'data'] };
      const base = testEvent(new Date('2025-06-02T12:00:00Z'), 'wf-gh');
      const fail: NotifyEvent = {
        ...base,
        kind: 'pass_to_fail',
        suite: 's',
        sources: ['orders', 'customers'],
        issues: [
          { ...base.issues[0]!, id: 'orders.not_null.email', source: 'orders' },
          { ...base.issues[0]!, id: 'customers.unique.id', source: 'customers' },
        ],
      };
      assert.equal(
        await send(delivery('github:data', 'pass_to_fail', settings, fail), vars),
        'opened #1, opened #2',
      );
      assert.deepEqual(
        gh.issues.map((i) => i.title),
        ['Truthgate: orders is failing (s)', 'Truthgate: customers is failing (s)'],
      );
      assert.deepEqual(gh.issues[0]!.labels, ['truthgate', 'data']);

      const again = delivery('github:data', 'still_failing', settings, {
        ...fail,
        kind: 'still_failing',
        runId: 'r2',
        issues: [fail.issues[0]!],
      });
      assert.equal(await send(again, vars), 'commented on #1');
      // A retried attempt of the same delivery finds its marker and does not comment twice.
      assert.equal(await send(again, vars), 'nothing to change on GitHub');
      assert.equal(gh.issues[0]!.comments.length, 1);

      const rec: NotifyEvent = { ...fail, kind: 'fail_to_pass', status: 'pass', runId: 'r3', issues: [] };
      assert.equal(
        await send(delivery('github:data', 'fail_to_pass', settings, rec), vars),
        'closed #1, closed #2',
      );
      assert.deepEqual(
        gh.issues.map((i) => i.state),
        ['closed', 'closed'],
      );
      assert.match(gh.issues[0]!.comments.at(-1)!, /recovered/);

      await assert.rejects(
        send(delivery('github:data', 'pass_to_fail', settings, fail), {
          ...vars,
          TRUTHGATE_GITHUB_DATA_TOKEN: 'bad',
        }),
        (e: DeliveryError) => e.code === 'TG_NOTIFY_REJECTED',
      );
    } finally {
      await gh.close();
    }
  });
});

describe('truthgate notify test', () => {
  test('sends a test message with the worker secrets from the environment', async () => {
    const { spawn } = await import('node:child_process');
    const rx = await startReceiver();
    try {
      const bin = new URL('../../bin/truthgate.js', import.meta.url).pathname;
      const env = { ...process.env, TRUTHGATE_WEBHOOK_CLI_URL: rx.url, TRUTHGATE_WEBHOOK_CLI_SECRET: 'k' };
      const run = (args: string[]): Promise<{ code: number | null; out: string }> =>
        new Promise((resolve) => {
          const child = spawn(process.execPath, [bin, ...args], { env });
          let out = '';
          child.stdout.on('data', (b: Buffer) => (out += b.toString()));
          child.stderr.on('data', (b: Buffer) => (out += b.toString()));
          child.on('exit', (code) => resolve({ code, out }));
        });
      const ok = await run(['notify', 'test', 'webhook:cli']);
      assert.equal(ok.code, 0, ok.out);
      assert.match(ok.out, /webhook:cli: delivered to the webhook/);
      const r = rx.requests[0]!;
      assert.equal((JSON.parse(r.body) as { event: string }).event, 'test');
      assert.ok(
        verifyWebhook('k', r.body, {
          signature: String(r.headers['x-truthgate-signature']),
          timestamp: String(r.headers['x-truthgate-timestamp']),
        }),
      );
      const missing = await run(['notify', 'test', 'slack:nowhere']);
      assert.equal(missing.code, 2);
      assert.match(missing.out, /TRUTHGATE_SLACK_NOWHERE_WEBHOOK is not set/);
      assert.ok(!missing.out.includes('    at '), 'no stack trace');
    } finally {
      await rx.close();
    }
  });
});
