import { spawnSync } from 'node:child_process';
import type { GitHub } from './github.ts';

export interface ChangedFile {
  /** Path in the head commit, relative to the repository root. */
  path: string;
  status: 'added' | 'modified' | 'removed' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  /** Path in the base commit (differs from `path` for renames). */
  basePath: string;
}

/** GitHub's files API stops listing a pull request's files here, silently. */
export const API_FILES_LIMIT = 3000;

/** Files of a pull request through the REST API, every page (GitHub lists up to 3000). */
export async function pullRequestFiles(
  gh: GitHub,
  repo: { owner: string; repo: string },
  pullNumber: number,
): Promise<ChangedFile[]> {
  const files = await gh.paginate(gh.rest.pulls.listFiles, {
    owner: repo.owner,
    repo: repo.repo,
    pull_number: pullNumber,
    per_page: 100,
  });
  return files.map((f) => ({
    path: f.filename,
    status: f.status,
    basePath: f.previous_filename ?? f.filename,
  }));
}

const gitStatus: Record<string, ChangedFile['status']> = {
  A: 'added',
  M: 'modified',
  D: 'removed',
  R: 'renamed',
  C: 'copied',
  T: 'changed',
};

/**
 * Files changed between two commits of the local clone (push events, or a PR when the API is
 * unreachable or its list is cut). `range: 'merge-base'` compares `from...to`, what a pull request
 * shows. Undefined when a commit is missing, e.g. in a shallow clone.
 */
export function gitChangedFiles(
  workspace: string,
  from: string,
  to: string,
  range: 'direct' | 'merge-base' = 'direct',
): ChangedFile[] | undefined {
  const revs = range === 'merge-base' ? [`${from}...${to}`] : [from, to];
  const r = spawnSync('git', ['diff', '--name-status', '-z', '--no-renames', ...revs], {
    cwd: workspace,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) return undefined;
  const parts = r.stdout.split('\0').filter((p) => p !== '');
  const out: ChangedFile[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const path = parts[i + 1]!;
    out.push({ path, status: gitStatus[parts[i]![0]!] ?? 'changed', basePath: path });
  }
  return out;
}
