import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { stringify } from 'yaml';
import { Client, Connection } from '@temporalio/client';
import type { ProfileResult } from '../../src/activities/types.ts';
import type { Profile } from '../../src/core/profile/types.ts';
import type { Report } from '../../src/core/result/schema.ts';
import { DirectoryStore } from '../../src/core/store/index.ts';
import type { ValidationWorkflowResult } from '../../src/workflows/validation.ts';
import { gitRepo, installAction, prEvent, runAction, seededToolCache } from '../helpers/action-runner.ts';
import { cli, startCliWorker } from '../helpers/cli-worker.ts';
import { FakeGitHub } from '../helpers/fake-github.ts';
import { startPostgres, type TestPostgres } from '../helpers/postgres.ts';
import { startS3Server, type S3Server } from '../helpers/s3.ts';
import { startTestServer, type DevServer } from '../helpers/temporal-dev-server.ts';
import {
  assertSameVerdicts,
  loadBucket,
  loadPostgres,
  PG_PASSWORD_ENV,
  writeLocalSuite,
  writeMixedSuite,
} from './fixture.ts';

/**
 * Issue 15's "done when": one suite mixing a local CSV, an s3:// Parquet glob and a PostgreSQL
 * table gives the verdicts of the same data as local files, whether it runs as `truthgate check`,
 * as `truthgate run` on Temporal (whole and partitioned), or in the GitHub Action on a pull
 * request that touched only the CSV. Only where the data lives (uri, format, fingerprint) differs.
 */

let s3: S3Server;
let pg: TestPostgres;
let root: string;
let mixedSuite: string;
let local: Report;
/** Fingerprints of the mixed sources in `truthgate check`: every other way of running must agree. */
let fingerprints: Record<string, string | null>;
/** Every secret the runs must never print or record. */
let secrets: string[];
let secretEnv: Record<string, string>;

before(async () => {
  [s3, pg] = await Promise.all([startS3Server(), startPostgres()]);
  await Promise.all([loadBucket(s3), loadPostgres(pg)]);
  root = mkdtempSync(join(tmpdir(), 'tg-mixed-'));
  // A wrong password for one connection of the fault test, as secret as the right one.
  const wrong = `wrong-${Math.random().toString(36).slice(2)}-pw`;
  secretEnv = { ...s3.env, [PG_PASSWORD_ENV]: pg.password, TG_MIXED_WRONG: wrong };
  secrets = [s3.secretAccessKey, pg.password, wrong];
  mkdirSync(join(root, 'mixed'));
  mkdirSync(join(root, 'local'));
  mixedSuite = writeMixedSuite(join(root, 'mixed'), s3, pg);
  const localSuite = writeLocalSuite(join(root, 'local'));
  const r = await cli(['check', '--suite', localSuite, '--format', 'json', '-o', join(root, 'local.json')]);
  assert.equal(r.code, 1, r.stderr);
  local = JSON.parse(readFileSync(join(root, 'local.json'), 'utf8')) as Report;
  const out = join(root, 'mixed.json');
  const m = await cli(['check', '--suite', mixedSuite, '--format', 'json', '-o', out], secretEnv);
  checked = {
    code: m.code,
    output: m.stdout + m.stderr,
    text: m.code === 1 ? readFileSync(out, 'utf8') : '',
  };
  fingerprints = m.code === 1 ? fingerprintsOf(JSON.parse(checked.text) as Report) : {};
});
after(async () => {
  await Promise.all([s3?.stop(), pg?.stop()]);
});

function assertNoSecret(text: string, where: string): void {
  for (const s of secrets) assert.ok(!text.includes(s), `a secret is in ${where}`);
}

/** `truthgate check` of the mixed suite, run once: its fingerprints are what every other way must give. */
let checked: { code: number; output: string; text: string };

test('truthgate check (a subprocess) gives the verdicts of the same data as local files', () => {
  assert.equal(checked.code, 1, checked.output);
  assertNoSecret(checked.output + checked.text, 'the check output');
  const mixed = JSON.parse(checked.text) as Report;
  assertSameVerdicts(mixed, local, 'check');
  const bySource = Object.fromEntries(mixed.sources.map((s) => [s.name, s]));
  assert.match(bySource.events!.fingerprint!, /^objects:/);
  assert.match(bySource.payments!.fingerprint!, /^sql:/);
  assert.equal(bySource.payments!.uri, 'sql:shop/public.payments');
});

describe('truthgate run on the Temporal dev server', () => {
  let server: DevServer;
  let worker: Awaited<ReturnType<typeof startCliWorker>>;
  let workerLog = '';
  const storeDir = (): string => join(root, 'store');
  const flags = (): string[] => ['--address', server.address, '--task-queue', 'tg-mixed'];

  before(async () => {
    server = await startTestServer();
    // The worker resolves the suite's ${ENV} references from its own environment.
    worker = await startCliWorker([...flags(), '--store', storeDir()], secretEnv);
    worker.child.stdout!.on('data', (b: Buffer) => (workerLog += b.toString()));
    worker.child.stderr!.on('data', (b: Buffer) => (workerLog += b.toString()));
  });
  after(async () => {
    worker?.child.kill('SIGTERM');
    await worker?.stopped;
    await server?.stop();
  });

  for (const partitioned of [false, true]) {
    test(`${partitioned ? 'partitioned (one activity per object) ' : ''}gives the verdicts of local files; no secret in history, logs or reports`, async () => {
      const workflowId = `mixed-${partitioned ? 'parts' : 'whole'}-${process.pid}`;
      const r = await cli([
        'run',
        '--suite',
        mixedSuite,
        '--workflow-id',
        workflowId,
        '--format',
        'json',
        ...(partitioned ? ['--partitioned'] : []),
        ...flags(),
      ]);
      assert.equal(r.code, 1, r.stderr);
      const result = JSON.parse(r.stdout) as ValidationWorkflowResult;
      if (partitioned) assert.equal(result.partitions, 3);
      const stored = (await new DirectoryStore(storeDir()).get(result.reportKey))!;
      const report = JSON.parse(stored) as Report;
      assertSameVerdicts(report, local, partitioned ? 'run --partitioned' : 'run');
      assert.deepEqual(fingerprintsOf(report), fingerprints);
      assert.deepEqual(
        Object.fromEntries(result.sources.map((s) => [s.name, s.fingerprint])),
        fingerprints,
        'the compact workflow result carries the fingerprints',
      );
      const history = await temporalCli([
        'workflow',
        'show',
        '--workflow-id',
        workflowId,
        '--output',
        'json',
        '--address',
        server.address,
      ]);
      assert.match(history, /WorkflowExecutionCompleted|EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED/);
      assertNoSecret(history, 'workflow history');
      assertNoSecret(r.stdout + r.stderr, 'the run output');
      assertNoSecret(stored, 'the stored report');
      assertNoSecret(workerLog, "the worker's log");
    });
  }
  test('a schedule created without the secrets (only the workers have them) runs with the same fingerprints', async () => {
    // This process's environment has neither the bucket's key nor the database password.
    for (const name of Object.keys(secretEnv)) assert.equal(process.env[name], undefined);
    const create = await cli([
      'schedule',
      'create',
      'mixed-nightly',
      '--suite',
      mixedSuite,
      '--cron',
      '0 6 * * *',
      ...flags(),
    ]);
    assert.equal(create.code, 0, create.stderr);
    assert.equal((await cli(['schedule', 'trigger', 'mixed-nightly', ...flags()])).code, 0);
    let runs: { workflowId: string }[] = [];
    for (let i = 0; i < 100 && runs.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 200));
      const desc = await cli(['schedule', 'describe', 'mixed-nightly', ...flags()]);
      runs = (JSON.parse(desc.stdout) as { recentRuns: { workflowId: string }[] }).recentRuns;
    }
    assert.equal(runs.length, 1, 'trigger started a run');
    const result = await workflowResult(runs[0]!.workflowId);
    assert.equal(result.status, 'fail');
    assert.deepEqual(Object.fromEntries(result.sources.map((s) => [s.name, s.fingerprint])), fingerprints);
    const report = JSON.parse((await new DirectoryStore(storeDir()).get(result.reportKey))!) as Report;
    assertSameVerdicts(report, local, 'schedule');
  });

  test('profilingWorkflow profiles the PostgreSQL table in its database and drift compares it with the last profile', async () => {
    const connection = await Connection.connect({ address: server.address });
    try {
      const client = new Client({ connection });
      const run = (): Promise<ProfileResult> =>
        client.workflow.execute('profilingWorkflow', {
          taskQueue: 'tg-mixed',
          workflowId: `mixed-profile-${process.pid}-${Math.random().toString(36).slice(2)}`,
          args: [{ suite: mixedSuite, source: 'payments', drift: true }],
        });
      const first = await run();
      assert.equal(first.rowCount, 30);
      assert.equal(first.drift.compared, false);
      const stored = JSON.parse((await new DirectoryStore(storeDir()).get(first.profileKey))!) as Profile;
      assert.deepEqual(
        stored.columns.map((c) => c.name),
        ['id', 'customer_id', 'amount', 'status', 'note', 'paid_at'],
      );
      assert.equal(stored.columns.find((c) => c.name === 'id')!.distinct.count, 30);
      const second = await run();
      assert.equal(second.previousKey, first.profileKey);
      assert.equal(second.drift.compared, true);
      assertNoSecret(JSON.stringify([first, second, stored]), 'the profile results');
    } finally {
      await connection.close();
    }
  });

  /** Waits for a workflow to close and decodes its result from the history. */
  async function workflowResult(workflowId: string): Promise<ValidationWorkflowResult> {
    for (let i = 0; i < 300; i++) {
      const history = await temporalCli([
        'workflow',
        'show',
        '--workflow-id',
        workflowId,
        '--output',
        'json',
        '--address',
        server.address,
      ]);
      const done =
        /"workflowExecutionCompletedEventAttributes":\s*\{\s*"result":\s*\{\s*"payloads":\s*\[\s*\{[^]*?"data":\s*"([^"]+)"/.exec(
          history,
        );
      if (done)
        return JSON.parse(Buffer.from(done[1]!, 'base64').toString('utf8')) as ValidationWorkflowResult;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`${workflowId} did not complete`);
  }

  test('coded errors of SQL and object sources (wrong password, missing table, missing bucket) keep secrets out of history', async () => {
    const dir = join(root, 'faults');
    mkdirSync(dir);
    const at = `127.0.0.1:${pg.port}/${pg.database}`;
    const suite = join(dir, 'truthgate.yml');
    writeFileSync(
      suite,
      stringify({
        version: 1,
        name: 'mixed-faults',
        connections: {
          shop: `postgres://${pg.user}:\${${PG_PASSWORD_ENV}}@${at}`,
          wrong: `postgres://${pg.user}:\${TG_MIXED_WRONG}@${at}`,
        },
        sources: {
          locked: { sql: { connection: 'wrong', table: 'public.payments' } },
          missing: { sql: { connection: 'shop', table: 'public.nope' } },
          nobucket: { path: 's3://tg-no-such-bucket/x/*.parquet', storage_options: s3.storageOptions },
          payments: { sql: { connection: 'shop', table: 'public.payments' } },
        },
        checks: Object.fromEntries(
          ['locked', 'missing', 'nobucket', 'payments'].map((n) => [n, [{ row_count: { min: 1 } }]]),
        ),
      }),
    );
    const workflowId = `mixed-faults-${process.pid}`;
    const r = await cli([
      'run',
      '--suite',
      suite,
      '--workflow-id',
      workflowId,
      '--format',
      'json',
      ...flags(),
    ]);
    const result = JSON.parse(r.stdout) as ValidationWorkflowResult;
    assert.deepEqual(
      result.sources.map((s) => [s.name, s.error ?? null]),
      [
        ['locked', 'TG_SQL_AUTH'],
        ['missing', 'TG_SQL_TABLE_NOT_FOUND'],
        ['nobucket', 'TG_OBJECT_BUCKET_MISSING'],
        ['payments', null],
      ],
    );
    const history = await temporalCli([
      'workflow',
      'show',
      '--workflow-id',
      workflowId,
      '--output',
      'json',
      '--address',
      server.address,
    ]);
    assertNoSecret(history, 'workflow history');
    assertNoSecret(r.stdout + r.stderr + workerLog, 'output or logs');
    assertNoSecret((await new DirectoryStore(storeDir()).get(result.reportKey))!, 'the stored report');
  });
});

function fingerprintsOf(r: Report): Record<string, string | null> {
  return Object.fromEntries(r.sources.map((s) => [s.name, s.fingerprint]));
}

function temporalCli(args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile('temporal', args, { maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) =>
      err ? reject(new Error(`temporal ${args.join(' ')}: ${stderr}`)) : resolve(stdout),
    ),
  );
}

describe('the GitHub Action on a pull request that changed only the CSV', () => {
  let action: string;
  let toolCache: string;
  let gh: FakeGitHub;
  let repo: { dir: string; baseSha: string; headSha: string };
  const pulls: Record<number, { filename: string; status: string }[]> = {};

  before(async () => {
    action = installAction();
    toolCache = seededToolCache();
    gh = new FakeGitHub({ owner: 'acme', repo: 'data', writeTokens: { ghs_write: undefined }, pulls });
    await gh.start();
    const text = (f: string): string => readFileSync(join(root, 'mixed', f), 'utf8');
    repo = gitRepo(
      {
        'truthgate.yml': text('truthgate.yml'),
        'customers.csv': text('customers.csv').split('\n')[0]! + '\n',
      },
      { 'customers.csv': text('customers.csv') },
    );
    pulls[7] = [{ filename: 'customers.csv', status: 'modified' }];
  });
  after(async () => gh?.stop());

  const run = (inputs: Record<string, string>) =>
    runAction({
      action,
      toolCache,
      workspace: repo.dir,
      apiUrl: gh.url,
      event: prEvent(7, repo.baseSha, repo.headSha),
      inputs: { suite: 'truthgate.yml', ...inputs },
      env: secretEnv,
    });

  test('external-sources: always (the default) checks the bucket and the table too, with the verdicts of local files', async () => {
    const r = await run({});
    assert.equal(r.code, 1, r.stdout);
    const text = readFileSync(join(repo.dir, 'truthgate-report.json'), 'utf8');
    const report = JSON.parse(text) as Report;
    assertSameVerdicts(report, local, 'action');
    assert.deepEqual(fingerprintsOf(report), fingerprints);
    const comment = gh.comments.get(7)!.at(-1)!.body;
    assert.match(
      comment,
      /TG_ACTION_EXTERNAL_CHECKED|events, payments: data in a database or object storage/,
    );
    assertNoSecret(r.stdout + r.stderr + r.summary + text + comment, 'the action output');
    // Data outside the repository is annotated on the suite that names it, never on a made-up path.
    assert.match(
      r.stdout,
      /::error title=Truthgate%3A between \(high\),file=truthgate.yml::payments.between.amount/,
    );
    assert.match(r.stdout, /::error title=[^:]*,file=truthgate.yml::events.unique.event_id/);
    assert.doesNotMatch(r.stdout, /file=(s3|sql)%3A/);
  });

  test('external-sources: never checks only the changed CSV and says which sources it left out', async () => {
    const r = await run({ 'external-sources': 'never' });
    assert.equal(r.code, 1, r.stdout);
    const report = JSON.parse(readFileSync(join(repo.dir, 'truthgate-report.json'), 'utf8')) as Report;
    assert.deepEqual(
      report.sources.map((s) => s.name),
      ['customers'],
    );
    assert.match(r.summary, /events, payments: data in a database or object storage; not checked/);
    assert.match(r.stdout, /::notice title=Truthgate%3A TG_ACTION_EXTERNAL_SKIPPED::/);
  });
});
