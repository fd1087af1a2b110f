import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type pl from 'nodejs-polars';
import { mergeProfiles } from '../../src/core/profile/merge.ts';
import { defaultProfileOptions, profileFrame, profileSource } from '../../src/core/profile/profile.ts';
import type { Profile } from '../../src/core/profile/types.ts';
import { chunkFrames } from '../../src/core/sources/chunk-frames.ts';
import { openSource } from '../../src/core/sources/open.ts';
import { assertExactFields } from './exact-fields.ts';

/**
 * Large CSVs are profiled chunk by chunk, the next chunk read while the one before is profiled.
 * Generated edge cases: nulls first, unicode, NaN and infinities, an all-null column, a column
 * that turns from integers to decimals and one from numbers to text in the last chunks.
 */
const ROWS = 3000;
const dir = mkdtempSync(join(tmpdir(), 'tg-chunked-'));
const words = ['서울', 'naïve', 'e\u0301', '🙂 ok', 'plain', 'Zürich', '東京'];
const lines = ['id,amount,ratio,word,email,empty,late_num,late_text,flag'];
for (let i = 0; i < ROWS; i++) {
  const early = i < 40;
  lines.push(
    [
      i,
      early ? '' : ((i * 7919) % 10007) / 100,
      early ? '' : i % 97 === 0 ? 'NaN' : i % 89 === 0 ? (i % 2 ? 'inf' : '-inf') : ((i * 31) % 53) / 7,
      early ? '' : words[i % words.length],
      i % 5 === 0 ? '' : `user${(i * 13) % 701}@example.com`,
      '',
      i < ROWS - 400 ? (i * 3) % 41 : `${i % 41}.5`,
      i < ROWS - 400 ? i % 300 : `t${i % 17}`,
      early ? '' : i % 3 === 0,
    ].join(','),
  );
}
const path = join(dir, 'edge.csv');
writeFileSync(path, lines.join('\n') + '\n');

/** Opens `file` as a source read in chunks of about `kb` KiB (decided when it is opened). */
function openChunked(file: string, kb: number): ReturnType<typeof openSource> {
  process.env.TRUTHGATE_CHUNK_THRESHOLD_MB = '0';
  process.env.TRUTHGATE_CHUNK_MB = String(kb / 1024);
  try {
    return openSource('edge', { path: file });
  } finally {
    delete process.env.TRUTHGATE_CHUNK_THRESHOLD_MB;
  }
}
after(() => delete process.env.TRUTHGATE_CHUNK_MB);

const strip = (p: Profile): Profile => ({ ...p, createdAt: '', durationMs: 0 });

describe('a CSV of generated edge cases read in chunks', async () => {
  const whole = await profileSource(openSource('edge', { path }));
  const source = openChunked(path, 16);
  const chunked = await profileSource(source);

  test('has the whole file’s exact fields and types', () => {
    assert.ok(chunked.parts >= 5, `parts: ${chunked.parts}`);
    assertExactFields(chunked, whole);
    // Semantic types are named per chunk (from its own sample and counts), so they may differ.
    const kinds = (p: Profile) => p.columns.map((c) => [c.name, c.dtype]);
    assert.deepEqual(kinds(chunked), kinds(whole));
    const byName = (p: Profile, n: string) => p.columns.find((c) => c.name === n)!;
    assert.deepEqual(byName(chunked, 'late_num').dtype, 'Float64');
    assert.deepEqual(byName(chunked, 'late_text').dtype, 'String');
    assert.equal(byName(chunked, 'empty').count, 0);
    assert.equal(
      byName(chunked, 'ratio').numeric!.nonFiniteCount,
      byName(whole, 'ratio').numeric!.nonFiniteCount,
    );
    assert.ok(byName(chunked, 'ratio').numeric!.nonFiniteCount > 0);
  });

  test('equals its chunks profiled one after the other and merged', async () => {
    // What profiling chunk by chunk means, without reading ahead: the read-ahead must not change
    // a single number (nor see a chunk's buffer after the next was read into it).
    const schema = (await source.lazy().head(0).collect()).schema as Record<string, pl.DataType>;
    const parts: Profile[] = [];
    for await (const { frame } of chunkFrames(openChunked(path, 16), schema))
      parts.push(await profileFrame(frame.lazy(), chunked.source, defaultProfileOptions));
    assert.equal(parts.length, chunked.parts);
    assert.deepEqual(strip(chunked), strip({ ...mergeProfiles(parts), source: chunked.source }));
  });
});

test('a ragged row in a late chunk fails with its coded error while earlier chunks are profiled', async () => {
  const bad = [...lines];
  bad.splice(ROWS - 100, 0, '1,2,3');
  const file = join(dir, 'ragged.csv');
  writeFileSync(file, bad.join('\n') + '\n');
  await assert.rejects(profileSource(openChunked(file, 16)), (err: Error & { code?: string }) => {
    assert.equal(err.code, 'TG_CSV_RAGGED', err.message);
    return true;
  });
});
