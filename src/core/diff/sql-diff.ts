import { compareKind, readSchema } from '../compare/frame.ts';
import { TruthgateError } from '../errors.ts';
import { fillTemplate, type Dialect } from '../expr/dialect.ts';
import { quoteIdent } from '../expr/sql.ts';
import { sqlEpochMs } from '../profile/sql-profile.ts';
import type { SqlSource } from '../sources/sql/open.ts';
import { toNumber } from '../toolkit/numbers.ts';
import { jsonSafe } from '../toolkit/values.ts';
import type { OpenedSource } from '../sources/open.ts';
import {
  columnDiffs,
  commonKind,
  datasetDiff,
  DEFAULT_DIFF_SAMPLES,
  schemaChanges,
  side as fileSide,
  validateKey,
  type DiffOptions,
} from './diff.ts';
import type { ColumnSideStats, DatasetDiff, DiffSide, KeyedDiff } from './schema.ts';
import { sideStats, type SideStats } from './stats.ts';

type Row = Record<string, unknown>;

/**
 * The diff of two SQL sources of one connection, inside the database: per side one aggregate
 * query for the statistics, and with a key the rows added, removed and changed as joins (anti
 * joins and an inner join on keys unique on both sides), counted in the database; only bounded
 * samples (LIMIT) come back. The same DatasetDiff as two files give.
 */
export async function diffSqlSources(
  oldSource: SqlSource,
  newSource: SqlSource,
  opts: DiffOptions = {},
): Promise<DatasetDiff> {
  const t0 = performance.now();
  if (oldSource.spec.sql.connection !== newSource.spec.sql.connection) {
    const sides = [
      { kind: 'sql', source: oldSource },
      { kind: 'sql', source: newSource },
    ] as const;
    if (!opts.key?.length) return diffApart(sides[0], sides[1], opts);
    throw new TruthgateError('TG_DIFF_SQL_CONNECTION', {
      old: oldSource.name,
      new: newSource.name,
      detail: `\`${oldSource.name}\` is on connection \`${oldSource.spec.sql.connection}\`, \`${newSource.name}\` on \`${newSource.spec.sql.connection}\``,
    });
  }
  const sampleSize = opts.sampleSize ?? DEFAULT_DIFF_SAMPLES;
  const key = opts.key?.length ? opts.key : undefined;
  if (key) validateKey(key, oldSource.schema, newSource.schema, oldSource, newSource);
  // Everything runs in the old side's session: both relations are on its connection.
  const session = oldSource.session;
  const d = oldSource.dialect;
  const oldStats = await sqlSideStats(oldSource, session.query, key);
  const newStats = await sqlSideStats(newSource, session.query, key);
  const schema = schemaChanges(oldSource.schema, newSource.schema);
  let keyed: KeyedDiff | null = null;
  let columnChanges = new Map<string, number>();
  if (key) {
    const casts = Object.fromEntries(
      schema.retyped.flatMap((r) => {
        const kind = commonKind(r.from, r.to);
        return kind ? [[r.column, kind]] : [];
      }),
    );
    const compared = Object.keys(oldSource.schema).filter(
      (c) =>
        c in newSource.schema &&
        !key.includes(c) &&
        (oldSource.schema[c] === newSource.schema[c] || c in casts),
    );
    ({ keyed, columnChanges } = await keyedInDatabase(session.query, d, {
      old: {
        from: oldSource.from,
        columns: Object.keys(oldSource.schema),
        rows: oldStats.rows,
        dup: !!oldStats.duplicateKeys,
      },
      new: {
        from: newSource.from,
        columns: Object.keys(newSource.schema),
        rows: newStats.rows,
        dup: !!newStats.duplicateKeys,
      },
      key,
      compared,
      casts,
      sampleSize,
    }));
  }
  const columns = columnDiffs(
    oldSource.schema,
    newSource.schema,
    oldStats,
    newStats,
    key ? columnChanges : undefined,
  );
  return datasetDiff({
    old: await sqlSide(oldSource, oldStats),
    new: await sqlSide(newSource, newStats),
    schema,
    columns,
    keyed,
    t0,
  });
}

/** A side of a diff: a file read by polars, or a SQL table or query measured in its database. */
export type DiffInput = { kind: 'file'; source: OpenedSource } | { kind: 'sql'; source: SqlSource };

/** Relative tolerance of means computed by different engines (summation order). */
const MEAN_TOLERANCE = 1e-12;

/**
 * The unkeyed diff of sides that live apart (a SQL source and a file, or two connections):
 * schema, row counts and column statistics, each side measured where it lives (one aggregate
 * query in its database, one fused polars pass over a file), so no table is downloaded. Rows
 * cannot be paired without bringing one side to the other, so a key is refused.
 */
export async function diffApart(
  oldSide: DiffInput,
  newSide: DiffInput,
  opts: DiffOptions = {},
): Promise<DatasetDiff> {
  const t0 = performance.now();
  if (opts.key?.length)
    throw new TruthgateError('TG_DIFF_SQL_CONNECTION', {
      old: oldSide.source.name,
      new: newSide.source.name,
      detail:
        'rows are paired by key inside one database or in polars, never by downloading a table; without a key the schema and column statistics are compared',
    });
  const measure = async (
    s: DiffInput,
  ): Promise<{ schema: Record<string, string>; stats: SideStats; side: DiffSide }> => {
    if (s.kind === 'sql') {
      const stats = await sqlSideStats(s.source, s.source.session.query, undefined);
      return { schema: s.source.schema, stats, side: await sqlSide(s.source, stats) };
    }
    const schema = await readSchema(s.source);
    const stats = await sideStats(s.source, s.source.lazy(), schema, undefined);
    return { schema, stats, side: fileSide(s.source, stats, schema) };
  };
  const [o, n] = [await measure(oldSide), await measure(newSide)];
  return datasetDiff({
    old: o.side,
    new: n.side,
    schema: schemaChanges(o.schema, n.schema),
    columns: columnDiffs(o.schema, n.schema, o.stats, n.stats, undefined),
    keyed: null,
    t0,
    meanTolerance: MEAN_TOLERANCE,
  });
}

async function sqlSide(s: SqlSource, stats: SideStats): Promise<DiffSide> {
  return {
    name: s.name,
    uri: s.uri,
    format: s.format,
    fingerprint: await s.fingerprint(stats.rows),
    rows: stats.rows,
    columns: Object.keys(s.schema).length,
  };
}

/**
 * One side's statistics (the polars diff's, column by column) in one aggregate query: nulls,
 * distinct values, min/max (temporal ones as ISO text, text in code point order, NaN skipped by
 * max as polars skips it) and means, plus the distinct keys.
 */
export async function sqlSideStats(
  source: SqlSource,
  query: (sql: string) => Promise<Row[]>,
  key: string[] | undefined,
): Promise<SideStats> {
  const d = source.dialect;
  const names = Object.keys(source.schema);
  const out = ['count(*) AS rows'];
  if (key?.length) {
    const keys = key.map((k) => quoteIdent(d, k)).join(', ');
    // SELECT DISTINCT counts a null key as a value, as polars' n_unique does.
    out.push(`(SELECT count(*) FROM (SELECT DISTINCT ${keys} FROM ${source.from}) AS tg_keys) AS keys`);
  }
  names.forEach((name, i) => {
    const dtype = source.schema[name]!;
    const kind = compareKind(dtype);
    const q = quoteIdent(d, name);
    out.push(`count(*) - count(${q}) AS n_${i}`);
    if (kind === 'other') return;
    out.push(`count(DISTINCT ${q}) AS d_${i}`);
    const [lo, hi] = extremes(q, dtype, kind, d);
    out.push(`${lo} AS mn_${i}`, `${hi} AS mx_${i}`);
    if (kind === 'numeric') out.push(`avg(CAST(${q} AS ${d.types.Float64})) AS mean_${i}`);
  });
  const r = (await query(`SELECT ${out.join(', ')} FROM ${source.from}`))[0] ?? {};
  const rows = toNumber(r.rows) ?? 0;
  const columns = new Map<string, ColumnSideStats>();
  names.forEach((name, i) => {
    const dtype = source.schema[name]!;
    const nulls = toNumber(r[`n_${i}`]) ?? 0;
    const value = (v: unknown) =>
      compareKind(dtype) === 'temporal' && v !== null && v !== undefined
        ? new Date(Number(v)).toISOString()
        : jsonSafe(v ?? null);
    columns.set(name, {
      dtype,
      nullCount: nulls,
      nullFraction: rows === 0 ? 0 : nulls / rows,
      distinct: toNumber(r[`d_${i}`]),
      mean: toNumber(r[`mean_${i}`]),
      min: value(r[`mn_${i}`]),
      max: value(r[`mx_${i}`]),
    });
  });
  return { rows, columns, duplicateKeys: key?.length ? (toNumber(r.keys) ?? 0) < rows : null };
}

function extremes(q: string, dtype: string, kind: string, d: Dialect): [string, string] {
  if (kind === 'temporal') {
    const ms = sqlEpochMs(d, q, dtype);
    if (ms) return [`min(${ms})`, `max(${ms})`];
  }
  if (dtype === 'Bool') return [`bool_and(${q})`, `bool_or(${q})`];
  if (kind === 'categorical') return [`min(${q}${d.binaryCollation})`, `max(${q}${d.binaryCollation})`];
  if (/^Float/.test(dtype)) return [`min(${q})`, `max(NULLIF(${q}, ${d.nan}))`];
  return [`min(${q})`, `max(${q})`];
}

interface Side {
  from: string;
  columns: string[];
  rows: number;
  /** Some key occurs more than once (from the statistics), so pairing needs the unique keys. */
  dup: boolean;
}

interface KeyedSql {
  old: Side;
  new: Side;
  key: string[];
  compared: string[];
  casts: Record<string, 'number' | 'text'>;
  sampleSize: number;
}

/**
 * Added, removed and changed rows as joins in the database. Keys match null to null (as polars'
 * joins with nullsEqual): each key column joins on its null flag and its text, two plain
 * equalities the database can hash, rather than IS NOT DISTINCT FROM, which it cannot.
 */
async function keyedInDatabase(
  query: (sql: string) => Promise<Row[]>,
  d: Dialect,
  k: KeyedSql,
): Promise<{ keyed: KeyedDiff; columnChanges: Map<string, number> }> {
  const q = (name: string) => quoteIdent(d, name);
  const text = d.types.String;
  const on = (a: string, b: string) =>
    k.key
      .map((c) => {
        const [x, y] = [`${a}.${q(c)}`, `${b}.${q(c)}`];
        return `(${x} IS NULL) = (${y} IS NULL) AND coalesce(CAST(${x} AS ${text}), '') = coalesce(CAST(${y} AS ${text}), '')`;
      })
      .join(' AND ');
  const keyList = (alias: string) => k.key.map((c) => `${alias}.${q(c)}`).join(', ');
  const limit = (sql: string) => fillTemplate(d.limit, [sql, Math.max(0, Math.floor(k.sampleSize))]);
  // The first rows by key of a join, computed whole first: with ORDER BY ... LIMIT straight on the
  // join, PostgreSQL may pick a nested loop hoping to stop early, which on large tables never ends.
  const sampled = (sql: string) =>
    limit(`WITH tg_rows AS MATERIALIZED (${sql}) SELECT * FROM tg_rows ORDER BY ${k.key.map(q).join(', ')}`);
  const rel = (s: Side) => `(SELECT * FROM ${s.from}) AS`;
  const unique = (s: Side, alias: string) =>
    s.dup
      ? `(SELECT * FROM (SELECT *, count(*) OVER (PARTITION BY ${k.key.map(q).join(', ')}) AS __tg_kn FROM ${s.from}) AS tg_u WHERE __tg_kn = 1) AS ${alias}`
      : `${rel(s)} ${alias}`;

  const anti = async (from: Side, other: Side) => {
    const rows = `FROM ${rel(from)} a WHERE NOT EXISTS (SELECT 1 FROM ${rel(other)} b WHERE ${on('a', 'b')})`;
    const [counted] = await query(`SELECT count(*) AS n ${rows}`);
    const cols = from.columns.map((c) => `a.${q(c)}`).join(', ');
    const samples = await query(sampled(`SELECT ${cols} ${rows}`));
    return { count: toNumber(counted?.n) ?? 0, samples: samples.map((r) => pick(r, from.columns)) };
  };
  const removed = await anti(k.old, k.new);
  const added = await anti(k.new, k.old);

  const cast = (x: string, c: string) =>
    k.casts[c] === 'number'
      ? `CAST(${x} AS ${d.types.Float64})`
      : k.casts[c] === 'text'
        ? `CAST(${x} AS ${text})`
        : x;
  const differs = k.compared.map((c) => `${cast(`a.${q(c)}`, c)} IS DISTINCT FROM ${cast(`b.${q(c)}`, c)}`);
  const any = differs.length ? `(${differs.join(' OR ')})` : 'FALSE';
  const joined = `FROM ${unique(k.old, 'a')} JOIN ${unique(k.new, 'b')} ON ${on('a', 'b')}`;
  const [counts] = await query(
    `SELECT count(*) AS n, count(*) FILTER (WHERE ${any}) AS changed${differs
      .map((x, i) => `, count(*) FILTER (WHERE ${x}) AS c_${i}`)
      .join('')} ${joined}`,
  );
  const pairs = toNumber(counts?.n) ?? 0;
  const changedCount = toNumber(counts?.changed) ?? 0;
  const shown = k.compared.flatMap((c, i) => [
    `a.${q(c)} AS ${q(`o_${i}`)}`,
    `b.${q(c)} AS ${q(`n_${i}`)}`,
    `${differs[i]} AS ${q(`f_${i}`)}`,
  ]);
  const changedRows = changedCount
    ? await query(sampled(`SELECT ${[keyList('a'), ...shown].join(', ')} ${joined} WHERE ${any}`))
    : [];
  const duplicates = async (s: Side): Promise<KeyedDiff['duplicates']['old']> => {
    if (!s.dup) return { rows: 0, keys: 0, samples: [] };
    const groups = `SELECT ${k.key.map(q).join(', ')}, count(*) AS __tg_n FROM ${s.from} GROUP BY ${k.key.map(q).join(', ')} HAVING count(*) > 1`;
    const [t] = await query(
      `SELECT coalesce(sum(__tg_n), 0) AS rows, count(*) AS keys FROM (${groups}) AS tg_d`,
    );
    const top = await query(limit(`${groups} ORDER BY __tg_n DESC, ${k.key.map(q).join(', ')}`));
    return {
      rows: toNumber(t?.rows) ?? 0,
      keys: toNumber(t?.keys) ?? 0,
      samples: top.map((r) => ({ key: pick(r, k.key), count: toNumber(r.__tg_n) ?? 0 })),
    };
  };
  const unpairedOld = k.old.rows - removed.count - pairs;
  const unpairedNew = k.new.rows - added.count - pairs;
  const keyed: KeyedDiff = {
    key: k.key,
    compared: k.compared,
    exact: unpairedOld + unpairedNew === 0,
    added,
    removed,
    changed: {
      count: changedCount,
      samples: changedRows.map((r) => ({
        key: pick(r, k.key),
        changes: Object.fromEntries(
          k.compared.flatMap((c, i) =>
            r[`f_${i}`] === true
              ? [[c, { old: jsonSafe(r[`o_${i}`] ?? null), new: jsonSafe(r[`n_${i}`] ?? null) }]]
              : [],
          ),
        ),
      })),
    },
    unchanged: pairs - changedCount,
    duplicates: { old: await duplicates(k.old), new: await duplicates(k.new), unpairedOld, unpairedNew },
  };
  const columnChanges = new Map(k.compared.map((c, i) => [c, toNumber(counts?.[`c_${i}`]) ?? 0]));
  return { keyed, columnChanges };
}

const pick = (row: Row, cols: string[]): Row =>
  Object.fromEntries(cols.map((c) => [c, jsonSafe(row[c] ?? null)]));
