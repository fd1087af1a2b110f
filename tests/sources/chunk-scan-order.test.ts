import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { chunkFrames } from '../../src/core/sources/chunk-frames.ts';
import { openSource } from '../../src/core/sources/open.ts';
import { runSource, tempDir } from './fixture.ts';

const t = tempDir();

/**
 * The byte scan of a chunk runs on a worker while later chunks are parsed, and a chunk is yielded
 * before its own scan is judged. A problem must still stop the read with the whole read's error
 * and line, wherever it sits: in the first, a middle or the last chunk, or in a file of one chunk.
 */
const ROWS = 3000; // ~40 KB: 8 chunks of 5 KB

function fileWith(name: string, at: number, line: string): string {
  const rows = ['id,name,note\n'];
  for (let i = 1; i <= ROWS; i++) rows.push(i + 1 === at ? line : `${i},name${i},ok\n`);
  return t.write(name, rows.join(''));
}

async function chunked<T>(chunkMb: string, run: () => Promise<T>): Promise<T> {
  process.env.TRUTHGATE_CHUNK_THRESHOLD_MB = '0';
  process.env.TRUTHGATE_CHUNK_MB = chunkMb;
  try {
    return await run();
  } finally {
    delete process.env.TRUTHGATE_CHUNK_THRESHOLD_MB;
    delete process.env.TRUTHGATE_CHUNK_MB;
  }
}

const checks = [{ not_null: { column: 'id' } }];

describe('chunk scans judged after the parse of later chunks', () => {
  const cases: [string, (name: string) => string][] = [
    ['the first chunk', (name) => fileWith(name, 3, '7,short\n')],
    ['a middle chunk', (name) => fileWith(name, 1500, '7,short\n')],
    ['the last chunk', (name) => fileWith(name, ROWS + 1, '7,short\n')],
    // Judged only at the end of the file (finishCsvScan).
    [
      'a last line without a newline',
      (name) => t.write(name, `id,name,note\n${'1,a,b\n'.repeat(ROWS)}9,cut`),
    ],
  ];
  for (const [where, make] of cases) {
    for (const chunkMb of ['0.005', '1']) {
      const shape = chunkMb === '1' ? 'a one-chunk file' : 'many chunks';
      test(`a short row in ${where}, ${shape}: the whole read's error and line`, async () => {
        const file = make(`${where.replaceAll(' ', '-')}-${chunkMb}.csv`);
        const whole = (await runSource(t.dir, { path: file }, checks)).source;
        const parts = (await chunked(chunkMb, () => runSource(t.dir, { path: file }, checks))).source;
        assert.equal(whole.error?.code, 'TG_CSV_RAGGED');
        assert.deepEqual(parts.error, whole.error);
      });
    }
  }

  test('no chunk after the one with a problem is yielded', async () => {
    const file = fileWith('late.csv', 1500, '7,short\n');
    const { yielded, error } = await chunked('0.005', async () => {
      const source = openSource('s', { path: file });
      const rows: number[] = [];
      try {
        for await (const chunk of chunkFrames(source, source.lazy().collectSync().schema))
          rows.push(chunk.fileRow + chunk.frame.height);
      } catch (err) {
        return { yielded: rows, error: err as { code?: string } };
      }
      return { yielded: rows, error: undefined };
    });
    assert.equal(error?.code, 'TG_CSV_RAGGED');
    // Row 1498 (0-based, line 1500) is in the last chunk yielded: the one whose scan failed.
    assert.ok(yielded.length > 1);
    assert.ok(yielded.at(-1)! > 1498, `last yielded chunk ends at row ${yielded.at(-1)}`);
    assert.ok(yielded.at(-2)! <= 1498, `a chunk past the problem was yielded: ${yielded.join(',')}`);
  });

  test('the event loop turns between chunks (timers: progress, heartbeats), though nothing else awaits', async () => {
    const file = fileWith('turns.csv', 0, '');
    const { turned, chunks } = await chunked('0.005', async () => {
      const source = openSource('s', { path: file });
      const schema = source.lazy().collectSync().schema;
      let turned = 0;
      let chunks = 0;
      let flag = false;
      for await (const _ of chunkFrames(source, schema)) {
        if (flag) turned++;
        flag = false;
        setImmediate(() => (flag = true));
        chunks++;
      }
      return { turned, chunks };
    });
    assert.ok(chunks > 5);
    assert.equal(turned, chunks - 1);
  });
});
