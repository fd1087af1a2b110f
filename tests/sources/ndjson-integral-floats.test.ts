import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import pl from 'nodejs-polars';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import { parseSuite } from '../../src/core/suite/load.ts';

/**
 * Writers of NDJSON (polars, pandas, Spark) spell a float column's whole values `1.0`. Such a
 * column is a float column: reading it as Int64 made polars refuse the file ("cannot parse '1'
 * (f64) as Int64"), so a Parquet → NDJSON round trip gave TG_SOURCE_READ instead of the same results.
 */
test('a column of whole numbers written as 1.0 reads as Float64 and checks like its Parquet twin', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tg-ndjson-float-'));
  const df = pl.DataFrame({ id: [1, 2, 3], amount: [1.0, 2.0, -3.0], big: [1e300, 2.0, 0.0] });
  df.writeParquet(join(dir, 'd.parquet'));
  df.writeJSON(join(dir, 'd.ndjson'), { format: 'lines' });
  // Exponents without a point are floats too; plain integers stay integers.
  writeFileSync(join(dir, 'e.ndjson'), '{"n":1,"x":1E2}\n{"n":2,"x":3e0}\n');
  const yaml = (file: string) =>
    `version: 1\nsources:\n  d: ${file}\nchecks:\n  d:\n    - non_negative: { column: amount }\n    - between: { column: big, min: 0, max: 10 }\n`;
  const counts = async (file: string) => {
    const r = await runSuite(parseSuite(yaml(file), { path: join(dir, 's.yml'), baseDir: dir }));
    assert.equal(r.sources[0]!.error, undefined, JSON.stringify(r.sources[0]!.error));
    return r.sources[0]!.checks.map((c) => [c.status, c.failingCount]);
  };
  assert.deepEqual(await counts('d.ndjson'), await counts('d.parquet'));
  const e = await runSuite(
    parseSuite(
      'version: 1\nsources:\n  e: e.ndjson\nchecks:\n  e:\n    - schema: { columns: { n: int, x: float } }\n',
      {
        path: join(dir, 's.yml'),
        baseDir: dir,
      },
    ),
  );
  assert.equal(e.sources[0]!.checks[0]!.status, 'pass', JSON.stringify(e.sources[0]!.checks[0]));
});
