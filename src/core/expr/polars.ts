import pl from 'nodejs-polars';
import { isStringDtype } from '../toolkit/dtype.ts';
import type { CastType, Node } from './node.ts';
import { asText, epochMs, isoFirstMs, isoRestMs, strptimeExact } from './polars-time.ts';

/**
 * What the polars renderer needs from the engine: row-aligned columns, the `where` mask, the
 * user's SQL as a column of the fused query, and the probed ISO shape of a text column. The
 * engine's CheckContext provides them, and records the columns read as they are asked for.
 */
export interface PolarsScope {
  col(name: string): pl.Expr;
  mask(): pl.Expr | undefined;
  sql(expression: string): pl.Expr;
  isoShape(column: string): string | undefined;
  /** A row-aligned expression computed once per query as a column (see CheckContext.derived). */
  derived(name: string, build: () => pl.Expr): pl.Expr;
}

const casts: Record<CastType, pl.DataType> = {
  String: pl.String,
  Float64: pl.Float64,
  Int32: pl.Int32,
  Int64: pl.Int64,
};

/**
 * Renders nodes to polars expressions. One renderer serves one plan: a node used twice (the
 * parsed column of a date check, the statistics of an outlier check) is built once, since each
 * nodejs-polars wrapper costs about half a millisecond.
 */
export class PolarsRenderer {
  private readonly rowMemo = new Map<Node, pl.Expr>();
  private readonly valuesMemo = new Map<Node, pl.Expr>();

  private readonly scope: PolarsScope;

  constructor(scope: PolarsScope) {
    this.scope = scope;
  }

  /** A row-aligned expression (aggregates inside it see only the rows inside `where`). */
  row(n: Node): pl.Expr {
    return this.memo(n, false);
  }

  /** An expression over the rows inside `where` only (inputs of aggregates). */
  values(n: Node): pl.Expr {
    return this.memo(n, true);
  }

  private memo(n: Node, filtered: boolean): pl.Expr {
    const m = filtered ? this.valuesMemo : this.rowMemo;
    let e = m.get(n);
    if (!e) {
      e = this.build(n, filtered);
      m.set(n, e);
    }
    return e;
  }

  private build(n: Node, filtered: boolean): pl.Expr {
    const r = (x: Node): pl.Expr => this.memo(x, filtered);
    const s = this.scope;
    switch (n.k) {
      case 'col': {
        const mask = filtered ? s.mask() : undefined;
        return mask ? s.col(n.name).filter(mask) : s.col(n.name);
      }
      case 'lit':
        return pl.lit(n.value);
      case 'sql': {
        const e = s.sql(n.text);
        const mask = s.mask();
        return filtered && mask ? e.filter(mask) : e;
      }
      case 'cmp': {
        const l = r(n.l);
        const x = r(n.r);
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
        return n.args.length > 2 ? pl.allHorizontal(n.args.map(r)) : r(n.args[0]!).and(r(n.args[1]!));
      case 'or':
        return n.args.length > 2 ? pl.anyHorizontal(n.args.map(r)) : r(n.args[0]!).or(r(n.args[1]!));
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
        return r(n.arg).isIn(pl.lit(pl.Series('values', n.values as unknown[])));
      case 'inSeries':
        return r(n.arg).isIn(pl.lit(n.series.polars as pl.Series));
      case 'regex':
        return r(n.arg).str.contains(n.pattern);
      case 'strLen':
        return r(n.arg).str.lengths();
      case 'trim':
        return r(n.arg).str.strip();
      case 'lower':
        return r(n.arg).str.toLowerCase();
      case 'upper':
        return r(n.arg).str.toUpperCase();
      case 'jsonValid': {
        // JSONPath `$` yields null both for invalid text and for the JSON literal null, which is valid.
        const c = r(n.arg);
        return c.str
          .jsonPathMatch('$')
          .isNotNull()
          .or(c.str.strip().eq(pl.lit('null')));
      }
      case 'startsWith':
        return r(n.arg).str.startsWith(n.affix);
      case 'endsWith':
        return r(n.arg).str.endsWith(n.affix);
      case 'substr':
        return r(n.arg).str.slice(n.start, n.length);
      case 'extract':
        return r(n.arg).str.extract(n.pattern, 1);
      case 'replace':
        return n.all ? r(n.arg).str.replaceAll(n.pattern, n.with) : r(n.arg).str.replace(n.pattern, n.with);
      case 'cast':
        return r(n.arg).cast(casts[n.to], n.strict);
      case 'epochMs': {
        const arg = n.arg;
        if (!isStringDtype(n.dtype) || arg.k !== 'col') return epochMs(r(arg), n.dtype);
        // Parsed text is read by several outputs (a check's count and samples, or two checks on one
        // column), which polars does not share for a fill_null chain: parse once, as columns, in
        // two steps so the rows the first shape leaves unread are found from its column.
        const text = asText(s.col(arg.name), n.dtype);
        const first = s.derived(`__tg_ms0:${arg.name}`, () => isoFirstMs(text, s.isoShape(arg.name)));
        const ms = s.derived(`__tg_ms:${arg.name}`, () => isoRestMs(text, first));
        const mask = filtered ? s.mask() : undefined;
        return mask ? ms.filter(mask) : ms;
      }
      case 'strptime':
        return strptimeExact(r(n.arg), n.format);
      case 'arith': {
        const l = r(n.l);
        const x = r(n.r);
        if (n.op === 'add') return l.add(x);
        if (n.op === 'sub') return l.sub(x);
        if (n.op === 'mul') return l.mul(x);
        return l.modulo(x);
      }
      case 'abs':
        return r(n.arg).abs();
      case 'floor':
        return r(n.arg).floor();
      case 'when':
        return pl.when(r(n.cond)).then(r(n.then)).otherwise(r(n.otherwise));
      case 'rows': {
        const mask = s.mask();
        return mask ? mask.sum() : pl.len();
      }
      case 'agg': {
        let a = this.values(n.arg);
        if (n.filter) a = a.filter(this.values(n.filter));
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
            return a.all();
        }
        break;
      }
      case 'quantile':
        return this.values(n.arg).quantile(n.q, 'linear');
      case 'distinctList': {
        let a = this.values(n.arg);
        if (n.filter) a = a.filter(this.values(n.filter));
        a = a.dropNulls().unique();
        if (n.sorted) a = a.sort();
        if (n.limit !== undefined) a = a.head(n.limit);
        return a.implode();
      }
      case 'duplicated': {
        // Rows outside `where` get their own key part, so they never duplicate rows inside it.
        const mask = s.mask();
        const parts = n.keys.map((k) => this.row(k));
        if (mask) parts.push(mask.alias('__tg_where'));
        return (parts.length === 1 ? parts[0]! : pl.struct(parts)).isDuplicated();
      }
      case 'keysDistinct':
        return keysDistinct(
          n.keys.map((k) => this.row(k)),
          n.skipNulls,
          s.mask(),
        );
      case 'masked': {
        const mask = s.mask();
        const a = r(n.arg);
        return mask ? pl.when(mask).then(a).otherwise(pl.lit(null)) : a;
      }
      case 'prevNonNull':
        return r(n.arg).shift(1).forwardFill();
    }
    throw new Error(`unrendered node ${(n as Node).k}`);
  }
}

/**
 * The compared rows (inside `where`; with `skipNulls` only rows whose key parts are all non-null)
 * have as many distinct key hashes as there are rows. Equal keys always hash equally, so a
 * collision can only send a check down the exact path, never hide a duplicate. A distinct count
 * of hashes is 5-10x faster than isDuplicated (measured on 10M ids, strings and two-column keys),
 * and clean data is the common case.
 */
function keysDistinct(parts: pl.Expr[], skipNulls: boolean, mask: pl.Expr | undefined): pl.Expr {
  const conditions = [...(skipNulls ? parts.map((p) => p.isNotNull()) : []), ...(mask ? [mask] : [])];
  const hashed = (parts.length === 1 ? parts[0]! : pl.struct(parts)).hash();
  const kept = conditions.length ? hashed.filter(pl.allHorizontal(conditions)) : hashed;
  return kept.nUnique().eq(kept.count());
}
