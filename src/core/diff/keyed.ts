import pl from 'nodejs-polars';
import { toNumber } from '../toolkit/numbers.ts';
import { jsonSafe } from '../toolkit/values.ts';
import type { ChangedRowSample, KeyedDiff } from './schema.ts';
import { keyExpr } from './stats.ts';

export interface KeyedInput {
  /** Both sides in memory (read once), so the joins below never re-read a file. */
  old: pl.DataFrame;
  new: pl.DataFrame;
  key: string[];
  /** Non-key columns in both sides, compared value by value. */
  compared: string[];
  /** Retyped compared columns and the dtype both sides are cast to before comparing. */
  casts?: Record<string, pl.DataType>;
  sampleSize: number;
  /** From the fused stats pass; false skips the duplicate-key work entirely. */
  duplicatesOld: boolean;
  duplicatesNew: boolean;
}

const NEW = '__tg_new';
const ANY = '__tg_any';
const flag = (i: number): string => `__tg_chg${i}`;
const COUNT = '__tg_count_';

/** Null-safe "differs": null vs value differs, null vs null does not. */
function differs(a: pl.Expr, b: pl.Expr): pl.Expr {
  return a.neq(b).fillNull(a.isNull().neq(b.isNull()));
}

type Row = Record<string, unknown>;
const records = (df: pl.DataFrame): Row[] => df.toRecords() as Row[];
const pick = (row: Row, cols: string[]): Row =>
  Object.fromEntries(cols.map((c) => [c, jsonSafe(row[c] ?? null)]));

/**
 * Rows added (anti join new ▷ old), removed (anti join old ▷ new) and changed (inner join on
 * keys unique on both sides + per-column null-safe comparison), all as polars joins. Keys that are
 * duplicated cannot be paired row to row: those rows are counted as unpaired, never guessed.
 */
export async function keyedDiff(
  input: KeyedInput,
): Promise<{ keyed: KeyedDiff; columnChanges: Map<string, number> }> {
  const { key, compared, sampleSize } = input;
  const a = input.old.lazy();
  const b = input.new.lazy();
  const join = { on: key, nullsEqual: true } as const;
  const removed = a.join(b.select(...key), { ...join, how: 'anti' });
  const added = b.join(a.select(...key), { ...join, how: 'anti' });
  const cast = (lf: pl.LazyDataFrame): pl.LazyDataFrame => {
    const casts = Object.entries(input.casts ?? {});
    return casts.length ? lf.withColumns(...casts.map(([c, t]) => pl.col(c).cast(t))) : lf;
  };
  const au = cast(input.duplicatesOld ? a.filter(keyExpr(key).isUnique()) : a);
  const bu = cast(input.duplicatesNew ? b.filter(keyExpr(key).isUnique()) : b);
  const flags = compared.map((c, i) => differs(pl.col(c), pl.col(c + NEW)).alias(flag(i)));
  const joined = au
    .join(bu.select(...key, ...compared), { ...join, how: 'inner', suffix: NEW })
    .withColumns(...flags)
    .withColumns(
      (flags.length ? pl.anyHorizontal(compared.map((_, i) => pl.col(flag(i)))) : pl.lit(false)).alias(ANY),
    );

  const sumsOf = (lf: pl.LazyDataFrame) => lf.select(pl.len().alias(`${COUNT}n`));
  const [removedR, addedR, joinedR, dupOld, dupNew] = await Promise.all([
    countAndSample(removed, sumsOf, (lf) => lf.sort(key).head(sampleSize)),
    countAndSample(added, sumsOf, (lf) => lf.sort(key).head(sampleSize)),
    countAndSample(
      joined,
      (lf) =>
        lf.select(
          pl.len().alias(`${COUNT}n`),
          pl.col(ANY).sum().alias(`${COUNT}any`),
          ...compared.map((_, i) => pl.col(flag(i)).sum().alias(`${COUNT}${i}`)),
        ),
      (lf) => lf.filter(pl.col(ANY)).sort(key).head(sampleSize),
    ),
    duplicateKeys(a, key, input.duplicatesOld, sampleSize),
    duplicateKeys(b, key, input.duplicatesNew, sampleSize),
  ]);
  const counts = joinedR.counts;
  const pairs = toNumber(counts[`${COUNT}n`]) ?? 0;
  const changedCount = toNumber(counts[`${COUNT}any`]) ?? 0;
  const removedCount = toNumber(removedR.counts[`${COUNT}n`]) ?? 0;
  const addedCount = toNumber(addedR.counts[`${COUNT}n`]) ?? 0;
  const columns = Object.keys(input.old.schema);
  const newColumns = Object.keys(input.new.schema);
  const changedSamples: ChangedRowSample[] = joinedR.samples.map((row) => ({
    key: pick(row, key),
    changes: Object.fromEntries(
      compared
        .filter((_, i) => row[flag(i)] === true)
        .map((c) => [c, { old: jsonSafe(row[c] ?? null), new: jsonSafe(row[c + NEW] ?? null) }]),
    ),
  }));
  const unpairedOld = input.old.height - removedCount - pairs;
  const unpairedNew = input.new.height - addedCount - pairs;
  const keyed: KeyedDiff = {
    key,
    compared,
    exact: unpairedOld + unpairedNew === 0,
    added: { count: addedCount, samples: addedR.samples.map((r) => pick(r, newColumns)) },
    removed: { count: removedCount, samples: removedR.samples.map((r) => pick(r, columns)) },
    changed: { count: changedCount, samples: changedSamples },
    unchanged: pairs - changedCount,
    duplicates: {
      old: dupOld,
      new: dupNew,
      unpairedOld,
      unpairedNew,
    },
  };
  const columnChanges = new Map(compared.map((c, i) => [c, toNumber(counts[`${COUNT}${i}`]) ?? 0]));
  return { keyed, columnChanges };
}

/**
 * Counts and a sorted sample of one lazy result in ONE query: both branches read a cached
 * subplan, so the join behind them runs once. Row 0 holds the counts, the rest are samples.
 */
async function countAndSample(
  lf: pl.LazyDataFrame,
  counts: (lf: pl.LazyDataFrame) => pl.LazyDataFrame,
  sample: (lf: pl.LazyDataFrame) => pl.LazyDataFrame,
): Promise<{ counts: Row; samples: Row[] }> {
  const shared = lf.cache();
  const rows = records(
    await pl.concat([counts(shared), sample(shared)], { how: 'diagonalRelaxed' }).collect(),
  );
  return { counts: rows[0]!, samples: rows.slice(1) };
}

async function duplicateKeys(
  lf: pl.LazyDataFrame,
  key: string[],
  present: boolean,
  sampleSize: number,
): Promise<KeyedDiff['duplicates']['old']> {
  if (!present) return { rows: 0, keys: 0, samples: [] };
  const groups = await lf
    .filter(keyExpr(key).isDuplicated())
    .groupBy(key)
    .agg(pl.len().alias('__tg_n'))
    .collect();
  const top = groups.sort(['__tg_n', ...key], [true, ...key.map(() => false)]).head(sampleSize);
  return {
    rows: toNumber(groups.getColumn('__tg_n').sum()) ?? 0,
    keys: groups.height,
    samples: records(top).map((r) => ({ key: pick(r, key), count: toNumber(r.__tg_n) ?? 0 })),
  };
}
