import type { CheckDefinition, PlanContext } from '../../src/core/checks/define.ts';
import { listChecks } from '../../src/core/checks/registry.ts';
import type { OpenedSource } from '../../src/core/sources/open.ts';

/** Keys of a suite entry that are not check params. */
const COMMON = new Set(['mostly', 'where', 'severity', 'tags', 'description', 'id']);

/** A check's documented example as params (one column for per-column sugar). */
export function exampleParams(def: CheckDefinition): Record<string, unknown> {
  const rest = Object.fromEntries(Object.entries(def.example).filter(([k]) => !COMMON.has(k)));
  if (def.perColumn && Array.isArray(rest.columns)) {
    const { columns, ...others } = rest;
    return def.params.parse({ ...others, column: (columns as string[])[0] }) as Record<string, unknown>;
  }
  return def.params.parse(rest) as Record<string, unknown>;
}

export const NOW = new Date('2024-06-01T00:00:00Z');

/** A plan context without rows: other sources and frames are not reachable from a golden test. */
export function planContext(schema: Record<string, string>): PlanContext {
  const none = (): never => {
    throw new Error('not reachable in SQL rendering');
  };
  return {
    source: { name: 'orders' } as OpenedSource,
    schema,
    now: NOW,
    baseDir: '.',
    other: none,
    frame: none,
  };
}

/** Dtypes tried, in order, for the columns of an example until the check accepts them. */
const DTYPES = ['Float64', 'String', 'Datetime(us)'];

/**
 * Every check of the catalog with its example params and the first column dtype its plan
 * accepts (the checks read the schema at plan time, e.g. to refuse a text column for `mean_between`).
 */
export function catalog(): { def: CheckDefinition; params: Record<string, unknown>; ctx: PlanContext }[] {
  return listChecks().map((def) => {
    const params = exampleParams(def);
    const columns = def.columns(params as never);
    for (const dtype of DTYPES) {
      const ctx = planContext(Object.fromEntries([...columns, 'status'].map((c) => [c, dtype])));
      if (def.sqlUnsupported) return { def, params, ctx };
      try {
        def.logicalPlan(params as never, ctx);
        return { def, params, ctx };
      } catch {
        // Try the next dtype.
      }
    }
    throw new Error(`no dtype fits the example of ${def.name}`);
  });
}
