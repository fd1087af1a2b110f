import { z } from 'zod';

/** Bump on any breaking change to the report shape; additive fields keep the version. */
export const RESULT_SCHEMA_VERSION = '1.0';

export const severities = ['critical', 'high', 'medium', 'low', 'info'] as const;
export const Severity = z.enum(severities);
export type Severity = z.infer<typeof Severity>;

export const CheckStatus = z.enum(['pass', 'fail', 'error', 'skip']);
export type CheckStatus = z.infer<typeof CheckStatus>;

export const RunStatus = z.enum(['pass', 'warn', 'fail', 'error']);
export type RunStatus = z.infer<typeof RunStatus>;

const Json: z.ZodType<unknown> = z.unknown();

/**
 * Where a failing row is. `row` and `fileRow` are 0-based indexes for programs (polars' row
 * index); every renderer shows the 1-based data-row number `row + 1` ("row 1" is the first data
 * row after the header) and, for CSV/TSV, `file:line`.
 */
export const Sample = z.object({
  row: z
    .number()
    .int()
    .describe(
      '0-based index of the data row in the dataset (files concatenated, header not counted); reports show `row + 1`, so row 1 is the first data row',
    ),
  file: z.string().optional().describe('Source file of the row when the source spans several files'),
  fileRow: z
    .number()
    .int()
    .optional()
    .describe('0-based data-row index inside `file`; `fileRow + 1` is its data-row number in that file'),
  line: z
    .number()
    .int()
    .optional()
    .describe(
      'CSV/TSV only: 1-based physical line where the row starts in `file` (or the source file), counting the header, skipped, blank and comment lines and every line of multi-line quoted fields',
    ),
  key: z
    .array(z.string())
    .optional()
    .describe(
      "SQL sources only, where `row` just numbers the samples (a table has no row order): the columns of `values` that identify the row (the source's `key`, else the table's primary key), empty when the rows have none",
    ),
  values: z.record(z.string(), Json),
});
export type Sample = z.infer<typeof Sample>;

export const CheckResult = z.object({
  id: z.string().describe('Stable id: <source>.<check>[.<column>][#n]'),
  type: z.string(),
  columns: z.array(z.string()),
  severity: Severity,
  status: CheckStatus,
  observed: Json,
  expected: Json,
  failingCount: z.number().int().nullable(),
  failingFraction: z.number().nullable(),
  judgedCount: z.number().int().nullable().optional(),
  samples: z.array(Sample),
  message: z
    .string()
    .describe('English sentence; renderers may show it translated from the structured fields'),
  description: z.string().optional().describe("The check's `description:` from the suite"),
  tags: z.array(z.string()).optional(),
  where: z.string().optional(),
  mostly: z.number().optional(),
  errorCode: z.string().optional(),
});
export type CheckResult = z.infer<typeof CheckResult>;

/** A coded source problem; `location` points at the file, line and column when known. */
export const Problem = z.object({
  code: z.string(),
  message: z.string(),
  hint: z.string().optional(),
  location: z
    .object({
      file: z.string().optional(),
      line: z.number().int().optional(),
      column: z.number().int().optional(),
    })
    .optional(),
});

export const SourceResult = z.object({
  name: z.string(),
  uri: z.string(),
  format: z.string(),
  files: z.array(z.string()).optional(),
  rowCount: z.number().int().nullable(),
  columnCount: z.number().int().nullable(),
  fingerprint: z.string().nullable(),
  durationMs: z.number(),
  error: Problem.optional().describe('Why the source could not be read; its checks are all `error`'),
  warnings: z
    .array(Problem)
    .optional()
    .describe('Problems that did not stop the run, e.g. no data rows or a JSON column of mixed types'),
  checks: z.array(CheckResult),
});
export type SourceResult = z.infer<typeof SourceResult>;

export const Summary = z.object({
  checks: z.number().int(),
  passed: z.number().int(),
  failed: z.number().int(),
  errored: z.number().int(),
  skipped: z.number().int(),
  bySeverity: z.object({
    critical: z.number().int(),
    high: z.number().int(),
    medium: z.number().int(),
    low: z.number().int(),
    info: z.number().int(),
  }),
});
export type Summary = z.infer<typeof Summary>;

export const FailOn = z.enum([...severities, 'never']);
export type FailOn = z.infer<typeof FailOn>;

export const Report = z.object({
  schemaVersion: z.literal(RESULT_SCHEMA_VERSION),
  tool: z.object({ name: z.literal('truthgate'), version: z.string() }),
  runId: z.string(),
  suite: z.string(),
  status: RunStatus,
  failOn: FailOn,
  startedAt: z.string().describe('ISO-8601 timestamp'),
  durationMs: z.number(),
  summary: Summary,
  sources: z.array(SourceResult),
});
export type Report = z.infer<typeof Report>;
