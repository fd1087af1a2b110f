import type { GitHub } from './github.ts';
import { httpStatus } from './github.ts';

/** The login GITHUB_TOKEN comments as; /user is forbidden to that installation token. */
export const ACTIONS_BOT = 'github-actions[bot]';

export function marker(header: string): string {
  return `<!-- truthgate:${header} -->`;
}

const HASH = /<!-- truthgate-hash:([0-9a-f]+) -->/;

/** Hidden first lines: which sticky comment this is, and a hash of the report it shows. */
export function commentPreamble(header: string, hash: string): string {
  return `${marker(header)}\n<!-- truthgate-hash:${hash} -->\n`;
}

export interface StickyTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  header: string;
}

export interface ExistingComment {
  id: number;
  url: string;
  hash: string | undefined;
}

export async function ownLogin(gh: GitHub): Promise<string> {
  try {
    return (await gh.rest.users.getAuthenticated()).data.login;
  } catch (err) {
    if (httpStatus(err) === 403 || httpStatus(err) === 401) return ACTIONS_BOT;
    throw err;
  }
}

/**
 * The sticky comment: carries our marker AND was written by our own login, so a user quoting the
 * marker, or another bot using the same header, never gets their comment overwritten.
 */
export async function findSticky(
  gh: GitHub,
  t: StickyTarget,
  login: string,
): Promise<ExistingComment | undefined> {
  const mark = marker(t.header);
  const comments = await gh.paginate(gh.rest.issues.listComments, {
    owner: t.owner,
    repo: t.repo,
    issue_number: t.issueNumber,
    per_page: 100,
  });
  const mine = comments.find((c) => c.user?.login === login && (c.body ?? '').startsWith(mark));
  if (!mine) return undefined;
  return { id: mine.id, url: mine.html_url, hash: HASH.exec(mine.body ?? '')?.[1] };
}

/** Creates the sticky comment or edits it in place; returns its URL. */
export async function upsertSticky(
  gh: GitHub,
  t: StickyTarget,
  existing: ExistingComment | undefined,
  body: string,
): Promise<string> {
  if (existing) {
    const r = await gh.rest.issues.updateComment({
      owner: t.owner,
      repo: t.repo,
      comment_id: existing.id,
      body,
    });
    return r.data.html_url;
  }
  const r = await gh.rest.issues.createComment({
    owner: t.owner,
    repo: t.repo,
    issue_number: t.issueNumber,
    body,
  });
  return r.data.html_url;
}
