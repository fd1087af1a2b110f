import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { TruthgateError } from '../core/errors.ts';
import { POLARS_BINDING_PATH } from '../core/toolkit/polars-binding.ts';

/** napi targets nodejs-polars publishes a binary for, keyed the way its platform packages are named. */
const SUPPORTED = [
  'linux-x64-gnu',
  'linux-x64-musl',
  'linux-arm64-gnu',
  'linux-arm64-musl',
  'darwin-x64',
  'darwin-arm64',
  'win32-x64-msvc',
] as const;

/** Global slot the bundled `nodejs-polars` shim reads; set before the main bundle is imported. */
export const POLARS_SLOT = Symbol.for('truthgate.nodejs-polars');

export function polarsPlatform(): string {
  const { platform, arch } = process;
  if (platform === 'linux') {
    // The report's network section reverse-resolves open sockets: slow, and not needed for glibc.
    if (process.report) (process.report as { excludeNetwork?: boolean }).excludeNetwork = true;
    const glibc = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)
      ?.header?.glibcVersionRuntime;
    return `linux-${arch}-${glibc ? 'gnu' : 'musl'}`;
  }
  if (platform === 'win32') return `win32-${arch}-msvc`;
  return `${platform}-${arch}`;
}

/** RUNNER_TOOL_CACHE/truthgate-polars/<version>/<platform>: shared by every job on the runner. */
export function polarsCacheDir(version: string, platform: string, env = process.env): string {
  return runtimeCacheDir('truthgate-polars', version, platform, env);
}

/** RUNNER_TOOL_CACHE/<tool>/<version>/<platform>. */
export function runtimeCacheDir(tool: string, version: string, platform: string, env = process.env): string {
  const root = env.RUNNER_TOOL_CACHE || join(tmpdir(), 'truthgate-tool-cache');
  return join(root, tool, version, platform);
}

const COMPLETE = '.truthgate-complete';

/** A package installed at run time into the tool cache, with the per-platform package it needs. */
export interface RuntimePackage {
  name: string;
  version: string;
  /** The platform, as the install log names it. */
  platform: string;
  /** The platform package npm installs beside it (an optional dependency): its absence means no binary. */
  platformPackage: string;
  dir: string;
  /** The error for a failed install, given its cause. */
  installError: (detail: string) => Error;
  /** The error for an install without the platform package. */
  platformError: () => Error;
}

/**
 * Returns the directory holding node_modules/<name>, installing it with npm on first use. The
 * install goes to a private temp dir and is renamed into place, so a concurrent job on the same
 * runner either sees a complete install or none.
 */
export function ensureRuntimePackage(p: RuntimePackage, log: (line: string) => void = () => {}): string {
  const { dir } = p;
  if (existsSync(join(dir, COMPLETE))) return dir;
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  const fail = (detail: string): Error => {
    rmSync(tmp, { recursive: true, force: true });
    return p.installError(detail);
  };
  log(`Installing ${p.name} ${p.version} (${p.platform}) into ${dir}`);
  mkdirSync(tmp, { recursive: true });
  writeFileSync(join(tmp, 'package.json'), '{"private":true}\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(
    npm,
    [
      'install',
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--loglevel=error',
      // npm retries for minutes by default; a broken network should fail the step quickly.
      '--fetch-retries=2',
      '--fetch-timeout=60000',
      `${p.name}@${p.version}`,
    ],
    { cwd: tmp, encoding: 'utf8', shell: process.platform === 'win32', timeout: 5 * 60_000 },
  );
  if (r.error) throw fail(r.error.message);
  if (r.status !== 0)
    throw fail((r.stderr || r.stdout || `npm exited with ${r.status}`).trim().split('\n')[0]!);
  if (!existsSync(join(tmp, 'node_modules', ...p.platformPackage.split('/')))) {
    rmSync(tmp, { recursive: true, force: true });
    throw p.platformError();
  }
  writeFileSync(join(tmp, COMPLETE), `${p.version}\n`);
  mkdirSync(dirname(dir), { recursive: true });
  try {
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
  } catch (err) {
    // Another job won the race; its complete install is as good as ours.
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(join(dir, COMPLETE))) throw fail(err instanceof Error ? err.message : String(err));
  }
  return dir;
}

/** The nodejs-polars install for `version` (see ensureRuntimePackage). */
export function ensurePolars(version: string, log: (line: string) => void = () => {}): string {
  const platform = polarsPlatform();
  const platformError = () =>
    new TruthgateError('TG_POLARS_PLATFORM', { version, platform, supported: SUPPORTED.join(', ') });
  if (!(SUPPORTED as readonly string[]).includes(platform)) throw platformError();
  const dir = polarsCacheDir(version, platform);
  return ensureRuntimePackage(
    {
      name: 'nodejs-polars',
      version,
      platform,
      platformPackage: `nodejs-polars-${platform}`,
      dir,
      installError: (detail) => new TruthgateError('TG_POLARS_INSTALL', { version, path: dir, detail }),
      platformError,
    },
    log,
  );
}

/** Loads nodejs-polars from an install dir, the way Node would resolve it from a file there. */
export function loadPolars(dir: string): unknown {
  return createRequire(join(dir, 'package.json'))('nodejs-polars');
}

/** The Rust binding of the nodejs-polars installed in `dir` (see core/toolkit/polars-internals.ts). */
export function loadPolarsBinding(dir: string): unknown {
  return createRequire(join(dir, 'package.json'))(POLARS_BINDING_PATH);
}
