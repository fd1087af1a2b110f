import type { Lang } from '../core/errors.ts';
import { t } from '../core/i18n/ui.ts';
import { escapeMarkdown, markdownCode } from '../core/render/escape.ts';
import { formatCounts, formatDuration, formatSeverityCounts } from '../core/render/format.ts';
import { statusIcon } from '../core/render/markdown.ts';
import type { RemoteRun } from './remote.ts';

/** The headline, counts and top issues of a remote run, in the report's Markdown style. */
export function renderRemote(run: RemoteRun, title: string, lang: Lang): string {
  const r = run.result;
  const ko = lang === 'ko';
  const facts = [`**${formatCounts(r, lang)}**`];
  const sev = formatSeverityCounts(r, lang);
  if (sev) facts.push(`${t(lang, 'issuesBySeverity')}: ${sev}`);
  facts.push(t(lang, 'failOn', { level: r.failOn === 'never' ? 'never' : t(lang, r.failOn) }));
  facts.push(formatDuration(r.durationMs));
  const sources = r.sources.map((s) =>
    s.error
      ? `${markdownCode(s.name)} ❗ ${markdownCode(s.error)}`
      : `${markdownCode(s.name)} ${ko ? `${s.rowCount ?? '?'}행` : `${s.rowCount ?? '?'} rows`}`,
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
    `${ko ? '소스' : 'Sources'}: ${sources.join(', ')}`,
    ...(issues.length
      ? [
          `${ko ? '주요 문제' : 'Top issues'}${failing > shown ? ` (${shown}/${failing})` : ''}:\n\n${issues.join('\n')}`,
        ]
      : []),
    ko
      ? `Temporal ${markdownCode(run.address)}(네임스페이스 ${markdownCode(run.namespace)})의 워크플로 ${markdownCode(run.workflowId)}에서 실행했습니다. 전체 보고서(실패 행 샘플 포함)는 워커의 보고서 저장소 ${markdownCode(r.reportKey)}에 있습니다.`
      : `Ran as workflow ${markdownCode(run.workflowId)} on Temporal ${markdownCode(run.address)} (namespace ${markdownCode(run.namespace)}). The full report, with failing-row samples, is in the workers' report store at ${markdownCode(r.reportKey)}.`,
  ].join('\n\n');
}
