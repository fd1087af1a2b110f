import assert from 'node:assert/strict';
import { test } from 'node:test';
import pl from 'nodejs-polars';
import { native, NativeCache, output, wrap } from '../../src/core/engine/native.ts';

// The engine builds its bookkeeping on nodejs-polars' native expressions (not public API);
// this pins the behaviour it relies on, so a polars upgrade that changes it fails here.
test('native expressions sum, mask, filter and implode like the public API', () => {
  const df = pl.DataFrame({ a: [1, null, 3, 4], b: [true, true, false, null] });
  const nc = new NativeCache();
  const fails = native(pl.col('a').gt(2));
  const judged = nc.allNotNull(['a']);
  const failing = fails.and(judged).and(nc.col('b'));
  const out = df
    .select(
      wrap(fails.and(judged).sum().alias('failing')),
      wrap(judged.sum().alias('judged')),
      wrap(nc.len.alias('rows')),
      wrap(failing.sum().alias('masked')),
      wrap(nc.rowIndex.filter(fails).head(5).implode().alias('rowsFailing')),
      wrap(nc.col('a').filter(fails).head(1).implode().alias('firstValue')),
    )
    .toRecords()[0] as Record<string, unknown>;
  assert.equal(Number(out.failing), 2);
  assert.equal(Number(out.judged), 3);
  assert.equal(Number(out.rows), 4);
  // Row 3 has b = null: null AND true is null, which sum() ignores, like the filter drops it.
  assert.equal(Number(out.masked), 0);
  assert.deepEqual((out.rowsFailing as unknown[]).map(Number), [2, 3]);
  assert.deepEqual((out.firstValue as unknown[]).map(Number), [3]);
});

test('bare query outputs select and print like full wrappers', async () => {
  const df = pl.DataFrame({ a: [1, 2, 3] });
  const n = native(pl.col('a').gt(1)).sum().alias('over');
  const out = output(n);
  assert.equal(String(out), String(wrap(n)));
  assert.equal(Number((df.select(out).toRecords()[0] as Record<string, unknown>).over), 2);
  const lazy = await df
    .lazy()
    .select(out, wrap(native(pl.col('a')).sum().alias('total')))
    .collect();
  assert.deepEqual(
    lazy.toRecords().map((r) => [Number(r.over), Number(r.total)]),
    [[2, 6]],
  );
});
