import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readContext } from '../../src/action/event.ts';

/**
 * Every event whose payload is about a pull request makes a pull-request context, so a suite the
 * pull request changed is compared with its base (targets.ts loadActionSuite) on review events too.
 */
function context(eventName: string) {
  const dir = mkdtempSync(join(tmpdir(), 'tg-ev-'));
  const path = join(dir, 'event.json');
  writeFileSync(
    path,
    JSON.stringify({
      pull_request: {
        number: 5,
        base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: 'acme/data' } },
        head: { sha: 'h'.repeat(40), repo: { full_name: 'mallory/data' } },
      },
    }),
  );
  return readContext({
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: path,
    GITHUB_REPOSITORY: 'acme/data',
  });
}

test('review events are pull request runs: the head is the pull request’s code', () => {
  for (const name of [
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment',
  ]) {
    const ctx = context(name);
    assert.equal(ctx.pr?.number, 5, name);
    assert.equal(ctx.pr?.baseSha, 'b'.repeat(40), name);
    assert.equal(ctx.pr?.fromFork, true, name);
  }
  assert.equal(context('push').pr, undefined);
});
