import pl from 'nodejs-polars';

/**
 * The one place that reaches under nodejs-polars' public API, for what it does not offer: chaining
 * native expressions without a ~0.5 ms JS wrapper per call (engine/native.ts), strptime with
 * `exact` (expr/polars-time.ts), and the error a SQL query could not be planned with
 * (toolkit/sql.ts). nodejs-polars is pinned to an exact version in package.json because of this;
 * tests/engine/native.test.ts guards the behaviour.
 */

/** The native expression under a wrapper. */
export function rawExpr<T = unknown>(e: pl.Expr): T {
  return (e as unknown as { _expr: T })._expr;
}

/** A native expression wrapped back into a full Expr. */
export function wrapExpr(raw: unknown): pl.Expr {
  return (pl as unknown as { _Expr(raw: unknown): pl.Expr })._Expr(raw);
}

/** The native lazy frame under a wrapper: an Error when polars could not plan a SQL query. */
export function rawLazyFrame(lf: pl.LazyDataFrame): unknown {
  return (lf as unknown as { _ldf: unknown })._ldf;
}

/**
 * A query output for select() only: what nodejs-polars' select reads of an expression (the native
 * expression, its type tag and its printed form) without the closures of a full wrapper.
 */
export function outputExpr(raw: unknown): pl.Expr {
  return {
    _expr: raw,
    [Symbol.toStringTag]: () => 'Expr',
    toString: () => String(raw),
  } as unknown as pl.Expr;
}
