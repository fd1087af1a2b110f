import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { profileSuiteSource } from '../../src/core/profile/sql-entry.ts';
import { Profile, type ColumnProfile } from '../../src/core/profile/types.ts';
import { parseSuite, type LoadedSuite } from '../../src/core/suite/load.ts';
import { startPostgres, type TestPostgres } from '../helpers/postgres.ts';
import { EDGE_ROWS, loadEdgeDuckdb, loadEdgePostgres, writeEdgeParquet } from './sql-data.ts';

/**
 * The same rows as a Parquet file, a PostgreSQL table and a DuckDB table give the same profile.
 * Exact: counts, nulls, distincts, min/max, quantiles, histograms, top values, lengths, semantic
 * types, duplicate rows. Within 1e-9 relative: sums, means, standard deviations (the database
 * adds floats in its own order). Not compared: row order (`monotonic`, `state.order`: a table has
 * none), and the source's identity.
 */
let pg: TestPostgres;
let dir: string;
let suite: LoadedSuite;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tg-sqlprofile-'));
  writeEdgeParquet(join(dir, 'edge.parquet'));
  pg = await startPostgres();
  await loadEdgePostgres(pg);
  await loadEdgeDuckdb(join(dir, 'edge.duckdb'));
  suite = parseSuite(
    `version: 1
connections:
  pg: "${pg.url()}"
  duck: duckdb:edge.duckdb
sources:
  file: edge.parquet
  pg_table: { sql: { connection: pg, table: public.edge } }
  pg_query: { sql: { connection: pg, query: "select * from edge where id is null or id > 0" } }
  duck_table: { sql: { connection: duck, table: edge } }
  empty: { sql: { connection: pg, query: "select * from edge where false" } }
checks: {}
`,
    { path: join(dir, 'truthgate.yml'), baseDir: dir },
  );
});
after(async () => {
  await pg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function close(a: unknown, b: unknown, path: string): void {
  if (typeof a === 'number' && typeof b === 'number') {
    const ok =
      a === b ||
      (Number.isNaN(a) && Number.isNaN(b)) ||
      Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
    assert.ok(ok, `${path}: ${a} vs ${b}`);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    assert.equal(b.length, a.length, `${path}: length`);
    a.forEach((x, i) => close(x, b[i], `${path}[${i}]`));
    return;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    assert.deepEqual(Object.keys(b).sort(), Object.keys(a).sort(), `${path}: keys`);
    for (const k of Object.keys(a)) close((a as never)[k], (b as never)[k], `${path}.${k}`);
    return;
  }
  assert.deepEqual(b, a, path);
}

/** A column without what only a file has (row order); top values in one order whatever the ties. */
function comparable(c: ColumnProfile): unknown {
  const { monotonic: _m, monotonicStrict: _s, state, topValues, ...rest } = c;
  const key = (t: { value: unknown; count: number }) => `${t.count}:${String(t.value)}`;
  const top = topValues && [...topValues].sort((x, y) => key(x).localeCompare(key(y)));
  return { ...rest, topValues: top, state: { ...state, order: null } };
}

for (const name of ['pg_table', 'pg_query', 'duck_table']) {
  test(`${name}: the profile equals the Parquet file's, computed in the database`, async () => {
    const [file, sql] = await Promise.all([
      profileSuiteSource(suite, 'file'),
      profileSuiteSource(suite, name),
    ]);
    // NaN and infinity are listed as top values, as the polars profile lists them (JSON has no
    // such numbers: a known gap of the profile contract, reported); the rest is a valid profile.
    Profile.parse({ ...sql, columns: sql.columns.filter((c) => c.name !== 'amount') });
    assert.equal(sql.source.format, name.startsWith('pg') ? 'postgres' : 'duckdb');
    assert.match(sql.source.fingerprint, /^sql:/);
    assert.deepEqual(sql.table, file.table);
    assert.equal(sql.table.rows, EDGE_ROWS.length);
    assert.equal(sql.table.duplicateRows, 1);
    assert.deepEqual(
      sql.columns.map((c) => [c.name, c.dtype, c.kind]),
      file.columns.map((c) => [c.name, c.dtype, c.kind]),
    );
    for (const [i, f] of file.columns.entries()) close(comparable(f), comparable(sql.columns[i]!), f.name);
    const ts = sql.columns.find((c) => c.name === 'ts')!;
    assert.equal(ts.temporalRange?.min, '1970-01-01T00:00:00.000Z');
    assert.equal(ts.numeric?.max, 1_735_689_599_999.999);
    const amount = sql.columns.find((c) => c.name === 'amount')!;
    assert.equal(amount.numeric?.nonFiniteCount, 2);
    assert.equal(sql.columns.find((c) => c.name === 'status')!.lengths?.min, 0);
  });
}

test('an empty result profiles as zero rows', async () => {
  const p = await profileSuiteSource(suite, 'empty');
  assert.equal(p.table.rows, 0);
  assert.ok(p.columns.every((c) => c.count === 0 && c.numeric === null && c.topValues === null));
});
