import { describeApiError, type GitHub } from './github.ts';
import { TruthgateError } from '../core/errors.ts';
import { API_FILES_LIMIT, gitChangedFiles, pullRequestFiles, type ChangedFile } from './changed-files.ts';
import type { RunContext } from './event.ts';

export interface Changes {
  /** undefined: not known (no PR or push range, or every way to list them failed). */
  files: ChangedFile[] | undefined;
  /** The commit changed files are compared against. */
  baseRef: string | undefined;
  warnings: string[];
}

/**
 * The files this run is about: a pull request's files from the REST API (the local clone may be
 * shallow), with `git diff` as the fallback when the API is unreachable; a push's range from git.
 * A list the API may have cut (3000 files) is replaced by `git diff base...head`; when git cannot
 * list them either the run fails rather than pass on data it never saw.
 */
export async function findChanges(ctx: RunContext, gh: GitHub | undefined): Promise<Changes> {
  const warnings: string[] = [];
  if (ctx.pr) {
    const { baseSha, headSha, number } = ctx.pr;
    if (gh) {
      try {
        const listed = await pullRequestFiles(gh, ctx, number);
        const total = ctx.pr.changedFiles;
        if (listed.length < API_FILES_LIMIT && (total === undefined || total <= listed.length)) {
          return { files: listed, baseRef: baseSha, warnings };
        }
        const detail = `GitHub listed ${listed.length.toLocaleString('en-US')} of ${total === undefined ? 'at least that many' : total.toLocaleString('en-US')} changed files`;
        const files = gitChangedFiles(ctx.workspace, baseSha, headSha, 'merge-base');
        if (!files) throw new TruthgateError('TG_ACTION_CHANGED_FILES_INCOMPLETE', { detail });
        warnings.push(
          `${detail}; the full list (${files.length.toLocaleString('en-US')} files) comes from \`git diff base...head\`.`,
        );
        return { files, baseRef: baseSha, warnings };
      } catch (err) {
        if (err instanceof TruthgateError) throw err;
        warnings.push(
          `Could not list the pull request's files through the API (${describeApiError(err)}); using git.`,
        );
      }
    }
    const files = gitChangedFiles(ctx.workspace, baseSha, headSha, 'merge-base');
    if (!files) warnings.push('Could not list changed files with git either; checking every matching file.');
    return { files, baseRef: baseSha, warnings };
  }
  if (ctx.pushBefore) {
    return {
      files: gitChangedFiles(ctx.workspace, ctx.pushBefore, ctx.sha),
      baseRef: ctx.pushBefore,
      warnings,
    };
  }
  return { files: undefined, baseRef: undefined, warnings };
}
