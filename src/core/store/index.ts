export type { ObjectStore, StoreEntry, ListOptions, ListPage } from './store.ts';
export { DirectoryStore } from './directory.ts';
export { assertSafeKey, safeSegment, keyTimestamp, timestampOfKey } from './key.ts';
export * from './layout.ts';
export * from './retention.ts';
