import type { CheckDefinition } from './define.ts';

export const customChecks: CheckDefinition<never>[] = [];
