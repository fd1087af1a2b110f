import type { Command } from 'commander';
import { TruthgateError } from '../../core/errors.ts';
import { createLog } from '../../temporal/logger.ts';
import { runWorker } from '../../temporal/worker.ts';
import {
  connectionFrom,
  defaultStoreDir,
  withTemporalOptions,
  type TemporalFlags,
} from '../temporal-options.ts';

interface WorkerFlags extends TemporalFlags {
  store: string;
  maxActivities: number;
  maxWorkflowTasks: number;
  shutdownGrace: number;
  metrics?: string;
  healthPort?: number;
}

export function registerWorker(program: Command): void {
  withTemporalOptions(
    program
      .command('worker')
      .description('Run a Temporal worker for validation, profiling and retention workflows')
      .option('--store <dir>', 'report store directory (env TRUTHGATE_STORE)', defaultStoreDir())
      .option(
        '--max-activities <n>',
        'activities run at once (polars uses every core per query)',
        positiveInt,
        2,
      )
      .option('--max-workflow-tasks <n>', 'workflow tasks run at once', positiveInt, 40)
      .option(
        '--shutdown-grace <seconds>',
        'time in-flight activities get to finish on SIGTERM/SIGINT',
        positiveInt,
        30,
      )
      .option('--metrics <host:port>', 'serve Prometheus metrics at http://<host:port>/metrics')
      .option('--health-port <port>', 'serve GET /healthz on this port (0 = any free port)', nonNegativeInt),
  ).action(async (_o: unknown, cmd: Command) => {
    const f = cmd.optsWithGlobals<WorkerFlags>();
    await runWorker({
      connection: connectionFrom(f),
      taskQueue: f.taskQueue,
      storeDir: f.store,
      maxConcurrentActivities: f.maxActivities,
      maxConcurrentWorkflowTasks: f.maxWorkflowTasks,
      shutdownGraceMs: f.shutdownGrace * 1000,
      log: createLog(),
      metricsAddress: f.metrics,
      healthPort: f.healthPort,
    });
  });
}

export function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1)
    throw new TruthgateError('TG_USAGE', { detail: `expected a positive integer, got ${v}` });
  return n;
}

function nonNegativeInt(v: string): number {
  return v === '0' ? 0 : positiveInt(v);
}
