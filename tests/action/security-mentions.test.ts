import assert from 'node:assert/strict';
import { test } from 'node:test';
import { neutralizeMentions } from '../../src/action/mentions.ts';
import { escapeMarkdown } from '../../src/core/render/escape.ts';

/** Data reaching a comment, as the renderers escape it, links or pings nobody. */
const ZWJ = '\u200d';
const shown = (value: string) => neutralizeMentions(escapeMarkdown(value));

test('issue references in any of GitHub’s forms are neutralised: #123, org/repo#123, GH-123', () => {
  assert.equal(shown('see GH-12 and gh-7'), `see GH-${ZWJ}12 and gh-${ZWJ}7`);
  assert.equal(shown('acme/data#3'), `acme/data#${ZWJ}3`);
  // Not references: a word ending in gh-, or a version.
  assert.equal(shown('high-5 sigh-3 v1.2-gh-x'), 'high-5 sigh-3 v1.2-gh-x');
});

test('mentions survive no escaping: after Markdown escapes, brackets, quotes and line breaks', () => {
  for (const value of [
    '*@octocat*',
    '_@octocat_',
    '(@octocat)',
    '"@org/team"',
    'x\n@octocat',
    '[@octocat]',
    '~@octocat',
  ]) {
    const out = shown(value);
    assert.match(out, new RegExp(`@${ZWJ}(octocat|org)`), `${value} -> ${out}`);
  }
  // An entity in the data is escaped, so it can never become an `@` or `#` GitHub sees.
  assert.equal(shown('&#64;octocat &#35;1'), `&amp;#${ZWJ}64;octocat &amp;#${ZWJ}35;1`);
});
