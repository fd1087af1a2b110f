import { DuckDBInstance } from '@duckdb/node-api';
import pl from 'nodejs-polars';
import { duckdb, postgres } from '../../src/core/expr/dialect.ts';
import type { Node } from '../../src/core/expr/node.ts';
import { PolarsRenderer } from '../../src/core/expr/polars.ts';
import { SqlRenderer } from '../../src/core/expr/sql.ts';
import { startPostgres, type TestPostgres } from '../helpers/postgres.ts';

/**
 * One text column `v` of the same values in polars, a real PostgreSQL and DuckDB, to compare a
 * row expression value by value across the three backends.
 */
/** A polars renderer for row expressions over plain columns of one frame (no masks, no SQL). */
export function plainPolarsRenderer(): PolarsRenderer {
  return new PolarsRenderer({
    col: (name) => pl.col(name),
    mask: () => undefined,
    sql: () => {
      throw new Error('no SQL here');
    },
    isoShape: () => undefined,
    derived: (_, build) => build(),
  });
}

export interface RowTable {
  pg: TestPostgres;
  /**
   * Each row's value of `node` over `v` (as a number: epoch ms, 1/0 for booleans) by each SQL
   * backend, as the rows that differ from polars; `nonNull`: the rows where polars has a value.
   */
  differences(node: Node): Promise<{ pg: string[]; duckdb: string[]; nonNull: number }>;
  stop(): Promise<void>;
}

const asNumber = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export async function rowTable(values: readonly (string | null)[]): Promise<RowTable> {
  const pg = await startPostgres();
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    await pg.sql('CREATE TABLE t (i int, v text)');
    await pg.sql('INSERT INTO t SELECT i - 1, v FROM unnest($1::text[]) WITH ORDINALITY AS u(v, i)', [
      values,
    ]);
    await conn.run('CREATE TABLE t (i INTEGER, v VARCHAR)');
    const insert = await conn.prepare('INSERT INTO t VALUES ($1, $2)');
    for (const [i, v] of values.entries()) {
      insert.bindInteger(1, i);
      if (v === null) insert.bindNull(2);
      else insert.bindVarchar(2, v);
      await insert.run();
    }
  } catch (err) {
    conn.closeSync();
    await pg.stop();
    throw err;
  }
  const polars = plainPolarsRenderer();
  const frame = pl.DataFrame({ v: pl.Series('v', [...values], pl.String) });
  return {
    pg,
    async differences(node) {
      const want = frame.select(polars.row(node).alias('x')).getColumn('x').toArray().map(asNumber);
      const render = (d: typeof postgres) =>
        new SqlRenderer(d, undefined, undefined, { v: 'String' }).row(node);
      const fromPg = (await pg.sql(`SELECT ${render(postgres)} AS x FROM t ORDER BY i`)).rows.map((r) =>
        asNumber(r.x),
      );
      const fromDuck = (await conn.runAndReadAll(`SELECT ${render(duckdb)} AS x FROM t ORDER BY i`))
        .getRowObjectsJS()
        .map((r) => asNumber(r.x));
      const diff = (got: (number | null)[]) =>
        values.flatMap((v, i) =>
          got[i] === want[i] ? [] : [`${JSON.stringify(v)}: ${got[i]} vs polars ${want[i]}`],
        );
      return { pg: diff(fromPg), duckdb: diff(fromDuck), nonNull: want.filter((x) => x !== null).length };
    },
    async stop() {
      conn.closeSync();
      await pg.stop();
    },
  };
}
