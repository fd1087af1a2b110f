import { html } from './escape.ts';
import { facts, headline, issueLine, plainLines, sampleLine, type MessageInput } from './view.ts';

const tone = { bad: '#c62828', good: '#2e7d32', warn: '#ef6c00' } as const;

export interface EmailMessage {
  subject: string;
  text: string;
  html: string;
  /** RFC 5322 Message-ID from the idempotency key: the same delivery always has the same id. */
  messageId: string;
}

export function emailMessage(m: MessageInput): EmailMessage {
  const h = headline(m);
  const rows = facts(m)
    .map(
      ([k, v]) =>
        `<tr><th align="left" style="padding:2px 12px 2px 0">${html(k)}</th><td>${html(v)}</td></tr>`,
    )
    .join('');
  const issues = m.issues
    .slice(0, 20)
    .map((i) => {
      const samples = (i.samples ?? []).map((r) => `<br><code>${html(sampleLine(r))}</code>`).join('');
      return `<li>${html(issueLine(i))}${samples}</li>`;
    })
    .join('');
  const body = [
    `<!doctype html><html><body style="font-family:sans-serif">`,
    `<h2 style="color:${tone[h.color]}">${h.emoji} ${html(h.title)}</h2>`,
    `<table>${rows}</table>`,
    m.event.detail ? `<p>${html(m.event.detail)}</p>` : '',
    issues ? `<h3>Top issues</h3><ul>${issues}</ul>` : '',
    m.link ? `<p><a href="${html(m.link)}">Open report</a></p>` : '',
    `</body></html>`,
  ].join('');
  return {
    subject: `[Truthgate] ${h.title}`.replace(/[\r\n]+/g, ' '),
    text: `${plainLines(m, 20).join('\n')}\n`,
    html: body,
    messageId: `<${m.idempotencyKey}@truthgate>`,
  };
}
