import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { TruthgateError } from '../errors.ts';
import { writeFileAtomic } from '../fs/atomic.ts';
import { assertSafeKey } from './key.ts';
import type { ListOptions, ListPage, ObjectStore, StoreEntry } from './store.ts';

/** An ObjectStore in a local (or mounted network) directory, written atomically. */
export class DirectoryStore implements ObjectStore {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private path(key: string, prefix = false): string {
    assertSafeKey(key, { prefix });
    const p = resolve(this.root, key);
    // Defence in depth: the key checks above already make escaping impossible.
    if (p !== this.root && !p.startsWith(this.root + sep)) {
      throw new TruthgateError('TG_STORE_KEY', { key, detail: 'resolves outside the store' });
    }
    return p;
  }

  async put(key: string, data: string): Promise<void> {
    writeFileAtomic(this.path(key), data);
  }

  async get(key: string): Promise<string | undefined> {
    const p = this.path(key);
    try {
      return await readFile(p, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw ioError('read', key, err);
    }
  }

  async delete(key: string): Promise<boolean> {
    const p = this.path(key);
    try {
      await stat(p);
    } catch {
      return false;
    }
    try {
      await rm(p);
      return true;
    } catch (err) {
      throw ioError('delete', key, err);
    }
  }

  async list(prefix: string, opts: ListOptions = {}): Promise<ListPage> {
    const dir = this.path(prefix.replace(/\/$/, ''), true);
    const base = prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`;
    const keys: string[] = [];
    await walk(dir, base, keys);
    keys.sort();
    const after = opts.after;
    const limit = opts.limit ?? 100;
    const rest = after === undefined ? keys : keys.filter((k) => k > after);
    const pageKeys = rest.slice(0, limit);
    const entries: StoreEntry[] = [];
    for (const key of pageKeys) {
      const st = await stat(join(this.root, key)).catch(() => undefined);
      if (st) entries.push({ key, size: st.size });
    }
    return rest.length > limit ? { entries, next: pageKeys.at(-1)! } : { entries };
  }
}

/** Regular files only: temp files (leading dot) and symlinks are never listed. */
async function walk(dir: string, keyPrefix: string, out: string[]): Promise<void> {
  let items;
  try {
    items = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR')
      return;
    throw ioError('list', keyPrefix, err);
  }
  for (const it of items) {
    if (it.name.startsWith('.')) continue;
    if (it.isDirectory()) await walk(join(dir, it.name), `${keyPrefix}${it.name}/`, out);
    else if (it.isFile()) out.push(`${keyPrefix}${it.name}`);
  }
}

function ioError(op: string, key: string, err: unknown): TruthgateError {
  return new TruthgateError(
    'TG_STORE_IO',
    { op, key, detail: err instanceof Error ? err.message : String(err) },
    { cause: err },
  );
}
