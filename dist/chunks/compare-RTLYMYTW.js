import { createRequire as __tgCreateRequire } from 'node:module';
const require = __tgCreateRequire(import.meta.url);
import {
  escapeHtml,
  escapeMarkdown,
  fetchBaseVersion,
  formatValue,
  markdownCode,
  markdownTable
} from "./chunk-A6YLDUJZ.js";
import {
  VERSION,
  collectFrom,
  compareKind,
  driftCompare,
  external_exports,
  isDynamicPattern,
  jsonSafe,
  materialize,
  openSource,
  readSchema,
  require_nodejs_polars,
  t,
  toNumber
} from "./chunk-OFBDYWRK.js";
import "./chunk-W2GPP5R6.js";
import {
  TruthgateError,
  asTruthgateError
} from "./chunk-H7UMBVOE.js";
import {
  __toESM
} from "./chunk-BDDSI5QT.js";

// src/action/compare.ts
import { resolve } from "node:path";

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
  names.forEach((name, i) => {
    const kind = compareKind(schema[name]);
    const c = import_nodejs_polars.default.col(name);
    exprs.push(c.nullCount().alias(`__tg_${i}_nulls`));
    if (kind === "other") return;
    exprs.push(c.dropNulls().nUnique().alias(`__tg_${i}_distinct`));
    exprs.push(c.min().alias(`__tg_${i}_min`), c.max().alias(`__tg_${i}_max`));
    if (kind === "numeric") exprs.push(c.cast(import_nodejs_polars.default.Float64).mean().alias(`__tg_${i}_mean`));
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
  const byPath = new Map(req.changed.map((f) => [resolve(req.ctx.workspace, f.path), f]));
  for (const name of req.sources) {
    const spec = req.suite.sources[name];
    if (!spec || isDynamicPattern(spec.path)) continue;
    const file = resolve(req.suite.baseDir, spec.path);
    const change = byPath.get(file);
    if (!change || change.status !== "modified" && change.status !== "renamed" && change.status !== "changed")
      continue;
    const base = await fetchBaseVersion(req.gh, {
      workspace: req.ctx.workspace,
      owner: req.ctx.owner,
      repo: req.ctx.repo,
      ref: req.baseRef,
      path: change.basePath,
      destDir: resolve(req.tempDir, "truthgate-base")
    });
    if ("missing" in base) {
      const e = new TruthgateError("TG_BASE_UNAVAILABLE", {
        path: change.basePath,
        ref: req.baseRef.slice(0, 12),
        detail: base.missing
      });
      out.notes.push(e.message_(req.lang));
      continue;
    }
    try {
      const oldSrc = openSource(name, { ...spec, path: base.file });
      const newSrc = openSource(name, spec, { baseDir: req.suite.baseDir });
      const diff = await diffSources(oldSrc, newSrc, spec.key ? { key: spec.key } : {});
      const baseUri = `${change.basePath}@${req.baseRef.slice(0, 7)}`;
      diff.old.uri = baseUri;
      const drift = await driftCompare(oldSrc, newSrc);
      drift.baseline.uri = baseUri;
      out.data.push(diff, drift.columns);
      const opts = { lang: req.lang };
      out.sections.push({
        label: `diff ${change.path}`,
        render: (max) => fit(renderDiffMarkdown(diff, { ...opts, maxLength: max }), max)
      });
      out.sections.push({
        label: `drift ${change.path}`,
        render: (max) => fit(
          `<details><summary>Drift: ${escapeHtml(change.path)}</summary>

${renderDriftMarkdown(drift, opts)}

</details>`,
          max
        )
      });
    } catch (err) {
      const e = asTruthgateError(err);
      out.notes.push(
        new TruthgateError("TG_BASE_UNAVAILABLE", {
          path: change.path,
          ref: req.baseRef.slice(0, 12),
          detail: e.message_(req.lang)
        }).message_(req.lang)
      );
    }
  }
  return out;
}
function fit(text, max) {
  return text.length <= max ? text : void 0;
}
export {
  compareWithBase
};
