import pl from 'nodejs-polars';
import { toNumber } from '../toolkit/numbers.ts';
import { chunkFrames } from '../sources/chunk-frames.ts';
import { mergeSample, type SampleSpec } from './samples.ts';
import { sqlColumns } from '../toolkit/sql-tokens.ts';
import type { QueryResult } from './merge.ts';
import { queryRow } from './shortcut-query.ts';
import { unproven, type Deferred, type Output, type PlannedCheck, type SourcePlan } from './plan.ts';

/** One check's whole-column expressions, and what to add when its clean proof fails. */
interface GlobalGroup {
  check: PlannedCheck;
  exprs: pl.Expr[];
  /** Columns (source columns and SQL aliases) its expressions read, kept across chunks. */
  keep: Set<string>;
  deferred?: Deferred;
}

/** The checks of one chunked run, by how their answers merge across chunks. */
interface ChunkedWork {
  /** Source columns any check reads (SQL expressions' columns are added here). */
  reads: Set<string>;
  /** Additive outputs (sums of failing/judged rows), evaluated per chunk and summed by name. */
  local: Output[];
  /** The checks behind `local`, whose failing masks each chunk computes. */
  masked: PlannedCheck[];
  /** Sample lists of local row checks: concatenated across chunks (row indices shifted), first n kept. */
  localSamples: { spec: SampleSpec; exprs: pl.Expr[] }[];
  /** Everything else, one group per check, evaluated over the accumulated columns it needs. */
  global: GlobalGroup[];
}

/**
 * Row checks whose failing rows can be counted per chunk and summed, versus checks that need
 * whole columns (aggregates, duplicates, order, `clean` proofs), one group per check.
 */
function splitByMergeability(list: PlannedCheck[]): ChunkedWork {
  const work: ChunkedWork = { reads: new Set(), local: [], masked: [], localSamples: [], global: [] };
  for (const p of list) {
    for (const c of p.reads) work.reads.add(c);
    if (!p.row || !p.exact || p.deferred) {
      work.global.push({
        check: p,
        exprs: p.exprs,
        keep: new Set([...p.reads, ...p.sqlUsed]),
        ...(p.deferred ? { deferred: p.deferred } : {}),
      });
      continue;
    }
    work.masked.push(p);
    work.local.push(p.row.failing, p.row.judged);
    if (p.row.sample) work.localSamples.push({ spec: p.row.sample, exprs: p.row.samples });
  }
  return work;
}

/**
 * The chunked driver, the counterpart of the one fused query: returns the same metrics record.
 * Local metrics are sums and merge exactly; global ones see the concatenated columns they read.
 */
export async function chunkedQuery(
  plan: SourcePlan,
  list: PlannedCheck[],
  sampleSize: number,
): Promise<QueryResult> {
  const input = { ...splitByMergeability(list), sql: plan.sql, goodSql: plan.goodSql, sampleSize };
  const columns = plan.schema.columns;
  const aliases = input.sql
    .entries()
    .map(([, a]) => a)
    .filter((a) => input.goodSql.has(a));
  const keep = [...new Set(input.global.flatMap((g) => [...g.keep]))];
  const localExprs = [...input.local.map((o) => o.expr), ...input.localSamples.flatMap((s) => s.exprs)];
  // Every good SQL column is computed per chunk, so the columns it mentions are parsed too. The
  // expressions compiled, so none leaves a quote or comment open: one newline-joined text gives the
  // same words, and one pass over the columns instead of one per expression (quadratic when wide).
  const read = new Set(input.reads);
  const good = input.sql.entries().filter(([, alias]) => input.goodSql.has(alias));
  if (good.length) for (const c of sqlColumns(good.map(([e]) => e).join('\n'), columns)) read.add(c);
  if (read.size === 0 && columns.length) read.add(columns[0]!);
  const sums: Record<string, number> = {};
  const lists: Record<string, unknown[]> = {};
  const offsets: number[] = [];
  const kept: pl.DataFrame[] = [];
  let rowCount = 0;
  // SQL columns are computed inside each chunk's lazy query, on polars' threads, rather than
  // collected on the main thread before the next chunk can be read.
  const withSql = (lf: pl.LazyDataFrame): pl.LazyDataFrame =>
    aliases.length ? input.sql.apply(lf, input.goodSql) : lf;
  const keepsSql = keep.some((c) => aliases.includes(c));
  let pending: Promise<void> | undefined;
  for await (const chunk of chunkFrames(plan.source, plan.schema.polars, { only: read })) {
    if (chunk.fileRow === 0) offsets.push(chunk.row);
    rowCount += chunk.frame.height;
    // One chunk's row checks run on a polars thread while the next chunk is parsed; waiting for
    // the previous one first keeps samples in order and at most two chunks in memory.
    await pending;
    if (localExprs.length) {
      const { frame, row } = chunk;
      pending = queryRow({
        plan,
        frame: withSql(frame.lazy()),
        checks: input.masked,
        exprs: localExprs,
        shortcuts: true,
      }).then(({ row: rec }) => {
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
      const columns = keep.length ? keep : [marker];
      kept.push(
        keepsSql
          ? withSql(chunk.frame.lazy())
              .select(...columns)
              .collectSync()
          : chunk.frame.select(...columns),
      );
    }
  }
  const metrics: Record<string, unknown> = {};
  if (input.global.length) {
    // No rechunk: the frame shares the kept chunks instead of copying them. Whole-column checks run
    // as one parallel select (duplicate checks there are hashed distinct counts), beside the last
    // chunk's row checks; exact duplicate searches, only for keys that proved unclean, run one
    // check at a time so their large hash tables are never alive together.
    const all = kept.length ? pl.concat(kept, { how: 'vertical', rechunk: false }) : pl.DataFrame({});
    kept.length = 0;
    // A shortcut that failed on the kept columns fails for every later query of them.
    let shortcuts = true;
    const evaluate = async (exprs: pl.Expr[], checks: PlannedCheck[]): Promise<void> => {
      const result = await queryRow({ plan, frame: all.lazy(), checks, exprs, shortcuts });
      shortcuts = result.shortcuts;
      Object.assign(metrics, result.row);
    };
    await Promise.all([
      pending,
      evaluate(
        input.global.flatMap((g) => g.exprs),
        input.global.filter((g) => !g.deferred).map((g) => g.check),
      ),
    ]);
    for (const { deferred, check } of input.global)
      if (unproven(deferred, metrics)) await evaluate(deferred.exprs, [check]);
  } else await pending;
  return { rowCount, metrics: { ...sums, ...lists, ...metrics }, offsets };
}
