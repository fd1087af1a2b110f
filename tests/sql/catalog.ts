import { acceptsDtype, exampleParams, schemaOnlyContext } from '../../src/core/checks/backends.ts';
import type { CheckDefinition, PlanContext } from '../../src/core/checks/define.ts';
import { listChecks } from '../../src/core/checks/registry.ts';

export const NOW = new Date('2024-06-01T00:00:00Z');

/** Column dtypes tried, in order, until the check accepts its example's columns. */
const DTYPES = ['Float64', 'String', 'Datetime(us)'];

/** Every check of the catalog with its example params and the first column dtype it accepts. */
export function catalog(): { def: CheckDefinition; params: Record<string, unknown>; ctx: PlanContext }[] {
  return listChecks().map((def) => {
    const params = exampleParams(def);
    const dtype = DTYPES.find((t) => acceptsDtype(def, params, t));
    if (!dtype) throw new Error(`no dtype fits the example of ${def.name}`);
    const schema = Object.fromEntries([...def.columns(params), 'status'].map((c) => [c, dtype]));
    return { def, params, ctx: schemaOnlyContext(schema, NOW) };
  });
}
