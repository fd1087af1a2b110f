import type { CheckDefinition } from './define.ts';
import { tableChecks } from './table.ts';
import { completenessChecks } from './completeness.ts';
import { uniquenessChecks } from './uniqueness.ts';
import { setChecks } from './sets.ts';
import { stringChecks } from './strings.ts';
import { numberChecks } from './numbers.ts';
import { dateChecks } from './dates.ts';
import { crossColumnChecks } from './cross-column.ts';
import { referentialChecks } from './referential.ts';
import { customChecks } from './custom.ts';
import { privacyChecks } from './privacy.ts';
import { driftChecks } from './drift.ts';
import { anomalyChecks } from './anomaly.ts';

/** The single source of truth for checks: docs, JSON Schema and the engine all read this. */
const all: CheckDefinition<never>[] = [
  ...tableChecks,
  ...completenessChecks,
  ...uniquenessChecks,
  ...setChecks,
  ...stringChecks,
  ...numberChecks,
  ...dateChecks,
  ...crossColumnChecks,
  ...referentialChecks,
  ...customChecks,
  ...privacyChecks,
  ...driftChecks,
  ...anomalyChecks,
] as CheckDefinition<never>[];

const byName = new Map<string, CheckDefinition>();
for (const c of all) {
  if (byName.has(c.name)) throw new Error(`duplicate check name ${c.name}`);
  byName.set(c.name, c as unknown as CheckDefinition);
}

export function getCheck(name: string): CheckDefinition | undefined {
  return byName.get(name);
}

export function listChecks(): CheckDefinition[] {
  return [...byName.values()];
}

// Kept in its own module so checks can suggest names without importing the registry (a cycle).
export { nearest } from './nearest.ts';
