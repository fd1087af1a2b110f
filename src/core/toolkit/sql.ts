import pl from 'nodejs-polars';
import { rawLazyFrame } from './polars-internals.ts';

/**
 * Runs a SQL query over named lazy frames. nodejs-polars does not throw on a query it cannot parse
 * or plan: it returns a frame wrapping the error, which later fails with "_ldf.collect is not a
 * function". Surfacing the real error here keeps messages about the user's SQL.
 */
export function executeSql(tables: Record<string, pl.LazyDataFrame>, query: string): pl.LazyDataFrame {
  const lf = pl.SQLContext(tables).execute(query);
  const inner = rawLazyFrame(lf);
  if (inner instanceof Error) throw inner;
  return lf;
}
