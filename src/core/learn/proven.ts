import type { PlanContext } from '../checks/define.ts';
import type { CheckInstance } from '../checks/instance.ts';
import { checkResult, rowVerdict } from '../engine/merge.ts';
import { semanticPatterns } from '../profile/semantic.ts';
import type { ColumnProfile, Profile } from '../profile/types.ts';
import type { CheckResult } from '../result/schema.ts';

/*
 * A zero-config check learns its suite from a profile of the very data it then checks, and that
 * profile already holds the counts several learned checks need: a column the profile saw without
 * nulls has no failing row for `not_null`. Such a check's result is built here from the profile,
 * through the engine's own verdict and result code, so the polars query plans only the checks
 * a profile cannot settle (on a one-row file of 5,000 columns: 2 of 7,002). Only a passing
 * verdict is ever proved: a check that might fail, and so needs its failing rows and samples, is
 * left to the engine.
 */

/** True when the profile shows that no judged row of the check (as `params` configure it) fails. */
type Proof = (c: ColumnProfile, params: Record<string, unknown>, profile: Profile) => boolean;

/** Integer and float dtypes, whose values the profile holds exactly as numbers (not Decimal). */
const exactNumbers = /^(U?Int(8|16|32|64)|Float(32|64))$/;

/** A number the check compares exactly as the profile does: finite, and an exact integer for ints. */
function comparable(x: unknown, integer: boolean): x is number {
  return typeof x === 'number' && (integer ? Number.isSafeInteger(x) : Number.isFinite(x));
}

const proofs: Record<string, Proof> = {
  not_null: (c) => c.nullCount === 0,
  between: (c, p) => {
    const n = c.numeric;
    const integer = !c.dtype.startsWith('Float');
    // Strict bounds are left out: a Float32 column may meet a bound rounded to its own precision.
    if (!n || c.kind !== 'numeric' || !exactNumbers.test(c.dtype) || n.nonFiniteCount !== 0 || p.strict)
      return false;
    if (!comparable(n.min, integer) || !comparable(n.max, integer)) return false;
    const { min, max } = p;
    if (min !== undefined && !(comparable(min, integer) && n.min >= min)) return false;
    return max === undefined || (comparable(max, integer) && n.max <= max);
  },
  // The profile matches its semantic patterns with the regex check's own polars `str.contains`
  // over every non-null value; merged parts only approximate that share, so one part only.
  regex: (c, p, profile) =>
    profile.parts === 1 &&
    c.kind === 'string' &&
    p.ignore_case !== true &&
    c.semanticShare === 1 &&
    c.semanticType !== null &&
    c.semanticType in semanticPatterns &&
    semanticPatterns[c.semanticType as keyof typeof semanticPatterns] === p.pattern,
};

/**
 * Each check's result where the profile proves it, in the order given (undefined: the engine
 * must judge it). The checks must be of the profiled source, and the data unchanged since.
 */
export function provenResults(
  checks: CheckInstance[],
  profile: Profile,
  at: Pick<PlanContext, 'now' | 'baseDir'>,
): (CheckResult | undefined)[] {
  const columns = new Map(profile.columns.map((c) => [c.name, c]));
  const ctx = profileContext(profile, at);
  return checks.map((inst) => {
    const proof = proofs[inst.type];
    const own = inst.columns();
    const c = own.length === 1 ? columns.get(own[0]!) : undefined;
    if (!proof || !c || inst.where !== undefined || !proof(c, inst.params, profile)) return undefined;
    let plan;
    try {
      // The builder plan, not the polars one: its wording and judged rows, without expressions.
      plan = inst.def.logicalPlan(inst.params, ctx);
    } catch {
      // E.g. a dtype the check refuses: the engine reports that.
      return undefined;
    }
    if (plan.kind !== 'row') return undefined;
    // The rows the engine would judge: all of them, or (by default) those where the column is set.
    const judged =
      plan.judged === 'all' ? profile.table.rows : plan.judged === undefined ? c.count : undefined;
    if (judged === undefined) return undefined;
    return checkResult(inst, plan, { outcome: rowVerdict(plan, inst, 0, judged) }, []);
  });
}

/** What a check's plan may read, as the profile knows it: the schema; no frame or other source. */
function profileContext(profile: Profile, at: Pick<PlanContext, 'now' | 'baseDir'>): PlanContext {
  const unknown = (): never => {
    throw new Error('not known from a profile');
  };
  return {
    ...at,
    schema: Object.fromEntries(profile.columns.map((c) => [c.name, c.dtype])),
    get source(): never {
      return unknown();
    },
    other: unknown,
    frame: unknown,
  };
}
