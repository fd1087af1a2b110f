import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { confineSuite, loadActionSuite, resolveInWorkspace } from '../../src/action/targets.ts';
import { TruthgateError } from '../../src/core/errors.ts';
import { parseSuite } from '../../src/core/suite/load.ts';
import type { PrRepo } from '../helpers/action-bed.ts';
import { gitRepo } from '../helpers/action-runner.ts';

/** Paths a pull request controls (the suite, symlinks in the tree) never lead the action out of the workspace. */
function workspace(): { ws: string; outside: string } {
  const ws = mkdtempSync(join(tmpdir(), 'tg-conf-'));
  const outside = mkdtempSync(join(tmpdir(), 'tg-conf-out-'));
  mkdirSync(join(ws, 'data'));
  writeFileSync(join(outside, 'private.duckdb'), 'not ours');
  return { ws, outside };
}

/** A suite checking the table `orders` of the DuckDB file at `url`. */
const duckYaml = (url: string) => `version: 1
connections:
  duck: '${url}'
sources:
  t: { sql: { connection: duck, table: orders } }
checks:
  t: [{ row_count: { min: 1 } }]
`;

const duckSuite = (ws: string, url: string) =>
  parseSuite(duckYaml(url), { path: join(ws, 'truthgate.yml'), baseDir: ws, env: {} });

/** The action's context on pull request 1 of `repo` (a gitRepo) from a fork, which changed `changedFiles` files. */
const forkPr = (repo: PrRepo, changedFiles: number) => ({
  workspace: repo.dir,
  owner: 'acme',
  repo: 'data',
  pr: {
    number: 1,
    baseSha: repo.baseSha,
    baseRef: 'main',
    headSha: repo.headSha,
    fromFork: true,
    changedFiles,
  },
});

/** Loads truthgate.yml as the action does in `ctx`, changes to the suite untrusted unless said. */
const load = (
  ctx: Parameters<typeof loadActionSuite>[1],
  env: Record<string, string>,
  trustSuiteChanges = false,
) => loadActionSuite({ suite: 'truthgate.yml', trustSuiteChanges }, ctx, undefined, env);

const outsideError = (fn: () => void, what: string) =>
  assert.throws(
    fn,
    (e: unknown) => e instanceof TruthgateError && e.code === 'TG_ACTION_OUTSIDE_WORKSPACE',
    what,
  );

test('a DuckDB file outside the workspace is refused: absolute, `..`, or through a symlink', () => {
  const { ws, outside } = workspace();
  symlinkSync(join(outside, 'private.duckdb'), join(ws, 'data', 'link.duckdb'));
  for (const url of [
    `duckdb:${join(outside, 'private.duckdb')}`,
    `duckdb:///${join(outside, 'private.duckdb')}`,
    `duckdb:../${outside.split('/').pop()}/private.duckdb`,
    'duckdb:data/link.duckdb',
  ])
    outsideError(() => confineSuite(duckSuite(ws, url), ws), url);
  writeFileSync(join(ws, 'data', 'ok.duckdb'), '');
  confineSuite(duckSuite(ws, 'duckdb:data/ok.duckdb'), ws);
});

test('what DuckDB reads or writes beside its file (the .wal, the .tmp spill directory) must not lead out either', () => {
  const { ws, outside } = workspace();
  writeFileSync(join(ws, 'data', 'w.duckdb'), '');
  symlinkSync(join(outside, 'private.duckdb'), join(ws, 'data', 'w.duckdb.wal'));
  outsideError(() => confineSuite(duckSuite(ws, 'duckdb:data/w.duckdb'), ws), '.wal');
  const { ws: ws2, outside: out2 } = workspace();
  writeFileSync(join(ws2, 'data', 'w.duckdb'), '');
  // Dangling: DuckDB would create its spill directory at the target.
  symlinkSync(join(out2, 'spill'), join(ws2, 'data', 'w.duckdb.tmp'));
  outsideError(() => confineSuite(duckSuite(ws2, 'duckdb:data/w.duckdb'), ws2), '.tmp');
});

test('a dangling symlink counts as where it points (a report written through it would land outside)', () => {
  const { ws, outside } = workspace();
  symlinkSync(join(outside, 'new-file.json'), join(ws, 'report.json'));
  symlinkSync(join(ws, 'report.json'), join(ws, 'chain.json'));
  outsideError(() => resolveInWorkspace('report.json', ws), 'dangling');
  outsideError(() => resolveInWorkspace('chain.json', ws), 'chain');
  symlinkSync('loop-b', join(ws, 'loop-a'));
  symlinkSync('loop-a', join(ws, 'loop-b'));
  assert.equal(resolveInWorkspace('loop-a', ws), join(ws, 'loop-a'), 'a loop ends, inside');
  symlinkSync(join(ws, 'data', 'later.json'), join(ws, 'inside.json'));
  assert.equal(resolveInWorkspace('inside.json', ws), join(ws, 'inside.json'));
});

test('a changed suite with no base version to compare with gets no external source at all', async () => {
  const suite = `version: 1
connections:
  db: 'postgres://u:\${TG_CONF_SECRET}@db.internal/x'
sources:
  orders: data/orders.csv
  t: { sql: { connection: db, table: orders } }
  lake: 's3://bucket/x.csv'
checks:
  orders: [{ row_count: { min: 1 } }]
  t: [{ row_count: { min: 1 } }]
  lake: [{ row_count: { min: 1 } }]
`;
  // New in the pull request: the base commit has no suite.
  const repo = gitRepo({ 'README.md': 'x' }, { 'truthgate.yml': suite, 'data/orders.csv': 'id\n1\n' });
  const ctx = forkPr(repo, 2);
  const env = { TG_CONF_SECRET: 'conf-secret-value' };
  const r = await load(ctx, env);
  assert.deepEqual(Object.keys(r.suite.sources), ['orders']);
  assert.deepEqual(Object.keys(r.suite.checks), ['orders']);
  assert.deepEqual(r.suite.connections, {});
  assert.equal(r.untrusted?.code, 'TG_ACTION_UNTRUSTED_SUITE');
  assert.match(r.untrusted!.message, /from the base branch: —; not run: t, lake/);

  // Unchanged from the base branch: trusted, with the environment.
  const same = gitRepo(
    { 'truthgate.yml': suite, 'evil.yml': suite.replace('db.internal', 'evil.example') },
    {},
  );
  const ctx2 = { ...ctx, workspace: same.dir, pr: { ...ctx.pr, baseSha: same.baseSha } };
  const trusted = await load(ctx2, env);
  assert.equal(trusted.untrusted, undefined, 'unchanged: trusted');
  assert.ok(JSON.stringify(trusted.suite.connections).includes('conf-secret-value'));
  // Replaced on disk by a symlink to another file of the tree: judged by its content, so changed.
  rmSync(join(same.dir, 'truthgate.yml'));
  symlinkSync('evil.yml', join(same.dir, 'truthgate.yml'));
  const linked = await load(ctx2, env);
  assert.equal(linked.untrusted?.code, 'TG_ACTION_UNTRUSTED_SUITE');
  assert.match(JSON.stringify(linked.suite.connections), /db\.internal/, "the base branch's connection");
  // Outside a pull request (push, schedule) the suite is the branch's own.
  const push = await load({ ...ctx, pr: undefined }, env);
  assert.equal(push.untrusted, undefined);
});

test("the base branch's DuckDB source is confined too: the pull request may have replaced its file by a symlink", async () => {
  const base = duckYaml('duckdb:data/w.duckdb');
  const repo = gitRepo(
    { 'truthgate.yml': base, 'data/w.duckdb': '' },
    { 'truthgate.yml': `${base}# changed\n` },
  );
  const outside = mkdtempSync(join(tmpdir(), 'tg-conf-out-'));
  writeFileSync(join(outside, 'private.duckdb'), 'not ours');
  rmSync(join(repo.dir, 'data', 'w.duckdb'));
  symlinkSync(join(outside, 'private.duckdb'), join(repo.dir, 'data', 'w.duckdb'));
  const ctx = forkPr(repo, 2);
  await assert.rejects(
    load(ctx, {}),
    (e: unknown) => e instanceof TruthgateError && e.code === 'TG_ACTION_OUTSIDE_WORKSPACE',
  );
});

test("the pull request's own checks may not read the base branch's database: foreign_key, row count compare, drift", async () => {
  const base = `version: 1
connections:
  db: 'postgres://checker:\${TG_CONF_PW}@db.internal/shop'
sources:
  orders: data/orders.csv
  users: { sql: { connection: db, table: public.users } }
checks:
  orders: [{ row_count: { min: 1 } }]
  users: [{ row_count: { min: 1 } }]
`;
  const head = base
    .replace(
      '  orders: [{ row_count: { min: 1 } }]',
      `  orders:
    - row_count: { min: 1 }
    - foreign_key: { column: email, reference: { source: users, column: email } }
    - row_count_compare: { other: users }
    - drift: { baseline: users }
    - not_null: { column: email }`,
    )
    .replace('version: 1\n', 'version: 1\ndefaults: { sample_size: 100 }\n');
  const repo = gitRepo(
    { 'truthgate.yml': base, 'data/orders.csv': 'email\na@x\n' },
    { 'truthgate.yml': head },
  );
  const ctx = forkPr(repo, 1);
  const r = await load(ctx, { TG_CONF_PW: 'conf-pw-value' });
  assert.deepEqual(
    r.suite.checks.orders!.map((c) => c.id),
    ['orders.row_count', 'orders.not_null.email'],
  );
  assert.deepEqual(Object.keys(r.suite.checks), ['orders', 'users']);
  assert.equal(r.suite.sampleSize, 5, "the base branch's samples of its table, not 100");
  assert.match(
    r.untrusted!.message,
    /from the base branch: users; not run: orders\.foreign_key\.email, orders\.row_count_compare, orders\.drift\)/,
  );
});

test('git metadata is never read or written: .git/config holds the checkout’s token, .git/hooks run code', () => {
  const repo = gitRepo({ 'data/orders.csv': 'id\n1\n' }, {});
  const ws = repo.dir;
  symlinkSync('../.git/config', join(ws, 'data', 'notes.csv'));
  const gitError = (fn: () => unknown, what: string) =>
    assert.throws(
      fn,
      (e: unknown) => e instanceof TruthgateError && e.code === 'TG_ACTION_GIT_METADATA',
      what,
    );
  const suite = (path: string) =>
    parseSuite(`version: 1\nsources:\n  s: '${path}'\nchecks:\n  s: [{ row_count: { min: 1 } }]\n`, {
      path: join(ws, 'truthgate.yml'),
      baseDir: ws,
      env: {},
    });
  gitError(() => confineSuite(suite('.git/config'), ws), '.git/config');
  gitError(() => confineSuite(suite('data/notes.csv'), ws), 'symlink into .git');
  gitError(() => confineSuite(suite('data/*.csv'), ws), 'a glob matching the symlink');
  gitError(() => resolveInWorkspace('.git/hooks/pre-commit', ws), 'report-path into hooks');
  confineSuite(suite('data/orders.csv'), ws);
});

test('a changed suite reads only files git tracks: not what earlier steps wrote (an auth action’s credentials)', async () => {
  const base = `version: 1\nsources:\n  orders: data/orders.csv\nchecks:\n  orders: [{ row_count: { min: 1 } }]\n`;
  const withSource = (path: string) =>
    `${base}  extra: [{ row_count: { min: 1 } }]\n`.replace('sources:\n', `sources:\n  extra: '${path}'\n`);
  const repo = gitRepo({ 'truthgate.yml': base, 'data/orders.csv': 'id\n1\n' }, {});
  // Written by an earlier step of the job, as google-github-actions/auth does.
  writeFileSync(join(repo.dir, 'gha-creds-5f2a.json'), '{"private_key": "-----BEGIN PRIVATE KEY-----"}\n');
  symlinkSync('../gha-creds-5f2a.json', join(repo.dir, 'data', 'more.csv'));
  const ctx = forkPr(repo, 1);
  const loadSuite = (suite: string, trustSuiteChanges = false) => {
    writeFileSync(join(repo.dir, 'truthgate.yml'), suite);
    return load(ctx, {}, trustSuiteChanges);
  };
  const untracked = (e: unknown) => e instanceof TruthgateError && e.code === 'TG_ACTION_UNTRACKED_FILE';
  await assert.rejects(
    loadSuite(withSource('gha-creds-*.json')),
    untracked,
    'a glob over what the job wrote',
  );
  // A path beside the pull request's data that is a symlink to it: judged where it leads.
  await assert.rejects(loadSuite(withSource('data/*.csv')), untracked, 'a symlink to it');
  assert.deepEqual(Object.keys((await loadSuite(withSource('data/orders.csv'))).suite.sources), [
    'extra',
    'orders',
  ]);
  // Trusted (as the base branch's suite is), a suite may read what the job produced.
  assert.equal((await loadSuite(withSource('gha-creds-*.json'), true)).untrusted, undefined);
});

test('a changed suite whose parameter needs an unfilled `${NAME}` says why it is invalid', async () => {
  const base = `version: 1\nsources:\n  orders: data/orders.csv\nchecks:\n  orders: [{ row_count: { min: 1 } }]\n`;
  const repo = gitRepo(
    { 'truthgate.yml': base, 'data/orders.csv': 'id\n1\n' },
    {
      'truthgate.yml': base.replace(
        '  orders: [{ row_count: { min: 1 } }]',
        '  orders:\n    - row_count:\n        min: 1\n        severity: ${TG_SEVERITY}',
      ),
    },
  );
  const ctx = forkPr(repo, 1);
  await assert.rejects(load(ctx, { TG_SEVERITY: 'medium' }), (e: unknown) => {
    const problems = (e as { problems?: TruthgateError[] }).problems ?? [];
    assert.equal((e as TruthgateError).code, 'TG_SUITE_INVALID');
    assert.deepEqual(
      problems.map((p) => p.code),
      ['TG_SUITE_INVALID', 'TG_ACTION_UNTRUSTED_ENV'],
    );
    assert.match(problems[1]!.message, /references stay unfilled/);
    return true;
  });
});
