import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import pl from 'nodejs-polars';
import { diffSources } from '../../src/core/diff/diff.ts';
import { DatasetDiff } from '../../src/core/diff/schema.ts';
import { diffApart, diffSqlSources } from '../../src/core/diff/sql-diff.ts';
import { openSuiteSource, closeSuiteSource } from '../../src/core/profile/sql-entry.ts';
import { parseSuite, type LoadedSuite } from '../../src/core/suite/load.ts';
import { hasStackTrace, runCli } from '../cli/run-cli.ts';
import { startPostgres, type TestPostgres } from '../helpers/postgres.ts';

/**
 * A keyed diff of two tables of one connection runs as joins inside the database and gives the
 * DatasetDiff two CSV files with the same rows give: added, removed, changed (per column),
 * duplicate and null keys, retyped columns; across connections or against a file it is a coded
 * error, never a download. Without a key, sides that live apart diff by statistics measured where
 * each lives.
 */
let pg: TestPostgres;
let dir: string;
let suite: LoadedSuite;

type R = [number | null, string | null, number | null, string | null];
const OLD: R[] = [
  [1, 'paid', 10.5, 'a'],
  [2, 'pending', 20, 'b'],
  [3, 'paid', null, 'c'],
  [4, 'Ünïcödé ✓', 7, 'd'],
  [5, '', 1, 'e'],
  [5, 'dup', 2, 'f'],
  [null, 'nokey', 3, 'g'],
];
const NEW: R[] = [
  [1, 'paid', 10.5, 'a'],
  [2, 'shipped', 20, 'b'],
  [3, 'paid', 4, 'c'],
  [4, 'Ünïcödé ✓', 7, 'D'],
  [6, 'new', 9, 'h'],
  [null, 'nokey', 3, 'g2'],
];

const csv = (rows: R[], note = 'note') =>
  `id,status,amount,${note}\n${rows.map((r) => r.map((v) => (v === null ? '' : v === '' ? '""' : String(v))).join(',')).join('\n')}\n`;
const ddl = (t: string, note = 'note TEXT') =>
  `CREATE TABLE ${t} (id BIGINT, status TEXT, amount DOUBLE PRECISION, ${note})`;
const inserts = (t: string, rows: R[]) =>
  rows.map(
    (r) =>
      `INSERT INTO ${t} VALUES (${r.map((v) => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : `'${v}'`)).join(', ')})`,
  );

/** Edge values for the statistics of a file and a table holding the same rows. */
const EDGE = pl.DataFrame({
  i: pl.Series('i', [3, null, -7, 9007199254740991, 0], pl.Int64),
  f: pl.Series('f', [0.1, NaN, null, -Infinity, 1e300], pl.Float64),
  g: pl.Series('g', [0.1, 0.2, 0.3, null, 1 / 3], pl.Float64),
  t: pl.Series('t', ['Ünïcödé ✓', '', null, 'Zebra', 'apple'], pl.String),
  b: pl.Series('b', [true, null, false, true, true], pl.Bool),
  d: pl.Series(
    'd',
    [new Date('2024-02-29'), null, new Date('1969-07-20'), new Date('2024-01-01'), null],
    pl.Date,
  ),
  ts: pl.Series(
    'ts',
    [
      new Date('2024-05-31T23:59:59.123Z'),
      null,
      new Date('1999-12-31T00:00:00Z'),
      new Date('2024-01-01T00:00:00Z'),
      null,
    ],
    pl.Datetime('us'),
  ),
});
const EDGE_DDL =
  'CREATE TABLE edge (i BIGINT, f DOUBLE PRECISION, g DOUBLE PRECISION, t TEXT, b BOOLEAN, d DATE, ts TIMESTAMP)';
const EDGE_ROWS = [
  "(3, 0.1, 0.1, 'Ünïcödé ✓', TRUE, DATE '2024-02-29', TIMESTAMP '2024-05-31 23:59:59.123')",
  "(NULL, 'NaN', 0.2, '', NULL, NULL, NULL)",
  "(-7, NULL, 0.3, NULL, FALSE, DATE '1969-07-20', TIMESTAMP '1999-12-31 00:00:00')",
  "(9007199254740991, '-Infinity', NULL, 'Zebra', TRUE, DATE '2024-01-01', TIMESTAMP '2024-01-01 00:00:00')",
  "(0, 1e300, 1.0/3, 'apple', TRUE, NULL, NULL)",
];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tg-sqldiff-'));
  EDGE.writeParquet(join(dir, 'edge.parquet'));
  writeFileSync(join(dir, 'old.csv'), csv(OLD));
  writeFileSync(join(dir, 'new.csv'), csv(NEW));
  pg = await startPostgres();
  const statements = [
    ddl('old_t'),
    ddl('new_t'),
    ...inserts('old_t', OLD),
    ...inserts('new_t', NEW),
    EDGE_DDL,
    `INSERT INTO edge VALUES ${EDGE_ROWS.join(', ')}`,
  ];
  for (const s of statements) await pg.sql(s);
  const duck = await DuckDBInstance.create(join(dir, 'shop.duckdb'));
  const c = await duck.connect();
  for (const s of statements) await c.run(s.replaceAll('DOUBLE PRECISION', 'DOUBLE'));
  c.closeSync();
  duck.closeSync();
  writeFileSync(
    join(dir, 'suite.yml'),
    `version: 1
connections:
  pg: "${pg.url()}"
  pg_again: "${pg.url()}"
  duck: duckdb:shop.duckdb
sources:
  old_file: old.csv
  new_file: new.csv
  old_pg: { sql: { connection: pg, table: old_t } }
  new_pg: { sql: { connection: pg, table: new_t } }
  new_pg_query: { sql: { connection: pg, query: "select * from new_t" } }
  new_pg_again: { sql: { connection: pg_again, table: new_t } }
  old_duck: { sql: { connection: duck, table: old_t } }
  new_duck: { sql: { connection: duck, table: new_t } }
  edge_file: edge.parquet
  edge_pg: { sql: { connection: pg, table: edge } }
  edge_duck: { sql: { connection: duck, table: edge } }
checks: {}
`,
  );
  suite = parseSuite((await import('node:fs')).readFileSync(join(dir, 'suite.yml'), 'utf8'), {
    path: join(dir, 'suite.yml'),
    baseDir: dir,
  });
});
after(async () => {
  await pg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function diffOf(a: string, b: string, key?: string[]) {
  const [x, y] = [await openSuiteSource(suite, a), await openSuiteSource(suite, b)];
  try {
    const opts = { ...(key ? { key } : {}), sampleSize: 10 };
    if (x.kind === 'file' && y.kind === 'file') return await diffSources(x.source, y.source, opts);
    if (x.kind === 'sql' && y.kind === 'sql') return await diffSqlSources(x.source, y.source, opts);
    return await diffApart(x, y, opts);
  } finally {
    await closeSuiteSource(x);
    await closeSuiteSource(y);
  }
}

/** What must agree: everything but where the sides live and how long it took. */
function comparable(d: DatasetDiff): unknown {
  const { old: _o, new: _n, durationMs: _d, keyed, ...rest } = d;
  const sorted = <T>(xs: T[]) => [...xs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return {
    ...rest,
    rows: [d.old.rows, d.new.rows, d.old.columns, d.new.columns],
    keyed: keyed && {
      ...keyed,
      added: { ...keyed.added, samples: sorted(keyed.added.samples) },
      removed: { ...keyed.removed, samples: sorted(keyed.removed.samples) },
      changed: { ...keyed.changed, samples: sorted(keyed.changed.samples) },
    },
  };
}

for (const [oldName, newName] of [
  ['old_pg', 'new_pg'],
  ['old_pg', 'new_pg_query'],
  ['old_duck', 'new_duck'],
] as const) {
  test(`${oldName} -> ${newName}: the keyed diff in the database equals the files' diff`, async () => {
    const files = await diffOf('old_file', 'new_file', ['id']);
    const sql = await diffOf(oldName, newName, ['id']);
    DatasetDiff.parse(sql);
    assert.deepEqual(comparable(sql), comparable(files));
    assert.equal(sql.keyed?.added.count, 1);
    assert.equal(sql.keyed?.removed.count, 2);
    assert.equal(sql.keyed?.changed.count, 4);
    assert.equal(sql.keyed?.duplicates.old.keys, 1);
    assert.deepEqual(
      comparable(await diffOf(oldName, newName)),
      comparable(await diffOf('old_file', 'new_file')),
    );
  });
}

test('without a key, a table and a file (or tables of two connections) diff by statistics measured where each lives, as two files do', async () => {
  for (const [a, b] of [
    ['old_pg', 'new_file'],
    ['old_file', 'new_pg'],
    ['old_duck', 'new_pg'],
    ['old_pg', 'new_pg_again'],
    ['old_file', 'new_duck'],
  ] as const) {
    const apart = await diffOf(a, b);
    DatasetDiff.parse(apart);
    assert.deepEqual(comparable(apart), comparable(await diffOf('old_file', 'new_file')), `${a} -> ${b}`);
  }
});

test('the same rows in a file, PostgreSQL and DuckDB diff as unchanged: NaN, ±infinity, big integers, unicode, dates, timestamps', async () => {
  const same = await diffOf('edge_file', 'edge_file');
  assert.equal(same.changed, false);
  for (const [a, b] of [
    ['edge_file', 'edge_pg'],
    ['edge_pg', 'edge_file'],
    ['edge_duck', 'edge_file'],
    ['edge_pg', 'edge_duck'],
  ] as const) {
    const apart = await diffOf(a, b);
    assert.deepEqual(
      apart.columns
        .filter((c) => c.status !== 'same' || JSON.stringify(c.old) !== JSON.stringify(c.new))
        .map((c) => [c.column, c.old, c.new]),
      [],
      `${a} -> ${b}`,
    );
    assert.equal(apart.changed, false, `${a} -> ${b}`);
  }
});

test('CLI: diff --suite in the database; other connection or a file: TG_DIFF_SQL_CONNECTION', () => {
  const ok = runCli(['diff', '--suite', 'suite.yml', 'old_pg', 'new_pg', '--key', 'id', '--format', 'json'], {
    cwd: dir,
  });
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal((JSON.parse(ok.stdout) as DatasetDiff).keyed?.changed.count, 4);
  for (const [a, b] of [
    ['old_pg', 'new_pg_again'],
    ['old_pg', 'new.csv'],
  ]) {
    const r = runCli(['diff', '--suite', 'suite.yml', a!, b!, '--key', 'id'], { cwd: dir });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /TG_DIFF_SQL_CONNECTION/);
    assert.ok(!hasStackTrace(r.stderr) && !r.stderr.includes(pg.password), r.stderr);
  }
  const apart = runCli(['diff', '--suite', 'suite.yml', 'old_pg', 'new.csv', '--format', 'json'], {
    cwd: dir,
  });
  assert.equal(apart.code, 0, apart.stderr);
  assert.equal((JSON.parse(apart.stdout) as DatasetDiff).rowCount.delta, -1);
  const missing = runCli(['diff', '--suite', 'suite.yml', 'old_pg', 'new_pg', '--key', 'nope'], { cwd: dir });
  assert.match(missing.stderr, /TG_DIFF_KEY_MISSING/);
  assert.equal(missing.code, 2);
});
