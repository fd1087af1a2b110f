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
      .describe(
        'Object-store settings (object_store keys such as aws_endpoint_url, azure_client_id, google_skip_signature); use ${ENV} for secrets',
      ),
  })
  .strict();
/** A loaded source: a file spec, or a SQL one whose `path` is its display identity (`sql:pg/public.orders`). */
export type SourceSpec = z.infer<typeof SourceSpec> & { sql?: SqlSpec };

// SQL sources

/** How to reach a database: a URL (`postgres://…`, `duckdb:path/to/file.duckdb`), `${ENV}` allowed. */
export const ConnectionSpec = z.union([
  z.string().min(1),
  z
    .object({
      url: z.string().min(1).describe('`postgres://user@host:5432/db` or `duckdb:file.duckdb`'),
      password: z
        .string()
        .optional()
        .describe('Password for the URL, e.g. `${PG_PASSWORD}`; needs no percent-encoding here'),
      statement_timeout_seconds: z
        .number()
        .positive()
        .optional()
        .describe('Longest a query may run before it is cancelled (default 300)'),
      connect_timeout_seconds: z
        .number()
        .positive()
        .optional()
        .describe('How long to wait for the server to answer (default 10)'),
    })
    .strict(),
]);
export type ConnectionSpec = z.infer<typeof ConnectionSpec>;

export const SqlSpec = z
  .object({
    connection: z
      .string()
      .min(1)
      .describe('A name under `connections:`, or the env variable TRUTHGATE_CONNECTION_<NAME>'),
    table: z.string().min(1).optional().describe('`schema.table` or `table`, quoted as identifiers'),
    query: z.string().min(1).optional().describe('A SELECT whose rows are checked, run read-only'),
    timestamp_column: z
      .string()
      .min(1)
      .optional()
      .describe('Its max joins the fingerprint (table and row count), so appended rows change it'),
  })
  .strict()
  .refine((s) => (s.table === undefined) !== (s.query === undefined), {
    message: 'give exactly one of `table` or `query`',
  });
export type SqlSpec = z.infer<typeof SqlSpec>;

export const SqlSourceSpec = z
  .object({
    sql: SqlSpec,
    key: SourceSpec.shape.key,
    sensitive: SourceSpec.shape.sensitive,
    description: SourceSpec.shape.description,
  })
  .strict();
export type SqlSourceSpec = z.infer<typeof SqlSourceSpec>;

export function isSqlSource(spec: SourceSpec): spec is SourceSpec & { sql: SqlSpec } {
  return spec.sql !== undefined;
}

/** A SQL source as the engine sees it, with its display identity in `path`. */
export function sqlSourceSpec(entry: SqlSourceSpec): SourceSpec {
  const { sql, ...rest } = entry;
  return { ...rest, sql, path: `sql:${sql.connection}/${sql.table ?? '(query)'}` };
}
