import { driftCompare } from '../core/drift/compare.ts';
import { TruthgateError } from '../core/errors.ts';
import { recordProfile } from '../core/history/store.ts';
import { profileSource } from '../core/profile/profile.ts';
import type { Profile } from '../core/profile/types.ts';
import { openSource } from '../core/sources/open.ts';
import { dirOf, previousKey, profileKey } from '../core/store/layout.ts';
import type { ObjectStore } from '../core/store/store.ts';
import { loadSuiteFile } from '../core/suite/load.ts';
import { asActivity } from './failure.ts';
import { withHeartbeat } from './heartbeat.ts';
import { prefetchSuiteObjects } from './prefetch.ts';
import type { ProfileActivityInput, ProfileResult } from './types.ts';

/**
 * Profiles one source of a suite and stores the profile (idempotent per run); with `drift`,
 * compares the source with the previous stored profile of the same source.
 */
export function runProfileActivity(store: ObjectStore) {
  return (input: ProfileActivityInput): Promise<ProfileResult> =>
    asActivity(() =>
      withHeartbeat(async () => {
        const suite = loadSuiteFile(input.suite);
        const spec = suite.sources[input.source];
        if (!spec) throw new TruthgateError('TG_UNKNOWN_SOURCE', { name: input.source, suggestion: '' });
        await prefetchSuiteObjects(suite, [input.source]);
        const source = openSource(input.source, spec, { baseDir: suite.baseDir });
        const profile = await profileSource(source, { baseDir: suite.baseDir });
        const key = profileKey(input.source, new Date(input.requestedAt), input.runId);
        await store.put(key, `${JSON.stringify(profile)}\n`);
        await recordProfile(store, suite.name, profile, new Date(input.requestedAt), input.runId);
        const prev = await previousKey(store, dirOf(key), key);
        let drift: ProfileResult['drift'] = { compared: false };
        if (input.drift && prev) {
          const baseline = JSON.parse((await store.get(prev)) ?? 'null') as Profile | null;
          if (baseline) drift = { compared: true, summary: (await driftCompare(baseline, source)).dataset };
        }
        return {
          source: input.source,
          profileKey: key,
          rowCount: profile.table.rows,
          columnCount: profile.table.columns,
          previousKey: prev ?? null,
          drift,
        };
      }),
    );
}
