import { Octokit } from '@octokit/rest';
import { TruthgateError } from '../core/errors.ts';
import type { GithubMessage } from '../core/notify/github.ts';
import { classifyStatus, DeliveryError } from './http.ts';
import { requireSecret, secretVar, type SecretSource } from './secrets.ts';
import type { DeliveryInput } from './types.ts';

/**
 * GitHub issues: TRUTHGATE_GITHUB_<NAME>_TOKEN (issues: write), the repo from the suite or
 * _REPO, and _API_URL for GitHub Enterprise. Failures open one issue per failing source (or
 * comment on the open one); a recovery comments and closes. Every write is found again by its
 * hidden marker first, so a retried attempt never opens or comments twice.
 */
export async function sendGithub(
  d: DeliveryInput,
  msg: GithubMessage,
  secrets: SecretSource,
): Promise<string> {
  const token = requireSecret(secrets, d.channel, 'token');
  const repoName = d.settings?.repo ?? secrets.get(secretVar(d.channel, 'repo'));
  if (!repoName)
    throw new TruthgateError('TG_NOTIFY_SECRET_MISSING', {
      channel: d.channel,
      variable: secretVar(d.channel, 'repo'),
    });
  const [owner, repo] = repoName.split('/') as [string, string];
  const gh = new Octokit({
    auth: token,
    baseUrl: secrets.get(secretVar(d.channel, 'api_url')) ?? 'https://api.github.com',
    request: { timeout: d.timeoutMs, retries: 0 },
  });
  const labels = d.settings?.labels ?? ['truthgate'];
  const done: string[] = [];
  try {
    const open = await openIssues(gh, owner, repo, labels[0]!);
    const findOpen = (marker: string): { number: number; body?: string | null } | undefined =>
      open.find((i) => i.body?.includes(marker));
    // The marker may already be in the issue body (an earlier attempt opened it) or a comment.
    const comment = async (
      issue: { number: number; body?: string | null },
      s: GithubMessage['sources'][number],
    ): Promise<boolean> => {
      if (issue.body?.includes(s.deliveryMarker)) return false;
      return commentOnce(gh, owner, repo, issue.number, s.commentBody, s.deliveryMarker);
    };
    if (msg.action === 'report') {
      for (const s of msg.sources) {
        const existing = findOpen(s.sourceMarker);
        if (existing) {
          if (await comment(existing, s)) done.push(`commented on #${existing.number}`);
          continue;
        }
        const created = await gh.rest.issues.create({
          owner,
          repo,
          title: s.title,
          body: s.issueBody,
          labels,
        });
        done.push(`opened #${created.data.number}`);
      }
    } else if (msg.action === 'resolve') {
      for (const s of msg.sources) {
        const existing = findOpen(s.sourceMarker);
        if (!existing) continue;
        await comment(existing, s);
        await gh.rest.issues.update({
          owner,
          repo,
          issue_number: existing.number,
          state: 'closed',
          state_reason: 'completed',
        });
        done.push(`closed #${existing.number}`);
      }
    }
  } catch (err) {
    throw githubError(d.channel, err);
  }
  return done.length ? done.join(', ') : 'nothing to change on GitHub';
}

async function openIssues(
  gh: Octokit,
  owner: string,
  repo: string,
  label: string,
): Promise<{ number: number; body?: string | null }[]> {
  return gh.paginate(gh.rest.issues.listForRepo, {
    owner,
    repo,
    state: 'open',
    labels: label,
    per_page: 100,
  });
}

/** Comments unless a comment with this delivery's marker is already there (an earlier attempt). */
async function commentOnce(
  gh: Octokit,
  owner: string,
  repo: string,
  issue: number,
  body: string,
  marker: string,
): Promise<boolean> {
  const comments = await gh.paginate(gh.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issue,
    per_page: 100,
  });
  if (comments.some((c) => c.body?.includes(marker))) return false;
  await gh.rest.issues.createComment({ owner, repo, issue_number: issue, body });
  return true;
}

function githubError(channel: string, err: unknown): unknown {
  if (err instanceof TruthgateError) return err;
  const e = err as { status?: number; message?: string; response?: { headers?: Record<string, string> } };
  if (typeof e.status === 'number' && e.status > 0) {
    const h = e.response?.headers ?? {};
    // GitHub answers rate limits with 403 (or 429) and says when to come back.
    if (e.status === 403 && (h['retry-after'] || h['x-ratelimit-remaining'] === '0')) {
      const wait =
        h['retry-after'] ?? String(Math.max(0, Number(h['x-ratelimit-reset'] ?? 0) - Date.now() / 1000));
      return classifyStatus(channel, 429, 'rate limited', e.message ?? '', wait);
    }
    return classifyStatus(channel, e.status, '', e.message ?? '', h['retry-after']);
  }
  return new DeliveryError('TG_NOTIFY_DELIVERY', { channel, detail: e.message ?? String(err) }, true);
}
