import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { composeBody, type BodyParts } from '../../src/action/body.ts';
import { renderRemote } from '../../src/action/remote-render.ts';
import type { RemoteRun } from '../../src/action/remote.ts';
import { TruthgateError, type Lang } from '../../src/core/errors.ts';
import { parseLang } from '../../src/core/i18n/ui.ts';

const hangul = /[\uac00-\ud7a3]/;

const remote: RemoteRun = {
  workflowId: 'truthgate-gh-o-r-1',
  address: '127.0.0.1:7233',
  namespace: 'default',
  result: {
    runId: 'r1',
    suite: 'orders',
    status: 'fail',
    failOn: 'high',
    startedAt: '2025-06-02T12:00:00Z',
    durationMs: 1200,
    highestSeverity: 'high',
    summary: {
      checks: 2,
      passed: 1,
      failed: 1,
      errored: 0,
      skipped: 0,
      bySeverity: { critical: 0, high: 1, medium: 0, low: 0, info: 0 },
    },
    sources: [{ name: 'orders', rowCount: 22 }],
    topIssues: [
      {
        id: 'orders.not_null.email',
        type: 'not_null',
        severity: 'high',
        status: 'fail',
        message: '1 of 22 rows have a null email',
        failingCount: 1,
        failingFraction: 0.045,
      },
    ],
    reportKey: 'reports/orders/2025/06/02/r1.json',
    previous: null,
    criticalFailing: [],
  } as unknown as RemoteRun['result'],
};

const errorParts = (lang: Lang): BodyParts => ({
  report: undefined,
  error: new TruthgateError('TG_SUITE_NOT_FOUND', { path: 'truthgate.yml' }),
  notes: [],
  sections: [{ label: 'diff of data.csv', render: () => 'x'.repeat(5000) }],
  runUrl: 'https://github.com/o/r/actions/runs/1',
  lang,
  title: 'Truthgate',
});

/** Asserts that `text` holds each of `words`, naming the first missing one. */
const includesAll = (text: string, words: string[]) => {
  for (const word of words) assert.ok(text.includes(word), word);
};

describe('the Action speaks the chosen language (core/i18n)', () => {
  test('a remote run: every label in Korean, or every label in English', () => {
    const ko = renderRemote(remote, 'Truthgate', 'ko');
    includesAll(ko, [
      '소스',
      '주요 문제',
      '22행',
      '(네임스페이스 <code>default</code>)',
      '워크플로 <code>truthgate',
    ]);
    assert.ok(!/Sources|Top issues|Ran as workflow/.test(ko), ko);
    const en = renderRemote(remote, 'Truthgate', 'en');
    includesAll(en, [
      'Sources',
      'Top issues',
      '22 rows',
      '(namespace <code>default</code>)',
      'Ran as workflow <code>truthgate',
    ]);
    assert.ok(!hangul.test(en), en);
  });

  test('an error, a cut section and the run log link', () => {
    includesAll(composeBody(errorParts('ko'), 3000), ['오류', '힌트', '길이 제한으로 생략됨', '실행 로그']);
    const en = composeBody(errorParts('en'), 3000);
    includesAll(en, ['ERROR', 'Hint:', 'Left out to fit the size limit', 'Run log']);
    assert.ok(!hangul.test(en), en);
  });

  test('the lang input: ko or en, anything else English', () => {
    assert.equal(parseLang('ko'), 'ko');
    assert.equal(parseLang('en', 'ko'), 'en');
    assert.equal(parseLang(undefined), 'en');
    assert.equal(parseLang('KO'), 'en');
    assert.equal(parseLang('fr', 'ko'), 'ko');
  });
});
