import { describeApiError, type GitHub } from './github.ts';
import { gitChangedFiles, pullRequestFiles, type ChangedFile } from './changed-files.ts';
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
 */
export async function findChanges(ctx: RunContext, gh: GitHub | undefined): Promise<Changes> {
  const warnings: string[] = [];
  if (ctx.pr) {
    const { baseSha, headSha, number } = ctx.pr;
    if (gh) {
      try {
        return { files: await pullRequestFiles(gh, ctx, number), baseRef: baseSha, warnings };
      } catch (err) {
        warnings.push(
          `Could not list the pull request's files through the API (${describeApiError(err)}); using git.`,
        );
      }
    }
    const files = gitChangedFiles(ctx.workspace, baseSha, headSha);
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
