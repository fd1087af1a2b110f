import assert from 'node:assert/strict';
import { test } from 'node:test';
import { finishCsvScan, newCsvScan, scanCsvBlock } from '../../src/core/sources/csv-scan.ts';
import type { CsvLayout } from '../../src/core/sources/csv-diagnose.ts';

/** Scans `blocks` in order, as chunked reading does, and returns the first problem and the state. */
function scan(blocks: string[], layout: CsvLayout): unknown {
  const state = newCsvScan();
  for (const b of blocks) {
    // 0: the fast path takes blocks of every size (by default only large ones).
    const p = scanCsvBlock(Buffer.from(b), layout, state, true, 0);
    if (p) return { p };
  }
  return { p: finishCsvScan(state, true), line: state.line, records: state.records };
}

let seed = 7;
const rand = (n: number): number => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % n;
};

test('property: the quote-free fast path finds the same problem and line as the byte scan', () => {
  // A comment prefix no line starts with sends every block down the byte-by-byte path.
  const slow = (d: string): CsvLayout => ({ delimiter: d, quote: '"', commentPrefix: '#' });
  for (let round = 0; round < 300; round++) {
    const d = [',', '\t', '|', ';'][rand(4)]!;
    const width = 1 + rand(5);
    const eol = rand(3) === 0 ? '\r\n' : '\n';
    const lines = Array.from({ length: 5 + rand(40) }, (_, i) =>
      Array.from({ length: width }, (_, j) => (rand(9) === 0 ? '' : `v${i}é${j}`)).join(d),
    );
    const fault = rand(5);
    const at = 1 + rand(lines.length - 1);
    if (fault === 0) lines[at] = lines[at]!.split(d).slice(0, -1).join(d);
    if (fault === 1) lines[at] = '';
    if (fault === 2) lines[at] = `${lines[at]}${d}extra`;
    if (fault === 3) lines[at] = lines[at]!.replace('v', 'v\r');
    const text = lines.map((l) => l + eol).join('');
    // Cut into record-aligned blocks, as the chunk reader does.
    const cuts = [
      0,
      ...[...text.matchAll(/\n/g)].map((m) => m.index + 1).filter(() => rand(6) === 0),
      text.length,
    ];
    const blocks = [...new Set(cuts)]
      .sort((a, b) => a - b)
      .slice(1)
      .map((end, i, a) => text.slice(i ? a[i - 1] : 0, end));
    assert.deepEqual(scan(blocks, { delimiter: d, quote: '"' }), scan(blocks, slow(d)), JSON.stringify(text));
  }
});
