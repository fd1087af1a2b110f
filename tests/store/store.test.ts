import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TruthgateError } from '../../src/core/errors.ts';
import {
  DirectoryStore,
  previousKey,
  profileKey,
  pruneStore,
  reportKey,
  safeSegment,
  timestampOfKey,
  DEFAULT_RETENTION,
  type PruneState,
} from '../../src/core/store/index.ts';

const fresh = (): { dir: string; store: DirectoryStore } => {
  const dir = mkdtempSync(join(tmpdir(), 'tg-store-'));
  return { dir, store: new DirectoryStore(join(dir, 'store')) };
};

describe('DirectoryStore', () => {
  test('put, get, overwrite, delete', async () => {
    const { store } = fresh();
    await store.put('reports/a/1.json', '{"x":1}');
    assert.equal(await store.get('reports/a/1.json'), '{"x":1}');
    await store.put('reports/a/1.json', '{"x":2}');
    assert.equal(await store.get('reports/a/1.json'), '{"x":2}');
    assert.equal(await store.get('reports/a/missing.json'), undefined);
    assert.equal(await store.delete('reports/a/1.json'), true);
    assert.equal(await store.delete('reports/a/1.json'), false);
    assert.equal(await store.get('reports/a/1.json'), undefined);
  });

  test('writes are atomic: no temp files are left or listed', async () => {
    const { store } = fresh();
    await store.put('x/y.json', 'data');
    assert.deepEqual(readdirSync(join(store.root, 'x')), ['y.json']);
    writeFileSync(join(store.root, 'x', '.y.json.123.tmp'), 'half');
    assert.deepEqual(
      (await store.list('x/')).entries.map((e) => e.key),
      ['x/y.json'],
    );
  });

  test('list pages in key order with a cursor', async () => {
    const { store } = fresh();
    for (let i = 0; i < 7; i++) await store.put(`p/${String(i).padStart(2, '0')}.json`, String(i));
    await store.put('q/other.json', '-');
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    for (;;) {
      const page = await store.list('p/', { after, limit: 3 });
      pages++;
      seen.push(...page.entries.map((e) => e.key));
      if (!page.next) break;
      after = page.next;
    }
    assert.equal(pages, 3);
    assert.deepEqual(
      seen,
      ['00', '01', '02', '03', '04', '05', '06'].map((n) => `p/${n}.json`),
    );
    assert.deepEqual((await store.list('')).entries.length, 8);
    assert.deepEqual((await store.list('nothing/')).entries, []);
  });

  test('rejects path traversal, absolute paths, NUL and odd segments', async () => {
    const { dir, store } = fresh();
    const bad = [
      '../escape.json',
      'reports/../../escape.json',
      '/etc/passwd',
      'a/./b',
      'a//b',
      'a/b\0.json',
      'a\\..\\b',
      '.hidden',
      'reports/.tmp',
      '',
    ];
    for (const key of bad) {
      await assert.rejects(
        store.put(key, 'x'),
        (e: unknown) => e instanceof TruthgateError && e.code === 'TG_STORE_KEY',
        key,
      );
      await assert.rejects(store.get(key), TruthgateError, key);
      await assert.rejects(store.delete(key), TruthgateError, key);
    }
    await assert.rejects(store.list('../'), TruthgateError);
    assert.equal(existsSync(join(dir, 'escape.json')), false);
  });

  test('symlinks inside the store are never listed', async () => {
    const { dir, store } = fresh();
    mkdirSync(join(store.root, 'r'), { recursive: true });
    writeFileSync(join(dir, 'outside.json'), 'secret');
    symlinkSync(join(dir, 'outside.json'), join(store.root, 'r', 'link.json'));
    assert.deepEqual((await store.list('r/')).entries, []);
  });
});

describe('key layout', () => {
  test('safeSegment keeps safe names and hashes changed ones', () => {
    assert.equal(safeSegment('orders'), 'orders');
    assert.match(safeSegment('../../etc'), /^etc-[0-9a-f]{8}$/);
    assert.notEqual(safeSegment('a b'), safeSegment('a/b'));
    assert.match(safeSegment(''), /^x-[0-9a-f]{8}$/);
  });

  test('report keys sort by time and carry it', async () => {
    const { store } = fresh();
    const t1 = new Date('2025-01-01T00:00:00.000Z');
    const t2 = new Date('2025-01-02T00:00:00.000Z');
    const k1 = reportKey('My suite', t1, 'run-1');
    const k2 = reportKey('My suite', t2, 'run-2');
    assert.ok(k1 < k2);
    assert.deepEqual(timestampOfKey(k2), t2);
    await store.put(k1, '{}');
    await store.put(k2, '{}');
    assert.equal(await previousKey(store, 'reports/', k2), k1);
    assert.equal(await previousKey(store, 'reports/', k1), undefined);
  });
});

describe('pruneStore', () => {
  const now = new Date('2025-12-31T00:00:00.000Z');
  const daysAgo = (d: number): Date => new Date(now.getTime() - d * 86_400_000);

  async function seed(store: DirectoryStore): Promise<void> {
    const reports: [number, string][] = [
      [10, 'pass'],
      [100, 'pass'],
      [100, 'fail'],
      [100, 'error'],
      [200, 'fail'],
      [95, 'warn'],
    ];
    for (const [i, [age, status]] of reports.entries())
      await store.put(reportKey('s', daysAgo(age), `r${i}`), JSON.stringify({ status }));
    for (let i = 0; i < 8; i++) await store.put(profileKey('orders', daysAgo(i), `p${i}`), '{}');
    for (let i = 0; i < 3; i++) await store.put(profileKey('users', daysAgo(i), `u${i}`), '{}');
    await store.put(`notifications/${daysAgo(31).toISOString().replace(/:/g, '-')}_n1.json`, '{}');
    await store.put(`notifications/${daysAgo(1).toISOString().replace(/:/g, '-')}_n2.json`, '{}');
  }

  test('applies the default policy', async () => {
    const { store } = fresh();
    await seed(store);
    const counts = await pruneStore(store, DEFAULT_RETENTION, { now, pageSize: 2 });
    assert.deepEqual(counts.deleted, { reports: 3, profiles: 3, notifications: 1, partials: 0 });
    assert.equal(counts.scanned, 6 + 11 + 2);
    assert.equal(counts.kept, 3 + 8 + 1);
    const left = (await store.list('reports/')).entries.length;
    assert.equal(left, 3);
    const orders = (await store.list('profiles/orders/')).entries.map((e) => e.key);
    assert.deepEqual(
      orders,
      [4, 3, 2, 1, 0].map((i) => profileKey('orders', daysAgo(i), `p${i}`)),
    );
    assert.equal((await store.list('profiles/users/')).entries.length, 3);
  });

  test('resuming from any page state gives the same end result', async () => {
    const { store } = fresh();
    await seed(store);
    const states: PruneState[] = [];
    // First attempt dies after its third page.
    await assert.rejects(
      pruneStore(store, DEFAULT_RETENTION, {
        now,
        pageSize: 2,
        onPage: (s) => {
          states.push(s);
          if (states.length === 3) throw new Error('worker died');
        },
      }),
    );
    await pruneStore(store, DEFAULT_RETENTION, { now, pageSize: 2, resume: states.at(-2) });
    assert.equal((await store.list('reports/')).entries.length, 3);
    assert.equal((await store.list('profiles/orders/')).entries.length, 5);
    assert.equal((await store.list('notifications/')).entries.length, 1);
  });
});
