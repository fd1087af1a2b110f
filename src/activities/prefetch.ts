import { prefetchObjects } from '../core/sources/cloud/objects.ts';
import type { LoadedSuite } from '../core/suite/load.ts';

/**
 * Downloads the objects of the sources read from local copies (object-store CSV and the like)
 * while the activity heartbeats, so opening the sources afterwards blocks only for the listing.
 */
export function prefetchSuiteObjects(suite: LoadedSuite, names?: string[]): Promise<void> {
  const specs = (names ?? Object.keys(suite.sources)).flatMap((n) => suite.sources[n] ?? []);
  return prefetchObjects(specs);
}
