import type { NotifyEvent } from './event.ts';
import type { IssueView } from './mask.ts';

/** Everything a channel message is built from; the per-channel builders only lay it out. */
export interface MessageInput {
  event: NotifyEvent;
  /** As delivered (a repeated failure can be sent as a `still_failing` reminder). */
  kind: NotifyEvent['kind'];
  /** Masked issues, with samples when configured. */
  issues: IssueView[];
  idempotencyKey: string;
  link?: string;
  mention?: string;
}

const headlines: Record<
  NotifyEvent['kind'],
  { emoji: string; text: string; color: 'bad' | 'good' | 'warn' }
> = {
  pass_to_fail: { emoji: '🔴', text: 'failed', color: 'bad' },
  new_critical: { emoji: '🚨', text: 'has a new critical failure', color: 'bad' },
  still_failing: { emoji: '⏰', text: 'is still failing', color: 'bad' },
  fail_to_pass: { emoji: '✅', text: 'recovered', color: 'good' },
  drift_detected: { emoji: '📈', text: 'detected drift', color: 'warn' },
  schema_changed: { emoji: '🧱', text: 'saw a schema change', color: 'warn' },
  anomaly_detected: { emoji: '📉', text: 'saw a metric anomaly', color: 'bad' },
  test: { emoji: '🧪', text: 'test message', color: 'warn' },
};

export function headline(m: MessageInput): { emoji: string; title: string; color: 'bad' | 'good' | 'warn' } {
  const h = headlines[m.kind];
  return { emoji: h.emoji, title: `Truthgate: ${m.event.suite} ${h.text}`, color: h.color };
}

/** Short facts shown as fields or a table. */
export function facts(m: MessageInput): [string, string][] {
  const e = m.event;
  const s = e.summary;
  return [
    ['Status', e.previousStatus ? `${e.previousStatus} → ${e.status}` : e.status],
    ['Sources', e.sources.join(', ') || '—'],
    ['Checks', `${s.failed} failed, ${s.errored} errored, ${s.passed} passed of ${s.checks}`],
    ['Highest severity', e.severity ?? '—'],
    ['Run', e.runId],
  ];
}

export function issueLine(i: IssueView): string {
  return `[${i.severity}] ${i.id}: ${i.message}`;
}

export function sampleLine(row: Record<string, unknown>): string {
  return Object.entries(row)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(', ');
}

/** `{runId}`, `{suite}`, `{reportKey}` in the configured link, URL-encoded. */
export function fillLink(template: string | undefined, e: NotifyEvent): string | undefined {
  if (!template) return undefined;
  const vars: Record<string, string> = { runId: e.runId, suite: e.suite, reportKey: e.reportKey ?? '' };
  return template.replace(/\{(runId|suite|reportKey)\}/g, (_, k: string) => encodeURIComponent(vars[k]!));
}

/** The lines of a plain-text body (email text part, fallbacks). */
export function plainLines(m: MessageInput, maxIssues = 10): string[] {
  const h = headline(m);
  const out = [h.title, '', ...facts(m).map(([k, v]) => `${k}: ${v}`)];
  if (m.event.detail) out.push('', m.event.detail);
  if (m.issues.length > 0) {
    out.push('', 'Top issues:');
    for (const i of m.issues.slice(0, maxIssues)) {
      out.push(`- ${issueLine(i)}`);
      for (const row of i.samples ?? []) out.push(`    ${sampleLine(row)}`);
    }
  }
  if (m.link) out.push('', `Report: ${m.link}`);
  return out;
}
