import type { SearchAttributeType } from '@temporalio/common';

/** Same shape as the SDK's SearchAttributeKey (not exported from the package root). */
export interface SearchAttributeKey<T extends SearchAttributeType> {
  name: string;
  type: T;
}

function key<T extends SearchAttributeType>(name: string, type: T): SearchAttributeKey<T> {
  return { name, type };
}

/**
 * Truthgate's search attributes: they make runs queryable by source, suite, status and severity.
 * Kept within the dev server's SQLite limits (10 Keyword, 3 of each other type).
 */
export const TgKind = key('TgKind', 'KEYWORD');
export const TgSuite = key('TgSuite', 'KEYWORD');
export const TgSource = key('TgSource', 'KEYWORD_LIST');
export const TgStatus = key('TgStatus', 'KEYWORD');
export const TgSeverity = key('TgSeverity', 'KEYWORD');
export const TgFailedChecks = key('TgFailedChecks', 'INT');

export const searchAttributeKeys = [TgKind, TgSuite, TgSource, TgStatus, TgSeverity, TgFailedChecks] as const;
