import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, DeleteObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';

const ROOT = join(import.meta.dirname, '..', '..');

/** A running s3proxy (filesystem backend) on 127.0.0.1 with one identity. */
export interface S3Server {
  endpoint: string;
  port: number;
  accessKeyId: string;
  secretAccessKey: string;
  /** `storage_options` that reach this server (credentials as `${ENV}` references). */
  storageOptions: Record<string, string | boolean>;
  /** The variables those references need. */
  env: Record<string, string>;
  createBucket(name: string): Promise<void>;
  put(bucket: string, key: string, body: string | Uint8Array): Promise<void>;
  remove(bucket: string, key: string): Promise<void>;
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1 (the OS picks one; closed again before the server takes it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts s3proxy from the jar scripts/prereqs.sh installs (S3PROXY_JAR). A missing jar or Java
 * fails the test with what to run: CI must never skip these silently.
 */
export async function startS3Server(): Promise<S3Server> {
  const jar = process.env.S3PROXY_JAR ?? join(ROOT, '.tools', 's3proxy', 's3proxy.jar');
  if (!existsSync(jar)) throw new Error(`s3proxy jar not found at ${jar}: run scripts/prereqs.sh`);
  const dir = mkdtempSync(join(tmpdir(), 'tg-s3-'));
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const accessKeyId = 'tg-test-key';
  // Long and unusual, so a leak is found by a plain substring search of the output.
  const secretAccessKey = `tg-secret-${Math.random().toString(36).slice(2)}-do-not-print`;
  // s3proxy's filesystem backend wants its base directory to exist.
  mkdirSync(join(dir, 'data'));
  writeFileSync(
    join(dir, 's3proxy.conf'),
    [
      `s3proxy.endpoint=${endpoint}`,
      's3proxy.authorization=aws-v2-or-v4',
      `s3proxy.identity=${accessKeyId}`,
      `s3proxy.credential=${secretAccessKey}`,
      'jclouds.provider=filesystem',
      `jclouds.filesystem.basedir=${join(dir, 'data')}`,
    ].join('\n'),
  );
  const child = spawn('java', ['-Xmx256m', '-jar', jar, '--properties', join(dir, 's3proxy.conf')], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitReady(child, 60_000);
  const client = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId, secretAccessKey },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return {
    endpoint,
    port,
    accessKeyId,
    secretAccessKey,
    storageOptions: {
      aws_endpoint_url: endpoint,
      aws_allow_http: true,
      aws_access_key_id: '${TG_TEST_S3_KEY}',
      aws_secret_access_key: '${TG_TEST_S3_SECRET}',
    },
    env: { TG_TEST_S3_KEY: accessKeyId, TG_TEST_S3_SECRET: secretAccessKey },
    async createBucket(name) {
      await client.send(new CreateBucketCommand({ Bucket: name }));
    },
    async put(bucket, key, body) {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
    },
    async remove(bucket, key) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },
    async stop() {
      client.destroy();
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Resolves once s3proxy logs that Jetty started; rejects with its log when it exits first. */
function waitReady(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(
      () => fail(new Error(`s3proxy did not start in ${timeoutMs} ms:\n${log}`)),
      timeoutMs,
    );
    const fail = (e: Error): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(e);
    };
    const onData = (b: Buffer): void => {
      log += b.toString();
      if (/Started Server@/.test(log)) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        child.stderr!.off('data', onData);
        // Keep draining so a full pipe never blocks the server.
        child.stdout!.resume();
        child.stderr!.resume();
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => fail(new Error(`s3proxy exited (${code}) before it was ready:\n${log}`)));
  });
}
