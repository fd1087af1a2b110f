import type { PlanContext } from '../checks/define.ts';
import type { CheckInstance } from '../checks/instance.ts';
import { checkResult, rowVerdict } from '../engine/merge.ts';
import { runSuite, type RunOptions } from '../engine/run-suite.ts';
import { semanticPatterns } from '../profile/semantic.ts';
import type { ColumnProfile, Profile } from '../profile/types.ts';
import type { CheckResult, Report } from '../result/schema.ts';
import { verdictOver } from '../result/status.ts';
import { isSqlSource } from '../sources/spec.ts';
import type { LoadedSuite } from '../suite/load.ts';

/*
 * A zero-config check (and `truthgate learn`'s own run of what it learned) judges a suite learned
 * from a profile of the very data it then checks, and that profile already holds the counts
 * several learned checks need: a column the profile saw without nulls has no failing row for
 * `not_null`. Such a check's result is built here from the profile, through the engine's own
 * verdict and result code, so the polars query plans only the checks a profile cannot settle (on
 * a one-row file of 5,000 columns: 2 of 7,002). Only a passing verdict is ever proved: a check
 * that might fail, and so needs its failing rows and samples, is left to the engine.
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
  length_between: (c, p) =>
    c.kind === 'string' &&
    c.lengths !== null &&
    (p.min === undefined || c.lengths.min >= Number(p.min)) &&
    (p.max === undefined || c.lengths.max <= Number(p.max)),
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

/**
 * runSuite for a suite learned from `profiles` (by source name): the checks whose verdict the
 * profile they were learned from proves take their result from it, and the engine plans and
 * queries only the rest. The report is the one runSuite gives: each source's results in suite
 * order, the summary and status over all of them. Proofs hold for the data as profiled, so a
 * source the engine now reads with another fingerprint or row count (rewritten in between), or
 * cannot read, is judged by the engine alone.
 */
export async function runProven(
  suite: LoadedSuite,
  profiles: Record<string, Profile>,
  opts: RunOptions = {},
): Promise<Report> {
  const at = { now: opts.now ?? new Date(), baseDir: suite.baseDir };
  const checks = { ...suite.checks };
  const proven = new Map<string, (CheckResult | undefined)[]>();
  for (const name of opts.sources ?? Object.keys(suite.checks)) {
    const profile = profiles[name];
    const list = suite.checks[name];
    // Proofs stand for polars' answers on the data profiled: not for a database's, nor for data
    // without a fingerprint to match it with.
    const spec = suite.sources[name];
    if (!profile?.source.fingerprint || !list || !spec || isSqlSource(spec)) continue;
    const results = provenResults(list, profile, at);
    const rest = list.filter((_, i) => results[i] === undefined);
    // The engine still reads the source for its row count, fingerprint and warnings: keep one check.
    if (rest.length === list.length || rest.length === 0) continue;
    checks[name] = rest;
    proven.set(name, results);
  }
  const plain = (): Promise<Report> => runSuite(suite, opts);
  if (proven.size === 0) return plain();
  const report = await runSuite({ ...suite, checks }, { ...opts, now: at.now });
  const sources: Report['sources'] = [];
  for (const s of report.sources) {
    const results = proven.get(s.name);
    if (!results) {
      sources.push(s);
      continue;
    }
    const { table, source } = profiles[s.name]!;
    if (
      s.error ||
      s.rowCount !== table.rows ||
      s.fingerprint === null ||
      s.fingerprint !== source.fingerprint
    )
      return plain();
    const judged = s.checks.values();
    sources.push({ ...s, checks: results.map((r) => r ?? judged.next().value!) });
  }
  return { ...report, ...verdictOver(sources, report.failOn) };
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
