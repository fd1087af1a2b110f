import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ROOT, tempProject } from './run-cli.ts';

// Output well past a pipe's 64 KiB buffer, so writes are still pending when the reader goes.
const COLUMNS = Array.from({ length: 1500 }, (_, i) => `c${i}`);
const dir = tempProject({ 'wide.csv': `${COLUMNS.join(',')}\n${COLUMNS.map((_, i) => i).join(',')}\n` });
after(() => rmSync(dir, { recursive: true, force: true }));
const WIDE = join(dir, 'wide.csv');

/** Runs the CLI with a reader that closes the pipe after the first chunk, as `| head -1` does. */
function readFirstChunk(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'truthgate.js'), ...args], {
    env: { ...process.env, LANG: 'C' },
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  child.stdout.once('data', () => child.stdout.destroy());
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stderr })));
}

for (const args of [
  ['profile', WIDE],
  ['profile', WIDE, '--format', 'json'],
  ['check', WIDE, '--format', 'json'],
]) {
  test(`truthgate ${args.join(' ').replace(dir, '…')} | head: the output ends without an error`, async () => {
    const r = await readFirstChunk(args);
    assert.doesNotMatch(r.stderr, /EPIPE|Error|at /);
    assert.equal(r.code, 0);
  });
}
