import type { CheckDefinition } from './define.ts';

export const setChecks: CheckDefinition<never>[] = [];
