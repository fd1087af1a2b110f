import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './s3.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** A running fake-gcs-server (in memory) on 127.0.0.1, loaded from a folder of buckets. */
export interface GcsServer {
  url: string;
  /**
   * `storage_options` that reach it: object_store (polars' reader) takes the server's URL and
   * "no OAuth" from a service-account key, the way GCS emulators are meant to be used.
   */
  storageOptions: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * Starts the fake-gcs-server that scripts/prereqs.sh builds into .tools/fake-gcs-server
 * (FAKE_GCS_SERVER to override); `data` holds one folder per bucket. A missing binary fails the
 * test with what to run.
 */
export async function startGcs(data: string): Promise<GcsServer> {
  const bin = process.env.FAKE_GCS_SERVER ?? join(ROOT, '.tools', 'fake-gcs-server', 'fake-gcs-server');
  if (!existsSync(bin)) throw new Error(`fake-gcs-server not found at ${bin}: run scripts/prereqs.sh`);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    bin,
    [
      ...['-scheme', 'http', '-host', '127.0.0.1', '-port', String(port), '-backend', 'memory'],
      // Listings name objects by this host; the default (storage.googleapis.com) matches no request.
      ...['-public-host', `127.0.0.1:${port}`, '-data', data],
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout!.resume();
  child.stderr!.resume();
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`fake-gcs-server exited (${child.exitCode})`);
    try {
      if ((await fetch(`${url}/storage/v1/b`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('fake-gcs-server did not answer in 30 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  const key = {
    gcs_base_url: url,
    disable_oauth: true,
    client_email: '',
    private_key: '',
    private_key_id: '',
  };
  return {
    url,
    storageOptions: { google_service_account_key: JSON.stringify(key) },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}
