import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidationWorkflowResult } from '../../src/workflows/validation.ts';
import { cli } from '../helpers/cli-worker.ts';
import { temporalEnv, type TemporalEnv } from '../helpers/temporal-env.ts';
import { startReceiver, type Receiver } from './peers.ts';

// Values a suite takes from `${ENV}` must never be echoed: not in CLI errors, reports, logs or
// workflow history (the README promises it). Distinct values per channel show which one leaked.
const DIR_VALUE = '/srv/private-dir-7f3a9c';
const CHECK_VALUE = 'check-name-from-env-51d2';
const LINK_TOKEN = 'link-token-e8b14c0d9a';
let env: TemporalEnv;
let rx: Receiver;

before(async () => {
  env = await temporalEnv();
  // The in-process worker shares this environment, as a worker shares its host's.
  process.env.TG_TEST_DATA_DIR = DIR_VALUE;
  process.env.TG_TEST_CHECK = CHECK_VALUE;
  process.env.TG_TEST_LINK_TOKEN = LINK_TOKEN;
  rx = await startReceiver([]);
  process.env.TRUTHGATE_WEBHOOK_REDACT_URL = rx.url;
  process.env.TRUTHGATE_WEBHOOK_REDACT_SECRET = 'test-secret';
  await env.startWorker();
});
after(async () => {
  await rx?.close();
  await env?.close();
});

const cliEnv = {
  TG_TEST_DATA_DIR: DIR_VALUE,
  TG_TEST_CHECK: CHECK_VALUE,
  TG_TEST_LINK_TOKEN: LINK_TOKEN,
};

function write(dir: string, name: string, text: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

test('CLI errors: an unknown check and a missing source show ${NAME}, not the value', async () => {
  const dir = join(env.dir, 'cli');
  const unknown = write(
    dir,
    'unknown.yml',
    'version: 1\nsources:\n  t: { path: t.csv }\nchecks:\n  t:\n    - ${TG_TEST_CHECK}: { column: a }\n',
  );
  const a = await cli(['check', '--suite', unknown], cliEnv);
  assert.equal(a.code, 2, a.stderr);
  assert.match(a.stderr, /TG_UNKNOWN_CHECK/);
  assert.ok(!a.stderr.includes(CHECK_VALUE), a.stderr);
  assert.match(a.stderr, /\$\{TG_TEST_CHECK\}/);

  const missing = write(
    dir,
    'missing.yml',
    'version: 1\nsources:\n  t: { path: "${TG_TEST_DATA_DIR}/orders.csv" }\nchecks:\n  t:\n    - row_count: { min: 1 }\n',
  );
  const b = await cli(['check', '--suite', missing], cliEnv);
  assert.equal(b.code, 3, b.stderr);
  const out = b.stdout + b.stderr;
  assert.ok(!out.includes(DIR_VALUE), out);
  assert.match(out, /TG_SOURCE_NOT_FOUND .*\$\{TG_TEST_DATA_DIR\}\/orders\.csv/);
  // The JSON report too (the source's uri and error message).
  const json = await cli(['check', '--suite', missing, '--format', 'json'], cliEnv);
  assert.ok(!json.stdout.includes(DIR_VALUE), json.stdout);
  assert.match(json.stdout, /\$\{TG_TEST_DATA_DIR\}/);
});

test('workflow history and the stored report never hold the values; the webhook gets the real link', async () => {
  const dir = join(env.dir, 'wf');
  write(dir, 'orders.csv', 'id,email\n1,a@x.org\n2,\n');
  const suite = write(
    dir,
    'truthgate.yml',
    [
      'version: 1',
      'name: redaction',
      'sources:',
      // Absolute, from the environment: the uri the report shows holds the value.
      `  orders: { path: "\${TG_TEST_DATA_DIR:-x}/../..${dir}/orders.csv" }`,
      'checks:',
      '  orders:',
      '    - not_null: { column: email, severity: critical }',
      'notify:',
      '  link: "https://dash.example/runs/{runId}?token=${TG_TEST_LINK_TOKEN}"',
      '  rules:',
      '    - channels: [webhook:redact]',
      '  channels:',
      '    webhook:redact: { retry: { initial_interval: 100ms, timeout: 2s } }',
    ].join('\n') + '\n',
  );
  const workflowId = `redaction-${process.pid}`;
  const result = (await env.client.workflow.execute('validationWorkflow', {
    taskQueue: env.taskQueue,
    workflowId,
    args: [{ suite }],
  })) as ValidationWorkflowResult;
  assert.equal(result.status, 'fail');
  const notifyId = `${workflowId}-notify-${result.runId}`;
  await env.client.workflow.getHandle(notifyId).result();

  for (const id of [workflowId, notifyId]) {
    const text = historyText(await env.client.workflow.getHandle(id).fetchHistory());
    for (const v of [DIR_VALUE, LINK_TOKEN]) assert.ok(!text.includes(v), `${id} history holds ${v}`);
  }
  const history = historyText(await env.client.workflow.getHandle(notifyId).fetchHistory());
  assert.match(history, /token=\$\{TG_TEST_LINK_TOKEN\}/);
  const stored = readFileSync(join(env.storeDir, result.reportKey), 'utf8');
  assert.ok(!stored.includes(DIR_VALUE));
  assert.match(stored, /\$\{TG_TEST_DATA_DIR\}/);
  // The message itself must work: the receiver gets the real link.
  assert.equal(rx.requests.length, 1);
  assert.ok(rx.requests[0]!.body.includes(`token=${LINK_TOKEN}`), rx.requests[0]!.body);
});

/** Every string and payload (decoded as UTF-8) of a history, joined. */
function historyText(history: unknown): string {
  const parts: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') parts.push(v);
    else if (v instanceof Uint8Array) parts.push(Buffer.from(v).toString('utf8'));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(history);
  return parts.join('\n');
}
