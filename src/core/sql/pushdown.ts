/**
 * Pushdown: every pushdown-able check of one SQL source compiled into ONE aggregate SELECT, the
 * SQL twin of the polars engine's one fused scan. This module only writes SQL; the SQL source
 * driver runs it, reads its single row, and turns the outputs into results:
 *
 *   const c = compilePushdown({ checks, relation: { table: ['public', 'orders'] }, dialect: postgres, ctx });
 *   const row = (await client.query(c.sql)).rows[0];          // one scan
 *   for (const p of c.pushed)
 *     if (p.kind === 'row') rowVerdict(p.plan, p.check, await p.failingOf(row, run), num(row[p.judged]));
 *     else p.plan.evaluate(p.metricsOf(row));
 *   // failing row checks only: await client.query(p.sampleQuery(sampleSize))
 *   // c.errors: checks that did not compile (TG_CHECK_UNSUPPORTED_BACKEND, TG_COLUMN_NOT_FOUND, ...)
 *
 * Row checks become filtered counts (`count(*) FILTER (WHERE fails AND judged AND where)`), as
 * the engine counts them; aggregate checks become their metrics, each inside the check's `where`.
 * Whole-column values inside row tests (duplicates, z-score statistics) are window columns of
 * one derived table under the aggregate, so the source is still read once; a duplicate test with
 * a clean proof (a distinct count) puts only the proof there, and counts its failing rows with
 * the windows in a query of its own only when the proof fails.
 *
 * The same outputs also come as `parts`, for a database that runs several queries at once in one
 * snapshot (PostgreSQL, see engine/sql-source.ts): PostgreSQL 15 plans no parallel scan for an
 * aggregate holding DISTINCT or an ordered-set aggregate (percentiles), so each of those goes to a
 * part of its own, window columns to another, and the plain aggregates keep a part the planner can run
 * in parallel. A regex test of one column whose distinct values are few (`grouped`) is evaluated
 * once per distinct value in a part that groups the column first; its count is the same.
 */
import { renderForDialect, unsupportedBackend } from '../checks/backends.ts';
import type { AggregateSpec, CheckDefinition, PlanContext, RowSpec } from '../checks/define.ts';
import { TruthgateError, asTruthgateError } from '../errors.ts';
import type { Dialect } from '../expr/dialect.ts';
import { fillTemplate } from '../expr/dialect.ts';
import { quoteIdent, SUBSELECT_ALIAS, UnsupportedInDialect } from '../expr/sql.ts';
import { nearest } from '../checks/nearest.ts';
import { columnNotFound } from '../toolkit/columns.ts';
import { toNumber } from '../toolkit/numbers.ts';

/** What pushdown needs of a bound check instance (the engine's CheckInstance has all of it). */
export interface PushdownCheck {
  id: string;
  def: CheckDefinition;
  params: Record<string, unknown>;
  /** SQL boolean in the database's dialect (screened at suite load). */
  where?: string;
}

/** A table (schema-qualified parts, each quoted by the dialect) or the source's own `query:`. */
export type Relation = { table: readonly string[] } | { query: string };

export interface PushdownInput<C extends PushdownCheck> {
  checks: readonly C[];
  relation: Relation;
  dialect: Dialect;
  /** Schema as polars dtype names (the driver maps SQL types), the run clock, other sources. */
  ctx: PlanContext;
  /**
   * Columns whose regex tests `parts` may evaluate once per distinct value: columns with far
   * fewer distinct values than rows, whose equality is byte equality (the driver's judgement).
   */
  grouped?: ReadonlySet<string>;
}

export interface PushedRow<C> {
  kind: 'row';
  check: C;
  plan: RowSpec;
  /**
   * Failing rows (judged, inside `where`) from the query's row; `run` answers the follow-up
   * query of a check whose clean proof failed (its windowed count), and is not called otherwise.
   */
  failingOf(
    row: Record<string, unknown>,
    run: (sql: string) => Promise<Record<string, unknown>[]>,
  ): Promise<number>;
  /** The follow-up count query, for a check whose one-query output is a clean proof. */
  deferredQuery?: string;
  /** Output column of judged rows inside `where`. */
  judged: string;
  /**
   * A bounded query for up to `limit` failing rows: the check's columns plus `extra` ones, the
   * first by `order` when given (a key, so the same rows come every time).
   */
  sampleQuery(limit: number, extra?: readonly string[], order?: readonly string[]): string;
}

export interface PushedAggregate<C> {
  kind: 'aggregate';
  check: C;
  plan: AggregateSpec;
  /** Metric name -> output column. */
  metrics: Record<string, string>;
  /** The check's metrics from the query's row, ready for `plan.evaluate`. */
  metricsOf(row: Record<string, unknown>): Record<string, unknown>;
}

export type PushedCheck<C> = PushedRow<C> | PushedAggregate<C>;

export interface CompiledPushdown<C> {
  /** The one aggregate SELECT; it returns exactly one row. */
  sql: string;
  /**
   * The same outputs as independent one-row queries (see the module comment); merging their rows
   * gives the row of `sql`. A single part when splitting gains nothing.
   */
  parts: string[];
  /** Output column of the source's total row count. */
  rowCount: string;
  pushed: PushedCheck<C>[];
  /** Checks that did not compile, each with its coded error; the other checks still run. */
  errors: { check: C; error: TruthgateError }[];
}

export const ROW_COUNT = '__tg_rows';

export function relationSql(relation: Relation, dialect: Dialect): string {
  return 'table' in relation
    ? relation.table.map((p) => quoteIdent(dialect, p)).join('.')
    : `(${relation.query}) AS ${quoteIdent(dialect, '__tg_q')}`;
}

/** The relation, with window columns added in a derived table when some check needs them. */
function withWindows(from: string, windows: Map<string, string>, dialect: Dialect): string {
  if (windows.size === 0) return from;
  const cols = [...windows].map(([sql, alias]) => `${sql} AS ${quoteIdent(dialect, alias)}`);
  const barrier = [...windows.values()].some((a) => a.startsWith(SUBSELECT_ALIAS)) ? ' OFFSET 0' : '';
  return `(SELECT *, ${cols.join(', ')} FROM ${from}${barrier}) AS ${quoteIdent(dialect, '__tg_src')}`;
}

export function compilePushdown<C extends PushdownCheck>(input: PushdownInput<C>): CompiledPushdown<C> {
  const { dialect: d, ctx } = input;
  const from = relationSql(input.relation, d);
  const columns = Object.keys(ctx.schema);
  const outputs: string[] = [];
  const windows = new Map<string, string>();
  // Output lists of the parts, by part key ('' the plain aggregates, then 'group:<column>',
  // 'ordered:<n>' and 'windows', see partOf).
  const partOutputs = new Map<string, string[]>([['', []]]);
  // Equal expressions (the judged count of two checks of one column) are computed once.
  const aliasOf = new Map<string, string>();
  /** `grouped`: the output as a count over the column's groups, in that column's part. */
  const output = (sql: string, alias: string, grouped?: { column: string; sql: string }): string => {
    const seen = aliasOf.get(sql);
    if (seen !== undefined) return seen;
    aliasOf.set(sql, alias);
    outputs.push(`${sql} AS ${quoteIdent(d, alias)}`);
    const part = grouped ? `group:${grouped.column}` : partOf(sql, windows, d);
    // Each DISTINCT or percentile sorts the rows on its own: apart, they sort at once.
    const key = part === 'ordered' ? `ordered:${outputs.length}` : part;
    const list = partOutputs.get(key) ?? [];
    list.push(`${grouped?.sql ?? sql} AS ${quoteIdent(d, alias)}`);
    partOutputs.set(key, list);
    return alias;
  };
  const rowCount = output('count(*)', ROW_COUNT);
  const pushed: PushedCheck<C>[] = [];
  const errors: CompiledPushdown<C>['errors'] = [];

  input.checks.forEach((check, i) => {
    const own = check.def.columns(check.params);
    const missing = own.find((c) => !(c in ctx.schema));
    if (missing !== undefined) {
      errors.push({
        check,
        error: columnNotFound(missing, ctx.source.name, columns, nearest(missing, columns)),
      });
      return;
    }
    const prefix = `__tg_c${i}_`;
    try {
      if (check.def.sqlUnsupported) throw new UnsupportedInDialect(check.def.sqlUnsupported);
      const plan = check.def.logicalPlan(check.params, ctx);
      // A row test needing windows (duplicates) and proven clean by an aggregate keeps its
      // windows out of the one query: they sort the table, and on clean data are never needed.
      const mine = new Map<string, string>();
      let r = renderForDialect(
        plan,
        d,
        ctx.schema,
        check.where,
        plan.kind === 'row' && plan.clean ? mine : windows,
        from,
      );
      if (r.kind === 'row' && mine.size > 0 && r.clean === undefined)
        r = renderForDialect(plan, d, ctx.schema, check.where, windows, from);
      if (plan.kind === 'row' && r.kind === 'row') {
        const deferred = mine.size > 0 && r.clean !== undefined;
        const judged = r.judged ?? (plan.judged === 'all' ? undefined : notNull(own, d));
        const conditions = [r.fails, ...(judged ? [judged] : [])];
        const judgedName = output(r.renderer.countWhere(judged ? [judged] : []), `${prefix}j`);
        const failingSql = r.renderer.countWhere(conditions);
        const where = [...conditions, ...(check.where ? [`(${check.where})`] : [])].join(' AND ');
        // The sample and deferred queries compute only the window columns their own test reads.
        const ownWindows = deferred
          ? mine
          : new Map([...windows].filter(([, alias]) => where.includes(quoteIdent(d, alias))));
        let failingOf: PushedRow<C>['failingOf'];
        let deferredQuery: string | undefined;
        if (deferred) {
          const clean = output(r.clean!, `${prefix}clean`);
          const query = `SELECT ${failingSql} AS ${quoteIdent(d, 'failing')} FROM ${withWindows(from, ownWindows, d)}`;
          deferredQuery = query;
          failingOf = async (row, run) =>
            row[clean] === true ? 0 : (toNumber((await run(query))[0]?.failing) ?? 0);
        } else {
          const column = own.length === 1 ? own[0]! : undefined;
          const group =
            column !== undefined &&
            column !== GROUP_COUNT &&
            input.grouped?.has(column) &&
            check.where === undefined &&
            hasRegex(plan.fails.node) &&
            readsOnly(conditions, column, columns, windows, d)
              ? {
                  column,
                  sql: `coalesce(sum(${quoteIdent(d, GROUP_COUNT)}) FILTER (WHERE ${conditions.join(' AND ')}), 0)`,
                }
              : undefined;
          const failing = output(failingSql, `${prefix}f`, group);
          failingOf = (row) => Promise.resolve(toNumber(row[failing]) ?? 0);
        }
        pushed.push({
          kind: 'row',
          check,
          plan,
          failingOf,
          ...(deferredQuery ? { deferredQuery } : {}),
          judged: judgedName,
          sampleQuery: (limit, extra = [], order = []) => {
            const shown = [...new Set([...extra, ...own])].filter((c) => c in ctx.schema);
            const list = shown.length ? shown.map((c) => quoteIdent(d, c)).join(', ') : '*';
            const by = order.filter((c) => c in ctx.schema).map((c) => quoteIdent(d, c));
            return fillTemplate(d.limit, [
              `SELECT ${list} FROM ${withWindows(from, ownWindows, d)} WHERE ${where}${by.length ? ` ORDER BY ${by.join(', ')}` : ''}`,
              Math.max(0, Math.floor(limit)),
            ]);
          },
        });
      } else if (plan.kind === 'aggregate' && r.kind === 'aggregate') {
        const metrics: Record<string, string> = {};
        for (const [name, sql] of Object.entries(r.metrics)) metrics[name] = output(sql, `${prefix}${name}`);
        pushed.push({
          kind: 'aggregate',
          check,
          plan,
          metrics,
          metricsOf: (row) => Object.fromEntries(Object.entries(metrics).map(([k, col]) => [k, row[col]])),
        });
      }
    } catch (err) {
      const error =
        err instanceof UnsupportedInDialect
          ? unsupportedBackend(check.id, d, err.reason)
          : err instanceof TruthgateError
            ? err
            : new TruthgateError('TG_CHECK_ERROR', {
                check: check.id,
                detail: asTruthgateError(err).message,
              });
      errors.push({ check, error });
    }
  });

  // Heaviest first, so they start at once when there are more parts than connections.
  const rank = (key: string) => ['group', 'ordered', 'windows', ''].indexOf(key.split(':')[0]!);
  const ranked = [...partOutputs].sort(([a], [b]) => rank(a) - rank(b));
  const parts = ranked.map(([key, list]) => {
    const group = key.startsWith('group:') ? key.slice('group:'.length) : undefined;
    const source = group
      ? `(SELECT ${quoteIdent(d, group)}, count(*) AS ${quoteIdent(d, GROUP_COUNT)} FROM ${from} GROUP BY ${quoteIdent(d, group)}) AS ${quoteIdent(d, '__tg_g')}`
      : key === 'windows'
        ? withWindows(from, windows, d)
        : from;
    return `SELECT ${list.join(',\n  ')}\nFROM ${source}`;
  });
  return {
    sql: `SELECT ${outputs.join(',\n  ')}\nFROM ${withWindows(from, windows, d)}`,
    parts,
    rowCount,
    pushed,
    errors,
  };
}

const GROUP_COUNT = '__tg_n';

/**
 * The part an output belongs to: window columns need the derived table; DISTINCT and ordered-set
 * aggregates keep PostgreSQL from planning a parallel scan; the rest is plain aggregates.
 */
function partOf(sql: string, windows: Map<string, string>, d: Dialect): string {
  if ([...windows.values()].some((alias) => sql.includes(quoteIdent(d, alias)))) return 'windows';
  return /\bDISTINCT\b|\bWITHIN GROUP\b/i.test(sql) ? 'ordered' : '';
}

/** Whether an expression tree holds a regex test (the per-row cost worth evaluating per value). */
function hasRegex(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) return false;
  if ((node as { k?: unknown }).k === 'regex') return true;
  return Object.values(node).some(hasRegex);
}

/** Whether these SQL conditions read `column` and no other column or window of the source. */
function readsOnly(
  conditions: string[],
  column: string,
  columns: string[],
  windows: Map<string, string>,
  d: Dialect,
): boolean {
  const text = conditions.join(' ');
  return [...columns.filter((c) => c !== column), ...windows.values()].every(
    (other) => !text.includes(quoteIdent(d, other)),
  );
}

/** The rows a value check judges by default: every involved column non-null. */
function notNull(columns: string[], d: Dialect): string | undefined {
  if (columns.length === 0) return undefined;
  return `(${columns.map((c) => `${quoteIdent(d, c)} IS NOT NULL`).join(' AND ')})`;
}
