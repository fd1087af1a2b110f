import type { CheckDefinition } from './define.ts';

export const privacyChecks: CheckDefinition<never>[] = [];
