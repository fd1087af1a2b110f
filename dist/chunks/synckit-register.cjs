"use strict";
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};

// node_modules/synckit/shared.cjs
var require_shared = __commonJS({
  "node_modules/synckit/shared.cjs"(exports2, module2) {
    "use strict";
    var NOTIFY_INDEX2 = 0;
    var SLICE_INTS = 1;
    var INITIAL_SLICES = 64;
    var sharedBuffer;
    var sharedSlices = 0;
    var nextSlice = 0;
    var createSharedBufferView = () => {
      const slice = nextSlice++;
      const needed = (slice + 1) * SLICE_INTS;
      if (needed > sharedSlices || !sharedBuffer) {
        sharedSlices = Math.max(needed, sharedSlices * 2, INITIAL_SLICES);
        sharedBuffer = new SharedArrayBuffer(
          sharedSlices * Int32Array.BYTES_PER_ELEMENT
        );
      }
      return new Int32Array(
        sharedBuffer,
        slice * SLICE_INTS * Int32Array.BYTES_PER_ELEMENT,
        SLICE_INTS
      );
    };
    var extractProperties2 = (object) => {
      if (object && typeof object === "object") {
        const source = (
          /** @type {Record<string, unknown>} */
          object
        );
        const properties = {};
        for (const key in source) {
          properties[key] = source[key];
        }
        return properties;
      }
    };
    var splitNodeOptions = (value) => {
      const args = [];
      let current = "";
      let quoted = false;
      let escaped = false;
      for (const char of value) {
        if (escaped) {
          escaped = false;
          current += char;
        } else if (quoted && char === "\\") {
          escaped = true;
        } else if (char === '"') {
          quoted = !quoted;
        } else if (!quoted && char === " ") {
          if (current) {
            args.push(current);
            current = "";
          }
        } else {
          current += char;
        }
      }
      if (current) {
        args.push(current);
      }
      return args;
    };
    var NODE_OPTIONS = splitNodeOptions(process.env.NODE_OPTIONS ?? "");
    var unquote = (value) => value.length > 1 && (value.startsWith('"') || value.startsWith("'")) && value.endsWith(value[0]) ? value.slice(1, -1) : value;
    var flagArgs = (execArgv) => [...NODE_OPTIONS, ...process.execArgv, ...execArgv];
    var flagValues = (flag, args) => {
      const flags = typeof flag === "string" ? /* @__PURE__ */ new Set([flag]) : flag;
      const values = [];
      for (let index = 0; index < args.length; index++) {
        const arg = args[index];
        const separator = arg.indexOf("=");
        const name = separator === -1 ? arg : arg.slice(0, separator);
        if (!flags.has(name)) {
          continue;
        }
        const next = args[index + 1];
        const hasNextValue = separator === -1 && next != null && !next.startsWith("-");
        values.push(
          separator === -1 ? hasNextValue ? unquote(next) : "" : unquote(arg.slice(separator + 1))
        );
        if (hasNextValue) {
          index++;
        }
      }
      return values;
    };
    var getFlag2 = (flag, accepted, execArgv = []) => {
      const values = flagValues(flag, flagArgs(execArgv));
      for (let index = values.length - 1; index >= 0; index--) {
        const value = values[index];
        if (accepted == null || value === accepted) {
          return value;
        }
      }
    };
    var getFlagValues = (flag, execArgv = []) => flagValues(flag, flagArgs(execArgv)).filter(Boolean);
    var parseVersion = (version) => version.split(".").map((part) => Number.parseFloat(part));
    var compareVersion = (version1, version2) => {
      const versions1 = parseVersion(version1);
      const versions2 = parseVersion(version2);
      const length = Math.max(versions1.length, versions2.length);
      for (let i = 0; i < length; i++) {
        const v1 = versions1[i] || 0;
        const v2 = versions2[i] || 0;
        if (v1 > v2) {
          return 1;
        }
        if (v1 < v2) {
          return -1;
        }
      }
      return 0;
    };
    var NODE_VERSION = process.versions.node;
    var compareNodeVersion2 = (version) => compareVersion(NODE_VERSION, version);
    module2.exports = {
      NODE_OPTIONS,
      NODE_VERSION,
      NOTIFY_INDEX: NOTIFY_INDEX2,
      compareNodeVersion: compareNodeVersion2,
      compareVersion,
      createSharedBufferView,
      extractProperties: extractProperties2,
      getFlag: getFlag2,
      getFlagValues,
      parseVersion
    };
  }
});

// node_modules/synckit/register.cjs
var { isMainThread, workerData } = require("node:worker_threads");
var {
  NOTIFY_INDEX,
  compareNodeVersion,
  extractProperties,
  getFlag
} = require_shared();
var armed = /* @__PURE__ */ new WeakSet();
var registered = /* @__PURE__ */ new WeakSet();
var isError = (value) => Error.isError?.(value) ?? value instanceof Error;
var UNHANDLED_REJECTIONS_FLAG = "--unhandled-rejections";
var UNHANDLED_REJECTIONS_THROW_NODE_VERSION = "15";
var THROWING_REJECTION_MODES = /* @__PURE__ */ new Set(["strict", "throw"]);
var unhandledRejectionsThrow = () => {
  const mode = getFlag(UNHANDLED_REJECTIONS_FLAG);
  if (mode != null) {
    return THROWING_REJECTION_MODES.has(mode);
  }
  return compareNodeVersion(UNHANDLED_REJECTIONS_THROW_NODE_VERSION) >= 0;
};
var installWorkerLoadGuard = (data) => {
  const { sharedBufferView, workerPort } = data ?? {};
  if (!sharedBufferView || !workerPort || armed.has(sharedBufferView)) {
    return;
  }
  armed.add(sharedBufferView);
  let exiting = false;
  const rejectionThrows = unhandledRejectionsThrow();
  const notReported = Symbol("synckit:not-reported");
  let lastReported = notReported;
  const report = (error, fatal) => {
    const loadFailure = !registered.has(sharedBufferView);
    const payloads = [
      () => ({ error, properties: extractProperties(error) }),
      () => ({ error }),
      () => ({
        error: new Error(
          `Worker ${loadFailure ? "module failed to load" : "failed"}: ${isError(error) ? error.message : String(error)}`
        )
      }),
      () => ({
        error: new Error(
          loadFailure ? "Worker module failed to load" : "Worker failed"
        )
      })
    ];
    for (const payload of payloads) {
      try {
        workerPort.postMessage({ workerFailure: true, fatal, ...payload() });
        break;
      } catch {
      }
    }
    Atomics.add(sharedBufferView, NOTIFY_INDEX, 1);
    Atomics.notify(sharedBufferView, NOTIFY_INDEX);
    if (fatal && !exiting) {
      exiting = true;
      process.exit(1);
    }
  };
  const guard = (error, event) => {
    if (error === lastReported) {
      return;
    }
    lastReported = error;
    process.nextTick(() => {
      lastReported = notReported;
    });
    process.off("uncaughtException", onUncaughtException);
    process.off("unhandledRejection", onUnhandledRejection);
    const handled = process.listenerCount(event) > 0 || event === "unhandledRejection" && (!rejectionThrows || process.listenerCount("uncaughtException") > 0);
    const fatal = !registered.has(sharedBufferView) || !handled;
    report(error, fatal);
    if (!fatal) {
      process.on("uncaughtException", onUncaughtException);
      process.on("unhandledRejection", onUnhandledRejection);
    }
  };
  function onUncaughtException(error) {
    guard(error, "uncaughtException");
  }
  function onUnhandledRejection(reason) {
    guard(reason, "unhandledRejection");
  }
  process.on("uncaughtException", onUncaughtException);
  process.on("unhandledRejection", onUnhandledRejection);
  process.on("exit", (code) => {
    if (exiting) {
      return;
    }
    exiting = true;
    report(new Error(`Worker exited with code ${code}`), true);
  });
};
var markWorkerRegistered = (sharedBufferView) => {
  if (!sharedBufferView) {
    return;
  }
  registered.add(sharedBufferView);
};
if (!isMainThread) {
  installWorkerLoadGuard(workerData);
}
module.exports = {
  installWorkerLoadGuard,
  markWorkerRegistered
};
