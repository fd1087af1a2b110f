import { z } from 'zod';

/**
 * The DriftReport JSON contract (`truthgate drift --format json`, the `drift` check's observed
 * value). Bump DRIFT_SCHEMA_VERSION only for breaking changes; additive fields keep the version.
 */
export const DRIFT_SCHEMA_VERSION = 1;

export const driftMethods = ['ks', 'psi', 'chi2', 'js', 'wasserstein', 'hellinger', 'tv'] as const;
export const DriftMethod = z.enum(driftMethods);
export type DriftMethod = z.infer<typeof DriftMethod>;
export const MethodChoice = z.enum(['auto', ...driftMethods]);
export type MethodChoice = z.infer<typeof MethodChoice>;

/**
 * Distance thresholds: a column drifts when a metric's distance exceeds its threshold AND, where
 * the metric has a p-value, p < alpha. With millions of rows every p-value is tiny, so the distance
 * decides; with a few dozen rows the p-value keeps sampling noise from counting as drift.
 */
export const Thresholds = z.object({
  /** Population stability index over 10 baseline-decile bins (0.1 moderate, 0.2 significant). */
  psi: z.number().positive(),
  /** Kolmogorov–Smirnov statistic D (largest CDF gap). */
  ks: z.number().positive(),
  /** Cramér's V of the chi-square test (sqrt(chi2 / N) for two samples). */
  chi2: z.number().positive(),
  /** Jensen–Shannon distance, base 2, in [0, 1]. */
  js: z.number().positive(),
  /** Wasserstein-1 distance divided by the baseline std (raw units for a constant baseline). */
  wasserstein: z.number().positive(),
  /** Hellinger distance in [0, 1]. */
  hellinger: z.number().positive(),
  /** Total variation distance in [0, 1]. */
  tv: z.number().positive(),
  /** Significance level of the p-value guard. */
  alpha: z.number().gt(0).lt(1),
});
export type Thresholds = z.infer<typeof Thresholds>;

export const DEFAULT_THRESHOLDS: Thresholds = {
  psi: 0.2,
  ks: 0.1,
  chi2: 0.1,
  js: 0.1,
  wasserstein: 0.1,
  hellinger: 0.1,
  tv: 0.1,
  alpha: 0.05,
};

/** Dataset verdict: drift when the share of drifted columns exceeds this (0 = any column). */
export const DEFAULT_MAX_DRIFTED_SHARE = 0;

export const Metric = z.object({
  method: DriftMethod,
  value: z.number(),
  threshold: z.number(),
  /** Null for metrics without a test (PSI and the distances). */
  pValue: z.number().nullable(),
  drifted: z.boolean(),
  /** KS against a saved profile: the true statistic lies in [value, upperBound] (see docs/drift.md). */
  upperBound: z.number().optional(),
  note: z.string().optional(),
});
export type Metric = z.infer<typeof Metric>;

const SideSummary = z.object({
  dtype: z.string(),
  /** Non-null (for numbers: finite) values the distribution is over. */
  count: z.number(),
  nullFraction: z.number(),
});

export const ColumnDrift = z.object({
  column: z.string(),
  kind: z.enum(['numeric', 'categorical', 'other']),
  /**
   * drift / ok: compared; missing: in the baseline only; new: in the current data only; retyped:
   * numeric on one side and categorical on the other; skipped: nothing to compare (see reason).
   */
  status: z.enum(['ok', 'drift', 'missing', 'new', 'retyped', 'skipped']),
  baseline: SideSummary.nullable(),
  current: SideSummary.nullable(),
  metrics: z.array(Metric),
  /** Current categories absent from a complete baseline list (a few, by count). */
  newCategories: z.array(z.object({ value: z.string(), count: z.number() })).optional(),
  reason: z.string().optional(),
});
export type ColumnDrift = z.infer<typeof ColumnDrift>;

export const DriftReport = z.object({
  schemaVersion: z.literal(DRIFT_SCHEMA_VERSION),
  kind: z.literal('drift'),
  tool: z.object({ name: z.string(), version: z.string() }),
  baseline: z.object({
    kind: z.enum(['source', 'profile']),
    name: z.string(),
    uri: z.string(),
    rows: z.number(),
  }),
  current: z.object({ name: z.string(), uri: z.string(), rows: z.number() }),
  method: MethodChoice,
  thresholds: Thresholds,
  columns: z.array(ColumnDrift),
  dataset: z.object({
    /** Columns judged: compared ones plus missing and retyped ones (new columns are informational). */
    columns: z.number(),
    driftedColumns: z.number(),
    driftedShare: z.number(),
    maxDriftedShare: z.number(),
    /** Some baseline column is missing or changed kind in the current data. */
    schemaDrift: z.boolean(),
    drifted: z.boolean(),
  }),
  durationMs: z.number(),
});
export type DriftReport = z.infer<typeof DriftReport>;
