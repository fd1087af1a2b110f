/** One stored object as a listing shows it. */
export interface StoreEntry {
  key: string;
  size: number;
}

export interface ListOptions {
  /** Only keys strictly after this one (the cursor of the previous page). */
  after?: string;
  /** Page size (default 100). */
  limit?: number;
}

export interface ListPage {
  entries: StoreEntry[];
  /** Pass as `after` to get the next page; absent on the last page. */
  next?: string;
}

/**
 * Where reports, profiles and notification logs live. Keys are safe relative paths (see key.ts);
 * listings are in key order, so a cursor stays valid while keys are deleted. A directory is the
 * default; an object store (S3, GCS) fits the same interface.
 */
export interface ObjectStore {
  put(key: string, data: string): Promise<void>;
  get(key: string): Promise<string | undefined>;
  list(prefix: string, opts?: ListOptions): Promise<ListPage>;
  /** True when something was deleted (deleting a missing key is not an error). */
  delete(key: string): Promise<boolean>;
}
