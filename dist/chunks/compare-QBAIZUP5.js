import { createRequire as __tgCreateRequire } from 'node:module';
const require = __tgCreateRequire(import.meta.url);
import {
  confineSuite,
  escapeHtml,
  escapeMarkdown,
  externalSources,
  fetchBaseVersion,
  formatValue,
  markdownCode,
  markdownTable
} from "./chunk-DV3EJWVC.js";
import {
  VERSION,
  _enum,
  array,
  boolean,
  collectFrom,
  compareKind,
  driftCompare,
  driftSqlCurrent,
  formatCount,
  isDynamicPattern,
  isSqlSource,
  jsonSafe,
  lightExpr,
  literal,
  materialize,
  native,
  number,
  object,
  openSource,
  openSqlSource,
  parseSuite,
  profileSource,
  profileSqlSource,
  quoteIdent,
  readSchema,
  record,
  require_nodejs_polars,
  sqlEpochMs,
  string,
  t,
  toNumber,
  unknown
} from "./chunk-5XI7FNKQ.js";
import "./chunk-FFSEKXE2.js";
import {
  fillTemplate,
  resolveConnection
} from "./chunk-RMPF4MSH.js";
import {
  TruthgateError,
  asTruthgateError
} from "./chunk-A56JMUMU.js";
import "./chunk-4TB3BQTT.js";
import "./chunk-SFTBGBTX.js";
import {
  __toESM
} from "./chunk-BDDSI5QT.js";

// src/action/compare.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { isDeepStrictEqual } from "node:util";

// src/core/diff/diff.ts
var import_nodejs_polars3 = __toESM(require_nodejs_polars(), 1);

// src/core/diff/keyed.ts
var import_nodejs_polars2 = __toESM(require_nodejs_polars(), 1);

// src/core/diff/stats.ts
var import_nodejs_polars = __toESM(require_nodejs_polars(), 1);
function keyExpr(key) {
  return key.length === 1 ? import_nodejs_polars.default.col(key[0]) : import_nodejs_polars.default.struct(key.map((k) => import_nodejs_polars.default.col(k)));
}
async function sideStats(source, lf, schema, key) {
  const names = Object.keys(schema);
  const exprs = [import_nodejs_polars.default.len().alias("__tg_rows")];
  if (key?.length) exprs.push(keyExpr(key).nUnique().alias("__tg_keys"));
  const out = (e, name) => void exprs.push(lightExpr(e.alias(name)));
  names.forEach((name, i) => {
    const kind = compareKind(schema[name]);
    const c = native.col(name);
    out(c.nullCount(), `__tg_${i}_nulls`);
    if (kind === "other") return;
    out(c.dropNulls().nUnique(), `__tg_${i}_distinct`);
    out(c.min(), `__tg_${i}_min`);
    out(c.max(), `__tg_${i}_max`);
    if (kind === "numeric") out(c.cast(import_nodejs_polars.default.Float64, false).mean(), `__tg_${i}_mean`);
  });
  const df = await collectFrom(source, lf.select(...exprs));
  const r = df.toRecords()[0];
  const rows = toNumber(r.__tg_rows) ?? 0;
  const columns = /* @__PURE__ */ new Map();
  names.forEach((name, i) => {
    const nulls = toNumber(r[`__tg_${i}_nulls`]) ?? 0;
    columns.set(name, {
      dtype: schema[name],
      nullCount: nulls,
      nullFraction: rows === 0 ? 0 : nulls / rows,
      distinct: toNumber(r[`__tg_${i}_distinct`]),
      mean: toNumber(r[`__tg_${i}_mean`]),
      min: jsonSafe(r[`__tg_${i}_min`] ?? null),
      max: jsonSafe(r[`__tg_${i}_max`] ?? null)
    });
  });
  return { rows, columns, duplicateKeys: key?.length ? (toNumber(r.__tg_keys) ?? 0) < rows : null };
}

// src/core/diff/keyed.ts
var NEW = "__tg_new";
var ANY = "__tg_any";
var flag = (i) => `__tg_chg${i}`;
var COUNT = "__tg_count_";
function differs(a, b) {
  return a.neq(b).fillNull(a.isNull().neq(b.isNull()));
}
var records = (df) => df.toRecords();
var pick = (row, cols) => Object.fromEntries(cols.map((c) => [c, jsonSafe(row[c] ?? null)]));
async function keyedDiff(input) {
  const { key, compared, sampleSize } = input;
  const a = input.old.lazy();
  const b = input.new.lazy();
  const join = { on: key, nullsEqual: true };
  const removed = a.join(b.select(...key), { ...join, how: "anti" });
  const added = b.join(a.select(...key), { ...join, how: "anti" });
  const cast = (lf) => {
    const casts = Object.entries(input.casts ?? {});
    return casts.length ? lf.withColumns(...casts.map(([c, t2]) => import_nodejs_polars2.default.col(c).cast(t2))) : lf;
  };
  const au = cast(input.duplicatesOld ? a.filter(keyExpr(key).isUnique()) : a);
  const bu = cast(input.duplicatesNew ? b.filter(keyExpr(key).isUnique()) : b);
  const flags = compared.map((c, i) => differs(import_nodejs_polars2.default.col(c), import_nodejs_polars2.default.col(c + NEW)).alias(flag(i)));
  const joined = au.join(bu.select(...key, ...compared), { ...join, how: "inner", suffix: NEW }).withColumns(...flags).withColumns(
    (flags.length ? import_nodejs_polars2.default.anyHorizontal(compared.map((_, i) => import_nodejs_polars2.default.col(flag(i)))) : import_nodejs_polars2.default.lit(false)).alias(ANY)
  );
  const sumsOf = (lf) => lf.select(import_nodejs_polars2.default.len().alias(`${COUNT}n`));
  const [removedR, addedR, joinedR, dupOld, dupNew] = await Promise.all([
    countAndSample(removed, sumsOf, (lf) => lf.sort(key).head(sampleSize)),
    countAndSample(added, sumsOf, (lf) => lf.sort(key).head(sampleSize)),
    countAndSample(
      joined,
      (lf) => lf.select(
        import_nodejs_polars2.default.len().alias(`${COUNT}n`),
        import_nodejs_polars2.default.col(ANY).sum().alias(`${COUNT}any`),
        ...compared.map((_, i) => import_nodejs_polars2.default.col(flag(i)).sum().alias(`${COUNT}${i}`))
      ),
      (lf) => lf.filter(import_nodejs_polars2.default.col(ANY)).sort(key).head(sampleSize)
    ),
    duplicateKeys(a, key, input.duplicatesOld, sampleSize),
    duplicateKeys(b, key, input.duplicatesNew, sampleSize)
  ]);
  const counts = joinedR.counts;
  const pairs = toNumber(counts[`${COUNT}n`]) ?? 0;
  const changedCount = toNumber(counts[`${COUNT}any`]) ?? 0;
  const removedCount = toNumber(removedR.counts[`${COUNT}n`]) ?? 0;
  const addedCount = toNumber(addedR.counts[`${COUNT}n`]) ?? 0;
  const columns = Object.keys(input.old.schema);
  const newColumns = Object.keys(input.new.schema);
  const changedSamples = joinedR.samples.map((row) => ({
    key: pick(row, key),
    changes: Object.fromEntries(
      compared.filter((_, i) => row[flag(i)] === true).map((c) => [c, { old: jsonSafe(row[c] ?? null), new: jsonSafe(row[c + NEW] ?? null) }])
    )
  }));
  const unpairedOld = input.old.height - removedCount - pairs;
  const unpairedNew = input.new.height - addedCount - pairs;
  const keyed = {
    key,
    compared,
    exact: unpairedOld + unpairedNew === 0,
    added: { count: addedCount, samples: addedR.samples.map((r) => pick(r, newColumns)) },
    removed: { count: removedCount, samples: removedR.samples.map((r) => pick(r, columns)) },
    changed: { count: changedCount, samples: changedSamples },
    unchanged: pairs - changedCount,
    duplicates: {
      old: dupOld,
      new: dupNew,
      unpairedOld,
      unpairedNew
    }
  };
  const columnChanges = new Map(compared.map((c, i) => [c, toNumber(counts[`${COUNT}${i}`]) ?? 0]));
  return { keyed, columnChanges };
}
async function countAndSample(lf, counts, sample) {
  const shared = lf.cache();
  const rows = records(
    await import_nodejs_polars2.default.concat([counts(shared), sample(shared)], { how: "diagonalRelaxed" }).collect()
  );
  return { counts: rows[0], samples: rows.slice(1) };
}
async function duplicateKeys(lf, key, present, sampleSize) {
  if (!present) return { rows: 0, keys: 0, samples: [] };
  const groups = await lf.filter(keyExpr(key).isDuplicated()).groupBy(key).agg(import_nodejs_polars2.default.len().alias("__tg_n")).collect();
  const top = groups.sort(["__tg_n", ...key], [true, ...key.map(() => false)]).head(sampleSize);
  return {
    rows: toNumber(groups.getColumn("__tg_n").sum()) ?? 0,
    keys: groups.height,
    samples: records(top).map((r) => ({ key: pick(r, key), count: toNumber(r.__tg_n) ?? 0 }))
  };
}

// src/core/diff/schema.ts
var DIFF_SCHEMA_VERSION = 1;
var Json = unknown();
var DiffSide = object({
  name: string(),
  uri: string(),
  format: string(),
  fingerprint: string(),
  rows: number().int(),
  columns: number().int()
});
var SchemaChanges = object({
  added: array(object({ column: string(), dtype: string() })),
  removed: array(object({ column: string(), dtype: string() })),
  retyped: array(object({ column: string(), from: string(), to: string() }))
});
var ColumnSideStats = object({
  dtype: string(),
  nullCount: number().int(),
  nullFraction: number(),
  /** Distinct non-null values; null for nested dtypes. */
  distinct: number().int().nullable(),
  mean: number().nullable(),
  min: Json,
  max: Json
});
var ColumnDiff = object({
  column: string(),
  status: _enum(["same", "added", "removed", "retyped"]),
  old: ColumnSideStats.nullable(),
  new: ColumnSideStats.nullable(),
  /** new − old, when both sides have the figure. */
  delta: object({
    nullFraction: number().nullable(),
    distinct: number().int().nullable(),
    mean: number().nullable()
  }),
  /** Matched rows whose value in this column changed (keyed diff only, compared columns only). */
  changedRows: number().int().nullable()
});
var RowSample = record(string(), Json);
var ChangedRowSample = object({
  key: record(string(), Json),
  changes: record(string(), object({ old: Json, new: Json }))
});
var DuplicateSide = object({
  /** Rows whose key value occurs more than once on that side. */
  rows: number().int(),
  /** Distinct key values that occur more than once. */
  keys: number().int(),
  /** A few duplicated keys with how often each occurs. */
  samples: array(object({ key: record(string(), Json), count: number().int() }))
});
var KeyedDiff = object({
  key: array(string()),
  /**
   * Columns compared value by value: in both files, not part of the key; a retyped column is
   * compared after casting both sides to a common dtype (numbers to Float64, else to text).
   */
  compared: array(string()),
  /**
   * False when duplicate keys left rows unpaired: `changed`, `unchanged` and the per-column
   * changed rows then count only the paired rows, a lower bound (renderers show n/a or ≥).
   * Absent in diffs written before it existed.
   */
  exact: boolean().optional(),
  added: object({ count: number().int(), samples: array(RowSample) }),
  removed: object({ count: number().int(), samples: array(RowSample) }),
  changed: object({ count: number().int(), samples: array(ChangedRowSample) }),
  /** Matched rows (key unique on both sides) with no compared column changed. */
  unchanged: number().int(),
  /**
   * Rows whose key is in both files but duplicated on at least one side cannot be paired, so they
   * are counted here and left out of changed/unchanged (added/removed stay exact).
   */
  duplicates: object({
    old: DuplicateSide,
    new: DuplicateSide,
    unpairedOld: number().int(),
    unpairedNew: number().int()
  })
});
var DatasetDiff = object({
  schemaVersion: literal(DIFF_SCHEMA_VERSION),
  kind: literal("diff"),
  tool: object({ name: string(), version: string() }),
  old: DiffSide,
  new: DiffSide,
  rowCount: object({ old: number().int(), new: number().int(), delta: number().int() }),
  schema: SchemaChanges,
  columns: array(ColumnDiff),
  /** Null without a key: only schema and column statistics are compared. */
  keyed: KeyedDiff.nullable(),
  /** True when anything differs: schema, row count, statistics or rows. */
  changed: boolean(),
  durationMs: number()
});

// src/core/diff/diff.ts
var DEFAULT_DIFF_SAMPLES = 5;
async function diffSources(oldSource, newSource, opts = {}) {
  const t0 = performance.now();
  const sampleSize = opts.sampleSize ?? DEFAULT_DIFF_SAMPLES;
  const [oldSchema, newSchema] = await Promise.all([readSchema(oldSource), readSchema(newSource)]);
  const key = opts.key?.length ? opts.key : void 0;
  if (key) validateKey(key, oldSchema, newSchema, oldSource, newSource);
  let oldLf = oldSource.lazy();
  let newLf = newSource.lazy();
  let frames;
  if (key) {
    frames = await Promise.all([
      materialize(oldSource, Object.keys(oldSchema)),
      materialize(newSource, Object.keys(newSchema))
    ]);
    oldLf = frames[0].lazy();
    newLf = frames[1].lazy();
  }
  const [oldStats, newStats] = await Promise.all([
    sideStats(oldSource, oldLf, oldSchema, key),
    sideStats(newSource, newLf, newSchema, key)
  ]);
  const schema = schemaChanges(oldSchema, newSchema);
  let keyed = null;
  let columnChanges = /* @__PURE__ */ new Map();
  if (key && frames) {
    const casts = Object.fromEntries(
      schema.retyped.flatMap((r) => {
        const common = commonDtype(r.from, r.to);
        return common ? [[r.column, common]] : [];
      })
    );
    const compared = Object.keys(oldSchema).filter(
      (c) => c in newSchema && !key.includes(c) && (oldSchema[c] === newSchema[c] || c in casts)
    );
    ({ keyed, columnChanges } = await keyedDiff({
      old: frames[0],
      new: frames[1],
      key,
      compared,
      casts,
      sampleSize,
      duplicatesOld: oldStats.duplicateKeys ?? false,
      duplicatesNew: newStats.duplicateKeys ?? false
    }));
  }
  const columns = columnDiffs(oldSchema, newSchema, oldStats, newStats, key ? columnChanges : void 0);
  return datasetDiff({
    old: side(oldSource, oldStats, oldSchema),
    new: side(newSource, newStats, newSchema),
    schema,
    columns,
    keyed,
    t0
  });
}
function datasetDiff(d) {
  const rowCount = { old: d.old.rows, new: d.new.rows, delta: d.new.rows - d.old.rows };
  const { keyed, columns } = d;
  return {
    schemaVersion: DIFF_SCHEMA_VERSION,
    kind: "diff",
    tool: { name: "truthgate", version: VERSION },
    old: d.old,
    new: d.new,
    rowCount,
    schema: d.schema,
    columns,
    keyed,
    changed: rowCount.delta !== 0 || columns.some((c) => c.status !== "same" || statsDiffer(c.old, c.new, d.meanTolerance)) || keyed !== null && keyed.added.count + keyed.removed.count + keyed.changed.count > 0,
    durationMs: Math.round(performance.now() - d.t0)
  };
}
var NUMERIC = /^(U?Int(8|16|32|64)|Float(32|64)|Decimal.*)$/;
var SCALAR = /^(U?Int(8|16|32|64)|Float(32|64)|Decimal.*|String|Utf8|Boolean|Date|Datetime.*|Time|Categorical.*|Enum.*)$/;
function commonDtype(from, to) {
  const kind = commonKind(from, to);
  return kind === "number" ? import_nodejs_polars3.default.Float64 : kind === "text" ? import_nodejs_polars3.default.String : void 0;
}
function commonKind(from, to) {
  if (NUMERIC.test(from) && NUMERIC.test(to)) return "number";
  if (SCALAR.test(from) && SCALAR.test(to)) return "text";
  return void 0;
}
function validateKey(key, oldSchema, newSchema, oldSource, newSource) {
  for (const k of key) {
    for (const [s, src] of [
      [oldSchema, oldSource],
      [newSchema, newSource]
    ]) {
      if (!(k in s)) {
        throw new TruthgateError("TG_DIFF_KEY_MISSING", {
          column: k,
          source: src.uri,
          available: Object.keys(s).join(", ")
        });
      }
    }
    if (oldSchema[k] !== newSchema[k]) {
      throw new TruthgateError("TG_DIFF_KEY_TYPE", { column: k, from: oldSchema[k], to: newSchema[k] });
    }
  }
}
function side(source, stats, schema) {
  return {
    name: source.name,
    uri: source.uri,
    format: source.format,
    fingerprint: source.fingerprint,
    rows: stats.rows,
    columns: Object.keys(schema).length
  };
}
function schemaChanges(oldSchema, newSchema) {
  return {
    added: Object.keys(newSchema).filter((c) => !(c in oldSchema)).map((c) => ({ column: c, dtype: newSchema[c] })),
    removed: Object.keys(oldSchema).filter((c) => !(c in newSchema)).map((c) => ({ column: c, dtype: oldSchema[c] })),
    retyped: Object.keys(oldSchema).filter((c) => c in newSchema && oldSchema[c] !== newSchema[c]).map((c) => ({ column: c, from: oldSchema[c], to: newSchema[c] }))
  };
}
function columnDiffs(oldSchema, newSchema, oldStats, newStats, columnChanges) {
  const names = [...Object.keys(oldSchema), ...Object.keys(newSchema).filter((c) => !(c in oldSchema))];
  return names.map((column) => {
    const o = oldStats.columns.get(column) ?? null;
    const n = newStats.columns.get(column) ?? null;
    const status = !o ? "added" : !n ? "removed" : o.dtype !== n.dtype ? "retyped" : "same";
    const sub = (x, y) => x === null || x === void 0 || y === null || y === void 0 ? null : y - x;
    return {
      column,
      status,
      old: o,
      new: n,
      delta: {
        nullFraction: sub(o?.nullFraction, n?.nullFraction),
        distinct: sub(o?.distinct, n?.distinct),
        mean: sub(o?.mean, n?.mean)
      },
      changedRows: columnChanges?.get(column) ?? null
    };
  });
}
function statsDiffer(o, n, meanTolerance = 0) {
  if (!o || !n) return false;
  const meansDiffer = typeof o.mean === "number" && typeof n.mean === "number" && Number.isFinite(o.mean) && Number.isFinite(n.mean) ? Math.abs(o.mean - n.mean) > meanTolerance * Math.max(1, Math.abs(o.mean), Math.abs(n.mean)) : !Object.is(o.mean, n.mean);
  return o.nullCount !== n.nullCount || o.distinct !== n.distinct || meansDiffer || JSON.stringify(o.min) !== JSON.stringify(n.min) || JSON.stringify(o.max) !== JSON.stringify(n.max);
}

// src/core/diff/sql-diff.ts
async function diffSqlSources(oldSource, newSource, opts = {}) {
  const t0 = performance.now();
  if (oldSource.spec.sql.connection !== newSource.spec.sql.connection) {
    const sides = [
      { kind: "sql", source: oldSource },
      { kind: "sql", source: newSource }
    ];
    if (!opts.key?.length) return diffApart(sides[0], sides[1], opts);
    throw new TruthgateError("TG_DIFF_SQL_CONNECTION", {
      old: oldSource.name,
      new: newSource.name,
      detail: `\`${oldSource.name}\` is on connection \`${oldSource.spec.sql.connection}\`, \`${newSource.name}\` on \`${newSource.spec.sql.connection}\``
    });
  }
  const sampleSize = opts.sampleSize ?? DEFAULT_DIFF_SAMPLES;
  const key = opts.key?.length ? opts.key : void 0;
  if (key) validateKey(key, oldSource.schema, newSource.schema, oldSource, newSource);
  const session = oldSource.session;
  const d = oldSource.dialect;
  const oldStats = await sqlSideStats(oldSource, session.query, key);
  const newStats = await sqlSideStats(newSource, session.query, key);
  const schema = schemaChanges(oldSource.schema, newSource.schema);
  let keyed = null;
  let columnChanges = /* @__PURE__ */ new Map();
  if (key) {
    const casts = Object.fromEntries(
      schema.retyped.flatMap((r) => {
        const kind = commonKind(r.from, r.to);
        return kind ? [[r.column, kind]] : [];
      })
    );
    const compared = Object.keys(oldSource.schema).filter(
      (c) => c in newSource.schema && !key.includes(c) && (oldSource.schema[c] === newSource.schema[c] || c in casts)
    );
    ({ keyed, columnChanges } = await keyedInDatabase(session.query, d, {
      old: {
        from: oldSource.from,
        columns: Object.keys(oldSource.schema),
        rows: oldStats.rows,
        dup: !!oldStats.duplicateKeys
      },
      new: {
        from: newSource.from,
        columns: Object.keys(newSource.schema),
        rows: newStats.rows,
        dup: !!newStats.duplicateKeys
      },
      key,
      compared,
      casts,
      sampleSize
    }));
  }
  const columns = columnDiffs(
    oldSource.schema,
    newSource.schema,
    oldStats,
    newStats,
    key ? columnChanges : void 0
  );
  return datasetDiff({
    old: await sqlSide(oldSource, oldStats),
    new: await sqlSide(newSource, newStats),
    schema,
    columns,
    keyed,
    t0
  });
}
var MEAN_TOLERANCE = 1e-12;
async function diffApart(oldSide, newSide, opts = {}) {
  const t0 = performance.now();
  if (opts.key?.length)
    throw new TruthgateError("TG_DIFF_SQL_CONNECTION", {
      old: oldSide.source.name,
      new: newSide.source.name,
      detail: "rows are paired by key inside one database or in polars, never by downloading a table; without a key the schema and column statistics are compared"
    });
  const measure = async (s) => {
    if (s.kind === "sql") {
      const stats2 = await sqlSideStats(s.source, s.source.session.query, void 0);
      return { schema: s.source.schema, stats: stats2, side: await sqlSide(s.source, stats2) };
    }
    const schema = await readSchema(s.source);
    const stats = await sideStats(s.source, s.source.lazy(), schema, void 0);
    return { schema, stats, side: side(s.source, stats, schema) };
  };
  const [o, n] = [await measure(oldSide), await measure(newSide)];
  return datasetDiff({
    old: o.side,
    new: n.side,
    schema: schemaChanges(o.schema, n.schema),
    columns: columnDiffs(o.schema, n.schema, o.stats, n.stats, void 0),
    keyed: null,
    t0,
    meanTolerance: MEAN_TOLERANCE
  });
}
async function sqlSide(s, stats) {
  return {
    name: s.name,
    uri: s.uri,
    format: s.format,
    fingerprint: await s.fingerprint(stats.rows),
    rows: stats.rows,
    columns: Object.keys(s.schema).length
  };
}
async function sqlSideStats(source, query, key) {
  const d = source.dialect;
  const names = Object.keys(source.schema);
  const out = ["count(*) AS rows"];
  if (key?.length) {
    const keys = key.map((k) => quoteIdent(d, k)).join(", ");
    out.push(`(SELECT count(*) FROM (SELECT DISTINCT ${keys} FROM ${source.from}) AS tg_keys) AS keys`);
  }
  names.forEach((name, i) => {
    const dtype = source.schema[name];
    const kind = compareKind(dtype);
    const q = quoteIdent(d, name);
    out.push(`count(*) - count(${q}) AS n_${i}`);
    if (kind === "other") return;
    out.push(`count(DISTINCT ${q}) AS d_${i}`);
    const [lo, hi] = extremes(q, dtype, kind, d);
    out.push(`${lo} AS mn_${i}`, `${hi} AS mx_${i}`);
    if (kind === "numeric") out.push(`avg(CAST(${q} AS ${d.types.Float64})) AS mean_${i}`);
  });
  const r = (await query(`SELECT ${out.join(", ")} FROM ${source.from}`))[0] ?? {};
  const rows = toNumber(r.rows) ?? 0;
  const columns = /* @__PURE__ */ new Map();
  names.forEach((name, i) => {
    const dtype = source.schema[name];
    const nulls = toNumber(r[`n_${i}`]) ?? 0;
    const value = (v) => compareKind(dtype) === "temporal" && v !== null && v !== void 0 ? new Date(Number(v)).toISOString() : jsonSafe(v ?? null);
    columns.set(name, {
      dtype,
      nullCount: nulls,
      nullFraction: rows === 0 ? 0 : nulls / rows,
      distinct: toNumber(r[`d_${i}`]),
      mean: toNumber(r[`mean_${i}`]),
      min: value(r[`mn_${i}`]),
      max: value(r[`mx_${i}`])
    });
  });
  return { rows, columns, duplicateKeys: key?.length ? (toNumber(r.keys) ?? 0) < rows : null };
}
function extremes(q, dtype, kind, d) {
  if (kind === "temporal") {
    const ms = sqlEpochMs(d, q, dtype);
    if (ms) return [`min(${ms})`, `max(${ms})`];
  }
  if (dtype === "Bool") return [`bool_and(${q})`, `bool_or(${q})`];
  if (kind === "categorical") return [`min(${q}${d.binaryCollation})`, `max(${q}${d.binaryCollation})`];
  if (/^Float/.test(dtype)) return [`min(${q})`, `max(NULLIF(${q}, ${d.nan}))`];
  return [`min(${q})`, `max(${q})`];
}
async function keyedInDatabase(query, d, k) {
  const q = (name) => quoteIdent(d, name);
  const text = d.types.String;
  const on = (a, b) => k.key.map((c) => {
    const [x, y] = [`${a}.${q(c)}`, `${b}.${q(c)}`];
    return `(${x} IS NULL) = (${y} IS NULL) AND coalesce(CAST(${x} AS ${text}), '') = coalesce(CAST(${y} AS ${text}), '')`;
  }).join(" AND ");
  const keyList = (alias) => k.key.map((c) => `${alias}.${q(c)}`).join(", ");
  const limit = (sql) => fillTemplate(d.limit, [sql, Math.max(0, Math.floor(k.sampleSize))]);
  const sampled = (sql) => limit(`WITH tg_rows AS MATERIALIZED (${sql}) SELECT * FROM tg_rows ORDER BY ${k.key.map(q).join(", ")}`);
  const rel = (s) => `(SELECT * FROM ${s.from}) AS`;
  const unique = (s, alias) => s.dup ? `(SELECT * FROM (SELECT *, count(*) OVER (PARTITION BY ${k.key.map(q).join(", ")}) AS __tg_kn FROM ${s.from}) AS tg_u WHERE __tg_kn = 1) AS ${alias}` : `${rel(s)} ${alias}`;
  const anti = async (from, other) => {
    const rows = `FROM ${rel(from)} a WHERE NOT EXISTS (SELECT 1 FROM ${rel(other)} b WHERE ${on("a", "b")})`;
    const [counted] = await query(`SELECT count(*) AS n ${rows}`);
    const cols = from.columns.map((c) => `a.${q(c)}`).join(", ");
    const samples = await query(sampled(`SELECT ${cols} ${rows}`));
    return { count: toNumber(counted?.n) ?? 0, samples: samples.map((r) => pick2(r, from.columns)) };
  };
  const removed = await anti(k.old, k.new);
  const added = await anti(k.new, k.old);
  const cast = (x, c) => k.casts[c] === "number" ? `CAST(${x} AS ${d.types.Float64})` : k.casts[c] === "text" ? `CAST(${x} AS ${text})` : x;
  const differs2 = k.compared.map((c) => `${cast(`a.${q(c)}`, c)} IS DISTINCT FROM ${cast(`b.${q(c)}`, c)}`);
  const any = differs2.length ? `(${differs2.join(" OR ")})` : "FALSE";
  const joined = `FROM ${unique(k.old, "a")} JOIN ${unique(k.new, "b")} ON ${on("a", "b")}`;
  const [counts] = await query(
    `SELECT count(*) AS n, count(*) FILTER (WHERE ${any}) AS changed${differs2.map((x, i) => `, count(*) FILTER (WHERE ${x}) AS c_${i}`).join("")} ${joined}`
  );
  const pairs = toNumber(counts?.n) ?? 0;
  const changedCount = toNumber(counts?.changed) ?? 0;
  const shown = k.compared.flatMap((c, i) => [
    `a.${q(c)} AS ${q(`o_${i}`)}`,
    `b.${q(c)} AS ${q(`n_${i}`)}`,
    `${differs2[i]} AS ${q(`f_${i}`)}`
  ]);
  const changedRows = changedCount ? await query(sampled(`SELECT ${[keyList("a"), ...shown].join(", ")} ${joined} WHERE ${any}`)) : [];
  const duplicates = async (s) => {
    if (!s.dup) return { rows: 0, keys: 0, samples: [] };
    const groups = `SELECT ${k.key.map(q).join(", ")}, count(*) AS __tg_n FROM ${s.from} GROUP BY ${k.key.map(q).join(", ")} HAVING count(*) > 1`;
    const [t2] = await query(
      `SELECT coalesce(sum(__tg_n), 0) AS rows, count(*) AS keys FROM (${groups}) AS tg_d`
    );
    const top = await query(limit(`${groups} ORDER BY __tg_n DESC, ${k.key.map(q).join(", ")}`));
    return {
      rows: toNumber(t2?.rows) ?? 0,
      keys: toNumber(t2?.keys) ?? 0,
      samples: top.map((r) => ({ key: pick2(r, k.key), count: toNumber(r.__tg_n) ?? 0 }))
    };
  };
  const unpairedOld = k.old.rows - removed.count - pairs;
  const unpairedNew = k.new.rows - added.count - pairs;
  const keyed = {
    key: k.key,
    compared: k.compared,
    exact: unpairedOld + unpairedNew === 0,
    added,
    removed,
    changed: {
      count: changedCount,
      samples: changedRows.map((r) => ({
        key: pick2(r, k.key),
        changes: Object.fromEntries(
          k.compared.flatMap(
            (c, i) => r[`f_${i}`] === true ? [[c, { old: jsonSafe(r[`o_${i}`] ?? null), new: jsonSafe(r[`n_${i}`] ?? null) }]] : []
          )
        )
      }))
    },
    unchanged: pairs - changedCount,
    duplicates: { old: await duplicates(k.old), new: await duplicates(k.new), unpairedOld, unpairedNew }
  };
  const columnChanges = new Map(k.compared.map((c, i) => [c, toNumber(counts?.[`c_${i}`]) ?? 0]));
  return { keyed, columnChanges };
}
var pick2 = (row, cols) => Object.fromEntries(cols.map((c) => [c, jsonSafe(row[c] ?? null)]));

// src/core/compare/suite-sources.ts
async function diffSides(before, after, opts = {}) {
  if (before.kind === "sql" && after.kind === "sql") return diffSqlSources(before.source, after.source, opts);
  if (before.kind === "file" && after.kind === "file") return diffSources(before.source, after.source, opts);
  return diffApart(before, after, opts);
}
async function driftSides(baseline, current, opts = {}) {
  const isProfile = "schemaVersion" in baseline;
  if (current.kind === "file" && (isProfile || baseline.kind === "file"))
    return driftCompare(isProfile ? baseline : baseline.source, current.source, opts);
  const profile = isProfile ? baseline : baseline.kind === "sql" ? await profileSqlSource(baseline.source) : await profileSource(baseline.source);
  const as = isProfile ? "profile" : "source";
  return current.kind === "sql" ? driftSqlCurrent(profile, current.source, opts, as) : driftCompare(profile, current.source, opts);
}

// src/core/profile/sql-entry.ts
async function openSuiteSource(suite, name) {
  const spec = suite.sources[name];
  if (!spec) {
    const names = Object.keys(suite.sources);
    throw new TruthgateError("TG_UNKNOWN_SOURCE", {
      name,
      suggestion: names.length ? ` (sources: ${names.join(", ")})` : ""
    });
  }
  if (isSqlSource(spec))
    return {
      kind: "sql",
      source: await openSqlSource(name, spec, { connections: suite.connections, baseDir: suite.baseDir })
    };
  return { kind: "file", source: openSource(name, spec, { baseDir: suite.baseDir }) };
}
async function closeSuiteSource(s) {
  if (s.kind === "sql") await s.source.close();
}

// src/core/render/compare-format.ts
function formatP(p) {
  return p < 1e-3 ? "<0.001" : String(Number(p.toPrecision(2)));
}
function formatMetric(m) {
  const v = short(m.value);
  const bound = m.upperBound !== void 0 && m.upperBound > m.value ? `\u2013${short(m.upperBound)}` : "";
  const p = m.pValue === null ? "" : ` (p ${formatP(m.pValue)})`;
  return `${m.method} ${v}${bound} ${m.value > m.threshold ? ">" : "\u2264"} ${m.threshold}${p}`;
}
function short(x) {
  return String(Number(x.toPrecision(3)));
}
function formatPercent(x) {
  if (x === null) return "";
  const pct = x * 100;
  if (Number.isInteger(pct)) return `${pct}%`;
  return `${pct < 1 ? pct.toPrecision(1) : Number(pct.toFixed(1))}%`;
}
function formatChange(a, b) {
  return a === b ? a : `${a} \u2192 ${b}`;
}
var formatInt = formatCount;
function formatDelta(n) {
  return n > 0 ? `+${formatInt(n)}` : n < 0 ? `\u2212${formatInt(-n)}` : "\xB10";
}

// src/core/render/diff-summary.ts
function rowsLine(d, lang) {
  const r = d.rowCount;
  return `${t(lang, "diffRows")}: ${formatChange(formatInt(r.old), formatInt(r.new))} (${formatDelta(r.delta)}) \xB7 ${t(lang, "diffColumns")}: ${formatChange(String(d.old.columns), String(d.new.columns))}`;
}
function schemaItems(d) {
  return [
    ...d.schema.added.map((c) => `+ ${c.column} (${c.dtype})`),
    ...d.schema.removed.map((c) => `\u2212 ${c.column} (${c.dtype})`),
    ...d.schema.retyped.map((c) => `~ ${c.column} ${c.from} \u2192 ${c.to}`)
  ];
}
function pairedCount(n, d) {
  if (d.keyed?.exact !== false) return formatInt(n);
  return n === 0 ? "n/a" : `\u2265${formatInt(n)}`;
}
function keyedLine(d, lang) {
  const k = d.keyed;
  if (!k) return void 0;
  return `${t(lang, "diffByKey", { key: k.key.join(", ") })}: +${formatInt(k.added.count)} ${t(lang, "diffAdded")} \xB7 \u2212${formatInt(k.removed.count)} ${t(lang, "diffRemoved")} \xB7 ~${pairedCount(k.changed.count, d)} ${t(lang, "diffChanged")} \xB7 ${pairedCount(k.unchanged, d)} ${t(lang, "diffUnchanged")}`;
}
function duplicatesLine(d, lang) {
  const dup = d.keyed?.duplicates;
  if (!dup || dup.old.rows + dup.new.rows === 0) return void 0;
  return t(lang, "diffDuplicates", {
    old: formatInt(dup.old.rows),
    new: formatInt(dup.new.rows),
    unpaired: formatInt(dup.unpairedOld + dup.unpairedNew)
  });
}
var columnHeader = [
  "colColumn",
  "colStatus",
  "colChangedRows",
  "colNulls",
  "colDistinct",
  "colMean",
  "colMin",
  "colMax"
];
function columnChanged(c) {
  if (c.status !== "same" || (c.changedRows ?? 0) > 0) return true;
  const o = c.old;
  const n = c.new;
  return o.nullCount !== n.nullCount || o.distinct !== n.distinct || o.mean !== n.mean || formatValue(o.min) !== formatValue(n.min) || formatValue(o.max) !== formatValue(n.max);
}
function columnRows(d) {
  const shown = d.columns.filter(columnChanged);
  const pair = (f, c) => formatChange(c.old ? f(c.old) : "", c.new ? f(c.new) : "");
  const rows = shown.map((c) => [
    c.column,
    c.status,
    c.changedRows === null ? "" : pairedCount(c.changedRows, d),
    pair((s) => formatPercent(s.nullFraction), c),
    pair((s) => s.distinct === null ? "" : formatInt(s.distinct), c),
    pair((s) => formatValue(s.mean), c),
    pair((s) => formatValue(s.min), c),
    pair((s) => formatValue(s.max), c)
  ]);
  return { rows, hidden: d.columns.length - shown.length };
}
var kv = (row) => Object.entries(row).map(([k, v]) => `${k}=${v === null ? "null" : formatValue(v)}`).join(", ");
function sampleLines(d, lang) {
  const k = d.keyed;
  if (!k) return [];
  return [
    ...k.added.samples.map((r) => `${t(lang, "diffAdded")}: ${kv(r)}`),
    ...k.removed.samples.map((r) => `${t(lang, "diffRemoved")}: ${kv(r)}`),
    ...k.changed.samples.map(
      (s) => `${t(lang, "diffChanged")}: ${kv(s.key)}: ${Object.entries(s.changes).map(
        ([c, v]) => `${c} ${v.old === null ? "null" : formatValue(v.old)} \u2192 ${v.new === null ? "null" : formatValue(v.new)}`
      ).join("; ")}`
    )
  ];
}

// src/core/render/diff-markdown.ts
function renderDiffMarkdown(d, opts = {}) {
  const lang = opts.lang ?? "en";
  const out = [
    `### ${opts.title ?? "Truthgate"} ${t(lang, "diffTitle").toLowerCase()}: ${markdownCode(d.old.uri)} \u2192 ${markdownCode(d.new.uri)}`,
    "",
    escapeMarkdown(rowsLine(d, lang))
  ];
  const schema = schemaItems(d);
  if (schema.length) out.push("", `${t(lang, "diffSchema")}: ${schema.map(markdownCode).join(" ")}`);
  const keyed = keyedLine(d, lang);
  if (keyed) out.push("", escapeMarkdown(keyed));
  const dup = duplicatesLine(d, lang);
  if (dup) out.push("", `> \u26A0\uFE0F ${escapeMarkdown(dup)}`);
  const { rows, hidden } = columnRows(d);
  if (rows.length) {
    out.push(
      "",
      markdownTable(
        [
          columnHeader.map((k) => t(lang, k)),
          ...rows.map((r) => r.map((x, i) => i === 0 ? markdownCode(x) : escapeMarkdown(x)))
        ],
        { alignDelimiters: false }
      )
    );
  }
  if (hidden) out.push("", `<sub>${escapeMarkdown(t(lang, "diffHidden", { n: hidden }))}</sub>`);
  const samples = sampleLines(d, lang);
  if (samples.length) {
    out.push(
      "",
      `<details><summary>${t(lang, "diffSamples")}</summary>`,
      "",
      ...samples.map((s) => `- ${escapeMarkdown(s)}`),
      "",
      "</details>"
    );
  }
  if (!d.changed) out.push("", t(lang, "diffNone"));
  return `${out.join("\n")}
`;
}

// src/core/render/drift-markdown.ts
function renderDriftMarkdown(r, opts = {}) {
  const lang = opts.lang ?? "en";
  const d = r.dataset;
  const summary = d.drifted ? `\u274C ${t(lang, "driftFound", { n: d.driftedColumns, total: d.columns })}` : `\u2705 ${t(lang, "driftNone", { total: d.columns })}`;
  const side2 = (uri, rows2) => `${markdownCode(uri)} (${t(lang, "nRows", { n: formatInt(rows2) })})`;
  const rows = r.columns.map((c) => [
    markdownCode(c.column),
    c.status === "drift" || c.status === "missing" || c.status === "retyped" ? `**${c.status}**` : c.status,
    escapeMarkdown(
      [
        c.metrics.map(formatMetric).join("; ") || c.reason || "",
        c.newCategories?.length ? `${t(lang, "newCategories")}: ${c.newCategories.map((n) => `${n.value} (${formatInt(n.count)})`).join(", ")}` : ""
      ].filter(Boolean).join("; ")
    )
  ]);
  return [
    `### ${opts.title ?? "Truthgate"} ${t(lang, "driftTitle").toLowerCase()}: ${summary}`,
    "",
    `${t(lang, "baseline")} ${side2(r.baseline.uri, r.baseline.rows)} \u2192 ${t(lang, "current")} ${side2(r.current.uri, r.current.rows)} \xB7 ${t(lang, "method")} ${r.method}`,
    "",
    markdownTable([[t(lang, "colColumn"), t(lang, "colStatus"), t(lang, "colMetrics")], ...rows], {
      alignDelimiters: false
    }),
    ""
  ].join("\n");
}

// src/action/compare.ts
async function compareWithBase(req) {
  const out = { sections: [], data: [], notes: [] };
  const external = new Set(externalSources(req.suite, req.ctx.workspace));
  await compareFiles(
    req,
    req.sources.filter((n) => !external.has(n)),
    out
  );
  const outside = req.sources.filter((n) => external.has(n));
  if (outside.length && req.suiteFile) await compareDefinitions(req, req.suiteFile, outside, out);
  return out;
}
async function compareFiles(req, names, out) {
  const byPath = new Map(req.changed.map((f) => [resolve(req.ctx.workspace, f.path), f]));
  for (const name of names) {
    const spec = req.suite.sources[name];
    if (spec && isSqlSource(spec)) await compareDatabaseFile(req, name, spec.sql.connection, byPath, out);
    if (!spec || isSqlSource(spec) || isDynamicPattern(spec.path)) continue;
    const change = byPath.get(resolve(req.suite.baseDir, spec.path));
    if (!change || !MODIFIED.has(change.status)) continue;
    const base = await fetchBase(req, change.basePath);
    if ("missing" in base) {
      out.notes.push(unavailable(req, change.basePath, base.missing));
      continue;
    }
    const oldSide = { kind: "file", source: openSource(name, { ...spec, path: base.file }) };
    const newSide = {
      kind: "file",
      source: openSource(name, spec, { baseDir: req.suite.baseDir })
    };
    await compareSides(
      req,
      { label: change.path, baseUri: baseUri(req, change.basePath) },
      oldSide,
      newSide,
      out
    );
  }
}
async function compareDatabaseFile(req, name, connection, byPath, out) {
  const { connections, baseDir } = req.suite;
  let file;
  try {
    file = resolveConnection(name, connection, connections, baseDir).file;
  } catch {
    return;
  }
  const change = file === void 0 ? void 0 : byPath.get(file);
  if (!change || !MODIFIED.has(change.status)) return;
  const base = await fetchBase(req, change.basePath);
  if ("missing" in base) {
    out.notes.push(unavailable(req, change.basePath, base.missing));
    return;
  }
  const spec = connections[connection];
  const url = `duckdb:${base.file}`;
  const baseSuite = {
    ...req.suite,
    connections: { ...connections, [connection]: typeof spec === "string" ? url : { ...spec, url } }
  };
  const rows = "base and head are two database files; only the drift of the columns is shown";
  await compareSuiteSources(
    req,
    baseSuite,
    name,
    { label: name, baseUri: baseUri(req, change.basePath), rows },
    out
  );
}
async function compareDefinitions(req, suiteFile, names, out) {
  const change = req.changed.find((f) => resolve(req.ctx.workspace, f.path) === suiteFile);
  if (!change || !MODIFIED.has(change.status)) return;
  const base = await fetchBase(req, change.basePath);
  if ("missing" in base) {
    out.notes.push(unavailable(req, change.basePath, base.missing));
    return;
  }
  let baseSuite;
  try {
    baseSuite = parseSuite(readFileSync(base.file, "utf8"), {
      path: `${change.basePath}@${req.baseRef.slice(0, 7)}`,
      baseDir: req.suite.baseDir,
      env: process.env,
      denyFileFunctions: true
    });
    confineSuite(baseSuite, req.ctx.workspace);
  } catch (err) {
    out.notes.push(unavailable(req, change.basePath, asTruthgateError(err).message_(req.lang)));
    return;
  }
  for (const name of names) {
    const before = baseSuite.sources[name];
    const after = req.suite.sources[name];
    if (!before || sameDefinition(baseSuite, before, req.suite, after)) continue;
    const rows = !before.sql || sameConnection(baseSuite, before, req.suite, after);
    const where = {
      label: name,
      baseUri: baseUri(req, before.path),
      ...rows ? {} : { rows: "the connection now leads to another database; only the drift of the columns is shown" }
    };
    await compareSuiteSources(req, baseSuite, name, where, out);
  }
}
async function compareSuiteSources(req, baseSuite, name, where, out) {
  const sides = [];
  try {
    sides.push(await openSuiteSource(baseSuite, name));
    sides.push(await openSuiteSource(req.suite, name));
    await compareSides(req, where, sides[0], sides[1], out);
  } catch (err) {
    out.notes.push(unavailable(req, where.baseUri, asTruthgateError(err).message_(req.lang)));
  } finally {
    for (const s of sides) await closeSuiteSource(s);
  }
}
function sameDefinition(a, specA, b, specB) {
  return isDeepStrictEqual(specA, specB) && sameConnection(a, specA, b, specB);
}
function sameConnection(a, specA, b, specB) {
  const connection = (suite, spec) => spec.sql ? { name: spec.sql.connection, spec: suite.connections[spec.sql.connection] } : void 0;
  return isDeepStrictEqual(connection(a, specA), connection(b, specB));
}
async function compareSides(req, where, before, after, out) {
  const key = after.source.spec.key;
  const opts = { lang: req.lang };
  try {
    if (where.rows !== void 0) {
      const e = new TruthgateError("TG_DIFF_SQL_CONNECTION", {
        old: where.baseUri,
        new: after.source.uri,
        detail: where.rows
      });
      out.notes.push(e.message_(req.lang));
    } else {
      const diff = await diffSides(before, after, key ? { key } : {});
      diff.old.uri = where.baseUri;
      out.data.push(diff);
      out.sections.push({
        label: `diff ${where.label}`,
        render: (max) => fit(renderDiffMarkdown(diff, { ...opts, maxLength: max }), max)
      });
    }
    const drift = await driftSides(before, after);
    drift.baseline.uri = where.baseUri;
    out.data.push(drift.columns);
    out.sections.push({
      label: `drift ${where.label}`,
      render: (max) => fit(
        `<details><summary>Drift: ${escapeHtml(where.label)}</summary>

${renderDriftMarkdown(drift, opts)}

</details>`,
        max
      )
    });
  } catch (err) {
    out.notes.push(unavailable(req, where.label, asTruthgateError(err).message_(req.lang)));
  }
}
var MODIFIED = /* @__PURE__ */ new Set(["modified", "renamed", "changed"]);
function fetchBase(req, path) {
  return fetchBaseVersion(req.gh, {
    workspace: req.ctx.workspace,
    owner: req.ctx.owner,
    repo: req.ctx.repo,
    ref: req.baseRef,
    path,
    destDir: resolve(req.tempDir, "truthgate-base")
  });
}
function baseUri(req, path) {
  return `${path}@${req.baseRef.slice(0, 7)}`;
}
function unavailable(req, path, detail) {
  return new TruthgateError("TG_BASE_UNAVAILABLE", { path, ref: req.baseRef.slice(0, 12), detail }).message_(
    req.lang
  );
}
function fit(text, max) {
  return text.length <= max ? text : void 0;
}
export {
  compareWithBase
};
