import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface TestPostgres {
  port: number;
  /** Superuser name and password (scram-sha-256), for URLs the tests build. */
  user: string;
  password: string;
  database: string;
  url(opts?: { user?: string; password?: string; database?: string; host?: string; port?: number }): string;
  /** Runs SQL as the superuser (setup: tables, roles, grants). */
  sql(text: string, values?: unknown[]): Promise<pg.QueryResult>;
  stop(): Promise<void>;
}

const BIN_DIRS = ['/usr/lib/postgresql/15/bin', '/usr/local/bin', '/usr/bin'];
const NOBODY = 65534;

/** initdb and postgres from PostgreSQL's own bin directory (Debian keeps them off PATH). */
export function binary(name: string): string {
  const dir = BIN_DIRS.find((d) => existsSync(join(d, name)));
  if (!dir) throw new Error(`PostgreSQL's ${name} is not installed (scripts/prereqs.sh installs it)`);
  return join(dir, name);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/**
 * PostgreSQL refuses to run as root: as root, initdb and postgres run as `nobody` through
 * setpriv, which execs in place, so the child we signal is the postmaster itself.
 */
function asServerUser(cmd: string, args: string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [cmd, args];
  return [
    'setpriv',
    [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', '--reset-env', cmd, ...args],
  ];
}

/**
 * A real PostgreSQL server for one test file: a fresh cluster in a temporary directory, bound to
 * 127.0.0.1 on a free port, password authentication on (so wrong passwords are refused), fsync off.
 * `settings` are extra server settings (the benchmark gives it more memory than tests need);
 * `encoding` the cluster's (SQL_ASCII is what initdb makes under the C locale).
 */
export async function startPostgres(
  settings: Record<string, string> = {},
  { encoding = 'UTF8' }: { encoding?: string } = {},
): Promise<TestPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'tg-pg-'));
  chmodSync(dir, 0o755);
  const data = join(dir, 'data');
  const user = 'tg_admin';
  const password = `pw-${Math.random().toString(36).slice(2, 12)}`;
  const pwfile = join(dir, 'pw');
  writeFileSync(pwfile, `${password}\n`);
  if (process.getuid?.() === 0) {
    chownSync(dir, NOBODY, NOBODY);
    chownSync(pwfile, NOBODY, NOBODY);
  }
  const [initCmd, initArgs] = asServerUser(binary('initdb'), [
    '-D',
    data,
    '-U',
    user,
    `--pwfile=${pwfile}`,
    '--auth=scram-sha-256',
    '-E',
    encoding,
    '--no-locale',
    '--no-sync',
  ]);
  const init = spawnSync(initCmd, initArgs, { encoding: 'utf8' });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr || init.stdout}`);

  const port = await freePort();
  const [cmd, args] = asServerUser(binary('postgres'), [
    '-D',
    data,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    `unix_socket_directories=${dir}`,
    '-c',
    'fsync=off',
    '-c',
    'synchronous_commit=off',
    '-c',
    'full_page_writes=off',
    ...Object.entries({ shared_buffers: '32MB', ...settings }).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
  ]);
  const child: ChildProcess = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr!.on('data', (b: Buffer) => (log = (log + b.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const url: TestPostgres['url'] = (o = {}) =>
    `postgres://${encodeURIComponent(o.user ?? user)}:${encodeURIComponent(o.password ?? password)}@${o.host ?? '127.0.0.1'}:${o.port ?? port}/${o.database ?? 'postgres'}`;
  const admin = new pg.Pool({ connectionString: url(), max: 2 });
  // Idle pooled clients see the server go away on stop; that is expected, not a test failure.
  admin.on('error', () => {});

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`postgres exited: ${log}`);
    try {
      await admin.query('select 1');
      break;
    } catch (err) {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`postgres did not accept connections in 30 s: ${String(err)}\n${log}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  return {
    port,
    user,
    password,
    database: 'postgres',
    url,
    sql: (text, values) => admin.query(text, values),
    stop: async () => {
      await admin.end().catch(() => {});
      if (child.exitCode === null) {
        child.kill('SIGINT'); // fast shutdown
        const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(killer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
