import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import pl from 'nodejs-polars';
import { csvRecordChunks } from '../../src/core/sources/csv-chunks.ts';
import { parseSuite } from '../../src/core/suite/load.ts';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import { bothWays } from '../helpers/both-ways.ts';
import type { Report } from '../../src/core/result/schema.ts';

const weather = join(process.cwd(), 'node_modules/vega-datasets/data/seattle-weather.csv');

const checksOnly = (r: Report): unknown => r.sources.map((s) => ({ rows: s.rowCount, checks: s.checks }));

describe('chunked execution of large CSV sources', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'tg-chunk-'));
  });

  test('gives the same report as one fused scan on real data', async () => {
    const [whole, chunked] = await bothWays(
      `
version: 1
sources:
  w: { path: ${weather}, key: [date] }
checks:
  w:
    - row_count: { min: 1 }
    - not_null: { columns: [precipitation, weather] }
    - between: { column: temp_max, min: 0, max: 30 }
    - between: { column: wind, min: 1, max: 8, where: "weather = 'rain'" }
    - between: { column: precipitation, max: 0, mostly: 0.5 }
    - unique: { column: date }
    - unique: { column: precipitation }
    - primary_key: { columns: [weather, temp_max] }
    - unique: { column: temp_max, where: "weather = 'snow'" }
    - no_duplicate_rows: { columns: [weather, wind], where: "precipitation > 20" }
`,
      dir,
      0.002,
    );
    assert.deepEqual(checksOnly(chunked), checksOnly(whole));
    const temp = whole.sources[0]!.checks.find((c) => c.id === 'w.between.temp_max')!;
    assert.equal(temp.failingCount, 56);
    assert.equal(temp.samples.length, 5);
    const byType = (id: string) => whole.sources[0]!.checks.find((c) => c.id === id)!;
    assert.equal(byType('w.unique.date').status, 'pass');
    assert.equal(byType('w.unique.precipitation').samples.length, 5);
  });

  test('keeps quoted multi-line fields and CRLF intact across chunk boundaries', async () => {
    const rows = ['id,note,amount'];
    for (let i = 0; i < 400; i++)
      rows.push(`${i},"line one\r\nline, two ""quoted""",${i % 7 === 0 ? -1 : i}`);
    writeFileSync(join(dir, 'notes.csv'), rows.join('\r\n') + '\r\n');
    const [whole, chunked] = await bothWays(
      `
version: 1
sources:
  n: { path: notes.csv, key: [id] }
checks:
  n:
    - row_count: { equals: 400 }
    - not_null: { column: note }
    - between: { column: amount, min: 0 }
`,
      dir,
      0.002,
    );
    assert.deepEqual(checksOnly(chunked), checksOnly(whole));
    assert.equal(whole.sources[0]!.rowCount, 400);
    assert.equal(whole.sources[0]!.checks[2]!.failingCount, 58);
  });

  test('reports file and row within file for multi-file sources', async () => {
    writeFileSync(
      join(dir, 'part-1.csv'),
      'k,v\n' + Array.from({ length: 300 }, (_, i) => `${i},${i}`).join('\n') + '\n',
    );
    writeFileSync(
      join(dir, 'part-2.csv'),
      'k,v\n' + Array.from({ length: 300 }, (_, i) => `${i + 300},${i === 10 ? -5 : i}`).join('\n') + '\n',
    );
    const [whole, chunked] = await bothWays(
      `
version: 1
sources:
  p: { path: "part-*.csv" }
checks:
  p:
    - between: { column: v, min: 0 }
`,
      dir,
      0.002,
    );
    assert.deepEqual(checksOnly(chunked), checksOnly(whole));
    const s = chunked.sources[0]!.checks[0]!.samples[0]!;
    assert.equal(s.row, 310);
    assert.equal(s.fileRow, 10);
    assert.match(s.file!, /part-2\.csv$/);
  });

  test('a check that fails on the data of a later chunk ends as a source error, not a crash', async () => {
    const rows = ['id,code'];
    for (let i = 0; i < 2000; i++) rows.push(`${i},${i === 1900 ? 'x1' : i}`);
    writeFileSync(join(dir, 'codes.csv'), rows.join('\n') + '\n');
    const suite = parseSuite(
      'version: 1\nsources:\n  c: { path: codes.csv }\n' +
        'checks:\n  c:\n    - between: { column: id, min: 0 }\n    - not_null: { column: code }\n',
      { baseDir: dir },
    );
    // A strict cast passes planning on an empty frame and fails only on the row holding "x1".
    const inst = suite.checks.c![1]!;
    suite.checks.c![1] = {
      ...inst,
      plan: () => ({
        kind: 'row',
        fails: pl.col('code').cast(pl.Int64, true).lt(0),
        expected: '',
        describe: '',
      }),
    };
    process.env.TRUTHGATE_CHUNK_THRESHOLD_MB = '0';
    process.env.TRUTHGATE_CHUNK_MB = '0.002';
    try {
      const report = await runSuite(suite, { now: new Date('2026-01-01T00:00:00Z'), runId: 'fixed' });
      assert.equal(report.status, 'error');
      assert.match(report.sources[0]!.error!.code, /^TG_/);
    } finally {
      delete process.env.TRUTHGATE_CHUNK_THRESHOLD_MB;
      delete process.env.TRUTHGATE_CHUNK_MB;
    }
  });

  test('record chunks never split a quoted field', () => {
    const text = 'a,b\n' + Array.from({ length: 200 }, (_, i) => `${i},"x\ny\nz"`).join('\n') + '\n';
    const file = join(dir, 'q.csv');
    writeFileSync(file, text);
    const chunks = copiedChunks(file, 64);
    assert.ok(chunks.length > 10);
    assert.equal(Buffer.concat(chunks).toString(), text);
    for (const c of chunks) assert.equal((c.toString().match(/"/g) ?? []).length % 2, 0);
  });

  test('a record longer than the read buffer comes out whole', () => {
    const long = 'z'.repeat(1000);
    const text = `a,b
1,"${long}\n${long}"
2,short
3,"${long}"
`;
    const file = join(dir, 'long.csv');
    writeFileSync(file, text);
    const chunks = copiedChunks(file, 64);
    assert.equal(Buffer.concat(chunks).toString(), text);
    assert.ok(chunks.some((c) => c.toString().startsWith(`1,"${long}`)));
  });
});

/** The reader reuses its buffer, so each chunk is copied before the next is requested. */
function copiedChunks(file: string, bytes: number): Buffer[] {
  const out: Buffer[] = [];
  for (const c of csvRecordChunks(file, bytes, '"')) out.push(Buffer.from(c));
  return out;
}
