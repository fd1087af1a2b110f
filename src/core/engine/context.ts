import pl from 'nodejs-polars';
import type { CheckContext } from '../checks/define.ts';
import type { Shortcut } from '../expr/polars.ts';
import { lightExpr, native, rawExpr } from '../toolkit/polars-internals.ts';
import type { SourceHistory } from '../history/series.ts';
import type { OpenedSource } from '../sources/open.ts';
import { executeSql } from '../toolkit/sql.ts';

/**
 * SQL expressions (`where` filters and expression checks) become named boolean/value columns of
 * one SQL projection over the source, so they ride along in the same fused scan.
 */
export class SqlColumns {
  private readonly byExpr = new Map<string, string>();
  /** Expressions per alias, shared by the checks using them (light wrappers, see native.ts). */
  private readonly cols = new Map<string, pl.Expr>();
  private readonly masks = new Map<string, pl.Expr>();

  /** The expression's column in the fused query. */
  col(alias: string): pl.Expr {
    let c = this.cols.get(alias);
    if (!c) {
      c = lightExpr(native.col(alias));
      this.cols.set(alias, c);
    }
    return c;
  }

  /** The expression's column as a row-aligned boolean, null counting as false (a `where` filter). */
  mask(alias: string): pl.Expr {
    let m = this.masks.get(alias);
    if (!m) {
      m = lightExpr(native.col(alias).fillNull(native.lit(false)));
      this.masks.set(alias, m);
    }
    return m;
  }

  alias(expression: string): string {
    let a = this.byExpr.get(expression);
    if (!a) {
      a = `__tg_sql${this.byExpr.size}`;
      this.byExpr.set(expression, a);
    }
    return a;
  }

  get size(): number {
    return this.byExpr.size;
  }

  entries(): [string, string][] {
    return [...this.byExpr.entries()];
  }

  /** The source frame with every registered SQL column appended. */
  apply(lf: pl.LazyDataFrame, only?: Set<string>): pl.LazyDataFrame {
    const cols = this.entries().filter(([, a]) => !only || only.has(a));
    if (cols.length === 0) return lf;
    const projections = cols.map(([e, a]) => `(${e}) AS "${a}"`).join(', ');
    return executeSql({ src: lf }, `SELECT *, ${projections} FROM src`);
  }
}

/** A derived column (see CheckContext.derived), and its shortcut, both aliased to its name. */
export interface DerivedColumn {
  expr: pl.Expr;
  shortcut?: Shortcut;
}

export interface ContextInput {
  /** A source column as an expression, shared per source (default: a new one per call). */
  column?: (name: string) => pl.Expr;
  source: OpenedSource;
  schema: Record<string, string>;
  now: Date;
  baseDir: string;
  where: string | undefined;
  sql: SqlColumns;
  /** Receives every SQL alias the check depends on, so a bad expression breaks only its checks. */
  used: Set<string>;
  /**
   * Receives every source column the check's plan reads (chunked runs parse and keep only
   * these). Checks reach columns only through col/values, so recording here is exhaustive.
   */
  reads: Set<string>;
  others: (name: string) => OpenedSource;
  history?: SourceHistory;
  /** Derived columns of the source by name, shared by its checks. */
  derived: Map<string, DerivedColumn>;
  /** Receives the name of every derived column the check reads. */
  derivedUsed: Set<string>;
}

export function makeContext(input: ContextInput): CheckContext {
  const column = input.column ?? ((name: string): pl.Expr => lightExpr(native.col(name)));
  const col = (name: string): pl.Expr => {
    input.reads.add(name);
    return column(name);
  };
  const aliasOf = (expression: string): string => {
    const a = input.sql.alias(expression);
    input.used.add(a);
    return a;
  };
  const whereCol = input.where ? input.sql.mask(aliasOf(input.where)) : undefined;
  return {
    source: input.source,
    schema: input.schema,
    now: input.now,
    baseDir: input.baseDir,
    col,
    values: (name) => (whereCol ? col(name).filter(whereCol) : col(name)),
    rows: () => (whereCol ? whereCol.sum() : pl.len()),
    mask: () => whereCol,
    sql: (expression) => input.sql.col(aliasOf(expression)),
    derived: (name, build, shortcut) => {
      if (!input.derived.has(name)) {
        const named = (e: pl.Expr): pl.Expr => lightExpr(rawExpr(e).alias(name));
        const s = shortcut?.();
        input.derived.set(name, {
          expr: named(build()),
          ...(s && { shortcut: { ...s, expr: named(s.expr) } }),
        });
      }
      input.derivedUsed.add(name);
      // Not a read: chunked runs parse source columns only.
      return column(name);
    },
    other: input.others,
    ...(input.where ? { where: input.where } : {}),
    ...(input.history ? { history: input.history } : {}),
    frame: () => {
      const lf = input.source.lazy();
      if (!input.where) return lf;
      return executeSql({ src: lf }, `SELECT * FROM src WHERE ${input.where}`);
    },
  };
}
