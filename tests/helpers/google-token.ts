import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Google's OAuth token endpoint, where google-auth-library exchanges every credential type. */
const TOKEN_HOST = 'oauth2.googleapis.com';

/** A token endpoint standing in for Google's, reached through an HTTPS proxy on 127.0.0.1. */
export interface GoogleToken {
  /** What a child process needs to reach it: the proxy, its CA, and no proxy for 127.0.0.1. */
  env: Record<string, string>;
  /** The token handed out: a request carrying `Bearer <token>` used the exchanged credentials. */
  token: string;
  /** The form of every token request (grant_type, refresh_token or assertion, ...). */
  requests: URLSearchParams[];
  stop(): void;
}

/**
 * Answers token requests for oauth2.googleapis.com with a fixed token, as the real endpoint
 * answers a valid credential, so that credentials can be exchanged without the network: an HTTP
 * proxy (HTTPS_PROXY, which gaxios honours) hands the tunnel to oauth2.googleapis.com:443 to a TLS
 * server whose certificate (made by openssl) the child trusts through NODE_EXTRA_CA_CERTS.
 */
export async function startGoogleToken(): Promise<GoogleToken> {
  const dir = mkdtempSync(join(tmpdir(), 'tg-google-token-'));
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  execFileSync(
    'openssl',
    [
      ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-keyout', key, '-out', cert],
      ...['-subj', `/CN=${TOKEN_HOST}`, '-addext', `subjectAltName=DNS:${TOKEN_HOST}`],
    ],
    { stdio: 'ignore' },
  );
  const token = `ya29.fake-${Math.random().toString(36).slice(2)}`;
  const requests: URLSearchParams[] = [];
  const tls = createHttpsServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      requests.push(new URLSearchParams(body));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ access_token: token, expires_in: 3600, token_type: 'Bearer' }));
    });
  });
  const proxy = createServer((_req, res) => res.writeHead(405).end());
  proxy.on('connect', (req, socket) => {
    if (req.url !== `${TOKEN_HOST}:443`) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    tls.emit('connection', socket);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const proxyUrl = `http://127.0.0.1:${(proxy.address() as { port: number }).port}`;
  return {
    env: { HTTPS_PROXY: proxyUrl, NO_PROXY: '127.0.0.1,localhost', NODE_EXTRA_CA_CERTS: cert },
    token,
    requests,
    stop() {
      proxy.closeAllConnections();
      proxy.close();
      tls.close();
    },
  };
}
