import { resolve } from 'node:path';
import { profileSource } from '../profile/profile.ts';
import { looksLikeProfile, readProfileFile } from '../profile/io.ts';
import type { Profile } from '../profile/types.ts';
import { openSource } from '../sources/open.ts';
import { parseSuite, type LoadedSuite } from '../suite/load.ts';
import { learnSuite, sourceNameFor } from './learn.ts';

export interface ZeroConfigOptions {
  /** A source path, or a profile JSON saved by `truthgate profile --format json`. */
  baseline?: string;
  baseDir?: string;
  now?: Date;
}

/**
 * The suite `truthgate check data.parquet` runs without a suite file: checks learned at loose
 * strictness. With a baseline they are learned from the baseline (so schema changes, new nulls,
 * new categories and range breaks of the current data show), else from the data itself.
 */
export async function buildZeroConfigSuite(
  paths: string[],
  opts: ZeroConfigOptions = {},
): Promise<LoadedSuite> {
  const baseDir = opts.baseDir ?? process.cwd();
  const baseline = opts.baseline === undefined ? undefined : await loadBaseline(opts.baseline, baseDir);
  const used = new Set<string>();
  const parts: string[] = [];
  for (const path of paths) {
    let name = sourceNameFor(path);
    for (let i = 2; used.has(name); i++) name = `${sourceNameFor(path)}_${i}`;
    used.add(name);
    const profile = baseline ?? (await profileSource(openSource(name, { path }, { baseDir }), { baseDir }));
    const learned = learnSuite(profile, {
      strictness: 'loose',
      sourceName: name,
      sourcePath: path,
      ...(opts.now ? { now: opts.now } : {}),
    });
    parts.push(learned.yamlText);
  }
  // One suite with every source: merge the per-path suites at the object level.
  const suites = parts.map((text) => parseSuite(text, { path: '<zero-config>', baseDir }));
  return {
    ...suites[0]!,
    name: 'zero-config',
    sources: Object.assign({}, ...suites.map((s) => s.sources)) as LoadedSuite['sources'],
    checks: Object.assign({}, ...suites.map((s) => s.checks)) as LoadedSuite['checks'],
  };
}

/** A saved profile (JSON with a schemaVersion) or any data source, profiled now. */
export async function loadBaseline(path: string, baseDir: string): Promise<Profile> {
  const abs = resolve(baseDir, path);
  if (looksLikeProfile(abs)) return readProfileFile(abs);
  return profileSource(openSource('baseline', { path }, { baseDir }), { baseDir });
}
