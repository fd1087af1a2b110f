import { z } from 'zod';

/**
 * The DatasetDiff JSON contract (`truthgate diff --format json`, the GitHub Action's PR comment).
 * Bump DIFF_SCHEMA_VERSION only for breaking changes; additive fields keep the version.
 */
export const DIFF_SCHEMA_VERSION = 1;

const Json: z.ZodType<unknown> = z.unknown();

export const DiffSide = z.object({
  name: z.string(),
  uri: z.string(),
  format: z.string(),
  fingerprint: z.string(),
  rows: z.number().int(),
  columns: z.number().int(),
});
export type DiffSide = z.infer<typeof DiffSide>;

export const SchemaChanges = z.object({
  added: z.array(z.object({ column: z.string(), dtype: z.string() })),
  removed: z.array(z.object({ column: z.string(), dtype: z.string() })),
  retyped: z.array(z.object({ column: z.string(), from: z.string(), to: z.string() })),
});
export type SchemaChanges = z.infer<typeof SchemaChanges>;

/** One side's statistics of a column (non-null values; min/max/mean where the dtype has them). */
export const ColumnSideStats = z.object({
  dtype: z.string(),
  nullCount: z.number().int(),
  nullFraction: z.number(),
  /** Distinct non-null values; null for nested dtypes. */
  distinct: z.number().int().nullable(),
  mean: z.number().nullable(),
  min: Json,
  max: Json,
});
export type ColumnSideStats = z.infer<typeof ColumnSideStats>;

export const ColumnDiff = z.object({
  column: z.string(),
  status: z.enum(['same', 'added', 'removed', 'retyped']),
  old: ColumnSideStats.nullable(),
  new: ColumnSideStats.nullable(),
  /** new − old, when both sides have the figure. */
  delta: z.object({
    nullFraction: z.number().nullable(),
    distinct: z.number().int().nullable(),
    mean: z.number().nullable(),
  }),
  /** Matched rows whose value in this column changed (keyed diff only, compared columns only). */
  changedRows: z.number().int().nullable(),
});
export type ColumnDiff = z.infer<typeof ColumnDiff>;

export const RowSample = z.record(z.string(), Json);

export const ChangedRowSample = z.object({
  key: z.record(z.string(), Json),
  changes: z.record(z.string(), z.object({ old: Json, new: Json })),
});
export type ChangedRowSample = z.infer<typeof ChangedRowSample>;

const DuplicateSide = z.object({
  /** Rows whose key value occurs more than once on that side. */
  rows: z.number().int(),
  /** Distinct key values that occur more than once. */
  keys: z.number().int(),
  /** A few duplicated keys with how often each occurs. */
  samples: z.array(z.object({ key: z.record(z.string(), Json), count: z.number().int() })),
});

export const KeyedDiff = z.object({
  key: z.array(z.string()),
  /**
   * Columns compared value by value: in both files, not part of the key; a retyped column is
   * compared after casting both sides to a common dtype (numbers to Float64, else to text).
   */
  compared: z.array(z.string()),
  /**
   * False when duplicate keys left rows unpaired: `changed`, `unchanged` and the per-column
   * changed rows then count only the paired rows, a lower bound (renderers show n/a or ≥).
   * Absent in diffs written before it existed.
   */
  exact: z.boolean().optional(),
  added: z.object({ count: z.number().int(), samples: z.array(RowSample) }),
  removed: z.object({ count: z.number().int(), samples: z.array(RowSample) }),
  changed: z.object({ count: z.number().int(), samples: z.array(ChangedRowSample) }),
  /** Matched rows (key unique on both sides) with no compared column changed. */
  unchanged: z.number().int(),
  /**
   * Rows whose key is in both files but duplicated on at least one side cannot be paired, so they
   * are counted here and left out of changed/unchanged (added/removed stay exact).
   */
  duplicates: z.object({
    old: DuplicateSide,
    new: DuplicateSide,
    unpairedOld: z.number().int(),
    unpairedNew: z.number().int(),
  }),
});
export type KeyedDiff = z.infer<typeof KeyedDiff>;

export const DatasetDiff = z.object({
  schemaVersion: z.literal(DIFF_SCHEMA_VERSION),
  kind: z.literal('diff'),
  tool: z.object({ name: z.string(), version: z.string() }),
  old: DiffSide,
  new: DiffSide,
  rowCount: z.object({ old: z.number().int(), new: z.number().int(), delta: z.number().int() }),
  schema: SchemaChanges,
  columns: z.array(ColumnDiff),
  /** Null without a key: only schema and column statistics are compared. */
  keyed: KeyedDiff.nullable(),
  /** True when anything differs: schema, row count, statistics or rows. */
  changed: z.boolean(),
  durationMs: z.number(),
});
export type DatasetDiff = z.infer<typeof DatasetDiff>;
