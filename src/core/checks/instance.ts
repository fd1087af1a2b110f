import type { Severity } from '../result/schema.ts';
import type { CheckContext, CheckDefinition, Plan } from './define.ts';

/** The suite fields every configured check carries besides its definition and params. */
export interface CheckFields {
  id: string;
  type: string;
  severity: Severity;
  /** Least passing fraction required (GE semantics): 0.99 tolerates 1% failing rows. */
  mostly?: number;
  /** SQL boolean expression restricting the rows the check looks at. */
  where?: string;
  tags: string[];
  description?: string;
  /** Where the check is written in the suite file, for error messages. */
  location?: { file?: string; line?: number; column?: number };
}

/**
 * One configured check of one source: its definition bound to its parsed params at suite load,
 * so the engine asks the instance itself for its columns and plan.
 */
export interface CheckInstance extends CheckFields {
  /** The check's definition, for its metadata (name, merge mode, default severity). */
  readonly def: CheckDefinition;
  /** Parsed params as written in the suite (read by e.g. path confinement of baselines). */
  readonly params: Record<string, unknown>;
  /** Columns the check names in its params (computed once at bind). */
  columns(): string[];
  plan(ctx: CheckContext): Plan;
}

/** Binds a definition to params its own zod schema produced. */
export function bindCheck(
  def: CheckDefinition,
  params: Record<string, unknown>,
  fields: CheckFields,
): CheckInstance {
  const columns = def.columns(params);
  return {
    ...fields,
    def,
    params,
    columns: () => columns,
    plan: (ctx) => def.plan(params, ctx),
  };
}
