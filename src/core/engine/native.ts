import pl from 'nodejs-polars';
import { lightExpr, native as nativeFns, rawExpr, type NativeExpr } from '../toolkit/polars-internals.ts';
import type { DerivedColumn } from './context.ts';

export type { NativeExpr };

/**
 * nodejs-polars wraps every expression in a fresh JS object of ~160 closures, which costs about
 * a millisecond per call: a suite's bookkeeping (sums, aliases, masks, sample lists) made
 * hundreds per check, more time than the scan itself. The engine chains the native expressions
 * underneath and hands polars light wrappers. The internals themselves are reached only through
 * toolkit/polars-internals.ts.
 */
export function native(e: pl.Expr): NativeExpr {
  return rawExpr(e);
}

/** A native expression as an Expr (a light wrapper: select() reads it without a full one). */
export function wrap(n: NativeExpr): pl.Expr {
  return lightExpr(n);
}

/** A query output: what select() reads. */
export const output = wrap;

/** 0, 1, ... per row, as UInt32: built once (a few full wrappers), then shared. */
let rowIndex: NativeExpr | undefined;

/** Per-source cache of native column and helper expressions (they are immutable, so shareable). */
export class NativeCache {
  private readonly cols = new Map<string, NativeExpr>();
  /** Column expressions handed to checks through their context (light wrappers of `col`). */
  private readonly exprs = new Map<string, pl.Expr>();
  /** Derived columns of the source's checks, by name (see CheckContext.derived). */
  readonly derived = new Map<string, DerivedColumn>();
  readonly len: NativeExpr = nativeFns.len();
  readonly rowIndex: NativeExpr = (rowIndex ??= native(pl.intRange(0, pl.len()).cast(pl.UInt32)));

  col(name: string): NativeExpr {
    let c = this.cols.get(name);
    if (!c) {
      c = nativeFns.col(name);
      this.cols.set(name, c);
    }
    return c;
  }

  /** The column as an Expr for a check's context, sharing the native column. */
  expr(name: string): pl.Expr {
    let e = this.exprs.get(name);
    if (!e) {
      e = lightExpr(this.col(name));
      this.exprs.set(name, e);
    }
    return e;
  }

  /** True where every named column is non-null (the rows a value check judges). */
  allNotNull(columns: string[]): NativeExpr {
    return columns.map((c) => this.col(c).isNotNull()).reduce((a, b) => a.and(b));
  }
}
