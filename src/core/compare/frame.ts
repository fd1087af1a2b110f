import pl from 'nodejs-polars';
import { dtypeName } from '../toolkit/dtype.ts';
import { lightExpr, native } from '../toolkit/polars-internals.ts';
import { columnInfo, planColumn } from '../profile/profile.ts';
import { explainReadError, type OpenedSource } from '../sources/open.ts';

/**
 * Shared by drift and diff: both compare two sources column by column, so both need the schema,
 * a coarse kind per column, and a frame read once (later queries run on memory, not the file).
 */

/** How a column is compared: numeric (and temporal, as numbers) by order; the rest by value counts. */
export type CompareKind = 'numeric' | 'temporal' | 'categorical' | 'other';

export function compareKind(dtype: string): CompareKind {
  // The kind alone: planColumn would build the column's polars expressions only to drop them.
  const k = columnInfo('', dtype).kind;
  return k === 'string' || k === 'boolean' ? 'categorical' : k;
}

/**
 * Finite values of a numeric or temporal column as Float64 (temporal in milliseconds, as profiles
 * store them), nulls and NaN/Infinity dropped.
 */
export function finiteNumbers(name: string, dtype: string): pl.Expr {
  const info = columnInfo(name, dtype);
  // Plain numbers as native expressions (see toolkit/polars-internals.ts: wrappers are costly);
  // Decimal and temporal columns take the profile's conversion.
  if (info.kind !== 'numeric' || dtype.startsWith('Decimal'))
    return planColumn(name, dtype).numbers!.cast(pl.Float64).dropNulls();
  const c = native.col(name);
  const numbers = info.isFloat ? native.when(c.isFinite(), c, native.lit(null)) : c;
  return lightExpr(numbers.cast(pl.Float64, false).dropNulls());
}

/** Column name -> dtype name, read from an empty collect (cheap for every format). */
export async function readSchema(source: OpenedSource): Promise<Record<string, string>> {
  try {
    const probe = await source.lazy().head(0).collect();
    // columns and dtypes, not `schema`: that one wraps every column in a Series first.
    const types = probe.dtypes;
    return Object.fromEntries(probe.columns.map((c, i) => [c, dtypeName(types[i]!)]));
  } catch (err) {
    throw explainReadError(source, err);
  }
}

/** Collects a lazy query, turning polars read failures into coded errors naming the source. */
export async function collectFrom(source: OpenedSource, lf: pl.LazyDataFrame): Promise<pl.DataFrame> {
  try {
    return await lf.collect();
  } catch (err) {
    throw explainReadError(source, err);
  }
}

/** Reads the given columns of a source into memory once. */
export function materialize(source: OpenedSource, columns: string[]): Promise<pl.DataFrame> {
  return collectFrom(source, source.lazy().select(...columns.map((c) => lightExpr(native.col(c)))));
}
