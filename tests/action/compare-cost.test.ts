import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { diffSides, driftSides } from '../../src/core/compare/suite-sources.ts';
import { openSource } from '../../src/core/sources/open.ts';

/**
 * compare-to-base on a small pull request is dominated by building nodejs-polars expressions, not
 * by the data: each public wrapper costs ~0.7 ms of CPU and its garbage (issue 13: the Action's
 * 1 s budget). Counted here, because CPU time on a shared machine is too noisy to assert. Before
 * the native builders, diff + drift of this 5-column file built 754 wrappers.
 */
const exprModule = createRequire(import.meta.url)('nodejs-polars/bin/lazy/expr/index.js') as {
  _Expr: (raw: unknown) => unknown;
};

function csv(change: boolean): string {
  const statuses = ['paid', 'refunded', 'pending'];
  const rows = ['order_id,email,amount,status,score'];
  for (let i = 0; i < 1000; i++) {
    const amount = change && i === 7 ? 20000 : ((i * 7919) % 1_000_000) / 100;
    rows.push(`${i},user${i % 500}@example.com,${amount},${statuses[i % 3]},${(i % 17) / 3}`);
  }
  return `${rows.join('\n')}\n`;
}

test('diff and drift of a changed 1,000-row file build at most 320 expression wrappers', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tg-cmp-cost-'));
  writeFileSync(join(dir, 'old.csv'), csv(false));
  writeFileSync(join(dir, 'new.csv'), csv(true));
  const side = (file: string) =>
    ({ kind: 'file', source: openSource('orders', { path: join(dir, file), key: ['order_id'] }) }) as const;
  const before = side('old.csv');
  const after = side('new.csv');
  const original = exprModule._Expr;
  let built = 0;
  exprModule._Expr = (raw) => {
    built++;
    return original(raw);
  };
  try {
    const diff = await diffSides(before, after, { key: ['order_id'] });
    const drift = await driftSides(before, after);
    assert.equal(diff.keyed?.changed.count, 1);
    assert.equal(drift.columns.length, 5);
  } finally {
    exprModule._Expr = original;
  }
  assert.ok(built <= 320, `${built} expression wrappers`);
});
