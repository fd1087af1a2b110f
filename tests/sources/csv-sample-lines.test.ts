import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Sample } from '../../src/core/result/schema.ts';
import { chunkFrames } from '../../src/core/sources/chunk-frames.ts';
import { addSampleLines } from '../../src/core/sources/csv-lines.ts';
import { openSource, type OpenedSource } from '../../src/core/sources/open.ts';
import type { CsvOptions, SourceSpec } from '../../src/core/sources/spec.ts';
import { runSource, tempDir } from './fixture.ts';

const t = tempDir();

/**
 * Sample lines come from the structure scan when every record is a line of its own, and from a
 * second read of the file otherwise. Both must give the line an editor shows, whole or chunked.
 */
interface Case {
  name: string;
  text: string;
  options?: CsvOptions;
  /** Whether each record is one line (the scan's shortcut applies). */
  lineRecords: boolean;
}

/** 40 rows of `id,v,note`; rows 7, 23 and 38 have v = 99 (the failing value). */
function rows(note: (i: number) => string, eol = '\n', header = true): string {
  const out = header ? [`id,v,note${eol}`] : [];
  for (let i = 0; i < 40; i++) out.push(`${i},${[7, 23, 38].includes(i) ? 99 : 1},${note(i)}${eol}`);
  return out.join('');
}

const cases: Case[] = [
  { name: 'plain', text: rows((i) => `n${i}`), lineRecords: true },
  { name: 'CRLF', text: rows((i) => `n${i}`, '\r\n'), lineRecords: true },
  {
    name: 'no header',
    text: rows((i) => `n${i}`, '\n', false),
    options: { header: false } as CsvOptions,
    lineRecords: true,
  },
  { name: 'quoted commas', text: rows((i) => `"a, ${i}"`), lineRecords: true },
  {
    name: 'quoted newline',
    text: rows((i) => (i % 5 === 0 ? `"two\nlines ${i}"` : `n${i}`)),
    lineRecords: false,
  },
  {
    name: 'comment lines',
    text: rows((i) => (i % 9 === 0 ? `n${i}\n# a comment` : `n${i}`)),
    options: { comment_prefix: '#' },
    lineRecords: false,
  },
  {
    name: 'blank lines in a ragged file',
    text: rows((i) => (i % 11 === 0 ? `n${i}\n` : `n${i}`)),
    options: { ragged: true },
    lineRecords: true,
  },
];

/** The physical line (1-based) of each failing row, found by its id at a line start. */
function expectedLines(c: Case): number[] {
  const lines = c.text.split('\n');
  return [7, 23, 38].map((id) => lines.findIndex((l) => l.startsWith(`${id},99,`)) + 1);
}

async function sampleLines(path: string, options: CsvOptions | undefined): Promise<(number | undefined)[]> {
  // Without a header, polars names the columns column_1, column_2, ...
  const check = [{ between: { column: options?.header === false ? 'column_2' : 'v', max: 10 } }];
  const { source } = await runSource(t.dir, { path, ...(options ? { options } : {}) }, check);
  const c = source.checks.find((x) => x.type === 'between')!;
  assert.equal(c.failingCount, 3, JSON.stringify(c));
  return (c.samples ?? []).map((s) => s.line);
}

describe('sample lines of CSV sources', () => {
  for (const c of cases) {
    test(`${c.name}: whole and chunked runs give the editor's lines`, async () => {
      const file = t.write(`${c.name.replaceAll(' ', '-')}.csv`, c.text);
      const want = expectedLines(c);
      assert.ok(want.every((l) => l > 0));
      assert.deepEqual(await sampleLines(file, c.options), want, 'whole');
      process.env.TRUTHGATE_CHUNK_THRESHOLD_MB = '0';
      process.env.TRUTHGATE_CHUNK_MB = '0.0003'; // ~300 bytes: many chunks
      try {
        assert.deepEqual(await sampleLines(file, c.options), want, 'chunked');
      } finally {
        delete process.env.TRUTHGATE_CHUNK_THRESHOLD_MB;
        delete process.env.TRUTHGATE_CHUNK_MB;
      }
    });

    test(`${c.name}: the scan ${c.lineRecords ? 'finds' : 'does not claim'} one record per line`, async () => {
      const file = t.write(`scan-${c.name.replaceAll(' ', '-')}.csv`, c.text);
      const spec = { path: file, ...(c.options ? { options: c.options } : {}) };
      assert.equal(openSource('s', spec).lineRecords?.has(file), c.lineRecords, 'whole');
      const source = await readChunked(spec);
      assert.equal(source.lineRecords?.has(file), c.lineRecords, 'chunked');
    });
  }

  test('a chunked read names lines without reading the file again', async () => {
    const c = cases[0]!;
    const file = t.write('gone.csv', c.text);
    const source = await readChunked({ path: file });
    rmSync(file);
    const samples = [{ row: 23 }, { row: 38 }] as Sample[];
    await addSampleLines(source, samples);
    assert.deepEqual(
      samples.map((s) => s.line),
      expectedLines(c).slice(1),
    );
  });
});

/** Opens a source as a chunked one (chunks of ~300 bytes) and reads every chunk. */
async function readChunked(spec: SourceSpec): Promise<OpenedSource> {
  process.env.TRUTHGATE_CHUNK_THRESHOLD_MB = '0';
  process.env.TRUTHGATE_CHUNK_MB = '0.0003';
  try {
    const source = openSource('s', spec);
    assert.equal(source.chunked, true);
    let rows = 0;
    for await (const chunk of chunkFrames(source, source.lazy().collectSync().schema))
      rows += chunk.frame.height;
    assert.ok(rows >= 40);
    return source;
  } finally {
    delete process.env.TRUTHGATE_CHUNK_THRESHOLD_MB;
    delete process.env.TRUTHGATE_CHUNK_MB;
  }
}
