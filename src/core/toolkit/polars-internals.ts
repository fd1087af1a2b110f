import { createRequire } from 'node:module';
import pl from 'nodejs-polars';
import { POLARS_BINDING_PATH, POLARS_BINDING_SLOT } from './polars-binding.ts';

/**
 * The one place that reaches under nodejs-polars' public API, for what it does not offer:
 * building expressions without its JS wrapper (the wrapper is an object of ~160 fresh closures
 * and costs milliseconds, so a suite of thousands of checks spent most of its time, and its
 * garbage collection, making wrappers of intermediate expressions), strptime with `exact`
 * (expr/polars-time.ts), and the error a SQL query could not be planned with (toolkit/sql.ts).
 * nodejs-polars is pinned to an exact version in package.json because of this;
 * tests/engine/native.test.ts guards the behaviour.
 */

/**
 * A native expression: the methods of nodejs-polars' Rust binding that Truthgate calls, with the
 * arguments the public wrapper passes them (see nodejs-polars' lib/lazy/expr). Methods return a
 * new expression; none mutates.
 */
export interface NativeExpr {
  alias(name: string): NativeExpr;
  eq(o: NativeExpr): NativeExpr;
  neq(o: NativeExpr): NativeExpr;
  lt(o: NativeExpr): NativeExpr;
  ltEq(o: NativeExpr): NativeExpr;
  gt(o: NativeExpr): NativeExpr;
  gtEq(o: NativeExpr): NativeExpr;
  and(o: NativeExpr): NativeExpr;
  or(o: NativeExpr): NativeExpr;
  not(): NativeExpr;
  isNull(): NativeExpr;
  isNotNull(): NativeExpr;
  isFinite(): NativeExpr;
  fillNull(value: NativeExpr): NativeExpr;
  isIn(values: NativeExpr, nullsEqual: boolean): NativeExpr;
  add(o: NativeExpr): NativeExpr;
  sub(o: NativeExpr): NativeExpr;
  mul(o: NativeExpr): NativeExpr;
  div(o: NativeExpr): NativeExpr;
  rem(o: NativeExpr): NativeExpr;
  abs(): NativeExpr;
  floor(): NativeExpr;
  cast(to: pl.DataType, strict: boolean): NativeExpr;
  filter(predicate: NativeExpr): NativeExpr;
  sum(): NativeExpr;
  mean(): NativeExpr;
  std(): NativeExpr;
  min(): NativeExpr;
  max(): NativeExpr;
  median(): NativeExpr;
  count(): NativeExpr;
  first(): NativeExpr;
  last(): NativeExpr;
  nullCount(): NativeExpr;
  any(ignoreNulls: boolean): NativeExpr;
  all(ignoreNulls: boolean): NativeExpr;
  nUnique(): NativeExpr;
  dropNulls(): NativeExpr;
  quantile(q: NativeExpr, interpolation: string): NativeExpr;
  unique(): NativeExpr;
  sortWith(
    descending: boolean,
    nullsLast: boolean,
    multithreaded: boolean,
    maintainOrder: boolean,
  ): NativeExpr;
  head(n: number): NativeExpr;
  slice(offset: NativeExpr, length: NativeExpr): NativeExpr;
  cumSum(reverse: boolean): NativeExpr;
  gather(indices: NativeExpr): NativeExpr;
  /** `n` more rows of `value` at the end (null: a null of the expression's type). */
  extendConstant(value: unknown, n: number): NativeExpr;
  implode(): NativeExpr;
  isDuplicated(): NativeExpr;
  hash(k0: bigint, k1: bigint, k2: bigint, k3: bigint): NativeExpr;
  shift(periods: NativeExpr): NativeExpr;
  /** The binding reads `n` as a wrapper (light or full), unlike the other methods' arguments. */
  diff(n: pl.Expr, nullBehavior: 'ignore' | 'drop'): NativeExpr;
  forwardFill(): NativeExpr;
  strContains(pattern: NativeExpr, literal: boolean, strict: boolean): NativeExpr;
  strLengths(): NativeExpr;
  strStrip(): NativeExpr;
  strToLowercase(): NativeExpr;
  strToUppercase(): NativeExpr;
  strJsonPathMatch(paths: string[]): NativeExpr;
  strStartsWith(affix: NativeExpr): NativeExpr;
  strEndsWith(affix: NativeExpr): NativeExpr;
  strSlice(start: NativeExpr, length: NativeExpr): NativeExpr;
  strExtract(pattern: NativeExpr, group: number): NativeExpr;
  strReplace(pattern: NativeExpr, value: NativeExpr, literal: boolean, n: number): NativeExpr;
  strReplaceAll(pattern: NativeExpr, value: NativeExpr, literal: boolean): NativeExpr;
  strToDate(format: string, strict: boolean, exact: boolean, cache: boolean): NativeExpr;
  /** The same bits as a signed (true) or unsigned 64-bit integer. */
  reinterpret(signed: boolean): NativeExpr;
  strToDatetime(
    format: string,
    unit: undefined,
    tz: undefined,
    strict: boolean,
    exact: boolean,
    cache: boolean,
    ambiguous: undefined,
  ): NativeExpr;
}

interface NativeWhen {
  then(e: NativeExpr): { otherwise(e: NativeExpr): NativeExpr };
}

/** The Rust binding's module functions the public `pl.col`, `pl.lit`, ... wrap. */
interface Binding {
  col(name: string): NativeExpr;
  lit(value: unknown): NativeExpr;
  len(): NativeExpr;
  allHorizontal(exprs: NativeExpr[]): NativeExpr;
  anyHorizontal(exprs: NativeExpr[]): NativeExpr;
  asStruct(exprs: NativeExpr[]): NativeExpr;
  when(cond: NativeExpr): NativeWhen;
}

// The same module instance nodejs-polars' own wrappers call.
const binding = (
  ((globalThis as Record<symbol, unknown>)[POLARS_BINDING_SLOT] ??
    createRequire(import.meta.url)(POLARS_BINDING_PATH)) as { default: Binding }
).default;

export const native = {
  col: (name: string): NativeExpr => binding.col(name),
  /** A scalar literal; a polars Series gives a literal of its values. */
  lit: (value: string | number | boolean | null | pl.Series): NativeExpr =>
    binding.lit(pl.Series.isSeries(value) ? value.inner() : value),
  len: (): NativeExpr => binding.len(),
  allHorizontal: (exprs: NativeExpr[]): NativeExpr => binding.allHorizontal(exprs),
  anyHorizontal: (exprs: NativeExpr[]): NativeExpr => binding.anyHorizontal(exprs),
  struct: (exprs: NativeExpr[]): NativeExpr => binding.asStruct(exprs),
  when: (cond: NativeExpr, then: NativeExpr, otherwise: NativeExpr): NativeExpr =>
    binding.when(cond).then(then).otherwise(otherwise),
};

/** The native expression under a wrapper (a full one or a light one). */
export function rawExpr<T = NativeExpr>(e: pl.Expr): T {
  return (e as unknown as { _expr: T })._expr;
}

/** A native expression wrapped into a full nodejs-polars Expr (costly: see lightExpr). */
export function wrapExpr(raw: unknown): pl.Expr {
  return (pl as unknown as { _Expr(raw: unknown): pl.Expr })._Expr(raw);
}

/**
 * The prototype of light expressions: what nodejs-polars reads to recognise and unwrap an Expr
 * (its type tag, `inner()`, its printed form) answered directly, and every other member of a full
 * wrapper delegating to one built on first use. Built from a sample wrapper, so it follows the
 * pinned version.
 */
const lightProto: object = (() => {
  const sample = pl.lit(0) as unknown as Record<PropertyKey, unknown>;
  const raw = (self: object): NativeExpr & { toString(): string } =>
    rawExpr<NativeExpr & { toString(): string }>(self as pl.Expr);
  const full = (self: object): Record<PropertyKey, unknown> =>
    wrapExpr(raw(self)) as unknown as Record<PropertyKey, unknown>;
  const proto: PropertyDescriptorMap = {};
  for (const key of Reflect.ownKeys(sample)) {
    if (key === '_expr') continue;
    const d = Object.getOwnPropertyDescriptor(sample, key)!;
    proto[key as string] = d.get
      ? {
          get(this: object) {
            return full(this)[key];
          },
        }
      : {
          value(this: object, ...args: unknown[]) {
            return (full(this)[key] as (...a: unknown[]) => unknown)(...args);
          },
        };
  }
  const printed = {
    value(this: object) {
      return raw(this).toString();
    },
  };
  const own: PropertyDescriptorMap = {
    [Symbol.toStringTag]: { value: () => 'Expr' },
    inner: {
      value(this: object) {
        return raw(this);
      },
    },
    toString: printed,
    [Symbol.for('nodejs.util.inspect.custom')]: printed,
  };
  return Object.create(Object.prototype, { ...proto, ...own }) as object;
})();

/**
 * A native expression as an Expr costing one small object: select(), when() and the other
 * functions that take an Expr read its native expression directly, and calling a method on it
 * (rare: a test or a check that adds to a rendered expression) builds the full wrapper then.
 */
export function lightExpr(raw: NativeExpr): pl.Expr {
  const e = Object.create(lightProto) as { _expr: NativeExpr };
  e._expr = raw;
  return e as unknown as pl.Expr;
}

/** The native lazy frame under a wrapper: an Error when polars could not plan a SQL query. */
export function rawLazyFrame(lf: pl.LazyDataFrame): unknown {
  return (lf as unknown as { _ldf: unknown })._ldf;
}
