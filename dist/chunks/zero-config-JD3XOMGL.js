import { createRequire as __tgCreateRequire } from 'node:module';
const require = __tgCreateRequire(import.meta.url);
import {
  checkResult,
  rowVerdict,
  runSuite,
  verdictOver
} from "./chunk-APDQ644A.js";
import {
  SUITE_VERSION,
  buildTypedSuite,
  getCheck,
  isCategorical,
  isSqlSource,
  looksLikeProfile,
  openSource,
  profileSource,
  readProfileFile,
  require_dist,
  semanticPatterns
} from "./chunk-5XI7FNKQ.js";
import "./chunk-FFSEKXE2.js";
import "./chunk-RMPF4MSH.js";
import {
  TruthgateError
} from "./chunk-A56JMUMU.js";
import "./chunk-4TB3BQTT.js";
import "./chunk-SFTBGBTX.js";
import {
  __toESM
} from "./chunk-BDDSI5QT.js";

// src/core/learn/zero-config.ts
import { resolve } from "node:path";

// src/core/learn/learn.ts
var import_yaml = __toESM(require_dist(), 1);

// src/core/learn/propose.ts
var DAY = 864e5;
var tuning = {
  loose: {
    rangeMargin: 0.5,
    rowCount: { min: 0.5, max: null },
    inSetMax: 20,
    exactSchema: false,
    lengths: false,
    patternShare: 1,
    order: false,
    nullMargin: { factor: 2, plus: 0.05 },
    freshWithin: 7 * DAY
  },
  medium: {
    rangeMargin: 0.1,
    rowCount: { min: 0.8, max: 1.25 },
    inSetMax: 50,
    exactSchema: true,
    lengths: true,
    patternShare: 0.98,
    order: true,
    nullMargin: { factor: 1.5, plus: 0.01 },
    freshWithin: 3 * DAY
  },
  strict: {
    rangeMargin: 0,
    rowCount: { min: 0.95, max: 1.05 },
    inSetMax: 100,
    exactSchema: true,
    lengths: true,
    patternShare: 0.95,
    order: true,
    nullMargin: { factor: 1, plus: 0 },
    freshWithin: 2 * DAY
  }
};
function proposeChecks(profile, opts) {
  const t = tuning[opts.strictness];
  const now = (opts.now ?? /* @__PURE__ */ new Date()).getTime();
  const proposals = [];
  const skipped = [];
  const add = (p) => {
    if (opts.exists(p.check)) proposals.push(p);
  };
  const rows = profile.table.rows;
  const cols = profile.columns;
  if (cols.length > 0) {
    add({
      check: "schema",
      params: {
        columns: Object.fromEntries(
          cols.map((c) => [c.name, t.exactSchema ? c.dtype : dtypeFamily(c.dtype)])
        ),
        ...t.exactSchema ? { exact: true } : {}
      },
      note: t.exactSchema ? "Exact dtypes; no columns beyond these." : "Dtype families (int, float, string, ...); extra columns are allowed."
    });
  }
  if (rows > 0 || cols.length === 0) {
    const min = Math.floor(rows * t.rowCount.min);
    const max = t.rowCount.max === null ? void 0 : Math.ceil(rows * t.rowCount.max);
    add({
      check: "row_count",
      params: { min, ...max !== void 0 ? { max } : {} },
      note: `Observed ${rows} rows.`
    });
  }
  if (opts.strictness !== "loose" && rows > 1 && profile.table.duplicateRows === 0 && !profile.table.duplicateRowsApproximate) {
    add({ check: "no_duplicate_rows", params: {}, note: "No two rows were identical." });
  }
  const key = keyColumn(cols, rows);
  for (const c of cols) {
    const before = proposals.length;
    columnProposals(c, { rows, t, now, isKey: c === key, opts, add, skipped });
    const first = proposals[before];
    if (first && proposals.length > before) first.note = `${summary(c)}${first.note ? ` ${first.note}` : ""}`;
  }
  return { proposals, skipped };
}
function columnProposals(c, x) {
  const { t, add } = x;
  const column = c.name;
  if (c.count === 0) return;
  const complete = c.nullCount === 0;
  if (x.isKey) {
    add({
      check: "primary_key",
      params: { columns: [column] },
      column,
      note: "Every value present and distinct."
    });
  } else if (complete) {
    add({ check: "not_null", params: { column }, column });
  } else if (t.nullMargin && c.nullFraction < 1) {
    const max = roundUp(Math.min(1, c.nullFraction * t.nullMargin.factor + t.nullMargin.plus), 4);
    add({
      check: "null_fraction_max",
      params: { column, max },
      column,
      note: `Observed null fraction ${round(c.nullFraction, 4)}.`
    });
  }
  if (!x.isKey && keyLike(c, x.rows) && c.nullCount === 0)
    add({ check: "unique", params: { column }, column });
  const values = inSetValues(c, t.inSetMax);
  if (values) add({ check: "in_set", params: { column, values }, column });
  if (c.kind === "numeric" && c.numeric && c.numeric.nonFiniteCount === 0) {
    const { min, max } = c.numeric;
    const margin = spanMargin(min, max, t.rangeMargin);
    const integer = /Int/.test(c.dtype);
    let lo = min - margin;
    let hi = max + margin;
    if (min >= 0) lo = Math.max(0, lo);
    if (integer) {
      lo = Math.floor(lo);
      hi = Math.ceil(hi);
    } else {
      lo = roundDown(lo, 6);
      hi = roundUp(hi, 6);
    }
    add({
      check: "between",
      params: { column, min: lo, max: hi },
      column,
      note: `Observed ${min} .. ${max}.`
    });
  }
  if (c.kind === "temporal" && c.numeric && c.temporalRange) {
    const { min, max } = c.numeric;
    const margin = spanMargin(min, max, t.rangeMargin, DAY);
    const isDate = c.dtype === "Date";
    add({
      check: "date_between",
      params: {
        column,
        min: isoBound(min - margin, isDate, "down"),
        max: isoBound(max + margin, isDate, "up")
      },
      column,
      note: `Observed ${c.temporalRange.min} .. ${c.temporalRange.max}.`
    });
    freshness(c, max, x);
  }
  if (c.kind === "string" && c.semanticType && c.semanticType in semanticPatterns && c.semanticShare !== null) {
    const share = c.semanticShare;
    if (share >= t.patternShare && share > 0) {
      const mostly = Math.floor(share * 1e3) / 1e3;
      add({
        check: "regex",
        params: {
          column,
          pattern: semanticPatterns[c.semanticType],
          ...share < 1 ? { mostly } : {}
        },
        column,
        note: `Looks like ${c.semanticType.replace("_", " ")} (${round(share * 100, 2)}% of values).`
      });
    }
    if (c.semanticType === "iso_date" || c.semanticType === "iso_datetime") freshness(c, null, x);
  }
  if (t.lengths && c.kind === "string" && c.lengths && !values) {
    const slack = t.rangeMargin === 0 ? 0 : Math.max(1, Math.ceil((c.lengths.max - c.lengths.min) * t.rangeMargin));
    add({
      check: "length_between",
      params: { column, min: Math.max(0, c.lengths.min - slack), max: c.lengths.max + slack },
      column
    });
  }
  const finite = !c.numeric || c.numeric.nonFiniteCount === 0;
  if (t.order && finite && c.monotonic !== "none" && (c.kind === "numeric" || c.kind === "temporal")) {
    add({
      check: c.monotonic,
      params: { column, strict: c.monotonicStrict },
      column,
      note: `Values are ${c.monotonicStrict ? "strictly " : ""}${c.monotonic} in file order.`
    });
  }
}
function freshness(c, newestMs, x) {
  const example = (age2) => `- freshness: { column: ${JSON.stringify(c.name)}, max_age: ${age2} }`;
  if (newestMs === null) {
    x.skipped.push({
      column: c.name,
      note: `${c.name} holds ISO timestamps; if new rows arrive regularly, a freshness check catches stale loads.`,
      example: example("24h")
    });
    return;
  }
  const age = x.now - newestMs;
  if (age >= 0 && age <= x.t.freshWithin) {
    const hours = Math.max(24, Math.ceil(2 * age / 36e5));
    x.add({
      check: "freshness",
      params: { column: c.name, max_age: `${hours}h` },
      column: c.name,
      note: `Newest value is ${Math.round(age / 36e5)}h old.`
    });
    return;
  }
  const days = Math.round(age / DAY);
  x.skipped.push({
    column: c.name,
    note: age < 0 ? `${c.name} has values in the future; freshness is not proposed.` : `Newest ${c.name} is ${days} days old, so a freshness check would fail now (historical data?). Enable it once the data is live:`,
    example: example("24h")
  });
}
function keyColumn(cols, rows) {
  const candidates = cols.filter((c) => keyLike(c, rows) && c.nullCount === 0);
  return candidates.find((c) => /(^|_|\b)(id|key|uuid|code)$|^id/i.test(c.name)) ?? candidates[0];
}
function keyLike(c, rows) {
  if (rows < 2 || c.distinct.approximate || c.distinct.count !== c.count) return false;
  return c.kind === "string" || c.kind === "numeric" && /Int/.test(c.dtype);
}
function inSetValues(c, max) {
  if (!c.topValuesComplete || !c.topValues || c.topValuesApproximate) return null;
  if (c.kind === "boolean" || c.kind === "other" || c.kind === "temporal" || /^Float|^Decimal/.test(c.dtype))
    return null;
  if (c.distinct.count > max || c.distinct.count >= c.count || !isCategorical(c.distinct.count, c.count))
    return null;
  return c.topValues.map((v) => v.value).sort(
    (a, b) => typeof a === "number" && typeof b === "number" ? a - b : String(a) < String(b) ? -1 : 1
  );
}
function spanMargin(min, max, share, fallback = 1) {
  if (share === 0) return 0;
  const span = max - min;
  return (span > 0 ? span : Math.abs(max) || fallback) * share;
}
function isoBound(ms, isDate, dir) {
  if (isDate) {
    const d = new Date((dir === "up" ? Math.ceil(ms / DAY) : Math.floor(ms / DAY)) * DAY);
    return d.toISOString().slice(0, 10);
  }
  return new Date(dir === "up" ? Math.ceil(ms) : Math.floor(ms)).toISOString();
}
function dtypeFamily(dtype) {
  if (/^U?Int/.test(dtype)) return "int";
  if (/^(Float|Decimal)/.test(dtype)) return "float";
  if (dtype === "String" || dtype === "Utf8" || /^Categorical|^Enum/.test(dtype)) return "string";
  if (dtype === "Boolean" || dtype === "Bool") return "bool";
  if (dtype === "Date") return "date";
  if (/^Datetime/.test(dtype)) return "datetime";
  return dtype;
}
function summary(c) {
  const parts = [`${c.name}: ${c.dtype}`, `${c.distinct.approximate ? "~" : ""}${c.distinct.count} distinct`];
  parts.push(c.nullCount === 0 ? "no nulls" : `${round(c.nullFraction * 100, 2)}% null`);
  if (c.semanticType) parts.push(c.semanticType.replace("_", " "));
  return `${parts.join(", ")}.`;
}
function round(x, digits) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
function roundUp(x, digits) {
  const f = 10 ** digits;
  const r = Math.ceil(x * f) / f;
  return r >= x ? r : r + 1 / f;
}
function roundDown(x, digits) {
  const f = 10 ** digits;
  const r = Math.floor(x * f) / f;
  return r <= x ? r : r - 1 / f;
}
var HISTORY_TO_PROPOSE = 7;
function proposeAnomalyChecks(profile, runsOf, exists) {
  const out = [];
  const add = (p) => {
    if (exists(p.check)) out.push(p);
  };
  const note = (n) => `Learned from ${n} past runs in the metric history.`;
  const rows = runsOf("row_count");
  if (rows >= HISTORY_TO_PROPOSE) add({ check: "row_count_anomaly", params: {}, note: note(rows) });
  for (const c of profile.columns) {
    const column = c.name;
    const nulls = runsOf(`null_fraction:${column}`);
    if (nulls >= HISTORY_TO_PROPOSE && c.nullCount > 0)
      add({ check: "null_fraction_anomaly", params: { column }, column, note: note(nulls) });
    const mean = runsOf(`mean:${column}`);
    if (mean >= HISTORY_TO_PROPOSE && c.kind === "numeric")
      add({ check: "metric_anomaly", params: { metric: "mean", column }, column, note: note(mean) });
    const temporal = c.kind === "temporal" || c.semanticType === "iso_date" || c.semanticType === "iso_datetime";
    if (!temporal) continue;
    const lag = runsOf(`freshness_lag:${column}`);
    if (lag >= HISTORY_TO_PROPOSE)
      add({ check: "freshness_anomaly", params: { column }, column, note: note(lag) });
    const range = c.temporalRange ? Date.parse(c.temporalRange.max) - Date.parse(c.temporalRange.min) : 0;
    if (range >= 28 * DAY)
      add({
        check: "volume_anomaly",
        params: { column },
        column,
        note: `Rows per day over ${Math.round(range / DAY)} days of ${column}.`
      });
  }
  return out;
}

// src/core/learn/learn.ts
function proposeSuite(profile, opts) {
  const { proposals, skipped } = proposeChecks(profile, {
    strictness: opts.strictness,
    exists: (name2) => getCheck(name2) !== void 0,
    ...opts.now ? { now: opts.now } : {}
  });
  if (opts.historyRuns)
    proposals.push(...proposeAnomalyChecks(profile, opts.historyRuns, (n) => getCheck(n) !== void 0));
  const name = opts.sourceName;
  const kept = proposals.filter((p) => {
    const why = opts.unsupported?.(p);
    if (why)
      skipped.push({
        ...p.column ? { column: p.column } : {},
        note: why,
        example: `- ${p.check}: ${JSON.stringify(p.params)}`
      });
    return !why;
  });
  const suite = {
    version: SUITE_VERSION,
    ...opts.connections ? { connections: opts.connections } : {},
    sources: { [name]: opts.sourceEntry ?? { path: opts.sourcePath } },
    checks: { [name]: kept.map((p) => ({ [p.check]: p.params })) }
  };
  return { suite, proposals: kept, skipped };
}
function sourceNameFor(path) {
  const base = (path.split(/[\\/]/).pop() ?? "data").replace(/\.[^.]*$/, "").replace(/[*?[\]{}]/g, "");
  const cleaned = base.replace(/[^\w-]/g, "_");
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `data_${cleaned}`;
}

// src/core/learn/proven.ts
var exactNumbers = /^(U?Int(8|16|32|64)|Float(32|64))$/;
function comparable(x, integer) {
  return typeof x === "number" && (integer ? Number.isSafeInteger(x) : Number.isFinite(x));
}
var proofs = {
  not_null: (c) => c.nullCount === 0,
  between: (c, p) => {
    const n = c.numeric;
    const integer = !c.dtype.startsWith("Float");
    if (!n || c.kind !== "numeric" || !exactNumbers.test(c.dtype) || n.nonFiniteCount !== 0 || p.strict)
      return false;
    if (!comparable(n.min, integer) || !comparable(n.max, integer)) return false;
    const { min, max } = p;
    if (min !== void 0 && !(comparable(min, integer) && n.min >= min)) return false;
    return max === void 0 || comparable(max, integer) && n.max <= max;
  },
  length_between: (c, p) => c.kind === "string" && c.lengths !== null && (p.min === void 0 || c.lengths.min >= Number(p.min)) && (p.max === void 0 || c.lengths.max <= Number(p.max)),
  // The profile matches its semantic patterns with the regex check's own polars `str.contains`
  // over every non-null value; merged parts only approximate that share, so one part only.
  regex: (c, p, profile) => profile.parts === 1 && c.kind === "string" && p.ignore_case !== true && c.semanticShare === 1 && c.semanticType !== null && c.semanticType in semanticPatterns && semanticPatterns[c.semanticType] === p.pattern
};
function provenResults(checks, profile, at) {
  const columns = new Map(profile.columns.map((c) => [c.name, c]));
  const ctx = profileContext(profile, at);
  return checks.map((inst) => {
    const proof = proofs[inst.type];
    const own = inst.columns();
    const c = own.length === 1 ? columns.get(own[0]) : void 0;
    if (!proof || !c || inst.where !== void 0 || !proof(c, inst.params, profile)) return void 0;
    let plan;
    try {
      plan = inst.def.logicalPlan(inst.params, ctx);
    } catch {
      return void 0;
    }
    if (plan.kind !== "row") return void 0;
    const judged = plan.judged === "all" ? profile.table.rows : plan.judged === void 0 ? c.count : void 0;
    if (judged === void 0) return void 0;
    return checkResult(inst, plan, { outcome: rowVerdict(plan, inst, 0, judged) }, []);
  });
}
async function runProven(suite, profiles, opts = {}) {
  const at = { now: opts.now ?? /* @__PURE__ */ new Date(), baseDir: suite.baseDir };
  const checks = { ...suite.checks };
  const proven = /* @__PURE__ */ new Map();
  for (const name of opts.sources ?? Object.keys(suite.checks)) {
    const profile = profiles[name];
    const list = suite.checks[name];
    const spec = suite.sources[name];
    if (!profile?.source.fingerprint || !list || !spec || isSqlSource(spec)) continue;
    const results = provenResults(list, profile, at);
    const rest = list.filter((_, i) => results[i] === void 0);
    if (rest.length === list.length || rest.length === 0) continue;
    checks[name] = rest;
    proven.set(name, results);
  }
  const plain = () => runSuite(suite, opts);
  if (proven.size === 0) return plain();
  const report = await runSuite({ ...suite, checks }, { ...opts, now: at.now });
  const sources = [];
  for (const s of report.sources) {
    const results = proven.get(s.name);
    if (!results) {
      sources.push(s);
      continue;
    }
    const { table, source } = profiles[s.name];
    if (s.error || s.rowCount !== table.rows || s.fingerprint === null || s.fingerprint !== source.fingerprint)
      return plain();
    const judged = s.checks.values();
    sources.push({ ...s, checks: results.map((r) => r ?? judged.next().value) });
  }
  return { ...report, ...verdictOver(sources, report.failOn) };
}
function profileContext(profile, at) {
  const unknown = () => {
    throw new Error("not known from a profile");
  };
  return {
    ...at,
    schema: Object.fromEntries(profile.columns.map((c) => [c.name, c.dtype])),
    get source() {
      return unknown();
    },
    other: unknown,
    frame: unknown
  };
}

// src/core/learn/zero-config.ts
async function buildZeroConfigSuite(paths, opts = {}) {
  const baseDir = opts.baseDir ?? process.cwd();
  const baseline = opts.baseline === void 0 ? void 0 : await loadBaseline(opts.baseline, baseDir);
  const used = /* @__PURE__ */ new Set();
  const file = { version: SUITE_VERSION, sources: {}, checks: {} };
  const selfLearned = [];
  const profiles = {};
  for (const path of paths) {
    let name = sourceNameFor(path);
    for (let i = 2; used.has(name); i++) name = `${sourceNameFor(path)}_${i}`;
    used.add(name);
    const own = opts.baselines?.[path];
    let profile = baseline ?? (own !== void 0 ? await loadBaseline(own, baseDir) : void 0);
    if (!profile) {
      selfLearned.push(name);
      profile = profiles[name] = await profileSource(openSource(name, { path }, { baseDir }), { baseDir });
    }
    const { suite } = proposeSuite(profile, {
      strictness: "loose",
      sourceName: name,
      sourcePath: path,
      ...opts.now ? { now: opts.now } : {}
    });
    Object.assign(file.sources, suite.sources);
    Object.assign(file.checks, suite.checks);
  }
  return {
    ...buildTypedSuite(file, { path: "<zero-config>", baseDir }),
    name: "zero-config",
    selfLearned,
    profiles
  };
}
function runZeroConfigSuite(suite, opts = {}) {
  return runProven(suite, suite.profiles, opts);
}
function warnSelfLearned(report, selfLearned) {
  const names = new Set(selfLearned);
  return {
    ...report,
    sources: report.sources.map(
      (s) => names.has(s.name) ? {
        ...s,
        warnings: [
          ...s.warnings ?? [],
          new TruthgateError("TG_ZERO_CONFIG_SELF_LEARNED", { path: s.uri }).toJSON()
        ]
      } : s
    )
  };
}
async function loadBaseline(path, baseDir) {
  const abs = resolve(baseDir, path);
  if (looksLikeProfile(abs)) return readProfileFile(abs);
  return profileSource(openSource("baseline", { path }, { baseDir }), { baseDir });
}
export {
  buildZeroConfigSuite,
  loadBaseline,
  runZeroConfigSuite,
  warnSelfLearned
};
