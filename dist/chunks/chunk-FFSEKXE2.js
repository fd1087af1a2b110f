import { createRequire as __tgCreateRequire } from 'node:module';
const require = __tgCreateRequire(import.meta.url);
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-BDDSI5QT.js";

// node_modules/synckit/shared.cjs
var require_shared = __commonJS({
  "node_modules/synckit/shared.cjs"(exports, module) {
    "use strict";
    var NOTIFY_INDEX3 = 0;
    var SLICE_INTS = 1;
    var INITIAL_SLICES = 64;
    var sharedBuffer;
    var sharedSlices = 0;
    var nextSlice = 0;
    var createSharedBufferView2 = () => {
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
    var NODE_OPTIONS3 = splitNodeOptions(process.env.NODE_OPTIONS ?? "");
    var unquote = (value) => value.length > 1 && (value.startsWith('"') || value.startsWith("'")) && value.endsWith(value[0]) ? value.slice(1, -1) : value;
    var flagArgs = (execArgv) => [...NODE_OPTIONS3, ...process.execArgv, ...execArgv];
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
    var getFlag3 = (flag, accepted, execArgv = []) => {
      const values = flagValues(flag, flagArgs(execArgv));
      for (let index = values.length - 1; index >= 0; index--) {
        const value = values[index];
        if (accepted == null || value === accepted) {
          return value;
        }
      }
    };
    var getFlagValues2 = (flag, execArgv = []) => flagValues(flag, flagArgs(execArgv)).filter(Boolean);
    var parseVersion2 = (version) => version.split(".").map((part) => Number.parseFloat(part));
    var compareVersion2 = (version1, version2) => {
      const versions1 = parseVersion2(version1);
      const versions2 = parseVersion2(version2);
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
    var NODE_VERSION2 = process.versions.node;
    var compareNodeVersion2 = (version) => compareVersion2(NODE_VERSION2, version);
    module.exports = {
      NODE_OPTIONS: NODE_OPTIONS3,
      NODE_VERSION: NODE_VERSION2,
      NOTIFY_INDEX: NOTIFY_INDEX3,
      compareNodeVersion: compareNodeVersion2,
      compareVersion: compareVersion2,
      createSharedBufferView: createSharedBufferView2,
      extractProperties: extractProperties2,
      getFlag: getFlag3,
      getFlagValues: getFlagValues2,
      parseVersion: parseVersion2
    };
  }
});

// node_modules/synckit/lib/index.js
var import_shared6 = __toESM(require_shared(), 1);
import path5 from "node:path";
import { fileURLToPath as fileURLToPath5 } from "node:url";
import { parentPort, workerData } from "node:worker_threads";
import { markWorkerRegistered } from "./synckit-register.cjs";

// node_modules/synckit/lib/helpers.js
import fs3 from "node:fs";
import { createRequire as createRequire2 } from "node:module";
import path4 from "node:path";
import { fileURLToPath as fileURLToPath4, pathToFileURL as pathToFileURL2 } from "node:url";
import { MessageChannel, Worker, receiveMessageOnPort } from "node:worker_threads";

// node_modules/@dual-bundle/import-meta-resolve/lib/resolve.js
import assert2 from "node:assert";
import { statSync, realpathSync } from "node:fs";
import process2 from "node:process";
import { fileURLToPath as fileURLToPath3, pathToFileURL } from "node:url";
import path2 from "node:path";
import { builtinModules } from "node:module";

// node_modules/@dual-bundle/import-meta-resolve/lib/get-format.js
import { fileURLToPath as fileURLToPath2 } from "node:url";

// node_modules/@dual-bundle/import-meta-resolve/lib/package-json-reader.js
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// node_modules/@dual-bundle/import-meta-resolve/lib/errors.js
import v8 from "node:v8";
import assert from "node:assert";
import { format, inspect } from "node:util";
var own = {}.hasOwnProperty;
var classRegExp = /^([A-Z][a-z\d]*)+$/;
var kTypes = /* @__PURE__ */ new Set([
  "string",
  "function",
  "number",
  "object",
  // Accept 'Function' and 'Object' as alternative to the lower cased version.
  "Function",
  "Object",
  "boolean",
  "bigint",
  "symbol"
]);
var codes = {};
function formatList(array, type = "and") {
  return array.length < 3 ? array.join(` ${type} `) : `${array.slice(0, -1).join(", ")}, ${type} ${array[array.length - 1]}`;
}
var messages = /* @__PURE__ */ new Map();
var nodeInternalPrefix = "__node_internal_";
var userStackTraceLimit;
codes.ERR_INVALID_ARG_TYPE = createError(
  "ERR_INVALID_ARG_TYPE",
  /**
   * @param {string} name
   * @param {Array<string> | string} expected
   * @param {unknown} actual
   */
  (name, expected, actual) => {
    assert.ok(typeof name === "string", "'name' must be a string");
    if (!Array.isArray(expected)) {
      expected = [expected];
    }
    let message = "The ";
    if (name.endsWith(" argument")) {
      message += `${name} `;
    } else {
      const type = name.includes(".") ? "property" : "argument";
      message += `"${name}" ${type} `;
    }
    message += "must be ";
    const types = [];
    const instances = [];
    const other = [];
    for (const value of expected) {
      assert.ok(
        typeof value === "string",
        "All expected entries have to be of type string"
      );
      if (kTypes.has(value)) {
        types.push(value.toLowerCase());
      } else if (classRegExp.exec(value) === null) {
        assert.ok(
          value !== "object",
          'The value "object" should be written as "Object"'
        );
        other.push(value);
      } else {
        instances.push(value);
      }
    }
    if (instances.length > 0) {
      const pos = types.indexOf("object");
      if (pos !== -1) {
        types.slice(pos, 1);
        instances.push("Object");
      }
    }
    if (types.length > 0) {
      message += `${types.length > 1 ? "one of type" : "of type"} ${formatList(
        types,
        "or"
      )}`;
      if (instances.length > 0 || other.length > 0) message += " or ";
    }
    if (instances.length > 0) {
      message += `an instance of ${formatList(instances, "or")}`;
      if (other.length > 0) message += " or ";
    }
    if (other.length > 0) {
      if (other.length > 1) {
        message += `one of ${formatList(other, "or")}`;
      } else {
        if (other[0].toLowerCase() !== other[0]) message += "an ";
        message += `${other[0]}`;
      }
    }
    message += `. Received ${determineSpecificType(actual)}`;
    return message;
  },
  TypeError
);
codes.ERR_INVALID_MODULE_SPECIFIER = createError(
  "ERR_INVALID_MODULE_SPECIFIER",
  /**
   * @param {string} request
   * @param {string} reason
   * @param {string} [base]
   */
  (request, reason, base = void 0) => {
    return `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ""}`;
  },
  TypeError
);
codes.ERR_INVALID_PACKAGE_CONFIG = createError(
  "ERR_INVALID_PACKAGE_CONFIG",
  /**
   * @param {string} path
   * @param {string} [base]
   * @param {string} [message]
   */
  (path6, base, message) => {
    return `Invalid package config ${path6}${base ? ` while importing ${base}` : ""}${message ? `. ${message}` : ""}`;
  },
  Error
);
codes.ERR_INVALID_PACKAGE_TARGET = createError(
  "ERR_INVALID_PACKAGE_TARGET",
  /**
   * @param {string} packagePath
   * @param {string} key
   * @param {unknown} target
   * @param {boolean} [isImport=false]
   * @param {string} [base]
   */
  (packagePath, key, target, isImport = false, base = void 0) => {
    const relatedError = typeof target === "string" && !isImport && target.length > 0 && !target.startsWith("./");
    if (key === ".") {
      assert.ok(isImport === false);
      return `Invalid "exports" main target ${JSON.stringify(target)} defined in the package config ${packagePath}package.json${base ? ` imported from ${base}` : ""}${relatedError ? '; targets must start with "./"' : ""}`;
    }
    return `Invalid "${isImport ? "imports" : "exports"}" target ${JSON.stringify(
      target
    )} defined for '${key}' in the package config ${packagePath}package.json${base ? ` imported from ${base}` : ""}${relatedError ? '; targets must start with "./"' : ""}`;
  },
  Error
);
codes.ERR_MODULE_NOT_FOUND = createError(
  "ERR_MODULE_NOT_FOUND",
  /**
   * @param {string} path
   * @param {string} base
   * @param {boolean} [exactUrl]
   */
  (path6, base, exactUrl = false) => {
    return `Cannot find ${exactUrl ? "module" : "package"} '${path6}' imported from ${base}`;
  },
  Error
);
codes.ERR_NETWORK_IMPORT_DISALLOWED = createError(
  "ERR_NETWORK_IMPORT_DISALLOWED",
  "import of '%s' by %s is not supported: %s",
  Error
);
codes.ERR_PACKAGE_IMPORT_NOT_DEFINED = createError(
  "ERR_PACKAGE_IMPORT_NOT_DEFINED",
  /**
   * @param {string} specifier
   * @param {string} packagePath
   * @param {string} base
   */
  (specifier, packagePath, base) => {
    return `Package import specifier "${specifier}" is not defined${packagePath ? ` in package ${packagePath}package.json` : ""} imported from ${base}`;
  },
  TypeError
);
codes.ERR_PACKAGE_PATH_NOT_EXPORTED = createError(
  "ERR_PACKAGE_PATH_NOT_EXPORTED",
  /**
   * @param {string} packagePath
   * @param {string} subpath
   * @param {string} [base]
   */
  (packagePath, subpath, base = void 0) => {
    if (subpath === ".")
      return `No "exports" main defined in ${packagePath}package.json${base ? ` imported from ${base}` : ""}`;
    return `Package subpath '${subpath}' is not defined by "exports" in ${packagePath}package.json${base ? ` imported from ${base}` : ""}`;
  },
  Error
);
codes.ERR_UNSUPPORTED_DIR_IMPORT = createError(
  "ERR_UNSUPPORTED_DIR_IMPORT",
  "Directory import '%s' is not supported resolving ES modules imported from %s",
  Error
);
codes.ERR_UNSUPPORTED_RESOLVE_REQUEST = createError(
  "ERR_UNSUPPORTED_RESOLVE_REQUEST",
  'Failed to resolve module specifier "%s" from "%s": Invalid relative URL or base scheme is not hierarchical.',
  TypeError
);
codes.ERR_UNKNOWN_FILE_EXTENSION = createError(
  "ERR_UNKNOWN_FILE_EXTENSION",
  /**
   * @param {string} extension
   * @param {string} path
   */
  (extension, path6) => {
    return `Unknown file extension "${extension}" for ${path6}`;
  },
  TypeError
);
codes.ERR_INVALID_ARG_VALUE = createError(
  "ERR_INVALID_ARG_VALUE",
  /**
   * @param {string} name
   * @param {unknown} value
   * @param {string} [reason='is invalid']
   */
  (name, value, reason = "is invalid") => {
    let inspected = inspect(value);
    if (inspected.length > 128) {
      inspected = `${inspected.slice(0, 128)}...`;
    }
    const type = name.includes(".") ? "property" : "argument";
    return `The ${type} '${name}' ${reason}. Received ${inspected}`;
  },
  TypeError
  // Note: extra classes have been shaken out.
  // , RangeError
);
function createError(sym, value, constructor) {
  messages.set(sym, value);
  return makeNodeErrorWithCode(constructor, sym);
}
function makeNodeErrorWithCode(Base, key) {
  return NodeError;
  function NodeError(...parameters) {
    const limit = Error.stackTraceLimit;
    if (isErrorStackTraceLimitWritable()) Error.stackTraceLimit = 0;
    const error = new Base();
    if (isErrorStackTraceLimitWritable()) Error.stackTraceLimit = limit;
    const message = getMessage(key, parameters, error);
    Object.defineProperties(error, {
      // Note: no need to implement `kIsNodeError` symbol, would be hard,
      // probably.
      message: {
        value: message,
        enumerable: false,
        writable: true,
        configurable: true
      },
      toString: {
        /** @this {Error} */
        value() {
          return `${this.name} [${key}]: ${this.message}`;
        },
        enumerable: false,
        writable: true,
        configurable: true
      }
    });
    captureLargerStackTrace(error);
    error.code = key;
    return error;
  }
}
function isErrorStackTraceLimitWritable() {
  try {
    if (v8.startupSnapshot.isBuildingSnapshot()) {
      return false;
    }
  } catch {
  }
  const desc = Object.getOwnPropertyDescriptor(Error, "stackTraceLimit");
  if (desc === void 0) {
    return Object.isExtensible(Error);
  }
  return own.call(desc, "writable") && desc.writable !== void 0 ? desc.writable : desc.set !== void 0;
}
function hideStackFrames(wrappedFunction) {
  const hidden = nodeInternalPrefix + wrappedFunction.name;
  Object.defineProperty(wrappedFunction, "name", { value: hidden });
  return wrappedFunction;
}
var captureLargerStackTrace = hideStackFrames(
  /**
   * @param {Error} error
   * @returns {Error}
   */
  // @ts-expect-error: fine
  function(error) {
    const stackTraceLimitIsWritable = isErrorStackTraceLimitWritable();
    if (stackTraceLimitIsWritable) {
      userStackTraceLimit = Error.stackTraceLimit;
      Error.stackTraceLimit = Number.POSITIVE_INFINITY;
    }
    Error.captureStackTrace(error);
    if (stackTraceLimitIsWritable) Error.stackTraceLimit = userStackTraceLimit;
    return error;
  }
);
function getMessage(key, parameters, self) {
  const message = messages.get(key);
  assert.ok(message !== void 0, "expected `message` to be found");
  if (typeof message === "function") {
    assert.ok(
      message.length <= parameters.length,
      // Default options do not count.
      `Code: ${key}; The provided arguments length (${parameters.length}) does not match the required ones (${message.length}).`
    );
    return Reflect.apply(message, self, parameters);
  }
  const regex = /%[dfijoOs]/g;
  let expectedLength = 0;
  while (regex.exec(message) !== null) expectedLength++;
  assert.ok(
    expectedLength === parameters.length,
    `Code: ${key}; The provided arguments length (${parameters.length}) does not match the required ones (${expectedLength}).`
  );
  if (parameters.length === 0) return message;
  parameters.unshift(message);
  return Reflect.apply(format, null, parameters);
}
function determineSpecificType(value) {
  if (value === null || value === void 0) {
    return String(value);
  }
  if (typeof value === "function" && value.name) {
    return `function ${value.name}`;
  }
  if (typeof value === "object") {
    if (value.constructor && value.constructor.name) {
      return `an instance of ${value.constructor.name}`;
    }
    return `${inspect(value, { depth: -1 })}`;
  }
  let inspected = inspect(value, { colors: false });
  if (inspected.length > 28) {
    inspected = `${inspected.slice(0, 25)}...`;
  }
  return `type ${typeof value} (${inspected})`;
}

// node_modules/@dual-bundle/import-meta-resolve/lib/package-json-reader.js
var hasOwnProperty = {}.hasOwnProperty;
var { ERR_INVALID_PACKAGE_CONFIG } = codes;
var cache = /* @__PURE__ */ new Map();
function read(jsonPath, { base, specifier }) {
  const existing = cache.get(jsonPath);
  if (existing) {
    return existing;
  }
  let string;
  try {
    string = fs.readFileSync(path.toNamespacedPath(jsonPath), "utf8");
  } catch (error) {
    const exception = (
      /** @type {ErrnoException} */
      error
    );
    if (exception.code !== "ENOENT") {
      throw exception;
    }
  }
  const result = {
    exists: false,
    pjsonPath: jsonPath,
    main: void 0,
    name: void 0,
    type: "none",
    // Ignore unknown types for forwards compatibility
    exports: void 0,
    imports: void 0
  };
  if (string !== void 0) {
    let parsed;
    try {
      parsed = JSON.parse(string);
    } catch (error_) {
      const cause = (
        /** @type {ErrnoException} */
        error_
      );
      const error = new ERR_INVALID_PACKAGE_CONFIG(
        jsonPath,
        (base ? `"${specifier}" from ` : "") + fileURLToPath(base || specifier),
        cause.message
      );
      error.cause = cause;
      throw error;
    }
    result.exists = true;
    if (hasOwnProperty.call(parsed, "name") && typeof parsed.name === "string") {
      result.name = parsed.name;
    }
    if (hasOwnProperty.call(parsed, "main") && typeof parsed.main === "string") {
      result.main = parsed.main;
    }
    if (hasOwnProperty.call(parsed, "exports")) {
      result.exports = parsed.exports;
    }
    if (hasOwnProperty.call(parsed, "imports")) {
      result.imports = parsed.imports;
    }
    if (hasOwnProperty.call(parsed, "type") && (parsed.type === "commonjs" || parsed.type === "module")) {
      result.type = parsed.type;
    }
  }
  cache.set(jsonPath, result);
  return result;
}
function getPackageScopeConfig(resolved) {
  let packageJSONUrl = new URL("package.json", resolved);
  while (true) {
    const packageJSONPath2 = packageJSONUrl.pathname;
    if (packageJSONPath2.endsWith("node_modules/package.json")) {
      break;
    }
    const packageConfig = read(fileURLToPath(packageJSONUrl), {
      specifier: resolved
    });
    if (packageConfig.exists) {
      return packageConfig;
    }
    const lastPackageJSONUrl = packageJSONUrl;
    packageJSONUrl = new URL("../package.json", packageJSONUrl);
    if (packageJSONUrl.pathname === lastPackageJSONUrl.pathname) {
      break;
    }
  }
  const packageJSONPath = fileURLToPath(packageJSONUrl);
  return {
    pjsonPath: packageJSONPath,
    exists: false,
    type: "none"
  };
}
function getPackageType(url) {
  return getPackageScopeConfig(url).type;
}

// node_modules/@dual-bundle/import-meta-resolve/lib/get-format.js
var { ERR_UNKNOWN_FILE_EXTENSION } = codes;
var hasOwnProperty2 = {}.hasOwnProperty;
var extensionFormatMap = {
  // @ts-expect-error: hush.
  __proto__: null,
  ".cjs": "commonjs",
  ".js": "module",
  ".json": "json",
  ".mjs": "module"
};
function mimeToFormat(mime) {
  if (mime && /\s*(text|application)\/javascript\s*(;\s*charset=utf-?8\s*)?/i.test(mime))
    return "module";
  if (mime === "application/json") return "json";
  return null;
}
var protocolHandlers = {
  // @ts-expect-error: hush.
  __proto__: null,
  "data:": getDataProtocolModuleFormat,
  "file:": getFileProtocolModuleFormat,
  "http:": getHttpProtocolModuleFormat,
  "https:": getHttpProtocolModuleFormat,
  "node:"() {
    return "builtin";
  }
};
function getDataProtocolModuleFormat(parsed) {
  const { 1: mime } = /^([^/]+\/[^;,]+)[^,]*?(;base64)?,/.exec(
    parsed.pathname
  ) || [null, null, null];
  return mimeToFormat(mime);
}
function extname(url) {
  const pathname = url.pathname;
  let index = pathname.length;
  while (index--) {
    const code = pathname.codePointAt(index);
    if (code === 47) {
      return "";
    }
    if (code === 46) {
      return pathname.codePointAt(index - 1) === 47 ? "" : pathname.slice(index);
    }
  }
  return "";
}
function getFileProtocolModuleFormat(url, _context, ignoreErrors) {
  const value = extname(url);
  if (value === ".js") {
    const packageType = getPackageType(url);
    if (packageType !== "none") {
      return packageType;
    }
    return "commonjs";
  }
  if (value === "") {
    const packageType = getPackageType(url);
    if (packageType === "none" || packageType === "commonjs") {
      return "commonjs";
    }
    return "module";
  }
  const format2 = extensionFormatMap[value];
  if (format2) return format2;
  if (ignoreErrors) {
    return void 0;
  }
  const filepath = fileURLToPath2(url);
  throw new ERR_UNKNOWN_FILE_EXTENSION(value, filepath);
}
function getHttpProtocolModuleFormat() {
}
function defaultGetFormatWithoutErrors(url, context) {
  const protocol = url.protocol;
  if (!hasOwnProperty2.call(protocolHandlers, protocol)) {
    return null;
  }
  return protocolHandlers[protocol](url, context, true) || null;
}

// node_modules/@dual-bundle/import-meta-resolve/lib/utils.js
var { ERR_INVALID_ARG_VALUE } = codes;
var DEFAULT_CONDITIONS = Object.freeze(["node", "import"]);
var DEFAULT_CONDITIONS_SET = new Set(DEFAULT_CONDITIONS);
function getDefaultConditions() {
  return DEFAULT_CONDITIONS;
}
function getDefaultConditionsSet() {
  return DEFAULT_CONDITIONS_SET;
}
function getConditionsSet(conditions) {
  if (conditions !== void 0 && conditions !== getDefaultConditions()) {
    if (!Array.isArray(conditions)) {
      throw new ERR_INVALID_ARG_VALUE(
        "conditions",
        conditions,
        "expected an array"
      );
    }
    return new Set(conditions);
  }
  return getDefaultConditionsSet();
}

// node_modules/@dual-bundle/import-meta-resolve/lib/resolve.js
var RegExpPrototypeSymbolReplace = RegExp.prototype[Symbol.replace];
var {
  ERR_NETWORK_IMPORT_DISALLOWED,
  ERR_INVALID_MODULE_SPECIFIER,
  ERR_INVALID_PACKAGE_CONFIG: ERR_INVALID_PACKAGE_CONFIG2,
  ERR_INVALID_PACKAGE_TARGET,
  ERR_MODULE_NOT_FOUND,
  ERR_PACKAGE_IMPORT_NOT_DEFINED,
  ERR_PACKAGE_PATH_NOT_EXPORTED,
  ERR_UNSUPPORTED_DIR_IMPORT,
  ERR_UNSUPPORTED_RESOLVE_REQUEST
} = codes;
var own2 = {}.hasOwnProperty;
var invalidSegmentRegEx = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;
var deprecatedInvalidSegmentRegEx = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))(\\|\/|$)/i;
var invalidPackageNameRegEx = /^\.|%|\\/;
var patternRegEx = /\*/g;
var encodedSeparatorRegEx = /%2f|%5c/i;
var emittedPackageWarnings = /* @__PURE__ */ new Set();
var doubleSlashRegEx = /[/\\]{2}/;
function emitInvalidSegmentDeprecation(target, request, match, packageJsonUrl, internal, base, isTarget) {
  if (process2.noDeprecation) {
    return;
  }
  const pjsonPath = fileURLToPath3(packageJsonUrl);
  const double = doubleSlashRegEx.exec(isTarget ? target : request) !== null;
  process2.emitWarning(
    `Use of deprecated ${double ? "double slash" : "leading or trailing slash matching"} resolving "${target}" for module request "${request}" ${request === match ? "" : `matched to "${match}" `}in the "${internal ? "imports" : "exports"}" field module resolution of the package at ${pjsonPath}${base ? ` imported from ${fileURLToPath3(base)}` : ""}.`,
    "DeprecationWarning",
    "DEP0166"
  );
}
function emitLegacyIndexDeprecation(url, packageJsonUrl, base, main) {
  if (process2.noDeprecation) {
    return;
  }
  const format2 = defaultGetFormatWithoutErrors(url, { parentURL: base.href });
  if (format2 !== "module") return;
  const urlPath = fileURLToPath3(url.href);
  const packagePath = fileURLToPath3(new URL(".", packageJsonUrl));
  const basePath = fileURLToPath3(base);
  if (!main) {
    process2.emitWarning(
      `No "main" or "exports" field defined in the package.json for ${packagePath} resolving the main entry point "${urlPath.slice(
        packagePath.length
      )}", imported from ${basePath}.
Default "index" lookups for the main are deprecated for ES modules.`,
      "DeprecationWarning",
      "DEP0151"
    );
  } else if (path2.resolve(packagePath, main) !== urlPath) {
    process2.emitWarning(
      `Package ${packagePath} has a "main" field set to "${main}", excluding the full filename and extension to the resolved file at "${urlPath.slice(
        packagePath.length
      )}", imported from ${basePath}.
 Automatic extension resolution of the "main" field is deprecated for ES modules.`,
      "DeprecationWarning",
      "DEP0151"
    );
  }
}
function tryStatSync(path6) {
  try {
    return statSync(path6);
  } catch {
  }
}
function fileExists(url) {
  const stats = statSync(url, { throwIfNoEntry: false });
  const isFile2 = stats ? stats.isFile() : void 0;
  return isFile2 === null || isFile2 === void 0 ? false : isFile2;
}
function legacyMainResolve(packageJsonUrl, packageConfig, base) {
  let guess;
  if (packageConfig.main !== void 0) {
    guess = new URL(packageConfig.main, packageJsonUrl);
    if (fileExists(guess)) return guess;
    const tries2 = [
      `./${packageConfig.main}.js`,
      `./${packageConfig.main}.json`,
      `./${packageConfig.main}.node`,
      `./${packageConfig.main}/index.js`,
      `./${packageConfig.main}/index.json`,
      `./${packageConfig.main}/index.node`
    ];
    let i2 = -1;
    while (++i2 < tries2.length) {
      guess = new URL(tries2[i2], packageJsonUrl);
      if (fileExists(guess)) break;
      guess = void 0;
    }
    if (guess) {
      emitLegacyIndexDeprecation(
        guess,
        packageJsonUrl,
        base,
        packageConfig.main
      );
      return guess;
    }
  }
  const tries = ["./index.js", "./index.json", "./index.node"];
  let i = -1;
  while (++i < tries.length) {
    guess = new URL(tries[i], packageJsonUrl);
    if (fileExists(guess)) break;
    guess = void 0;
  }
  if (guess) {
    emitLegacyIndexDeprecation(guess, packageJsonUrl, base, packageConfig.main);
    return guess;
  }
  throw new ERR_MODULE_NOT_FOUND(
    fileURLToPath3(new URL(".", packageJsonUrl)),
    fileURLToPath3(base)
  );
}
function finalizeResolution(resolved, base, preserveSymlinks) {
  if (encodedSeparatorRegEx.exec(resolved.pathname) !== null) {
    throw new ERR_INVALID_MODULE_SPECIFIER(
      resolved.pathname,
      'must not include encoded "/" or "\\" characters',
      fileURLToPath3(base)
    );
  }
  let filePath;
  try {
    filePath = fileURLToPath3(resolved);
  } catch (error) {
    const cause = (
      /** @type {ErrnoException} */
      error
    );
    Object.defineProperty(cause, "input", { value: String(resolved) });
    Object.defineProperty(cause, "module", { value: String(base) });
    throw cause;
  }
  const stats = tryStatSync(
    filePath.endsWith("/") ? filePath.slice(-1) : filePath
  );
  if (stats && stats.isDirectory()) {
    const error = new ERR_UNSUPPORTED_DIR_IMPORT(filePath, fileURLToPath3(base));
    error.url = String(resolved);
    throw error;
  }
  if (!stats || !stats.isFile()) {
    const error = new ERR_MODULE_NOT_FOUND(
      filePath || resolved.pathname,
      base && fileURLToPath3(base),
      true
    );
    error.url = String(resolved);
    throw error;
  }
  if (!preserveSymlinks) {
    const real = realpathSync(filePath);
    const { search, hash } = resolved;
    resolved = pathToFileURL(real + (filePath.endsWith(path2.sep) ? "/" : ""));
    resolved.search = search;
    resolved.hash = hash;
  }
  return resolved;
}
function importNotDefined(specifier, packageJsonUrl, base) {
  return new ERR_PACKAGE_IMPORT_NOT_DEFINED(
    specifier,
    packageJsonUrl && fileURLToPath3(new URL(".", packageJsonUrl)),
    fileURLToPath3(base)
  );
}
function exportsNotFound(subpath, packageJsonUrl, base) {
  return new ERR_PACKAGE_PATH_NOT_EXPORTED(
    fileURLToPath3(new URL(".", packageJsonUrl)),
    subpath,
    base && fileURLToPath3(base)
  );
}
function throwInvalidSubpath(request, match, packageJsonUrl, internal, base) {
  const reason = `request is not a valid match in pattern "${match}" for the "${internal ? "imports" : "exports"}" resolution of ${fileURLToPath3(packageJsonUrl)}`;
  throw new ERR_INVALID_MODULE_SPECIFIER(
    request,
    reason,
    base && fileURLToPath3(base)
  );
}
function invalidPackageTarget(subpath, target, packageJsonUrl, internal, base) {
  target = typeof target === "object" && target !== null ? JSON.stringify(target, null, "") : `${target}`;
  return new ERR_INVALID_PACKAGE_TARGET(
    fileURLToPath3(new URL(".", packageJsonUrl)),
    subpath,
    target,
    internal,
    base && fileURLToPath3(base)
  );
}
function resolvePackageTargetString(target, subpath, match, packageJsonUrl, base, pattern, internal, isPathMap, conditions) {
  if (subpath !== "" && !pattern && target[target.length - 1] !== "/")
    throw invalidPackageTarget(match, target, packageJsonUrl, internal, base);
  if (!target.startsWith("./")) {
    if (internal && !target.startsWith("../") && !target.startsWith("/")) {
      let isURL = false;
      try {
        new URL(target);
        isURL = true;
      } catch {
      }
      if (!isURL) {
        const exportTarget = pattern ? RegExpPrototypeSymbolReplace.call(
          patternRegEx,
          target,
          () => subpath
        ) : target + subpath;
        return packageResolve(exportTarget, packageJsonUrl, conditions);
      }
    }
    throw invalidPackageTarget(match, target, packageJsonUrl, internal, base);
  }
  if (invalidSegmentRegEx.exec(target.slice(2)) !== null) {
    if (deprecatedInvalidSegmentRegEx.exec(target.slice(2)) === null) {
      if (!isPathMap) {
        const request = pattern ? match.replace("*", () => subpath) : match + subpath;
        const resolvedTarget = pattern ? RegExpPrototypeSymbolReplace.call(
          patternRegEx,
          target,
          () => subpath
        ) : target;
        emitInvalidSegmentDeprecation(
          resolvedTarget,
          request,
          match,
          packageJsonUrl,
          internal,
          base,
          true
        );
      }
    } else {
      throw invalidPackageTarget(match, target, packageJsonUrl, internal, base);
    }
  }
  const resolved = new URL(target, packageJsonUrl);
  const resolvedPath = resolved.pathname;
  const packagePath = new URL(".", packageJsonUrl).pathname;
  if (!resolvedPath.startsWith(packagePath))
    throw invalidPackageTarget(match, target, packageJsonUrl, internal, base);
  if (subpath === "") return resolved;
  if (invalidSegmentRegEx.exec(subpath) !== null) {
    const request = pattern ? match.replace("*", () => subpath) : match + subpath;
    if (deprecatedInvalidSegmentRegEx.exec(subpath) === null) {
      if (!isPathMap) {
        const resolvedTarget = pattern ? RegExpPrototypeSymbolReplace.call(
          patternRegEx,
          target,
          () => subpath
        ) : target;
        emitInvalidSegmentDeprecation(
          resolvedTarget,
          request,
          match,
          packageJsonUrl,
          internal,
          base,
          false
        );
      }
    } else {
      throwInvalidSubpath(request, match, packageJsonUrl, internal, base);
    }
  }
  if (pattern) {
    return new URL(
      RegExpPrototypeSymbolReplace.call(
        patternRegEx,
        resolved.href,
        () => subpath
      )
    );
  }
  return new URL(subpath, resolved);
}
function isArrayIndex(key) {
  const keyNumber = Number(key);
  if (`${keyNumber}` !== key) return false;
  return keyNumber >= 0 && keyNumber < 4294967295;
}
function resolvePackageTarget(packageJsonUrl, target, subpath, packageSubpath, base, pattern, internal, isPathMap, conditions) {
  if (typeof target === "string") {
    return resolvePackageTargetString(
      target,
      subpath,
      packageSubpath,
      packageJsonUrl,
      base,
      pattern,
      internal,
      isPathMap,
      conditions
    );
  }
  if (Array.isArray(target)) {
    const targetList = target;
    if (targetList.length === 0) return null;
    let lastException;
    let i = -1;
    while (++i < targetList.length) {
      const targetItem = targetList[i];
      let resolveResult;
      try {
        resolveResult = resolvePackageTarget(
          packageJsonUrl,
          targetItem,
          subpath,
          packageSubpath,
          base,
          pattern,
          internal,
          isPathMap,
          conditions
        );
      } catch (error) {
        const exception = (
          /** @type {ErrnoException} */
          error
        );
        lastException = exception;
        if (exception.code === "ERR_INVALID_PACKAGE_TARGET") continue;
        throw error;
      }
      if (resolveResult === void 0) continue;
      if (resolveResult === null) {
        lastException = null;
        continue;
      }
      return resolveResult;
    }
    if (lastException === void 0 || lastException === null) {
      return null;
    }
    throw lastException;
  }
  if (typeof target === "object" && target !== null) {
    const keys = Object.getOwnPropertyNames(target);
    let i = -1;
    while (++i < keys.length) {
      const key = keys[i];
      if (isArrayIndex(key)) {
        throw new ERR_INVALID_PACKAGE_CONFIG2(
          fileURLToPath3(packageJsonUrl),
          base,
          '"exports" cannot contain numeric property keys.'
        );
      }
    }
    i = -1;
    while (++i < keys.length) {
      const key = keys[i];
      if (key === "default" || conditions && conditions.has(key)) {
        const conditionalTarget = (
          /** @type {unknown} */
          target[key]
        );
        const resolveResult = resolvePackageTarget(
          packageJsonUrl,
          conditionalTarget,
          subpath,
          packageSubpath,
          base,
          pattern,
          internal,
          isPathMap,
          conditions
        );
        if (resolveResult === void 0) continue;
        return resolveResult;
      }
    }
    return null;
  }
  if (target === null) {
    return null;
  }
  throw invalidPackageTarget(
    packageSubpath,
    target,
    packageJsonUrl,
    internal,
    base
  );
}
function isConditionalExportsMainSugar(exports, packageJsonUrl, base) {
  if (typeof exports === "string" || Array.isArray(exports)) return true;
  if (typeof exports !== "object" || exports === null) return false;
  const keys = Object.getOwnPropertyNames(exports);
  let isConditionalSugar = false;
  let i = 0;
  let keyIndex = -1;
  while (++keyIndex < keys.length) {
    const key = keys[keyIndex];
    const currentIsConditionalSugar = key === "" || key[0] !== ".";
    if (i++ === 0) {
      isConditionalSugar = currentIsConditionalSugar;
    } else if (isConditionalSugar !== currentIsConditionalSugar) {
      throw new ERR_INVALID_PACKAGE_CONFIG2(
        fileURLToPath3(packageJsonUrl),
        base,
        `"exports" cannot contain some keys starting with '.' and some not. The exports object must either be an object of package subpath keys or an object of main entry condition name keys only.`
      );
    }
  }
  return isConditionalSugar;
}
function emitTrailingSlashPatternDeprecation(match, pjsonUrl, base) {
  if (process2.noDeprecation) {
    return;
  }
  const pjsonPath = fileURLToPath3(pjsonUrl);
  if (emittedPackageWarnings.has(pjsonPath + "|" + match)) return;
  emittedPackageWarnings.add(pjsonPath + "|" + match);
  process2.emitWarning(
    `Use of deprecated trailing slash pattern mapping "${match}" in the "exports" field module resolution of the package at ${pjsonPath}${base ? ` imported from ${fileURLToPath3(base)}` : ""}. Mapping specifiers ending in "/" is no longer supported.`,
    "DeprecationWarning",
    "DEP0155"
  );
}
function packageExportsResolve(packageJsonUrl, packageSubpath, packageConfig, base, conditions) {
  let exports = packageConfig.exports;
  if (isConditionalExportsMainSugar(exports, packageJsonUrl, base)) {
    exports = { ".": exports };
  }
  if (own2.call(exports, packageSubpath) && !packageSubpath.includes("*") && !packageSubpath.endsWith("/")) {
    const target = exports[packageSubpath];
    const resolveResult = resolvePackageTarget(
      packageJsonUrl,
      target,
      "",
      packageSubpath,
      base,
      false,
      false,
      false,
      conditions
    );
    if (resolveResult === null || resolveResult === void 0) {
      throw exportsNotFound(packageSubpath, packageJsonUrl, base);
    }
    return resolveResult;
  }
  let bestMatch = "";
  let bestMatchSubpath = "";
  const keys = Object.getOwnPropertyNames(exports);
  let i = -1;
  while (++i < keys.length) {
    const key = keys[i];
    const patternIndex = key.indexOf("*");
    if (patternIndex !== -1 && packageSubpath.startsWith(key.slice(0, patternIndex))) {
      if (packageSubpath.endsWith("/")) {
        emitTrailingSlashPatternDeprecation(
          packageSubpath,
          packageJsonUrl,
          base
        );
      }
      const patternTrailer = key.slice(patternIndex + 1);
      if (packageSubpath.length >= key.length && packageSubpath.endsWith(patternTrailer) && patternKeyCompare(bestMatch, key) === 1 && key.lastIndexOf("*") === patternIndex) {
        bestMatch = key;
        bestMatchSubpath = packageSubpath.slice(
          patternIndex,
          packageSubpath.length - patternTrailer.length
        );
      }
    }
  }
  if (bestMatch) {
    const target = (
      /** @type {unknown} */
      exports[bestMatch]
    );
    const resolveResult = resolvePackageTarget(
      packageJsonUrl,
      target,
      bestMatchSubpath,
      bestMatch,
      base,
      true,
      false,
      packageSubpath.endsWith("/"),
      conditions
    );
    if (resolveResult === null || resolveResult === void 0) {
      throw exportsNotFound(packageSubpath, packageJsonUrl, base);
    }
    return resolveResult;
  }
  throw exportsNotFound(packageSubpath, packageJsonUrl, base);
}
function patternKeyCompare(a, b) {
  const aPatternIndex = a.indexOf("*");
  const bPatternIndex = b.indexOf("*");
  const baseLengthA = aPatternIndex === -1 ? a.length : aPatternIndex + 1;
  const baseLengthB = bPatternIndex === -1 ? b.length : bPatternIndex + 1;
  if (baseLengthA > baseLengthB) return -1;
  if (baseLengthB > baseLengthA) return 1;
  if (aPatternIndex === -1) return 1;
  if (bPatternIndex === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}
function packageImportsResolve(name, base, conditions) {
  if (name === "#" || name.startsWith("#/") || name.endsWith("/")) {
    const reason = "is not a valid internal imports specifier name";
    throw new ERR_INVALID_MODULE_SPECIFIER(name, reason, fileURLToPath3(base));
  }
  let packageJsonUrl;
  const packageConfig = getPackageScopeConfig(base);
  if (packageConfig.exists) {
    packageJsonUrl = pathToFileURL(packageConfig.pjsonPath);
    const imports = packageConfig.imports;
    if (imports) {
      if (own2.call(imports, name) && !name.includes("*")) {
        const resolveResult = resolvePackageTarget(
          packageJsonUrl,
          imports[name],
          "",
          name,
          base,
          false,
          true,
          false,
          conditions
        );
        if (resolveResult !== null && resolveResult !== void 0) {
          return resolveResult;
        }
      } else {
        let bestMatch = "";
        let bestMatchSubpath = "";
        const keys = Object.getOwnPropertyNames(imports);
        let i = -1;
        while (++i < keys.length) {
          const key = keys[i];
          const patternIndex = key.indexOf("*");
          if (patternIndex !== -1 && name.startsWith(key.slice(0, -1))) {
            const patternTrailer = key.slice(patternIndex + 1);
            if (name.length >= key.length && name.endsWith(patternTrailer) && patternKeyCompare(bestMatch, key) === 1 && key.lastIndexOf("*") === patternIndex) {
              bestMatch = key;
              bestMatchSubpath = name.slice(
                patternIndex,
                name.length - patternTrailer.length
              );
            }
          }
        }
        if (bestMatch) {
          const target = imports[bestMatch];
          const resolveResult = resolvePackageTarget(
            packageJsonUrl,
            target,
            bestMatchSubpath,
            bestMatch,
            base,
            true,
            true,
            false,
            conditions
          );
          if (resolveResult !== null && resolveResult !== void 0) {
            return resolveResult;
          }
        }
      }
    }
  }
  throw importNotDefined(name, packageJsonUrl, base);
}
function parsePackageName(specifier, base) {
  let separatorIndex = specifier.indexOf("/");
  let validPackageName = true;
  let isScoped = false;
  if (specifier[0] === "@") {
    isScoped = true;
    if (separatorIndex === -1 || specifier.length === 0) {
      validPackageName = false;
    } else {
      separatorIndex = specifier.indexOf("/", separatorIndex + 1);
    }
  }
  const packageName = separatorIndex === -1 ? specifier : specifier.slice(0, separatorIndex);
  if (invalidPackageNameRegEx.exec(packageName) !== null) {
    validPackageName = false;
  }
  if (!validPackageName) {
    throw new ERR_INVALID_MODULE_SPECIFIER(
      specifier,
      "is not a valid package name",
      fileURLToPath3(base)
    );
  }
  const packageSubpath = "." + (separatorIndex === -1 ? "" : specifier.slice(separatorIndex));
  return { packageName, packageSubpath, isScoped };
}
function packageResolve(specifier, base, conditions) {
  if (builtinModules.includes(specifier)) {
    return new URL("node:" + specifier);
  }
  const { packageName, packageSubpath, isScoped } = parsePackageName(
    specifier,
    base
  );
  const packageConfig = getPackageScopeConfig(base);
  if (packageConfig.exists) {
    const packageJsonUrl2 = pathToFileURL(packageConfig.pjsonPath);
    if (packageConfig.name === packageName && packageConfig.exports !== void 0 && packageConfig.exports !== null) {
      return packageExportsResolve(
        packageJsonUrl2,
        packageSubpath,
        packageConfig,
        base,
        conditions
      );
    }
  }
  let packageJsonUrl = new URL(
    "./node_modules/" + packageName + "/package.json",
    base
  );
  let packageJsonPath = fileURLToPath3(packageJsonUrl);
  let lastPath;
  do {
    const stat = tryStatSync(packageJsonPath.slice(0, -13));
    if (!stat || !stat.isDirectory()) {
      lastPath = packageJsonPath;
      packageJsonUrl = new URL(
        (isScoped ? "../../../../node_modules/" : "../../../node_modules/") + packageName + "/package.json",
        packageJsonUrl
      );
      packageJsonPath = fileURLToPath3(packageJsonUrl);
      continue;
    }
    const packageConfig2 = read(packageJsonPath, { base, specifier });
    if (packageConfig2.exports !== void 0 && packageConfig2.exports !== null) {
      return packageExportsResolve(
        packageJsonUrl,
        packageSubpath,
        packageConfig2,
        base,
        conditions
      );
    }
    if (packageSubpath === ".") {
      return legacyMainResolve(packageJsonUrl, packageConfig2, base);
    }
    return new URL(packageSubpath, packageJsonUrl);
  } while (packageJsonPath.length !== lastPath.length);
  throw new ERR_MODULE_NOT_FOUND(packageName, fileURLToPath3(base), false);
}
function isRelativeSpecifier(specifier) {
  if (specifier[0] === ".") {
    if (specifier.length === 1 || specifier[1] === "/") return true;
    if (specifier[1] === "." && (specifier.length === 2 || specifier[2] === "/")) {
      return true;
    }
  }
  return false;
}
function shouldBeTreatedAsRelativeOrAbsolutePath(specifier) {
  if (specifier === "") return false;
  if (specifier[0] === "/") return true;
  return isRelativeSpecifier(specifier);
}
function moduleResolve(specifier, base, conditions, preserveSymlinks) {
  if (conditions === void 0) {
    conditions = getConditionsSet();
  }
  const protocol = base.protocol;
  const isData = protocol === "data:";
  const isRemote = isData || protocol === "http:" || protocol === "https:";
  let resolved;
  if (shouldBeTreatedAsRelativeOrAbsolutePath(specifier)) {
    try {
      resolved = new URL(specifier, base);
    } catch (error_) {
      const error = new ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, base);
      error.cause = error_;
      throw error;
    }
  } else if (protocol === "file:" && specifier[0] === "#") {
    resolved = packageImportsResolve(specifier, base, conditions);
  } else {
    try {
      resolved = new URL(specifier);
    } catch (error_) {
      if (isRemote && !builtinModules.includes(specifier)) {
        const error = new ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, base);
        error.cause = error_;
        throw error;
      }
      resolved = packageResolve(specifier, base, conditions);
    }
  }
  assert2.ok(resolved !== void 0, "expected to be defined");
  if (resolved.protocol !== "file:") {
    return resolved;
  }
  return finalizeResolution(resolved, base, preserveSymlinks);
}

// node_modules/@pkgr/core/lib/constants.js
import { createRequire } from "node:module";
var cjsRequire = typeof __require === "function" ? __require : createRequire(import.meta.url);
var DEFAULT_EXTENSIONS = cjsRequire.extensions ? Object.keys(cjsRequire.extensions) : [".js", ".json", ".node"];
var EXTENSIONS = [".ts", ".tsx", ...DEFAULT_EXTENSIONS];

// node_modules/@pkgr/core/lib/helpers.js
import fs2, {} from "node:fs";
import path3 from "node:path";
var tryPkg = (pkg) => {
  try {
    return cjsRequire.resolve(pkg);
  } catch {
  }
};
var isPkgAvailable = (pkg) => Boolean(tryPkg(pkg));
var ANY_FILE_TYPES = /* @__PURE__ */ new Set(["any", true]);
var isAnyFileType = (type) => ANY_FILE_TYPES.has(type);
var tryFileStats = (filename, type = "file", base = process.cwd()) => {
  if (!type) {
    type = "file";
  }
  if (typeof filename === "string") {
    const filepath = path3.resolve(base, filename);
    let stats;
    try {
      stats = fs2.statSync(filepath, { throwIfNoEntry: false });
    } catch {
    }
    return stats && (isAnyFileType(type) || (Array.isArray(type) ? type : [type]).some((type2) => stats[`is${type2[0].toUpperCase()}${type2.slice(1)}`]())) ? { filepath, stats } : void 0;
  }
  for (const file of filename ?? []) {
    const result = tryFileStats(file, type, base);
    if (result) {
      return result;
    }
  }
};
var tryFile = (filename, type = "file", base) => tryFileStats(filename, type, base)?.filepath ?? "";
var tryExtensions = (filepath, extensions = EXTENSIONS) => {
  const ext = [...extensions, ""].find((ext2) => tryFile(filepath + ext2));
  return ext == null ? "" : filepath + ext;
};
var findUp = (entryOrOptions, options) => {
  if (typeof entryOrOptions === "string") {
    options = {
      entry: entryOrOptions,
      ...options
    };
  } else if (entryOrOptions) {
    options = options ? { ...entryOrOptions, ...options } : entryOrOptions;
  }
  let { entry = process.cwd(), search = "package.json", type, stop } = options ?? {};
  search = Array.isArray(search) ? search : [search];
  do {
    const searched = tryFile(search, type, entry);
    if (searched) {
      return searched;
    }
    const lastEntry = entry;
    entry = path3.dirname(entry);
    if (entry === lastEntry) {
      break;
    }
  } while (!stop || entry !== stop);
  return "";
};

// node_modules/synckit/lib/helpers.js
var import_shared4 = __toESM(require_shared(), 1);

// node_modules/synckit/lib/common.js
var import_shared = __toESM(require_shared(), 1);
var import_shared2 = __toESM(require_shared(), 1);
var hasFlag = (flag) => (0, import_shared.getFlag)(flag) != null;

// node_modules/synckit/lib/constants.js
var import_shared3 = __toESM(require_shared(), 1);
var TsRunner = {
  Node: "node",
  Bun: "bun",
  TsNode: "ts-node",
  EsbuildRegister: "esbuild-register",
  EsbuildRunner: "esbuild-runner",
  OXC: "oxc",
  SWC: "swc",
  TSX: "tsx"
};
var { SYNCKIT_EXEC_ARGV = "", SYNCKIT_GLOBAL_SHIMS, SYNCKIT_TIMEOUT, SYNCKIT_TS_RUNNER } = process.env;
var TS_ESM_PARTIAL_SUPPORTED = (0, import_shared2.compareNodeVersion)("16") >= 0 && (0, import_shared2.compareNodeVersion)("18.19") < 0;
var MTS_SUPPORTED = (0, import_shared2.compareNodeVersion)("20.8") >= 0;
var MODULE_REGISTER_SUPPORTED = MTS_SUPPORTED || (0, import_shared2.compareNodeVersion)("18.19") >= 0;
var STRIP_TYPES_NODE_VERSION = "22.6";
var TRANSFORM_TYPES_NODE_VERSION = "22.7";
var FEATURE_TYPESCRIPT_NODE_VERSION = "22.10";
var DEFAULT_TYPES_NODE_VERSION = "23.6";
var STRIP_TYPES_FLAG = "--experimental-strip-types";
var TRANSFORM_TYPES_FLAG = "--experimental-transform-types";
var NO_STRIP_TYPES_FLAG = "--no-experimental-strip-types";
var NO_STRIP_TYPES = hasFlag(NO_STRIP_TYPES_FLAG) && ((0, import_shared2.compareNodeVersion)(FEATURE_TYPESCRIPT_NODE_VERSION) >= 0 ? process.features.typescript === false : !hasFlag(STRIP_TYPES_FLAG) && !hasFlag(TRANSFORM_TYPES_FLAG));
var DEFAULT_TIMEOUT = SYNCKIT_TIMEOUT ? +SYNCKIT_TIMEOUT : void 0;
var DEFAULT_EXEC_ARGV = SYNCKIT_EXEC_ARGV.split(",");
var DEFAULT_TS_RUNNER = SYNCKIT_TS_RUNNER;
var DEFAULT_GLOBAL_SHIMS = ["1", "true"].includes(SYNCKIT_GLOBAL_SHIMS);
var DEFAULT_GLOBAL_SHIMS_PRESET = [
  {
    moduleName: "node-fetch-native",
    globalName: "fetch",
    named: "fetch"
  },
  {
    moduleName: "node:perf_hooks",
    globalName: "performance",
    named: "performance"
  }
];
var IMPORT_FLAG = "--import";
var REQUIRE_FLAG = "--require";
var REQUIRE_ABBR_FLAG = "-r";
var REQUIRE_FLAGS = /* @__PURE__ */ new Set([REQUIRE_FLAG, REQUIRE_ABBR_FLAG]);
var LOADER_FLAG = "--loader";
var EXPERIMENTAL_LOADER_FLAG = "--experimental-loader";
var LOADER_FLAGS = /* @__PURE__ */ new Set([LOADER_FLAG, EXPERIMENTAL_LOADER_FLAG]);
var IMPORT_FLAG_SUPPORTED = (0, import_shared2.compareNodeVersion)("20.6") >= 0;

// node_modules/synckit/lib/helpers.js
var import_shared5 = __toESM(require_shared(), 1);
var isFile = (path6) => {
  try {
    return !!fs3.statSync(path6, { throwIfNoEntry: false })?.isFile();
  } catch {
    return false;
  }
};
var isPkgAvailableFrom = (pkg, base) => {
  try {
    createRequire2(base).resolve(pkg);
    return true;
  } catch {
    return false;
  }
};
var CONDITIONS_FLAGS = /* @__PURE__ */ new Set(["--conditions", "-C"]);
var requireModuleByDefault = (0, import_shared2.compareNodeVersion)("22.12.0") >= 0 || (0, import_shared2.compareNodeVersion)("20.19.0") >= 0 && (0, import_shared2.compareNodeVersion)("21") < 0;
var hasRequireModule = (execArgv) => (0, import_shared4.getFlag)("--no-experimental-require-module", void 0, execArgv) == null && ((0, import_shared4.getFlag)("--experimental-require-module", void 0, execArgv) != null || requireModuleByDefault);
var esmConditions = (execArgv) => /* @__PURE__ */ new Set([
  "node",
  "import",
  ...(0, import_shared4.getFlag)("--no-addons", void 0, execArgv) == null ? ["node-addons"] : [],
  ...hasRequireModule(execArgv) ? ["module-sync"] : [],
  ...(0, import_shared4.getFlagValues)(CONDITIONS_FLAGS, execArgv)
]);
var resolveEsmImport = (specifier, workerPath, conditions) => {
  if (process.versions.pnp) {
    const pnp = createRequire2(workerPath)("pnpapi");
    const resolved = pnp.resolveRequest(specifier, workerPath, { conditions });
    return resolved == null ? specifier : pathToFileURL2(resolved).href;
  }
  return moduleResolve(specifier, pathToFileURL2(workerPath), conditions, false).href;
};
var isPkgImportableFrom = (pkg, workerPath, conditions) => {
  try {
    resolveEsmImport(pkg, workerPath, conditions);
    return true;
  } catch {
    return false;
  }
};
var dataUrl = (code) => new URL(`data:text/javascript,${encodeURIComponent(code)}`);
var withProperties = (error, properties) => error && typeof error === "object" ? Object.assign(error, properties) : error;
var EMPTY_PORT_READS = 1e5;
var EMPTY_PORT_READ_SLICE = 10;
var FALLBACK_WARNING_CODE = "SYNCKIT_GUARD_ORDERING";
var abortRequest = (mainPort, id) => {
  const abortMsg = { id, cmd: "abort" };
  mainPort.postMessage(abortMsg);
};
var noteEmptyRead = (sharedBufferView, emptyReads, deadline, remaining, mainPort, expectedId) => {
  if (deadline != null && Date.now() >= deadline) {
    abortRequest(mainPort, expectedId);
    throw new Error("Internal error: Atomics.wait() failed: timed-out");
  }
  const reads = emptyReads + 1;
  if (reads % EMPTY_PORT_READS === 0) {
    Atomics.wait(sharedBufferView, import_shared4.NOTIFY_INDEX, Atomics.load(sharedBufferView, import_shared4.NOTIFY_INDEX), Math.min(remaining ?? EMPTY_PORT_READ_SLICE, EMPTY_PORT_READ_SLICE));
  }
  return reads;
};
var hasRequireFlag = (execArgv) => execArgv.some((execArg) => REQUIRE_FLAGS.has(execArg));
var hasImportFlag = (execArgv) => execArgv.includes(IMPORT_FLAG);
var hasLoaderFlag = (execArgv) => execArgv.some((execArg) => LOADER_FLAGS.has(execArg));
var resolvePnpApiPath = () => {
  if (!process.versions.pnp) {
    return void 0;
  }
  try {
    return cjsRequire.resolve("pnpapi");
  } catch {
    return void 0;
  }
};
var setupTsRunner = (workerPath, { execArgv = DEFAULT_EXEC_ARGV, tsRunner } = {}) => {
  let ext = path4.extname(workerPath);
  if (!/([/\\])node_modules\1/.test(workerPath) && (!ext || /^\.[cm]?js$/.test(ext))) {
    const workPathWithoutExt = ext ? workerPath.slice(0, -ext.length) : workerPath;
    let extensions;
    switch (ext) {
      case ".cjs": {
        extensions = [".cts", ".cjs"];
        break;
      }
      case ".mjs": {
        extensions = [".mts", ".mjs"];
        break;
      }
      default: {
        extensions = [".ts", ".js"];
        break;
      }
    }
    const found = tryExtensions(workPathWithoutExt, extensions);
    let differentExt;
    if (found && (!ext || (differentExt = found !== workPathWithoutExt))) {
      workerPath = found;
      if (differentExt) {
        ext = path4.extname(workerPath);
      }
    }
  }
  const isTs = /\.[cm]?ts$/.test(workerPath);
  let jsUseEsm = ext === ".mjs";
  let tsUseEsm = ext === ".mts";
  if (isTs) {
    if (!tsUseEsm && ext !== ".cts") {
      const pkg = findUp(workerPath);
      if (pkg) {
        tsUseEsm = cjsRequire(pkg).type === "module";
      }
    }
    const stripTypesIndex = execArgv.indexOf(STRIP_TYPES_FLAG);
    const transformTypesIndex = execArgv.indexOf(TRANSFORM_TYPES_FLAG);
    const noStripTypesIndex = execArgv.indexOf(NO_STRIP_TYPES_FLAG);
    const execArgvNoStripTypes = noStripTypesIndex > stripTypesIndex || noStripTypesIndex > transformTypesIndex;
    const noStripTypes = execArgvNoStripTypes || stripTypesIndex === -1 && transformTypesIndex === -1 && NO_STRIP_TYPES;
    if (tsRunner == null) {
      if (process.versions.bun) {
        tsRunner = TsRunner.Bun;
      } else if (!noStripTypes && (0, import_shared2.compareNodeVersion)(STRIP_TYPES_NODE_VERSION) >= 0) {
        tsRunner = TsRunner.Node;
      } else if (isPkgAvailable(TsRunner.TsNode)) {
        tsRunner = TsRunner.TsNode;
      }
    }
    switch (tsRunner) {
      case TsRunner.Bun: {
        break;
      }
      case TsRunner.Node: {
        if ((0, import_shared2.compareNodeVersion)(STRIP_TYPES_NODE_VERSION) < 0) {
          throw new Error("type stripping is not supported in this node version");
        }
        if (noStripTypes) {
          throw new Error("type stripping is disabled explicitly");
        }
        if ((0, import_shared2.compareNodeVersion)(DEFAULT_TYPES_NODE_VERSION) >= 0) {
          break;
        }
        if ((0, import_shared2.compareNodeVersion)(TRANSFORM_TYPES_NODE_VERSION) >= 0 && !execArgv.includes(TRANSFORM_TYPES_FLAG)) {
          execArgv = [TRANSFORM_TYPES_FLAG, ...execArgv];
        } else if ((0, import_shared2.compareNodeVersion)(STRIP_TYPES_NODE_VERSION) >= 0 && !execArgv.includes(STRIP_TYPES_FLAG)) {
          execArgv = [STRIP_TYPES_FLAG, ...execArgv];
        }
        break;
      }
      case TsRunner.TsNode: {
        if (tsUseEsm) {
          if (!execArgv.includes(LOADER_FLAG)) {
            execArgv = [LOADER_FLAG, `${TsRunner.TsNode}/esm`, ...execArgv];
          }
        } else if (!hasRequireFlag(execArgv)) {
          execArgv = [
            REQUIRE_ABBR_FLAG,
            `${TsRunner.TsNode}/register`,
            ...execArgv
          ];
        }
        break;
      }
      case TsRunner.EsbuildRegister: {
        if (tsUseEsm) {
          if (!hasLoaderFlag(execArgv)) {
            execArgv = [
              LOADER_FLAG,
              `${TsRunner.EsbuildRegister}/loader`,
              ...execArgv
            ];
          }
        } else if (!hasRequireFlag(execArgv)) {
          execArgv = [REQUIRE_ABBR_FLAG, TsRunner.EsbuildRegister, ...execArgv];
        }
        break;
      }
      case TsRunner.EsbuildRunner: {
        if (!hasRequireFlag(execArgv)) {
          execArgv = [
            REQUIRE_ABBR_FLAG,
            `${TsRunner.EsbuildRunner}/register`,
            ...execArgv
          ];
        }
        break;
      }
      case TsRunner.OXC: {
        if (!execArgv.includes(IMPORT_FLAG)) {
          execArgv = [
            IMPORT_FLAG,
            `@${TsRunner.OXC}-node/core/register`,
            ...execArgv
          ];
        }
        break;
      }
      case TsRunner.SWC: {
        if (tsUseEsm) {
          if (IMPORT_FLAG_SUPPORTED) {
            if (!hasImportFlag(execArgv)) {
              execArgv = [
                IMPORT_FLAG,
                `@${TsRunner.SWC}-node/register/esm-register`,
                ...execArgv
              ];
            }
          } else if (!hasLoaderFlag(execArgv)) {
            execArgv = [
              LOADER_FLAG,
              `@${TsRunner.SWC}-node/register/esm`,
              ...execArgv
            ];
          }
        } else if (!hasRequireFlag(execArgv)) {
          execArgv = [
            REQUIRE_ABBR_FLAG,
            `@${TsRunner.SWC}-node/register`,
            ...execArgv
          ];
        }
        break;
      }
      case TsRunner.TSX: {
        if (IMPORT_FLAG_SUPPORTED) {
          if (!execArgv.includes(IMPORT_FLAG)) {
            execArgv = [IMPORT_FLAG, TsRunner.TSX, ...execArgv];
          }
        } else if (!execArgv.includes(LOADER_FLAG)) {
          execArgv = [LOADER_FLAG, TsRunner.TSX, ...execArgv];
        }
        break;
      }
      default: {
        throw new Error(`Unknown ts runner: ${String(tsRunner)}`);
      }
    }
  } else if (!jsUseEsm && ext !== ".cjs") {
    const pkg = findUp(workerPath);
    if (pkg) {
      jsUseEsm = cjsRequire(pkg).type === "module";
    }
  }
  const pnpApiPath = resolvePnpApiPath();
  let resolvedPnpLoaderPath;
  if (pnpApiPath !== void 0 && !(0, import_shared4.getFlag)(REQUIRE_FLAGS, pnpApiPath) && !execArgv.includes(pnpApiPath)) {
    const pnpLoaderPath = path4.resolve(pnpApiPath, "../.pnp.loader.mjs");
    if (isFile(pnpLoaderPath)) {
      const pnpLoaderUrl = pathToFileURL2(pnpLoaderPath).href;
      const pnpLoaderRealPath = fs3.realpathSync(pnpLoaderPath);
      const inheritedPnpLoader = (0, import_shared4.getFlagValues)(LOADER_FLAGS).some((value) => {
        if (value === pnpLoaderUrl) {
          return true;
        }
        try {
          const loaderPath = value.startsWith("file:") ? fileURLToPath4(value) : path4.resolve(value);
          return fs3.realpathSync(loaderPath) === pnpLoaderRealPath;
        } catch {
          return false;
        }
      });
      if (!inheritedPnpLoader) {
        resolvedPnpLoaderPath = pnpLoaderUrl;
        execArgv = [LOADER_FLAG, resolvedPnpLoaderPath, ...execArgv];
      }
    }
  }
  return {
    ext,
    isTs,
    jsUseEsm,
    tsRunner,
    tsUseEsm,
    workerPath,
    pnpApiPath,
    pnpLoaderPath: resolvedPnpLoaderPath,
    execArgv
  };
};
var encodeImportModule = (moduleNameOrGlobalShim, type = "import") => {
  const { moduleName, globalName, named, conditional } = typeof moduleNameOrGlobalShim === "string" ? { moduleName: moduleNameOrGlobalShim } : moduleNameOrGlobalShim;
  const importStatement = type === "import" ? `import${globalName ? " " + (named === null ? "* as " + globalName : named?.trim() ? `{${named}}` : globalName) + " from" : ""} ${JSON.stringify(path4.isAbsolute(moduleName) ? pathToFileURL2(moduleName) : moduleName)}` : `${globalName ? "const " + (named?.trim() ? `{${named}}` : globalName) + "=" : ""}require(${JSON.stringify(moduleName)})`;
  if (!globalName) {
    return importStatement;
  }
  const overrideStatement = `globalThis.${globalName}=${named?.trim() ? named : globalName}`;
  return importStatement + (conditional === false ? `;${overrideStatement}` : `;if(!globalThis.${globalName})${overrideStatement}`);
};
var _generateGlobals = (globalShims, type) => globalShims.reduce((acc, shim) => `${acc}${acc ? ";" : ""}${encodeImportModule(shim, type)}`, "");
var _dirname = typeof __dirname === "undefined" ? path4.dirname(fileURLToPath4(import.meta.url)) : __dirname;
var generateGlobals = (workerPath, globalShims, type = "import", execArgv = []) => {
  if (globalShims.length === 0) {
    return "";
  }
  if (type === "require") {
    return _generateGlobals(globalShims, "require");
  }
  const conditions = esmConditions(execArgv);
  return _generateGlobals(globalShims.map((shim) => ({
    ...shim,
    moduleName: resolveEsmImport(shim.moduleName, workerPath, conditions)
  })), "import");
};
var requireGlobalsFromWorker = (workerPath, globals) => globals ? `{const require=globalThis.require('node:module').createRequire(${JSON.stringify(workerPath)});${globals}}` : globals;
var workerPreload = path4.resolve(_dirname, "./synckit-register.cjs");
function startWorkerThread(workerPath, { timeout = DEFAULT_TIMEOUT, execArgv = DEFAULT_EXEC_ARGV, tsRunner = DEFAULT_TS_RUNNER, transferList = [], globalShims = DEFAULT_GLOBAL_SHIMS } = {}) {
  const { port1: mainPort, port2: workerPort } = new MessageChannel();
  const forwardedPnpApiPath = resolvePnpApiPath();
  execArgv = forwardedPnpApiPath !== void 0 && execArgv[0] === REQUIRE_ABBR_FLAG && execArgv[1] === forwardedPnpApiPath ? execArgv.slice(2) : execArgv;
  execArgv = execArgv[0] === REQUIRE_ABBR_FLAG && execArgv[1] === workerPreload ? execArgv.slice(2) : execArgv;
  const { isTs, ext, jsUseEsm, tsUseEsm, tsRunner: finalTsRunner, workerPath: finalWorkerPath, pnpApiPath, pnpLoaderPath, execArgv: finalExecArgv } = setupTsRunner(workerPath, { execArgv, tsRunner });
  const workerPathUrl = pathToFileURL2(finalWorkerPath);
  if (/\.[cm]ts$/.test(finalWorkerPath)) {
    const isTsxSupported = !tsUseEsm || TS_ESM_PARTIAL_SUPPORTED;
    if (!finalTsRunner) {
      throw new Error("No ts runner specified, ts worker path is not supported");
    } else if ([
      TsRunner.EsbuildRegister,
      TsRunner.EsbuildRunner,
      ...TS_ESM_PARTIAL_SUPPORTED ? [
        TsRunner.OXC,
        TsRunner.SWC
      ] : [],
      ...isTsxSupported ? [] : [TsRunner.TSX]
    ].includes(finalTsRunner)) {
      throw new Error(`${finalTsRunner} is not supported for ${ext} files yet` + (isTsxSupported ? ", you can try [tsx](https://github.com/esbuild-kit/tsx) instead" : MTS_SUPPORTED ? ", you can try [oxc](https://github.com/oxc-project/oxc-node) or [swc](https://github.com/swc-project/swc-node/tree/master/packages/register) instead" : ""));
    }
  }
  const isCjsWorker = isTs ? !tsUseEsm : !jsUseEsm;
  const esmWorkerConditions = esmConditions(finalExecArgv);
  const finalGlobalShims = (globalShims === true ? DEFAULT_GLOBAL_SHIMS_PRESET : Array.isArray(globalShims) ? globalShims : []).filter(({ moduleName }) => isCjsWorker ? isPkgAvailableFrom(moduleName, finalWorkerPath) : isPkgImportableFrom(moduleName, finalWorkerPath, esmWorkerConditions));
  const sharedBufferView = (0, import_shared4.createSharedBufferView)();
  const useGlobals = finalGlobalShims.length > 0;
  const useEval = isTs ? !tsUseEsm : !jsUseEsm && useGlobals;
  const workerEntry = jsUseEsm && useGlobals || tsUseEsm && finalTsRunner === TsRunner.TsNode ? dataUrl(`${generateGlobals(finalWorkerPath, finalGlobalShims, "import", finalExecArgv)};import ${JSON.stringify(String(workerPathUrl))}`) : useEval ? `${requireGlobalsFromWorker(finalWorkerPath, generateGlobals(finalWorkerPath, finalGlobalShims, "require"))};${encodeImportModule(finalWorkerPath, "require")}` : workerPathUrl;
  const workerOptions = {
    eval: useEval,
    workerData: { sharedBufferView, workerPort, pnpLoaderPath },
    transferList: [workerPort, ...transferList]
  };
  const guardLeads = REQUIRE_FLAGS.has(import_shared4.NODE_OPTIONS[0]) && import_shared4.NODE_OPTIONS[1] === workerPreload;
  const pnpThenGuardLeads = pnpApiPath !== void 0 && REQUIRE_FLAGS.has(import_shared4.NODE_OPTIONS[0]) && import_shared4.NODE_OPTIONS[1] === pnpApiPath && REQUIRE_FLAGS.has(import_shared4.NODE_OPTIONS[2]) && import_shared4.NODE_OPTIONS[3] === workerPreload;
  const inheritsGuard = guardLeads || pnpThenGuardLeads;
  const pnpPreload = pnpApiPath ? `${REQUIRE_ABBR_FLAG} ${JSON.stringify(pnpApiPath)} ` : "";
  const guardExecArgv = [
    ...pnpApiPath ? [REQUIRE_ABBR_FLAG, pnpApiPath] : [],
    REQUIRE_ABBR_FLAG,
    workerPreload,
    ...finalExecArgv
  ];
  let worker;
  try {
    worker = new Worker(workerEntry, {
      ...workerOptions,
      env: inheritsGuard ? void 0 : {
        ...process.env,
        NODE_OPTIONS: `${pnpPreload}${REQUIRE_ABBR_FLAG} ${JSON.stringify(workerPreload)}${process.env.NODE_OPTIONS ? ` ${process.env.NODE_OPTIONS}` : ""}`
      },
      execArgv: inheritsGuard ? guardExecArgv : finalExecArgv
    });
  } catch (error) {
    if (error.code !== "ERR_WORKER_INVALID_EXEC_ARGV") {
      throw error;
    }
    process.emitWarning("synckit: this Node rejected the worker environment, so the failure guard loads after inherited `NODE_OPTIONS` preloads; a failure in one of those cannot be reported. Set `SYNCKIT_TIMEOUT` to bound the wait.", { code: FALLBACK_WARNING_CODE });
    worker = new Worker(workerEntry, {
      ...workerOptions,
      execArgv: guardExecArgv
    });
  }
  let nextID = 0;
  let workerFailure;
  const spendNotification = () => {
    if (Atomics.load(sharedBufferView, import_shared4.NOTIFY_INDEX) > 0) {
      Atomics.sub(sharedBufferView, import_shared4.NOTIFY_INDEX, 1);
    }
  };
  const waitForMessage = (abortId, remaining) => {
    const status = Atomics.wait(sharedBufferView, import_shared4.NOTIFY_INDEX, 0, remaining);
    if (!["ok", "not-equal"].includes(status)) {
      abortRequest(mainPort, abortId);
      throw new Error("Internal error: Atomics.wait() failed: " + status);
    }
    const result = receiveMessageOnPort(mainPort);
    const msg = result?.message;
    if (!msg) {
      return;
    }
    spendNotification();
    if ("workerFailure" in msg) {
      if (msg.fatal) {
        workerFailure = msg;
      }
      throw withProperties(msg.error, msg.properties);
    }
    return msg;
  };
  const receiveMessageWithId = (expectedId, waitingTimeout) => {
    const deadline = waitingTimeout == null ? void 0 : Date.now() + waitingTimeout;
    let remaining = waitingTimeout == null ? void 0 : Math.max(0, waitingTimeout);
    let emptyReads = 0;
    for (; ; ) {
      const msg = waitForMessage(expectedId, remaining);
      if (msg == null || msg.id < expectedId) {
        if (msg == null) {
          emptyReads = noteEmptyRead(sharedBufferView, emptyReads, deadline, remaining, mainPort, expectedId);
        }
        remaining = deadline == null ? void 0 : Math.max(0, deadline - Date.now());
        continue;
      }
      if (expectedId !== msg.id) {
        throw new Error(`Internal error: Expected id ${expectedId} but got id ${msg.id}`);
      }
      return msg;
    }
  };
  const syncFn = (...args) => {
    if (workerFailure) {
      throw withProperties(workerFailure.error, workerFailure.properties);
    }
    const id = nextID++;
    const msg = { id, args };
    worker.postMessage(msg);
    const message = receiveMessageWithId(id, timeout);
    for (const { type, chunk, encoding } of message.stdio) {
      process[type].write(chunk, encoding);
    }
    if ("error" in message) {
      throw withProperties(message.error, message.properties);
    }
    return message.result;
  };
  worker.unref();
  return syncFn;
}
var overrideStdio = (stdio) => {
  for (const type of ["stdout", "stderr"]) {
    process[type]._writev = (chunks, callback) => {
      for (const { chunk, encoding } of chunks) {
        stdio.push({
          type,
          chunk,
          encoding
        });
      }
      callback();
    };
  }
};

// node_modules/synckit/lib/index.js
var syncFnCache;
function createSyncFn(workerPath, timeoutOrOptions) {
  syncFnCache ?? (syncFnCache = /* @__PURE__ */ new Map());
  if (typeof workerPath !== "string" || workerPath.startsWith("file://")) {
    workerPath = fileURLToPath5(workerPath);
  }
  const cachedSyncFn = syncFnCache.get(workerPath);
  if (cachedSyncFn) {
    return cachedSyncFn;
  }
  if (!path5.isAbsolute(workerPath)) {
    throw new Error("`workerPath` must be absolute");
  }
  const syncFn = startWorkerThread(workerPath, typeof timeoutOrOptions === "number" ? { timeout: timeoutOrOptions } : timeoutOrOptions);
  syncFnCache.set(workerPath, syncFn);
  return syncFn;
}
function runAsWorker(fn) {
  if (!workerData) {
    return;
  }
  const stdio = [];
  overrideStdio(stdio);
  const { workerPort, sharedBufferView } = workerData;
  markWorkerRegistered(sharedBufferView);
  parentPort.on("message", ({ id, args }) => {
    ;
    (async () => {
      let isAborted = false;
      const handleAbortMessage = (msg2) => {
        if (msg2.id === id && msg2.cmd === "abort") {
          isAborted = true;
        }
      };
      workerPort.on("message", handleAbortMessage);
      let msg;
      try {
        msg = { id, stdio, result: await fn(...args) };
      } catch (error) {
        msg = { id, stdio, error, properties: (0, import_shared5.extractProperties)(error) };
      }
      workerPort.off("message", handleAbortMessage);
      if (isAborted) {
        stdio.length = 0;
        return;
      }
      try {
        workerPort.postMessage(msg);
        Atomics.add(sharedBufferView, import_shared6.NOTIFY_INDEX, 1);
        Atomics.notify(sharedBufferView, import_shared6.NOTIFY_INDEX);
      } finally {
        stdio.length = 0;
      }
    })();
  });
}

export {
  createSyncFn,
  runAsWorker
};
