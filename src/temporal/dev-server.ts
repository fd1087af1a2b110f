import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname } from 'node:path';
import { Connection } from '@temporalio/client';
import { TruthgateError } from '../core/errors.ts';
import { devServerSearchAttributeArgs } from './search-attributes.ts';

export interface DevServerOptions {
  /** SQLite file that persists workflows and schedules across restarts. */
  dbFile: string;
  /** gRPC port; a free one when omitted. */
  port?: number;
  /** Web UI port; the UI is disabled (--headless) when omitted. */
  uiPort?: number;
  namespace?: string;
  /** Server output goes here (appended); discarded when omitted. */
  logFile?: string;
  /** How long to wait for the server to answer (2-core machines need ~10-20 s). */
  readyTimeoutMs?: number;
  /** Register Truthgate's search attributes at start (default true; tests of a bare namespace say false). */
  searchAttributes?: boolean;
  /** Aborting it while the server starts stops the server (Ctrl-C during `truthgate dev` start-up). */
  signal?: AbortSignal;
}

export interface DevServer {
  address: string;
  port: number;
  uiUrl?: string;
  namespace: string;
  dbFile: string;
  /** SIGTERM, wait for exit (SIGKILL after a grace period). */
  stop(): Promise<void>;
}

export function temporalCliAvailable(): boolean {
  return spawnSync('temporal', ['--version'], { stdio: 'ignore' }).status === 0;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts `temporal server start-dev` bound to 127.0.0.1 with Truthgate's search attributes and
 * waits until the namespace answers. The server runs in its own process group so stop() also
 * reaches the real binary behind wrapper scripts (pyenv shims).
 */
export async function startDevServer(opts: DevServerOptions): Promise<DevServer> {
  if (!temporalCliAvailable()) throw new TruthgateError('TG_TEMPORAL_CLI_MISSING');
  if (opts.port !== undefined) return launch(opts, opts.port);
  // A port we picked can be taken between freePort() and the server's bind (by another process,
  // or by the server's own random HTTP/metrics ports): then try again on a fresh one.
  for (let attempt = 1; ; attempt++) {
    try {
      return await launch(opts, await freePort());
    } catch (err) {
      const exitedEarly = err instanceof TruthgateError && /exited with code/.test(err.message);
      if (!exitedEarly || attempt >= 3 || opts.signal?.aborted) throw err;
    }
  }
}

async function launch(opts: DevServerOptions, port: number): Promise<DevServer> {
  const namespace = opts.namespace ?? 'default';
  mkdirSync(dirname(opts.dbFile), { recursive: true });
  const args = [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--db-filename',
    opts.dbFile,
    '--namespace',
    namespace,
    '--log-level',
    'warn',
    ...(opts.uiPort === undefined ? ['--headless'] : ['--ui-port', String(opts.uiPort)]),
    ...(opts.searchAttributes === false ? [] : devServerSearchAttributeArgs()),
  ];
  const out = opts.logFile ? openSync(opts.logFile, 'a') : 'ignore';
  const child = spawn('temporal', args, { detached: true, stdio: ['ignore', out, out] });
  if (typeof out === 'number') closeSync(out);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const address = `127.0.0.1:${port}`;
  const stop = (): Promise<void> => stopProcessGroup(child, exited);
  try {
    await waitUntilReady(address, namespace, opts.readyTimeoutMs ?? 30_000, exited, opts.signal);
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    address,
    port,
    namespace,
    dbFile: opts.dbFile,
    ...(opts.uiPort === undefined ? {} : { uiUrl: `http://127.0.0.1:${opts.uiPort}` }),
    stop,
  };
}

async function waitUntilReady(
  address: string,
  namespace: string,
  timeoutMs: number,
  exited: Promise<number | null>,
  signal?: AbortSignal,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void exited.then((c) => (exitCode = c ?? -1));
  let last = '';
  while (Date.now() < deadline) {
    if (signal?.aborted) throw new TruthgateError('TG_TEMPORAL_DEV_SERVER', { detail: 'interrupted' });
    if (exitCode !== undefined) {
      throw new TruthgateError('TG_TEMPORAL_DEV_SERVER', {
        detail: `the process exited with code ${exitCode}`,
      });
    }
    try {
      const conn = await Connection.connect({ address, connectTimeout: 1000 });
      try {
        await conn.workflowService.describeNamespace({ namespace });
        return;
      } finally {
        await conn.close();
      }
    } catch (err) {
      last = err instanceof Error ? err.message.split('\n')[0]! : String(err);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new TruthgateError('TG_TEMPORAL_DEV_SERVER', {
    detail: `not reachable at ${address} after ${timeoutMs} ms (${last})`,
  });
}

async function stopProcessGroup(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const signal = (s: NodeJS.Signals): void => {
    try {
      process.kill(-child.pid!, s);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
