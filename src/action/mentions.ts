/**
 * Text from data (values, column names, suite and file names) must not ping anyone from the bot
 * account: `@user`, `@org/team`, `#123` (also `org/repo#123`) and `GH-123` (GitHub's other issue
 * reference) get a zero-width joiner after the sign, which GitHub renders invisibly but no longer
 * links, notifies or cross-references. The JSON report is
 * left as it is; this is only for what GitHub renders (comment, job summary, annotations).
 */
const ZWJ = '\u200d';

/**
 * `@` starting a login (not inside an e-mail address; after `_` it is neutralised too, as a
 * Markdown-escaped `\_@user` renders as `_@user`), `#` before a digit (not an HTML entity
 * such as `&#39;`), `GH-` before a digit (as a word of its own, any case).
 */
const MENTION = /(?<![\p{L}\p{N}])@(?=[\p{L}\p{N}_])|(?<!&)#(?=\d)|(?<![\w-])gh-(?=\d)/giu;

export function neutralizeMentions(text: string): string {
  return text.replace(MENTION, (m) => m + ZWJ);
}
