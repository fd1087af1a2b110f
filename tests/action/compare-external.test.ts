import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import pl from 'nodejs-polars';
import pg_ from 'pg';
import { DuckDBInstance } from '@duckdb/node-api';
import { compareWithBase } from '../../src/action/compare.ts';
import { loadSuiteFile } from '../../src/core/suite/load.ts';
import { stringify } from 'yaml';
import { actionBed, type PrRepo } from '../helpers/action-bed.ts';
import { gitRepo } from '../helpers/action-runner.ts';
import { startPostgres, type TestPostgres } from '../helpers/postgres.ts';
import { startS3Server, type S3Server } from '../helpers/s3.ts';

/**
 * compare-to-base on sources that are not files of the repository (issue 15, item 6): a
 * PostgreSQL table and an s3:// object. Their base side is the base branch's definition of the
 * source, evaluated now; a definition the pull request left alone is the same data, so it shows
 * no differences, and one it changed is diffed and drift-compared like a modified file.
 */
const PW_ENV = 'TG_CMPX_PG_PASSWORD';
const BUCKET = 'tg-cmpx';

let pg: TestPostgres;
let s3: S3Server;
let env: Record<string, string>;
let secrets: string[];

const rows = (n: number, changed: number[], extra = 0) =>
  Array.from({ length: n + extra }, (_, i) => ({
    id: i + 1,
    amount: changed.includes(i + 1) ? 999.5 : (i * 37) % 500,
    status: ['paid', 'pending', 'refunded'][i % 3]!,
  }));

async function table(name: string, data: ReturnType<typeof rows>): Promise<void> {
  await pg.sql(`CREATE TABLE public.${name} (id int, amount double precision, status text)`);
  for (const r of data)
    await pg.sql(`INSERT INTO public.${name} VALUES ($1, $2, $3)`, [r.id, r.amount, r.status]);
}

const parquet = (data: ReturnType<typeof rows>): Buffer => pl.DataFrame(data).writeParquet();

const bed = actionBed({
  pulls: {
    3: [{ filename: 'truthgate.yml', status: 'modified' }],
    4: [{ filename: 'truthgate.yml', status: 'modified' }],
  },
});

before(async () => {
  [pg, s3] = await Promise.all([startPostgres(), startS3Server()]);
  await table('payments_v1', rows(50, []));
  await table('payments_v2', rows(50, [3, 7], 2));
  await table('stable', rows(20, []));
  await s3.createBucket(BUCKET);
  await s3.put(BUCKET, 'events/v1.parquet', parquet(rows(40, [])));
  await s3.put(BUCKET, 'events/v2.parquet', parquet(rows(40, [5])));
  await s3.put(BUCKET, 'events/same.parquet', parquet(rows(30, [])));
  // A second database holding a table of the same name with other rows.
  await pg.sql('CREATE DATABASE shop_b');
  const other = new pg_.Client({ connectionString: pg.url({ database: 'shop_b' }) });
  await other.connect();
  try {
    await other.query('CREATE TABLE public.stable (id int, amount double precision, status text)');
    await other.query(
      `INSERT INTO public.stable SELECT i, 900 + i % 7, 'paid' FROM generate_series(1, 20) AS i`,
    );
  } finally {
    await other.end();
  }
  env = { ...s3.env, [PW_ENV]: pg.password };
  secrets = [pg.password, s3.secretAccessKey];
});

after(async () => {
  await Promise.all([pg?.stop(), s3?.stop()]);
});

/** compare-to-base on pull request `n`; it changes the suite, and only a trusted change runs its own definitions. */
const compareTrusted = (n: number, repo: PrRepo) =>
  bed.runPr(n, repo, {
    inputs: { suite: 'truthgate.yml', 'compare-to-base': 'true', 'trust-suite-changes': 'true' },
    env,
  });

const check = [{ row_count: { min: 1 } }, { between: { column: 'amount', min: 0, max: 1000 } }];
const shopUrl = (database: string): string =>
  `postgres://${pg.user}:\${${PW_ENV}}@127.0.0.1:${pg.port}/${database}`;

function suite(version: 'v1' | 'v2'): string {
  return stringify({
    version: 1,
    name: 'external-compare',
    connections: { shop: shopUrl(pg.database) },
    sources: {
      payments: { sql: { connection: 'shop', table: `public.payments_${version}` }, key: ['id'] },
      stable: { sql: { connection: 'shop', table: 'public.stable' }, key: ['id'] },
      events: {
        path: `s3://${BUCKET}/events/${version}.parquet`,
        storage_options: s3.storageOptions,
        key: ['id'],
      },
      same_events: { path: `s3://${BUCKET}/events/same.parquet`, storage_options: s3.storageOptions },
      ...(version === 'v2' ? { fresh: { sql: { connection: 'shop', table: 'public.stable' } } } : {}),
    },
    checks: {
      payments: check,
      stable: check,
      events: check,
      same_events: check,
      ...(version === 'v2' ? { fresh: check } : {}),
    },
  });
}

/** The summary as GitHub renders its text: backslash escapes resolved. */
const plain = (md: string): string => md.replace(/\\(.)/g, '$1');

describe('compare-to-base with SQL and object-store sources', () => {
  let repo: PrRepo;

  before(async () => {
    repo = gitRepo({ 'truthgate.yml': suite('v1') }, { 'truthgate.yml': suite('v2') });
  });

  test('a changed definition is diffed against the base definition, an unchanged one shows no difference', async () => {
    const r = await compareTrusted(3, repo);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const comment = plain(bed.gh.comments.get(3)!.at(-1)!.body);
    const summary = plain(r.summary);
    for (const text of [comment, summary]) {
      assert.doesNotMatch(text, /TG_BASE_UNAVAILABLE|could not|TG_[A-Z_]+_ERROR/, text);
      // The base side is named by its base-branch definition and the base commit.
      assert.match(text, new RegExp(`sql:shop/public\\.payments_v1@${repo.baseSha.slice(0, 7)}`));
      assert.match(text, new RegExp(`s3://${BUCKET}/events/v1\\.parquet@${repo.baseSha.slice(0, 7)}`));
      assert.match(text, /Drift: payments/);
      assert.match(text, /Drift: events/);
      // Unchanged definitions: the same data, no diff or drift section at all.
      assert.doesNotMatch(text, /stable@|Drift: stable|same\.parquet@|Drift: same_events/);
    }
    // payments, by key in the database: ids 3 and 7 changed, 51 and 52 added; events: id 5 changed.
    assert.match(comment, /Rows: 50 → 52 \(\+2\)/);
    assert.match(comment, /\+2 added · −0 removed · ~2 changed · 48 unchanged/);
    assert.match(comment, /changed: id=7: amount 222 → 999\.5/);
    assert.match(comment, /\+0 added · −0 removed · ~1 changed · 39 unchanged/);
    // A source the pull request added has no base side: nothing to compare, nothing to note.
    assert.doesNotMatch(comment, /fresh@|Drift: fresh/);
    for (const s of secrets)
      assert.ok(!(r.stdout + r.stderr + r.summary + comment).includes(s), 'a secret leaked');
  });
});

describe('compare-to-base when a connection now leads to another database', () => {
  const moved = (database: string): string =>
    stringify({
      version: 1,
      connections: { shop: shopUrl(database) },
      sources: { stable: { sql: { connection: 'shop', table: 'public.stable' }, key: ['id'] } },
      checks: { stable: check },
    });

  test('rows are not diffed across the two databases (that would read both in the base one); drift is shown', async () => {
    const repo = gitRepo({ 'truthgate.yml': moved(pg.database) }, { 'truthgate.yml': moved('shop_b') });
    const r = await compareTrusted(4, repo);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const comment = plain(bed.gh.comments.get(4)!.at(-1)!.body);
    assert.match(comment, /Cannot diff `sql:shop\/public\.stable@[0-9a-f]{7}`[^\n]*another database/);
    assert.doesNotMatch(comment, /data diff/);
    assert.match(comment, /Drift: stable/);
    assert.match(comment, /baseline <code>sql:shop\/public\.stable@[0-9a-f]{7}<\/code> \(20 rows\)/);
    for (const s of secrets)
      assert.ok(!(r.stdout + r.stderr + r.summary + comment).includes(s), 'a secret leaked');
  });
});

describe('compare-to-base on a DuckDB file of the repository', () => {
  /** A DuckDB database file holding table t, as bytes to commit. */
  async function duckdbFile(amount: string): Promise<string> {
    const file = join(mkdtempSync(join(tmpdir(), 'tg-cmpx-duck-')), 'wh.duckdb');
    const db = await DuckDBInstance.create(file);
    const c = await db.connect();
    await c.run(`CREATE TABLE t AS SELECT range AS id, ${amount} AS amount FROM range(200)`);
    c.closeSync();
    db.closeSync();
    // gitRepo writes what it is given; a Buffer stays binary.
    return readFileSync(file) as unknown as string;
  }

  // In process: the built action does not ship DuckDB's native package (it reports that as an error).
  test('the pull request modified the file: its base version is the base side (drift, with a note)', async () => {
    const suiteText = stringify({
      version: 1,
      connections: { wh: 'duckdb:data/wh.duckdb' },
      sources: { t: { sql: { connection: 'wh', table: 't' }, key: ['id'] } },
      checks: { t: check },
    });
    const repo = gitRepo(
      { 'truthgate.yml': suiteText, 'data/wh.duckdb': await duckdbFile('range % 10') },
      { 'data/wh.duckdb': await duckdbFile('500 + range % 10') },
    );
    const suiteFile = join(repo.dir, 'truthgate.yml');
    const out = await compareWithBase({
      gh: undefined,
      ctx: {
        eventName: 'pull_request',
        owner: 'acme',
        repo: 'data',
        workspace: repo.dir,
        sha: repo.headSha,
        apiUrl: 'http://127.0.0.1:9',
        runUrl: undefined,
        pr: undefined,
        pushBefore: undefined,
      },
      baseRef: repo.baseSha,
      changed: [{ path: 'data/wh.duckdb', status: 'modified', basePath: 'data/wh.duckdb' }],
      suite: loadSuiteFile(suiteFile),
      sources: ['t'],
      suiteFile,
      lang: 'en',
      tempDir: mkdtempSync(join(tmpdir(), 'tg-cmpx-tmp-')),
    });
    assert.equal(out.notes.length, 1, out.notes.join('\n'));
    assert.match(out.notes[0]!, /Cannot diff `data\/wh\.duckdb@[0-9a-f]{7}`[^\n]*two database files/);
    assert.deepEqual(
      out.sections.map((x) => x.label),
      ['drift t'],
    );
    const drift = plain(out.sections[0]!.render(65_536)!);
    // Every value moved by 500: the amount column drifted; the base side is the base version.
    assert.match(drift, /<code>amount<\/code> \| \*\*drift\*\*/);
    assert.match(drift, /baseline <code>data\/wh\.duckdb@[0-9a-f]{7}<\/code> \(200 rows\)/);
  });
});
