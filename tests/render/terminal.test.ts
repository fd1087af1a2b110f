import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { stripVTControlCharacters } from 'node:util';
import { displayWidth } from '../../src/core/render/format.ts';
import { renderTerminal } from '../../src/core/render/terminal.ts';
import type { Report } from '../../src/core/result/schema.ts';
import { nastyReport } from './fixture.ts';

const ESC = '\u001b';

describe('terminal renderer', () => {
  let report: Report;
  before(async () => {
    report = await nastyReport({ withMissing: true });
  });

  test('headline with status, counts and issues by severity', () => {
    const first = renderTerminal(report).split('\n')[0]!;
    assert.match(first, /ERROR/);
    assert.match(first, /5 checks, 2 passed, 1 failed, 2 errored/);
    assert.match(first, /issues by severity: high 2, medium 1/);
  });

  test('aligned rows: the severity column starts at the same place in every row', () => {
    const rows = renderTerminal(report)
      .split('\n')
      .filter((l) => l.startsWith('  ') && l.includes('orders.') && !l.startsWith('      '));
    assert.equal(rows.length, 4);
    const at = rows.map((r) => r.search(/ (high|medium) /));
    assert.equal(new Set(at).size, 1, rows.join('\n'));
  });

  test('samples indented under the failed check; unreadable source shows hint', () => {
    const out = renderTerminal(report);
    assert.match(out, /\n {6}row 2 \(line 3\) {2}id=2, note=<script>alert\(1\)<\/script>, amount=-5/);
    assert.match(out, /row 4 \(line 5\) {2}id=4, note=line1↵line2/);
    assert.match(out, /row 5 \(line 7\) {2}id=5/, 'the row after a two-line quoted field starts on line 7');
    assert.match(out, /source could not be read: TG_SOURCE_NOT_FOUND/);
    assert.match(out, /hint: Paths are relative to the suite file\./);
  });

  test('colour only when asked; data cannot emit control characters', () => {
    assert.equal(renderTerminal(report, { color: false }).includes(ESC), false);
    assert.equal(renderTerminal(report).includes('\u0001'), false);
    assert.ok(renderTerminal(report, { color: true }).includes(`${ESC}[`));
  });

  test('width-aware truncation keeps every line within the width', () => {
    for (const width of [60, 80, 120]) {
      const lines = renderTerminal(report, { width, color: true }).split('\n');
      const rows = lines.filter((l) => l.includes('orders.'));
      for (const l of rows) assert.ok(displayWidth(stripVTControlCharacters(l)) <= width, `${width}: ${l}`);
    }
    assert.match(renderTerminal(report, { width: 60 }), /…/);
    // Too narrow for a message column: a failed check's message gets its own line.
    assert.match(renderTerminal(report, { width: 60 }), /\n {6}5 of 7 rows \(71\.4%\) have values < 0\n/);
  });

  test('Korean chrome', () => {
    const out = renderTerminal(report, { lang: 'ko' });
    assert.match(out, /오류/);
    assert.match(out, /검사 5개, 2개 통과, 1개 실패, 2개 오류/);
    assert.match(out, /힌트/);
  });
});
