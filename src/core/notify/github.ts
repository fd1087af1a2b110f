import { markdown } from './escape.ts';
import { facts, headline, issueLine, sampleLine, type MessageInput } from './view.ts';

/**
 * GitHub issues: one open issue per failing source, found again by a hidden marker in its body;
 * each comment carries the delivery's idempotency key so a retry finds it instead of repeating it.
 */

export function sourceMarker(suite: string, source: string): string {
  return `<!-- truthgate:source ${JSON.stringify({ suite, source })} -->`;
}

export function deliveryMarker(key: string, source: string): string {
  return `<!-- truthgate:delivery ${key}/${source} -->`;
}

export function issueTitle(suite: string, source: string): string {
  return `Truthgate: ${source} is failing (${suite})`;
}

function details(m: MessageInput, source: string): string {
  const table = ['| | |', '|---|---|', ...facts(m).map(([k, v]) => `| ${k} | ${markdown(v)} |`)].join('\n');
  const issues = m.issues
    .filter((i) => i.source === source)
    .map((i) => {
      const rows = (i.samples ?? []).map((r) => `\n  - \`${sampleLine(r).replace(/`/g, "'")}\``).join('');
      return `- ${markdown(issueLine(i))}${rows}`;
    })
    .join('\n');
  return [
    table,
    issues ? `\n**Failing checks**\n\n${issues}` : '',
    m.link ? `\n[Open report](${m.link})` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

export function issueBody(m: MessageInput, source: string): string {
  const h = headline(m);
  return [
    `${h.emoji} **${markdown(h.title)}** (source \`${source}\`)`,
    '',
    details(m, source),
    '',
    'Truthgate comments here while the failure lasts and closes this issue when the source recovers.',
    sourceMarker(m.event.suite, source),
    deliveryMarker(m.idempotencyKey, source),
  ].join('\n');
}

export function commentBody(m: MessageInput, source: string): string {
  const h = headline(m);
  return [
    `${h.emoji} **${markdown(h.title)}**`,
    '',
    details(m, source),
    deliveryMarker(m.idempotencyKey, source),
  ].join('\n');
}

/** What the GitHub sender writes for one source: an issue to open, or a comment on the open one. */
export interface GithubSourceMessage {
  source: string;
  title: string;
  issueBody: string;
  commentBody: string;
  /** Finds the source's open issue again. */
  sourceMarker: string;
  /** Finds this delivery's earlier write (a retried attempt must not write twice). */
  deliveryMarker: string;
}

export interface GithubMessage {
  /** `report`: open or comment per failing source; `resolve`: comment and close; `none`: nothing to write. */
  action: 'report' | 'resolve' | 'none';
  sources: GithubSourceMessage[];
}

const failingKinds = new Set(['pass_to_fail', 'new_critical', 'still_failing', 'test']);

export function githubMessage(m: MessageInput): GithubMessage {
  const action = failingKinds.has(m.kind) ? 'report' : m.kind === 'fail_to_pass' ? 'resolve' : 'none';
  const sources =
    action === 'report'
      ? [...new Set(m.issues.map((i) => i.source))]
      : action === 'resolve'
        ? m.event.sources
        : [];
  return {
    action,
    sources: sources.map((source) => ({
      source,
      title: issueTitle(m.event.suite, source),
      issueBody: issueBody(m, source),
      commentBody: commentBody(m, source),
      sourceMarker: sourceMarker(m.event.suite, source),
      deliveryMarker: deliveryMarker(m.idempotencyKey, source),
    })),
  };
}
