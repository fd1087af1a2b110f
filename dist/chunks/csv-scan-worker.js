import { createRequire as __tgCreateRequire } from 'node:module';
const require = __tgCreateRequire(import.meta.url);

// src/core/sources/csv-scan-worker.ts
import { closeSync, openSync, readSync } from "node:fs";
import { parentPort } from "node:worker_threads";

// src/core/sources/csv-scan.ts
import { isUtf8 } from "node:buffer";

// src/core/sources/csv-chunks.ts
var MB = 1024 * 1024;

// src/core/sources/detect.ts
function firstInvalidUtf8(buf2) {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(buf2, { stream: true });
    return -1;
  } catch {
    return scanUtf8(buf2, 0);
  }
}
var CHUNK = 1 << 20;
function scanUtf8(buf2, start, final = false) {
  let i = start;
  while (i < buf2.length) {
    const b = buf2[i];
    if (b < 128) {
      i++;
      continue;
    }
    const n = b >= 194 && b <= 223 ? 1 : b >= 224 && b <= 239 ? 2 : b >= 240 && b <= 244 ? 3 : 0;
    if (n === 0) return i;
    const lo = b === 224 ? 160 : b === 240 ? 144 : 128;
    const hi = b === 237 ? 159 : b === 244 ? 143 : 191;
    for (let k = 1; k <= n; k++) {
      const c = buf2[i + k];
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
function scanCsvBlock(buf2, layout, state, fields) {
  let end = buf2.length;
  let badByte = -1;
  if (!isUtf8(buf2)) {
    badByte = firstInvalidUtf8(buf2);
    if (badByte < 0) badByte = lastCharStart(buf2);
    end = badByte;
  }
  const block = buf2.subarray(0, end);
  const p = plainRecords(block, layout, state, fields) ?? scanRecords(block, layout, state, fields);
  if (p !== "done" && p) return p;
  if (badByte >= 0) return { kind: "encoding", offset: state.offset + badByte };
  state.offset += buf2.length;
  return null;
}
function lastCharStart(buf2) {
  let i = buf2.length - 1;
  while (i > 0 && (buf2[i] & 192) === 128) i--;
  return i;
}
function plainRecords(buf2, layout, state, checkFields) {
  const n = buf2.length;
  if (layout.commentPrefix || layout.skipRows || n === 0 || buf2[n - 1] !== NL) return void 0;
  if (buf2.indexOf(layout.quote.charCodeAt(0)) >= 0 || buf2.indexOf(NUL) >= 0) return void 0;
  state.open = void 0;
  const delim = layout.delimiter.charCodeAt(0);
  let i = 0;
  if (!state.started) {
    state.started = true;
    if (buf2[0] === 239 && buf2[1] === 187 && buf2[2] === 191) i = 3;
  }
  if (state.expected < 0) {
    const nl = buf2.indexOf(NL, i);
    state.expected = 1;
    for (; i < nl; i++) if (buf2[i] === delim) state.expected++;
    i = nl + 1;
    state.line++;
    state.records++;
  }
  let lines = 0;
  if (checkFields) {
    const want = state.expected - 1;
    while (i < n) {
      const nl = buf2.indexOf(NL, i);
      let delims = 0;
      for (let j = i; j < nl; j++) if (buf2[j] === delim) delims++;
      if (delims !== want) {
        return { kind: "ragged", line: state.line + lines, found: delims + 1, expected: state.expected };
      }
      lines++;
      i = nl + 1;
    }
  } else for (let nl = buf2.indexOf(NL, i); nl >= 0; nl = buf2.indexOf(NL, nl + 1)) lines++;
  state.line += lines;
  state.records += lines;
  return "done";
}
function scanRecords(buf2, layout, state, checkFields) {
  const delim = layout.delimiter.charCodeAt(0);
  const quote = layout.quote.charCodeAt(0);
  const comment = layout.commentPrefix ? Buffer.from(layout.commentPrefix) : void 0;
  const n = buf2.length;
  let i = 0;
  let line = state.line;
  state.open = void 0;
  if (!state.started) {
    state.started = true;
    if (buf2[0] === 239 && buf2[1] === 187 && buf2[2] === 191) i = 3;
    for (let skipped = 0; skipped < (layout.skipRows ?? 0) && i < n; i++) {
      if (buf2[i] === NL) {
        skipped++;
        line++;
      }
    }
  }
  const problem = (p) => {
    state.line = line;
    return p;
  };
  while (i < n) {
    const start = i;
    const recordLine = line;
    if (comment && buf2[i] === comment[0] && buf2.subarray(i, i + comment.length).equals(comment)) {
      const nl = buf2.indexOf(NL, i);
      i = nl < 0 ? n : nl + 1;
      line++;
      continue;
    }
    let fields = 1;
    let inQuotes = false;
    for (; i < n; i++) {
      const b = buf2[i];
      if (b === quote) inQuotes = !inQuotes;
      else if (b === delim) {
        if (!inQuotes) fields++;
      } else if (b === NL) {
        if (!inQuotes) break;
        line++;
      } else if (b === NUL) return problem({ kind: "nul", line });
    }
    if (i >= n) {
      const empty = i === start || i - start === 1 && buf2[start] === CR;
      state.open = { line: recordLine, fields, inQuotes, empty };
      state.line = recordLine;
      return null;
    }
    i++;
    line++;
    state.records++;
    if (state.expected < 0) state.expected = fields;
    else if (checkFields && fields !== state.expected)
      return problem({ kind: "ragged", line: recordLine, found: fields, expected: state.expected });
  }
  state.line = line;
  return null;
}
var FILE_BLOCK = 16 * 1024 * 1024;

// src/core/sources/csv-scan-worker.ts
var buf = Buffer.alloc(0);
parentPort.on("message", (r) => {
  if (buf.length < r.length) buf = Buffer.allocUnsafeSlow(r.length);
  const fd = openSync(r.file, "r");
  try {
    for (let got = 0; got < r.length; ) {
      const n = readSync(fd, buf, got, r.length - got, r.offset + got);
      if (n === 0) break;
      got += n;
    }
  } finally {
    closeSync(fd);
  }
  const problem = scanCsvBlock(buf.subarray(0, r.length), r.layout, r.state, r.fields);
  parentPort.postMessage({ problem, state: r.state });
});
