import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import { renderMarkdown } from '../../src/core/render/markdown.ts';
import { renderTerminal } from '../../src/core/render/terminal.ts';
import { Report, type CheckResult } from '../../src/core/result/schema.ts';
import { parseSuite } from '../../src/core/suite/load.ts';
import { startPostgres, type TestPostgres } from '../helpers/postgres.ts';

/**
 * Failing-row samples of a SQL table name their rows by the table's primary key when the suite
 * declares no key, the first failing rows by that key (the same on every run); a table without
 * one, a view and a `query:` keep numbered samples and say the rows have no key.
 */
let pg: TestPostgres;
let dir: string;
const duckFile = () => join(dir, 'keys.duckdb');

// Inserted out of key order, so the first failing rows by key are not the first rows stored.
const LINES: [number, string, number][] = [
  [3, 'b', -1],
  [1, 'ß', 5],
  [2, 'é', -2],
  [1, 'a', -3],
  [2, 'a', 7],
  [1, 'z', -4],
  [3, 'a', -5],
];
const DDL = [
  `CREATE TABLE lines ("order id" INTEGER, "ライン" VARCHAR, amount INTEGER, PRIMARY KEY ("order id", "ライン"))`,
  `CREATE TABLE loose ("order id" INTEGER, "ライン" VARCHAR, amount INTEGER)`,
  `CREATE VIEW lines_view AS SELECT * FROM lines`,
];
const inserts = (table: string) =>
  `INSERT INTO ${table} VALUES ${LINES.map(([o, l, a]) => `(${o}, '${l}', ${a})`).join(', ')}`;

before(async () => {
  pg = await startPostgres();
  dir = mkdtempSync(join(tmpdir(), 'tg-keys-'));
  for (const s of [...DDL, inserts('lines'), inserts('loose')]) await pg.sql(s);
  const db = await DuckDBInstance.create(duckFile());
  const c = await db.connect();
  for (const s of [...DDL, inserts('lines'), inserts('loose')]) await c.run(s);
  c.closeSync();
  db.closeSync();
});
after(async () => {
  await pg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function run(source: string, key?: string): Promise<Report> {
  const suite = parseSuite(
    `version: 1
defaults: { sample_size: 3 }
connections: { pg: "${pg.url()}", duck: "duckdb:${duckFile()}" }
sources:
  s: { sql: ${source}${key ? `, key: ${key}` : ''} }
checks:
  s: [{ between: { column: amount, min: 0 } }]`,
    { path: join(dir, 'truthgate.yml'), baseDir: dir },
  );
  return Report.parse(await runSuite(suite, { now: new Date('2026-01-01T00:00:00Z'), runId: 'keys' }));
}
const check = (r: Report): CheckResult => r.sources[0]!.checks[0]!;

for (const db of ['pg', 'duck']) {
  describe(`samples of ${db === 'pg' ? 'PostgreSQL' : 'DuckDB'}`, () => {
    test('a table with a composite primary key (unicode names): its first failing rows by key', async () => {
      const r = await run(`{ connection: ${db}, table: lines }`);
      const c = check(r);
      assert.equal(c.failingCount, 5);
      assert.deepEqual(
        c.samples.map((s) => [s.key, s.values]),
        [
          [['order id', 'ライン'], { 'order id': 1, ライン: 'a', amount: -3 }],
          [['order id', 'ライン'], { 'order id': 1, ライン: 'z', amount: -4 }],
          [['order id', 'ライン'], { 'order id': 2, ライン: 'é', amount: -2 }],
        ],
      );
      assert.deepEqual(check(await run(`{ connection: ${db}, table: lines }`)).samples, c.samples);
      const terminal = renderTerminal(r, { color: false });
      assert.match(terminal, /row order id=1, ライン=a {2}amount=-3/);
      const markdown = renderMarkdown(r);
      assert.match(markdown, /\| order id=1, ライン=a \| 1 \| a \| -3 \|/);
    });

    test('the suite’s key wins over the primary key', async () => {
      const c = check(await run(`{ connection: ${db}, table: lines }`, '[ライン]'));
      assert.deepEqual(c.samples[0]!.key, ['ライン']);
      assert.deepEqual(
        c.samples.map((s) => s.values.ライン),
        ['a', 'a', 'b'],
      );
    });

    for (const [what, source] of [
      ['a table without a key', `{ connection: ${db}, table: loose }`],
      ['a view', `{ connection: ${db}, table: lines_view }`],
      ['a query', `{ connection: ${db}, query: "SELECT * FROM lines" }`],
    ] as const)
      test(`${what}: numbered samples that say the rows have no key`, async () => {
        const r = await run(source);
        const c = check(r);
        assert.equal(c.failingCount, 5);
        assert.deepEqual(
          c.samples.map((s) => [s.row, s.key]),
          [
            [0, []],
            [1, []],
            [2, []],
          ],
        );
        assert.match(renderTerminal(r, { color: false }), /sample 1 \(table has no key\) {2}amount=/);
        assert.match(renderMarkdown(r), /\| sample 1 \(table has no key\) \|/);
      });
  });
}
