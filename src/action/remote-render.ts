import type { Lang } from '../core/errors.ts';
import { t } from '../core/i18n/ui.ts';
import { escapeMarkdown, markdownCode } from '../core/render/escape.ts';
import { formatCounts, formatDuration, formatSeverityCounts } from '../core/render/format.ts';
import { statusIcon } from '../core/render/markdown.ts';
import type { RemoteRun } from './remote.ts';

/** The headline, counts and top issues of a remote run, in the report's Markdown style. */
export function renderRemote(run: RemoteRun, title: string, lang: Lang): string {
  const r = run.result;
  const facts = [`**${formatCounts(r, lang)}**`];
  const sev = formatSeverityCounts(r, lang);
  if (sev) facts.push(`${t(lang, 'issuesBySeverity')}: ${sev}`);
  facts.push(t(lang, 'failOn', { level: r.failOn === 'never' ? 'never' : t(lang, r.failOn) }));
  facts.push(formatDuration(r.durationMs));
  const sources = r.sources.map((s) =>
    s.error
      ? `${markdownCode(s.name)} ❗ ${markdownCode(s.error)}`
      : `${markdownCode(s.name)} ${t(lang, 'nRows', { n: s.rowCount ?? '?' })}`,
  );
  const issues = r.topIssues.map(
    (i) =>
      `- ${i.status === 'error' ? '❗' : '❌'} ${markdownCode(i.id)} (${t(lang, i.severity)}): ${escapeMarkdown(i.message)}`,
  );
  const shown = r.topIssues.length;
  const failing = r.summary.failed + r.summary.errored;
  return [
    `### ${statusIcon[r.status]} ${escapeMarkdown(title)} · ${t(lang, r.status)} · ${escapeMarkdown(r.suite)}`,
    facts.join(' · '),
    `${t(lang, 'sources')}: ${sources.join(', ')}`,
    ...(issues.length
      ? [`${t(lang, 'topIssues')}${failing > shown ? ` (${shown}/${failing})` : ''}:\n\n${issues.join('\n')}`]
      : []),
    t(lang, 'remoteRanAs', {
      workflowId: markdownCode(run.workflowId),
      address: markdownCode(run.address),
      namespace: markdownCode(run.namespace),
      reportKey: markdownCode(r.reportKey),
    }),
  ].join('\n\n');
}
