import type { SemanticType } from './types.ts';

/**
 * Patterns tried on a head sample of string columns (Rust regex syntax, evaluated by polars).
 * Learned suites reuse them as `regex` checks, so a learned check tests exactly what was inferred.
 */
export const semanticPatterns = {
  uuid: '^(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
  email: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
  url: '^(?i)(https?|ftp)://[^\\s/?#]+[^\\s]*$',
  ip: '^((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)$|^(?i)[0-9a-f]{0,4}(:[0-9a-f]{0,4}){2,7}$',
  iso_datetime: '^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?$',
  iso_date: '^\\d{4}-\\d{2}-\\d{2}$',
  boolean_like: '^(?i)(true|false|yes|no|y|n|t|f|0|1)$',
  numeric_text: '^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$',
  phone: '^\\+?\\(?\\d{1,4}\\)?([\\s.-]?\\(?\\d{2,5}\\)?){2,5}$',
} as const satisfies Partial<Record<SemanticType, string>>;
export type PatternType = keyof typeof semanticPatterns;
export const patternTypes = Object.keys(semanticPatterns) as PatternType[];

/** Share of sampled values a pattern must match to name the column's type. */
export const PATTERN_SHARE = 0.95;

export interface SemanticInput {
  kind: string;
  count: number;
  distinct: number;
  /** Pattern shares on the sample (string columns only). */
  shares: Partial<Record<PatternType, number>>;
  meanLength: number | null;
  isInteger: boolean;
}

/** First pattern (in priority order) matching enough of the sample, else a shape-based type. */
export function classify(x: SemanticInput): { type: SemanticType | null; share: number | null } {
  if (x.count === 0) return { type: null, share: null };
  if (x.kind === 'string') {
    for (const t of patternTypes) {
      const share = x.shares[t] ?? 0;
      if (share < PATTERN_SHARE) continue;
      // "0"/"1" columns are flags, but a column of many numbers is numeric text.
      if (t === 'boolean_like' && x.distinct > 2) continue;
      // Phone numbers are never plain integers; those are numeric text or identifiers.
      if (t === 'phone' && (x.shares.numeric_text ?? 0) >= PATTERN_SHARE) continue;
      return { type: t, share };
    }
  }
  if (x.kind === 'boolean') return { type: 'boolean_like', share: null };
  const keyLike = x.distinct === x.count && x.count > 1;
  if ((x.kind === 'string' || x.isInteger) && keyLike && (x.meanLength ?? 0) <= 64) {
    return { type: 'identifier', share: null };
  }
  // Floats are measurements (temperatures to one decimal repeat too): categorical only as a
  // handful of levels.
  const float = x.kind === 'numeric' && !x.isInteger;
  if (float ? x.distinct <= FEW_LEVELS : isCategorical(x.distinct, x.count))
    return { type: 'categorical', share: null };
  if (x.kind === 'string') return { type: 'free_text', share: null };
  return { type: null, share: null };
}

/** Distinct values that make any column categorical. */
const FEW_LEVELS = 20;

/** Few distinct values, or few relative to the rows. */
export function isCategorical(distinct: number, count: number): boolean {
  return distinct <= FEW_LEVELS || (distinct <= 1000 && distinct <= count * 0.05);
}
