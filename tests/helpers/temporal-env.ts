import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, Runtime, type Worker } from '@temporalio/worker';
import { resolveConnection } from '../../src/temporal/connection.ts';
import { createWorker } from '../../src/temporal/worker.ts';
import { startTestServer, type DevServer } from './temporal-dev-server.ts';

export interface TemporalEnv {
  server: DevServer;
  client: Client;
  dir: string;
  storeDir: string;
  taskQueue: string;
  /** Starts an in-process worker on the task queue; stopped by close(). */
  startWorker(taskQueue?: string): Promise<Worker>;
  close(): Promise<void>;
}

/** One dev server, client and store per test file (2-core machines: keep it to one). */
export async function temporalEnv(): Promise<TemporalEnv> {
  // Expected failures (suite errors, killed workers) would otherwise log warnings with stacks.
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const server = await startTestServer();
  const dir = mkdtempSync(join(tmpdir(), 'tg-wf-'));
  const storeDir = join(dir, 'store');
  const connection = await Connection.connect({ address: server.address });
  const client = new Client({ connection, namespace: server.namespace });
  const running: { worker: Worker; done: Promise<void>; close: () => Promise<void> }[] = [];
  const env: TemporalEnv = {
    server,
    client,
    dir,
    storeDir,
    taskQueue: 'tg-test',
    async startWorker(taskQueue = env.taskQueue) {
      const { worker, connection: nc } = await createWorker({
        connection: resolveConnection({ address: server.address }, {}),
        taskQueue,
        storeDir,
        shutdownGraceMs: 2000,
        identity: `test-worker-${running.length + 1}@${process.pid}`,
      });
      running.push({ worker, done: worker.run(), close: () => nc.close() });
      return worker;
    },
    async close() {
      for (const r of running) if (r.worker.getState() === 'RUNNING') r.worker.shutdown();
      for (const r of running) {
        await r.done;
        await r.close();
      }
      await connection.close();
      await server.stop();
    },
  };
  return env;
}

/** A small orders CSV and a suite over it; `bad` adds failing rows. */
export function writeOrdersSuite(
  dir: string,
  opts: { bad?: boolean; name?: string; critical?: boolean } = {},
): string {
  const rows = ['order_id,email,amount,status'];
  for (let i = 1; i <= 20; i++) rows.push(`${i},u${i}@x.org,${i * 10},paid`);
  if (opts.bad) rows.push('21,,-5,paid', '22,nobody,99999,lost');
  writeFileSync(join(dir, 'orders.csv'), rows.join('\n') + '\n');
  const suite = [
    'version: 1',
    `name: ${opts.name ?? 'orders-suite'}`,
    'sources:',
    '  orders: { path: orders.csv }',
    'checks:',
    '  orders:',
    '    - row_count: { min: 1 }',
    `    - not_null: { columns: [email], severity: ${opts.critical ? 'critical' : 'high'} }`,
    '    - between: { column: amount, min: 0, max: 10000 }',
  ].join('\n');
  const path = join(dir, 'truthgate.yml');
  writeFileSync(path, suite + '\n');
  return path;
}
