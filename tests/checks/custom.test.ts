import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkResults, runCheck, suiteError, vega } from '../helpers/run-check.ts';

const orders = 'id,status,amount,paid_at\n1,paid,10,2024-01-01\n2,paid,-5,\n3,refunded,-5,\n4,paid,7,\n';

describe('sql', () => {
  test('returned rows are failures, with examples in observed', async () => {
    const [bad, ok] = await checkResults(orders, [
      {
        sql: { query: "SELECT id, amount FROM source WHERE status = 'paid' AND paid_at IS NULL ORDER BY id" },
      },
      { sql: { query: 'SELECT * FROM source WHERE amount > 100' } },
    ]);
    assert.equal(bad!.status, 'fail');
    assert.equal(bad!.failingCount, 2);
    assert.deepEqual(bad!.observed, {
      failingRows: 2,
      examples: [
        { id: 2, amount: -5 },
        { id: 4, amount: 7 },
      ],
    });
    assert.match(bad!.message, /returned 2 rows/);
    assert.equal(ok!.status, 'pass');
    assert.equal(ok!.failingCount, 0);
  });

  test('the source name works as a table, group queries work, max_failures tolerates', async () => {
    const [named, grouped, tolerated] = await checkResults(orders, [
      { sql: { query: 'SELECT * FROM data WHERE amount < 0' } },
      {
        sql: { query: 'SELECT status, SUM(amount) AS s FROM source GROUP BY status HAVING SUM(amount) < 0' },
      },
      { sql: { query: 'SELECT * FROM source WHERE amount < 0', max_failures: 2 } },
    ]);
    assert.equal(named!.failingCount, 2);
    assert.deepEqual((grouped!.observed as { examples: unknown[] }).examples, [
      { status: 'refunded', s: -5 },
    ]);
    assert.equal(tolerated!.status, 'pass');
  });

  test('where restricts the rows the query sees', async () => {
    const r = await runCheck(orders, {
      sql: { query: 'SELECT * FROM source WHERE amount < 0', where: "status = 'paid'" },
    });
    assert.equal(r.failingCount, 1);
  });

  test('bad SQL is a clear check error; the other checks still run', async () => {
    const [bad, unknownCol, good] = await checkResults(orders, [
      { sql: { query: 'SELECT * FROM source WHERE' } },
      { sql: { query: 'SELECT nope FROM source' } },
      { row_count: { equals: 4 } },
    ]);
    assert.equal(bad!.status, 'error');
    assert.match(bad!.message, /The SQL query failed: sql parser error/);
    assert.doesNotMatch(bad!.message, /_ldf|Internal error/);
    assert.equal(unknownCol!.status, 'error');
    assert.match(unknownCol!.message, /nope/);
    assert.equal(good!.status, 'pass');
  });

  test('query is required; unknown fields are rejected', () => {
    assert.equal(suiteError(orders, [{ sql: {} }]).code, 'TG_SUITE_INVALID');
    assert.equal(suiteError(orders, [{ sql: { query: 'SELECT 1', max: 1 } }]).code, 'TG_SUITE_INVALID');
  });

  test('seattle-weather: days with more than 30 mm of rain, counted independently', async () => {
    const lines = readFileSync(vega('seattle-weather.csv').file, 'utf8').trim().split('\n').slice(1);
    const wet = lines.filter((l) => Number(l.split(',')[1]) > 30).length;
    const r = await runCheck(vega('seattle-weather.csv'), {
      sql: { query: 'SELECT date, precipitation FROM source WHERE precipitation > 30' },
    });
    assert.ok(wet > 0);
    assert.equal(r.failingCount, wet);
    assert.equal((r.observed as { examples: unknown[] }).examples.length, Math.min(wet, 5));
  });
});
