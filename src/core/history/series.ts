import type { TruthgateError } from '../errors.ts';
import type { Point } from './model.ts';

/**
 * What a check sees of one source's past runs: its metric series, oldest first. Loaded before the
 * run, so reading it inside a check is synchronous. `error` is set when the history could not be
 * read (a corrupted file): checks that need history report it, every other check runs as usual.
 */
export interface SourceHistory {
  series(metric: string): Point[];
  error?: TruthgateError;
}

/** The history of each source of a suite, by source name. */
export type HistoryLookup = (source: string) => SourceHistory;

export const EMPTY_HISTORY: SourceHistory = { series: () => [] };
