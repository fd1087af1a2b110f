import { resolve } from 'node:path';
import { TruthgateError } from '../errors.ts';
import { profileSource } from '../profile/profile.ts';
import { looksLikeProfile, readProfileFile } from '../profile/io.ts';
import type { Profile } from '../profile/types.ts';
import type { RunOptions } from '../engine/run-suite.ts';
import type { Report } from '../result/schema.ts';
import { openSource } from '../sources/open.ts';
import { buildTypedSuite, type LoadedSuite } from '../suite/load.ts';
import { SUITE_VERSION, type SuiteFile } from '../suite/schema.ts';
import { proposeSuite, sourceNameFor } from './learn.ts';
import { runProven } from './proven.ts';

export interface ZeroConfigOptions {
  /** A source path, or a profile JSON saved by `truthgate profile --format json`, for every path. */
  baseline?: string;
  /** Per data path (as given): the file to learn that path's checks from, e.g. its base-branch version. */
  baselines?: Record<string, string>;
  baseDir?: string;
  now?: Date;
}

export type ZeroConfigSuite = LoadedSuite & {
  /** Sources whose checks were learned from the very data they check (no baseline). */
  selfLearned: string[];
  /** The profiles of the selfLearned sources: what runZeroConfigSuite proves verdicts from. */
  profiles: Record<string, Profile>;
};

/**
 * The suite `truthgate check data.parquet` runs without a suite file: checks learned at loose
 * strictness. With a baseline they are learned from the baseline (so schema changes, new nulls,
 * new categories and range breaks of the current data show); without one, from the data itself,
 * which proves only its shape, so those sources are listed in `selfLearned`.
 */
export async function buildZeroConfigSuite(
  paths: string[],
  opts: ZeroConfigOptions = {},
): Promise<ZeroConfigSuite> {
  const baseDir = opts.baseDir ?? process.cwd();
  const baseline = opts.baseline === undefined ? undefined : await loadBaseline(opts.baseline, baseDir);
  const used = new Set<string>();
  // One suite with every source, built as the object a suite file would hold (no YAML between).
  const file: SuiteFile = { version: SUITE_VERSION, sources: {}, checks: {} };
  const selfLearned: string[] = [];
  const profiles: Record<string, Profile> = {};
  for (const path of paths) {
    let name = sourceNameFor(path);
    for (let i = 2; used.has(name); i++) name = `${sourceNameFor(path)}_${i}`;
    used.add(name);
    const own = opts.baselines?.[path];
    let profile = baseline ?? (own !== undefined ? await loadBaseline(own, baseDir) : undefined);
    if (!profile) {
      selfLearned.push(name);
      profile = profiles[name] = await profileSource(openSource(name, { path }, { baseDir }), { baseDir });
    }
    const { suite } = proposeSuite(profile, {
      strictness: 'loose',
      sourceName: name,
      sourcePath: path,
      ...(opts.now ? { now: opts.now } : {}),
    });
    Object.assign(file.sources, suite.sources);
    Object.assign(file.checks!, suite.checks);
  }
  return {
    ...buildTypedSuite(file, { path: '<zero-config>', baseDir }),
    name: 'zero-config',
    selfLearned,
    profiles,
  };
}

/** runSuite for a zero-config suite, with the verdicts its profiles prove taken from them (proven.ts). */
export function runZeroConfigSuite(suite: ZeroConfigSuite, opts: RunOptions = {}): Promise<Report> {
  return runProven(suite, suite.profiles, opts);
}

/**
 * Says in the report itself (JSON, terminal, Markdown) which sources were checked against checks
 * learned from their own data: a source warning, so a pass is never mistaken for a gate.
 */
export function warnSelfLearned(report: Report, selfLearned: string[]): Report {
  const names = new Set(selfLearned);
  return {
    ...report,
    sources: report.sources.map((s) =>
      names.has(s.name)
        ? {
            ...s,
            warnings: [
              ...(s.warnings ?? []),
              new TruthgateError('TG_ZERO_CONFIG_SELF_LEARNED', { path: s.uri }).toJSON(),
            ],
          }
        : s,
    ),
  };
}

/** A saved profile (JSON with a schemaVersion) or any data source, profiled now. */
export async function loadBaseline(path: string, baseDir: string): Promise<Profile> {
  const abs = resolve(baseDir, path);
  if (looksLikeProfile(abs)) return readProfileFile(abs);
  return profileSource(openSource('baseline', { path }, { baseDir }), { baseDir });
}
