import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { escapeHtml, escapeMarkdown, escapeXml, markdownCode } from '../../src/core/render/escape.ts';
import { parseXml } from './xml.ts';

describe('escape', () => {
  test('escapeHtml neutralises tags and attribute quotes', () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  test('escapeMarkdown keeps a value inside one table cell', () => {
    const out = escapeMarkdown('a|b\nc\r\nd `code` <script> *x* [l](u) \\');
    assert.equal(out.includes('\n'), false);
    assert.equal(out.includes('<script>'), false);
    assert.equal(out.includes('`'), false);
    // Every pipe is escaped, so none can split the cell.
    assert.equal([...out.matchAll(/(?<!\\)\|/g)].length, 0);
    assert.equal(out, 'a\\|b<br>c<br>d &#96;code&#96; &lt;script&gt; \\*x\\* \\[l\\](u) &#92;');
  });

  test('markdownCode wraps escaped text in <code>', () => {
    assert.equal(markdownCode('a|`b`'), '<code>a\\|&#96;b&#96;</code>');
  });

  test('escapeXml output always parses, control characters replaced', () => {
    const nasty = `<x a="1">&amp; \u0001 \uD800 ' " ]]>`;
    const xml = `<r v="${escapeXml(nasty)}">${escapeXml(nasty)}</r>`;
    const root = parseXml(xml);
    assert.equal(root.text, `<x a="1">&amp; \uFFFD \uFFFD ' " ]]>`);
    assert.equal(root.attrs.v, root.text);
  });

  test('escapeXml keeps valid surrogate pairs', () => {
    assert.equal(escapeXml('😀'), '😀');
  });
});
