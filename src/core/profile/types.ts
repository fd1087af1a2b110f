import { z } from 'zod';
import { TruthgateError } from '../errors.ts';

/**
 * The Profile JSON contract. Drift, diff, learn and saved baselines all read it, so it is versioned:
 * bump PROFILE_SCHEMA_VERSION only for breaking changes, and prefer adding optional fields.
 */
export const PROFILE_SCHEMA_VERSION = 1;

export const semanticTypes = [
  'email',
  'url',
  'uuid',
  'ip',
  'iso_date',
  'iso_datetime',
  'phone',
  'numeric_text',
  'boolean_like',
  'identifier',
  'categorical',
  'free_text',
] as const;
export const SemanticType = z.enum(semanticTypes);
export type SemanticType = z.infer<typeof SemanticType>;

/** numeric: ints/floats/decimals; temporal: Date/Datetime/Time/Duration (stats as epoch milliseconds). */
export const columnKinds = ['numeric', 'temporal', 'string', 'boolean', 'other'] as const;
export const ColumnKind = z.enum(columnKinds);
export type ColumnKind = z.infer<typeof ColumnKind>;

export const monotonicities = ['increasing', 'decreasing', 'none'] as const;
export const Monotonicity = z.enum(monotonicities);
export type Monotonicity = z.infer<typeof Monotonicity>;

/** The named quantiles shown to users; each also sits in quantileGrid at index p. */
export const namedQuantiles = ['p1', 'p5', 'p25', 'p50', 'p75', 'p95', 'p99'] as const;
export type QuantileName = (typeof namedQuantiles)[number];
export const NamedQuantiles = z.object({
  p1: z.number(),
  p5: z.number(),
  p25: z.number(),
  p50: z.number(),
  p75: z.number(),
  p95: z.number(),
  p99: z.number(),
});
export type NamedQuantiles = z.infer<typeof NamedQuantiles>;

/** Number of points in quantileGrid: p0, p1, ..., p100. */
export const QUANTILE_GRID_SIZE = 101;

/** counts[i] = values in [edges[i], edges[i+1]) (the last bin also holds edges[last]). */
export const Histogram = z.object({
  edges: z.array(z.number()),
  counts: z.array(z.number()),
  /** True when derived from a merged quantile sketch instead of counted. */
  approximate: z.boolean(),
});
export type Histogram = z.infer<typeof Histogram>;

/**
 * Statistics over the finite non-null values of a numeric column, or of a temporal column as
 * epoch milliseconds (Date/Datetime), milliseconds since midnight (Time) or milliseconds (Duration).
 */
export const NumericSummary = z.object({
  unit: z.enum(['value', 'ms']),
  /** Finite values the statistics are over (NaN and +/-Infinity are in nonFiniteCount). */
  count: z.number(),
  nonFiniteCount: z.number(),
  min: z.number(),
  max: z.number(),
  sum: z.number(),
  mean: z.number(),
  /** Sample standard deviation (ddof 1); null below two values; 0 for a constant column. */
  std: z.number().nullable(),
  quantiles: NamedQuantiles,
  /** p0..p100 (101 values), linear interpolation between order statistics. */
  quantileGrid: z.array(z.number()),
  /** True when quantiles come from a merged sketch (see docs/profile.md for the error bound). */
  quantilesApproximate: z.boolean(),
  histogram: Histogram,
});
export type NumericSummary = z.infer<typeof NumericSummary>;

export const TopValue = z.object({
  value: z.union([z.string(), z.number(), z.boolean()]),
  count: z.number(),
});
export type TopValue = z.infer<typeof TopValue>;

/** A number as a top value: JSON has no NaN or Infinity, so those are written as text ('NaN', ...). */
export function topNumber(n: number): number | string {
  return Number.isFinite(n) ? n : String(n);
}

export const LengthSummary = z.object({
  min: z.number(),
  max: z.number(),
  mean: z.number(),
});
export type LengthSummary = z.infer<typeof LengthSummary>;

/** Running moments; merged with Chan et al.'s parallel algorithm (exact up to float rounding). */
export const Moments = z.object({
  n: z.number(),
  mean: z.number(),
  /** Sum of squared deviations from the mean (Welford's M2). */
  m2: z.number(),
  sum: z.number(),
  min: z.number(),
  max: z.number(),
});
export type Moments = z.infer<typeof Moments>;

/** HyperLogLog registers over 64-bit polars hashes; merge = element-wise max. */
export const HllState = z.object({
  precision: z.number().int().min(4).max(18),
  /** 2^precision bytes, base64. */
  registers: z.string(),
});
export type HllState = z.infer<typeof HllState>;

/**
 * Quantile sketch: `points` are exact order statistics at evenly spaced ranks of the `n` values
 * (or all sorted values when n <= sketch size). Merging sums piecewise-linear CDFs, so each merge
 * level adds at most 1/(points.length-1) rank error.
 */
export const QuantileSketch = z.object({
  n: z.number(),
  points: z.array(z.number()),
  exact: z.boolean(),
});
export type QuantileSketch = z.infer<typeof QuantileSketch>;

/** First/last non-null value (in row order) and order flags, so row-ordered parts merge exactly. */
export const OrderState = z.object({
  first: z.union([z.number(), z.string(), z.boolean()]),
  last: z.union([z.number(), z.string(), z.boolean()]),
  nonDecreasing: z.boolean(),
  nonIncreasing: z.boolean(),
  strictlyIncreasing: z.boolean(),
  strictlyDecreasing: z.boolean(),
});
export type OrderState = z.infer<typeof OrderState>;

/** What mergeProfiles needs beyond the displayed summary. */
export const ColumnState = z.object({
  moments: Moments.nullable(),
  lengthMoments: Moments.nullable(),
  /** Present when the exact value counts are not all kept (topValuesComplete false). */
  hll: HllState.nullable(),
  sketch: QuantileSketch.nullable(),
  order: OrderState.nullable(),
});
export type ColumnState = z.infer<typeof ColumnState>;

export const ColumnProfile = z.object({
  name: z.string(),
  /** Polars dtype name, e.g. "Int64", "String", "Datetime(us)". */
  dtype: z.string(),
  kind: ColumnKind,
  /** Non-null values. */
  count: z.number(),
  nullCount: z.number(),
  nullFraction: z.number(),
  distinct: z.object({
    count: z.number(),
    /** True for a HyperLogLog estimate (about 1.6% standard error at precision 12). */
    approximate: z.boolean(),
  }),
  numeric: NumericSummary.nullable(),
  /** ISO-8601 range of a Date/Datetime column. */
  temporalRange: z.object({ min: z.string(), max: z.string() }).nullable(),
  lengths: LengthSummary.nullable(),
  /** Most frequent values, by count desc then value; null when not computed (high-cardinality numbers). */
  topValues: z.array(TopValue).nullable(),
  /** Non-null values not listed in topValues. */
  otherCount: z.number().nullable(),
  /** True when topValues lists every distinct value (so counts merge exactly). */
  topValuesComplete: z.boolean(),
  /** True when counts come from merging incomplete lists (lower bounds). */
  topValuesApproximate: z.boolean(),
  semanticType: SemanticType.nullable(),
  /** Share of the sampled values matching semanticType's pattern. */
  semanticShare: z.number().nullable(),
  /** Non-strict order of the non-null values in row order; `strict` adds no ties. */
  monotonic: Monotonicity,
  monotonicStrict: z.boolean(),
  state: ColumnState,
});
export type ColumnProfile = z.infer<typeof ColumnProfile>;

export const ProfileOptions = z.object({
  /** Distinct values kept with counts (for drift); the display shows the first 10. */
  topK: z.number().int().min(1),
  /** Above this many non-null values distinct counts are HyperLogLog estimates. */
  exactDistinctLimit: z.number().int().min(0),
  histogramBins: z.number().int().min(1),
  /** Non-null values per column sampled (from the head) to infer semantic types. */
  sampleSize: z.number().int().min(1),
  sketchSize: z.number().int().min(3),
  hllPrecision: z.number().int().min(4).max(18),
});
export type ProfileOptions = z.infer<typeof ProfileOptions>;

export const Profile = z.object({
  schemaVersion: z.literal(PROFILE_SCHEMA_VERSION),
  tool: z.object({ name: z.string(), version: z.string() }),
  createdAt: z.string(),
  source: z.object({
    name: z.string(),
    uri: z.string(),
    format: z.string(),
    files: z.number(),
    fingerprint: z.string(),
  }),
  /** Profiles merged into this one (1 for a direct profile). */
  parts: z.number(),
  options: ProfileOptions,
  table: z.object({
    rows: z.number(),
    columns: z.number(),
    /** Rows equal to an earlier row. After a merge: the sum over parts, a lower bound. */
    duplicateRows: z.number(),
    duplicateRowsApproximate: z.boolean(),
  }),
  columns: z.array(ColumnProfile),
  durationMs: z.number(),
});
export type Profile = z.infer<typeof Profile>;

/**
 * Validates parsed profile JSON. A newer schemaVersion gets its own error (TG_PROFILE_VERSION)
 * before shape validation, so an old Truthgate says "upgrade" rather than "invalid".
 */
export function parseProfile(data: unknown, path = '<profile>'): Profile {
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > PROFILE_SCHEMA_VERSION) {
    throw new TruthgateError('TG_PROFILE_VERSION', {
      path,
      found: version,
      supported: PROFILE_SCHEMA_VERSION,
    });
  }
  const parsed = Profile.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new TruthgateError('TG_PROFILE_INVALID', {
      path,
      detail: `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    });
  }
  return parsed.data;
}
