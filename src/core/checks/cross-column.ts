import type { CheckDefinition } from './define.ts';

export const crossColumnChecks: CheckDefinition<never>[] = [];
