import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNotifyActivities } from '../../src/activities/notify/index.ts';
import { channels } from '../../src/channels/registry.ts';
import {
  CHANNEL_KINDS,
  CHANNEL_PATTERN,
  channelKind,
  channelKinds,
  deliveryActivityName,
} from '../../src/core/notify/channels.ts';
import { ChannelName } from '../../src/core/notify/rules.ts';
import { DirectoryStore } from '../../src/core/store/index.ts';

describe('channel kinds registry', () => {
  test('the rules schema, the library and the activities all follow the one list of kinds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tg-registry-'));
    try {
      const activities = createNotifyActivities(new DirectoryStore(dir));
      assert.deepEqual(Object.keys(channels).sort(), [...channelKinds].sort());
      for (const kind of channelKinds) {
        assert.equal(channels[kind].kind, kind);
        assert.deepEqual(channels[kind].retry, CHANNEL_KINDS[kind].retry);
        assert.equal(typeof activities[deliveryActivityName(kind)], 'function', kind);
        assert.ok(ChannelName.safeParse(`${kind}:data-team`).success, kind);
        assert.equal(channelKind(`${kind}:data-team`), kind);
      }
      // One delivery activity per kind, plus preparing and recording: nothing hand-listed besides.
      assert.equal(Object.keys(activities).length, channelKinds.length + 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('activity names stay what running workflows have in their history', () => {
    assert.deepEqual(channelKinds.map(deliveryActivityName), [
      'notifySlack',
      'notifyTeams',
      'notifyWebhook',
      'notifyEmail',
      'notifyGithub',
    ]);
  });

  test('an unknown kind or a bad name is refused, and the message lists the kinds', () => {
    for (const bad of [
      'pager:oncall',
      'slack:',
      'slack:Data',
      'Slack:x',
      'slack:data team',
      `slack:${'a'.repeat(64)}`,
    ]) {
      assert.ok(!CHANNEL_PATTERN.test(bad), bad);
    }
    const r = ChannelName.safeParse('pager:oncall');
    assert.ok(!r.success);
    assert.match(r.error.issues[0]!.message, /kind slack, teams, webhook, email or github/);
  });

  test('every retry default is a policy the workflow can use', () => {
    for (const kind of channelKinds) {
      const p = CHANNEL_KINDS[kind].retry;
      assert.match(
        `${p.timeout} ${p.initial_interval} ${p.maximum_interval}`,
        /^(\d+(ms|s|m|h|d))+ (\d+(ms|s|m|h|d))+ (\d+(ms|s|m|h|d))+$/,
      );
      assert.ok(p.backoff >= 1 && p.maximum_attempts >= 1, kind);
    }
  });
});
