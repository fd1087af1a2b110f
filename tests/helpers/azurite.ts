import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import { freePort } from './s3.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** Azurite's well-known development account (public, in Azure's docs): not a secret. */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** A running Azurite blob service (the npm devDependency) on 127.0.0.1, data in memory. */
export interface AzuriteServer {
  /** Blob endpoint including the account, as `azure_storage_endpoint` takes it. */
  endpoint: string;
  port: number;
  createContainer(name: string): Promise<void>;
  put(container: string, name: string, body: string | Uint8Array): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the azurite-blob that scripts/prereqs.sh installs into .tools/azurite (AZURITE_BLOB to
 * override). A missing install fails the test with what to run: CI must never skip these silently.
 * `https` (Azurite's --cert/--key) and `args` (e.g. --oauth basic) serve the Entra ID tests; over
 * https, createContainer and put need the certificate trusted by the test process, so those tests
 * seed blobs themselves.
 */
export async function startAzurite(
  opts: { https?: { cert: string; key: string }; args?: string[] } = {},
): Promise<AzuriteServer> {
  const bin =
    process.env.AZURITE_BLOB ?? join(ROOT, '.tools', 'azurite', 'node_modules', '.bin', 'azurite-blob');
  if (!existsSync(bin)) throw new Error(`azurite-blob not found at ${bin}: run scripts/prereqs.sh`);
  const port = await freePort();
  const child: ChildProcess = spawn(
    bin,
    [
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      String(port),
      '--inMemoryPersistence',
      '--extentMemoryLimit',
      '64',
      '--disableTelemetry',
      '--skipApiVersionCheck',
      '--loose',
      ...(opts.https ? ['--cert', opts.https.cert, '--key', opts.https.key] : []),
      ...(opts.args ?? []),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`azurite did not start in 60 s:\n${log}`)), 60_000);
    const onData = (b: Buffer): void => {
      log += b.toString();
      if (/successfully listen/i.test(log)) {
        clearTimeout(timer);
        child.stdout!.resume();
        child.stderr!.resume();
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`azurite exited (${code}):\n${log}`)));
  });
  const endpoint = `${opts.https ? 'https' : 'http'}://127.0.0.1:${port}/${AZURITE_ACCOUNT}`;
  const svc = new BlobServiceClient(endpoint, new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY));
  return {
    endpoint,
    port,
    async createContainer(name) {
      await svc.getContainerClient(name).create();
    },
    async put(container, name, body) {
      const data = typeof body === 'string' ? Buffer.from(body) : body;
      await svc.getContainerClient(container).getBlockBlobClient(name).uploadData(data);
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}
