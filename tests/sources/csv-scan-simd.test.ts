import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { csvRecordChunks } from '../../src/core/sources/csv-chunks.ts';
import type { CsvLayout } from '../../src/core/sources/csv-diagnose.ts';
import { countRecords, simdScannable } from '../../src/core/sources/csv-scan-simd.ts';
import { finishCsvScan, newCsvScan, scanCsvBlock } from '../../src/core/sources/csv-scan.ts';
import { rng } from '../helpers/random.ts';
import { tempDir } from './fixture.ts';

/**
 * The SIMD record scan must give the byte scan's verdicts: the same first problem and line, the
 * same record count, field count and quoted-newline flag, whole or in record-aligned blocks.
 */

const t = tempDir();

/** Scans `blocks` in order, as chunked reading does: the first problem, or the final state. */
function scan(blocks: Buffer[], layout: CsvLayout, fields = true): unknown {
  const state = newCsvScan();
  for (const b of blocks) {
    // Every block size takes the SIMD path (0), as the large blocks of real files do.
    const p = scanCsvBlock(b, layout, state, fields, 0);
    if (p) return { p };
  }
  // `started` only says whether any block came (none does for an empty file, read in blocks).
  const { open: _, started: __, ...rest } = state;
  return { p: finishCsvScan(state, fields), ...rest };
}

/** A comment prefix no generated line starts with sends every block down the byte-by-byte path. */
const byteScan = (layout: CsvLayout): CsvLayout => ({ ...layout, commentPrefix: '\u0007' });

/** The file's record-aligned blocks as the chunk reader cuts them, `size` bytes at a time. */
function blocksOf(data: Buffer, layout: CsvLayout, size: number): Buffer[] {
  const file = t.write('blocks.csv', data);
  // The reader reuses its buffer: copy each block before asking for the next.
  const blocks: Buffer[] = [];
  for (const b of csvRecordChunks(file, size, layout.quote)) blocks.push(Buffer.from(b));
  return blocks;
}

/** Every way the scan must agree: SIMD whole, SIMD in blocks, byte scan whole and in blocks. */
function assertSameVerdicts(data: Buffer, layout: CsvLayout, blockSize: number, fields = true): void {
  const expected = scan([data], byteScan(layout), fields);
  const what = JSON.stringify(data.toString('latin1').slice(0, 300));
  assert.deepEqual(scan([data], layout, fields), expected, `whole: ${what}`);
  const blocks = blocksOf(data, layout, blockSize);
  assert.deepEqual(scan(blocks, layout, fields), expected, `blocks of ${blockSize}: ${what}`);
  assert.deepEqual(scan(blocks, byteScan(layout), fields), expected, `byte scan in blocks: ${what}`);
}

const comma: CsvLayout = { delimiter: ',', quote: '"' };

describe('SIMD CSV record scan', () => {
  test('runs here (WebAssembly SIMD compiles) and counts a small block', () => {
    assert.ok(simdScannable(0x2c, 0x22));
    const r = countRecords(Buffer.from('a,b\n"x\ny",2\n1,2\n3,4'), 0, 1, 0x2c, 0x22, -1, true);
    assert.deepEqual(r, {
      records: 3,
      delimiters: 1,
      openStart: 16,
      openLine: 5,
      openFields: 2,
      openInQuotes: false,
      quotedNewline: true,
    });
  });

  test('edge cases: the byte scan verdicts', () => {
    const cases: (string | Buffer)[] = [
      '',
      'a,b,c',
      'a,b,c\n',
      '\ufeffa,b\n1,2\n',
      '\ufeff',
      'a,b\r\n1,2\r\n3,4\r\n',
      'a,b\r\n1,2\r\n3\r\n',
      'a,b\n1,2\n\n3,4\n',
      'a,b\n1,2\n\r\n',
      'a,b\n1,2\n3',
      'a,b\n1,2\n3,4',
      'a,b\n1,2\n3,4,5',
      'a,b\n1,2\n\r',
      'a,b\n"1\n2",3\n4,5\n',
      'a,b\n"1\n2,3\n4,5\n',
      'a,b\n"x""y",1\n2,"3,4"\n',
      'a,b\n"x""y",1\n2,"3,4",5\n',
      'a,b\nx"y,1\n2,z"w\n',
      'é,ü\n漢,😀\n😀,\n',
      'é,ü\n漢,😀,x\n',
      Buffer.from('a,b\n1,\u0000\n'),
      Buffer.from('a,b\n"1\n\u0000",2\n'),
      Buffer.concat([Buffer.from('a,b\n1,2\n3,'), Buffer.from([0xff]), Buffer.from('\n4\n')]),
      Buffer.concat([Buffer.from('a,b\n1\n3,'), Buffer.from([0xc3])]),
      Buffer.concat([Buffer.from('a,b\n1,2\n3,'), Buffer.from([0xe6, 0xbc])]),
      // A record longer than one 64-byte step, and one that ends exactly at a step boundary.
      `a,b\n${'x'.repeat(200)},1\n${'y'.repeat(61)},\n1,2\n`,
      `a,b\n${'x'.repeat(60)},\n1,2,3\n`,
      `a,b\n"${'x\n'.repeat(100)}",1\n1,2\n`,
    ];
    for (const c of cases) {
      const data = typeof c === 'string' ? Buffer.from(c) : c;
      for (const size of [1, 3, 16, 1024]) {
        assertSameVerdicts(data, comma, size);
        assertSameVerdicts(data, comma, size, false);
      }
    }
  });

  test('other delimiters and quotes: tab, pipe, semicolon, single quote', () => {
    for (const [delimiter, quote] of [
      ['\t', '"'],
      ['|', "'"],
      [';', '"'],
    ] as const) {
      const layout = { delimiter, quote };
      const text = `a${delimiter}b\n${quote}1${delimiter}\n2${quote}${delimiter}3\n4${delimiter}5${delimiter}6\n`;
      assertSameVerdicts(Buffer.from(text), layout, 8);
      assertSameVerdicts(Buffer.from(text.replaceAll(`${delimiter}6`, '')), layout, 8);
    }
  });

  test('property: seeded random CSVs, SIMD = byte scan, blocks = whole', () => {
    const next = rng(20261129);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    const int = (n: number): number => Math.floor(next() * n);
    for (let round = 0; round < 400; round++) {
      const delimiter = pick([',', '\t', '|', ';']);
      const quote = pick(['"', "'"]);
      const width = 1 + int(6);
      const eol = pick(['\n', '\r\n']);
      const field = (): string => {
        switch (int(8)) {
          case 0:
            return '';
          case 1:
            return pick(['é', '漢字', '😀', 'ü ñ']);
          case 2:
            // Quoted, with delimiters, newlines and doubled quotes inside.
            return `${quote}a${delimiter}b${eol}c${quote}${quote}d${pick(['', eol])}${quote}`;
          case 3:
            // A stray quote in the middle of a value toggles quoting, as in polars.
            return int(4) === 0 ? `x${quote}y` : 'xy';
          default:
            return `v${int(1000)}`.repeat(1 + int(12));
        }
      };
      const rows = Array.from({ length: int(60) }, () => Array.from({ length: width }, field));
      const fault = int(8);
      const at = int(rows.length);
      if (rows.length && fault === 0) rows[at]!.pop();
      if (rows.length && fault === 1) rows[at]!.push('extra');
      if (rows.length && fault === 2) rows[at] = [];
      const parts: Buffer[] = [];
      if (int(5) === 0) parts.push(Buffer.from('\ufeff'));
      for (const row of rows) parts.push(Buffer.from(row.join(delimiter) + eol));
      if (rows.length && fault === 3) parts.splice(1 + at, 0, Buffer.from([0]));
      if (rows.length && fault === 4) parts.splice(1 + at, 0, Buffer.from([0xff]));
      if (fault === 5) parts.push(Buffer.from(`${quote}open${eol}`));
      let data = Buffer.concat(parts);
      if (fault === 6 && data.length) data = data.subarray(0, data.length - 1 - int(3));
      assertSameVerdicts(data, { delimiter, quote }, 1 + int(400), int(4) !== 0);
    }
  });

  test('property: large blocks across the 64 KiB pieces, with a problem anywhere', () => {
    const next = rng(42);
    for (let round = 0; round < 6; round++) {
      const lines = ['id,name,note'];
      for (let i = 0; i < 12_000; i++) {
        const quoted = next() < 0.05 ? `"a,\n""b"""` : `n${i}`;
        lines.push(`${i},${quoted},ok`);
      }
      if (round > 0) lines[1 + Math.floor(next() * 12_000)] = '7,short';
      const data = Buffer.from(lines.join('\n') + (round % 2 ? '\n' : ''));
      assertSameVerdicts(data, comma, 1 << 17);
    }
  });

  test('property: the piece size does not change the count', () => {
    const next = rng(7);
    const text = Array.from({ length: 300 }, (_, i) =>
      next() < 0.1
        ? `"q\n${i}",${i}`
        : next() < 0.02
          ? `${i}`
          : `${'x'.repeat(Math.floor(next() * 90))},${i}`,
    ).join('\n');
    const data = Buffer.from(text);
    const whole = countRecords(data, 0, 1, 0x2c, 0x22, -1, true);
    for (const piece of [1, 2, 5, 63, 64, 65, 127, 1000]) {
      assert.deepEqual(countRecords(data, 0, 1, 0x2c, 0x22, -1, true, piece), whole, `piece ${piece}`);
      assert.deepEqual(
        countRecords(data, 0, 1, 0x2c, 0x22, -1, false, piece),
        countRecords(data, 0, 1, 0x2c, 0x22, -1, false),
      );
    }
  });
});
