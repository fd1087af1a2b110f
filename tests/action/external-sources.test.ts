import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readInputs } from '../../src/action/inputs.ts';
import { externalSources, selectSources, type ExternalPolicy } from '../../src/action/targets.ts';
import { parseSuite } from '../../src/core/suite/load.ts';

/**
 * Which sources the action checks when a pull request changed some files: SQL tables and object
 * stores have no changed files, so `external-sources` decides for them. Nothing here connects.
 */
const ws = mkdtempSync(join(tmpdir(), 'tg-ext-'));
const outside = mkdtempSync(join(tmpdir(), 'tg-ext-out-'));
writeFileSync(join(ws, 'orders.csv'), 'id\n1\n');
const suiteFile = join(ws, 'truthgate.yml');
const suite = parseSuite(
  `version: 1
connections:
  shop: 'postgres://checker@db.internal:5432/shop'
  local_duck: 'duckdb:data/wh.duckdb'
  far_duck: 'duckdb:${outside}/wh.duckdb'
sources:
  orders: { path: orders.csv }
  lake: { path: 's3://acme/orders/*.parquet' }
  blobs: { path: 'az://container/x/*.parquet' }
  table: { sql: { connection: shop, table: public.orders } }
  in_repo: { sql: { connection: local_duck, table: t } }
  far: { sql: { connection: far_duck, table: t } }
  unused: { path: 's3://acme/unused.parquet' }
checks:
  orders: [ { row_count: { min: 1 } } ]
  lake: [ { row_count: { min: 1 } } ]
  blobs: [ { row_count: { min: 1 } } ]
  table: [ { row_count: { min: 1 } } ]
  in_repo: [ { row_count: { min: 1 } } ]
  far: [ { row_count: { min: 1 } } ]
`,
  { path: suiteFile, baseDir: ws },
);
const external = ['lake', 'blobs', 'table', 'far'];

const select = (changed: string[] | undefined, policy: ExternalPolicy) =>
  selectSources(suite, ws, changed && new Set(changed.map((f) => join(ws, f))), policy, suiteFile);

test('object-store paths and SQL sources are external, a DuckDB file inside the workspace is not', () => {
  assert.deepEqual(externalSources(suite, ws), external);
});

test('always (the default): external sources are checked on every run, beside the changed file sources', () => {
  assert.equal(readInputs(() => '').externalSources, 'always');
  assert.deepEqual(select(['orders.csv'], 'always'), {
    sources: ['orders', ...external],
    external,
    externalChecked: true,
  });
  assert.deepEqual(select(['README.md'], 'always').sources, external);
  assert.equal(select(undefined, 'always').sources, undefined, 'everything');
});

test('suite-changed: external sources only when the suite file changed (or everything is checked)', () => {
  assert.deepEqual(select(['orders.csv'], 'suite-changed').sources, ['orders']);
  assert.deepEqual(select(['truthgate.yml'], 'suite-changed').sources, external);
  assert.equal(select(undefined, 'suite-changed').sources, undefined);
});

test('never: external sources are left out even when everything else is checked', () => {
  assert.deepEqual(select(['orders.csv'], 'never'), {
    sources: ['orders'],
    external,
    externalChecked: false,
  });
  assert.deepEqual(select(undefined, 'never').sources, ['orders', 'in_repo']);
});

test('a DuckDB file in the repository selects its SQL sources when the pull request changes it', () => {
  assert.deepEqual(select(['data/wh.duckdb'], 'never').sources, ['in_repo']);
  assert.deepEqual(select(['data/wh.duckdb'], 'always').sources, [
    'lake',
    'blobs',
    'table',
    'in_repo',
    'far',
  ]);
});

test('an unknown value of the input is refused with TG_ACTION_INPUT', () => {
  assert.throws(
    () => readInputs((n) => (n === 'external-sources' ? 'sometimes' : '')),
    (e: Error & { code?: string }) => e.code === 'TG_ACTION_INPUT' && /external-sources/.test(e.message),
  );
});
