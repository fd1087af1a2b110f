import assert from 'node:assert/strict';
import { test } from 'node:test';
import pl from 'nodejs-polars';
import { currentCategories, topValues } from '../../src/core/drift/sides.ts';

const ROWS = 200;
const COLUMNS = 40;

/** Column c: values with skewed counts (so ties and a cut at k both happen), some nulls, unicode. */
function column(c: number): (string | null)[] {
  return Array.from({ length: ROWS }, (_, i) => {
    if ((i + c) % 11 === 0) return null;
    const v = Math.floor(Math.sqrt((i * (c + 3)) % (60 + c)));
    return v % 4 === 0 ? `값${v}` : `v${v}`;
  });
}

const data: Record<string, (string | null)[]> = {};
for (let c = 0; c < COLUMNS; c++) data[c === 0 ? 'count' : `c${c}`] = column(c);
const frame = pl
  .DataFrame(data)
  .withColumns(pl.Series('empty', new Array<string | null>(ROWS).fill(null), pl.Utf8));
const specs = frame.columns.map((name) => ({ name, dtype: 'String' }));

/** The frame, counting how many queries are started on it (each starts with `lazy()`). */
function counted(): { df: pl.DataFrame; queries: () => number } {
  let n = 0;
  // A plain target: the frame itself is a proxy whose traps a second proxy would trip over.
  const df = new Proxy({} as pl.DataFrame, {
    get(_, key) {
      if (key === 'lazy') n++;
      const v = Reflect.get(frame, key) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(frame) : v;
    },
  });
  return { df, queries: () => n };
}

/** Value counts in JavaScript: most frequent first, ties by value. */
function expected(values: (string | null)[]): { value: string; count: number }[] {
  const m = new Map<string, number>();
  for (const v of values) if (v !== null) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

test('top values of many columns: one query over the frame, each column exact', async () => {
  const { df, queries } = counted();
  const k = 5;
  const out = await topValues(df, specs, k);
  assert.equal(queries(), 1, 'a query per column came back');
  for (const { name } of specs) {
    const all = expected(frame.getColumn(name).toArray() as (string | null)[]);
    const count = all.reduce((s, t) => s + t.count, 0);
    const top = all.slice(0, k);
    assert.deepEqual(
      out.get(name),
      {
        count,
        top,
        other: count - top.reduce((s, t) => s + t.count, 0),
        complete: all.length <= k,
        distinct: all.length,
      },
      name,
    );
  }
});

test('current categories of many columns against their baselines: one query over the frame', async () => {
  const { df, queries } = counted();
  // Each baseline lists some present values, one absent value, in its own order.
  const withBaselines = specs.map((s, c) => {
    const present = expected(frame.getColumn(s.name).toArray() as (string | null)[]).map((t) => t.value);
    return { ...s, baseline: [...present.filter((_, i) => (i + c) % 2 === 0).reverse(), 'absent'] };
  });
  const out = await currentCategories(df, withBaselines, 3);
  assert.equal(queries(), 1, 'a query per column came back');
  for (const s of withBaselines) {
    const all = expected(frame.getColumn(s.name).toArray() as (string | null)[]);
    const byValue = new Map(all.map((t) => [t.value, t.count]));
    const matched = s.baseline.map((v) => byValue.get(v) ?? 0);
    const count = all.reduce((sum, t) => sum + t.count, 0);
    assert.deepEqual(
      out.get(s.name),
      {
        count,
        matched,
        unlisted: count - matched.reduce((sum, x) => sum + x, 0),
        newTop: all.filter((t) => !s.baseline.includes(t.value)).slice(0, 3),
      },
      s.name,
    );
  }
});
