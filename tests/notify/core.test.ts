import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { decide, type NotifyState } from '../../src/core/notify/decide.ts';
import {
  failureFingerprint,
  idempotencyKey,
  testEvent,
  type NotifyEvent,
} from '../../src/core/notify/event.ts';
import { emailMessage } from '../../src/core/notify/email.ts';
import {
  commentBody,
  deliveryMarker,
  githubMessage,
  issueBody,
  sourceMarker,
} from '../../src/core/notify/github.ts';
import { maskIssues, MASK } from '../../src/core/notify/mask.ts';
import { quietUntil } from '../../src/core/notify/quiet.ts';
import type { NotifyConfig } from '../../src/core/notify/rules.ts';
import { slackMessage } from '../../src/core/notify/slack.ts';
import { teamsMessage } from '../../src/core/notify/teams.ts';
import type { MessageInput } from '../../src/core/notify/view.ts';
import { signWebhook, verifyWebhook, webhookBody } from '../../src/core/notify/webhook.ts';
import { retryAfterMs } from '../../src/channels/http.ts';
import { envSecrets, parseSecretsFile, secretVar } from '../../src/channels/secrets.ts';
import { parseSuite, SuiteInvalidError } from '../../src/core/suite/load.ts';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  assert.fail('expected an error');
}

const NOW = new Date('2025-06-02T12:00:00Z');

function failing(over: Partial<NotifyEvent> = {}): NotifyEvent {
  return {
    ...testEvent(NOW, 'wf-1'),
    kind: 'pass_to_fail',
    suite: 'orders-suite',
    issues: [
      {
        id: 'orders.not_null.email',
        source: 'orders',
        type: 'not_null',
        severity: 'high',
        status: 'fail',
        message: '1 of 22 rows (4.5%) have a null email',
        failingCount: 1,
        failingFraction: 0.045,
        columns: ['email'],
        tags: ['pii'],
      },
      {
        id: 'orders.between.amount',
        source: 'orders',
        type: 'between',
        severity: 'medium',
        status: 'fail',
        message: 'max 99999 > 10000 <script>',
        failingCount: 2,
        failingFraction: 0.09,
        columns: ['amount'],
      },
    ],
    sources: ['orders'],
    ...over,
  };
}

const input = (e: NotifyEvent, over: Partial<MessageInput> = {}): MessageInput => ({
  event: e,
  kind: e.kind,
  issues: e.issues,
  idempotencyKey: 'tg-abc',
  link: 'https://dash.example.com/runs/1',
  ...over,
});

describe('rules in the suite file', () => {
  const suite = (notify: string): string =>
    ['version: 1', 'sources:', '  orders: { path: orders.csv }', 'notify:', notify].join('\n');

  test('a full notify section parses', () => {
    const s = parseSuite(
      suite(
        [
          '  reminder: 24h',
          '  channels:',
          '    slack:data-team: { quiet_hours: { start: "22:00", end: "07:00", timezone: Europe/Berlin }, throttle: { max: 5, per: 1h } }',
          '    email:oncall: { to: [oncall@example.com], retry: { maximum_attempts: 3, timeout: 20s } }',
          '  rules:',
          '    - { channels: [slack:data-team, email:oncall], min_severity: high, tags: [pii] }',
        ].join('\n'),
      ),
    );
    assert.equal(s.notify?.reminder, '24h');
    assert.equal(s.notify?.rules[0]!.min_severity, 'high');
  });

  test('a bad channel name points at its line and column', () => {
    const err = thrown(() => parseSuite(suite('  rules:\n    - channels: [slak:team]'), { path: 't.yml' }));
    assert.ok(err instanceof SuiteInvalidError);
    assert.equal(err.code, 'TG_SUITE_INVALID');
    assert.match(err.message, /notify\.rules\[0\]\.channels\[0\]/);
    assert.equal(err.location?.line, 6);
    assert.equal(err.location?.column, 18);
  });

  test('a misspelt key suggests the right one', () => {
    const err = thrown(() => parseSuite(suite('  rules:\n    - { channels: [slack:x], min_severty: high }')));
    assert.ok(err instanceof SuiteInvalidError);
    assert.match(err.message, /did you mean `min_severity`/);
  });
});

describe('decide', () => {
  const config: NotifyConfig = { rules: [{ channels: ['slack:a'] }] };

  test('a failure alerts; the same failure again does not; past the reminder interval it reminds', () => {
    const e = failing();
    assert.deepEqual(
      decide(e, config, {}, NOW).map((d) => d.action),
      ['send'],
    );
    const open: NotifyState = {
      'slack:a': { open: { fingerprint: failureFingerprint(e), at: '2025-06-02T11:00:00Z' } },
    };
    const again = decide({ ...e, kind: 'still_failing' }, config, open, NOW);
    assert.equal(again[0]!.action, 'skip');
    assert.match(again[0]!.reason, /already alerted/);
    const reminded = decide({ ...e, kind: 'still_failing' }, { ...config, reminder: '30m' }, open, NOW);
    assert.deepEqual(
      [reminded[0]!.action, reminded[0]!.kind, reminded[0]!.reason],
      ['send', 'still_failing', 'reminder'],
    );
  });

  test('a different failing set is news again', () => {
    const e = failing();
    const open: NotifyState = { 'slack:a': { open: { fingerprint: 'other', at: NOW.toISOString() } } };
    assert.equal(decide({ ...e, kind: 'still_failing' }, config, open, NOW)[0]!.action, 'send');
  });

  test('recovery goes only where a failure was alerted', () => {
    const rec = failing({ kind: 'fail_to_pass', status: 'pass', issues: [] });
    assert.equal(decide(rec, config, {}, NOW)[0]!.action, 'skip');
    const open: NotifyState = { 'slack:a': { open: { fingerprint: 'x', at: NOW.toISOString() } } };
    assert.equal(decide(rec, config, open, NOW)[0]!.action, 'send');
  });

  test('min_severity, tags and sources filter rules', () => {
    const e = failing();
    const only = (rule: NotifyConfig['rules'][0]): string[] =>
      decide(e, { rules: [rule] }, {}, NOW).map((d) => d.channel);
    assert.deepEqual(only({ channels: ['slack:a'], min_severity: 'critical' }), []);
    assert.deepEqual(only({ channels: ['slack:a'], min_severity: 'high' }), ['slack:a']);
    assert.deepEqual(only({ channels: ['slack:a'], tags: ['finance'] }), []);
    assert.deepEqual(only({ channels: ['slack:a'], tags: ['pii'] }), ['slack:a']);
    assert.deepEqual(only({ channels: ['slack:a'], sources: ['customers'] }), []);
    assert.deepEqual(only({ channels: ['slack:a'], events: ['fail_to_pass'] }), []);
  });

  test('throttling skips failures beyond max per window, never recoveries', () => {
    const cfg: NotifyConfig = { ...config, channels: { 'slack:a': { throttle: { max: 2, per: '1h' } } } };
    const recent = ['2025-06-02T11:30:00Z', '2025-06-02T11:40:00Z'];
    const d = decide(failing(), cfg, { 'slack:a': { recent } }, NOW)[0]!;
    assert.equal(d.action, 'skip');
    assert.match(d.reason, /throttled/);
    const rec = failing({ kind: 'fail_to_pass', status: 'pass' });
    assert.equal(
      decide(rec, cfg, { 'slack:a': { recent, open: { fingerprint: 'x', at: NOW.toISOString() } } }, NOW)[0]!
        .action,
      'send',
    );
    assert.equal(
      decide(failing(), cfg, { 'slack:a': { recent: ['2025-06-02T10:00:00Z'] } }, NOW)[0]!.action,
      'send',
    );
  });

  test('quiet hours hold a message until the window ends, in the given time zone; critical passes', () => {
    const q = { start: '22:00', end: '07:00', timezone: 'Asia/Seoul' };
    // 12:00Z is 21:00 in Seoul: outside; 14:30Z is 23:30: inside until 07:00 KST = 22:00Z.
    assert.equal(quietUntil(q, NOW), null);
    assert.equal(quietUntil(q, new Date('2025-06-02T14:30:00Z'))?.toISOString(), '2025-06-02T22:00:00.000Z');
    const cfg: NotifyConfig = { ...config, channels: { 'slack:a': { quiet_hours: q } } };
    const at = new Date('2025-06-02T14:30:00Z');
    assert.equal(decide(failing(), cfg, {}, at)[0]!.notBefore, '2025-06-02T22:00:00.000Z');
    assert.equal(decide(failing({ severity: 'critical' }), cfg, {}, at)[0]!.notBefore, undefined);
  });

  test('idempotency keys are stable per workflow, event and channel', () => {
    assert.equal(
      idempotencyKey('wf/1', 'pass_to_fail', 'slack:a'),
      idempotencyKey('wf/1', 'pass_to_fail', 'slack:a'),
    );
    assert.notEqual(
      idempotencyKey('wf/1', 'pass_to_fail', 'slack:a'),
      idempotencyKey('wf/1', 'pass_to_fail', 'slack:b'),
    );
    assert.match(idempotencyKey('x', 'y', 'z'), /^tg-[0-9a-f]{16}$/);
  });
});

describe('messages', () => {
  test('Slack Block Kit: header, fields, escaped issues, button, fallback text', () => {
    const m = slackMessage(input(failing()));
    const blocks = m.blocks as { type: string; text?: { text: string }; elements?: { url?: string }[] }[];
    assert.deepEqual(
      blocks.map((b) => b.type),
      ['header', 'section', 'section', 'actions', 'context'],
    );
    assert.match(blocks[0]!.text!.text, /orders-suite failed/);
    assert.match(blocks[2]!.text!.text, /&lt;script&gt;/);
    assert.ok(!JSON.stringify(m).includes('<script>'));
    assert.equal(blocks[3]!.elements![0]!.url, 'https://dash.example.com/runs/1');
    assert.match(String(m.text), /Truthgate: orders-suite failed/);
  });

  test('Teams Adaptive Card', () => {
    const m = teamsMessage(input(failing()));
    const att = (
      m.attachments as {
        contentType: string;
        content: {
          type: string;
          version: string;
          body: { type: string; text?: string }[];
          actions: unknown[];
        };
      }[]
    )[0]!;
    assert.equal(att.contentType, 'application/vnd.microsoft.card.adaptive');
    assert.equal(att.content.type, 'AdaptiveCard');
    assert.equal(att.content.version, '1.4');
    assert.ok(att.content.body.some((b) => b.type === 'FactSet'));
    assert.ok(att.content.body.some((b) => b.text?.includes('orders.not\\_null.email')));
    assert.equal(att.content.actions.length, 1);
  });

  test('email: subject, HTML escaped, text part, Message-ID from the idempotency key', () => {
    const m = emailMessage(input(failing()));
    assert.equal(m.subject, '[Truthgate] Truthgate: orders-suite failed');
    assert.match(m.html, /&lt;script&gt;/);
    assert.ok(!m.html.includes('<script>'));
    assert.match(m.text, /\[high\] orders.not_null.email: 1 of 22 rows/);
    assert.equal(m.messageId, '<tg-abc@truthgate>');
  });

  test('GitHub bodies carry the source and delivery markers; mentions do not ping', () => {
    const e = failing({ suite: '@team suite' });
    const body = issueBody(input(e), 'orders');
    assert.ok(body.includes(sourceMarker('@team suite', 'orders')));
    assert.ok(body.includes(deliveryMarker('tg-abc', 'orders')));
    assert.ok(!/(^|[^\u200b])@team/.test(body.replace(sourceMarker('@team suite', 'orders'), '')));
    assert.ok(commentBody(input(e), 'orders').includes(deliveryMarker('tg-abc', 'orders')));
  });

  test('GitHub message: failures report per failing source, a recovery resolves every source, drift writes nothing', () => {
    const twoSources = failing({ sources: ['orders', 'users'] });
    twoSources.issues = [
      ...twoSources.issues,
      { ...twoSources.issues[0]!, id: 'users.not_null.id', source: 'users' },
    ];
    const report = githubMessage(input(twoSources));
    assert.equal(report.action, 'report');
    assert.deepEqual(
      report.sources.map((s) => s.source),
      ['orders', 'users'],
    );
    const users = report.sources[1]!;
    assert.equal(users.title, 'Truthgate: users is failing (orders-suite)');
    assert.equal(users.sourceMarker, sourceMarker('orders-suite', 'users'));
    assert.equal(users.deliveryMarker, deliveryMarker('tg-abc', 'users'));
    assert.ok(users.issueBody.includes('users.not\\_null.id') && !users.issueBody.includes('orders.between'));
    assert.ok(users.commentBody.includes(users.deliveryMarker));
    const recovered = { ...twoSources, kind: 'fail_to_pass' as const, issues: [] };
    const resolve = githubMessage(input(recovered, { kind: 'fail_to_pass' }));
    assert.equal(resolve.action, 'resolve');
    assert.deepEqual(
      resolve.sources.map((s) => s.source),
      ['orders', 'users'],
    );
    const drift = githubMessage(input({ ...twoSources, kind: 'drift_detected' }, { kind: 'drift_detected' }));
    assert.deepEqual(drift, { action: 'none', sources: [] });
    const reminder = githubMessage(input(twoSources, { kind: 'still_failing' }));
    assert.equal(reminder.action, 'report');
  });

  test('sensitive columns are masked in samples and messages', () => {
    const issues = maskIssues(
      [{ ...failing().issues[0]!, samples: [{ order_id: 21, email: 'a@b.c' }] }, failing().issues[1]!],
      ['email'],
    );
    assert.deepEqual(issues[0]!.samples, [{ order_id: 21, email: MASK }]);
    assert.equal(issues[0]!.message, 'not_null failed on sensitive column email (values masked)');
    assert.equal(issues[1]!.message, failing().issues[1]!.message);
    const text = JSON.stringify(slackMessage(input(failing(), { issues })));
    assert.ok(!text.includes('a@b.c'));
  });

  test('webhook: versioned body, signature verifies, tampering and old timestamps do not', () => {
    const body = JSON.stringify(webhookBody(input(failing())));
    const parsed = JSON.parse(body) as { schema: string; version: number; id: string; event: string };
    assert.deepEqual(
      [parsed.schema, parsed.version, parsed.id, parsed.event],
      ['truthgate.notification', 1, 'tg-abc', 'pass_to_fail'],
    );
    const ts = Math.floor(NOW.getTime() / 1000);
    const signature = signWebhook('s3cret', ts, body);
    assert.ok(verifyWebhook('s3cret', body, { signature, timestamp: String(ts) }, { now: NOW }));
    assert.ok(!verifyWebhook('s3cret', `${body} `, { signature, timestamp: String(ts) }, { now: NOW }));
    assert.ok(!verifyWebhook('other', body, { signature, timestamp: String(ts) }, { now: NOW }));
    assert.ok(
      !verifyWebhook(
        's3cret',
        body,
        { signature, timestamp: String(ts) },
        { now: new Date(NOW.getTime() + 600_000) },
      ),
    );
  });
});

describe('delivery plumbing', () => {
  test('Retry-After as seconds or a date, capped', () => {
    assert.equal(retryAfterMs('3'), 3000);
    assert.equal(retryAfterMs(new Date(NOW.getTime() + 5000).toUTCString(), NOW.getTime()), 5000);
    assert.equal(retryAfterMs('999999'), 3_600_000);
    assert.equal(retryAfterMs(undefined), undefined);
  });

  test('secrets: variable names, environment first, then the secrets file', async () => {
    assert.equal(secretVar('slack:data-team', 'webhook'), 'TRUTHGATE_SLACK_DATA_TEAM_WEBHOOK');
    assert.deepEqual(parseSecretsFile('# c\nexport A="x y"\nB=2\n', 'f'), { A: 'x y', B: '2' });
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'tg-')), 's.json');
    writeFileSync(file, JSON.stringify({ A: 'file', B: 'file' }));
    const s = envSecrets({ TRUTHGATE_SECRETS_FILE: file, A: 'env' });
    assert.equal(s.get('A'), 'env');
    assert.equal(s.get('B'), 'file');
    assert.equal(s.get('C'), undefined);
  });
});
