import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, createWriteStream, mkdirSync, openSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream } from 'node:stream/web';
import type { GitHub } from './github.ts';
import { describeApiError } from './github.ts';

export interface BaseVersionRequest {
  workspace: string;
  owner: string;
  repo: string;
  /** Commit sha of the base branch. */
  ref: string;
  /** Path in the base commit. */
  path: string;
  /** Directory for the fetched copy; the file keeps its name so its format is still recognised. */
  destDir: string;
}

export type BaseVersion = { file: string; via: 'git' | 'api' } | { missing: string };

/**
 * Writes the base-branch version of a file to disk: `git show` from the local clone first (a
 * shallow checkout gets the one commit fetched), then the contents API, which serves raw bytes up
 * to 100 MB. Binary formats (parquet, arrow) are streamed, never decoded as text.
 */
export async function fetchBaseVersion(
  gh: GitHub | undefined,
  req: BaseVersionRequest,
): Promise<BaseVersion> {
  // One directory per path: two changed files may share a base name.
  const dir = join(req.destDir, createHash('sha1').update(req.path).digest('hex').slice(0, 12));
  mkdirSync(dir, { recursive: true });
  const file = join(dir, basename(req.path));
  if (gitShow(req, file) || (gitFetch(req) && gitShow(req, file))) return { file, via: 'git' };
  if (!gh) return { missing: 'not in the local clone' };
  try {
    const res = await gh.rest.repos.getContent({
      owner: req.owner,
      repo: req.repo,
      path: req.path,
      ref: req.ref,
      mediaType: { format: 'raw' },
      request: { parseSuccessResponseBody: false },
    });
    await pipeline(Readable.fromWeb(res.data as unknown as ReadableStream), createWriteStream(file));
    return { file, via: 'api' };
  } catch (err) {
    rmSync(file, { force: true });
    return { missing: describeApiError(err) };
  }
}

function gitShow(req: BaseVersionRequest, file: string): boolean {
  const fd = openSync(file, 'w');
  let ok: boolean;
  try {
    const r = spawnSync('git', ['show', `${req.ref}:${req.path}`], {
      cwd: req.workspace,
      stdio: ['ignore', fd, 'ignore'],
    });
    ok = r.status === 0;
  } finally {
    closeSync(fd);
  }
  if (!ok) rmSync(file, { force: true });
  return ok;
}

/** actions/checkout clones one commit deep by default; fetch just the base commit. */
function gitFetch(req: BaseVersionRequest): boolean {
  const r = spawnSync('git', ['fetch', '--no-tags', '--depth=1', 'origin', req.ref], {
    cwd: req.workspace,
    stdio: 'ignore',
    timeout: 60_000,
  });
  return r.status === 0;
}
