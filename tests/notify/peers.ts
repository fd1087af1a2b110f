import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

/** Protocol peers on 127.0.0.1 standing in for Slack, Teams, webhook receivers, GitHub and SMTP. */

export interface Received {
  headers: IncomingMessage['headers'];
  body: string;
  path: string;
  method: string;
  at: number;
}

/** What the receiver does with the n-th request: answer with a status, or never answer. */
export type Behaviour = number | 'hang' | { status: number; headers?: Record<string, string>; body?: string };

export interface Receiver {
  url: string;
  requests: Received[];
  /** Requests a receiver that dedupes on Idempotency-Key would act on (answered 2xx, first per key). */
  processed: () => Received[];
  close(): Promise<void>;
}

/** An HTTP receiver answering per `script` (then 200), recording every request. */
export async function startReceiver(
  script: Behaviour[] = [],
  onRequest?: (r: Received) => void,
): Promise<Receiver> {
  const requests: Received[] = [];
  const answered: { r: Received; ok: boolean }[] = [];
  const hanging = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const r: Received = {
        headers: req.headers,
        body,
        path: req.url ?? '',
        method: req.method ?? '',
        at: Date.now(),
      };
      const b = script[requests.length] ?? 200;
      requests.push(r);
      onRequest?.(r);
      if (b === 'hang') {
        hanging.add(res);
        answered.push({ r, ok: false });
        return;
      }
      const spec = typeof b === 'number' ? { status: b } : b;
      answered.push({ r, ok: spec.status < 300 });
      res.writeHead(spec.status, { 'content-type': 'text/plain', ...spec.headers });
      res.end(spec.body ?? (spec.status < 300 ? 'ok' : 'error'));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    requests,
    processed() {
      const seen = new Set<string>();
      return answered
        .filter(({ r, ok }) => {
          const key = String(r.headers['idempotency-key'] ?? r.body);
          if (!ok || seen.has(key)) return false;
          seen.add(key);
          return true;
        })
        .map((a) => a.r);
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  comments: string[];
}

/** The part of GitHub's issues REST API the GitHub channel uses, with a token check. */
export async function startFakeGitHub(
  token: string,
): Promise<{ url: string; issues: FakeIssue[]; calls: string[]; close(): Promise<void> }> {
  const issues: FakeIssue[] = [];
  const calls: string[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      calls.push(`${req.method} ${url.pathname}`);
      const send = (status: number, data: unknown): void => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(data));
      };
      if (req.headers.authorization !== `token ${token}`) return send(401, { message: 'Bad credentials' });
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      const m = /^\/repos\/acme\/data\/issues(?:\/(\d+))?(\/comments)?$/.exec(url.pathname);
      if (!m) return send(404, { message: 'Not Found' });
      const issue = m[1] ? issues.find((i) => i.number === Number(m[1])) : undefined;
      const view = (i: FakeIssue): unknown => ({
        number: i.number,
        title: i.title,
        body: i.body,
        state: i.state,
        labels: i.labels.map((name) => ({ name })),
      });
      if (!m[1] && req.method === 'GET') {
        const label = url.searchParams.get('labels');
        return send(
          200,
          issues
            .filter((i) => i.state === url.searchParams.get('state') && (!label || i.labels.includes(label)))
            .map(view),
        );
      }
      if (!m[1] && req.method === 'POST') {
        const i: FakeIssue = {
          number: issues.length + 1,
          title: String(body.title),
          body: String(body.body),
          state: 'open',
          labels: (body.labels as string[]) ?? [],
          comments: [],
        };
        issues.push(i);
        return send(201, view(i));
      }
      if (!issue) return send(404, { message: 'Not Found' });
      if (m[2] && req.method === 'GET')
        return send(
          200,
          issue.comments.map((b, id) => ({ id, body: b })),
        );
      if (m[2] && req.method === 'POST') {
        issue.comments.push(String(body.body));
        return send(201, { id: issue.comments.length, body: body.body });
      }
      if (req.method === 'PATCH') {
        if (body.state === 'closed') issue.state = 'closed';
        return send(200, view(issue));
      }
      send(405, { message: 'Method Not Allowed' });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    issues,
    calls,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export interface Mail {
  from: string;
  to: string[];
  raw: string;
  secure: boolean;
  user: string | undefined;
}

/** A real SMTP server (STARTTLS required, AUTH PLAIN/LOGIN) with a self-signed cert for 127.0.0.1. */
export async function startSmtp(creds: {
  user: string;
  pass: string;
}): Promise<{ port: number; caFile: string; mails: Mail[]; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'tg-smtp-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  const mails: Mail[] = [];
  const server = new SMTPServer({
    key: readFileSync(key),
    cert: readFileSync(cert),
    authMethods: ['PLAIN', 'LOGIN'],
    // Refuse AUTH and MAIL before STARTTLS: the client must upgrade.
    allowInsecureAuth: false,
    logger: false,
    onAuth(auth, _session, cb) {
      if (auth.username === creds.user && auth.password === creds.pass) cb(null, { user: auth.username });
      else cb(new Error('Invalid username or password'));
    },
    onMailFrom(_a, session, cb) {
      cb(session.secure ? null : new Error('Must issue STARTTLS first'));
    },
    onData(stream, session, cb) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString()));
      stream.on('end', () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          secure: session.secure,
          user: session.user as string | undefined,
        });
        cb();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.server.address() as AddressInfo;
  return { port, caFile: cert, mails, close: () => new Promise((r) => server.close(() => r())) };
}

/** Header value of a raw message (unfolded). */
export function header(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  return new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1];
}

/** The decoded bodies of a multipart/alternative message, by content type. */
export function parts(raw: string): Record<string, string> {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw)?.[1];
  if (!boundary) return {};
  const out: Record<string, string> = {};
  for (const part of raw.split(`--${boundary}`).slice(1, -1)) {
    const [head, ...rest] = part.replace(/^\r?\n/, '').split(/\r?\n\r?\n/);
    const type = /content-type:\s*([^;\r\n]+)/i.exec(head!)?.[1]?.trim() ?? '';
    let body = rest.join('\n\n');
    if (/quoted-printable/i.test(head!)) {
      body = Buffer.from(
        body
          .replace(/=\r?\n/g, '')
          .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
        'latin1',
      ).toString('utf8');
    } else if (/base64/i.test(head!)) body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    out[type] = body;
  }
  return out;
}
