import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { resolveConnection } from '../../temporal/connection.ts';
import { startDevServer } from '../../temporal/dev-server.ts';
import { createLog } from '../../temporal/logger.ts';
import { runWorker } from '../../temporal/worker.ts';
import { positiveInt } from './worker.ts';

interface DevFlags {
  dataDir: string;
  port: number;
  uiPort: number;
  headless?: boolean;
  taskQueue: string;
}

export function registerDev(program: Command): void {
  program
    .command('dev')
    .description('Start a local Temporal dev server and a worker; Ctrl-C stops both')
    .option('--data-dir <dir>', 'where the server database, logs and report store live', '.truthgate')
    .option('--port <n>', 'Temporal gRPC port', positiveInt, 7233)
    .option('--ui-port <n>', 'Temporal Web UI port', positiveInt, 8233)
    .option('--headless', 'no Web UI')
    .option('--task-queue <name>', 'task queue of the worker', 'truthgate')
    .action(async (_o: unknown, cmd: Command) => {
      const f = cmd.opts<DevFlags>();
      const dataDir = resolve(f.dataDir);
      const log = createLog();
      const server = await startDevServer({
        dbFile: join(dataDir, 'temporal.db'),
        port: f.port,
        ...(f.headless ? {} : { uiPort: f.uiPort }),
        logFile: join(dataDir, 'temporal-server.log'),
      });
      const storeDir = join(dataDir, 'store');
      process.stderr.write(
        [
          `Temporal dev server  ${server.address} (namespace ${server.namespace})`,
          ...(server.uiUrl ? [`Temporal Web UI      ${server.uiUrl}`] : []),
          `Database             ${server.dbFile}`,
          `Report store         ${storeDir}`,
          `Worker task queue    ${f.taskQueue}`,
          '',
          'In another terminal:',
          `  truthgate run --suite truthgate.yml`,
          `  truthgate schedule create nightly --suite truthgate.yml --cron "0 6 * * *"`,
          'Ctrl-C stops the worker (in-flight activities finish) and then the server.',
          '',
        ].join('\n'),
      );
      try {
        // The SDK's runtime turns SIGINT/SIGTERM into a graceful worker shutdown; run() then resolves.
        await runWorker({
          connection: resolveConnection({ address: server.address, namespace: server.namespace }, {}),
          taskQueue: f.taskQueue,
          storeDir,
          shutdownGraceMs: 10_000,
          log,
        });
      } finally {
        await server.stop();
        process.stderr.write('stopped\n');
      }
    });
}
