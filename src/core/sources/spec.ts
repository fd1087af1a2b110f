import { z } from 'zod';

export const formats = ['csv', 'tsv', 'parquet', 'json', 'ndjson', 'arrow'] as const;
export const Format = z.enum(formats);
export type Format = z.infer<typeof Format>;

export const CsvOptions = z
  .object({
    delimiter: z.string().length(1).optional().describe('Field separator; default `,` (`\\t` for tsv)'),
    header: z.boolean().optional().describe('First line holds column names (default true)'),
    quote: z.string().length(1).optional().describe('Quote character (default `"`)'),
    null_values: z.array(z.string()).optional().describe('Strings read as null'),
    skip_rows: z.number().int().min(0).optional(),
    comment_prefix: z.string().optional(),
    infer_schema_length: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe('Rows used to infer dtypes (0 = all strings)'),
    ragged: z.boolean().optional().describe('Pad short rows / truncate long rows instead of failing'),
  })
  .strict();
export type CsvOptions = z.infer<typeof CsvOptions>;

export const SourceSpec = z
  .object({
    path: z
      .string()
      .min(1)
      .describe(
        'File path or glob, relative to the suite file; or an s3://, gs://, az:// or https:// URI or glob',
      ),
    format: Format.optional().describe('Inferred from the extension when omitted'),
    options: CsvOptions.optional(),
    key: z.array(z.string()).optional().describe('Columns identifying a row; shown with failing samples'),
    sensitive: z.array(z.string()).optional().describe('Columns masked in samples and messages'),
    description: z.string().optional(),
    storage_options: z
      .record(
        z.string().regex(/^(aws|google|azure)_[a-z0-9_]+$/),
        z.union([z.string(), z.number(), z.boolean()]),
      )
      .optional()
      .describe('Object-store settings (object_store keys such as aws_endpoint_url); use ${ENV} for secrets'),
  })
  .strict();
export type SourceSpec = z.infer<typeof SourceSpec>;
