import pl from 'nodejs-polars';
import { toNumber } from '../toolkit/numbers.ts';
import type { OpenedSource } from '../sources/open.ts';
import type { SqlColumns } from './context.ts';
import { chunkFrames } from '../sources/chunk-frames.ts';
import type { SampleSpec } from './samples.ts';
import { sqlColumns } from '../toolkit/sql-tokens.ts';

export interface QueryResult {
  rowCount: number;
  metrics: Record<string, unknown>;
  /** Dataset row index where each file starts, when the query learned it on the way. */
  offsets?: number[];
}

/** Expressions evaluated only when a `clean` proof (the boolean output `flag`) came out false. */
export interface Deferred {
  flag: string;
  exprs: pl.Expr[];
}

/** Whether a check still needs its deferred expressions: a proof counts only when exactly true. */
export function unproven(
  deferred: Deferred | undefined,
  metrics: Record<string, unknown>,
): deferred is Deferred {
  return deferred !== undefined && metrics[deferred.flag] !== true;
}

/** One check's whole-column expressions, and what to add when its clean proof fails. */
export interface GlobalGroup {
  exprs: pl.Expr[];
  /** Columns (source columns and SQL aliases) its expressions read, kept across chunks. */
  keep: Set<string>;
  deferred?: Deferred;
}

export interface ChunkedInput {
  source: OpenedSource;
  schema: Record<string, pl.DataType>;
  sql: SqlColumns;
  goodSql: Set<string>;
  sampleSize: number;
  /** Source columns any check reads (SQL expressions' columns are added here). */
  reads: Set<string>;
  /** Additive outputs (sums of failing/judged rows), evaluated per chunk and summed by name. */
  local: { name: string; expr: pl.Expr }[];
  /** Sample lists of local row checks: concatenated across chunks (row indices shifted), first n kept. */
  localSamples: { spec: SampleSpec; exprs: pl.Expr[] }[];
  /** Everything else, one group per check, evaluated over the accumulated columns it needs. */
  global: GlobalGroup[];
}

/**
 * The chunked counterpart of the one fused query: returns the same metrics record. Local
 * metrics are sums and merge exactly; global ones see the concatenated columns they read.
 */
export async function chunkedQuery(input: ChunkedInput): Promise<QueryResult> {
  const columns = Object.keys(input.schema);
  const aliases = input.sql
    .entries()
    .map(([, a]) => a)
    .filter((a) => input.goodSql.has(a));
  const keep = [...new Set(input.global.flatMap((g) => [...g.keep]))];
  const localExprs = [...input.local.map((o) => o.expr), ...input.localSamples.flatMap((s) => s.exprs)];
  // Every good SQL column is computed per chunk, so the columns it mentions are parsed too.
  const read = new Set(input.reads);
  for (const [expression, alias] of input.sql.entries())
    if (input.goodSql.has(alias)) for (const c of sqlColumns(expression, columns)) read.add(c);
  if (read.size === 0 && columns.length) read.add(columns[0]!);
  const sums: Record<string, number> = {};
  const lists: Record<string, unknown[]> = {};
  const offsets: number[] = [];
  const kept: pl.DataFrame[] = [];
  let rowCount = 0;
  const apply = (df: pl.DataFrame): pl.DataFrame =>
    aliases.length ? input.sql.apply(df.lazy(), input.goodSql).collectSync() : df;
  let pending: Promise<void> | undefined;
  for await (const chunk of chunkFrames(input.source, input.schema, { map: apply, only: read })) {
    if (chunk.fileRow === 0) offsets.push(chunk.row);
    rowCount += chunk.frame.height;
    // One chunk's row checks run on a polars thread while the next chunk is parsed; waiting for
    // the previous one first keeps samples in order and at most two chunks in memory.
    await pending;
    if (localExprs.length) {
      const { frame, row } = chunk;
      pending = frame
        .lazy()
        .select(...localExprs)
        .collect()
        .then((df) => {
          const rec = df.toRecords()[0] as Record<string, unknown>;
          for (const { name } of input.local) sums[name] = (sums[name] ?? 0) + (toNumber(rec[name]) ?? 0);
          for (const { spec } of input.localSamples) mergeSample(spec, rec, lists, row, input.sampleSize);
        });
      // A failure surfaces at the next `await pending`; until then it must not count as unhandled,
      // which would end the process while the next chunk parses.
      pending.catch(() => undefined);
    }
    // A zero-column frame has no height, so global checks that read no column keep a row-aligned
    // marker (a literal would collapse to one row).
    if (input.global.length) {
      const marker = pl.col(chunk.frame.columns[0]!).isNull().alias('__tg_one');
      kept.push(chunk.frame.select(...(keep.length ? keep : [marker])));
    }
  }
  await pending;
  const metrics: Record<string, unknown> = { ...sums, ...lists };
  if (input.global.length) {
    // No rechunk: the frame shares the kept chunks instead of copying them. Whole-column checks run
    // as one parallel select (duplicate checks there are hashed distinct counts); exact duplicate
    // searches, only for keys that proved unclean, run one check at a time so their large hash
    // tables are never alive together.
    const all = kept.length ? pl.concat(kept, { how: 'vertical', rechunk: false }) : pl.DataFrame({});
    kept.length = 0;
    const evaluate = (exprs: pl.Expr[]): void => {
      Object.assign(
        metrics,
        all
          .lazy()
          .select(...exprs)
          .collectSync()
          .toRecords()[0],
      );
    };
    evaluate(input.global.flatMap((g) => g.exprs));
    for (const { deferred } of input.global) if (unproven(deferred, metrics)) evaluate(deferred.exprs);
  }
  return { rowCount, metrics, offsets };
}

/** Appends one chunk's sample lists for a check, shifting row indices to the dataset. */
function mergeSample(
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
