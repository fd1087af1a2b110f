import type { CheckDefinition } from './define.ts';

export const referentialChecks: CheckDefinition<never>[] = [];
