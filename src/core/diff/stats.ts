import pl from 'nodejs-polars';
import { toNumber } from '../toolkit/numbers.ts';
import { lightExpr, native, type NativeExpr } from '../toolkit/polars-internals.ts';
import { jsonSafe } from '../toolkit/values.ts';
import { collectFrom, compareKind } from '../compare/frame.ts';
import type { OpenedSource } from '../sources/open.ts';
import type { ColumnSideStats } from './schema.ts';

export interface SideStats {
  rows: number;
  columns: Map<string, ColumnSideStats>;
  /** Whether some key value occurs more than once; null without a key. */
  duplicateKeys: boolean | null;
}

/** The key as one value: a struct for several columns (a single column stays plain: much faster). */
export function keyExpr(key: string[]): pl.Expr {
  return key.length === 1 ? pl.col(key[0]!) : pl.struct(key.map((k) => pl.col(k)));
}

/**
 * Every column's null count, distinct count, mean, min and max, the row count and the number of
 * distinct keys, as ONE fused select (one pass over the side).
 */
export async function sideStats(
  source: OpenedSource,
  lf: pl.LazyDataFrame,
  schema: Record<string, string>,
  key: string[] | undefined,
): Promise<SideStats> {
  const names = Object.keys(schema);
  const exprs: pl.Expr[] = [pl.len().alias('__tg_rows')];
  // Distinct keys < rows means duplicates; counting them exactly is left to the rare case they exist.
  if (key?.length) exprs.push(keyExpr(key).nUnique().alias('__tg_keys'));
  // Native expressions: nodejs-polars' wrappers cost most of a small diff's time (toolkit/polars-internals.ts).
  const out = (e: NativeExpr, name: string): void => void exprs.push(lightExpr(e.alias(name)));
  names.forEach((name, i) => {
    const kind = compareKind(schema[name]!);
    const c = native.col(name);
    out(c.nullCount(), `__tg_${i}_nulls`);
    if (kind === 'other') return;
    out(c.dropNulls().nUnique(), `__tg_${i}_distinct`);
    out(c.min(), `__tg_${i}_min`);
    out(c.max(), `__tg_${i}_max`);
    if (kind === 'numeric') out(c.cast(pl.Float64, false).mean(), `__tg_${i}_mean`);
  });
  const df = await collectFrom(source, lf.select(...exprs));
  const r = df.toRecords()[0] as Record<string, unknown>;
  const rows = toNumber(r.__tg_rows) ?? 0;
  const columns = new Map<string, ColumnSideStats>();
  names.forEach((name, i) => {
    const nulls = toNumber(r[`__tg_${i}_nulls`]) ?? 0;
    columns.set(name, {
      dtype: schema[name]!,
      nullCount: nulls,
      nullFraction: rows === 0 ? 0 : nulls / rows,
      distinct: toNumber(r[`__tg_${i}_distinct`]),
      mean: toNumber(r[`__tg_${i}_mean`]),
      min: jsonSafe(r[`__tg_${i}_min`] ?? null),
      max: jsonSafe(r[`__tg_${i}_max`] ?? null),
    });
  });
  return { rows, columns, duplicateKeys: key?.length ? (toNumber(r.__tg_keys) ?? 0) < rows : null };
}
