import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { openSource } from '../../src/core/sources/open.ts';
import { runSource, tempDir, VEGA } from './fixture.ts';

const t = tempDir();

/** Data lines of a delimited file, counted independently of polars. */
function dataLines(file: string): number {
  return readFileSync(join(VEGA, file), 'utf8').trimEnd().split('\n').length - 1;
}

describe('vega-datasets files', () => {
  test('flights-200k.arrow: 200000 rows, 3 columns', async () => {
    const { source } = await runSource(t.dir, { path: join(VEGA, 'flights-200k.arrow') }, [
      { row_count: { equals: 200_000 } },
      { column_count: { equals: 3 } },
    ]);
    assert.equal(source.format, 'arrow');
    assert.equal(source.rowCount, 200_000);
    assert.deepEqual(
      source.checks.map((c) => c.status),
      ['pass', 'pass'],
    );
  });

  test('flights-3m.parquet: schema and row count only', async () => {
    const src = openSource('f', { path: join(VEGA, 'flights-3m.parquet') });
    const schema = await src.lazy().head(0).collect();
    assert.deepEqual(schema.columns, ['date', 'delay', 'distance', 'origin', 'destination']);
    const { source } = await runSource(t.dir, { path: join(VEGA, 'flights-3m.parquet') }, [
      { row_count: { min: 1 } },
    ]);
    assert.equal(source.rowCount, 3_000_000);
    assert.equal(source.columnCount, 5);
  });

  test('cars.json: a JSON array, row count equals the parsed array length', async () => {
    const n = (JSON.parse(readFileSync(join(VEGA, 'cars.json'), 'utf8')) as unknown[]).length;
    const { source } = await runSource(t.dir, { path: join(VEGA, 'cars.json') }, [
      { not_null: { column: 'Name' } },
    ]);
    assert.equal(source.format, 'json');
    assert.equal(source.rowCount, n);
    assert.equal(source.columnCount, 9);
    assert.equal(source.checks[0]!.status, 'pass');
  });

  test('seattle-weather.csv', async () => {
    const { source } = await runSource(t.dir, { path: join(VEGA, 'seattle-weather.csv') }, [
      { in_set: { column: 'weather', values: ['drizzle', 'rain', 'sun', 'snow', 'fog'] } },
    ]);
    assert.equal(source.rowCount, dataLines('seattle-weather.csv'));
    assert.equal(source.columnCount, 6);
    assert.equal(source.checks[0]!.status, 'pass');
  });

  test('unemployment.tsv', async () => {
    const { source } = await runSource(t.dir, { path: join(VEGA, 'unemployment.tsv') }, [
      { between: { column: 'rate', min: 0, max: 1 } },
    ]);
    assert.equal(source.format, 'tsv');
    assert.equal(source.rowCount, dataLines('unemployment.tsv'));
    assert.equal(source.columnCount, 2);
    assert.equal(source.checks[0]!.status, 'pass');
  });
});
