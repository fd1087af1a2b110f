import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/truthgate.js', import.meta.url));

/** `truthgate worker` as a real child process, resolved once it logs "worker started". */
export async function startCliWorker(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; stopped: Promise<number | null> }> {
  const child = spawn(process.execPath, [BIN, 'worker', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stopped = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start:\n${out}`)), 60_000);
    const onData = (d: Buffer): void => {
      out += d.toString();
      if (out.includes('"msg":"worker started"')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void stopped.then((code) => reject(new Error(`worker exited (${code}):\n${out}`)));
  });
  return { child, stopped };
}

/** Runs the CLI to completion (async: an in-process worker must keep running meanwhile). */
export function cli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
