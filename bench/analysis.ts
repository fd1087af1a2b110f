import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pl from 'nodejs-polars';
import { diffSources } from '../src/core/diff/diff.ts';
import { driftCompare } from '../src/core/drift/compare.ts';
import { learnSuite } from '../src/core/learn/learn.ts';
import { profileSource } from '../src/core/profile/profile.ts';
import { openSource } from '../src/core/sources/open.ts';

const root = join(import.meta.dirname, '..');
const flights = join(root, 'node_modules/vega-datasets/data/flights-3m.parquet');
const data = join(root, 'bench/data');
const file = (name: string): string => join(data, name);
const open = (name: string, path: string) => openSource(name, { path });

/** Profile, learn, drift and diff on flights-3m (issue 3's benchmark), each returning a small detail. */
export const analysisTasks: Record<string, () => Promise<unknown>> = {
  profile: async () => {
    const p = await profileSource(open('flights', flights));
    return { columns: p.columns.length, rows: p.table.rows };
  },
  learn: async () => {
    const p = await profileSource(open('flights', flights));
    const learned = learnSuite(p, { strictness: 'medium', sourceName: 'flights', sourcePath: flights });
    return { proposals: learned.proposals.length };
  },
  drift: async () => {
    const r = await driftCompare(
      open('a', file('flights-half-a.parquet')),
      open('b', file('flights-half-b.parquet')),
    );
    return { drifted: r.dataset.driftedColumns, columns: r.columns.length };
  },
  diff: async () => {
    const d = await diffSources(
      open('old', file('flights-old.parquet')),
      open('new', file('flights-new.parquet')),
      {
        key: ['row_id'],
      },
    );
    return { added: d.keyed?.added.count, removed: d.keyed?.removed.count, changed: d.keyed?.changed.count };
  },
};

/**
 * Deterministic inputs: the two seeded random halves of flights-3m, and an old/new pair with a
 * row id where the new copy drops every 100th row, shifts `delay` on every 97th and adds 30,000.
 */
export async function prepareAnalysis(): Promise<void> {
  if (existsSync(file('flights-new.parquet'))) return;
  const base = (await pl.scanParquet(flights).collect())
    .withRowIndex('row_id')
    .withColumns(pl.col('row_id').cast(pl.Int64));
  const n = base.height;
  const shuffled = base.drop('row_id').sample({ frac: 1, withReplacement: false, shuffle: true, seed: 42 });
  shuffled.head(n / 2).writeParquet(file('flights-half-a.parquet'));
  shuffled.tail(n / 2).writeParquet(file('flights-half-b.parquet'));
  base.writeParquet(file('flights-old.parquet'));
  const int = (x: number): pl.Expr => pl.lit(x).cast(pl.Int64);
  const kept = base.filter(pl.col('row_id').modulo(int(100)).neq(int(0)));
  const changed = kept.withColumns(
    pl
      .when(pl.col('row_id').modulo(int(97)).eq(int(0)))
      .then(pl.col('delay').plus(int(15)))
      .otherwise(pl.col('delay'))
      .alias('delay'),
  );
  const extra = base.head(30_000).withColumns(pl.col('row_id').plus(int(n)));
  pl.concat([changed, extra]).writeParquet(file('flights-new.parquet'));
}
