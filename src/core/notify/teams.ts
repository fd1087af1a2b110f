import { markdown, truncate } from './escape.ts';
import { facts, headline, issueLine, sampleLine, type MessageInput } from './view.ts';

const colors = { bad: 'Attention', good: 'Good', warn: 'Warning' } as const;

/** A Teams incoming-webhook (or Workflows) message carrying one Adaptive Card 1.4. */
export function teamsMessage(m: MessageInput): Record<string, unknown> {
  const h = headline(m);
  const body: Record<string, unknown>[] = [
    {
      type: 'TextBlock',
      text: `${h.emoji} ${markdown(h.title)}`,
      weight: 'Bolder',
      size: 'Large',
      color: colors[h.color],
      wrap: true,
    },
    // FactSet values are plain text in Teams, so they are not markdown-escaped.
    { type: 'FactSet', facts: facts(m).map(([title, value]) => ({ title, value })) },
  ];
  if (m.mention) body.unshift({ type: 'TextBlock', text: m.mention, wrap: true });
  if (m.event.detail)
    body.push({ type: 'TextBlock', text: truncate(markdown(m.event.detail), 2000), wrap: true });
  if (m.issues.length > 0) {
    body.push({ type: 'TextBlock', text: 'Top issues', weight: 'Bolder', wrap: true });
    for (const i of m.issues.slice(0, 10)) {
      body.push({
        type: 'TextBlock',
        text: truncate(`- ${markdown(issueLine(i))}`, 1000),
        wrap: true,
        spacing: 'Small',
      });
      for (const r of i.samples ?? []) {
        body.push({
          type: 'TextBlock',
          text: truncate(markdown(sampleLine(r)), 500),
          fontType: 'Monospace',
          isSubtle: true,
          wrap: true,
          spacing: 'None',
        });
      }
    }
  }
  const card = {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.4',
    body,
    ...(m.link ? { actions: [{ type: 'Action.OpenUrl', title: 'Open report', url: m.link }] } : {}),
  };
  return {
    type: 'message',
    summary: h.title,
    attachments: [
      { contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: card },
    ],
  };
}
