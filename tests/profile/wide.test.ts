import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { profileSource } from '../../src/core/profile/profile.ts';
import { openSource } from '../../src/core/sources/open.ts';

// Planning once cost tens of ms per column (one nodejs-polars Expr per metric and column), so
// 5,000 columns took minutes. The timeout only guards against a hang; the run takes seconds.
test(
  'a one-row CSV of 5,000 columns of mixed kinds profiles column by column',
  { timeout: 120_000 },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tg-wide-'));
    try {
      const n = 5000;
      const value = (i: number): string =>
        ['', String(i), `2020-01-${String((i % 28) + 1).padStart(2, '0')}`, `v${i}`, 'true', `${i}.5`][
          i % 6
        ]!;
      const file = join(dir, 'wide.csv');
      const names = Array.from({ length: n }, (_, i) => `c${i}`);
      writeFileSync(file, `${names.join(',')}\n${names.map((_, i) => value(i)).join(',')}\n`);
      const started = performance.now();
      const p = await profileSource(openSource('wide', { path: file }));
      console.log(`profile of ${n} columns: ${Math.round(performance.now() - started)} ms`);
      assert.equal(p.table.rows, 1);
      assert.deepEqual(
        p.columns.map((c) => c.name),
        names,
      );
      for (const [i, c] of p.columns.entries()) {
        const v = value(i);
        assert.equal(c.nullCount, v === '' ? 1 : 0, c.name);
        if (i % 6 === 1)
          assert.deepEqual([c.kind, c.numeric?.min, c.numeric?.max], ['numeric', i, i], c.name);
        if (i % 6 === 5) assert.equal(c.numeric?.mean, i + 0.5, c.name);
        if (i % 6 === 3) assert.deepEqual(c.topValues, [{ value: v, count: 1 }], c.name);
        if (i % 6 === 2) assert.equal(c.semanticType, 'iso_date', c.name);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
