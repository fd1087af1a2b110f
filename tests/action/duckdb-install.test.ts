import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { installAction, runScheduled, seededToolCache, tempDir } from '../helpers/action-runner.ts';

/**
 * The built Action leaves DuckDB's native driver out of dist/: a suite with a DuckDB source makes it
 * install @duckdb/node-api (npm, from the registry) into the tool cache on first use, from a folder
 * that cannot see the repository's node_modules; a second run reuses it. Runs without a DuckDB
 * source never install it.
 */
test(
  'a DuckDB source in the Action installs the driver once, then checks the table',
  { timeout: 600_000 },
  async () => {
    const action = installAction();
    const toolCache = seededToolCache();
    const workspace = tempDir('tg-ws-duck-');
    mkdirSync(join(workspace, 'data'));
    const db = await DuckDBInstance.create(join(workspace, 'data', 'shop.duckdb'));
    const c = await db.connect();
    await c.run(
      "CREATE TABLE orders AS SELECT i AS id, CASE WHEN i % 10 = 0 THEN NULL ELSE 'Zürich' END AS city FROM range(1, 101) t(i)",
    );
    c.closeSync();
    db.closeSync();
    writeFileSync(
      join(workspace, 'truthgate.yml'),
      `version: 1
connections:
  shop: 'duckdb:data/shop.duckdb'
sources:
  orders: { sql: { connection: shop, table: orders } }
checks:
  orders:
    - row_count: { min: 100, max: 100 }
    - not_null: { columns: [city] }
`,
    );
    const run = () => runScheduled({ action, toolCache, workspace, inputs: { suite: 'truthgate.yml' } });
    const first = await run();
    // not_null fails on 10 rows: the job fails on the check, not on a missing driver.
    assert.equal(first.code, 1, first.stdout + first.stderr);
    assert.match(first.stdout, /Installing @duckdb\/node-api \S+ \(linux-x64\)/);
    assert.doesNotMatch(first.stdout + first.summary, /TG_SQL_DRIVER_MISSING/);
    assert.match(first.summary, /10 (failing )?rows|10 of 100/);
    const [version] = readdirSync(join(toolCache, 'truthgate-duckdb'));
    const dir = join(toolCache, 'truthgate-duckdb', version!, 'linux-x64');
    assert.ok(existsSync(join(dir, '.truthgate-complete')));

    const second = await run();
    assert.equal(second.code, 1);
    assert.doesNotMatch(second.stdout, /Installing @duckdb/);
    const timeless = (s: string) => s.replace(/ · [\d.]+ m?s\n/, '\n');
    assert.equal(timeless(second.summary), timeless(first.summary));
  },
);
