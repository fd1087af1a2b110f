import { diffSources, type DiffOptions } from '../diff/diff.ts';
import type { DatasetDiff } from '../diff/schema.ts';
import { diffApart, diffSqlSources } from '../diff/sql-diff.ts';
import { driftCompare, type DriftOptions } from '../drift/compare.ts';
import type { DriftReport } from '../drift/schema.ts';
import { driftSqlCurrent } from '../drift/sql-drift.ts';
import { profileSource } from '../profile/profile.ts';
import type { SuiteSource } from '../profile/sql-entry.ts';
import { profileSqlSource } from '../profile/sql-profile.ts';
import type { Profile } from '../profile/types.ts';

/**
 * Diff and drift of two sides that may each be a file (read by polars) or a SQL source (kept in
 * its database), shared by `truthgate diff`/`drift` and the Action's base-branch comparison.
 */

/**
 * Two files are diffed in polars, two SQL sources of one connection inside the database; anything
 * else is refused: rows are never compared by downloading a table.
 */
export async function diffSides(
  before: SuiteSource,
  after: SuiteSource,
  opts: DiffOptions = {},
): Promise<DatasetDiff> {
  if (before.kind === 'sql' && after.kind === 'sql') return diffSqlSources(before.source, after.source, opts);
  if (before.kind === 'file' && after.kind === 'file') return diffSources(before.source, after.source, opts);
  // A SQL source and a file: statistics each where it lives (a key is refused there).
  return diffApart(before, after, opts);
}

/**
 * Polars compares two files (or a file with a saved profile); as soon as a side is a SQL source,
 * the baseline becomes its profile (computed where it lives) and a SQL current side is counted
 * in its database against it (drift/sql-drift.ts).
 */
export async function driftSides(
  baseline: Profile | SuiteSource,
  current: SuiteSource,
  opts: DriftOptions = {},
): Promise<DriftReport> {
  const isProfile = 'schemaVersion' in baseline;
  if (current.kind === 'file' && (isProfile || baseline.kind === 'file'))
    return driftCompare(isProfile ? baseline : baseline.source, current.source, opts);
  const profile = isProfile
    ? baseline
    : baseline.kind === 'sql'
      ? await profileSqlSource(baseline.source)
      : await profileSource(baseline.source);
  const as = isProfile ? 'profile' : 'source';
  return current.kind === 'sql'
    ? driftSqlCurrent(profile, current.source, opts, as)
    : driftCompare(profile, current.source, opts);
}
