/**
 * The Action's side of the metric history: before the run, fetch it (history-artifact.ts) or say
 * which anomaly checks go unjudged and why; after the run, append the run's metrics to the
 * directory the workflow uploads as the next run's artifact.
 */
import { join } from 'node:path';
import { TruthgateError } from '../core/errors.ts';
import { isAnomalyCheck } from '../core/history/metrics.ts';
import type { HistoryLookup } from '../core/history/series.ts';
import { loadHistory, recordReport } from '../core/history/store.ts';
import type { Report } from '../core/result/schema.ts';
import { DirectoryStore } from '../core/store/directory.ts';
import type { LoadedSuite } from '../core/suite/load.ts';
import type { RunContext } from './event.ts';
import type { GitHub } from './github.ts';
import { fetchHistoryArtifact } from './history-artifact.ts';

export type HistoryMode = 'off' | 'artifacts';

export interface ActionHistory {
  /** Given to the run when history was found; without it anomaly checks are skipped. */
  lookup: HistoryLookup | undefined;
  /** The directory to upload as the `truthgate-history` artifact (undefined when history is off). */
  dir: string | undefined;
  /** Why anomaly checks go unjudged, for a notice and the report notes. */
  unavailable: TruthgateError | undefined;
  record(report: Report): Promise<TruthgateError[]>;
}

export async function prepareHistory(
  mode: HistoryMode,
  suite: LoadedSuite,
  sources: string[],
  ctx: RunContext,
  gh: GitHub | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ActionHistory> {
  const anomalyChecks = sources.flatMap((s) => suite.checks[s] ?? []).filter((c) => isAnomalyCheck(c.type));
  const none: ActionHistory = {
    lookup: undefined,
    dir: undefined,
    unavailable: undefined,
    record: async () => [],
  };
  if (mode === 'off') {
    return anomalyChecks.length
      ? { ...none, unavailable: unavailable(anomalyChecks.length, 'the `history` input is not set') }
      : none;
  }
  const dir = join(env.RUNNER_TEMP || ctx.workspace, 'truthgate-history');
  const store = new DirectoryStore(dir);
  const record = (report: Report): Promise<TruthgateError[]> =>
    recordReport(store, report, new Date(report.startedAt));
  const branch = ctx.pr?.baseRef || env.GITHUB_REF_NAME || '';
  if (anomalyChecks.length === 0) return { ...none, dir, record };
  let reason: string;
  if (!gh) reason = 'no `github-token` to read the base branch’s artifacts';
  else if (!branch) reason = 'the base branch is unknown (no pull request and no GITHUB_REF_NAME)';
  else {
    const fetched = await fetchHistoryArtifact(
      gh,
      { owner: ctx.owner, repo: ctx.repo, branch, suite: suite.name, sources },
      store,
    );
    if ('found' in fetched) {
      return { lookup: await loadHistory(store, suite.name, sources), dir, unavailable: undefined, record };
    }
    reason = fetched.missing;
  }
  return { lookup: undefined, dir, unavailable: unavailable(anomalyChecks.length, reason), record };
}

function unavailable(count: number, reason: string): TruthgateError {
  return new TruthgateError('TG_HISTORY_UNAVAILABLE', { count, reason });
}
