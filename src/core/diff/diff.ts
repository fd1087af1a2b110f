import pl from 'nodejs-polars';
import { materialize, readSchema } from '../compare/frame.ts';
import { TruthgateError } from '../errors.ts';
import type { OpenedSource } from '../sources/open.ts';
import { VERSION } from '../version.ts';
import { keyedDiff } from './keyed.ts';
import {
  DIFF_SCHEMA_VERSION,
  type ColumnDiff,
  type ColumnSideStats,
  type DatasetDiff,
  type DiffSide,
  type KeyedDiff,
  type SchemaChanges,
} from './schema.ts';
import { sideStats, type SideStats } from './stats.ts';

export interface DiffOptions {
  /** Columns identifying a row; without a key only schema and column statistics are compared. */
  key?: string[];
  /** Sample rows kept per kind of change (added, removed, changed, duplicate keys). */
  sampleSize?: number;
}

export const DEFAULT_DIFF_SAMPLES = 5;

/**
 * Compares two versions of a dataset: schema, row count, per-column statistics (one fused pass
 * per side) and, with a key, the rows added, removed and changed (polars joins, see keyed.ts).
 */
export async function diffSources(
  oldSource: OpenedSource,
  newSource: OpenedSource,
  opts: DiffOptions = {},
): Promise<DatasetDiff> {
  const t0 = performance.now();
  const sampleSize = opts.sampleSize ?? DEFAULT_DIFF_SAMPLES;
  const [oldSchema, newSchema] = await Promise.all([readSchema(oldSource), readSchema(newSource)]);
  const key = opts.key?.length ? opts.key : undefined;
  if (key) validateKey(key, oldSchema, newSchema, oldSource, newSource);

  // A keyed diff queries each side several times: read each once into memory first.
  let oldLf: pl.LazyDataFrame = oldSource.lazy();
  let newLf: pl.LazyDataFrame = newSource.lazy();
  let frames: [pl.DataFrame, pl.DataFrame] | undefined;
  if (key) {
    frames = await Promise.all([
      materialize(oldSource, Object.keys(oldSchema)),
      materialize(newSource, Object.keys(newSchema)),
    ]);
    oldLf = frames[0].lazy();
    newLf = frames[1].lazy();
  }
  const [oldStats, newStats] = await Promise.all([
    sideStats(oldSource, oldLf, oldSchema, key),
    sideStats(newSource, newLf, newSchema, key),
  ]);

  const schema = schemaChanges(oldSchema, newSchema);
  let keyed: KeyedDiff | null = null;
  let columnChanges = new Map<string, number>();
  if (key && frames) {
    const casts = Object.fromEntries(
      schema.retyped.flatMap((r) => {
        const common = commonDtype(r.from, r.to);
        return common ? [[r.column, common]] : [];
      }),
    );
    const compared = Object.keys(oldSchema).filter(
      (c) => c in newSchema && !key.includes(c) && (oldSchema[c] === newSchema[c] || c in casts),
    );
    ({ keyed, columnChanges } = await keyedDiff({
      old: frames[0],
      new: frames[1],
      key,
      compared,
      casts,
      sampleSize,
      duplicatesOld: oldStats.duplicateKeys ?? false,
      duplicatesNew: newStats.duplicateKeys ?? false,
    }));
  }
  const columns = columnDiffs(oldSchema, newSchema, oldStats, newStats, key ? columnChanges : undefined);
  return datasetDiff({
    old: side(oldSource, oldStats, oldSchema),
    new: side(newSource, newStats, newSchema),
    schema,
    columns,
    keyed,
    t0,
  });
}

/**
 * The DatasetDiff of two measured sides, whichever way they were measured (two files, two tables
 * of one database, or apart): `changed` when rows, schema, column statistics or keyed rows differ.
 * `meanTolerance`: relative, for means computed by different engines.
 */
export function datasetDiff(d: {
  old: DiffSide;
  new: DiffSide;
  schema: SchemaChanges;
  columns: ColumnDiff[];
  keyed: KeyedDiff | null;
  t0: number;
  meanTolerance?: number;
}): DatasetDiff {
  const rowCount = { old: d.old.rows, new: d.new.rows, delta: d.new.rows - d.old.rows };
  const { keyed, columns } = d;
  return {
    schemaVersion: DIFF_SCHEMA_VERSION,
    kind: 'diff',
    tool: { name: 'truthgate', version: VERSION },
    old: d.old,
    new: d.new,
    rowCount,
    schema: d.schema,
    columns,
    keyed,
    changed:
      rowCount.delta !== 0 ||
      columns.some((c) => c.status !== 'same' || statsDiffer(c.old, c.new, d.meanTolerance)) ||
      (keyed !== null && keyed.added.count + keyed.removed.count + keyed.changed.count > 0),
    durationMs: Math.round(performance.now() - d.t0),
  };
}

const NUMERIC = /^(U?Int(8|16|32|64)|Float(32|64)|Decimal.*)$/;
const SCALAR =
  /^(U?Int(8|16|32|64)|Float(32|64)|Decimal.*|String|Utf8|Boolean|Date|Datetime.*|Time|Categorical.*|Enum.*)$/;

/**
 * The dtype a retyped column is compared in: Float64 between numbers (Int64 → Float64 keeps
 * 1 = 1.0), text between other scalars (a date that became a string compares by its text).
 * Nested dtypes have no safe common form and stay uncompared.
 */
function commonDtype(from: string, to: string): pl.DataType | undefined {
  const kind = commonKind(from, to);
  return kind === 'number' ? pl.Float64 : kind === 'text' ? pl.String : undefined;
}

/** The kind of commonDtype, for backends other than polars (diff/sql-diff.ts). */
export function commonKind(from: string, to: string): 'number' | 'text' | undefined {
  if (NUMERIC.test(from) && NUMERIC.test(to)) return 'number';
  if (SCALAR.test(from) && SCALAR.test(to)) return 'text';
  return undefined;
}

export function validateKey(
  key: string[],
  oldSchema: Record<string, string>,
  newSchema: Record<string, string>,
  oldSource: { uri: string },
  newSource: { uri: string },
): void {
  for (const k of key) {
    for (const [s, src] of [
      [oldSchema, oldSource],
      [newSchema, newSource],
    ] as const) {
      if (!(k in s)) {
        throw new TruthgateError('TG_DIFF_KEY_MISSING', {
          column: k,
          source: src.uri,
          available: Object.keys(s).join(', '),
        });
      }
    }
    if (oldSchema[k] !== newSchema[k]) {
      throw new TruthgateError('TG_DIFF_KEY_TYPE', { column: k, from: oldSchema[k]!, to: newSchema[k]! });
    }
  }
}

export function side(source: OpenedSource, stats: SideStats, schema: Record<string, string>): DiffSide {
  return {
    name: source.name,
    uri: source.uri,
    format: source.format,
    fingerprint: source.fingerprint,
    rows: stats.rows,
    columns: Object.keys(schema).length,
  };
}

export function schemaChanges(
  oldSchema: Record<string, string>,
  newSchema: Record<string, string>,
): SchemaChanges {
  return {
    added: Object.keys(newSchema)
      .filter((c) => !(c in oldSchema))
      .map((c) => ({ column: c, dtype: newSchema[c]! })),
    removed: Object.keys(oldSchema)
      .filter((c) => !(c in newSchema))
      .map((c) => ({ column: c, dtype: oldSchema[c]! })),
    retyped: Object.keys(oldSchema)
      .filter((c) => c in newSchema && oldSchema[c] !== newSchema[c])
      .map((c) => ({ column: c, from: oldSchema[c]!, to: newSchema[c]! })),
  };
}

/** Old columns in old order, then added columns in new order. */
export function columnDiffs(
  oldSchema: Record<string, string>,
  newSchema: Record<string, string>,
  oldStats: SideStats,
  newStats: SideStats,
  columnChanges: Map<string, number> | undefined,
): ColumnDiff[] {
  const names = [...Object.keys(oldSchema), ...Object.keys(newSchema).filter((c) => !(c in oldSchema))];
  return names.map((column) => {
    const o = oldStats.columns.get(column) ?? null;
    const n = newStats.columns.get(column) ?? null;
    const status = !o ? 'added' : !n ? 'removed' : o.dtype !== n.dtype ? 'retyped' : 'same';
    const sub = (x: number | null | undefined, y: number | null | undefined): number | null =>
      x === null || x === undefined || y === null || y === undefined ? null : y - x;
    return {
      column,
      status,
      old: o,
      new: n,
      delta: {
        nullFraction: sub(o?.nullFraction, n?.nullFraction),
        distinct: sub(o?.distinct, n?.distinct),
        mean: sub(o?.mean, n?.mean),
      },
      changedRows: columnChanges?.get(column) ?? null,
    };
  });
}

/**
 * Whether a column's statistics differ. `meanTolerance` (relative) is for sides computed by
 * different engines, whose floating-point sums of the same values differ in the last bits.
 */
export function statsDiffer(
  o: ColumnSideStats | null,
  n: ColumnSideStats | null,
  meanTolerance = 0,
): boolean {
  if (!o || !n) return false;
  const meansDiffer =
    typeof o.mean === 'number' &&
    typeof n.mean === 'number' &&
    Number.isFinite(o.mean) &&
    Number.isFinite(n.mean)
      ? Math.abs(o.mean - n.mean) > meanTolerance * Math.max(1, Math.abs(o.mean), Math.abs(n.mean))
      : !Object.is(o.mean, n.mean);
  return (
    o.nullCount !== n.nullCount ||
    o.distinct !== n.distinct ||
    meansDiffer ||
    JSON.stringify(o.min) !== JSON.stringify(n.min) ||
    JSON.stringify(o.max) !== JSON.stringify(n.max)
  );
}
