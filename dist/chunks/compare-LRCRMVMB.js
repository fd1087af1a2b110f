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
  markdownTable,
  openSqlSource
} from "./chunk-6ZLKOXNI.js";
import {
  resolveConnection
} from "./chunk-4G6XELCO.js";
import {
  DEFAULT_THRESHOLDS,
  PROFILE_SCHEMA_VERSION,
  VERSION,
  classify,
  collectFrom,
  columnInfo,
  columnMetrics,
  columnNotFound,
  compareKind,
  cutPoints,
  driftCompare,
  driftReport,
  external_exports,
  fillTemplate,
  gridFromOrderStats,
  gridPoints,
  gridRanks,
  histogramEdges,
  isDynamicPattern,
  isSqlSource,
  jsonSafe,
  lightExpr,
  materialize,
  monotonicity,
  namedFromGrid,
  native,
  nearest,
  num,
  openSource,
  parseSuite,
  patternTypes,
  planDrift,
  profileSource,
  quoteIdent,
  quoteString,
  readSchema,
  require_nodejs_polars,
  resolveOptions,
  semanticPatterns,
  sideFromProfile,
  sketchRanks,
  t,
  temporalRange,
  toNumber,
  topNumber,
  translateRegex
} from "./chunk-SJW5WIRJ.js";
import {
  TruthgateError,
  asTruthgateError
} from "./chunk-J3AHR523.js";
import "./chunk-FFSEKXE2.js";
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
var Json = external_exports.unknown();
var DiffSide = external_exports.object({
  name: external_exports.string(),
  uri: external_exports.string(),
  format: external_exports.string(),
  fingerprint: external_exports.string(),
  rows: external_exports.number().int(),
  columns: external_exports.number().int()
});
var SchemaChanges = external_exports.object({
  added: external_exports.array(external_exports.object({ column: external_exports.string(), dtype: external_exports.string() })),
  removed: external_exports.array(external_exports.object({ column: external_exports.string(), dtype: external_exports.string() })),
  retyped: external_exports.array(external_exports.object({ column: external_exports.string(), from: external_exports.string(), to: external_exports.string() }))
});
var ColumnSideStats = external_exports.object({
  dtype: external_exports.string(),
  nullCount: external_exports.number().int(),
  nullFraction: external_exports.number(),
  /** Distinct non-null values; null for nested dtypes. */
  distinct: external_exports.number().int().nullable(),
  mean: external_exports.number().nullable(),
  min: Json,
  max: Json
});
var ColumnDiff = external_exports.object({
  column: external_exports.string(),
  status: external_exports.enum(["same", "added", "removed", "retyped"]),
  old: ColumnSideStats.nullable(),
  new: ColumnSideStats.nullable(),
  /** new − old, when both sides have the figure. */
  delta: external_exports.object({
    nullFraction: external_exports.number().nullable(),
    distinct: external_exports.number().int().nullable(),
    mean: external_exports.number().nullable()
  }),
  /** Matched rows whose value in this column changed (keyed diff only, compared columns only). */
  changedRows: external_exports.number().int().nullable()
});
var RowSample = external_exports.record(external_exports.string(), Json);
var ChangedRowSample = external_exports.object({
  key: external_exports.record(external_exports.string(), Json),
  changes: external_exports.record(external_exports.string(), external_exports.object({ old: Json, new: Json }))
});
var DuplicateSide = external_exports.object({
  /** Rows whose key value occurs more than once on that side. */
  rows: external_exports.number().int(),
  /** Distinct key values that occur more than once. */
  keys: external_exports.number().int(),
  /** A few duplicated keys with how often each occurs. */
  samples: external_exports.array(external_exports.object({ key: external_exports.record(external_exports.string(), Json), count: external_exports.number().int() }))
});
var KeyedDiff = external_exports.object({
  key: external_exports.array(external_exports.string()),
  /**
   * Columns compared value by value: in both files, not part of the key; a retyped column is
   * compared after casting both sides to a common dtype (numbers to Float64, else to text).
   */
  compared: external_exports.array(external_exports.string()),
  /**
   * False when duplicate keys left rows unpaired: `changed`, `unchanged` and the per-column
   * changed rows then count only the paired rows, a lower bound (renderers show n/a or ≥).
   * Absent in diffs written before it existed.
   */
  exact: external_exports.boolean().optional(),
  added: external_exports.object({ count: external_exports.number().int(), samples: external_exports.array(RowSample) }),
  removed: external_exports.object({ count: external_exports.number().int(), samples: external_exports.array(RowSample) }),
  changed: external_exports.object({ count: external_exports.number().int(), samples: external_exports.array(ChangedRowSample) }),
  /** Matched rows (key unique on both sides) with no compared column changed. */
  unchanged: external_exports.number().int(),
  /**
   * Rows whose key is in both files but duplicated on at least one side cannot be paired, so they
   * are counted here and left out of changed/unchanged (added/removed stay exact).
   */
  duplicates: external_exports.object({
    old: DuplicateSide,
    new: DuplicateSide,
    unpairedOld: external_exports.number().int(),
    unpairedNew: external_exports.number().int()
  })
});
var DatasetDiff = external_exports.object({
  schemaVersion: external_exports.literal(DIFF_SCHEMA_VERSION),
  kind: external_exports.literal("diff"),
  tool: external_exports.object({ name: external_exports.string(), version: external_exports.string() }),
  old: DiffSide,
  new: DiffSide,
  rowCount: external_exports.object({ old: external_exports.number().int(), new: external_exports.number().int(), delta: external_exports.number().int() }),
  schema: SchemaChanges,
  columns: external_exports.array(ColumnDiff),
  /** Null without a key: only schema and column statistics are compared. */
  keyed: KeyedDiff.nullable(),
  /** True when anything differs: schema, row count, statistics or rows. */
  changed: external_exports.boolean(),
  durationMs: external_exports.number()
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
  const rowCount = { old: oldStats.rows, new: newStats.rows, delta: newStats.rows - oldStats.rows };
  return {
    schemaVersion: DIFF_SCHEMA_VERSION,
    kind: "diff",
    tool: { name: "truthgate", version: VERSION },
    old: side(oldSource, oldStats, oldSchema),
    new: side(newSource, newStats, newSchema),
    rowCount,
    schema,
    columns,
    keyed,
    changed: rowCount.delta !== 0 || columns.some((c) => c.status !== "same" || statsDiffer(c.old, c.new)) || keyed !== null && keyed.added.count + keyed.removed.count + keyed.changed.count > 0,
    durationMs: Math.round(performance.now() - t0)
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
function statsDiffer(o, n) {
  if (!o || !n) return false;
  return o.nullCount !== n.nullCount || o.distinct !== n.distinct || o.mean !== n.mean || JSON.stringify(o.min) !== JSON.stringify(n.min) || JSON.stringify(o.max) !== JSON.stringify(n.max);
}

// src/core/profile/sql-profile.ts
async function profileSqlSource(source, opts = {}) {
  const t0 = performance.now();
  const options = resolveOptions(opts);
  const d = source.dialect;
  const ts = source.spec.sql.timestamp_column;
  const names = Object.keys(source.schema);
  if (ts !== void 0 && !(ts in source.schema))
    throw columnNotFound(ts, source.name, names, nearest(ts, names));
  const cols = source.columns.map((c, i) => planSqlColumn(columnInfo(c.name, c.dtype), i, d));
  const from = source.from;
  const r1 = (await source.session.query(passOne(cols, from, d)))[0] ?? {};
  const rows = num(r1.rows);
  const stats = cols.map((c) => firstStats(c, r1));
  const numbered = cols.filter((c, i) => c.numbers && stats[i].fin > 0);
  const ranksOf = (n) => [.../* @__PURE__ */ new Set([...gridRanks(n), ...sketchRanks(n, options.sketchSize)])];
  const bins = (i) => histogramEdges(stats[i].min, stats[i].max, options.histogramBins);
  const topped = cols.filter((c, i) => {
    const s = stats[i];
    return s.count > 0 && (c.counted || c.numbers !== void 0 && s.distinct <= options.topK);
  });
  const keyed = stats.some((s) => s.distinct + (s.nullCount > 0 ? 1 : 0) === rows);
  const orderStats = await gathered(
    source,
    numbered,
    (c) => orderStatsSql(c.index, c.numbers, ranksOf(stats[c.index].fin), from, d)
  );
  const histograms = await gathered(
    source,
    numbered.filter((c) => bins(c.index).length > 2),
    (c) => histogramSql(c, stats[c.index], bins(c.index).length - 1, from, d)
  );
  const tops = topped.length ? await source.session.query(topValuesSql(topped, from, d, options.topK)) : void 0;
  const distinctRows = cols.length > 0 && rows > 0 && !keyed ? await source.session.query(
    `SELECT count(*) AS n FROM (SELECT DISTINCT * FROM ${from}) AS tg_distinct`
  ) : void 0;
  const columns = cols.map((c, i) => {
    const s = stats[i];
    const topOf = tops?.filter((r) => num(r.k) === i);
    return finishColumn(c, s, options, {
      orderStats: orderStats.get(i),
      histogram: histograms.get(i),
      top: topOf && topped.includes(c) ? topOf : void 0
    });
  });
  return {
    schemaVersion: PROFILE_SCHEMA_VERSION,
    tool: { name: "truthgate", version: VERSION },
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    source: {
      name: source.name,
      uri: source.uri,
      format: source.format,
      files: 1,
      fingerprint: await source.fingerprint(rows)
    },
    parts: 1,
    options,
    table: {
      rows,
      columns: cols.length,
      duplicateRows: distinctRows ? rows - num(distinctRows[0]?.n) : 0,
      duplicateRowsApproximate: false
    },
    columns,
    durationMs: Math.round(performance.now() - t0)
  };
}
var EPOCH_MS = {
  postgres: (q) => `CAST(extract(epoch from ${q}) * 1000 AS double precision)`,
  duckdb: (q, dtype) => dtype === "Date" ? `(CAST((${q} - DATE '1970-01-01') AS DOUBLE) * 86400000)` : dtype.startsWith("Datetime") ? `(epoch_us(${q}) / 1000.0)` : void 0
};
function sqlEpochMs(d, q, dtype) {
  return EPOCH_MS[d.name]?.(q, dtype);
}
function planSqlColumn(info, index, d) {
  const q = quoteIdent(d, info.name);
  const double = d.types.Float64;
  let numbers;
  let kind = info.kind;
  if (info.kind === "numeric") {
    const x = `CAST(${q} AS ${double})`;
    numbers = info.isFloat ? `CASE WHEN ${fillTemplate(d.isFinite, [x])} THEN ${x} END` : x;
  } else if (info.kind === "temporal") {
    numbers = EPOCH_MS[d.name]?.(q, info.dtype);
    if (numbers === void 0) kind = "other";
  }
  return {
    ...info,
    kind,
    index,
    q,
    ...numbers !== void 0 ? { numbers } : {},
    counted: kind === "string" || kind === "boolean",
    distinctable: !/^(List|Unknown|Binary|Struct|Object)/.test(info.dtype)
  };
}
var alias = (k, i) => `${k}_${i}`;
function patternSql(c, t2, d) {
  const pattern = semanticPatterns[t2].replace(/^\^\(\?i\)/, "(?i)^");
  const translated = translateRegex(pattern, d.regex.flavor);
  if (!("pattern" in translated)) return void 0;
  return fillTemplate(d.regex.match, [c.q, quoteString(translated.pattern)]);
}
function passOne(cols, from, d) {
  const out = ["count(*) AS rows"];
  const double = d.types.Float64;
  for (const c of cols) {
    const i = c.index;
    out.push(`count(${c.q}) AS ${alias("n", i)}`);
    if (c.distinctable) out.push(`count(DISTINCT ${c.q}) AS ${alias("nu", i)}`);
    if (c.numbers) {
      const x = c.numbers;
      out.push(
        `count(${x}) AS ${alias("fin", i)}`,
        `min(${x}) AS ${alias("min", i)}`,
        `max(${x}) AS ${alias("max", i)}`,
        `sum(${x}) AS ${alias("sum", i)}`,
        `avg(${x}) AS ${alias("mean", i)}`,
        `var_samp(${x}) AS ${alias("var", i)}`
      );
    }
    if (c.kind === "string") {
      const len = `CAST(${fillTemplate(d.length, [c.q])} AS ${double})`;
      out.push(
        `min(${len}) AS ${alias("lmin", i)}`,
        `max(${len}) AS ${alias("lmax", i)}`,
        `avg(${len}) AS ${alias("lmean", i)}`,
        `var_samp(${len}) AS ${alias("lvar", i)}`,
        `sum(${len}) AS ${alias("lsum", i)}`
      );
      patternTypes.forEach((t2, k) => {
        const test = patternSql(c, t2, d);
        if (test)
          out.push(
            `avg(CASE WHEN ${c.q} IS NULL THEN NULL WHEN ${test} THEN 1.0 ELSE 0.0 END) AS ${alias(`re${k}`, i)}`
          );
      });
    }
  }
  return `SELECT ${out.join(",\n  ")}
FROM ${from}`;
}
function firstStats(c, r) {
  const i = c.index;
  const at = (k) => r[alias(k, i)];
  const orNull = (v) => v === null || v === void 0 ? null : num(v);
  const count = num(at("n"));
  const shares = {};
  if (c.kind === "string") patternTypes.forEach((t2, k) => shares[t2] = num(at(`re${k}`)));
  return {
    count,
    nullCount: num(r.rows) - count,
    distinct: num(at("nu")),
    fin: num(at("fin")),
    min: num(at("min")),
    max: num(at("max")),
    sum: num(at("sum")),
    mean: num(at("mean")),
    variance: orNull(at("var")),
    lengths: c.kind === "string" && count > 0 ? {
      min: num(at("lmin")),
      max: num(at("lmax")),
      mean: num(at("lmean")),
      variance: orNull(at("lvar")),
      sum: num(at("lsum"))
    } : null,
    shares
  };
}
async function gathered(source, cols, part) {
  const out = /* @__PURE__ */ new Map();
  if (cols.length === 0) return out;
  const rows = await source.session.query(cols.map(part).join("\nUNION ALL\n"));
  for (const r of rows) {
    const k = num(r.k);
    out.set(k, [...out.get(k) ?? [], r]);
  }
  return out;
}
function orderStatsSql(k, numbers, ranks, from, d) {
  return `SELECT ${k} AS k, r, v FROM (SELECT v, row_number() OVER (ORDER BY v) - 1 AS r FROM (SELECT ${numbers} AS v FROM ${from}) AS tg_v WHERE v IS NOT NULL) AS tg_r WHERE r IN (${ranks.join(", ")})`.replace(/tg_v|tg_r/g, (m) => quoteIdent(d, `${m}${k}`));
}
async function sqlOrderStats(source, columns) {
  const parts = columns.map((c, k) => ({ index: k, numbers: c.numbers, ranks: c.ranks }));
  const rows = await gathered(
    source,
    parts.filter((p) => p.ranks.length > 0),
    (p) => orderStatsSql(p.index, p.numbers, p.ranks, source.from, source.dialect)
  );
  return parts.map((p) => new Map((rows.get(p.index) ?? []).map((r) => [num(r.r), num(r.v)])));
}
function sqlNumbers(d, name, dtype) {
  return planSqlColumn(columnInfo(name, dtype), 0, d).numbers;
}
function histogramSql(c, s, bins, from, d) {
  const double = d.types.Float64;
  const lit = (x) => `CAST(${String(x)} AS ${double})`;
  const bin = `floor(((v - ${lit(s.min)}) / (${lit(s.max)} - ${lit(s.min)})) * ${bins})`;
  const clipped = `LEAST(GREATEST(${bin}, 0), ${bins - 1})`;
  return `SELECT ${c.index} AS k, b, count(*) AS n FROM (SELECT ${clipped} AS b FROM (SELECT ${c.numbers} AS v FROM ${from}) AS tg_v WHERE v IS NOT NULL) AS tg_b GROUP BY b`.replace(/tg_v|tg_b/g, (m) => quoteIdent(d, `${m}${c.index}`));
}
function topValuesSql(cols, from, d, topK) {
  const text = d.types.String;
  const parts = cols.map((c) => {
    const v = c.kind === "temporal" ? c.numbers : c.q;
    const counted = `SELECT ${c.index} AS k, CAST(${v} AS ${text}) AS v, count(*) AS n FROM ${from} WHERE ${c.q} IS NOT NULL GROUP BY ${v} ORDER BY n DESC, v LIMIT ${topK}`;
    return `SELECT * FROM (${counted}) AS ${quoteIdent(d, `tg_top${c.index}`)}`;
  });
  return parts.join("\nUNION ALL\n");
}
function finishColumn(c, s, o, g) {
  const isInteger = c.kind === "numeric" && !c.isFloat;
  const semantic = classify({
    kind: c.kind,
    count: s.count,
    distinct: s.distinct,
    shares: s.shares,
    meanLength: s.lengths?.mean ?? null,
    isInteger
  });
  const moments = c.numbers && s.fin > 0 ? {
    n: s.fin,
    mean: s.mean,
    m2: s.fin > 1 ? (s.variance ?? 0) * (s.fin - 1) : 0,
    sum: s.sum,
    min: s.min,
    max: s.max
  } : null;
  let numeric = null;
  let sketch = null;
  if (moments) {
    const byRank = new Map((g.orderStats ?? []).map((r) => [num(r.r), num(r.v)]));
    const at = (r) => byRank.get(r);
    const grid = gridFromOrderStats(s.fin, at);
    sketch = { n: s.fin, points: sketchRanks(s.fin, o.sketchSize).map(at), exact: s.fin <= o.sketchSize };
    const edges = histogramEdges(s.min, s.max, o.histogramBins);
    const counts = edges.length > 2 ? new Array(edges.length - 1).fill(0) : [s.fin];
    if (edges.length > 2) for (const r of g.histogram ?? []) counts[num(r.b)] = num(r.n);
    numeric = {
      unit: c.kind === "temporal" ? "ms" : "value",
      count: s.fin,
      nonFiniteCount: s.count - s.fin,
      min: s.min,
      max: s.max,
      sum: s.sum,
      mean: s.mean,
      std: s.fin > 1 ? Math.sqrt(Math.max(s.variance ?? 0, 0)) : null,
      quantiles: namedFromGrid(grid),
      quantileGrid: grid,
      quantilesApproximate: false,
      histogram: { edges, counts, approximate: false }
    };
  }
  const lengthMoments = s.lengths ? {
    n: s.count,
    mean: s.lengths.mean,
    m2: s.count > 1 ? (s.lengths.variance ?? 0) * (s.count - 1) : 0,
    sum: s.lengths.sum,
    min: s.lengths.min,
    max: s.lengths.max
  } : null;
  const top = g.top ? topValues(g.top, c) : null;
  const listed = top?.reduce((n, t2) => n + t2.count, 0) ?? 0;
  const complete = top !== null && s.distinct <= o.topK;
  return {
    name: c.name,
    dtype: c.dtype,
    kind: c.kind,
    count: s.count,
    nullCount: s.nullCount,
    nullFraction: s.count + s.nullCount === 0 ? 0 : s.nullCount / (s.count + s.nullCount),
    distinct: { count: s.distinct, approximate: false },
    numeric,
    temporalRange: temporalRange(c, moments),
    lengths: s.lengths ? { min: s.lengths.min, max: s.lengths.max, mean: s.lengths.mean } : null,
    topValues: top,
    otherCount: top ? s.count - listed : null,
    topValuesComplete: complete,
    topValuesApproximate: false,
    semanticType: semantic.type,
    semanticShare: semantic.share,
    // A table has no row order: there is no first or last value to speak of.
    ...monotonicity(null),
    state: { moments, lengthMoments, hll: null, sketch, order: null }
  };
}
function topValues(rows, c) {
  const value = (v) => {
    const text = String(v);
    if (c.kind === "boolean") return text === "true" || text === "t";
    if (c.kind === "numeric") return topNumber(Number(text.replace(/^(-?)inf$/i, "$1Infinity")));
    if (c.kind === "temporal") {
      const iso = new Date(Number(text)).toISOString();
      return c.dtype === "Date" ? iso.slice(0, 10) : iso;
    }
    return text;
  };
  const out = rows.map((r) => ({ value: value(r.v), count: num(r.n) }));
  return out.sort((x, y) => y.count - x.count || (x.value < y.value ? -1 : x.value > y.value ? 1 : 0));
}

// src/core/diff/sql-diff.ts
async function diffSqlSources(oldSource, newSource, opts = {}) {
  const t0 = performance.now();
  if (oldSource.spec.sql.connection !== newSource.spec.sql.connection)
    throw new TruthgateError("TG_DIFF_SQL_CONNECTION", {
      old: oldSource.name,
      new: newSource.name,
      detail: `\`${oldSource.name}\` is on connection \`${oldSource.spec.sql.connection}\`, \`${newSource.name}\` on \`${newSource.spec.sql.connection}\``
    });
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
  const rowCount = { old: oldStats.rows, new: newStats.rows, delta: newStats.rows - oldStats.rows };
  const side2 = async (s, stats) => ({
    name: s.name,
    uri: s.uri,
    format: s.format,
    fingerprint: await s.fingerprint(stats.rows),
    rows: stats.rows,
    columns: Object.keys(s.schema).length
  });
  return {
    schemaVersion: DIFF_SCHEMA_VERSION,
    kind: "diff",
    tool: { name: "truthgate", version: VERSION },
    old: await side2(oldSource, oldStats),
    new: await side2(newSource, newStats),
    rowCount,
    schema,
    columns,
    keyed,
    changed: rowCount.delta !== 0 || columns.some((c) => c.status !== "same" || statsDiffer(c.old, c.new)) || keyed !== null && keyed.added.count + keyed.removed.count + keyed.changed.count > 0,
    durationMs: Math.round(performance.now() - t0)
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
  const keyList = (alias2) => k.key.map((c) => `${alias2}.${q(c)}`).join(", ");
  const limit = (sql) => fillTemplate(d.limit, [sql, Math.max(0, Math.floor(k.sampleSize))]);
  const sampled = (sql) => limit(`WITH tg_rows AS MATERIALIZED (${sql}) SELECT * FROM tg_rows ORDER BY ${k.key.map(q).join(", ")}`);
  const rel = (s) => `(SELECT * FROM ${s.from}) AS`;
  const unique = (s, alias2) => s.dup ? `(SELECT * FROM (SELECT *, count(*) OVER (PARTITION BY ${k.key.map(q).join(", ")}) AS __tg_kn FROM ${s.from}) AS tg_u WHERE __tg_kn = 1) AS ${alias2}` : `${rel(s)} ${alias2}`;
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

// src/core/drift/sql-drift.ts
async function driftSqlCurrent(baseline, current, opts = {}, baselineAs = "profile") {
  const t0 = performance.now();
  const thresholds = { ...DEFAULT_THRESHOLDS, ...opts.thresholds };
  const baseSchema = Object.fromEntries(baseline.columns.map((c) => [c.name, c.dtype]));
  const { names, results, planned } = await planDrift(baseSchema, current.schema, opts, async (columns) => [
    new Map(baseline.columns.map((c) => [c.name, c.count])),
    await nonNullCounts(current, columns)
  ]);
  const sides = new Map(
    planned.map((p) => [
      p.column,
      sideFromProfile(
        baseline.columns.find((c) => c.name === p.column),
        p.kind
      )
    ])
  );
  const { rows, evidence } = await currentEvidence(current, planned, sides);
  for (const p of planned)
    results.set(p.column, columnMetrics(p.column, p.kind, p.methods, evidence.get(p.column), thresholds));
  return driftReport({
    names,
    results,
    opts,
    thresholds,
    baseline: {
      kind: baselineAs,
      name: baseline.source.name,
      uri: baseline.source.uri,
      rows: baseline.table.rows
    },
    current: { name: current.name, uri: current.uri, rows },
    t0
  });
}
async function nonNullCounts(source, columns) {
  const d = source.dialect;
  const parts = columns.map((c, i) => `count(${quoteIdent(d, c)}) AS n_${i}`);
  const [r] = await source.session.query(`SELECT ${parts.join(", ") || "1 AS x"} FROM ${source.from}`);
  return new Map(columns.map((c, i) => [c, toNumber(r?.[`n_${i}`]) ?? 0]));
}
async function currentEvidence(source, planned, sides) {
  const d = source.dialect;
  const numeric = planned.filter((p) => p.kind === "numeric").map((p) => {
    const grid = sides.get(p.column).grid;
    const cuts = grid ? cutPoints(grid) : [];
    const points = grid && p.methods.includes("ks") ? gridPoints(grid) : [];
    return { p, x: sqlNumbers(d, p.column, p.cur.dtype), cuts, points };
  });
  const categorical = planned.filter((p) => p.kind === "categorical").map((p) => ({
    p,
    q: quoteIdent(d, p.column),
    listed: sides.get(p.column).top.map((t2) => t2.value)
  }));
  const outputs = ["count(*) AS rows"];
  numeric.forEach(({ p, x }, i) => {
    outputs.push(
      `count(${x}) AS n_${i}`,
      `count(*) - count(${quoteIdent(d, p.column)}) AS nulls_${i}`,
      `stddev_samp(${x}) AS std_${i}`
    );
  });
  categorical.forEach(({ q }, i) => outputs.push(`count(${q}) AS cn_${i}`));
  const [r = {}] = await source.session.query(`SELECT ${outputs.join(", ")} FROM ${source.from}`);
  const n = (k) => toNumber(r[k]) ?? 0;
  const rows = n("rows");
  const atPoints = await countsAtPoints(
    source,
    numeric.map(({ x, cuts, points }) => ({ x, points: [.../* @__PURE__ */ new Set([...cuts, ...points])] }))
  );
  const text = (q) => `CAST(${q} AS ${d.types.String})`;
  const inList = (values) => values.length ? `IN (${values.map(quoteString).join(", ")})` : "IN (NULL)";
  const counted = (filter) => categorical.map(
    (c, i) => `SELECT ${i} AS k, ${text(c.q)} AS v, count(*) AS n FROM ${source.from} WHERE ${c.q} IS NOT NULL AND ${filter(c)} GROUP BY ${text(c.q)}`
  );
  const [matched, fresh] = categorical.length ? [
    await source.session.query(counted((c) => `${text(c.q)} ${inList(c.listed)}`).join("\nUNION ALL\n")),
    await source.session.query(
      `SELECT k, v, n FROM (SELECT k, v, n, row_number() OVER (PARTITION BY k ORDER BY n DESC, v) AS rk FROM (${counted(
        (c) => `NOT (${text(c.q)} ${inList(c.listed)})`
      ).join("\nUNION ALL\n")}) AS tg_new) AS tg_ranked WHERE rk <= 10`
    )
  ] : [[], []];
  const grids = await sqlOrderStats(
    source,
    numeric.map(({ p, x }, i) => ({
      numbers: x,
      ranks: p.methods.includes("wasserstein") && n(`n_${i}`) > 0 ? gridRanks(n(`n_${i}`)) : []
    }))
  );
  const evidence = /* @__PURE__ */ new Map();
  numeric.forEach(({ p, cuts, points }, i) => {
    const count = n(`n_${i}`);
    const at = atPoints[i];
    const le = [...cuts, ...points].map((c) => at.get(c)?.le ?? 0);
    const stats = grids[i];
    evidence.set(p.column, {
      kind: "numeric",
      baseline: sides.get(p.column),
      current: { dtype: p.cur.dtype, count, nullFraction: rows ? n(`nulls_${i}`) / rows : 0 },
      cuts,
      baselineAtCuts: null,
      currentAtCuts: le.slice(0, cuts.length),
      points,
      currentLe: le.slice(cuts.length),
      currentLt: points.map((c) => at.get(c)?.lt ?? 0),
      currentGrid: stats.size ? gridFromOrderStats(count, (rank) => stats.get(rank)) : null,
      exactKs: null
    });
  });
  categorical.forEach(({ p, listed }, i) => {
    const count = n(`cn_${i}`);
    const byValue = new Map(
      matched.filter((m) => toNumber(m.k) === i).map((m) => [String(m.v), toNumber(m.n) ?? 0])
    );
    const counts = listed.map((v) => byValue.get(v) ?? 0);
    evidence.set(p.column, {
      kind: "categorical",
      baseline: sides.get(p.column),
      current: { dtype: p.cur.dtype, count, nullFraction: rows ? 1 - count / rows : 0 },
      categories: {
        count,
        matched: counts,
        unlisted: count - counts.reduce((s, x) => s + x, 0),
        newTop: fresh.filter((m) => toNumber(m.k) === i).map((m) => ({ value: String(m.v), count: toNumber(m.n) ?? 0 })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
      }
    });
  });
  return { rows, evidence };
}
async function countsAtPoints(source, columns) {
  const d = source.dialect;
  const double = d.types.Float64;
  const int = d.types.Int32;
  const parts = columns.flatMap(
    ({ x, points }, k) => points.length === 0 ? [] : [
      `SELECT ${k} AS k, CAST(NULL AS ${int}) AS j, ${x} AS v, 1 AS d FROM ${source.from} WHERE ${x} IS NOT NULL`,
      `SELECT ${k} AS k, j, p AS v, 0 AS d FROM (VALUES ${points.map((p, j) => `(${j}, CAST(${String(p)} AS ${double}))`).join(", ")}) AS ${quoteIdent(d, `tg_points${k}`)}(j, p)`
    ]
  );
  const out = columns.map(() => /* @__PURE__ */ new Map());
  if (parts.length === 0) return out;
  const running = (order) => `sum(d) OVER (PARTITION BY k ORDER BY v, d ${order} ROWS UNBOUNDED PRECEDING)`;
  const rows = await source.session.query(
    `SELECT k, j, le, lt FROM (SELECT k, j, ${running("DESC")} AS le, ${running("ASC")} AS lt FROM (${parts.join("\nUNION ALL\n")}) AS tg_merged) AS tg_running WHERE j IS NOT NULL`
  );
  for (const r of rows) {
    const k = toNumber(r.k) ?? 0;
    const point = columns[k].points[toNumber(r.j) ?? 0];
    out[k].set(point, { le: toNumber(r.le) ?? 0, lt: toNumber(r.lt) ?? 0 });
  }
  return out;
}

// src/core/compare/suite-sources.ts
async function diffSides(before, after, opts = {}) {
  if (before.kind === "sql" && after.kind === "sql") return diffSqlSources(before.source, after.source, opts);
  if (before.kind === "file" && after.kind === "file") return diffSources(before.source, after.source, opts);
  throw new TruthgateError("TG_DIFF_SQL_CONNECTION", {
    old: before.source.uri,
    new: after.source.uri,
    detail: "one is a SQL source and the other a file; rows are compared inside one database or in polars, never by downloading a table"
  });
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
function formatInt(n) {
  return n.toLocaleString("en-US");
}
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
