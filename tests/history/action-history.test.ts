import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { createGitHub } from '../../src/action/github.ts';
import { prepareHistory } from '../../src/action/history.ts';
import { fetchHistoryArtifact, MAX_ARTIFACT_BYTES } from '../../src/action/history-artifact.ts';
import type { RunContext } from '../../src/action/event.ts';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import { historyKey, readHistory, recordReport, seriesOf } from '../../src/core/history/store.ts';
import { DirectoryStore } from '../../src/core/store/index.ts';
import { loadSuiteFile } from '../../src/core/suite/load.ts';
import { gitRepo, installAction, runAction, seededToolCache } from '../helpers/action-runner.ts';
import { FakeGitHub, type FakeArtifact, type FakeRun } from '../helpers/fake-github.ts';
import { DAY, START } from './generate.ts';
import { ordersCsv } from './orders.ts';

const dirs: string[] = [];
const temp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'tg-history-action-'));
  dirs.push(d);
  return d;
};
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const SUITE = `version: 1
name: shop
sources:
  orders: { path: orders.csv }
checks:
  orders:
    - row_count: { min: 1 }
    - row_count_anomaly: { min_history: 5 }
`;

const runs: FakeRun[] = [];
const artifacts: Record<number, FakeArtifact[]> = {};
let gh: FakeGitHub;
before(async () => {
  gh = new FakeGitHub({ owner: 'acme', repo: 'data', writeTokens: { ghs_write: 'bot' }, runs, artifacts });
  await gh.start();
});
after(() => gh.stop());

const run = (id: number, event: string, extra: Partial<FakeRun> = {}): FakeRun => ({
  id,
  event,
  status: 'completed',
  conclusion: 'success',
  head_branch: 'main',
  head_repository: { full_name: 'acme/data' },
  ...extra,
});

/** Ten days of the orders' history, as the base branch's scheduled runs left it. */
async function baseHistory(days = 10): Promise<string> {
  const ws = temp();
  writeFileSync(join(ws, 'truthgate.yml'), SUITE);
  const suite = loadSuiteFile(join(ws, 'truthgate.yml'));
  const store = new DirectoryStore(join(ws, 'store'));
  for (let d = 0; d < days; d++) {
    writeFileSync(join(ws, 'orders.csv'), ordersCsv(d));
    const now = new Date(START + d * DAY);
    await recordReport(store, await runSuite(suite, { now, runId: `base-${d}` }), now);
  }
  return (await store.get(historyKey('shop', 'orders')))!;
}

function workspace(day: number, half = false): { ws: string; ctx: RunContext } {
  const ws = temp();
  writeFileSync(join(ws, 'truthgate.yml'), SUITE);
  writeFileSync(join(ws, 'orders.csv'), ordersCsv(day, { half }));
  const ctx: RunContext = {
    eventName: 'pull_request',
    owner: 'acme',
    repo: 'data',
    workspace: ws,
    sha: 'h',
    apiUrl: gh.url,
    runUrl: undefined,
    pr: { number: 7, baseSha: 'b', baseRef: 'main', headSha: 'h', fromFork: false, changedFiles: 1 },
    pushBefore: undefined,
  };
  return { ws, ctx };
}

const client = () => createGitHub('ghs_write', gh.url, () => {});

test("the Action judges anomaly checks against the base branch's newest trusted history artifact and leaves the updated history", async () => {
  const good = strToU8(await baseHistory());
  const evil = zipSync({ [historyKey('shop', 'orders')]: strToU8('{"version":1,"forged":true}') });
  runs.splice(
    0,
    runs.length,
    // Newest first: a fork's pull request from a branch it named "main", a failed push without
    // an artifact, a cancelled run, then the push run with the real history.
    run(50, 'pull_request', { head_repository: { full_name: 'mallory/data' } }),
    run(49, 'push', { conclusion: 'failure' }),
    run(48, 'push', { conclusion: 'cancelled' }),
    run(47, 'push'),
  );
  artifacts[50] = [{ id: 500, name: 'truthgate-history', expired: false, zip: evil }];
  artifacts[48] = [{ id: 480, name: 'truthgate-history', expired: false, zip: evil }];
  artifacts[47] = [
    { id: 471, name: 'truthgate-history', expired: true, zip: evil },
    {
      id: 470,
      name: 'truthgate-history',
      expired: false,
      zip: zipSync({ [historyKey('shop', 'orders')]: good }),
    },
  ];
  const { ws, ctx } = workspace(10, true);
  const suite = loadSuiteFile(join(ws, 'truthgate.yml'));
  const env = { RUNNER_TEMP: ws };
  const h = await prepareHistory('artifacts', suite, ['orders'], ctx, client(), env);
  assert.equal(h.unavailable, undefined);
  const downloads = gh.requests.filter((r) => r.path.includes('/actions/artifacts/'));
  assert.deepEqual(
    downloads.map((r) => r.path),
    ['/repos/acme/data/actions/artifacts/470/zip'],
  );
  const report = await runSuite(suite, {
    now: new Date(START + 10 * DAY),
    runId: 'pr-run',
    history: h.lookup!,
  });
  const anomaly = report.sources[0]!.checks.find((c) => c.type === 'row_count_anomaly')!;
  assert.equal(anomaly.status, 'fail', anomaly.message);
  assert.deepEqual(await h.record(report), []);
  // The updated history (ten base runs and this one) is left for upload.
  const updated = (await readHistory(new DirectoryStore(h.dir!), 'shop', 'orders'))!;
  assert.equal(seriesOf(updated, 'row_count').length, 11);
  assert.equal(h.dir, join(ws, 'truthgate-history'));
});

test('without the input, or with no artifact on the base branch, anomaly checks are skipped with a notice', async () => {
  const { ws, ctx } = workspace(3);
  writeFileSync(
    join(ws, 'truthgate.yml'),
    `${SUITE}    - metric_anomaly: { metric: mean, column: amount }\n`,
  );
  const suite = loadSuiteFile(join(ws, 'truthgate.yml'));
  const off = await prepareHistory('off', suite, ['orders'], ctx, client(), { RUNNER_TEMP: ws });
  assert.equal(off.unavailable?.code, 'TG_HISTORY_UNAVAILABLE');
  assert.match(
    off.unavailable!.message,
    /2 anomaly checks were skipped, not judged: the `history` input is not set/,
  );
  assert.match(off.unavailable!.hint('ko') ?? '', /history: artifacts/);
  assert.equal(off.dir, undefined);

  runs.splice(0, runs.length, run(60, 'push'));
  const none = await prepareHistory('artifacts', suite, ['orders'], ctx, client(), { RUNNER_TEMP: ws });
  assert.match(
    none.unavailable!.message,
    /no completed push, schedule or workflow_dispatch run among the newest 1 on main/,
  );
  const report = await runSuite(suite, { ...(none.lookup ? { history: none.lookup } : {}) });
  assert.equal(report.sources[0]!.checks.find((c) => c.type === 'row_count_anomaly')!.status, 'skip');
  // The first run still starts the history the next one will read: a skipped anomaly check was
  // not judged, but what it measured is recorded.
  await none.record(report);
  const started = (await readHistory(new DirectoryStore(none.dir!), 'shop', 'orders'))!;
  assert.equal(started.runs.length, 1);
  assert.equal(started.metrics['mean:amount']!.length, 1);
  assert.equal(typeof started.metrics['mean:amount']![0], 'number');
});

test('artifact content is data: only this suite’s history keys are taken, size-capped, never a path outside', async () => {
  const good = strToU8(await baseHistory(6));
  const zip = zipSync({
    '../../escaped.json': strToU8('x'),
    '/tmp/absolute.json': strToU8('x'),
    'history/shop/../../../traversal.json': strToU8('x'),
    'history/other-suite/orders.json': strToU8('{}'),
    [historyKey('shop', 'orders')]: good,
  });
  const root = temp();
  const store = new DirectoryStore(join(root, 'a', 'b', 'store'));
  runs.splice(0, runs.length, run(70, 'schedule'));
  artifacts[70] = [{ id: 700, name: 'truthgate-history', expired: false, zip }];
  const where = { owner: 'acme', repo: 'data', branch: 'main', suite: 'shop', sources: ['orders'] };
  const got = await fetchHistoryArtifact(client(), where, store);
  assert.deepEqual(got, { found: { runId: 70, artifactId: 700, files: [historyKey('shop', 'orders')] } });
  assert.deepEqual(readdirSync(join(root, 'a', 'b', 'store', 'history')), ['shop']);
  assert.deepEqual(readdirSync(root), ['a']);
  assert.ok(!existsSync('/tmp/absolute.json'));

  // Listed over the cap: not even downloaded.
  artifacts[70] = [
    { id: 701, name: 'truthgate-history', expired: false, zip, size_in_bytes: MAX_ARTIFACT_BYTES + 1 },
  ];
  const before = gh.requests.length;
  const big = await fetchHistoryArtifact(client(), where, store);
  assert.match((big as { missing: string }).missing, /over/);
  assert.ok(!gh.requests.slice(before).some((r) => r.path.endsWith('/zip')));

  // A token without `actions: read` (the fake answers a read-only token 401; GitHub says 403).
  const denied = await fetchHistoryArtifact(
    createGitHub('ghs_unknown', gh.url, () => {}),
    where,
    store,
  );
  assert.match((denied as { missing: string }).missing, /^listing the runs of main failed: HTTP 401/);

  // Not a zip: a clear reason, no throw.
  artifacts[70] = [{ id: 702, name: 'truthgate-history', expired: false, zip: strToU8('not a zip') }];
  assert.match(
    ((await fetchHistoryArtifact(client(), where, store)) as { missing: string }).missing,
    /not a readable zip/,
  );
});

test('a corrupted history file in the artifact is the anomaly checks’ TG_HISTORY_CORRUPT; the run completes', async () => {
  runs.splice(0, runs.length, run(80, 'push'));
  artifacts[80] = [
    {
      id: 800,
      name: 'truthgate-history',
      expired: false,
      zip: zipSync({ [historyKey('shop', 'orders')]: strToU8('{"version":1,') }),
    },
  ];
  const { ws, ctx } = workspace(4);
  const suite = loadSuiteFile(join(ws, 'truthgate.yml'));
  const h = await prepareHistory('artifacts', suite, ['orders'], ctx, client(), { RUNNER_TEMP: ws });
  const report = await runSuite(suite, { history: h.lookup! });
  const [rowCount, anomaly] = report.sources[0]!.checks;
  assert.equal(rowCount!.status, 'pass');
  assert.equal(anomaly!.status, 'error');
  assert.equal(anomaly!.errorCode, 'TG_HISTORY_CORRUPT');
});

test('through the built action: a scheduled run on main reads the history artifact, judges, and outputs history-path', async () => {
  const repo = gitRepo(
    { 'truthgate.yml': SUITE, 'orders.csv': ordersCsv(9) },
    { 'orders.csv': ordersCsv(10, { half: true }) },
  );
  const history = strToU8(await baseHistory());
  runs.splice(0, runs.length, run(90, 'schedule'));
  artifacts[90] = [
    {
      id: 900,
      name: 'truthgate-history',
      expired: false,
      zip: zipSync({ [historyKey('shop', 'orders')]: history }),
    },
  ];
  const common = {
    action: installAction(),
    toolCache: seededToolCache(),
    workspace: repo.dir,
    apiUrl: gh.url,
    event: { name: 'schedule', payload: {} },
    env: { GITHUB_REF_NAME: 'main' },
  };
  const r = await runAction({ ...common, inputs: { suite: 'truthgate.yml', history: 'artifacts' } });
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.doesNotMatch(r.stdout, /anomaly checks were skipped/);
  assert.match(r.summary, /row count [\d,]+ is below the expected/);
  const dir = r.outputs['history-path']!;
  const updated = (await readHistory(new DirectoryStore(dir), 'shop', 'orders'))!;
  assert.equal(updated.runs.length, 11);
  assert.deepEqual(updated.runs.at(-1)!.anomalies, ['row_count']);

  const off = await runAction({ ...common, inputs: { suite: 'truthgate.yml' } });
  assert.equal(off.code, 0, off.stdout + off.stderr);
  assert.match(
    off.stdout,
    /::notice::1 anomaly checks were skipped, not judged: the `history` input is not set/,
  );
  assert.equal(off.outputs['history-path'] ?? '', '');
});
