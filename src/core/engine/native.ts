import pl from 'nodejs-polars';
import { outputExpr, rawExpr, wrapExpr } from '../toolkit/polars-internals.ts';

/**
 * nodejs-polars wraps every expression in a fresh JS object of ~200 closures, which costs about
 * half a millisecond per call: for a 30-check suite the engine's own bookkeeping (sums, aliases,
 * masks, sample lists) was ~600 wrappers, more time than the scan of a 3-million-row file.
 * These helpers chain the native expressions underneath and wrap once per query output.
 * The internals themselves are reached only through toolkit/polars-internals.ts.
 */
export interface NativeExpr {
  sum(): NativeExpr;
  alias(name: string): NativeExpr;
  and(other: NativeExpr): NativeExpr;
  filter(predicate: NativeExpr): NativeExpr;
  head(n: number): NativeExpr;
  implode(): NativeExpr;
  isNotNull(): NativeExpr;
}

export function native(e: pl.Expr): NativeExpr {
  return rawExpr<NativeExpr>(e);
}

export function wrap(n: NativeExpr): pl.Expr {
  return wrapExpr(n);
}

/**
 * A query output for select() only: what nodejs-polars' select reads of an expression (the native
 * expression, its type tag and its printed form) without the closures of a full wrapper. Calling
 * an Expr method on it throws; chain on the native expression and wrap last instead.
 */
export function output(n: NativeExpr): pl.Expr {
  return outputExpr(n);
}

/** Per-source cache of native column and helper expressions (they are immutable, so shareable). */
export class NativeCache {
  private readonly cols = new Map<string, NativeExpr>();
  /** Wrapped column expressions handed to checks through their context. */
  readonly exprs = new Map<string, pl.Expr>();
  /** Derived columns of the source's checks, by name (see CheckContext.derived). */
  readonly derived = new Map<string, pl.Expr>();
  readonly len: NativeExpr = native(pl.len());
  readonly rowIndex: NativeExpr = native(pl.intRange(0, pl.len()).cast(pl.UInt32));

  col(name: string): NativeExpr {
    let c = this.cols.get(name);
    if (!c) {
      // Shares the wrapper a check's context made for the same column, if any (one per column).
      let e = this.exprs.get(name);
      if (!e) {
        e = pl.col(name);
        this.exprs.set(name, e);
      }
      c = native(e);
      this.cols.set(name, c);
    }
    return c;
  }

  /** True where every named column is non-null (the rows a value check judges). */
  allNotNull(columns: string[]): NativeExpr {
    return columns.map((c) => this.col(c).isNotNull()).reduce((a, b) => a.and(b));
  }
}
