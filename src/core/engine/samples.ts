import pl from 'nodejs-polars';
import type { Sample } from '../result/schema.ts';
import type { OpenedSource } from '../sources/open.ts';
import { sampleValues } from './values.ts';
import { output, type NativeCache, type NativeExpr } from './native.ts';

/**
 * Samples ride along in the one fused query: per row check, the first n failing row indices
 * and the values of the shown columns, as list aggregates. No second pass over the data.
 */
export interface SampleSpec {
  /** Alias of the list of failing row indices. */
  rows: string;
  /** Column shown -> alias of its list of failing values. */
  values: Record<string, string>;
  /** The check's own columns (masking applies to these, not to key columns). */
  columns: string[];
  mask?: (value: unknown) => unknown;
}

/** The list aggregates of one check's sample, keyed by their aliases. */
export function sampleExprs(spec: SampleSpec, failing: NativeExpr, size: number, nc: NativeCache): pl.Expr[] {
  // Each column is filtered by the same predicate; measured faster than gathering by the row
  // indices, which polars does not share between outputs.
  const first = (e: NativeExpr): NativeExpr => e.filter(failing).head(size).implode();
  return [
    output(first(nc.rowIndex).alias(spec.rows)),
    ...Object.entries(spec.values).map(([col, alias]) => output(first(nc.col(col)).alias(alias))),
  ];
}

/**
 * Appends the sample lists a query of some rows answered (a chunk, a slice) to those gathered
 * so far, shifting row indices by the rows before it; the first `size` rows are kept.
 */
export function mergeSample(
  spec: SampleSpec,
  rec: Record<string, unknown>,
  lists: Record<string, unknown[]>,
  rowOffset: number,
  size: number,
): void {
  const have = (lists[spec.rows] ??= []);
  const room = size - have.length;
  if (room <= 0) return;
  const rows = ((rec[spec.rows] as unknown[] | null) ?? []).slice(0, room);
  have.push(...rows.map((r) => Number(r) + rowOffset));
  for (const alias of Object.values(spec.values)) {
    (lists[alias] ??= []).push(...((rec[alias] as unknown[] | null) ?? []).slice(0, rows.length));
  }
}

/** Rows start-of-file offsets, for turning a dataset row index into (file, row in file). */
export async function fileOffsets(source: OpenedSource): Promise<number[]> {
  const counts = await Promise.all(
    source
      .lazyFiles()
      .map(async (lf) => Number((await lf.select(pl.len().alias('n')).collect()).getColumn('n').get(0))),
  );
  const offsets: number[] = [];
  let acc = 0;
  for (const n of counts) {
    offsets.push(acc);
    acc += n;
  }
  return offsets;
}

/** Builds a check's samples from the fused query's lists. */
export function buildSamples(
  spec: SampleSpec,
  metrics: Record<string, unknown>,
  source: OpenedSource,
  key: string[],
  offsets: number[] | undefined,
): Sample[] {
  const rows = (metrics[spec.rows] as unknown[] | undefined) ?? [];
  const sensitive = new Set(source.spec.sensitive ?? []);
  return rows.map((r, i) => {
    const row = Number(r);
    const rec: Record<string, unknown> = {};
    for (const [col, alias] of Object.entries(spec.values)) rec[col] = (metrics[alias] as unknown[])[i];
    const sample: Sample = { row, values: sampleValues(rec, key, spec, sensitive) };
    if (offsets && offsets.length > 1) {
      let f = offsets.length - 1;
      while (f > 0 && offsets[f]! > row) f--;
      sample.file = source.files[f]!;
      sample.fileRow = row - offsets[f]!;
    }
    return sample;
  });
}
