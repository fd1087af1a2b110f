import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { createServer } from 'node:https';
import { join } from 'node:path';

/** A throwaway CA and a server certificate it signed for 127.0.0.1 (files in `dir`). */
export interface TestCerts {
  /** The CA to trust (NODE_EXTRA_CA_CERTS for Node, SSL_CERT_FILE for polars' reader). */
  ca: string;
  cert: string;
  key: string;
}

/**
 * Makes them with the openssl CLI. A CA apart from the server's certificate: rustls (polars'
 * TLS) refuses a CA certificate used as the server's own.
 */
export function makeCerts(dir: string): TestCerts {
  const f = (name: string): string => join(dir, name);
  const ssl = (...args: string[]): void => {
    execFileSync('openssl', args, { stdio: 'ignore' });
  };
  ssl(
    ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=truthgate test CA'],
    ...['-keyout', f('ca.key'), '-out', f('ca.pem')],
  );
  ssl(
    ...['req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=127.0.0.1'],
    ...['-keyout', f('server.key'), '-out', f('server.csr')],
  );
  writeFileSync(
    f('server.ext'),
    'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n',
  );
  ssl(
    ...['x509', '-req', '-in', f('server.csr'), '-CA', f('ca.pem'), '-CAkey', f('ca.key')],
    ...['-CAcreateserial', '-days', '1', '-extfile', f('server.ext'), '-out', f('server.pem')],
  );
  return { ca: f('ca.pem'), cert: f('server.pem'), key: f('server.key') };
}

/** One request the token server received (form fields as sent). */
export interface TokenRequest {
  path: string;
  form: Record<string, string>;
  userAgent: string;
}

export interface TokenServer {
  /** `https://127.0.0.1:port`: the authority host (AZURE_AUTHORITY_HOST / azure_authority_host). */
  authorityHost: string;
  requests: TokenRequest[];
  stop(): Promise<void>;
}

/**
 * A local OAuth2 token endpoint in Microsoft Entra ID's shape (the client-credentials grant, with
 * a secret or a federated assertion, and the OpenID metadata MSAL reads first). It grants a token
 * only for the expected client and secret (or assertion); the token carries the claims Azurite's
 * `--oauth basic` checks (issuer sts.windows.net, audience storage.azure.com, nbf/iat/exp) and
 * is not signed, which that mode does not check.
 */
export async function startTokenServer(
  certs: TestCerts,
  expect: { tenantId: string; clientId: string; clientSecret?: string; assertion?: string },
): Promise<TokenServer> {
  const requests: TokenRequest[] = [];
  let base = '';
  const server = createServer(
    { cert: readFileSync(certs.cert), key: readFileSync(certs.key) },
    async (req, res) => {
      const url = new URL(req.url ?? '/', base);
      const form = Object.fromEntries(new URLSearchParams(await body(req)));
      requests.push({ path: url.pathname, form, userAgent: String(req.headers['user-agent'] ?? '') });
      const send = (status: number, json: unknown): void => {
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
      };
      const tenant = `/${expect.tenantId}`;
      if (url.pathname === `${tenant}/v2.0/.well-known/openid-configuration`)
        return send(200, {
          issuer: `${base}${tenant}/v2.0`,
          token_endpoint: `${base}${tenant}/oauth2/v2.0/token`,
          authorization_endpoint: `${base}${tenant}/oauth2/v2.0/authorize`,
          end_session_endpoint: `${base}${tenant}/oauth2/v2.0/logout`,
          jwks_uri: `${base}${tenant}/discovery/v2.0/keys`,
          response_types_supported: ['code', 'id_token', 'token'],
          scopes_supported: ['openid'],
        });
      if (url.pathname !== `${tenant}/oauth2/v2.0/token` || req.method !== 'POST')
        return send(404, { error: 'not_found' });
      const secretOk = expect.clientSecret !== undefined && form.client_secret === expect.clientSecret;
      const assertionOk = expect.assertion !== undefined && form.client_assertion === expect.assertion;
      if (form.client_id !== expect.clientId || !(secretOk || assertionOk))
        return send(401, {
          error: 'invalid_client',
          error_description: `AADSTS7000215: Invalid client secret provided. Trace ID: test`,
          error_codes: [7000215],
        });
      return send(200, {
        token_type: 'Bearer',
        expires_in: 3599,
        ext_expires_in: 3599,
        access_token: accessToken(expect.tenantId, expect.clientId),
      });
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  base = `https://127.0.0.1:${port}`;
  return {
    authorityHost: base,
    requests,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An unsigned JWT with the claims Azurite checks in `--oauth basic` mode. */
export function accessToken(tenantId: string, clientId: string): string {
  const now = Math.floor(Date.now() / 1000);
  const part = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  return [
    part({ alg: 'RS256', typ: 'JWT' }),
    part({
      aud: 'https://storage.azure.com',
      iss: `https://sts.windows.net/${tenantId}/`,
      iat: now - 60,
      nbf: now - 60,
      exp: now + 3600,
      tid: tenantId,
      appid: clientId,
      oid: clientId,
    }),
    part('unsigned'),
  ].join('.');
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (text += c));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}
