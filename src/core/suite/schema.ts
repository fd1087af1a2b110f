import { z } from 'zod';
import { NotifyConfig } from '../notify/rules.ts';
import { FailOn, Severity } from '../result/schema.ts';
import { ConnectionSpec, SourceSpec, SqlSourceSpec } from '../sources/spec.ts';

export const SUITE_VERSION = 1;

/** Fields every check accepts besides its own params. */
export const CommonCheckFields = z.object({
  severity: Severity.optional().describe('critical | high | medium | low | info'),
  mostly: z
    .number()
    .gt(0)
    .max(1)
    .optional()
    .describe('Least fraction of judged rows that must pass (0.99 tolerates 1% failing rows)'),
  where: z
    .string()
    .min(1)
    .optional()
    .describe('SQL boolean expression; the check only looks at matching rows'),
  tags: z.array(z.string()).optional(),
  description: z.string().optional(),
});
export const commonFieldNames = Object.keys(CommonCheckFields.shape);

export const Defaults = z
  .object({
    severity: Severity.optional(),
    mostly: z.number().gt(0).max(1).optional(),
    sample_size: z
      .number()
      .int()
      .min(0)
      .max(100)
      .optional()
      .describe('Failing rows kept per check (default 5)'),
    tags: z.array(z.string()).optional(),
  })
  .strict();

/** A source is a path string, a full file spec, or a SQL table or query. */
export const SourceEntry = z.union([z.string().min(1), SourceSpec, SqlSourceSpec]);

export const SuiteFile = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(SUITE_VERSION).describe('Suite file format version'),
    name: z.string().optional(),
    allow_file_functions: z
      .boolean()
      .optional()
      .describe(
        'Let SQL (`where`, `sql`, `expression`) call table functions that read files (default false)',
      ),
    fail_on: FailOn.optional().describe('Lowest severity that fails the run (default high)'),
    defaults: Defaults.optional(),
    connections: z
      .record(
        z.string().regex(/^[A-Za-z_][\w-]*$/, 'connection names are letters, digits, _ and -'),
        ConnectionSpec,
      )
      .optional()
      .describe('Databases that SQL sources name; URLs take `${ENV}` for passwords'),
    sources: z.record(
      z.string().regex(/^[A-Za-z_][\w-]*$/, 'source names are letters, digits, _ and -'),
      SourceEntry,
    ),
    checks: z
      .record(z.string(), z.array(z.union([z.string(), z.record(z.string(), z.unknown())])))
      .optional()
      .describe('Checks per source name: a list of `- check_name: { params }` (or a bare check name)'),
    notify: NotifyConfig.optional().describe('Notification rules (see docs/notifications.md)'),
  })
  .strict();
export type SuiteFile = z.infer<typeof SuiteFile>;
