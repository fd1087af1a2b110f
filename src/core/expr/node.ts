/**
 * The typed expression builder checks write their plans in. A node is plain data, so the polars
 * renderer (expr/polars.ts) and the SQL renderer (expr/sql.ts) read the same definition, golden
 * tests can print it, and a rendering can be cached per node.
 *
 * Semantics every backend must keep:
 * - Row expressions are evaluated on every row of the source (unfiltered, in row order);
 *   aggregates see only the rows inside the check's `where` and ignore nulls, as SQL does.
 * - Comparisons and functions on a null give null; `and`/`or` follow SQL three-valued logic.
 * - Text functions count Unicode characters, not bytes.
 */

export type Scalar = string | number | boolean | null;

/** Casts the checks need, named as polars dtypes; dialects map them to their types. */
export type CastType = 'String' | 'Float64' | 'Int32' | 'Int64';

export type CmpOp = 'eq' | 'neq' | 'lt' | 'lte' | 'gt' | 'gte';
export type ArithOp = 'add' | 'sub' | 'mul' | 'mod';
export type AggFn = 'sum' | 'mean' | 'std' | 'min' | 'max' | 'median' | 'count' | 'nUnique' | 'all';

/** A polars Series of values to test membership against, only the polars backend can render. */
export interface SeriesRef {
  readonly polars: unknown;
  readonly length: number;
}

export type Node =
  | { readonly k: 'col'; readonly name: string }
  | { readonly k: 'lit'; readonly value: Scalar }
  /** The user's own SQL (an `expression` check), evaluated per row in the backend's SQL. */
  | { readonly k: 'sql'; readonly text: string }
  | { readonly k: 'cmp'; readonly op: CmpOp; readonly l: Node; readonly r: Node }
  | { readonly k: 'and' | 'or'; readonly args: readonly Node[] }
  | { readonly k: 'not'; readonly arg: Node }
  | { readonly k: 'isNull' | 'isNotNull' | 'isFinite'; readonly arg: Node }
  | { readonly k: 'fillNull'; readonly arg: Node; readonly value: Node }
  | { readonly k: 'in'; readonly arg: Node; readonly values: readonly Scalar[] }
  | { readonly k: 'inSeries'; readonly arg: Node; readonly series: SeriesRef }
  /** Search semantics: true when `pattern` (Rust regex syntax) matches anywhere in the text. */
  | { readonly k: 'regex'; readonly arg: Node; readonly pattern: string }
  | { readonly k: 'strLen' | 'trim' | 'lower' | 'upper' | 'jsonValid'; readonly arg: Node }
  | { readonly k: 'startsWith' | 'endsWith'; readonly arg: Node; readonly affix: string }
  | { readonly k: 'substr'; readonly arg: Node; readonly start: number; readonly length: number }
  /** The first match of capture group 1 of `pattern`, null when there is none. */
  | { readonly k: 'extract'; readonly arg: Node; readonly pattern: string }
  | {
      readonly k: 'replace';
      readonly arg: Node;
      readonly pattern: string;
      readonly with: string;
      readonly all: boolean;
    }
  /** `strict: false` gives null where the value does not convert. */
  | { readonly k: 'cast'; readonly arg: Node; readonly to: CastType; readonly strict: boolean }
  /**
   * Milliseconds since the Unix epoch (UTC) of a Date, Datetime or ISO 8601 text value (the ISO
   * shapes of expr/polars-time.ts); null where text does not parse. `dtype` is the input's.
   */
  | { readonly k: 'epochMs'; readonly arg: Node; readonly dtype: string }
  /** Text parsed with a strftime format matching the whole value; null where it does not. */
  | { readonly k: 'strptime'; readonly arg: Node; readonly format: string }
  | { readonly k: 'arith'; readonly op: ArithOp; readonly l: Node; readonly r: Node }
  | { readonly k: 'abs' | 'floor'; readonly arg: Node }
  | { readonly k: 'when'; readonly cond: Node; readonly then: Node; readonly otherwise: Node }
  /** Rows inside the check's `where`. */
  | { readonly k: 'rows' }
  | { readonly k: 'agg'; readonly fn: AggFn; readonly arg: Node; readonly filter?: Node }
  | { readonly k: 'quantile'; readonly arg: Node; readonly q: number }
  /** Distinct non-null values (optionally of the rows where `filter` holds), sorted and capped when asked. */
  | {
      readonly k: 'distinctList';
      readonly arg: Node;
      readonly filter?: Node;
      readonly sorted: boolean;
      readonly limit?: number;
    }
  /**
   * Row-aligned: the row's key (null-equal) occurs in another row inside `where`. `dtypes` are the
   * keys' polars dtype names when known (a backend may compare integers a cheaper way).
   */
  | { readonly k: 'duplicated'; readonly keys: readonly Node[]; readonly dtypes?: readonly string[] }
  /** Scalar proof that no two rows inside `where` share a key (polars' `clean` fast path). */
  | {
      readonly k: 'keysDistinct';
      readonly keys: readonly Node[];
      readonly skipNulls: boolean;
      readonly dtypes?: readonly string[];
    }
  /** The value on rows inside `where`, null outside (so window forms only see those rows). */
  | { readonly k: 'masked'; readonly arg: Node }
  /** The previous non-null value in row order (needs an ordered relation). */
  | { readonly k: 'prevNonNull'; readonly arg: Node };

/** A fluent handle over a node; every method returns a new handle, nodes are never mutated. */
export class Expr {
  readonly node: Node;
  constructor(node: Node) {
    this.node = node;
  }

  private cmp(op: CmpOp, r: Operand): Expr {
    return new Expr({ k: 'cmp', op, l: this.node, r: operand(r) });
  }
  eq(r: Operand): Expr {
    return this.cmp('eq', r);
  }
  neq(r: Operand): Expr {
    return this.cmp('neq', r);
  }
  lt(r: Operand): Expr {
    return this.cmp('lt', r);
  }
  lte(r: Operand): Expr {
    return this.cmp('lte', r);
  }
  gt(r: Operand): Expr {
    return this.cmp('gt', r);
  }
  gte(r: Operand): Expr {
    return this.cmp('gte', r);
  }
  and(...r: Expr[]): Expr {
    return and(this, ...r);
  }
  or(...r: Expr[]): Expr {
    return or(this, ...r);
  }
  not(): Expr {
    return new Expr({ k: 'not', arg: this.node });
  }
  isNull(): Expr {
    return new Expr({ k: 'isNull', arg: this.node });
  }
  isNotNull(): Expr {
    return new Expr({ k: 'isNotNull', arg: this.node });
  }
  /** False for NaN and ±infinity (floats only). */
  isFinite(): Expr {
    return new Expr({ k: 'isFinite', arg: this.node });
  }
  fillNull(value: Operand): Expr {
    return new Expr({ k: 'fillNull', arg: this.node, value: operand(value) });
  }
  isIn(values: readonly Scalar[]): Expr {
    return new Expr({ k: 'in', arg: this.node, values });
  }
  isInSeries(series: SeriesRef): Expr {
    return new Expr({ k: 'inSeries', arg: this.node, series });
  }
  matches(pattern: string): Expr {
    return new Expr({ k: 'regex', arg: this.node, pattern });
  }
  length(): Expr {
    return new Expr({ k: 'strLen', arg: this.node });
  }
  /** Text without leading and trailing whitespace. */
  trim(): Expr {
    return new Expr({ k: 'trim', arg: this.node });
  }
  lower(): Expr {
    return new Expr({ k: 'lower', arg: this.node });
  }
  upper(): Expr {
    return new Expr({ k: 'upper', arg: this.node });
  }
  /** Text that is one complete JSON document. */
  jsonValid(): Expr {
    return new Expr({ k: 'jsonValid', arg: this.node });
  }
  startsWith(affix: string): Expr {
    return new Expr({ k: 'startsWith', arg: this.node, affix });
  }
  endsWith(affix: string): Expr {
    return new Expr({ k: 'endsWith', arg: this.node, affix });
  }
  /** `length` characters from 0-based `start` ("" past the end). */
  substr(start: number, length: number): Expr {
    return new Expr({ k: 'substr', arg: this.node, start, length });
  }
  extract(pattern: string): Expr {
    return new Expr({ k: 'extract', arg: this.node, pattern });
  }
  replace(pattern: string, value: string, all: boolean): Expr {
    return new Expr({ k: 'replace', arg: this.node, pattern, with: value, all });
  }
  cast(to: CastType, strict = true): Expr {
    return new Expr({ k: 'cast', arg: this.node, to, strict });
  }
  epochMs(dtype: string): Expr {
    return new Expr({ k: 'epochMs', arg: this.node, dtype });
  }
  strptime(format: string): Expr {
    return new Expr({ k: 'strptime', arg: this.node, format });
  }
  private arith(op: ArithOp, r: Operand): Expr {
    return new Expr({ k: 'arith', op, l: this.node, r: operand(r) });
  }
  add(r: Operand): Expr {
    return this.arith('add', r);
  }
  sub(r: Operand): Expr {
    return this.arith('sub', r);
  }
  mul(r: Operand): Expr {
    return this.arith('mul', r);
  }
  mod(r: Operand): Expr {
    return this.arith('mod', r);
  }
  abs(): Expr {
    return new Expr({ k: 'abs', arg: this.node });
  }
  floor(): Expr {
    return new Expr({ k: 'floor', arg: this.node });
  }
  private agg(fn: AggFn, filter?: Expr): Expr {
    return new Expr({ k: 'agg', fn, arg: this.node, ...(filter ? { filter: filter.node } : {}) });
  }
  sum(): Expr {
    return this.agg('sum');
  }
  mean(): Expr {
    return this.agg('mean');
  }
  /** Sample standard deviation (ddof 1). */
  std(): Expr {
    return this.agg('std');
  }
  min(): Expr {
    return this.agg('min');
  }
  max(): Expr {
    return this.agg('max');
  }
  median(): Expr {
    return this.agg('median');
  }
  /** Non-null values. */
  count(): Expr {
    return this.agg('count');
  }
  /** Distinct non-null values, of the rows where `filter` holds when given. */
  nUnique(filter?: Expr): Expr {
    return this.agg('nUnique', filter);
  }
  /** True when the (boolean) value holds on every row; true without rows. */
  all(): Expr {
    return this.agg('all');
  }
  /** Linear interpolation between the two nearest values (numpy's default). */
  quantile(q: number): Expr {
    return new Expr({ k: 'quantile', arg: this.node, q });
  }
  distinctList(opts: { filter?: Expr; sorted?: boolean; limit?: number } = {}): Expr {
    return new Expr({
      k: 'distinctList',
      arg: this.node,
      ...(opts.filter ? { filter: opts.filter.node } : {}),
      sorted: opts.sorted ?? false,
      ...(opts.limit !== undefined ? { limit: opts.limit } : {}),
    });
  }
  masked(): Expr {
    return new Expr({ k: 'masked', arg: this.node });
  }
  prevNonNull(): Expr {
    return new Expr({ k: 'prevNonNull', arg: this.node });
  }
}

/** What a comparison or arithmetic accepts on its right: an expression or a plain value. */
export type Operand = Expr | Scalar;

function operand(v: Operand): Node {
  return v instanceof Expr ? v.node : { k: 'lit', value: v };
}

export function col(name: string): Expr {
  return new Expr({ k: 'col', name });
}

export function lit(value: Scalar): Expr {
  return new Expr({ k: 'lit', value });
}

/** The user's SQL fragment (screened at suite load), evaluated per row in the backend's dialect. */
export function sqlFragment(text: string): Expr {
  return new Expr({ k: 'sql', text });
}

/** Rows inside the check's `where`. */
export function rows(): Expr {
  return new Expr({ k: 'rows' });
}

export function and(...args: Expr[]): Expr {
  return args.length === 1 ? args[0]! : new Expr({ k: 'and', args: args.map((a) => a.node) });
}

export function or(...args: Expr[]): Expr {
  return args.length === 1 ? args[0]! : new Expr({ k: 'or', args: args.map((a) => a.node) });
}

export function when(cond: Expr, then: Operand, otherwise: Operand): Expr {
  return new Expr({ k: 'when', cond: cond.node, then: operand(then), otherwise: operand(otherwise) });
}

export function duplicated(keys: Expr[], dtypes?: readonly string[]): Expr {
  return new Expr({ k: 'duplicated', keys: keys.map((e) => e.node), ...(dtypes ? { dtypes } : {}) });
}

export function keysDistinct(keys: Expr[], skipNulls: boolean, dtypes?: readonly string[]): Expr {
  return new Expr({
    k: 'keysDistinct',
    keys: keys.map((e) => e.node),
    skipNulls,
    ...(dtypes ? { dtypes } : {}),
  });
}

/** Child nodes of a node, for walks (columns read, features used). */
export function children(n: Node): readonly Node[] {
  switch (n.k) {
    case 'col':
    case 'lit':
    case 'sql':
    case 'rows':
      return [];
    case 'cmp':
    case 'arith':
      return [n.l, n.r];
    case 'and':
    case 'or':
      return n.args;
    case 'fillNull':
      return [n.arg, n.value];
    case 'when':
      return [n.cond, n.then, n.otherwise];
    case 'agg':
    case 'distinctList':
      return n.filter ? [n.arg, n.filter] : [n.arg];
    case 'duplicated':
    case 'keysDistinct':
      return n.keys;
    default:
      return [n.arg];
  }
}
