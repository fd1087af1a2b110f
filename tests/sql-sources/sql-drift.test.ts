import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import pl from 'nodejs-polars';
import { driftCompare } from '../../src/core/drift/compare.ts';
import { DriftReport } from '../../src/core/drift/schema.ts';
import { driftSqlCurrent } from '../../src/core/drift/sql-drift.ts';
import { closeSuiteSource, openSuiteSource } from '../../src/core/profile/sql-entry.ts';
import { profileSuiteSource } from '../../src/core/profile/sql-entry.ts';
import { parseSuite, type LoadedSuite } from '../../src/core/suite/load.ts';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import type { CheckResult } from '../../src/core/result/schema.ts';
import { stringify } from 'yaml';
import { hasStackTrace, runCli } from '../cli/run-cli.ts';
import { startPostgres, type TestPostgres } from '../helpers/postgres.ts';

/**
 * Drift with a SQL source on either side: the current side counted in its database against the
 * baseline's profile gives exactly the report polars gives for the same rows as a file against
 * the same profile (every method, nulls, NaN, new categories, booleans, timestamps with zone).
 */
let pg: TestPostgres;
let dir: string;
let suite: LoadedSuite;

type R = { x: number | null; cat: string | null; flag: boolean | null; ts: number | null };
const HOUR = 3_600_000;
const rowsOf = (shift: number, extra: boolean): R[] =>
  Array.from({ length: 240 }, (_, i) => ({
    x: i % 37 === 0 ? null : i % 53 === 0 ? Number.NaN : (i % 50) + shift + (i % 7) / 4,
    cat: i % 41 === 0 ? null : extra && i % 5 === 0 ? 'nouveau' : ['a', 'b', 'Ünï ✓', ''][i % 4]!,
    flag: i % 29 === 0 ? null : i % (extra ? 3 : 2) === 0,
    ts: i % 31 === 0 ? null : Date.UTC(2024, 2, 10) + (i + shift) * HOUR,
  }));
const BASE = rowsOf(0, false);
const CUR = rowsOf(6, true);

function parquet(file: string, rows: R[]): void {
  pl.DataFrame([
    pl.Series(
      'x',
      rows.map((r) => r.x),
      pl.Float64,
    ),
    pl.Series(
      'cat',
      rows.map((r) => r.cat),
      pl.Utf8,
    ),
    pl.Series(
      'flag',
      rows.map((r) => r.flag),
      pl.Bool,
    ),
    pl
      .Series(
        'ts',
        rows.map((r) => (r.ts === null ? null : r.ts * 1000)),
        pl.Int64,
      )
      .cast(pl.Datetime('us', 'UTC')),
  ]).writeParquet(file);
}

const sqlRows = (t: string, rows: R[], double: string) => [
  `CREATE TABLE ${t} (x ${double}, cat TEXT, flag BOOLEAN, ts TIMESTAMPTZ)`,
  ...rows.map(
    (r) =>
      `INSERT INTO ${t} VALUES (${r.x === null ? 'NULL' : Number.isNaN(r.x) ? `'NaN'` : r.x}, ${r.cat === null ? 'NULL' : `'${r.cat}'`}, ${r.flag ?? 'NULL'}, ${r.ts === null ? 'NULL' : `'${new Date(r.ts).toISOString()}'`})`,
  ),
];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tg-sqldrift-'));
  parquet(join(dir, 'base.parquet'), BASE);
  parquet(join(dir, 'cur.parquet'), CUR);
  pg = await startPostgres();
  await pg.sql([...sqlRows('base', BASE, 'float8'), ...sqlRows('cur', CUR, 'float8')].join(';\n'));
  const duck = await DuckDBInstance.create(join(dir, 'shop.duckdb'));
  const c = await duck.connect();
  for (const s of [...sqlRows('base', BASE, 'DOUBLE'), ...sqlRows('cur', CUR, 'DOUBLE')]) await c.run(s);
  c.closeSync();
  duck.closeSync();
  writeFileSync(
    join(dir, 'suite.yml'),
    `version: 1
connections:
  pg: "${pg.url()}"
  duck: duckdb:shop.duckdb
sources:
  base_file: base.parquet
  cur_file: cur.parquet
  base_pg: { sql: { connection: pg, table: base } }
  cur_pg: { sql: { connection: pg, table: cur } }
  cur_pg_query: { sql: { connection: pg, query: "select * from cur" } }
  cur_duck: { sql: { connection: duck, table: cur } }
checks: {}
`,
  );
  suite = parseSuite(readFileSync(join(dir, 'suite.yml'), 'utf8'), {
    path: join(dir, 'suite.yml'),
    baseDir: dir,
  });
});
after(async () => {
  await pg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const strip = (r: DriftReport) => ({ ...r, durationMs: 0, current: { ...r.current, name: '', uri: '' } });

const ALL = ['auto', 'ks', 'psi', 'chi2', 'js', 'wasserstein', 'hellinger', 'tv'] as const;
// Every method on PostgreSQL; the other sides share its SQL, so auto and wasserstein suffice there.
for (const [current, methods] of [
  ['cur_pg', ALL],
  ['cur_pg_query', ['auto', 'wasserstein']],
  ['cur_duck', ['auto', 'wasserstein']],
] as const) {
  for (const method of methods) {
    test(`${current}, ${method}: counted in the database, the report equals the file's against the same profile`, async () => {
      const profile = await profileSuiteSource(suite, 'base_pg');
      const file = await openSuiteSource(suite, 'cur_file');
      const sql = await openSuiteSource(suite, current);
      try {
        assert.equal(file.kind, 'file');
        assert.equal(sql.kind, 'sql');
        if (file.kind !== 'file' || sql.kind !== 'sql') return;
        const expected = await driftCompare(profile, file.source, { method });
        const got = await driftSqlCurrent(profile, sql.source, { method });
        DriftReport.parse(got);
        assert.deepEqual(strip(got), strip(expected));
        if (method === 'auto') {
          assert.equal(got.dataset.drifted, true);
          assert.deepEqual(
            got.columns.map((c) => [c.column, c.status]),
            expected.columns.map((c) => [c.column, c.status]),
          );
        }
      } finally {
        await closeSuiteSource(file);
        await closeSuiteSource(sql);
      }
    });
  }
}

test('the drift check on a SQL source, against a saved profile, gives the verdicts it gives on the same rows in a file', async () => {
  writeFileSync(join(dir, 'base.profile.json'), JSON.stringify(await profileSuiteSource(suite, 'base_pg')));
  const list = [
    { drift: { baseline: 'base.profile.json' } },
    { drift: { baseline: 'base.profile.json', method: 'wasserstein', columns: ['x', 'ts'] } },
    {
      drift: {
        baseline: 'base.profile.json',
        method: 'chi2',
        columns: ['cat', 'flag'],
        max_drifted_share: 0.5,
      },
    },
    { drift: { baseline: 'base.profile.json', columns: ['x'], where: 'flag' } },
    { drift: { baseline: 'base.profile.json', method: 'psi', threshold: 100 } },
    { drift: { baseline: 'base_file' } },
    { drift: { baseline: 'missing.json' } },
  ];
  const run = async (source: string) => {
    const text = readFileSync(join(dir, 'suite.yml'), 'utf8').replace(
      'checks: {}',
      stringify({ checks: { [source]: list } }),
    );
    const report = await runSuite(parseSuite(text, { path: join(dir, 'suite.yml'), baseDir: dir }), {
      sources: [source],
    });
    return report.sources.find((s) => s.name === source)!.checks;
  };
  const verdict = (c: CheckResult) => ({
    status: c.status,
    failingCount: c.failingCount,
    observed: c.observed,
    errorCode: c.errorCode ?? null,
  });
  const files = await run('cur_file');
  assert.deepEqual(
    files.map((c) => c.status),
    ['fail', 'fail', 'fail', 'pass', 'pass', 'fail', 'error'],
  );
  for (const current of ['cur_pg', 'cur_duck']) {
    const sql = await run(current);
    for (const [i, c] of sql.slice(0, 5).entries())
      assert.deepEqual(verdict(c), verdict(files[i]!), `${current} ${c.id}`);
    // A baseline source is compared row by row in polars: refused on SQL, never downloaded.
    assert.equal(sql[5]!.errorCode, 'TG_CHECK_UNSUPPORTED_BACKEND');
    assert.match(sql[5]!.message, /saved with `truthgate profile/);
    assert.equal(sql[6]!.errorCode, 'TG_SOURCE_NOT_FOUND');
  }
});

test('CLI: drift --suite with SQL sources on either side; faults are coded', () => {
  const cli = (args: string[]) =>
    runCli(['drift', '--suite', 'suite.yml', ...args, '--format', 'json'], { cwd: dir });
  for (const [baseline, current] of [
    ['base_pg', 'cur_pg'],
    ['base.parquet', 'cur_duck'],
    ['base_pg', 'cur.parquet'],
  ]) {
    const r = cli(['--baseline', baseline!, '--current', current!]);
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(r.stdout) as DriftReport;
    assert.equal(report.dataset.drifted, true);
    assert.equal(report.current.rows, CUR.length);
    assert.ok(!r.stdout.includes(pg.password));
  }
  const same = cli(['--baseline', 'base_pg', '--current', 'base_pg']);
  assert.equal(same.code, 0, same.stderr);
  const missing = cli(['--baseline', 'base_pg', '--current', 'cur_pg', '--columns', 'nope']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /TG_DRIFT_COLUMN/);
  assert.ok(!hasStackTrace(missing.stderr));
});
