/**
 * Text from data (values, column names, suite and file names) must not ping anyone from the bot
 * account: `@user`, `@org/team` and `#123` (also `org/repo#123`) get a zero-width joiner after
 * the sign, which GitHub renders invisibly but no longer links or notifies. The JSON report is
 * left as it is; this is only for what GitHub renders (comment, job summary, annotations).
 */
const ZWJ = '\u200d';

/** `@` starting a login (not inside an e-mail address), `#` before a digit (not an HTML entity such as `&#39;`). */
const MENTION = /(?<!\w)@(?=[\p{L}\p{N}_])|(?<!&)#(?=\d)/gu;

export function neutralizeMentions(text: string): string {
  return text.replace(MENTION, (m) => m + ZWJ);
}
