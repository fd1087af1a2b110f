import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readHistory, recordRun } from '../../src/core/history/store.ts';
import { DirectoryStore } from '../../src/core/store/directory.ts';

const run = promisify(execFile);
const script = new URL('./record-runs.ts', import.meta.url).pathname;

test('concurrent runs of one suite lose no metrics: the history read-modify-write is locked', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tg-history-concurrent-'));
  try {
    const workers = 4;
    const perWorker = 15;
    // Each process records many runs back to back, so unlocked writers would overwrite each
    // other's runs on nearly every round.
    await Promise.all(
      Array.from({ length: workers }, (_, w) =>
        run(process.execPath, [script, dir, String(w), String(perWorker)], { timeout: 120_000 }),
      ),
    );
    const h = (await readHistory(new DirectoryStore(dir), 'shop', 'orders'))!;
    const ids = new Set(h.runs.map((r) => r.id));
    const expected = Array.from({ length: workers }, (_, w) =>
      Array.from({ length: perWorker }, (_, i) => `w${w}-${i}`),
    ).flat();
    assert.deepEqual(
      expected.filter((id) => !ids.has(id)),
      [],
      'runs lost to a concurrent write',
    );
    assert.equal(h.runs.length, workers * perWorker);
    for (let w = 0; w < workers; w++)
      assert.equal(h.metrics[`only_w${w}`]!.filter((v) => v !== null).length, perWorker);
    // No lock or temp file is left behind.
    assert.deepEqual(readdirSync(join(dir, 'history', 'shop')), ['orders.json']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a lock left behind by a crashed run is taken over once stale', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tg-history-stale-'));
  try {
    const lock = join(dir, 'history', 'shop', '.orders.json.lock');
    mkdirSync(lock, { recursive: true });
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    const store = new DirectoryStore(dir);
    await recordRun(store, 'shop', 'orders', { t: 1, id: 'after-crash', metrics: { row_count: 1 } });
    assert.deepEqual(
      (await readHistory(store, 'shop', 'orders'))!.runs.map((r) => r.id),
      ['after-crash'],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
