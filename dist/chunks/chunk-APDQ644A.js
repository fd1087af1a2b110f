import { createRequire as __tgCreateRequire } from 'node:module';
const require = __tgCreateRequire(import.meta.url);
import {
  CUSTOM_SQL_EXAMPLES,
  MASK,
  RESULT_SCHEMA_VERSION,
  SUBSELECT_ALIAS,
  SqlRenderer,
  UnsupportedInDialect,
  VERSION,
  chunkFrames,
  columnNotFound,
  csvSettings,
  customSqlOutcome,
  displayPath,
  dtypeName,
  executeSql,
  explainReadError,
  formatCount,
  formatPercent,
  isSqlSource,
  jsonSafe,
  lightExpr,
  localFile,
  mergesExactly,
  native,
  nearest,
  openSource,
  openSqlSource,
  parseTableName,
  polarsDetail,
  quoteIdent,
  rawExpr,
  require_nodejs_polars,
  severities,
  sqlColumns,
  toNumber
} from "./chunk-5XI7FNKQ.js";
import {
  fillTemplate
} from "./chunk-RMPF4MSH.js";
import {
  TruthgateError,
  asTruthgateError
} from "./chunk-A56JMUMU.js";
import {
  __toESM
} from "./chunk-BDDSI5QT.js";

// src/core/result/status.ts
var rank = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };
function severityRank(s) {
  return rank[s];
}
function atOrAbove(s, failOn) {
  return failOn !== "never" && rank[s] >= rank[failOn];
}
function summarize(checks) {
  const bySeverity = Object.fromEntries(severities.map((s) => [s, 0]));
  let passed = 0;
  let failed = 0;
  let errored = 0;
  let skipped = 0;
  for (const c of checks) {
    if (c.status === "pass") passed++;
    else if (c.status === "skip") skipped++;
    else {
      if (c.status === "fail") failed++;
      else errored++;
      bySeverity[c.severity]++;
    }
  }
  return { checks: checks.length, passed, failed, errored, skipped, bySeverity };
}
function runStatus(checks, failOn, sourceErrors = 0) {
  if (checks.some((c) => c.status === "fail" && atOrAbove(c.severity, failOn))) return "fail";
  if (sourceErrors > 0 || checks.some((c) => c.status === "error")) return "error";
  if (checks.some((c) => c.status === "fail")) return "warn";
  return "pass";
}
function verdictOver(sources, failOn) {
  const all = sources.flatMap((s) => s.checks);
  return {
    status: runStatus(all, failOn, sources.filter((s) => s.error).length),
    summary: summarize(all),
    sources
  };
}

// src/core/sources/csv-lines.ts
import { open } from "node:fs/promises";
var CHUNK = 1 << 20;
var LF = 10;
var CR = 13;
async function csvRowLines(path, rows, layout) {
  const scan = new LineScan(rows, layout);
  if (rows.length === 0) return scan.out;
  const buf = Buffer.allocUnsafe(CHUNK);
  const fh = await open(path, "r");
  try {
    for (; ; ) {
      const { bytesRead } = await fh.read(buf, 0, CHUNK, null);
      if (bytesRead === 0 || scan.feed(buf, bytesRead)) break;
    }
    scan.end();
    return scan.out;
  } finally {
    await fh.close();
  }
}
var LineScan = class {
  out = /* @__PURE__ */ new Map();
  wanted;
  last;
  q;
  comment;
  firstData;
  line = 1;
  recordLine = 1;
  record = 0;
  inQuotes = false;
  hasContent = false;
  /** Bytes of the comment prefix matched at the start of the record; -1 once it cannot match. */
  lead;
  isComment = false;
  done = false;
  constructor(rows, layout) {
    this.wanted = new Set(rows);
    this.last = rows.length ? Math.max(...rows) : -1;
    this.q = layout.quote.charCodeAt(0);
    this.comment = layout.commentPrefix ? Buffer.from(layout.commentPrefix) : void 0;
    this.firstData = layout.skipRows + (layout.header ? 1 : 0);
    this.lead = this.comment ? 0 : -1;
  }
  /** Scans `n` bytes of `buf`; true once the last wanted row is found. */
  feed(buf, n) {
    const block = buf.subarray(0, n);
    if (!this.comment && !this.inQuotes && block.indexOf(this.q) < 0) return this.feedPlain(block);
    const { q, comment } = this;
    let { line, inQuotes, hasContent, lead, isComment } = this;
    let found = false;
    for (let i = 0; i < n; i++) {
      const b = buf[i];
      if (b === LF) {
        line++;
        if (inQuotes) continue;
        if (!isComment && this.endRecord(this.recordLine)) {
          found = true;
          break;
        }
        hasContent = false;
        isComment = false;
        lead = comment ? 0 : -1;
        this.recordLine = line;
      } else if (b !== CR && !isComment) {
        if (lead >= 0) {
          if (b === comment[lead]) {
            isComment = ++lead === comment.length;
            continue;
          }
          hasContent ||= lead > 0;
          lead = -1;
        }
        if (b === q) inQuotes = !inQuotes;
        hasContent = true;
      }
    }
    this.line = line;
    this.inQuotes = inQuotes;
    this.hasContent = hasContent;
    this.lead = lead;
    this.isComment = isComment;
    return found;
  }
  /**
   * A block without quotes outside a quoted field and without comment lines: every newline ends a
   * record, found by indexOf (native) instead of testing every byte, which cost seconds on
   * samples late in a large file.
   */
  feedPlain(block) {
    let start = 0;
    for (let nl = block.indexOf(LF); nl >= 0; nl = block.indexOf(LF, nl + 1)) {
      this.line++;
      if (this.endRecord(this.recordLine)) return true;
      this.recordLine = this.line;
      this.hasContent = false;
      start = nl + 1;
    }
    for (let i = start; i < block.length && !this.hasContent; i++) this.hasContent = block[i] !== CR;
    return false;
  }
  /** The last record may end without a newline; nothing after the final newline is no record. */
  end() {
    if (!this.done && !this.isComment && (this.hasContent || this.lead > 0)) this.endRecord(this.recordLine);
  }
  endRecord(line) {
    const row = this.record - this.firstData;
    if (this.wanted.has(row)) this.out.set(row, line);
    this.record++;
    this.done = row >= this.last;
    return this.done;
  }
};
async function addSampleLines(source, samples) {
  if (source.format !== "csv" && source.format !== "tsv") return;
  const o = source.spec.options ?? {};
  const st = csvSettings(source.format, o);
  const layout = {
    quote: st.quote,
    header: st.header,
    skipRows: o.skip_rows ?? 0,
    ...o.comment_prefix ? { commentPrefix: o.comment_prefix } : {}
  };
  const byFile = /* @__PURE__ */ new Map();
  for (const s of samples) {
    const file = s.file ?? (source.files.length === 1 ? source.files[0] : void 0);
    if (file !== void 0) byFile.set(file, [...byFile.get(file) ?? [], s]);
  }
  await Promise.all(
    [...byFile].map(async ([file, list]) => {
      const rowOf = (s) => s.file !== void 0 ? s.fileRow ?? s.row : s.row;
      if (source.lineRecords?.has(file)) {
        for (const s of list) s.line = rowOf(s) + 1 + (layout.header ? 1 : 0);
        return;
      }
      try {
        const lines = await csvRowLines(localFile(file), list.map(rowOf), layout);
        for (const s of list) {
          const line = lines.get(rowOf(s));
          if (line !== void 0) s.line = line;
        }
      } catch {
      }
    })
  );
}

// src/core/engine/message.ts
function formatOutcomeMessage(o, describe, mostly) {
  if (describe === void 0 || o.failingCount == null) return o.message ?? (o.pass ? "passed" : "failed");
  const failing = o.failingCount;
  const judged = o.judgedCount ?? 0;
  if (failing === 0) return `no ${describe} in ${formatCount(judged)} rows`;
  const share = `${formatCount(failing)} of ${formatCount(judged)} rows (${formatPercent(o.failingFraction ?? 0)}) have ${describe}`;
  if (mostly === void 0) return share;
  return `${share}; tolerated up to ${formatPercent(1 - mostly)}`;
}

// src/core/engine/samples.ts
var import_nodejs_polars2 = __toESM(require_nodejs_polars(), 1);

// src/core/engine/values.ts
function sampleValues(rec, key, req, sensitive) {
  const values = {};
  for (const c of /* @__PURE__ */ new Set([...key, ...req.columns])) {
    const v = jsonSafe(rec[c]);
    values[c] = sensitive.has(c) ? MASK : req.mask && req.columns.includes(c) ? req.mask(v) : v;
  }
  return values;
}

// src/core/engine/native.ts
var import_nodejs_polars = __toESM(require_nodejs_polars(), 1);
function native2(e) {
  return rawExpr(e);
}
function wrap(n) {
  return lightExpr(n);
}
var output = wrap;
var rowIndex;
var NativeCache = class {
  cols = /* @__PURE__ */ new Map();
  /** Column expressions handed to checks through their context (light wrappers of `col`). */
  exprs = /* @__PURE__ */ new Map();
  /** Derived columns of the source's checks, by name (see CheckContext.derived). */
  derived = /* @__PURE__ */ new Map();
  len = native.len();
  rowIndex = rowIndex ??= native2(import_nodejs_polars.default.intRange(0, import_nodejs_polars.default.len()).cast(import_nodejs_polars.default.UInt32));
  col(name) {
    let c = this.cols.get(name);
    if (!c) {
      c = native.col(name);
      this.cols.set(name, c);
    }
    return c;
  }
  /** The column as an Expr for a check's context, sharing the native column. */
  expr(name) {
    let e = this.exprs.get(name);
    if (!e) {
      e = lightExpr(this.col(name));
      this.exprs.set(name, e);
    }
    return e;
  }
  /** True where every named column is non-null (the rows a value check judges). */
  allNotNull(columns) {
    return columns.map((c) => this.col(c).isNotNull()).reduce((a, b) => a.and(b));
  }
};

// src/core/engine/samples.ts
function sampleExprs(spec, failing, size, nc) {
  const first = (e) => e.filter(failing).head(size).implode();
  return [
    output(first(nc.rowIndex).alias(spec.rows)),
    ...Object.entries(spec.values).map(([col, alias]) => output(first(nc.col(col)).alias(alias)))
  ];
}
function mergeSample(spec, rec, lists, rowOffset, size) {
  const have = lists[spec.rows] ??= [];
  const room = size - have.length;
  if (room <= 0) return;
  const rows = (rec[spec.rows] ?? []).slice(0, room);
  have.push(...rows.map((r) => Number(r) + rowOffset));
  for (const alias of Object.values(spec.values)) {
    (lists[alias] ??= []).push(...(rec[alias] ?? []).slice(0, rows.length));
  }
}
async function fileOffsets(source) {
  const counts = await Promise.all(
    source.lazyFiles().map(async (lf) => Number((await lf.select(import_nodejs_polars2.default.len().alias("n")).collect()).getColumn("n").get(0)))
  );
  const offsets = [];
  let acc = 0;
  for (const n of counts) {
    offsets.push(acc);
    acc += n;
  }
  return offsets;
}
function buildSamples(spec, metrics, source, key, offsets) {
  const rows = metrics[spec.rows] ?? [];
  const sensitive = new Set(source.spec.sensitive ?? []);
  return rows.map((r, i) => {
    const row = Number(r);
    const rec = {};
    for (const [col, alias] of Object.entries(spec.values)) rec[col] = metrics[alias][i];
    const sample = { row, values: sampleValues(rec, key, spec, sensitive) };
    if (offsets && offsets.length > 1) {
      let f = offsets.length - 1;
      while (f > 0 && offsets[f] > row) f--;
      sample.file = source.files[f];
      sample.fileRow = row - offsets[f];
    }
    return sample;
  });
}

// src/core/engine/merge.ts
async function judgeChecks(plan, metrics) {
  const out = [];
  for (const p of plan.checks) {
    if (p.error || !p.plan) {
      out.push({ error: p.error ?? noOutcome() });
      continue;
    }
    try {
      out.push({ outcome: await judge(p, p.plan, metrics) });
    } catch (err) {
      out.push({
        error: new TruthgateError("TG_CHECK_ERROR", {
          check: p.inst.id,
          detail: asTruthgateError(err).message
        })
      });
    }
  }
  return out;
}
async function judge(p, plan, m) {
  if (plan.kind === "row")
    return rowVerdict(
      plan,
      p.inst,
      toNumber(m[p.row.failing.name]) ?? 0,
      toNumber(m[p.row.judged.name]) ?? 0
    );
  if (plan.kind === "aggregate") {
    const own = {};
    for (const [name, alias] of Object.entries(p.metrics ?? {})) own[name] = m[alias];
    return plan.evaluate(own);
  }
  return plan.run();
}
function rowVerdict(plan, inst, failing, judged) {
  const fraction = judged > 0 ? failing / judged : 0;
  const tolerated = inst.mostly === void 0 ? plan.tolerated : 1 - inst.mostly;
  const pass = tolerated === void 0 ? failing === 0 : fraction <= tolerated + 1e-12;
  return {
    pass,
    observed: failing,
    expected: plan.expected,
    failingCount: failing,
    failingFraction: fraction,
    judgedCount: judged
  };
}
async function collectSamples(plan, judged, queried2) {
  const { source } = plan;
  const failing = (i) => {
    const j = judged[i];
    return plan.checks[i].row?.sample !== void 0 && "outcome" in j && !j.outcome.pass;
  };
  let offsets = queried2.offsets;
  if (!offsets && source.files.length > 1 && plan.checks.some((_, i) => failing(i))) {
    try {
      offsets = await fileOffsets(source);
    } catch {
    }
  }
  const samples = plan.checks.map(
    (p, i) => failing(i) ? buildSamples(p.row.sample, queried2.metrics, source, plan.key, offsets) : []
  );
  await addSampleLines(source, samples.flat());
  const shown = new Map(source.files.map((f, i) => [f, source.shownFiles[i]]));
  for (const s of samples.flat()) if (s.file !== void 0) s.file = shown.get(s.file) ?? s.file;
  return samples;
}
function checkResult(inst, plan, judged, samples) {
  const common = {
    id: inst.id,
    type: inst.type,
    columns: inst.columns(),
    severity: inst.severity,
    ...inst.tags.length ? { tags: inst.tags } : {},
    ...inst.description ? { description: inst.description } : {},
    ...inst.where ? { where: inst.where } : {},
    ...inst.mostly !== void 0 ? { mostly: inst.mostly } : {}
  };
  if ("error" in judged) {
    const e = judged.error;
    return {
      ...common,
      status: "error",
      observed: null,
      expected: null,
      failingCount: null,
      failingFraction: null,
      samples: [],
      message: e.message,
      errorCode: e.code
    };
  }
  const o = judged.outcome;
  const row = plan?.kind === "row" ? plan : void 0;
  return {
    ...common,
    status: o.skipped ? "skip" : o.pass ? "pass" : "fail",
    observed: o.observed,
    expected: o.expected,
    failingCount: o.failingCount ?? null,
    failingFraction: o.failingFraction ?? null,
    ...o.judgedCount !== void 0 ? { judgedCount: o.judgedCount } : {},
    samples,
    message: formatOutcomeMessage(o, row?.describe, row ? rowMostly(row, inst) : inst.mostly)
  };
}
function rowMostly(plan, inst) {
  if (inst.mostly !== void 0) return inst.mostly;
  return plan.tolerated !== void 0 ? 1 - plan.tolerated : void 0;
}
function sourceResult(source, found, baseDir) {
  return {
    name: source.name,
    uri: source.uri,
    format: source.format,
    ...source.files.length > 1 ? { files: source.files.map((f) => displayPath(f, baseDir ?? process.cwd())) } : {},
    rowCount: found.rowCount,
    columnCount: found.columns.length,
    ...warningsOf(source, found.rowCount, found.columns),
    fingerprint: source.fingerprint,
    durationMs: Math.round(found.durationMs),
    checks: found.checks
  };
}
function warningsOf(source, rowCount, columns) {
  const all = [...source.warnings];
  if (rowCount === 0) {
    const path = source.files.length === 1 ? source.uri : `${source.uri} (${source.files.length} files)`;
    all.push(new TruthgateError("TG_SOURCE_NO_ROWS", { path, columns: columns.join(", ") || "(none)" }));
  }
  return all.length > 0 ? { warnings: all.map((w) => w.toJSON()) } : {};
}
function erroredSource(base, err, checks) {
  return {
    ...base,
    rowCount: null,
    columnCount: null,
    error: err.toJSON(),
    checks: checks.map((inst) => ({
      id: inst.id,
      type: inst.type,
      columns: inst.columns(),
      severity: inst.severity,
      status: "error",
      observed: null,
      expected: null,
      failingCount: null,
      failingFraction: null,
      samples: [],
      message: `source could not be read: ${err.code}`,
      errorCode: err.code
    }))
  };
}
function noOutcome() {
  return new TruthgateError("TG_INTERNAL", { detail: "check produced no outcome" });
}

// src/core/engine/run-suite.ts
import { randomUUID } from "node:crypto";

// src/core/engine/run-source.ts
var import_nodejs_polars6 = __toESM(require_nodejs_polars(), 1);

// src/core/engine/chunked.ts
var import_nodejs_polars4 = __toESM(require_nodejs_polars(), 1);

// src/core/engine/plan.ts
import { setImmediate as nextTurn } from "node:timers/promises";

// src/core/engine/context.ts
var import_nodejs_polars3 = __toESM(require_nodejs_polars(), 1);
var SqlColumns = class {
  byExpr = /* @__PURE__ */ new Map();
  /** Expressions per alias, shared by the checks using them (light wrappers, see native.ts). */
  cols = /* @__PURE__ */ new Map();
  masks = /* @__PURE__ */ new Map();
  /** The expression's column in the fused query. */
  col(alias) {
    let c = this.cols.get(alias);
    if (!c) {
      c = lightExpr(native.col(alias));
      this.cols.set(alias, c);
    }
    return c;
  }
  /** The expression's column as a row-aligned boolean, null counting as false (a `where` filter). */
  mask(alias) {
    let m = this.masks.get(alias);
    if (!m) {
      m = lightExpr(native.col(alias).fillNull(native.lit(false)));
      this.masks.set(alias, m);
    }
    return m;
  }
  alias(expression) {
    let a = this.byExpr.get(expression);
    if (!a) {
      a = `__tg_sql${this.byExpr.size}`;
      this.byExpr.set(expression, a);
    }
    return a;
  }
  get size() {
    return this.byExpr.size;
  }
  entries() {
    return [...this.byExpr.entries()];
  }
  /** The source frame with every registered SQL column appended. */
  apply(lf, only) {
    const cols = this.entries().filter(([, a]) => !only || only.has(a));
    if (cols.length === 0) return lf;
    const projections = cols.map(([e, a]) => `(${e}) AS "${a}"`).join(", ");
    return executeSql({ src: lf }, `SELECT *, ${projections} FROM src`);
  }
};
function makeContext(input) {
  const column = input.column ?? ((name) => lightExpr(native.col(name)));
  const col = (name) => {
    input.reads.add(name);
    return column(name);
  };
  const aliasOf = (expression) => {
    const a = input.sql.alias(expression);
    input.used.add(a);
    return a;
  };
  const whereCol = input.where ? input.sql.mask(aliasOf(input.where)) : void 0;
  return {
    source: input.source,
    schema: input.schema,
    now: input.now,
    baseDir: input.baseDir,
    col,
    values: (name) => whereCol ? col(name).filter(whereCol) : col(name),
    rows: () => whereCol ? whereCol.sum() : import_nodejs_polars3.default.len(),
    mask: () => whereCol,
    sql: (expression) => input.sql.col(aliasOf(expression)),
    derived: (name, build, shortcut) => {
      if (!input.derived.has(name)) {
        const named = (e) => lightExpr(rawExpr(e).alias(name));
        const s = shortcut?.();
        input.derived.set(name, {
          expr: named(build()),
          ...s && { shortcut: { ...s, expr: named(s.expr) } }
        });
      }
      input.derivedUsed.add(name);
      return column(name);
    },
    other: input.others,
    ...input.where ? { where: input.where } : {},
    ...input.history ? { history: input.history } : {},
    frame: () => {
      const lf = input.source.lazy();
      if (!input.where) return lf;
      return executeSql({ src: lf }, `SELECT * FROM src WHERE ${input.where}`);
    }
  };
}

// src/core/engine/plan.ts
function unproven(deferred, metrics) {
  return deferred !== void 0 && metrics[deferred.flag] !== true;
}
var FUSED_SAMPLE_LISTS = 1e3;
async function probeSchema(base) {
  const probe = await base.head(0).collect();
  const columns = probe.columns;
  const types = probe.dtypes;
  const polars = Object.fromEntries(columns.map((c, i) => [c, types[i]]));
  return {
    columns,
    polars,
    dtypes: Object.fromEntries(columns.map((c, i) => [c, dtypeName(types[i])]))
  };
}
var SLICE_MS = 50;
async function planSource(source, checks, opts) {
  const base = source.lazy();
  const schema = await probeSchema(base);
  const sql = new SqlColumns();
  const nc = new NativeCache();
  const key = (source.spec.key ?? []).filter((k) => k in schema.dtypes);
  const planned = [];
  const rows = [];
  const shared = source.chunked ? void 0 : new SharedOutputs();
  let slice = performance.now();
  for (const [i, inst] of checks.entries()) {
    planned.push(planCheck(inst, i, { source, schema, key, sql, nc, shared, rows }, opts));
    if (performance.now() - slice > SLICE_MS) {
      await nextTurn();
      slice = performance.now();
    }
  }
  finishRows(rows, source);
  const badSql = await invalidSqlAliases(base, sql);
  for (const p of planned) {
    const bad = [...p.sqlUsed].find((a) => badSql.has(a));
    if (!p.error && bad)
      p.error = new TruthgateError("TG_CHECK_ERROR", { check: p.inst.id, detail: badSql.get(bad) });
  }
  const goodSql = new Set(
    sql.entries().map(([, a]) => a).filter((a) => !badSql.has(a))
  );
  return {
    source,
    schema,
    base,
    key,
    checks: planned,
    sql,
    goodSql,
    frame: sql.apply(base, goodSql),
    derived: nc.derived
  };
}
function slicesCheaply(source) {
  return !source.chunked && (source.format === "parquet" || source.format === "arrow");
}
function finishRows(drafts, source) {
  const sliced = (d) => slicesCheaply(source) && d.planned.exact && !d.clean;
  const direct = drafts.filter((d) => d.planned.row.sample && !d.clean && !sliced(d));
  const lists = direct.reduce((n, d) => n + 1 + Object.keys(d.planned.row.sample.values).length, 0);
  const late = source.chunked || lists <= FUSED_SAMPLE_LISTS ? void 0 : "frame";
  for (const d of drafts) finishRow(d, sliced(d) ? "slices" : late);
}
var SharedOutputs = class {
  outputs = /* @__PURE__ */ new Map();
  get(key, build) {
    let o = this.outputs.get(key);
    if (!o) {
      const name = `__tg_s${this.outputs.size}`;
      o = { name, expr: output(build().alias(name)) };
      this.outputs.set(key, o);
    }
    return o;
  }
};
function outputsOf(list, own) {
  const shared = /* @__PURE__ */ new Map();
  for (const p of list) for (const o of p.shared ?? []) shared.set(o.name, o.expr);
  return [...shared.values(), ...list.flatMap(own)];
}
function queried(plan) {
  return plan.checks.filter((p) => !p.error && p.exprs.length > 0);
}
async function isolateBrokenChecks(plan, list) {
  if (list.length === 0) return 0;
  let broken = 0;
  const empty = plan.frame.head(0);
  const all = (p) => [...p.exprs, ...p.deferred?.exprs ?? []];
  try {
    await withMasks(plan, empty, list).select(...outputsOf(list, all)).collect();
    return 0;
  } catch {
  }
  for (const p of list) {
    try {
      await withMasks(plan, empty, [p]).select(...outputsOf([p], all)).collect();
    } catch (err) {
      broken++;
      p.error = new TruthgateError("TG_CHECK_ERROR", { check: p.inst.id, detail: polarsDetail(err) });
    }
  }
  return broken;
}
function planCheck(inst, i, at, opts) {
  const { source, schema, key, sql, nc } = at;
  const planned = {
    inst,
    exact: false,
    exprs: [],
    sqlUsed: /* @__PURE__ */ new Set(),
    reads: /* @__PURE__ */ new Set(),
    derivedUsed: /* @__PURE__ */ new Set()
  };
  const own = inst.columns();
  const missing = own.find((c) => !(c in schema.dtypes));
  if (missing !== void 0) {
    planned.error = columnNotFound(missing, source.name, schema.columns, nearest(missing, schema.columns));
    return planned;
  }
  try {
    const ctx = makeContext({
      source,
      schema: schema.dtypes,
      now: opts.now,
      baseDir: opts.baseDir ?? process.cwd(),
      where: inst.where,
      sql,
      used: planned.sqlUsed,
      reads: planned.reads,
      derived: nc.derived,
      derivedUsed: planned.derivedUsed,
      others: opts.others,
      ...opts.history ? { history: opts.history } : {},
      column: (name) => nc.expr(name)
    });
    const plan = inst.plan(ctx);
    planned.plan = withoutExprs(plan);
    planned.exact = mergesExactly(inst.def, plan);
    for (const c of [...own, ...key]) planned.reads.add(c);
    const prefix = `__tg_c${i}_`;
    if (plan.kind === "row")
      at.rows.push(planRow(planned, plan, prefix, key, sql, nc, opts.sampleSize, at.shared));
    else if (plan.kind === "aggregate") {
      planned.metrics = {};
      for (const [name, e] of Object.entries(plan.metrics)) {
        planned.exprs.push(output(native2(e).alias(prefix + name)));
        planned.metrics[name] = prefix + name;
      }
    }
  } catch (err) {
    planned.error = err instanceof TruthgateError ? err : new TruthgateError("TG_CHECK_ERROR", { check: inst.id, detail: asTruthgateError(err).message });
  }
  return planned;
}
function withMasks(plan, frame, checks, masked = () => true, shortcuts = false) {
  const used = derivedRead(checks);
  let out = frame;
  for (const [name, d] of plan.derived)
    if (used.has(name)) out = out.withColumns(shortcuts && d.shortcut ? d.shortcut.expr : d.expr);
  const masks = checks.flatMap((p) => p.row?.mask && masked(p) ? [p.row.mask] : []);
  return masks.length ? out.withColumns(...masks) : out;
}
var derivedRead = (checks) => new Set(checks.flatMap((p) => [...p.derivedUsed]));
function planRow(planned, plan, prefix, key, sql, nc, sampleSize, shared) {
  const own = planned.inst.columns();
  const where = planned.inst.where ? sql.alias(planned.inst.where) : void 0;
  const mask = where === void 0 ? void 0 : nc.col(where);
  const judged = judgedNative(plan, own, nc);
  let failing = native2(plan.fails);
  if (judged !== "all") failing = failing.and(judged);
  if (mask) failing = failing.and(mask);
  const judgedRows = () => judged === "all" ? mask ? mask.sum() : nc.len : (mask ? judged.and(mask) : judged).sum();
  if (shared && (plan.judged === void 0 || plan.judged === "all")) {
    const judgedOut = shared.get(JSON.stringify([where ?? null, judged === "all" ? null : own]), judgedRows);
    planned.shared = [judgedOut];
  }
  const shown = [.../* @__PURE__ */ new Set([...key, ...own])];
  const sample = sampleSize > 0 ? {
    rows: `${prefix}r`,
    values: Object.fromEntries(shown.map((c, k) => [c, `${prefix}v${k}`])),
    columns: own,
    ...plan.maskSample ? { mask: plan.maskSample } : {}
  } : void 0;
  const [maskName, failingName] = [`${prefix}m`, `${prefix}f`];
  let maskColumn;
  let samples;
  let counted = failing;
  let failingOut;
  planned.row = {
    get failing() {
      return failingOut ??= { name: failingName, expr: output(counted.sum().alias(failingName)) };
    },
    judged: planned.shared?.[0] ?? { name: `${prefix}j`, expr: output(judgedRows().alias(`${prefix}j`)) },
    ...sample ? { sample } : {},
    get mask() {
      return sample ? maskColumn ??= output(failing.alias(maskName)) : void 0;
    },
    get samples() {
      return samples ??= sample ? sampleExprs(sample, nc.col(maskName), sampleSize, nc) : [];
    }
  };
  return {
    planned,
    prefix,
    countFromMask: () => {
      counted = nc.col(maskName);
    },
    ...plan.clean ? { clean: native2(plan.clean) } : {}
  };
}
function finishRow(draft, late) {
  const p = draft.planned;
  const row = p.row;
  if (row.sample && (draft.clean || !late)) draft.countFromMask();
  const judged = p.shared ? [] : [row.judged.expr];
  if (draft.clean) {
    const flag = `${draft.prefix}k`;
    p.exprs.push(...judged, output(draft.clean.alias(flag)));
    p.deferred = { flag, exprs: [row.failing.expr, ...row.samples] };
  } else {
    p.exprs.push(row.failing.expr, ...judged);
    if (row.sample && !late) p.exprs.push(...row.samples);
    else if (row.sample) p.lateSamples = late;
  }
}
function withoutExprs(plan) {
  if (plan.kind === "row") {
    const { fails: _fails, judged: _judged, clean: _clean, ...rest } = plan;
    return rest;
  }
  if (plan.kind === "aggregate") {
    const { metrics: _metrics, ...rest } = plan;
    return rest;
  }
  return plan;
}
function judgedNative(plan, columns, nc) {
  if (plan.judged === "all") return "all";
  if (plan.judged !== void 0) return native2(plan.judged);
  return columns.length === 0 ? "all" : nc.allNotNull(columns);
}
async function invalidSqlAliases(base, sql) {
  const bad = /* @__PURE__ */ new Map();
  if (sql.size === 0) return bad;
  const empty = base.head(0);
  for (const [expression, alias] of sql.entries()) {
    try {
      await executeSql({ src: empty }, `SELECT (${expression}) AS "${alias}" FROM src`).collect();
    } catch (err) {
      bad.set(alias, `invalid SQL expression \`${expression}\`: ${polarsDetail(err)}`);
    }
  }
  return bad;
}

// src/core/engine/shortcut-query.ts
var EXACT = "__tg_exact:";
async function queryRow(q) {
  const used = derivedRead(q.checks);
  const exact = q.shortcuts ? [...q.plan.derived].flatMap(
    ([name, d]) => used.has(name) && d.shortcut ? [lightExpr(rawExpr(d.shortcut.exact).alias(EXACT + name))] : []
  ) : [];
  const run = async (shortcuts, extra) => {
    const df = await withMasks(q.plan, q.frame, q.checks, q.masked, shortcuts).select(...q.exprs, ...extra).collect();
    return df.toRecords()[0] ?? {};
  };
  if (exact.length === 0) return { row: await run(false, []), shortcuts: q.shortcuts };
  const row = await run(true, exact);
  const held = Object.keys(row).every((k) => !k.startsWith(EXACT) || row[k] === true);
  if (!held) return { row: await run(false, []), shortcuts: false };
  for (const k of Object.keys(row)) if (k.startsWith(EXACT)) delete row[k];
  return { row, shortcuts: true };
}

// src/core/engine/chunked.ts
function splitByMergeability(list) {
  const work = { reads: /* @__PURE__ */ new Set(), local: [], masked: [], localSamples: [], global: [] };
  for (const p of list) {
    for (const c of p.reads) work.reads.add(c);
    if (!p.row || !p.exact || p.deferred) {
      work.global.push({
        check: p,
        exprs: p.exprs,
        keep: /* @__PURE__ */ new Set([...p.reads, ...p.sqlUsed]),
        ...p.deferred ? { deferred: p.deferred } : {}
      });
      continue;
    }
    work.masked.push(p);
    work.local.push(p.row.failing, p.row.judged);
    if (p.row.sample) work.localSamples.push({ spec: p.row.sample, exprs: p.row.samples });
  }
  return work;
}
async function chunkedQuery(plan, list, sampleSize) {
  const input = { ...splitByMergeability(list), sql: plan.sql, goodSql: plan.goodSql, sampleSize };
  const columns = plan.schema.columns;
  const aliases = input.sql.entries().map(([, a]) => a).filter((a) => input.goodSql.has(a));
  const keep = [...new Set(input.global.flatMap((g) => [...g.keep]))];
  const localExprs = [...input.local.map((o) => o.expr), ...input.localSamples.flatMap((s) => s.exprs)];
  const read = new Set(input.reads);
  const good = input.sql.entries().filter(([, alias]) => input.goodSql.has(alias));
  if (good.length) for (const c of sqlColumns(good.map(([e]) => e).join("\n"), columns)) read.add(c);
  if (read.size === 0 && columns.length) read.add(columns[0]);
  const sums = {};
  const lists = {};
  const offsets = [];
  const kept = [];
  let rowCount = 0;
  const withSql = (lf) => aliases.length ? input.sql.apply(lf, input.goodSql) : lf;
  const keepsSql = keep.some((c) => aliases.includes(c));
  let pending;
  for await (const chunk of chunkFrames(plan.source, plan.schema.polars, { only: read })) {
    if (chunk.fileRow === 0) offsets.push(chunk.row);
    rowCount += chunk.frame.height;
    await pending;
    if (localExprs.length) {
      const { frame, row } = chunk;
      pending = queryRow({
        plan,
        frame: withSql(frame.lazy()),
        checks: input.masked,
        exprs: localExprs,
        shortcuts: true
      }).then(({ row: rec }) => {
        for (const { name } of input.local) sums[name] = (sums[name] ?? 0) + (toNumber(rec[name]) ?? 0);
        for (const { spec } of input.localSamples) mergeSample(spec, rec, lists, row, input.sampleSize);
      });
      pending.catch(() => void 0);
    }
    if (input.global.length) {
      const marker = import_nodejs_polars4.default.col(chunk.frame.columns[0]).isNull().alias("__tg_one");
      const columns2 = keep.length ? keep : [marker];
      kept.push(
        keepsSql ? withSql(chunk.frame.lazy()).select(...columns2).collectSync() : chunk.frame.select(...columns2)
      );
    }
  }
  const metrics = {};
  if (input.global.length) {
    const all = kept.length ? import_nodejs_polars4.default.concat(kept, { how: "vertical", rechunk: false }) : import_nodejs_polars4.default.DataFrame({});
    kept.length = 0;
    let shortcuts = true;
    const evaluate2 = async (exprs, checks) => {
      const result = await queryRow({ plan, frame: all.lazy(), checks, exprs, shortcuts });
      shortcuts = result.shortcuts;
      Object.assign(metrics, result.row);
    };
    await Promise.all([
      pending,
      evaluate2(
        input.global.flatMap((g) => g.exprs),
        input.global.filter((g) => !g.deferred).map((g) => g.check)
      )
    ]);
    for (const { deferred, check } of input.global)
      if (unproven(deferred, metrics)) await evaluate2(deferred.exprs, [check]);
  } else await pending;
  return { rowCount, metrics: { ...sums, ...lists, ...metrics }, offsets };
}

// src/core/engine/fused.ts
var import_nodejs_polars5 = __toESM(require_nodejs_polars(), 1);
async function fusedQuery(plan, list, sampleSize) {
  const exprs = [import_nodejs_polars5.default.len().alias("__tg_rows"), ...outputsOf(list, (p) => p.exprs)];
  const masked = (p) => !p.deferred && !p.lateSamples;
  const { row: metrics, shortcuts } = await queryRow({
    plan,
    frame: plan.frame,
    checks: list,
    exprs,
    masked,
    shortcuts: true
  });
  const failingRows = (p) => toNumber(metrics[p.row.failing.name]) ?? 0;
  const again = list.filter(
    (p) => unproven(p.deferred, metrics) || p.lateSamples === "frame" && failingRows(p) > 0
  );
  const dirty = again.flatMap((p) => p.deferred ? p.deferred.exprs : p.row.samples);
  if (dirty.length) {
    const rest = await queryRow({ plan, frame: plan.frame, checks: again, exprs: dirty, shortcuts });
    Object.assign(metrics, rest.row);
  }
  const rowCount = toNumber(metrics.__tg_rows) ?? 0;
  const sliced = list.filter((p) => p.lateSamples === "slices" && failingRows(p) > 0);
  if (sliced.length) {
    const wanted = (p) => Math.min(sampleSize, failingRows(p));
    Object.assign(metrics, await samplesFromSlices(plan, sliced, wanted, rowCount, sampleSize, shortcuts));
  }
  return { rowCount, metrics };
}
var FIRST_SLICE = 65536;
var SLICE_GROWTH = 4;
async function samplesFromSlices(plan, checks, wanted, rowCount, sampleSize, shortcuts) {
  const lists = {};
  let pending = checks;
  for (let offset = 0, length = FIRST_SLICE; pending.length && offset < rowCount; ) {
    const frame = plan.frame.slice(offset, length);
    const exprs = pending.flatMap((p) => p.row.samples);
    const { row: rec } = await queryRow({ plan, frame, checks: pending, exprs, shortcuts });
    for (const p of pending) mergeSample(p.row.sample, rec, lists, offset, sampleSize);
    pending = pending.filter((p) => lists[p.row.sample.rows].length < wanted(p));
    offset += length;
    length *= SLICE_GROWTH;
  }
  return lists;
}

// src/core/engine/run-source.ts
async function runSource(source, checks, opts) {
  const t0 = performance.now();
  const failed = (err) => sourceError(source, explainReadError(source, err, opts.baseDir), checks, t0);
  let plan;
  try {
    plan = await planSource(source, checks, opts);
  } catch (err) {
    return failed(err);
  }
  for (const p of plan.checks)
    if (p.error?.code === "TG_CHECK_DTYPE") p.error = await withExample(plan.base, p.error);
  const query = (list2) => source.chunked ? chunkedQuery(plan, list2, opts.sampleSize) : fusedQuery(plan, list2, opts.sampleSize);
  const list = queried(plan);
  let answers;
  try {
    answers = await query(list);
  } catch (err) {
    if (await isolateBrokenChecks(plan, list) === 0) return failed(err);
    try {
      answers = await query(list.filter((p) => !p.error));
    } catch (err2) {
      return failed(err2);
    }
  }
  const judged = await judgeChecks(plan, answers.metrics);
  const samples = await collectSamples(plan, judged, answers);
  const results = plan.checks.map((p, i) => checkResult(p.inst, p.plan, judged[i], samples[i]));
  return sourceResult(
    source,
    {
      rowCount: answers.rowCount,
      columns: plan.schema.columns,
      checks: results,
      durationMs: performance.now() - t0
    },
    opts.baseDir
  );
}
async function withExample(base, err) {
  const column = String(err.params.column);
  if (err.params.dtype !== "String") return err;
  try {
    const v = import_nodejs_polars6.default.col("v");
    const df = await base.select(import_nodejs_polars6.default.intRange(0, import_nodejs_polars6.default.len()).alias("r"), import_nodejs_polars6.default.col(column).alias("v")).filter(v.isNotNull().and(v.cast(import_nodejs_polars6.default.Float64, false).isNull())).head(1).collect();
    if (df.height === 0) return err;
    const { r, v: value } = df.toRecords()[0];
    const shown = value.length > 40 ? `${value.slice(0, 40)}\u2026` : value;
    return new TruthgateError("TG_CHECK_DTYPE", {
      ...err.params,
      example: ` (e.g. value '${shown}' at row ${r + 1})`
    });
  } catch {
    return err;
  }
}
function sourceError(source, err, checks, t0) {
  const { name, uri, format, fingerprint } = source;
  return erroredSource(
    { name, uri, format, fingerprint, durationMs: Math.round(performance.now() - t0) },
    err,
    checks
  );
}

// src/core/checks/backends.ts
function renderForDialect(plan, dialect, schema, where, windows, relation) {
  if (plan.kind === "standalone") throw new UnsupportedInDialect("the check runs its own query");
  const renderer = new SqlRenderer(dialect, where, windows, schema, relation);
  if (plan.kind === "aggregate") {
    const metrics = {};
    for (const [k, e] of Object.entries(plan.metrics)) metrics[k] = renderer.aggregate(e.node);
    return { kind: "aggregate", renderer, metrics };
  }
  const fails = renderer.row(plan.fails.node);
  const judged = plan.judged === void 0 || plan.judged === "all" ? void 0 : renderer.row(plan.judged.node);
  return {
    kind: "row",
    renderer,
    fails,
    judged,
    clean: plan.clean && optional(() => renderer.aggregate(plan.clean.node))
  };
}
function optional(render) {
  try {
    return render();
  } catch (err) {
    if (err instanceof UnsupportedInDialect) return void 0;
    throw err;
  }
}
function unsupportedBackend(check, dialect, reason) {
  return new TruthgateError("TG_CHECK_UNSUPPORTED_BACKEND", { check, backend: dialect.title, reason });
}
var OTHER_SOURCE_IN_DATABASE = "runs in the database only when the source it reads is a table or query of the same connection";

// src/core/sql/pushdown.ts
var ROW_COUNT = "__tg_rows";
function relationSql(relation, dialect) {
  return "table" in relation ? relation.table.map((p) => quoteIdent(dialect, p)).join(".") : `(${relation.query}) AS ${quoteIdent(dialect, "__tg_q")}`;
}
function withWindows(from, windows, dialect) {
  if (windows.size === 0) return from;
  const cols = [...windows].map(([sql, alias]) => `${sql} AS ${quoteIdent(dialect, alias)}`);
  const barrier = [...windows.values()].some((a) => a.startsWith(SUBSELECT_ALIAS)) ? " OFFSET 0" : "";
  return `(SELECT *, ${cols.join(", ")} FROM ${from}${barrier}) AS ${quoteIdent(dialect, "__tg_src")}`;
}
function compilePushdown(input) {
  const { dialect: d, ctx } = input;
  const from = relationSql(input.relation, d);
  const columns = Object.keys(ctx.schema);
  const outputs = [];
  const windows = /* @__PURE__ */ new Map();
  const partOutputs = /* @__PURE__ */ new Map([["", []]]);
  const aliasOf = /* @__PURE__ */ new Map();
  const output2 = (sql, alias, grouped) => {
    const seen = aliasOf.get(sql);
    if (seen !== void 0) return seen;
    aliasOf.set(sql, alias);
    outputs.push(`${sql} AS ${quoteIdent(d, alias)}`);
    const part = grouped ? `group:${grouped.column}` : partOf(sql, windows, d);
    const key = part === "ordered" ? `ordered:${outputs.length}` : part;
    const list = partOutputs.get(key) ?? [];
    list.push(`${grouped?.sql ?? sql} AS ${quoteIdent(d, alias)}`);
    partOutputs.set(key, list);
    return alias;
  };
  const rowCount = output2("count(*)", ROW_COUNT);
  const pushed = [];
  const errors = [];
  input.checks.forEach((check, i) => {
    const own = check.def.columns(check.params);
    const missing = own.find((c) => !(c in ctx.schema));
    if (missing !== void 0) {
      errors.push({
        check,
        error: columnNotFound(missing, ctx.source.name, columns, nearest(missing, columns))
      });
      return;
    }
    const prefix = `__tg_c${i}_`;
    try {
      if (check.def.sqlUnsupported) throw new UnsupportedInDialect(check.def.sqlUnsupported);
      const plan = check.def.logicalPlan(check.params, ctx);
      const mine = /* @__PURE__ */ new Map();
      let r = renderForDialect(
        plan,
        d,
        ctx.schema,
        check.where,
        plan.kind === "row" && plan.clean ? mine : windows,
        from
      );
      if (r.kind === "row" && mine.size > 0 && r.clean === void 0)
        r = renderForDialect(plan, d, ctx.schema, check.where, windows, from);
      if (plan.kind === "row" && r.kind === "row") {
        const deferred = mine.size > 0 && r.clean !== void 0;
        const judged = r.judged ?? (plan.judged === "all" ? void 0 : notNull(own, d));
        const conditions = [r.fails, ...judged ? [judged] : []];
        const judgedName = output2(r.renderer.countWhere(judged ? [judged] : []), `${prefix}j`);
        const failingSql = r.renderer.countWhere(conditions);
        const where = [...conditions, ...check.where ? [`(${check.where})`] : []].join(" AND ");
        const ownWindows = deferred ? mine : new Map([...windows].filter(([, alias]) => where.includes(quoteIdent(d, alias))));
        let failingOf;
        let deferredQuery;
        if (deferred) {
          const clean = output2(r.clean, `${prefix}clean`);
          const query = `SELECT ${failingSql} AS ${quoteIdent(d, "failing")} FROM ${withWindows(from, ownWindows, d)}`;
          deferredQuery = query;
          failingOf = async (row, run) => row[clean] === true ? 0 : toNumber((await run(query))[0]?.failing) ?? 0;
        } else {
          const column = own.length === 1 ? own[0] : void 0;
          const group = column !== void 0 && column !== GROUP_COUNT && input.grouped?.has(column) && check.where === void 0 && hasRegex(plan.fails.node) && readsOnly(conditions, column, columns, windows, d) ? {
            column,
            sql: `coalesce(sum(${quoteIdent(d, GROUP_COUNT)}) FILTER (WHERE ${conditions.join(" AND ")}), 0)`
          } : void 0;
          const failing = output2(failingSql, `${prefix}f`, group);
          failingOf = (row) => Promise.resolve(toNumber(row[failing]) ?? 0);
        }
        pushed.push({
          kind: "row",
          check,
          plan,
          failingOf,
          ...deferredQuery ? { deferredQuery } : {},
          judged: judgedName,
          sampleQuery: (limit, extra = [], order = []) => {
            const shown = [.../* @__PURE__ */ new Set([...extra, ...own])].filter((c) => c in ctx.schema);
            const list = shown.length ? shown.map((c) => quoteIdent(d, c)).join(", ") : "*";
            const by = order.filter((c) => c in ctx.schema).map((c) => quoteIdent(d, c));
            return fillTemplate(d.limit, [
              `SELECT ${list} FROM ${withWindows(from, ownWindows, d)} WHERE ${where}${by.length ? ` ORDER BY ${by.join(", ")}` : ""}`,
              Math.max(0, Math.floor(limit))
            ]);
          }
        });
      } else if (plan.kind === "aggregate" && r.kind === "aggregate") {
        const metrics = {};
        for (const [name, sql] of Object.entries(r.metrics)) metrics[name] = output2(sql, `${prefix}${name}`);
        pushed.push({
          kind: "aggregate",
          check,
          plan,
          metrics,
          metricsOf: (row) => Object.fromEntries(Object.entries(metrics).map(([k, col]) => [k, row[col]]))
        });
      }
    } catch (err) {
      const error = err instanceof UnsupportedInDialect ? unsupportedBackend(check.id, d, err.reason) : err instanceof TruthgateError ? err : new TruthgateError("TG_CHECK_ERROR", {
        check: check.id,
        detail: asTruthgateError(err).message
      });
      errors.push({ check, error });
    }
  });
  const rank2 = (key) => ["group", "ordered", "windows", ""].indexOf(key.split(":")[0]);
  const ranked = [...partOutputs].sort(([a], [b]) => rank2(a) - rank2(b));
  const parts = ranked.map(([key, list]) => {
    const group = key.startsWith("group:") ? key.slice("group:".length) : void 0;
    const source = group ? `(SELECT ${quoteIdent(d, group)}, count(*) AS ${quoteIdent(d, GROUP_COUNT)} FROM ${from} GROUP BY ${quoteIdent(d, group)}) AS ${quoteIdent(d, "__tg_g")}` : key === "windows" ? withWindows(from, windows, d) : from;
    return `SELECT ${list.join(",\n  ")}
FROM ${source}`;
  });
  return {
    sql: `SELECT ${outputs.join(",\n  ")}
FROM ${withWindows(from, windows, d)}`,
    parts,
    rowCount,
    pushed,
    errors
  };
}
var GROUP_COUNT = "__tg_n";
function partOf(sql, windows, d) {
  if ([...windows.values()].some((alias) => sql.includes(quoteIdent(d, alias)))) return "windows";
  return /\bDISTINCT\b|\bWITHIN GROUP\b/i.test(sql) ? "ordered" : "";
}
function hasRegex(node) {
  if (typeof node !== "object" || node === null) return false;
  if (node.k === "regex") return true;
  return Object.values(node).some(hasRegex);
}
function readsOnly(conditions, column, columns, windows, d) {
  const text = conditions.join(" ");
  return [...columns.filter((c) => c !== column), ...windows.values()].every(
    (other) => !text.includes(quoteIdent(d, other))
  );
}
function notNull(columns, d) {
  if (columns.length === 0) return void 0;
  return `(${columns.map((c) => `${quoteIdent(d, c)} IS NOT NULL`).join(" AND ")})`;
}

// src/core/engine/sql-others.ts
async function otherRelations(source, checks, sources) {
  const names = [...new Set(checks.flatMap((c) => c.def.readsSources?.(c.params) ?? []))];
  const prepared = /* @__PURE__ */ new Map();
  for (const name of names) prepared.set(name, await prepare(source, name, sources).catch((e) => e));
  return (name) => {
    const r = prepared.get(name) ?? new UnsupportedInDialect(OTHER_SOURCE_IN_DATABASE);
    if (r instanceof Error) throw r;
    return r;
  };
}
async function prepare(source, name, sources) {
  const spec = sources[name];
  if (!spec) {
    const near = nearest(name, Object.keys(sources));
    throw new TruthgateError("TG_UNKNOWN_SOURCE", {
      name,
      suggestion: near ? ` (did you mean \`${near}\`?)` : ""
    });
  }
  const mine = source.spec.sql.connection;
  if (!isSqlSource(spec))
    throw new UnsupportedInDialect(
      `reads \`${name}\`, a file source; a check of a SQL source runs in its database and reads only sources of the same connection (\`${mine}\`)`
    );
  if (spec.sql.connection !== mine)
    throw new UnsupportedInDialect(
      `reads \`${name}\` on connection \`${spec.sql.connection}\`; it runs in the database only when both sources are on the same connection (\`${mine}\`)`
    );
  const d = source.dialect;
  const from = spec.sql.table !== void 0 ? parseTableName(name, spec.sql.table).map((p) => quoteIdent(d, p)).join(".") : `(${(spec.sql.query ?? "").trim().replace(/;\s*$/, "")}) AS ${quoteIdent(d, `tg_other_${name}`)}`;
  try {
    const columns = await source.session.describe(`SELECT * FROM ${from}`);
    return { name, from, schema: Object.fromEntries(columns.map((c) => [c.name, c.dtype])), dialect: d };
  } catch (err) {
    if (!(err instanceof TruthgateError)) throw err;
    const params = { ...err.params, source: name };
    if (spec.sql.table !== void 0) params.table = spec.sql.table;
    throw new TruthgateError(err.code, params);
  }
}

// src/core/engine/sql-source.ts
async function runSqlSource(name, spec, checks, opts) {
  const t0 = performance.now();
  const failed = (err) => erroredSource(
    {
      name,
      uri: spec.path,
      format: "sql",
      fingerprint: null,
      durationMs: Math.round(performance.now() - t0)
    },
    err instanceof TruthgateError ? err : new TruthgateError("TG_SQL_QUERY", { source: name, detail: asTruthgateError(err).message }),
    checks
  );
  let source;
  try {
    source = await openSqlSource(name, spec, openOptions(checks, opts));
  } catch (err) {
    return failed(err);
  }
  try {
    const columns = Object.keys(source.schema);
    const ts = spec.sql.timestamp_column;
    if (ts !== void 0 && !(ts in source.schema))
      throw columnNotFound(ts, name, columns, nearest(ts, columns));
    const { rowCount, results } = await evaluate(source, checks, opts);
    return {
      name,
      uri: source.uri,
      format: source.format,
      rowCount,
      columnCount: columns.length,
      ...rowCount === 0 ? {
        warnings: [
          new TruthgateError("TG_SOURCE_NO_ROWS", {
            path: source.uri,
            columns: columns.join(", ") || "(none)"
          }).toJSON()
        ]
      } : {},
      fingerprint: await source.fingerprint(rowCount),
      durationMs: Math.round(performance.now() - t0),
      checks: results
    };
  } catch (err) {
    return { ...failed(err), format: source.format };
  } finally {
    await source.close();
  }
}
var openOptions = (checks, opts) => ({
  connections: opts.connections,
  baseDir: opts.baseDir,
  jsonTest: checks.some((c) => c.def.name === "json_parseable")
});
async function evaluate(source, checks, opts) {
  const otherSql = await otherRelations(source, checks, opts.others ?? {});
  const split = await splitPlan(source);
  const { compile, custom, own, pushable, ctx } = planSql(source, checks, opts, otherSql, split?.grouped);
  let compiled = compile(pushable);
  const broken = [];
  const rowOf = async (c) => (split && c.parts.length > 1 ? await runParts(source.session, c.parts) : void 0) ?? (await source.session.query(c.sql))[0] ?? {};
  let row;
  try {
    row = await rowOf(compiled);
  } catch (err) {
    if (!(err instanceof TruthgateError && err.code === "TG_SQL_QUERY")) throw err;
    broken.push(
      ...await refusedChecks(
        source,
        compiled.pushed.map((p) => p.check),
        compile
      )
    );
    if (broken.length === 0) throw err;
    compiled = compile(pushable.filter((c) => !broken.some((b) => b.check === c)));
    row = await rowOf(compiled);
  }
  const rowCount = toNumber(row[compiled.rowCount]) ?? 0;
  const byCheck = /* @__PURE__ */ new Map();
  for (const { check, error } of [...compiled.errors, ...broken])
    byCheck.set(check, checkResult(check, void 0, { error }, []));
  const sampleKey = memo(() => rowKey(source));
  const sensitive = new Set(source.spec.sensitive ?? []);
  for (const p of compiled.pushed) {
    let outcome;
    try {
      outcome = p.kind === "row" ? rowVerdict(
        p.plan,
        p.check,
        await p.failingOf(row, (sql) => source.session.query(sql)),
        toNumber(row[p.judged]) ?? 0
      ) : p.plan.evaluate(p.metricsOf(row));
    } catch (err) {
      byCheck.set(p.check, checkResult(p.check, void 0, { error: checkError(p.check, err) }, []));
      continue;
    }
    let samples = [];
    if (p.kind === "row" && !outcome.pass && opts.sampleSize > 0) {
      const key = await sampleKey();
      const rows = await source.session.query(p.sampleQuery(opts.sampleSize, key, key));
      const shown = {
        columns: p.check.columns(),
        ...p.plan.maskSample ? { mask: p.plan.maskSample } : {}
      };
      samples = rows.map((r, i) => ({ row: i, key, values: sampleValues(r, key, shown, sensitive) }));
    }
    byCheck.set(p.check, checkResult(p.check, p.plan, { outcome }, samples));
  }
  for (const check of custom) byCheck.set(check, await runCustomSql(source, check));
  for (const check of own) byCheck.set(check, await runOwnSql(source, check, ctx));
  return { rowCount, results: checks.map((c) => byCheck.get(c)) };
}
async function rowKey(source) {
  const declared = source.spec.key;
  if (declared !== void 0) return declared.filter((k) => k in source.schema);
  if (!("table" in source.relation)) return [];
  const pk = await source.session.primaryKey(source.relation.table).catch(() => []);
  return pk.filter((k) => k in source.schema);
}
function memo(f) {
  let p;
  return () => p ??= f();
}
var SPLIT_MIN_ROWS = 1e5;
var GROUP_MAX_DISTINCT_SHARE = 0.25;
var MAX_SIBLINGS = 3;
var PART_WORK_MEM_MB = 64;
async function splitPlan(source) {
  const { session, relation } = source;
  if (!session.sibling || !session.tableStats || !("table" in relation)) return void 0;
  const stats = await session.tableStats(relation.table).catch(() => void 0);
  const rows = stats?.rows ?? 0;
  if (!stats || rows < SPLIT_MIN_ROWS) return void 0;
  const grouped = Object.entries(stats.columns).filter(
    ([, c]) => c.plainText && c.distinct !== void 0 && c.distinct <= GROUP_MAX_DISTINCT_SHARE * rows
  ).map(([name]) => name);
  return { grouped: new Set(grouped) };
}
async function runParts(session, parts) {
  const opened = await Promise.allSettled(parts.slice(1, 1 + MAX_SIBLINGS).map(() => session.sibling()));
  const siblings = opened.flatMap((o) => o.status === "fulfilled" ? [o.value] : []);
  if (siblings.length < opened.length) {
    await Promise.all(siblings.map((s) => s.close()));
    return void 0;
  }
  const queue = [...parts];
  const rows = [];
  let failure;
  const work = async (s) => {
    for (let q = queue.shift(); q !== void 0 && !failure; q = queue.shift()) {
      try {
        rows.push((await s.query(q))[0] ?? {});
      } catch (err) {
        failure ??= { err };
      }
    }
  };
  try {
    await Promise.all([session, ...siblings].map((s) => s.workMemory?.(PART_WORK_MEM_MB)));
    await Promise.all([session, ...siblings].map(work));
  } finally {
    await Promise.all(siblings.map((s) => s.close()));
  }
  if (failure) throw failure.err;
  return Object.assign({}, ...rows);
}
async function runCustomSql(source, check) {
  const query = customQuery(source, check);
  try {
    const [counted] = await source.session.query(`SELECT count(*) AS n FROM (${query}) AS tg_counted`);
    const examples = await source.session.query(`${query} LIMIT ${CUSTOM_SQL_EXAMPLES}`);
    const max = check.params.max_failures;
    const outcome = customSqlOutcome(toNumber(counted?.n) ?? 0, examples, max);
    return checkResult(check, void 0, { outcome }, []);
  } catch (err) {
    return checkResult(check, void 0, { error: checkError(check, err) }, []);
  }
}
async function runOwnSql(source, check, ctx) {
  const own = check.def.sqlRun;
  const reason = own.unsupported(check.params, ctx);
  if (reason !== void 0)
    return checkResult(check, void 0, { error: unsupportedBackend(check.id, source.dialect, reason) }, []);
  try {
    const outcome = await own.run(check.params, source, check.where, ctx);
    return checkResult(check, void 0, { outcome }, []);
  } catch (err) {
    return checkResult(check, void 0, { error: checkError(check, err) }, []);
  }
}
function customQuery(source, check) {
  const text = check.params.query.trim().replace(/;\s*$/, "");
  const rows = `SELECT * FROM ${source.from}${check.where ? ` WHERE (${check.where})` : ""}`;
  const names = [.../* @__PURE__ */ new Set(["source", source.name])].map(
    (n) => `${quoteIdent(source.dialect, n)} AS (${rows})`
  );
  return `WITH ${names.join(", ")} SELECT * FROM (${text}) AS tg_custom`;
}
function checkError(check, err) {
  if (!(err instanceof TruthgateError))
    return new TruthgateError("TG_CHECK_ERROR", { check: check.id, detail: asTruthgateError(err).message });
  return err.code === "TG_SQL_QUERY" ? new TruthgateError("TG_CHECK_ERROR", {
    check: check.id,
    detail: String(err.params.detail ?? err.message)
  }) : err;
}
function planSql(source, checks, opts, otherSql, grouped) {
  const ctx = planContext(source, opts, otherSql);
  const { relation, dialect } = source;
  return {
    compile: (list) => compilePushdown({ checks: list, relation, dialect, ctx, ...grouped ? { grouped } : {} }),
    custom: checks.filter((c) => c.def.sqlOwnQuery),
    own: checks.filter((c) => c.def.sqlRun),
    pushable: checks.filter((c) => !c.def.sqlOwnQuery && !c.def.sqlRun),
    ctx
  };
}
async function refusedChecks(source, checks, compile) {
  const refused = [];
  for (const check of checks) {
    try {
      await source.session.query(`EXPLAIN ${compile([check]).sql}`);
    } catch (err) {
      refused.push({ check, error: checkError(check, err) });
    }
  }
  return refused;
}
function planContext(source, opts, otherSql) {
  const refuse = (what) => () => {
    throw new UnsupportedInDialect(what);
  };
  const stand = {
    name: source.name,
    uri: source.uri,
    format: source.format,
    files: [],
    shownFiles: [],
    spec: source.spec,
    fingerprint: "",
    warnings: [],
    chunked: false,
    lazy: refuse("the check reads the rows outside the database"),
    lazyFiles: refuse("the check reads the rows outside the database")
  };
  return {
    source: stand,
    schema: source.schema,
    now: opts.now,
    baseDir: opts.baseDir,
    ...opts.history ? { history: opts.history } : {},
    other: refuse("the check reads another source"),
    otherSql,
    frame: refuse("the check reads the rows outside the database")
  };
}

// src/core/engine/run-suite.ts
async function runSuite(suite, opts = {}) {
  if (!hasChecks(suite, opts.sources))
    throw new TruthgateError("TG_SUITE_NO_CHECKS", {}, { location: { file: suite.path } });
  return runChecks(suite, opts);
}
function hasChecks(suite, sources) {
  return (sources ?? Object.keys(suite.checks)).some((n) => (suite.checks[n] ?? []).length > 0);
}
async function runChecks(suite, opts = {}) {
  const startedAt = opts.now ?? /* @__PURE__ */ new Date();
  const t0 = performance.now();
  const names = opts.sources ?? Object.keys(suite.checks);
  for (const n of names) {
    if (!(n in suite.sources)) throw new TruthgateError("TG_UNKNOWN_SOURCE", { name: n, suggestion: "" });
  }
  const opened = /* @__PURE__ */ new Map();
  const open2 = (name) => {
    let s = opened.get(name);
    if (!s) {
      const spec = suite.sources[name];
      if (!spec) throw new TruthgateError("TG_UNKNOWN_SOURCE", { name, suggestion: "" });
      s = openSource(name, spec, { baseDir: suite.baseDir });
      opened.set(name, s);
    }
    return s;
  };
  const sampleSize = opts.sampleSize ?? suite.sampleSize;
  const runOne = async (name, checks) => {
    const spec = suite.sources[name];
    const history = opts.history ? { history: opts.history(name) } : {};
    if (isSqlSource(spec)) {
      const { connections, baseDir } = suite;
      return runSqlSource(name, spec, checks, {
        now: startedAt,
        sampleSize,
        connections,
        baseDir,
        others: suite.sources,
        ...history
      });
    }
    let source;
    try {
      source = open2(name);
    } catch (err) {
      return unopenedSource(name, spec.path, err, checks);
    }
    return runSource(source, checks, {
      now: startedAt,
      sampleSize,
      others: open2,
      baseDir: suite.baseDir,
      ...history
    });
  };
  const results = [];
  for (const [index, name] of names.entries()) {
    opts.onProgress?.({ source: name, index, total: names.length, phase: "start" });
    results.push(await runOne(name, suite.checks[name] ?? []));
    opts.onProgress?.({ source: name, index, total: names.length, phase: "done" });
  }
  const failOn = opts.failOn ?? suite.failOn;
  const all = results.flatMap((s) => s.checks);
  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    tool: { name: "truthgate", version: VERSION },
    runId: opts.runId ?? randomUUID(),
    suite: suite.name,
    status: runStatus(all, failOn, results.filter((s) => s.error).length),
    failOn,
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - t0),
    summary: summarize(all),
    sources: results
  };
}
function unopenedSource(name, uri, err, checks) {
  const e = err instanceof TruthgateError ? err : new TruthgateError("TG_SOURCE_READ", { path: uri, detail: String(err) });
  return erroredSource({ name, uri, format: "unknown", fingerprint: null, durationMs: 0 }, e, checks);
}

export {
  severityRank,
  atOrAbove,
  verdictOver,
  rowVerdict,
  checkResult,
  runSuite
};
