import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { startDashboard, type Dashboard } from '../../dashboard/server.ts';
import { TruthgateError } from '../../core/errors.ts';
import { DEFAULT_ADDRESS, DEFAULT_TASK_QUEUE, resolveConnection } from '../../temporal/connection.ts';
import { startDevServer, type DevServer } from '../../temporal/dev-server.ts';
import { createLog } from '../../temporal/logger.ts';
import { runWorker } from '../../temporal/worker.ts';
import { positiveInt } from './worker.ts';

interface DevFlags {
  dataDir: string;
  port: number;
  uiPort: number;
  headless?: boolean;
  taskQueue: string;
  dashboard: boolean;
  dashboardPort: number;
}

export function registerDev(program: Command): void {
  program
    .command('dev')
    .description('Start a local Temporal dev server, a worker and the dashboard; Ctrl-C stops them all')
    .option('--data-dir <dir>', 'where the server database, logs and report store live', '.truthgate')
    .option('--port <n>', 'Temporal gRPC port', positiveInt, 7233)
    .option('--ui-port <n>', 'Temporal Web UI port', positiveInt, 8233)
    .option('--headless', 'no Temporal Web UI')
    .option('--task-queue <name>', 'task queue of the worker', DEFAULT_TASK_QUEUE)
    .option('--dashboard-port <n>', 'Truthgate dashboard port', positiveInt, 7780)
    .option('--no-dashboard', 'do not start the Truthgate dashboard')
    .action(async (_o: unknown, cmd: Command) => {
      const f = cmd.opts<DevFlags>();
      const dataDir = resolve(f.dataDir);
      const storeDir = join(dataDir, 'store');
      const log = createLog();
      // dev owns the signals (not the SDK): the server runs in its own process group, so Ctrl-C at
      // any moment, even while the server still starts, must stop it here rather than orphan it.
      const stopping = new AbortController();
      const onSignal = (): void => {
        if (!stopping.signal.aborted) process.stderr.write('stopping…\n');
        stopping.abort();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      let server: DevServer | undefined;
      let dashboard: Dashboard | undefined;
      try {
        server = await startDevServer({
          dbFile: join(dataDir, 'temporal.db'),
          port: f.port,
          ...(f.headless ? {} : { uiPort: f.uiPort }),
          logFile: join(dataDir, 'temporal-server.log'),
          signal: stopping.signal,
        }).catch((err: unknown) => {
          if (stopping.signal.aborted) return undefined;
          throw err;
        });
        if (!server) return;
        // Only the codec settings pass through: the dev server's address must win over TEMPORAL_*.
        const connection = resolveConnection(
          { address: server.address, namespace: server.namespace },
          codecEnv(),
        );
        if (f.dashboard) {
          dashboard = await startDashboard({
            host: '127.0.0.1',
            port: f.dashboardPort,
            connection,
            storeDir,
            log,
            temporalUiUrl: server.uiUrl ?? null,
          }).catch((err: unknown) => {
            if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
            throw new TruthgateError('TG_USAGE', {
              detail: `port ${f.dashboardPort} is in use: pass --dashboard-port <n> or --no-dashboard`,
            });
          });
        }
        const ready = server;
        await runWorker({
          connection,
          taskQueue: f.taskQueue,
          storeDir,
          shutdownGraceMs: 10_000,
          log,
          signal: stopping.signal,
          onReady: () => process.stderr.write(banner(ready, dashboard, storeDir, f.taskQueue)),
        });
      } finally {
        await dashboard?.close();
        await server?.stop();
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        process.stderr.write('stopped\n');
      }
    });
}

/** The payload codec settings (TRUTHGATE_CODEC_*), without Temporal's own connection variables. */
function codecEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('TRUTHGATE_CODEC_')));
}

/** The addresses, and the commands to paste into another terminal (with the settings they need). */
function banner(
  server: DevServer,
  dashboard: Dashboard | undefined,
  storeDir: string,
  taskQueue: string,
): string {
  const env = [
    ...(server.address === DEFAULT_ADDRESS ? [] : [`TEMPORAL_ADDRESS=${server.address}`]),
    ...(taskQueue === DEFAULT_TASK_QUEUE ? [] : [`TRUTHGATE_TASK_QUEUE=${taskQueue}`]),
  ];
  return [
    `Temporal dev server  ${server.address} (namespace ${server.namespace})`,
    ...(server.uiUrl ? [`Temporal Web UI      ${server.uiUrl}`] : []),
    ...(dashboard ? [`Truthgate dashboard  ${dashboard.url}`] : []),
    `Database             ${server.dbFile}`,
    `Report store         ${storeDir}`,
    `Worker task queue    ${taskQueue}`,
    '',
    'In another terminal:',
    ...(env.length ? [`  export ${env.join(' ')}`] : []),
    `  truthgate run --suite truthgate.yml`,
    `  truthgate schedule create nightly --suite truthgate.yml --cron "0 6 * * *"`,
    'Ctrl-C stops the worker (in-flight activities finish), the dashboard and the server.',
    '',
  ].join('\n');
}
