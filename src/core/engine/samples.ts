import pl from 'nodejs-polars';
import type { Sample } from '../result/schema.ts';
import type { OpenedSource } from '../sources/open.ts';
import type { SqlColumns } from './context.ts';
import { sampleValues } from './values.ts';

export interface SampleRequest {
  /** Index of the check in the source's check list. */
  index: number;
  predicate: pl.Expr;
  columns: string[];
  /** Applied to the values of `columns` (not key columns), e.g. to mask personal data. */
  mask?: (value: unknown) => unknown;
}

interface SampleOptions {
  sql: SqlColumns;
  goodSql: Set<string>;
  size: number;
  schema: Record<string, string>;
}

/**
 * One bounded pass for the samples of every failing row check: each check contributes a
 * filter + head(n) branch, and polars runs the branches over a shared scan. Rows carry their
 * dataset row index and, for multi-file sources, their file and row within the file.
 */
export async function collectSamples(
  source: OpenedSource,
  requests: SampleRequest[],
  opts: SampleOptions,
): Promise<Map<number, Sample[]>> {
  const parts = source
    .lazyFiles()
    .map((lf, i) => lf.withRowIndex('__tg_fr').withColumns(pl.lit(i).cast(pl.UInt32).alias('__tg_fi')));
  const all = parts.length === 1 ? parts[0]! : pl.concat(parts, { how: 'diagonalRelaxed' });
  const framed = opts.sql.apply(all.withRowIndex('__tg_row'), opts.goodSql);
  const key = (source.spec.key ?? []).filter((k) => k in opts.schema);
  const sensitive = new Set(source.spec.sensitive ?? []);
  const branches = requests.map((r) => {
    const cols = [...new Set([...key, ...r.columns])];
    return framed
      .filter(r.predicate)
      .select('__tg_row', '__tg_fi', '__tg_fr', ...cols)
      .head(opts.size)
      .withColumns(pl.lit(r.index).cast(pl.UInt32).alias('__tg_ci'));
  });
  const df = await (
    branches.length === 1 ? branches[0]! : pl.concat(branches, { how: 'diagonalRelaxed' })
  ).collect();
  const out = new Map<number, Sample[]>();
  const multiFile = source.files.length > 1;
  for (const rec of df.toRecords() as Record<string, unknown>[]) {
    const ci = Number(rec.__tg_ci);
    const req = requests.find((r) => r.index === ci)!;
    const values = sampleValues(rec, key, req, sensitive);
    const sample: Sample = {
      row: Number(rec.__tg_row),
      ...(multiFile ? { file: source.files[Number(rec.__tg_fi)]!, fileRow: Number(rec.__tg_fr) } : {}),
      values,
    };
    const list = out.get(ci) ?? [];
    list.push(sample);
    out.set(ci, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.row - b.row);
  return out;
}
