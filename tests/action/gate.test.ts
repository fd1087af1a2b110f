import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { actionBed } from '../helpers/action-bed.ts';
import { gitRepo, prEvent, runAction, tempDir } from '../helpers/action-runner.ts';
import { brokenWeather, weatherCsv } from '../helpers/weather-variants.ts';

/**
 * The built action (dist/) on pull requests that must not pass: zero-config heads that break the
 * data, changed files past the API's 3000-file cut, paths leading out of the workspace, and data
 * that would ping people.
 */
const pulls: Record<number, { filename: string; status: string }[]> = {};
const bed = actionBed({ pulls });

const plain = (md: string): string => md.replace(/\\(.)/g, '$1');
const comment = (n: number): string => bed.gh.comments.get(n)?.at(-1)?.body ?? '';

describe('zero-config on a pull request learns from the base branch', () => {
  test('°F temperatures, a new label and a duplicated row fail; a new file is flagged as shape-only', async () => {
    const base = { 'data/f.csv': weatherCsv, 'data/l.csv': weatherCsv, 'data/d.csv': weatherCsv };
    const repo = gitRepo(base, {
      'data/f.csv': brokenWeather('fahrenheit'),
      'data/l.csv': brokenWeather('label'),
      'data/d.csv': brokenWeather('duplicate'),
      'data/new.csv': weatherCsv,
    });
    pulls[11] = [
      ...['f', 'l', 'd'].map((x) => ({ filename: `data/${x}.csv`, status: 'modified' })),
      { filename: 'data/new.csv', status: 'added' },
    ];
    const r = await bed.runPr(11, repo);
    assert.equal(r.code, 1, r.stdout);
    const report = JSON.parse(readFileSync(join(repo.dir, 'truthgate-report.json'), 'utf8')) as {
      sources: { name: string; checks: { id: string; status: string }[]; warnings?: { code: string }[] }[];
    };
    const failed = (name: string): string[] =>
      report.sources
        .find((s) => s.name === name)!
        .checks.filter((c) => c.status === 'fail')
        .map((c) => c.id);
    assert.ok(
      failed('f').some((id) => id.includes('temp_max')),
      JSON.stringify(failed('f')),
    );
    assert.ok(
      failed('l').some((id) => id.includes('weather')),
      JSON.stringify(failed('l')),
    );
    assert.ok(
      failed('d').some((id) => id.includes('date')),
      JSON.stringify(failed('d')),
    );
    const fresh = report.sources.find((s) => s.name === 'new')!;
    assert.deepEqual(failed('new'), []);
    assert.ok(fresh.warnings?.some((w) => w.code === 'TG_ZERO_CONFIG_SELF_LEARNED'));
    assert.match(plain(comment(11)), /data\/new\.csv has no base-branch version/);
  });
});

describe('a pull request whose file list GitHub cut at 3000', () => {
  const docs = Array.from({ length: 3000 }, (_, i) => ({ filename: `docs/p${i}.md`, status: 'added' }));
  const suite = `version: 1
name: gate
sources:
  weather: { path: data/weather.csv }
checks:
  weather:
    - in_set: { column: weather, values: [drizzle, rain, sun, snow, fog] }
`;

  test('the changed data past the cut is found with git diff base...head and fails', async () => {
    const repo = gitRepo(
      { 'truthgate.yml': suite, 'data/weather.csv': weatherCsv },
      { 'data/weather.csv': brokenWeather('label') },
    );
    pulls[12] = docs;
    const r = await bed.runPr(12, repo, { inputs: { suite: 'truthgate.yml' } });
    assert.equal(r.code, 1, r.stdout);
    assert.match(plain(r.summary), /GitHub listed 3,000 of at least that many changed files/);
    assert.match(plain(r.summary), /git diff base\.\.\.head/);
    assert.doesNotMatch(r.summary, /nothing to check/);
  });

  test('without git history to list them, the run fails closed', async () => {
    const dir = tempDir('tg-ws-');
    writeFileSync(join(dir, 'truthgate.yml'), suite);
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data/weather.csv'), brokenWeather('label'));
    pulls[13] = docs.slice(0, 2000);
    const event = prEvent(13, 'a'.repeat(40), 'b'.repeat(40));
    (event.payload as { pull_request: { changed_files: number } }).pull_request.changed_files = 4200;
    const r = await bed.run({ workspace: dir, event, inputs: { suite: 'truthgate.yml' } });
    assert.equal(r.code, 1, r.stdout);
    assert.match(r.stdout, /TG_ACTION_CHANGED_FILES_INCOMPLETE/);
    assert.match(r.stdout, /GitHub listed 2,000 of 4,200/);
    assert.match(r.stdout, /fetch-depth: 0/);
  });

  test('a hundred and more sources get a compact comment naming the failing ones', async () => {
    const names = Array.from({ length: 110 }, (_, i) => `s${String(i).padStart(3, '0')}`);
    const suite = [
      'version: 1',
      'name: many',
      'sources:',
      ...names.map((n) => `  ${n}: { path: data/${n}.csv }`),
      'checks:',
      ...names.map((n) => `  ${n}:\n    - in_set: { column: kind, values: [a, b] }`),
    ].join('\n');
    const files = Object.fromEntries(names.map((n) => [`data/${n}.csv`, 'id,kind\n1,a\n2,b\n']));
    const repo = gitRepo(
      { 'truthgate.yml': `${suite}\n`, ...files },
      { 'data/s007.csv': 'id,kind\n1,zzz\n', 'data/s102.csv': 'id,kind\n1,zzz\n' },
    );
    const r = await bed.runPr(14, repo, { inputs: { suite: 'truthgate.yml', 'changed-only': 'false' } });
    assert.equal(r.code, 1, r.stdout);
    const body = plain(comment(14));
    assert.match(body, /110 sources\*\*, 108 pass; \*\*2 failing/);
    assert.match(body, /data\/s007\.csv/);
    assert.match(body, /data\/s102\.csv/);
    assert.ok(body.length < 5000, `${body.length} characters`);
  });
});

describe('paths stay inside the workspace', () => {
  const outside = (): string => {
    const dir = tempDir('tg-outside-');
    writeFileSync(join(dir, 'secret.csv'), 'token\nTOPSECRET-42\n');
    return dir;
  };

  test('a suite source, a zero-config glob, an in-repo symlink and the report path are refused', async () => {
    const out = outside();
    const cases: {
      name: string;
      files: Record<string, string>;
      inputs: Record<string, string>;
      link?: string;
    }[] = [
      {
        name: 'source',
        files: {
          'truthgate.yml': `version: 1\nname: s\nsources:\n  x: { path: ../${out.split('/').at(-1)}/secret.csv }\nchecks:\n  x:\n    - row_count: { min: 5 }\n`,
        },
        inputs: { suite: 'truthgate.yml', 'changed-only': 'false' },
      },
      {
        name: 'glob',
        files: { 'a.csv': 'a\n1\n' },
        inputs: { files: '../**/secret.csv', 'changed-only': 'false' },
      },
      {
        name: 'symlink',
        files: { 'a.csv': 'a\n1\n' },
        inputs: { 'changed-only': 'false' },
        link: 'data/leak.csv',
      },
      {
        name: 'report',
        files: { 'a.csv': 'a\n1\n' },
        inputs: { 'changed-only': 'false', 'report-path': '../r.json' },
      },
    ];
    for (const c of cases) {
      const ws = tempDir('tg-ws-');
      mkdirSync(join(ws, 'data'));
      for (const [p, text] of Object.entries(c.files)) writeFileSync(join(ws, p), text);
      if (c.link) symlinkSync(join(out, 'secret.csv'), join(ws, c.link));
      // Relative paths above are relative to the workspace's parent, the shared temp directory.
      // No API: the default (nothing listens) rather than the fake GitHub.
      const r = await runAction({
        action: bed.action,
        toolCache: bed.toolCache,
        workspace: ws,
        event: { name: 'workflow_dispatch', payload: {} },
        inputs: { 'github-token': '', ...c.inputs },
      });
      assert.equal(r.code, 1, `${c.name}: ${r.stdout}`);
      assert.match(r.stdout, /TG_ACTION_OUTSIDE_WORKSPACE/, c.name);
      assert.doesNotMatch(r.stdout + r.summary, /TOPSECRET/, c.name);
    }
  });
});

describe('mentions from data', () => {
  test('@octocat and #1 in data values are neutralised in comment, summary and annotations, not in the JSON report', async () => {
    const suite = `version: 1
name: '@acme/owners #7'
sources:
  people: { path: people.csv }
checks:
  people:
    - in_set: { column: handle, values: [ok] }
`;
    const repo = gitRepo(
      { 'truthgate.yml': suite, 'people.csv': 'handle\nok\n' },
      { 'people.csv': 'handle\n@octocat\n#1\n' },
    );
    pulls[15] = [{ filename: 'people.csv', status: 'modified' }];
    const r = await bed.runPr(15, repo, { inputs: { suite: 'truthgate.yml' } });
    assert.equal(r.code, 1, r.stdout);
    for (const [where, text] of [
      ['comment', comment(15)],
      ['summary', r.summary],
      [
        'annotations',
        r.stdout
          .split('\n')
          .filter((l) => l.startsWith('::'))
          .join('\n'),
      ],
    ] as const) {
      if (where !== 'annotations') assert.match(text, /octocat/, where);
      assert.doesNotMatch(text, /(?<!\w)@(octocat|acme)/, where);
      assert.doesNotMatch(text, /#[17]\b/, where);
    }
    const json = readFileSync(join(repo.dir, 'truthgate-report.json'), 'utf8');
    assert.match(json, /"@octocat"/);
    assert.match(json, /"#1"/);
  });
});

describe('render mode (the fork recipe)', () => {
  test("a workflow_run job posts a fork's saved report as the sticky comment without running checks", async () => {
    const ws = tempDir('tg-ws-');
    const report = {
      schemaVersion: 1,
      kind: 'report',
      tool: { name: 'truthgate', version: '0.1.0' },
    };
    // A real report of a failing run, written by the action itself.
    const suite =
      'version: 1\nname: s\nsources:\n  d: { path: d.csv }\nchecks:\n  d:\n    - in_set: { column: handle, values: [ok] }\n';
    const src = gitRepo(
      { 'truthgate.yml': suite, 'd.csv': 'handle\nok\n' },
      { 'd.csv': 'handle\n@octocat\n' },
    );
    pulls[16] = [{ filename: 'd.csv', status: 'modified' }];
    await bed.runPr(16, src, { inputs: { suite: 'truthgate.yml', comment: 'off' } });
    writeFileSync(join(ws, 'truthgate-report.json'), readFileSync(join(src.dir, 'truthgate-report.json')));
    writeFileSync(join(ws, 'bad.json'), JSON.stringify(report));
    // The render mode's job: a workflow_run event naming the pull request.
    const render = (report: string, pr: number) =>
      bed.run({
        workspace: ws,
        event: { name: 'workflow_run', payload: {} },
        inputs: { 'render-report': report, 'pull-request': String(pr) },
      });
    const r = await render('truthgate-report.json', 17);
    assert.equal(r.code, 1, r.stdout);
    const body = comment(17);
    assert.match(body, /<!-- truthgate:default -->/);
    assert.match(plain(body), /FAIL/);
    assert.doesNotMatch(body, /(?<!\w)@octocat/);
    const bad = await render('bad.json', 18);
    assert.equal(bad.code, 1);
    assert.match(bad.stdout, /TG_REPORT_INVALID/);
  });
});
