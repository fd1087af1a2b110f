import pl from 'nodejs-polars';
import { exampleParams, acceptsDtype, schemaOnlyContext } from '/work/wt/sqlir/src/core/checks/backends.ts';
import { listChecks } from '/work/wt/sqlir/src/core/checks/registry.ts';
import type { CheckContext } from '/work/wt/sqlir/src/core/checks/define.ts';
const entries = listChecks().filter((d) => !d.sqlUnsupported && d.name !== 'freshness' && !['not_in_future','date_between'].includes(d.name)).map((def) => {
  const params = exampleParams(def);
  const dtype = ['Float64', 'String'].find((t) => acceptsDtype(def, params, t))!;
  const schema = Object.fromEntries(def.columns(params).map((c) => [c, dtype]));
  const cache = new Map<string, pl.Expr>();
  const ctx = { ...schemaOnlyContext(schema), col: (n: string) => cache.get(n) ?? (cache.set(n, pl.col(n)), cache.get(n)!), mask: () => undefined } as unknown as CheckContext;
  return { def, params, ctx };
});
for (let round = 0; round < 3; round++) {
  let t0 = performance.now();
  for (let i = 0; i < 20; i++) for (const e of entries) e.def.logicalPlan(e.params as never, e.ctx);
  const build = (performance.now() - t0) / 20;
  t0 = performance.now();
  for (let i = 0; i < 20; i++) for (const e of entries) e.def.plan(e.params as never, e.ctx);
  const all = (performance.now() - t0) / 20;
  console.log(`${entries.length} checks: builder plans ${build.toFixed(2)} ms, builder + polars render ${all.toFixed(2)} ms per catalog`);
}
