import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { renderMarkdown } from '../../src/core/render/markdown.ts';
import type { Report } from '../../src/core/result/schema.ts';
import { nastyReport } from './fixture.ts';

/** Unescaped `|` in a table line: cell borders. */
function cellBorders(line: string): number {
  return [...line.matchAll(/(?<!\\)\|/g)].length;
}

/** Every line of a Markdown table has the header's number of cells. */
function assertTablesIntact(md: string): void {
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('|') || !lines[i + 1]?.startsWith('| -')) continue;
    const width = cellBorders(lines[i]!);
    for (let j = i + 1; j < lines.length && lines[j]!.startsWith('|'); j++)
      assert.equal(cellBorders(lines[j]!), width, `row ${j} of the table at line ${i}: ${lines[j]}`);
  }
}

describe('markdown renderer', () => {
  let report: Report;
  before(async () => {
    report = await nastyReport({ withMissing: true });
  });

  test('headline, summary counts and one table per source', () => {
    const md = renderMarkdown(report);
    assert.match(md, /^### ❗ Truthgate · ERROR · nasty/);
    assert.match(md, /\*\*5 checks, 2 passed, 1 failed, 2 errored\*\*/);
    assert.match(md, /#### orders/);
    assert.match(md, /#### missing/);
    assert.match(md, /TG\\_SOURCE\\_NOT\\_FOUND/);
  });

  test('data values cannot inject markup or break the table', () => {
    const md = renderMarkdown(report);
    assert.equal(md.includes('<script>'), false);
    assert.ok(md.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(md.includes('a\\|b'));
    assert.ok(md.includes('line1<br>line2'));
    assert.ok(md.includes('back&#96;tick &amp; \\*star\\* \\[x\\](y)'));
    assertTablesIntact(md);
  });

  test('failing samples sit in <details>', () => {
    const md = renderMarkdown(report);
    assert.match(md, /<details><summary>Failing samples: <code>orders.between.amount<\/code><\/summary>/);
    assert.equal(md.split('<details>').length, md.split('</details>').length);
  });

  test('Korean chrome', () => {
    const md = renderMarkdown(report, { lang: 'ko' });
    assert.match(md, /오류/);
    assert.match(md, /검사 5개/);
    assert.match(md, /실패 샘플/);
  });

  test('maxLength steps detail down: samples first, then passing checks, then rows', () => {
    const full = renderMarkdown(report);
    assert.equal(renderMarkdown(report, { maxLength: full.length }), full);

    const noSamples = renderMarkdown(report, { maxLength: full.length - 1 });
    assert.ok(noSamples.length < full.length);
    assert.equal(noSamples.includes('<details>'), false);
    assert.match(noSamples, /orders\.row\\_count/, 'passing checks are still listed');
    assert.match(noSamples, /Detail trimmed to fit \d+ characters: failing samples omitted/);

    const noPassing = renderMarkdown(report, { maxLength: noSamples.length - 1 });
    assert.ok(noPassing.length <= noSamples.length - 1);
    assert.equal(noPassing.includes('orders.row\\_count'), false);
    assert.match(noPassing, /2 passing checks not shown/);
    assert.match(noPassing, /orders\.between\.amount/);

    // Well below, since the limit itself is part of the note and may lose a digit.
    const fewRows = renderMarkdown(report, { maxLength: noPassing.length - 20 });
    assert.ok(fewRows.length <= noPassing.length - 20);
    assert.match(fewRows, /more checks? not shown/);
    assertTablesIntact(fewRows);

    const tiny = renderMarkdown(report, { maxLength: 40 });
    assert.ok(tiny.length <= 40);
  });
});
