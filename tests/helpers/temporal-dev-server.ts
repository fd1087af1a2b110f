import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevServer, type DevServer } from '../../src/temporal/dev-server.ts';

export type { DevServer } from '../../src/temporal/dev-server.ts';

/**
 * A real dev server for one test file, on a free port with its own SQLite file. A missing
 * `temporal` binary fails the test (TG_TEMPORAL_CLI_MISSING): CI must never silently skip these.
 */
export async function startTestServer(
  opts: { dbFile?: string; port?: number; searchAttributes?: boolean } = {},
): Promise<DevServer> {
  const dir = mkdtempSync(join(tmpdir(), 'tg-temporal-'));
  return startDevServer({
    dbFile: opts.dbFile ?? join(dir, 'temporal.db'),
    port: opts.port,
    logFile: join(dir, 'server.log'),
    readyTimeoutMs: 30_000,
    ...(opts.searchAttributes === false ? { searchAttributes: false } : {}),
  });
}
