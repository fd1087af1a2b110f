import { execFile, execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/**
 * Runs the committed action the way a runner does: a folder holding only action.yml and dist/,
 * `node dist/index.js` with INPUT_* (defaults from action.yml), GITHUB_* variables, an event
 * payload, and GITHUB_STEP_SUMMARY / GITHUB_OUTPUT files.
 */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export function tempDir(prefix = 'tg-action-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A clean copy of the action: nothing from the repository's node_modules is reachable from it. */
export function installAction(): string {
  const dir = tempDir('tg-action-pkg-');
  cpSync(join(repoRoot, 'action.yml'), join(dir, 'action.yml'));
  cpSync(join(repoRoot, 'dist'), join(dir, 'dist'), { recursive: true });
  return dir;
}

const polarsVersion = (): string =>
  (
    JSON.parse(readFileSync(join(repoRoot, 'node_modules/nodejs-polars/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

/**
 * A tool cache already holding nodejs-polars (linked from node_modules), so tests other than the
 * install test skip the 115 MB download. Same layout and marker as the real install.
 */
export function seededToolCache(): string {
  const cache = tempDir('tg-toolcache-');
  const dir = join(cache, 'truthgate-polars', polarsVersion(), 'linux-x64-gnu');
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  for (const pkg of ['nodejs-polars', 'nodejs-polars-linux-x64-gnu']) {
    symlinkSync(join(repoRoot, 'node_modules', pkg), join(dir, 'node_modules', pkg), 'dir');
  }
  writeFileSync(join(dir, '.truthgate-complete'), `${polarsVersion()}\n`);
  return cache;
}

export interface RunOptions {
  action: string;
  toolCache: string;
  workspace: string;
  event: { name: string; payload: unknown };
  inputs?: Record<string, string>;
  apiUrl?: string;
  repository?: string;
  env?: Record<string, string>;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  ms: number;
}

function actionDefaults(action: string): Record<string, string> {
  const spec = parse(readFileSync(join(action, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  return Object.fromEntries(
    Object.entries(spec.inputs).map(([k, v]) => [
      k,
      String(v.default ?? '').replace('${{ github.token }}', 'ghs_write'),
    ]),
  );
}

/** Parses the `name<<delimiter` blocks @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^(.+?)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

export async function runAction(o: RunOptions): Promise<RunResult> {
  const io = tempDir('tg-runner-');
  const eventPath = join(io, 'event.json');
  writeFileSync(eventPath, JSON.stringify(o.event.payload));
  const summary = join(io, 'summary.md');
  const output = join(io, 'output.txt');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const inputs = { ...actionDefaults(o.action), ...o.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? io,
    // The machine's TLS and proxy set-up, which a runner's npm would also have.
    ...passThrough([
      'NODE_EXTRA_CA_CERTS',
      'SSL_CERT_FILE',
      'HTTPS_PROXY',
      'HTTP_PROXY',
      'NO_PROXY',
      'https_proxy',
      'http_proxy',
      'no_proxy',
    ]),
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: o.event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: o.repository ?? 'acme/data',
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_SHA: gitHead(o.workspace) ?? '0'.repeat(40),
    GITHUB_API_URL: o.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: '42',
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    RUNNER_TOOL_CACHE: o.toolCache,
    RUNNER_TEMP: io,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...o.env,
  };
  const t0 = performance.now();
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>(
    (res) => {
      execFile(
        process.execPath,
        [join(o.action, 'dist', 'index.js')],
        { cwd: o.workspace, env, maxBuffer: 64 * 1024 * 1024 },
        (err, stdout, stderr) =>
          res({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    },
  );
  return {
    code,
    stdout,
    stderr,
    summary: readFileSync(summary, 'utf8'),
    outputs: parseOutputs(readFileSync(output, 'utf8')),
    ms: performance.now() - t0,
  };
}

/** The action on a schedule event: no pull request, no API call. */
export const runScheduled = (o: Omit<RunOptions, 'event'>): Promise<RunResult> =>
  runAction({ ...o, event: { name: 'schedule', payload: {} } });

function passThrough(names: string[]): Record<string, string> {
  return Object.fromEntries(names.filter((n) => process.env[n]).map((n) => [n, process.env[n]!]));
}

function gitHead(dir: string): string | undefined {
  if (!existsSync(join(dir, '.git'))) return undefined;
  return git(dir, 'rev-parse', 'HEAD');
}

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  }).trim();
}

/** A git repository whose first commit holds `base` and second commit `head` (path -> content). */
export function gitRepo(
  base: Record<string, string>,
  head: Record<string, string>,
): { dir: string; baseSha: string; headSha: string } {
  const dir = tempDir('tg-ws-');
  git(dir, 'init', '-q', '-b', 'main');
  const write = (files: Record<string, string>): void => {
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(join(dir, p, '..'), { recursive: true });
      writeFileSync(join(dir, p), text);
    }
  };
  write(base);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  write(head);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'head', '--allow-empty');
  return { dir, baseSha, headSha: git(dir, 'rev-parse', 'HEAD') };
}

export function prEvent(
  number: number,
  baseSha: string,
  headSha: string,
  headRepo = 'acme/data',
): { name: string; payload: unknown } {
  return {
    name: 'pull_request',
    payload: {
      action: 'synchronize',
      number,
      pull_request: {
        number,
        base: { sha: baseSha, ref: 'main', repo: { full_name: 'acme/data' } },
        head: { sha: headSha, ref: 'feature', repo: { full_name: headRepo } },
      },
    },
  };
}
