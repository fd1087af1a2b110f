import { slackText, truncate } from './escape.ts';
import { facts, headline, issueLine, plainLines, sampleLine, type MessageInput } from './view.ts';

/** A Slack incoming-webhook payload: Block Kit blocks plus a plain `text` fallback for notifications. */
export function slackMessage(m: MessageInput): Record<string, unknown> {
  const h = headline(m);
  const issues = m.issues
    .slice(0, 10)
    .map((i) => {
      const rows = (i.samples ?? []).map((r) => `\n    \`${slackText(sampleLine(r))}\``).join('');
      return `• ${slackText(issueLine(i))}${rows}`;
    })
    .join('\n');
  const blocks: Record<string, unknown>[] = [
    {
      type: 'header',
      text: { type: 'plain_text', text: truncate(`${h.emoji} ${h.title}`, 150), emoji: true },
    },
    {
      type: 'section',
      fields: facts(m).map(([k, v]) => ({ type: 'mrkdwn', text: truncate(`*${k}*\n${slackText(v)}`, 2000) })),
    },
  ];
  if (m.mention) blocks.unshift({ type: 'section', text: { type: 'mrkdwn', text: m.mention } });
  if (m.event.detail)
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: truncate(slackText(m.event.detail), 3000) },
    });
  if (issues)
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: truncate(`*Top issues*\n${issues}`, 3000) },
    });
  if (m.link) {
    blocks.push({
      type: 'actions',
      elements: [{ type: 'button', text: { type: 'plain_text', text: 'Open report' }, url: m.link }],
    });
  }
  blocks.push({
    type: 'context',
    elements: [
      { type: 'mrkdwn', text: slackText(`suite ${m.event.suite} · run ${m.event.runId} · ${m.event.at}`) },
    ],
  });
  return { text: truncate(slackText(plainLines(m, 3).join('\n')), 3000), blocks };
}
