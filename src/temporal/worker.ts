import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  bundleWorkflowCode,
  NativeConnection,
  Runtime,
  Worker,
  type WorkflowBundle,
} from '@temporalio/worker';
import type { Logger as Pino } from 'pino';
import { createActivities } from '../activities/index.ts';
import { DirectoryStore } from '../core/store/directory.ts';
import { connectError, ensureNamespace, type ConnectionSettings } from './connection.ts';
import { startHealthServer } from './health.ts';
import { sdkLogger } from './logger.ts';
import { ensureSearchAttributes } from './search-attributes.ts';
import { removeStaleSpools } from '../core/sources/cloud/objects.ts';

export const WORKFLOWS_PATH = fileURLToPath(new URL('../workflows/index.ts', import.meta.url));

/** The npm package ships the workflows prebundled next to this module (scripts/build.ts). */
export const WORKFLOW_BUNDLE_NAME = 'workflow-bundle.js';
const PREBUILT = fileURLToPath(new URL(`./${WORKFLOW_BUNDLE_NAME}`, import.meta.url));

let bundle: Promise<WorkflowBundle> | undefined;

/**
 * The workflow bundle: the package's prebuilt one, else built once per process from the sources
 * (webpack + swc strip the types of the .ts workflow files; Worker instances share it).
 */
export function workflowBundle(): Promise<WorkflowBundle> {
  bundle ??= existsSync(PREBUILT)
    ? Promise.resolve({ code: readFileSync(PREBUILT, 'utf8') })
    : bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: quietBundlerLogger });
  return bundle;
}

const noop = (): void => {};
const quietBundlerLogger = { log: noop, trace: noop, debug: noop, info: noop, warn: noop, error: noop };

export interface WorkerSettings {
  connection: ConnectionSettings;
  taskQueue: string;
  /** Report store directory (shared by every worker of the deployment). */
  storeDir: string;
  maxConcurrentActivities?: number;
  maxConcurrentWorkflowTasks?: number;
  /** Time in-flight activities get to finish on shutdown before they are cancelled. */
  shutdownGraceMs?: number;
  identity?: string;
}

/**
 * A Truthgate worker on its own connection; run() it, shutdown() it. Refuses to start on a
 * namespace without Truthgate's search attributes (after registering them where it may): its
 * workflow tasks would otherwise fail and retry forever while every run waits in silence.
 */
export async function createWorker(
  s: WorkerSettings,
): Promise<{ worker: Worker; connection: NativeConnection }> {
  let connection: NativeConnection;
  try {
    connection = await NativeConnection.connect(s.connection.connectionOptions);
  } catch (err) {
    throw connectError(s.connection, err);
  }
  try {
    await ensureNamespace(connection.workflowService, s.connection);
    await ensureSearchAttributes(connection.operatorService, s.connection.namespace, { register: true });
  } catch (err) {
    await connection.close();
    throw err;
  }
  // A worker killed mid-activity (SIGKILL, out of memory) left its downloaded objects behind.
  removeStaleSpools();
  const worker = await Worker.create({
    connection,
    namespace: s.connection.namespace,
    taskQueue: s.taskQueue,
    workflowBundle: await workflowBundle(),
    activities: createActivities({ store: new DirectoryStore(s.storeDir) }),
    dataConverter: s.connection.dataConverter,
    maxConcurrentActivityTaskExecutions: s.maxConcurrentActivities ?? 4,
    maxConcurrentWorkflowTaskExecutions: s.maxConcurrentWorkflowTasks ?? 40,
    shutdownGraceTime: s.shutdownGraceMs ?? 30_000,
    ...(s.identity ? { identity: s.identity } : {}),
  });
  return { worker, connection };
}

export interface RunWorkerOptions extends WorkerSettings {
  log: Pino;
  /** Prometheus scrape address for the SDK's worker metrics, e.g. 127.0.0.1:9464. */
  metricsAddress?: string;
  /** Port of the /healthz endpoint (0 = any free port). */
  healthPort?: number;
  /** Called once the worker polls, with the addresses it serves. */
  onReady?: (info: { healthUrl?: string; metricsUrl?: string }) => void;
  /**
   * Shut down when this aborts, instead of on the SDK's own SIGINT/SIGTERM handlers: for a host
   * process (`truthgate dev`) that owns the signals because it has more than the worker to stop.
   */
  signal?: AbortSignal;
}

/**
 * Runs a worker until SIGINT/SIGTERM: the SDK then stops polling, lets in-flight activities finish
 * (up to shutdownGraceMs) and resolves. Installs the process-wide runtime (logs, metrics) first.
 */
export async function runWorker(o: RunWorkerOptions): Promise<void> {
  Runtime.install({
    logger: sdkLogger(o.log),
    ...(o.signal ? { shutdownSignals: [] } : {}),
    ...(o.metricsAddress
      ? { telemetryOptions: { metrics: { prometheus: { bindAddress: o.metricsAddress } } } }
      : {}),
  });
  const { worker, connection } = await createWorker(o);
  const health =
    o.healthPort === undefined ? undefined : await startHealthServer(o.healthPort, () => worker.getState());
  const metricsUrl = o.metricsAddress ? `http://${o.metricsAddress}/metrics` : undefined;
  o.log.info(
    {
      taskQueue: o.taskQueue,
      namespace: o.connection.namespace,
      address: o.connection.address,
      health: health?.url,
      metrics: metricsUrl,
    },
    'worker started',
  );
  o.onReady?.({ healthUrl: health?.url, metricsUrl });
  try {
    const running = worker.run(); // RUNNING from here on, so shutdown() is allowed
    const stop = (): void => {
      if (worker.getState() === 'RUNNING') worker.shutdown();
    };
    if (o.signal?.aborted) stop();
    else o.signal?.addEventListener('abort', stop, { once: true });
    await running;
  } finally {
    await health?.close();
    await connection.close();
    o.log.info('worker stopped');
  }
}
