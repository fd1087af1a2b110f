import pl from 'nodejs-polars';
import { epochMs, ISO_FORMATS } from '../../src/core/expr/polars-time.ts';

/**
 * Epoch ms of text column `t` with every ISO shape tried in turn on the whole column: what the
 * engine's parse (one probed shape, then the rows it left) must give.
 */
export function isoReference(df: pl.DataFrame): (number | null)[] {
  const parsed = ISO_FORMATS.map((format) => epochMs(pl.col('t'), 'String', { format, uniform: false }));
  return df
    .select(parsed.reduce((x, y) => x.fillNull(y)).alias('ms'))
    .getColumn('ms')
    .toArray() as (number | null)[];
}
