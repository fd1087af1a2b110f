import { z } from 'zod';

/** Shared parameter pieces so every check spells the same idea the same way. */
export const column = z.string().min(1).describe('Column name');
export const columnList = z.array(z.string().min(1)).min(1).describe('Column names');
export const num = z.number();

/** A range where at least one side is given; `strict` excludes the bounds. */
export const range = {
  min: num.optional().describe('Lower bound (inclusive unless strict)'),
  max: num.optional().describe('Upper bound (inclusive unless strict)'),
  strict: z.boolean().optional().describe('Exclude the bounds'),
};

export function requireABound<T extends { min?: number | undefined; max?: number | undefined }>(
  p: T,
): boolean {
  return p.min !== undefined || p.max !== undefined;
}

/** zod refinement message paired with requireABound. */
export const boundMessage = { message: 'give `min`, `max` or both' };

/** "[0, 100]", "> 0", "<= 5" for messages and `expected`. */
export function describeRange(min: number | undefined, max: number | undefined, strict = false): string {
  const lo = strict ? '(' : '[';
  const hi = strict ? ')' : ']';
  if (min !== undefined && max !== undefined) return `${lo}${min}, ${max}${hi}`;
  if (min !== undefined) return `${strict ? '>' : '>='} ${min}`;
  return `${strict ? '<' : '<='} ${max}`;
}

/** The failing values of a range, as a noun phrase: "values outside [0, 1]", "values > 6". */
export function describeOutside(min: number | undefined, max: number | undefined, strict = false): string {
  if (min !== undefined && max !== undefined) return `values outside ${describeRange(min, max, strict)}`;
  if (min !== undefined) return `values ${strict ? '<=' : '<'} ${min}`;
  return `values ${strict ? '>=' : '>'} ${max}`;
}

/** Whether a number lies in the range, for aggregate checks judged in JavaScript. */
export function inRange(x: number | null, min?: number, max?: number, strict = false): boolean {
  if (x === null || Number.isNaN(x)) return false;
  if (min !== undefined && (strict ? x <= min : x < min)) return false;
  if (max !== undefined && (strict ? x >= max : x > max)) return false;
  return true;
}
