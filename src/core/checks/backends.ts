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
  | { kind: 'row'; renderer: SqlRenderer; fails: string; judged: string | undefined };

/**
 * Renders a builder plan for a dialect; throws UnsupportedInDialect with the reason when a node
 * cannot be expressed. The polars-only `clean` proof is never rendered.
 */
export function renderForDialect(
  plan: CheckPlan,
  dialect: Dialect,
  where?: string,
  windowPrefix?: string,
): RenderedPlan {
  if (plan.kind === 'standalone') throw new UnsupportedInDialect('the check runs its own query');
  const renderer = new SqlRenderer(dialect, where, windowPrefix);
  if (plan.kind === 'aggregate') {
    const metrics: Record<string, string> = {};
    for (const [k, e] of Object.entries(plan.metrics)) metrics[k] = renderer.aggregate(e.node);
    return { kind: 'aggregate', renderer, metrics };
  }
  const fails = renderer.row(plan.fails.node);
  const judged =
    plan.judged === undefined || plan.judged === 'all' ? undefined : renderer.row(plan.judged.node);
  return { kind: 'row', renderer, fails, judged };
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
  if (def.sqlUnsupported) return { supported: false, reason: def.sqlUnsupported };
  const key = JSON.stringify([dialect.name, def.name, params, ctx.schema]);
  let s = cache.get(key);
  if (!s) {
    try {
      renderForDialect(def.logicalPlan(params, ctx), dialect);
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
