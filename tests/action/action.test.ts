import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { actionBed, fakeGitHub, type PrRepo } from '../helpers/action-bed.ts';
import { gitRepo, prEvent, repoRoot, tempDir, type RunOptions } from '../helpers/action-runner.ts';

/**
 * The built action (dist/) as a runner runs it, against a local fake of the GitHub REST API, on a
 * pull request that modifies a real public dataset (vega-datasets seattle-weather.csv).
 */
const weather = readFileSync(join(repoRoot, 'node_modules/vega-datasets/data/seattle-weather.csv'), 'utf8');

/** Head version: row 2 gets a quoted two-line `weather` value, row 10 an impossible temperature. */
function modifiedWeather(): string {
  const lines = weather.trimEnd().split('\n');
  const row = (i: number): string[] => lines[i + 1]!.split(',');
  const r2 = row(2);
  r2[5] = '"drizzle\nlight"';
  lines[3] = r2.join(',');
  const r10 = row(10);
  r10[2] = '99.0';
  lines[11] = r10.join(',');
  return `${lines.join('\n')}\n`;
}

const suite = `version: 1
name: weather-gate
sources:
  weather: { path: data/weather.csv, key: [date] }
checks:
  weather:
    - not_null: { columns: [date, weather] }
    - between: { column: temp_max, min: -10, max: 40 }
    - in_set: { column: weather, values: [drizzle, rain, sun, snow, fog], severity: medium }
    - row_count: { min: 100 }
`;

/** The summary as GitHub renders its text: backslash escapes resolved. */
const plain = (md: string): string => md.replace(/\\(.)/g, '$1');

async function closedPortUrl(): Promise<string> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as AddressInfo).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return `http://127.0.0.1:${port}`;
}

const MARK = '<!-- truthgate:default -->';

let repo: PrRepo;

const unrelated = Array.from({ length: 150 }, (_, i) => ({
  filename: `docs/page-${i}.md`,
  status: 'modified',
}));

const bed = actionBed({
  writeTokens: { ghs_write: undefined, pat_bot: 'truthgate-bot' },
  readTokens: ['ghs_fork'],
  pulls: { 7: [...unrelated, { filename: 'data/weather.csv', status: 'modified' }] },
  perPage: 100,
});

before(async () => {
  await bed.ready();
  repo = gitRepo(
    { 'truthgate.yml': suite, 'data/weather.csv': weather, 'data/other.csv': 'a,b\n1,2\n' },
    { 'data/weather.csv': modifiedWeather() },
  );
  // Someone else's comments fill the first page; one even quotes our marker and must stay untouched.
  for (let i = 0; i < 110; i++) bed.gh.addComment(7, 'octocat', `comment ${i}`);
  bed.gh.addComment(7, 'octocat', `${MARK}\nquoted by a human`);
});

/** The action on pull request 7 with the suite, `extra` over that. */
const run = (extra: Partial<RunOptions> = {}) =>
  bed.runPr(7, repo, { inputs: { suite: 'truthgate.yml' }, ...extra });

const ours = (): { body: string; user: { login: string }; id: number }[] =>
  (bed.gh.comments.get(7) ?? []).filter((c) => c.user.login === 'github-actions[bot]');

describe('pull request with a suite', () => {
  test('first run creates the sticky comment, writes summary, outputs, annotations and report', async () => {
    const r = await run();
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.equal(ours().length, 1);
    const body = ours()[0]!.body;
    assert.ok(body.startsWith(MARK));
    assert.match(body, /weather-gate/);
    assert.match(body, /between\.temp_max/);
    // Data values are escaped: the two-line value does not break the table.
    assert.doesNotMatch(body, /drizzle\nlight/);
    // Pagination: 151 files over two pages, 111 comments over two pages.
    const fileCalls = bed.gh.requests.filter((q) => q.path.endsWith('/pulls/7/files'));
    assert.deepEqual(
      fileCalls.map((q) => q.query.page ?? '1'),
      ['1', '2'],
    );
    // The summary holds the same report as the comment.
    assert.match(r.summary, /weather-gate/);
    assert.match(r.summary, /between\.temp_max/);
    assert.equal(r.outputs.status, 'fail');
    assert.equal(r.outputs['failed-checks'], '2');
    assert.match(r.outputs['comment-url']!, /^https:\/\/github\.example\/7#c/);
    // Row 10 starts on line 13: header, rows 0-9, and one extra line for row 2's quoted newline.
    assert.match(
      r.stdout,
      /^::error title=Truthgate%3A between \(high\),file=data\/weather\.csv,line=13::weather\.between\.temp_max/m,
    );
    assert.match(
      r.stdout,
      /^::warning title=Truthgate%3A in_set \(medium\),file=data\/weather\.csv,line=4::/m,
    );
    const report = JSON.parse(readFileSync(r.outputs['report-path']!, 'utf8')) as {
      status: string;
      schemaVersion: string;
    };
    assert.equal(report.status, 'fail');
    assert.equal(r.outputs['report-path'], join(repo.dir, 'truthgate-report.json'));
    assert.doesNotMatch(r.stdout + r.stderr, /\n\s+at /, 'no stack trace');
  });

  test('second run updates the same comment in place; on-change skips an unchanged report', async () => {
    const before = ours()[0]!;
    const r = await run();
    assert.equal(r.code, 1);
    assert.equal(ours().length, 1, 'never duplicated');
    assert.equal(ours()[0]!.id, before.id);
    assert.ok(
      bed.gh.requests.some((q) => q.method === 'PATCH' && q.path.endsWith(`/issues/comments/${before.id}`)),
    );
    const human = bed.gh.comments.get(7)!.find((c) => c.user.login === 'octocat' && c.body.startsWith(MARK))!;
    assert.equal(human.body, `${MARK}\nquoted by a human`);

    const patches = bed.gh.requests.filter((q) => q.method === 'PATCH').length;
    const r2 = await run({ inputs: { suite: 'truthgate.yml', comment: 'on-change' } });
    assert.equal(r2.code, 1);
    assert.equal(
      bed.gh.requests.filter((q) => q.method === 'PATCH').length,
      patches,
      'unchanged report: no update',
    );
    assert.equal(r2.outputs['comment-url'], r.outputs['comment-url']);
  });

  test('a comment-header keeps a separate sticky comment (matrix jobs)', async () => {
    const r = await run({ inputs: { suite: 'truthgate.yml', 'comment-header': 'nightly' } });
    assert.equal(r.code, 1);
    assert.equal(ours().length, 2);
    assert.ok(ours().some((c) => c.body.startsWith('<!-- truthgate:nightly -->')));
  });

  test('exit status follows fail-on', async () => {
    const expected: Record<string, number> = { critical: 0, high: 1, medium: 1, low: 1, never: 0 };
    for (const [failOn, code] of Object.entries(expected)) {
      const r = await run({ inputs: { suite: 'truthgate.yml', 'fail-on': failOn, comment: 'off' } });
      assert.equal(r.code, code, `fail-on ${failOn}: ${r.stdout}`);
      assert.equal(r.outputs.status, code ? 'fail' : 'warn');
    }
  });

  test('fork pull request: read-only token gets a notice, no comment, summary still written', async () => {
    const count = bed.gh.comments.get(7)!.length;
    const r = await run({
      event: prEvent(7, repo.baseSha, repo.headSha, 'someone/data'),
      inputs: { suite: 'truthgate.yml', 'github-token': 'ghs_fork', 'fail-on': 'never' },
    });
    assert.equal(r.code, 0, 'never failed because of the 403');
    assert.equal(bed.gh.comments.get(7)!.length, count);
    assert.match(r.stdout, /^::notice::No pull-request comment/m);
    assert.match(r.summary, /between\.temp_max/);
    assert.equal(r.outputs['comment-url'], '');
  });

  test('a personal token comments under its own login', async () => {
    const r = await run({ inputs: { suite: 'truthgate.yml', 'github-token': 'pat_bot', comment: 'always' } });
    assert.equal(r.code, 1);
    assert.equal(bed.gh.comments.get(7)!.filter((c) => c.user.login === 'truthgate-bot').length, 1);
  });
});

describe('rate limits and outages', () => {
  test('a 429 with Retry-After is retried after the indicated time', async () => {
    const limited = fakeGitHub({
      pulls: { 7: [{ filename: 'data/weather.csv', status: 'modified' }] },
      rateLimitOnce: '/repos/acme/data/pulls',
    });
    await limited.start();
    try {
      const r = await run({ apiUrl: limited.url });
      assert.equal(r.code, 1);
      const calls = limited.requests.filter((q) => q.path.endsWith('/pulls/7/files'));
      assert.deepEqual(
        calls.map((q) => q.status),
        [429, 200],
      );
      assert.match(r.stdout, /retrying in 1 s/);
      assert.equal(limited.comments.get(7)!.length, 1);
    } finally {
      await limited.stop();
    }
  });

  test('an unreachable API still yields the summary, annotations and outputs', async () => {
    const r = await run({ apiUrl: await closedPortUrl() });
    assert.equal(r.code, 1, 'fails for the checks, not for the API');
    assert.match(r.summary, /between\.temp_max/);
    assert.match(r.stdout, /^::warning::Could not list the pull request's files/m);
    assert.match(r.stdout, /^::warning::GitHub API comment failed/m);
    assert.match(r.stdout, /^::error title=Truthgate%3A between/m);
    assert.equal(r.outputs.status, 'fail');
  });
});

describe('push and schedule events', () => {
  test('push: summary only, no comment requests', async () => {
    const before = bed.gh.requests.length;
    const r = await run({
      event: { name: 'push', payload: { before: repo.baseSha, after: repo.headSha } },
      inputs: { suite: 'truthgate.yml' },
    });
    assert.equal(r.code, 1);
    assert.equal(bed.gh.requests.length, before, 'no API calls on push');
    assert.match(r.summary, /between\.temp_max/);
    assert.equal(r.outputs['comment-url'], '');
  });

  test('schedule with changed-only: every source is checked', async () => {
    const r = await run({ event: { name: 'schedule', payload: {} }, inputs: { suite: 'truthgate.yml' } });
    assert.equal(r.code, 1);
    assert.match(r.summary, /weather/);
  });
});

describe('bad input', () => {
  test('a suite path outside the workspace is refused with a clear error and a summary', async () => {
    const outside = tempDir();
    writeFileSync(join(outside, 'suite.yml'), suite);
    const r = await run({ inputs: { suite: join(outside, 'suite.yml') } });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /::error::TG_ACTION_OUTSIDE_WORKSPACE/);
    assert.match(plain(r.summary), /TG_ACTION_OUTSIDE_WORKSPACE/);
    assert.equal(r.outputs.status, 'error');
    const r2 = await run({ inputs: { suite: '../../etc/passwd' } });
    assert.match(plain(r2.summary), /TG_ACTION_OUTSIDE_WORKSPACE/);
  });

  test('an invalid input value is named', async () => {
    const r = await run({ inputs: { suite: 'truthgate.yml', 'fail-on': 'sometimes' } });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /TG_ACTION_INPUT.*fail-on/);
    assert.match(plain(r.summary), /TG_ACTION_INPUT/);
  });

  test('a glob matching nothing: notice and summary, job passes', async () => {
    const r = await run({ inputs: { files: 'nowhere/**/*.csv', 'changed-only': 'false' } });
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /::notice::No data files to check/);
    assert.match(r.summary, /No data files to check/);
    assert.equal(r.outputs.status, 'pass');
  });

  test('a non-data file matched by the globs is skipped with a notice', async () => {
    writeFileSync(join(repo.dir, 'notes.txt'), 'hello\n');
    const r = await run({ inputs: { files: '*.txt', 'changed-only': 'false' } });
    assert.equal(r.code, 0);
    assert.match(
      r.stdout,
      /::notice title=Truthgate%3A TG_ACTION_NOT_DATA,file=notes\.txt::notes\.txt is not a data file/,
    );
    assert.match(r.summary, /notes\.txt is not a data file/);
  });

  test('a malformed CSV in the pull request: annotation at the broken line and a summary', async () => {
    const broken = gitRepo(
      { 'truthgate.yml': suite, 'data/weather.csv': weather },
      { 'data/weather.csv': weather.replace('2012-01-05,1.3,8.9,2.8,6.1,rain', '2012-01-05,1.3,8.9,rain') },
    );
    const r = await bed.runPr(7, broken, { inputs: { suite: 'truthgate.yml', comment: 'off' } });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^::error title=Truthgate%3A TG_CSV_RAGGED,file=data\/weather\.csv,line=6::/m);
    assert.match(plain(r.summary), /TG_CSV_RAGGED/);
    assert.equal(r.outputs.status, 'error');
  });
});

describe('size limits', () => {
  test('a huge report is stepped down below 65,536 characters and says what was cut', async () => {
    // 300 columns, each failing its own check with long values: far beyond one comment.
    const cols = Array.from({ length: 300 }, (_, i) => `column_with_a_rather_long_name_${i}`);
    const rows = Array.from({ length: 20 }, (_, r) =>
      cols.map((_, c) => `${'x'.repeat(40)}-${r}-${c}`).join(','),
    );
    const checks = cols.map((c) => `    - length_between: { column: ${c}, max: 10 }`).join('\n');
    const big = gitRepo(
      {
        'truthgate.yml': `version: 1\ndefaults: { severity: high }\nsources:\n  wide: { path: wide.csv }\nchecks:\n  wide:\n${checks}\n`,
        'wide.csv': 'a\n1\n',
      },
      { 'wide.csv': `${cols.join(',')}\n${rows.join('\n')}\n` },
    );
    const server = fakeGitHub({ pulls: { 3: [{ filename: 'wide.csv', status: 'modified' }] } });
    await server.start();
    try {
      const r = await bed.runPr(3, big, { apiUrl: server.url, inputs: { suite: 'truthgate.yml' } });
      assert.equal(r.code, 1);
      const body = server.comments.get(3)![0]!.body;
      assert.ok(body.length <= 65_536, `comment is ${body.length} chars`);
      assert.match(body, /Trimmed|trimmed|cut|Left out/i);
      assert.ok(r.summary.length > body.length, 'the summary keeps more detail than the comment');
      assert.ok(Buffer.byteLength(r.summary) <= 1024 * 1024);
      // 300 failures, but GitHub shows 10 errors per step: 10 + one notice pointing at the summary.
      assert.equal((r.stdout.match(/^::error title=/gm) ?? []).length, 10);
      assert.match(r.stdout, /^::notice::290 more findings/m);
    } finally {
      await server.stop();
    }
  });
});

describe('compare to base and zero-config', () => {
  test('compare-to-base: the comment shows the keyed diff of the modified CSV against the base branch', async () => {
    const r = await run({
      inputs: { suite: 'truthgate.yml', 'compare-to-base': 'true', 'comment-header': 'diff' },
    });
    assert.equal(r.code, 1, r.stdout);
    const body = ours().find((c) => c.body.startsWith('<!-- truthgate:diff -->'))!.body;
    assert.ok(body.length <= 65_536);
    // Two rows changed (row 2 weather, row 10 temp_max); none added or removed.
    assert.match(plain(body), /data\/weather\.csv@/);
    assert.match(plain(body), /changed/i);
    assert.match(plain(body), /\b2\b/);
    assert.match(plain(body), /Drift/);
    assert.match(plain(r.summary), /data\/weather\.csv@/);
    // The real rendered example for the docs.
    if (process.env.TG_WRITE_EXAMPLE) writeFileSync(join(repoRoot, 'docs/examples/pr-comment.md'), body);
  });

  test('zero-config on the changed data files', async () => {
    const r = await run({ inputs: { 'comment-header': 'zero' } });
    assert.ok(r.code === 0 || r.code === 1, r.stdout);
    assert.match(r.summary, /zero-config/);
    assert.match(r.summary, /weather/);
    assert.doesNotMatch(r.summary, /other\.csv/, 'unchanged files are not checked');
  });
});
