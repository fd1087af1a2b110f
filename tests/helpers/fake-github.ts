import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small GitHub REST server on 127.0.0.1 for the action's subprocess tests: the endpoints the
 * action calls, real pagination (Link headers), token checks, a read-only fork token that gets
 * 403 on writes, and a one-shot rate-limit answer. Every request is recorded.
 */
export interface FakeComment {
  id: number;
  body: string;
  user: { login: string };
  html_url: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  token: string | undefined;
  body: unknown;
  status: number;
}

export interface FakeGitHubOptions {
  owner: string;
  repo: string;
  /** Tokens that may write, with the login /user answers for them (undefined: /user is 403, like GITHUB_TOKEN). */
  writeTokens: Record<string, string | undefined>;
  /** Tokens that may only read (fork pull requests). */
  readTokens?: string[];
  /** Files of each pull request, as the API lists them. */
  pulls?: Record<number, { filename: string; status: string; previous_filename?: string }[]>;
  /** `ref:path` -> file path on disk, for the contents API. */
  contents?: Record<string, string>;
  /** Workflow runs of the repository (newest first), for the metric-history artifact tests. */
  runs?: FakeRun[];
  /** Artifacts by run id; `zip` is served (after a redirect, as GitHub does) by the download endpoint. */
  artifacts?: Record<number, FakeArtifact[]>;
  /** Answer the first request to a path starting with this with a rate limit (429, Retry-After: 1). */
  rateLimitOnce?: string;
  perPage?: number;
}

export interface FakeRun {
  id: number;
  event: string;
  status: string;
  conclusion: string | null;
  head_branch: string;
  head_repository: { full_name: string };
}

export interface FakeArtifact {
  id: number;
  name: string;
  expired: boolean;
  /** As listed; the real size of `zip` when not given. */
  size_in_bytes?: number;
  zip: Uint8Array;
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments = new Map<number, FakeComment[]>();
  private nextId = 1000;
  private server: Server;
  private rateLimited = false;
  url = '';
  private readonly opts: FakeGitHubOptions;

  constructor(opts: FakeGitHubOptions) {
    this.opts = opts;
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  async start(): Promise<string> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  addComment(issue: number, login: string, body: string): FakeComment {
    const c = {
      id: this.nextId++,
      body,
      user: { login },
      html_url: `https://github.example/${issue}#c${this.nextId}`,
    };
    this.comments.set(issue, [...(this.comments.get(issue) ?? []), c]);
    return c;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const auth = req.headers.authorization;
    const token = auth?.replace(/^(token|bearer)\s+/i, '');
    const rec: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      token,
      body: raw ? (JSON.parse(raw) as unknown) : undefined,
      status: 0,
    };
    this.requests.push(rec);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      rec.status = status;
      const text = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(text);
    };
    if (this.opts.rateLimitOnce && !this.rateLimited && url.pathname.startsWith(this.opts.rateLimitOnce)) {
      this.rateLimited = true;
      return send(429, { message: 'You have exceeded a secondary rate limit.' }, { 'retry-after': '1' });
    }
    // The artifact's storage URL GitHub redirects to: signed, so no token.
    let m: RegExpExecArray | null;
    if ((m = /^\/blob\/(\d+)$/.exec(url.pathname))) {
      const a = Object.values(this.opts.artifacts ?? {})
        .flat()
        .find((x) => x.id === Number(m![1]));
      if (!a) return send(404, { message: 'Not Found' });
      rec.status = 200;
      res.writeHead(200, { 'content-type': 'application/zip' });
      res.end(Buffer.from(a.zip));
      return;
    }
    const canWrite = token !== undefined && token in this.opts.writeTokens;
    const canRead = canWrite || (token !== undefined && (this.opts.readTokens ?? []).includes(token));
    if (!canRead) return send(401, { message: 'Bad credentials' });
    const write = rec.method !== 'GET';
    if (write && !canWrite) return send(403, { message: 'Resource not accessible by integration' });

    const { owner, repo } = this.opts;
    const base = `/repos/${owner}/${repo}`;
    if (url.pathname === '/user') {
      const login = canWrite ? this.opts.writeTokens[token!] : undefined;
      return login ? send(200, { login }) : send(403, { message: 'Resource not accessible by integration' });
    }
    if ((m = new RegExp(`^${base}/pulls/(\\d+)/files$`).exec(url.pathname))) {
      return this.page(url, send, this.opts.pulls?.[Number(m[1])] ?? []);
    }
    if ((m = new RegExp(`^${base}/issues/(\\d+)/comments$`).exec(url.pathname))) {
      const issue = Number(m[1]);
      if (rec.method === 'GET') return this.page(url, send, this.comments.get(issue) ?? []);
      const login = this.opts.writeTokens[token!] ?? 'github-actions[bot]';
      return send(201, this.addComment(issue, login, (rec.body as { body: string }).body));
    }
    if ((m = new RegExp(`^${base}/issues/comments/(\\d+)$`).exec(url.pathname)) && rec.method === 'PATCH') {
      const c = [...this.comments.values()].flat().find((x) => x.id === Number(m![1]));
      if (!c) return send(404, { message: 'Not Found' });
      c.body = (rec.body as { body: string }).body;
      return send(200, c);
    }
    if (url.pathname === `${base}/actions/runs`) {
      const q = url.searchParams;
      const runs = (this.opts.runs ?? []).filter(
        (r) =>
          (!q.get('branch') || r.head_branch === q.get('branch')) &&
          (!q.get('status') || r.status === q.get('status') || r.conclusion === q.get('status')),
      );
      const perPage = Number(q.get('per_page') ?? 30);
      return send(200, { total_count: runs.length, workflow_runs: runs.slice(0, perPage) });
    }
    if ((m = new RegExp(`^${base}/actions/runs/(\\d+)/artifacts$`).exec(url.pathname))) {
      const name = url.searchParams.get('name');
      const list = (this.opts.artifacts?.[Number(m[1])] ?? [])
        .filter((a) => !name || a.name === name)
        .map(({ zip, ...a }) => ({ ...a, size_in_bytes: a.size_in_bytes ?? zip.byteLength }));
      return send(200, { total_count: list.length, artifacts: list });
    }
    if ((m = new RegExp(`^${base}/actions/artifacts/(\\d+)/zip$`).exec(url.pathname))) {
      return send(302, '', { location: `${this.url}/blob/${m[1]}` });
    }
    if ((m = new RegExp(`^${base}/contents/(.+)$`).exec(url.pathname))) {
      const file = this.opts.contents?.[`${url.searchParams.get('ref')}:${decodeURIComponent(m[1]!)}`];
      if (!file) return send(404, { message: 'Not Found' });
      rec.status = 200;
      res.writeHead(200, { 'content-type': 'application/vnd.github.raw' });
      res.end(readFileSync(file));
      return;
    }
    send(404, { message: 'Not Found' });
  }

  private page(
    url: URL,
    send: (s: number, b: unknown, h?: Record<string, string>) => void,
    items: unknown[],
  ): void {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), this.opts.perPage ?? 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number): string => {
      const u = new URL(url);
      u.searchParams.set('page', String(p));
      return u.toString();
    };
    const links: string[] = [];
    if (page < last) links.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
    send(
      200,
      items.slice((page - 1) * perPage, page * perPage),
      links.length ? { link: links.join(', ') } : {},
    );
  }
}
