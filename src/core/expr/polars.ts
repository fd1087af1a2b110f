import pl from 'nodejs-polars';
import { isStringDtype } from '../toolkit/dtype.ts';
import { lightExpr, native, rawExpr, type NativeExpr } from '../toolkit/polars-internals.ts';
import type { CastType, CmpOp, Node } from './node.ts';
import {
  asText,
  epochMsNative,
  isoFirstFormat,
  isoRestEmpty,
  isoRestMs,
  strptimeExact,
  textMs,
  type IsoShape,
} from './polars-time.ts';

/**
 * What the polars renderer needs from the engine: row-aligned columns, the `where` mask, the
 * user's SQL as a column of the fused query, and the probed ISO shape of a text column. The
 * engine's CheckContext provides them, and records the columns read as they are asked for.
 */
export interface PolarsScope {
  col(name: string): pl.Expr;
  mask(): pl.Expr | undefined;
  sql(expression: string): pl.Expr;
  isoShape(column: string): IsoShape | undefined;
  /** A row-aligned expression computed once per query as a column (see CheckContext.derived). */
  derived(name: string, build: () => pl.Expr, shortcut?: () => Shortcut): pl.Expr;
}

/**
 * A cheaper stand-in for a derived column: `expr` equals the column on any frame where `exact`, a
 * boolean aggregate over that frame, is true. The engine computes it in the same query, and runs
 * the query again with the column itself where it is false.
 */
export interface Shortcut {
  expr: pl.Expr;
  exact: pl.Expr;
}

const casts: Record<CastType, pl.DataType> = {
  String: pl.String,
  Float64: pl.Float64,
  Int32: pl.Int32,
  Int64: pl.Int64,
};

/**
 * Renders nodes to polars expressions. The expression tree is built on native expressions and
 * only what the renderer hands out is wrapped (light wrappers, see toolkit/polars-internals.ts):
 * nodejs-polars' own wrapper costs milliseconds, and a wide suite made one per node of every
 * check. One renderer serves one plan: a node used twice (the parsed column of a date check, the
 * statistics of an outlier check) is built once.
 */
export class PolarsRenderer {
  private readonly rowMemo = new Map<Node, NativeExpr>();
  private readonly valuesMemo = new Map<Node, NativeExpr>();

  private readonly scope: PolarsScope;

  constructor(scope: PolarsScope) {
    this.scope = scope;
  }

  /** A row-aligned expression (aggregates inside it see only the rows inside `where`). */
  row(n: Node): pl.Expr {
    return lightExpr(this.memo(n, false));
  }

  /** An expression over the rows inside `where` only (inputs of aggregates). */
  values(n: Node): pl.Expr {
    return lightExpr(this.memo(n, true));
  }

  private memo(n: Node, filtered: boolean): NativeExpr {
    const m = filtered ? this.valuesMemo : this.rowMemo;
    let e = m.get(n);
    if (!e) {
      e = this.build(n, filtered);
      m.set(n, e);
    }
    return e;
  }

  private build(n: Node, filtered: boolean): NativeExpr {
    const r = (x: Node): NativeExpr => this.memo(x, filtered);
    const values = (x: Node): NativeExpr => this.memo(x, true);
    const row = (x: Node): NativeExpr => this.memo(x, false);
    const s = this.scope;
    const mask = (): NativeExpr | undefined => {
      const m = s.mask();
      return m && rawExpr(m);
    };
    switch (n.k) {
      case 'col': {
        const c = rawExpr(s.col(n.name));
        const m = filtered ? mask() : undefined;
        return m ? c.filter(m) : c;
      }
      case 'lit':
        return native.lit(n.value);
      case 'sql': {
        const e = rawExpr(s.sql(n.text));
        const m = mask();
        return filtered && m ? e.filter(m) : e;
      }
      case 'cmp': {
        const instant = physicalInstantCmp(n, r);
        if (instant) return instant;
        const side = (x: Node): NativeExpr => (isIntegerLit(x) ? integerLit(x.value) : r(x));
        const l = side(n.l);
        const x = side(n.r);
        switch (n.op) {
          case 'eq':
            return l.eq(x);
          case 'neq':
            return l.neq(x);
          case 'lt':
            return l.lt(x);
          case 'lte':
            return l.ltEq(x);
          case 'gt':
            return l.gt(x);
          case 'gte':
            return l.gtEq(x);
        }
        break;
      }
      case 'and':
        return n.args.length > 2 ? native.allHorizontal(n.args.map(r)) : r(n.args[0]!).and(r(n.args[1]!));
      case 'or':
        return n.args.length > 2 ? native.anyHorizontal(n.args.map(r)) : r(n.args[0]!).or(r(n.args[1]!));
      case 'not':
        return r(n.arg).not();
      case 'isNull':
        return r(n.arg).isNull();
      case 'isNotNull':
        return r(n.arg).isNotNull();
      case 'isFinite':
        return r(n.arg).isFinite();
      case 'fillNull':
        return r(n.arg).fillNull(r(n.value));
      case 'in':
        return r(n.arg).isIn(native.lit(pl.Series('values', n.values as unknown[])), false);
      case 'inSeries':
        return r(n.arg).isIn(native.lit(n.series.polars as pl.Series), false);
      case 'regex':
        return r(n.arg).strContains(native.lit(n.pattern), false, true);
      case 'strLen':
        return r(n.arg).strLengths();
      case 'trim':
        return r(n.arg).strStrip();
      case 'lower':
        return r(n.arg).strToLowercase();
      case 'upper':
        return r(n.arg).strToUppercase();
      case 'jsonValid': {
        // JSONPath `$` yields null both for invalid text and for the JSON literal null, which is valid.
        const c = r(n.arg);
        return c
          .strJsonPathMatch(['$'])
          .isNotNull()
          .or(c.strStrip().eq(native.lit('null')));
      }
      case 'startsWith':
        return r(n.arg).strStartsWith(native.lit(n.affix));
      case 'endsWith':
        return r(n.arg).strEndsWith(native.lit(n.affix));
      case 'substr':
        return r(n.arg).strSlice(native.lit(n.start), native.lit(n.length));
      case 'extract':
        return r(n.arg).strExtract(native.lit(n.pattern), 1);
      case 'replace': {
        const [pattern, value] = [native.lit(n.pattern), native.lit(n.with)];
        return n.all
          ? r(n.arg).strReplaceAll(pattern, value, false)
          : r(n.arg).strReplace(pattern, value, false, 1);
      }
      case 'cast':
        return r(n.arg).cast(casts[n.to], n.strict);
      case 'epochMs': {
        const arg = n.arg;
        const derive = (name: string, build: () => NativeExpr, shortcut?: () => Shortcut): NativeExpr =>
          rawExpr(s.derived(name, () => lightExpr(build()), shortcut));
        const m = filtered ? mask() : undefined;
        // Text parsed with a format (datetime_format): the parse date checks on the same column
        // make first when they use that format, so one parse serves both.
        if (arg.k === 'strptime' && arg.arg.k === 'col') {
          const { name } = arg.arg;
          const ms = derive(parsedName(arg.format, name), () => textMs(rawExpr(s.col(name)), arg.format));
          return m ? ms.filter(m) : ms;
        }
        if (!isStringDtype(n.dtype) || arg.k !== 'col') return epochMsNative(r(arg), n.dtype);
        // Parsed text is read by several outputs (a check's count and samples, or two checks on one
        // column), which polars does not share for a fill_null chain: parse once, as columns, in
        // two steps so the rows the first shape leaves unread are found from its column.
        const text = asText(rawExpr(s.col(arg.name)), n.dtype);
        const shape = s.isoShape(arg.name);
        const format = isoFirstFormat(shape);
        const first = derive(parsedName(format, arg.name), () => textMs(text, format));
        // The put-back costs a third of the parse even where it puts back nothing. Where the probe
        // saw one shape only, `first` stands in for it wherever nothing is to be put back.
        const complete = (): Shortcut => ({
          expr: lightExpr(first),
          exact: lightExpr(isoRestEmpty(text, first)),
        });
        const ms = derive(
          `__tg_ms:${arg.name}`,
          () => isoRestMs(text, first),
          shape?.uniform ? complete : undefined,
        );
        return m ? ms.filter(m) : ms;
      }
      case 'strptime':
        return strptimeExact(r(n.arg), n.format);
      case 'arith': {
        const l = r(n.l);
        const x = r(n.r);
        if (n.op === 'add') return l.add(x);
        if (n.op === 'sub') return l.sub(x);
        if (n.op === 'mul') return l.mul(x);
        return l.rem(x);
      }
      case 'abs':
        return r(n.arg).abs();
      case 'floor':
        return r(n.arg).floor();
      case 'when':
        return native.when(r(n.cond), r(n.then), r(n.otherwise));
      case 'rows': {
        const m = mask();
        return m ? m.sum() : native.len();
      }
      case 'agg': {
        let a = values(n.arg);
        if (n.filter) a = a.filter(values(n.filter));
        switch (n.fn) {
          case 'sum':
            return a.sum();
          case 'mean':
            return a.mean();
          case 'std':
            return a.std();
          case 'min':
            return a.min();
          case 'max':
            return a.max();
          case 'median':
            return a.median();
          case 'count':
            return a.count();
          case 'nUnique':
            return a.dropNulls().nUnique();
          case 'all':
            return a.all(true);
        }
        break;
      }
      case 'quantile':
        return values(n.arg).quantile(native.lit(n.q), 'linear');
      case 'distinctList': {
        let a = values(n.arg);
        if (n.filter) a = a.filter(values(n.filter));
        a = a.dropNulls().unique();
        if (n.sorted) a = a.sortWith(false, false, false, false);
        if (n.limit !== undefined) a = a.head(n.limit);
        return a.implode();
      }
      case 'duplicated': {
        const m = mask();
        const parts = n.keys.map(row);
        if (integerKey(n.dtypes)) return duplicatedIntegers(parts[0]!, m);
        // Rows outside `where` get their own key part, so they never duplicate rows inside it.
        if (m) parts.push(m.alias('__tg_where'));
        return (parts.length === 1 ? parts[0]! : native.struct(parts)).isDuplicated();
      }
      case 'keysDistinct':
        return keysDistinct(n.keys.map(row), n.skipNulls, mask(), integerKey(n.dtypes));
      case 'masked': {
        const m = mask();
        const a = r(n.arg);
        return m ? native.when(m, a, native.lit(null)) : a;
      }
      case 'prevNonNull':
        return r(n.arg).shift(native.lit(1)).forwardFill();
    }
    throw new Error(`unrendered node ${(n as Node).k}`);
  }
}

/** A whole-number literal polars holds exactly (a JS number is otherwise a Float64 literal). */
const isIntegerLit = (n: Node): n is { k: 'lit'; value: number } =>
  n.k === 'lit' && typeof n.value === 'number' && Number.isSafeInteger(n.value);

/**
 * A whole number as an Int64 literal, for comparisons: an integer column is then compared as it
 * is, exactly, instead of being cast to Float64 whole first (a float column still casts the
 * literal). Constant-folded by polars.
 */
const integerLit = (value: number): NativeExpr => native.lit(value).cast(pl.Int64, true);

/** Physical units per millisecond of a Datetime dtype name (e.g. "Datetime(us,UTC)"). */
const UNITS_PER_MS: Record<string, number> = { ms: 1, us: 1000, ns: 1_000_000 };

/** Comparisons as seen with their operands swapped (`5 < x` is `x > 5`). */
const SWAPPED: Record<CmpOp, CmpOp> = { lt: 'gt', lte: 'gte', gt: 'lt', gte: 'lte', eq: 'eq', neq: 'neq' };

/**
 * A Datetime column's epoch ms (its value in its own unit, floored to ms) compared with a whole
 * number of ms, rendered as its physical value against the bound in its unit: exact, without
 * computing a column of ms. With f units per ms: ms < L is v < L·f; ms <= L is v < (L+1)·f;
 * ms > H is v >= (H+1)·f; ms >= H is v >= H·f. Undefined where that does not apply.
 */
function physicalInstantCmp(
  n: Extract<Node, { k: 'cmp' }>,
  r: (x: Node) => NativeExpr,
): NativeExpr | undefined {
  const [e, bound, op] = n.l.k === 'epochMs' ? [n.l, n.r, n.op] : [n.r, n.l, SWAPPED[n.op]];
  if (e.k !== 'epochMs' || !isIntegerLit(bound) || op === 'eq' || op === 'neq') return undefined;
  const f = UNITS_PER_MS[/^Datetime\((ms|us|ns)\b/.exec(e.dtype)?.[1] ?? ''];
  if (f === undefined) return undefined;
  const below = op === 'lt' || op === 'lte';
  const limit = (op === 'lt' || op === 'gte' ? bound.value : bound.value + 1) * f;
  if (!Number.isSafeInteger(limit)) return undefined;
  const v = r(e.arg).cast(pl.Int64, false);
  return below ? v.lt(integerLit(limit)) : v.gtEq(integerLit(limit));
}

/** A one-row frame regular expressions are compiled on, made once (a frame costs milliseconds). */
let regexProbe: pl.DataFrame | undefined;
/** Patterns known to compile: a learned suite repeats a few patterns over thousands of columns. */
const compiled = new Set<string>();

/** Compiles a pattern as the `regex` node runs it; throws polars' error when it does not compile. */
export function compileRegex(pattern: string): void {
  if (compiled.has(pattern)) return;
  regexProbe ??= pl.DataFrame({ s: [''] });
  regexProbe.select(lightExpr(native.col('s').strContains(native.lit(pattern), false, true)));
  compiled.add(pattern);
}

/** The derived column of a text column's epoch ms parsed with one format. */
const parsedName = (format: string, column: string): string => `__tg_ms0:${format}:${column}`;

/** A key of one integer column (dtype names as in the schema). */
const integerKey = (dtypes: readonly string[] | undefined): boolean =>
  dtypes?.length === 1 && /^U?Int(8|16|32|64)$/.test(dtypes[0]!);

/**
 * The compared rows (inside `where`; with `skipNulls` only rows whose key parts are all non-null)
 * have as many distinct key hashes as there are rows. Equal keys always hash equally, so a
 * collision can only send a check down the exact path, never hide a duplicate. A distinct count
 * of hashes is 5-10x faster than isDuplicated (measured on 10M ids, strings and two-column keys),
 * and clean data is the common case. One integer column is counted as it is: hashing it costs
 * more than the distinct count (0.3 against 0.04 CPU-s on 5M ids in order).
 */
function keysDistinct(
  parts: NativeExpr[],
  skipNulls: boolean,
  mask: NativeExpr | undefined,
  integer: boolean,
): NativeExpr {
  const conditions = [...(skipNulls ? parts.map((p) => p.isNotNull()) : []), ...(mask ? [mask] : [])];
  // The seeds of nodejs-polars' hash() defaults.
  const key = integer
    ? parts[0]!
    : (parts.length === 1 ? parts[0]! : native.struct(parts)).hash(0n, 1n, 2n, 3n);
  const kept = conditions.length ? key.filter(native.allHorizontal(conditions)) : key;
  // A hash is never null; nulls of an integer key are one distinct value that count() leaves out.
  const rows = integer ? kept.count().add(kept.nullCount()) : kept.count();
  return kept.nUnique().eq(rows);
}

/**
 * isDuplicated of one integer column, from its sorted values: the values that repeat are equal
 * neighbours there, and each row is looked up in that set. isDuplicated fills a hash table of
 * every value (1.0 CPU-s on 5M ids, loaded machine); this costs 0.07 on ids that mostly come in
 * order, 0.34 on shuffled ones, and more than isDuplicated only when most values repeat. Nulls
 * are one key of their own, as in isDuplicated; rows outside `where` are never duplicates (the
 * checks only count rows inside it).
 */
function duplicatedIntegers(c: NativeExpr, mask: NativeExpr | undefined): NativeExpr {
  const inside = mask ? c.filter(mask) : c;
  const sorted = inside.sortWith(false, false, false, false);
  const repeated = sorted
    .filter(sorted.eq(sorted.shift(native.lit(1))))
    .unique()
    .implode();
  const nulls = mask ? c.isNull().and(mask).sum() : c.nullCount();
  const dup = native.when(c.isNull(), nulls.gt(native.lit(1)), c.isIn(repeated, false));
  return mask ? dup.and(mask) : dup;
}
