import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface PullRequest {
  number: number;
  baseSha: string;
  baseRef: string;
  headSha: string;
  /** Head branch lives in another repository: the workflow token is read-only. */
  fromFork: boolean;
  /** How many files the pull request changes, per the event; the files API lists at most 3000. */
  changedFiles: number | undefined;
}

/** What the action needs to know about the run, read from the runner's GITHUB_* variables. */
export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  workspace: string;
  sha: string;
  apiUrl: string;
  /** Link to this run, for the comment footer. */
  runUrl: string | undefined;
  pr: PullRequest | undefined;
  /** For push events: the commit before the push (absent for a new branch). */
  pushBefore: string | undefined;
}

/**
 * Events about a pull request whose payload carries it. A workflow on a review event may check
 * out the pull request's head: it is the pull request's code, and is treated as such (targets.ts).
 */
const PR_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
]);
const ZERO_SHA = /^0+$/;

interface Payload {
  pull_request?: {
    number: number;
    base: { sha: string; ref: string; repo?: { full_name?: string } };
    head: { sha: string; repo?: { full_name?: string } | null };
    changed_files?: number;
  };
  before?: string;
}

export function readContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  let payload: Payload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Payload;
    } catch {
      // A missing or unreadable payload only costs the PR features; checks still run.
    }
  }
  const p = PR_EVENTS.has(eventName) ? payload.pull_request : undefined;
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  return {
    eventName,
    owner,
    repo,
    workspace: resolve(env.GITHUB_WORKSPACE ?? process.cwd()),
    sha: env.GITHUB_SHA ?? '',
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    runUrl: env.GITHUB_RUN_ID ? `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    pr: p
      ? {
          number: p.number,
          baseSha: p.base.sha,
          baseRef: p.base.ref,
          headSha: p.head.sha,
          fromFork: (p.head.repo?.full_name ?? '') !== `${owner}/${repo}`,
          changedFiles: typeof p.changed_files === 'number' ? p.changed_files : undefined,
        }
      : undefined,
    pushBefore:
      eventName === 'push' && payload.before && !ZERO_SHA.test(payload.before) ? payload.before : undefined,
  };
}
