import pl from 'nodejs-polars';
import { z } from 'zod';
import { columnNotFound } from '../toolkit/columns.ts';
import { TruthgateError } from '../errors.ts';
import { explainReadError } from '../sources/open.ts';
import { col } from '../expr/node.ts';
import { missingFromOther } from './cross-sql.ts';
import { defineCheck } from './define.ts';
import { nearest } from './nearest.ts';
import { column } from './params.ts';
import { memberOf } from './sets.ts';

const foreignKey = defineCheck({
  name: 'foreign_key',
  category: 'referential',
  summary: 'Every non-null value exists in a column of another source.',
  doc:
    'Fails on every non-null value of `column` that does not occur in `reference.column` of the source ' +
    '`reference.source` (e.g. order lines whose `product_id` is not in the products table). The referenced ' +
    'column is read once as its distinct values; the test itself is a row expression of the fused scan, so ' +
    'failing rows are counted and sampled like any row check. When the two columns have different dtypes ' +
    '(ids as numbers here and text there) they are compared as text. Nulls are not judged.',
  defaultSeverity: 'high',
  params: z
    .object({
      column,
      reference: z
        .object({
          source: z.string().min(1).describe('Source holding the referenced values'),
          column: column.describe('Referenced column in that source'),
        })
        .strict(),
    })
    .strict(),
  example: { column: 'customer_id', reference: { source: 'customers', column: 'id' } },
  readsSources: (p) => [p.reference.source],
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const describe = {
      expected: `values in ${p.reference.source}.${p.reference.column}`,
      describe: `values missing from ${p.reference.source}.${p.reference.column}`,
    };
    // On a SQL source: a subquery of the same connection, inside the one aggregate query.
    if (ctx.otherSql) {
      const other = ctx.otherSql(p.reference.source);
      return {
        kind: 'row',
        fails: missingFromOther(p.column, ctx.schema[p.column]!, p.reference.column, other),
        ...describe,
      };
    }
    const other = ctx.other(p.reference.source);
    // Materialised at plan time, before the fused query, so the check stays a row expression.
    let keys: pl.Series;
    try {
      const lf = other.lazy();
      const schema = lf.head(0).collectSync().schema as Record<string, pl.DataType>;
      if (!(p.reference.column in schema)) {
        const names = Object.keys(schema);
        throw columnNotFound(p.reference.column, other.name, names, nearest(p.reference.column, names));
      }
      keys = lf
        .select(pl.col(p.reference.column))
        .unique()
        .collectSync()
        .getColumn(p.reference.column)
        .dropNulls();
    } catch (err) {
      if (err instanceof TruthgateError) throw err;
      throw explainReadError(other, err, ctx.baseDir);
    }
    return {
      kind: 'row',
      fails: memberOf(col(p.column), ctx.schema[p.column]!, keys).not(),
      ...describe,
    };
  },
});

export const referentialChecks = [foreignKey];
