import { driftCompare } from '../core/drift/compare.ts';
import { TruthgateError } from '../core/errors.ts';
import { recordProfile } from '../core/history/store.ts';
import { driftSqlCurrent } from '../core/drift/sql-drift.ts';
import { profileSource } from '../core/profile/profile.ts';
import { closeSuiteSource, openSuiteSource } from '../core/profile/sql-entry.ts';
import { profileSqlSource } from '../core/profile/sql-profile.ts';
import type { Profile } from '../core/profile/types.ts';
import { dirOf, previousKey, profileKey } from '../core/store/layout.ts';
import type { ObjectStore } from '../core/store/store.ts';
import { loadSuiteFile } from '../core/suite/load.ts';
import { asActivity } from './failure.ts';
import { withHeartbeat } from './heartbeat.ts';
import { prefetchSuiteObjects } from './prefetch.ts';
import type { ProfileActivityInput, ProfileResult } from './types.ts';

/**
 * Profiles one source of a suite where it lives (polars for files, aggregate queries in the
 * database for SQL sources) and stores the profile (idempotent per run); with `drift`, compares
 * the source with the previous stored profile of the same source.
 */
export function runProfileActivity(store: ObjectStore) {
  return (input: ProfileActivityInput): Promise<ProfileResult> =>
    asActivity(() =>
      withHeartbeat(async () => {
        const suite = loadSuiteFile(input.suite);
        if (!suite.sources[input.source])
          throw new TruthgateError('TG_UNKNOWN_SOURCE', { name: input.source, suggestion: '' });
        await prefetchSuiteObjects(suite, [input.source]);
        const opened = await openSuiteSource(suite, input.source);
        try {
          const profile =
            opened.kind === 'sql'
              ? await profileSqlSource(opened.source)
              : await profileSource(opened.source, { baseDir: suite.baseDir });
          const key = profileKey(input.source, new Date(input.requestedAt), input.runId);
          await store.put(key, `${JSON.stringify(profile)}\n`);
          await recordProfile(store, suite.name, profile, new Date(input.requestedAt), input.runId);
          const prev = await previousKey(store, dirOf(key), key);
          let drift: ProfileResult['drift'] = { compared: false };
          const baseline =
            input.drift && prev ? (JSON.parse((await store.get(prev)) ?? 'null') as Profile | null) : null;
          if (baseline) {
            const report =
              opened.kind === 'sql'
                ? await driftSqlCurrent(baseline, opened.source)
                : await driftCompare(baseline, opened.source);
            drift = { compared: true, summary: report.dataset };
          }
          return {
            source: input.source,
            profileKey: key,
            rowCount: profile.table.rows,
            columnCount: profile.table.columns,
            previousKey: prev ?? null,
            drift,
          };
        } finally {
          await closeSuiteSource(opened);
        }
      }),
    );
}
