import { createRequire as __tgCreateRequire } from 'node:module';
const require = __tgCreateRequire(import.meta.url);

// src/core/sources/csv-scan-worker.ts
import { parentPort } from "node:worker_threads";

// src/core/sources/csv-scan.ts
import { isUtf8 } from "node:buffer";

// src/core/sources/csv-chunks.ts
var MB = 1024 * 1024;

// src/core/sources/detect.ts
function firstInvalidUtf8(buf) {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(buf, { stream: true });
    return -1;
  } catch {
    return scanUtf8(buf, 0);
  }
}
var CHUNK = 1 << 20;
function scanUtf8(buf, start, final = false) {
  let i = start;
  while (i < buf.length) {
    const b = buf[i];
    if (b < 128) {
      i++;
      continue;
    }
    const n = b >= 194 && b <= 223 ? 1 : b >= 224 && b <= 239 ? 2 : b >= 240 && b <= 244 ? 3 : 0;
    if (n === 0) return i;
    const lo = b === 224 ? 160 : b === 240 ? 144 : 128;
    const hi = b === 237 ? 159 : b === 244 ? 143 : 191;
    for (let k = 1; k <= n; k++) {
      const c = buf[i + k];
      if (c === void 0) return final ? i : -1;
      if (k === 1 ? c < lo || c > hi : (c & 192) !== 128) return i;
    }
    i += n + 1;
  }
  return -1;
}

// src/core/sources/csv-scan.ts
var NL = 10;
var CR = 13;
var NUL = 0;
function newCsvScan() {
  return { line: 1, expected: -1, offset: 0, records: 0, started: false, lineRecords: true };
}
function scanCsvBlock(buf, layout, state2, fields) {
  let end = buf.length;
  let badByte = -1;
  if (!isUtf8(buf)) {
    badByte = firstInvalidUtf8(buf);
    if (badByte < 0) badByte = lastCharStart(buf);
    end = badByte;
  }
  const block = buf.subarray(0, end);
  const p = plainRecords(block, layout, state2, fields) ?? scanRecords(block, layout, state2, fields);
  if (p !== "done" && p) return p;
  if (badByte >= 0) return { kind: "encoding", offset: state2.offset + badByte };
  state2.offset += buf.length;
  return null;
}
function lastCharStart(buf) {
  let i = buf.length - 1;
  while (i > 0 && (buf[i] & 192) === 128) i--;
  return i;
}
function plainRecords(buf, layout, state2, checkFields) {
  const n = buf.length;
  if (layout.commentPrefix || layout.skipRows || n === 0 || buf[n - 1] !== NL) return void 0;
  if (buf.indexOf(layout.quote.charCodeAt(0)) >= 0 || buf.indexOf(NUL) >= 0) return void 0;
  state2.open = void 0;
  const delim = layout.delimiter.charCodeAt(0);
  let i = 0;
  if (!state2.started) {
    state2.started = true;
    if (buf[0] === 239 && buf[1] === 187 && buf[2] === 191) i = 3;
  }
  if (state2.expected < 0) {
    const nl = buf.indexOf(NL, i);
    state2.expected = 1;
    for (; i < nl; i++) if (buf[i] === delim) state2.expected++;
    i = nl + 1;
    state2.line++;
    state2.records++;
  }
  let lines = 0;
  if (checkFields) {
    const want = state2.expected - 1;
    while (i < n) {
      let delims = 0;
      for (let b = buf[i]; b !== NL; b = buf[++i]) if (b === delim) delims++;
      if (delims !== want) {
        return { kind: "ragged", line: state2.line + lines, found: delims + 1, expected: state2.expected };
      }
      lines++;
      i++;
    }
  } else for (let nl = buf.indexOf(NL, i); nl >= 0; nl = buf.indexOf(NL, nl + 1)) lines++;
  state2.line += lines;
  state2.records += lines;
  return "done";
}
function scanRecords(buf, layout, state2, checkFields) {
  const delim = layout.delimiter.charCodeAt(0);
  const quote = layout.quote.charCodeAt(0);
  const comment = layout.commentPrefix ? Buffer.from(layout.commentPrefix) : void 0;
  const n = buf.length;
  let i = 0;
  let line = state2.line;
  state2.open = void 0;
  if (!state2.started) {
    state2.started = true;
    if (buf[0] === 239 && buf[1] === 187 && buf[2] === 191) i = 3;
    if (layout.skipRows) state2.lineRecords = false;
    for (let skipped = 0; skipped < (layout.skipRows ?? 0) && i < n; i++) {
      if (buf[i] === NL) {
        skipped++;
        line++;
      }
    }
  }
  const problem = (p) => {
    state2.line = line;
    return p;
  };
  while (i < n) {
    const start = i;
    const recordLine = line;
    if (comment && buf[i] === comment[0] && buf.subarray(i, i + comment.length).equals(comment)) {
      const nl = buf.indexOf(NL, i);
      i = nl < 0 ? n : nl + 1;
      line++;
      state2.lineRecords = false;
      continue;
    }
    let fields = 1;
    let inQuotes = false;
    for (; i < n; i++) {
      const b = buf[i];
      if (b === quote) inQuotes = !inQuotes;
      else if (b === delim) {
        if (!inQuotes) fields++;
      } else if (b === NL) {
        if (!inQuotes) break;
        line++;
        state2.lineRecords = false;
      } else if (b === NUL) return problem({ kind: "nul", line });
    }
    if (i >= n) {
      const empty = i === start || i - start === 1 && buf[start] === CR;
      state2.open = { line: recordLine, fields, inQuotes, empty };
      state2.line = recordLine;
      return null;
    }
    i++;
    line++;
    state2.records++;
    if (state2.expected < 0) state2.expected = fields;
    else if (checkFields && fields !== state2.expected)
      return problem({ kind: "ragged", line: recordLine, found: fields, expected: state2.expected });
  }
  state2.line = line;
  return null;
}
var FILE_BLOCK = 16 * 1024 * 1024;

// src/core/sources/csv-scan-worker.ts
var state = newCsvScan();
parentPort.on("message", (r) => {
  if (r.first) state = newCsvScan();
  const block = Buffer.from(r.block.buffer, r.block.byteOffset, r.block.length);
  const problem = scanCsvBlock(block, r.layout, state, r.fields);
  parentPort.postMessage({ problem, state });
});
