/**
 * Metric history for the Action (`history: artifacts`): the history files of the suite's sources
 * come from the Truthgate history artifact of the newest trusted run on the base branch, and the
 * run's updated history is left in a directory for actions/upload-artifact (docs/github-action.md).
 *
 * Everything read from an artifact is data: only the exact history keys of this suite's sources
 * are taken from the zip (no path from the archive ever reaches the file system, so no zip-slip),
 * the download and each file are size-capped before they are inflated, and each file is then
 * validated like any stored history (a bad one is that source's TG_HISTORY_CORRUPT).
 */
import { unzipSync } from 'fflate';
import { historyKey } from '../core/history/store.ts';
import type { ObjectStore } from '../core/store/store.ts';
import { describeApiError, httpStatus, type GitHub } from './github.ts';

export const HISTORY_ARTIFACT = 'truthgate-history';
/** Largest artifact downloaded (zip bytes); a year of 50 daily metrics is about 300 KB per source. */
export const MAX_ARTIFACT_BYTES = 25 * 1024 * 1024;
/** Largest history file taken from it, inflated. */
export const MAX_HISTORY_FILE_BYTES = 8 * 1024 * 1024;
/** Newest runs of the base branch looked at for an artifact. */
const RUNS_LOOKED_AT = 20;
/**
 * Events whose runs execute the repository's own code on the branch: a pull request's run (its
 * head branch may even be named like the base, from a fork) never supplies history.
 */
const TRUSTED_EVENTS = new Set(['push', 'schedule', 'workflow_dispatch']);

export interface HistorySource {
  owner: string;
  repo: string;
  /** The base branch on a pull request, else the branch of the run. */
  branch: string;
  suite: string;
  sources: string[];
}

export type HistoryFetch =
  { found: { runId: number; artifactId: number; files: string[] } } | { missing: string };

interface Run {
  id: number;
  event: string;
  conclusion: string | null;
  head_repository?: { full_name?: string } | null;
}

/**
 * Finds the newest completed run on `branch` (an anomaly that failed a run still recorded its
 * metrics, and a table that legitimately doubled must reach its new level in the history) that
 * left a non-expired history artifact, and puts its history files for `suite` into `store`.
 */
export async function fetchHistoryArtifact(
  gh: GitHub,
  where: HistorySource,
  store: ObjectStore,
): Promise<HistoryFetch> {
  const { owner, repo, branch } = where;
  let runs: Run[];
  try {
    const res = await gh.rest.actions.listWorkflowRunsForRepo({
      owner,
      repo,
      branch,
      status: 'completed',
      per_page: RUNS_LOOKED_AT,
    });
    runs = res.data.workflow_runs as Run[];
  } catch (err) {
    const permission =
      httpStatus(err) === 403 || httpStatus(err) === 404 ? ' (the token needs `actions: read`)' : '';
    return { missing: `listing the runs of ${branch} failed: ${describeApiError(err)}${permission}` };
  }
  const trusted = runs.filter(
    (r) =>
      TRUSTED_EVENTS.has(r.event) &&
      (r.conclusion === 'success' || r.conclusion === 'failure') &&
      r.head_repository?.full_name === `${owner}/${repo}`,
  );
  for (const run of trusted) {
    let artifacts;
    try {
      const res = await gh.rest.actions.listWorkflowRunArtifacts({
        owner,
        repo,
        run_id: run.id,
        name: HISTORY_ARTIFACT,
        per_page: 10,
      });
      artifacts = res.data.artifacts;
    } catch (err) {
      return { missing: `listing the artifacts of run ${run.id} failed: ${describeApiError(err)}` };
    }
    const artifact = artifacts.find((a) => a.name === HISTORY_ARTIFACT && !a.expired);
    if (!artifact) continue;
    if (artifact.size_in_bytes > MAX_ARTIFACT_BYTES)
      return {
        missing: `artifact ${artifact.id} is ${artifact.size_in_bytes} bytes, over ${MAX_ARTIFACT_BYTES}`,
      };
    let zip: Uint8Array;
    try {
      const res = await gh.rest.actions.downloadArtifact({
        owner,
        repo,
        artifact_id: artifact.id,
        archive_format: 'zip',
      });
      zip = new Uint8Array(res.data as ArrayBuffer);
    } catch (err) {
      return { missing: `downloading artifact ${artifact.id} failed: ${describeApiError(err)}` };
    }
    if (zip.byteLength > MAX_ARTIFACT_BYTES)
      return { missing: `artifact ${artifact.id} is over ${MAX_ARTIFACT_BYTES} bytes` };
    let files: string[];
    try {
      files = await extractHistory(zip, where, store);
    } catch (err) {
      return {
        missing: `artifact ${artifact.id} is not a readable zip: ${err instanceof Error ? err.message : String(err)}`,
      };
    }
    return { found: { runId: run.id, artifactId: artifact.id, files } };
  }
  return {
    missing: `no completed push, schedule or workflow_dispatch run among the newest ${runs.length} on ${branch} has a "${HISTORY_ARTIFACT}" artifact`,
  };
}

/**
 * Copies the history files of the suite's sources out of the zip into the store; returns the keys
 * found. Entry names are only compared with the expected keys, never used as paths.
 */
export async function extractHistory(
  zip: Uint8Array,
  where: Pick<HistorySource, 'suite' | 'sources'>,
  store: ObjectStore,
): Promise<string[]> {
  const wanted = new Set(where.sources.map((s) => historyKey(where.suite, s)));
  const entries = unzipSync(zip, {
    // Declared sizes bound the inflated output: fflate never grows the buffer past them.
    filter: (f) => wanted.has(f.name) && f.originalSize <= MAX_HISTORY_FILE_BYTES,
  });
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const found: string[] = [];
  for (const key of [...wanted].sort()) {
    const bytes = entries[key];
    if (!bytes) continue;
    await store.put(key, decoder.decode(bytes));
    found.push(key);
  }
  return found;
}
