import type { CheckDefinition } from './define.ts';

export const uniquenessChecks: CheckDefinition<never>[] = [];
