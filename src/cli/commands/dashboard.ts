import type { Command } from 'commander';
import { startDashboard } from '../../dashboard/server.ts';
import { TruthgateError } from '../../core/errors.ts';
import { createLog } from '../../temporal/logger.ts';
import {
  connectionFrom,
  defaultStoreDir,
  withTemporalOptions,
  type TemporalFlags,
} from '../temporal-options.ts';
import { positiveInt } from './worker.ts';

interface DashboardFlags extends TemporalFlags {
  host: string;
  port: number;
  token?: string;
  store: string;
  temporalUi?: string;
  cacheSeconds: number;
  historyDays: number;
  rateLimit: number;
}

export function registerDashboard(program: Command): void {
  withTemporalOptions(
    program
      .command('dashboard')
      .description('Serve the read-only web dashboard over Temporal run history')
      .option('--host <addr>', 'address to bind; other than loopback needs a token', '127.0.0.1')
      .option('--port <n>', 'HTTP port', positiveInt, 7780)
      .option('--token <token>', 'access token (prefer env TRUTHGATE_DASHBOARD_TOKEN: flags show up in `ps`)')
      .option(
        '--store <dir>',
        'report store directory the workers write (env TRUTHGATE_STORE)',
        defaultStoreDir(),
      )
      .option(
        '--temporal-ui <url>',
        'Temporal Web UI base URL for workflow links (env TRUTHGATE_TEMPORAL_UI)',
      )
      .option('--cache-seconds <n>', 'reuse visibility query results this long', positiveInt, 5)
      .option('--history-days <n>', 'days of history on the overview', positiveInt, 30)
      .option('--rate-limit <n>', 'requests per second per client (burst 5x)', positiveInt, 20),
  ).action(async (_o: unknown, cmd: Command) => {
    const f = cmd.optsWithGlobals<DashboardFlags>();
    const log = createLog();
    const ui = f.temporalUi ?? process.env.TRUTHGATE_TEMPORAL_UI;
    const dashboard = await startDashboard({
      host: f.host,
      port: f.port,
      connection: connectionFrom(f),
      storeDir: f.store,
      log,
      // A variable set but blank (an empty secret) is refused at start-up, not read as "no token".
      token: f.token ?? process.env.TRUTHGATE_DASHBOARD_TOKEN,
      ...(ui ? { temporalUiUrl: ui } : {}),
      cacheSeconds: f.cacheSeconds,
      historyDays: f.historyDays,
      rateLimit: f.rateLimit,
    }).catch((err: unknown) => {
      // Most often `truthgate dev` already serves its dashboard there: a usage problem, not a bug.
      if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
      throw new TruthgateError('TG_DASHBOARD_PORT_IN_USE', { host: f.host, port: f.port });
    });
    process.stderr.write(`Truthgate dashboard  ${dashboard.url}\n`);
    await new Promise<void>((resolve) => {
      const stop = (): void => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await dashboard.close();
  });
}
