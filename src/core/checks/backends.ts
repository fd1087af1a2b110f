import { TruthgateError } from '../errors.ts';
import { dialects, type Dialect } from '../expr/dialect.ts';
import { SqlRenderer, UnsupportedInDialect } from '../expr/sql.ts';
import type { CheckDefinition, CheckPlan, PlanContext } from './define.ts';

/** polars runs every check; SQL dialects run those their table can express. */
export const POLARS = 'polars';

export type Support = { supported: true } | { supported: false; reason: string };

/** A check's plan as SQL text of one dialect: its metrics, or its row test and judged rows. */
export type RenderedPlan =
  | { kind: 'aggregate'; renderer: SqlRenderer; metrics: Record<string, string> }
  | {
      kind: 'row';
      renderer: SqlRenderer;
      fails: string;
      judged: string | undefined;
      /** The plan's `clean` proof as an aggregate, when it has one the dialect can express. */
      clean: string | undefined;
    };

/**
 * Renders a builder plan for a dialect; throws UnsupportedInDialect with the reason when a node
 * cannot be expressed (the optional `clean` proof is then just left out).
 */
export function renderForDialect(
  plan: CheckPlan,
  dialect: Dialect,
  schema: Record<string, string>,
  where?: string,
  windows?: Map<string, string>,
  relation?: string,
): RenderedPlan {
  if (plan.kind === 'standalone') throw new UnsupportedInDialect('the check runs its own query');
  const renderer = new SqlRenderer(dialect, where, windows, schema, relation);
  if (plan.kind === 'aggregate') {
    const metrics: Record<string, string> = {};
    for (const [k, e] of Object.entries(plan.metrics)) metrics[k] = renderer.aggregate(e.node);
    return { kind: 'aggregate', renderer, metrics };
  }
  const fails = renderer.row(plan.fails.node);
  const judged =
    plan.judged === undefined || plan.judged === 'all' ? undefined : renderer.row(plan.judged.node);
  return {
    kind: 'row',
    renderer,
    fails,
    judged,
    clean: plan.clean && optional(() => renderer.aggregate(plan.clean!.node)),
  };
}

function optional(render: () => string): string | undefined {
  try {
    return render();
  } catch (err) {
    if (err instanceof UnsupportedInDialect) return undefined;
    throw err;
  }
}

const cache = new Map<string, Support>();

/**
 * Whether `def` with these params runs on `dialect` for a source of this schema, and if not,
 * why. Answered by rendering the check's one plan (cached per check, params, schema and dialect),
 * so the answer cannot drift from what the SQL backend does. Plan-time errors (a wrong dtype, a
 * bad regex) are not answered here; they surface as the check's own error.
 */
export function supportOn<P>(
  def: CheckDefinition<P>,
  params: P,
  ctx: PlanContext,
  dialect: Dialect,
): Support {
  if (def.sqlRun) {
    const reason = def.sqlRun.unsupported(params, ctx);
    return reason === undefined ? { supported: true } : { supported: false, reason };
  }
  if (def.sqlUnsupported) return { supported: false, reason: def.sqlUnsupported };
  if (def.sqlOwnQuery) return { supported: true };
  const key = JSON.stringify([dialect.name, def.name, params, ctx.schema]);
  let s = cache.get(key);
  if (!s) {
    try {
      // Any relation: support does not depend on which table the check reads.
      renderForDialect(def.logicalPlan(params, ctx), dialect, ctx.schema, undefined, undefined, 'source');
      s = { supported: true };
    } catch (err) {
      if (!(err instanceof UnsupportedInDialect)) throw err;
      s = { supported: false, reason: err.reason };
    }
    cache.set(key, s);
  }
  return s;
}

/** Every backend with its answer for this check: polars first, then each SQL dialect. */
export function checkBackends<P>(
  def: CheckDefinition<P>,
  params: P,
  ctx: PlanContext,
): ({ backend: string } & Support)[] {
  return [
    { backend: POLARS, supported: true },
    ...dialects.map((d) => ({ backend: d.name, ...supportOn(def, params, ctx, d) })),
  ];
}

/** The suite-validation error for a check a backend cannot run. */
export function unsupportedBackend(check: string, dialect: Dialect, reason: string): TruthgateError {
  return new TruthgateError('TG_CHECK_UNSUPPORTED_BACKEND', { check, backend: dialect.title, reason });
}

/** Keys of a suite entry that are not check params. */
const COMMON_FIELDS = new Set(['mostly', 'where', 'severity', 'tags', 'description', 'id']);

/** A check's documented example as params (its first column for per-column sugar). */
export function exampleParams(def: CheckDefinition): Record<string, unknown> {
  const rest = Object.fromEntries(Object.entries(def.example).filter(([k]) => !COMMON_FIELDS.has(k)));
  if (def.perColumn && Array.isArray(rest.columns)) {
    const { columns, ...others } = rest;
    return def.params.parse({ ...others, column: (columns as string[])[0] }) as Record<string, unknown>;
  }
  return def.params.parse(rest) as Record<string, unknown>;
}

/** Why a check reading another source runs on a SQL source only in some suites. */
export const OTHER_SOURCE_IN_DATABASE =
  'runs in the database only when the source it reads is a table or query of the same connection';

/**
 * A plan context for a schema alone, without rows (docs and golden tests): reading another source
 * or the frame is not possible there, and checks that would are declared `sqlUnsupported`.
 */
export function schemaOnlyContext(schema: Record<string, string>, now = new Date(0)): PlanContext {
  const none = (): never => {
    throw new Error('a schema-only plan context reads no data');
  };
  return {
    source: { name: 'source' } as PlanContext['source'],
    schema,
    now,
    baseDir: '.',
    other: none,
    frame: none,
    otherSql: () => {
      throw new UnsupportedInDialect(OTHER_SOURCE_IN_DATABASE);
    },
  };
}

/** Column dtypes a catalog entry is tried with, in order (docs and golden tests). */
export const SAMPLE_DTYPES = ['Int64', 'Float64', 'String', 'Date', 'Datetime(us)'] as const;

/** Whether the check's plan accepts its columns with this dtype (a wrong dtype is a plan-time error). */
export function acceptsDtype<P>(def: CheckDefinition<P>, params: P, dtype: string): boolean {
  if (def.sqlUnsupported || def.sqlOwnQuery || def.sqlRun) return true;
  const columns = def.columns(params);
  try {
    def.logicalPlan(params, schemaOnlyContext(Object.fromEntries(columns.map((c) => [c, dtype]))));
    return true;
  } catch (err) {
    if (err instanceof TruthgateError && err.code === 'TG_CHECK_DTYPE') return false;
    // Reading another source is not a question of the column's dtype.
    if (err instanceof UnsupportedInDialect) return true;
    throw err;
  }
}

/**
 * For docs: on each SQL dialect, the column dtypes (of those the check accepts) its example runs
 * on, and the reason it does not run on the others.
 */
export function exampleBackends(def: CheckDefinition): {
  dialect: Dialect;
  runs: string[];
  not: { dtypes: string[]; reason: string }[];
}[] {
  const params = exampleParams(def);
  const accepted = SAMPLE_DTYPES.filter((t) => acceptsDtype(def, params, t));
  return dialects.map((dialect) => {
    const runs: string[] = [];
    const not = new Map<string, string[]>();
    for (const dtype of accepted) {
      const schema = Object.fromEntries(def.columns(params).map((c) => [c, dtype]));
      const s = supportOn(def, params, schemaOnlyContext(schema), dialect);
      if (s.supported) runs.push(dtype);
      else not.set(s.reason, [...(not.get(s.reason) ?? []), dtype]);
    }
    return { dialect, runs, not: [...not].map(([reason, dtypes]) => ({ reason, dtypes })) };
  });
}
