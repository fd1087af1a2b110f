import type { CheckDefinition } from './define.ts';

export const stringChecks: CheckDefinition<never>[] = [];
