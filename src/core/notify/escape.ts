/** Escaping per target format: every piece of data text goes through one of these. */

/** Slack mrkdwn: only &, < and > are control characters (links, mentions). */
export function slackText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function html(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Markdown (GitHub, Teams): backslash-escape the syntax characters, neutralise HTML and keep
 * `@name` from pinging people.
 */
export function markdown(s: string): string {
  return s
    .replace(/[\\`*_{}[\]()#+!|>~-]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/@(?=\w)/g, '@\u200b');
}

/** Cuts to `max` characters with an ellipsis (channel limits, e.g. Slack's 3000 per block). */
export function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
