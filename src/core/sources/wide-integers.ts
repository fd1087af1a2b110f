import pl from 'nodejs-polars';
import { TruthgateError } from '../errors.ts';

/**
 * polars reads integers beyond Int64 as Int128 (as polars for Python does), a type nodejs-polars
 * cannot hand to JavaScript: samples, statistics and even the schema stop with "DataType Int128
 * is not supported for JS conversion". Float64 would merge neighbouring values (2^63-1 and 2^63
 * are one double), so such columns are read as text, exactly as written, and a warning says so.
 * Returns how to read the file with those columns as text; the probe runs once, on first use.
 */
export function readWideIntegersAsText(
  scan: () => pl.LazyDataFrame,
  shown: string,
  warnings: TruthgateError[],
): () => pl.LazyDataFrame {
  let wide: string[] | undefined;
  return () => {
    const lf = scan();
    if (!wide) {
      wide = wideIntegerColumns(lf);
      for (const column of wide) warnings.push(wideIntegerWarning(shown, column));
    }
    return wide.length ? lf.withColumns(...asText(wide)) : lf;
  };
}

/** The warning that `column` of `shown` holds integers beyond Int64 and is read as text. */
export function wideIntegerWarning(shown: string, column: string): TruthgateError {
  return new TruthgateError('TG_SOURCE_WIDE_INTEGER', { path: shown, column }, { location: { file: shown } });
}

/** The columns cast to text: exact digits, which reach JavaScript where Int128 cannot. */
export const asText = (columns: string[]): pl.Expr[] => columns.map((c) => pl.col(c).cast(pl.String));

const PROBE_GROUP = 64;

function wideIntegerColumns(lf: pl.LazyDataFrame): string[] {
  const probe = lf.head(0).collectSync();
  // Asked of groups of columns, then of each column of a group that fails: a call per column
  // (or getColumns) costs seconds over thousands of columns.
  const fits = (columns: string[]): boolean => {
    try {
      void probe.select(...columns).dtypes;
      return true;
    } catch (err) {
      if (/\bU?Int128\b/.test((err as Error).message)) return false;
      throw err;
    }
  };
  if (fits(probe.columns)) return [];
  const wide: string[] = [];
  for (let i = 0; i < probe.columns.length; i += PROBE_GROUP) {
    const group = probe.columns.slice(i, i + PROBE_GROUP);
    if (!fits(group)) wide.push(...group.filter((c) => !fits([c])));
  }
  return wide;
}
