import type { CheckDefinition } from './define.ts';

export const dateChecks: CheckDefinition<never>[] = [];
