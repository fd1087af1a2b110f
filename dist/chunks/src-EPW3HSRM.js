import { createRequire as __tgCreateRequire } from 'node:module';
const require = __tgCreateRequire(import.meta.url);
import {
  XMLParser,
  json2xml_default
} from "./chunk-3FOQ7KEM.js";
import {
  require_extend,
  require_src
} from "./chunk-DOEBCDF3.js";
import {
  require_dist as require_dist2
} from "./chunk-VW5XZEA2.js";
import {
  require_safe_buffer
} from "./chunk-PWY7GYLN.js";
import {
  require_dist2 as require_dist
} from "./chunk-ZZBHJJEK.js";
import {
  __commonJS,
  __export,
  __require,
  __toESM
} from "./chunk-BDDSI5QT.js";

// node_modules/@google-cloud/projectify/build/src/index.js
var require_src2 = __commonJS({
  "node_modules/@google-cloud/projectify/build/src/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingProjectIdError = void 0;
    exports.replaceProjectIdToken = replaceProjectIdToken2;
    var stream_1 = __require("stream");
    function replaceProjectIdToken2(value, projectId) {
      if (Array.isArray(value)) {
        value = value.map((v) => replaceProjectIdToken2(v, projectId));
      }
      if (value !== null && typeof value === "object" && !(value instanceof Buffer) && !(value instanceof stream_1.Stream) && typeof value.hasOwnProperty === "function") {
        for (const opt in value) {
          if (value.hasOwnProperty(opt)) {
            value[opt] = replaceProjectIdToken2(value[opt], projectId);
          }
        }
      }
      if (typeof value === "string" && value.indexOf("{{projectId}}") > -1) {
        if (!projectId || projectId === "{{projectId}}") {
          throw new MissingProjectIdError2();
        }
        value = value.replace(/{{projectId}}/g, projectId);
      }
      return value;
    }
    var MissingProjectIdError2 = class extends Error {
      message = `Sorry, we cannot connect to Cloud Services without a project
    ID. You may specify one with an environment variable named
    "GOOGLE_CLOUD_PROJECT".`.replace(/ +/g, " ");
    };
    exports.MissingProjectIdError = MissingProjectIdError2;
  }
});

// node_modules/teeny-request/build/src/agents.js
var require_agents = __commonJS({
  "node_modules/teeny-request/build/src/agents.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.pool = void 0;
    exports.getAgent = getAgent;
    var http_1 = __require("http");
    var https_1 = __require("https");
    exports.pool = /* @__PURE__ */ new Map();
    function shouldUseProxyForURI(uri) {
      const noProxyEnv = process.env.NO_PROXY || process.env.no_proxy;
      if (!noProxyEnv) {
        return true;
      }
      const givenURI = new URL(uri);
      for (const noProxyRaw of noProxyEnv.split(",")) {
        const noProxy = noProxyRaw.trim();
        if (noProxy === givenURI.origin || noProxy === givenURI.hostname) {
          return false;
        } else if (noProxy.startsWith("*.") || noProxy.startsWith(".")) {
          const noProxyWildcard = noProxy.replace(/^\*\./, ".");
          if (givenURI.hostname.endsWith(noProxyWildcard)) {
            return false;
          }
        }
      }
      return true;
    }
    function getAgent(uri, reqOpts) {
      const isHttp = uri.startsWith("http://");
      const proxy = reqOpts.proxy || process.env.HTTP_PROXY || process.env.http_proxy || process.env.HTTPS_PROXY || process.env.https_proxy;
      const poolOptions = Object.assign({}, reqOpts.pool);
      const manuallyProvidedProxy = !!reqOpts.proxy;
      const shouldUseProxy = manuallyProvidedProxy || shouldUseProxyForURI(uri);
      if (proxy && shouldUseProxy) {
        const { HttpProxyAgent } = require_dist2();
        const { HttpsProxyAgent } = require_dist();
        const Agent = isHttp ? HttpProxyAgent : HttpsProxyAgent;
        return new Agent(proxy, poolOptions);
      }
      let key = isHttp ? "http" : "https";
      if (reqOpts.forever) {
        key += ":forever";
        if (!exports.pool.has(key)) {
          const Agent = isHttp ? http_1.Agent : https_1.Agent;
          exports.pool.set(key, new Agent({ ...poolOptions, keepAlive: true }));
        }
      }
      return exports.pool.get(key);
    }
  }
});

// node_modules/teeny-request/build/src/TeenyStatistics.js
var require_TeenyStatistics = __commonJS({
  "node_modules/teeny-request/build/src/TeenyStatistics.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TeenyStatistics = exports.TeenyStatisticsWarning = void 0;
    var TeenyStatisticsWarning = class extends Error {
      static CONCURRENT_REQUESTS = "ConcurrentRequestsExceededWarning";
      threshold = 0;
      type = "";
      value = 0;
      /**
       * @param {string} message
       */
      constructor(message) {
        super(message);
        this.name = this.constructor.name;
        Error.captureStackTrace(this, this.constructor);
      }
    };
    exports.TeenyStatisticsWarning = TeenyStatisticsWarning;
    var TeenyStatistics = class _TeenyStatistics {
      /**
       * @description A default threshold representing when to warn about excessive
       *   in-flight/concurrent requests.
       * @type {number}
       * @static
       * @readonly
       * @default 5000
       */
      static DEFAULT_WARN_CONCURRENT_REQUESTS = 5e3;
      /**
       * @type {TeenyStatisticsConfig}
       * @private
       */
      _options;
      /**
       * @type {number}
       * @private
       * @default 0
       */
      _concurrentRequests = 0;
      /**
       * @type {boolean}
       * @private
       * @default false
       */
      _didConcurrentRequestWarn = false;
      /**
       * @param {TeenyStatisticsOptions} [opts]
       */
      constructor(opts) {
        this._options = _TeenyStatistics._prepareOptions(opts);
      }
      /**
       * Returns a copy of the current options.
       * @return {TeenyStatisticsOptions}
       */
      getOptions() {
        return Object.assign({}, this._options);
      }
      /**
       * Change configured statistics options. This will not preserve unspecified
       *   options that were previously specified, i.e. this is a reset of options.
       * @param {TeenyStatisticsOptions} [opts]
       * @returns {TeenyStatisticsConfig} The previous options.
       * @see _prepareOptions
       */
      setOptions(opts) {
        const oldOpts = this._options;
        this._options = _TeenyStatistics._prepareOptions(opts);
        return oldOpts;
      }
      /**
       * @readonly
       * @return {TeenyStatisticsCounters}
       */
      get counters() {
        return {
          concurrentRequests: this._concurrentRequests
        };
      }
      /**
       * @description Should call this right before making a request.
       */
      requestStarting() {
        this._concurrentRequests++;
        if (this._options.concurrentRequests > 0 && this._concurrentRequests >= this._options.concurrentRequests && !this._didConcurrentRequestWarn) {
          this._didConcurrentRequestWarn = true;
          const warning = new TeenyStatisticsWarning("Possible excessive concurrent requests detected. " + this._concurrentRequests + " requests in-flight, which exceeds the configured threshold of " + this._options.concurrentRequests + ". Use the TEENY_REQUEST_WARN_CONCURRENT_REQUESTS environment variable or the concurrentRequests option of teeny-request to increase or disable (0) this warning.");
          warning.type = TeenyStatisticsWarning.CONCURRENT_REQUESTS;
          warning.value = this._concurrentRequests;
          warning.threshold = this._options.concurrentRequests;
          process.emitWarning(warning);
        }
      }
      /**
       * @description When using `requestStarting`, call this after the request
       *   has finished.
       */
      requestFinished() {
        this._concurrentRequests--;
      }
      /**
       * Configuration Precedence:
       *   1. Dependency inversion via defined option.
       *   2. Global numeric environment variable.
       *   3. Built-in default.
       * This will not preserve unspecified options previously specified.
       * @param {TeenyStatisticsOptions} [opts]
       * @returns {TeenyStatisticsOptions}
       * @private
       */
      static _prepareOptions({ concurrentRequests: diConcurrentRequests } = {}) {
        let concurrentRequests = this.DEFAULT_WARN_CONCURRENT_REQUESTS;
        const envConcurrentRequests = Number(process.env.TEENY_REQUEST_WARN_CONCURRENT_REQUESTS);
        if (diConcurrentRequests !== void 0) {
          concurrentRequests = diConcurrentRequests;
        } else if (!Number.isNaN(envConcurrentRequests)) {
          concurrentRequests = envConcurrentRequests;
        }
        return { concurrentRequests };
      }
    };
    exports.TeenyStatistics = TeenyStatistics;
  }
});

// node_modules/stubs/index.js
var require_stubs = __commonJS({
  "node_modules/stubs/index.js"(exports, module) {
    "use strict";
    module.exports = function stubs(obj, method, cfg, stub) {
      if (!obj || !method || !obj[method])
        throw new Error("You must provide an object and a key for an existing method");
      if (!stub) {
        stub = cfg;
        cfg = {};
      }
      stub = stub || function() {
      };
      cfg.callthrough = cfg.callthrough || false;
      cfg.calls = cfg.calls || 0;
      var norevert = cfg.calls === 0;
      var cached = obj[method].bind(obj);
      obj[method] = function() {
        var args = [].slice.call(arguments);
        var returnVal;
        if (cfg.callthrough)
          returnVal = cached.apply(obj, args);
        returnVal = stub.apply(obj, args) || returnVal;
        if (!norevert && --cfg.calls === 0)
          obj[method] = cached;
        return returnVal;
      };
    };
  }
});

// node_modules/stream-events/index.js
var require_stream_events = __commonJS({
  "node_modules/stream-events/index.js"(exports, module) {
    "use strict";
    var stubs = require_stubs();
    function StreamEvents(stream) {
      stream = stream || this;
      var cfg = {
        callthrough: true,
        calls: 1
      };
      stubs(stream, "_read", cfg, stream.emit.bind(stream, "reading"));
      stubs(stream, "_write", cfg, stream.emit.bind(stream, "writing"));
      return stream;
    }
    module.exports = StreamEvents;
  }
});

// node_modules/teeny-request/build/src/index.js
var require_src3 = __commonJS({
  "node_modules/teeny-request/build/src/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RequestError = void 0;
    exports.teenyRequest = teenyRequest2;
    var https = __importStar(__require("https"));
    var http = __importStar(__require("http"));
    var stream_1 = __require("stream");
    var zlib2 = __importStar(__require("zlib"));
    var agents_1 = require_agents();
    var TeenyStatistics_1 = require_TeenyStatistics();
    var crypto_1 = __require("crypto");
    var streamEvents = require_stream_events();
    var MAX_REDIRECTS = 20;
    var REDIRECT_STATUS_CODES = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
    function bunFetch(url2, init = {}, redirectCount = 0) {
      const urlStr = String(url2);
      const parsedUrl = new URL(urlStr);
      const isHttps = parsedUrl.protocol === "https:";
      const transport = isHttps ? https : http;
      const headers = {};
      if (init.headers) {
        if (typeof globalThis.Headers !== "undefined" && init.headers instanceof globalThis.Headers) {
          for (const [k, v] of init.headers.entries()) {
            headers[k] = v;
          }
        } else if (Array.isArray(init.headers)) {
          for (const [k, v] of init.headers) {
            headers[k] = v;
          }
        } else if (typeof init.headers.entries === "function") {
          for (const [k, v] of init.headers.entries()) {
            headers[k] = v;
          }
        } else {
          for (const [k, v] of Object.entries(init.headers)) {
            if (v !== void 0) {
              headers[k] = String(v);
            }
          }
        }
      }
      if (init.compress !== false) {
        const hasAcceptEncoding = Object.keys(headers).some((k) => k.toLowerCase() === "accept-encoding");
        if (!hasAcceptEncoding) {
          headers["Accept-Encoding"] = "gzip,deflate";
        }
      }
      const reqOptions = {
        protocol: parsedUrl.protocol,
        proto: isHttps ? "https" : "http",
        method: init.method || "GET",
        hostname: parsedUrl.hostname.replace(/^\[|\]$/g, ""),
        port: parsedUrl.port || (isHttps ? 443 : 80),
        path: (parsedUrl.pathname || "/") + parsedUrl.search,
        headers,
        agent: init.agent
      };
      return new Promise((resolve2, reject) => {
        let timedOut = false;
        let activeIncoming;
        let activeResponseStream;
        let timeoutId;
        const clearReqTimeout = () => {
          if (timeoutId !== void 0) {
            clearTimeout(timeoutId);
            timeoutId = void 0;
          }
        };
        const onTimeout = () => {
          if (timedOut) {
            return;
          }
          timedOut = true;
          clearReqTimeout();
          const timeoutErr = Object.assign(new Error(`network timeout at: ${urlStr}`), {
            name: "AbortError",
            type: "request-timeout",
            code: "ETIMEDOUT"
          });
          activeIncoming?.destroy(timeoutErr);
          activeResponseStream?.destroy(timeoutErr);
          req.destroy();
          reject(timeoutErr);
        };
        const resetReqTimeout = () => {
          if (init.timeout) {
            clearReqTimeout();
            timeoutId = setTimeout(onTimeout, init.timeout);
          }
        };
        const req = transport.request(reqOptions, (incoming) => {
          const status = incoming.statusCode || 200;
          const location = incoming.headers.location;
          if (init.redirect !== "manual" && REDIRECT_STATUS_CODES.has(status) && location) {
            clearReqTimeout();
            incoming.resume();
            if (init.redirect === "error") {
              reject(Object.assign(new Error(`uri requested responds with a redirect: ${urlStr}`), { type: "no-redirect" }));
              return;
            }
            const maxFollow = typeof init.follow === "number" ? init.follow : MAX_REDIRECTS;
            if (redirectCount >= maxFollow) {
              reject(Object.assign(new Error(`maximum redirect reached at: ${urlStr}`), {
                type: "max-redirect"
              }));
              return;
            }
            const redirectUrl = new URL(String(location), parsedUrl);
            const currentMethod = (init.method || "GET").toUpperCase();
            const switchToGet = status === 303 || (status === 301 || status === 302) && currentMethod === "POST";
            const nextHeaders = { ...headers };
            for (const k of Object.keys(nextHeaders)) {
              const lower = k.toLowerCase();
              if (lower === "host" || switchToGet && (lower === "content-length" || lower === "content-type" || lower === "transfer-encoding") || redirectUrl.origin !== parsedUrl.origin && (lower === "authorization" || lower === "proxy-authorization" || lower === "cookie")) {
                delete nextHeaders[k];
              }
            }
            const nextInit = {
              ...init,
              method: switchToGet ? "GET" : init.method,
              body: switchToGet ? void 0 : init.body,
              headers: nextHeaders
            };
            bunFetch(redirectUrl.toString(), nextInit, redirectCount + 1).then(resolve2).catch(reject);
            return;
          }
          resetReqTimeout();
          incoming.on("data", resetReqTimeout);
          incoming.on("end", clearReqTimeout);
          incoming.on("close", clearReqTimeout);
          const responseStream = new stream_1.PassThrough();
          activeIncoming = incoming;
          activeResponseStream = responseStream;
          const encoding = (incoming.headers["content-encoding"] || "").toLowerCase();
          if (init.compress !== false && status !== 204 && status !== 304 && (reqOptions.method || "GET").toUpperCase() !== "HEAD" && (encoding === "gzip" || encoding === "x-gzip" || encoding === "deflate" || encoding === "br")) {
            const decompressor = encoding === "br" ? zlib2.createBrotliDecompress() : zlib2.createUnzip();
            incoming.on("error", (err) => decompressor.destroy(err));
            decompressor.on("error", (err) => responseStream.destroy(err));
            incoming.pipe(decompressor).pipe(responseStream);
          } else {
            incoming.on("error", (err) => responseStream.destroy(err));
            incoming.pipe(responseStream);
          }
          const fetchHeaders = new globalThis.Headers();
          for (const [k, v] of Object.entries(incoming.headers)) {
            if (Array.isArray(v)) {
              v.forEach((val) => fetchHeaders.append(k, val));
            } else if (v !== void 0) {
              fetchHeaders.set(k, v);
            }
          }
          const readText = async () => {
            const chunks = [];
            for await (const chunk of responseStream) {
              chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
            }
            return Buffer.concat(chunks).toString("utf8");
          };
          const res = {
            url: urlStr,
            status,
            statusText: incoming.statusMessage || "",
            headers: fetchHeaders,
            body: responseStream,
            text: readText,
            json: async () => {
              const text = await readText();
              try {
                return JSON.parse(text);
              } catch (err) {
                throw new Error(`invalid json response body at ${urlStr} reason: ${err.message}`);
              }
            }
          };
          resolve2(res);
        });
        if (init.timeout) {
          req.setTimeout(init.timeout, onTimeout);
          resetReqTimeout();
        }
        req.on("error", (err) => {
          clearReqTimeout();
          activeIncoming?.destroy(err);
          activeResponseStream?.destroy(err);
          reject(err);
        });
        if (init.body) {
          if (typeof init.body === "object" && typeof init.body.pipe === "function") {
            init.body.on("error", (err) => {
              clearReqTimeout();
              activeResponseStream?.destroy(err);
              req.destroy();
              reject(err);
            });
            init.body.pipe(req);
          } else if (typeof init.body === "string" || Buffer.isBuffer(init.body) || init.body instanceof Uint8Array) {
            req.write(init.body);
            req.end();
          } else {
            req.end();
          }
        } else {
          req.end();
        }
      });
    }
    var fetch = (...args) => "Bun" in globalThis ? bunFetch(args[0], args[1]) : import("./src-55TOEVQI.js").then(({ default: fetch2 }) => fetch2(...args));
    var RequestError2 = class extends Error {
      code;
    };
    exports.RequestError = RequestError2;
    function requestToFetchOptions(reqOpts) {
      const options = {
        method: reqOpts.method || "GET",
        ...reqOpts.timeout && { timeout: reqOpts.timeout },
        ...typeof reqOpts.gzip === "boolean" && { compress: reqOpts.gzip }
      };
      if (typeof reqOpts.json === "object") {
        reqOpts.headers = reqOpts.headers || {};
        if (reqOpts.headers instanceof globalThis.Headers) {
          reqOpts.headers.set("Content-Type", "application/json");
        } else {
          reqOpts.headers["Content-Type"] = "application/json";
        }
        options.body = JSON.stringify(reqOpts.json);
      } else {
        if (Buffer.isBuffer(reqOpts.body)) {
          options.body = reqOpts.body;
        } else if (typeof reqOpts.body !== "string") {
          options.body = JSON.stringify(reqOpts.body);
        } else {
          options.body = reqOpts.body;
        }
      }
      if (reqOpts.headers instanceof globalThis.Headers) {
        options.headers = {};
        for (const pair of reqOpts.headers.entries()) {
          options.headers[pair[0]] = pair[1];
        }
      } else {
        options.headers = reqOpts.headers;
      }
      let uri = reqOpts.uri || reqOpts.url;
      if (!uri) {
        throw new Error("Missing uri or url in reqOpts.");
      }
      if (reqOpts.useQuerystring === true || typeof reqOpts.qs === "object") {
        const qs = __require("querystring");
        const params = qs.stringify(reqOpts.qs);
        uri = uri + "?" + params;
      }
      options.agent = (0, agents_1.getAgent)(uri, reqOpts);
      return { uri, options };
    }
    function fetchToRequestResponse(opts, res) {
      const request2 = {};
      request2.agent = opts.agent || false;
      request2.headers = opts.headers || {};
      request2.href = res.url;
      const resHeaders = {};
      res.headers.forEach((value, key) => resHeaders[key] = value);
      const response = Object.assign(res.body, {
        statusCode: res.status,
        statusMessage: res.statusText,
        request: request2,
        body: res.body,
        headers: resHeaders,
        toJSON: () => ({ headers: resHeaders })
      });
      return response;
    }
    function createMultipartStream(boundary, multipart) {
      const finale = `--${boundary}--`;
      const stream = new stream_1.PassThrough();
      for (const part of multipart) {
        const preamble = `--${boundary}\r
Content-Type: ${part["Content-Type"]}\r
\r
`;
        stream.write(preamble);
        if (typeof part.body === "string") {
          stream.write(part.body);
          stream.write("\r\n");
        } else {
          part.body.pipe(stream, { end: false });
          part.body.on("end", () => {
            stream.write("\r\n");
            stream.write(finale);
            stream.end();
          });
        }
      }
      return stream;
    }
    function teenyRequest2(reqOpts, callback) {
      const { uri, options } = requestToFetchOptions(reqOpts);
      const multipart = reqOpts.multipart;
      if (reqOpts.multipart && multipart.length === 2) {
        if (!callback) {
          throw new Error("Multipart without callback is not implemented.");
        }
        const boundary = (0, crypto_1.randomUUID)();
        options.headers["Content-Type"] = `multipart/related; boundary=${boundary}`;
        options.body = createMultipartStream(boundary, multipart);
        teenyRequest2.stats.requestStarting();
        fetch(uri, options).then((res) => {
          teenyRequest2.stats.requestFinished();
          const header = res.headers.get("content-type");
          const response = fetchToRequestResponse(options, res);
          const body = response.body;
          if (/^application\/json(?:\s*;|$)/i.test(header || "")) {
            res.json().then((json) => {
              response.body = json;
              callback(null, response, json);
            }, (err) => {
              callback(err, response, body);
            });
            return;
          }
          res.text().then((text) => {
            response.body = text;
            callback(null, response, text);
          }, (err) => {
            callback(err, response, body);
          });
        }, (err) => {
          teenyRequest2.stats.requestFinished();
          callback(err, null, null);
        });
        return;
      }
      if (callback === void 0) {
        const requestStream = streamEvents(new stream_1.PassThrough());
        let responseStream;
        requestStream.once("reading", () => {
          if (responseStream) {
            (0, stream_1.pipeline)(responseStream, requestStream, () => {
            });
          } else {
            requestStream.once("response", () => {
              (0, stream_1.pipeline)(responseStream, requestStream, () => {
              });
            });
          }
        });
        options.compress = false;
        teenyRequest2.stats.requestStarting();
        fetch(uri, options).then((res) => {
          teenyRequest2.stats.requestFinished();
          responseStream = res.body;
          responseStream.on("error", (err) => {
            requestStream.emit("error", err);
          });
          const response = fetchToRequestResponse(options, res);
          requestStream.emit("response", response);
        }, (err) => {
          teenyRequest2.stats.requestFinished();
          requestStream.emit("error", err);
        });
        return requestStream;
      }
      teenyRequest2.stats.requestStarting();
      fetch(uri, options).then((res) => {
        teenyRequest2.stats.requestFinished();
        const header = res.headers.get("content-type");
        const response = fetchToRequestResponse(options, res);
        const body = response.body;
        if (/^application\/json(?:\s*;|$)/i.test(header || "")) {
          if (response.statusCode === 204) {
            callback(null, response, body);
            return;
          }
          res.json().then((json) => {
            response.body = json;
            callback(null, response, json);
          }, (err) => {
            callback(err, response, body);
          });
          return;
        }
        res.text().then((text) => {
          const response2 = fetchToRequestResponse(options, res);
          response2.body = text;
          callback(null, response2, text);
        }, (err) => {
          callback(err, response, body);
        });
      }, (err) => {
        teenyRequest2.stats.requestFinished();
        callback(err, null, null);
      });
      return;
    }
    teenyRequest2.defaults = (defaults) => {
      return (reqOpts, callback) => {
        const opts = { ...defaults, ...reqOpts };
        if (callback === void 0) {
          return teenyRequest2(opts);
        }
        teenyRequest2(opts, callback);
      };
    };
    teenyRequest2.stats = new TeenyStatistics_1.TeenyStatistics();
    teenyRequest2.resetStats = () => {
      teenyRequest2.stats = new TeenyStatistics_1.TeenyStatistics(teenyRequest2.stats.getOptions());
    };
  }
});

// node_modules/retry-request/index.js
var require_retry_request = __commonJS({
  "node_modules/retry-request/index.js"(exports, module) {
    "use strict";
    var { PassThrough: PassThrough2 } = __require("stream");
    var extend3 = require_extend();
    var debug = () => {
    };
    if (typeof process !== "undefined" && "env" in process && typeof process.env === "object" && process.env.DEBUG === "retry-request") {
      debug = (message) => {
        console.log("retry-request:", message);
      };
    }
    var DEFAULTS = {
      objectMode: false,
      retries: 2,
      /*
        The maximum time to delay in seconds. If retryDelayMultiplier results in a
        delay greater than maxRetryDelay, retries should delay by maxRetryDelay
        seconds instead.
      */
      maxRetryDelay: 64,
      /*
        The multiplier by which to increase the delay time between the completion of
        failed requests, and the initiation of the subsequent retrying request.
      */
      retryDelayMultiplier: 2,
      /*
        The length of time to keep retrying in seconds. The last sleep period will
        be shortened as necessary, so that the last retry runs at deadline (and not
        considerably beyond it).  The total time starting from when the initial
        request is sent, after which an error will be returned, regardless of the
        retrying attempts made meanwhile.
       */
      totalTimeout: 600,
      noResponseRetries: 2,
      currentRetryAttempt: 0,
      shouldRetryFn: function(response) {
        const retryRanges = [
          // https://en.wikipedia.org/wiki/List_of_HTTP_status_codes
          // 1xx - Retry (Informational, request still processing)
          // 2xx - Do not retry (Success)
          // 3xx - Do not retry (Redirect)
          // 4xx - Do not retry (Client errors)
          // 429 - Retry ("Too Many Requests")
          // 5xx - Retry (Server errors)
          [100, 199],
          [429, 429],
          [500, 599]
        ];
        const statusCode = response.statusCode;
        debug(`Response status: ${statusCode}`);
        let range;
        while (range = retryRanges.shift()) {
          if (statusCode >= range[0] && statusCode <= range[1]) {
            return true;
          }
        }
      }
    };
    function retryRequest2(requestOpts, opts, callback) {
      if (typeof requestOpts === "string") {
        requestOpts = { url: requestOpts };
      }
      const streamMode = typeof arguments[arguments.length - 1] !== "function";
      if (typeof opts === "function") {
        callback = opts;
      }
      const manualCurrentRetryAttemptWasSet = opts && typeof opts.currentRetryAttempt === "number";
      opts = extend3({}, DEFAULTS, opts);
      if (typeof opts.request === "undefined") {
        throw new Error("A request library must be provided to retry-request.");
      }
      let currentRetryAttempt = opts.currentRetryAttempt;
      let numNoResponseAttempts = 0;
      let streamResponseHandled = false;
      let retryStream;
      let requestStream;
      let delayStream;
      let activeRequest;
      const retryRequest3 = {
        abort: function() {
          if (activeRequest && activeRequest.abort) {
            activeRequest.abort();
          }
        }
      };
      if (streamMode) {
        retryStream = new PassThrough2({ objectMode: opts.objectMode });
        retryStream.abort = resetStreams;
      }
      const timeOfFirstRequest = Date.now();
      if (currentRetryAttempt > 0) {
        retryAfterDelay(currentRetryAttempt);
      } else {
        makeRequest();
      }
      if (streamMode) {
        return retryStream;
      } else {
        return retryRequest3;
      }
      function resetStreams() {
        delayStream = null;
        if (requestStream) {
          requestStream.abort && requestStream.abort();
          requestStream.cancel && requestStream.cancel();
          if (requestStream.destroy) {
            requestStream.destroy();
          } else if (requestStream.end) {
            requestStream.end();
          }
        }
      }
      function makeRequest() {
        let finishHandled = false;
        currentRetryAttempt++;
        debug(`Current retry attempt: ${currentRetryAttempt}`);
        function handleFinish(args = []) {
          if (!finishHandled) {
            finishHandled = true;
            retryStream.emit("complete", ...args);
          }
        }
        if (streamMode) {
          streamResponseHandled = false;
          delayStream = new PassThrough2({ objectMode: opts.objectMode });
          requestStream = opts.request(requestOpts);
          setImmediate(() => {
            retryStream.emit("request");
          });
          requestStream.on("error", (err) => {
            if (streamResponseHandled) {
              return;
            }
            streamResponseHandled = true;
            onResponse(err);
          }).on("response", (resp, body) => {
            if (streamResponseHandled) {
              return;
            }
            streamResponseHandled = true;
            onResponse(null, resp, body);
          }).on("complete", (...params) => handleFinish(params)).on("finish", (...params) => handleFinish(params));
          requestStream.pipe(delayStream);
        } else {
          activeRequest = opts.request(requestOpts, onResponse);
        }
      }
      function retryAfterDelay(currentRetryAttempt2) {
        if (streamMode) {
          resetStreams();
        }
        const nextRetryDelay = getNextRetryDelay2({
          maxRetryDelay: opts.maxRetryDelay,
          retryDelayMultiplier: opts.retryDelayMultiplier,
          retryNumber: currentRetryAttempt2,
          timeOfFirstRequest,
          totalTimeout: opts.totalTimeout
        });
        debug(`Next retry delay: ${nextRetryDelay}`);
        if (nextRetryDelay <= 0) {
          numNoResponseAttempts = opts.noResponseRetries + 1;
          return;
        }
        setTimeout(makeRequest, nextRetryDelay);
      }
      function onResponse(err, response, body) {
        if (err) {
          numNoResponseAttempts++;
          if (numNoResponseAttempts <= opts.noResponseRetries) {
            retryAfterDelay(numNoResponseAttempts);
          } else {
            if (streamMode) {
              retryStream.emit("error", err);
              retryStream.end();
            } else {
              callback(err, response, body);
            }
          }
          return;
        }
        const adjustedCurrentRetryAttempt = manualCurrentRetryAttemptWasSet ? currentRetryAttempt : currentRetryAttempt - 1;
        if (adjustedCurrentRetryAttempt < opts.retries && opts.shouldRetryFn(response)) {
          retryAfterDelay(currentRetryAttempt);
          return;
        }
        if (streamMode) {
          retryStream.emit("response", response);
          delayStream.pipe(retryStream);
          requestStream.on("error", (err2) => {
            retryStream.destroy(err2);
          });
        } else {
          callback(err, response, body);
        }
      }
    }
    module.exports = retryRequest2;
    function getNextRetryDelay2(config) {
      const {
        maxRetryDelay,
        retryDelayMultiplier,
        retryNumber,
        timeOfFirstRequest,
        totalTimeout
      } = config;
      const maxRetryDelayMs = maxRetryDelay * 1e3;
      const totalTimeoutMs = totalTimeout * 1e3;
      const jitter = Math.floor(Math.random() * 1e3);
      const calculatedNextRetryDelay = Math.pow(retryDelayMultiplier, retryNumber) * 1e3 + jitter;
      const maxAllowableDelayMs = totalTimeoutMs - (Date.now() - timeOfFirstRequest);
      return Math.min(
        calculatedNextRetryDelay,
        maxAllowableDelayMs,
        maxRetryDelayMs
      );
    }
    module.exports.defaults = DEFAULTS;
    module.exports.getNextRetryDelay = getNextRetryDelay2;
  }
});

// node_modules/@google-cloud/storage/package.json
var require_package = __commonJS({
  "node_modules/@google-cloud/storage/package.json"(exports, module) {
    module.exports = {
      name: "@google-cloud/storage",
      description: "Cloud Storage Client Library for Node.js",
      version: "8.4.0",
      license: "Apache-2.0",
      author: "Google Inc.",
      engines: {
        node: ">=22"
      },
      repository: {
        type: "git",
        directory: "handwritten/storage",
        url: "https://github.com/googleapis/google-cloud-node.git"
      },
      main: "./build/cjs/src/index.js",
      types: "./build/cjs/src/index.d.ts",
      type: "module",
      exports: {
        ".": {
          import: {
            types: "./build/esm/src/index.d.ts",
            default: "./build/esm/src/index.js"
          },
          require: {
            types: "./build/cjs/src/index.d.ts",
            default: "./build/cjs/src/index.js"
          }
        }
      },
      files: [
        "build/cjs/src",
        "build/cjs/package.json",
        "!build/cjs/src/**/*.map",
        "build/esm/src",
        "!build/esm/src/**/*.map"
      ],
      keywords: [
        "google apis client",
        "google api client",
        "google apis",
        "google api",
        "google",
        "google cloud platform",
        "google cloud",
        "cloud",
        "google storage",
        "storage"
      ],
      scripts: {
        "all-test": "pnpm test && pnpm run system-test",
        benchwrapper: "node bin/benchwrapper.js",
        check: "gts check",
        clean: "rm -rf build/",
        "compile:cjs": "tsc -p ./tsconfig.cjs.json",
        "compile:esm": "tsc -p .",
        compile: "npm run compile:cjs && npm run compile:esm",
        "conformance-test": 'cross-env NODE_OPTIONS="--no-deprecation" node ../../bin/run-test.cjs --parallel build/cjs/conformance-test/ --require build/cjs/conformance-test/globalHooks.js',
        docs: "jsdoc -c .jsdoc.json",
        "docs-test": "linkinator docs",
        fix: "gts fix",
        lint: "gts check",
        postcompile: "cp ./src/package-json-helper.cjs ./build/cjs/src && cp ./src/package-json-helper.cjs ./build/esm/src",
        "postcompile:cjs": "babel --plugins gapic-tools/build/src/replaceImportMetaUrl,gapic-tools/build/src/toggleESMFlagVariable build/cjs/src/util.js -o build/cjs/src/util.js && cp internal-tooling/helpers/package.cjs.json build/cjs/package.json",
        precompile: "rm -rf build/",
        "preconformance-test": "pnpm run compile:cjs --sourceMap",
        predocs: "pnpm run compile:cjs --sourceMap",
        "predocs-test": "pnpm run docs",
        prepare: "npm run compile",
        "presystem-test:esm": "pnpm run compile:esm",
        "presystem-test": "pnpm run compile --sourceMap",
        pretest: "pnpm run compile --sourceMap",
        "system-test:esm": "mkdir -p $HOME/.config && node ../../bin/run-test.cjs --no-parallel build/esm/system-test --timeout 600000 --exit",
        "system-test": "mkdir -p $HOME/.config && node ../../bin/run-test.cjs --no-parallel build/cjs/system-test --timeout 600000 --exit",
        test: 'cross-env NODE_OPTIONS="--require ./scripts/preload-yargs.cjs --no-deprecation" node ../../bin/run-test.cjs --fetch-shim --gaxios-shim --proxyquire-shim --require-shim build/cjs/test'
      },
      dependencies: {
        "@google-cloud/paginator": "^7.0.1",
        "@google-cloud/projectify": "^6.0.1",
        "@google-cloud/promisify": "^6.0.1",
        "abort-controller": "^3.0.0",
        "async-retry": "^1.3.3",
        duplexify: "^4.1.3",
        "fast-xml-parser": "^5.3.4",
        gaxios: "^7.1.4",
        "google-auth-library": "^11.0.0",
        "html-entities": "^2.5.2",
        mime: "^3.0.0",
        "p-limit": "^3.0.1",
        "retry-request": "^9.0.1",
        "teeny-request": "^11.0.1"
      },
      devDependencies: {
        "@babel/cli": "^7.22.10",
        "@babel/core": "^7.22.11",
        "@google-cloud/pubsub": "^6.0.0",
        "@grpc/grpc-js": "^1.0.3",
        "@grpc/proto-loader": "^0.8.0",
        "@types/async-retry": "^1.4.3",
        "@types/duplexify": "^3.6.4",
        "@types/mime": "^3.0.0",
        "@types/mocha": "^9.1.1",
        "@types/mockery": "^1.4.29",
        "@types/node": "^24.0.0",
        "@types/proxyquire": "^1.3.28",
        "@types/request": "^2.48.12",
        "@types/sinon": "^17.0.0",
        "@types/tmp": "0.2.6",
        "@types/yargs": "^17.0.35",
        c8: "^10.1.3",
        "cross-env": "^7.0.3",
        "form-data": "^4.0.4",
        "gapic-tools": "^2.0.1",
        gts: "^5.0.0",
        jsdoc: "^4.0.4",
        "jsdoc-fresh": "^6.0.0",
        "jsdoc-region-tag": "^5.0.0",
        linkinator: "^8.1.0",
        mocha: "^11.1.0",
        mockery: "^2.1.0",
        nise: "6.0.0",
        nock: "~13.5.0",
        "pack-n-play": "^5.0.1",
        "path-to-regexp": "6.3.0",
        proxyquire: "^2.1.3",
        sinon: "^18.0.0",
        tmp: "^0.2.0",
        typescript: "^5.1.6",
        yargs: "^17.7.2"
      },
      homepage: "https://github.com/googleapis/google-cloud-node/tree/main/handwritten/storage"
    };
  }
});

// node_modules/@google-cloud/storage/build/esm/src/package-json-helper.cjs
var require_package_json_helper = __commonJS({
  "node_modules/@google-cloud/storage/build/esm/src/package-json-helper.cjs"(exports) {
    function getPackageJSON5() {
      return require_package();
    }
    exports.getPackageJSON = getPackageJSON5;
  }
});

// node_modules/readable-stream/lib/internal/streams/stream.js
var require_stream = __commonJS({
  "node_modules/readable-stream/lib/internal/streams/stream.js"(exports, module) {
    module.exports = __require("stream");
  }
});

// node_modules/readable-stream/lib/internal/streams/buffer_list.js
var require_buffer_list = __commonJS({
  "node_modules/readable-stream/lib/internal/streams/buffer_list.js"(exports, module) {
    "use strict";
    function ownKeys(object, enumerableOnly) {
      var keys = Object.keys(object);
      if (Object.getOwnPropertySymbols) {
        var symbols = Object.getOwnPropertySymbols(object);
        enumerableOnly && (symbols = symbols.filter(function(sym) {
          return Object.getOwnPropertyDescriptor(object, sym).enumerable;
        })), keys.push.apply(keys, symbols);
      }
      return keys;
    }
    function _objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = null != arguments[i] ? arguments[i] : {};
        i % 2 ? ownKeys(Object(source), true).forEach(function(key) {
          _defineProperty(target, key, source[key]);
        }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(target, Object.getOwnPropertyDescriptors(source)) : ownKeys(Object(source)).forEach(function(key) {
          Object.defineProperty(target, key, Object.getOwnPropertyDescriptor(source, key));
        });
      }
      return target;
    }
    function _defineProperty(obj, key, value) {
      key = _toPropertyKey(key);
      if (key in obj) {
        Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });
      } else {
        obj[key] = value;
      }
      return obj;
    }
    function _classCallCheck(instance2, Constructor) {
      if (!(instance2 instanceof Constructor)) {
        throw new TypeError("Cannot call a class as a function");
      }
    }
    function _defineProperties(target, props) {
      for (var i = 0; i < props.length; i++) {
        var descriptor = props[i];
        descriptor.enumerable = descriptor.enumerable || false;
        descriptor.configurable = true;
        if ("value" in descriptor) descriptor.writable = true;
        Object.defineProperty(target, _toPropertyKey(descriptor.key), descriptor);
      }
    }
    function _createClass(Constructor, protoProps, staticProps) {
      if (protoProps) _defineProperties(Constructor.prototype, protoProps);
      if (staticProps) _defineProperties(Constructor, staticProps);
      Object.defineProperty(Constructor, "prototype", { writable: false });
      return Constructor;
    }
    function _toPropertyKey(arg) {
      var key = _toPrimitive(arg, "string");
      return typeof key === "symbol" ? key : String(key);
    }
    function _toPrimitive(input, hint) {
      if (typeof input !== "object" || input === null) return input;
      var prim = input[Symbol.toPrimitive];
      if (prim !== void 0) {
        var res = prim.call(input, hint || "default");
        if (typeof res !== "object") return res;
        throw new TypeError("@@toPrimitive must return a primitive value.");
      }
      return (hint === "string" ? String : Number)(input);
    }
    var _require = __require("buffer");
    var Buffer2 = _require.Buffer;
    var _require2 = __require("util");
    var inspect = _require2.inspect;
    var custom = inspect && inspect.custom || "inspect";
    function copyBuffer(src, target, offset) {
      Buffer2.prototype.copy.call(src, target, offset);
    }
    module.exports = /* @__PURE__ */ (function() {
      function BufferList() {
        _classCallCheck(this, BufferList);
        this.head = null;
        this.tail = null;
        this.length = 0;
      }
      _createClass(BufferList, [{
        key: "push",
        value: function push(v) {
          var entry = {
            data: v,
            next: null
          };
          if (this.length > 0) this.tail.next = entry;
          else this.head = entry;
          this.tail = entry;
          ++this.length;
        }
      }, {
        key: "unshift",
        value: function unshift(v) {
          var entry = {
            data: v,
            next: this.head
          };
          if (this.length === 0) this.tail = entry;
          this.head = entry;
          ++this.length;
        }
      }, {
        key: "shift",
        value: function shift() {
          if (this.length === 0) return;
          var ret = this.head.data;
          if (this.length === 1) this.head = this.tail = null;
          else this.head = this.head.next;
          --this.length;
          return ret;
        }
      }, {
        key: "clear",
        value: function clear() {
          this.head = this.tail = null;
          this.length = 0;
        }
      }, {
        key: "join",
        value: function join2(s) {
          if (this.length === 0) return "";
          var p = this.head;
          var ret = "" + p.data;
          while (p = p.next) ret += s + p.data;
          return ret;
        }
      }, {
        key: "concat",
        value: function concat(n) {
          if (this.length === 0) return Buffer2.alloc(0);
          var ret = Buffer2.allocUnsafe(n >>> 0);
          var p = this.head;
          var i = 0;
          while (p) {
            copyBuffer(p.data, ret, i);
            i += p.data.length;
            p = p.next;
          }
          return ret;
        }
        // Consumes a specified amount of bytes or characters from the buffered data.
      }, {
        key: "consume",
        value: function consume(n, hasStrings) {
          var ret;
          if (n < this.head.data.length) {
            ret = this.head.data.slice(0, n);
            this.head.data = this.head.data.slice(n);
          } else if (n === this.head.data.length) {
            ret = this.shift();
          } else {
            ret = hasStrings ? this._getString(n) : this._getBuffer(n);
          }
          return ret;
        }
      }, {
        key: "first",
        value: function first() {
          return this.head.data;
        }
        // Consumes a specified amount of characters from the buffered data.
      }, {
        key: "_getString",
        value: function _getString(n) {
          var p = this.head;
          var c = 1;
          var ret = p.data;
          n -= ret.length;
          while (p = p.next) {
            var str = p.data;
            var nb = n > str.length ? str.length : n;
            if (nb === str.length) ret += str;
            else ret += str.slice(0, n);
            n -= nb;
            if (n === 0) {
              if (nb === str.length) {
                ++c;
                if (p.next) this.head = p.next;
                else this.head = this.tail = null;
              } else {
                this.head = p;
                p.data = str.slice(nb);
              }
              break;
            }
            ++c;
          }
          this.length -= c;
          return ret;
        }
        // Consumes a specified amount of bytes from the buffered data.
      }, {
        key: "_getBuffer",
        value: function _getBuffer(n) {
          var ret = Buffer2.allocUnsafe(n);
          var p = this.head;
          var c = 1;
          p.data.copy(ret);
          n -= p.data.length;
          while (p = p.next) {
            var buf = p.data;
            var nb = n > buf.length ? buf.length : n;
            buf.copy(ret, ret.length - n, 0, nb);
            n -= nb;
            if (n === 0) {
              if (nb === buf.length) {
                ++c;
                if (p.next) this.head = p.next;
                else this.head = this.tail = null;
              } else {
                this.head = p;
                p.data = buf.slice(nb);
              }
              break;
            }
            ++c;
          }
          this.length -= c;
          return ret;
        }
        // Make sure the linked list only shows the minimal necessary information.
      }, {
        key: custom,
        value: function value(_, options) {
          return inspect(this, _objectSpread(_objectSpread({}, options), {}, {
            // Only inspect one level.
            depth: 0,
            // It should not recurse.
            customInspect: false
          }));
        }
      }]);
      return BufferList;
    })();
  }
});

// node_modules/readable-stream/lib/internal/streams/destroy.js
var require_destroy = __commonJS({
  "node_modules/readable-stream/lib/internal/streams/destroy.js"(exports, module) {
    "use strict";
    function destroy(err, cb) {
      var _this = this;
      var readableDestroyed = this._readableState && this._readableState.destroyed;
      var writableDestroyed = this._writableState && this._writableState.destroyed;
      if (readableDestroyed || writableDestroyed) {
        if (cb) {
          cb(err);
        } else if (err) {
          if (!this._writableState) {
            process.nextTick(emitErrorNT, this, err);
          } else if (!this._writableState.errorEmitted) {
            this._writableState.errorEmitted = true;
            process.nextTick(emitErrorNT, this, err);
          }
        }
        return this;
      }
      if (this._readableState) {
        this._readableState.destroyed = true;
      }
      if (this._writableState) {
        this._writableState.destroyed = true;
      }
      this._destroy(err || null, function(err2) {
        if (!cb && err2) {
          if (!_this._writableState) {
            process.nextTick(emitErrorAndCloseNT, _this, err2);
          } else if (!_this._writableState.errorEmitted) {
            _this._writableState.errorEmitted = true;
            process.nextTick(emitErrorAndCloseNT, _this, err2);
          } else {
            process.nextTick(emitCloseNT, _this);
          }
        } else if (cb) {
          process.nextTick(emitCloseNT, _this);
          cb(err2);
        } else {
          process.nextTick(emitCloseNT, _this);
        }
      });
      return this;
    }
    function emitErrorAndCloseNT(self2, err) {
      emitErrorNT(self2, err);
      emitCloseNT(self2);
    }
    function emitCloseNT(self2) {
      if (self2._writableState && !self2._writableState.emitClose) return;
      if (self2._readableState && !self2._readableState.emitClose) return;
      self2.emit("close");
    }
    function undestroy() {
      if (this._readableState) {
        this._readableState.destroyed = false;
        this._readableState.reading = false;
        this._readableState.ended = false;
        this._readableState.endEmitted = false;
      }
      if (this._writableState) {
        this._writableState.destroyed = false;
        this._writableState.ended = false;
        this._writableState.ending = false;
        this._writableState.finalCalled = false;
        this._writableState.prefinished = false;
        this._writableState.finished = false;
        this._writableState.errorEmitted = false;
      }
    }
    function emitErrorNT(self2, err) {
      self2.emit("error", err);
    }
    function errorOrDestroy(stream, err) {
      var rState = stream._readableState;
      var wState = stream._writableState;
      if (rState && rState.autoDestroy || wState && wState.autoDestroy) stream.destroy(err);
      else stream.emit("error", err);
    }
    module.exports = {
      destroy,
      undestroy,
      errorOrDestroy
    };
  }
});

// node_modules/readable-stream/errors.js
var require_errors = __commonJS({
  "node_modules/readable-stream/errors.js"(exports, module) {
    "use strict";
    var codes = {};
    function createErrorType(code, message, Base) {
      if (!Base) {
        Base = Error;
      }
      function getMessage(arg1, arg2, arg3) {
        if (typeof message === "string") {
          return message;
        } else {
          return message(arg1, arg2, arg3);
        }
      }
      class NodeError extends Base {
        constructor(arg1, arg2, arg3) {
          super(getMessage(arg1, arg2, arg3));
        }
      }
      NodeError.prototype.name = Base.name;
      NodeError.prototype.code = code;
      codes[code] = NodeError;
    }
    function oneOf(expected, thing) {
      if (Array.isArray(expected)) {
        const len = expected.length;
        expected = expected.map((i) => String(i));
        if (len > 2) {
          return `one of ${thing} ${expected.slice(0, len - 1).join(", ")}, or ` + expected[len - 1];
        } else if (len === 2) {
          return `one of ${thing} ${expected[0]} or ${expected[1]}`;
        } else {
          return `of ${thing} ${expected[0]}`;
        }
      } else {
        return `of ${thing} ${String(expected)}`;
      }
    }
    function startsWith(str, search, pos) {
      return str.substr(!pos || pos < 0 ? 0 : +pos, search.length) === search;
    }
    function endsWith(str, search, this_len) {
      if (this_len === void 0 || this_len > str.length) {
        this_len = str.length;
      }
      return str.substring(this_len - search.length, this_len) === search;
    }
    function includes(str, search, start) {
      if (typeof start !== "number") {
        start = 0;
      }
      if (start + search.length > str.length) {
        return false;
      } else {
        return str.indexOf(search, start) !== -1;
      }
    }
    createErrorType("ERR_INVALID_OPT_VALUE", function(name, value) {
      return 'The value "' + value + '" is invalid for option "' + name + '"';
    }, TypeError);
    createErrorType("ERR_INVALID_ARG_TYPE", function(name, expected, actual) {
      let determiner;
      if (typeof expected === "string" && startsWith(expected, "not ")) {
        determiner = "must not be";
        expected = expected.replace(/^not /, "");
      } else {
        determiner = "must be";
      }
      let msg;
      if (endsWith(name, " argument")) {
        msg = `The ${name} ${determiner} ${oneOf(expected, "type")}`;
      } else {
        const type = includes(name, ".") ? "property" : "argument";
        msg = `The "${name}" ${type} ${determiner} ${oneOf(expected, "type")}`;
      }
      msg += `. Received type ${typeof actual}`;
      return msg;
    }, TypeError);
    createErrorType("ERR_STREAM_PUSH_AFTER_EOF", "stream.push() after EOF");
    createErrorType("ERR_METHOD_NOT_IMPLEMENTED", function(name) {
      return "The " + name + " method is not implemented";
    });
    createErrorType("ERR_STREAM_PREMATURE_CLOSE", "Premature close");
    createErrorType("ERR_STREAM_DESTROYED", function(name) {
      return "Cannot call " + name + " after a stream was destroyed";
    });
    createErrorType("ERR_MULTIPLE_CALLBACK", "Callback called multiple times");
    createErrorType("ERR_STREAM_CANNOT_PIPE", "Cannot pipe, not readable");
    createErrorType("ERR_STREAM_WRITE_AFTER_END", "write after end");
    createErrorType("ERR_STREAM_NULL_VALUES", "May not write null values to stream", TypeError);
    createErrorType("ERR_UNKNOWN_ENCODING", function(arg) {
      return "Unknown encoding: " + arg;
    }, TypeError);
    createErrorType("ERR_STREAM_UNSHIFT_AFTER_END_EVENT", "stream.unshift() after end event");
    module.exports.codes = codes;
  }
});

// node_modules/readable-stream/lib/internal/streams/state.js
var require_state = __commonJS({
  "node_modules/readable-stream/lib/internal/streams/state.js"(exports, module) {
    "use strict";
    var ERR_INVALID_OPT_VALUE = require_errors().codes.ERR_INVALID_OPT_VALUE;
    function highWaterMarkFrom(options, isDuplex, duplexKey) {
      return options.highWaterMark != null ? options.highWaterMark : isDuplex ? options[duplexKey] : null;
    }
    function getHighWaterMark(state, options, duplexKey, isDuplex) {
      var hwm = highWaterMarkFrom(options, isDuplex, duplexKey);
      if (hwm != null) {
        if (!(isFinite(hwm) && Math.floor(hwm) === hwm) || hwm < 0) {
          var name = isDuplex ? duplexKey : "highWaterMark";
          throw new ERR_INVALID_OPT_VALUE(name, hwm);
        }
        return Math.floor(hwm);
      }
      return state.objectMode ? 16 : 16 * 1024;
    }
    module.exports = {
      getHighWaterMark
    };
  }
});

// node_modules/inherits/inherits_browser.js
var require_inherits_browser = __commonJS({
  "node_modules/inherits/inherits_browser.js"(exports, module) {
    if (typeof Object.create === "function") {
      module.exports = function inherits(ctor, superCtor) {
        if (superCtor) {
          ctor.super_ = superCtor;
          ctor.prototype = Object.create(superCtor.prototype, {
            constructor: {
              value: ctor,
              enumerable: false,
              writable: true,
              configurable: true
            }
          });
        }
      };
    } else {
      module.exports = function inherits(ctor, superCtor) {
        if (superCtor) {
          ctor.super_ = superCtor;
          var TempCtor = function() {
          };
          TempCtor.prototype = superCtor.prototype;
          ctor.prototype = new TempCtor();
          ctor.prototype.constructor = ctor;
        }
      };
    }
  }
});

// node_modules/inherits/inherits.js
var require_inherits = __commonJS({
  "node_modules/inherits/inherits.js"(exports, module) {
    try {
      util3 = __require("util");
      if (typeof util3.inherits !== "function") throw "";
      module.exports = util3.inherits;
    } catch (e) {
      module.exports = require_inherits_browser();
    }
    var util3;
  }
});

// node_modules/util-deprecate/node.js
var require_node = __commonJS({
  "node_modules/util-deprecate/node.js"(exports, module) {
    module.exports = __require("util").deprecate;
  }
});

// node_modules/readable-stream/lib/_stream_writable.js
var require_stream_writable = __commonJS({
  "node_modules/readable-stream/lib/_stream_writable.js"(exports, module) {
    "use strict";
    module.exports = Writable3;
    function CorkedRequest(state) {
      var _this = this;
      this.next = null;
      this.entry = null;
      this.finish = function() {
        onCorkedFinish(_this, state);
      };
    }
    var Duplex;
    Writable3.WritableState = WritableState;
    var internalUtil = {
      deprecate: require_node()
    };
    var Stream = require_stream();
    var Buffer2 = __require("buffer").Buffer;
    var OurUint8Array = (typeof global !== "undefined" ? global : typeof window !== "undefined" ? window : typeof self !== "undefined" ? self : {}).Uint8Array || function() {
    };
    function _uint8ArrayToBuffer(chunk) {
      return Buffer2.from(chunk);
    }
    function _isUint8Array(obj) {
      return Buffer2.isBuffer(obj) || obj instanceof OurUint8Array;
    }
    var destroyImpl = require_destroy();
    var _require = require_state();
    var getHighWaterMark = _require.getHighWaterMark;
    var _require$codes = require_errors().codes;
    var ERR_INVALID_ARG_TYPE = _require$codes.ERR_INVALID_ARG_TYPE;
    var ERR_METHOD_NOT_IMPLEMENTED = _require$codes.ERR_METHOD_NOT_IMPLEMENTED;
    var ERR_MULTIPLE_CALLBACK = _require$codes.ERR_MULTIPLE_CALLBACK;
    var ERR_STREAM_CANNOT_PIPE = _require$codes.ERR_STREAM_CANNOT_PIPE;
    var ERR_STREAM_DESTROYED = _require$codes.ERR_STREAM_DESTROYED;
    var ERR_STREAM_NULL_VALUES = _require$codes.ERR_STREAM_NULL_VALUES;
    var ERR_STREAM_WRITE_AFTER_END = _require$codes.ERR_STREAM_WRITE_AFTER_END;
    var ERR_UNKNOWN_ENCODING = _require$codes.ERR_UNKNOWN_ENCODING;
    var errorOrDestroy = destroyImpl.errorOrDestroy;
    require_inherits()(Writable3, Stream);
    function nop() {
    }
    function WritableState(options, stream, isDuplex) {
      Duplex = Duplex || require_stream_duplex();
      options = options || {};
      if (typeof isDuplex !== "boolean") isDuplex = stream instanceof Duplex;
      this.objectMode = !!options.objectMode;
      if (isDuplex) this.objectMode = this.objectMode || !!options.writableObjectMode;
      this.highWaterMark = getHighWaterMark(this, options, "writableHighWaterMark", isDuplex);
      this.finalCalled = false;
      this.needDrain = false;
      this.ending = false;
      this.ended = false;
      this.finished = false;
      this.destroyed = false;
      var noDecode = options.decodeStrings === false;
      this.decodeStrings = !noDecode;
      this.defaultEncoding = options.defaultEncoding || "utf8";
      this.length = 0;
      this.writing = false;
      this.corked = 0;
      this.sync = true;
      this.bufferProcessing = false;
      this.onwrite = function(er) {
        onwrite(stream, er);
      };
      this.writecb = null;
      this.writelen = 0;
      this.bufferedRequest = null;
      this.lastBufferedRequest = null;
      this.pendingcb = 0;
      this.prefinished = false;
      this.errorEmitted = false;
      this.emitClose = options.emitClose !== false;
      this.autoDestroy = !!options.autoDestroy;
      this.bufferedRequestCount = 0;
      this.corkedRequestsFree = new CorkedRequest(this);
    }
    WritableState.prototype.getBuffer = function getBuffer() {
      var current = this.bufferedRequest;
      var out = [];
      while (current) {
        out.push(current);
        current = current.next;
      }
      return out;
    };
    (function() {
      try {
        Object.defineProperty(WritableState.prototype, "buffer", {
          get: internalUtil.deprecate(function writableStateBufferGetter() {
            return this.getBuffer();
          }, "_writableState.buffer is deprecated. Use _writableState.getBuffer instead.", "DEP0003")
        });
      } catch (_) {
      }
    })();
    var realHasInstance;
    if (typeof Symbol === "function" && Symbol.hasInstance && typeof Function.prototype[Symbol.hasInstance] === "function") {
      realHasInstance = Function.prototype[Symbol.hasInstance];
      Object.defineProperty(Writable3, Symbol.hasInstance, {
        value: function value(object) {
          if (realHasInstance.call(this, object)) return true;
          if (this !== Writable3) return false;
          return object && object._writableState instanceof WritableState;
        }
      });
    } else {
      realHasInstance = function realHasInstance2(object) {
        return object instanceof this;
      };
    }
    function Writable3(options) {
      Duplex = Duplex || require_stream_duplex();
      var isDuplex = this instanceof Duplex;
      if (!isDuplex && !realHasInstance.call(Writable3, this)) return new Writable3(options);
      this._writableState = new WritableState(options, this, isDuplex);
      this.writable = true;
      if (options) {
        if (typeof options.write === "function") this._write = options.write;
        if (typeof options.writev === "function") this._writev = options.writev;
        if (typeof options.destroy === "function") this._destroy = options.destroy;
        if (typeof options.final === "function") this._final = options.final;
      }
      Stream.call(this);
    }
    Writable3.prototype.pipe = function() {
      errorOrDestroy(this, new ERR_STREAM_CANNOT_PIPE());
    };
    function writeAfterEnd(stream, cb) {
      var er = new ERR_STREAM_WRITE_AFTER_END();
      errorOrDestroy(stream, er);
      process.nextTick(cb, er);
    }
    function validChunk(stream, state, chunk, cb) {
      var er;
      if (chunk === null) {
        er = new ERR_STREAM_NULL_VALUES();
      } else if (typeof chunk !== "string" && !state.objectMode) {
        er = new ERR_INVALID_ARG_TYPE("chunk", ["string", "Buffer"], chunk);
      }
      if (er) {
        errorOrDestroy(stream, er);
        process.nextTick(cb, er);
        return false;
      }
      return true;
    }
    Writable3.prototype.write = function(chunk, encoding, cb) {
      var state = this._writableState;
      var ret = false;
      var isBuf = !state.objectMode && _isUint8Array(chunk);
      if (isBuf && !Buffer2.isBuffer(chunk)) {
        chunk = _uint8ArrayToBuffer(chunk);
      }
      if (typeof encoding === "function") {
        cb = encoding;
        encoding = null;
      }
      if (isBuf) encoding = "buffer";
      else if (!encoding) encoding = state.defaultEncoding;
      if (typeof cb !== "function") cb = nop;
      if (state.ending) writeAfterEnd(this, cb);
      else if (isBuf || validChunk(this, state, chunk, cb)) {
        state.pendingcb++;
        ret = writeOrBuffer(this, state, isBuf, chunk, encoding, cb);
      }
      return ret;
    };
    Writable3.prototype.cork = function() {
      this._writableState.corked++;
    };
    Writable3.prototype.uncork = function() {
      var state = this._writableState;
      if (state.corked) {
        state.corked--;
        if (!state.writing && !state.corked && !state.bufferProcessing && state.bufferedRequest) clearBuffer(this, state);
      }
    };
    Writable3.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
      if (typeof encoding === "string") encoding = encoding.toLowerCase();
      if (!(["hex", "utf8", "utf-8", "ascii", "binary", "base64", "ucs2", "ucs-2", "utf16le", "utf-16le", "raw"].indexOf((encoding + "").toLowerCase()) > -1)) throw new ERR_UNKNOWN_ENCODING(encoding);
      this._writableState.defaultEncoding = encoding;
      return this;
    };
    Object.defineProperty(Writable3.prototype, "writableBuffer", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        return this._writableState && this._writableState.getBuffer();
      }
    });
    function decodeChunk(state, chunk, encoding) {
      if (!state.objectMode && state.decodeStrings !== false && typeof chunk === "string") {
        chunk = Buffer2.from(chunk, encoding);
      }
      return chunk;
    }
    Object.defineProperty(Writable3.prototype, "writableHighWaterMark", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        return this._writableState.highWaterMark;
      }
    });
    function writeOrBuffer(stream, state, isBuf, chunk, encoding, cb) {
      if (!isBuf) {
        var newChunk = decodeChunk(state, chunk, encoding);
        if (chunk !== newChunk) {
          isBuf = true;
          encoding = "buffer";
          chunk = newChunk;
        }
      }
      var len = state.objectMode ? 1 : chunk.length;
      state.length += len;
      var ret = state.length < state.highWaterMark;
      if (!ret) state.needDrain = true;
      if (state.writing || state.corked) {
        var last = state.lastBufferedRequest;
        state.lastBufferedRequest = {
          chunk,
          encoding,
          isBuf,
          callback: cb,
          next: null
        };
        if (last) {
          last.next = state.lastBufferedRequest;
        } else {
          state.bufferedRequest = state.lastBufferedRequest;
        }
        state.bufferedRequestCount += 1;
      } else {
        doWrite(stream, state, false, len, chunk, encoding, cb);
      }
      return ret;
    }
    function doWrite(stream, state, writev, len, chunk, encoding, cb) {
      state.writelen = len;
      state.writecb = cb;
      state.writing = true;
      state.sync = true;
      if (state.destroyed) state.onwrite(new ERR_STREAM_DESTROYED("write"));
      else if (writev) stream._writev(chunk, state.onwrite);
      else stream._write(chunk, encoding, state.onwrite);
      state.sync = false;
    }
    function onwriteError(stream, state, sync, er, cb) {
      --state.pendingcb;
      if (sync) {
        process.nextTick(cb, er);
        process.nextTick(finishMaybe, stream, state);
        stream._writableState.errorEmitted = true;
        errorOrDestroy(stream, er);
      } else {
        cb(er);
        stream._writableState.errorEmitted = true;
        errorOrDestroy(stream, er);
        finishMaybe(stream, state);
      }
    }
    function onwriteStateUpdate(state) {
      state.writing = false;
      state.writecb = null;
      state.length -= state.writelen;
      state.writelen = 0;
    }
    function onwrite(stream, er) {
      var state = stream._writableState;
      var sync = state.sync;
      var cb = state.writecb;
      if (typeof cb !== "function") throw new ERR_MULTIPLE_CALLBACK();
      onwriteStateUpdate(state);
      if (er) onwriteError(stream, state, sync, er, cb);
      else {
        var finished = needFinish(state) || stream.destroyed;
        if (!finished && !state.corked && !state.bufferProcessing && state.bufferedRequest) {
          clearBuffer(stream, state);
        }
        if (sync) {
          process.nextTick(afterWrite, stream, state, finished, cb);
        } else {
          afterWrite(stream, state, finished, cb);
        }
      }
    }
    function afterWrite(stream, state, finished, cb) {
      if (!finished) onwriteDrain(stream, state);
      state.pendingcb--;
      cb();
      finishMaybe(stream, state);
    }
    function onwriteDrain(stream, state) {
      if (state.length === 0 && state.needDrain) {
        state.needDrain = false;
        stream.emit("drain");
      }
    }
    function clearBuffer(stream, state) {
      state.bufferProcessing = true;
      var entry = state.bufferedRequest;
      if (stream._writev && entry && entry.next) {
        var l = state.bufferedRequestCount;
        var buffer = new Array(l);
        var holder = state.corkedRequestsFree;
        holder.entry = entry;
        var count = 0;
        var allBuffers = true;
        while (entry) {
          buffer[count] = entry;
          if (!entry.isBuf) allBuffers = false;
          entry = entry.next;
          count += 1;
        }
        buffer.allBuffers = allBuffers;
        doWrite(stream, state, true, state.length, buffer, "", holder.finish);
        state.pendingcb++;
        state.lastBufferedRequest = null;
        if (holder.next) {
          state.corkedRequestsFree = holder.next;
          holder.next = null;
        } else {
          state.corkedRequestsFree = new CorkedRequest(state);
        }
        state.bufferedRequestCount = 0;
      } else {
        while (entry) {
          var chunk = entry.chunk;
          var encoding = entry.encoding;
          var cb = entry.callback;
          var len = state.objectMode ? 1 : chunk.length;
          doWrite(stream, state, false, len, chunk, encoding, cb);
          entry = entry.next;
          state.bufferedRequestCount--;
          if (state.writing) {
            break;
          }
        }
        if (entry === null) state.lastBufferedRequest = null;
      }
      state.bufferedRequest = entry;
      state.bufferProcessing = false;
    }
    Writable3.prototype._write = function(chunk, encoding, cb) {
      cb(new ERR_METHOD_NOT_IMPLEMENTED("_write()"));
    };
    Writable3.prototype._writev = null;
    Writable3.prototype.end = function(chunk, encoding, cb) {
      var state = this._writableState;
      if (typeof chunk === "function") {
        cb = chunk;
        chunk = null;
        encoding = null;
      } else if (typeof encoding === "function") {
        cb = encoding;
        encoding = null;
      }
      if (chunk !== null && chunk !== void 0) this.write(chunk, encoding);
      if (state.corked) {
        state.corked = 1;
        this.uncork();
      }
      if (!state.ending) endWritable(this, state, cb);
      return this;
    };
    Object.defineProperty(Writable3.prototype, "writableLength", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        return this._writableState.length;
      }
    });
    function needFinish(state) {
      return state.ending && state.length === 0 && state.bufferedRequest === null && !state.finished && !state.writing;
    }
    function callFinal(stream, state) {
      stream._final(function(err) {
        state.pendingcb--;
        if (err) {
          errorOrDestroy(stream, err);
        }
        state.prefinished = true;
        stream.emit("prefinish");
        finishMaybe(stream, state);
      });
    }
    function prefinish(stream, state) {
      if (!state.prefinished && !state.finalCalled) {
        if (typeof stream._final === "function" && !state.destroyed) {
          state.pendingcb++;
          state.finalCalled = true;
          process.nextTick(callFinal, stream, state);
        } else {
          state.prefinished = true;
          stream.emit("prefinish");
        }
      }
    }
    function finishMaybe(stream, state) {
      var need = needFinish(state);
      if (need) {
        prefinish(stream, state);
        if (state.pendingcb === 0) {
          state.finished = true;
          stream.emit("finish");
          if (state.autoDestroy) {
            var rState = stream._readableState;
            if (!rState || rState.autoDestroy && rState.endEmitted) {
              stream.destroy();
            }
          }
        }
      }
      return need;
    }
    function endWritable(stream, state, cb) {
      state.ending = true;
      finishMaybe(stream, state);
      if (cb) {
        if (state.finished) process.nextTick(cb);
        else stream.once("finish", cb);
      }
      state.ended = true;
      stream.writable = false;
    }
    function onCorkedFinish(corkReq, state, err) {
      var entry = corkReq.entry;
      corkReq.entry = null;
      while (entry) {
        var cb = entry.callback;
        state.pendingcb--;
        cb(err);
        entry = entry.next;
      }
      state.corkedRequestsFree.next = corkReq;
    }
    Object.defineProperty(Writable3.prototype, "destroyed", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        if (this._writableState === void 0) {
          return false;
        }
        return this._writableState.destroyed;
      },
      set: function set(value) {
        if (!this._writableState) {
          return;
        }
        this._writableState.destroyed = value;
      }
    });
    Writable3.prototype.destroy = destroyImpl.destroy;
    Writable3.prototype._undestroy = destroyImpl.undestroy;
    Writable3.prototype._destroy = function(err, cb) {
      cb(err);
    };
  }
});

// node_modules/readable-stream/lib/_stream_duplex.js
var require_stream_duplex = __commonJS({
  "node_modules/readable-stream/lib/_stream_duplex.js"(exports, module) {
    "use strict";
    var objectKeys = Object.keys || function(obj) {
      var keys2 = [];
      for (var key in obj) keys2.push(key);
      return keys2;
    };
    module.exports = Duplex;
    var Readable5 = require_stream_readable();
    var Writable3 = require_stream_writable();
    require_inherits()(Duplex, Readable5);
    {
      keys = objectKeys(Writable3.prototype);
      for (v = 0; v < keys.length; v++) {
        method = keys[v];
        if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable3.prototype[method];
      }
    }
    var keys;
    var method;
    var v;
    function Duplex(options) {
      if (!(this instanceof Duplex)) return new Duplex(options);
      Readable5.call(this, options);
      Writable3.call(this, options);
      this.allowHalfOpen = true;
      if (options) {
        if (options.readable === false) this.readable = false;
        if (options.writable === false) this.writable = false;
        if (options.allowHalfOpen === false) {
          this.allowHalfOpen = false;
          this.once("end", onend);
        }
      }
    }
    Object.defineProperty(Duplex.prototype, "writableHighWaterMark", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        return this._writableState.highWaterMark;
      }
    });
    Object.defineProperty(Duplex.prototype, "writableBuffer", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        return this._writableState && this._writableState.getBuffer();
      }
    });
    Object.defineProperty(Duplex.prototype, "writableLength", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        return this._writableState.length;
      }
    });
    function onend() {
      if (this._writableState.ended) return;
      process.nextTick(onEndNT, this);
    }
    function onEndNT(self2) {
      self2.end();
    }
    Object.defineProperty(Duplex.prototype, "destroyed", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        if (this._readableState === void 0 || this._writableState === void 0) {
          return false;
        }
        return this._readableState.destroyed && this._writableState.destroyed;
      },
      set: function set(value) {
        if (this._readableState === void 0 || this._writableState === void 0) {
          return;
        }
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    });
  }
});

// node_modules/string_decoder/lib/string_decoder.js
var require_string_decoder = __commonJS({
  "node_modules/string_decoder/lib/string_decoder.js"(exports) {
    "use strict";
    var Buffer2 = require_safe_buffer().Buffer;
    var isEncoding = Buffer2.isEncoding || function(encoding) {
      encoding = "" + encoding;
      switch (encoding && encoding.toLowerCase()) {
        case "hex":
        case "utf8":
        case "utf-8":
        case "ascii":
        case "binary":
        case "base64":
        case "ucs2":
        case "ucs-2":
        case "utf16le":
        case "utf-16le":
        case "raw":
          return true;
        default:
          return false;
      }
    };
    function _normalizeEncoding(enc) {
      if (!enc) return "utf8";
      var retried;
      while (true) {
        switch (enc) {
          case "utf8":
          case "utf-8":
            return "utf8";
          case "ucs2":
          case "ucs-2":
          case "utf16le":
          case "utf-16le":
            return "utf16le";
          case "latin1":
          case "binary":
            return "latin1";
          case "base64":
          case "ascii":
          case "hex":
            return enc;
          default:
            if (retried) return;
            enc = ("" + enc).toLowerCase();
            retried = true;
        }
      }
    }
    function normalizeEncoding(enc) {
      var nenc = _normalizeEncoding(enc);
      if (typeof nenc !== "string" && (Buffer2.isEncoding === isEncoding || !isEncoding(enc))) throw new Error("Unknown encoding: " + enc);
      return nenc || enc;
    }
    exports.StringDecoder = StringDecoder;
    function StringDecoder(encoding) {
      this.encoding = normalizeEncoding(encoding);
      var nb;
      switch (this.encoding) {
        case "utf16le":
          this.text = utf16Text;
          this.end = utf16End;
          nb = 4;
          break;
        case "utf8":
          this.fillLast = utf8FillLast;
          nb = 4;
          break;
        case "base64":
          this.text = base64Text;
          this.end = base64End;
          nb = 3;
          break;
        default:
          this.write = simpleWrite;
          this.end = simpleEnd;
          return;
      }
      this.lastNeed = 0;
      this.lastTotal = 0;
      this.lastChar = Buffer2.allocUnsafe(nb);
    }
    StringDecoder.prototype.write = function(buf) {
      if (buf.length === 0) return "";
      var r;
      var i;
      if (this.lastNeed) {
        r = this.fillLast(buf);
        if (r === void 0) return "";
        i = this.lastNeed;
        this.lastNeed = 0;
      } else {
        i = 0;
      }
      if (i < buf.length) return r ? r + this.text(buf, i) : this.text(buf, i);
      return r || "";
    };
    StringDecoder.prototype.end = utf8End;
    StringDecoder.prototype.text = utf8Text;
    StringDecoder.prototype.fillLast = function(buf) {
      if (this.lastNeed <= buf.length) {
        buf.copy(this.lastChar, this.lastTotal - this.lastNeed, 0, this.lastNeed);
        return this.lastChar.toString(this.encoding, 0, this.lastTotal);
      }
      buf.copy(this.lastChar, this.lastTotal - this.lastNeed, 0, buf.length);
      this.lastNeed -= buf.length;
    };
    function utf8CheckByte(byte) {
      if (byte <= 127) return 0;
      else if (byte >> 5 === 6) return 2;
      else if (byte >> 4 === 14) return 3;
      else if (byte >> 3 === 30) return 4;
      return byte >> 6 === 2 ? -1 : -2;
    }
    function utf8CheckIncomplete(self2, buf, i) {
      var j = buf.length - 1;
      if (j < i) return 0;
      var nb = utf8CheckByte(buf[j]);
      if (nb >= 0) {
        if (nb > 0) self2.lastNeed = nb - 1;
        return nb;
      }
      if (--j < i || nb === -2) return 0;
      nb = utf8CheckByte(buf[j]);
      if (nb >= 0) {
        if (nb > 0) self2.lastNeed = nb - 2;
        return nb;
      }
      if (--j < i || nb === -2) return 0;
      nb = utf8CheckByte(buf[j]);
      if (nb >= 0) {
        if (nb > 0) {
          if (nb === 2) nb = 0;
          else self2.lastNeed = nb - 3;
        }
        return nb;
      }
      return 0;
    }
    function utf8CheckExtraBytes(self2, buf, p) {
      if ((buf[0] & 192) !== 128) {
        self2.lastNeed = 0;
        return "\uFFFD";
      }
      if (self2.lastNeed > 1 && buf.length > 1) {
        if ((buf[1] & 192) !== 128) {
          self2.lastNeed = 1;
          return "\uFFFD";
        }
        if (self2.lastNeed > 2 && buf.length > 2) {
          if ((buf[2] & 192) !== 128) {
            self2.lastNeed = 2;
            return "\uFFFD";
          }
        }
      }
    }
    function utf8FillLast(buf) {
      var p = this.lastTotal - this.lastNeed;
      var r = utf8CheckExtraBytes(this, buf, p);
      if (r !== void 0) return r;
      if (this.lastNeed <= buf.length) {
        buf.copy(this.lastChar, p, 0, this.lastNeed);
        return this.lastChar.toString(this.encoding, 0, this.lastTotal);
      }
      buf.copy(this.lastChar, p, 0, buf.length);
      this.lastNeed -= buf.length;
    }
    function utf8Text(buf, i) {
      var total = utf8CheckIncomplete(this, buf, i);
      if (!this.lastNeed) return buf.toString("utf8", i);
      this.lastTotal = total;
      var end = buf.length - (total - this.lastNeed);
      buf.copy(this.lastChar, 0, end);
      return buf.toString("utf8", i, end);
    }
    function utf8End(buf) {
      var r = buf && buf.length ? this.write(buf) : "";
      if (this.lastNeed) return r + "\uFFFD";
      return r;
    }
    function utf16Text(buf, i) {
      if ((buf.length - i) % 2 === 0) {
        var r = buf.toString("utf16le", i);
        if (r) {
          var c = r.charCodeAt(r.length - 1);
          if (c >= 55296 && c <= 56319) {
            this.lastNeed = 2;
            this.lastTotal = 4;
            this.lastChar[0] = buf[buf.length - 2];
            this.lastChar[1] = buf[buf.length - 1];
            return r.slice(0, -1);
          }
        }
        return r;
      }
      this.lastNeed = 1;
      this.lastTotal = 2;
      this.lastChar[0] = buf[buf.length - 1];
      return buf.toString("utf16le", i, buf.length - 1);
    }
    function utf16End(buf) {
      var r = buf && buf.length ? this.write(buf) : "";
      if (this.lastNeed) {
        var end = this.lastTotal - this.lastNeed;
        return r + this.lastChar.toString("utf16le", 0, end);
      }
      return r;
    }
    function base64Text(buf, i) {
      var n = (buf.length - i) % 3;
      if (n === 0) return buf.toString("base64", i);
      this.lastNeed = 3 - n;
      this.lastTotal = 3;
      if (n === 1) {
        this.lastChar[0] = buf[buf.length - 1];
      } else {
        this.lastChar[0] = buf[buf.length - 2];
        this.lastChar[1] = buf[buf.length - 1];
      }
      return buf.toString("base64", i, buf.length - n);
    }
    function base64End(buf) {
      var r = buf && buf.length ? this.write(buf) : "";
      if (this.lastNeed) return r + this.lastChar.toString("base64", 0, 3 - this.lastNeed);
      return r;
    }
    function simpleWrite(buf) {
      return buf.toString(this.encoding);
    }
    function simpleEnd(buf) {
      return buf && buf.length ? this.write(buf) : "";
    }
  }
});

// node_modules/readable-stream/lib/internal/streams/end-of-stream.js
var require_end_of_stream = __commonJS({
  "node_modules/readable-stream/lib/internal/streams/end-of-stream.js"(exports, module) {
    "use strict";
    var ERR_STREAM_PREMATURE_CLOSE = require_errors().codes.ERR_STREAM_PREMATURE_CLOSE;
    function once(callback) {
      var called = false;
      return function() {
        if (called) return;
        called = true;
        for (var _len = arguments.length, args = new Array(_len), _key = 0; _key < _len; _key++) {
          args[_key] = arguments[_key];
        }
        callback.apply(this, args);
      };
    }
    function noop() {
    }
    function isRequest(stream) {
      return stream.setHeader && typeof stream.abort === "function";
    }
    function eos(stream, opts, callback) {
      if (typeof opts === "function") return eos(stream, null, opts);
      if (!opts) opts = {};
      callback = once(callback || noop);
      var readable = opts.readable || opts.readable !== false && stream.readable;
      var writable = opts.writable || opts.writable !== false && stream.writable;
      var onlegacyfinish = function onlegacyfinish2() {
        if (!stream.writable) onfinish();
      };
      var writableEnded = stream._writableState && stream._writableState.finished;
      var onfinish = function onfinish2() {
        writable = false;
        writableEnded = true;
        if (!readable) callback.call(stream);
      };
      var readableEnded = stream._readableState && stream._readableState.endEmitted;
      var onend = function onend2() {
        readable = false;
        readableEnded = true;
        if (!writable) callback.call(stream);
      };
      var onerror = function onerror2(err) {
        callback.call(stream, err);
      };
      var onclose = function onclose2() {
        var err;
        if (readable && !readableEnded) {
          if (!stream._readableState || !stream._readableState.ended) err = new ERR_STREAM_PREMATURE_CLOSE();
          return callback.call(stream, err);
        }
        if (writable && !writableEnded) {
          if (!stream._writableState || !stream._writableState.ended) err = new ERR_STREAM_PREMATURE_CLOSE();
          return callback.call(stream, err);
        }
      };
      var onrequest = function onrequest2() {
        stream.req.on("finish", onfinish);
      };
      if (isRequest(stream)) {
        stream.on("complete", onfinish);
        stream.on("abort", onclose);
        if (stream.req) onrequest();
        else stream.on("request", onrequest);
      } else if (writable && !stream._writableState) {
        stream.on("end", onlegacyfinish);
        stream.on("close", onlegacyfinish);
      }
      stream.on("end", onend);
      stream.on("finish", onfinish);
      if (opts.error !== false) stream.on("error", onerror);
      stream.on("close", onclose);
      return function() {
        stream.removeListener("complete", onfinish);
        stream.removeListener("abort", onclose);
        stream.removeListener("request", onrequest);
        if (stream.req) stream.req.removeListener("finish", onfinish);
        stream.removeListener("end", onlegacyfinish);
        stream.removeListener("close", onlegacyfinish);
        stream.removeListener("finish", onfinish);
        stream.removeListener("end", onend);
        stream.removeListener("error", onerror);
        stream.removeListener("close", onclose);
      };
    }
    module.exports = eos;
  }
});

// node_modules/readable-stream/lib/internal/streams/async_iterator.js
var require_async_iterator = __commonJS({
  "node_modules/readable-stream/lib/internal/streams/async_iterator.js"(exports, module) {
    "use strict";
    var _Object$setPrototypeO;
    function _defineProperty(obj, key, value) {
      key = _toPropertyKey(key);
      if (key in obj) {
        Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });
      } else {
        obj[key] = value;
      }
      return obj;
    }
    function _toPropertyKey(arg) {
      var key = _toPrimitive(arg, "string");
      return typeof key === "symbol" ? key : String(key);
    }
    function _toPrimitive(input, hint) {
      if (typeof input !== "object" || input === null) return input;
      var prim = input[Symbol.toPrimitive];
      if (prim !== void 0) {
        var res = prim.call(input, hint || "default");
        if (typeof res !== "object") return res;
        throw new TypeError("@@toPrimitive must return a primitive value.");
      }
      return (hint === "string" ? String : Number)(input);
    }
    var finished = require_end_of_stream();
    var kLastResolve = Symbol("lastResolve");
    var kLastReject = Symbol("lastReject");
    var kError = Symbol("error");
    var kEnded = Symbol("ended");
    var kLastPromise = Symbol("lastPromise");
    var kHandlePromise = Symbol("handlePromise");
    var kStream = Symbol("stream");
    function createIterResult(value, done) {
      return {
        value,
        done
      };
    }
    function readAndResolve(iter) {
      var resolve2 = iter[kLastResolve];
      if (resolve2 !== null) {
        var data = iter[kStream].read();
        if (data !== null) {
          iter[kLastPromise] = null;
          iter[kLastResolve] = null;
          iter[kLastReject] = null;
          resolve2(createIterResult(data, false));
        }
      }
    }
    function onReadable(iter) {
      process.nextTick(readAndResolve, iter);
    }
    function wrapForNext(lastPromise, iter) {
      return function(resolve2, reject) {
        lastPromise.then(function() {
          if (iter[kEnded]) {
            resolve2(createIterResult(void 0, true));
            return;
          }
          iter[kHandlePromise](resolve2, reject);
        }, reject);
      };
    }
    var AsyncIteratorPrototype = Object.getPrototypeOf(function() {
    });
    var ReadableStreamAsyncIteratorPrototype = Object.setPrototypeOf((_Object$setPrototypeO = {
      get stream() {
        return this[kStream];
      },
      next: function next() {
        var _this = this;
        var error = this[kError];
        if (error !== null) {
          return Promise.reject(error);
        }
        if (this[kEnded]) {
          return Promise.resolve(createIterResult(void 0, true));
        }
        if (this[kStream].destroyed) {
          return new Promise(function(resolve2, reject) {
            process.nextTick(function() {
              if (_this[kError]) {
                reject(_this[kError]);
              } else {
                resolve2(createIterResult(void 0, true));
              }
            });
          });
        }
        var lastPromise = this[kLastPromise];
        var promise;
        if (lastPromise) {
          promise = new Promise(wrapForNext(lastPromise, this));
        } else {
          var data = this[kStream].read();
          if (data !== null) {
            return Promise.resolve(createIterResult(data, false));
          }
          promise = new Promise(this[kHandlePromise]);
        }
        this[kLastPromise] = promise;
        return promise;
      }
    }, _defineProperty(_Object$setPrototypeO, Symbol.asyncIterator, function() {
      return this;
    }), _defineProperty(_Object$setPrototypeO, "return", function _return() {
      var _this2 = this;
      return new Promise(function(resolve2, reject) {
        _this2[kStream].destroy(null, function(err) {
          if (err) {
            reject(err);
            return;
          }
          resolve2(createIterResult(void 0, true));
        });
      });
    }), _Object$setPrototypeO), AsyncIteratorPrototype);
    var createReadableStreamAsyncIterator = function createReadableStreamAsyncIterator2(stream) {
      var _Object$create;
      var iterator = Object.create(ReadableStreamAsyncIteratorPrototype, (_Object$create = {}, _defineProperty(_Object$create, kStream, {
        value: stream,
        writable: true
      }), _defineProperty(_Object$create, kLastResolve, {
        value: null,
        writable: true
      }), _defineProperty(_Object$create, kLastReject, {
        value: null,
        writable: true
      }), _defineProperty(_Object$create, kError, {
        value: null,
        writable: true
      }), _defineProperty(_Object$create, kEnded, {
        value: stream._readableState.endEmitted,
        writable: true
      }), _defineProperty(_Object$create, kHandlePromise, {
        value: function value(resolve2, reject) {
          var data = iterator[kStream].read();
          if (data) {
            iterator[kLastPromise] = null;
            iterator[kLastResolve] = null;
            iterator[kLastReject] = null;
            resolve2(createIterResult(data, false));
          } else {
            iterator[kLastResolve] = resolve2;
            iterator[kLastReject] = reject;
          }
        },
        writable: true
      }), _Object$create));
      iterator[kLastPromise] = null;
      finished(stream, function(err) {
        if (err && err.code !== "ERR_STREAM_PREMATURE_CLOSE") {
          var reject = iterator[kLastReject];
          if (reject !== null) {
            iterator[kLastPromise] = null;
            iterator[kLastResolve] = null;
            iterator[kLastReject] = null;
            reject(err);
          }
          iterator[kError] = err;
          return;
        }
        var resolve2 = iterator[kLastResolve];
        if (resolve2 !== null) {
          iterator[kLastPromise] = null;
          iterator[kLastResolve] = null;
          iterator[kLastReject] = null;
          resolve2(createIterResult(void 0, true));
        }
        iterator[kEnded] = true;
      });
      stream.on("readable", onReadable.bind(null, iterator));
      return iterator;
    };
    module.exports = createReadableStreamAsyncIterator;
  }
});

// node_modules/readable-stream/lib/internal/streams/from.js
var require_from = __commonJS({
  "node_modules/readable-stream/lib/internal/streams/from.js"(exports, module) {
    "use strict";
    function asyncGeneratorStep(gen, resolve2, reject, _next, _throw, key, arg) {
      try {
        var info = gen[key](arg);
        var value = info.value;
      } catch (error) {
        reject(error);
        return;
      }
      if (info.done) {
        resolve2(value);
      } else {
        Promise.resolve(value).then(_next, _throw);
      }
    }
    function _asyncToGenerator(fn) {
      return function() {
        var self2 = this, args = arguments;
        return new Promise(function(resolve2, reject) {
          var gen = fn.apply(self2, args);
          function _next(value) {
            asyncGeneratorStep(gen, resolve2, reject, _next, _throw, "next", value);
          }
          function _throw(err) {
            asyncGeneratorStep(gen, resolve2, reject, _next, _throw, "throw", err);
          }
          _next(void 0);
        });
      };
    }
    function ownKeys(object, enumerableOnly) {
      var keys = Object.keys(object);
      if (Object.getOwnPropertySymbols) {
        var symbols = Object.getOwnPropertySymbols(object);
        enumerableOnly && (symbols = symbols.filter(function(sym) {
          return Object.getOwnPropertyDescriptor(object, sym).enumerable;
        })), keys.push.apply(keys, symbols);
      }
      return keys;
    }
    function _objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = null != arguments[i] ? arguments[i] : {};
        i % 2 ? ownKeys(Object(source), true).forEach(function(key) {
          _defineProperty(target, key, source[key]);
        }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(target, Object.getOwnPropertyDescriptors(source)) : ownKeys(Object(source)).forEach(function(key) {
          Object.defineProperty(target, key, Object.getOwnPropertyDescriptor(source, key));
        });
      }
      return target;
    }
    function _defineProperty(obj, key, value) {
      key = _toPropertyKey(key);
      if (key in obj) {
        Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });
      } else {
        obj[key] = value;
      }
      return obj;
    }
    function _toPropertyKey(arg) {
      var key = _toPrimitive(arg, "string");
      return typeof key === "symbol" ? key : String(key);
    }
    function _toPrimitive(input, hint) {
      if (typeof input !== "object" || input === null) return input;
      var prim = input[Symbol.toPrimitive];
      if (prim !== void 0) {
        var res = prim.call(input, hint || "default");
        if (typeof res !== "object") return res;
        throw new TypeError("@@toPrimitive must return a primitive value.");
      }
      return (hint === "string" ? String : Number)(input);
    }
    var ERR_INVALID_ARG_TYPE = require_errors().codes.ERR_INVALID_ARG_TYPE;
    function from(Readable5, iterable, opts) {
      var iterator;
      if (iterable && typeof iterable.next === "function") {
        iterator = iterable;
      } else if (iterable && iterable[Symbol.asyncIterator]) iterator = iterable[Symbol.asyncIterator]();
      else if (iterable && iterable[Symbol.iterator]) iterator = iterable[Symbol.iterator]();
      else throw new ERR_INVALID_ARG_TYPE("iterable", ["Iterable"], iterable);
      var readable = new Readable5(_objectSpread({
        objectMode: true
      }, opts));
      var reading = false;
      readable._read = function() {
        if (!reading) {
          reading = true;
          next();
        }
      };
      function next() {
        return _next2.apply(this, arguments);
      }
      function _next2() {
        _next2 = _asyncToGenerator(function* () {
          try {
            var _yield$iterator$next = yield iterator.next(), value = _yield$iterator$next.value, done = _yield$iterator$next.done;
            if (done) {
              readable.push(null);
            } else if (readable.push(yield value)) {
              next();
            } else {
              reading = false;
            }
          } catch (err) {
            readable.destroy(err);
          }
        });
        return _next2.apply(this, arguments);
      }
      return readable;
    }
    module.exports = from;
  }
});

// node_modules/readable-stream/lib/_stream_readable.js
var require_stream_readable = __commonJS({
  "node_modules/readable-stream/lib/_stream_readable.js"(exports, module) {
    "use strict";
    module.exports = Readable5;
    var Duplex;
    Readable5.ReadableState = ReadableState;
    var EE = __require("events").EventEmitter;
    var EElistenerCount = function EElistenerCount2(emitter, type) {
      return emitter.listeners(type).length;
    };
    var Stream = require_stream();
    var Buffer2 = __require("buffer").Buffer;
    var OurUint8Array = (typeof global !== "undefined" ? global : typeof window !== "undefined" ? window : typeof self !== "undefined" ? self : {}).Uint8Array || function() {
    };
    function _uint8ArrayToBuffer(chunk) {
      return Buffer2.from(chunk);
    }
    function _isUint8Array(obj) {
      return Buffer2.isBuffer(obj) || obj instanceof OurUint8Array;
    }
    var debugUtil = __require("util");
    var debug;
    if (debugUtil && debugUtil.debuglog) {
      debug = debugUtil.debuglog("stream");
    } else {
      debug = function debug2() {
      };
    }
    var BufferList = require_buffer_list();
    var destroyImpl = require_destroy();
    var _require = require_state();
    var getHighWaterMark = _require.getHighWaterMark;
    var _require$codes = require_errors().codes;
    var ERR_INVALID_ARG_TYPE = _require$codes.ERR_INVALID_ARG_TYPE;
    var ERR_STREAM_PUSH_AFTER_EOF = _require$codes.ERR_STREAM_PUSH_AFTER_EOF;
    var ERR_METHOD_NOT_IMPLEMENTED = _require$codes.ERR_METHOD_NOT_IMPLEMENTED;
    var ERR_STREAM_UNSHIFT_AFTER_END_EVENT = _require$codes.ERR_STREAM_UNSHIFT_AFTER_END_EVENT;
    var StringDecoder;
    var createReadableStreamAsyncIterator;
    var from;
    require_inherits()(Readable5, Stream);
    var errorOrDestroy = destroyImpl.errorOrDestroy;
    var kProxyEvents = ["error", "close", "destroy", "pause", "resume"];
    function prependListener(emitter, event, fn) {
      if (typeof emitter.prependListener === "function") return emitter.prependListener(event, fn);
      if (!emitter._events || !emitter._events[event]) emitter.on(event, fn);
      else if (Array.isArray(emitter._events[event])) emitter._events[event].unshift(fn);
      else emitter._events[event] = [fn, emitter._events[event]];
    }
    function ReadableState(options, stream, isDuplex) {
      Duplex = Duplex || require_stream_duplex();
      options = options || {};
      if (typeof isDuplex !== "boolean") isDuplex = stream instanceof Duplex;
      this.objectMode = !!options.objectMode;
      if (isDuplex) this.objectMode = this.objectMode || !!options.readableObjectMode;
      this.highWaterMark = getHighWaterMark(this, options, "readableHighWaterMark", isDuplex);
      this.buffer = new BufferList();
      this.length = 0;
      this.pipes = null;
      this.pipesCount = 0;
      this.flowing = null;
      this.ended = false;
      this.endEmitted = false;
      this.reading = false;
      this.sync = true;
      this.needReadable = false;
      this.emittedReadable = false;
      this.readableListening = false;
      this.resumeScheduled = false;
      this.paused = true;
      this.emitClose = options.emitClose !== false;
      this.autoDestroy = !!options.autoDestroy;
      this.destroyed = false;
      this.defaultEncoding = options.defaultEncoding || "utf8";
      this.awaitDrain = 0;
      this.readingMore = false;
      this.decoder = null;
      this.encoding = null;
      if (options.encoding) {
        if (!StringDecoder) StringDecoder = require_string_decoder().StringDecoder;
        this.decoder = new StringDecoder(options.encoding);
        this.encoding = options.encoding;
      }
    }
    function Readable5(options) {
      Duplex = Duplex || require_stream_duplex();
      if (!(this instanceof Readable5)) return new Readable5(options);
      var isDuplex = this instanceof Duplex;
      this._readableState = new ReadableState(options, this, isDuplex);
      this.readable = true;
      if (options) {
        if (typeof options.read === "function") this._read = options.read;
        if (typeof options.destroy === "function") this._destroy = options.destroy;
      }
      Stream.call(this);
    }
    Object.defineProperty(Readable5.prototype, "destroyed", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        if (this._readableState === void 0) {
          return false;
        }
        return this._readableState.destroyed;
      },
      set: function set(value) {
        if (!this._readableState) {
          return;
        }
        this._readableState.destroyed = value;
      }
    });
    Readable5.prototype.destroy = destroyImpl.destroy;
    Readable5.prototype._undestroy = destroyImpl.undestroy;
    Readable5.prototype._destroy = function(err, cb) {
      cb(err);
    };
    Readable5.prototype.push = function(chunk, encoding) {
      var state = this._readableState;
      var skipChunkCheck;
      if (!state.objectMode) {
        if (typeof chunk === "string") {
          encoding = encoding || state.defaultEncoding;
          if (encoding !== state.encoding) {
            chunk = Buffer2.from(chunk, encoding);
            encoding = "";
          }
          skipChunkCheck = true;
        }
      } else {
        skipChunkCheck = true;
      }
      return readableAddChunk(this, chunk, encoding, false, skipChunkCheck);
    };
    Readable5.prototype.unshift = function(chunk) {
      return readableAddChunk(this, chunk, null, true, false);
    };
    function readableAddChunk(stream, chunk, encoding, addToFront, skipChunkCheck) {
      debug("readableAddChunk", chunk);
      var state = stream._readableState;
      if (chunk === null) {
        state.reading = false;
        onEofChunk(stream, state);
      } else {
        var er;
        if (!skipChunkCheck) er = chunkInvalid(state, chunk);
        if (er) {
          errorOrDestroy(stream, er);
        } else if (state.objectMode || chunk && chunk.length > 0) {
          if (typeof chunk !== "string" && !state.objectMode && Object.getPrototypeOf(chunk) !== Buffer2.prototype) {
            chunk = _uint8ArrayToBuffer(chunk);
          }
          if (addToFront) {
            if (state.endEmitted) errorOrDestroy(stream, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
            else addChunk(stream, state, chunk, true);
          } else if (state.ended) {
            errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
          } else if (state.destroyed) {
            return false;
          } else {
            state.reading = false;
            if (state.decoder && !encoding) {
              chunk = state.decoder.write(chunk);
              if (state.objectMode || chunk.length !== 0) addChunk(stream, state, chunk, false);
              else maybeReadMore(stream, state);
            } else {
              addChunk(stream, state, chunk, false);
            }
          }
        } else if (!addToFront) {
          state.reading = false;
          maybeReadMore(stream, state);
        }
      }
      return !state.ended && (state.length < state.highWaterMark || state.length === 0);
    }
    function addChunk(stream, state, chunk, addToFront) {
      if (state.flowing && state.length === 0 && !state.sync) {
        state.awaitDrain = 0;
        stream.emit("data", chunk);
      } else {
        state.length += state.objectMode ? 1 : chunk.length;
        if (addToFront) state.buffer.unshift(chunk);
        else state.buffer.push(chunk);
        if (state.needReadable) emitReadable(stream);
      }
      maybeReadMore(stream, state);
    }
    function chunkInvalid(state, chunk) {
      var er;
      if (!_isUint8Array(chunk) && typeof chunk !== "string" && chunk !== void 0 && !state.objectMode) {
        er = new ERR_INVALID_ARG_TYPE("chunk", ["string", "Buffer", "Uint8Array"], chunk);
      }
      return er;
    }
    Readable5.prototype.isPaused = function() {
      return this._readableState.flowing === false;
    };
    Readable5.prototype.setEncoding = function(enc) {
      if (!StringDecoder) StringDecoder = require_string_decoder().StringDecoder;
      var decoder = new StringDecoder(enc);
      this._readableState.decoder = decoder;
      this._readableState.encoding = this._readableState.decoder.encoding;
      var p = this._readableState.buffer.head;
      var content = "";
      while (p !== null) {
        content += decoder.write(p.data);
        p = p.next;
      }
      this._readableState.buffer.clear();
      if (content !== "") this._readableState.buffer.push(content);
      this._readableState.length = content.length;
      return this;
    };
    var MAX_HWM = 1073741824;
    function computeNewHighWaterMark(n) {
      if (n >= MAX_HWM) {
        n = MAX_HWM;
      } else {
        n--;
        n |= n >>> 1;
        n |= n >>> 2;
        n |= n >>> 4;
        n |= n >>> 8;
        n |= n >>> 16;
        n++;
      }
      return n;
    }
    function howMuchToRead(n, state) {
      if (n <= 0 || state.length === 0 && state.ended) return 0;
      if (state.objectMode) return 1;
      if (n !== n) {
        if (state.flowing && state.length) return state.buffer.head.data.length;
        else return state.length;
      }
      if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
      if (n <= state.length) return n;
      if (!state.ended) {
        state.needReadable = true;
        return 0;
      }
      return state.length;
    }
    Readable5.prototype.read = function(n) {
      debug("read", n);
      n = parseInt(n, 10);
      var state = this._readableState;
      var nOrig = n;
      if (n !== 0) state.emittedReadable = false;
      if (n === 0 && state.needReadable && ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended)) {
        debug("read: emitReadable", state.length, state.ended);
        if (state.length === 0 && state.ended) endReadable(this);
        else emitReadable(this);
        return null;
      }
      n = howMuchToRead(n, state);
      if (n === 0 && state.ended) {
        if (state.length === 0) endReadable(this);
        return null;
      }
      var doRead = state.needReadable;
      debug("need readable", doRead);
      if (state.length === 0 || state.length - n < state.highWaterMark) {
        doRead = true;
        debug("length less than watermark", doRead);
      }
      if (state.ended || state.reading) {
        doRead = false;
        debug("reading or ended", doRead);
      } else if (doRead) {
        debug("do read");
        state.reading = true;
        state.sync = true;
        if (state.length === 0) state.needReadable = true;
        this._read(state.highWaterMark);
        state.sync = false;
        if (!state.reading) n = howMuchToRead(nOrig, state);
      }
      var ret;
      if (n > 0) ret = fromList(n, state);
      else ret = null;
      if (ret === null) {
        state.needReadable = state.length <= state.highWaterMark;
        n = 0;
      } else {
        state.length -= n;
        state.awaitDrain = 0;
      }
      if (state.length === 0) {
        if (!state.ended) state.needReadable = true;
        if (nOrig !== n && state.ended) endReadable(this);
      }
      if (ret !== null) this.emit("data", ret);
      return ret;
    };
    function onEofChunk(stream, state) {
      debug("onEofChunk");
      if (state.ended) return;
      if (state.decoder) {
        var chunk = state.decoder.end();
        if (chunk && chunk.length) {
          state.buffer.push(chunk);
          state.length += state.objectMode ? 1 : chunk.length;
        }
      }
      state.ended = true;
      if (state.sync) {
        emitReadable(stream);
      } else {
        state.needReadable = false;
        if (!state.emittedReadable) {
          state.emittedReadable = true;
          emitReadable_(stream);
        }
      }
    }
    function emitReadable(stream) {
      var state = stream._readableState;
      debug("emitReadable", state.needReadable, state.emittedReadable);
      state.needReadable = false;
      if (!state.emittedReadable) {
        debug("emitReadable", state.flowing);
        state.emittedReadable = true;
        process.nextTick(emitReadable_, stream);
      }
    }
    function emitReadable_(stream) {
      var state = stream._readableState;
      debug("emitReadable_", state.destroyed, state.length, state.ended);
      if (!state.destroyed && (state.length || state.ended)) {
        stream.emit("readable");
        state.emittedReadable = false;
      }
      state.needReadable = !state.flowing && !state.ended && state.length <= state.highWaterMark;
      flow(stream);
    }
    function maybeReadMore(stream, state) {
      if (!state.readingMore) {
        state.readingMore = true;
        process.nextTick(maybeReadMore_, stream, state);
      }
    }
    function maybeReadMore_(stream, state) {
      while (!state.reading && !state.ended && (state.length < state.highWaterMark || state.flowing && state.length === 0)) {
        var len = state.length;
        debug("maybeReadMore read 0");
        stream.read(0);
        if (len === state.length)
          break;
      }
      state.readingMore = false;
    }
    Readable5.prototype._read = function(n) {
      errorOrDestroy(this, new ERR_METHOD_NOT_IMPLEMENTED("_read()"));
    };
    Readable5.prototype.pipe = function(dest, pipeOpts) {
      var src = this;
      var state = this._readableState;
      switch (state.pipesCount) {
        case 0:
          state.pipes = dest;
          break;
        case 1:
          state.pipes = [state.pipes, dest];
          break;
        default:
          state.pipes.push(dest);
          break;
      }
      state.pipesCount += 1;
      debug("pipe count=%d opts=%j", state.pipesCount, pipeOpts);
      var doEnd = (!pipeOpts || pipeOpts.end !== false) && dest !== process.stdout && dest !== process.stderr;
      var endFn = doEnd ? onend : unpipe;
      if (state.endEmitted) process.nextTick(endFn);
      else src.once("end", endFn);
      dest.on("unpipe", onunpipe);
      function onunpipe(readable, unpipeInfo) {
        debug("onunpipe");
        if (readable === src) {
          if (unpipeInfo && unpipeInfo.hasUnpiped === false) {
            unpipeInfo.hasUnpiped = true;
            cleanup();
          }
        }
      }
      function onend() {
        debug("onend");
        dest.end();
      }
      var ondrain = pipeOnDrain(src);
      dest.on("drain", ondrain);
      var cleanedUp = false;
      function cleanup() {
        debug("cleanup");
        dest.removeListener("close", onclose);
        dest.removeListener("finish", onfinish);
        dest.removeListener("drain", ondrain);
        dest.removeListener("error", onerror);
        dest.removeListener("unpipe", onunpipe);
        src.removeListener("end", onend);
        src.removeListener("end", unpipe);
        src.removeListener("data", ondata);
        cleanedUp = true;
        if (state.awaitDrain && (!dest._writableState || dest._writableState.needDrain)) ondrain();
      }
      src.on("data", ondata);
      function ondata(chunk) {
        debug("ondata");
        var ret = dest.write(chunk);
        debug("dest.write", ret);
        if (ret === false) {
          if ((state.pipesCount === 1 && state.pipes === dest || state.pipesCount > 1 && indexOf(state.pipes, dest) !== -1) && !cleanedUp) {
            debug("false write response, pause", state.awaitDrain);
            state.awaitDrain++;
          }
          src.pause();
        }
      }
      function onerror(er) {
        debug("onerror", er);
        unpipe();
        dest.removeListener("error", onerror);
        if (EElistenerCount(dest, "error") === 0) errorOrDestroy(dest, er);
      }
      prependListener(dest, "error", onerror);
      function onclose() {
        dest.removeListener("finish", onfinish);
        unpipe();
      }
      dest.once("close", onclose);
      function onfinish() {
        debug("onfinish");
        dest.removeListener("close", onclose);
        unpipe();
      }
      dest.once("finish", onfinish);
      function unpipe() {
        debug("unpipe");
        src.unpipe(dest);
      }
      dest.emit("pipe", src);
      if (!state.flowing) {
        debug("pipe resume");
        src.resume();
      }
      return dest;
    };
    function pipeOnDrain(src) {
      return function pipeOnDrainFunctionResult() {
        var state = src._readableState;
        debug("pipeOnDrain", state.awaitDrain);
        if (state.awaitDrain) state.awaitDrain--;
        if (state.awaitDrain === 0 && EElistenerCount(src, "data")) {
          state.flowing = true;
          flow(src);
        }
      };
    }
    Readable5.prototype.unpipe = function(dest) {
      var state = this._readableState;
      var unpipeInfo = {
        hasUnpiped: false
      };
      if (state.pipesCount === 0) return this;
      if (state.pipesCount === 1) {
        if (dest && dest !== state.pipes) return this;
        if (!dest) dest = state.pipes;
        state.pipes = null;
        state.pipesCount = 0;
        state.flowing = false;
        if (dest) dest.emit("unpipe", this, unpipeInfo);
        return this;
      }
      if (!dest) {
        var dests = state.pipes;
        var len = state.pipesCount;
        state.pipes = null;
        state.pipesCount = 0;
        state.flowing = false;
        for (var i = 0; i < len; i++) dests[i].emit("unpipe", this, {
          hasUnpiped: false
        });
        return this;
      }
      var index = indexOf(state.pipes, dest);
      if (index === -1) return this;
      state.pipes.splice(index, 1);
      state.pipesCount -= 1;
      if (state.pipesCount === 1) state.pipes = state.pipes[0];
      dest.emit("unpipe", this, unpipeInfo);
      return this;
    };
    Readable5.prototype.on = function(ev, fn) {
      var res = Stream.prototype.on.call(this, ev, fn);
      var state = this._readableState;
      if (ev === "data") {
        state.readableListening = this.listenerCount("readable") > 0;
        if (state.flowing !== false) this.resume();
      } else if (ev === "readable") {
        if (!state.endEmitted && !state.readableListening) {
          state.readableListening = state.needReadable = true;
          state.flowing = false;
          state.emittedReadable = false;
          debug("on readable", state.length, state.reading);
          if (state.length) {
            emitReadable(this);
          } else if (!state.reading) {
            process.nextTick(nReadingNextTick, this);
          }
        }
      }
      return res;
    };
    Readable5.prototype.addListener = Readable5.prototype.on;
    Readable5.prototype.removeListener = function(ev, fn) {
      var res = Stream.prototype.removeListener.call(this, ev, fn);
      if (ev === "readable") {
        process.nextTick(updateReadableListening, this);
      }
      return res;
    };
    Readable5.prototype.removeAllListeners = function(ev) {
      var res = Stream.prototype.removeAllListeners.apply(this, arguments);
      if (ev === "readable" || ev === void 0) {
        process.nextTick(updateReadableListening, this);
      }
      return res;
    };
    function updateReadableListening(self2) {
      var state = self2._readableState;
      state.readableListening = self2.listenerCount("readable") > 0;
      if (state.resumeScheduled && !state.paused) {
        state.flowing = true;
      } else if (self2.listenerCount("data") > 0) {
        self2.resume();
      }
    }
    function nReadingNextTick(self2) {
      debug("readable nexttick read 0");
      self2.read(0);
    }
    Readable5.prototype.resume = function() {
      var state = this._readableState;
      if (!state.flowing) {
        debug("resume");
        state.flowing = !state.readableListening;
        resume(this, state);
      }
      state.paused = false;
      return this;
    };
    function resume(stream, state) {
      if (!state.resumeScheduled) {
        state.resumeScheduled = true;
        process.nextTick(resume_, stream, state);
      }
    }
    function resume_(stream, state) {
      debug("resume", state.reading);
      if (!state.reading) {
        stream.read(0);
      }
      state.resumeScheduled = false;
      stream.emit("resume");
      flow(stream);
      if (state.flowing && !state.reading) stream.read(0);
    }
    Readable5.prototype.pause = function() {
      debug("call pause flowing=%j", this._readableState.flowing);
      if (this._readableState.flowing !== false) {
        debug("pause");
        this._readableState.flowing = false;
        this.emit("pause");
      }
      this._readableState.paused = true;
      return this;
    };
    function flow(stream) {
      var state = stream._readableState;
      debug("flow", state.flowing);
      while (state.flowing && stream.read() !== null) ;
    }
    Readable5.prototype.wrap = function(stream) {
      var _this = this;
      var state = this._readableState;
      var paused = false;
      stream.on("end", function() {
        debug("wrapped end");
        if (state.decoder && !state.ended) {
          var chunk = state.decoder.end();
          if (chunk && chunk.length) _this.push(chunk);
        }
        _this.push(null);
      });
      stream.on("data", function(chunk) {
        debug("wrapped data");
        if (state.decoder) chunk = state.decoder.write(chunk);
        if (state.objectMode && (chunk === null || chunk === void 0)) return;
        else if (!state.objectMode && (!chunk || !chunk.length)) return;
        var ret = _this.push(chunk);
        if (!ret) {
          paused = true;
          stream.pause();
        }
      });
      for (var i in stream) {
        if (this[i] === void 0 && typeof stream[i] === "function") {
          this[i] = /* @__PURE__ */ (function methodWrap(method) {
            return function methodWrapReturnFunction() {
              return stream[method].apply(stream, arguments);
            };
          })(i);
        }
      }
      for (var n = 0; n < kProxyEvents.length; n++) {
        stream.on(kProxyEvents[n], this.emit.bind(this, kProxyEvents[n]));
      }
      this._read = function(n2) {
        debug("wrapped _read", n2);
        if (paused) {
          paused = false;
          stream.resume();
        }
      };
      return this;
    };
    if (typeof Symbol === "function") {
      Readable5.prototype[Symbol.asyncIterator] = function() {
        if (createReadableStreamAsyncIterator === void 0) {
          createReadableStreamAsyncIterator = require_async_iterator();
        }
        return createReadableStreamAsyncIterator(this);
      };
    }
    Object.defineProperty(Readable5.prototype, "readableHighWaterMark", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        return this._readableState.highWaterMark;
      }
    });
    Object.defineProperty(Readable5.prototype, "readableBuffer", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        return this._readableState && this._readableState.buffer;
      }
    });
    Object.defineProperty(Readable5.prototype, "readableFlowing", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        return this._readableState.flowing;
      },
      set: function set(state) {
        if (this._readableState) {
          this._readableState.flowing = state;
        }
      }
    });
    Readable5._fromList = fromList;
    Object.defineProperty(Readable5.prototype, "readableLength", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        return this._readableState.length;
      }
    });
    function fromList(n, state) {
      if (state.length === 0) return null;
      var ret;
      if (state.objectMode) ret = state.buffer.shift();
      else if (!n || n >= state.length) {
        if (state.decoder) ret = state.buffer.join("");
        else if (state.buffer.length === 1) ret = state.buffer.first();
        else ret = state.buffer.concat(state.length);
        state.buffer.clear();
      } else {
        ret = state.buffer.consume(n, state.decoder);
      }
      return ret;
    }
    function endReadable(stream) {
      var state = stream._readableState;
      debug("endReadable", state.endEmitted);
      if (!state.endEmitted) {
        state.ended = true;
        process.nextTick(endReadableNT, state, stream);
      }
    }
    function endReadableNT(state, stream) {
      debug("endReadableNT", state.endEmitted, state.length);
      if (!state.endEmitted && state.length === 0) {
        state.endEmitted = true;
        stream.readable = false;
        stream.emit("end");
        if (state.autoDestroy) {
          var wState = stream._writableState;
          if (!wState || wState.autoDestroy && wState.finished) {
            stream.destroy();
          }
        }
      }
    }
    if (typeof Symbol === "function") {
      Readable5.from = function(iterable, opts) {
        if (from === void 0) {
          from = require_from();
        }
        return from(Readable5, iterable, opts);
      };
    }
    function indexOf(xs, x) {
      for (var i = 0, l = xs.length; i < l; i++) {
        if (xs[i] === x) return i;
      }
      return -1;
    }
  }
});

// node_modules/readable-stream/lib/_stream_transform.js
var require_stream_transform = __commonJS({
  "node_modules/readable-stream/lib/_stream_transform.js"(exports, module) {
    "use strict";
    module.exports = Transform3;
    var _require$codes = require_errors().codes;
    var ERR_METHOD_NOT_IMPLEMENTED = _require$codes.ERR_METHOD_NOT_IMPLEMENTED;
    var ERR_MULTIPLE_CALLBACK = _require$codes.ERR_MULTIPLE_CALLBACK;
    var ERR_TRANSFORM_ALREADY_TRANSFORMING = _require$codes.ERR_TRANSFORM_ALREADY_TRANSFORMING;
    var ERR_TRANSFORM_WITH_LENGTH_0 = _require$codes.ERR_TRANSFORM_WITH_LENGTH_0;
    var Duplex = require_stream_duplex();
    require_inherits()(Transform3, Duplex);
    function afterTransform(er, data) {
      var ts = this._transformState;
      ts.transforming = false;
      var cb = ts.writecb;
      if (cb === null) {
        return this.emit("error", new ERR_MULTIPLE_CALLBACK());
      }
      ts.writechunk = null;
      ts.writecb = null;
      if (data != null)
        this.push(data);
      cb(er);
      var rs = this._readableState;
      rs.reading = false;
      if (rs.needReadable || rs.length < rs.highWaterMark) {
        this._read(rs.highWaterMark);
      }
    }
    function Transform3(options) {
      if (!(this instanceof Transform3)) return new Transform3(options);
      Duplex.call(this, options);
      this._transformState = {
        afterTransform: afterTransform.bind(this),
        needTransform: false,
        transforming: false,
        writecb: null,
        writechunk: null,
        writeencoding: null
      };
      this._readableState.needReadable = true;
      this._readableState.sync = false;
      if (options) {
        if (typeof options.transform === "function") this._transform = options.transform;
        if (typeof options.flush === "function") this._flush = options.flush;
      }
      this.on("prefinish", prefinish);
    }
    function prefinish() {
      var _this = this;
      if (typeof this._flush === "function" && !this._readableState.destroyed) {
        this._flush(function(er, data) {
          done(_this, er, data);
        });
      } else {
        done(this, null, null);
      }
    }
    Transform3.prototype.push = function(chunk, encoding) {
      this._transformState.needTransform = false;
      return Duplex.prototype.push.call(this, chunk, encoding);
    };
    Transform3.prototype._transform = function(chunk, encoding, cb) {
      cb(new ERR_METHOD_NOT_IMPLEMENTED("_transform()"));
    };
    Transform3.prototype._write = function(chunk, encoding, cb) {
      var ts = this._transformState;
      ts.writecb = cb;
      ts.writechunk = chunk;
      ts.writeencoding = encoding;
      if (!ts.transforming) {
        var rs = this._readableState;
        if (ts.needTransform || rs.needReadable || rs.length < rs.highWaterMark) this._read(rs.highWaterMark);
      }
    };
    Transform3.prototype._read = function(n) {
      var ts = this._transformState;
      if (ts.writechunk !== null && !ts.transforming) {
        ts.transforming = true;
        this._transform(ts.writechunk, ts.writeencoding, ts.afterTransform);
      } else {
        ts.needTransform = true;
      }
    };
    Transform3.prototype._destroy = function(err, cb) {
      Duplex.prototype._destroy.call(this, err, function(err2) {
        cb(err2);
      });
    };
    function done(stream, er, data) {
      if (er) return stream.emit("error", er);
      if (data != null)
        stream.push(data);
      if (stream._writableState.length) throw new ERR_TRANSFORM_WITH_LENGTH_0();
      if (stream._transformState.transforming) throw new ERR_TRANSFORM_ALREADY_TRANSFORMING();
      return stream.push(null);
    }
  }
});

// node_modules/readable-stream/lib/_stream_passthrough.js
var require_stream_passthrough = __commonJS({
  "node_modules/readable-stream/lib/_stream_passthrough.js"(exports, module) {
    "use strict";
    module.exports = PassThrough2;
    var Transform3 = require_stream_transform();
    require_inherits()(PassThrough2, Transform3);
    function PassThrough2(options) {
      if (!(this instanceof PassThrough2)) return new PassThrough2(options);
      Transform3.call(this, options);
    }
    PassThrough2.prototype._transform = function(chunk, encoding, cb) {
      cb(null, chunk);
    };
  }
});

// node_modules/readable-stream/lib/internal/streams/pipeline.js
var require_pipeline = __commonJS({
  "node_modules/readable-stream/lib/internal/streams/pipeline.js"(exports, module) {
    "use strict";
    var eos;
    function once(callback) {
      var called = false;
      return function() {
        if (called) return;
        called = true;
        callback.apply(void 0, arguments);
      };
    }
    var _require$codes = require_errors().codes;
    var ERR_MISSING_ARGS = _require$codes.ERR_MISSING_ARGS;
    var ERR_STREAM_DESTROYED = _require$codes.ERR_STREAM_DESTROYED;
    function noop(err) {
      if (err) throw err;
    }
    function isRequest(stream) {
      return stream.setHeader && typeof stream.abort === "function";
    }
    function destroyer(stream, reading, writing, callback) {
      callback = once(callback);
      var closed = false;
      stream.on("close", function() {
        closed = true;
      });
      if (eos === void 0) eos = require_end_of_stream();
      eos(stream, {
        readable: reading,
        writable: writing
      }, function(err) {
        if (err) return callback(err);
        closed = true;
        callback();
      });
      var destroyed = false;
      return function(err) {
        if (closed) return;
        if (destroyed) return;
        destroyed = true;
        if (isRequest(stream)) return stream.abort();
        if (typeof stream.destroy === "function") return stream.destroy();
        callback(err || new ERR_STREAM_DESTROYED("pipe"));
      };
    }
    function call(fn) {
      fn();
    }
    function pipe(from, to) {
      return from.pipe(to);
    }
    function popCallback(streams) {
      if (!streams.length) return noop;
      if (typeof streams[streams.length - 1] !== "function") return noop;
      return streams.pop();
    }
    function pipeline2() {
      for (var _len = arguments.length, streams = new Array(_len), _key = 0; _key < _len; _key++) {
        streams[_key] = arguments[_key];
      }
      var callback = popCallback(streams);
      if (Array.isArray(streams[0])) streams = streams[0];
      if (streams.length < 2) {
        throw new ERR_MISSING_ARGS("streams");
      }
      var error;
      var destroys = streams.map(function(stream, i) {
        var reading = i < streams.length - 1;
        var writing = i > 0;
        return destroyer(stream, reading, writing, function(err) {
          if (!error) error = err;
          if (err) destroys.forEach(call);
          if (reading) return;
          destroys.forEach(call);
          callback(error);
        });
      });
      return streams.reduce(pipe);
    }
    module.exports = pipeline2;
  }
});

// node_modules/readable-stream/readable.js
var require_readable = __commonJS({
  "node_modules/readable-stream/readable.js"(exports, module) {
    var Stream = __require("stream");
    if (process.env.READABLE_STREAM === "disable" && Stream) {
      module.exports = Stream.Readable;
      Object.assign(module.exports, Stream);
      module.exports.Stream = Stream;
    } else {
      exports = module.exports = require_stream_readable();
      exports.Stream = Stream || exports;
      exports.Readable = exports;
      exports.Writable = require_stream_writable();
      exports.Duplex = require_stream_duplex();
      exports.Transform = require_stream_transform();
      exports.PassThrough = require_stream_passthrough();
      exports.finished = require_end_of_stream();
      exports.pipeline = require_pipeline();
    }
  }
});

// node_modules/wrappy/wrappy.js
var require_wrappy = __commonJS({
  "node_modules/wrappy/wrappy.js"(exports, module) {
    module.exports = wrappy;
    function wrappy(fn, cb) {
      if (fn && cb) return wrappy(fn)(cb);
      if (typeof fn !== "function")
        throw new TypeError("need wrapper function");
      Object.keys(fn).forEach(function(k) {
        wrapper[k] = fn[k];
      });
      return wrapper;
      function wrapper() {
        var args = new Array(arguments.length);
        for (var i = 0; i < args.length; i++) {
          args[i] = arguments[i];
        }
        var ret = fn.apply(this, args);
        var cb2 = args[args.length - 1];
        if (typeof ret === "function" && ret !== cb2) {
          Object.keys(cb2).forEach(function(k) {
            ret[k] = cb2[k];
          });
        }
        return ret;
      }
    }
  }
});

// node_modules/once/once.js
var require_once = __commonJS({
  "node_modules/once/once.js"(exports, module) {
    var wrappy = require_wrappy();
    module.exports = wrappy(once);
    module.exports.strict = wrappy(onceStrict);
    once.proto = once(function() {
      Object.defineProperty(Function.prototype, "once", {
        value: function() {
          return once(this);
        },
        configurable: true
      });
      Object.defineProperty(Function.prototype, "onceStrict", {
        value: function() {
          return onceStrict(this);
        },
        configurable: true
      });
    });
    function once(fn) {
      var f = function() {
        if (f.called) return f.value;
        f.called = true;
        return f.value = fn.apply(this, arguments);
      };
      f.called = false;
      return f;
    }
    function onceStrict(fn) {
      var f = function() {
        if (f.called)
          throw new Error(f.onceError);
        f.called = true;
        return f.value = fn.apply(this, arguments);
      };
      var name = fn.name || "Function wrapped with `once`";
      f.onceError = name + " shouldn't be called more than once";
      f.called = false;
      return f;
    }
  }
});

// node_modules/end-of-stream/index.js
var require_end_of_stream2 = __commonJS({
  "node_modules/end-of-stream/index.js"(exports, module) {
    var once = require_once();
    var noop = function() {
    };
    var qnt = global.Bare ? queueMicrotask : process.nextTick.bind(process);
    var isRequest = function(stream) {
      return stream.setHeader && typeof stream.abort === "function";
    };
    var isChildProcess = function(stream) {
      return stream.stdio && Array.isArray(stream.stdio) && stream.stdio.length === 3;
    };
    var eos = function(stream, opts, callback) {
      if (typeof opts === "function") return eos(stream, null, opts);
      if (!opts) opts = {};
      callback = once(callback || noop);
      var ws = stream._writableState;
      var rs = stream._readableState;
      var readable = opts.readable || opts.readable !== false && stream.readable;
      var writable = opts.writable || opts.writable !== false && stream.writable;
      var cancelled = false;
      var onlegacyfinish = function() {
        if (!stream.writable) onfinish();
      };
      var onfinish = function() {
        writable = false;
        if (!readable) callback.call(stream);
      };
      var onend = function() {
        readable = false;
        if (!writable) callback.call(stream);
      };
      var onexit = function(exitCode) {
        callback.call(stream, exitCode ? new Error("exited with error code: " + exitCode) : null);
      };
      var onerror = function(err) {
        callback.call(stream, err);
      };
      var onclose = function() {
        qnt(onclosenexttick);
      };
      var onclosenexttick = function() {
        if (cancelled) return;
        if (readable && !(rs && (rs.ended && !rs.destroyed))) return callback.call(stream, new Error("premature close"));
        if (writable && !(ws && (ws.ended && !ws.destroyed))) return callback.call(stream, new Error("premature close"));
      };
      var onrequest = function() {
        stream.req.on("finish", onfinish);
      };
      if (isRequest(stream)) {
        stream.on("complete", onfinish);
        stream.on("abort", onclose);
        if (stream.req) onrequest();
        else stream.on("request", onrequest);
      } else if (writable && !ws) {
        stream.on("end", onlegacyfinish);
        stream.on("close", onlegacyfinish);
      }
      if (isChildProcess(stream)) stream.on("exit", onexit);
      stream.on("end", onend);
      stream.on("finish", onfinish);
      if (opts.error !== false) stream.on("error", onerror);
      stream.on("close", onclose);
      return function() {
        cancelled = true;
        stream.removeListener("complete", onfinish);
        stream.removeListener("abort", onclose);
        stream.removeListener("request", onrequest);
        if (stream.req) stream.req.removeListener("finish", onfinish);
        stream.removeListener("end", onlegacyfinish);
        stream.removeListener("close", onlegacyfinish);
        stream.removeListener("finish", onfinish);
        stream.removeListener("exit", onexit);
        stream.removeListener("end", onend);
        stream.removeListener("error", onerror);
        stream.removeListener("close", onclose);
      };
    };
    module.exports = eos;
  }
});

// node_modules/stream-shift/index.js
var require_stream_shift = __commonJS({
  "node_modules/stream-shift/index.js"(exports, module) {
    module.exports = shift;
    function shift(stream) {
      var rs = stream._readableState;
      if (!rs) return null;
      return rs.objectMode || typeof stream._duplexState === "number" ? stream.read() : stream.read(getStateLength(rs));
    }
    function getStateLength(state) {
      if (state.buffer.length) {
        var idx = state.bufferIndex || 0;
        if (state.buffer.head) {
          return state.buffer.head.data.length;
        } else if (state.buffer.length - idx > 0 && state.buffer[idx]) {
          return state.buffer[idx].length;
        }
      }
      return state.length;
    }
  }
});

// node_modules/duplexify/index.js
var require_duplexify = __commonJS({
  "node_modules/duplexify/index.js"(exports, module) {
    var stream = require_readable();
    var eos = require_end_of_stream2();
    var inherits = require_inherits();
    var shift = require_stream_shift();
    var SIGNAL_FLUSH = Buffer.from && Buffer.from !== Uint8Array.from ? Buffer.from([0]) : new Buffer([0]);
    var onuncork = function(self2, fn) {
      if (self2._corked) self2.once("uncork", fn);
      else fn();
    };
    var autoDestroy = function(self2, err) {
      if (self2._autoDestroy) self2.destroy(err);
    };
    var destroyer = function(self2, end2) {
      return function(err) {
        if (err) autoDestroy(self2, err.message === "premature close" ? null : err);
        else if (end2 && !self2._ended) self2.end();
      };
    };
    var end = function(ws, fn) {
      if (!ws) return fn();
      if (ws._writableState && ws._writableState.finished) return fn();
      if (ws._writableState) return ws.end(fn);
      ws.end();
      fn();
    };
    var noop = function() {
    };
    var toStreams2 = function(rs) {
      return new stream.Readable({ objectMode: true, highWaterMark: 16 }).wrap(rs);
    };
    var Duplexify = function(writable, readable, opts) {
      if (!(this instanceof Duplexify)) return new Duplexify(writable, readable, opts);
      stream.Duplex.call(this, opts);
      this._writable = null;
      this._readable = null;
      this._readable2 = null;
      this._autoDestroy = !opts || opts.autoDestroy !== false;
      this._forwardDestroy = !opts || opts.destroy !== false;
      this._forwardEnd = !opts || opts.end !== false;
      this._corked = 1;
      this._ondrain = null;
      this._drained = false;
      this._forwarding = false;
      this._unwrite = null;
      this._unread = null;
      this._ended = false;
      this.destroyed = false;
      if (writable) this.setWritable(writable);
      if (readable) this.setReadable(readable);
    };
    inherits(Duplexify, stream.Duplex);
    Duplexify.obj = function(writable, readable, opts) {
      if (!opts) opts = {};
      opts.objectMode = true;
      opts.highWaterMark = 16;
      return new Duplexify(writable, readable, opts);
    };
    Duplexify.prototype.cork = function() {
      if (++this._corked === 1) this.emit("cork");
    };
    Duplexify.prototype.uncork = function() {
      if (this._corked && --this._corked === 0) this.emit("uncork");
    };
    Duplexify.prototype.setWritable = function(writable) {
      if (this._unwrite) this._unwrite();
      if (this.destroyed) {
        if (writable && writable.destroy) writable.destroy();
        return;
      }
      if (writable === null || writable === false) {
        this.end();
        return;
      }
      var self2 = this;
      var unend = eos(writable, { writable: true, readable: false }, destroyer(this, this._forwardEnd));
      var ondrain = function() {
        var ondrain2 = self2._ondrain;
        self2._ondrain = null;
        if (ondrain2) ondrain2();
      };
      var clear = function() {
        self2._writable.removeListener("drain", ondrain);
        unend();
      };
      if (this._unwrite) process.nextTick(ondrain);
      this._writable = writable;
      this._writable.on("drain", ondrain);
      this._unwrite = clear;
      this.uncork();
    };
    Duplexify.prototype.setReadable = function(readable) {
      if (this._unread) this._unread();
      if (this.destroyed) {
        if (readable && readable.destroy) readable.destroy();
        return;
      }
      if (readable === null || readable === false) {
        this.push(null);
        this.resume();
        return;
      }
      var self2 = this;
      var unend = eos(readable, { writable: false, readable: true }, destroyer(this));
      var onreadable = function() {
        self2._forward();
      };
      var onend = function() {
        self2.push(null);
      };
      var clear = function() {
        self2._readable2.removeListener("readable", onreadable);
        self2._readable2.removeListener("end", onend);
        unend();
      };
      this._drained = true;
      this._readable = readable;
      this._readable2 = readable._readableState ? readable : toStreams2(readable);
      this._readable2.on("readable", onreadable);
      this._readable2.on("end", onend);
      this._unread = clear;
      this._forward();
    };
    Duplexify.prototype._read = function() {
      this._drained = true;
      this._forward();
    };
    Duplexify.prototype._forward = function() {
      if (this._forwarding || !this._readable2 || !this._drained) return;
      this._forwarding = true;
      var data;
      while (this._drained && (data = shift(this._readable2)) !== null) {
        if (this.destroyed) continue;
        this._drained = this.push(data);
      }
      this._forwarding = false;
    };
    Duplexify.prototype.destroy = function(err, cb) {
      if (!cb) cb = noop;
      if (this.destroyed) return cb(null);
      this.destroyed = true;
      var self2 = this;
      process.nextTick(function() {
        self2._destroy(err);
        cb(null);
      });
    };
    Duplexify.prototype._destroy = function(err) {
      if (err) {
        var ondrain = this._ondrain;
        this._ondrain = null;
        if (ondrain) ondrain(err);
        else this.emit("error", err);
      }
      if (this._forwardDestroy) {
        if (this._readable && this._readable.destroy) this._readable.destroy();
        if (this._writable && this._writable.destroy) this._writable.destroy();
      }
      this.emit("close");
    };
    Duplexify.prototype._write = function(data, enc, cb) {
      if (this.destroyed) return;
      if (this._corked) return onuncork(this, this._write.bind(this, data, enc, cb));
      if (data === SIGNAL_FLUSH) return this._finish(cb);
      if (!this._writable) return cb();
      if (this._writable.write(data) === false) this._ondrain = cb;
      else if (!this.destroyed) cb();
    };
    Duplexify.prototype._finish = function(cb) {
      var self2 = this;
      this.emit("preend");
      onuncork(this, function() {
        end(self2._forwardEnd && self2._writable, function() {
          if (self2._writableState.prefinished === false) self2._writableState.prefinished = true;
          self2.emit("prefinish");
          onuncork(self2, cb);
        });
      });
    };
    Duplexify.prototype.end = function(data, enc, cb) {
      if (typeof data === "function") return this.end(null, null, data);
      if (typeof enc === "function") return this.end(data, null, enc);
      this._ended = true;
      if (data) this.write(data);
      if (!this._writableState.ending && !this._writableState.destroyed) this.write(SIGNAL_FLUSH);
      return stream.Writable.prototype.end.call(this, cb);
    };
    module.exports = Duplexify;
  }
});

// node_modules/@google-cloud/promisify/build/src/index.js
var require_src4 = __commonJS({
  "node_modules/@google-cloud/promisify/build/src/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.promisify = promisify2;
    exports.promisifyAll = promisifyAll10;
    exports.callbackify = callbackify;
    exports.callbackifyAll = callbackifyAll;
    function promisify2(originalMethod, options) {
      if (originalMethod.promisified_) {
        return originalMethod;
      }
      options = options || {};
      const slice = Array.prototype.slice;
      const wrapper = function() {
        let last;
        for (last = arguments.length - 1; last >= 0; last--) {
          const arg = arguments[last];
          if (typeof arg === "undefined") {
            continue;
          }
          if (typeof arg !== "function") {
            break;
          }
          return originalMethod.apply(this, arguments);
        }
        const args = slice.call(arguments, 0, last + 1);
        let PromiseCtor = Promise;
        if (this && this.Promise) {
          PromiseCtor = this.Promise;
        }
        return new PromiseCtor((resolve2, reject) => {
          args.push((...args2) => {
            const callbackArgs = slice.call(args2);
            const err = callbackArgs.shift();
            if (err) {
              return reject(err);
            }
            if (options.singular && callbackArgs.length === 1) {
              resolve2(callbackArgs[0]);
            } else {
              resolve2(callbackArgs);
            }
          });
          originalMethod.apply(this, args);
        });
      };
      wrapper.promisified_ = true;
      return wrapper;
    }
    function promisifyAll10(Class, options) {
      const exclude = options && options.exclude || [];
      const ownPropertyNames = Object.getOwnPropertyNames(Class.prototype);
      const methods = ownPropertyNames.filter((methodName) => {
        return !exclude.includes(methodName) && typeof Class.prototype[methodName] === "function" && // is it a function?
        !/(^_|(Stream|_)|promise$)|^constructor$/.test(methodName);
      });
      methods.forEach((methodName) => {
        const originalMethod = Class.prototype[methodName];
        if (!originalMethod.promisified_) {
          Class.prototype[methodName] = exports.promisify(originalMethod, options);
        }
      });
    }
    function callbackify(originalMethod) {
      if (originalMethod.callbackified_) {
        return originalMethod;
      }
      const wrapper = function() {
        if (typeof arguments[arguments.length - 1] !== "function") {
          return originalMethod.apply(this, arguments);
        }
        const cb = Array.prototype.pop.call(arguments);
        originalMethod.apply(this, arguments).then(
          // tslint:disable-next-line:no-any
          (res) => {
            res = Array.isArray(res) ? res : [res];
            cb(null, ...res);
          },
          (err) => cb(err)
        );
      };
      wrapper.callbackified_ = true;
      return wrapper;
    }
    function callbackifyAll(Class, options) {
      const exclude = options && options.exclude || [];
      const ownPropertyNames = Object.getOwnPropertyNames(Class.prototype);
      const methods = ownPropertyNames.filter((methodName) => {
        return !exclude.includes(methodName) && typeof Class.prototype[methodName] === "function" && // is it a function?
        !/^_|(Stream|_)|^constructor$/.test(methodName);
      });
      methods.forEach((methodName) => {
        const originalMethod = Class.prototype[methodName];
        if (!originalMethod.callbackified_) {
          Class.prototype[methodName] = exports.callbackify(originalMethod);
        }
      });
    }
  }
});

// node_modules/@google-cloud/paginator/build/src/resource-stream.js
var require_resource_stream = __commonJS({
  "node_modules/@google-cloud/paginator/build/src/resource-stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ResourceStream = void 0;
    var stream_1 = __require("stream");
    var ResourceStream = class extends stream_1.Transform {
      _ended;
      _maxApiCalls;
      _nextQuery;
      _otherArgs;
      _reading;
      _requestFn;
      _requestsMade;
      _resultsToSend;
      constructor(args, requestFn) {
        const options = Object.assign({ objectMode: true }, args.streamOptions);
        super(options);
        this._ended = false;
        this._maxApiCalls = args.maxApiCalls === -1 ? Infinity : args.maxApiCalls;
        this._nextQuery = args.query;
        this._reading = false;
        this._requestFn = requestFn;
        this._requestsMade = 0;
        this._resultsToSend = args.maxResults === -1 ? Infinity : args.maxResults;
        this._otherArgs = [];
      }
      /* eslint-disable  @typescript-eslint/no-explicit-any */
      end(...args) {
        this._ended = true;
        return super.end(...args);
      }
      _read() {
        if (this._reading) {
          return;
        }
        this._reading = true;
        try {
          this._requestFn(this._nextQuery, (err, results, nextQuery, ...otherArgs) => {
            if (err) {
              this.destroy(err);
              return;
            }
            this._otherArgs = otherArgs;
            this._nextQuery = nextQuery;
            if (this._resultsToSend !== Infinity) {
              results = results.splice(0, this._resultsToSend);
              this._resultsToSend -= results.length;
            }
            let more = true;
            for (const result of results) {
              if (this._ended) {
                break;
              }
              more = this.push(result);
            }
            const isFinished = !this._nextQuery || this._resultsToSend < 1;
            const madeMaxCalls = ++this._requestsMade >= this._maxApiCalls;
            if (isFinished || madeMaxCalls) {
              this.end();
            }
            if (more && !this._ended) {
              setImmediate(() => this._read());
            }
            this._reading = false;
          });
        } catch (e) {
          this.destroy(e);
        }
      }
    };
    exports.ResourceStream = ResourceStream;
  }
});

// node_modules/@google-cloud/paginator/build/src/index.js
var require_src5 = __commonJS({
  "node_modules/@google-cloud/paginator/build/src/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ResourceStream = exports.paginator = exports.Paginator = void 0;
    var extend3 = require_extend();
    var resource_stream_1 = require_resource_stream();
    Object.defineProperty(exports, "ResourceStream", { enumerable: true, get: function() {
      return resource_stream_1.ResourceStream;
    } });
    var Paginator = class {
      /**
       * Cache the original method, then overwrite it on the Class's prototype.
       *
       * @param {function} Class - The parent class of the methods to extend.
       * @param {string|string[]} methodNames - Name(s) of the methods to extend.
       */
      // tslint:disable-next-line:variable-name
      extend(Class, methodNames) {
        if (typeof methodNames === "string") {
          methodNames = [methodNames];
        }
        methodNames.forEach((methodName) => {
          const originalMethod = Class.prototype[methodName];
          Class.prototype[methodName + "_"] = originalMethod;
          Class.prototype[methodName] = function(...args) {
            const parsedArguments = paginator3.parseArguments_(args);
            return paginator3.run_(parsedArguments, originalMethod.bind(this));
          };
        });
      }
      /**
       * Wraps paginated API calls in a readable object stream.
       *
       * This method simply calls the nextQuery recursively, emitting results to a
       * stream. The stream ends when `nextQuery` is null.
       *
       * `maxResults` will act as a cap for how many results are fetched and emitted
       * to the stream.
       *
       * @param {string} methodName - Name of the method to streamify.
       * @return {function} - Wrapped function.
       */
      /* eslint-disable  @typescript-eslint/no-explicit-any */
      streamify(methodName) {
        return function(...args) {
          const parsedArguments = paginator3.parseArguments_(args);
          const originalMethod = this[methodName + "_"] || this[methodName];
          return paginator3.runAsStream_(parsedArguments, originalMethod.bind(this));
        };
      }
      /**
       * Parse a pseudo-array `arguments` for a query and callback.
       *
       * @param {array} args - The original `arguments` pseduo-array that the original
       *     method received.
       */
      /* eslint-disable  @typescript-eslint/no-explicit-any */
      parseArguments_(args) {
        let query;
        let autoPaginate = true;
        let maxApiCalls = -1;
        let maxResults = -1;
        let callback;
        const firstArgument = args[0];
        const lastArgument = args[args.length - 1];
        if (typeof firstArgument === "function") {
          callback = firstArgument;
        } else {
          query = firstArgument;
        }
        if (typeof lastArgument === "function") {
          callback = lastArgument;
        }
        if (typeof query === "object") {
          query = extend3(true, {}, query);
          if (query.maxResults && typeof query.maxResults === "number") {
            maxResults = query.maxResults;
          } else if (typeof query.pageSize === "number") {
            maxResults = query.pageSize;
          }
          if (query.maxApiCalls && typeof query.maxApiCalls === "number") {
            maxApiCalls = query.maxApiCalls;
            delete query.maxApiCalls;
          }
          if (maxResults !== -1 || query.autoPaginate === false) {
            autoPaginate = false;
          }
        }
        const parsedArguments = {
          query: query || {},
          autoPaginate,
          maxApiCalls,
          maxResults,
          callback
        };
        parsedArguments.streamOptions = extend3(true, {}, parsedArguments.query);
        delete parsedArguments.streamOptions.autoPaginate;
        delete parsedArguments.streamOptions.maxResults;
        delete parsedArguments.streamOptions.pageSize;
        return parsedArguments;
      }
      /**
       * This simply checks to see if `autoPaginate` is set or not, if it's true
       * then we buffer all results, otherwise simply call the original method.
       *
       * @param {array} parsedArguments - Parsed arguments from the original method
       *     call.
       * @param {object=|string=} parsedArguments.query - Query object. This is most
       *     commonly an object, but to make the API more simple, it can also be a
       *     string in some places.
       * @param {function=} parsedArguments.callback - Callback function.
       * @param {boolean} parsedArguments.autoPaginate - Auto-pagination enabled.
       * @param {boolean} parsedArguments.maxApiCalls - Maximum API calls to make.
       * @param {number} parsedArguments.maxResults - Maximum results to return.
       * @param {function} originalMethod - The cached method that accepts a callback
       *     and returns `nextQuery` to receive more results.
       */
      run_(parsedArguments, originalMethod) {
        const query = parsedArguments.query;
        const callback = parsedArguments.callback;
        if (!parsedArguments.autoPaginate) {
          return originalMethod(query, callback);
        }
        const results = new Array();
        let otherArgs = [];
        const promise = new Promise((resolve2, reject) => {
          const stream = paginator3.runAsStream_(parsedArguments, originalMethod);
          stream.on("error", reject).on("data", (data) => results.push(data)).on("end", () => {
            otherArgs = stream._otherArgs || [];
            resolve2(results);
          });
        });
        if (!callback) {
          return promise.then((results2) => [results2, query, ...otherArgs]);
        }
        promise.then((results2) => callback(null, results2, query, ...otherArgs), (err) => callback(err));
      }
      /**
       * This method simply calls the nextQuery recursively, emitting results to a
       * stream. The stream ends when `nextQuery` is null.
       *
       * `maxResults` will act as a cap for how many results are fetched and emitted
       * to the stream.
       *
       * @param {object=|string=} parsedArguments.query - Query object. This is most
       *     commonly an object, but to make the API more simple, it can also be a
       *     string in some places.
       * @param {function=} parsedArguments.callback - Callback function.
       * @param {boolean} parsedArguments.autoPaginate - Auto-pagination enabled.
       * @param {boolean} parsedArguments.maxApiCalls - Maximum API calls to make.
       * @param {number} parsedArguments.maxResults - Maximum results to return.
       * @param {function} originalMethod - The cached method that accepts a callback
       *     and returns `nextQuery` to receive more results.
       * @return {stream} - Readable object stream.
       */
      /* eslint-disable  @typescript-eslint/no-explicit-any */
      runAsStream_(parsedArguments, originalMethod) {
        return new resource_stream_1.ResourceStream(parsedArguments, originalMethod);
      }
    };
    exports.Paginator = Paginator;
    var paginator3 = new Paginator();
    exports.paginator = paginator3;
  }
});

// node_modules/async-retry/node_modules/retry/lib/retry_operation.js
var require_retry_operation = __commonJS({
  "node_modules/async-retry/node_modules/retry/lib/retry_operation.js"(exports, module) {
    function RetryOperation(timeouts, options) {
      if (typeof options === "boolean") {
        options = { forever: options };
      }
      this._originalTimeouts = JSON.parse(JSON.stringify(timeouts));
      this._timeouts = timeouts;
      this._options = options || {};
      this._maxRetryTime = options && options.maxRetryTime || Infinity;
      this._fn = null;
      this._errors = [];
      this._attempts = 1;
      this._operationTimeout = null;
      this._operationTimeoutCb = null;
      this._timeout = null;
      this._operationStart = null;
      this._timer = null;
      if (this._options.forever) {
        this._cachedTimeouts = this._timeouts.slice(0);
      }
    }
    module.exports = RetryOperation;
    RetryOperation.prototype.reset = function() {
      this._attempts = 1;
      this._timeouts = this._originalTimeouts.slice(0);
    };
    RetryOperation.prototype.stop = function() {
      if (this._timeout) {
        clearTimeout(this._timeout);
      }
      if (this._timer) {
        clearTimeout(this._timer);
      }
      this._timeouts = [];
      this._cachedTimeouts = null;
    };
    RetryOperation.prototype.retry = function(err) {
      if (this._timeout) {
        clearTimeout(this._timeout);
      }
      if (!err) {
        return false;
      }
      var currentTime = (/* @__PURE__ */ new Date()).getTime();
      if (err && currentTime - this._operationStart >= this._maxRetryTime) {
        this._errors.push(err);
        this._errors.unshift(new Error("RetryOperation timeout occurred"));
        return false;
      }
      this._errors.push(err);
      var timeout = this._timeouts.shift();
      if (timeout === void 0) {
        if (this._cachedTimeouts) {
          this._errors.splice(0, this._errors.length - 1);
          timeout = this._cachedTimeouts.slice(-1);
        } else {
          return false;
        }
      }
      var self2 = this;
      this._timer = setTimeout(function() {
        self2._attempts++;
        if (self2._operationTimeoutCb) {
          self2._timeout = setTimeout(function() {
            self2._operationTimeoutCb(self2._attempts);
          }, self2._operationTimeout);
          if (self2._options.unref) {
            self2._timeout.unref();
          }
        }
        self2._fn(self2._attempts);
      }, timeout);
      if (this._options.unref) {
        this._timer.unref();
      }
      return true;
    };
    RetryOperation.prototype.attempt = function(fn, timeoutOps) {
      this._fn = fn;
      if (timeoutOps) {
        if (timeoutOps.timeout) {
          this._operationTimeout = timeoutOps.timeout;
        }
        if (timeoutOps.cb) {
          this._operationTimeoutCb = timeoutOps.cb;
        }
      }
      var self2 = this;
      if (this._operationTimeoutCb) {
        this._timeout = setTimeout(function() {
          self2._operationTimeoutCb();
        }, self2._operationTimeout);
      }
      this._operationStart = (/* @__PURE__ */ new Date()).getTime();
      this._fn(this._attempts);
    };
    RetryOperation.prototype.try = function(fn) {
      console.log("Using RetryOperation.try() is deprecated");
      this.attempt(fn);
    };
    RetryOperation.prototype.start = function(fn) {
      console.log("Using RetryOperation.start() is deprecated");
      this.attempt(fn);
    };
    RetryOperation.prototype.start = RetryOperation.prototype.try;
    RetryOperation.prototype.errors = function() {
      return this._errors;
    };
    RetryOperation.prototype.attempts = function() {
      return this._attempts;
    };
    RetryOperation.prototype.mainError = function() {
      if (this._errors.length === 0) {
        return null;
      }
      var counts = {};
      var mainError = null;
      var mainErrorCount = 0;
      for (var i = 0; i < this._errors.length; i++) {
        var error = this._errors[i];
        var message = error.message;
        var count = (counts[message] || 0) + 1;
        counts[message] = count;
        if (count >= mainErrorCount) {
          mainError = error;
          mainErrorCount = count;
        }
      }
      return mainError;
    };
  }
});

// node_modules/async-retry/node_modules/retry/lib/retry.js
var require_retry = __commonJS({
  "node_modules/async-retry/node_modules/retry/lib/retry.js"(exports) {
    var RetryOperation = require_retry_operation();
    exports.operation = function(options) {
      var timeouts = exports.timeouts(options);
      return new RetryOperation(timeouts, {
        forever: options && (options.forever || options.retries === Infinity),
        unref: options && options.unref,
        maxRetryTime: options && options.maxRetryTime
      });
    };
    exports.timeouts = function(options) {
      if (options instanceof Array) {
        return [].concat(options);
      }
      var opts = {
        retries: 10,
        factor: 2,
        minTimeout: 1 * 1e3,
        maxTimeout: Infinity,
        randomize: false
      };
      for (var key in options) {
        opts[key] = options[key];
      }
      if (opts.minTimeout > opts.maxTimeout) {
        throw new Error("minTimeout is greater than maxTimeout");
      }
      var timeouts = [];
      for (var i = 0; i < opts.retries; i++) {
        timeouts.push(this.createTimeout(i, opts));
      }
      if (options && options.forever && !timeouts.length) {
        timeouts.push(this.createTimeout(i, opts));
      }
      timeouts.sort(function(a, b) {
        return a - b;
      });
      return timeouts;
    };
    exports.createTimeout = function(attempt, opts) {
      var random = opts.randomize ? Math.random() + 1 : 1;
      var timeout = Math.round(random * Math.max(opts.minTimeout, 1) * Math.pow(opts.factor, attempt));
      timeout = Math.min(timeout, opts.maxTimeout);
      return timeout;
    };
    exports.wrap = function(obj, options, methods) {
      if (options instanceof Array) {
        methods = options;
        options = null;
      }
      if (!methods) {
        methods = [];
        for (var key in obj) {
          if (typeof obj[key] === "function") {
            methods.push(key);
          }
        }
      }
      for (var i = 0; i < methods.length; i++) {
        var method = methods[i];
        var original = obj[method];
        obj[method] = function retryWrapper(original2) {
          var op = exports.operation(options);
          var args = Array.prototype.slice.call(arguments, 1);
          var callback = args.pop();
          args.push(function(err) {
            if (op.retry(err)) {
              return;
            }
            if (err) {
              arguments[0] = op.mainError();
            }
            callback.apply(this, arguments);
          });
          op.attempt(function() {
            original2.apply(obj, args);
          });
        }.bind(obj, original);
        obj[method].options = options;
      }
    };
  }
});

// node_modules/async-retry/node_modules/retry/index.js
var require_retry2 = __commonJS({
  "node_modules/async-retry/node_modules/retry/index.js"(exports, module) {
    module.exports = require_retry();
  }
});

// node_modules/async-retry/lib/index.js
var require_lib = __commonJS({
  "node_modules/async-retry/lib/index.js"(exports, module) {
    var retrier = require_retry2();
    function retry(fn, opts) {
      function run(resolve2, reject) {
        var options = opts || {};
        var op;
        if (!("randomize" in options)) {
          options.randomize = true;
        }
        op = retrier.operation(options);
        function bail(err) {
          reject(err || new Error("Aborted"));
        }
        function onError(err, num) {
          if (err.bail) {
            bail(err);
            return;
          }
          if (!op.retry(err)) {
            reject(op.mainError());
          } else if (options.onRetry) {
            options.onRetry(err, num);
          }
        }
        function runAttempt(num) {
          var val;
          try {
            val = fn(bail, num);
          } catch (err) {
            onError(err, num);
            return;
          }
          Promise.resolve(val).then(resolve2).catch(function catchIt(err) {
            onError(err, num);
          });
        }
        op.attempt(runAttempt);
      }
      return new Promise(run);
    }
    module.exports = retry;
  }
});

// node_modules/gaxios/package.json
var require_package2 = __commonJS({
  "node_modules/gaxios/package.json"(exports, module) {
    module.exports = {
      name: "gaxios",
      version: "7.3.1",
      description: "A simple common HTTP client specifically for Google APIs and services.",
      main: "build/cjs/src/index.js",
      types: "build/cjs/src/index.d.ts",
      files: [
        "build/"
      ],
      exports: {
        ".": {
          import: {
            types: "./build/esm/src/index.d.ts",
            default: "./build/esm/src/index.js"
          },
          require: {
            types: "./build/cjs/src/index.d.ts",
            default: "./build/cjs/src/index.js"
          }
        }
      },
      scripts: {
        lint: "gts check --no-inline-config",
        test: "c8 mocha build/esm/test",
        "presystem-test": "npm run compile",
        "system-test": "mocha build/esm/system-test --timeout 80000",
        compile: "tsc -b ./tsconfig.json ./tsconfig.cjs.json && node utils/enable-esm.mjs",
        fix: "gts fix",
        prepare: "npm run compile",
        pretest: "npm run compile",
        webpack: "webpack",
        "prebrowser-test": "npm run compile",
        "browser-test": "node build/browser-test/browser-test-runner.js",
        docs: "jsdoc -c .jsdoc.js",
        "samples-test": "cd samples/ && npm link ../ && npm test && cd ../",
        prelint: "cd samples; npm link ../; npm install",
        clean: "gts clean"
      },
      repository: {
        type: "git",
        directory: "core/packages/gaxios",
        url: "https://github.com/googleapis/google-cloud-node.git"
      },
      keywords: [
        "google"
      ],
      engines: {
        node: ">=18"
      },
      author: "Google, LLC",
      license: "Apache-2.0",
      devDependencies: {
        "@babel/plugin-proposal-private-methods": "^7.18.6",
        "@types/cors": "^2.8.6",
        "@types/express": "^5.0.0",
        "@types/extend": "^3.0.1",
        "@types/mocha": "^10.0.10",
        "@types/multiparty": "4.2.1",
        "@types/mv": "^2.1.0",
        "@types/ncp": "^2.0.8",
        "@types/node": "^24.0.0",
        "@types/sinon": "^21.0.0",
        "@types/tmp": "^0.2.6",
        assert: "^2.0.0",
        browserify: "^17.0.0",
        c8: "^10.1.3",
        cors: "^2.8.5",
        express: "^5.0.0",
        gts: "^6.0.2",
        "is-docker": "^3.0.0",
        jsdoc: "^4.0.4",
        "jsdoc-fresh": "^5.0.0",
        "jsdoc-region-tag": "^4.0.0",
        karma: "^6.0.0",
        "karma-chrome-launcher": "^3.0.0",
        "karma-coverage": "^2.0.0",
        "karma-firefox-launcher": "^2.0.0",
        "karma-mocha": "^2.0.0",
        "karma-remap-coverage": "^0.1.5",
        "karma-sourcemap-loader": "^0.4.0",
        "karma-webpack": "^5.0.0",
        mocha: "^11.1.0",
        multiparty: "^4.2.1",
        mv: "^2.1.1",
        ncp: "^2.0.0",
        nock: "14.0.5",
        "null-loader": "^4.0.1",
        "pack-n-play": "^4.0.0",
        puppeteer: "^24.0.0",
        sinon: "21.0.3",
        "stream-browserify": "^3.0.0",
        tmp: "0.2.7",
        "ts-loader": "^9.5.2",
        typescript: "5.8.3",
        "undici-types": "^7.24.1",
        webpack: "^5.97.1",
        "webpack-cli": "^6.0.1"
      },
      dependencies: {
        extend: "^3.0.2",
        "https-proxy-agent": "^7.0.1",
        "node-fetch": "^3.3.2"
      },
      homepage: "https://github.com/googleapis/google-cloud-node/tree/main/core/packages/gaxios"
    };
  }
});

// node_modules/gaxios/build/esm/src/util.cjs
var require_util = __commonJS({
  "node_modules/gaxios/build/esm/src/util.cjs"(exports, module) {
    var pkg2 = require_package2();
    module.exports = { pkg: pkg2 };
  }
});

// node_modules/@google-cloud/storage/build/esm/src/nodejs-common/service.js
var import_google_auth_library2 = __toESM(require_src(), 1);

// node_modules/@google-cloud/storage/build/esm/src/nodejs-common/util.js
var import_projectify = __toESM(require_src2(), 1);

// node_modules/html-entities/dist/esm/named-references.js
var __assign = function() {
  __assign = Object.assign || function(t) {
    for (var s, i = 1, n = arguments.length; i < n; i++) {
      s = arguments[i];
      for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p))
        t[p] = s[p];
    }
    return t;
  };
  return __assign.apply(this, arguments);
};
var pairDivider = "~";
var blockDivider = "~~";
function generateNamedReferences(input, prev) {
  var entities = {};
  var characters = {};
  var blocks = input.split(blockDivider);
  var isOptionalBlock = false;
  for (var i = 0; blocks.length > i; i++) {
    var entries = blocks[i].split(pairDivider);
    for (var j = 0; j < entries.length; j += 2) {
      var entity = entries[j];
      var character = entries[j + 1];
      var fullEntity = "&" + entity + ";";
      entities[fullEntity] = character;
      if (isOptionalBlock) {
        entities["&" + entity] = character;
      }
      characters[character] = fullEntity;
    }
    isOptionalBlock = true;
  }
  return prev ? { entities: __assign(__assign({}, entities), prev.entities), characters: __assign(__assign({}, characters), prev.characters) } : { entities, characters };
}
var bodyRegExps = {
  xml: /&(?:#\d+|#[xX][\da-fA-F]+|[0-9a-zA-Z]+);?/g,
  html4: /&notin;|&(?:nbsp|iexcl|cent|pound|curren|yen|brvbar|sect|uml|copy|ordf|laquo|not|shy|reg|macr|deg|plusmn|sup2|sup3|acute|micro|para|middot|cedil|sup1|ordm|raquo|frac14|frac12|frac34|iquest|Agrave|Aacute|Acirc|Atilde|Auml|Aring|AElig|Ccedil|Egrave|Eacute|Ecirc|Euml|Igrave|Iacute|Icirc|Iuml|ETH|Ntilde|Ograve|Oacute|Ocirc|Otilde|Ouml|times|Oslash|Ugrave|Uacute|Ucirc|Uuml|Yacute|THORN|szlig|agrave|aacute|acirc|atilde|auml|aring|aelig|ccedil|egrave|eacute|ecirc|euml|igrave|iacute|icirc|iuml|eth|ntilde|ograve|oacute|ocirc|otilde|ouml|divide|oslash|ugrave|uacute|ucirc|uuml|yacute|thorn|yuml|quot|amp|lt|gt|#\d+|#[xX][\da-fA-F]+|[0-9a-zA-Z]+);?/g,
  html5: /&centerdot;|&copysr;|&divideontimes;|&gtcc;|&gtcir;|&gtdot;|&gtlPar;|&gtquest;|&gtrapprox;|&gtrarr;|&gtrdot;|&gtreqless;|&gtreqqless;|&gtrless;|&gtrsim;|&ltcc;|&ltcir;|&ltdot;|&lthree;|&ltimes;|&ltlarr;|&ltquest;|&ltrPar;|&ltri;|&ltrie;|&ltrif;|&notin;|&notinE;|&notindot;|&notinva;|&notinvb;|&notinvc;|&notni;|&notniva;|&notnivb;|&notnivc;|&parallel;|&timesb;|&timesbar;|&timesd;|&(?:AElig|AMP|Aacute|Acirc|Agrave|Aring|Atilde|Auml|COPY|Ccedil|ETH|Eacute|Ecirc|Egrave|Euml|GT|Iacute|Icirc|Igrave|Iuml|LT|Ntilde|Oacute|Ocirc|Ograve|Oslash|Otilde|Ouml|QUOT|REG|THORN|Uacute|Ucirc|Ugrave|Uuml|Yacute|aacute|acirc|acute|aelig|agrave|amp|aring|atilde|auml|brvbar|ccedil|cedil|cent|copy|curren|deg|divide|eacute|ecirc|egrave|eth|euml|frac12|frac14|frac34|gt|iacute|icirc|iexcl|igrave|iquest|iuml|laquo|lt|macr|micro|middot|nbsp|not|ntilde|oacute|ocirc|ograve|ordf|ordm|oslash|otilde|ouml|para|plusmn|pound|quot|raquo|reg|sect|shy|sup1|sup2|sup3|szlig|thorn|times|uacute|ucirc|ugrave|uml|uuml|yacute|yen|yuml|#\d+|#[xX][\da-fA-F]+|[0-9a-zA-Z]+);?/g
};
var namedReferences = {};
namedReferences["xml"] = generateNamedReferences(`lt~<~gt~>~quot~"~apos~'~amp~&`);
namedReferences["html4"] = generateNamedReferences(`apos~'~OElig~\u0152~oelig~\u0153~Scaron~\u0160~scaron~\u0161~Yuml~\u0178~circ~\u02C6~tilde~\u02DC~ensp~\u2002~emsp~\u2003~thinsp~\u2009~zwnj~\u200C~zwj~\u200D~lrm~\u200E~rlm~\u200F~ndash~\u2013~mdash~\u2014~lsquo~\u2018~rsquo~\u2019~sbquo~\u201A~ldquo~\u201C~rdquo~\u201D~bdquo~\u201E~dagger~\u2020~Dagger~\u2021~permil~\u2030~lsaquo~\u2039~rsaquo~\u203A~euro~\u20AC~fnof~\u0192~Alpha~\u0391~Beta~\u0392~Gamma~\u0393~Delta~\u0394~Epsilon~\u0395~Zeta~\u0396~Eta~\u0397~Theta~\u0398~Iota~\u0399~Kappa~\u039A~Lambda~\u039B~Mu~\u039C~Nu~\u039D~Xi~\u039E~Omicron~\u039F~Pi~\u03A0~Rho~\u03A1~Sigma~\u03A3~Tau~\u03A4~Upsilon~\u03A5~Phi~\u03A6~Chi~\u03A7~Psi~\u03A8~Omega~\u03A9~alpha~\u03B1~beta~\u03B2~gamma~\u03B3~delta~\u03B4~epsilon~\u03B5~zeta~\u03B6~eta~\u03B7~theta~\u03B8~iota~\u03B9~kappa~\u03BA~lambda~\u03BB~mu~\u03BC~nu~\u03BD~xi~\u03BE~omicron~\u03BF~pi~\u03C0~rho~\u03C1~sigmaf~\u03C2~sigma~\u03C3~tau~\u03C4~upsilon~\u03C5~phi~\u03C6~chi~\u03C7~psi~\u03C8~omega~\u03C9~thetasym~\u03D1~upsih~\u03D2~piv~\u03D6~bull~\u2022~hellip~\u2026~prime~\u2032~Prime~\u2033~oline~\u203E~frasl~\u2044~weierp~\u2118~image~\u2111~real~\u211C~trade~\u2122~alefsym~\u2135~larr~\u2190~uarr~\u2191~rarr~\u2192~darr~\u2193~harr~\u2194~crarr~\u21B5~lArr~\u21D0~uArr~\u21D1~rArr~\u21D2~dArr~\u21D3~hArr~\u21D4~forall~\u2200~part~\u2202~exist~\u2203~empty~\u2205~nabla~\u2207~isin~\u2208~notin~\u2209~ni~\u220B~prod~\u220F~sum~\u2211~minus~\u2212~lowast~\u2217~radic~\u221A~prop~\u221D~infin~\u221E~ang~\u2220~and~\u2227~or~\u2228~cap~\u2229~cup~\u222A~int~\u222B~there4~\u2234~sim~\u223C~cong~\u2245~asymp~\u2248~ne~\u2260~equiv~\u2261~le~\u2264~ge~\u2265~sub~\u2282~sup~\u2283~nsub~\u2284~sube~\u2286~supe~\u2287~oplus~\u2295~otimes~\u2297~perp~\u22A5~sdot~\u22C5~lceil~\u2308~rceil~\u2309~lfloor~\u230A~rfloor~\u230B~lang~\u2329~rang~\u232A~loz~\u25CA~spades~\u2660~clubs~\u2663~hearts~\u2665~diams~\u2666~~nbsp~\xA0~iexcl~\xA1~cent~\xA2~pound~\xA3~curren~\xA4~yen~\xA5~brvbar~\xA6~sect~\xA7~uml~\xA8~copy~\xA9~ordf~\xAA~laquo~\xAB~not~\xAC~shy~\xAD~reg~\xAE~macr~\xAF~deg~\xB0~plusmn~\xB1~sup2~\xB2~sup3~\xB3~acute~\xB4~micro~\xB5~para~\xB6~middot~\xB7~cedil~\xB8~sup1~\xB9~ordm~\xBA~raquo~\xBB~frac14~\xBC~frac12~\xBD~frac34~\xBE~iquest~\xBF~Agrave~\xC0~Aacute~\xC1~Acirc~\xC2~Atilde~\xC3~Auml~\xC4~Aring~\xC5~AElig~\xC6~Ccedil~\xC7~Egrave~\xC8~Eacute~\xC9~Ecirc~\xCA~Euml~\xCB~Igrave~\xCC~Iacute~\xCD~Icirc~\xCE~Iuml~\xCF~ETH~\xD0~Ntilde~\xD1~Ograve~\xD2~Oacute~\xD3~Ocirc~\xD4~Otilde~\xD5~Ouml~\xD6~times~\xD7~Oslash~\xD8~Ugrave~\xD9~Uacute~\xDA~Ucirc~\xDB~Uuml~\xDC~Yacute~\xDD~THORN~\xDE~szlig~\xDF~agrave~\xE0~aacute~\xE1~acirc~\xE2~atilde~\xE3~auml~\xE4~aring~\xE5~aelig~\xE6~ccedil~\xE7~egrave~\xE8~eacute~\xE9~ecirc~\xEA~euml~\xEB~igrave~\xEC~iacute~\xED~icirc~\xEE~iuml~\xEF~eth~\xF0~ntilde~\xF1~ograve~\xF2~oacute~\xF3~ocirc~\xF4~otilde~\xF5~ouml~\xF6~divide~\xF7~oslash~\xF8~ugrave~\xF9~uacute~\xFA~ucirc~\xFB~uuml~\xFC~yacute~\xFD~thorn~\xFE~yuml~\xFF~quot~"~amp~&~lt~<~gt~>`);
namedReferences["html5"] = generateNamedReferences('Abreve~\u0102~Acy~\u0410~Afr~\u{1D504}~Amacr~\u0100~And~\u2A53~Aogon~\u0104~Aopf~\u{1D538}~ApplyFunction~\u2061~Ascr~\u{1D49C}~Assign~\u2254~Backslash~\u2216~Barv~\u2AE7~Barwed~\u2306~Bcy~\u0411~Because~\u2235~Bernoullis~\u212C~Bfr~\u{1D505}~Bopf~\u{1D539}~Breve~\u02D8~Bscr~\u212C~Bumpeq~\u224E~CHcy~\u0427~Cacute~\u0106~Cap~\u22D2~CapitalDifferentialD~\u2145~Cayleys~\u212D~Ccaron~\u010C~Ccirc~\u0108~Cconint~\u2230~Cdot~\u010A~Cedilla~\xB8~CenterDot~\xB7~Cfr~\u212D~CircleDot~\u2299~CircleMinus~\u2296~CirclePlus~\u2295~CircleTimes~\u2297~ClockwiseContourIntegral~\u2232~CloseCurlyDoubleQuote~\u201D~CloseCurlyQuote~\u2019~Colon~\u2237~Colone~\u2A74~Congruent~\u2261~Conint~\u222F~ContourIntegral~\u222E~Copf~\u2102~Coproduct~\u2210~CounterClockwiseContourIntegral~\u2233~Cross~\u2A2F~Cscr~\u{1D49E}~Cup~\u22D3~CupCap~\u224D~DD~\u2145~DDotrahd~\u2911~DJcy~\u0402~DScy~\u0405~DZcy~\u040F~Darr~\u21A1~Dashv~\u2AE4~Dcaron~\u010E~Dcy~\u0414~Del~\u2207~Dfr~\u{1D507}~DiacriticalAcute~\xB4~DiacriticalDot~\u02D9~DiacriticalDoubleAcute~\u02DD~DiacriticalGrave~`~DiacriticalTilde~\u02DC~Diamond~\u22C4~DifferentialD~\u2146~Dopf~\u{1D53B}~Dot~\xA8~DotDot~\u20DC~DotEqual~\u2250~DoubleContourIntegral~\u222F~DoubleDot~\xA8~DoubleDownArrow~\u21D3~DoubleLeftArrow~\u21D0~DoubleLeftRightArrow~\u21D4~DoubleLeftTee~\u2AE4~DoubleLongLeftArrow~\u27F8~DoubleLongLeftRightArrow~\u27FA~DoubleLongRightArrow~\u27F9~DoubleRightArrow~\u21D2~DoubleRightTee~\u22A8~DoubleUpArrow~\u21D1~DoubleUpDownArrow~\u21D5~DoubleVerticalBar~\u2225~DownArrow~\u2193~DownArrowBar~\u2913~DownArrowUpArrow~\u21F5~DownBreve~\u0311~DownLeftRightVector~\u2950~DownLeftTeeVector~\u295E~DownLeftVector~\u21BD~DownLeftVectorBar~\u2956~DownRightTeeVector~\u295F~DownRightVector~\u21C1~DownRightVectorBar~\u2957~DownTee~\u22A4~DownTeeArrow~\u21A7~Downarrow~\u21D3~Dscr~\u{1D49F}~Dstrok~\u0110~ENG~\u014A~Ecaron~\u011A~Ecy~\u042D~Edot~\u0116~Efr~\u{1D508}~Element~\u2208~Emacr~\u0112~EmptySmallSquare~\u25FB~EmptyVerySmallSquare~\u25AB~Eogon~\u0118~Eopf~\u{1D53C}~Equal~\u2A75~EqualTilde~\u2242~Equilibrium~\u21CC~Escr~\u2130~Esim~\u2A73~Exists~\u2203~ExponentialE~\u2147~Fcy~\u0424~Ffr~\u{1D509}~FilledSmallSquare~\u25FC~FilledVerySmallSquare~\u25AA~Fopf~\u{1D53D}~ForAll~\u2200~Fouriertrf~\u2131~Fscr~\u2131~GJcy~\u0403~Gammad~\u03DC~Gbreve~\u011E~Gcedil~\u0122~Gcirc~\u011C~Gcy~\u0413~Gdot~\u0120~Gfr~\u{1D50A}~Gg~\u22D9~Gopf~\u{1D53E}~GreaterEqual~\u2265~GreaterEqualLess~\u22DB~GreaterFullEqual~\u2267~GreaterGreater~\u2AA2~GreaterLess~\u2277~GreaterSlantEqual~\u2A7E~GreaterTilde~\u2273~Gscr~\u{1D4A2}~Gt~\u226B~HARDcy~\u042A~Hacek~\u02C7~Hat~^~Hcirc~\u0124~Hfr~\u210C~HilbertSpace~\u210B~Hopf~\u210D~HorizontalLine~\u2500~Hscr~\u210B~Hstrok~\u0126~HumpDownHump~\u224E~HumpEqual~\u224F~IEcy~\u0415~IJlig~\u0132~IOcy~\u0401~Icy~\u0418~Idot~\u0130~Ifr~\u2111~Im~\u2111~Imacr~\u012A~ImaginaryI~\u2148~Implies~\u21D2~Int~\u222C~Integral~\u222B~Intersection~\u22C2~InvisibleComma~\u2063~InvisibleTimes~\u2062~Iogon~\u012E~Iopf~\u{1D540}~Iscr~\u2110~Itilde~\u0128~Iukcy~\u0406~Jcirc~\u0134~Jcy~\u0419~Jfr~\u{1D50D}~Jopf~\u{1D541}~Jscr~\u{1D4A5}~Jsercy~\u0408~Jukcy~\u0404~KHcy~\u0425~KJcy~\u040C~Kcedil~\u0136~Kcy~\u041A~Kfr~\u{1D50E}~Kopf~\u{1D542}~Kscr~\u{1D4A6}~LJcy~\u0409~Lacute~\u0139~Lang~\u27EA~Laplacetrf~\u2112~Larr~\u219E~Lcaron~\u013D~Lcedil~\u013B~Lcy~\u041B~LeftAngleBracket~\u27E8~LeftArrow~\u2190~LeftArrowBar~\u21E4~LeftArrowRightArrow~\u21C6~LeftCeiling~\u2308~LeftDoubleBracket~\u27E6~LeftDownTeeVector~\u2961~LeftDownVector~\u21C3~LeftDownVectorBar~\u2959~LeftFloor~\u230A~LeftRightArrow~\u2194~LeftRightVector~\u294E~LeftTee~\u22A3~LeftTeeArrow~\u21A4~LeftTeeVector~\u295A~LeftTriangle~\u22B2~LeftTriangleBar~\u29CF~LeftTriangleEqual~\u22B4~LeftUpDownVector~\u2951~LeftUpTeeVector~\u2960~LeftUpVector~\u21BF~LeftUpVectorBar~\u2958~LeftVector~\u21BC~LeftVectorBar~\u2952~Leftarrow~\u21D0~Leftrightarrow~\u21D4~LessEqualGreater~\u22DA~LessFullEqual~\u2266~LessGreater~\u2276~LessLess~\u2AA1~LessSlantEqual~\u2A7D~LessTilde~\u2272~Lfr~\u{1D50F}~Ll~\u22D8~Lleftarrow~\u21DA~Lmidot~\u013F~LongLeftArrow~\u27F5~LongLeftRightArrow~\u27F7~LongRightArrow~\u27F6~Longleftarrow~\u27F8~Longleftrightarrow~\u27FA~Longrightarrow~\u27F9~Lopf~\u{1D543}~LowerLeftArrow~\u2199~LowerRightArrow~\u2198~Lscr~\u2112~Lsh~\u21B0~Lstrok~\u0141~Lt~\u226A~Map~\u2905~Mcy~\u041C~MediumSpace~\u205F~Mellintrf~\u2133~Mfr~\u{1D510}~MinusPlus~\u2213~Mopf~\u{1D544}~Mscr~\u2133~NJcy~\u040A~Nacute~\u0143~Ncaron~\u0147~Ncedil~\u0145~Ncy~\u041D~NegativeMediumSpace~\u200B~NegativeThickSpace~\u200B~NegativeThinSpace~\u200B~NegativeVeryThinSpace~\u200B~NestedGreaterGreater~\u226B~NestedLessLess~\u226A~NewLine~\n~Nfr~\u{1D511}~NoBreak~\u2060~NonBreakingSpace~\xA0~Nopf~\u2115~Not~\u2AEC~NotCongruent~\u2262~NotCupCap~\u226D~NotDoubleVerticalBar~\u2226~NotElement~\u2209~NotEqual~\u2260~NotEqualTilde~\u2242\u0338~NotExists~\u2204~NotGreater~\u226F~NotGreaterEqual~\u2271~NotGreaterFullEqual~\u2267\u0338~NotGreaterGreater~\u226B\u0338~NotGreaterLess~\u2279~NotGreaterSlantEqual~\u2A7E\u0338~NotGreaterTilde~\u2275~NotHumpDownHump~\u224E\u0338~NotHumpEqual~\u224F\u0338~NotLeftTriangle~\u22EA~NotLeftTriangleBar~\u29CF\u0338~NotLeftTriangleEqual~\u22EC~NotLess~\u226E~NotLessEqual~\u2270~NotLessGreater~\u2278~NotLessLess~\u226A\u0338~NotLessSlantEqual~\u2A7D\u0338~NotLessTilde~\u2274~NotNestedGreaterGreater~\u2AA2\u0338~NotNestedLessLess~\u2AA1\u0338~NotPrecedes~\u2280~NotPrecedesEqual~\u2AAF\u0338~NotPrecedesSlantEqual~\u22E0~NotReverseElement~\u220C~NotRightTriangle~\u22EB~NotRightTriangleBar~\u29D0\u0338~NotRightTriangleEqual~\u22ED~NotSquareSubset~\u228F\u0338~NotSquareSubsetEqual~\u22E2~NotSquareSuperset~\u2290\u0338~NotSquareSupersetEqual~\u22E3~NotSubset~\u2282\u20D2~NotSubsetEqual~\u2288~NotSucceeds~\u2281~NotSucceedsEqual~\u2AB0\u0338~NotSucceedsSlantEqual~\u22E1~NotSucceedsTilde~\u227F\u0338~NotSuperset~\u2283\u20D2~NotSupersetEqual~\u2289~NotTilde~\u2241~NotTildeEqual~\u2244~NotTildeFullEqual~\u2247~NotTildeTilde~\u2249~NotVerticalBar~\u2224~Nscr~\u{1D4A9}~Ocy~\u041E~Odblac~\u0150~Ofr~\u{1D512}~Omacr~\u014C~Oopf~\u{1D546}~OpenCurlyDoubleQuote~\u201C~OpenCurlyQuote~\u2018~Or~\u2A54~Oscr~\u{1D4AA}~Otimes~\u2A37~OverBar~\u203E~OverBrace~\u23DE~OverBracket~\u23B4~OverParenthesis~\u23DC~PartialD~\u2202~Pcy~\u041F~Pfr~\u{1D513}~PlusMinus~\xB1~Poincareplane~\u210C~Popf~\u2119~Pr~\u2ABB~Precedes~\u227A~PrecedesEqual~\u2AAF~PrecedesSlantEqual~\u227C~PrecedesTilde~\u227E~Product~\u220F~Proportion~\u2237~Proportional~\u221D~Pscr~\u{1D4AB}~Qfr~\u{1D514}~Qopf~\u211A~Qscr~\u{1D4AC}~RBarr~\u2910~Racute~\u0154~Rang~\u27EB~Rarr~\u21A0~Rarrtl~\u2916~Rcaron~\u0158~Rcedil~\u0156~Rcy~\u0420~Re~\u211C~ReverseElement~\u220B~ReverseEquilibrium~\u21CB~ReverseUpEquilibrium~\u296F~Rfr~\u211C~RightAngleBracket~\u27E9~RightArrow~\u2192~RightArrowBar~\u21E5~RightArrowLeftArrow~\u21C4~RightCeiling~\u2309~RightDoubleBracket~\u27E7~RightDownTeeVector~\u295D~RightDownVector~\u21C2~RightDownVectorBar~\u2955~RightFloor~\u230B~RightTee~\u22A2~RightTeeArrow~\u21A6~RightTeeVector~\u295B~RightTriangle~\u22B3~RightTriangleBar~\u29D0~RightTriangleEqual~\u22B5~RightUpDownVector~\u294F~RightUpTeeVector~\u295C~RightUpVector~\u21BE~RightUpVectorBar~\u2954~RightVector~\u21C0~RightVectorBar~\u2953~Rightarrow~\u21D2~Ropf~\u211D~RoundImplies~\u2970~Rrightarrow~\u21DB~Rscr~\u211B~Rsh~\u21B1~RuleDelayed~\u29F4~SHCHcy~\u0429~SHcy~\u0428~SOFTcy~\u042C~Sacute~\u015A~Sc~\u2ABC~Scedil~\u015E~Scirc~\u015C~Scy~\u0421~Sfr~\u{1D516}~ShortDownArrow~\u2193~ShortLeftArrow~\u2190~ShortRightArrow~\u2192~ShortUpArrow~\u2191~SmallCircle~\u2218~Sopf~\u{1D54A}~Sqrt~\u221A~Square~\u25A1~SquareIntersection~\u2293~SquareSubset~\u228F~SquareSubsetEqual~\u2291~SquareSuperset~\u2290~SquareSupersetEqual~\u2292~SquareUnion~\u2294~Sscr~\u{1D4AE}~Star~\u22C6~Sub~\u22D0~Subset~\u22D0~SubsetEqual~\u2286~Succeeds~\u227B~SucceedsEqual~\u2AB0~SucceedsSlantEqual~\u227D~SucceedsTilde~\u227F~SuchThat~\u220B~Sum~\u2211~Sup~\u22D1~Superset~\u2283~SupersetEqual~\u2287~Supset~\u22D1~TRADE~\u2122~TSHcy~\u040B~TScy~\u0426~Tab~	~Tcaron~\u0164~Tcedil~\u0162~Tcy~\u0422~Tfr~\u{1D517}~Therefore~\u2234~ThickSpace~\u205F\u200A~ThinSpace~\u2009~Tilde~\u223C~TildeEqual~\u2243~TildeFullEqual~\u2245~TildeTilde~\u2248~Topf~\u{1D54B}~TripleDot~\u20DB~Tscr~\u{1D4AF}~Tstrok~\u0166~Uarr~\u219F~Uarrocir~\u2949~Ubrcy~\u040E~Ubreve~\u016C~Ucy~\u0423~Udblac~\u0170~Ufr~\u{1D518}~Umacr~\u016A~UnderBar~_~UnderBrace~\u23DF~UnderBracket~\u23B5~UnderParenthesis~\u23DD~Union~\u22C3~UnionPlus~\u228E~Uogon~\u0172~Uopf~\u{1D54C}~UpArrow~\u2191~UpArrowBar~\u2912~UpArrowDownArrow~\u21C5~UpDownArrow~\u2195~UpEquilibrium~\u296E~UpTee~\u22A5~UpTeeArrow~\u21A5~Uparrow~\u21D1~Updownarrow~\u21D5~UpperLeftArrow~\u2196~UpperRightArrow~\u2197~Upsi~\u03D2~Uring~\u016E~Uscr~\u{1D4B0}~Utilde~\u0168~VDash~\u22AB~Vbar~\u2AEB~Vcy~\u0412~Vdash~\u22A9~Vdashl~\u2AE6~Vee~\u22C1~Verbar~\u2016~Vert~\u2016~VerticalBar~\u2223~VerticalLine~|~VerticalSeparator~\u2758~VerticalTilde~\u2240~VeryThinSpace~\u200A~Vfr~\u{1D519}~Vopf~\u{1D54D}~Vscr~\u{1D4B1}~Vvdash~\u22AA~Wcirc~\u0174~Wedge~\u22C0~Wfr~\u{1D51A}~Wopf~\u{1D54E}~Wscr~\u{1D4B2}~Xfr~\u{1D51B}~Xopf~\u{1D54F}~Xscr~\u{1D4B3}~YAcy~\u042F~YIcy~\u0407~YUcy~\u042E~Ycirc~\u0176~Ycy~\u042B~Yfr~\u{1D51C}~Yopf~\u{1D550}~Yscr~\u{1D4B4}~ZHcy~\u0416~Zacute~\u0179~Zcaron~\u017D~Zcy~\u0417~Zdot~\u017B~ZeroWidthSpace~\u200B~Zfr~\u2128~Zopf~\u2124~Zscr~\u{1D4B5}~abreve~\u0103~ac~\u223E~acE~\u223E\u0333~acd~\u223F~acy~\u0430~af~\u2061~afr~\u{1D51E}~aleph~\u2135~amacr~\u0101~amalg~\u2A3F~andand~\u2A55~andd~\u2A5C~andslope~\u2A58~andv~\u2A5A~ange~\u29A4~angle~\u2220~angmsd~\u2221~angmsdaa~\u29A8~angmsdab~\u29A9~angmsdac~\u29AA~angmsdad~\u29AB~angmsdae~\u29AC~angmsdaf~\u29AD~angmsdag~\u29AE~angmsdah~\u29AF~angrt~\u221F~angrtvb~\u22BE~angrtvbd~\u299D~angsph~\u2222~angst~\xC5~angzarr~\u237C~aogon~\u0105~aopf~\u{1D552}~ap~\u2248~apE~\u2A70~apacir~\u2A6F~ape~\u224A~apid~\u224B~approx~\u2248~approxeq~\u224A~ascr~\u{1D4B6}~ast~*~asympeq~\u224D~awconint~\u2233~awint~\u2A11~bNot~\u2AED~backcong~\u224C~backepsilon~\u03F6~backprime~\u2035~backsim~\u223D~backsimeq~\u22CD~barvee~\u22BD~barwed~\u2305~barwedge~\u2305~bbrk~\u23B5~bbrktbrk~\u23B6~bcong~\u224C~bcy~\u0431~becaus~\u2235~because~\u2235~bemptyv~\u29B0~bepsi~\u03F6~bernou~\u212C~beth~\u2136~between~\u226C~bfr~\u{1D51F}~bigcap~\u22C2~bigcirc~\u25EF~bigcup~\u22C3~bigodot~\u2A00~bigoplus~\u2A01~bigotimes~\u2A02~bigsqcup~\u2A06~bigstar~\u2605~bigtriangledown~\u25BD~bigtriangleup~\u25B3~biguplus~\u2A04~bigvee~\u22C1~bigwedge~\u22C0~bkarow~\u290D~blacklozenge~\u29EB~blacksquare~\u25AA~blacktriangle~\u25B4~blacktriangledown~\u25BE~blacktriangleleft~\u25C2~blacktriangleright~\u25B8~blank~\u2423~blk12~\u2592~blk14~\u2591~blk34~\u2593~block~\u2588~bne~=\u20E5~bnequiv~\u2261\u20E5~bnot~\u2310~bopf~\u{1D553}~bot~\u22A5~bottom~\u22A5~bowtie~\u22C8~boxDL~\u2557~boxDR~\u2554~boxDl~\u2556~boxDr~\u2553~boxH~\u2550~boxHD~\u2566~boxHU~\u2569~boxHd~\u2564~boxHu~\u2567~boxUL~\u255D~boxUR~\u255A~boxUl~\u255C~boxUr~\u2559~boxV~\u2551~boxVH~\u256C~boxVL~\u2563~boxVR~\u2560~boxVh~\u256B~boxVl~\u2562~boxVr~\u255F~boxbox~\u29C9~boxdL~\u2555~boxdR~\u2552~boxdl~\u2510~boxdr~\u250C~boxh~\u2500~boxhD~\u2565~boxhU~\u2568~boxhd~\u252C~boxhu~\u2534~boxminus~\u229F~boxplus~\u229E~boxtimes~\u22A0~boxuL~\u255B~boxuR~\u2558~boxul~\u2518~boxur~\u2514~boxv~\u2502~boxvH~\u256A~boxvL~\u2561~boxvR~\u255E~boxvh~\u253C~boxvl~\u2524~boxvr~\u251C~bprime~\u2035~breve~\u02D8~bscr~\u{1D4B7}~bsemi~\u204F~bsim~\u223D~bsime~\u22CD~bsol~\\~bsolb~\u29C5~bsolhsub~\u27C8~bullet~\u2022~bump~\u224E~bumpE~\u2AAE~bumpe~\u224F~bumpeq~\u224F~cacute~\u0107~capand~\u2A44~capbrcup~\u2A49~capcap~\u2A4B~capcup~\u2A47~capdot~\u2A40~caps~\u2229\uFE00~caret~\u2041~caron~\u02C7~ccaps~\u2A4D~ccaron~\u010D~ccirc~\u0109~ccups~\u2A4C~ccupssm~\u2A50~cdot~\u010B~cemptyv~\u29B2~centerdot~\xB7~cfr~\u{1D520}~chcy~\u0447~check~\u2713~checkmark~\u2713~cir~\u25CB~cirE~\u29C3~circeq~\u2257~circlearrowleft~\u21BA~circlearrowright~\u21BB~circledR~\xAE~circledS~\u24C8~circledast~\u229B~circledcirc~\u229A~circleddash~\u229D~cire~\u2257~cirfnint~\u2A10~cirmid~\u2AEF~cirscir~\u29C2~clubsuit~\u2663~colon~:~colone~\u2254~coloneq~\u2254~comma~,~commat~@~comp~\u2201~compfn~\u2218~complement~\u2201~complexes~\u2102~congdot~\u2A6D~conint~\u222E~copf~\u{1D554}~coprod~\u2210~copysr~\u2117~cross~\u2717~cscr~\u{1D4B8}~csub~\u2ACF~csube~\u2AD1~csup~\u2AD0~csupe~\u2AD2~ctdot~\u22EF~cudarrl~\u2938~cudarrr~\u2935~cuepr~\u22DE~cuesc~\u22DF~cularr~\u21B6~cularrp~\u293D~cupbrcap~\u2A48~cupcap~\u2A46~cupcup~\u2A4A~cupdot~\u228D~cupor~\u2A45~cups~\u222A\uFE00~curarr~\u21B7~curarrm~\u293C~curlyeqprec~\u22DE~curlyeqsucc~\u22DF~curlyvee~\u22CE~curlywedge~\u22CF~curvearrowleft~\u21B6~curvearrowright~\u21B7~cuvee~\u22CE~cuwed~\u22CF~cwconint~\u2232~cwint~\u2231~cylcty~\u232D~dHar~\u2965~daleth~\u2138~dash~\u2010~dashv~\u22A3~dbkarow~\u290F~dblac~\u02DD~dcaron~\u010F~dcy~\u0434~dd~\u2146~ddagger~\u2021~ddarr~\u21CA~ddotseq~\u2A77~demptyv~\u29B1~dfisht~\u297F~dfr~\u{1D521}~dharl~\u21C3~dharr~\u21C2~diam~\u22C4~diamond~\u22C4~diamondsuit~\u2666~die~\xA8~digamma~\u03DD~disin~\u22F2~div~\xF7~divideontimes~\u22C7~divonx~\u22C7~djcy~\u0452~dlcorn~\u231E~dlcrop~\u230D~dollar~$~dopf~\u{1D555}~dot~\u02D9~doteq~\u2250~doteqdot~\u2251~dotminus~\u2238~dotplus~\u2214~dotsquare~\u22A1~doublebarwedge~\u2306~downarrow~\u2193~downdownarrows~\u21CA~downharpoonleft~\u21C3~downharpoonright~\u21C2~drbkarow~\u2910~drcorn~\u231F~drcrop~\u230C~dscr~\u{1D4B9}~dscy~\u0455~dsol~\u29F6~dstrok~\u0111~dtdot~\u22F1~dtri~\u25BF~dtrif~\u25BE~duarr~\u21F5~duhar~\u296F~dwangle~\u29A6~dzcy~\u045F~dzigrarr~\u27FF~eDDot~\u2A77~eDot~\u2251~easter~\u2A6E~ecaron~\u011B~ecir~\u2256~ecolon~\u2255~ecy~\u044D~edot~\u0117~ee~\u2147~efDot~\u2252~efr~\u{1D522}~eg~\u2A9A~egs~\u2A96~egsdot~\u2A98~el~\u2A99~elinters~\u23E7~ell~\u2113~els~\u2A95~elsdot~\u2A97~emacr~\u0113~emptyset~\u2205~emptyv~\u2205~emsp13~\u2004~emsp14~\u2005~eng~\u014B~eogon~\u0119~eopf~\u{1D556}~epar~\u22D5~eparsl~\u29E3~eplus~\u2A71~epsi~\u03B5~epsiv~\u03F5~eqcirc~\u2256~eqcolon~\u2255~eqsim~\u2242~eqslantgtr~\u2A96~eqslantless~\u2A95~equals~=~equest~\u225F~equivDD~\u2A78~eqvparsl~\u29E5~erDot~\u2253~erarr~\u2971~escr~\u212F~esdot~\u2250~esim~\u2242~excl~!~expectation~\u2130~exponentiale~\u2147~fallingdotseq~\u2252~fcy~\u0444~female~\u2640~ffilig~\uFB03~fflig~\uFB00~ffllig~\uFB04~ffr~\u{1D523}~filig~\uFB01~fjlig~fj~flat~\u266D~fllig~\uFB02~fltns~\u25B1~fopf~\u{1D557}~fork~\u22D4~forkv~\u2AD9~fpartint~\u2A0D~frac13~\u2153~frac15~\u2155~frac16~\u2159~frac18~\u215B~frac23~\u2154~frac25~\u2156~frac35~\u2157~frac38~\u215C~frac45~\u2158~frac56~\u215A~frac58~\u215D~frac78~\u215E~frown~\u2322~fscr~\u{1D4BB}~gE~\u2267~gEl~\u2A8C~gacute~\u01F5~gammad~\u03DD~gap~\u2A86~gbreve~\u011F~gcirc~\u011D~gcy~\u0433~gdot~\u0121~gel~\u22DB~geq~\u2265~geqq~\u2267~geqslant~\u2A7E~ges~\u2A7E~gescc~\u2AA9~gesdot~\u2A80~gesdoto~\u2A82~gesdotol~\u2A84~gesl~\u22DB\uFE00~gesles~\u2A94~gfr~\u{1D524}~gg~\u226B~ggg~\u22D9~gimel~\u2137~gjcy~\u0453~gl~\u2277~glE~\u2A92~gla~\u2AA5~glj~\u2AA4~gnE~\u2269~gnap~\u2A8A~gnapprox~\u2A8A~gne~\u2A88~gneq~\u2A88~gneqq~\u2269~gnsim~\u22E7~gopf~\u{1D558}~grave~`~gscr~\u210A~gsim~\u2273~gsime~\u2A8E~gsiml~\u2A90~gtcc~\u2AA7~gtcir~\u2A7A~gtdot~\u22D7~gtlPar~\u2995~gtquest~\u2A7C~gtrapprox~\u2A86~gtrarr~\u2978~gtrdot~\u22D7~gtreqless~\u22DB~gtreqqless~\u2A8C~gtrless~\u2277~gtrsim~\u2273~gvertneqq~\u2269\uFE00~gvnE~\u2269\uFE00~hairsp~\u200A~half~\xBD~hamilt~\u210B~hardcy~\u044A~harrcir~\u2948~harrw~\u21AD~hbar~\u210F~hcirc~\u0125~heartsuit~\u2665~hercon~\u22B9~hfr~\u{1D525}~hksearow~\u2925~hkswarow~\u2926~hoarr~\u21FF~homtht~\u223B~hookleftarrow~\u21A9~hookrightarrow~\u21AA~hopf~\u{1D559}~horbar~\u2015~hscr~\u{1D4BD}~hslash~\u210F~hstrok~\u0127~hybull~\u2043~hyphen~\u2010~ic~\u2063~icy~\u0438~iecy~\u0435~iff~\u21D4~ifr~\u{1D526}~ii~\u2148~iiiint~\u2A0C~iiint~\u222D~iinfin~\u29DC~iiota~\u2129~ijlig~\u0133~imacr~\u012B~imagline~\u2110~imagpart~\u2111~imath~\u0131~imof~\u22B7~imped~\u01B5~in~\u2208~incare~\u2105~infintie~\u29DD~inodot~\u0131~intcal~\u22BA~integers~\u2124~intercal~\u22BA~intlarhk~\u2A17~intprod~\u2A3C~iocy~\u0451~iogon~\u012F~iopf~\u{1D55A}~iprod~\u2A3C~iscr~\u{1D4BE}~isinE~\u22F9~isindot~\u22F5~isins~\u22F4~isinsv~\u22F3~isinv~\u2208~it~\u2062~itilde~\u0129~iukcy~\u0456~jcirc~\u0135~jcy~\u0439~jfr~\u{1D527}~jmath~\u0237~jopf~\u{1D55B}~jscr~\u{1D4BF}~jsercy~\u0458~jukcy~\u0454~kappav~\u03F0~kcedil~\u0137~kcy~\u043A~kfr~\u{1D528}~kgreen~\u0138~khcy~\u0445~kjcy~\u045C~kopf~\u{1D55C}~kscr~\u{1D4C0}~lAarr~\u21DA~lAtail~\u291B~lBarr~\u290E~lE~\u2266~lEg~\u2A8B~lHar~\u2962~lacute~\u013A~laemptyv~\u29B4~lagran~\u2112~langd~\u2991~langle~\u27E8~lap~\u2A85~larrb~\u21E4~larrbfs~\u291F~larrfs~\u291D~larrhk~\u21A9~larrlp~\u21AB~larrpl~\u2939~larrsim~\u2973~larrtl~\u21A2~lat~\u2AAB~latail~\u2919~late~\u2AAD~lates~\u2AAD\uFE00~lbarr~\u290C~lbbrk~\u2772~lbrace~{~lbrack~[~lbrke~\u298B~lbrksld~\u298F~lbrkslu~\u298D~lcaron~\u013E~lcedil~\u013C~lcub~{~lcy~\u043B~ldca~\u2936~ldquor~\u201E~ldrdhar~\u2967~ldrushar~\u294B~ldsh~\u21B2~leftarrow~\u2190~leftarrowtail~\u21A2~leftharpoondown~\u21BD~leftharpoonup~\u21BC~leftleftarrows~\u21C7~leftrightarrow~\u2194~leftrightarrows~\u21C6~leftrightharpoons~\u21CB~leftrightsquigarrow~\u21AD~leftthreetimes~\u22CB~leg~\u22DA~leq~\u2264~leqq~\u2266~leqslant~\u2A7D~les~\u2A7D~lescc~\u2AA8~lesdot~\u2A7F~lesdoto~\u2A81~lesdotor~\u2A83~lesg~\u22DA\uFE00~lesges~\u2A93~lessapprox~\u2A85~lessdot~\u22D6~lesseqgtr~\u22DA~lesseqqgtr~\u2A8B~lessgtr~\u2276~lesssim~\u2272~lfisht~\u297C~lfr~\u{1D529}~lg~\u2276~lgE~\u2A91~lhard~\u21BD~lharu~\u21BC~lharul~\u296A~lhblk~\u2584~ljcy~\u0459~ll~\u226A~llarr~\u21C7~llcorner~\u231E~llhard~\u296B~lltri~\u25FA~lmidot~\u0140~lmoust~\u23B0~lmoustache~\u23B0~lnE~\u2268~lnap~\u2A89~lnapprox~\u2A89~lne~\u2A87~lneq~\u2A87~lneqq~\u2268~lnsim~\u22E6~loang~\u27EC~loarr~\u21FD~lobrk~\u27E6~longleftarrow~\u27F5~longleftrightarrow~\u27F7~longmapsto~\u27FC~longrightarrow~\u27F6~looparrowleft~\u21AB~looparrowright~\u21AC~lopar~\u2985~lopf~\u{1D55D}~loplus~\u2A2D~lotimes~\u2A34~lowbar~_~lozenge~\u25CA~lozf~\u29EB~lpar~(~lparlt~\u2993~lrarr~\u21C6~lrcorner~\u231F~lrhar~\u21CB~lrhard~\u296D~lrtri~\u22BF~lscr~\u{1D4C1}~lsh~\u21B0~lsim~\u2272~lsime~\u2A8D~lsimg~\u2A8F~lsqb~[~lsquor~\u201A~lstrok~\u0142~ltcc~\u2AA6~ltcir~\u2A79~ltdot~\u22D6~lthree~\u22CB~ltimes~\u22C9~ltlarr~\u2976~ltquest~\u2A7B~ltrPar~\u2996~ltri~\u25C3~ltrie~\u22B4~ltrif~\u25C2~lurdshar~\u294A~luruhar~\u2966~lvertneqq~\u2268\uFE00~lvnE~\u2268\uFE00~mDDot~\u223A~male~\u2642~malt~\u2720~maltese~\u2720~map~\u21A6~mapsto~\u21A6~mapstodown~\u21A7~mapstoleft~\u21A4~mapstoup~\u21A5~marker~\u25AE~mcomma~\u2A29~mcy~\u043C~measuredangle~\u2221~mfr~\u{1D52A}~mho~\u2127~mid~\u2223~midast~*~midcir~\u2AF0~minusb~\u229F~minusd~\u2238~minusdu~\u2A2A~mlcp~\u2ADB~mldr~\u2026~mnplus~\u2213~models~\u22A7~mopf~\u{1D55E}~mp~\u2213~mscr~\u{1D4C2}~mstpos~\u223E~multimap~\u22B8~mumap~\u22B8~nGg~\u22D9\u0338~nGt~\u226B\u20D2~nGtv~\u226B\u0338~nLeftarrow~\u21CD~nLeftrightarrow~\u21CE~nLl~\u22D8\u0338~nLt~\u226A\u20D2~nLtv~\u226A\u0338~nRightarrow~\u21CF~nVDash~\u22AF~nVdash~\u22AE~nacute~\u0144~nang~\u2220\u20D2~nap~\u2249~napE~\u2A70\u0338~napid~\u224B\u0338~napos~\u0149~napprox~\u2249~natur~\u266E~natural~\u266E~naturals~\u2115~nbump~\u224E\u0338~nbumpe~\u224F\u0338~ncap~\u2A43~ncaron~\u0148~ncedil~\u0146~ncong~\u2247~ncongdot~\u2A6D\u0338~ncup~\u2A42~ncy~\u043D~neArr~\u21D7~nearhk~\u2924~nearr~\u2197~nearrow~\u2197~nedot~\u2250\u0338~nequiv~\u2262~nesear~\u2928~nesim~\u2242\u0338~nexist~\u2204~nexists~\u2204~nfr~\u{1D52B}~ngE~\u2267\u0338~nge~\u2271~ngeq~\u2271~ngeqq~\u2267\u0338~ngeqslant~\u2A7E\u0338~nges~\u2A7E\u0338~ngsim~\u2275~ngt~\u226F~ngtr~\u226F~nhArr~\u21CE~nharr~\u21AE~nhpar~\u2AF2~nis~\u22FC~nisd~\u22FA~niv~\u220B~njcy~\u045A~nlArr~\u21CD~nlE~\u2266\u0338~nlarr~\u219A~nldr~\u2025~nle~\u2270~nleftarrow~\u219A~nleftrightarrow~\u21AE~nleq~\u2270~nleqq~\u2266\u0338~nleqslant~\u2A7D\u0338~nles~\u2A7D\u0338~nless~\u226E~nlsim~\u2274~nlt~\u226E~nltri~\u22EA~nltrie~\u22EC~nmid~\u2224~nopf~\u{1D55F}~notinE~\u22F9\u0338~notindot~\u22F5\u0338~notinva~\u2209~notinvb~\u22F7~notinvc~\u22F6~notni~\u220C~notniva~\u220C~notnivb~\u22FE~notnivc~\u22FD~npar~\u2226~nparallel~\u2226~nparsl~\u2AFD\u20E5~npart~\u2202\u0338~npolint~\u2A14~npr~\u2280~nprcue~\u22E0~npre~\u2AAF\u0338~nprec~\u2280~npreceq~\u2AAF\u0338~nrArr~\u21CF~nrarr~\u219B~nrarrc~\u2933\u0338~nrarrw~\u219D\u0338~nrightarrow~\u219B~nrtri~\u22EB~nrtrie~\u22ED~nsc~\u2281~nsccue~\u22E1~nsce~\u2AB0\u0338~nscr~\u{1D4C3}~nshortmid~\u2224~nshortparallel~\u2226~nsim~\u2241~nsime~\u2244~nsimeq~\u2244~nsmid~\u2224~nspar~\u2226~nsqsube~\u22E2~nsqsupe~\u22E3~nsubE~\u2AC5\u0338~nsube~\u2288~nsubset~\u2282\u20D2~nsubseteq~\u2288~nsubseteqq~\u2AC5\u0338~nsucc~\u2281~nsucceq~\u2AB0\u0338~nsup~\u2285~nsupE~\u2AC6\u0338~nsupe~\u2289~nsupset~\u2283\u20D2~nsupseteq~\u2289~nsupseteqq~\u2AC6\u0338~ntgl~\u2279~ntlg~\u2278~ntriangleleft~\u22EA~ntrianglelefteq~\u22EC~ntriangleright~\u22EB~ntrianglerighteq~\u22ED~num~#~numero~\u2116~numsp~\u2007~nvDash~\u22AD~nvHarr~\u2904~nvap~\u224D\u20D2~nvdash~\u22AC~nvge~\u2265\u20D2~nvgt~>\u20D2~nvinfin~\u29DE~nvlArr~\u2902~nvle~\u2264\u20D2~nvlt~<\u20D2~nvltrie~\u22B4\u20D2~nvrArr~\u2903~nvrtrie~\u22B5\u20D2~nvsim~\u223C\u20D2~nwArr~\u21D6~nwarhk~\u2923~nwarr~\u2196~nwarrow~\u2196~nwnear~\u2927~oS~\u24C8~oast~\u229B~ocir~\u229A~ocy~\u043E~odash~\u229D~odblac~\u0151~odiv~\u2A38~odot~\u2299~odsold~\u29BC~ofcir~\u29BF~ofr~\u{1D52C}~ogon~\u02DB~ogt~\u29C1~ohbar~\u29B5~ohm~\u03A9~oint~\u222E~olarr~\u21BA~olcir~\u29BE~olcross~\u29BB~olt~\u29C0~omacr~\u014D~omid~\u29B6~ominus~\u2296~oopf~\u{1D560}~opar~\u29B7~operp~\u29B9~orarr~\u21BB~ord~\u2A5D~order~\u2134~orderof~\u2134~origof~\u22B6~oror~\u2A56~orslope~\u2A57~orv~\u2A5B~oscr~\u2134~osol~\u2298~otimesas~\u2A36~ovbar~\u233D~par~\u2225~parallel~\u2225~parsim~\u2AF3~parsl~\u2AFD~pcy~\u043F~percnt~%~period~.~pertenk~\u2031~pfr~\u{1D52D}~phiv~\u03D5~phmmat~\u2133~phone~\u260E~pitchfork~\u22D4~planck~\u210F~planckh~\u210E~plankv~\u210F~plus~+~plusacir~\u2A23~plusb~\u229E~pluscir~\u2A22~plusdo~\u2214~plusdu~\u2A25~pluse~\u2A72~plussim~\u2A26~plustwo~\u2A27~pm~\xB1~pointint~\u2A15~popf~\u{1D561}~pr~\u227A~prE~\u2AB3~prap~\u2AB7~prcue~\u227C~pre~\u2AAF~prec~\u227A~precapprox~\u2AB7~preccurlyeq~\u227C~preceq~\u2AAF~precnapprox~\u2AB9~precneqq~\u2AB5~precnsim~\u22E8~precsim~\u227E~primes~\u2119~prnE~\u2AB5~prnap~\u2AB9~prnsim~\u22E8~profalar~\u232E~profline~\u2312~profsurf~\u2313~propto~\u221D~prsim~\u227E~prurel~\u22B0~pscr~\u{1D4C5}~puncsp~\u2008~qfr~\u{1D52E}~qint~\u2A0C~qopf~\u{1D562}~qprime~\u2057~qscr~\u{1D4C6}~quaternions~\u210D~quatint~\u2A16~quest~?~questeq~\u225F~rAarr~\u21DB~rAtail~\u291C~rBarr~\u290F~rHar~\u2964~race~\u223D\u0331~racute~\u0155~raemptyv~\u29B3~rangd~\u2992~range~\u29A5~rangle~\u27E9~rarrap~\u2975~rarrb~\u21E5~rarrbfs~\u2920~rarrc~\u2933~rarrfs~\u291E~rarrhk~\u21AA~rarrlp~\u21AC~rarrpl~\u2945~rarrsim~\u2974~rarrtl~\u21A3~rarrw~\u219D~ratail~\u291A~ratio~\u2236~rationals~\u211A~rbarr~\u290D~rbbrk~\u2773~rbrace~}~rbrack~]~rbrke~\u298C~rbrksld~\u298E~rbrkslu~\u2990~rcaron~\u0159~rcedil~\u0157~rcub~}~rcy~\u0440~rdca~\u2937~rdldhar~\u2969~rdquor~\u201D~rdsh~\u21B3~realine~\u211B~realpart~\u211C~reals~\u211D~rect~\u25AD~rfisht~\u297D~rfr~\u{1D52F}~rhard~\u21C1~rharu~\u21C0~rharul~\u296C~rhov~\u03F1~rightarrow~\u2192~rightarrowtail~\u21A3~rightharpoondown~\u21C1~rightharpoonup~\u21C0~rightleftarrows~\u21C4~rightleftharpoons~\u21CC~rightrightarrows~\u21C9~rightsquigarrow~\u219D~rightthreetimes~\u22CC~ring~\u02DA~risingdotseq~\u2253~rlarr~\u21C4~rlhar~\u21CC~rmoust~\u23B1~rmoustache~\u23B1~rnmid~\u2AEE~roang~\u27ED~roarr~\u21FE~robrk~\u27E7~ropar~\u2986~ropf~\u{1D563}~roplus~\u2A2E~rotimes~\u2A35~rpar~)~rpargt~\u2994~rppolint~\u2A12~rrarr~\u21C9~rscr~\u{1D4C7}~rsh~\u21B1~rsqb~]~rsquor~\u2019~rthree~\u22CC~rtimes~\u22CA~rtri~\u25B9~rtrie~\u22B5~rtrif~\u25B8~rtriltri~\u29CE~ruluhar~\u2968~rx~\u211E~sacute~\u015B~sc~\u227B~scE~\u2AB4~scap~\u2AB8~sccue~\u227D~sce~\u2AB0~scedil~\u015F~scirc~\u015D~scnE~\u2AB6~scnap~\u2ABA~scnsim~\u22E9~scpolint~\u2A13~scsim~\u227F~scy~\u0441~sdotb~\u22A1~sdote~\u2A66~seArr~\u21D8~searhk~\u2925~searr~\u2198~searrow~\u2198~semi~;~seswar~\u2929~setminus~\u2216~setmn~\u2216~sext~\u2736~sfr~\u{1D530}~sfrown~\u2322~sharp~\u266F~shchcy~\u0449~shcy~\u0448~shortmid~\u2223~shortparallel~\u2225~sigmav~\u03C2~simdot~\u2A6A~sime~\u2243~simeq~\u2243~simg~\u2A9E~simgE~\u2AA0~siml~\u2A9D~simlE~\u2A9F~simne~\u2246~simplus~\u2A24~simrarr~\u2972~slarr~\u2190~smallsetminus~\u2216~smashp~\u2A33~smeparsl~\u29E4~smid~\u2223~smile~\u2323~smt~\u2AAA~smte~\u2AAC~smtes~\u2AAC\uFE00~softcy~\u044C~sol~/~solb~\u29C4~solbar~\u233F~sopf~\u{1D564}~spadesuit~\u2660~spar~\u2225~sqcap~\u2293~sqcaps~\u2293\uFE00~sqcup~\u2294~sqcups~\u2294\uFE00~sqsub~\u228F~sqsube~\u2291~sqsubset~\u228F~sqsubseteq~\u2291~sqsup~\u2290~sqsupe~\u2292~sqsupset~\u2290~sqsupseteq~\u2292~squ~\u25A1~square~\u25A1~squarf~\u25AA~squf~\u25AA~srarr~\u2192~sscr~\u{1D4C8}~ssetmn~\u2216~ssmile~\u2323~sstarf~\u22C6~star~\u2606~starf~\u2605~straightepsilon~\u03F5~straightphi~\u03D5~strns~\xAF~subE~\u2AC5~subdot~\u2ABD~subedot~\u2AC3~submult~\u2AC1~subnE~\u2ACB~subne~\u228A~subplus~\u2ABF~subrarr~\u2979~subset~\u2282~subseteq~\u2286~subseteqq~\u2AC5~subsetneq~\u228A~subsetneqq~\u2ACB~subsim~\u2AC7~subsub~\u2AD5~subsup~\u2AD3~succ~\u227B~succapprox~\u2AB8~succcurlyeq~\u227D~succeq~\u2AB0~succnapprox~\u2ABA~succneqq~\u2AB6~succnsim~\u22E9~succsim~\u227F~sung~\u266A~supE~\u2AC6~supdot~\u2ABE~supdsub~\u2AD8~supedot~\u2AC4~suphsol~\u27C9~suphsub~\u2AD7~suplarr~\u297B~supmult~\u2AC2~supnE~\u2ACC~supne~\u228B~supplus~\u2AC0~supset~\u2283~supseteq~\u2287~supseteqq~\u2AC6~supsetneq~\u228B~supsetneqq~\u2ACC~supsim~\u2AC8~supsub~\u2AD4~supsup~\u2AD6~swArr~\u21D9~swarhk~\u2926~swarr~\u2199~swarrow~\u2199~swnwar~\u292A~target~\u2316~tbrk~\u23B4~tcaron~\u0165~tcedil~\u0163~tcy~\u0442~tdot~\u20DB~telrec~\u2315~tfr~\u{1D531}~therefore~\u2234~thetav~\u03D1~thickapprox~\u2248~thicksim~\u223C~thkap~\u2248~thksim~\u223C~timesb~\u22A0~timesbar~\u2A31~timesd~\u2A30~tint~\u222D~toea~\u2928~top~\u22A4~topbot~\u2336~topcir~\u2AF1~topf~\u{1D565}~topfork~\u2ADA~tosa~\u2929~tprime~\u2034~triangle~\u25B5~triangledown~\u25BF~triangleleft~\u25C3~trianglelefteq~\u22B4~triangleq~\u225C~triangleright~\u25B9~trianglerighteq~\u22B5~tridot~\u25EC~trie~\u225C~triminus~\u2A3A~triplus~\u2A39~trisb~\u29CD~tritime~\u2A3B~trpezium~\u23E2~tscr~\u{1D4C9}~tscy~\u0446~tshcy~\u045B~tstrok~\u0167~twixt~\u226C~twoheadleftarrow~\u219E~twoheadrightarrow~\u21A0~uHar~\u2963~ubrcy~\u045E~ubreve~\u016D~ucy~\u0443~udarr~\u21C5~udblac~\u0171~udhar~\u296E~ufisht~\u297E~ufr~\u{1D532}~uharl~\u21BF~uharr~\u21BE~uhblk~\u2580~ulcorn~\u231C~ulcorner~\u231C~ulcrop~\u230F~ultri~\u25F8~umacr~\u016B~uogon~\u0173~uopf~\u{1D566}~uparrow~\u2191~updownarrow~\u2195~upharpoonleft~\u21BF~upharpoonright~\u21BE~uplus~\u228E~upsi~\u03C5~upuparrows~\u21C8~urcorn~\u231D~urcorner~\u231D~urcrop~\u230E~uring~\u016F~urtri~\u25F9~uscr~\u{1D4CA}~utdot~\u22F0~utilde~\u0169~utri~\u25B5~utrif~\u25B4~uuarr~\u21C8~uwangle~\u29A7~vArr~\u21D5~vBar~\u2AE8~vBarv~\u2AE9~vDash~\u22A8~vangrt~\u299C~varepsilon~\u03F5~varkappa~\u03F0~varnothing~\u2205~varphi~\u03D5~varpi~\u03D6~varpropto~\u221D~varr~\u2195~varrho~\u03F1~varsigma~\u03C2~varsubsetneq~\u228A\uFE00~varsubsetneqq~\u2ACB\uFE00~varsupsetneq~\u228B\uFE00~varsupsetneqq~\u2ACC\uFE00~vartheta~\u03D1~vartriangleleft~\u22B2~vartriangleright~\u22B3~vcy~\u0432~vdash~\u22A2~vee~\u2228~veebar~\u22BB~veeeq~\u225A~vellip~\u22EE~verbar~|~vert~|~vfr~\u{1D533}~vltri~\u22B2~vnsub~\u2282\u20D2~vnsup~\u2283\u20D2~vopf~\u{1D567}~vprop~\u221D~vrtri~\u22B3~vscr~\u{1D4CB}~vsubnE~\u2ACB\uFE00~vsubne~\u228A\uFE00~vsupnE~\u2ACC\uFE00~vsupne~\u228B\uFE00~vzigzag~\u299A~wcirc~\u0175~wedbar~\u2A5F~wedge~\u2227~wedgeq~\u2259~wfr~\u{1D534}~wopf~\u{1D568}~wp~\u2118~wr~\u2240~wreath~\u2240~wscr~\u{1D4CC}~xcap~\u22C2~xcirc~\u25EF~xcup~\u22C3~xdtri~\u25BD~xfr~\u{1D535}~xhArr~\u27FA~xharr~\u27F7~xlArr~\u27F8~xlarr~\u27F5~xmap~\u27FC~xnis~\u22FB~xodot~\u2A00~xopf~\u{1D569}~xoplus~\u2A01~xotime~\u2A02~xrArr~\u27F9~xrarr~\u27F6~xscr~\u{1D4CD}~xsqcup~\u2A06~xuplus~\u2A04~xutri~\u25B3~xvee~\u22C1~xwedge~\u22C0~yacy~\u044F~ycirc~\u0177~ycy~\u044B~yfr~\u{1D536}~yicy~\u0457~yopf~\u{1D56A}~yscr~\u{1D4CE}~yucy~\u044E~zacute~\u017A~zcaron~\u017E~zcy~\u0437~zdot~\u017C~zeetrf~\u2128~zfr~\u{1D537}~zhcy~\u0436~zigrarr~\u21DD~zopf~\u{1D56B}~zscr~\u{1D4CF}~~AMP~&~COPY~\xA9~GT~>~LT~<~QUOT~"~REG~\xAE', namedReferences["html4"]);

// node_modules/html-entities/dist/esm/numeric-unicode-map.js
var numericUnicodeMap = {
  0: 65533,
  128: 8364,
  130: 8218,
  131: 402,
  132: 8222,
  133: 8230,
  134: 8224,
  135: 8225,
  136: 710,
  137: 8240,
  138: 352,
  139: 8249,
  140: 338,
  142: 381,
  145: 8216,
  146: 8217,
  147: 8220,
  148: 8221,
  149: 8226,
  150: 8211,
  151: 8212,
  152: 732,
  153: 8482,
  154: 353,
  155: 8250,
  156: 339,
  158: 382,
  159: 376
};

// node_modules/html-entities/dist/esm/surrogate-pairs.js
var fromCodePoint = String.fromCodePoint || function(astralCodePoint) {
  return String.fromCharCode(Math.floor((astralCodePoint - 65536) / 1024) + 55296, (astralCodePoint - 65536) % 1024 + 56320);
};
var getCodePoint = String.prototype.codePointAt ? function(input, position) {
  return input.codePointAt(position);
} : function(input, position) {
  return (input.charCodeAt(position) - 55296) * 1024 + input.charCodeAt(position + 1) - 56320 + 65536;
};

// node_modules/html-entities/dist/esm/index.js
var __assign2 = function() {
  __assign2 = Object.assign || function(t) {
    for (var s, i = 1, n = arguments.length; i < n; i++) {
      s = arguments[i];
      for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p))
        t[p] = s[p];
    }
    return t;
  };
  return __assign2.apply(this, arguments);
};
var allNamedReferences = __assign2(__assign2({}, namedReferences), { all: namedReferences.html5 });
var defaultDecodeOptions = {
  scope: "body",
  level: "all"
};
var strict = /&(?:#\d+|#[xX][\da-fA-F]+|[0-9a-zA-Z]+);/g;
var attribute = /&(?:#\d+|#[xX][\da-fA-F]+|[0-9a-zA-Z]+)[;=]?/g;
var baseDecodeRegExps = {
  xml: {
    strict,
    attribute,
    body: bodyRegExps.xml
  },
  html4: {
    strict,
    attribute,
    body: bodyRegExps.html4
  },
  html5: {
    strict,
    attribute,
    body: bodyRegExps.html5
  }
};
var decodeRegExps = __assign2(__assign2({}, baseDecodeRegExps), { all: baseDecodeRegExps.html5 });
var fromCharCode = String.fromCharCode;
var outOfBoundsChar = fromCharCode(65533);
function getDecodedEntity(entity, references, isAttribute, isStrict) {
  var decodeResult = entity;
  var decodeEntityLastChar = entity[entity.length - 1];
  if (isAttribute && decodeEntityLastChar === "=") {
    decodeResult = entity;
  } else if (isStrict && decodeEntityLastChar !== ";") {
    decodeResult = entity;
  } else {
    var decodeResultByReference = references[entity];
    if (decodeResultByReference) {
      decodeResult = decodeResultByReference;
    } else if (entity[0] === "&" && entity[1] === "#") {
      var decodeSecondChar = entity[2];
      var decodeCode = decodeSecondChar == "x" || decodeSecondChar == "X" ? parseInt(entity.substr(3), 16) : parseInt(entity.substr(2));
      decodeResult = decodeCode >= 1114111 ? outOfBoundsChar : decodeCode > 65535 ? fromCodePoint(decodeCode) : fromCharCode(numericUnicodeMap[decodeCode] || decodeCode);
    }
  }
  return decodeResult;
}
function decode(text, _a2) {
  var _b = _a2 === void 0 ? defaultDecodeOptions : _a2, _c = _b.level, level = _c === void 0 ? "all" : _c, _d = _b.scope, scope = _d === void 0 ? level === "xml" ? "strict" : "body" : _d;
  if (!text) {
    return "";
  }
  var decodeRegExp = decodeRegExps[level][scope];
  var references = allNamedReferences[level].entities;
  var isAttribute = scope === "attribute";
  var isStrict = scope === "strict";
  return text.replace(decodeRegExp, function(entity) {
    return getDecodedEntity(entity, references, isAttribute, isStrict);
  });
}

// node_modules/@google-cloud/storage/build/esm/src/nodejs-common/util.js
var import_google_auth_library = __toESM(require_src(), 1);
var import_teeny_request = __toESM(require_src3(), 1);
var import_retry_request = __toESM(require_retry_request(), 1);
import { Transform } from "stream";
import * as crypto from "crypto";

// node_modules/@google-cloud/storage/build/esm/src/util.js
import * as querystring from "querystring";
import { PassThrough } from "stream";
var import_package_json_helper = __toESM(require_package_json_helper(), 1);
var isEsm = true;
function normalize(optionsOrCallback, cb) {
  const options = typeof optionsOrCallback === "object" ? optionsOrCallback : {};
  const callback = typeof optionsOrCallback === "function" ? optionsOrCallback : cb;
  return { options, callback };
}
function objectEntries(obj) {
  return Object.keys(obj).map((key) => [key, obj[key]]);
}
function fixedEncodeURIComponent(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
}
function encodeURI(uri, encodeSlash) {
  return uri.split("/").map(fixedEncodeURIComponent).join(encodeSlash ? "%2F" : "/");
}
function qsStringify(qs) {
  return querystring.stringify(qs, "&", "=", {
    encodeURIComponent: (component) => encodeURI(component, true)
  });
}
function objectKeyToLowercase(object) {
  const newObj = {};
  for (let key of Object.keys(object)) {
    const value = object[key];
    key = key.toLowerCase();
    newObj[key] = value;
  }
  return newObj;
}
function unicodeJSONStringify(obj) {
  return JSON.stringify(obj).replace(/[\u0080-\uFFFF]/g, (char) => "\\u" + ("0000" + char.charCodeAt(0).toString(16)).slice(-4));
}
function convertObjKeysToSnakeCase(obj) {
  if (obj instanceof Date || obj instanceof RegExp) {
    return obj;
  }
  if (Array.isArray(obj)) {
    return obj.map(convertObjKeysToSnakeCase);
  }
  if (obj instanceof Object) {
    return Object.keys(obj).reduce((acc, cur) => {
      const s = cur[0].toLocaleLowerCase() + cur.slice(1).replace(/([A-Z]+)/g, (match, p1) => {
        return `_${p1.toLowerCase()}`;
      });
      acc[s] = convertObjKeysToSnakeCase(obj[cur]);
      return acc;
    }, Object());
  }
  return obj;
}
function formatAsUTCISO(dateTimeToFormat, includeTime = false, dateDelimiter = "", timeDelimiter = "") {
  const year = dateTimeToFormat.getUTCFullYear();
  const month = dateTimeToFormat.getUTCMonth() + 1;
  const day = dateTimeToFormat.getUTCDate();
  const hour = dateTimeToFormat.getUTCHours();
  const minute = dateTimeToFormat.getUTCMinutes();
  const second = dateTimeToFormat.getUTCSeconds();
  let resultString = `${year.toString().padStart(4, "0")}${dateDelimiter}${month.toString().padStart(2, "0")}${dateDelimiter}${day.toString().padStart(2, "0")}`;
  if (includeTime) {
    resultString = `${resultString}T${hour.toString().padStart(2, "0")}${timeDelimiter}${minute.toString().padStart(2, "0")}${timeDelimiter}${second.toString().padStart(2, "0")}Z`;
  }
  return resultString;
}
function getRuntimeTrackingString() {
  if (
    // eslint-disable-next-line @typescript-eslint/ban-ts-comment
    // @ts-ignore
    globalThis.Deno && // eslint-disable-next-line @typescript-eslint/ban-ts-comment
    // @ts-ignore
    globalThis.Deno.version && // eslint-disable-next-line @typescript-eslint/ban-ts-comment
    // @ts-ignore
    globalThis.Deno.version.deno
  ) {
    return `gl-deno/${globalThis.Deno.version.deno}`;
  } else {
    return `gl-node/${process.versions.node}`;
  }
}
function getUserAgentString() {
  const pkg2 = (0, import_package_json_helper.getPackageJSON)();
  const hyphenatedPackageName = pkg2.name.replace("@google-cloud", "gcloud-node").replace("/", "-");
  return hyphenatedPackageName + "/" + pkg2.version;
}
function getModuleFormat() {
  return isEsm ? "ESM" : "CJS";
}
var PassThroughShim = class extends PassThrough {
  constructor() {
    super(...arguments);
    this.shouldEmitReading = true;
    this.shouldEmitWriting = true;
  }
  _read(size) {
    if (this.shouldEmitReading) {
      this.emit("reading");
      this.shouldEmitReading = false;
    }
    super._read(size);
  }
  _write(chunk, encoding, callback) {
    if (this.shouldEmitWriting) {
      this.emit("writing");
      this.shouldEmitWriting = false;
    }
    process.nextTick(() => {
      super._write(chunk, encoding, callback);
    });
  }
  _final(callback) {
    if (this.shouldEmitReading) {
      this.emit("reading");
      this.shouldEmitReading = false;
    }
    if (this.shouldEmitWriting) {
      this.emit("writing");
      this.shouldEmitWriting = false;
    }
    callback(null);
  }
};
function validateContexts(contexts) {
  const custom = contexts === null || contexts === void 0 ? void 0 : contexts.custom;
  if (!custom)
    return;
  for (const [key, context] of Object.entries(custom)) {
    if (key.includes('"')) {
      throw new Error(`Invalid context key "${key}": Forbidden character (") detected.`);
    }
    if ((context === null || context === void 0 ? void 0 : context.value) && context.value.includes('"')) {
      throw new Error(`Invalid context value for key "${key}": Forbidden character (") detected.`);
    }
  }
}
function handleContextValidation(contexts, callback) {
  try {
    validateContexts(contexts);
  } catch (err) {
    if (callback) {
      return callback(err);
    }
    return Promise.reject(err);
  }
}
var mimePromise;
function getMime() {
  if (!mimePromise) {
    mimePromise = import("./mime-QK4ZGTPD.js").then((mod) => {
      const modObj = mod;
      const mime = modObj.default && typeof modObj.default.getType === "function" ? modObj.default : modObj;
      return mime;
    }).catch((err) => {
      mimePromise = void 0;
      throw err;
    });
  }
  return mimePromise;
}
var pLimitPromise;
function getPLimit() {
  if (!pLimitPromise) {
    pLimitPromise = import("./p-limit-XGQ7XRIU.js").then((mod) => {
      const modObj = mod;
      const pLimit = typeof mod === "function" ? mod : modObj.default || modObj;
      return pLimit;
    }).catch((err) => {
      pLimitPromise = void 0;
      throw err;
    });
  }
  return pLimitPromise;
}

// node_modules/@google-cloud/storage/build/esm/src/nodejs-common/util.js
var import_duplexify = __toESM(require_duplexify(), 1);
var import_package_json_helper2 = __toESM(require_package_json_helper(), 1);
var packageJson = (0, import_package_json_helper2.getPackageJSON)();
var GCCL_GCS_CMD_KEY = Symbol.for("GCCL_GCS_CMD");
var requestDefaults = {
  timeout: 6e4,
  gzip: true,
  forever: true,
  pool: {
    maxSockets: Infinity
  }
};
var AUTO_RETRY_DEFAULT = true;
var MAX_RETRY_DEFAULT = 3;
var ApiError = class _ApiError extends Error {
  constructor(errorBodyOrMessage) {
    super();
    if (typeof errorBodyOrMessage !== "object") {
      this.message = errorBodyOrMessage || "";
      return;
    }
    const errorBody = errorBodyOrMessage;
    this.code = errorBody.code;
    this.errors = errorBody.errors;
    this.response = errorBody.response;
    try {
      this.errors = JSON.parse(this.response.body).error.errors;
    } catch (e) {
      this.errors = errorBody.errors;
    }
    this.message = _ApiError.createMultiErrorMessage(errorBody, this.errors);
    Error.captureStackTrace(this);
  }
  /**
   * Pieces together an error message by combining all unique error messages
   * returned from a single GoogleError
   *
   * @private
   *
   * @param {GoogleErrorBody} err The original error.
   * @param {GoogleInnerError[]} [errors] Inner errors, if any.
   * @returns {string}
   */
  static createMultiErrorMessage(err, errors) {
    const messages = /* @__PURE__ */ new Set();
    if (err.message) {
      messages.add(err.message);
    }
    if (errors && errors.length) {
      errors.forEach(({ message }) => messages.add(message));
    } else if (err.response && err.response.body) {
      messages.add(decode(err.response.body.toString()));
    } else if (!err.message) {
      messages.add("A failure occurred during this request.");
    }
    let messageArr = Array.from(messages);
    if (messageArr.length > 1) {
      messageArr = messageArr.map((message, i) => `    ${i + 1}. ${message}`);
      messageArr.unshift("Multiple errors occurred during the request. Please see the `errors` array for complete details.\n");
      messageArr.push("\n");
    }
    return messageArr.join("\n");
  }
};
var PartialFailureError = class extends Error {
  constructor(b) {
    super();
    const errorObject = b;
    this.errors = errorObject.errors;
    this.name = "PartialFailureError";
    this.response = errorObject.response;
    this.message = ApiError.createMultiErrorMessage(errorObject, this.errors);
  }
};
var Util = class {
  constructor() {
    this.ApiError = ApiError;
    this.PartialFailureError = PartialFailureError;
  }
  /**
   * No op.
   *
   * @example
   * function doSomething(callback) {
   *   callback = callback || noop;
   * }
   */
  noop() {
  }
  /**
   * Uniformly process an API response.
   *
   * @param {*} err - Error value.
   * @param {*} resp - Response value.
   * @param {*} body - Body value.
   * @param {function} callback - The callback function.
   */
  handleResp(err, resp, body, callback) {
    callback = callback || util.noop;
    const parsedResp = {
      err: err || null,
      ...resp && util.parseHttpRespMessage(resp),
      ...body && util.parseHttpRespBody(body)
    };
    if (!parsedResp.err && resp && typeof parsedResp.body === "object") {
      parsedResp.resp.body = parsedResp.body;
    }
    if (parsedResp.err && resp) {
      parsedResp.err.response = resp;
    }
    callback(parsedResp.err, parsedResp.body, parsedResp.resp);
  }
  /**
   * Sniff an incoming HTTP response message for errors.
   *
   * @param {object} httpRespMessage - An incoming HTTP response message from `request`.
   * @return {object} parsedHttpRespMessage - The parsed response.
   * @param {?error} parsedHttpRespMessage.err - An error detected.
   * @param {object} parsedHttpRespMessage.resp - The original response object.
   */
  parseHttpRespMessage(httpRespMessage) {
    const parsedHttpRespMessage = {
      resp: httpRespMessage
    };
    if (httpRespMessage.statusCode < 200 || httpRespMessage.statusCode > 299) {
      parsedHttpRespMessage.err = new ApiError({
        errors: new Array(),
        code: httpRespMessage.statusCode,
        message: httpRespMessage.statusMessage,
        response: httpRespMessage
      });
    }
    return parsedHttpRespMessage;
  }
  /**
   * Parse the response body from an HTTP request.
   *
   * @param {object} body - The response body.
   * @return {object} parsedHttpRespMessage - The parsed response.
   * @param {?error} parsedHttpRespMessage.err - An error detected.
   * @param {object} parsedHttpRespMessage.body - The original body value provided
   *     will try to be JSON.parse'd. If it's successful, the parsed value will
   * be returned here, otherwise the original value and an error will be returned.
   */
  parseHttpRespBody(body) {
    const parsedHttpRespBody = {
      body
    };
    if (typeof body === "string") {
      try {
        parsedHttpRespBody.body = JSON.parse(body);
      } catch (err) {
        parsedHttpRespBody.body = body;
      }
    }
    if (parsedHttpRespBody.body && parsedHttpRespBody.body.error) {
      parsedHttpRespBody.err = new ApiError(parsedHttpRespBody.body.error);
    }
    return parsedHttpRespBody;
  }
  /**
   * Take a Duplexify stream, fetch an authenticated connection header, and
   * create an outgoing writable stream.
   *
   * @param {Duplexify} dup - Duplexify stream.
   * @param {object} options - Configuration object.
   * @param {module:common/connection} options.connection - A connection instance used to get a token with and send the request through.
   * @param {object} options.metadata - Metadata to send at the head of the request.
   * @param {object} options.request - Request object, in the format of a standard Node.js http.request() object.
   * @param {string=} options.request.method - Default: "POST".
   * @param {string=} options.request.qs.uploadType - Default: "multipart".
   * @param {string=} options.streamContentType - Default: "application/octet-stream".
   * @param {function} onComplete - Callback, executed after the writable Request stream has completed.
   */
  makeWritableStream(dup, options, onComplete) {
    var _a2;
    onComplete = onComplete || util.noop;
    const writeStream = new ProgressStream();
    writeStream.on("progress", (evt) => dup.emit("progress", evt));
    dup.setWritable(writeStream);
    const defaultReqOpts = {
      method: "POST",
      qs: {
        uploadType: "multipart"
      },
      timeout: 0,
      maxRetries: 0
    };
    const metadata = options.metadata || {};
    const reqOpts = {
      ...defaultReqOpts,
      ...options.request,
      qs: {
        ...defaultReqOpts.qs,
        ...(_a2 = options.request) === null || _a2 === void 0 ? void 0 : _a2.qs
      },
      multipart: [
        {
          "Content-Type": "application/json",
          body: JSON.stringify(metadata)
        },
        {
          "Content-Type": metadata.contentType || "application/octet-stream",
          body: writeStream
        }
      ]
    };
    options.makeAuthenticatedRequest(reqOpts, {
      onAuthenticated(err, authenticatedReqOpts) {
        if (err) {
          dup.destroy(err);
          return;
        }
        requestDefaults.headers = util._getDefaultHeaders(reqOpts[GCCL_GCS_CMD_KEY]);
        const request2 = import_teeny_request.teenyRequest.defaults(requestDefaults);
        request2(authenticatedReqOpts, (err2, resp, body) => {
          util.handleResp(err2, resp, body, (err3, data) => {
            if (err3) {
              dup.destroy(err3);
              return;
            }
            dup.emit("response", resp);
            onComplete(data);
          });
        });
      }
    });
  }
  /**
   * Returns true if the API request should be retried, given the error that was
   * given the first time the request was attempted. This is used for rate limit
   * related errors as well as intermittent server errors.
   *
   * @param {error} err - The API error to check if it is appropriate to retry.
   * @return {boolean} True if the API request should be retried, false otherwise.
   */
  shouldRetryRequest(err) {
    if (err) {
      if ([408, 429, 500, 502, 503, 504].indexOf(err.code) !== -1) {
        return true;
      }
      if (err.errors) {
        for (const e of err.errors) {
          const reason = e.reason;
          if (reason === "rateLimitExceeded") {
            return true;
          }
          if (reason === "userRateLimitExceeded") {
            return true;
          }
          if (reason && reason.includes("EAI_AGAIN")) {
            return true;
          }
        }
      }
    }
    return false;
  }
  /**
   * Get a function for making authenticated requests.
   *
   * @param {object} config - Configuration object.
   * @param {boolean=} config.autoRetry - Automatically retry requests if the
   *     response is related to rate limits or certain intermittent server
   * errors. We will exponentially backoff subsequent requests by default.
   * (default: true)
   * @param {object=} config.credentials - Credentials object.
   * @param {boolean=} config.customEndpoint - If true, just return the provided request options. Default: false.
   * @param {boolean=} config.useAuthWithCustomEndpoint - If true, will authenticate when using a custom endpoint. Default: false.
   * @param {string=} config.email - Account email address, required for PEM/P12 usage.
   * @param {number=} config.maxRetries - Maximum number of automatic retries attempted before returning the error. (default: 3)
   * @param {string=} config.keyFile - Path to a .json, .pem, or .p12 keyfile.
   * @param {array} config.scopes - Array of scopes required for the API.
   */
  makeAuthenticatedRequestFactory(config) {
    const googleAutoAuthConfig = { ...config };
    if (googleAutoAuthConfig.projectId === DEFAULT_PROJECT_ID_TOKEN) {
      delete googleAutoAuthConfig.projectId;
    }
    let authClient;
    if (googleAutoAuthConfig.authClient instanceof import_google_auth_library.GoogleAuth) {
      authClient = googleAutoAuthConfig.authClient;
    } else {
      authClient = new import_google_auth_library.GoogleAuth({
        ...googleAutoAuthConfig,
        authClient: googleAutoAuthConfig.authClient,
        clientOptions: googleAutoAuthConfig.clientOptions
      });
    }
    function makeAuthenticatedRequest(reqOpts, optionsOrCallback) {
      let stream;
      let projectId;
      const reqConfig = { ...config };
      let activeRequest_;
      if (!optionsOrCallback) {
        stream = (0, import_duplexify.default)();
        reqConfig.stream = stream;
      }
      const options = typeof optionsOrCallback === "object" ? optionsOrCallback : void 0;
      const callback = typeof optionsOrCallback === "function" ? optionsOrCallback : void 0;
      async function setProjectId() {
        projectId = await authClient.getProjectId();
      }
      const onAuthenticated = async (err, authenticatedReqOpts) => {
        const authLibraryError = err;
        const autoAuthFailed = err && typeof err.message === "string" && err.message.indexOf("Could not load the default credentials") > -1;
        if (autoAuthFailed) {
          authenticatedReqOpts = reqOpts;
        }
        if (!err || autoAuthFailed) {
          try {
            authenticatedReqOpts = util.decorateRequest(authenticatedReqOpts, projectId);
            err = null;
          } catch (e) {
            if (e instanceof import_projectify.MissingProjectIdError) {
              try {
                await setProjectId();
                authenticatedReqOpts = util.decorateRequest(authenticatedReqOpts, projectId);
                err = null;
              } catch (e2) {
                err = err || e2;
              }
            } else {
              err = err || e;
            }
          }
        }
        if (err) {
          if (stream) {
            stream.destroy(err);
          } else {
            const fn = options && options.onAuthenticated ? options.onAuthenticated : callback;
            fn(err);
          }
          return;
        }
        if (options && options.onAuthenticated) {
          options.onAuthenticated(null, authenticatedReqOpts);
        } else {
          activeRequest_ = util.makeRequest(authenticatedReqOpts, reqConfig, (apiResponseError, ...params) => {
            if (apiResponseError && apiResponseError.code === 401 && authLibraryError) {
              apiResponseError = authLibraryError;
            }
            callback(apiResponseError, ...params);
          });
        }
      };
      const prepareRequest = async () => {
        try {
          const getProjectId = async () => {
            if (config.projectId && config.projectId !== DEFAULT_PROJECT_ID_TOKEN) {
              return config.projectId;
            }
            if (config.projectIdRequired === false) {
              return DEFAULT_PROJECT_ID_TOKEN;
            }
            return setProjectId();
          };
          const authorizeRequest = async () => {
            if (reqConfig.customEndpoint && !reqConfig.useAuthWithCustomEndpoint) {
              return reqOpts;
            } else {
              return authClient.authorizeRequest(reqOpts);
            }
          };
          const [_projectId, authorizedReqOpts] = await Promise.all([
            getProjectId(),
            authorizeRequest()
          ]);
          if (_projectId) {
            projectId = _projectId;
          }
          return onAuthenticated(null, authorizedReqOpts);
        } catch (e) {
          return onAuthenticated(e);
        }
      };
      void prepareRequest();
      if (stream) {
        return stream;
      }
      return {
        abort() {
          setImmediate(() => {
            if (activeRequest_) {
              activeRequest_.abort();
              activeRequest_ = null;
            }
          });
        }
      };
    }
    const mar = makeAuthenticatedRequest;
    mar.getCredentials = authClient.getCredentials.bind(authClient);
    mar.authClient = authClient;
    return mar;
  }
  /**
   * Make a request through the `retryRequest` module with built-in error
   * handling and exponential back off.
   *
   * @param {object} reqOpts - Request options in the format `request` expects.
   * @param {object=} config - Configuration object.
   * @param {boolean=} config.autoRetry - Automatically retry requests if the
   *     response is related to rate limits or certain intermittent server
   *     errors. We will exponentially backoff subsequent requests by default.
   *     (default: true)
   * @param {number=} config.maxRetries - Maximum number of automatic retries
   *     attempted before returning the error. (default: 3)
   * @param {object=} config.retryOptions - Configuration for retryRequest.
   * @param {function} callback - The callback function.
   */
  makeRequest(reqOpts, config, callback) {
    var _a2, _b, _c, _d, _e;
    let autoRetryValue = AUTO_RETRY_DEFAULT;
    if (config.autoRetry !== void 0) {
      autoRetryValue = config.autoRetry;
    } else if (((_a2 = config.retryOptions) === null || _a2 === void 0 ? void 0 : _a2.autoRetry) !== void 0) {
      autoRetryValue = config.retryOptions.autoRetry;
    }
    let maxRetryValue = MAX_RETRY_DEFAULT;
    if (config.maxRetries !== void 0) {
      maxRetryValue = config.maxRetries;
    } else if (((_b = config.retryOptions) === null || _b === void 0 ? void 0 : _b.maxRetries) !== void 0) {
      maxRetryValue = config.retryOptions.maxRetries;
    }
    requestDefaults.headers = this._getDefaultHeaders(reqOpts[GCCL_GCS_CMD_KEY]);
    const options = {
      request: import_teeny_request.teenyRequest.defaults(requestDefaults),
      retries: autoRetryValue !== false ? maxRetryValue : 0,
      noResponseRetries: autoRetryValue !== false ? maxRetryValue : 0,
      shouldRetryFn(httpRespMessage) {
        var _a3, _b2;
        const err = util.parseHttpRespMessage(httpRespMessage).err;
        if ((_a3 = config.retryOptions) === null || _a3 === void 0 ? void 0 : _a3.retryableErrorFn) {
          return err && ((_b2 = config.retryOptions) === null || _b2 === void 0 ? void 0 : _b2.retryableErrorFn(err));
        }
        return err && util.shouldRetryRequest(err);
      },
      maxRetryDelay: (_c = config.retryOptions) === null || _c === void 0 ? void 0 : _c.maxRetryDelay,
      retryDelayMultiplier: (_d = config.retryOptions) === null || _d === void 0 ? void 0 : _d.retryDelayMultiplier,
      totalTimeout: (_e = config.retryOptions) === null || _e === void 0 ? void 0 : _e.totalTimeout
    };
    if (typeof reqOpts.maxRetries === "number") {
      options.retries = reqOpts.maxRetries;
      options.noResponseRetries = reqOpts.maxRetries;
    }
    if (!config.stream) {
      return (0, import_retry_request.default)(
        reqOpts,
        options,
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        (err, response, body) => {
          util.handleResp(err, response, body, callback);
        }
      );
    }
    const dup = config.stream;
    let requestStream;
    const isGetRequest = (reqOpts.method || "GET").toUpperCase() === "GET";
    if (isGetRequest) {
      requestStream = (0, import_retry_request.default)(reqOpts, options);
      dup.setReadable(requestStream);
    } else {
      requestStream = options.request(reqOpts);
      dup.setWritable(requestStream);
    }
    requestStream.on("error", dup.destroy.bind(dup)).on("response", dup.emit.bind(dup, "response")).on("complete", dup.emit.bind(dup, "complete"));
    dup.abort = requestStream.abort;
    return dup;
  }
  /**
   * Decorate the options about to be made in a request.
   *
   * @param {object} reqOpts - The options to be passed to `request`.
   * @param {string} projectId - The project ID.
   * @return {object} reqOpts - The decorated reqOpts.
   */
  decorateRequest(reqOpts, projectId) {
    delete reqOpts.autoPaginate;
    delete reqOpts.autoPaginateVal;
    delete reqOpts.objectMode;
    if (reqOpts.qs !== null && typeof reqOpts.qs === "object") {
      delete reqOpts.qs.autoPaginate;
      delete reqOpts.qs.autoPaginateVal;
      reqOpts.qs = (0, import_projectify.replaceProjectIdToken)(reqOpts.qs, projectId);
    }
    if (Array.isArray(reqOpts.multipart)) {
      reqOpts.multipart = reqOpts.multipart.map((part) => {
        return (0, import_projectify.replaceProjectIdToken)(part, projectId);
      });
    }
    if (reqOpts.json !== null && typeof reqOpts.json === "object") {
      delete reqOpts.json.autoPaginate;
      delete reqOpts.json.autoPaginateVal;
      reqOpts.json = (0, import_projectify.replaceProjectIdToken)(reqOpts.json, projectId);
      const headers = reqOpts.headers || {};
      const headerLike = headers;
      if (typeof headerLike.set === "function" && typeof headerLike.has === "function") {
        if (!headerLike.has("content-type")) {
          headerLike.set("Content-Type", "application/json");
        }
        reqOpts.headers = headers;
      } else {
        const hasContentType = Object.keys(headers).some((key) => key.toLowerCase() === "content-type");
        reqOpts.headers = hasContentType ? headers : { ...headers, "Content-Type": "application/json" };
      }
    }
    reqOpts.uri = (0, import_projectify.replaceProjectIdToken)(reqOpts.uri, projectId);
    return reqOpts;
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  isCustomType(unknown, module) {
    function getConstructorName(obj) {
      return obj.constructor && obj.constructor.name.toLowerCase();
    }
    const moduleNameParts = module.split("/");
    const parentModuleName = moduleNameParts[0] && moduleNameParts[0].toLowerCase();
    const subModuleName = moduleNameParts[1] && moduleNameParts[1].toLowerCase();
    if (subModuleName && getConstructorName(unknown) !== subModuleName) {
      return false;
    }
    let walkingModule = unknown;
    while (true) {
      if (getConstructorName(walkingModule) === parentModuleName) {
        return true;
      }
      walkingModule = walkingModule.parent;
      if (!walkingModule) {
        return false;
      }
    }
  }
  /**
   * Given two parameters, figure out if this is either:
   *  - Just a callback function
   *  - An options object, and then a callback function
   * @param optionsOrCallback An options object or callback.
   * @param cb A potentially undefined callback.
   */
  maybeOptionsOrCallback(optionsOrCallback, cb) {
    return typeof optionsOrCallback === "function" ? [{}, optionsOrCallback] : [optionsOrCallback, cb];
  }
  decorateHeaders(headers, options) {
    return decorateHeaders(headers, options);
  }
  _getDefaultHeaders(gcclGcsCmd) {
    return decorateHeaders(void 0, { gcclGcsCmd }).headers;
  }
};
function decorateHeaders(headers, options) {
  const sanitizedHeaders = headers instanceof globalThis.Headers ? Object.assign(Object.fromEntries(headers.entries()), headers) : Array.isArray(headers) ? Object.fromEntries(headers) : { ...headers };
  const userTokenKey = Object.keys(sanitizedHeaders).find((key) => key.toLowerCase() === "x-goog-gcs-idempotency-token");
  const userTokenValue = userTokenKey ? sanitizedHeaders[userTokenKey] : void 0;
  const hasValidUserToken = typeof userTokenValue === "string" && userTokenValue.trim() !== "";
  const idempotencyToken = hasValidUserToken ? userTokenValue : (options === null || options === void 0 ? void 0 : options.idempotencyToken) || crypto.randomUUID();
  let userAgent = getUserAgentString();
  if (options === null || options === void 0 ? void 0 : options.providedUserAgent) {
    userAgent = `${options.providedUserAgent} ${userAgent}`;
  }
  const pkg2 = (options === null || options === void 0 ? void 0 : options.packageJson) || packageJson;
  let googAPIClient = `${getRuntimeTrackingString()} gccl/${pkg2.version}-${getModuleFormat()} gccl-invocation-id/${idempotencyToken}`;
  const gcclGcsCmd = options === null || options === void 0 ? void 0 : options.gcclGcsCmd;
  if (gcclGcsCmd) {
    googAPIClient += ` gccl-gcs-cmd/${gcclGcsCmd}`;
  }
  sanitizedHeaders["User-Agent"] = userAgent;
  sanitizedHeaders["x-goog-api-client"] = googAPIClient;
  if (!hasValidUserToken) {
    if (userTokenKey) {
      delete sanitizedHeaders[userTokenKey];
    }
    sanitizedHeaders["x-goog-gcs-idempotency-token"] = idempotencyToken;
  }
  return {
    headers: sanitizedHeaders,
    idempotencyToken
  };
}
var ProgressStream = class extends Transform {
  constructor() {
    super(...arguments);
    this.bytesRead = 0;
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  _transform(chunk, encoding, callback) {
    this.bytesRead += chunk.length;
    this.emit("progress", { bytesWritten: this.bytesRead, contentLength: "*" });
    this.push(chunk);
    callback();
  }
};
var util = new Util();

// node_modules/@google-cloud/storage/build/esm/src/nodejs-common/service.js
var DEFAULT_PROJECT_ID_TOKEN = "{{projectId}}";
var Service = class _Service {
  /**
   * Service is a base class, meant to be inherited from by a "service," like
   * BigQuery or Storage.
   *
   * This handles making authenticated requests by exposing a `makeReq_`
   * function.
   *
   * @constructor
   * @alias module:common/service
   *
   * @param {object} config - Configuration object.
   * @param {string} config.baseUrl - The base URL to make API requests to.
   * @param {string[]} config.scopes - The scopes required for the request.
   * @param {object=} options - [Configuration object](#/docs).
   */
  constructor(config, options = {}) {
    this.baseUrl = config.baseUrl;
    this.apiEndpoint = config.apiEndpoint;
    this.timeout = options.timeout;
    this.globalInterceptors = Array.isArray(options.interceptors_) ? options.interceptors_ : [];
    this.interceptors = [];
    this.packageJson = config.packageJson;
    this.projectId = options.projectId || DEFAULT_PROJECT_ID_TOKEN;
    this.projectIdRequired = config.projectIdRequired !== false;
    this.providedUserAgent = options.userAgent;
    this.universeDomain = options.universeDomain || import_google_auth_library2.DEFAULT_UNIVERSE;
    this.customEndpoint = config.customEndpoint || false;
    this.useAuthWithCustomEndpoint = config.useAuthWithCustomEndpoint;
    this.makeAuthenticatedRequest = util.makeAuthenticatedRequestFactory({
      ...config,
      projectIdRequired: this.projectIdRequired,
      projectId: this.projectId,
      authClient: options.authClient || config.authClient,
      credentials: options.credentials,
      keyFile: options.keyFilename,
      email: options.email,
      clientOptions: {
        universeDomain: options.universeDomain,
        ...options.clientOptions
      }
    });
    this.authClient = this.makeAuthenticatedRequest.authClient;
    const isCloudFunctionEnv = !!process.env.FUNCTION_NAME;
    if (isCloudFunctionEnv) {
      this.interceptors.push({
        request(reqOpts) {
          reqOpts.forever = false;
          return reqOpts;
        }
      });
    }
  }
  /**
   * Return the user's custom request interceptors.
   */
  getRequestInterceptors() {
    return [].slice.call(this.globalInterceptors).concat(this.interceptors).filter((interceptor) => typeof interceptor.request === "function").map((interceptor) => interceptor.request);
  }
  getProjectId(callback) {
    if (!callback) {
      return this.getProjectIdAsync();
    }
    void (async () => {
      try {
        const p = await this.getProjectIdAsync();
        callback(null, p);
      } catch (err) {
        callback(err);
      }
    })();
  }
  async getProjectIdAsync() {
    const projectId = await this.authClient.getProjectId();
    if (this.projectId === DEFAULT_PROJECT_ID_TOKEN && projectId) {
      this.projectId = projectId;
    }
    return this.projectId;
  }
  request_(reqOpts, callback) {
    reqOpts = { ...reqOpts, timeout: this.timeout };
    const isAbsoluteUrl = reqOpts.uri.indexOf("http") === 0;
    const uriComponents = [this.baseUrl];
    if (this.projectIdRequired) {
      if (reqOpts.projectId) {
        uriComponents.push("projects");
        uriComponents.push(reqOpts.projectId);
      } else {
        uriComponents.push("projects");
        uriComponents.push(this.projectId);
      }
    }
    uriComponents.push(reqOpts.uri);
    if (isAbsoluteUrl) {
      uriComponents.splice(0, uriComponents.indexOf(reqOpts.uri));
    }
    reqOpts.uri = uriComponents.map((uriComponent) => {
      const trimSlashesRegex = /^\/*|\/*$/g;
      return uriComponent.replace(trimSlashesRegex, "");
    }).join("/").replace(/\/:/g, ":");
    const requestInterceptors = this.getRequestInterceptors();
    const interceptorArray = Array.isArray(reqOpts.interceptors_) ? reqOpts.interceptors_ : [];
    interceptorArray.forEach((interceptor) => {
      if (typeof interceptor.request === "function") {
        requestInterceptors.push(interceptor.request);
      }
    });
    requestInterceptors.forEach((requestInterceptor) => {
      reqOpts = requestInterceptor(reqOpts);
    });
    delete reqOpts.interceptors_;
    const { headers } = decorateHeaders(reqOpts.headers, {
      packageJson: this.packageJson,
      providedUserAgent: this.providedUserAgent,
      gcclGcsCmd: reqOpts[GCCL_GCS_CMD_KEY]
    });
    reqOpts.headers = headers;
    if (reqOpts.shouldReturnStream) {
      return this.makeAuthenticatedRequest(reqOpts);
    } else {
      this.makeAuthenticatedRequest(reqOpts, callback);
    }
  }
  /**
   * Make an authenticated API request.
   *
   * @param {object} reqOpts - Request options that are passed to `request`.
   * @param {string} reqOpts.uri - A URI relative to the baseUrl.
   * @param {function} callback - The callback function passed to `request`.
   */
  request(reqOpts, callback) {
    _Service.prototype.request_.call(this, reqOpts, callback);
  }
  /**
   * Make an authenticated API request.
   *
   * @param {object} reqOpts - Request options that are passed to `request`.
   * @param {string} reqOpts.uri - A URI relative to the baseUrl.
   */
  requestStream(reqOpts) {
    const opts = { ...reqOpts, shouldReturnStream: true };
    return _Service.prototype.request_.call(this, opts);
  }
};

// node_modules/@google-cloud/storage/build/esm/src/nodejs-common/service-object.js
var import_promisify = __toESM(require_src4(), 1);
import { EventEmitter } from "events";
var ServiceObject = class _ServiceObject extends EventEmitter {
  /*
   * @constructor
   * @alias module:common/service-object
   *
   * @private
   *
   * @param {object} config - Configuration object.
   * @param {string} config.baseUrl - The base URL to make API requests to.
   * @param {string} config.createMethod - The method which creates this object.
   * @param {string=} config.id - The identifier of the object. For example, the
   *     name of a Storage bucket or Pub/Sub topic.
   * @param {object=} config.methods - A map of each method name that should be inherited.
   * @param {object} config.methods[].reqOpts - Default request options for this
   *     particular method. A common use case is when `setMetadata` requires a
   *     `PUT` method to override the default `PATCH`.
   * @param {object} config.parent - The parent service instance. For example, an
   *     instance of Storage if the object is Bucket.
   */
  constructor(config) {
    super();
    this.metadata = {};
    this.baseUrl = config.baseUrl;
    this.parent = config.parent;
    this.id = config.id;
    this.createMethod = config.createMethod;
    this.methods = config.methods || {};
    this.interceptors = [];
    this.projectId = config.projectId;
    if (config.methods) {
      Object.getOwnPropertyNames(_ServiceObject.prototype).filter((methodName) => {
        return (
          // All ServiceObjects need `request` and `getRequestInterceptors`.
          // clang-format off
          !/^request/.test(methodName) && !/^getRequestInterceptors/.test(methodName) && // clang-format on
          // The ServiceObject didn't redefine the method.
          // eslint-disable-next-line @typescript-eslint/no-explicit-any
          this[methodName] === // eslint-disable-next-line @typescript-eslint/no-explicit-any
          _ServiceObject.prototype[methodName] && // This method isn't wanted.
          !config.methods[methodName]
        );
      }).forEach((methodName) => {
        this[methodName] = void 0;
      });
    }
  }
  create(optionsOrCallback, callback) {
    const self2 = this;
    const args = [this.id];
    if (typeof optionsOrCallback === "function") {
      callback = optionsOrCallback;
    }
    if (typeof optionsOrCallback === "object") {
      args.push(optionsOrCallback);
    }
    function onCreate(...args2) {
      const [err, instance2] = args2;
      if (!err) {
        self2.metadata = instance2.metadata;
        if (self2.id && instance2.metadata) {
          self2.id = instance2.metadata.id;
        }
        args2[1] = self2;
      }
      callback(...args2);
    }
    args.push(onCreate);
    this.createMethod.apply(null, args);
  }
  delete(optionsOrCallback, cb) {
    var _a2;
    const [options, callback] = util.maybeOptionsOrCallback(optionsOrCallback, cb);
    const ignoreNotFound = options.ignoreNotFound;
    delete options.ignoreNotFound;
    const methodConfig = typeof this.methods.delete === "object" && this.methods.delete || {};
    const reqOpts = {
      method: "DELETE",
      uri: "",
      ...methodConfig.reqOpts,
      qs: {
        ...(_a2 = methodConfig.reqOpts) === null || _a2 === void 0 ? void 0 : _a2.qs,
        ...options
      }
    };
    _ServiceObject.prototype.request.call(this, reqOpts, (err, body, res) => {
      if (err) {
        if (err.code === 404 && ignoreNotFound) {
          err = null;
        }
      }
      callback(err, res);
    });
  }
  exists(optionsOrCallback, cb) {
    const [options, callback] = util.maybeOptionsOrCallback(optionsOrCallback, cb);
    this.get(options, (err) => {
      if (err) {
        if (err.code === 404) {
          callback(null, false);
        } else {
          callback(err);
        }
        return;
      }
      callback(null, true);
    });
  }
  get(optionsOrCallback, cb) {
    const self2 = this;
    const [opts, callback] = util.maybeOptionsOrCallback(optionsOrCallback, cb);
    const options = Object.assign({}, opts);
    const autoCreate = options.autoCreate && typeof this.create === "function";
    delete options.autoCreate;
    function onCreate(err, instance2, apiResponse) {
      if (err) {
        if (err.code === 409) {
          self2.get(options, callback);
          return;
        }
        callback(err, null, apiResponse);
        return;
      }
      callback(null, instance2, apiResponse);
    }
    this.getMetadata(options, (err, metadata) => {
      if (err) {
        if (err.code === 404 && autoCreate) {
          const args = [];
          if (Object.keys(options).length > 0) {
            args.push(options);
          }
          args.push(onCreate);
          void self2.create(...args);
          return;
        }
        callback(err, null, metadata);
        return;
      }
      callback(null, self2, metadata);
    });
  }
  getMetadata(optionsOrCallback, cb) {
    var _a2;
    const [options, callback] = util.maybeOptionsOrCallback(optionsOrCallback, cb);
    const methodConfig = typeof this.methods.getMetadata === "object" && this.methods.getMetadata || {};
    const reqOpts = {
      uri: "",
      ...methodConfig.reqOpts,
      qs: {
        ...(_a2 = methodConfig.reqOpts) === null || _a2 === void 0 ? void 0 : _a2.qs,
        ...options
      }
    };
    _ServiceObject.prototype.request.call(this, reqOpts, (err, body, res) => {
      this.metadata = body;
      callback(err, this.metadata, res);
    });
  }
  /**
   * Return the user's custom request interceptors.
   */
  getRequestInterceptors() {
    const localInterceptors = this.interceptors.filter((interceptor) => typeof interceptor.request === "function").map((interceptor) => interceptor.request);
    return this.parent.getRequestInterceptors().concat(localInterceptors);
  }
  setMetadata(metadata, optionsOrCallback, cb) {
    var _a2, _b;
    const [options, callback] = util.maybeOptionsOrCallback(optionsOrCallback, cb);
    const methodConfig = typeof this.methods.setMetadata === "object" && this.methods.setMetadata || {};
    const reqOpts = {
      method: "PATCH",
      uri: "",
      ...methodConfig.reqOpts,
      json: {
        ...(_a2 = methodConfig.reqOpts) === null || _a2 === void 0 ? void 0 : _a2.json,
        ...metadata
      },
      qs: {
        ...(_b = methodConfig.reqOpts) === null || _b === void 0 ? void 0 : _b.qs,
        ...options
      }
    };
    _ServiceObject.prototype.request.call(this, reqOpts, (err, body, res) => {
      this.metadata = body;
      callback(err, this.metadata, res);
    });
  }
  request_(reqOpts, callback) {
    reqOpts = { ...reqOpts };
    if (this.projectId) {
      reqOpts.projectId = this.projectId;
    }
    const isAbsoluteUrl = reqOpts.uri.indexOf("http") === 0;
    const uriComponents = [this.baseUrl, this.id || "", reqOpts.uri];
    if (isAbsoluteUrl) {
      uriComponents.splice(0, uriComponents.indexOf(reqOpts.uri));
    }
    reqOpts.uri = uriComponents.filter((x) => x.trim()).map((uriComponent) => {
      const trimSlashesRegex = /^\/*|\/*$/g;
      return uriComponent.replace(trimSlashesRegex, "");
    }).join("/");
    const childInterceptors = Array.isArray(reqOpts.interceptors_) ? reqOpts.interceptors_ : [];
    const localInterceptors = [].slice.call(this.interceptors);
    reqOpts.interceptors_ = childInterceptors.concat(localInterceptors);
    if (reqOpts.shouldReturnStream) {
      return this.parent.requestStream(reqOpts);
    }
    this.parent.request(reqOpts, callback);
  }
  request(reqOpts, callback) {
    this.request_(reqOpts, callback);
  }
  /**
   * Make an authenticated API request.
   *
   * @param {object} reqOpts - Request options that are passed to `request`.
   * @param {string} reqOpts.uri - A URI relative to the baseUrl.
   */
  requestStream(reqOpts) {
    const opts = { ...reqOpts, shouldReturnStream: true };
    return this.request_(opts);
  }
};
(0, import_promisify.promisifyAll)(ServiceObject, { exclude: ["getRequestInterceptors"] });

// node_modules/@google-cloud/storage/build/esm/src/storage.js
var import_paginator2 = __toESM(require_src5(), 1);
var import_promisify9 = __toESM(require_src4(), 1);
import { Readable as Readable4 } from "stream";

// node_modules/@google-cloud/storage/build/esm/src/bucket.js
var import_paginator = __toESM(require_src5(), 1);
var import_promisify6 = __toESM(require_src4(), 1);
var import_async_retry3 = __toESM(require_lib(), 1);
import * as fs2 from "fs";
import * as path from "path";
import { promisify } from "util";

// node_modules/@google-cloud/storage/build/esm/src/acl.js
var import_promisify2 = __toESM(require_src4(), 1);
var AclRoleAccessorMethods = class _AclRoleAccessorMethods {
  constructor() {
    this.owners = {};
    this.readers = {};
    this.writers = {};
    this.owners = {};
    this.readers = {};
    this.writers = {};
    _AclRoleAccessorMethods.roles.forEach(this._assignAccessMethods.bind(this));
  }
  _assignAccessMethods(role) {
    const accessMethods = _AclRoleAccessorMethods.accessMethods;
    const entities = _AclRoleAccessorMethods.entities;
    const roleGroup = role.toLowerCase() + "s";
    this[roleGroup] = entities.reduce((acc, entity) => {
      const isPrefix = entity.charAt(entity.length - 1) === "-";
      accessMethods.forEach((accessMethod) => {
        let method = accessMethod + entity[0].toUpperCase() + entity.substring(1);
        if (isPrefix) {
          method = method.replace("-", "");
        }
        acc[method] = (entityId, options, callback) => {
          let apiEntity;
          if (typeof options === "function") {
            callback = options;
            options = {};
          }
          if (isPrefix) {
            apiEntity = entity + entityId;
          } else {
            apiEntity = entity;
            callback = entityId;
          }
          options = Object.assign({
            entity: apiEntity,
            role
          }, options);
          const args = [options];
          if (typeof callback === "function") {
            args.push(callback);
          }
          return this[accessMethod].apply(this, args);
        };
      });
      return acc;
    }, {});
  }
};
AclRoleAccessorMethods.accessMethods = ["add", "delete"];
AclRoleAccessorMethods.entities = [
  // Special entity groups that do not require further specification.
  "allAuthenticatedUsers",
  "allUsers",
  // Entity groups that require specification, e.g. `user-email@example.com`.
  "domain-",
  "group-",
  "project-",
  "user-"
];
AclRoleAccessorMethods.roles = ["OWNER", "READER", "WRITER"];
var Acl = class extends AclRoleAccessorMethods {
  constructor(options) {
    super();
    this.pathPrefix = options.pathPrefix;
    this.request_ = options.request;
  }
  /**
   * @typedef {array} AddAclResponse
   * @property {object} 0 The Acl Objects.
   * @property {object} 1 The full API response.
   */
  /**
   * @callback AddAclCallback
   * @param {?Error} err Request error, if any.
   * @param {object} acl The Acl Objects.
   * @param {object} apiResponse The full API response.
   */
  /**
   * Add access controls on a {@link Bucket} or {@link File}.
   *
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/bucketAccessControls/insert| BucketAccessControls: insert API Documentation}
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/objectAccessControls/insert| ObjectAccessControls: insert API Documentation}
   *
   * @param {object} options Configuration options.
   * @param {string} options.entity Whose permissions will be added.
   * @param {string} options.role Permissions allowed for the defined entity.
   *     See {@link https://cloud.google.com/storage/docs/access-control Access
   * Control}.
   * @param {number} [options.generation] **File Objects Only** Select a specific
   *     revision of this file (as opposed to the latest version, the default).
   * @param {string} [options.userProject] The ID of the project which will be
   *     billed for the request.
   * @param {AddAclCallback} [callback] Callback function.
   * @returns {Promise<AddAclResponse>}
   *
   * @example
   * ```
   * const storage = require('@google-cloud/storage')();
   * const myBucket = storage.bucket('my-bucket');
   * const myFile = myBucket.file('my-file');
   *
   * const options = {
   *   entity: 'user-useremail@example.com',
   *   role: gcs.acl.OWNER_ROLE
   * };
   *
   * myBucket.acl.add(options, function(err, aclObject, apiResponse) {});
   *
   * //-
   * // For file ACL operations, you can also specify a `generation` property.
   * // Here is how you would grant ownership permissions to a user on a
   * specific
   * // revision of a file.
   * //-
   * myFile.acl.add({
   *   entity: 'user-useremail@example.com',
   *   role: gcs.acl.OWNER_ROLE,
   *   generation: 1
   * }, function(err, aclObject, apiResponse) {});
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * myBucket.acl.add(options).then(function(data) {
   *   const aclObject = data[0];
   *   const apiResponse = data[1];
   * });
   *
   * ```
   * @example <caption>include:samples/acl.js</caption>
   * region_tag:storage_add_file_owner
   * Example of adding an owner to a file:
   *
   * @example <caption>include:samples/acl.js</caption>
   * region_tag:storage_add_bucket_owner
   * Example of adding an owner to a bucket:
   *
   * @example <caption>include:samples/acl.js</caption>
   * region_tag:storage_add_bucket_default_owner
   * Example of adding a default owner to a bucket:
   */
  add(options, callback) {
    const query = {};
    if (options.generation) {
      query.generation = options.generation;
    }
    if (options.userProject) {
      query.userProject = options.userProject;
    }
    this.request({
      method: "POST",
      uri: "",
      qs: query,
      maxRetries: 0,
      //explicitly set this value since this is a non-idempotent function
      json: {
        entity: options.entity,
        role: options.role.toUpperCase()
      }
    }, (err, resp) => {
      if (err) {
        callback(err, null, resp);
        return;
      }
      callback(null, this.makeAclObject_(resp), resp);
    });
  }
  /**
   * @typedef {array} RemoveAclResponse
   * @property {object} 0 The full API response.
   */
  /**
   * @callback RemoveAclCallback
   * @param {?Error} err Request error, if any.
   * @param {object} apiResponse The full API response.
   */
  /**
   * Delete access controls on a {@link Bucket} or {@link File}.
   *
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/bucketAccessControls/delete| BucketAccessControls: delete API Documentation}
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/objectAccessControls/delete| ObjectAccessControls: delete API Documentation}
   *
   * @param {object} options Configuration object.
   * @param {string} options.entity Whose permissions will be revoked.
   * @param {int} [options.generation] **File Objects Only** Select a specific
   *     revision of this file (as opposed to the latest version, the default).
   * @param {string} [options.userProject] The ID of the project which will be
   *     billed for the request.
   * @param {RemoveAclCallback} callback The callback function.
   * @returns {Promise<RemoveAclResponse>}
   *
   * @example
   * ```
   * const storage = require('@google-cloud/storage')();
   * const myBucket = storage.bucket('my-bucket');
   * const myFile = myBucket.file('my-file');
   *
   * myBucket.acl.delete({
   *   entity: 'user-useremail@example.com'
   * }, function(err, apiResponse) {});
   *
   * //-
   * // For file ACL operations, you can also specify a `generation` property.
   * //-
   * myFile.acl.delete({
   *   entity: 'user-useremail@example.com',
   *   generation: 1
   * }, function(err, apiResponse) {});
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * myFile.acl.delete().then(function(data) {
   *   const apiResponse = data[0];
   * });
   *
   * ```
   * @example <caption>include:samples/acl.js</caption>
   * region_tag:storage_remove_bucket_owner
   * Example of removing an owner from a bucket:
   *
   * @example <caption>include:samples/acl.js</caption>
   * region_tag:storage_remove_bucket_default_owner
   * Example of removing a default owner from a bucket:
   *
   * @example <caption>include:samples/acl.js</caption>
   * region_tag:storage_remove_file_owner
   * Example of removing an owner from a bucket:
   */
  delete(options, callback) {
    const query = {};
    if (options.generation) {
      query.generation = options.generation;
    }
    if (options.userProject) {
      query.userProject = options.userProject;
    }
    this.request({
      method: "DELETE",
      uri: "/" + encodeURIComponent(options.entity),
      qs: query
    }, (err, resp) => {
      callback(err, resp);
    });
  }
  /**
   * @typedef {array} GetAclResponse
   * @property {object|object[]} 0 Single or array of Acl Objects.
   * @property {object} 1 The full API response.
   */
  /**
   * @callback GetAclCallback
   * @param {?Error} err Request error, if any.
   * @param {object|object[]} acl Single or array of Acl Objects.
   * @param {object} apiResponse The full API response.
   */
  /**
   * Get access controls on a {@link Bucket} or {@link File}. If
   * an entity is omitted, you will receive an array of all applicable access
   * controls.
   *
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/bucketAccessControls/get| BucketAccessControls: get API Documentation}
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/objectAccessControls/get| ObjectAccessControls: get API Documentation}
   *
   * @param {object|function} [options] Configuration options. If you want to
   *     receive a list of all access controls, pass the callback function as
   * the only argument.
   * @param {string} options.entity Whose permissions will be fetched.
   * @param {number} [options.generation] **File Objects Only** Select a specific
   *     revision of this file (as opposed to the latest version, the default).
   * @param {string} [options.userProject] The ID of the project which will be
   *     billed for the request.
   * @param {GetAclCallback} [callback] Callback function.
   * @returns {Promise<GetAclResponse>}
   *
   * @example
   * ```
   * const storage = require('@google-cloud/storage')();
   * const myBucket = storage.bucket('my-bucket');
   * const myFile = myBucket.file('my-file');
   *
   * myBucket.acl.get({
   *   entity: 'user-useremail@example.com'
   * }, function(err, aclObject, apiResponse) {});
   *
   * //-
   * // Get all access controls.
   * //-
   * myBucket.acl.get(function(err, aclObjects, apiResponse) {
   *   // aclObjects = [
   *   //   {
   *   //     entity: 'user-useremail@example.com',
   *   //     role: 'owner'
   *   //   }
   *   // ]
   * });
   *
   * //-
   * // For file ACL operations, you can also specify a `generation` property.
   * //-
   * myFile.acl.get({
   *   entity: 'user-useremail@example.com',
   *   generation: 1
   * }, function(err, aclObject, apiResponse) {});
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * myBucket.acl.get().then(function(data) {
   *   const aclObject = data[0];
   *   const apiResponse = data[1];
   * });
   *
   * ```
   * @example <caption>include:samples/acl.js</caption>
   * region_tag:storage_print_file_acl
   * Example of printing a file's ACL:
   *
   * @example <caption>include:samples/acl.js</caption>
   * region_tag:storage_print_file_acl_for_user
   * Example of printing a file's ACL for a specific user:
   *
   * @example <caption>include:samples/acl.js</caption>
   * region_tag:storage_print_bucket_acl
   * Example of printing a bucket's ACL:
   *
   * @example <caption>include:samples/acl.js</caption>
   * region_tag:storage_print_bucket_acl_for_user
   * Example of printing a bucket's ACL for a specific user:
   */
  get(optionsOrCallback, cb) {
    const options = typeof optionsOrCallback === "object" ? optionsOrCallback : null;
    const callback = typeof optionsOrCallback === "function" ? optionsOrCallback : cb;
    let path3 = "";
    const query = {};
    if (options) {
      path3 = "/" + encodeURIComponent(options.entity);
      if (options.generation) {
        query.generation = options.generation;
      }
      if (options.userProject) {
        query.userProject = options.userProject;
      }
    }
    this.request({
      uri: path3,
      qs: query
    }, (err, resp) => {
      if (err) {
        callback(err, null, resp);
        return;
      }
      let results;
      if (resp.items) {
        results = resp.items.map(this.makeAclObject_);
      } else {
        results = this.makeAclObject_(resp);
      }
      callback(null, results, resp);
    });
  }
  /**
   * @typedef {array} UpdateAclResponse
   * @property {object} 0 The updated Acl Objects.
   * @property {object} 1 The full API response.
   */
  /**
   * @callback UpdateAclCallback
   * @param {?Error} err Request error, if any.
   * @param {object} acl The updated Acl Objects.
   * @param {object} apiResponse The full API response.
   */
  /**
   * Update access controls on a {@link Bucket} or {@link File}.
   *
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/bucketAccessControls/update| BucketAccessControls: update API Documentation}
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/objectAccessControls/update| ObjectAccessControls: update API Documentation}
   *
   * @param {object} options Configuration options.
   * @param {string} options.entity Whose permissions will be updated.
   * @param {string} options.role Permissions allowed for the defined entity.
   *     See {@link Storage.acl}.
   * @param {number} [options.generation] **File Objects Only** Select a specific
   *     revision of this file (as opposed to the latest version, the default).
   * @param {string} [options.userProject] The ID of the project which will be
   *     billed for the request.
   * @param {UpdateAclCallback} [callback] Callback function.
   * @returns {Promise<UpdateAclResponse>}
   *
   * @example
   * ```
   * const storage = require('@google-cloud/storage')();
   * const myBucket = storage.bucket('my-bucket');
   * const myFile = myBucket.file('my-file');
   *
   * const options = {
   *   entity: 'user-useremail@example.com',
   *   role: gcs.acl.WRITER_ROLE
   * };
   *
   * myBucket.acl.update(options, function(err, aclObject, apiResponse) {});
   *
   * //-
   * // For file ACL operations, you can also specify a `generation` property.
   * //-
   * myFile.acl.update({
   *   entity: 'user-useremail@example.com',
   *   role: gcs.acl.WRITER_ROLE,
   *   generation: 1
   * }, function(err, aclObject, apiResponse) {});
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * myFile.acl.update(options).then(function(data) {
   *   const aclObject = data[0];
   *   const apiResponse = data[1];
   * });
   * ```
   */
  update(options, callback) {
    const query = {};
    if (options.generation) {
      query.generation = options.generation;
    }
    if (options.userProject) {
      query.userProject = options.userProject;
    }
    this.request({
      method: "PUT",
      uri: "/" + encodeURIComponent(options.entity),
      qs: query,
      json: {
        role: options.role.toUpperCase()
      }
    }, (err, resp) => {
      if (err) {
        callback(err, null, resp);
        return;
      }
      callback(null, this.makeAclObject_(resp), resp);
    });
  }
  /**
   * Transform API responses to a consistent object format.
   *
   * @private
   */
  makeAclObject_(accessControlObject) {
    const obj = {
      entity: accessControlObject.entity,
      role: accessControlObject.role
    };
    if (accessControlObject.projectTeam) {
      obj.projectTeam = accessControlObject.projectTeam;
    }
    return obj;
  }
  /**
   * Patch requests up to the bucket's request object.
   *
   * @private
   *
   * @param {string} method Action.
   * @param {string} path Request path.
   * @param {*} query Request query object.
   * @param {*} body Request body contents.
   * @param {function} callback Callback function.
   */
  request(reqOpts, callback) {
    reqOpts.uri = this.pathPrefix + reqOpts.uri;
    this.request_(reqOpts, callback);
  }
};
(0, import_promisify2.promisifyAll)(Acl, {
  exclude: ["request"]
});

// node_modules/@google-cloud/storage/build/esm/src/file.js
var import_promisify3 = __toESM(require_src4(), 1);
import * as crypto4 from "crypto";
import * as fs from "fs";

// node_modules/@google-cloud/storage/build/esm/src/resumable-upload.js
import { createHash as createHash2 } from "crypto";

// node_modules/gaxios/build/esm/src/index.js
var src_exports = {};
__export(src_exports, {
  Gaxios: () => Gaxios,
  GaxiosError: () => GaxiosError,
  GaxiosInterceptorManager: () => GaxiosInterceptorManager,
  instance: () => instance,
  request: () => request
});

// node_modules/gaxios/build/esm/src/gaxios.js
var import_extend2 = __toESM(require_extend(), 1);
import { Agent as HTTPSAgent } from "https";

// node_modules/gaxios/build/esm/src/common.js
var import_extend = __toESM(require_extend(), 1);
var import_util5 = __toESM(require_util(), 1);
var pkg = import_util5.default.pkg;
var GAXIOS_ERROR_SYMBOL = Symbol.for(`${pkg.name}-gaxios-error`);
var GaxiosError = class _GaxiosError extends Error {
  config;
  response;
  /**
   * An error code.
   * Can be a system error code, DOMException error name, or any error's 'code' property where it is a `string`.
   *
   * It is only a `number` when the cause is sourced from an API-level error (AIP-193).
   *
   * @see {@link https://nodejs.org/api/errors.html#errorcode error.code}
   * @see {@link https://developer.mozilla.org/en-US/docs/Web/API/DOMException#error_names DOMException#error_names}
   * @see {@link https://google.aip.dev/193#http11json-representation AIP-193}
   *
   * @example
   * 'ECONNRESET'
   *
   * @example
   * 'TimeoutError'
   *
   * @example
   * 500
   */
  code;
  /**
   * An HTTP Status code.
   * @see {@link https://developer.mozilla.org/en-US/docs/Web/API/Response/status Response#status}
   *
   * @example
   * 500
   */
  status;
  /**
   * @deprecated use {@link GaxiosError.cause} instead.
   *
   * @see {@link https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Error/cause Error#cause}
   *
   * @privateRemarks
   *
   * We will want to remove this property later as the modern `cause` property is better suited
   * for displaying and relaying nested errors. Keeping this here makes the resulting
   * error log larger than it needs to be.
   *
   */
  error;
  /**
   * Support `instanceof` operator for `GaxiosError` across builds/duplicated files.
   *
   * @see {@link GAXIOS_ERROR_SYMBOL}
   * @see {@link GaxiosError[Symbol.hasInstance]}
   * @see {@link https://github.com/microsoft/TypeScript/issues/13965#issuecomment-278570200}
   * @see {@link https://stackoverflow.com/questions/46618852/require-and-instanceof}
   * @see {@link https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Function/@@hasInstance#reverting_to_default_instanceof_behavior}
   */
  [GAXIOS_ERROR_SYMBOL] = pkg.version;
  /**
   * Support `instanceof` operator for `GaxiosError` across builds/duplicated files.
   *
   * @see {@link GAXIOS_ERROR_SYMBOL}
   * @see {@link GaxiosError[GAXIOS_ERROR_SYMBOL]}
   */
  static [Symbol.hasInstance](instance2) {
    if (instance2 && typeof instance2 === "object" && GAXIOS_ERROR_SYMBOL in instance2 && instance2[GAXIOS_ERROR_SYMBOL] === pkg.version) {
      return true;
    }
    return Function.prototype[Symbol.hasInstance].call(_GaxiosError, instance2);
  }
  constructor(message, config, response, cause) {
    super(message, { cause });
    this.config = config;
    this.response = response;
    this.error = cause instanceof Error ? cause : void 0;
    this.config = (0, import_extend.default)(true, {}, config);
    if (this.response) {
      this.response.config = (0, import_extend.default)(true, {}, this.response.config);
    }
    if (this.response) {
      try {
        this.response.data = translateData(
          this.config.responseType,
          // workaround for `node-fetch`'s `.data` deprecation...
          this.response?.bodyUsed ? this.response?.data : void 0
        );
      } catch {
      }
      this.status = this.response.status;
    }
    if (cause instanceof DOMException) {
      this.code = cause.name;
    } else if (cause && typeof cause === "object" && "code" in cause && (typeof cause.code === "string" || typeof cause.code === "number")) {
      this.code = cause.code;
    }
  }
  /**
   * An AIP-193 conforming error extractor.
   *
   * @see {@link https://google.aip.dev/193#http11json-representation AIP-193}
   *
   * @internal
   * @expiremental
   *
   * @param res the response object
   * @returns the extracted error information
   */
  static extractAPIErrorFromResponse(res, defaultErrorMessage = "The request failed") {
    let message = defaultErrorMessage;
    if (typeof res.data === "string") {
      message = res.data;
    }
    if (res.data && typeof res.data === "object" && "error" in res.data && res.data.error && !res.ok) {
      if (typeof res.data.error === "string") {
        return {
          message: res.data.error,
          code: res.status,
          status: res.statusText
        };
      }
      if (typeof res.data.error === "object") {
        message = "message" in res.data.error && typeof res.data.error.message === "string" ? res.data.error.message : message;
        const status = "status" in res.data.error && typeof res.data.error.status === "string" ? res.data.error.status : res.statusText;
        const code = "code" in res.data.error && typeof res.data.error.code === "number" ? res.data.error.code : res.status;
        if ("errors" in res.data.error && Array.isArray(res.data.error.errors)) {
          const errorMessages = [];
          for (const e of res.data.error.errors) {
            if (typeof e === "object" && "message" in e && typeof e.message === "string") {
              errorMessages.push(e.message);
            }
          }
          return Object.assign({
            message: errorMessages.join("\n") || message,
            code,
            status
          }, res.data.error);
        }
        return Object.assign({
          message,
          code,
          status
        }, res.data.error);
      }
    }
    return {
      message,
      code: res.status,
      status: res.statusText
    };
  }
};
function translateData(responseType, data) {
  switch (responseType) {
    case "stream":
      return data;
    case "json":
      return JSON.parse(JSON.stringify(data));
    case "arraybuffer":
      return JSON.parse(Buffer.from(data).toString("utf8"));
    case "blob":
      return JSON.parse(data.text());
    default:
      return data;
  }
}
function defaultErrorRedactor(data) {
  const REDACT = "<<REDACTED> - See `errorRedactor` option in `gaxios` for configuration>.";
  function redactHeaders(headers) {
    if (!headers)
      return;
    headers.forEach((_, key) => {
      if (/^authentication$/i.test(key) || /^authorization$/i.test(key) || /secret/i.test(key))
        headers.set(key, REDACT);
    });
  }
  function redactString(obj, key) {
    if (typeof obj === "object" && obj !== null && typeof obj[key] === "string") {
      const text = obj[key];
      if (/grant_type=/i.test(text) || /assertion=/i.test(text) || /secret/i.test(text)) {
        obj[key] = REDACT;
      }
    }
  }
  function redactObject(obj) {
    if (!obj || typeof obj !== "object") {
      return;
    } else if (obj instanceof FormData || obj instanceof URLSearchParams || // support `node-fetch` FormData/URLSearchParams
    "forEach" in obj && "set" in obj) {
      obj.forEach((_, key) => {
        if (["grant_type", "assertion"].includes(key) || /secret/.test(key)) {
          obj.set(key, REDACT);
        }
      });
    } else {
      if ("grant_type" in obj) {
        obj["grant_type"] = REDACT;
      }
      if ("assertion" in obj) {
        obj["assertion"] = REDACT;
      }
      if ("client_secret" in obj) {
        obj["client_secret"] = REDACT;
      }
    }
  }
  if (data.config) {
    redactHeaders(data.config.headers);
    redactString(data.config, "data");
    redactObject(data.config.data);
    redactString(data.config, "body");
    redactObject(data.config.body);
    if (data.config.url.searchParams.has("token")) {
      data.config.url.searchParams.set("token", REDACT);
    }
    if (data.config.url.searchParams.has("client_secret")) {
      data.config.url.searchParams.set("client_secret", REDACT);
    }
  }
  if (data.response) {
    defaultErrorRedactor({ config: data.response.config });
    redactHeaders(data.response.headers);
    if (data.response.bodyUsed) {
      redactString(data.response, "data");
      redactObject(data.response.data);
    }
  }
  return data;
}

// node_modules/gaxios/build/esm/src/retry.js
async function getRetryConfig(err) {
  let config = getConfig(err);
  if (!err || !err.config || !config && !err.config.retry) {
    return { shouldRetry: false };
  }
  config = config || {};
  config.currentRetryAttempt = config.currentRetryAttempt || 0;
  config.retry = config.retry === void 0 || config.retry === null ? 3 : config.retry;
  config.httpMethodsToRetry = config.httpMethodsToRetry || [
    "GET",
    "HEAD",
    "PUT",
    "OPTIONS",
    "DELETE"
  ];
  config.noResponseRetries = config.noResponseRetries === void 0 || config.noResponseRetries === null ? 2 : config.noResponseRetries;
  config.retryDelayMultiplier = config.retryDelayMultiplier ? config.retryDelayMultiplier : 2;
  config.timeOfFirstRequest = config.timeOfFirstRequest ? config.timeOfFirstRequest : Date.now();
  config.totalTimeout = config.totalTimeout ? config.totalTimeout : Number.MAX_SAFE_INTEGER;
  config.maxRetryDelay = config.maxRetryDelay ? config.maxRetryDelay : Number.MAX_SAFE_INTEGER;
  const retryRanges = [
    // https://en.wikipedia.org/wiki/List_of_HTTP_status_codes
    // 1xx - Retry (Informational, request still processing)
    // 2xx - Do not retry (Success)
    // 3xx - Do not retry (Redirect)
    // 4xx - Do not retry (Client errors)
    // 408 - Retry ("Request Timeout")
    // 429 - Retry ("Too Many Requests")
    // 5xx - Retry (Server errors)
    [100, 199],
    [408, 408],
    [429, 429],
    [500, 599]
  ];
  config.statusCodesToRetry = config.statusCodesToRetry || retryRanges;
  err.config.retryConfig = config;
  const shouldRetryFn = config.shouldRetry || shouldRetryRequest;
  if (!await shouldRetryFn(err)) {
    return { shouldRetry: false, config: err.config };
  }
  const delay = getNextRetryDelay(config);
  err.config.retryConfig.currentRetryAttempt += 1;
  const backoff = config.retryBackoff ? config.retryBackoff(err, delay) : new Promise((resolve2) => {
    setTimeout(resolve2, delay);
  });
  if (config.onRetryAttempt) {
    await config.onRetryAttempt(err);
  }
  await backoff;
  return { shouldRetry: true, config: err.config };
}
function shouldRetryRequest(err) {
  const config = getConfig(err);
  if (err.config.signal?.aborted && err.code !== "TimeoutError" || err.code === "AbortError") {
    return false;
  }
  if (!config || config.retry === 0) {
    return false;
  }
  if (!err.response && (config.currentRetryAttempt || 0) >= config.noResponseRetries) {
    return false;
  }
  if (!config.httpMethodsToRetry || !config.httpMethodsToRetry.includes(err.config.method?.toUpperCase() || "GET")) {
    return false;
  }
  if (err.response && err.response.status) {
    let isInRange = false;
    for (const [min, max] of config.statusCodesToRetry) {
      const status = err.response.status;
      if (status >= min && status <= max) {
        isInRange = true;
        break;
      }
    }
    if (!isInRange) {
      return false;
    }
  }
  config.currentRetryAttempt = config.currentRetryAttempt || 0;
  if (config.currentRetryAttempt >= config.retry) {
    return false;
  }
  return true;
}
function getConfig(err) {
  if (err && err.config && err.config.retryConfig) {
    return err.config.retryConfig;
  }
  return;
}
function getNextRetryDelay(config) {
  const retryDelay = config.currentRetryAttempt ? 0 : config.retryDelay ?? 100;
  const calculatedDelay = retryDelay + (Math.pow(config.retryDelayMultiplier, config.currentRetryAttempt) - 1) / 2 * 1e3;
  const maxAllowableDelay = config.totalTimeout - (Date.now() - config.timeOfFirstRequest);
  return Math.min(calculatedDelay, maxAllowableDelay, config.maxRetryDelay);
}

// node_modules/gaxios/build/esm/src/gaxios.js
import { Readable } from "stream";

// node_modules/gaxios/build/esm/src/interceptor.js
var GaxiosInterceptorManager = class extends Set {
};

// node_modules/gaxios/build/esm/src/gaxios.js
var _a;
var randomUUID2 = async () => globalThis.crypto?.randomUUID() || (await import("crypto")).randomUUID();
var HTTP_STATUS_NO_CONTENT = 204;
var Gaxios = class {
  agentCache = /* @__PURE__ */ new Map();
  /**
   * Default HTTP options that will be used for every HTTP request.
   */
  defaults;
  /**
   * Interceptors
   */
  interceptors;
  /**
   * The Gaxios class is responsible for making HTTP requests.
   * @param defaults The default set of options to be used for this instance.
   */
  constructor(defaults) {
    this.defaults = defaults || {};
    this.interceptors = {
      request: new GaxiosInterceptorManager(),
      response: new GaxiosInterceptorManager()
    };
  }
  /**
   * A {@link fetch `fetch`} compliant API for {@link Gaxios}.
   *
   * @remarks
   *
   * This is useful as a drop-in replacement for `fetch` API usage.
   *
   * @example
   *
   * ```ts
   * const gaxios = new Gaxios();
   * const myFetch: typeof fetch = (...args) => gaxios.fetch(...args);
   * await myFetch('https://example.com');
   * ```
   *
   * @param args `fetch` API or `Gaxios#request` parameters
   * @returns the {@link Response} with Gaxios-added properties
   */
  fetch(...args) {
    const input = args[0];
    const init = args[1];
    let url2 = void 0;
    const headers = new Headers();
    if (typeof input === "string") {
      url2 = new URL(input);
    } else if (input instanceof URL) {
      url2 = input;
    } else if (input && input.url) {
      url2 = new URL(input.url);
    }
    if (input && typeof input === "object" && "headers" in input) {
      _a.mergeHeaders(headers, input.headers);
    }
    if (init) {
      _a.mergeHeaders(headers, new Headers(init.headers));
    }
    if (typeof input === "object" && !(input instanceof URL)) {
      return this.request({ ...init, ...input, headers, url: url2 });
    } else {
      return this.request({ ...init, headers, url: url2 });
    }
  }
  /**
   * Perform an HTTP request with the given options.
   * @param opts Set of HTTP options that will be used for this HTTP request.
   */
  async request(opts = {}) {
    let prepared = await this.#prepareRequest(opts);
    prepared = await this.#applyRequestInterceptors(prepared);
    return this.#applyResponseInterceptors(this._request(prepared));
  }
  async _defaultAdapter(config) {
    const fetchImpl = config.fetchImplementation || this.defaults.fetchImplementation || await _a.#getFetch();
    const preparedOpts = { ...config };
    delete preparedOpts.data;
    const res = await fetchImpl(config.url, preparedOpts);
    const data = await this.getResponseData(config, res);
    if (!Object.getOwnPropertyDescriptor(res, "data")?.configurable) {
      Object.defineProperties(res, {
        data: {
          configurable: true,
          writable: true,
          enumerable: true,
          value: data
        }
      });
    }
    return Object.assign(res, { config, data });
  }
  /**
   * Internal, retryable version of the `request` method.
   * @param opts Set of HTTP options that will be used for this HTTP request.
   */
  async _request(opts) {
    try {
      let translatedResponse;
      if (opts.adapter) {
        translatedResponse = await opts.adapter(opts, this._defaultAdapter.bind(this));
      } else {
        translatedResponse = await this._defaultAdapter(opts);
      }
      if (!opts.validateStatus(translatedResponse.status)) {
        if (opts.responseType === "stream") {
          const response = [];
          for await (const chunk of translatedResponse.data) {
            response.push(chunk);
          }
          translatedResponse.data = Buffer.concat(response.map((c) => typeof c === "string" ? Buffer.from(c) : c)).toString("utf8");
        }
        const errorInfo = GaxiosError.extractAPIErrorFromResponse(translatedResponse, `Request failed with status code ${translatedResponse.status}`);
        throw new GaxiosError(errorInfo?.message, opts, translatedResponse, errorInfo);
      }
      return translatedResponse;
    } catch (e) {
      let err;
      if (e instanceof GaxiosError) {
        err = e;
      } else if (e instanceof Error) {
        err = new GaxiosError(e.message, opts, void 0, e);
      } else {
        err = new GaxiosError("Unexpected Gaxios Error", opts, void 0, e);
      }
      const { shouldRetry, config } = await getRetryConfig(err);
      if (shouldRetry && config) {
        err.config.retryConfig.currentRetryAttempt = config.retryConfig.currentRetryAttempt;
        opts.retryConfig = err.config?.retryConfig;
        this.#appendTimeoutToSignal(opts);
        return this._request(opts);
      }
      if (opts.errorRedactor) {
        opts.errorRedactor(err);
      }
      throw err;
    }
  }
  async getResponseData(opts, res) {
    if (res.status === HTTP_STATUS_NO_CONTENT) {
      return "";
    }
    if (opts.maxContentLength && res.headers.has("content-length") && opts.maxContentLength < Number.parseInt(res.headers?.get("content-length") || "")) {
      throw new GaxiosError("Response's `Content-Length` is over the limit.", opts, Object.assign(res, { config: opts }));
    }
    switch (opts.responseType) {
      case "stream":
        return res.body;
      case "json": {
        const data = await res.text();
        try {
          return JSON.parse(data);
        } catch {
          return data;
        }
      }
      case "arraybuffer":
        return res.arrayBuffer();
      case "blob":
        return res.blob();
      case "text":
        return res.text();
      default:
        return this.getResponseDataFromContentType(res);
    }
  }
  #urlMayUseProxy(url2, noProxy = []) {
    const candidate = new URL(url2);
    const noProxyList = [...noProxy];
    const noProxyEnvList = (process.env.NO_PROXY ?? process.env.no_proxy)?.split(",") || [];
    for (const rule of noProxyEnvList) {
      noProxyList.push(rule.trim());
    }
    for (const rule of noProxyList) {
      if (rule instanceof RegExp) {
        if (rule.test(candidate.toString())) {
          return false;
        }
      } else if (rule instanceof URL) {
        if (rule.origin === candidate.origin) {
          return false;
        }
      } else if (rule.startsWith("*.") || rule.startsWith(".")) {
        const cleanedRule = rule.replace(/^\*\./, ".");
        if (candidate.hostname.endsWith(cleanedRule)) {
          return false;
        }
      } else if (rule === candidate.origin || rule === candidate.hostname || rule === candidate.href) {
        return false;
      }
    }
    return true;
  }
  /**
   * Applies the request interceptors. The request interceptors are applied after the
   * call to prepareRequest is completed.
   *
   * @param {GaxiosOptionsPrepared} options The current set of options.
   *
   * @returns {Promise<GaxiosOptionsPrepared>} Promise that resolves to the set of options or response after interceptors are applied.
   */
  async #applyRequestInterceptors(options) {
    let promiseChain = Promise.resolve(options);
    for (const interceptor of this.interceptors.request.values()) {
      if (interceptor) {
        promiseChain = promiseChain.then(interceptor.resolved, interceptor.rejected);
      }
    }
    return promiseChain;
  }
  /**
   * Applies the response interceptors. The response interceptors are applied after the
   * call to request is made.
   *
   * @param {GaxiosOptionsPrepared} options The current set of options.
   *
   * @returns {Promise<GaxiosOptionsPrepared>} Promise that resolves to the set of options or response after interceptors are applied.
   */
  async #applyResponseInterceptors(response) {
    let promiseChain = Promise.resolve(response);
    for (const interceptor of this.interceptors.response.values()) {
      if (interceptor) {
        promiseChain = promiseChain.then(interceptor.resolved, interceptor.rejected);
      }
    }
    return promiseChain;
  }
  /**
   * Validates the options, merges them with defaults, and prepare request.
   *
   * @param options The original options passed from the client.
   * @returns Prepared options, ready to make a request
   */
  async #prepareRequest(options) {
    const preparedHeaders = new Headers(this.defaults.headers);
    _a.mergeHeaders(preparedHeaders, options.headers);
    const opts = (0, import_extend2.default)(true, {}, this.defaults, options);
    if (!opts.url) {
      throw new Error("URL is required.");
    }
    if (opts.baseURL) {
      opts.url = new URL(opts.url, opts.baseURL);
    }
    opts.url = new URL(opts.url);
    if (opts.params) {
      if (opts.paramsSerializer) {
        let additionalQueryParams = opts.paramsSerializer(opts.params);
        if (additionalQueryParams.startsWith("?")) {
          additionalQueryParams = additionalQueryParams.slice(1);
        }
        const prefix = opts.url.toString().includes("?") ? "&" : "?";
        opts.url = opts.url + prefix + additionalQueryParams;
      } else {
        const url2 = opts.url instanceof URL ? opts.url : new URL(opts.url);
        for (const [key, value] of new URLSearchParams(opts.params)) {
          url2.searchParams.append(key, value);
        }
        opts.url = url2;
      }
    }
    if (typeof options.maxContentLength === "number") {
      opts.size = options.maxContentLength;
    }
    if (typeof options.maxRedirects === "number") {
      opts.follow = options.maxRedirects;
    }
    const shouldDirectlyPassData = typeof opts.data === "string" || opts.data instanceof ArrayBuffer || opts.data instanceof Blob || // Node 18 does not have a global `File` object
    globalThis.File && opts.data instanceof File || opts.data instanceof FormData || opts.data instanceof Readable || opts.data instanceof ReadableStream || opts.data instanceof String || opts.data instanceof URLSearchParams || ArrayBuffer.isView(opts.data) || // `Buffer` (Node.js), `DataView`, `TypedArray`
    /**
     * @deprecated `node-fetch` or another third-party's request types
     */
    ["Blob", "File", "FormData"].includes(opts.data?.constructor?.name || "");
    if (opts.multipart?.length) {
      const boundary = await randomUUID2();
      preparedHeaders.set("content-type", `multipart/related; boundary=${boundary}`);
      opts.body = Readable.from(this.getMultipartRequest(opts.multipart, boundary));
    } else if (shouldDirectlyPassData) {
      opts.body = opts.data;
    } else if (typeof opts.data === "object") {
      if (preparedHeaders.get("Content-Type") === "application/x-www-form-urlencoded") {
        opts.body = opts.paramsSerializer ? opts.paramsSerializer(opts.data) : new URLSearchParams(opts.data);
      } else {
        if (!preparedHeaders.has("content-type")) {
          preparedHeaders.set("content-type", "application/json");
        }
        opts.body = JSON.stringify(opts.data);
      }
    } else if (opts.data) {
      opts.body = opts.data;
    }
    opts.validateStatus = opts.validateStatus || this.validateStatus;
    opts.responseType = opts.responseType || "unknown";
    if (!preparedHeaders.has("accept") && opts.responseType === "json") {
      preparedHeaders.set("accept", "application/json");
    }
    const proxy = opts.proxy || process?.env?.HTTPS_PROXY || process?.env?.https_proxy || process?.env?.HTTP_PROXY || process?.env?.http_proxy;
    if (opts.agent) {
    } else if (proxy && this.#urlMayUseProxy(opts.url, opts.noProxy)) {
      const HttpsProxyAgent = await _a.#getProxyAgent();
      if (this.agentCache.has(proxy)) {
        opts.agent = this.agentCache.get(proxy);
      } else {
        opts.agent = new HttpsProxyAgent(proxy, {
          cert: opts.cert,
          key: opts.key
        });
        this.agentCache.set(proxy, opts.agent);
      }
    } else if (opts.cert && opts.key) {
      if (this.agentCache.has(opts.key)) {
        opts.agent = this.agentCache.get(opts.key);
      } else {
        opts.agent = new HTTPSAgent({
          cert: opts.cert,
          key: opts.key
        });
        this.agentCache.set(opts.key, opts.agent);
      }
    }
    if (typeof opts.errorRedactor !== "function" && opts.errorRedactor !== false) {
      opts.errorRedactor = defaultErrorRedactor;
    }
    if (opts.body && !("duplex" in opts)) {
      opts.duplex = "half";
    }
    this.#appendTimeoutToSignal(opts);
    return Object.assign(opts, {
      headers: preparedHeaders,
      url: opts.url instanceof URL ? opts.url : new URL(opts.url)
    });
  }
  #appendTimeoutToSignal(opts) {
    if (opts.timeout) {
      const timeoutSignal = AbortSignal.timeout(opts.timeout);
      if (opts.signal && !opts.signal.aborted) {
        opts.signal = AbortSignal.any([opts.signal, timeoutSignal]);
      } else {
        opts.signal = timeoutSignal;
      }
    }
  }
  /**
   * By default, throw for any non-2xx status code
   * @param status status code from the HTTP response
   */
  validateStatus(status) {
    return status >= 200 && status < 300;
  }
  /**
   * Attempts to parse a response by looking at the Content-Type header.
   * @param {Response} response the HTTP response.
   * @returns a promise that resolves to the response data.
   */
  async getResponseDataFromContentType(response) {
    let contentType = response.headers.get("Content-Type");
    if (contentType === null) {
      return response.text();
    }
    contentType = contentType.toLowerCase();
    if (contentType.includes("application/json")) {
      let data = await response.text();
      try {
        data = JSON.parse(data);
      } catch {
      }
      return data;
    } else if (contentType.match(/^text\//)) {
      return response.text();
    } else {
      return response.blob();
    }
  }
  /**
   * Creates an async generator that yields the pieces of a multipart/related request body.
   * This implementation follows the spec: https://www.ietf.org/rfc/rfc2387.txt. However, recursive
   * multipart/related requests are not currently supported.
   *
   * @param {GaxiosMultipartOptions[]} multipartOptions the pieces to turn into a multipart/related body.
   * @param {string} boundary the boundary string to be placed between each part.
   */
  async *getMultipartRequest(multipartOptions, boundary) {
    const finale = `--${boundary}--`;
    for (const currentPart of multipartOptions) {
      const partContentType = currentPart.headers.get("Content-Type") || "application/octet-stream";
      const preamble = `--${boundary}\r
Content-Type: ${partContentType}\r
\r
`;
      yield preamble;
      if (typeof currentPart.content === "string") {
        yield currentPart.content;
      } else {
        yield* currentPart.content;
      }
      yield "\r\n";
    }
    yield finale;
  }
  /**
   * A cache for the lazily-loaded proxy agent.
   *
   * Should use {@link Gaxios[#getProxyAgent]} to retrieve.
   */
  // using `import` to dynamically import the types here
  static #proxyAgent;
  /**
   * A cache for the lazily-loaded fetch library.
   *
   * Should use {@link Gaxios[#getFetch]} to retrieve.
   */
  //
  static #fetch;
  /**
   * Imports, caches, and returns a proxy agent - if not already imported
   *
   * @returns A proxy agent
   */
  static async #getProxyAgent() {
    this.#proxyAgent ||= (await import("./dist-Q33B4CEZ.js")).HttpsProxyAgent;
    return this.#proxyAgent;
  }
  static async #getFetch() {
    const hasWindow = typeof window !== "undefined" && !!window;
    this.#fetch ||= hasWindow ? window.fetch : (await import("./src-55TOEVQI.js")).default;
    return this.#fetch;
  }
  /**
   * Merges headers.
   * If the base headers do not exist a new `Headers` object will be returned.
   *
   * @remarks
   *
   * Using this utility can be helpful when the headers are not known to exist:
   * - if they exist as `Headers`, that instance will be used
   *   - it improves performance and allows users to use their existing references to their `Headers`
   * - if they exist in another form (`HeadersInit`), they will be used to create a new `Headers` object
   * - if the base headers do not exist a new `Headers` object will be created
   *
   * @param base headers to append/overwrite to
   * @param append headers to append/overwrite with
   * @returns the base headers instance with merged `Headers`
   */
  static mergeHeaders(base, ...append) {
    base = base instanceof Headers ? base : new Headers(base);
    for (const headers of append) {
      const add = headers instanceof Headers ? headers : new Headers(headers);
      add.forEach((value, key) => {
        key === "set-cookie" ? base.append(key, value) : base.set(key, value);
      });
    }
    return base;
  }
};
_a = Gaxios;

// node_modules/gaxios/build/esm/src/index.js
var instance = new Gaxios();
async function request(opts) {
  return instance.request(opts);
}

// node_modules/@google-cloud/storage/build/esm/src/resumable-upload.js
var import_google_auth_library3 = __toESM(require_src(), 1);
var import_async_retry = __toESM(require_lib(), 1);
import { Readable as Readable2, Writable } from "stream";
import * as crypto2 from "crypto";

// node_modules/@google-cloud/storage/build/esm/src/hash-stream-validator.js
import { createHash } from "crypto";
import { Transform as Transform2 } from "stream";

// node_modules/@google-cloud/storage/build/esm/src/crc32c.js
import { createReadStream } from "fs";
var __classPrivateFieldSet = function(receiver, state, value, kind, f) {
  if (kind === "m") throw new TypeError("Private method is not writable");
  if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
  if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
  return kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value), value;
};
var __classPrivateFieldGet = function(receiver, state, kind, f) {
  if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
  if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
  return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
};
var _CRC32C_crc32c;
var CRC32C_EXTENSIONS = [
  0,
  4067132163,
  3778769143,
  324072436,
  3348797215,
  904991772,
  648144872,
  3570033899,
  2329499855,
  2024987596,
  1809983544,
  2575936315,
  1296289744,
  3207089363,
  2893594407,
  1578318884,
  274646895,
  3795141740,
  4049975192,
  51262619,
  3619967088,
  632279923,
  922689671,
  3298075524,
  2592579488,
  1760304291,
  2075979607,
  2312596564,
  1562183871,
  2943781820,
  3156637768,
  1313733451,
  549293790,
  3537243613,
  3246849577,
  871202090,
  3878099393,
  357341890,
  102525238,
  4101499445,
  2858735121,
  1477399826,
  1264559846,
  3107202533,
  1845379342,
  2677391885,
  2361733625,
  2125378298,
  820201905,
  3263744690,
  3520608582,
  598981189,
  4151959214,
  85089709,
  373468761,
  3827903834,
  3124367742,
  1213305469,
  1526817161,
  2842354314,
  2107672161,
  2412447074,
  2627466902,
  1861252501,
  1098587580,
  3004210879,
  2688576843,
  1378610760,
  2262928035,
  1955203488,
  1742404180,
  2511436119,
  3416409459,
  969524848,
  714683780,
  3639785095,
  205050476,
  4266873199,
  3976438427,
  526918040,
  1361435347,
  2739821008,
  2954799652,
  1114974503,
  2529119692,
  1691668175,
  2005155131,
  2247081528,
  3690758684,
  697762079,
  986182379,
  3366744552,
  476452099,
  3993867776,
  4250756596,
  255256311,
  1640403810,
  2477592673,
  2164122517,
  1922457750,
  2791048317,
  1412925310,
  1197962378,
  3037525897,
  3944729517,
  427051182,
  170179418,
  4165941337,
  746937522,
  3740196785,
  3451792453,
  1070968646,
  1905808397,
  2213795598,
  2426610938,
  1657317369,
  3053634322,
  1147748369,
  1463399397,
  2773627110,
  4215344322,
  153784257,
  444234805,
  3893493558,
  1021025245,
  3467647198,
  3722505002,
  797665321,
  2197175160,
  1889384571,
  1674398607,
  2443626636,
  1164749927,
  3070701412,
  2757221520,
  1446797203,
  137323447,
  4198817972,
  3910406976,
  461344835,
  3484808360,
  1037989803,
  781091935,
  3705997148,
  2460548119,
  1623424788,
  1939049696,
  2180517859,
  1429367560,
  2807687179,
  3020495871,
  1180866812,
  410100952,
  3927582683,
  4182430767,
  186734380,
  3756733383,
  763408580,
  1053836080,
  3434856499,
  2722870694,
  1344288421,
  1131464017,
  2971354706,
  1708204729,
  2545590714,
  2229949006,
  1988219213,
  680717673,
  3673779818,
  3383336350,
  1002577565,
  4010310262,
  493091189,
  238226049,
  4233660802,
  2987750089,
  1082061258,
  1395524158,
  2705686845,
  1972364758,
  2279892693,
  2494862625,
  1725896226,
  952904198,
  3399985413,
  3656866545,
  731699698,
  4283874585,
  222117402,
  510512622,
  3959836397,
  3280807620,
  837199303,
  582374963,
  3504198960,
  68661723,
  4135334616,
  3844915500,
  390545967,
  1230274059,
  3141532936,
  2825850620,
  1510247935,
  2395924756,
  2091215383,
  1878366691,
  2644384480,
  3553878443,
  565732008,
  854102364,
  3229815391,
  340358836,
  3861050807,
  4117890627,
  119113024,
  1493875044,
  2875275879,
  3090270611,
  1247431312,
  2660249211,
  1828433272,
  2141937292,
  2378227087,
  3811616794,
  291187481,
  34330861,
  4032846830,
  615137029,
  3603020806,
  3314634738,
  939183345,
  1776939221,
  2609017814,
  2295496738,
  2058945313,
  2926798794,
  1545135305,
  1330124605,
  3173225534,
  4084100981,
  17165430,
  307568514,
  3762199681,
  888469610,
  3332340585,
  3587147933,
  665062302,
  2042050490,
  2346497209,
  2559330125,
  1793573966,
  3190661285,
  1279665062,
  1595330642,
  2910671697
];
var CRC32C_EXTENSION_TABLE = new Int32Array(CRC32C_EXTENSIONS);
var CRC32C_DEFAULT_VALIDATOR_GENERATOR = () => new CRC32C();
var CRC32C_EXCEPTION_MESSAGES = {
  INVALID_INIT_BASE64_RANGE: (l) => `base64-encoded data expected to equal 4 bytes, not ${l}`,
  INVALID_INIT_BUFFER_LENGTH: (l) => `Buffer expected to equal 4 bytes, not ${l}`,
  INVALID_INIT_INTEGER: (l) => `Number expected to be a safe, unsigned 32-bit integer, not ${l}`
};
var CRC32C = class _CRC32C {
  /**
   * Constructs a new `CRC32C` object.
   *
   * Reconstruction is recommended via the `CRC32C.from` static method.
   *
   * @param initialValue An initial CRC32C value - a signed 32-bit integer.
   */
  constructor(initialValue = 0) {
    _CRC32C_crc32c.set(this, 0);
    __classPrivateFieldSet(this, _CRC32C_crc32c, initialValue, "f");
  }
  /**
   * Calculates a CRC32C from a provided buffer.
   *
   * Implementation inspired from:
   * - {@link https://github.com/google/crc32c/blob/21fc8ef30415a635e7351ffa0e5d5367943d4a94/src/crc32c_portable.cc github.com/google/crc32c}
   * - {@link https://github.com/googleapis/python-crc32c/blob/a595e758c08df445a99c3bf132ee8e80a3ec4308/src/google_crc32c/python.py github.com/googleapis/python-crc32c}
   * - {@link https://github.com/googleapis/java-storage/pull/1376/files github.com/googleapis/java-storage}
   *
   * @param data The `Buffer` to generate the CRC32C from
   */
  update(data) {
    let current = __classPrivateFieldGet(this, _CRC32C_crc32c, "f") ^ 4294967295;
    for (const d of data) {
      const tablePoly = _CRC32C.CRC32C_EXTENSION_TABLE[(d ^ current) & 255];
      current = tablePoly ^ current >>> 8;
    }
    __classPrivateFieldSet(this, _CRC32C_crc32c, current ^ 4294967295, "f");
  }
  /**
   * Validates a provided input to the current CRC32C value.
   *
   * @param input A Buffer, `CRC32C`-compatible object, base64-encoded data (string), or signed 32-bit integer
   */
  validate(input) {
    if (typeof input === "number") {
      return input === __classPrivateFieldGet(this, _CRC32C_crc32c, "f");
    } else if (typeof input === "string") {
      return input === this.toString();
    } else if (Buffer.isBuffer(input)) {
      return Buffer.compare(input, this.toBuffer()) === 0;
    } else {
      return input.toString() === this.toString();
    }
  }
  /**
   * Returns a `Buffer` representation of the CRC32C value
   */
  toBuffer() {
    const buffer = Buffer.alloc(4);
    buffer.writeInt32BE(__classPrivateFieldGet(this, _CRC32C_crc32c, "f"));
    return buffer;
  }
  /**
   * Returns a JSON-compatible, base64-encoded representation of the CRC32C value.
   *
   * See {@link https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/JSON/stringify `JSON#stringify`}
   */
  toJSON() {
    return this.toString();
  }
  /**
   * Returns a base64-encoded representation of the CRC32C value.
   *
   * See {@link https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Object/toString `Object#toString`}
   */
  toString() {
    return this.toBuffer().toString("base64");
  }
  /**
   * Returns the `number` representation of the CRC32C value as a signed 32-bit integer
   *
   * See {@link https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Object/valueOf `Object#valueOf`}
   */
  valueOf() {
    return __classPrivateFieldGet(this, _CRC32C_crc32c, "f");
  }
  /**
   * Generates a `CRC32C` from a compatible buffer format.
   *
   * @param value 4-byte `ArrayBufferView`/`Buffer`/`TypedArray`
   */
  static fromBuffer(value) {
    let buffer;
    if (Buffer.isBuffer(value)) {
      buffer = value;
    } else if ("buffer" in value) {
      buffer = Buffer.from(value.buffer);
    } else {
      buffer = Buffer.from(value);
    }
    if (buffer.byteLength !== 4) {
      throw new RangeError(CRC32C_EXCEPTION_MESSAGES.INVALID_INIT_BUFFER_LENGTH(buffer.byteLength));
    }
    return new _CRC32C(buffer.readInt32BE());
  }
  static async fromFile(file) {
    const crc32c = new _CRC32C();
    await new Promise((resolve2, reject) => {
      createReadStream(file).on("data", (d) => {
        if (typeof d === "string") {
          crc32c.update(Buffer.from(d));
        } else {
          crc32c.update(d);
        }
      }).on("end", () => resolve2()).on("error", reject);
    });
    return crc32c;
  }
  /**
   * Generates a `CRC32C` from 4-byte base64-encoded data (string).
   *
   * @param value 4-byte base64-encoded data (string)
   */
  static fromString(value) {
    const buffer = Buffer.from(value, "base64");
    if (buffer.byteLength !== 4) {
      throw new RangeError(CRC32C_EXCEPTION_MESSAGES.INVALID_INIT_BASE64_RANGE(buffer.byteLength));
    }
    return this.fromBuffer(buffer);
  }
  /**
   * Generates a `CRC32C` from a safe, unsigned 32-bit integer.
   *
   * @param value an unsigned 32-bit integer
   */
  static fromNumber(value) {
    if (!Number.isSafeInteger(value) || value > 2 ** 32 || value < -(2 ** 32)) {
      throw new RangeError(CRC32C_EXCEPTION_MESSAGES.INVALID_INIT_INTEGER(value));
    }
    return new _CRC32C(value);
  }
  /**
   * Generates a `CRC32C` from a variety of compatible types.
   * Note: strings are treated as input, not as file paths to read from.
   *
   * @param value A number, 4-byte `ArrayBufferView`/`Buffer`/`TypedArray`, or 4-byte base64-encoded data (string)
   */
  static from(value) {
    if (typeof value === "number") {
      return this.fromNumber(value);
    } else if (typeof value === "string") {
      return this.fromString(value);
    } else if ("byteLength" in value) {
      return this.fromBuffer(value);
    } else {
      return this.fromString(value.toString());
    }
  }
};
_CRC32C_crc32c = /* @__PURE__ */ new WeakMap();
CRC32C.CRC32C_EXTENSIONS = CRC32C_EXTENSIONS;
CRC32C.CRC32C_EXTENSION_TABLE = CRC32C_EXTENSION_TABLE;

// node_modules/@google-cloud/storage/build/esm/src/hash-stream-validator.js
var __classPrivateFieldSet2 = function(receiver, state, value, kind, f) {
  if (kind === "m") throw new TypeError("Private method is not writable");
  if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
  if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
  return kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value), value;
};
var __classPrivateFieldGet2 = function(receiver, state, kind, f) {
  if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
  if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
  return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
};
var _HashStreamValidator_crc32cHash;
var _HashStreamValidator_md5Hash;
var _HashStreamValidator_md5Digest;
var HashStreamValidator = class extends Transform2 {
  constructor(options = {}) {
    super();
    this.updateHashesOnly = false;
    _HashStreamValidator_crc32cHash.set(this, void 0);
    _HashStreamValidator_md5Hash.set(this, void 0);
    _HashStreamValidator_md5Digest.set(this, "");
    this.crc32cEnabled = !!options.crc32c;
    this.md5Enabled = !!options.md5;
    this.updateHashesOnly = !!options.updateHashesOnly;
    this.crc32cExpected = options.crc32cExpected;
    this.md5Expected = options.md5Expected;
    if (this.crc32cEnabled) {
      if (options.crc32cInstance) {
        __classPrivateFieldSet2(this, _HashStreamValidator_crc32cHash, options.crc32cInstance, "f");
      } else {
        const crc32cGenerator = options.crc32cGenerator || CRC32C_DEFAULT_VALIDATOR_GENERATOR;
        __classPrivateFieldSet2(this, _HashStreamValidator_crc32cHash, crc32cGenerator(), "f");
      }
    }
    if (this.md5Enabled) {
      __classPrivateFieldSet2(this, _HashStreamValidator_md5Hash, createHash("md5"), "f");
    }
  }
  /**
   * Return the current CRC32C value, if available.
   */
  get crc32c() {
    var _a2;
    return (_a2 = __classPrivateFieldGet2(this, _HashStreamValidator_crc32cHash, "f")) === null || _a2 === void 0 ? void 0 : _a2.toString();
  }
  /**
   * Return the calculated MD5 value, if available.
   */
  get md5Digest() {
    if (__classPrivateFieldGet2(this, _HashStreamValidator_md5Hash, "f") && !__classPrivateFieldGet2(this, _HashStreamValidator_md5Digest, "f")) {
      __classPrivateFieldSet2(this, _HashStreamValidator_md5Digest, __classPrivateFieldGet2(this, _HashStreamValidator_md5Hash, "f").digest("base64"), "f");
    }
    return __classPrivateFieldGet2(this, _HashStreamValidator_md5Digest, "f");
  }
  _flush(callback) {
    this.md5Digest;
    if (this.updateHashesOnly) {
      callback();
      return;
    }
    let failed = this.crc32cEnabled || this.md5Enabled;
    if (this.crc32cEnabled && this.crc32cExpected) {
      failed = !this.test("crc32c", this.crc32cExpected);
    }
    if (this.md5Enabled && this.md5Expected) {
      failed = !this.test("md5", this.md5Expected);
    }
    if (failed) {
      const mismatchError = new RequestError(FileExceptionMessages.DOWNLOAD_MISMATCH);
      mismatchError.code = "CONTENT_DOWNLOAD_MISMATCH";
      callback(mismatchError);
    } else {
      callback();
    }
  }
  _transform(chunk, encoding, callback) {
    this.push(chunk, encoding);
    try {
      if (__classPrivateFieldGet2(this, _HashStreamValidator_crc32cHash, "f"))
        __classPrivateFieldGet2(this, _HashStreamValidator_crc32cHash, "f").update(chunk);
      if (__classPrivateFieldGet2(this, _HashStreamValidator_md5Hash, "f"))
        __classPrivateFieldGet2(this, _HashStreamValidator_md5Hash, "f").update(chunk);
      callback();
    } catch (e) {
      callback(e);
    }
  }
  test(hash, sum) {
    const check = Buffer.isBuffer(sum) ? sum.toString("base64") : sum;
    if (hash === "crc32c" && __classPrivateFieldGet2(this, _HashStreamValidator_crc32cHash, "f")) {
      return __classPrivateFieldGet2(this, _HashStreamValidator_crc32cHash, "f").validate(check);
    }
    if (hash === "md5" && __classPrivateFieldGet2(this, _HashStreamValidator_md5Hash, "f")) {
      return __classPrivateFieldGet2(this, _HashStreamValidator_md5Digest, "f") === check;
    }
    return false;
  }
};
_HashStreamValidator_crc32cHash = /* @__PURE__ */ new WeakMap(), _HashStreamValidator_md5Hash = /* @__PURE__ */ new WeakMap(), _HashStreamValidator_md5Digest = /* @__PURE__ */ new WeakMap();

// node_modules/@google-cloud/storage/build/esm/src/resumable-upload.js
var __classPrivateFieldSet3 = function(receiver, state, value, kind, f) {
  if (kind === "m") throw new TypeError("Private method is not writable");
  if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
  if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
  return kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value), value;
};
var __classPrivateFieldGet3 = function(receiver, state, kind, f) {
  if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
  if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
  return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
};
var _Upload_instances;
var _Upload_hashValidator;
var _Upload_clientCrc32c;
var _Upload_clientMd5Hash;
var _Upload_gcclGcsCmd;
var _Upload_resetLocalBuffersCache;
var _Upload_addLocalBufferCache;
var _Upload_validateChecksum;
var _Upload_setHeader;
var _Upload_headersToObject;
var _Upload_applyChecksumHeaders;
var NOT_FOUND_STATUS_CODE = 404;
var RESUMABLE_INCOMPLETE_STATUS_CODE = 308;
var PROTOCOL_REGEX = /^(\w*):\/\//;
var Upload = class extends Writable {
  constructor(cfg) {
    var _a2;
    super(cfg);
    _Upload_instances.add(this);
    this.numBytesWritten = 0;
    this.numRetries = 0;
    this.currentInvocationId = {
      checkUploadStatus: crypto2.randomUUID(),
      chunk: crypto2.randomUUID(),
      uri: crypto2.randomUUID()
    };
    this.writeBuffers = [];
    this.numChunksReadInRequest = 0;
    _Upload_hashValidator.set(this, void 0);
    _Upload_clientCrc32c.set(this, void 0);
    _Upload_clientMd5Hash.set(this, void 0);
    this.localWriteCache = [];
    this.localWriteCacheByteLength = 0;
    this.upstreamEnded = false;
    _Upload_gcclGcsCmd.set(this, void 0);
    cfg = cfg || {};
    if (!cfg.bucket || !cfg.file) {
      throw new Error("A bucket and file name are required");
    }
    if (cfg.offset && !cfg.uri) {
      throw new RangeError("Cannot provide an `offset` without providing a `uri`");
    }
    if (cfg.isPartialUpload && !cfg.chunkSize) {
      throw new RangeError("Cannot set `isPartialUpload` without providing a `chunkSize`");
    }
    cfg.authConfig = cfg.authConfig || {};
    cfg.authConfig.scopes = [
      "https://www.googleapis.com/auth/devstorage.full_control"
    ];
    this.authClient = cfg.authClient || new import_google_auth_library3.GoogleAuth(cfg.authConfig);
    const universe = cfg.universeDomain || import_google_auth_library3.DEFAULT_UNIVERSE;
    this.apiEndpoint = `https://storage.${universe}`;
    if (cfg.apiEndpoint && cfg.apiEndpoint !== this.apiEndpoint) {
      this.apiEndpoint = this.sanitizeEndpoint(cfg.apiEndpoint);
      const hostname = new URL(this.apiEndpoint).hostname;
      const isDomain = hostname === universe;
      const isDefaultUniverseDomain = hostname === import_google_auth_library3.DEFAULT_UNIVERSE;
      const isSubDomainOfUniverse = hostname.slice(-(universe.length + 1)) === `.${universe}`;
      const isSubDomainOfDefaultUniverse = hostname.slice(-(import_google_auth_library3.DEFAULT_UNIVERSE.length + 1)) === `.${import_google_auth_library3.DEFAULT_UNIVERSE}`;
      if (!isDomain && !isDefaultUniverseDomain && !isSubDomainOfUniverse && !isSubDomainOfDefaultUniverse) {
        if (cfg.useAuthWithCustomEndpoint !== true) {
          this.authClient = src_exports;
        }
      }
    }
    this.baseURI = `${this.apiEndpoint}/upload/storage/v1/b`;
    this.bucket = cfg.bucket;
    const cacheKeyElements = [cfg.bucket, cfg.file];
    if (typeof cfg.generation === "number") {
      cacheKeyElements.push(`${cfg.generation}`);
    }
    this.cacheKey = cacheKeyElements.join("/");
    this.customRequestOptions = cfg.customRequestOptions || {};
    this.file = cfg.file;
    this.generation = cfg.generation;
    this.kmsKeyName = cfg.kmsKeyName;
    this.metadata = cfg.metadata || {};
    this.offset = cfg.offset;
    this.origin = cfg.origin;
    this.params = cfg.params || {};
    this.userProject = cfg.userProject;
    this.chunkSize = cfg.chunkSize;
    this.retryOptions = cfg.retryOptions;
    this.isPartialUpload = (_a2 = cfg.isPartialUpload) !== null && _a2 !== void 0 ? _a2 : false;
    __classPrivateFieldSet3(this, _Upload_clientCrc32c, cfg.clientCrc32c, "f");
    __classPrivateFieldSet3(this, _Upload_clientMd5Hash, cfg.clientMd5Hash, "f");
    const calculateCrc32c = !cfg.clientCrc32c && cfg.crc32c;
    const calculateMd5 = !cfg.clientMd5Hash && cfg.md5;
    if (calculateCrc32c || calculateMd5) {
      __classPrivateFieldSet3(this, _Upload_hashValidator, new HashStreamValidator({
        crc32c: calculateCrc32c,
        md5: calculateMd5,
        updateHashesOnly: true
      }), "f");
    }
    if (cfg.key) {
      if (typeof cfg.key === "string") {
        const base64Key = Buffer.from(cfg.key).toString("base64");
        this.encryption = {
          key: base64Key,
          hash: createHash2("sha256").update(cfg.key).digest("base64")
        };
      } else {
        const base64Key = cfg.key.toString("base64");
        this.encryption = {
          key: base64Key,
          hash: createHash2("sha256").update(cfg.key).digest("base64")
        };
      }
    }
    this.predefinedAcl = cfg.predefinedAcl;
    if (cfg.private)
      this.predefinedAcl = "private";
    if (cfg.public)
      this.predefinedAcl = "publicRead";
    const autoRetry = cfg.retryOptions.autoRetry;
    this.uriProvidedManually = !!cfg.uri;
    this.uri = cfg.uri;
    if (this.offset) {
      this.numBytesWritten = this.offset;
    }
    this.numRetries = 0;
    if (!autoRetry) {
      cfg.retryOptions.maxRetries = 0;
    }
    this.timeOfFirstRequest = Date.now();
    const contentLength = cfg.metadata ? Number(cfg.metadata.contentLength) : NaN;
    this.contentLength = isNaN(contentLength) ? "*" : contentLength;
    __classPrivateFieldSet3(this, _Upload_gcclGcsCmd, cfg[GCCL_GCS_CMD_KEY], "f");
    this.once("writing", () => {
      if (this.uri) {
        this.continueUploading().catch((err) => this.destroy(err));
      } else {
        this.createURI((err) => {
          if (err) {
            this.destroy(err);
            return;
          }
          this.handleStartUploading();
        });
      }
    });
  }
  /**
   * Handle start uploading.
   * @private
   */
  handleStartUploading() {
    this.startUploading().catch((err) => this.destroy(err));
  }
  /**
   * Prevent 'finish' event until the upload has succeeded.
   *
   * @param fireFinishEvent The finish callback
   */
  _final(fireFinishEvent = () => {
  }) {
    this.upstreamEnded = true;
    this.once("uploadFinished", fireFinishEvent);
    process.nextTick(() => {
      this.emit("upstreamFinished");
      this.emit("writing");
    });
  }
  /**
   * Handles incoming data from upstream
   *
   * @param chunk The chunk to append to the buffer
   * @param encoding The encoding of the chunk
   * @param readCallback A callback for when the buffer has been read downstream
   */
  _write(chunk, encoding, readCallback = () => {
  }) {
    this.emit("writing");
    const bufferChunk = typeof chunk === "string" ? Buffer.from(chunk, encoding) : chunk;
    if (__classPrivateFieldGet3(this, _Upload_hashValidator, "f")) {
      try {
        __classPrivateFieldGet3(this, _Upload_hashValidator, "f").write(bufferChunk);
      } catch (e) {
        this.destroy(e);
        return;
      }
    }
    this.writeBuffers.push(bufferChunk);
    this.once("readFromChunkBuffer", readCallback);
    process.nextTick(() => this.emit("wroteToChunkBuffer"));
  }
  /**
   * Prepends the local buffer to write buffer and resets it.
   *
   * @param keepLastBytes number of bytes to keep from the end of the local buffer.
   */
  prependLocalBufferToUpstream(keepLastBytes) {
    let initialBuffers = [];
    if (keepLastBytes) {
      let bytesKept = 0;
      while (keepLastBytes > bytesKept) {
        let buf = this.localWriteCache.pop();
        if (!buf)
          break;
        bytesKept += buf.byteLength;
        if (bytesKept > keepLastBytes) {
          const diff = bytesKept - keepLastBytes;
          buf = buf.subarray(diff);
          bytesKept -= diff;
        }
        initialBuffers.unshift(buf);
      }
    } else {
      initialBuffers = this.localWriteCache;
    }
    const append = this.writeBuffers;
    this.writeBuffers = initialBuffers;
    for (const buf of append) {
      this.writeBuffers.push(buf);
    }
    __classPrivateFieldGet3(this, _Upload_instances, "m", _Upload_resetLocalBuffersCache).call(this);
  }
  /**
   * Retrieves data from upstream's buffer.
   *
   * @param limit The maximum amount to return from the buffer.
   */
  *pullFromChunkBuffer(limit) {
    while (limit) {
      const buf = this.writeBuffers.shift();
      if (!buf)
        break;
      let bufToYield = buf;
      if (buf.byteLength > limit) {
        bufToYield = buf.subarray(0, limit);
        this.writeBuffers.unshift(buf.subarray(limit));
        limit = 0;
      } else {
        limit -= buf.byteLength;
      }
      yield bufToYield;
      this.emit("readFromChunkBuffer");
    }
  }
  /**
   * A handler for determining if data is ready to be read from upstream.
   *
   * @returns If there will be more chunks to read in the future
   */
  async waitForNextChunk() {
    const willBeMoreChunks = await new Promise((resolve2) => {
      if (this.writeBuffers.length) {
        return resolve2(true);
      }
      if (this.upstreamEnded) {
        return resolve2(false);
      }
      const wroteToChunkBufferCallback = () => {
        removeListeners();
        return resolve2(true);
      };
      const upstreamFinishedCallback = () => {
        removeListeners();
        if (this.writeBuffers.length)
          return resolve2(true);
        return resolve2(false);
      };
      const removeListeners = () => {
        this.removeListener("wroteToChunkBuffer", wroteToChunkBufferCallback);
        this.removeListener("upstreamFinished", upstreamFinishedCallback);
      };
      this.once("wroteToChunkBuffer", wroteToChunkBufferCallback);
      this.once("upstreamFinished", upstreamFinishedCallback);
    });
    return willBeMoreChunks;
  }
  /**
   * Reads data from upstream up to the provided `limit`.
   * Ends when the limit has reached or no data is expected to be pushed from upstream.
   *
   * @param limit The most amount of data this iterator should return. `Infinity` by default.
   */
  async *upstreamIterator(limit = Infinity) {
    while (limit && await this.waitForNextChunk()) {
      for (const chunk of this.pullFromChunkBuffer(limit)) {
        limit -= chunk.byteLength;
        yield chunk;
      }
    }
  }
  createURI(callback) {
    if (!callback) {
      return this.createURIAsync();
    }
    void (async () => {
      try {
        const r = await this.createURIAsync();
        callback(null, r);
      } catch (err) {
        callback(err);
      }
    })();
  }
  async createURIAsync() {
    var _a2;
    const metadata = { ...this.metadata };
    const headers = {};
    if (metadata.contentLength) {
      headers["X-Upload-Content-Length"] = metadata.contentLength.toString();
      delete metadata.contentLength;
    }
    if (metadata.contentType) {
      headers["X-Upload-Content-Type"] = metadata.contentType;
      delete metadata.contentType;
    }
    if (this.origin) {
      headers.Origin = this.origin;
    }
    const { headers: reqHeaders, idempotencyToken } = decorateHeaders({
      ...__classPrivateFieldGet3(this, _Upload_instances, "m", _Upload_headersToObject).call(this, (_a2 = this.customRequestOptions) === null || _a2 === void 0 ? void 0 : _a2.headers),
      ...headers
    }, {
      idempotencyToken: this.currentInvocationId.uri,
      gcclGcsCmd: __classPrivateFieldGet3(this, _Upload_gcclGcsCmd, "f")
    });
    this.currentInvocationId.uri = idempotencyToken;
    const reqOpts = {
      method: "POST",
      url: [this.baseURI, this.bucket, "o"].join("/"),
      params: Object.assign({
        name: this.file,
        uploadType: "resumable"
      }, this.params),
      data: metadata,
      headers: reqHeaders
    };
    if (metadata.contentLength) {
      __classPrivateFieldGet3(this, _Upload_instances, "m", _Upload_setHeader).call(this, reqOpts.headers, "X-Upload-Content-Length", metadata.contentLength.toString());
    }
    if (metadata.contentType) {
      __classPrivateFieldGet3(this, _Upload_instances, "m", _Upload_setHeader).call(this, reqOpts.headers, "X-Upload-Content-Type", metadata.contentType);
    }
    if (typeof this.generation !== "undefined") {
      reqOpts.params.ifGenerationMatch = this.generation;
    }
    if (this.kmsKeyName) {
      reqOpts.params.kmsKeyName = this.kmsKeyName;
    }
    if (this.predefinedAcl) {
      reqOpts.params.predefinedAcl = this.predefinedAcl;
    }
    if (this.origin) {
      __classPrivateFieldGet3(this, _Upload_instances, "m", _Upload_setHeader).call(this, reqOpts.headers, "Origin", this.origin);
    }
    const uri = await (0, import_async_retry.default)(async (bail) => {
      var _a3, _b, _c;
      try {
        const res = await this.makeRequest(reqOpts);
        this.currentInvocationId.uri = crypto2.randomUUID();
        const respHeaders = new Headers(res.headers);
        return respHeaders.get("location");
      } catch (err) {
        const e = err;
        const apiError = {
          code: (_a3 = e.response) === null || _a3 === void 0 ? void 0 : _a3.status,
          name: (_b = e.response) === null || _b === void 0 ? void 0 : _b.statusText,
          message: (_c = e.response) === null || _c === void 0 ? void 0 : _c.statusText,
          errors: [
            {
              reason: e.code
            }
          ]
        };
        if (this.retryOptions.maxRetries > 0 && this.retryOptions.retryableErrorFn(apiError)) {
          throw e;
        } else {
          return bail(e);
        }
      }
    }, {
      retries: this.retryOptions.maxRetries,
      factor: this.retryOptions.retryDelayMultiplier,
      maxTimeout: this.retryOptions.maxRetryDelay * 1e3,
      //convert to milliseconds
      maxRetryTime: this.retryOptions.totalTimeout * 1e3
      //convert to milliseconds
    });
    this.uri = uri;
    this.offset = 0;
    this.emit("uri", uri);
    return uri;
  }
  async continueUploading() {
    var _a2;
    (_a2 = this.offset) !== null && _a2 !== void 0 ? _a2 : await this.getAndSetOffset();
    return this.startUploading();
  }
  async startUploading() {
    var _a2;
    const multiChunkMode = !!this.chunkSize;
    let responseReceived = false;
    this.numChunksReadInRequest = 0;
    if (!this.offset) {
      this.offset = 0;
    }
    if (this.offset < this.numBytesWritten) {
      const delta = this.numBytesWritten - this.offset;
      const message = `The offset is lower than the number of bytes written. The server has ${this.offset} bytes and while ${this.numBytesWritten} bytes has been uploaded - thus ${delta} bytes are missing. Stopping as this could result in data loss. Initiate a new upload to continue.`;
      this.emit("error", new RangeError(message));
      return;
    }
    if (this.numBytesWritten < this.offset) {
      const fastForwardBytes = this.offset - this.numBytesWritten;
      for await (const _chunk of this.upstreamIterator(fastForwardBytes)) {
        _chunk;
      }
      this.numBytesWritten = this.offset;
    }
    let expectedUploadSize = void 0;
    if (typeof this.contentLength === "number") {
      expectedUploadSize = this.contentLength - this.numBytesWritten;
    }
    if (this.chunkSize) {
      expectedUploadSize = expectedUploadSize ? Math.min(this.chunkSize, expectedUploadSize) : this.chunkSize;
    }
    const upstreamQueue = this.upstreamIterator(expectedUploadSize);
    const requestStream = new Readable2({
      read: async () => {
        if (responseReceived)
          requestStream.push(null);
        const result = await upstreamQueue.next();
        if (result.value) {
          this.numChunksReadInRequest++;
          if (multiChunkMode) {
            __classPrivateFieldGet3(this, _Upload_instances, "m", _Upload_addLocalBufferCache).call(this, result.value);
          } else {
            __classPrivateFieldGet3(this, _Upload_instances, "m", _Upload_resetLocalBuffersCache).call(this);
            __classPrivateFieldGet3(this, _Upload_instances, "m", _Upload_addLocalBufferCache).call(this, result.value);
          }
          this.numBytesWritten += result.value.byteLength;
          this.emit("progress", {
            bytesWritten: this.numBytesWritten,
            contentLength: this.contentLength
          });
          requestStream.push(result.value);
        }
        if (result.done) {
          requestStream.push(null);
        }
      }
    });
    const { headers, idempotencyToken } = decorateHeaders(__classPrivateFieldGet3(this, _Upload_instances, "m", _Upload_headersToObject).call(this, (_a2 = this.customRequestOptions) === null || _a2 === void 0 ? void 0 : _a2.headers), {
      idempotencyToken: this.currentInvocationId.chunk,
      gcclGcsCmd: __classPrivateFieldGet3(this, _Upload_gcclGcsCmd, "f")
    });
    this.currentInvocationId.chunk = idempotencyToken;
    if (multiChunkMode) {
      for await (const chunk of this.upstreamIterator(expectedUploadSize)) {
        __classPrivateFieldGet3(this, _Upload_instances, "m", _Upload_addLocalBufferCache).call(this, chunk);
      }
      const bytesToUpload = this.localWriteCacheByteLength;
      const isLastChunkOfUpload = !await this.waitForNextChunk();
      if (isLastChunkOfUpload && __classPrivateFieldGet3(this, _Upload_hashValidator, "f")) {
        __classPrivateFieldGet3(this, _Upload_hashValidator, "f").end();
      }
      this.prependLocalBufferToUpstream();
      let totalObjectSize = this.contentLength;
      if (typeof this.contentLength !== "number" && isLastChunkOfUpload && !this.isPartialUpload) {
        totalObjectSize = bytesToUpload + this.numBytesWritten;
      }
      const endingByte = bytesToUpload + this.numBytesWritten - 1;
      headers["Content-Length"] = bytesToUpload;
      headers["Content-Range"] = `bytes ${this.offset}-${endingByte}/${totalObjectSize}`;
      if (isLastChunkOfUpload) {
        __classPrivateFieldGet3(this, _Upload_instances, "m", _Upload_applyChecksumHeaders).call(this, headers);
      }
    } else {
      headers["Content-Range"] = `bytes ${this.offset}-*/${this.contentLength}`;
      if (__classPrivateFieldGet3(this, _Upload_hashValidator, "f")) {
        __classPrivateFieldGet3(this, _Upload_hashValidator, "f").end();
      }
      __classPrivateFieldGet3(this, _Upload_instances, "m", _Upload_applyChecksumHeaders).call(this, headers);
    }
    const reqOpts = {
      method: "PUT",
      url: this.uri,
      headers,
      body: requestStream
    };
    try {
      const resp = await this.makeRequestStream(reqOpts);
      if (resp) {
        responseReceived = true;
        await this.responseHandler(resp);
      }
    } catch (e) {
      const err = e;
      if (this.retryOptions.retryableErrorFn(err)) {
        this.attemptDelayedRetry({
          status: NaN,
          data: err
        });
        return;
      }
      this.destroy(err);
    }
  }
  // Process the API response to look for errors that came in
  // the response body.
  async responseHandler(resp) {
    var _a2, _b;
    if (resp.data.error) {
      this.destroy(resp.data.error);
      return;
    }
    const respHeaders = new Headers(resp.headers);
    this.currentInvocationId.chunk = crypto2.randomUUID();
    const moreDataToUpload = await this.waitForNextChunk();
    const shouldContinueWithNextMultiChunkRequest = this.chunkSize && resp.status === RESUMABLE_INCOMPLETE_STATUS_CODE && respHeaders.get("range") && moreDataToUpload;
    const shouldContinueUploadInAnotherRequest = this.isPartialUpload && resp.status === RESUMABLE_INCOMPLETE_STATUS_CODE && !moreDataToUpload;
    if (shouldContinueWithNextMultiChunkRequest) {
      const range = respHeaders.get("range");
      this.offset = Number(range.split("-")[1]) + 1;
      const missingBytes = this.numBytesWritten - this.offset;
      if (missingBytes) {
        this.prependLocalBufferToUpstream(missingBytes);
        this.numBytesWritten -= missingBytes;
      } else {
        __classPrivateFieldGet3(this, _Upload_instances, "m", _Upload_resetLocalBuffersCache).call(this);
      }
      this.continueUploading().catch((err) => this.destroy(err));
    } else if (!this.isSuccessfulResponse(resp.status) && !shouldContinueUploadInAnotherRequest) {
      const err = new Error("Upload failed");
      err.code = resp.status;
      err.name = "Upload failed";
      if (resp === null || resp === void 0 ? void 0 : resp.data) {
        err.errors = [resp === null || resp === void 0 ? void 0 : resp.data];
      }
      this.destroy(err);
    } else if (this.isSuccessfulResponse(resp.status)) {
      const serverCrc32c = resp.data.crc32c;
      const serverMd5 = resp.data.md5Hash;
      if (__classPrivateFieldGet3(this, _Upload_hashValidator, "f")) {
        __classPrivateFieldGet3(this, _Upload_hashValidator, "f").end();
      }
      const clientCrc32cToValidate = ((_a2 = __classPrivateFieldGet3(this, _Upload_hashValidator, "f")) === null || _a2 === void 0 ? void 0 : _a2.crc32c) || __classPrivateFieldGet3(this, _Upload_clientCrc32c, "f");
      const clientMd5HashToValidate = ((_b = __classPrivateFieldGet3(this, _Upload_hashValidator, "f")) === null || _b === void 0 ? void 0 : _b.md5Digest) || __classPrivateFieldGet3(this, _Upload_clientMd5Hash, "f");
      if (__classPrivateFieldGet3(this, _Upload_instances, "m", _Upload_validateChecksum).call(this, clientCrc32cToValidate, serverCrc32c, "CRC32C") || __classPrivateFieldGet3(this, _Upload_instances, "m", _Upload_validateChecksum).call(this, clientMd5HashToValidate, serverMd5, "MD5")) {
        return;
      }
      __classPrivateFieldGet3(this, _Upload_instances, "m", _Upload_resetLocalBuffersCache).call(this);
      if (resp && resp.data) {
        resp.data.size = Number(resp.data.size);
      }
      this.emit("metadata", resp.data);
      this.emit("uploadFinished");
    } else {
      this.emit("uploadFinished");
    }
  }
  /**
   * Check the status of an existing resumable upload.
   *
   * @param cfg A configuration to use. `uri` is required.
   * @returns the current upload status
   */
  async checkUploadStatus(config = {}) {
    var _a2;
    const localHeaders = {
      ...__classPrivateFieldGet3(this, _Upload_instances, "m", _Upload_headersToObject).call(this, (_a2 = this.customRequestOptions) === null || _a2 === void 0 ? void 0 : _a2.headers),
      "Content-Length": 0,
      "Content-Range": "bytes */*"
    };
    const { headers: reqHeaders, idempotencyToken } = decorateHeaders(localHeaders, {
      idempotencyToken: this.currentInvocationId.checkUploadStatus,
      gcclGcsCmd: __classPrivateFieldGet3(this, _Upload_gcclGcsCmd, "f")
    });
    this.currentInvocationId.checkUploadStatus = idempotencyToken;
    const opts = {
      method: "PUT",
      url: this.uri,
      headers: reqHeaders
    };
    try {
      const resp = await this.makeRequest(opts);
      this.currentInvocationId.checkUploadStatus = crypto2.randomUUID();
      return resp;
    } catch (e) {
      if (config.retry === false || !(e instanceof Error) || !this.retryOptions.retryableErrorFn(e)) {
        throw e;
      }
      const retryDelay = this.getRetryDelay();
      if (retryDelay <= 0) {
        throw e;
      }
      await new Promise((resolve2) => setTimeout(resolve2, retryDelay));
      return this.checkUploadStatus(config);
    }
  }
  async getAndSetOffset() {
    try {
      const resp = await this.checkUploadStatus({ retry: false });
      if (resp.status === RESUMABLE_INCOMPLETE_STATUS_CODE) {
        const respHeaders = new Headers(resp.headers);
        if (typeof respHeaders.get("range") === "string") {
          this.offset = Number(respHeaders.get("range").split("-")[1]) + 1;
          return;
        }
      }
      this.offset = 0;
    } catch (e) {
      const err = e;
      if (this.retryOptions.retryableErrorFn(err)) {
        this.attemptDelayedRetry({
          status: NaN,
          data: err
        });
        return;
      }
      this.destroy(err);
    }
  }
  async makeRequest(reqOpts) {
    if (this.encryption) {
      reqOpts.headers = reqOpts.headers || {};
      __classPrivateFieldGet3(this, _Upload_instances, "m", _Upload_setHeader).call(this, reqOpts.headers, "x-goog-encryption-algorithm", "AES256");
      __classPrivateFieldGet3(this, _Upload_instances, "m", _Upload_setHeader).call(this, reqOpts.headers, "x-goog-encryption-key", this.encryption.key.toString());
      __classPrivateFieldGet3(this, _Upload_instances, "m", _Upload_setHeader).call(this, reqOpts.headers, "x-goog-encryption-key-sha256", this.encryption.hash.toString());
    }
    if (this.userProject) {
      reqOpts.params = reqOpts.params || {};
      reqOpts.params.userProject = this.userProject;
    }
    reqOpts.validateStatus = (status) => {
      return this.isSuccessfulResponse(status) || status === RESUMABLE_INCOMPLETE_STATUS_CODE;
    };
    const combinedReqOpts = {
      ...this.customRequestOptions,
      ...reqOpts,
      headers: {
        ...__classPrivateFieldGet3(this, _Upload_instances, "m", _Upload_headersToObject).call(this, this.customRequestOptions.headers),
        ...__classPrivateFieldGet3(this, _Upload_instances, "m", _Upload_headersToObject).call(this, reqOpts.headers)
      }
    };
    if (combinedReqOpts.headers) {
      const headers = combinedReqOpts.headers;
      const userTokenKey = Object.keys(headers).find((key) => key.toLowerCase() === "x-goog-gcs-idempotency-token");
      const userTokenValue = userTokenKey ? headers[userTokenKey] : void 0;
      const hasValidUserToken = typeof userTokenValue === "string" && userTokenValue.trim() !== "";
      if (!hasValidUserToken && userTokenKey) {
        delete headers[userTokenKey];
      }
    }
    const res = await this.authClient.request(combinedReqOpts);
    if (res.data && res.data.error) {
      throw res.data.error;
    }
    return res;
  }
  async makeRequestStream(reqOpts) {
    const controller = new AbortController();
    const errorCallback = () => controller.abort();
    this.once("error", errorCallback);
    if (this.userProject) {
      reqOpts.params = reqOpts.params || {};
      reqOpts.params.userProject = this.userProject;
    }
    reqOpts.signal = controller.signal;
    reqOpts.validateStatus = () => true;
    const combinedReqOpts = {
      ...this.customRequestOptions,
      ...reqOpts,
      headers: {
        ...__classPrivateFieldGet3(this, _Upload_instances, "m", _Upload_headersToObject).call(this, this.customRequestOptions.headers),
        ...__classPrivateFieldGet3(this, _Upload_instances, "m", _Upload_headersToObject).call(this, reqOpts.headers)
      }
    };
    if (combinedReqOpts.headers) {
      const headers = combinedReqOpts.headers;
      const userTokenKey = Object.keys(headers).find((key) => key.toLowerCase() === "x-goog-gcs-idempotency-token");
      const userTokenValue = userTokenKey ? headers[userTokenKey] : void 0;
      const hasValidUserToken = typeof userTokenValue === "string" && userTokenValue.trim() !== "";
      if (!hasValidUserToken && userTokenKey) {
        delete headers[userTokenKey];
      }
    }
    const res = await this.authClient.request(combinedReqOpts);
    const successfulRequest = this.onResponse(res);
    this.removeListener("error", errorCallback);
    return successfulRequest ? res : null;
  }
  /**
   * @return {bool} is the request good?
   */
  onResponse(resp) {
    if (resp.status !== 200 && this.retryOptions.retryableErrorFn({
      code: resp.status,
      message: resp.statusText,
      name: resp.statusText
    })) {
      this.attemptDelayedRetry(resp);
      return false;
    }
    this.emit("response", resp);
    return true;
  }
  /**
   * @param resp GaxiosResponse object from previous attempt
   */
  attemptDelayedRetry(resp) {
    if (this.numRetries < this.retryOptions.maxRetries) {
      if (resp.status === NOT_FOUND_STATUS_CODE && this.numChunksReadInRequest === 0) {
        this.startUploading().catch((err) => this.destroy(err));
      } else {
        const retryDelay = this.getRetryDelay();
        if (retryDelay <= 0) {
          this.destroy(buildRetryError("Retry total time limit exceeded", resp));
          return;
        }
        this.numBytesWritten -= this.localWriteCacheByteLength;
        this.prependLocalBufferToUpstream();
        this.offset = void 0;
        setTimeout(this.continueUploading.bind(this), retryDelay);
      }
      this.numRetries++;
    } else {
      this.destroy(buildRetryError("Retry limit exceeded", resp));
    }
  }
  /**
   * The amount of time to wait before retrying the request, in milliseconds.
   * If negative, do not retry.
   *
   * @returns the amount of time to wait, in milliseconds.
   */
  getRetryDelay() {
    const randomMs = Math.round(Math.random() * 1e3);
    const waitTime = Math.pow(this.retryOptions.retryDelayMultiplier, this.numRetries) * 1e3 + randomMs;
    const maxAllowableDelayMs = this.retryOptions.totalTimeout * 1e3 - (Date.now() - this.timeOfFirstRequest);
    const maxRetryDelayMs = this.retryOptions.maxRetryDelay * 1e3;
    return Math.min(waitTime, maxRetryDelayMs, maxAllowableDelayMs);
  }
  /*
   * Prepare user-defined API endpoint for compatibility with our API.
   */
  sanitizeEndpoint(url2) {
    if (!PROTOCOL_REGEX.test(url2)) {
      url2 = `https://${url2}`;
    }
    return url2.replace(/\/+$/, "");
  }
  /**
   * Check if a given status code is 2xx
   *
   * @param status The status code to check
   * @returns if the status is 2xx
   */
  isSuccessfulResponse(status) {
    return status >= 200 && status < 300;
  }
};
_Upload_hashValidator = /* @__PURE__ */ new WeakMap(), _Upload_clientCrc32c = /* @__PURE__ */ new WeakMap(), _Upload_clientMd5Hash = /* @__PURE__ */ new WeakMap(), _Upload_gcclGcsCmd = /* @__PURE__ */ new WeakMap(), _Upload_instances = /* @__PURE__ */ new WeakSet(), _Upload_resetLocalBuffersCache = function _Upload_resetLocalBuffersCache2() {
  this.localWriteCache = [];
  this.localWriteCacheByteLength = 0;
}, _Upload_addLocalBufferCache = function _Upload_addLocalBufferCache2(buf) {
  this.localWriteCache.push(buf);
  this.localWriteCacheByteLength += buf.byteLength;
}, _Upload_validateChecksum = function _Upload_validateChecksum2(clientHash, serverHash, hashType) {
  if (clientHash && serverHash) {
    if (clientHash !== serverHash) {
      const detailMessage = `${hashType} checksum mismatch. Client calculated: ${clientHash}, Server returned: ${serverHash}`;
      const detailError = new Error(detailMessage);
      const error = new RequestError(FileExceptionMessages.UPLOAD_MISMATCH);
      error.code = "FILE_NO_UPLOAD";
      error.errors = [detailError];
      this.destroy(error);
      return true;
    }
  }
  return false;
}, _Upload_setHeader = function _Upload_setHeader2(headers, key, value) {
  if (!headers) {
    return;
  }
  if (headers instanceof Headers) {
    headers.set(key, value);
  } else if (Array.isArray(headers)) {
    headers.push([key, value]);
  } else {
    headers[key] = value;
  }
}, _Upload_headersToObject = function _Upload_headersToObject2(headers) {
  if (!headers) {
    return {};
  }
  if (headers instanceof Headers) {
    return Object.assign(Object.fromEntries(headers.entries()), headers);
  }
  if (Array.isArray(headers)) {
    return Object.fromEntries(headers);
  }
  return { ...headers };
}, _Upload_applyChecksumHeaders = function _Upload_applyChecksumHeaders2(headers) {
  var _a2, _b;
  const checksums = [];
  if ((_a2 = __classPrivateFieldGet3(this, _Upload_hashValidator, "f")) === null || _a2 === void 0 ? void 0 : _a2.crc32cEnabled) {
    checksums.push(`crc32c=${__classPrivateFieldGet3(this, _Upload_hashValidator, "f").crc32c}`);
  } else if (__classPrivateFieldGet3(this, _Upload_clientCrc32c, "f")) {
    checksums.push(`crc32c=${__classPrivateFieldGet3(this, _Upload_clientCrc32c, "f")}`);
  }
  if ((_b = __classPrivateFieldGet3(this, _Upload_hashValidator, "f")) === null || _b === void 0 ? void 0 : _b.md5Enabled) {
    checksums.push(`md5=${__classPrivateFieldGet3(this, _Upload_hashValidator, "f").md5Digest}`);
  } else if (__classPrivateFieldGet3(this, _Upload_clientMd5Hash, "f")) {
    checksums.push(`md5=${__classPrivateFieldGet3(this, _Upload_clientMd5Hash, "f")}`);
  }
  if (checksums.length > 0 && headers) {
    __classPrivateFieldGet3(this, _Upload_instances, "m", _Upload_setHeader).call(this, headers, "X-Goog-Hash", checksums.join(","));
  }
};
function buildRetryError(prefix, resp) {
  var _a2, _b, _c, _d;
  const parts = [];
  if (typeof resp.status === "number" && !isNaN(resp.status)) {
    parts.push(`status: ${resp.status}`);
  }
  const err = resp.data;
  if (err !== void 0 && err !== null) {
    if (typeof err === "object") {
      const gaxiosErrLike = err;
      const errParts = [];
      if (gaxiosErrLike.message) {
        errParts.push(String(gaxiosErrLike.message));
      }
      const status = (_a2 = gaxiosErrLike.status) !== null && _a2 !== void 0 ? _a2 : (_b = gaxiosErrLike.response) === null || _b === void 0 ? void 0 : _b.status;
      if (typeof status === "number" && !isNaN(status) && status !== resp.status) {
        errParts.push(`status: ${status}`);
      }
      const statusText = (_c = gaxiosErrLike.response) === null || _c === void 0 ? void 0 : _c.statusText;
      if (statusText) {
        errParts.push(`statusText: ${statusText}`);
      }
      const responseData = (_d = gaxiosErrLike.response) === null || _d === void 0 ? void 0 : _d.data;
      if (responseData !== void 0 && responseData !== null && responseData !== "") {
        errParts.push(`response: ${typeof responseData === "object" ? JSON.stringify(responseData) : responseData}`);
      }
      if (gaxiosErrLike.code) {
        errParts.push(`code: ${String(gaxiosErrLike.code)}`);
      }
      if (errParts.length > 0) {
        parts.push(...errParts);
      } else if (err instanceof Error) {
        parts.push(err.toString() || err.name || "Unknown Error");
      } else {
        const stringified = JSON.stringify(err);
        if (stringified && stringified !== "{}") {
          parts.push(stringified);
        }
      }
    } else if (typeof err === "string") {
      if (err !== "") {
        parts.push(err);
      }
    } else {
      parts.push(String(err));
    }
  }
  const suffix = parts.join(" - ");
  return new Error(`${prefix} - ${suffix || "Unknown Error"}`);
}
function upload(cfg) {
  return new Upload(cfg);
}
function createURI(cfg, callback) {
  const up = new Upload(cfg);
  if (!callback) {
    return up.createURI();
  }
  void (async () => {
    try {
      const r = await up.createURI();
      callback(null, r);
    } catch (err) {
      callback(err);
    }
  })();
}

// node_modules/@google-cloud/storage/build/esm/src/file.js
import { Writable as Writable2, pipeline } from "stream";
import * as zlib from "zlib";

// node_modules/@google-cloud/storage/build/esm/src/signer.js
import * as crypto3 from "crypto";
import * as url from "url";
var SignerExceptionMessages;
(function(SignerExceptionMessages2) {
  SignerExceptionMessages2["ACCESSIBLE_DATE_INVALID"] = "The accessible at date provided was invalid.";
  SignerExceptionMessages2["EXPIRATION_BEFORE_ACCESSIBLE_DATE"] = "An expiration date cannot be before accessible date.";
  SignerExceptionMessages2["X_GOOG_CONTENT_SHA256"] = "The header X-Goog-Content-SHA256 must be a hexadecimal string.";
})(SignerExceptionMessages || (SignerExceptionMessages = {}));
var DEFAULT_SIGNING_VERSION = "v2";
var SEVEN_DAYS = 7 * 24 * 60 * 60;
var URLSigner = class {
  constructor(auth, bucket, file, storage = new Storage()) {
    this.auth = auth;
    this.bucket = bucket;
    this.file = file;
    this.storage = storage;
  }
  getSignedUrl(cfg) {
    const expiresInSeconds = this.parseExpires(cfg.expires);
    const method = cfg.method;
    const accessibleAtInSeconds = this.parseAccessibleAt(cfg.accessibleAt);
    if (expiresInSeconds < accessibleAtInSeconds) {
      throw new Error(SignerExceptionMessages.EXPIRATION_BEFORE_ACCESSIBLE_DATE);
    }
    let customHost;
    const isVirtualHostedStyle = cfg.virtualHostedStyle || false;
    if (cfg.cname) {
      customHost = cfg.cname;
    } else if (isVirtualHostedStyle) {
      customHost = `https://${this.bucket.name}.storage.${this.storage.universeDomain}`;
    }
    const secondsToMilliseconds = 1e3;
    const config = Object.assign({}, cfg, {
      method,
      expiration: expiresInSeconds,
      accessibleAt: new Date(secondsToMilliseconds * accessibleAtInSeconds),
      bucket: this.bucket.name,
      file: this.file ? encodeURI(this.file.name, false) : void 0
    });
    if (customHost) {
      config.cname = customHost;
    }
    const version = cfg.version || DEFAULT_SIGNING_VERSION;
    let promise;
    if (version === "v2") {
      promise = this.getSignedUrlV2(config);
    } else if (version === "v4") {
      promise = this.getSignedUrlV4(config);
    } else {
      throw new Error(`Invalid signed URL version: ${version}. Supported versions are 'v2' and 'v4'.`);
    }
    return promise.then((query) => {
      var _a2;
      query = Object.assign(query, cfg.queryParams);
      const signedUrl = new url.URL(((_a2 = cfg.host) === null || _a2 === void 0 ? void 0 : _a2.toString()) || config.cname || this.storage.apiEndpoint);
      signedUrl.pathname = this.getResourcePath(!!config.cname, this.bucket.name, config.file);
      signedUrl.search = qsStringify(query);
      return signedUrl.href;
    });
  }
  getSignedUrlV2(config) {
    const canonicalHeadersString = this.getCanonicalHeaders(config.extensionHeaders || {});
    const resourcePath = this.getResourcePath(false, config.bucket, config.file);
    const blobToSign = [
      config.method,
      config.contentMd5 || "",
      config.contentType || "",
      config.expiration,
      canonicalHeadersString + resourcePath
    ].join("\n");
    const sign = async () => {
      var _a2;
      const auth = this.auth;
      try {
        const signature = await auth.sign(blobToSign, (_a2 = config.signingEndpoint) === null || _a2 === void 0 ? void 0 : _a2.toString());
        const credentials = await auth.getCredentials();
        return {
          GoogleAccessId: credentials.client_email,
          Expires: config.expiration,
          Signature: signature
        };
      } catch (err) {
        const error = err;
        const signingErr = new SigningError(error.message);
        signingErr.stack = error.stack;
        throw signingErr;
      }
    };
    return sign();
  }
  getSignedUrlV4(config) {
    var _a2;
    config.accessibleAt = config.accessibleAt ? config.accessibleAt : /* @__PURE__ */ new Date();
    const millisecondsToSeconds = 1 / 1e3;
    const expiresPeriodInSeconds = config.expiration - config.accessibleAt.valueOf() * millisecondsToSeconds;
    if (expiresPeriodInSeconds > SEVEN_DAYS) {
      throw new Error(`Max allowed expiration is seven days (${SEVEN_DAYS} seconds).`);
    }
    const extensionHeaders = Object.assign({}, config.extensionHeaders);
    const fqdn = new url.URL(((_a2 = config.host) === null || _a2 === void 0 ? void 0 : _a2.toString()) || config.cname || this.storage.apiEndpoint);
    extensionHeaders.host = fqdn.hostname;
    if (config.contentMd5) {
      extensionHeaders["content-md5"] = config.contentMd5;
    }
    if (config.contentType) {
      extensionHeaders["content-type"] = config.contentType;
    }
    let contentSha256;
    const sha256Header = extensionHeaders["x-goog-content-sha256"];
    if (sha256Header) {
      if (typeof sha256Header !== "string" || !/[A-Fa-f0-9]{40}/.test(sha256Header)) {
        throw new Error(SignerExceptionMessages.X_GOOG_CONTENT_SHA256);
      }
      contentSha256 = sha256Header;
    }
    const signedHeaders = Object.keys(extensionHeaders).map((header) => header.toLowerCase()).sort().join(";");
    const extensionHeadersString = this.getCanonicalHeaders(extensionHeaders);
    const datestamp = formatAsUTCISO(config.accessibleAt);
    const credentialScope = `${datestamp}/auto/storage/goog4_request`;
    const sign = async () => {
      var _a3;
      const credentials = await this.auth.getCredentials();
      const credential = `${credentials.client_email}/${credentialScope}`;
      const dateISO = formatAsUTCISO(config.accessibleAt ? config.accessibleAt : /* @__PURE__ */ new Date(), true);
      const queryParams = {
        "X-Goog-Algorithm": "GOOG4-RSA-SHA256",
        "X-Goog-Credential": credential,
        "X-Goog-Date": dateISO,
        "X-Goog-Expires": expiresPeriodInSeconds.toString(10),
        "X-Goog-SignedHeaders": signedHeaders,
        ...config.queryParams || {}
      };
      const canonicalQueryParams = this.getCanonicalQueryParams(queryParams);
      const canonicalRequest = this.getCanonicalRequest(config.method, this.getResourcePath(!!config.cname, config.bucket, config.file), canonicalQueryParams, extensionHeadersString, signedHeaders, contentSha256);
      const hash = crypto3.createHash("sha256").update(canonicalRequest).digest("hex");
      const blobToSign = [
        "GOOG4-RSA-SHA256",
        dateISO,
        credentialScope,
        hash
      ].join("\n");
      try {
        const signature = await this.auth.sign(blobToSign, (_a3 = config.signingEndpoint) === null || _a3 === void 0 ? void 0 : _a3.toString());
        const signatureHex = Buffer.from(signature, "base64").toString("hex");
        const signedQuery = Object.assign({}, queryParams, {
          "X-Goog-Signature": signatureHex
        });
        return signedQuery;
      } catch (err) {
        const error = err;
        const signingErr = new SigningError(error.message);
        signingErr.stack = error.stack;
        throw signingErr;
      }
    };
    return sign();
  }
  /**
   * Create canonical headers for signing v4 url.
   *
   * The canonical headers for v4-signing a request demands header names are
   * first lowercased, followed by sorting the header names.
   * Then, construct the canonical headers part of the request:
   *  <lowercasedHeaderName> + ":" + Trim(<value>) + "\n"
   *  ..
   *  <lowercasedHeaderName> + ":" + Trim(<value>) + "\n"
   *
   * @param headers
   * @private
   */
  getCanonicalHeaders(headers) {
    const sortedHeaders = objectEntries(headers).map(([headerName, value]) => [
      headerName.toLowerCase(),
      value
    ]).sort((a, b) => a[0].localeCompare(b[0]));
    return sortedHeaders.filter(([, value]) => value !== void 0).map(([headerName, value]) => {
      const canonicalValue = `${value}`.trim().replace(/\s{2,}/g, " ");
      return `${headerName}:${canonicalValue}
`;
    }).join("");
  }
  getCanonicalRequest(method, path3, query, headers, signedHeaders, contentSha256) {
    return [
      method,
      path3,
      query,
      headers,
      signedHeaders,
      contentSha256 || "UNSIGNED-PAYLOAD"
    ].join("\n");
  }
  getCanonicalQueryParams(query) {
    return objectEntries(query).map(([key, value]) => [encodeURI(key, true), encodeURI(value, true)]).sort((a, b) => a[0] < b[0] ? -1 : 1).map(([key, value]) => `${key}=${value}`).join("&");
  }
  getResourcePath(cname, bucket, file) {
    if (cname) {
      return "/" + (file || "");
    } else if (file) {
      return `/${bucket}/${file}`;
    } else {
      return `/${bucket}`;
    }
  }
  parseExpires(expires, current = /* @__PURE__ */ new Date()) {
    const expiresInMSeconds = new Date(expires).valueOf();
    if (isNaN(expiresInMSeconds)) {
      throw new Error(ExceptionMessages.EXPIRATION_DATE_INVALID);
    }
    if (expiresInMSeconds < current.valueOf()) {
      throw new Error(ExceptionMessages.EXPIRATION_DATE_PAST);
    }
    return Math.floor(expiresInMSeconds / 1e3);
  }
  parseAccessibleAt(accessibleAt) {
    const accessibleAtInMSeconds = new Date(accessibleAt || /* @__PURE__ */ new Date()).valueOf();
    if (isNaN(accessibleAtInMSeconds)) {
      throw new Error(SignerExceptionMessages.ACCESSIBLE_DATE_INVALID);
    }
    return Math.floor(accessibleAtInMSeconds / 1e3);
  }
};
var SigningError = class extends Error {
  constructor() {
    super(...arguments);
    this.name = "SigningError";
  }
};

// node_modules/@google-cloud/storage/build/esm/src/file.js
var import_duplexify2 = __toESM(require_duplexify(), 1);
var import_async_retry2 = __toESM(require_lib(), 1);
var __classPrivateFieldGet4 = function(receiver, state, kind, f) {
  if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
  if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
  return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
};
var _File_instances;
var _File_validateIntegrity;
var ActionToHTTPMethod;
(function(ActionToHTTPMethod2) {
  ActionToHTTPMethod2["read"] = "GET";
  ActionToHTTPMethod2["write"] = "PUT";
  ActionToHTTPMethod2["delete"] = "DELETE";
  ActionToHTTPMethod2["resumable"] = "POST";
})(ActionToHTTPMethod || (ActionToHTTPMethod = {}));
var GS_URL_REGEXP = /^gs:\/\/([a-z0-9_.-]+)\/(.+)$/;
var COMPRESSIBLE_MIME_REGEX = new RegExp([
  /^text\/|application\/ecmascript|application\/javascript|application\/json/,
  /|application\/postscript|application\/rtf|application\/toml|application\/vnd.dart/,
  /|application\/vnd.ms-fontobject|application\/wasm|application\/x-httpd-php|application\/x-ns-proxy-autoconfig/,
  /|application\/x-sh(?!ockwave-flash)|application\/x-tar|application\/x-virtualbox-hdd|application\/x-virtualbox-ova|application\/x-virtualbox-ovf/,
  /|^application\/x-virtualbox-vbox$|application\/x-virtualbox-vdi|application\/x-virtualbox-vhd|application\/x-virtualbox-vmdk/,
  /|application\/xml|application\/xml-dtd|font\/otf|font\/ttf|image\/bmp|image\/vnd.adobe.photoshop|image\/vnd.microsoft.icon/,
  /|image\/vnd.ms-dds|image\/x-icon|image\/x-ms-bmp|message\/rfc822|model\/gltf-binary|\+json|\+text|\+xml|\+yaml/
].map((r) => r.source).join(""), "i");
var SkipReason;
(function(SkipReason2) {
  SkipReason2["PATH_TRAVERSAL"] = "PATH_TRAVERSAL";
  SkipReason2["ILLEGAL_CHARACTER"] = "ILLEGAL_CHARACTER";
  SkipReason2["ALREADY_EXISTS"] = "ALREADY_EXISTS";
  SkipReason2["DOWNLOAD_ERROR"] = "DOWNLOAD_ERROR";
})(SkipReason || (SkipReason = {}));
var RequestError = class extends Error {
};
var SEVEN_DAYS2 = 7 * 24 * 60 * 60;
var GS_UTIL_URL_REGEX = /(gs):\/\/([a-z0-9_.-]+)\/(.+)/g;
var HTTPS_PUBLIC_URL_REGEX = /(https):\/\/(storage\.googleapis\.com)\/([a-z0-9_.-]+)\/(.+)/g;
var FileExceptionMessages;
(function(FileExceptionMessages2) {
  FileExceptionMessages2["EXPIRATION_TIME_NA"] = "An expiration time is not available.";
  FileExceptionMessages2["DESTINATION_NO_NAME"] = "Destination file should have a name.";
  FileExceptionMessages2["INVALID_VALIDATION_FILE_RANGE"] = "Cannot use validation with file ranges (start/end).";
  FileExceptionMessages2["MD5_NOT_AVAILABLE"] = "MD5 verification was specified, but is not available for the requested object. MD5 is not available for composite objects.";
  FileExceptionMessages2["EQUALS_CONDITION_TWO_ELEMENTS"] = "Equals condition must be an array of 2 elements.";
  FileExceptionMessages2["STARTS_WITH_TWO_ELEMENTS"] = "StartsWith condition must be an array of 2 elements.";
  FileExceptionMessages2["CONTENT_LENGTH_RANGE_MIN_MAX"] = "ContentLengthRange must have numeric min & max fields.";
  FileExceptionMessages2["DOWNLOAD_MISMATCH"] = "The downloaded data did not match the data from the server. To be sure the content is the same, you should download the file again.";
  FileExceptionMessages2["UPLOAD_MISMATCH_DELETE_FAIL"] = "The uploaded data did not match the data from the server.\n    As a precaution, we attempted to delete the file, but it was not successful.\n    To be sure the content is the same, you should try removing the file manually,\n    then uploading the file again.\n    \n\nThe delete attempt failed with this message:\n\n  ";
  FileExceptionMessages2["UPLOAD_MISMATCH"] = "The uploaded data did not match the data from the server.\n    As a precaution, the file has been deleted.\n    To be sure the content is the same, you should try uploading the file again.";
  FileExceptionMessages2["MD5_RESUMED_UPLOAD"] = "MD5 cannot be used with a continued resumable upload as MD5 cannot be extended from an existing value";
  FileExceptionMessages2["MISSING_RESUME_CRC32C_FINAL_UPLOAD"] = "The CRC32C is missing for the final portion of a resumed upload, which is required for validation. Please provide `resumeCRC32C` if validation is required, or disable `validation`.";
})(FileExceptionMessages || (FileExceptionMessages = {}));
var File2 = class _File extends ServiceObject {
  /**
   * Cloud Storage uses access control lists (ACLs) to manage object and
   * bucket access. ACLs are the mechanism you use to share objects with other
   * users and allow other users to access your buckets and objects.
   *
   * An ACL consists of one or more entries, where each entry grants permissions
   * to an entity. Permissions define the actions that can be performed against
   * an object or bucket (for example, `READ` or `WRITE`); the entity defines
   * who the permission applies to (for example, a specific user or group of
   * users).
   *
   * The `acl` object on a File instance provides methods to get you a list of
   * the ACLs defined on your bucket, as well as set, update, and delete them.
   *
   * See {@link http://goo.gl/6qBBPO| About Access Control lists}
   *
   * @name File#acl
   * @mixes Acl
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const myBucket = storage.bucket('my-bucket');
   *
   * const file = myBucket.file('my-file');
   * //-
   * // Make a file publicly readable.
   * //-
   * const options = {
   *   entity: 'allUsers',
   *   role: storage.acl.READER_ROLE
   * };
   *
   * file.acl.add(options, function(err, aclObject) {});
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * file.acl.add(options).then(function(data) {
   *   const aclObject = data[0];
   *   const apiResponse = data[1];
   * });
   * ```
   */
  /**
   * The API-formatted resource description of the file.
   *
   * Note: This is not guaranteed to be up-to-date when accessed. To get the
   * latest record, call the `getMetadata()` method.
   *
   * @name File#metadata
   * @type {object}
   */
  /**
   * The file's name.
   * @name File#name
   * @type {string}
   */
  /**
   * @callback Crc32cGeneratorToStringCallback
   * A method returning the CRC32C as a base64-encoded string.
   *
   * @returns {string}
   *
   * @example
   * Hashing the string 'data' should return 'rth90Q=='
   *
   * ```js
   * const buffer = Buffer.from('data');
   * crc32c.update(buffer);
   * crc32c.toString(); // 'rth90Q=='
   * ```
   **/
  /**
   * @callback Crc32cGeneratorValidateCallback
   * A method validating a base64-encoded CRC32C string.
   *
   * @param {string} [value] base64-encoded CRC32C string to validate
   * @returns {boolean}
   *
   * @example
   * Should return `true` if the value matches, `false` otherwise
   *
   * ```js
   * const buffer = Buffer.from('data');
   * crc32c.update(buffer);
   * crc32c.validate('DkjKuA=='); // false
   * crc32c.validate('rth90Q=='); // true
   * ```
   **/
  /**
   * @callback Crc32cGeneratorUpdateCallback
   * A method for passing `Buffer`s for CRC32C generation.
   *
   * @param {Buffer} [data] data to update CRC32C value with
   * @returns {undefined}
   *
   * @example
   * Hashing buffers from 'some ' and 'text\n'
   *
   * ```js
   * const buffer1 = Buffer.from('some ');
   * crc32c.update(buffer1);
   *
   * const buffer2 = Buffer.from('text\n');
   * crc32c.update(buffer2);
   *
   * crc32c.toString(); // 'DkjKuA=='
   * ```
   **/
  /**
   * @typedef {object} CRC32CValidator
   * @property {Crc32cGeneratorToStringCallback}
   * @property {Crc32cGeneratorValidateCallback}
   * @property {Crc32cGeneratorUpdateCallback}
   */
  /**
   * @callback Crc32cGeneratorCallback
   * @returns {CRC32CValidator}
   */
  /**
   * @typedef {object} FileOptions Options passed to the File constructor.
   * @property {string} [encryptionKey] A custom encryption key.
   * @property {number} [generation] Generation to scope the file to.
   * @property {string} [kmsKeyName] Cloud KMS Key used to encrypt this
   *     object, if the object is encrypted by such a key. Limited availability;
   *     usable only by enabled projects.
   * @property {string} [userProject] The ID of the project which will be
   *     billed for all requests made from File object.
   * @property {Crc32cGeneratorCallback} [callback] A function that generates a CRC32C Validator. Defaults to {@link CRC32C}
   */
  /**
   * Constructs a file object.
   *
   * @param {Bucket} bucket The Bucket instance this file is
   *     attached to.
   * @param {string} name The name of the remote file.
   * @param {FileOptions} [options] Configuration options.
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const myBucket = storage.bucket('my-bucket');
   *
   * const file = myBucket.file('my-file');
   * ```
   */
  constructor(bucket, name, options = {}) {
    var _a2, _b;
    const requestQueryObject = {};
    let generation;
    if (options.generation !== null) {
      if (typeof options.generation === "string") {
        generation = Number(options.generation);
      } else {
        generation = options.generation;
      }
      if (!isNaN(generation)) {
        requestQueryObject.generation = generation;
      }
    }
    Object.assign(requestQueryObject, options.preconditionOpts);
    const userProject = options.userProject || bucket.userProject;
    if (typeof userProject === "string") {
      requestQueryObject.userProject = userProject;
    }
    const methods = {
      /**
       * @typedef {array} DeleteFileResponse
       * @property {object} 0 The full API response.
       */
      /**
       * @callback DeleteFileCallback
       * @param {?Error} err Request error, if any.
       * @param {object} apiResponse The full API response.
       */
      /**
       * Delete the file.
       *
       * See {@link https://cloud.google.com/storage/docs/json_api/v1/objects/delete| Objects: delete API Documentation}
       *
       * @method File#delete
       * @param {object} [options] Configuration options.
       * @param {boolean} [options.ignoreNotFound = false] Ignore an error if
       *     the file does not exist.
       * @param {string} [options.userProject] The ID of the project which will be
       *     billed for the request.
       * @param {DeleteFileCallback} [callback] Callback function.
       * @returns {Promise<DeleteFileResponse>}
       *
       * @example
       * ```
       * const {Storage} = require('@google-cloud/storage');
       * const storage = new Storage();
       * const myBucket = storage.bucket('my-bucket');
       *
       * const file = myBucket.file('my-file');
       * file.delete(function(err, apiResponse) {});
       *
       * //-
       * // If the callback is omitted, we'll return a Promise.
       * //-
       * file.delete().then(function(data) {
       *   const apiResponse = data[0];
       * });
       *
       * ```
       * @example <caption>include:samples/files.js</caption>
       * region_tag:storage_delete_file
       * Another example:
       */
      delete: {
        reqOpts: {
          qs: requestQueryObject
        }
      },
      /**
       * @typedef {array} FileExistsResponse
       * @property {boolean} 0 Whether the {@link File} exists.
       */
      /**
       * @callback FileExistsCallback
       * @param {?Error} err Request error, if any.
       * @param {boolean} exists Whether the {@link File} exists.
       */
      /**
       * Check if the file exists.
       *
       * @method File#exists
       * @param {options} [options] Configuration options.
       * @param {string} [options.userProject] The ID of the project which will be
       *     billed for the request.
       * @param {FileExistsCallback} [callback] Callback function.
       * @returns {Promise<FileExistsResponse>}
       *
       * @example
       * ```
       * const {Storage} = require('@google-cloud/storage');
       * const storage = new Storage();
       * const myBucket = storage.bucket('my-bucket');
       *
       * const file = myBucket.file('my-file');
       *
       * file.exists(function(err, exists) {});
       *
       * //-
       * // If the callback is omitted, we'll return a Promise.
       * //-
       * file.exists().then(function(data) {
       *   const exists = data[0];
       * });
       * ```
       */
      exists: {
        reqOpts: {
          qs: requestQueryObject
        }
      },
      /**
       * @typedef {array} GetFileResponse
       * @property {File} 0 The {@link File}.
       * @property {object} 1 The full API response.
       */
      /**
       * @callback GetFileCallback
       * @param {?Error} err Request error, if any.
       * @param {File} file The {@link File}.
       * @param {object} apiResponse The full API response.
       */
      /**
       * Get a file object and its metadata if it exists.
       *
       * @method File#get
       * @param {options} [options] Configuration options.
       * @param {string} [options.userProject] The ID of the project which will be
       *     billed for the request.
       * @param {number} [options.generation] The generation number to get
       * @param {string} [options.restoreToken] If this is a soft-deleted object in an HNS-enabled bucket, returns the restore token which will
       *    be necessary to restore it if there's a name conflict with another object.
       * @param {boolean} [options.softDeleted] If true, returns the soft-deleted object.
            Object `generation` is required if `softDeleted` is set to True.
       * @param {GetFileCallback} [callback] Callback function.
       * @returns {Promise<GetFileResponse>}
       *
       * @example
       * ```
       * const {Storage} = require('@google-cloud/storage');
       * const storage = new Storage();
       * const myBucket = storage.bucket('my-bucket');
       *
       * const file = myBucket.file('my-file');
       *
       * file.get(function(err, file, apiResponse) {
       *   // file.metadata` has been populated.
       * });
       *
       * //-
       * // If the callback is omitted, we'll return a Promise.
       * //-
       * file.get().then(function(data) {
       *   const file = data[0];
       *   const apiResponse = data[1];
       * });
       * ```
       */
      get: {
        reqOpts: {
          qs: requestQueryObject
        }
      },
      /**
       * @typedef {array} GetFileMetadataResponse
       * @property {object} 0 The {@link File} metadata.
       * @property {object} 1 The full API response.
       */
      /**
       * @callback GetFileMetadataCallback
       * @param {?Error} err Request error, if any.
       * @param {object} metadata The {@link File} metadata.
       * @param {object} apiResponse The full API response.
       */
      /**
       * Get the file's metadata.
       *
       * See {@link https://cloud.google.com/storage/docs/json_api/v1/objects/get| Objects: get API Documentation}
       *
       * @method File#getMetadata
       * @param {object} [options] Configuration options.
       * @param {string} [options.userProject] The ID of the project which will be
       *     billed for the request.
       * @param {GetFileMetadataCallback} [callback] Callback function.
       * @returns {Promise<GetFileMetadataResponse>}
       *
       * @example
       * ```
       * const {Storage} = require('@google-cloud/storage');
       * const storage = new Storage();
       * const myBucket = storage.bucket('my-bucket');
       *
       * const file = myBucket.file('my-file');
       *
       * file.getMetadata(function(err, metadata, apiResponse) {});
       *
       * //-
       * // If the callback is omitted, we'll return a Promise.
       * //-
       * file.getMetadata().then(function(data) {
       *   const metadata = data[0];
       *   const apiResponse = data[1];
       * });
       *
       * ```
       * @example <caption>include:samples/files.js</caption>
       * region_tag:storage_get_metadata
       * Another example:
       */
      getMetadata: {
        reqOpts: {
          qs: requestQueryObject
        }
      },
      /**
       * @typedef {object} SetFileMetadataOptions Configuration options for File#setMetadata().
       * @param {string} [userProject] The ID of the project which will be billed for the request.
       */
      /**
       * @callback SetFileMetadataCallback
       * @param {?Error} err Request error, if any.
       * @param {object} apiResponse The full API response.
       */
      /**
       * @typedef {array} SetFileMetadataResponse
       * @property {object} 0 The full API response.
       */
      /**
       * Merge the given metadata with the current remote file's metadata. This
       * will set metadata if it was previously unset or update previously set
       * metadata. To unset previously set metadata, set its value to null.
       *
       * You can set custom key/value pairs in the metadata key of the given
       * object, however the other properties outside of this object must adhere
       * to the {@link https://goo.gl/BOnnCK| official API documentation}.
       *
       *
       * See the examples below for more information.
       *
       * See {@link https://cloud.google.com/storage/docs/json_api/v1/objects/patch| Objects: patch API Documentation}
       *
       * @method File#setMetadata
       * @param {object} [metadata] The metadata you wish to update.
       * @param {SetFileMetadataOptions} [options] Configuration options.
       * @param {SetFileMetadataCallback} [callback] Callback function.
       * @returns {Promise<SetFileMetadataResponse>}
       *
       * @example
       * ```
       * const {Storage} = require('@google-cloud/storage');
       * const storage = new Storage();
       * const myBucket = storage.bucket('my-bucket');
       *
       * const file = myBucket.file('my-file');
       *
       * const metadata = {
       *   contentType: 'application/x-font-ttf',
       *   metadata: {
       *     my: 'custom',
       *     properties: 'go here'
       *   }
       * };
       *
       * file.setMetadata(metadata, function(err, apiResponse) {});
       *
       * // Assuming current metadata = { hello: 'world', unsetMe: 'will do' }
       * file.setMetadata({
       *   metadata: {
       *     abc: '123', // will be set.
       *     unsetMe: null, // will be unset (deleted).
       *     hello: 'goodbye' // will be updated from 'world' to 'goodbye'.
       *   }
       * }, function(err, apiResponse) {
       *   // metadata should now be { abc: '123', hello: 'goodbye' }
       * });
       *
       * //-
       * // Set a temporary hold on this file from its bucket's retention period
       * // configuration.
       * //
       * file.setMetadata({
       *   temporaryHold: true
       * }, function(err, apiResponse) {});
       *
       * //-
       * // Alternatively, you may set a temporary hold. This will follow the
       * // same behavior as an event-based hold, with the exception that the
       * // bucket's retention policy will not renew for this file from the time
       * // the hold is released.
       * //-
       * file.setMetadata({
       *   eventBasedHold: true
       * }, function(err, apiResponse) {});
       *
       * //-
       * // If the callback is omitted, we'll return a Promise.
       * //-
       * file.setMetadata(metadata).then(function(data) {
       *   const apiResponse = data[0];
       * });
       * ```
       */
      setMetadata: {
        reqOpts: {
          qs: requestQueryObject
        }
      }
    };
    super({
      parent: bucket,
      baseUrl: "/o",
      id: encodeURIComponent(name),
      methods
    });
    _File_instances.add(this);
    this.bucket = bucket;
    this.storage = bucket.parent;
    if (options.generation !== null) {
      let generation2;
      if (typeof options.generation === "string") {
        generation2 = Number(options.generation);
      } else {
        generation2 = options.generation;
      }
      if (!isNaN(generation2)) {
        this.generation = generation2;
      }
    }
    this.kmsKeyName = options.kmsKeyName;
    this.userProject = userProject;
    this.name = name;
    if (options.encryptionKey !== void 0) {
      this.setEncryptionKey(options.encryptionKey);
    }
    this.acl = new Acl({
      request: this.request.bind(this),
      pathPrefix: "/acl"
    });
    this.crc32cGenerator = options.crc32cGenerator || this.bucket.crc32cGenerator;
    this.instanceRetryValue = (_b = (_a2 = this.storage) === null || _a2 === void 0 ? void 0 : _a2.retryOptions) === null || _b === void 0 ? void 0 : _b.autoRetry;
    this.instancePreconditionOpts = options === null || options === void 0 ? void 0 : options.preconditionOpts;
  }
  /**
   * The object's Cloud Storage URI (`gs://`)
   *
   * @example
   * ```ts
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const bucket = storage.bucket('my-bucket');
   * const file = bucket.file('image.png');
   *
   * // `gs://my-bucket/image.png`
   * const href = file.cloudStorageURI.href;
   * ```
   */
  get cloudStorageURI() {
    const uri = this.bucket.cloudStorageURI;
    uri.pathname = this.name;
    return uri;
  }
  /**
   * A helper method for determining if a request should be retried based on preconditions.
   * This should only be used for methods where the idempotency is determined by
   * `ifGenerationMatch`
   * @private
   *
   * A request should not be retried under the following conditions:
   * - if precondition option `ifGenerationMatch` is not set OR
   * - if `idempotencyStrategy` is set to `RetryNever`
   */
  shouldRetryBasedOnPreconditionAndIdempotencyStrat(options) {
    var _a2;
    return !((options === null || options === void 0 ? void 0 : options.ifGenerationMatch) === void 0 && ((_a2 = this.instancePreconditionOpts) === null || _a2 === void 0 ? void 0 : _a2.ifGenerationMatch) === void 0 && this.storage.retryOptions.idempotencyStrategy === IdempotencyStrategy.RetryConditional || this.storage.retryOptions.idempotencyStrategy === IdempotencyStrategy.RetryNever);
  }
  /**
   * @typedef {array} CopyResponse
   * @property {File} 0 The copied {@link File}.
   * @property {object} 1 The full API response.
   */
  /**
   * @callback CopyCallback
   * @param {?Error} err Request error, if any.
   * @param {File} copiedFile The copied {@link File}.
   * @param {object} apiResponse The full API response.
   */
  /**
   * @typedef {object} CopyOptions Configuration options for File#copy(). See an
   *     {@link https://cloud.google.com/storage/docs/json_api/v1/objects#resource| Object resource}.
   * @property {string} [cacheControl] The cacheControl setting for the new file.
   * @property {string} [contentEncoding] The contentEncoding setting for the new file.
   * @property {string} [contentType] The contentType setting for the new file.
   * @property {string} [destinationKmsKeyName] Resource name of the Cloud
   *     KMS key, of the form
   *     `projects/my-project/locations/location/keyRings/my-kr/cryptoKeys/my-key`,
   *     that will be used to encrypt the object. Overwrites the object
   * metadata's `kms_key_name` value, if any.
   * @property {string} [kmsKeyName] Resource name of the Cloud KMS key. Alias
   *     for `destinationKmsKeyName`.
   * @property {Metadata} [metadata] Metadata to specify on the copied file.
   * @property {string} [predefinedAcl] Set the ACL for the new file.
   * @property {string} [token] A previously-returned `rewriteToken` from an
   *     unfinished rewrite request.
   * @property {string} [userProject] The ID of the project which will be
   *     billed for the request.
   */
  /**
   * Copy this file to another file. By default, this will copy the file to the
   * same bucket, but you can choose to copy it to another Bucket by providing
   * a Bucket or File object or a URL starting with "gs://".
   * The generation of the file will not be preserved.
   *
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/objects/rewrite| Objects: rewrite API Documentation}
   *
   * @throws {Error} If the destination file is not provided.
   *
   * @param {string|Bucket|File} destination Destination file.
   * @param {CopyOptions} [options] Configuration options. See an
   * @param {CopyCallback} [callback] Callback function.
   * @returns {Promise<CopyResponse>}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   *
   * //-
   * // You can pass in a variety of types for the destination.
   * //
   * // For all of the below examples, assume we are working with the following
   * // Bucket and File objects.
   * //-
   * const bucket = storage.bucket('my-bucket');
   * const file = bucket.file('my-image.png');
   *
   * //-
   * // If you pass in a string for the destination, the file is copied to its
   * // current bucket, under the new name provided.
   * //-
   * file.copy('my-image-copy.png', function(err, copiedFile, apiResponse) {
   *   // `my-bucket` now contains:
   *   // - "my-image.png"
   *   // - "my-image-copy.png"
   *
   *   // `copiedFile` is an instance of a File object that refers to your new
   *   // file.
   * });
   *
   * //-
   * // If you pass in a string starting with "gs://" for the destination, the
   * // file is copied to the other bucket and under the new name provided.
   * //-
   * const newLocation = 'gs://another-bucket/my-image-copy.png';
   * file.copy(newLocation, function(err, copiedFile, apiResponse) {
   *   // `my-bucket` still contains:
   *   // - "my-image.png"
   *   //
   *   // `another-bucket` now contains:
   *   // - "my-image-copy.png"
   *
   *   // `copiedFile` is an instance of a File object that refers to your new
   *   // file.
   * });
   *
   * //-
   * // If you pass in a Bucket object, the file will be copied to that bucket
   * // using the same name.
   * //-
   * const anotherBucket = storage.bucket('another-bucket');
   * file.copy(anotherBucket, function(err, copiedFile, apiResponse) {
   *   // `my-bucket` still contains:
   *   // - "my-image.png"
   *   //
   *   // `another-bucket` now contains:
   *   // - "my-image.png"
   *
   *   // `copiedFile` is an instance of a File object that refers to your new
   *   // file.
   * });
   *
   * //-
   * // If you pass in a File object, you have complete control over the new
   * // bucket and filename.
   * //-
   * const anotherFile = anotherBucket.file('my-awesome-image.png');
   * file.copy(anotherFile, function(err, copiedFile, apiResponse) {
   *   // `my-bucket` still contains:
   *   // - "my-image.png"
   *   //
   *   // `another-bucket` now contains:
   *   // - "my-awesome-image.png"
   *
   *   // Note:
   *   // The `copiedFile` parameter is equal to `anotherFile`.
   * });
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * file.copy(newLocation).then(function(data) {
   *   const newFile = data[0];
   *   const apiResponse = data[1];
   * });
   *
   * ```
   * @example <caption>include:samples/files.js</caption>
   * region_tag:storage_copy_file
   * Another example:
   */
  copy(destination, optionsOrCallback, callback) {
    var _a2, _b;
    const noDestinationError = new Error(FileExceptionMessages.DESTINATION_NO_NAME);
    if (!destination) {
      throw noDestinationError;
    }
    let options = {};
    if (typeof optionsOrCallback === "function") {
      callback = optionsOrCallback;
    } else if (optionsOrCallback) {
      options = { ...optionsOrCallback };
    }
    if (options.contexts) {
      const validationError = handleContextValidation(options.contexts, callback);
      if (validationError)
        return validationError;
    }
    callback = callback || util.noop;
    let destBucket;
    let destName;
    let newFile;
    if (typeof destination === "string") {
      const parsedDestination = GS_URL_REGEXP.exec(destination);
      if (parsedDestination !== null && parsedDestination.length === 3) {
        destBucket = this.storage.bucket(parsedDestination[1]);
        destName = parsedDestination[2];
      } else {
        destBucket = this.bucket;
        destName = destination;
      }
    } else if (destination instanceof Bucket) {
      destBucket = destination;
      destName = this.name;
    } else if (destination instanceof _File) {
      destBucket = destination.bucket;
      destName = destination.name;
      newFile = destination;
    } else {
      throw noDestinationError;
    }
    const query = {};
    if (this.generation !== void 0) {
      query.sourceGeneration = this.generation;
    }
    if (options.token !== void 0) {
      query.rewriteToken = options.token;
    }
    if (options.userProject !== void 0) {
      query.userProject = options.userProject;
      delete options.userProject;
    }
    if (options.predefinedAcl !== void 0) {
      query.destinationPredefinedAcl = options.predefinedAcl;
      delete options.predefinedAcl;
    }
    newFile = newFile || destBucket.file(destName);
    const headers = {};
    if (this.encryptionKey !== void 0 && this.encryptionKey !== null) {
      headers["x-goog-copy-source-encryption-algorithm"] = "AES256";
      headers["x-goog-copy-source-encryption-key"] = this.encryptionKeyBase64;
      headers["x-goog-copy-source-encryption-key-sha256"] = this.encryptionKeyHash;
    }
    const destinationKmsKeyName = options.destinationKmsKeyName || options.kmsKeyName || newFile.kmsKeyName;
    if (this.encryptionKey && newFile.encryptionKey === void 0 && !destinationKmsKeyName) {
      newFile.setEncryptionKey(this.encryptionKey);
    }
    if (newFile.encryptionKey !== void 0 && newFile.encryptionKey !== null) {
      headers["x-goog-encryption-algorithm"] = "AES256";
      headers["x-goog-encryption-key"] = newFile.encryptionKeyBase64;
      headers["x-goog-encryption-key-sha256"] = newFile.encryptionKeyHash;
    } else if (destinationKmsKeyName !== void 0) {
      query.destinationKmsKeyName = destinationKmsKeyName;
      delete options.destinationKmsKeyName;
      delete options.kmsKeyName;
    }
    if (query.destinationKmsKeyName) {
      this.kmsKeyName = query.destinationKmsKeyName;
      const keyIndex = this.interceptors.indexOf(this.encryptionKeyInterceptor);
      if (keyIndex > -1) {
        this.interceptors.splice(keyIndex, 1);
      }
    }
    if (!this.shouldRetryBasedOnPreconditionAndIdempotencyStrat(options === null || options === void 0 ? void 0 : options.preconditionOpts)) {
      this.storage.retryOptions.autoRetry = false;
    }
    if (((_a2 = options.preconditionOpts) === null || _a2 === void 0 ? void 0 : _a2.ifGenerationMatch) !== void 0) {
      query.ifGenerationMatch = (_b = options.preconditionOpts) === null || _b === void 0 ? void 0 : _b.ifGenerationMatch;
      delete options.preconditionOpts;
    }
    this.bucket.request({
      method: "POST",
      uri: `/o/${encodeURIComponent(this.name)}/rewriteTo/b/${destBucket.name}/o/${encodeURIComponent(newFile.name)}`,
      qs: query,
      json: options,
      headers
    }, (err, resp) => {
      this.storage.retryOptions.autoRetry = this.instanceRetryValue;
      if (err) {
        callback(err, null, resp);
        return;
      }
      if (resp.rewriteToken) {
        const options2 = {
          token: resp.rewriteToken
        };
        if (query.userProject) {
          options2.userProject = query.userProject;
        }
        if (query.destinationKmsKeyName) {
          options2.destinationKmsKeyName = query.destinationKmsKeyName;
        }
        this.copy(newFile, options2, callback);
        return;
      }
      callback(null, newFile, resp);
    });
  }
  /**
   * @typedef {object} CreateReadStreamOptions Configuration options for File#createReadStream.
   * @property {string} [userProject] The ID of the project which will be
   *     billed for the request.
   * @property {string|boolean} [validation] Possible values: `"md5"`,
   *     `"crc32c"`, or `false`. By default, data integrity is validated with a
   *     CRC32c checksum. You may use MD5 if preferred, but that hash is not
   *     supported for composite objects. An error will be raised if MD5 is
   *     specified but is not available. You may also choose to skip validation
   *     completely, however this is **not recommended**.
   * @property {number} [start] A byte offset to begin the file's download
   *     from. Default is 0. NOTE: Byte ranges are inclusive; that is,
   *     `options.start = 0` and `options.end = 999` represent the first 1000
   *     bytes in a file or object. NOTE: when specifying a byte range, data
   *     integrity is not available.
   * @property {number} [end] A byte offset to stop reading the file at.
   *     NOTE: Byte ranges are inclusive; that is, `options.start = 0` and
   *     `options.end = 999` represent the first 1000 bytes in a file or object.
   *     NOTE: when specifying a byte range, data integrity is not available.
   * @property {boolean} [decompress=true] Disable auto decompression of the
   *     received data. By default this option is set to `true`.
   *     Applicable in cases where the data was uploaded with
   *     `gzip: true` option. See {@link File#createWriteStream}.
   */
  /**
   * Create a readable stream to read the contents of the remote file. It can be
   * piped to a writable stream or listened to for 'data' events to read a
   * file's contents.
   *
   * In the unlikely event there is a mismatch between what you downloaded and
   * the version in your Bucket, your error handler will receive an error with
   * code "CONTENT_DOWNLOAD_MISMATCH". If you receive this error, the best
   * recourse is to try downloading the file again.
   *
   * NOTE: Readable streams will emit the `end` event when the file is fully
   * downloaded.
   *
   * @param {CreateReadStreamOptions} [options] Configuration options.
   * @returns {ReadableStream}
   *
   * @example
   * ```
   * //-
   * // <h4>Downloading a File</h4>
   * //
   * // The example below demonstrates how we can reference a remote file, then
   * // pipe its contents to a local file. This is effectively creating a local
   * // backup of your remote data.
   * //-
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const bucket = storage.bucket('my-bucket');
   *
   * const fs = require('fs');
   * const remoteFile = bucket.file('image.png');
   * const localFilename = '/Users/stephen/Photos/image.png';
   *
   * remoteFile.createReadStream()
   *   .on('error', function(err) {})
   *   .on('response', function(response) {
   *     // Server connected and responded with the specified status and headers.
   *    })
   *   .on('end', function() {
   *     // The file is fully downloaded.
   *   })
   *   .pipe(fs.createWriteStream(localFilename));
   *
   * //-
   * // To limit the downloaded data to only a byte range, pass an options
   * // object.
   * //-
   * const logFile = myBucket.file('access_log');
   * logFile.createReadStream({
   *     start: 10000,
   *     end: 20000
   *   })
   *   .on('error', function(err) {})
   *   .pipe(fs.createWriteStream('/Users/stephen/logfile.txt'));
   *
   * //-
   * // To read a tail byte range, specify only `options.end` as a negative
   * // number.
   * //-
   * const logFile = myBucket.file('access_log');
   * logFile.createReadStream({
   *     end: -100
   *   })
   *   .on('error', function(err) {})
   *   .pipe(fs.createWriteStream('/Users/stephen/logfile.txt'));
   * ```
   */
  createReadStream(options = {}) {
    options = Object.assign({ decompress: true }, options);
    const rangeRequest = typeof options.start === "number" || typeof options.end === "number";
    const tailRequest = options.end < 0;
    let validateStream = void 0;
    let request2 = void 0;
    const throughStream = new PassThroughShim();
    let crc32c = true;
    let md5 = false;
    if (typeof options.validation === "string") {
      const value = options.validation.toLowerCase().trim();
      crc32c = value === "crc32c";
      md5 = value === "md5";
    } else if (options.validation === false) {
      crc32c = false;
    }
    const shouldRunValidation = !rangeRequest && (crc32c || md5);
    if (rangeRequest) {
      if (typeof options.validation === "string" || options.validation === true) {
        throw new Error(FileExceptionMessages.INVALID_VALIDATION_FILE_RANGE);
      }
      crc32c = false;
      md5 = false;
    }
    const onComplete = (err) => {
      if (err) {
        if (request2 === null || request2 === void 0 ? void 0 : request2.agent) {
          request2.agent.destroy();
        }
        throughStream.destroy(err);
      }
    };
    const onResponse = (err, _body, rawResponseStream) => {
      if (err) {
        void (async () => {
          try {
            const body = await this.getBufferFromReadable(rawResponseStream);
            err.message = body.toString("utf8");
          } catch (_a2) {
          } finally {
            throughStream.destroy(err);
          }
        })();
        return;
      }
      request2 = rawResponseStream.request;
      const headers = rawResponseStream.toJSON().headers;
      const isCompressed = headers["content-encoding"] === "gzip";
      const hashes = {};
      const safeToValidate = headers["x-goog-stored-content-encoding"] === "gzip" && isCompressed || headers["x-goog-stored-content-encoding"] === "identity";
      const transformStreams = [];
      if (shouldRunValidation) {
        if (typeof headers["x-goog-hash"] === "string") {
          headers["x-goog-hash"].split(",").forEach((hashKeyValPair) => {
            const delimiterIndex = hashKeyValPair.indexOf("=");
            const hashType = hashKeyValPair.substring(0, delimiterIndex);
            const hashValue = hashKeyValPair.substring(delimiterIndex + 1);
            hashes[hashType] = hashValue;
          });
        }
        validateStream = new HashStreamValidator({
          crc32c,
          md5,
          crc32cGenerator: this.crc32cGenerator,
          crc32cExpected: hashes.crc32c,
          md5Expected: hashes.md5
        });
      }
      if (md5 && !hashes.md5) {
        const hashError = new RequestError(FileExceptionMessages.MD5_NOT_AVAILABLE);
        hashError.code = "MD5_NOT_AVAILABLE";
        throughStream.destroy(hashError);
        return;
      }
      if (safeToValidate && shouldRunValidation && validateStream) {
        transformStreams.push(validateStream);
      }
      if (isCompressed && options.decompress) {
        transformStreams.push(zlib.createGunzip());
      }
      pipeline(rawResponseStream, ...transformStreams, throughStream, onComplete);
    };
    const makeRequest = () => {
      const query = { alt: "media" };
      if (this.generation) {
        query.generation = this.generation;
      }
      if (options.userProject) {
        query.userProject = options.userProject;
      }
      const headers = {
        "Accept-Encoding": "gzip",
        "Cache-Control": "no-store"
      };
      if (rangeRequest) {
        const start = typeof options.start === "number" ? options.start : "0";
        const end = typeof options.end === "number" ? options.end : "";
        headers.Range = `bytes=${tailRequest ? end : `${start}-${end}`}`;
      }
      const reqOpts = {
        uri: "",
        headers,
        qs: query
      };
      if (options[GCCL_GCS_CMD_KEY]) {
        reqOpts[GCCL_GCS_CMD_KEY] = options[GCCL_GCS_CMD_KEY];
      }
      this.requestStream(reqOpts).on("error", (err) => {
        throughStream.destroy(err);
      }).on("response", (res) => {
        throughStream.emit("response", res);
        util.handleResp(null, res, null, onResponse);
      }).resume();
    };
    throughStream.on("reading", makeRequest);
    return throughStream;
  }
  /**
   * @callback CreateResumableUploadCallback
   * @param {?Error} err Request error, if any.
   * @param {string} uri The resumable upload's unique session URI.
   */
  /**
   * @typedef {array} CreateResumableUploadResponse
   * @property {string} 0 The resumable upload's unique session URI.
   */
  /**
   * @typedef {object} CreateResumableUploadOptions
   * @property {object} [metadata] Metadata to set on the file.
   * @property {number} [offset] The starting byte of the upload stream for resuming an interrupted upload.
   * @property {string} [origin] Origin header to set for the upload.
   * @property {string} [predefinedAcl] Apply a predefined set of access
   * controls to this object.
   *
   * Acceptable values are:
   * - **`authenticatedRead`** - Object owner gets `OWNER` access, and
   *   `allAuthenticatedUsers` get `READER` access.
   *
   * - **`bucketOwnerFullControl`** - Object owner gets `OWNER` access, and
   *   project team owners get `OWNER` access.
   *
   * - **`bucketOwnerRead`** - Object owner gets `OWNER` access, and project
   *   team owners get `READER` access.
   *
   * - **`private`** - Object owner gets `OWNER` access.
   *
   * - **`projectPrivate`** - Object owner gets `OWNER` access, and project
   *   team members get access according to their roles.
   *
   * - **`publicRead`** - Object owner gets `OWNER` access, and `allUsers`
   *   get `READER` access.
   * @property {boolean} [private] Make the uploaded file private. (Alias for
   *     `options.predefinedAcl = 'private'`)
   * @property {boolean} [public] Make the uploaded file public. (Alias for
   *     `options.predefinedAcl = 'publicRead'`)
   * @property {string} [userProject] The ID of the project which will be
   *     billed for the request.
   * @property {string} [chunkSize] Create a separate request per chunk. This
   *     value is in bytes and should be a multiple of 256 KiB (2^18).
   *     {@link https://cloud.google.com/storage/docs/performing-resumable-uploads#chunked-upload| We recommend using at least 8 MiB for the chunk size.}
   */
  /**
   * Create a unique resumable upload session URI. This is the first step when
   * performing a resumable upload.
   *
   * See the {@link https://cloud.google.com/storage/docs/json_api/v1/how-tos/resumable-upload| Resumable upload guide}
   * for more on how the entire process works.
   *
   * <h4>Note</h4>
   *
   * If you are just looking to perform a resumable upload without worrying
   * about any of the details, see {@link File#createWriteStream}. Resumable
   * uploads are performed by default.
   *
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/how-tos/resumable-upload| Resumable upload guide}
   *
   * @param {CreateResumableUploadOptions} [options] Configuration options.
   * @param {CreateResumableUploadCallback} [callback] Callback function.
   * @returns {Promise<CreateResumableUploadResponse>}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const myBucket = storage.bucket('my-bucket');
   *
   * const file = myBucket.file('my-file');
   * file.createResumableUpload(function(err, uri) {
   *   if (!err) {
   *     // `uri` can be used to PUT data to.
   *   }
   * });
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * file.createResumableUpload().then(function(data) {
   *   const uri = data[0];
   * });
   * ```
   */
  createResumableUpload(optionsOrCallback, callback) {
    var _a2, _b;
    const options = typeof optionsOrCallback === "object" ? optionsOrCallback : {};
    callback = typeof optionsOrCallback === "function" ? optionsOrCallback : callback;
    const retryOptions = this.storage.retryOptions;
    if (((_a2 = options === null || options === void 0 ? void 0 : options.preconditionOpts) === null || _a2 === void 0 ? void 0 : _a2.ifGenerationMatch) === void 0 && ((_b = this.instancePreconditionOpts) === null || _b === void 0 ? void 0 : _b.ifGenerationMatch) === void 0 && this.storage.retryOptions.idempotencyStrategy === IdempotencyStrategy.RetryConditional || this.storage.retryOptions.idempotencyStrategy === IdempotencyStrategy.RetryNever) {
      retryOptions.autoRetry = false;
    }
    createURI({
      authClient: this.storage.authClient,
      apiEndpoint: this.storage.apiEndpoint,
      bucket: this.bucket.name,
      customRequestOptions: this.getRequestInterceptors().reduce((reqOpts, interceptorFn) => interceptorFn(reqOpts), {}),
      file: this.name,
      generation: this.generation,
      key: this.encryptionKey === null ? void 0 : this.encryptionKey,
      kmsKeyName: this.kmsKeyName,
      metadata: options.metadata,
      offset: options.offset,
      origin: options.origin,
      predefinedAcl: options.predefinedAcl,
      private: options.private,
      public: options.public,
      userProject: options.userProject || this.userProject,
      retryOptions,
      params: (options === null || options === void 0 ? void 0 : options.preconditionOpts) || this.instancePreconditionOpts,
      universeDomain: this.bucket.storage.universeDomain,
      useAuthWithCustomEndpoint: this.storage.useAuthWithCustomEndpoint,
      [GCCL_GCS_CMD_KEY]: options[GCCL_GCS_CMD_KEY]
    }, callback);
    this.storage.retryOptions.autoRetry = this.instanceRetryValue;
  }
  /**
   * @typedef {object} CreateWriteStreamOptions Configuration options for File#createWriteStream().
   * @property {string} [contentType] Alias for
   *     `options.metadata.contentType`. If set to `auto`, the file name is used
   *     to determine the contentType.
   * @property {string|boolean} [gzip] If true, automatically gzip the file.
   *     If set to `auto`, the contentType is used to determine if the file
   * should be gzipped. This will set `options.metadata.contentEncoding` to
   * `gzip` if necessary.
   * @property {object} [metadata] See the examples below or
   *     {@link https://cloud.google.com/storage/docs/json_api/v1/objects/insert#request_properties_JSON| Objects: insert request body}
   *     for more details.
   * @property {number} [offset] The starting byte of the upload stream, for
   *     resuming an interrupted upload. Defaults to 0.
   * @property {string} [predefinedAcl] Apply a predefined set of access
   * controls to this object.
   *
   * Acceptable values are:
   * - **`authenticatedRead`** - Object owner gets `OWNER` access, and
   *   `allAuthenticatedUsers` get `READER` access.
   *
   * - **`bucketOwnerFullControl`** - Object owner gets `OWNER` access, and
   *   project team owners get `OWNER` access.
   *
   * - **`bucketOwnerRead`** - Object owner gets `OWNER` access, and project
   *   team owners get `READER` access.
   *
   * - **`private`** - Object owner gets `OWNER` access.
   *
   * - **`projectPrivate`** - Object owner gets `OWNER` access, and project
   *   team members get access according to their roles.
   *
   * - **`publicRead`** - Object owner gets `OWNER` access, and `allUsers`
   *   get `READER` access.
   * @property {boolean} [private] Make the uploaded file private. (Alias for
   *     `options.predefinedAcl = 'private'`)
   * @property {boolean} [public] Make the uploaded file public. (Alias for
   *     `options.predefinedAcl = 'publicRead'`)
   * @property {boolean} [resumable] Force a resumable upload. NOTE: When
   *     working with streams, the file format and size is unknown until it's
   *     completely consumed. Because of this, it's best for you to be explicit
   *     for what makes sense given your input.
   * @property {number} [timeout=60000] Set the HTTP request timeout in
   *     milliseconds. This option is not available for resumable uploads.
   *     Default: `60000`
   * @property {string} [uri] The URI for an already-created resumable
   *     upload. See {@link File#createResumableUpload}.
   * @property {string} [userProject] The ID of the project which will be
   *     billed for the request.
   * @property {string|boolean} [validation] Possible values: `"md5"`,
   *     `"crc32c"`, or `false`. By default, data integrity is validated with a
   *     CRC32c checksum. You may use MD5 if preferred, but that hash is not
   *     supported for composite objects. An error will be raised if MD5 is
   *     specified but is not available. You may also choose to skip validation
   *     completely, however this is **not recommended**. In addition to specifying
   *     validation type, providing `metadata.crc32c` or `metadata.md5Hash` will
   *     cause the server to perform validation in addition to client validation.
   *     NOTE: Validation is automatically skipped for objects that were
   *     uploaded using the `gzip` option and have already compressed content.
   */
  /**
   * Create a writable stream to overwrite the contents of the file in your
   * bucket.
   *
   * A File object can also be used to create files for the first time.
   *
   * Resumable uploads are automatically enabled and must be shut off explicitly
   * by setting `options.resumable` to `false`.
   *
   *
   * <p class="notice">
   *   There is some overhead when using a resumable upload that can cause
   *   noticeable performance degradation while uploading a series of small
   *   files. When uploading files less than 10MB, it is recommended that the
   *   resumable feature is disabled.
   * </p>
   *
   * NOTE: Writable streams will emit the `finish` event when the file is fully
   * uploaded.
   *
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/how-tos/upload Upload Options (Simple or Resumable)}
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/objects/insert Objects: insert API Documentation}
   *
   * @param {CreateWriteStreamOptions} [options] Configuration options.
   * @returns {WritableStream}
   *
   * @example
   * ```
   * const fs = require('fs');
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const myBucket = storage.bucket('my-bucket');
   *
   * const file = myBucket.file('my-file');
   *
   * //-
   * // <h4>Uploading a File</h4>
   * //
   * // Now, consider a case where we want to upload a file to your bucket. You
   * // have the option of using {@link Bucket#upload}, but that is just
   * // a convenience method which will do the following.
   * //-
   * fs.createReadStream('/Users/stephen/Photos/birthday-at-the-zoo/panda.jpg')
   *   .pipe(file.createWriteStream())
   *   .on('error', function(err) {})
   *   .on('finish', function() {
   *     // The file upload is complete.
   *   });
   *
   * //-
   * // <h4>Uploading a File with gzip compression</h4>
   * //-
   * fs.createReadStream('/Users/stephen/site/index.html')
   *   .pipe(file.createWriteStream({ gzip: true }))
   *   .on('error', function(err) {})
   *   .on('finish', function() {
   *     // The file upload is complete.
   *   });
   *
   * //-
   * // Downloading the file with `createReadStream` will automatically decode
   * // the file.
   * //-
   *
   * //-
   * // <h4>Uploading a File with Metadata</h4>
   * //
   * // One last case you may run into is when you want to upload a file to your
   * // bucket and set its metadata at the same time. Like above, you can use
   * // {@link Bucket#upload} to do this, which is just a wrapper around
   * // the following.
   * //-
   * fs.createReadStream('/Users/stephen/Photos/birthday-at-the-zoo/panda.jpg')
   *   .pipe(file.createWriteStream({
   *     metadata: {
   *       contentType: 'image/jpeg',
   *       metadata: {
   *         custom: 'metadata'
   *       }
   *     }
   *   }))
   *   .on('error', function(err) {})
   *   .on('finish', function() {
   *     // The file upload is complete.
   *   });
   * ```
   *
   * //-
   * // <h4>Continuing a Resumable Upload</h4>
   * //
   * // One can capture a `uri` from a resumable upload to reuse later.
   * // Additionally, for validation, one can also capture and pass `crc32c`.
   * //-
   * let uri: string | undefined = undefined;
   * let resumeCRC32C: string | undefined = undefined;
   *
   * fs.createWriteStream()
   *   .on('uri', link => {uri = link})
   *   .on('crc32', crc32c => {resumeCRC32C = crc32c});
   *
   * // later...
   * fs.createWriteStream({uri, resumeCRC32C});
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  createWriteStream(options = {}) {
    var _a2;
    (_a2 = options.metadata) !== null && _a2 !== void 0 ? _a2 : options.metadata = {};
    if (options.contentType) {
      options.metadata.contentType = options.contentType;
    }
    let crc32c = true;
    let md5 = false;
    if (typeof options.validation === "string") {
      options.validation = options.validation.toLowerCase();
      crc32c = options.validation === "crc32c";
      md5 = options.validation === "md5";
    } else if (options.validation === false) {
      crc32c = false;
      md5 = false;
    }
    if (options.offset) {
      if (md5) {
        throw new RangeError(FileExceptionMessages.MD5_RESUMED_UPLOAD);
      }
      if (crc32c && !options.isPartialUpload && !options.resumeCRC32C) {
        throw new RangeError(FileExceptionMessages.MISSING_RESUME_CRC32C_FINAL_UPLOAD);
      }
    }
    let pipelineCallback = (error) => {
      writeStream.destroy(error || void 0);
    };
    const writeStream = new Writable2({
      final(cb) {
        pipelineCallback = cb;
        emitStream.end();
      },
      write(chunk, encoding, cb) {
        emitStream.write(chunk, encoding, cb);
      }
    });
    writeStream.once("error", (e) => {
      emitStream.destroy(e);
    });
    writeStream.once("close", () => {
      emitStream.destroy();
    });
    const emitStream = new PassThroughShim();
    const noop = () => {
    };
    emitStream.on("error", noop);
    const fileWriteStream = (0, import_duplexify2.default)();
    let fileWriteStreamMetadataReceived = false;
    emitStream.on("reading", () => writeStream.emit("reading"));
    emitStream.on("writing", () => writeStream.emit("writing"));
    fileWriteStream.on("uri", (evt) => writeStream.emit("uri", evt));
    fileWriteStream.on("progress", (evt) => writeStream.emit("progress", evt));
    fileWriteStream.on("response", (resp) => writeStream.emit("response", resp));
    fileWriteStream.once("metadata", () => {
      fileWriteStreamMetadataReceived = true;
    });
    writeStream.once("writing", async () => {
      try {
        if (!options.metadata.contentType || options.metadata.contentType === "auto") {
          const mime = await getMime();
          const detectedContentType = mime.getType(this.name);
          if (detectedContentType) {
            options.metadata.contentType = detectedContentType;
          }
        }
        let gzip = options.gzip;
        if (gzip === "auto") {
          gzip = COMPRESSIBLE_MIME_REGEX.test(options.metadata.contentType || "");
        }
        if (gzip) {
          options.metadata.contentEncoding = "gzip";
        }
        const transformStreams = [];
        if (gzip) {
          transformStreams.push(zlib.createGzip());
        }
        let hashCalculatingStream = null;
        if (crc32c || md5) {
          const crc32cInstance = options.resumeCRC32C ? CRC32C.from(options.resumeCRC32C) : void 0;
          hashCalculatingStream = new HashStreamValidator({
            crc32c,
            crc32cInstance,
            md5,
            crc32cGenerator: this.crc32cGenerator,
            updateHashesOnly: true
          });
          transformStreams.push(hashCalculatingStream);
        }
        if (options.resumable === false) {
          this.startSimpleUpload_(fileWriteStream, options);
        } else {
          this.startResumableUpload_(fileWriteStream, options);
        }
        emitStream.removeListener("error", noop);
        if (fileWriteStream.destroyed) {
          let callbackCalled = false;
          const onError = (err) => {
            if (!callbackCalled) {
              callbackCalled = true;
              pipelineCallback(err);
            }
          };
          fileWriteStream.once("error", onError);
          emitStream.destroy();
          process.nextTick(() => {
            fileWriteStream.removeListener("error", onError);
            if (!callbackCalled) {
              callbackCalled = true;
              const err = fileWriteStream.errored || new Error("Write stream destroyed");
              pipelineCallback(err);
            }
          });
          return;
        }
        pipeline(emitStream, ...transformStreams, fileWriteStream, async (e) => {
          if (e) {
            return pipelineCallback(e);
          }
          if (options.isPartialUpload) {
            if (hashCalculatingStream === null || hashCalculatingStream === void 0 ? void 0 : hashCalculatingStream.crc32c) {
              writeStream.emit("crc32c", hashCalculatingStream.crc32c);
            }
            return pipelineCallback();
          }
          if (!fileWriteStreamMetadataReceived) {
            try {
              await new Promise((resolve2, reject) => {
                fileWriteStream.once("metadata", resolve2);
                fileWriteStream.once("error", reject);
              });
            } catch (e2) {
              return pipelineCallback(e2);
            }
          }
          if (hashCalculatingStream === null || hashCalculatingStream === void 0 ? void 0 : hashCalculatingStream.crc32c) {
            writeStream.emit("crc32c", hashCalculatingStream.crc32c);
          }
          try {
            const metadataNotReady = options.isPartialUpload && !this.metadata;
            if (hashCalculatingStream && !metadataNotReady) {
              await __classPrivateFieldGet4(this, _File_instances, "m", _File_validateIntegrity).call(this, hashCalculatingStream, {
                crc32c,
                md5
              });
            }
            pipelineCallback();
          } catch (e2) {
            pipelineCallback(e2);
          }
        });
      } catch (err) {
        emitStream.removeListener("error", noop);
        emitStream.destroy(err);
        fileWriteStream.destroy(err);
        pipelineCallback(err);
      }
    });
    return writeStream;
  }
  delete(optionsOrCallback, cb) {
    const options = typeof optionsOrCallback === "object" ? optionsOrCallback : {};
    cb = typeof optionsOrCallback === "function" ? optionsOrCallback : cb;
    this.disableAutoRetryConditionallyIdempotent_(this.methods.delete, AvailableServiceObjectMethods.delete, options);
    void (async () => {
      let resp;
      try {
        resp = await super.delete(options);
      } catch (err) {
        cb(err);
        return;
      } finally {
        this.storage.retryOptions.autoRetry = this.instanceRetryValue;
      }
      cb(null, ...resp);
    })();
  }
  /**
   * @typedef {array} DownloadResponse
   * @property [0] The contents of a File.
   */
  /**
   * @callback DownloadCallback
   * @param err Request error, if any.
   * @param contents The contents of a File.
   */
  /**
   * Convenience method to download a file into memory or to a local
   * destination.
   *
   * @param {object} [options] Configuration options. The arguments match those
   *     passed to {@link File#createReadStream}.
   * @param {string} [options.destination] Local file path to write the file's
   *     contents to.
   * @param {string} [options.userProject] The ID of the project which will be
   *     billed for the request.
   * @param {DownloadCallback} [callback] Callback function.
   * @returns {Promise<DownloadResponse>}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const myBucket = storage.bucket('my-bucket');
   *
   * const file = myBucket.file('my-file');
   *
   * //-
   * // Download a file into memory. The contents will be available as the
   * second
   * // argument in the demonstration below, `contents`.
   * //-
   * file.download(function(err, contents) {});
   *
   * //-
   * // Download a file to a local destination.
   * //-
   * file.download({
   *   destination: '/Users/me/Desktop/file-backup.txt'
   * }, function(err) {});
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * file.download().then(function(data) {
   *   const contents = data[0];
   * });
   *
   * ```
   * @example <caption>include:samples/files.js</caption>
   * region_tag:storage_download_file
   * Another example:
   *
   * @example <caption>include:samples/encryption.js</caption>
   * region_tag:storage_download_encrypted_file
   * Example of downloading an encrypted file:
   *
   * @example <caption>include:samples/requesterPays.js</caption>
   * region_tag:storage_download_file_requester_pays
   * Example of downloading a file where the requester pays:
   */
  download(optionsOrCallback, cb) {
    let options;
    if (typeof optionsOrCallback === "function") {
      cb = optionsOrCallback;
      options = {};
    } else {
      options = Object.assign({}, optionsOrCallback);
    }
    let called = false;
    const callback = ((...args) => {
      if (!called)
        cb(...args);
      called = true;
    });
    const destination = options.destination;
    delete options.destination;
    if (options.encryptionKey !== void 0) {
      this.setEncryptionKey(options.encryptionKey);
      delete options.encryptionKey;
    }
    const fileStream = this.createReadStream(options);
    let receivedData = false;
    if (destination) {
      fileStream.on("error", callback).once("data", (data) => {
        receivedData = true;
        const writable = fs.createWriteStream(destination);
        writable.write(data);
        fileStream.pipe(writable).on("error", (err) => {
          callback(err, Buffer.from(""));
        }).on("finish", () => {
          callback(null, data);
        });
      }).on("end", () => {
        if (!receivedData) {
          const data = Buffer.alloc(0);
          try {
            fs.writeFileSync(destination, data);
            callback(null, data);
          } catch (e) {
            callback(e, data);
          }
        }
      });
    } else {
      void (async () => {
        let contents;
        try {
          contents = await this.getBufferFromReadable(fileStream);
        } catch (err) {
          callback === null || callback === void 0 ? void 0 : callback(err);
          return;
        }
        callback === null || callback === void 0 ? void 0 : callback(null, contents);
      })();
    }
  }
  /**
   * The Storage API allows you to use a custom key for server-side encryption.
   *
   * See {@link https://cloud.google.com/storage/docs/encryption#customer-supplied| Customer-supplied Encryption Keys}
   *
   * @param {string|buffer} encryptionKey An AES-256 encryption key.
   * @returns {File}
   *
   * @example
   * ```
   * const crypto = require('crypto');
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const myBucket = storage.bucket('my-bucket');
   *
   * const encryptionKey = crypto.randomBytes(32);
   *
   * const fileWithCustomEncryption = myBucket.file('my-file');
   * fileWithCustomEncryption.setEncryptionKey(encryptionKey);
   *
   * const fileWithoutCustomEncryption = myBucket.file('my-file');
   *
   * fileWithCustomEncryption.save('data', function(err) {
   *   // Try to download with the File object that hasn't had
   *   // `setEncryptionKey()` called:
   *   fileWithoutCustomEncryption.download(function(err) {
   *     // We will receive an error:
   *     //   err.message === 'Bad Request'
   *
   *     // Try again with the File object we called `setEncryptionKey()` on:
   *     fileWithCustomEncryption.download(function(err, contents) {
   *       // contents.toString() === 'data'
   *     });
   *   });
   * });
   *
   * ```
   * @example <caption>include:samples/encryption.js</caption>
   * region_tag:storage_upload_encrypted_file
   * Example of uploading an encrypted file:
   *
   * @example <caption>include:samples/encryption.js</caption>
   * region_tag:storage_download_encrypted_file
   * Example of downloading an encrypted file:
   */
  setEncryptionKey(encryptionKey) {
    if (this.encryptionKeyInterceptor) {
      const index = this.interceptors.indexOf(this.encryptionKeyInterceptor);
      if (index > -1) {
        this.interceptors.splice(index, 1);
      }
      this.encryptionKeyInterceptor = void 0;
    }
    this.encryptionKey = encryptionKey;
    if (encryptionKey === null || encryptionKey === void 0) {
      this.encryptionKeyBase64 = void 0;
      this.encryptionKeyHash = void 0;
      return this;
    }
    this.encryptionKeyBase64 = Buffer.from(encryptionKey).toString("base64");
    this.encryptionKeyHash = crypto4.createHash("sha256").update(this.encryptionKeyBase64, "base64").digest("base64");
    this.encryptionKeyInterceptor = {
      request: (reqOpts) => {
        reqOpts.headers = reqOpts.headers || {};
        reqOpts.headers["x-goog-encryption-algorithm"] = "AES256";
        reqOpts.headers["x-goog-encryption-key"] = this.encryptionKeyBase64;
        reqOpts.headers["x-goog-encryption-key-sha256"] = this.encryptionKeyHash;
        return reqOpts;
      }
    };
    this.interceptors.push(this.encryptionKeyInterceptor);
    return this;
  }
  /**
   * Gets a reference to a Cloud Storage {@link File} file from the provided URL in string format.
   * @param {string} publicUrlOrGsUrl the URL as a string. Must be of the format gs://bucket/file
   *  or https://storage.googleapis.com/bucket/file.
   * @param {Storage} storageInstance an instance of a Storage object.
   * @param {FileOptions} [options] Configuration options
   * @returns {File}
   */
  static from(publicUrlOrGsUrl, storageInstance, options) {
    const gsMatches = [...publicUrlOrGsUrl.matchAll(GS_UTIL_URL_REGEX)];
    const httpsMatches = [...publicUrlOrGsUrl.matchAll(HTTPS_PUBLIC_URL_REGEX)];
    if (gsMatches.length > 0) {
      const bucket = new Bucket(storageInstance, gsMatches[0][2]);
      return new _File(bucket, gsMatches[0][3], options);
    } else if (httpsMatches.length > 0) {
      const bucket = new Bucket(storageInstance, httpsMatches[0][3]);
      return new _File(bucket, httpsMatches[0][4], options);
    } else {
      throw new Error("URL string must be of format gs://bucket/file or https://storage.googleapis.com/bucket/file");
    }
  }
  get(optionsOrCallback, cb) {
    const options = typeof optionsOrCallback === "object" ? optionsOrCallback : {};
    cb = typeof optionsOrCallback === "function" ? optionsOrCallback : cb;
    super.get(options).then((resp) => cb(null, ...resp)).catch(cb);
  }
  /**
   * @typedef {array} GetExpirationDateResponse
   * @property {date} 0 A Date object representing the earliest time this file's
   *     retention policy will expire.
   */
  /**
   * @callback GetExpirationDateCallback
   * @param {?Error} err Request error, if any.
   * @param {date} expirationDate A Date object representing the earliest time
   *     this file's retention policy will expire.
   */
  /**
   * If this bucket has a retention policy defined, use this method to get a
   * Date object representing the earliest time this file will expire.
   *
   * @param {GetExpirationDateCallback} [callback] Callback function.
   * @returns {Promise<GetExpirationDateResponse>}
   *
   * @example
   * ```
   * const storage = require('@google-cloud/storage')();
   * const myBucket = storage.bucket('my-bucket');
   *
   * const file = myBucket.file('my-file');
   *
   * file.getExpirationDate(function(err, expirationDate) {
   *   // expirationDate is a Date object.
   * });
   * ```
   */
  getExpirationDate(callback) {
    void this.getMetadata((err, metadata, apiResponse) => {
      if (err) {
        callback(err, null, apiResponse);
        return;
      }
      if (!metadata.retentionExpirationTime) {
        const error = new Error(FileExceptionMessages.EXPIRATION_TIME_NA);
        callback(error, null, apiResponse);
        return;
      }
      callback(null, new Date(metadata.retentionExpirationTime), apiResponse);
    });
  }
  /**
   * @typedef {array} GenerateSignedPostPolicyV2Response
   * @property {object} 0 The document policy.
   */
  /**
   * @callback GenerateSignedPostPolicyV2Callback
   * @param {?Error} err Request error, if any.
   * @param {object} policy The document policy.
   */
  /**
   * Get a signed policy document to allow a user to upload data with a POST
   * request.
   *
   * In Google Cloud Platform environments, such as Cloud Functions and App
   * Engine, you usually don't provide a `keyFilename` or `credentials` during
   * instantiation. In those environments, we call the
   * {@link https://cloud.google.com/iam/docs/reference/credentials/rest/v1/projects.serviceAccounts/signBlob| signBlob API}
   * to create a signed policy. That API requires either the
   * `https://www.googleapis.com/auth/iam` or
   * `https://www.googleapis.com/auth/cloud-platform` scope, so be sure they are
   * enabled.
   *
   * See {@link https://cloud.google.com/storage/docs/xml-api/post-object-v2| POST Object with the V2 signing process}
   *
   * @throws {Error} If an expiration timestamp from the past is given.
   * @throws {Error} If options.equals has an array with less or more than two
   *     members.
   * @throws {Error} If options.startsWith has an array with less or more than two
   *     members.
   *
   * @param {object} options Configuration options.
   * @param {array|array[]} [options.equals] Array of request parameters and
   *     their expected value (e.g. [['$<field>', '<value>']]). Values are
   *     translated into equality constraints in the conditions field of the
   *     policy document (e.g. ['eq', '$<field>', '<value>']). If only one
   *     equality condition is to be specified, options.equals can be a one-
   *     dimensional array (e.g. ['$<field>', '<value>']).
   * @param {*} options.expires - A timestamp when this policy will expire. Any
   *     value given is passed to `new Date()`.
   * @param {array|array[]} [options.startsWith] Array of request parameters and
   *     their expected prefixes (e.g. [['$<field>', '<value>']). Values are
   *     translated into starts-with constraints in the conditions field of the
   *     policy document (e.g. ['starts-with', '$<field>', '<value>']). If only
   *     one prefix condition is to be specified, options.startsWith can be a
   * one- dimensional array (e.g. ['$<field>', '<value>']).
   * @param {string} [options.acl] ACL for the object from possibly predefined
   *     ACLs.
   * @param {string} [options.successRedirect] The URL to which the user client
   *     is redirected if the upload is successful.
   * @param {string} [options.successStatus] - The status of the Google Storage
   *     response if the upload is successful (must be string).
   * @param {object} [options.contentLengthRange]
   * @param {number} [options.contentLengthRange.min] Minimum value for the
   *     request's content length.
   * @param {number} [options.contentLengthRange.max] Maximum value for the
   *     request's content length.
   * @param {GenerateSignedPostPolicyV2Callback} [callback] Callback function.
   * @returns {Promise<GenerateSignedPostPolicyV2Response>}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const myBucket = storage.bucket('my-bucket');
   *
   * const file = myBucket.file('my-file');
   * const options = {
   *   equals: ['$Content-Type', 'image/jpeg'],
   *   expires: '10-25-2022',
   *   contentLengthRange: {
   *     min: 0,
   *     max: 1024
   *   }
   * };
   *
   * file.generateSignedPostPolicyV2(options, function(err, policy) {
   *   // policy.string: the policy document in plain text.
   *   // policy.base64: the policy document in base64.
   *   // policy.signature: the policy signature in base64.
   * });
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * file.generateSignedPostPolicyV2(options).then(function(data) {
   *   const policy = data[0];
   * });
   * ```
   */
  generateSignedPostPolicyV2(optionsOrCallback, cb) {
    const args = normalize(optionsOrCallback, cb);
    let options = args.options;
    const callback = args.callback;
    const expires = new Date(options.expires);
    if (isNaN(expires.getTime())) {
      throw new Error(ExceptionMessages.EXPIRATION_DATE_INVALID);
    }
    if (expires.valueOf() < Date.now()) {
      throw new Error(ExceptionMessages.EXPIRATION_DATE_PAST);
    }
    options = Object.assign({}, options);
    const conditions = [
      ["eq", "$key", this.name],
      {
        bucket: this.bucket.name
      }
    ];
    if (Array.isArray(options.equals)) {
      if (!Array.isArray(options.equals[0])) {
        options.equals = [options.equals];
      }
      options.equals.forEach((condition) => {
        if (!Array.isArray(condition) || condition.length !== 2) {
          throw new Error(FileExceptionMessages.EQUALS_CONDITION_TWO_ELEMENTS);
        }
        conditions.push(["eq", condition[0], condition[1]]);
      });
    }
    if (Array.isArray(options.startsWith)) {
      if (!Array.isArray(options.startsWith[0])) {
        options.startsWith = [options.startsWith];
      }
      options.startsWith.forEach((condition) => {
        if (!Array.isArray(condition) || condition.length !== 2) {
          throw new Error(FileExceptionMessages.STARTS_WITH_TWO_ELEMENTS);
        }
        conditions.push(["starts-with", condition[0], condition[1]]);
      });
    }
    if (options.acl) {
      conditions.push({
        acl: options.acl
      });
    }
    if (options.successRedirect) {
      conditions.push({
        success_action_redirect: options.successRedirect
      });
    }
    if (options.successStatus) {
      conditions.push({
        success_action_status: options.successStatus
      });
    }
    if (options.contentLengthRange) {
      const min = options.contentLengthRange.min;
      const max = options.contentLengthRange.max;
      if (typeof min !== "number" || typeof max !== "number") {
        throw new Error(FileExceptionMessages.CONTENT_LENGTH_RANGE_MIN_MAX);
      }
      conditions.push(["content-length-range", min, max]);
    }
    const policy = {
      expiration: expires.toISOString(),
      conditions
    };
    const policyString = JSON.stringify(policy);
    const policyBase64 = Buffer.from(policyString).toString("base64");
    void (async () => {
      let signature;
      try {
        signature = await this.storage.authClient.sign(policyBase64, options.signingEndpoint);
      } catch (err) {
        callback(new SigningError(err.message));
        return;
      }
      callback(null, {
        string: policyString,
        base64: policyBase64,
        signature
      });
    })();
  }
  /**
   * @typedef {object} SignedPostPolicyV4Output
   * @property {string} url The request URL.
   * @property {object} fields The form fields to include in the POST request.
   */
  /**
   * @typedef {array} GenerateSignedPostPolicyV4Response
   * @property {SignedPostPolicyV4Output} 0 An object containing the request URL and form fields.
   */
  /**
   * @callback GenerateSignedPostPolicyV4Callback
   * @param {?Error} err Request error, if any.
   * @param {SignedPostPolicyV4Output} output An object containing the request URL and form fields.
   */
  /**
   * Get a v4 signed policy document to allow a user to upload data with a POST
   * request.
   *
   * In Google Cloud Platform environments, such as Cloud Functions and App
   * Engine, you usually don't provide a `keyFilename` or `credentials` during
   * instantiation. In those environments, we call the
   * {@link https://cloud.google.com/iam/docs/reference/credentials/rest/v1/projects.serviceAccounts/signBlob| signBlob API}
   * to create a signed policy. That API requires either the
   * `https://www.googleapis.com/auth/iam` or
   * `https://www.googleapis.com/auth/cloud-platform` scope, so be sure they are
   * enabled.
   *
   * See {@link https://cloud.google.com/storage/docs/xml-api/post-object#policydocument| Policy Document Reference}
   *
   * @param {object} options Configuration options.
   * @param {Date|number|string} options.expires - A timestamp when this policy will expire. Any
   *     value given is passed to `new Date()`.
   * @param {boolean} [config.virtualHostedStyle=false] Use virtual hosted-style
   *     URLs ('https://mybucket.storage.googleapis.com/...') instead of path-style
   *     ('https://storage.googleapis.com/mybucket/...'). Virtual hosted-style URLs
   *     should generally be preferred instead of path-style URL.
   *     Currently defaults to `false` for path-style, although this may change in a
   *     future major-version release.
   * @param {string} [config.bucketBoundHostname] The bucket-bound hostname to return in
   *     the result, e.g. "https://cdn.example.com".
   * @param {object} [config.fields] [Form fields]{@link https://cloud.google.com/storage/docs/xml-api/post-object#policydocument}
   *     to include in the signed policy. Any fields with key beginning with 'x-ignore-'
   *     will not be included in the policy to be signed.
   * @param {object[]} [config.conditions] [Conditions]{@link https://cloud.google.com/storage/docs/authentication/signatures#policy-document}
   *     to include in the signed policy. All fields given in `config.fields` are
   *     automatically included in the conditions array, adding the same entry
   *     in both `fields` and `conditions` will result in duplicate entries.
   *
   * @param {GenerateSignedPostPolicyV4Callback} [callback] Callback function.
   * @returns {Promise<GenerateSignedPostPolicyV4Response>}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const myBucket = storage.bucket('my-bucket');
   *
   * const file = myBucket.file('my-file');
   * const options = {
   *   expires: '10-25-2022',
   *   conditions: [
   *     ['eq', '$Content-Type', 'image/jpeg'],
   *     ['content-length-range', 0, 1024],
   *   ],
   *   fields: {
   *     acl: 'public-read',
   *     'x-goog-meta-foo': 'bar',
   *     'x-ignore-mykey': 'data'
   *   }
   * };
   *
   * file.generateSignedPostPolicyV4(options, function(err, response) {
   *   // response.url The request URL
   *   // response.fields The form fields (including the signature) to include
   *   //     to be used to upload objects by HTML forms.
   * });
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * file.generateSignedPostPolicyV4(options).then(function(data) {
   *   const response = data[0];
   *   // response.url The request URL
   *   // response.fields The form fields (including the signature) to include
   *   //     to be used to upload objects by HTML forms.
   * });
   * ```
   */
  generateSignedPostPolicyV4(optionsOrCallback, cb) {
    const args = normalize(optionsOrCallback, cb);
    let options = args.options;
    const callback = args.callback;
    const expires = new Date(options.expires);
    if (isNaN(expires.getTime())) {
      throw new Error(ExceptionMessages.EXPIRATION_DATE_INVALID);
    }
    if (expires.valueOf() < Date.now()) {
      throw new Error(ExceptionMessages.EXPIRATION_DATE_PAST);
    }
    if (expires.valueOf() - Date.now() > SEVEN_DAYS2 * 1e3) {
      throw new Error(`Max allowed expiration is seven days (${SEVEN_DAYS2} seconds).`);
    }
    options = Object.assign({}, options);
    let fields = Object.assign({}, options.fields);
    const now = /* @__PURE__ */ new Date();
    const nowISO = formatAsUTCISO(now, true);
    const todayISO = formatAsUTCISO(now);
    const sign = async () => {
      const { client_email } = await this.storage.authClient.getCredentials();
      const credential = `${client_email}/${todayISO}/auto/storage/goog4_request`;
      fields = {
        ...fields,
        bucket: this.bucket.name,
        key: this.name,
        "x-goog-date": nowISO,
        "x-goog-credential": credential,
        "x-goog-algorithm": "GOOG4-RSA-SHA256"
      };
      const conditions = options.conditions || [];
      Object.entries(fields).forEach(([key, value]) => {
        if (!key.startsWith("x-ignore-")) {
          conditions.push({ [key]: value });
        }
      });
      delete fields.bucket;
      const expiration = formatAsUTCISO(expires, true, "-", ":");
      const policy = {
        conditions,
        expiration
      };
      const policyString = unicodeJSONStringify(policy);
      const policyBase64 = Buffer.from(policyString).toString("base64");
      try {
        const signature = await this.storage.authClient.sign(policyBase64, options.signingEndpoint);
        const signatureHex = Buffer.from(signature, "base64").toString("hex");
        const universe = this.parent.storage.universeDomain;
        fields["policy"] = policyBase64;
        fields["x-goog-signature"] = signatureHex;
        let url2;
        const EMULATOR_HOST = process.env.STORAGE_EMULATOR_HOST;
        if (this.storage.customEndpoint && typeof EMULATOR_HOST === "string") {
          url2 = `${this.storage.apiEndpoint}/${this.bucket.name}`;
        } else if (this.storage.customEndpoint) {
          url2 = this.storage.apiEndpoint;
        } else if (options.virtualHostedStyle) {
          url2 = `https://${this.bucket.name}.storage.${universe}/`;
        } else if (options.bucketBoundHostname) {
          url2 = `${options.bucketBoundHostname}/`;
        } else {
          url2 = `https://storage.${universe}/${this.bucket.name}/`;
        }
        return {
          url: url2,
          fields
        };
      } catch (err) {
        throw new SigningError(err.message);
      }
    };
    void (async () => {
      let res;
      try {
        res = await sign();
      } catch (err) {
        callback(err);
        return;
      }
      callback(null, res);
    })();
  }
  /**
   * @typedef {array} GetSignedUrlResponse
   * @property {object} 0 The signed URL.
   */
  /**
   * @callback GetSignedUrlCallback
   * @param {?Error} err Request error, if any.
   * @param {object} url The signed URL.
   */
  /**
   * Get a signed URL to allow limited time access to the file.
   *
   * In Google Cloud Platform environments, such as Cloud Functions and App
   * Engine, you usually don't provide a `keyFilename` or `credentials` during
   * instantiation. In those environments, we call the
   * {@link https://cloud.google.com/iam/docs/reference/credentials/rest/v1/projects.serviceAccounts/signBlob| signBlob API}
   * to create a signed URL. That API requires either the
   * `https://www.googleapis.com/auth/iam` or
   * `https://www.googleapis.com/auth/cloud-platform` scope, so be sure they are
   * enabled.
   *
   * See {@link https://cloud.google.com/storage/docs/access-control/signed-urls| Signed URLs Reference}
   *
   * @throws {Error} if an expiration timestamp from the past is given.
   *
   * @param {object} config Configuration object.
   * @param {string} config.action "read" (HTTP: GET), "write" (HTTP: PUT), or
   *     "delete" (HTTP: DELETE), "resumable" (HTTP: POST).
   *     When using "resumable", the header `X-Goog-Resumable: start` has
   *     to be sent when making a request with the signed URL.
   * @param {*} config.expires A timestamp when this link will expire. Any value
   *     given is passed to `new Date()`.
   *     Note: 'v4' supports maximum duration of 7 days (604800 seconds) from now.
   *     See [reference]{@link https://cloud.google.com/storage/docs/access-control/signed-urls#example}
   * @param {string} [config.version='v2'] The signing version to use, either
   *     'v2' or 'v4'.
   * @param {boolean} [config.virtualHostedStyle=false] Use virtual hosted-style
   *     URLs (e.g. 'https://mybucket.storage.googleapis.com/...') instead of path-style
   *     (e.g. 'https://storage.googleapis.com/mybucket/...'). Virtual hosted-style URLs
   *     should generally be preferred instead of path-style URL.
   *     Currently defaults to `false` for path-style, although this may change in a
   *     future major-version release.
   * @param {string} [config.cname] The cname for this bucket, i.e.,
   *     "https://cdn.example.com".
   * @param {string} [config.contentMd5] The MD5 digest value in base64. Just like
   *     if you provide this, the client must provide this HTTP header with this same
   *     value in its request, so to if this parameter is not provided here,
   *     the client must not provide any value for this HTTP header in its request.
   * @param {string} [config.contentType] Just like if you provide this, the client
   *     must provide this HTTP header with this same value in its request, so to if
   *     this parameter is not provided here, the client must not provide any value
   *     for this HTTP header in its request.
   * @param {object} [config.extensionHeaders] If these headers are used, the
   * server will check to make sure that the client provides matching
   * values. See {@link https://cloud.google.com/storage/docs/access-control/signed-urls#about-canonical-extension-headers| Canonical extension headers}
   * for the requirements of this feature, most notably:
   * - The header name must be prefixed with `x-goog-`
   * - The header name must be all lowercase
   *
   * Note: Multi-valued header passed as an array in the extensionHeaders
   *       object is converted into a string, delimited by `,` with
   *       no space. Requests made using the signed URL will need to
   *       delimit multi-valued headers using a single `,` as well, or
   *       else the server will report a mismatched signature.
   * @param {object} [config.queryParams] Additional query parameters to include
   *     in the signed URL.
   * @param {string} [config.promptSaveAs] The filename to prompt the user to
   *     save the file as when the signed url is accessed. This is ignored if
   *     `config.responseDisposition` is set.
   * @param {string} [config.responseDisposition] The
   *     {@link http://goo.gl/yMWxQV| response-content-disposition parameter} of the
   *     signed url.
   * @param {*} [config.accessibleAt=Date.now()] A timestamp when this link became usable. Any value
   *     given is passed to `new Date()`.
   *     Note: Use for 'v4' only.
   * @param {string} [config.responseType] The response-content-type parameter
   *     of the signed url.
   * @param {GetSignedUrlCallback} [callback] Callback function.
   * @returns {Promise<GetSignedUrlResponse>}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const myBucket = storage.bucket('my-bucket');
   *
   * const file = myBucket.file('my-file');
   *
   * //-
   * // Generate a URL that allows temporary access to download your file.
   * //-
   * const request = require('request');
   *
   * const config = {
   *   action: 'read',
   *   expires: '03-17-2025',
   * };
   *
   * file.getSignedUrl(config, function(err, url) {
   *   if (err) {
   *     console.error(err);
   *     return;
   *   }
   *
   *   // The file is now available to read from this URL.
   *   request(url, function(err, resp) {
   *     // resp.statusCode = 200
   *   });
   * });
   *
   * //-
   * // Generate a URL that allows temporary access to download your file.
   * // Access will begin at accessibleAt and end at expires.
   * //-
   * const request = require('request');
   *
   * const config = {
   *   action: 'read',
   *   expires: '03-17-2025',
   *   accessibleAt: '03-13-2025'
   * };
   *
   * file.getSignedUrl(config, function(err, url) {
   *   if (err) {
   *     console.error(err);
   *     return;
   *   }
   *
   *   // The file will be available to read from this URL from 03-13-2025 to 03-17-2025.
   *   request(url, function(err, resp) {
   *     // resp.statusCode = 200
   *   });
   * });
   *
   * //-
   * // Generate a URL to allow write permissions. This means anyone with this
   * URL
   * // can send a POST request with new data that will overwrite the file.
   * //-
   * file.getSignedUrl({
   *   action: 'write',
   *   expires: '03-17-2025'
   * }, function(err, url) {
   *   if (err) {
   *     console.error(err);
   *     return;
   *   }
   *
   *   // The file is now available to be written to.
   *   const writeStream = request.put(url);
   *   writeStream.end('New data');
   *
   *   writeStream.on('complete', function(resp) {
   *     // Confirm the new content was saved.
   *     file.download(function(err, fileContents) {
   *       console.log('Contents:', fileContents.toString());
   *       // Contents: New data
   *     });
   *   });
   * });
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * file.getSignedUrl(config).then(function(data) {
   *   const url = data[0];
   * });
   *
   * ```
   * @example <caption>include:samples/files.js</caption>
   * region_tag:storage_generate_signed_url
   * Another example:
   */
  getSignedUrl(cfg, callback) {
    const method = ActionToHTTPMethod[cfg.action];
    const extensionHeaders = objectKeyToLowercase(cfg.extensionHeaders || {});
    if (cfg.action === "resumable") {
      extensionHeaders["x-goog-resumable"] = "start";
    }
    const queryParams = Object.assign({}, cfg.queryParams);
    if (typeof cfg.responseType === "string") {
      queryParams["response-content-type"] = cfg.responseType;
    }
    if (typeof cfg.promptSaveAs === "string") {
      queryParams["response-content-disposition"] = 'attachment; filename="' + cfg.promptSaveAs + '"';
    }
    if (typeof cfg.responseDisposition === "string") {
      queryParams["response-content-disposition"] = cfg.responseDisposition;
    }
    if (this.generation) {
      queryParams["generation"] = this.generation.toString();
    }
    const signConfig = {
      method,
      expires: cfg.expires,
      accessibleAt: cfg.accessibleAt,
      extensionHeaders,
      queryParams,
      contentMd5: cfg.contentMd5,
      contentType: cfg.contentType,
      host: cfg.host,
      signingEndpoint: cfg.signingEndpoint
    };
    if (cfg.cname) {
      signConfig.cname = cfg.cname;
    }
    if (cfg.version) {
      signConfig.version = cfg.version;
    }
    if (cfg.virtualHostedStyle) {
      signConfig.virtualHostedStyle = cfg.virtualHostedStyle;
    }
    if (!this.signer) {
      this.signer = new URLSigner(this.storage.authClient, this.bucket, this, this.storage);
    }
    void (async () => {
      let signedUrl;
      try {
        signedUrl = await this.signer.getSignedUrl(signConfig);
      } catch (err) {
        callback(err);
        return;
      }
      callback(null, signedUrl);
    })();
  }
  /**
   * @callback IsPublicCallback
   * @param {?Error} err Request error, if any.
   * @param {boolean} resp Whether file is public or not.
   */
  /**
   * @typedef {array} IsPublicResponse
   * @property {boolean} 0 Whether file is public or not.
   */
  /**
   * Check whether this file is public or not by sending
   * a HEAD request without credentials.
   * No errors from the server indicates that the current
   * file is public.
   * A 403-Forbidden error {@link https://cloud.google.com/storage/docs/json_api/v1/status-codes#403_Forbidden}
   * indicates that file is private.
   * Any other non 403 error is propagated to user.
   *
   * @param {IsPublicCallback} [callback] Callback function.
   * @returns {Promise<IsPublicResponse>}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const myBucket = storage.bucket('my-bucket');
   *
   * const file = myBucket.file('my-file');
   *
   * //-
   * // Check whether the file is publicly accessible.
   * //-
   * file.isPublic(function(err, resp) {
   *   if (err) {
   *     console.error(err);
   *     return;
   *   }
   *   console.log(`the file ${file.id} is public: ${resp}`) ;
   * })
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * file.isPublic().then(function(data) {
   *   const resp = data[0];
   * });
   * ```
   */
  isPublic(callback) {
    var _a2;
    const storageInterceptors = ((_a2 = this.storage) === null || _a2 === void 0 ? void 0 : _a2.interceptors) || [];
    const fileInterceptors = this.interceptors || [];
    const allInterceptors = storageInterceptors.concat(fileInterceptors);
    const headers = allInterceptors.reduce((acc, curInterceptor) => {
      const currentHeaders = curInterceptor.request({
        uri: `${this.storage.apiEndpoint}/${this.bucket.name}/${encodeURIComponent(this.name)}`
      });
      Object.assign(acc, currentHeaders.headers);
      return acc;
    }, {});
    util.makeRequest({
      method: "GET",
      uri: `${this.storage.apiEndpoint}/${this.bucket.name}/${encodeURIComponent(this.name)}`,
      headers
    }, {
      retryOptions: this.storage.retryOptions
    }, (err) => {
      if (err) {
        const apiError = err;
        if (apiError.code === 403) {
          callback(null, false);
        } else {
          callback(err);
        }
      } else {
        callback(null, true);
      }
    });
  }
  /**
   * @typedef {object} MakeFilePrivateOptions Configuration options for File#makePrivate().
   * @property {Metadata} [metadata] Define custom metadata properties to define
   *     along with the operation.
   * @property {boolean} [strict] If true, set the file to be private to
   *     only the owner user. Otherwise, it will be private to the project.
   * @property {string} [userProject] The ID of the project which will be
   *     billed for the request.
   */
  /**
   * @callback MakeFilePrivateCallback
   * @param {?Error} err Request error, if any.
   * @param {object} apiResponse The full API response.
   */
  /**
   * @typedef {array} MakeFilePrivateResponse
   * @property {object} 0 The full API response.
   */
  /**
   * Make a file private to the project and remove all other permissions.
   * Set `options.strict` to true to make the file private to only the owner.
   *
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/objects/patch| Objects: patch API Documentation}
   *
   * @param {MakeFilePrivateOptions} [options] Configuration options.
   * @param {MakeFilePrivateCallback} [callback] Callback function.
   * @returns {Promise<MakeFilePrivateResponse>}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const myBucket = storage.bucket('my-bucket');
   *
   * const file = myBucket.file('my-file');
   *
   * //-
   * // Set the file private so only project maintainers can see and modify it.
   * //-
   * file.makePrivate(function(err) {});
   *
   * //-
   * // Set the file private so only the owner can see and modify it.
   * //-
   * file.makePrivate({ strict: true }, function(err) {});
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * file.makePrivate().then(function(data) {
   *   const apiResponse = data[0];
   * });
   * ```
   */
  makePrivate(optionsOrCallback, callback) {
    var _a2, _b;
    const options = typeof optionsOrCallback === "object" ? optionsOrCallback : {};
    callback = typeof optionsOrCallback === "function" ? optionsOrCallback : callback;
    const query = {
      predefinedAcl: options.strict ? "private" : "projectPrivate"
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
    };
    if (((_a2 = options.preconditionOpts) === null || _a2 === void 0 ? void 0 : _a2.ifMetagenerationMatch) !== void 0) {
      query.ifMetagenerationMatch = (_b = options.preconditionOpts) === null || _b === void 0 ? void 0 : _b.ifMetagenerationMatch;
      delete options.preconditionOpts;
    }
    if (options.userProject) {
      query.userProject = options.userProject;
    }
    const metadata = { ...options.metadata, acl: null };
    this.setMetadata(metadata, query, callback);
  }
  /**
   * @typedef {array} MakeFilePublicResponse
   * @property {object} 0 The full API response.
   */
  /**
   * @callback MakeFilePublicCallback
   * @param {?Error} err Request error, if any.
   * @param {object} apiResponse The full API response.
   */
  /**
   * Set a file to be publicly readable and maintain all previous permissions.
   *
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/objectAccessControls/insert| ObjectAccessControls: insert API Documentation}
   *
   * @param {MakeFilePublicCallback} [callback] Callback function.
   * @returns {Promise<MakeFilePublicResponse>}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const myBucket = storage.bucket('my-bucket');
   *
   * const file = myBucket.file('my-file');
   *
   * file.makePublic(function(err, apiResponse) {});
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * file.makePublic().then(function(data) {
   *   const apiResponse = data[0];
   * });
   *
   * ```
   * @example <caption>include:samples/files.js</caption>
   * region_tag:storage_make_public
   * Another example:
   */
  makePublic(callback) {
    callback = callback || util.noop;
    this.acl.add({
      entity: "allUsers",
      role: "READER"
    }, (err, acl, resp) => {
      callback(err, resp);
    });
  }
  /**
   * The public URL of this File
   * Use {@link File#makePublic} to enable anonymous access via the returned URL.
   *
   * @returns {string}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const bucket = storage.bucket('albums');
   * const file = bucket.file('my-file');
   *
   * // publicUrl will be "https://storage.googleapis.com/albums/my-file"
   * const publicUrl = file.publicUrl();
   * ```
   */
  publicUrl() {
    return `${this.storage.apiEndpoint}/${this.bucket.name}/${encodeURIComponent(this.name)}`;
  }
  /**
   * @typedef {array} MoveFileAtomicResponse
   * @property {File} 0 The moved {@link File}.
   * @property {object} 1 The full API response.
   */
  /**
   * @callback MoveFileAtomicCallback
   * @param {?Error} err Request error, if any.
   * @param {File} movedFile The moved {@link File}.
   * @param {object} apiResponse The full API response.
   */
  /**
   * @typedef {object} MoveFileAtomicOptions Configuration options for File#moveFileAtomic(). See an
   *     {@link https://cloud.google.com/storage/docs/json_api/v1/objects#resource| Object resource}.
   * @property {string} [userProject] The ID of the project which will be
   *     billed for the request.
   * @property {object} [preconditionOpts] Precondition options.
   * @property {number} [preconditionOpts.ifGenerationMatch] Makes the operation conditional on whether the object's current generation matches the given value.
   */
  /**
   * Move this file within the same bucket.
   * The source object must exist and be a live object.
   * The source and destination object IDs must be different.
   * Overwriting the destination object is allowed by default, but can be prevented
   * using preconditions.
   * If the destination path includes non-existent parent folders, they will be created.
   *
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/objects/move| Objects: move API Documentation}
   *
   * @throws {Error} If the destination file is not provided.
   *
   * @param {string|File} destination Destination file name or File object within the same bucket..
   * @param {MoveFileAtomicOptions} [options] Configuration options. See an
   * @param {MoveFileAtomicCallback} [callback] Callback function.
   * @returns {Promise<MoveFileAtomicResponse>}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   *
   * //-
   * // Assume 'my-bucket' is a bucket.
   * //-
   * const bucket = storage.bucket('my-bucket');
   * const file = bucket.file('my-image.png');
   *
   * //-
   * // If you pass in a string for the destination, the file is copied to its
   * // current bucket, under the new name provided.
   * //-
   * file.moveFileAtomic('moved-image.png', function(err, movedFile, apiResponse) {
   *   // `my-bucket` now contains:
   *   // - "moved-image.png"
   *
   *   // `movedFile` is an instance of a File object that refers to your new
   *   // file.
   * });
   *
   * //-
   * // Move the file to a subdirectory, creating parent folders if necessary.
   * //-
   * file.moveFileAtomic('new-folder/subfolder/moved-image.png', function(err, movedFile, apiResponse) {
   * // `my-bucket` now contains:
   * // - "new-folder/subfolder/moved-image.png"
   * });
   *
   * //-
   * // Prevent overwriting an existing destination object using preconditions.
   * //-
   * file.moveFileAtomic('existing-destination.png', {
   * preconditionOpts: {
   * ifGenerationMatch: 0 // Fails if the destination object exists.
   * }
   * }, function(err, movedFile, apiResponse) {
   * if (err) {
   * // Handle the error (e.g., the destination object already exists).
   * } else {
   * // Move successful.
   * }
   * });
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * file.moveFileAtomic('moved-image.png).then(function(data) {
   *   const newFile = data[0];
   *   const apiResponse = data[1];
   * });
   *
   * ```
   * @example <caption>include:samples/files.js</caption>
   * region_tag:storage_move_file
   * Another example:
   */
  moveFileAtomic(destination, optionsOrCallback, callback) {
    var _a2, _b;
    const noDestinationError = new Error(FileExceptionMessages.DESTINATION_NO_NAME);
    if (!destination) {
      throw noDestinationError;
    }
    let options = {};
    if (typeof optionsOrCallback === "function") {
      callback = optionsOrCallback;
    } else if (optionsOrCallback) {
      options = { ...optionsOrCallback };
    }
    callback = callback || util.noop;
    let destName;
    let newFile;
    if (typeof destination === "string") {
      const parsedDestination = GS_URL_REGEXP.exec(destination);
      if (parsedDestination !== null && parsedDestination.length === 3) {
        destName = parsedDestination[2];
      } else {
        destName = destination;
      }
    } else if (destination instanceof _File) {
      destName = destination.name;
      newFile = destination;
    } else {
      throw noDestinationError;
    }
    newFile = newFile || this.bucket.file(destName);
    if (!this.shouldRetryBasedOnPreconditionAndIdempotencyStrat(options === null || options === void 0 ? void 0 : options.preconditionOpts)) {
      this.storage.retryOptions.autoRetry = false;
    }
    const query = {};
    if (options.userProject !== void 0) {
      query.userProject = options.userProject;
      delete options.userProject;
    }
    if (((_a2 = options.preconditionOpts) === null || _a2 === void 0 ? void 0 : _a2.ifGenerationMatch) !== void 0) {
      query.ifGenerationMatch = (_b = options.preconditionOpts) === null || _b === void 0 ? void 0 : _b.ifGenerationMatch;
      delete options.preconditionOpts;
    }
    this.request({
      method: "POST",
      uri: `/moveTo/o/${encodeURIComponent(newFile.name)}`,
      qs: query,
      json: options
    }, (err, resp) => {
      this.storage.retryOptions.autoRetry = this.instanceRetryValue;
      if (err) {
        callback(err, null, resp);
        return;
      }
      callback(null, newFile, resp);
    });
  }
  /**
   * @typedef {array} MoveResponse
   * @property {File} 0 The destination File.
   * @property {object} 1 The full API response.
   */
  /**
   * @callback MoveCallback
   * @param {?Error} err Request error, if any.
   * @param {?File} destinationFile The destination File.
   * @param {object} apiResponse The full API response.
   */
  /**
   * @typedef {object} MoveOptions Configuration options for File#move(). See an
   *     {@link https://cloud.google.com/storage/docs/json_api/v1/objects#resource| Object resource}.
   * @param {string} [userProject] The ID of the project which will be
   *     billed for the request.
   */
  /**
   * Move this file to another location. By default, this will rename the file
   * and keep it in the same bucket, but you can choose to move it to another
   * Bucket by providing a Bucket or File object or a URL beginning with
   * "gs://".
   *
   * **Warning**:
   * There is currently no atomic `move` method in the Cloud Storage API,
   * so this method is a composition of {@link File#copy} (to the new
   * location) and {@link File#delete} (from the old location). While
   * unlikely, it is possible that an error returned to your callback could be
   * triggered from either one of these API calls failing, which could leave a
   * duplicate file lingering. The error message will indicate what operation
   * has failed.
   *
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/objects/copy| Objects: copy API Documentation}
   *
   * @throws {Error} If the destination file is not provided.
   *
   * @param {string|Bucket|File} destination Destination file.
   * @param {MoveCallback} [callback] Callback function.
   * @returns {Promise<MoveResponse>}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * //-
   * // You can pass in a variety of types for the destination.
   * //
   * // For all of the below examples, assume we are working with the following
   * // Bucket and File objects.
   * //-
   * const bucket = storage.bucket('my-bucket');
   * const file = bucket.file('my-image.png');
   *
   * //-
   * // If you pass in a string for the destination, the file is moved to its
   * // current bucket, under the new name provided.
   * //-
   * file.move('my-image-new.png', function(err, destinationFile, apiResponse) {
   *   // `my-bucket` no longer contains:
   *   // - "my-image.png"
   *   // but contains instead:
   *   // - "my-image-new.png"
   *
   *   // `destinationFile` is an instance of a File object that refers to your
   *   // new file.
   * });
   *
   * //-
   * // If you pass in a string starting with "gs://" for the destination, the
   * // file is copied to the other bucket and under the new name provided.
   * //-
   * const newLocation = 'gs://another-bucket/my-image-new.png';
   * file.move(newLocation, function(err, destinationFile, apiResponse) {
   *   // `my-bucket` no longer contains:
   *   // - "my-image.png"
   *   //
   *   // `another-bucket` now contains:
   *   // - "my-image-new.png"
   *
   *   // `destinationFile` is an instance of a File object that refers to your
   *   // new file.
   * });
   *
   * //-
   * // If you pass in a Bucket object, the file will be moved to that bucket
   * // using the same name.
   * //-
   * const anotherBucket = gcs.bucket('another-bucket');
   *
   * file.move(anotherBucket, function(err, destinationFile, apiResponse) {
   *   // `my-bucket` no longer contains:
   *   // - "my-image.png"
   *   //
   *   // `another-bucket` now contains:
   *   // - "my-image.png"
   *
   *   // `destinationFile` is an instance of a File object that refers to your
   *   // new file.
   * });
   *
   * //-
   * // If you pass in a File object, you have complete control over the new
   * // bucket and filename.
   * //-
   * const anotherFile = anotherBucket.file('my-awesome-image.png');
   *
   * file.move(anotherFile, function(err, destinationFile, apiResponse) {
   *   // `my-bucket` no longer contains:
   *   // - "my-image.png"
   *   //
   *   // `another-bucket` now contains:
   *   // - "my-awesome-image.png"
   *
   *   // Note:
   *   // The `destinationFile` parameter is equal to `anotherFile`.
   * });
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * file.move('my-image-new.png').then(function(data) {
   *   const destinationFile = data[0];
   *   const apiResponse = data[1];
   * });
   *
   * ```
   * @example <caption>include:samples/files.js</caption>
   * region_tag:storage_move_file
   * Another example:
   */
  move(destination, optionsOrCallback, callback) {
    const options = typeof optionsOrCallback === "object" ? optionsOrCallback : {};
    callback = typeof optionsOrCallback === "function" ? optionsOrCallback : callback;
    callback = callback || util.noop;
    this.copy(destination, options, (err, destinationFile, copyApiResponse) => {
      if (err) {
        err.message = "file#copy failed with an error - " + err.message;
        callback(err, null, copyApiResponse);
        return;
      }
      if (this.name !== destinationFile.name || this.bucket.name !== destinationFile.bucket.name) {
        this.delete(options, (err2, apiResponse) => {
          if (err2) {
            err2.message = "file#delete failed with an error - " + err2.message;
            callback(err2, destinationFile, apiResponse);
            return;
          }
          callback(null, destinationFile, copyApiResponse);
        });
      } else {
        callback(null, destinationFile, copyApiResponse);
      }
    });
  }
  /**
   * @typedef {array} RenameResponse
   * @property {File} 0 The destination File.
   * @property {object} 1 The full API response.
   */
  /**
   * @callback RenameCallback
   * @param {?Error} err Request error, if any.
   * @param {?File} destinationFile The destination File.
   * @param {object} apiResponse The full API response.
   */
  /**
   * @typedef {object} RenameOptions Configuration options for File#move(). See an
   *     {@link https://cloud.google.com/storage/docs/json_api/v1/objects#resource| Object resource}.
   * @param {string} [userProject] The ID of the project which will be
   *     billed for the request.
   */
  /**
   * Rename this file.
   *
   * **Warning**:
   * There is currently no atomic `rename` method in the Cloud Storage API,
   * so this method is an alias of {@link File#move}, which in turn is a
   * composition of {@link File#copy} (to the new location) and
   * {@link File#delete} (from the old location). While
   * unlikely, it is possible that an error returned to your callback could be
   * triggered from either one of these API calls failing, which could leave a
   * duplicate file lingering. The error message will indicate what operation
   * has failed.
   *
   * @param {string|File} destinationFile Destination file.
   * @param {RenameCallback} [callback] Callback function.
   * @returns {Promise<RenameResponse>}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   *
   * //-
   * // You can pass in a string or a File object.
   * //
   * // For all of the below examples, assume we are working with the following
   * // Bucket and File objects.
   * //-
   *
   * const bucket = storage.bucket('my-bucket');
   * const file = bucket.file('my-image.png');
   *
   * //-
   * // You can pass in a string for the destinationFile.
   * //-
   * file.rename('renamed-image.png', function(err, renamedFile, apiResponse) {
   *   // `my-bucket` no longer contains:
   *   // - "my-image.png"
   *   // but contains instead:
   *   // - "renamed-image.png"
   *
   *   // `renamedFile` is an instance of a File object that refers to your
   *   // renamed file.
   * });
   *
   * //-
   * // You can pass in a File object.
   * //-
   * const anotherFile = anotherBucket.file('my-awesome-image.png');
   *
   * file.rename(anotherFile, function(err, renamedFile, apiResponse) {
   *   // `my-bucket` no longer contains:
   *   // - "my-image.png"
   *
   *   // Note:
   *   // The `renamedFile` parameter is equal to `anotherFile`.
   * });
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * file.rename('my-renamed-image.png').then(function(data) {
   *   const renamedFile = data[0];
   *   const apiResponse = data[1];
   * });
   * ```
   */
  rename(destinationFile, optionsOrCallback, callback) {
    const options = typeof optionsOrCallback === "object" ? optionsOrCallback : {};
    callback = typeof optionsOrCallback === "function" ? optionsOrCallback : callback;
    callback = callback || util.noop;
    this.move(destinationFile, options, callback);
  }
  /**
   * @typedef {object} RestoreOptions Options for File#restore(). See an
   *     {@link https://cloud.google.com/storage/docs/json_api/v1/objects#resource| Object resource}.
   * @param {string} [userProject] The ID of the project which will be
   *     billed for the request.
   * @param {number} [generation] If present, selects a specific revision of this object.
   * @param {string} [restoreToken] Returns an option that must be specified when getting a soft-deleted object from an HNS-enabled
   *  bucket that has a naming and generation conflict with another object in the same bucket.
   * @param {string} [projection] Specifies the set of properties to return. If used, must be 'full' or 'noAcl'.
   * @param {string | number} [ifGenerationMatch] Request proceeds if the generation of the target resource
   *  matches the value used in the precondition.
   *  If the values don't match, the request fails with a 412 Precondition Failed response.
   * @param {string | number} [ifGenerationNotMatch] Request proceeds if the generation of the target resource does
   *  not match the value used in the precondition. If the values match, the request fails with a 304 Not Modified response.
   * @param {string | number} [ifMetagenerationMatch] Request proceeds if the meta-generation of the target resource
   *  matches the value used in the precondition.
   *  If the values don't match, the request fails with a 412 Precondition Failed response.
   * @param {string | number} [ifMetagenerationNotMatch]  Request proceeds if the meta-generation of the target resource does
   *  not match the value used in the precondition. If the values match, the request fails with a 304 Not Modified response.
   */
  /**
   * Restores a soft-deleted file
   * @param {RestoreOptions} options Restore options.
   * @returns {Promise<File>}
   */
  async restore(options) {
    const [file] = await this.request({
      method: "POST",
      uri: "/restore",
      qs: options
    });
    return file;
  }
  /**
   * Makes request and applies userProject query parameter if necessary.
   *
   * @private
   *
   * @param {object} reqOpts - The request options.
   * @param {function} callback - The callback function.
   */
  request(reqOpts, callback) {
    return this.parent.request.call(this, reqOpts, callback);
  }
  /**
   * @callback RotateEncryptionKeyCallback
   * @extends CopyCallback
   */
  /**
   * @typedef RotateEncryptionKeyResponse
   * @extends CopyResponse
   */
  /**
   * @param {string|buffer|object} RotateEncryptionKeyOptions Configuration options
   *     for File#rotateEncryptionKey().
   * If a string or Buffer is provided, it is interpreted as an AES-256,
   * customer-supplied encryption key. If you'd like to use a Cloud KMS key
   * name, you must specify an options object with the property name:
   * `kmsKeyName`.
   * @param {string|buffer} [options.encryptionKey] An AES-256 encryption key.
   * @param {string} [options.kmsKeyName] A Cloud KMS key name.
   */
  /**
   * This method allows you to update the encryption key associated with this
   * file.
   *
   * See {@link https://cloud.google.com/storage/docs/encryption#customer-supplied| Customer-supplied Encryption Keys}
   *
   * @param {RotateEncryptionKeyOptions} [options] - Configuration options.
   * @param {RotateEncryptionKeyCallback} [callback]
   * @returns {Promise<File>}
   *
   * @example <caption>include:samples/encryption.js</caption>
   * region_tag:storage_rotate_encryption_key
   * Example of rotating the encryption key for this file:
   */
  rotateEncryptionKey(optionsOrCallback, callback) {
    var _a2;
    callback = typeof optionsOrCallback === "function" ? optionsOrCallback : callback;
    let options = {};
    if (typeof optionsOrCallback === "string" || optionsOrCallback instanceof Buffer) {
      options = {
        encryptionKey: optionsOrCallback
      };
    } else if (typeof optionsOrCallback === "object") {
      options = optionsOrCallback;
    }
    const newFile = this.bucket.file(this.id, options);
    const copyOptions = ((_a2 = options.preconditionOpts) === null || _a2 === void 0 ? void 0 : _a2.ifGenerationMatch) !== void 0 ? { preconditionOpts: options.preconditionOpts } : {};
    this.copy(newFile, copyOptions, (err, file, resp) => {
      if (!err) {
        if (options.encryptionKey !== void 0) {
          this.setEncryptionKey(options.encryptionKey);
        } else {
          this.setEncryptionKey(null);
        }
        if (options.kmsKeyName !== void 0) {
          this.kmsKeyName = options.kmsKeyName;
        } else {
          this.kmsKeyName = void 0;
        }
      }
      if (callback) {
        callback(err, file, resp);
      }
    });
  }
  /**
   * @typedef {object} SaveOptions
   * @extends CreateWriteStreamOptions
   */
  /**
   * @callback SaveCallback
   * @param {?Error} err Request error, if any.
   */
  /**
   * Write strings or buffers to a file.
   *
   * *This is a convenience method which wraps {@link File#createWriteStream}.*
   * To upload arbitrary data to a file, please use {@link File#createWriteStream} directly.
   *
   * Resumable uploads are automatically enabled and must be shut off explicitly
   * by setting `options.resumable` to `false`.
   *
   * Multipart uploads with retryable error codes will be retried 3 times with exponential backoff.
   *
   * <p class="notice">
   *   There is some overhead when using a resumable upload that can cause
   *   noticeable performance degradation while uploading a series of small
   * files. When uploading files less than 10MB, it is recommended that the
   * resumable feature is disabled.
   * </p>
   *
   * @param {SaveData} data The data to write to a file.
   * @param {SaveOptions} [options] See {@link File#createWriteStream}'s `options`
   *     parameter.
   * @param {SaveCallback} [callback] Callback function.
   * @returns {Promise}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const myBucket = storage.bucket('my-bucket');
   *
   * const file = myBucket.file('my-file');
   * const contents = 'This is the contents of the file.';
   *
   * file.save(contents, function(err) {
   *   if (!err) {
   *     // File written successfully.
   *   }
   * });
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * file.save(contents).then(function() {});
   * ```
   */
  save(data, optionsOrCallback, callback) {
    var _a2;
    callback = typeof optionsOrCallback === "function" ? optionsOrCallback : callback;
    const options = typeof optionsOrCallback === "object" ? optionsOrCallback : {};
    const validationError = handleContextValidation((_a2 = options.metadata) === null || _a2 === void 0 ? void 0 : _a2.contexts, callback);
    if (validationError)
      return validationError;
    let maxRetries = this.storage.retryOptions.maxRetries;
    if (!this.shouldRetryBasedOnPreconditionAndIdempotencyStrat(options === null || options === void 0 ? void 0 : options.preconditionOpts)) {
      maxRetries = 0;
    }
    const returnValue = (0, import_async_retry2.default)(async (bail) => {
      return new Promise((resolve2, reject) => {
        if (maxRetries === 0) {
          this.storage.retryOptions.autoRetry = false;
        }
        const writable = this.createWriteStream(options);
        if (options.onUploadProgress) {
          writable.on("progress", options.onUploadProgress);
        }
        const handleError = (err) => {
          if (this.storage.retryOptions.autoRetry && this.storage.retryOptions.retryableErrorFn(err)) {
            return reject(err);
          }
          return bail(err);
        };
        if (typeof data === "string" || Buffer.isBuffer(data) || data instanceof Uint8Array) {
          writable.on("error", handleError).on("finish", () => resolve2()).end(data);
        } else {
          pipeline(data, writable, (err) => {
            if (err) {
              if (typeof data !== "function") {
                return bail(err);
              }
              handleError(err);
            } else {
              resolve2();
            }
          });
        }
      });
    }, {
      retries: maxRetries,
      factor: this.storage.retryOptions.retryDelayMultiplier,
      maxTimeout: this.storage.retryOptions.maxRetryDelay * 1e3,
      //convert to milliseconds
      maxRetryTime: this.storage.retryOptions.totalTimeout * 1e3
      //convert to milliseconds
    });
    if (!callback) {
      return returnValue;
    }
    return (async () => {
      try {
        await returnValue;
      } catch (err) {
        callback(err);
        return;
      }
      callback();
    })();
  }
  setMetadata(metadata, optionsOrCallback, cb) {
    const options = typeof optionsOrCallback === "object" ? optionsOrCallback : {};
    cb = typeof optionsOrCallback === "function" ? optionsOrCallback : cb;
    const validationError = handleContextValidation(metadata.contexts, cb);
    if (validationError)
      return validationError;
    this.disableAutoRetryConditionallyIdempotent_(this.methods.setMetadata, AvailableServiceObjectMethods.setMetadata, options);
    void (async () => {
      let resp;
      try {
        resp = await super.setMetadata(metadata, options);
      } catch (err) {
        cb(err);
        return;
      } finally {
        this.storage.retryOptions.autoRetry = this.instanceRetryValue;
      }
      cb(null, ...resp);
    })();
  }
  /**
   * @typedef {array} SetStorageClassResponse
   * @property {object} 0 The full API response.
   */
  /**
   * @typedef {object} SetStorageClassOptions Configuration options for File#setStorageClass().
   * @property {string} [userProject] The ID of the project which will be
   *     billed for the request.
   */
  /**
   * @callback SetStorageClassCallback
   * @param {?Error} err Request error, if any.
   * @param {object} apiResponse The full API response.
   */
  /**
   * Set the storage class for this file.
   *
   * See {@link https://cloud.google.com/storage/docs/per-object-storage-class| Per-Object Storage Class}
   * See {@link https://cloud.google.com/storage/docs/storage-classes| Storage Classes}
   *
   * @param {string} storageClass The new storage class. (`standard`,
   *     `nearline`, `coldline`, or `archive`)
   *     **Note:** The storage classes `multi_regional` and `regional`
   *     are now legacy and will be deprecated in the future.
   * @param {SetStorageClassOptions} [options] Configuration options.
   * @param {string} [options.userProject] The ID of the project which will be
   *     billed for the request.
   * @param {SetStorageClassCallback} [callback] Callback function.
   * @returns {Promise<SetStorageClassResponse>}
   *
   * @example
   * ```
   * file.setStorageClass('nearline', function(err, apiResponse) {
   *   if (err) {
   *     // Error handling omitted.
   *   }
   *
   *   // The storage class was updated successfully.
   * });
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * file.setStorageClass('nearline').then(function() {});
   * ```
   */
  setStorageClass(storageClass, optionsOrCallback, callback) {
    callback = typeof optionsOrCallback === "function" ? optionsOrCallback : callback;
    const options = typeof optionsOrCallback === "object" ? optionsOrCallback : {};
    const req = {
      ...options,
      // In case we get input like `storageClass`, convert to `storage_class`.
      storageClass: storageClass.replace(/-/g, "_").replace(/([a-z])([A-Z])/g, (_, low, up) => {
        return low + "_" + up;
      }).toUpperCase()
    };
    this.copy(this, req, (err, file, apiResponse) => {
      if (err) {
        callback(err, apiResponse);
        return;
      }
      this.metadata = file.metadata;
      callback(null, apiResponse);
    });
  }
  /**
   * Set a user project to be billed for all requests made from this File
   * object.
   *
   * @param {string} userProject The user project.
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const bucket = storage.bucket('albums');
   * const file = bucket.file('my-file');
   *
   * file.setUserProject('grape-spaceship-123');
   * ```
   */
  setUserProject(userProject) {
    this.bucket.setUserProject.call(this, userProject);
  }
  /**
   * This creates a resumable-upload upload stream.
   *
   * @param {Duplexify} stream - Duplexify stream of data to pipe to the file.
   * @param {object=} options - Configuration object.
   *
   * @private
   */
  startResumableUpload_(dup, options = {}) {
    var _a2;
    (_a2 = options.metadata) !== null && _a2 !== void 0 ? _a2 : options.metadata = {};
    const retryOptions = this.storage.retryOptions;
    if (!this.shouldRetryBasedOnPreconditionAndIdempotencyStrat(options.preconditionOpts)) {
      retryOptions.autoRetry = false;
    }
    const cfg = {
      authClient: this.storage.authClient,
      apiEndpoint: this.storage.apiEndpoint,
      bucket: this.bucket.name,
      customRequestOptions: this.getRequestInterceptors().reduce((reqOpts, interceptorFn) => interceptorFn(reqOpts), {}),
      file: this.name,
      generation: this.generation,
      isPartialUpload: options.isPartialUpload,
      key: this.encryptionKey === null ? void 0 : this.encryptionKey,
      kmsKeyName: this.kmsKeyName,
      metadata: options.metadata,
      offset: options.offset,
      predefinedAcl: options.predefinedAcl,
      private: options.private,
      public: options.public,
      uri: options.uri,
      userProject: options.userProject || this.userProject,
      retryOptions: { ...retryOptions },
      params: (options === null || options === void 0 ? void 0 : options.preconditionOpts) || this.instancePreconditionOpts,
      chunkSize: options === null || options === void 0 ? void 0 : options.chunkSize,
      highWaterMark: options === null || options === void 0 ? void 0 : options.highWaterMark,
      universeDomain: this.bucket.storage.universeDomain,
      [GCCL_GCS_CMD_KEY]: options[GCCL_GCS_CMD_KEY]
    };
    let uploadStream;
    try {
      uploadStream = upload(cfg);
    } catch (error) {
      dup.destroy(error);
      this.storage.retryOptions.autoRetry = this.instanceRetryValue;
      return;
    }
    uploadStream.on("response", (resp) => {
      dup.emit("response", resp);
    }).on("uri", (uri) => {
      dup.emit("uri", uri);
    }).on("metadata", (metadata) => {
      this.metadata = metadata;
      dup.emit("metadata");
    }).on("finish", () => {
      dup.emit("complete");
    }).on("progress", (evt) => dup.emit("progress", evt));
    dup.setWritable(uploadStream);
    this.storage.retryOptions.autoRetry = this.instanceRetryValue;
  }
  /**
   * Takes a readable stream and pipes it to a remote file. Unlike
   * `startResumableUpload_`, which uses the resumable upload technique, this
   * method uses a simple upload (all or nothing).
   *
   * @param {Duplexify} dup - Duplexify stream of data to pipe to the file.
   * @param {object=} options - Configuration object.
   *
   * @private
   */
  startSimpleUpload_(dup, options = {}) {
    var _a2;
    (_a2 = options.metadata) !== null && _a2 !== void 0 ? _a2 : options.metadata = {};
    const apiEndpoint = this.storage.apiEndpoint;
    const bucketName = this.bucket.name;
    const uri = `${apiEndpoint}/upload/storage/v1/b/${bucketName}/o`;
    const reqOpts = {
      qs: {
        name: this.name
      },
      uri,
      [GCCL_GCS_CMD_KEY]: options[GCCL_GCS_CMD_KEY]
    };
    if (this.generation !== void 0) {
      reqOpts.qs.ifGenerationMatch = this.generation;
    }
    if (this.kmsKeyName !== void 0) {
      reqOpts.qs.kmsKeyName = this.kmsKeyName;
    }
    if (typeof options.timeout === "number") {
      reqOpts.timeout = options.timeout;
    }
    if (options.userProject || this.userProject) {
      reqOpts.qs.userProject = options.userProject || this.userProject;
    }
    if (options.predefinedAcl) {
      reqOpts.qs.predefinedAcl = options.predefinedAcl;
    } else if (options.private) {
      reqOpts.qs.predefinedAcl = "private";
    } else if (options.public) {
      reqOpts.qs.predefinedAcl = "publicRead";
    }
    Object.assign(reqOpts.qs, this.instancePreconditionOpts, options.preconditionOpts);
    util.makeWritableStream(dup, {
      makeAuthenticatedRequest: (reqOpts2) => {
        this.request(reqOpts2, (err, body, resp) => {
          if (err) {
            dup.destroy(err);
            return;
          }
          this.metadata = body;
          dup.emit("metadata", body);
          dup.emit("response", resp);
          dup.emit("complete");
        });
      },
      metadata: options.metadata,
      request: reqOpts
    });
  }
  disableAutoRetryConditionallyIdempotent_(coreOpts, methodType, localPreconditionOptions) {
    var _a2, _b, _c, _d;
    if (typeof coreOpts === "object" && ((_b = (_a2 = coreOpts === null || coreOpts === void 0 ? void 0 : coreOpts.reqOpts) === null || _a2 === void 0 ? void 0 : _a2.qs) === null || _b === void 0 ? void 0 : _b.ifGenerationMatch) === void 0 && (localPreconditionOptions === null || localPreconditionOptions === void 0 ? void 0 : localPreconditionOptions.ifGenerationMatch) === void 0 && methodType === AvailableServiceObjectMethods.delete && this.storage.retryOptions.idempotencyStrategy === IdempotencyStrategy.RetryConditional || this.storage.retryOptions.idempotencyStrategy === IdempotencyStrategy.RetryNever) {
      this.storage.retryOptions.autoRetry = false;
    }
    if (typeof coreOpts === "object" && ((_d = (_c = coreOpts === null || coreOpts === void 0 ? void 0 : coreOpts.reqOpts) === null || _c === void 0 ? void 0 : _c.qs) === null || _d === void 0 ? void 0 : _d.ifMetagenerationMatch) === void 0 && (localPreconditionOptions === null || localPreconditionOptions === void 0 ? void 0 : localPreconditionOptions.ifMetagenerationMatch) === void 0 && methodType === AvailableServiceObjectMethods.setMetadata && this.storage.retryOptions.idempotencyStrategy === IdempotencyStrategy.RetryConditional || this.storage.retryOptions.idempotencyStrategy === IdempotencyStrategy.RetryNever) {
      this.storage.retryOptions.autoRetry = false;
    }
  }
  async getBufferFromReadable(readable) {
    const buf = [];
    for await (const chunk of readable) {
      buf.push(chunk);
    }
    return Buffer.concat(buf);
  }
};
_File_instances = /* @__PURE__ */ new WeakSet(), _File_validateIntegrity = /**
 *
 * @param hashCalculatingStream
 * @param verify
 * @returns {boolean} Returns `true` if valid, throws with error otherwise
 */
async function _File_validateIntegrity2(hashCalculatingStream, verify = {}) {
  const metadata = this.metadata;
  let dataMismatch = !!(verify.crc32c || verify.md5);
  if (verify.crc32c && metadata.crc32c) {
    dataMismatch = !hashCalculatingStream.test("crc32c", metadata.crc32c);
  }
  if (verify.md5 && metadata.md5Hash) {
    dataMismatch = !hashCalculatingStream.test("md5", metadata.md5Hash);
  }
  if (dataMismatch) {
    const errors = [];
    let code = "";
    let message = "";
    try {
      await this.delete();
      if (verify.md5 && !metadata.md5Hash) {
        code = "MD5_NOT_AVAILABLE";
        message = FileExceptionMessages.MD5_NOT_AVAILABLE;
      } else {
        code = "FILE_NO_UPLOAD";
        message = FileExceptionMessages.UPLOAD_MISMATCH;
      }
    } catch (e) {
      const error2 = e;
      code = "FILE_NO_UPLOAD_DELETE";
      message = `${FileExceptionMessages.UPLOAD_MISMATCH_DELETE_FAIL}${error2.message}`;
      errors.push(error2);
    }
    const error = new RequestError(message);
    error.code = code;
    error.errors = errors;
    throw error;
  }
  return true;
};
(0, import_promisify3.promisifyAll)(File2, {
  exclude: [
    "cloudStorageURI",
    "publicUrl",
    "request",
    "save",
    "setEncryptionKey",
    "shouldRetryBasedOnPreconditionAndIdempotencyStrat",
    "getBufferFromReadable",
    "restore"
  ]
});

// node_modules/@google-cloud/storage/build/esm/src/iam.js
var import_promisify4 = __toESM(require_src4(), 1);
var IAMExceptionMessages;
(function(IAMExceptionMessages2) {
  IAMExceptionMessages2["POLICY_OBJECT_REQUIRED"] = "A policy object is required.";
  IAMExceptionMessages2["PERMISSIONS_REQUIRED"] = "Permissions are required.";
})(IAMExceptionMessages || (IAMExceptionMessages = {}));
var Iam = class {
  constructor(bucket) {
    this.request_ = bucket.request.bind(bucket);
    this.resourceId_ = "buckets/" + bucket.getId();
  }
  /**
   * @typedef {object} GetPolicyOptions Requested options for IAM#getPolicy().
   * @property {number} [requestedPolicyVersion] The version of IAM policies to
   *     request. If a policy with a condition is requested without setting
   *     this, the server will return an error. This must be set to a value
   *     of 3 to retrieve IAM policies containing conditions. This is to
   *     prevent client code that isn't aware of IAM conditions from
   *     interpreting and modifying policies incorrectly. The service might
   *     return a policy with version lower than the one that was requested,
   *     based on the feature syntax in the policy fetched.
   *     See {@link https://cloud.google.com/iam/docs/policies#versions| IAM Policy versions}
   * @property {string} [userProject] The ID of the project which will be
   *     billed for the request.
   */
  /**
   * @typedef {array} GetPolicyResponse
   * @property {Policy} 0 The policy.
   * @property {object} 1 The full API response.
   */
  /**
   * @typedef {object} Policy
   * @property {PolicyBinding[]} policy.bindings Bindings associate members with roles.
   * @property {string} [policy.etag] Etags are used to perform a read-modify-write.
   * @property {number} [policy.version] The syntax schema version of the Policy.
   *      To set an IAM policy with conditional binding, this field must be set to
   *      3 or greater.
   *     See {@link https://cloud.google.com/iam/docs/policies#versions| IAM Policy versions}
   */
  /**
   * @typedef {object} PolicyBinding
   * @property {string} role Role that is assigned to members.
   * @property {string[]} members Specifies the identities requesting access for the bucket.
   * @property {Expr} [condition] The condition that is associated with this binding.
   */
  /**
   * @typedef {object} Expr
   * @property {string} [title] An optional title for the expression, i.e. a
   *     short string describing its purpose. This can be used e.g. in UIs
   *     which allow to enter the expression.
   * @property {string} [description] An optional description of the
   *     expression. This is a longer text which describes the expression,
   *     e.g. when hovered over it in a UI.
   * @property {string} expression Textual representation of an expression in
   *     Common Expression Language syntax. The application context of the
   *     containing message determines which well-known feature set of CEL
   *     is supported.The condition that is associated with this binding.
   *
   * @see [Condition] https://cloud.google.com/storage/docs/access-control/iam#conditions
   */
  /**
   * Get the IAM policy.
   *
   * @param {GetPolicyOptions} [options] Request options.
   * @param {GetPolicyCallback} [callback] Callback function.
   * @returns {Promise<GetPolicyResponse>}
   *
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/buckets/getIamPolicy| Buckets: setIamPolicy API Documentation}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const bucket = storage.bucket('my-bucket');
   *
   * bucket.iam.getPolicy(
   *     {requestedPolicyVersion: 3},
   *     function(err, policy, apiResponse) {
   *
   *     },
   * );
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * bucket.iam.getPolicy({requestedPolicyVersion: 3})
   *   .then(function(data) {
   *     const policy = data[0];
   *     const apiResponse = data[1];
   *   });
   *
   * ```
   * @example <caption>include:samples/iam.js</caption>
   * region_tag:storage_view_bucket_iam_members
   * Example of retrieving a bucket's IAM policy:
   */
  getPolicy(optionsOrCallback, callback) {
    const { options, callback: cb } = normalize(optionsOrCallback, callback);
    const qs = {};
    if (options.userProject) {
      qs.userProject = options.userProject;
    }
    if (options.requestedPolicyVersion !== null && options.requestedPolicyVersion !== void 0) {
      qs.optionsRequestedPolicyVersion = options.requestedPolicyVersion;
    }
    this.request_({
      uri: "/iam",
      qs
    }, cb);
  }
  /**
   * Set the IAM policy.
   *
   * @throws {Error} If no policy is provided.
   *
   * @param {Policy} policy The policy.
   * @param {SetPolicyOptions} [options] Configuration options.
   * @param {SetPolicyCallback} callback Callback function.
   * @returns {Promise<SetPolicyResponse>}
   *
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/buckets/setIamPolicy| Buckets: setIamPolicy API Documentation}
   * See {@link https://cloud.google.com/iam/docs/understanding-roles| IAM Roles}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const bucket = storage.bucket('my-bucket');
   *
   * const myPolicy = {
   *   bindings: [
   *     {
   *       role: 'roles/storage.admin',
   *       members:
   * ['serviceAccount:myotherproject@appspot.gserviceaccount.com']
   *     }
   *   ]
   * };
   *
   * bucket.iam.setPolicy(myPolicy, function(err, policy, apiResponse) {});
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * bucket.iam.setPolicy(myPolicy).then(function(data) {
   *   const policy = data[0];
   *   const apiResponse = data[1];
   * });
   *
   * ```
   * @example <caption>include:samples/iam.js</caption>
   * region_tag:storage_add_bucket_iam_member
   * Example of adding to a bucket's IAM policy:
   *
   * @example <caption>include:samples/iam.js</caption>
   * region_tag:storage_remove_bucket_iam_member
   * Example of removing from a bucket's IAM policy:
   */
  setPolicy(policy, optionsOrCallback, callback) {
    if (policy === null || typeof policy !== "object") {
      throw new Error(IAMExceptionMessages.POLICY_OBJECT_REQUIRED);
    }
    const { options, callback: cb } = normalize(optionsOrCallback, callback);
    let maxRetries;
    if (policy.etag === void 0) {
      maxRetries = 0;
    }
    this.request_({
      method: "PUT",
      uri: "/iam",
      maxRetries,
      json: Object.assign({
        resourceId: this.resourceId_
      }, policy),
      qs: options
    }, cb);
  }
  /**
   * Test a set of permissions for a resource.
   *
   * @throws {Error} If permissions are not provided.
   *
   * @param {string|string[]} permissions The permission(s) to test for.
   * @param {TestIamPermissionsOptions} [options] Configuration object.
   * @param {TestIamPermissionsCallback} [callback] Callback function.
   * @returns {Promise<TestIamPermissionsResponse>}
   *
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/buckets/testIamPermissions| Buckets: testIamPermissions API Documentation}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const bucket = storage.bucket('my-bucket');
   *
   * //-
   * // Test a single permission.
   * //-
   * const test = 'storage.buckets.delete';
   *
   * bucket.iam.testPermissions(test, function(err, permissions, apiResponse) {
   *   console.log(permissions);
   *   // {
   *   //   "storage.buckets.delete": true
   *   // }
   * });
   *
   * //-
   * // Test several permissions at once.
   * //-
   * const tests = [
   *   'storage.buckets.delete',
   *   'storage.buckets.get'
   * ];
   *
   * bucket.iam.testPermissions(tests, function(err, permissions) {
   *   console.log(permissions);
   *   // {
   *   //   "storage.buckets.delete": false,
   *   //   "storage.buckets.get": true
   *   // }
   * });
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * bucket.iam.testPermissions(test).then(function(data) {
   *   const permissions = data[0];
   *   const apiResponse = data[1];
   * });
   * ```
   */
  testPermissions(permissions, optionsOrCallback, callback) {
    if (!Array.isArray(permissions) && typeof permissions !== "string") {
      throw new Error(IAMExceptionMessages.PERMISSIONS_REQUIRED);
    }
    const { options, callback: cb } = normalize(optionsOrCallback, callback);
    const permissionsArray = Array.isArray(permissions) ? permissions : [permissions];
    const req = Object.assign({
      permissions: permissionsArray
    }, options);
    this.request_({
      uri: "/iam/testPermissions",
      qs: req,
      useQuerystring: true
    }, (err, resp) => {
      if (err) {
        cb(err, null, resp);
        return;
      }
      const availablePermissions = Array.isArray(resp.permissions) ? resp.permissions : [];
      const permissionsHash = permissionsArray.reduce((acc, permission) => {
        acc[permission] = availablePermissions.indexOf(permission) > -1;
        return acc;
      }, {});
      cb(null, permissionsHash, resp);
    });
  }
};
(0, import_promisify4.promisifyAll)(Iam);

// node_modules/@google-cloud/storage/build/esm/src/notification.js
var import_promisify5 = __toESM(require_src4(), 1);
var Notification = class extends ServiceObject {
  constructor(bucket, id) {
    const requestQueryObject = {};
    const methods = {
      /**
       * Creates a notification subscription for the bucket.
       *
       * See {@link https://cloud.google.com/storage/docs/json_api/v1/notifications/insert| Notifications: insert}
       * @method Notification#create
       *
       * @param {Topic|string} topic The Cloud PubSub topic to which this
       * subscription publishes. If the project ID is omitted, the current
       * project ID will be used.
       *
       * Acceptable formats are:
       * - `projects/grape-spaceship-123/topics/my-topic`
       *
       * - `my-topic`
       * @param {CreateNotificationRequest} [options] Metadata to set for
       *     the notification.
       * @param {CreateNotificationCallback} [callback] Callback function.
       * @returns {Promise<CreateNotificationResponse>}
       * @throws {Error} If a valid topic is not provided.
       *
       * @example
       * ```
       * const {Storage} = require('@google-cloud/storage');
       * const storage = new Storage();
       * const myBucket = storage.bucket('my-bucket');
       * const notification = myBucket.notification('1');
       *
       * notification.create(function(err, notification, apiResponse) {
       *   if (!err) {
       *     // The notification was created successfully.
       *   }
       * });
       *
       * //-
       * // If the callback is omitted, we'll return a Promise.
       * //-
       * notification.create().then(function(data) {
       *   const notification = data[0];
       *   const apiResponse = data[1];
       * });
       * ```
       */
      create: true,
      /**
       * @typedef {array} DeleteNotificationResponse
       * @property {object} 0 The full API response.
       */
      /**
       * Permanently deletes a notification subscription.
       *
       * See {@link https://cloud.google.com/storage/docs/json_api/v1/notifications/delete| Notifications: delete API Documentation}
       *
       * @param {object} [options] Configuration options.
       * @param {string} [options.userProject] The ID of the project which will be
       *     billed for the request.
       * @param {DeleteNotificationCallback} [callback] Callback function.
       * @returns {Promise<DeleteNotificationResponse>}
       *
       * @example
       * ```
       * const {Storage} = require('@google-cloud/storage');
       * const storage = new Storage();
       * const myBucket = storage.bucket('my-bucket');
       * const notification = myBucket.notification('1');
       *
       * notification.delete(function(err, apiResponse) {});
       *
       * //-
       * // If the callback is omitted, we'll return a Promise.
       * //-
       * notification.delete().then(function(data) {
       *   const apiResponse = data[0];
       * });
       *
       * ```
       * @example <caption>include:samples/deleteNotification.js</caption>
       * region_tag:storage_delete_bucket_notification
       * Another example:
       */
      delete: {
        reqOpts: {
          qs: requestQueryObject
        }
      },
      /**
       * Get a notification and its metadata if it exists.
       *
       * See {@link https://cloud.google.com/storage/docs/json_api/v1/notifications/get| Notifications: get API Documentation}
       *
       * @param {object} [options] Configuration options.
       *     See {@link Bucket#createNotification} for create options.
       * @param {boolean} [options.autoCreate] Automatically create the object if
       *     it does not exist. Default: `false`.
       * @param {string} [options.userProject] The ID of the project which will be
       *     billed for the request.
       * @param {GetNotificationCallback} [callback] Callback function.
       * @return {Promise<GetNotificationCallback>}
       *
       * @example
       * ```
       * const {Storage} = require('@google-cloud/storage');
       * const storage = new Storage();
       * const myBucket = storage.bucket('my-bucket');
       * const notification = myBucket.notification('1');
       *
       * notification.get(function(err, notification, apiResponse) {
       *   // `notification.metadata` has been populated.
       * });
       *
       * //-
       * // If the callback is omitted, we'll return a Promise.
       * //-
       * notification.get().then(function(data) {
       *   const notification = data[0];
       *   const apiResponse = data[1];
       * });
       * ```
       */
      get: {
        reqOpts: {
          qs: requestQueryObject
        }
      },
      /**
       * Get the notification's metadata.
       *
       * See {@link https://cloud.google.com/storage/docs/json_api/v1/notifications/get| Notifications: get API Documentation}
       *
       * @param {object} [options] Configuration options.
       * @param {string} [options.userProject] The ID of the project which will be
       *     billed for the request.
       * @param {GetNotificationMetadataCallback} [callback] Callback function.
       * @returns {Promise<GetNotificationMetadataResponse>}
       *
       * @example
       * ```
       * const {Storage} = require('@google-cloud/storage');
       * const storage = new Storage();
       * const myBucket = storage.bucket('my-bucket');
       * const notification = myBucket.notification('1');
       *
       * notification.getMetadata(function(err, metadata, apiResponse) {});
       *
       * //-
       * // If the callback is omitted, we'll return a Promise.
       * //-
       * notification.getMetadata().then(function(data) {
       *   const metadata = data[0];
       *   const apiResponse = data[1];
       * });
       *
       * ```
       * @example <caption>include:samples/getMetadataNotifications.js</caption>
       * region_tag:storage_print_pubsub_bucket_notification
       * Another example:
       */
      getMetadata: {
        reqOpts: {
          qs: requestQueryObject
        }
      },
      /**
       * @typedef {array} NotificationExistsResponse
       * @property {boolean} 0 Whether the notification exists or not.
       */
      /**
       * @callback NotificationExistsCallback
       * @param {?Error} err Request error, if any.
       * @param {boolean} exists Whether the notification exists or not.
       */
      /**
       * Check if the notification exists.
       *
       * @method Notification#exists
       * @param {NotificationExistsCallback} [callback] Callback function.
       * @returns {Promise<NotificationExistsResponse>}
       *
       * @example
       * ```
       * const {Storage} = require('@google-cloud/storage');
       * const storage = new Storage();
       * const myBucket = storage.bucket('my-bucket');
       * const notification = myBucket.notification('1');
       *
       * notification.exists(function(err, exists) {});
       *
       * //-
       * // If the callback is omitted, we'll return a Promise.
       * //-
       * notification.exists().then(function(data) {
       *   const exists = data[0];
       * });
       * ```
       */
      exists: true
    };
    super({
      parent: bucket,
      baseUrl: "/notificationConfigs",
      id: id.toString(),
      createMethod: bucket.createNotification.bind(bucket),
      methods
    });
  }
};
(0, import_promisify5.promisifyAll)(Notification);

// node_modules/@google-cloud/storage/build/esm/src/bucket.js
import { Readable as Readable3 } from "stream";
import { URL as URL3 } from "url";
var ComposeCleanupError = class extends Error {
  constructor(message, errors, newFile, apiResponse) {
    super(message);
    this.name = "ComposeCleanupError";
    this.errors = errors;
    this.newFile = newFile;
    this.apiResponse = apiResponse;
  }
};
var BucketActionToHTTPMethod;
(function(BucketActionToHTTPMethod2) {
  BucketActionToHTTPMethod2["list"] = "GET";
})(BucketActionToHTTPMethod || (BucketActionToHTTPMethod = {}));
var AvailableServiceObjectMethods;
(function(AvailableServiceObjectMethods2) {
  AvailableServiceObjectMethods2[AvailableServiceObjectMethods2["setMetadata"] = 0] = "setMetadata";
  AvailableServiceObjectMethods2[AvailableServiceObjectMethods2["delete"] = 1] = "delete";
})(AvailableServiceObjectMethods || (AvailableServiceObjectMethods = {}));
var BucketExceptionMessages;
(function(BucketExceptionMessages2) {
  BucketExceptionMessages2["PROVIDE_SOURCE_FILE"] = "You must provide at least one source file.";
  BucketExceptionMessages2["DESTINATION_FILE_NOT_SPECIFIED"] = "A destination file must be specified.";
  BucketExceptionMessages2["CHANNEL_ID_REQUIRED"] = "An ID is required to create a channel.";
  BucketExceptionMessages2["TOPIC_NAME_REQUIRED"] = "A valid topic name is required.";
  BucketExceptionMessages2["CONFIGURATION_OBJECT_PREFIX_REQUIRED"] = "A configuration object with a prefix is required.";
  BucketExceptionMessages2["SPECIFY_FILE_NAME"] = "A file name must be specified.";
  BucketExceptionMessages2["METAGENERATION_NOT_PROVIDED"] = "A metageneration must be provided.";
  BucketExceptionMessages2["SUPPLY_NOTIFICATION_ID"] = "You must supply a notification ID.";
})(BucketExceptionMessages || (BucketExceptionMessages = {}));
var Bucket = class _Bucket extends ServiceObject {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  getFilesStream(query) {
    return new Readable3();
  }
  constructor(storage, name, options) {
    var _a2, _b, _c, _d;
    options = options || {};
    name = name.replace(/^gs:\/\//, "").replace(/\/+$/, "");
    const requestQueryObject = {};
    if ((_a2 = options === null || options === void 0 ? void 0 : options.preconditionOpts) === null || _a2 === void 0 ? void 0 : _a2.ifGenerationMatch) {
      requestQueryObject.ifGenerationMatch = options.preconditionOpts.ifGenerationMatch;
    }
    if ((_b = options === null || options === void 0 ? void 0 : options.preconditionOpts) === null || _b === void 0 ? void 0 : _b.ifGenerationNotMatch) {
      requestQueryObject.ifGenerationNotMatch = options.preconditionOpts.ifGenerationNotMatch;
    }
    if ((_c = options === null || options === void 0 ? void 0 : options.preconditionOpts) === null || _c === void 0 ? void 0 : _c.ifMetagenerationMatch) {
      requestQueryObject.ifMetagenerationMatch = options.preconditionOpts.ifMetagenerationMatch;
    }
    if ((_d = options === null || options === void 0 ? void 0 : options.preconditionOpts) === null || _d === void 0 ? void 0 : _d.ifMetagenerationNotMatch) {
      requestQueryObject.ifMetagenerationNotMatch = options.preconditionOpts.ifMetagenerationNotMatch;
    }
    const userProject = options.userProject;
    if (typeof userProject === "string") {
      requestQueryObject.userProject = userProject;
    }
    const methods = {
      /**
       * Create a bucket.
       *
       * @method Bucket#create
       * @param {CreateBucketRequest} [metadata] Metadata to set for the bucket.
       * @param {CreateBucketCallback} [callback] Callback function.
       * @returns {Promise<CreateBucketResponse>}
       *
       * @example
       * ```
       * const {Storage} = require('@google-cloud/storage');
       * const storage = new Storage();
       * const bucket = storage.bucket('albums');
       * bucket.create(function(err, bucket, apiResponse) {
       *   if (!err) {
       *     // The bucket was created successfully.
       *   }
       * });
       *
       * //-
       * // If the callback is omitted, we'll return a Promise.
       * //-
       * bucket.create().then(function(data) {
       *   const bucket = data[0];
       *   const apiResponse = data[1];
       * });
       * ```
       */
      create: {
        reqOpts: {
          qs: requestQueryObject
        }
      },
      /**
       * IamDeleteBucketOptions Configuration options.
       * @property {boolean} [ignoreNotFound = false] Ignore an error if
       *     the bucket does not exist.
       * @property {string} [userProject] The ID of the project which will be
       *     billed for the request.
       */
      /**
       * @typedef {array} DeleteBucketResponse
       * @property {object} 0 The full API response.
       */
      /**
       * @callback DeleteBucketCallback
       * @param {?Error} err Request error, if any.
       * @param {object} apiResponse The full API response.
       */
      /**
       * Delete the bucket.
       *
       * See {@link https://cloud.google.com/storage/docs/json_api/v1/buckets/delete| Buckets: delete API Documentation}
       *
       * @method Bucket#delete
       * @param {DeleteBucketOptions} [options] Configuration options.
       * @param {boolean} [options.ignoreNotFound = false] Ignore an error if
       *     the bucket does not exist.
       * @param {string} [options.userProject] The ID of the project which will be
       *     billed for the request.
       * @param {DeleteBucketCallback} [callback] Callback function.
       * @returns {Promise<DeleteBucketResponse>}
       *
       * @example
       * ```
       * const {Storage} = require('@google-cloud/storage');
       * const storage = new Storage();
       * const bucket = storage.bucket('albums');
       * bucket.delete(function(err, apiResponse) {});
       *
       * //-
       * // If the callback is omitted, we'll return a Promise.
       * //-
       * bucket.delete().then(function(data) {
       *   const apiResponse = data[0];
       * });
       *
       * ```
       * @example <caption>include:samples/buckets.js</caption>
       * region_tag:storage_delete_bucket
       * Another example:
       */
      delete: {
        reqOpts: {
          qs: requestQueryObject
        }
      },
      /**
       * @typedef {object} BucketExistsOptions Configuration options for Bucket#exists().
       * @property {string} [userProject] The ID of the project which will be
       *     billed for the request.
       */
      /**
       * @typedef {array} BucketExistsResponse
       * @property {boolean} 0 Whether the {@link Bucket} exists.
       */
      /**
       * @callback BucketExistsCallback
       * @param {?Error} err Request error, if any.
       * @param {boolean} exists Whether the {@link Bucket} exists.
       */
      /**
       * Check if the bucket exists.
       *
       * @method Bucket#exists
       * @param {BucketExistsOptions} [options] Configuration options.
       * @param {string} [options.userProject] The ID of the project which will be
       *     billed for the request.
       * @param {BucketExistsCallback} [callback] Callback function.
       * @returns {Promise<BucketExistsResponse>}
       *
       * @example
       * ```
       * const {Storage} = require('@google-cloud/storage');
       * const storage = new Storage();
       * const bucket = storage.bucket('albums');
       *
       * bucket.exists(function(err, exists) {});
       *
       * //-
       * // If the callback is omitted, we'll return a Promise.
       * //-
       * bucket.exists().then(function(data) {
       *   const exists = data[0];
       * });
       * ```
       */
      exists: {
        reqOpts: {
          qs: requestQueryObject
        }
      },
      /**
       * @typedef {object} [GetBucketOptions] Configuration options for Bucket#get()
       * @property {boolean} [autoCreate] Automatically create the object if
       *     it does not exist. Default: `false`
       * @property {string} [userProject] The ID of the project which will be
       *     billed for the request.
       */
      /**
       * @typedef {array} GetBucketResponse
       * @property {Bucket} 0 The {@link Bucket}.
       * @property {object} 1 The full API response.
       */
      /**
       * @callback GetBucketCallback
       * @param {?Error} err Request error, if any.
       * @param {Bucket} bucket The {@link Bucket}.
       * @param {object} apiResponse The full API response.
       */
      /**
       * Get a bucket if it exists.
       *
       * You may optionally use this to "get or create" an object by providing
       * an object with `autoCreate` set to `true`. Any extra configuration that
       * is normally required for the `create` method must be contained within
       * this object as well.
       *
       * @method Bucket#get
       * @param {GetBucketOptions} [options] Configuration options.
       * @param {boolean} [options.autoCreate] Automatically create the object if
       *     it does not exist. Default: `false`
       * @param {string} [options.userProject] The ID of the project which will be
       *     billed for the request.
       * @param {GetBucketCallback} [callback] Callback function.
       * @returns {Promise<GetBucketResponse>}
       *
       * @example
       * ```
       * const {Storage} = require('@google-cloud/storage');
       * const storage = new Storage();
       * const bucket = storage.bucket('albums');
       *
       * bucket.get(function(err, bucket, apiResponse) {
       *   // `bucket.metadata` has been populated.
       * });
       *
       * //-
       * // If the callback is omitted, we'll return a Promise.
       * //-
       * bucket.get().then(function(data) {
       *   const bucket = data[0];
       *   const apiResponse = data[1];
       * });
       * ```
       */
      get: {
        reqOpts: {
          qs: requestQueryObject
        }
      },
      /**
       * @typedef {array} GetBucketMetadataResponse
       * @property {object} 0 The bucket metadata.
       * @property {object} 1 The full API response.
       */
      /**
       * @callback GetBucketMetadataCallback
       * @param {?Error} err Request error, if any.
       * @param {object} metadata The bucket metadata.
       * @param {object} apiResponse The full API response.
       */
      /**
       * @typedef {object} GetBucketMetadataOptions Configuration options for Bucket#getMetadata().
       * @property {string} [userProject] The ID of the project which will be
       *     billed for the request.
       */
      /**
       * Get the bucket's metadata.
       *
       * To set metadata, see {@link Bucket#setMetadata}.
       *
       * See {@link https://cloud.google.com/storage/docs/json_api/v1/buckets/get| Buckets: get API Documentation}
       *
       * @method Bucket#getMetadata
       * @param {GetBucketMetadataOptions} [options] Configuration options.
       * @param {string} [options.userProject] The ID of the project which will be
       *     billed for the request.
       * @param {GetBucketMetadataCallback} [callback] Callback function.
       * @returns {Promise<GetBucketMetadataResponse>}
       *
       * @example
       * ```
       * const {Storage} = require('@google-cloud/storage');
       * const storage = new Storage();
       * const bucket = storage.bucket('albums');
       *
       * bucket.getMetadata(function(err, metadata, apiResponse) {});
       *
       * //-
       * // If the callback is omitted, we'll return a Promise.
       * //-
       * bucket.getMetadata().then(function(data) {
       *   const metadata = data[0];
       *   const apiResponse = data[1];
       * });
       *
       * ```
       * @example <caption>include:samples/requesterPays.js</caption>
       * region_tag:storage_get_requester_pays_status
       * Example of retrieving the requester pays status of a bucket:
       */
      getMetadata: {
        reqOpts: {
          qs: requestQueryObject
        }
      },
      /**
       * @typedef {object} SetBucketMetadataOptions Configuration options for Bucket#setMetadata().
       * @property {string} [userProject] The ID of the project which will be
       *     billed for the request.
       */
      /**
       * @typedef {array} SetBucketMetadataResponse
       * @property {object} apiResponse The full API response.
       */
      /**
       * @callback SetBucketMetadataCallback
       * @param {?Error} err Request error, if any.
       * @param {object} metadata The bucket metadata.
       */
      /**
       * Set the bucket's metadata.
       *
       * See {@link https://cloud.google.com/storage/docs/json_api/v1/buckets/patch| Buckets: patch API Documentation}
       *
       * @method Bucket#setMetadata
       * @param {object<string, *>} metadata The metadata you wish to set.
       * @param {SetBucketMetadataOptions} [options] Configuration options.
       * @param {string} [options.userProject] The ID of the project which will be
       *     billed for the request.
       * @param {SetBucketMetadataCallback} [callback] Callback function.
       * @returns {Promise<SetBucketMetadataResponse>}
       *
       * @example
       * ```
       * const {Storage} = require('@google-cloud/storage');
       * const storage = new Storage();
       * const bucket = storage.bucket('albums');
       *
       * //-
       * // Set website metadata field on the bucket.
       * //-
       * const metadata = {
       *   website: {
       *     mainPageSuffix: 'http://example.com',
       *     notFoundPage: 'http://example.com/404.html'
       *   }
       * };
       *
       * bucket.setMetadata(metadata, function(err, apiResponse) {});
       *
       * //-
       * // Enable versioning for your bucket.
       * //-
       * bucket.setMetadata({
       *   versioning: {
       *     enabled: true
       *   }
       * }, function(err, apiResponse) {});
       *
       * //-
       * // Enable KMS encryption for objects within this bucket.
       * //-
       * bucket.setMetadata({
       *   encryption: {
       *     defaultKmsKeyName: 'projects/grape-spaceship-123/...'
       *   }
       * }, function(err, apiResponse) {});
       *
       * //-
       * // Enforce CMEK-only encryption for new objects.
       * // This blocks Google-Managed and Customer-Supplied keys.
       * //-
       * bucket.setMetadata({
       *   encryption: {
       *     defaultKmsKeyName: 'projects/grape-spaceship-123/...',
       *     googleManagedEncryptionEnforcementConfig: {
       *       restrictionMode: 'FullyRestricted'
       *     },
       *     customerSuppliedEncryptionEnforcementConfig: {
       *       restrictionMode: 'FullyRestricted'
       *     },
       *     customerManagedEncryptionEnforcementConfig: {
       *       restrictionMode: 'NotRestricted'
       *     }
       *   }
       * }, function(err, apiResponse) {});
       *
       * //-
       * // Set the default event-based hold value for new objects in this
       * // bucket.
       * //-
       * bucket.setMetadata({
       *   defaultEventBasedHold: true
       * }, function(err, apiResponse) {});
       *
       * //-
       * // Remove object lifecycle rules.
       * //-
       * bucket.setMetadata({
       *   lifecycle: null
       * }, function(err, apiResponse) {});
       *
       * //-
       * // If the callback is omitted, we'll return a Promise.
       * //-
       * bucket.setMetadata(metadata).then(function(data) {
       *   const apiResponse = data[0];
       * });
       * ```
       */
      setMetadata: {
        reqOpts: {
          qs: requestQueryObject
        }
      }
    };
    super({
      parent: storage,
      baseUrl: "/b",
      id: name,
      createMethod: storage.createBucket.bind(storage),
      methods
    });
    this.unreachable = false;
    this.name = name;
    this.storage = storage;
    this.userProject = options.userProject;
    this.acl = new Acl({
      request: this.request.bind(this),
      pathPrefix: "/acl"
    });
    this.acl.default = new Acl({
      request: this.request.bind(this),
      pathPrefix: "/defaultObjectAcl"
    });
    this.crc32cGenerator = options.crc32cGenerator || this.storage.crc32cGenerator;
    this.iam = new Iam(this);
    this.getFilesStream = import_paginator.paginator.streamify("getFiles");
    this.instanceRetryValue = storage.retryOptions.autoRetry;
    this.instancePreconditionOpts = options === null || options === void 0 ? void 0 : options.preconditionOpts;
  }
  /**
   * The bucket's Cloud Storage URI (`gs://`)
   *
   * @example
   * ```ts
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const bucket = storage.bucket('my-bucket');
   *
   * // `gs://my-bucket`
   * const href = bucket.cloudStorageURI.href;
   * ```
   */
  get cloudStorageURI() {
    const uri = new URL3("gs://");
    uri.host = this.name;
    return uri;
  }
  /**
   * @typedef {object} AddLifecycleRuleOptions Configuration options for Bucket#addLifecycleRule().
   * @property {boolean} [append=true] The new rules will be appended to any
   *     pre-existing rules.
   */
  /**
   *
   * @typedef {object} LifecycleRule The new lifecycle rule to be added to objects
   *     in this bucket.
   * @property {string|object} action The action to be taken upon matching of
   *     all the conditions 'delete', 'setStorageClass', or 'AbortIncompleteMultipartUpload'.
   *     **Note**: For configuring a raw-formatted rule object to be passed as `action`
   *               please refer to the [examples]{@link https://cloud.google.com/storage/docs/managing-lifecycles#configexamples}.
   * @property {object} condition Condition a bucket must meet before the
   *     action occurs on the bucket. Refer to following supported [conditions]{@link https://cloud.google.com/storage/docs/lifecycle#conditions}.
   * @property {string} [storageClass] When using the `setStorageClass`
   *     action, provide this option to dictate which storage class the object
   *     should update to. Please see
   *     [SetStorageClass option documentation]{@link https://cloud.google.com/storage/docs/lifecycle#setstorageclass} for supported transitions.
   */
  /**
   * Add an object lifecycle management rule to the bucket.
   *
   * By default, an Object Lifecycle Management rule provided to this method
   * will be included to the existing policy. To replace all existing rules,
   * supply the `options` argument, setting `append` to `false`.
   *
   * To add multiple rules, pass a list to the `rule` parameter. Calling this
   * function multiple times asynchronously does not guarantee that all rules
   * are added correctly.
   *
   * See {@link https://cloud.google.com/storage/docs/lifecycle| Object Lifecycle Management}
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/buckets/patch| Buckets: patch API Documentation}
   *
   * @param {LifecycleRule|LifecycleRule[]} rule The new lifecycle rule or rules to be added to objects
   *     in this bucket.
   * @param {string|object} rule.action The action to be taken upon matching of
   *     all the conditions 'delete', 'setStorageClass', or 'AbortIncompleteMultipartUpload'.
   *     **Note**: For configuring a raw-formatted rule object to be passed as `action`
   *               please refer to the [examples]{@link https://cloud.google.com/storage/docs/managing-lifecycles#configexamples}.
   * @param {object} rule.condition Condition a bucket must meet before the
   *     action occurs on the bucket. Refer to following supported [conditions]{@link https://cloud.google.com/storage/docs/lifecycle#conditions}.
   * @param {string} [rule.storageClass] When using the `setStorageClass`
   *     action, provide this option to dictate which storage class the object
   *     should update to.
   * @param {AddLifecycleRuleOptions} [options] Configuration object.
   * @param {boolean} [options.append=true] Append the new rule to the existing
   *     policy.
   * @param {SetBucketMetadataCallback} [callback] Callback function.
   * @returns {Promise<SetBucketMetadataResponse>}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const bucket = storage.bucket('albums');
   *
   * //-
   * // Automatically have an object deleted from this bucket once it is 3 years
   * // of age.
   * //-
   * bucket.addLifecycleRule({
   *   action: 'delete',
   *   condition: {
   *     age: 365 * 3 // Specified in days.
   *   }
   * }, function(err, apiResponse) {
   *   if (err) {
   *     // Error handling omitted.
   *   }
   *
   *   const lifecycleRules = bucket.metadata.lifecycle.rule;
   *
   *   // Iterate over the Object Lifecycle Management rules on this bucket.
   *   lifecycleRules.forEach(lifecycleRule => {});
   * });
   *
   * //-
   * // By default, the rule you provide will be added to the existing policy.
   * // Optionally, you can disable this behavior to replace all of the
   * // pre-existing rules.
   * //-
   * const options = {
   *   append: false
   * };
   *
   * bucket.addLifecycleRule({
   *   action: 'delete',
   *   condition: {
   *     age: 365 * 3 // Specified in days.
   *   }
   * }, options, function(err, apiResponse) {
   *   if (err) {
   *     // Error handling omitted.
   *   }
   *
   *   // All rules have been replaced with the new "delete" rule.
   *
   *   // Iterate over the Object Lifecycle Management rules on this bucket.
   *   lifecycleRules.forEach(lifecycleRule => {});
   * });
   *
   * //-
   * // For objects created before 2018, "downgrade" the storage class.
   * //-
   * bucket.addLifecycleRule({
   *   action: 'setStorageClass',
   *   storageClass: 'COLDLINE',
   *   condition: {
   *     createdBefore: new Date('2018')
   *   }
   * }, function(err, apiResponse) {});
   *
   * //-
   * // Delete objects created before 2016 which have the Coldline storage
   * // class.
   * //-
   * bucket.addLifecycleRule({
   *   action: 'delete',
   *   condition: {
   *     matchesStorageClass: [
   *       'COLDLINE'
   *     ],
   *     createdBefore: new Date('2016')
   *   }
   * }, function(err, apiResponse) {});
   *
   * //-
   * // Delete object that has a noncurrent timestamp that is at least 100 days.
   * //-
   * bucket.addLifecycleRule({
   *   action: 'delete',
   *   condition: {
   *     daysSinceNoncurrentTime: 100
   *   }
   * }, function(err, apiResponse) {});
   *
   * //-
   * // Delete object that has a noncurrent timestamp before 2020-01-01.
   * //-
   * bucket.addLifecycleRule({
   *   action: 'delete',
   *   condition: {
   *     noncurrentTimeBefore: new Date('2020-01-01')
   *   }
   * }, function(err, apiResponse) {});
   *
   * //-
   * // Delete object that has a customTime that is at least 100 days.
   * //-
   * bucket.addLifecycleRule({
   *   action: 'delete',
   *   condition: {
   *     daysSinceCustomTime: 100
   *   }
   * }, function(err, apiResponse) ());
   *
   * //-
   * // Delete object that has a customTime before 2020-01-01.
   * //-
   * bucket.addLifecycleRule({
   *   action: 'delete',
   *   condition: {
   *     customTimeBefore: new Date('2020-01-01')
   *   }
   * }, function(err, apiResponse) {});
   * ```
   */
  addLifecycleRule(rule, optionsOrCallback, callback) {
    let options = {};
    if (typeof optionsOrCallback === "function") {
      callback = optionsOrCallback;
    } else if (optionsOrCallback) {
      options = optionsOrCallback;
    }
    options = options || {};
    const rules = Array.isArray(rule) ? rule : [rule];
    for (const curRule of rules) {
      if (curRule.condition.createdBefore instanceof Date) {
        curRule.condition.createdBefore = curRule.condition.createdBefore.toISOString().replace(/T.+$/, "");
      }
      if (curRule.condition.customTimeBefore instanceof Date) {
        curRule.condition.customTimeBefore = curRule.condition.customTimeBefore.toISOString().replace(/T.+$/, "");
      }
      if (curRule.condition.noncurrentTimeBefore instanceof Date) {
        curRule.condition.noncurrentTimeBefore = curRule.condition.noncurrentTimeBefore.toISOString().replace(/T.+$/, "");
      }
    }
    if (options.append === false) {
      this.setMetadata({ lifecycle: { rule: rules } }, options, callback);
      return;
    }
    void this.getMetadata((err, metadata) => {
      var _a2, _b;
      if (err) {
        callback(err);
        return;
      }
      const currentLifecycleRules = Array.isArray((_a2 = metadata.lifecycle) === null || _a2 === void 0 ? void 0 : _a2.rule) ? (_b = metadata.lifecycle) === null || _b === void 0 ? void 0 : _b.rule : [];
      this.setMetadata({
        lifecycle: { rule: currentLifecycleRules.concat(rules) }
      }, options, callback);
    });
  }
  /**
   * @typedef {object} CombineOptions
   * @property {string} [kmsKeyName] Resource name of the Cloud KMS key, of
   *     the form
   *     `projects/my-project/locations/location/keyRings/my-kr/cryptoKeys/my-key`,
   *     that will be used to encrypt the object. Overwrites the object
   * metadata's `kms_key_name` value, if any.
   * @property {string} [userProject] The ID of the project which will be
   *     billed for the request.
   * @property {boolean} [deleteSourceObjects] If true, the source objects
   *     will be permanently deleted after a successful compose operation.
   */
  /**
   * @callback CombineCallback
   * @param {?Error} err Request error, if any.
   * @param {File} newFile The new {@link File}.
   * @param {object} apiResponse The full API response.
   */
  /**
   * @typedef {array} CombineResponse
   * @property {File} 0 The new {@link File}.
   * @property {object} 1 The full API response.
   */
  /**
   * Combine multiple files into one new file.
   *
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/objects/compose| Objects: compose API Documentation}
   *
   * @throws {Error} if a non-array is provided as sources argument.
   * @throws {Error} if no sources are provided.
   * @throws {Error} if no destination is provided.
   *
   * @param {string[]|File[]} sources The source files that will be
   *     combined.
   * @param {string|File} destination The file you would like the
   *     source files combined into.
   * @param {CombineOptions} [options] Configuration options.
   * @param {string} [options.kmsKeyName] Resource name of the Cloud KMS key, of
   *     the form
   *     `projects/my-project/locations/location/keyRings/my-kr/cryptoKeys/my-key`,
   *     that will be used to encrypt the object. Overwrites the object
   * metadata's `kms_key_name` value, if any.
   * @param {string} [options.userProject] The ID of the project which will be
   *     billed for the request.
   * @param {boolean} [options.deleteSourceObjects] If true, the source objects
   *     will be permanently deleted after a successful compose operation.
   * @param {CombineCallback} [callback] Callback function.
   * @returns {Promise<CombineResponse>}
   *
   * @example
   * ```
   * const logBucket = storage.bucket('log-bucket');
   *
   * const sources = [
   *   logBucket.file('2013-logs.txt'),
   *   logBucket.file('2014-logs.txt')
   * ];
   *
   * const allLogs = logBucket.file('all-logs.txt');
   *
   * logBucket.combine(sources, allLogs, function(err, newFile, apiResponse) {
   *   // newFile === allLogs
   * });
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * logBucket.combine(sources, allLogs).then(function(data) {
   *   const newFile = data[0];
   *   const apiResponse = data[1];
   * });
   * ```
   */
  combine(sources, destination, optionsOrCallback, callback) {
    if (!Array.isArray(sources) || sources.length === 0) {
      throw new Error(BucketExceptionMessages.PROVIDE_SOURCE_FILE);
    }
    if (!destination) {
      throw new Error(BucketExceptionMessages.DESTINATION_FILE_NOT_SPECIFIED);
    }
    let options = {};
    if (typeof optionsOrCallback === "function") {
      callback = optionsOrCallback;
    } else if (optionsOrCallback) {
      options = optionsOrCallback;
    }
    if (options.contexts) {
      const validationError = handleContextValidation(options.contexts, callback);
      if (validationError)
        return validationError;
    }
    this.disableAutoRetryConditionallyIdempotent_(
      this.methods.setMetadata,
      // Not relevant but param is required
      AvailableServiceObjectMethods.setMetadata,
      // Same as above
      options
    );
    const convertToFile = (file) => {
      if (file instanceof File2) {
        return file;
      }
      return this.file(file);
    };
    sources = sources.map(convertToFile);
    const destinationFile = convertToFile(destination);
    callback = callback || util.noop;
    void (async () => {
      var _a2;
      try {
        if (!destinationFile.metadata.contentType) {
          const mime = await getMime();
          const destinationContentType = mime.getType(destinationFile.name) || void 0;
          if (destinationContentType) {
            destinationFile.metadata.contentType = destinationContentType;
          }
        }
        let maxRetries = this.storage.retryOptions.maxRetries;
        if (((_a2 = destinationFile === null || destinationFile === void 0 ? void 0 : destinationFile.instancePreconditionOpts) === null || _a2 === void 0 ? void 0 : _a2.ifGenerationMatch) === void 0 && options.ifGenerationMatch === void 0 && this.storage.retryOptions.idempotencyStrategy === IdempotencyStrategy.RetryConditional || this.storage.retryOptions.idempotencyStrategy === IdempotencyStrategy.RetryNever) {
          maxRetries = 0;
        }
        const deleteSourceObjects = options.deleteSourceObjects;
        const requestQueryObject = Object.assign({}, options);
        delete requestQueryObject.deleteSourceObjects;
        if (requestQueryObject.ifGenerationMatch === void 0) {
          Object.assign(requestQueryObject, destinationFile.instancePreconditionOpts, requestQueryObject);
        }
        destinationFile.request({
          method: "POST",
          uri: "/compose",
          maxRetries,
          json: {
            destination: {
              contentType: destinationFile.metadata.contentType,
              contentEncoding: destinationFile.metadata.contentEncoding,
              contexts: requestQueryObject.contexts || destinationFile.metadata.contexts
            },
            sourceObjects: sources.map((source) => {
              var _a3, _b;
              const sourceObject = {
                name: source.name
              };
              const generation = (_a3 = source.generation) !== null && _a3 !== void 0 ? _a3 : (_b = source.metadata) === null || _b === void 0 ? void 0 : _b.generation;
              if (generation !== void 0) {
                sourceObject.generation = parseInt(generation.toString());
              }
              return sourceObject;
            })
          },
          qs: requestQueryObject
        }, (err, resp) => {
          this.storage.retryOptions.autoRetry = this.instanceRetryValue;
          if (err) {
            callback(err, null, resp);
            return;
          }
          if (deleteSourceObjects) {
            const deletePromises = sources.map((source) => {
              var _a3, _b;
              const deleteOptions = {
                ignoreNotFound: true,
                userProject: options.userProject
              };
              const generation = (_a3 = source.generation) !== null && _a3 !== void 0 ? _a3 : (_b = source.metadata) === null || _b === void 0 ? void 0 : _b.generation;
              if (generation !== void 0) {
                deleteOptions.ifGenerationMatch = generation;
              }
              return source.delete(deleteOptions).catch((deleteErr) => deleteErr);
            });
            void (async () => {
              const results = await Promise.all(deletePromises);
              const errors = results.filter((res) => res instanceof Error);
              if (errors.length > 0) {
                const cleanupErr = new ComposeCleanupError(`Compose operation succeeded, but cleaning up source objects failed. Failed to delete ${errors.length} source object(s).`, errors, destinationFile, resp);
                callback(cleanupErr, destinationFile, resp);
                return;
              }
              callback(null, destinationFile, resp);
            })();
          } else {
            callback(null, destinationFile, resp);
          }
        });
      } catch (err) {
        callback(err, null, null);
      }
    })();
  }
  /**
   * See a {@link https://cloud.google.com/storage/docs/json_api/v1/objects/watchAll| Objects: watchAll request body}.
   *
   * @typedef {object} CreateChannelConfig
   * @property {string} address The address where notifications are
   *     delivered for this channel.
   * @property {string} [delimiter] Returns results in a directory-like mode.
   * @property {number} [maxResults] Maximum number of `items` plus `prefixes`
   *     to return in a single page of responses.
   * @property {string} [pageToken] A previously-returned page token
   *     representing part of the larger set of results to view.
   * @property {string} [prefix] Filter results to objects whose names begin
   *     with this prefix.
   * @property {string} [projection=noAcl] Set of properties to return.
   * @property {string} [userProject] The ID of the project which will be
   *     billed for the request.
   * @property {boolean} [versions=false] If `true`, lists all versions of an object
   *     as distinct results.
   */
  /**
   * @typedef {object} CreateChannelOptions
   * @property {string} [userProject] The ID of the project which will be
   *     billed for the request.
   */
  /**
   * @typedef {array} CreateChannelResponse
   * @property {Channel} 0 The new {@link Channel}.
   * @property {object} 1 The full API response.
   */
  /**
   * @callback CreateChannelCallback
   * @param {?Error} err Request error, if any.
   * @param {Channel} channel The new {@link Channel}.
   * @param {object} apiResponse The full API response.
   */
  /**
   * Create a channel that will be notified when objects in this bucket changes.
   *
   * @throws {Error} If an ID is not provided.
   * @throws {Error} If an address is not provided.
   *
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/objects/watchAll| Objects: watchAll API Documentation}
   *
   * @param {string} id The ID of the channel to create.
   * @param {CreateChannelConfig} config Configuration for creating channel.
   * @param {string} config.address The address where notifications are
   *     delivered for this channel.
   * @param {string} [config.delimiter] Returns results in a directory-like mode.
   * @param {number} [config.maxResults] Maximum number of `items` plus `prefixes`
   *     to return in a single page of responses.
   * @param {string} [config.pageToken] A previously-returned page token
   *     representing part of the larger set of results to view.
   * @param {string} [config.prefix] Filter results to objects whose names begin
   *     with this prefix.
   * @param {string} [config.projection=noAcl] Set of properties to return.
   * @param {string} [config.userProject] The ID of the project which will be
   *     billed for the request.
   * @param {boolean} [config.versions=false] If `true`, lists all versions of an object
   *     as distinct results.
   * @param {CreateChannelOptions} [options] Configuration options.
   * @param {string} [options.userProject] The ID of the project which will be
   *     billed for the request.
   * @param {CreateChannelCallback} [callback] Callback function.
   * @returns {Promise<CreateChannelResponse>}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const bucket = storage.bucket('albums');
   * const id = 'new-channel-id';
   *
   * const config = {
   *   address: 'https://...'
   * };
   *
   * bucket.createChannel(id, config, function(err, channel, apiResponse) {
   *   if (!err) {
   *     // Channel created successfully.
   *   }
   * });
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * bucket.createChannel(id, config).then(function(data) {
   *   const channel = data[0];
   *   const apiResponse = data[1];
   * });
   * ```
   */
  createChannel(id, config, optionsOrCallback, callback) {
    if (typeof id !== "string") {
      throw new Error(BucketExceptionMessages.CHANNEL_ID_REQUIRED);
    }
    let options = {};
    if (typeof optionsOrCallback === "function") {
      callback = optionsOrCallback;
    } else if (optionsOrCallback) {
      options = optionsOrCallback;
    }
    this.request({
      method: "POST",
      uri: "/o/watch",
      json: Object.assign({
        id,
        type: "web_hook"
      }, config),
      qs: options
    }, (err, apiResponse) => {
      if (err) {
        callback(err, null, apiResponse);
        return;
      }
      const resourceId = apiResponse.resourceId;
      const channel = this.storage.channel(id, resourceId);
      channel.metadata = apiResponse;
      callback(null, channel, apiResponse);
    });
  }
  /**
   * Metadata to set for the Notification.
   *
   * @typedef {object} CreateNotificationOptions
   * @property {object} [customAttributes] An optional list of additional
   *     attributes to attach to each Cloud PubSub message published for this
   *     notification subscription.
   * @property {string[]} [eventTypes] If present, only send notifications about
   *     listed event types. If empty, sent notifications for all event types.
   * @property {string} [objectNamePrefix] If present, only apply this
   *     notification configuration to object names that begin with this prefix.
   * @property {string} [payloadFormat] The desired content of the Payload.
   * Defaults to `JSON_API_V1`.
   *
   * Acceptable values are:
   * - `JSON_API_V1`
   *
   * - `NONE`
   * @property {string} [userProject] The ID of the project which will be
   *     billed for the request.
   */
  /**
   * @callback CreateNotificationCallback
   * @param {?Error} err Request error, if any.
   * @param {Notification} notification The new {@link Notification}.
   * @param {object} apiResponse The full API response.
   */
  /**
   * @typedef {array} CreateNotificationResponse
   * @property {Notification} 0 The new {@link Notification}.
   * @property {object} 1 The full API response.
   */
  /**
   * Creates a notification subscription for the bucket.
   *
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/notifications/insert| Notifications: insert}
   *
   * @param {Topic|string} topic The Cloud PubSub topic to which this
   * subscription publishes. If the project ID is omitted, the current
   * project ID will be used.
   *
   * Acceptable formats are:
   * - `projects/grape-spaceship-123/topics/my-topic`
   *
   * - `my-topic`
   * @param {CreateNotificationOptions} [options] Metadata to set for the
   *     notification.
   * @param {object} [options.customAttributes] An optional list of additional
   *     attributes to attach to each Cloud PubSub message published for this
   *     notification subscription.
   * @param {string[]} [options.eventTypes] If present, only send notifications about
   *     listed event types. If empty, sent notifications for all event types.
   * @param {string} [options.objectNamePrefix] If present, only apply this
   *     notification configuration to object names that begin with this prefix.
   * @param {string} [options.payloadFormat] The desired content of the Payload.
   * Defaults to `JSON_API_V1`.
   *
   * Acceptable values are:
   * - `JSON_API_V1`
   *
   * - `NONE`
   * @param {string} [options.userProject] The ID of the project which will be
   *     billed for the request.
   * @param {CreateNotificationCallback} [callback] Callback function.
   * @returns {Promise<CreateNotificationResponse>}
   * @throws {Error} If a valid topic is not provided.
   * @see Notification#create
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const myBucket = storage.bucket('my-bucket');
   *
   * const callback = function(err, notification, apiResponse) {
   *   if (!err) {
   *     // The notification was created successfully.
   *   }
   * };
   *
   * myBucket.createNotification('my-topic', callback);
   *
   * //-
   * // Configure the notification by providing Notification metadata.
   * //-
   * const metadata = {
   *   objectNamePrefix: 'prefix-'
   * };
   *
   * myBucket.createNotification('my-topic', metadata, callback);
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * myBucket.createNotification('my-topic').then(function(data) {
   *   const notification = data[0];
   *   const apiResponse = data[1];
   * });
   *
   * ```
   * @example <caption>include:samples/createNotification.js</caption>
   * region_tag:storage_create_bucket_notifications
   * Another example:
   */
  createNotification(topic, optionsOrCallback, callback) {
    let options = {};
    if (typeof optionsOrCallback === "function") {
      callback = optionsOrCallback;
    } else if (optionsOrCallback) {
      options = optionsOrCallback;
    }
    const topicIsObject = topic !== null && typeof topic === "object";
    if (topicIsObject && util.isCustomType(topic, "pubsub/topic")) {
      topic = topic.name;
    }
    if (typeof topic !== "string") {
      throw new Error(BucketExceptionMessages.TOPIC_NAME_REQUIRED);
    }
    const body = Object.assign({ topic }, options);
    if (body.topic.indexOf("projects") !== 0) {
      body.topic = "projects/{{projectId}}/topics/" + body.topic;
    }
    body.topic = `//pubsub.${this.storage.universeDomain}/` + body.topic;
    if (!body.payloadFormat) {
      body.payloadFormat = "JSON_API_V1";
    }
    const query = {};
    if (body.userProject) {
      query.userProject = body.userProject;
      delete body.userProject;
    }
    this.request({
      method: "POST",
      uri: "/notificationConfigs",
      json: convertObjKeysToSnakeCase(body),
      qs: query,
      maxRetries: 0
      //explicitly set this value since this is a non-idempotent function
    }, (err, apiResponse) => {
      if (err) {
        callback(err, null, apiResponse);
        return;
      }
      const notification = this.notification(apiResponse.id);
      notification.metadata = apiResponse;
      callback(null, notification, apiResponse);
    });
  }
  /**
   * @typedef {object} DeleteFilesOptions Query object. See {@link Bucket#getFiles}
   *     for all of the supported properties.
   * @property {boolean} [force] Suppress errors until all files have been
   *     processed.
   */
  /**
   * @callback DeleteFilesCallback
   * @param {?Error|?Error[]} err Request error, if any, or array of errors from
   *     files that were not able to be deleted.
   * @param {object} [apiResponse] The full API response.
   */
  /**
   * Iterate over the bucket's files, calling `file.delete()` on each.
   *
   * <strong>This is not an atomic request.</strong> A delete attempt will be
   * made for each file individually. Any one can fail, in which case only a
   * portion of the files you intended to be deleted would have.
   *
   * Operations are performed in parallel, up to 10 at once. The first error
   * breaks the loop and will execute the provided callback with it. Specify
   * `{ force: true }` to suppress the errors until all files have had a chance
   * to be processed.
   *
   * File preconditions cannot be passed to this function. It will not retry unless
   * the idempotency strategy is set to retry always.
   *
   * The `query` object passed as the first argument will also be passed to
   * {@link Bucket#getFiles}.
   *
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/objects/delete| Objects: delete API Documentation}
   *
   * @param {DeleteFilesOptions} [query] Query object. See {@link Bucket#getFiles}
   * @param {boolean} [query.force] Suppress errors until all files have been
   *     processed.
   * @param {DeleteFilesCallback} [callback] Callback function.
   * @returns {Promise}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const bucket = storage.bucket('albums');
   *
   * //-
   * // Delete all of the files in the bucket.
   * //-
   * bucket.deleteFiles(function(err) {});
   *
   * //-
   * // By default, if a file cannot be deleted, this method will stop deleting
   * // files from your bucket. You can override this setting with `force:
   * // true`.
   * //-
   * bucket.deleteFiles({
   *   force: true
   * }, function(errors) {
   *   // `errors`:
   *   //    Array of errors if any occurred, otherwise null.
   * });
   *
   * //-
   * // The first argument to this method acts as a query to
   * // {@link Bucket#getFiles}. As an example, you can delete files
   * // which match a prefix.
   * //-
   * bucket.deleteFiles({
   *   prefix: 'images/'
   * }, function(err) {
   *   if (!err) {
   *     // All files in the `images` directory have been deleted.
   *   }
   * });
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * bucket.deleteFiles().then(function() {});
   * ```
   */
  deleteFiles(queryOrCallback, callback) {
    let query = {};
    if (typeof queryOrCallback === "function") {
      callback = queryOrCallback;
    } else if (queryOrCallback) {
      query = queryOrCallback;
    }
    const MAX_PARALLEL_LIMIT = 10;
    const MAX_QUEUE_SIZE = 1e3;
    const errors = [];
    const deleteFile = (file) => {
      return file.delete(query).catch((err) => {
        if (!query.force) {
          throw err;
        }
        errors.push(err);
      });
    };
    void (async () => {
      try {
        let promises = [];
        const pLimit = await getPLimit();
        const limit = pLimit(MAX_PARALLEL_LIMIT);
        const filesStream = this.getFilesStream(query);
        for await (const curFile of filesStream) {
          if (promises.length >= MAX_QUEUE_SIZE) {
            await Promise.all(promises);
            promises = [];
          }
          promises.push(limit(() => deleteFile(curFile)).catch((e) => {
            filesStream.destroy();
            throw e;
          }));
        }
        await Promise.all(promises);
      } catch (e) {
        callback(e);
        return;
      }
      callback(errors.length > 0 ? errors : null);
    })();
  }
  /**
   * @deprecated
   * @typedef {array} DeleteLabelsResponse
   * @property {object} 0 The full API response.
   */
  /**
   * @deprecated
   * @callback DeleteLabelsCallback
   * @param {?Error} err Request error, if any.
   * @param {object} metadata Bucket's metadata.
   */
  /**
   * @deprecated Use setMetadata directly
   * Delete one or more labels from this bucket.
   *
   * @param {string|string[]} [labels] The labels to delete. If no labels are
   *     provided, all of the labels are removed.
   * @param {DeleteLabelsCallback} [callback] Callback function.
   * @param {DeleteLabelsOptions} [options] Options, including precondition options
   * @returns {Promise<DeleteLabelsResponse>}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const bucket = storage.bucket('albums');
   *
   * //-
   * // Delete all of the labels from this bucket.
   * //-
   * bucket.deleteLabels(function(err, apiResponse) {});
   *
   * //-
   * // Delete a single label.
   * //-
   * bucket.deleteLabels('labelone', function(err, apiResponse) {});
   *
   * //-
   * // Delete a specific set of labels.
   * //-
   * bucket.deleteLabels([
   *   'labelone',
   *   'labeltwo'
   * ], function(err, apiResponse) {});
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * bucket.deleteLabels().then(function(data) {
   *   const apiResponse = data[0];
   * });
   * ```
   */
  deleteLabels(labelsOrCallbackOrOptions, optionsOrCallback, callback) {
    let labels = new Array();
    let options = {};
    if (typeof labelsOrCallbackOrOptions === "function") {
      callback = labelsOrCallbackOrOptions;
    } else if (typeof labelsOrCallbackOrOptions === "string") {
      labels = [labelsOrCallbackOrOptions];
    } else if (Array.isArray(labelsOrCallbackOrOptions)) {
      labels = labelsOrCallbackOrOptions;
    } else if (labelsOrCallbackOrOptions) {
      options = labelsOrCallbackOrOptions;
    }
    if (typeof optionsOrCallback === "function") {
      callback = optionsOrCallback;
    } else if (optionsOrCallback) {
      options = optionsOrCallback;
    }
    const deleteLabels = (labels2) => {
      const nullLabelMap = labels2.reduce((nullLabelMap2, labelKey) => {
        nullLabelMap2[labelKey] = null;
        return nullLabelMap2;
      }, {});
      if ((options === null || options === void 0 ? void 0 : options.ifMetagenerationMatch) !== void 0) {
        this.setLabels(nullLabelMap, options, callback);
      } else {
        this.setLabels(nullLabelMap, callback);
      }
    };
    if (labels.length === 0) {
      this.getLabels((err, labels2) => {
        if (err) {
          callback(err);
          return;
        }
        deleteLabels(Object.keys(labels2));
      });
    } else {
      deleteLabels(labels);
    }
  }
  /**
   * @typedef {array} DisableRequesterPaysResponse
   * @property {object} 0 The full API response.
   */
  /**
   * @callback DisableRequesterPaysCallback
   * @param {?Error} err Request error, if any.
   * @param {object} apiResponse The full API response.
   */
  /**
   * <div class="notice">
   *   <strong>Early Access Testers Only</strong>
   *   <p>
   *     This feature is not yet widely-available.
   *   </p>
   * </div>
   *
   * Disable `requesterPays` functionality from this bucket.
   *
   * @param {DisableRequesterPaysCallback} [callback] Callback function.
   * @param {DisableRequesterPaysOptions} [options] Options, including precondition options
   * @returns {Promise<DisableRequesterPaysCallback>}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const bucket = storage.bucket('albums');
   *
   * bucket.disableRequesterPays(function(err, apiResponse) {
   *   if (!err) {
   *     // requesterPays functionality disabled successfully.
   *   }
   * });
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * bucket.disableRequesterPays().then(function(data) {
   *   const apiResponse = data[0];
   * });
   *
   * ```
   * @example <caption>include:samples/requesterPays.js</caption>
   * region_tag:storage_disable_requester_pays
   * Example of disabling requester pays:
   */
  disableRequesterPays(optionsOrCallback, callback) {
    let options = {};
    if (typeof optionsOrCallback === "function") {
      callback = optionsOrCallback;
    } else if (optionsOrCallback) {
      options = optionsOrCallback;
    }
    this.setMetadata({
      billing: {
        requesterPays: false
      }
    }, options, callback);
  }
  /**
   * Configuration object for enabling logging.
   *
   * @typedef {object} EnableLoggingOptions
   * @property {string|Bucket} [bucket] The bucket for the log entries. By
   *     default, the current bucket is used.
   * @property {string} prefix A unique prefix for log object names.
   */
  /**
   * Enable logging functionality for this bucket. This will make two API
   * requests, first to grant Cloud Storage WRITE permission to the bucket, then
   * to set the appropriate configuration on the Bucket's metadata.
   *
   * @param {EnableLoggingOptions} config Configuration options.
   * @param {string|Bucket} [config.bucket] The bucket for the log entries. By
   *     default, the current bucket is used.
   * @param {string} config.prefix A unique prefix for log object names.
   * @param {SetBucketMetadataCallback} [callback] Callback function.
   * @returns {Promise<SetBucketMetadataResponse>}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const bucket = storage.bucket('albums');
   *
   * const config = {
   *   prefix: 'log'
   * };
   *
   * bucket.enableLogging(config, function(err, apiResponse) {
   *   if (!err) {
   *     // Logging functionality enabled successfully.
   *   }
   * });
   *
   * ```
   * @example
   * Optionally, provide a destination bucket.
   * ```
   * const config = {
   *   prefix: 'log',
   *   bucket: 'destination-bucket'
   * };
   *
   * bucket.enableLogging(config, function(err, apiResponse) {});
   * ```
   *
   * @example
   * If the callback is omitted, we'll return a Promise.
   * ```
   * bucket.enableLogging(config).then(function(data) {
   *   const apiResponse = data[0];
   * });
   * ```
   */
  enableLogging(config, callback) {
    if (!config || typeof config === "function" || typeof config.prefix === "undefined") {
      throw new Error(BucketExceptionMessages.CONFIGURATION_OBJECT_PREFIX_REQUIRED);
    }
    let logBucket = this.id;
    if (config.bucket && config.bucket instanceof _Bucket) {
      logBucket = config.bucket.id;
    } else if (config.bucket && typeof config.bucket === "string") {
      logBucket = config.bucket;
    }
    const options = {};
    if (config === null || config === void 0 ? void 0 : config.ifMetagenerationMatch) {
      options.ifMetagenerationMatch = config.ifMetagenerationMatch;
    }
    if (config === null || config === void 0 ? void 0 : config.ifMetagenerationNotMatch) {
      options.ifMetagenerationNotMatch = config.ifMetagenerationNotMatch;
    }
    void (async () => {
      try {
        const [policy] = await this.iam.getPolicy();
        policy.bindings.push({
          members: ["group:cloud-storage-analytics@google.com"],
          role: "roles/storage.objectCreator"
        });
        await this.iam.setPolicy(policy);
        this.setMetadata({
          logging: {
            logBucket,
            logObjectPrefix: config.prefix
          }
        }, options, callback);
      } catch (e) {
        callback(e);
        return;
      }
    })();
  }
  /**
   * @typedef {array} EnableRequesterPaysResponse
   * @property {object} 0 The full API response.
   */
  /**
   * @callback EnableRequesterPaysCallback
   * @param {?Error} err Request error, if any.
   * @param {object} apiResponse The full API response.
   */
  /**
   * <div class="notice">
   *   <strong>Early Access Testers Only</strong>
   *   <p>
   *     This feature is not yet widely-available.
   *   </p>
   * </div>
   *
   * Enable `requesterPays` functionality for this bucket. This enables you, the
   * bucket owner, to have the requesting user assume the charges for the access
   * to your bucket and its contents.
   *
   * @param {EnableRequesterPaysCallback | EnableRequesterPaysOptions} [optionsOrCallback]
   * Callback function or precondition options.
   * @returns {Promise<EnableRequesterPaysResponse>}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const bucket = storage.bucket('albums');
   *
   * bucket.enableRequesterPays(function(err, apiResponse) {
   *   if (!err) {
   *     // requesterPays functionality enabled successfully.
   *   }
   * });
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * bucket.enableRequesterPays().then(function(data) {
   *   const apiResponse = data[0];
   * });
   *
   * ```
   * @example <caption>include:samples/requesterPays.js</caption>
   * region_tag:storage_enable_requester_pays
   * Example of enabling requester pays:
   */
  enableRequesterPays(optionsOrCallback, cb) {
    let options = {};
    if (typeof optionsOrCallback === "function") {
      cb = optionsOrCallback;
    } else if (optionsOrCallback) {
      options = optionsOrCallback;
    }
    this.setMetadata({
      billing: {
        requesterPays: true
      }
    }, options, cb);
  }
  /**
   * Create a {@link File} object. See {@link File} to see how to handle
   * the different use cases you may have.
   *
   * @param {string} name The name of the file in this bucket.
   * @param {FileOptions} [options] Configuration options.
   * @param {string|number} [options.generation] Only use a specific revision of
   *     this file.
   * @param {string} [options.encryptionKey] A custom encryption key. See
   *     {@link https://cloud.google.com/storage/docs/encryption#customer-supplied| Customer-supplied Encryption Keys}.
   * @param {string} [options.kmsKeyName] The name of the Cloud KMS key that will
   *     be used to encrypt the object. Must be in the format:
   *     `projects/my-project/locations/location/keyRings/my-kr/cryptoKeys/my-key`.
   *     KMS key ring must use the same location as the bucket.
   * @param {string} [options.userProject] The ID of the project which will be
   *     billed for all requests made from File object.
   * @returns {File}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const bucket = storage.bucket('albums');
   * const file = bucket.file('my-existing-file.png');
   * ```
   */
  file(name, options) {
    if (!name) {
      throw Error(BucketExceptionMessages.SPECIFY_FILE_NAME);
    }
    return new File2(this, name, options);
  }
  /**
   * @typedef {array} GetFilesResponse
   * @property {File[]} 0 Array of {@link File} instances.
   * @param {object} nextQuery 1 A query object to receive more results.
   * @param {object} apiResponse 2 The full API response.
   */
  /**
   * @callback GetFilesCallback
   * @param {?Error} err Request error, if any.
   * @param {File[]} files Array of {@link File} instances.
   * @param {object} nextQuery A query object to receive more results.
   * @param {object} apiResponse The full API response.
   */
  /**
   * Query object for listing files.
   *
   * @typedef {object} GetFilesOptions
   * @property {boolean} [autoPaginate=true] Have pagination handled
   *     automatically.
   * @property {string} [delimiter] Results will contain only objects whose
   *     names, aside from the prefix, do not contain delimiter. Objects whose
   *     names, aside from the prefix, contain delimiter will have their name
   *     truncated after the delimiter, returned in `apiResponse.prefixes`.
   *     Duplicate prefixes are omitted.
   * @property {string} [endOffset] Filter results to objects whose names are
   * lexicographically before endOffset. If startOffset is also set, the objects
   * listed have names between startOffset (inclusive) and endOffset (exclusive).
   * @property {boolean} [includeFoldersAsPrefixes] If true, includes folders and
   * managed folders in the set of prefixes returned by the query. Only applicable if
   * delimiter is set to / and autoPaginate is set to false.
   * See: https://cloud.google.com/storage/docs/managed-folders
   * @property {boolean} [includeTrailingDelimiter] If true, objects that end in
   * exactly one instance of delimiter have their metadata included in items[]
   * in addition to the relevant part of the object name appearing in prefixes[].
   * @property {string} [prefix] Filter results to objects whose names begin
   *     with this prefix.
   * @property {string} [filter] Filter results using a server-side filter
   * expression. This is primarily used for filtering by Object Contexts.
   * Syntax: `contexts."<key>"="<value>"` or `contexts."<key>":*`.
   * Prepend `-` for negation (e.g., `-contexts."key":*`).
   * @property {string} [matchGlob] A glob pattern used to filter results,
   *     for example foo*bar
   * @property {number} [maxApiCalls] Maximum number of API calls to make.
   * @property {number} [maxResults] Maximum number of items plus prefixes to
   *     return per call.
   *     Note: By default will handle pagination automatically
   *     if more than 1 page worth of results are requested per call.
   *     When `autoPaginate` is set to `false` the smaller of `maxResults`
   *     or 1 page of results will be returned per call.
   * @property {string} [pageToken] A previously-returned page token
   *     representing part of the larger set of results to view.
   * @property {boolean} [softDeleted] If true, only soft-deleted object versions will be
   *     listed as distinct results in order of generation number. Note `soft_deleted` and
   *     `versions` cannot be set to true simultaneously.
   * @property {string} [startOffset] Filter results to objects whose names are
   * lexicographically equal to or after startOffset. If endOffset is also set,
   * the objects listed have names between startOffset (inclusive) and endOffset (exclusive).
   * @property {string} [userProject] The ID of the project which will be
   *     billed for the request.
   * @property {boolean} [versions] If true, returns File objects scoped to
   *     their versions.
   */
  /**
   * Get {@link File} objects for the files currently in the bucket.
   *
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/objects/list| Objects: list API Documentation}
   *
   * @param {GetFilesOptions} [query] Query object for listing files.
   * @param {boolean} [query.autoPaginate=true] Have pagination handled
   *     automatically.
   * @param {string} [query.delimiter] Results will contain only objects whose
   *     names, aside from the prefix, do not contain delimiter. Objects whose
   *     names, aside from the prefix, contain delimiter will have their name
   *     truncated after the delimiter, returned in `apiResponse.prefixes`.
   *     Duplicate prefixes are omitted.
   * @param {string} [query.endOffset] Filter results to objects whose names are
   * lexicographically before endOffset. If startOffset is also set, the objects
   * listed have names between startOffset (inclusive) and endOffset (exclusive).
   * @param {boolean} [query.includeFoldersAsPrefixes] If true, includes folders and
   * managed folders in the set of prefixes returned by the query. Only applicable if
   * delimiter is set to / and autoPaginate is set to false.
   * See: https://cloud.google.com/storage/docs/managed-folders
   * @param {boolean} [query.includeTrailingDelimiter] If true, objects that end in
   * exactly one instance of delimiter have their metadata included in items[]
   * in addition to the relevant part of the object name appearing in prefixes[].
   * @param {string} [query.prefix] Filter results to objects whose names begin
   *     with this prefix.
   * @param {string} [query.filter] Filter results using a server-side filter
   *     expression. Supports Object Contexts with operators like `=`, `:`,
   *     and `-` for negation.
   * @param {number} [query.maxApiCalls] Maximum number of API calls to make.
   * @param {number} [query.maxResults] Maximum number of items plus prefixes to
   *     return per call.
   *     Note: By default will handle pagination automatically
   *     if more than 1 page worth of results are requested per call.
   *     When `autoPaginate` is set to `false` the smaller of `maxResults`
   *     or 1 page of results will be returned per call.
   * @param {string} [query.pageToken] A previously-returned page token
   *     representing part of the larger set of results to view.
   * @param {boolean} [query.softDeleted] If true, only soft-deleted object versions will be
   *     listed as distinct results in order of generation number. Note `soft_deleted` and
   *     `versions` cannot be set to true simultaneously.
   * @param {string} [query.startOffset] Filter results to objects whose names are
   * lexicographically equal to or after startOffset. If endOffset is also set,
   * the objects listed have names between startOffset (inclusive) and endOffset (exclusive).
   * @param {string} [query.userProject] The ID of the project which will be
   *     billed for the request.
   * @param {boolean} [query.versions] If true, returns File objects scoped to
   *     their versions.
   *
   * @param {GetFilesCallback} [callback] Callback function.
   * @returns {Promise<GetFilesResponse>}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const bucket = storage.bucket('albums');
   *
   * bucket.getFiles(function(err, files) {
   *   if (!err) {
   *     // files is an array of File objects.
   *   }
   * });
   *
   * //-
   * // If your bucket has versioning enabled, you can get all of your files
   * // scoped to their generation.
   * //-
   * bucket.getFiles({
   *   versions: true
   * }, function(err, files) {
   *   // Each file is scoped to its generation.
   * });
   *
   * //-
   * // To control how many API requests are made and page through the results
   * // manually, set `autoPaginate` to `false`.
   * //-
   * const callback = function(err, files, nextQuery, apiResponse) {
   *   if (nextQuery) {
   *     // More results exist.
   *     bucket.getFiles(nextQuery, callback);
   *   }
   *
   *   // The `metadata` property is populated for you with the metadata at the
   *   // time of fetching.
   *   files[0].metadata;
   *
   *   // However, in cases where you are concerned the metadata could have
   *   // changed, use the `getMetadata` method.
   *   files[0].getMetadata(function(err, metadata) {});
   * };
   *
   * bucket.getFiles({
   *   autoPaginate: false
   * }, callback);
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * bucket.getFiles().then(function(data) {
   *   const files = data[0];
   * });
   *
   * ```
   * @example
   * <h6>Simulating a File System</h6><p>With `autoPaginate: false`, it's possible to iterate over files which incorporate a common structure using a delimiter.</p><p>Consider the following remote objects:</p><ol><li>"a"</li><li>"a/b/c/d"</li><li>"b/d/e"</li></ol><p>Using a delimiter of `/` will return a single file, "a".</p><p>`apiResponse.prefixes` will return the "sub-directories" that were found:</p><ol><li>"a/"</li><li>"b/"</li></ol>
   * ```
   * bucket.getFiles({
   *   autoPaginate: false,
   *   delimiter: '/'
   * }, function(err, files, nextQuery, apiResponse) {
   *   // files = [
   *   //   {File} // File object for file "a"
   *   // ]
   *
   *   // apiResponse.prefixes = [
   *   //   'a/',
   *   //   'b/'
   *   // ]
   * });
   * ```
   *
   * @example
   * Using prefixes, it's now possible to simulate a file system with follow-up requests.
   * ```
   * bucket.getFiles({
   *   autoPaginate: false,
   *   delimiter: '/',
   *   prefix: 'a/'
   * }, function(err, files, nextQuery, apiResponse) {
   *   // No files found within "directory" a.
   *   // files = []
   *
   *   // However, a "sub-directory" was found.
   *   // This prefix can be used to continue traversing the "file system".
   *   // apiResponse.prefixes = [
   *   //   'a/b/'
   *   // ]
   * });
   * ```
   *
   * @example
   * //-
   * // Filter files using Object Contexts.
   * //-
   * ```
   * const query = {
   *    filter: 'contexts."status"="active"'
   * };
   * bucket.getFiles(query, function(err, files) {
   *    if (!err) {
   *      // files only contains objects with the 'status' context set to 'active'.
   *    }
   * });
   *
   * //-
   * // You can also filter by the absence of a context key.
   * //-
   *
   * bucket.getFiles({
   *    filter: '-contexts."priority":*'
   * }, function(err, files) {
   *     // files contains objects that DO NOT have the 'priority' context key.
   * });
   * ```
   *
   * @example <caption>include:samples/files.js</caption>
   * region_tag:storage_list_files
   * Another example:
   *
   * @example <caption>include:samples/files.js</caption>
   * region_tag:storage_list_files_with_prefix
   * Example of listing files, filtered by a prefix:
   */
  getFiles(queryOrCallback, callback) {
    let query = typeof queryOrCallback === "object" ? queryOrCallback : {};
    if (!callback) {
      callback = queryOrCallback;
    }
    query = Object.assign({}, query);
    if (query.fields && query.autoPaginate && !query.fields.includes("nextPageToken")) {
      query.fields = `${query.fields},nextPageToken`;
    }
    this.request({
      uri: "/o",
      qs: query
    }, (err, resp) => {
      if (err) {
        callback(err, null, null, resp);
        return;
      }
      const itemsArray = resp.items ? resp.items : [];
      const files = itemsArray.map((file) => {
        const options = {};
        if (query.fields) {
          const fileInstance2 = file;
          return fileInstance2;
        }
        if (query.versions) {
          options.generation = file.generation;
        }
        if (file.kmsKeyName) {
          options.kmsKeyName = file.kmsKeyName;
        }
        const fileInstance = this.file(file.name, options);
        fileInstance.metadata = file;
        return fileInstance;
      });
      let nextQuery = null;
      if (resp.nextPageToken) {
        nextQuery = Object.assign({}, query, {
          pageToken: resp.nextPageToken
        });
      }
      callback(null, files, nextQuery, resp);
    });
  }
  /**
   * @deprecated
   * @typedef {object} GetLabelsOptions Configuration options for Bucket#getLabels().
   * @param {string} [userProject] The ID of the project which will be
   *     billed for the request.
   */
  /**
   * @deprecated
   * @typedef {array} GetLabelsResponse
   * @property {object} 0 Object of labels currently set on this bucket.
   */
  /**
   * @deprecated
   * @callback GetLabelsCallback
   * @param {?Error} err Request error, if any.
   * @param {object} labels Object of labels currently set on this bucket.
   */
  /**
   * @deprecated Use getMetadata directly.
   * Get the labels currently set on this bucket.
   *
   * @param {object} [options] Configuration options.
   * @param {string} [options.userProject] The ID of the project which will be
   *     billed for the request.
   * @param {GetLabelsCallback} [callback] Callback function.
   * @returns {Promise<GetLabelsCallback>}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const bucket = storage.bucket('albums');
   *
   * bucket.getLabels(function(err, labels) {
   *   if (err) {
   *     // Error handling omitted.
   *   }
   *
   *   // labels = {
   *   //   label: 'labelValue',
   *   //   ...
   *   // }
   * });
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * bucket.getLabels().then(function(data) {
   *   const labels = data[0];
   * });
   * ```
   */
  getLabels(optionsOrCallback, callback) {
    let options = {};
    if (typeof optionsOrCallback === "function") {
      callback = optionsOrCallback;
    } else if (optionsOrCallback) {
      options = optionsOrCallback;
    }
    this.getMetadata(options, (err, metadata) => {
      if (err) {
        callback(err, null);
        return;
      }
      callback(null, (metadata === null || metadata === void 0 ? void 0 : metadata.labels) || {});
    });
  }
  /**
   * @typedef {object} GetNotificationsOptions Configuration options for Bucket#getNotification().
   * @property {string} [userProject] The ID of the project which will be
   *     billed for the request.
   */
  /**
   * @callback GetNotificationsCallback
   * @param {?Error} err Request error, if any.
   * @param {Notification[]} notifications Array of {@link Notification}
   *     instances.
   * @param {object} apiResponse The full API response.
   */
  /**
   * @typedef {array} GetNotificationsResponse
   * @property {Notification[]} 0 Array of {@link Notification} instances.
   * @property {object} 1 The full API response.
   */
  /**
   * Retrieves a list of notification subscriptions for a given bucket.
   *
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/notifications/list| Notifications: list}
   *
   * @param {GetNotificationsOptions} [options] Configuration options.
   * @param {string} [options.userProject] The ID of the project which will be
   *     billed for the request.
   * @param {GetNotificationsCallback} [callback] Callback function.
   * @returns {Promise<GetNotificationsResponse>}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const bucket = storage.bucket('my-bucket');
   *
   * bucket.getNotifications(function(err, notifications, apiResponse) {
   *   if (!err) {
   *     // notifications is an array of Notification objects.
   *   }
   * });
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * bucket.getNotifications().then(function(data) {
   *   const notifications = data[0];
   *   const apiResponse = data[1];
   * });
   *
   * ```
   * @example <caption>include:samples/listNotifications.js</caption>
   * region_tag:storage_list_bucket_notifications
   * Another example:
   */
  getNotifications(optionsOrCallback, callback) {
    let options = {};
    if (typeof optionsOrCallback === "function") {
      callback = optionsOrCallback;
    } else if (optionsOrCallback) {
      options = optionsOrCallback;
    }
    this.request({
      uri: "/notificationConfigs",
      qs: options
    }, (err, resp) => {
      if (err) {
        callback(err, null, resp);
        return;
      }
      const itemsArray = resp.items ? resp.items : [];
      const notifications = itemsArray.map((notification) => {
        const notificationInstance = this.notification(notification.id);
        notificationInstance.metadata = notification;
        return notificationInstance;
      });
      callback(null, notifications, resp);
    });
  }
  /**
   * @typedef {array} GetSignedUrlResponse
   * @property {object} 0 The signed URL.
   */
  /**
   * @callback GetSignedUrlCallback
   * @param {?Error} err Request error, if any.
   * @param {object} url The signed URL.
   */
  /**
   * @typedef {object} GetBucketSignedUrlConfig
   * @property {string} action Only listing objects within a bucket (HTTP: GET) is supported for bucket-level signed URLs.
   * @property {*} expires A timestamp when this link will expire. Any value
   *     given is passed to `new Date()`.
   *     Note: 'v4' supports maximum duration of 7 days (604800 seconds) from now.
   * @property {string} [version='v2'] The signing version to use, either
   *     'v2' or 'v4'.
   * @property {boolean} [virtualHostedStyle=false] Use virtual hosted-style
   *     URLs ('https://mybucket.storage.googleapis.com/...') instead of path-style
   *     ('https://storage.googleapis.com/mybucket/...'). Virtual hosted-style URLs
   *     should generally be preferred instead of path-style URL.
   *     Currently defaults to `false` for path-style, although this may change in a
   *     future major-version release.
   * @property {string} [cname] The cname for this bucket, i.e.,
   *     "https://cdn.example.com".
   *     See [reference]{@link https://cloud.google.com/storage/docs/access-control/signed-urls#example}
   * @property {object} [extensionHeaders] If these headers are used, the
   * server will check to make sure that the client provides matching
   * values. See {@link https://cloud.google.com/storage/docs/access-control/signed-urls#about-canonical-extension-headers| Canonical extension headers}
   * for the requirements of this feature, most notably:
   * - The header name must be prefixed with `x-goog-`
   * - The header name must be all lowercase
   *
   * Note: Multi-valued header passed as an array in the extensionHeaders
   *       object is converted into a string, delimited by `,` with
   *       no space. Requests made using the signed URL will need to
   *       delimit multi-valued headers using a single `,` as well, or
   *       else the server will report a mismatched signature.
   * @property {object} [queryParams] Additional query parameters to include
   *     in the signed URL.
   */
  /**
   * Get a signed URL to allow limited time access to a bucket.
   *
   * In Google Cloud Platform environments, such as Cloud Functions and App
   * Engine, you usually don't provide a `keyFilename` or `credentials` during
   * instantiation. In those environments, we call the
   * {@link https://cloud.google.com/iam/docs/reference/credentials/rest/v1/projects.serviceAccounts/signBlob| signBlob API}
   * to create a signed URL. That API requires either the
   * `https://www.googleapis.com/auth/iam` or
   * `https://www.googleapis.com/auth/cloud-platform` scope, so be sure they are
   * enabled.
   *
   * See {@link https://cloud.google.com/storage/docs/access-control/signed-urls| Signed URLs Reference}
   *
   * @throws {Error} if an expiration timestamp from the past is given.
   *
   * @param {GetBucketSignedUrlConfig} config Configuration object.
   * @param {string} config.action Currently only supports "list" (HTTP: GET).
   * @param {*} config.expires A timestamp when this link will expire. Any value
   *     given is passed to `new Date()`.
   *     Note: 'v4' supports maximum duration of 7 days (604800 seconds) from now.
   * @param {string} [config.version='v2'] The signing version to use, either
   *     'v2' or 'v4'.
   * @param {boolean} [config.virtualHostedStyle=false] Use virtual hosted-style
   *     URLs ('https://mybucket.storage.googleapis.com/...') instead of path-style
   *     ('https://storage.googleapis.com/mybucket/...'). Virtual hosted-style URLs
   *     should generally be preferred instead of path-style URL.
   *     Currently defaults to `false` for path-style, although this may change in a
   *     future major-version release.
   * @param {string} [config.cname] The cname for this bucket, i.e.,
   *     "https://cdn.example.com".
   *     See [reference]{@link https://cloud.google.com/storage/docs/access-control/signed-urls#example}
   * @param {object} [config.extensionHeaders] If these headers are used, the
   * server will check to make sure that the client provides matching
   * values. See {@link https://cloud.google.com/storage/docs/access-control/signed-urls#about-canonical-extension-headers| Canonical extension headers}
   * for the requirements of this feature, most notably:
   * - The header name must be prefixed with `x-goog-`
   * - The header name must be all lowercase
   *
   * Note: Multi-valued header passed as an array in the extensionHeaders
   *       object is converted into a string, delimited by `,` with
   *       no space. Requests made using the signed URL will need to
   *       delimit multi-valued headers using a single `,` as well, or
   *       else the server will report a mismatched signature.
   * @property {object} [config.queryParams] Additional query parameters to include
   *     in the signed URL.
   * @param {GetSignedUrlCallback} [callback] Callback function.
   * @returns {Promise<GetSignedUrlResponse>}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const myBucket = storage.bucket('my-bucket');
   *
   * //-
   * // Generate a URL that allows temporary access to list files in a bucket.
   * //-
   * const request = require('request');
   *
   * const config = {
   *   action: 'list',
   *   expires: '03-17-2025'
   * };
   *
   * bucket.getSignedUrl(config, function(err, url) {
   *   if (err) {
   *     console.error(err);
   *     return;
   *   }
   *
   *   // The bucket is now available to be listed from this URL.
   *   request(url, function(err, resp) {
   *     // resp.statusCode = 200
   *   });
   * });
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * bucket.getSignedUrl(config).then(function(data) {
   *   const url = data[0];
   * });
   * ```
   */
  getSignedUrl(cfg, callback) {
    const method = BucketActionToHTTPMethod[cfg.action];
    const signConfig = {
      method,
      expires: cfg.expires,
      version: cfg.version,
      cname: cfg.cname,
      extensionHeaders: cfg.extensionHeaders || {},
      queryParams: cfg.queryParams || {},
      host: cfg.host,
      signingEndpoint: cfg.signingEndpoint
    };
    if (!this.signer) {
      this.signer = new URLSigner(this.storage.authClient, this, void 0, this.storage);
    }
    void this.signer.getSignedUrl(signConfig).then((signedUrl) => callback(null, signedUrl), callback);
  }
  /**
   * @callback BucketLockCallback
   * @param {?Error} err Request error, if any.
   * @param {object} apiResponse The full API response.
   */
  /**
   * Lock a previously-defined retention policy. This will prevent changes to
   * the policy.
   *
   * @throws {Error} if a metageneration is not provided.
   *
   * @param {number|string} metageneration The bucket's metageneration. This is
   *     accessible from calling {@link File#getMetadata}.
   * @param {BucketLockCallback} [callback] Callback function.
   * @returns {Promise<BucketLockResponse>}
   *
   * @example
   * ```
   * const storage = require('@google-cloud/storage')();
   * const bucket = storage.bucket('albums');
   *
   * const metageneration = 2;
   *
   * bucket.lock(metageneration, function(err, apiResponse) {});
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * bucket.lock(metageneration).then(function(data) {
   *   const apiResponse = data[0];
   * });
   * ```
   */
  lock(metageneration, callback) {
    const metatype = typeof metageneration;
    if (metatype !== "number" && metatype !== "string") {
      throw new Error(BucketExceptionMessages.METAGENERATION_NOT_PROVIDED);
    }
    this.request({
      method: "POST",
      uri: "/lockRetentionPolicy",
      qs: {
        ifMetagenerationMatch: metageneration
      }
    }, callback);
  }
  /**
   * @typedef {object} RestoreOptions Options for Bucket#restore(). See an
   *     {@link https://cloud.google.com/storage/docs/json_api/v1/buckets/restore#resource| Object resource}.
   * @param {number} [generation] If present, selects a specific revision of this object.
   * @param {string} [projection] Specifies the set of properties to return. If used, must be 'full' or 'noAcl'.
   */
  /**
   * Restores a soft-deleted bucket
   * @param {RestoreOptions} options Restore options.
   * @returns {Promise<Bucket>}
   */
  async restore(options) {
    const [bucket] = await this.request({
      method: "POST",
      uri: "/restore",
      qs: options
    });
    return bucket;
  }
  /**
   * @typedef {array} MakeBucketPrivateResponse
   * @property {File[]} 0 List of files made private.
   */
  /**
   * @callback MakeBucketPrivateCallback
   * @param {?Error} err Request error, if any.
   * @param {File[]} files List of files made private.
   */
  /**
   * @typedef {object} MakeBucketPrivateOptions
   * @property {boolean} [includeFiles=false] Make each file in the bucket
   *     private.
   * @property {Metadata} [metadata] Define custom metadata properties to define
   *     along with the operation.
   * @property {boolean} [force] Queue errors occurred while making files
   *     private until all files have been processed.
   * @property {string} [userProject] The ID of the project which will be
   *     billed for the request.
   */
  /**
   * Make the bucket listing private.
   *
   * You may also choose to make the contents of the bucket private by
   * specifying `includeFiles: true`. This will automatically run
   * {@link File#makePrivate} for every file in the bucket.
   *
   * When specifying `includeFiles: true`, use `force: true` to delay execution
   * of your callback until all files have been processed. By default, the
   * callback is executed after the first error. Use `force` to queue such
   * errors until all files have been processed, after which they will be
   * returned as an array as the first argument to your callback.
   *
   * NOTE: This may cause the process to be long-running and use a high number
   * of requests. Use with caution.
   *
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/buckets/patch| Buckets: patch API Documentation}
   *
   * @param {MakeBucketPrivateOptions} [options] Configuration options.
   * @param {boolean} [options.includeFiles=false] Make each file in the bucket
   *     private.
   * @param {Metadata} [options.metadata] Define custom metadata properties to define
   *     along with the operation.
   * @param {boolean} [options.force] Queue errors occurred while making files
   *     private until all files have been processed.
   * @param {string} [options.userProject] The ID of the project which will be
   *     billed for the request.
   * @param {MakeBucketPrivateCallback} [callback] Callback function.
   * @returns {Promise<MakeBucketPrivateResponse>}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const bucket = storage.bucket('albums');
   *
   * //-
   * // Make the bucket private.
   * //-
   * bucket.makePrivate(function(err) {});
   *
   * //-
   * // Make the bucket and its contents private.
   * //-
   * const opts = {
   *   includeFiles: true
   * };
   *
   * bucket.makePrivate(opts, function(err, files) {
   *   // `err`:
   *   //    The first error to occur, otherwise null.
   *   //
   *   // `files`:
   *   //    Array of files successfully made private in the bucket.
   * });
   *
   * //-
   * // Make the bucket and its contents private, using force to suppress errors
   * // until all files have been processed.
   * //-
   * const opts = {
   *   includeFiles: true,
   *   force: true
   * };
   *
   * bucket.makePrivate(opts, function(errors, files) {
   *   // `errors`:
   *   //    Array of errors if any occurred, otherwise null.
   *   //
   *   // `files`:
   *   //    Array of files successfully made private in the bucket.
   * });
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * bucket.makePrivate(opts).then(function(data) {
   *   const files = data[0];
   * });
   * ```
   */
  makePrivate(optionsOrCallback, callback) {
    var _a2, _b, _c, _d;
    const options = typeof optionsOrCallback === "object" ? optionsOrCallback : {};
    callback = typeof optionsOrCallback === "function" ? optionsOrCallback : callback;
    options.private = true;
    const query = {
      predefinedAcl: "projectPrivate"
    };
    if (options.userProject) {
      query.userProject = options.userProject;
    }
    if ((_a2 = options.preconditionOpts) === null || _a2 === void 0 ? void 0 : _a2.ifGenerationMatch) {
      query.ifGenerationMatch = options.preconditionOpts.ifGenerationMatch;
    }
    if ((_b = options.preconditionOpts) === null || _b === void 0 ? void 0 : _b.ifGenerationNotMatch) {
      query.ifGenerationNotMatch = options.preconditionOpts.ifGenerationNotMatch;
    }
    if ((_c = options.preconditionOpts) === null || _c === void 0 ? void 0 : _c.ifMetagenerationMatch) {
      query.ifMetagenerationMatch = options.preconditionOpts.ifMetagenerationMatch;
    }
    if ((_d = options.preconditionOpts) === null || _d === void 0 ? void 0 : _d.ifMetagenerationNotMatch) {
      query.ifMetagenerationNotMatch = options.preconditionOpts.ifMetagenerationNotMatch;
    }
    const metadata = { ...options.metadata, acl: null };
    this.setMetadata(metadata, query, (err) => {
      if (err) {
        callback(err);
        return;
      }
      void (async () => {
        let files = [];
        try {
          if (options.includeFiles) {
            files = await promisify(this.makeAllFilesPublicPrivate_).call(this, options);
          }
        } catch (callErr) {
          callback(callErr);
          return;
        }
        callback(null, files);
      })();
    });
  }
  /**
   * @typedef {object} MakeBucketPublicOptions
   * @property {boolean} [includeFiles=false] Make each file in the bucket
   *     private.
   * @property {boolean} [force] Queue errors occurred while making files
   *     private until all files have been processed.
   */
  /**
   * @callback MakeBucketPublicCallback
   * @param {?Error} err Request error, if any.
   * @param {File[]} files List of files made public.
   */
  /**
   * @typedef {array} MakeBucketPublicResponse
   * @property {File[]} 0 List of files made public.
   */
  /**
   * Make the bucket publicly readable.
   *
   * You may also choose to make the contents of the bucket publicly readable by
   * specifying `includeFiles: true`. This will automatically run
   * {@link File#makePublic} for every file in the bucket.
   *
   * When specifying `includeFiles: true`, use `force: true` to delay execution
   * of your callback until all files have been processed. By default, the
   * callback is executed after the first error. Use `force` to queue such
   * errors until all files have been processed, after which they will be
   * returned as an array as the first argument to your callback.
   *
   * NOTE: This may cause the process to be long-running and use a high number
   * of requests. Use with caution.
   *
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/buckets/patch| Buckets: patch API Documentation}
   *
   * @param {MakeBucketPublicOptions} [options] Configuration options.
   * @param {boolean} [options.includeFiles=false] Make each file in the bucket
   *     private.
   * @param {boolean} [options.force] Queue errors occurred while making files
   *     private until all files have been processed.
   * @param {MakeBucketPublicCallback} [callback] Callback function.
   * @returns {Promise<MakeBucketPublicResponse>}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const bucket = storage.bucket('albums');
   *
   * //-
   * // Make the bucket publicly readable.
   * //-
   * bucket.makePublic(function(err) {});
   *
   * //-
   * // Make the bucket and its contents publicly readable.
   * //-
   * const opts = {
   *   includeFiles: true
   * };
   *
   * bucket.makePublic(opts, function(err, files) {
   *   // `err`:
   *   //    The first error to occur, otherwise null.
   *   //
   *   // `files`:
   *   //    Array of files successfully made public in the bucket.
   * });
   *
   * //-
   * // Make the bucket and its contents publicly readable, using force to
   * // suppress errors until all files have been processed.
   * //-
   * const opts = {
   *   includeFiles: true,
   *   force: true
   * };
   *
   * bucket.makePublic(opts, function(errors, files) {
   *   // `errors`:
   *   //    Array of errors if any occurred, otherwise null.
   *   //
   *   // `files`:
   *   //    Array of files successfully made public in the bucket.
   * });
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * bucket.makePublic(opts).then(function(data) {
   *   const files = data[0];
   * });
   * ```
   */
  makePublic(optionsOrCallback, callback) {
    const options = typeof optionsOrCallback === "object" ? optionsOrCallback : {};
    callback = typeof optionsOrCallback === "function" ? optionsOrCallback : callback;
    const req = { public: true, ...options };
    void (async () => {
      let files = [];
      try {
        await this.acl.add({
          entity: "allUsers",
          role: "READER"
        });
        await this.acl.default.add({
          entity: "allUsers",
          role: "READER"
        });
        if (req.includeFiles) {
          files = await promisify(this.makeAllFilesPublicPrivate_).call(this, req);
        }
      } catch (err) {
        callback(err);
        return;
      }
      callback(null, files);
    })();
  }
  /**
   * Get a reference to a Cloud Pub/Sub Notification.
   *
   * @param {string} id ID of notification.
   * @returns {Notification}
   * @see Notification
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const bucket = storage.bucket('my-bucket');
   * const notification = bucket.notification('1');
   * ```
   */
  notification(id) {
    if (!id) {
      throw new Error(BucketExceptionMessages.SUPPLY_NOTIFICATION_ID);
    }
    return new Notification(this, id);
  }
  /**
   * Remove an already-existing retention policy from this bucket, if it is not
   * locked.
   *
   * @param {SetBucketMetadataCallback} [callback] Callback function.
   * @param {SetBucketMetadataOptions} [options] Options, including precondition options
   * @returns {Promise<SetBucketMetadataResponse>}
   *
   * @example
   * ```
   * const storage = require('@google-cloud/storage')();
   * const bucket = storage.bucket('albums');
   *
   * bucket.removeRetentionPeriod(function(err, apiResponse) {});
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * bucket.removeRetentionPeriod().then(function(data) {
   *   const apiResponse = data[0];
   * });
   * ```
   */
  removeRetentionPeriod(optionsOrCallback, callback) {
    const options = typeof optionsOrCallback === "object" ? optionsOrCallback : {};
    callback = typeof optionsOrCallback === "function" ? optionsOrCallback : callback;
    this.setMetadata({
      retentionPolicy: null
    }, options, callback);
  }
  /**
   * Makes request and applies userProject query parameter if necessary.
   *
   * @private
   *
   * @param {object} reqOpts - The request options.
   * @param {function} callback - The callback function.
   */
  request(reqOpts, callback) {
    if (this.userProject && (!reqOpts.qs || !reqOpts.qs.userProject)) {
      reqOpts.qs = { ...reqOpts.qs, userProject: this.userProject };
    }
    return super.request(reqOpts, callback);
  }
  /**
   * @deprecated
   * @typedef {array} SetLabelsResponse
   * @property {object} 0 The bucket metadata.
   */
  /**
   * @deprecated
   * @callback SetLabelsCallback
   * @param {?Error} err Request error, if any.
   * @param {object} metadata The bucket metadata.
   */
  /**
   * @deprecated
   * @typedef {object} SetLabelsOptions Configuration options for Bucket#setLabels().
   * @property {string} [userProject] The ID of the project which will be
   *     billed for the request.
   */
  /**
   * @deprecated Use setMetadata directly.
   * Set labels on the bucket.
   *
   * This makes an underlying call to {@link Bucket#setMetadata}, which
   * is a PATCH request. This means an individual label can be overwritten, but
   * unmentioned labels will not be touched.
   *
   * @param {object<string, string>} labels Labels to set on the bucket.
   * @param {SetLabelsOptions} [options] Configuration options.
   * @param {string} [options.userProject] The ID of the project which will be
   *     billed for the request.
   * @param {SetLabelsCallback} [callback] Callback function.
   * @returns {Promise<SetLabelsResponse>}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const bucket = storage.bucket('albums');
   *
   * const labels = {
   *   labelone: 'labelonevalue',
   *   labeltwo: 'labeltwovalue'
   * };
   *
   * bucket.setLabels(labels, function(err, metadata) {
   *   if (!err) {
   *     // Labels set successfully.
   *   }
   * });
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * bucket.setLabels(labels).then(function(data) {
   *   const metadata = data[0];
   * });
   * ```
   */
  setLabels(labels, optionsOrCallback, callback) {
    const options = typeof optionsOrCallback === "object" ? optionsOrCallback : {};
    callback = typeof optionsOrCallback === "function" ? optionsOrCallback : callback;
    callback = callback || util.noop;
    this.setMetadata({ labels }, options, callback);
  }
  setMetadata(metadata, optionsOrCallback, cb) {
    const options = typeof optionsOrCallback === "object" ? optionsOrCallback : {};
    cb = typeof optionsOrCallback === "function" ? optionsOrCallback : cb;
    this.disableAutoRetryConditionallyIdempotent_(this.methods.setMetadata, AvailableServiceObjectMethods.setMetadata, options);
    void (async () => {
      let resp;
      try {
        resp = await super.setMetadata(metadata, options);
      } catch (err) {
        cb(err);
        return;
      } finally {
        this.storage.retryOptions.autoRetry = this.instanceRetryValue;
      }
      cb(null, ...resp);
    })();
  }
  /**
   * Lock all objects contained in the bucket, based on their creation time. Any
   * attempt to overwrite or delete objects younger than the retention period
   * will result in a `PERMISSION_DENIED` error.
   *
   * An unlocked retention policy can be modified or removed from the bucket via
   * {@link File#removeRetentionPeriod} and {@link File#setRetentionPeriod}. A
   * locked retention policy cannot be removed or shortened in duration for the
   * lifetime of the bucket. Attempting to remove or decrease period of a locked
   * retention policy will result in a `PERMISSION_DENIED` error. You can still
   * increase the policy.
   *
   * @param {*} duration In seconds, the minimum retention time for all objects
   *     contained in this bucket.
   * @param {SetBucketMetadataCallback} [callback] Callback function.
   * @param {SetBucketMetadataCallback} [options] Options, including precondition options.
   * @returns {Promise<SetBucketMetadataResponse>}
   *
   * @example
   * ```
   * const storage = require('@google-cloud/storage')();
   * const bucket = storage.bucket('albums');
   *
   * const DURATION_SECONDS = 15780000; // 6 months.
   *
   * //-
   * // Lock the objects in this bucket for 6 months.
   * //-
   * bucket.setRetentionPeriod(DURATION_SECONDS, function(err, apiResponse) {});
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * bucket.setRetentionPeriod(DURATION_SECONDS).then(function(data) {
   *   const apiResponse = data[0];
   * });
   * ```
   */
  setRetentionPeriod(duration, optionsOrCallback, callback) {
    const options = typeof optionsOrCallback === "object" ? optionsOrCallback : {};
    callback = typeof optionsOrCallback === "function" ? optionsOrCallback : callback;
    this.setMetadata({
      retentionPolicy: {
        retentionPeriod: duration.toString()
      }
    }, options, callback);
  }
  /**
   *
   * @typedef {object} Cors
   * @property {number} [maxAgeSeconds] The number of seconds the browser is
   *     allowed to make requests before it must repeat the preflight request.
   * @property {string[]} [method] HTTP method allowed for cross origin resource
   *     sharing with this bucket.
   * @property {string[]} [origin] an origin allowed for cross origin resource
   *     sharing with this bucket.
   * @property {string[]} [responseHeader] A header allowed for cross origin
   *     resource sharing with this bucket.
   */
  /**
   * This can be used to set the CORS configuration on the bucket.
   *
   * The configuration will be overwritten with the value passed into this.
   *
   * @param {Cors[]} corsConfiguration The new CORS configuration to set
   * @param {number} [corsConfiguration.maxAgeSeconds] The number of seconds the browser is
   *     allowed to make requests before it must repeat the preflight request.
   * @param {string[]} [corsConfiguration.method] HTTP method allowed for cross origin resource
   *     sharing with this bucket.
   * @param {string[]} [corsConfiguration.origin] an origin allowed for cross origin resource
   *     sharing with this bucket.
   * @param {string[]} [corsConfiguration.responseHeader] A header allowed for cross origin
   *     resource sharing with this bucket.
   * @param {SetBucketMetadataCallback} [callback] Callback function.
   * @param {SetBucketMetadataOptions} [options] Options, including precondition options.
   * @returns {Promise<SetBucketMetadataResponse>}
   *
   * @example
   * ```
   * const storage = require('@google-cloud/storage')();
   * const bucket = storage.bucket('albums');
   *
   * const corsConfiguration = [{maxAgeSeconds: 3600}]; // 1 hour
   * bucket.setCorsConfiguration(corsConfiguration);
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * bucket.setCorsConfiguration(corsConfiguration).then(function(data) {
   *   const apiResponse = data[0];
   * });
   * ```
   */
  setCorsConfiguration(corsConfiguration, optionsOrCallback, callback) {
    const options = typeof optionsOrCallback === "object" ? optionsOrCallback : {};
    callback = typeof optionsOrCallback === "function" ? optionsOrCallback : callback;
    this.setMetadata({
      cors: corsConfiguration
    }, options, callback);
  }
  /**
   * @typedef {object} SetBucketStorageClassOptions
   * @property {string} [userProject] - The ID of the project which will be
   *     billed for the request.
   */
  /**
   * @callback SetBucketStorageClassCallback
   * @param {?Error} err Request error, if any.
   */
  /**
   * Set the default storage class for new files in this bucket.
   *
   * See {@link https://cloud.google.com/storage/docs/storage-classes| Storage Classes}
   *
   * @param {string} storageClass The new storage class. (`standard`,
   *     `nearline`, `coldline`, or `archive`).
   *     **Note:** The storage classes `multi_regional`, `regional`, and
   *     `durable_reduced_availability` are now legacy and will be deprecated in
   *     the future.
   * @param {object} [options] Configuration options.
   * @param {string} [options.userProject] - The ID of the project which will be
   *     billed for the request.
   * @param {SetStorageClassCallback} [callback] Callback function.
   * @returns {Promise}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const bucket = storage.bucket('albums');
   *
   * bucket.setStorageClass('nearline', function(err, apiResponse) {
   *   if (err) {
   *     // Error handling omitted.
   *   }
   *
   *   // The storage class was updated successfully.
   * });
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * bucket.setStorageClass('nearline').then(function() {});
   * ```
   */
  setStorageClass(storageClass, optionsOrCallback, callback) {
    const options = typeof optionsOrCallback === "object" ? optionsOrCallback : {};
    callback = typeof optionsOrCallback === "function" ? optionsOrCallback : callback;
    storageClass = storageClass.replace(/-/g, "_").replace(/([a-z])([A-Z])/g, (_, low, up) => {
      return low + "_" + up;
    }).toUpperCase();
    this.setMetadata({ storageClass }, options, callback);
  }
  /**
   * Set a user project to be billed for all requests made from this Bucket
   * object and any files referenced from this Bucket object.
   *
   * @param {string} userProject The user project.
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const bucket = storage.bucket('albums');
   *
   * bucket.setUserProject('grape-spaceship-123');
   * ```
   */
  setUserProject(userProject) {
    this.userProject = userProject;
    const methods = [
      "create",
      "delete",
      "exists",
      "get",
      "getMetadata",
      "setMetadata"
    ];
    methods.forEach((method) => {
      const methodConfig = this.methods[method];
      if (typeof methodConfig === "object") {
        if (typeof methodConfig.reqOpts === "object") {
          Object.assign(methodConfig.reqOpts.qs, { userProject });
        } else {
          methodConfig.reqOpts = {
            qs: { userProject }
          };
        }
      }
    });
  }
  /**
   * @typedef {object} UploadOptions Configuration options for Bucket#upload().
   * @property {string|File} [destination] The place to save
   *     your file. If given a string, the file will be uploaded to the bucket
   *     using the string as a filename. When given a File object, your local
   * file will be uploaded to the File object's bucket and under the File
   * object's name. Lastly, when this argument is omitted, the file is uploaded
   * to your bucket using the name of the local file.
   * @property {string} [encryptionKey] A custom encryption key. See
   *     {@link https://cloud.google.com/storage/docs/encryption#customer-supplied| Customer-supplied Encryption Keys}.
   * @property {boolean} [gzip] Automatically gzip the file. This will set
   *     `options.metadata.contentEncoding` to `gzip`.
   * @property {string} [kmsKeyName] The name of the Cloud KMS key that will
   *     be used to encrypt the object. Must be in the format:
   *     `projects/my-project/locations/location/keyRings/my-kr/cryptoKeys/my-key`.
   * @property {object} [metadata] See an
   *     {@link https://cloud.google.com/storage/docs/json_api/v1/objects/insert#request_properties_JSON| Objects: insert request body}.
   * @property {string} [offset] The starting byte of the upload stream, for
   *     resuming an interrupted upload. Defaults to 0.
   * @property {string} [predefinedAcl] Apply a predefined set of access
   * controls to this object.
   *
   * Acceptable values are:
   * - **`authenticatedRead`** - Object owner gets `OWNER` access, and
   *       `allAuthenticatedUsers` get `READER` access.
   *
   * - **`bucketOwnerFullControl`** - Object owner gets `OWNER` access, and
   *       project team owners get `OWNER` access.
   *
   * - **`bucketOwnerRead`** - Object owner gets `OWNER` access, and project
   *       team owners get `READER` access.
   *
   * - **`private`** - Object owner gets `OWNER` access.
   *
   * - **`projectPrivate`** - Object owner gets `OWNER` access, and project
   *       team members get access according to their roles.
   *
   * - **`publicRead`** - Object owner gets `OWNER` access, and `allUsers`
   *       get `READER` access.
   * @property {boolean} [private] Make the uploaded file private. (Alias for
   *     `options.predefinedAcl = 'private'`)
   * @property {boolean} [public] Make the uploaded file public. (Alias for
   *     `options.predefinedAcl = 'publicRead'`)
   * @property {boolean} [resumable=true] Resumable uploads are automatically
   *     enabled and must be shut off explicitly by setting to false.
   * @property {number} [timeout=60000] Set the HTTP request timeout in
   *     milliseconds. This option is not available for resumable uploads.
   *     Default: `60000`
   * @property {string} [uri] The URI for an already-created resumable
   *     upload. See {@link File#createResumableUpload}.
   * @property {string} [userProject] The ID of the project which will be
   *     billed for the request.
   * @property {string|boolean} [validation] Possible values: `"md5"`,
   *     `"crc32c"`, or `false`. By default, data integrity is validated with an
   *     MD5 checksum for maximum reliability. CRC32c will provide better
   *     performance with less reliability. You may also choose to skip
   * validation completely, however this is **not recommended**.
   */
  /**
   * @typedef {array} UploadResponse
   * @property {object} 0 The uploaded {@link File}.
   * @property {object} 1 The full API response.
   */
  /**
   * @callback UploadCallback
   * @param {?Error} err Request error, if any.
   * @param {object} file The uploaded {@link File}.
   * @param {object} apiResponse The full API response.
   */
  /**
   * Upload a file to the bucket. This is a convenience method that wraps
   * {@link File#createWriteStream}.
   *
   * Resumable uploads are enabled by default
   *
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/how-tos/upload#uploads| Upload Options (Simple or Resumable)}
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/objects/insert| Objects: insert API Documentation}
   *
   * @param {string} pathString The fully qualified path to the file you
   *     wish to upload to your bucket.
   * @param {UploadOptions} [options] Configuration options.
   * @param {string|File} [options.destination] The place to save
   *     your file. If given a string, the file will be uploaded to the bucket
   *     using the string as a filename. When given a File object, your local
   * file will be uploaded to the File object's bucket and under the File
   * object's name. Lastly, when this argument is omitted, the file is uploaded
   * to your bucket using the name of the local file.
   * @param {string} [options.encryptionKey] A custom encryption key. See
   *     {@link https://cloud.google.com/storage/docs/encryption#customer-supplied| Customer-supplied Encryption Keys}.
   * @param {boolean} [options.gzip] Automatically gzip the file. This will set
   *     `options.metadata.contentEncoding` to `gzip`.
   * @param {string} [options.kmsKeyName] The name of the Cloud KMS key that will
   *     be used to encrypt the object. Must be in the format:
   *     `projects/my-project/locations/location/keyRings/my-kr/cryptoKeys/my-key`.
   * @param {object} [options.metadata] See an
   *     {@link https://cloud.google.com/storage/docs/json_api/v1/objects/insert#request_properties_JSON| Objects: insert request body}.
   * @param {string} [options.offset] The starting byte of the upload stream, for
   *     resuming an interrupted upload. Defaults to 0.
   * @param {string} [options.predefinedAcl] Apply a predefined set of access
   * controls to this object.
   * Acceptable values are:
   * - **`authenticatedRead`** - Object owner gets `OWNER` access, and
   *   `allAuthenticatedUsers` get `READER` access.
   *
   * - **`bucketOwnerFullControl`** - Object owner gets `OWNER` access, and
   *   project team owners get `OWNER` access.
   *
   * - **`bucketOwnerRead`** - Object owner gets `OWNER` access, and project
   *   team owners get `READER` access.
   *
   * - **`private`** - Object owner gets `OWNER` access.
   *
   * - **`projectPrivate`** - Object owner gets `OWNER` access, and project
   *   team members get access according to their roles.
   *
   * - **`publicRead`** - Object owner gets `OWNER` access, and `allUsers`
   *   get `READER` access.
   * @param {boolean} [options.private] Make the uploaded file private. (Alias for
   *     `options.predefinedAcl = 'private'`)
   * @param {boolean} [options.public] Make the uploaded file public. (Alias for
   *     `options.predefinedAcl = 'publicRead'`)
   * @param {boolean} [options.resumable=true] Resumable uploads are automatically
   *     enabled and must be shut off explicitly by setting to false.
   * @param {number} [options.timeout=60000] Set the HTTP request timeout in
   *     milliseconds. This option is not available for resumable uploads.
   *     Default: `60000`
   * @param {string} [options.uri] The URI for an already-created resumable
   *     upload. See {@link File#createResumableUpload}.
   * @param {string} [options.userProject] The ID of the project which will be
   *     billed for the request.
   * @param {string|boolean} [options.validation] Possible values: `"md5"`,
   *     `"crc32c"`, or `false`. By default, data integrity is validated with an
   *     MD5 checksum for maximum reliability. CRC32c will provide better
   *     performance with less reliability. You may also choose to skip
   * validation completely, however this is **not recommended**.
   * @param {UploadCallback} [callback] Callback function.
   * @returns {Promise<UploadResponse>}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const bucket = storage.bucket('albums');
   *
   * //-
   * // Upload a file from a local path.
   * //-
   * bucket.upload('/local/path/image.png', function(err, file, apiResponse) {
   *   // Your bucket now contains:
   *   // - "image.png" (with the contents of `/local/path/image.png')
   *
   *   // `file` is an instance of a File object that refers to your new file.
   * });
   *
   *
   * //-
   * // It's not always that easy. You will likely want to specify the filename
   * // used when your new file lands in your bucket.
   * //
   * // You may also want to set metadata or customize other options.
   * //-
   * const options = {
   *   destination: 'new-image.png',
   *   validation: 'crc32c',
   *   metadata: {
   *     metadata: {
   *       event: 'Fall trip to the zoo'
   *     }
   *   }
   * };
   *
   * bucket.upload('local-image.png', options, function(err, file) {
   *   // Your bucket now contains:
   *   // - "new-image.png" (with the contents of `local-image.png')
   *
   *   // `file` is an instance of a File object that refers to your new file.
   * });
   *
   * //-
   * // You can also have a file gzip'd on the fly.
   * //-
   * bucket.upload('index.html', { gzip: true }, function(err, file) {
   *   // Your bucket now contains:
   *   // - "index.html" (automatically compressed with gzip)
   *
   *   // Downloading the file with `file.download` will automatically decode
   * the
   *   // file.
   * });
   *
   * //-
   * // You may also re-use a File object, {File}, that references
   * // the file you wish to create or overwrite.
   * //-
   * const options = {
   *   destination: bucket.file('existing-file.png'),
   *   resumable: false
   * };
   *
   * bucket.upload('local-img.png', options, function(err, newFile) {
   *   // Your bucket now contains:
   *   // - "existing-file.png" (with the contents of `local-img.png')
   *
   *   // Note:
   *   // The `newFile` parameter is equal to `file`.
   * });
   *
   * //-
   * // To use
   * // <a
   * href="https://cloud.google.com/storage/docs/encryption#customer-supplied">
   * // Customer-supplied Encryption Keys</a>, provide the `encryptionKey`
   * option.
   * //-
   * const crypto = require('crypto');
   * const encryptionKey = crypto.randomBytes(32);
   *
   * bucket.upload('img.png', {
   *   encryptionKey: encryptionKey
   * }, function(err, newFile) {
   *   // `img.png` was uploaded with your custom encryption key.
   *
   *   // `newFile` is already configured to use the encryption key when making
   *   // operations on the remote object.
   *
   *   // However, to use your encryption key later, you must create a `File`
   *   // instance with the `key` supplied:
   *   const file = bucket.file('img.png', {
   *     encryptionKey: encryptionKey
   *   });
   *
   *   // Or with `file#setEncryptionKey`:
   *   const file = bucket.file('img.png');
   *   file.setEncryptionKey(encryptionKey);
   * });
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * bucket.upload('local-image.png').then(function(data) {
   *   const file = data[0];
   * });
   *
   * To upload a file from a URL, use {@link File#createWriteStream}.
   *
   * ```
   * @example <caption>include:samples/files.js</caption>
   * region_tag:storage_upload_file
   * Another example:
   *
   * @example <caption>include:samples/encryption.js</caption>
   * region_tag:storage_upload_encrypted_file
   * Example of uploading an encrypted file:
   */
  upload(pathString, optionsOrCallback, callback) {
    var _a2, _b;
    const upload2 = (numberOfRetries) => {
      const returnValue = (0, import_async_retry3.default)(async (bail) => {
        await new Promise((resolve2, reject) => {
          var _a3, _b2;
          if (numberOfRetries === 0 && ((_b2 = (_a3 = newFile === null || newFile === void 0 ? void 0 : newFile.storage) === null || _a3 === void 0 ? void 0 : _a3.retryOptions) === null || _b2 === void 0 ? void 0 : _b2.autoRetry)) {
            newFile.storage.retryOptions.autoRetry = false;
          }
          const writable = newFile.createWriteStream(options);
          if (options.onUploadProgress) {
            writable.on("progress", options.onUploadProgress);
          }
          const readStream = fs2.createReadStream(pathString);
          readStream.on("error", (err) => {
            readStream.destroy();
            writable.destroy();
            bail(err);
          }).pipe(writable).on("error", (err) => {
            readStream.destroy();
            if (this.storage.retryOptions.autoRetry && this.storage.retryOptions.retryableErrorFn(err)) {
              return reject(err);
            } else {
              return bail(err);
            }
          }).on("finish", () => {
            return resolve2();
          });
        });
      }, {
        retries: numberOfRetries,
        factor: this.storage.retryOptions.retryDelayMultiplier,
        maxTimeout: this.storage.retryOptions.maxRetryDelay * 1e3,
        //convert to milliseconds
        maxRetryTime: this.storage.retryOptions.totalTimeout * 1e3
        //convert to milliseconds
      });
      if (!callback) {
        return returnValue;
      }
      void (async () => {
        try {
          await returnValue;
        } catch (err) {
          callback(err);
          return;
        }
        callback(null, newFile, newFile.metadata);
      })();
      return;
    };
    if (global["GCLOUD_SANDBOX_ENV"]) {
      return;
    }
    let options = typeof optionsOrCallback === "object" ? optionsOrCallback : {};
    callback = typeof optionsOrCallback === "function" ? optionsOrCallback : callback;
    options = Object.assign({
      metadata: {}
    }, options);
    let maxRetries = this.storage.retryOptions.maxRetries;
    if (((_a2 = options === null || options === void 0 ? void 0 : options.preconditionOpts) === null || _a2 === void 0 ? void 0 : _a2.ifGenerationMatch) === void 0 && ((_b = this.instancePreconditionOpts) === null || _b === void 0 ? void 0 : _b.ifGenerationMatch) === void 0 && this.storage.retryOptions.idempotencyStrategy === IdempotencyStrategy.RetryConditional || this.storage.retryOptions.idempotencyStrategy === IdempotencyStrategy.RetryNever) {
      maxRetries = 0;
    }
    let newFile;
    if (options.destination instanceof File2) {
      newFile = options.destination;
    } else if (options.destination !== null && typeof options.destination === "string") {
      newFile = this.file(options.destination, {
        encryptionKey: options.encryptionKey,
        kmsKeyName: options.kmsKeyName,
        preconditionOpts: this.instancePreconditionOpts
      });
    } else {
      const destination = path.basename(pathString);
      newFile = this.file(destination, {
        encryptionKey: options.encryptionKey,
        kmsKeyName: options.kmsKeyName,
        preconditionOpts: this.instancePreconditionOpts
      });
    }
    return upload2(maxRetries);
  }
  /**
   * @private
   *
   * @typedef {object} MakeAllFilesPublicPrivateOptions
   * @property {boolean} [force] Suppress errors until all files have been
   *     processed.
   * @property {boolean} [private] Make files private.
   * @property {boolean} [public] Make files public.
   * @property {string} [userProject] The ID of the project which will be
   *     billed for the request.
   */
  /**
   * @private
   *
   * @callback SetBucketMetadataCallback
   * @param {?Error} err Request error, if any.
   * @param {File[]} files Files that were updated.
   */
  /**
   * @typedef {array} MakeAllFilesPublicPrivateResponse
   * @property {File[]} 0 List of files affected.
   */
  /**
     * Iterate over all of a bucket's files, calling `file.makePublic()` (public)
     * or `file.makePrivate()` (private) on each.
     *
     * Operations are performed in parallel, up to 10 at once. The first error
     * breaks the loop, and will execute the provided callback with it. Specify
     * `{ force: true }` to suppress the errors.
     *
     * @private
     *
     * @param {MakeAllFilesPublicPrivateOptions} [options] Configuration options.
     * @param {boolean} [options.force] Suppress errors until all files have been
     *     processed.
     * @param {boolean} [options.private] Make files private.
     * @param {boolean} [options.public] Make files public.
     * @param {string} [options.userProject] The ID of the project which will be
     *     billed for the request.
  
     * @param {MakeAllFilesPublicPrivateCallback} callback Callback function.
     *
     * @return {Promise<MakeAllFilesPublicPrivateResponse>}
     */
  makeAllFilesPublicPrivate_(optionsOrCallback, callback) {
    const MAX_PARALLEL_LIMIT = 10;
    const errors = [];
    const updatedFiles = [];
    const options = typeof optionsOrCallback === "object" ? optionsOrCallback : {};
    callback = typeof optionsOrCallback === "function" ? optionsOrCallback : callback;
    const processFile = async (file) => {
      try {
        await (options.public ? file.makePublic() : file.makePrivate(options));
        updatedFiles.push(file);
      } catch (e) {
        if (!options.force) {
          throw e;
        }
        errors.push(e);
      }
    };
    void (async () => {
      try {
        const [files] = await this.getFiles(options);
        const pLimit = await getPLimit();
        const limit = pLimit(MAX_PARALLEL_LIMIT);
        const promises = files.map((file) => {
          return limit(() => processFile(file));
        });
        await Promise.all(promises);
      } catch (err) {
        callback(err, updatedFiles);
        return;
      }
      callback(errors.length > 0 ? errors : null, updatedFiles);
    })();
  }
  getId() {
    return this.id;
  }
  disableAutoRetryConditionallyIdempotent_(coreOpts, methodType, localPreconditionOptions) {
    var _a2, _b;
    if (typeof coreOpts === "object" && ((_b = (_a2 = coreOpts === null || coreOpts === void 0 ? void 0 : coreOpts.reqOpts) === null || _a2 === void 0 ? void 0 : _a2.qs) === null || _b === void 0 ? void 0 : _b.ifMetagenerationMatch) === void 0 && (localPreconditionOptions === null || localPreconditionOptions === void 0 ? void 0 : localPreconditionOptions.ifMetagenerationMatch) === void 0 && (methodType === AvailableServiceObjectMethods.setMetadata || methodType === AvailableServiceObjectMethods.delete) && this.storage.retryOptions.idempotencyStrategy === IdempotencyStrategy.RetryConditional) {
      this.storage.retryOptions.autoRetry = false;
    } else if (this.storage.retryOptions.idempotencyStrategy === IdempotencyStrategy.RetryNever) {
      this.storage.retryOptions.autoRetry = false;
    }
  }
};
import_paginator.paginator.extend(Bucket, "getFiles");
(0, import_promisify6.promisifyAll)(Bucket, {
  exclude: ["cloudStorageURI", "request", "file", "notification", "restore"]
});

// node_modules/@google-cloud/storage/build/esm/src/channel.js
var import_promisify7 = __toESM(require_src4(), 1);
var Channel = class extends ServiceObject {
  constructor(storage, id, resourceId) {
    const config = {
      parent: storage,
      baseUrl: "/channels",
      // An ID shouldn't be included in the API requests.
      // RE:
      // https://github.com/GoogleCloudPlatform/google-cloud-node/issues/1145
      id: "",
      methods: {
        // Only need `request`.
      }
    };
    super(config);
    this.metadata.id = id;
    this.metadata.resourceId = resourceId;
  }
  /**
   * @typedef {array} StopResponse
   * @property {object} 0 The full API response.
   */
  /**
   * @callback StopCallback
   * @param {?Error} err Request error, if any.
   * @param {object} apiResponse The full API response.
   */
  /**
   * Stop this channel.
   *
   * @param {StopCallback} [callback] Callback function.
   * @returns {Promise<StopResponse>}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const channel = storage.channel('id', 'resource-id');
   * channel.stop(function(err, apiResponse) {
   *   if (!err) {
   *     // Channel stopped successfully.
   *   }
   * });
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * channel.stop().then(function(data) {
   *   const apiResponse = data[0];
   * });
   * ```
   */
  stop(callback) {
    callback = callback || util.noop;
    this.request({
      method: "POST",
      uri: "/stop",
      json: this.metadata
    }, (err, apiResponse) => {
      callback(err, apiResponse);
    });
  }
};
(0, import_promisify7.promisifyAll)(Channel);

// node_modules/@google-cloud/storage/build/esm/src/storage.js
var import_package_json_helper3 = __toESM(require_package_json_helper(), 1);

// node_modules/@google-cloud/storage/build/esm/src/hmacKey.js
var import_promisify8 = __toESM(require_src4(), 1);
var HmacKey = class extends ServiceObject {
  /**
   * @typedef {object} HmacKeyOptions
   * @property {string} [projectId] The project ID of the project that owns
   *     the service account of the requested HMAC key. If not provided,
   *     the project ID used to instantiate the Storage client will be used.
   */
  /**
   * Constructs an HmacKey object.
   *
   * Note: this only create a local reference to an HMAC key, to create
   * an HMAC key, use {@link Storage#createHmacKey}.
   *
   * @param {Storage} storage The Storage instance this HMAC key is
   *     attached to.
   * @param {string} accessId The unique accessId for this HMAC key.
   * @param {HmacKeyOptions} options Constructor configurations.
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const hmacKey = storage.hmacKey('access-id');
   * ```
   */
  constructor(storage, accessId, options) {
    const methods = {
      /**
       * @typedef {object} DeleteHmacKeyOptions
       * @property {string} [userProject] This parameter is currently ignored.
       */
      /**
       * @typedef {array} DeleteHmacKeyResponse
       * @property {object} 0 The full API response.
       */
      /**
       * @callback DeleteHmacKeyCallback
       * @param {?Error} err Request error, if any.
       * @param {object} apiResponse The full API response.
       */
      /**
       * Deletes an HMAC key.
       * Key state must be set to `INACTIVE` prior to deletion.
       * Caution: HMAC keys cannot be recovered once you delete them.
       *
       * The authenticated user must have `storage.hmacKeys.delete` permission for the project in which the key exists.
       *
       * @method HmacKey#delete
       * @param {DeleteHmacKeyOptions} [options] Configuration options.
       * @param {DeleteHmacKeyCallback} [callback] Callback function.
       * @returns {Promise<DeleteHmacKeyResponse>}
       *
       * @example
       * ```
       * const {Storage} = require('@google-cloud/storage');
       * const storage = new Storage();
       *
       * //-
       * // Delete HMAC key after making the key inactive.
       * //-
       * const hmacKey = storage.hmacKey('ACCESS_ID');
       * hmacKey.setMetadata({state: 'INACTIVE'}, (err, hmacKeyMetadata) => {
       *     if (err) {
       *       // The request was an error.
       *       console.error(err);
       *       return;
       *     }
       *     hmacKey.delete((err) => {
       *       if (err) {
       *         console.error(err);
       *         return;
       *       }
       *       // The HMAC key is deleted.
       *     });
       *   });
       *
       * //-
       * // If the callback is omitted, a promise is returned.
       * //-
       * const hmacKey = storage.hmacKey('ACCESS_ID');
       * hmacKey
       *   .setMetadata({state: 'INACTIVE'})
       *   .then(() => {
       *     return hmacKey.delete();
       *   });
       * ```
       */
      delete: true,
      /**
       * @callback GetHmacKeyCallback
       * @param {?Error} err Request error, if any.
       * @param {HmacKey} hmacKey this {@link HmacKey} instance.
       * @param {object} apiResponse The full API response.
       */
      /**
       * @typedef {array} GetHmacKeyResponse
       * @property {HmacKey} 0 This {@link HmacKey} instance.
       * @property {object} 1 The full API response.
       */
      /**
       * @typedef {object} GetHmacKeyOptions
       * @property {string} [userProject] This parameter is currently ignored.
       */
      /**
       * Retrieves and populate an HMAC key's metadata, and return
       * this {@link HmacKey} instance.
       *
       * HmacKey.get() does not give the HMAC key secret, as
       * it is only returned on creation.
       *
       * The authenticated user must have `storage.hmacKeys.get` permission
       * for the project in which the key exists.
       *
       * @method HmacKey#get
       * @param {GetHmacKeyOptions} [options] Configuration options.
       * @param {GetHmacKeyCallback} [callback] Callback function.
       * @returns {Promise<GetHmacKeyResponse>}
       *
       * @example
       * ```
       * const {Storage} = require('@google-cloud/storage');
       * const storage = new Storage();
       *
       * //-
       * // Get the HmacKey's Metadata.
       * //-
       * storage.hmacKey('ACCESS_ID')
       *   .get((err, hmacKey) => {
       *     if (err) {
       *       // The request was an error.
       *       console.error(err);
       *       return;
       *     }
       *     // do something with the returned HmacKey object.
       *   });
       *
       * //-
       * // If the callback is omitted, a promise is returned.
       * //-
       * storage.hmacKey('ACCESS_ID')
       *   .get()
       *   .then((data) => {
       *     const hmacKey = data[0];
       *   });
       * ```
       */
      get: true,
      /**
       * @typedef {object} GetHmacKeyMetadataOptions
       * @property {string} [userProject] This parameter is currently ignored.
       */
      /**
       * Retrieves and populate an HMAC key's metadata, and return
       * the HMAC key's metadata as an object.
       *
       * HmacKey.getMetadata() does not give the HMAC key secret, as
       * it is only returned on creation.
       *
       * The authenticated user must have `storage.hmacKeys.get` permission
       * for the project in which the key exists.
       *
       * @method HmacKey#getMetadata
       * @param {GetHmacKeyMetadataOptions} [options] Configuration options.
       * @param {HmacKeyMetadataCallback} [callback] Callback function.
       * @returns {Promise<HmacKeyMetadataResponse>}
       *
       * @example
       * ```
       * const {Storage} = require('@google-cloud/storage');
       * const storage = new Storage();
       *
       * //-
       * // Get the HmacKey's metadata and populate to the metadata property.
       * //-
       * storage.hmacKey('ACCESS_ID')
       *   .getMetadata((err, hmacKeyMetadata) => {
       *     if (err) {
       *       // The request was an error.
       *       console.error(err);
       *       return;
       *     }
       *     console.log(hmacKeyMetadata);
       *   });
       *
       * //-
       * // If the callback is omitted, a promise is returned.
       * //-
       * storage.hmacKey('ACCESS_ID')
       *   .getMetadata()
       *   .then((data) => {
       *     const hmacKeyMetadata = data[0];
       *     console.log(hmacKeyMetadata);
       *   });
       * ```
       */
      getMetadata: true,
      /**
       * @typedef {object} SetHmacKeyMetadata Subset of {@link HmacKeyMetadata} to update.
       * @property {string} state New state of the HmacKey. Either 'ACTIVE' or 'INACTIVE'.
       * @property {string} [etag] Include an etag from a previous get HMAC key request
       *    to perform safe read-modify-write.
       */
      /**
       * @typedef {object} SetHmacKeyMetadataOptions
       * @property {string} [userProject] This parameter is currently ignored.
       */
      /**
       * @callback HmacKeyMetadataCallback
       * @param {?Error} err Request error, if any.
       * @param {HmacKeyMetadata} metadata The updated {@link HmacKeyMetadata} object.
       * @param {object} apiResponse The full API response.
       */
      /**
       * @typedef {array} HmacKeyMetadataResponse
       * @property {HmacKeyMetadata} 0 The updated {@link HmacKeyMetadata} object.
       * @property {object} 1 The full API response.
       */
      /**
       * Updates the state of an HMAC key. See {@link SetHmacKeyMetadata} for
       * valid states.
       *
       * @method HmacKey#setMetadata
       * @param {SetHmacKeyMetadata} metadata The new metadata.
       * @param {SetHmacKeyMetadataOptions} [options] Configuration options.
       * @param {HmacKeyMetadataCallback} [callback] Callback function.
       * @returns {Promise<HmacKeyMetadataResponse>}
       *
       * @example
       * ```
       * const {Storage} = require('@google-cloud/storage');
       * const storage = new Storage();
       *
       * const metadata = {
       *   state: 'INACTIVE',
       * };
       *
       * storage.hmacKey('ACCESS_ID')
       *   .setMetadata(metadata, (err, hmacKeyMetadata) => {
       *     if (err) {
       *       // The request was an error.
       *       console.error(err);
       *       return;
       *     }
       *     console.log(hmacKeyMetadata);
       *   });
       *
       * //-
       * // If the callback is omitted, a promise is returned.
       * //-
       * storage.hmacKey('ACCESS_ID')
       *   .setMetadata(metadata)
       *   .then((data) => {
       *     const hmacKeyMetadata = data[0];
       *     console.log(hmacKeyMetadata);
       *   });
       * ```
       */
      setMetadata: {
        reqOpts: {
          method: "PUT"
        }
      }
    };
    const projectId = options && options.projectId || storage.projectId;
    super({
      parent: storage,
      id: accessId,
      baseUrl: `/projects/${projectId}/hmacKeys`,
      methods
    });
    this.storage = storage;
    this.instanceRetryValue = storage.retryOptions.autoRetry;
  }
  setMetadata(metadata, optionsOrCallback, cb) {
    if (this.storage.retryOptions.idempotencyStrategy !== IdempotencyStrategy.RetryAlways) {
      this.storage.retryOptions.autoRetry = false;
    }
    const options = typeof optionsOrCallback === "object" ? optionsOrCallback : {};
    cb = typeof optionsOrCallback === "function" ? optionsOrCallback : cb;
    void (async () => {
      let resp;
      try {
        resp = await super.setMetadata(metadata, options);
      } catch (err) {
        cb(err);
        return;
      } finally {
        this.storage.retryOptions.autoRetry = this.instanceRetryValue;
      }
      cb(null, ...resp);
    })();
  }
};
(0, import_promisify8.promisifyAll)(HmacKey);

// node_modules/@google-cloud/storage/build/esm/src/storage.js
var import_google_auth_library4 = __toESM(require_src(), 1);
var IdempotencyStrategy;
(function(IdempotencyStrategy2) {
  IdempotencyStrategy2[IdempotencyStrategy2["RetryAlways"] = 0] = "RetryAlways";
  IdempotencyStrategy2[IdempotencyStrategy2["RetryConditional"] = 1] = "RetryConditional";
  IdempotencyStrategy2[IdempotencyStrategy2["RetryNever"] = 2] = "RetryNever";
})(IdempotencyStrategy || (IdempotencyStrategy = {}));
var ExceptionMessages;
(function(ExceptionMessages2) {
  ExceptionMessages2["EXPIRATION_DATE_INVALID"] = "The expiration date provided was invalid.";
  ExceptionMessages2["EXPIRATION_DATE_PAST"] = "An expiration date cannot be in the past.";
})(ExceptionMessages || (ExceptionMessages = {}));
var StorageExceptionMessages;
(function(StorageExceptionMessages2) {
  StorageExceptionMessages2["BUCKET_NAME_REQUIRED"] = "A bucket name is needed to use Cloud Storage.";
  StorageExceptionMessages2["BUCKET_NAME_REQUIRED_CREATE"] = "A name is required to create a bucket.";
  StorageExceptionMessages2["HMAC_SERVICE_ACCOUNT"] = "The first argument must be a service account email to create an HMAC key.";
  StorageExceptionMessages2["HMAC_ACCESS_ID"] = "An access ID is needed to create an HmacKey object.";
})(StorageExceptionMessages || (StorageExceptionMessages = {}));
var PROTOCOL_REGEX2 = /^(\w*):\/\//;
var AUTO_RETRY_DEFAULT2 = true;
var MAX_RETRY_DEFAULT2 = 3;
var RETRY_DELAY_MULTIPLIER_DEFAULT = 2;
var TOTAL_TIMEOUT_DEFAULT = 600;
var MAX_RETRY_DELAY_DEFAULT = 64;
var IDEMPOTENCY_STRATEGY_DEFAULT = IdempotencyStrategy.RetryConditional;
var RETRYABLE_ERR_FN_DEFAULT = function(err) {
  var _a2;
  const isConnectionProblem = (reason) => {
    return reason.includes("eai_again") || // DNS lookup error
    reason === "econnreset" || reason === "unexpected connection closure" || reason === "epipe" || reason === "socket connection timeout";
  };
  if (err) {
    if ([408, 429, 500, 502, 503, 504].indexOf(err.code) !== -1) {
      return true;
    }
    if (typeof err.code === "string") {
      if (["408", "429", "500", "502", "503", "504"].indexOf(err.code) !== -1) {
        return true;
      }
      const reason = err.code.toLowerCase();
      if (isConnectionProblem(reason)) {
        return true;
      }
    }
    if (err.errors) {
      for (const e of err.errors) {
        const reason = (_a2 = e === null || e === void 0 ? void 0 : e.reason) === null || _a2 === void 0 ? void 0 : _a2.toString().toLowerCase();
        if (reason && isConnectionProblem(reason)) {
          return true;
        }
      }
    }
  }
  return false;
};
var Storage = class _Storage extends Service {
  getBucketsStream() {
    return new Readable4();
  }
  getHmacKeysStream() {
    return new Readable4();
  }
  /**
   * @callback Crc32cGeneratorToStringCallback
   * A method returning the CRC32C as a base64-encoded string.
   *
   * @returns {string}
   *
   * @example
   * Hashing the string 'data' should return 'rth90Q=='
   *
   * ```js
   * const buffer = Buffer.from('data');
   * crc32c.update(buffer);
   * crc32c.toString(); // 'rth90Q=='
   * ```
   **/
  /**
   * @callback Crc32cGeneratorValidateCallback
   * A method validating a base64-encoded CRC32C string.
   *
   * @param {string} [value] base64-encoded CRC32C string to validate
   * @returns {boolean}
   *
   * @example
   * Should return `true` if the value matches, `false` otherwise
   *
   * ```js
   * const buffer = Buffer.from('data');
   * crc32c.update(buffer);
   * crc32c.validate('DkjKuA=='); // false
   * crc32c.validate('rth90Q=='); // true
   * ```
   **/
  /**
   * @callback Crc32cGeneratorUpdateCallback
   * A method for passing `Buffer`s for CRC32C generation.
   *
   * @param {Buffer} [data] data to update CRC32C value with
   * @returns {undefined}
   *
   * @example
   * Hashing buffers from 'some ' and 'text\n'
   *
   * ```js
   * const buffer1 = Buffer.from('some ');
   * crc32c.update(buffer1);
   *
   * const buffer2 = Buffer.from('text\n');
   * crc32c.update(buffer2);
   *
   * crc32c.toString(); // 'DkjKuA=='
   * ```
   **/
  /**
   * @typedef {object} CRC32CValidator
   * @property {Crc32cGeneratorToStringCallback}
   * @property {Crc32cGeneratorValidateCallback}
   * @property {Crc32cGeneratorUpdateCallback}
   */
  /**
   * @callback Crc32cGeneratorCallback
   * @returns {CRC32CValidator}
   */
  /**
   * @typedef {object} StorageOptions
   * @property {string} [projectId] The project ID from the Google Developer's
   *     Console, e.g. 'grape-spaceship-123'. We will also check the environment
   *     variable `GCLOUD_PROJECT` for your project ID. If your app is running
   * in an environment which supports {@link
   * https://cloud.google.com/docs/authentication/production#providing_credentials_to_your_application
   * Application Default Credentials}, your project ID will be detected
   * automatically.
   * @property {string} [keyFilename] Full path to the a .json, .pem, or .p12 key
   *     downloaded from the Google Developers Console. If you provide a path to
   * a JSON file, the `projectId` option above is not necessary. NOTE: .pem and
   *     .p12 require you to specify the `email` option as well.
   * @property {string} [email] Account email address. Required when using a .pem
   *     or .p12 keyFilename.
   * @property {object} [credentials] Credentials object.
   * @property {string} [credentials.client_email]
   * @property {string} [credentials.private_key]
   * @property {object} [retryOptions] Options for customizing retries. Retriable server errors
   *     will be retried with exponential delay between them dictated by the formula
   *     max(maxRetryDelay, retryDelayMultiplier*retryNumber) until maxRetries or totalTimeout
   *     has been reached. Retries will only happen if autoRetry is set to true.
   * @property {boolean} [retryOptions.autoRetry=true] Automatically retry requests if the
   *     response is related to rate limits or certain intermittent server
   * errors. We will exponentially backoff subsequent requests by default.
   * @property {number} [retryOptions.retryDelayMultiplier = 2] the multiplier by which to
   *   increase the delay time between the completion of failed requests, and the
   *   initiation of the subsequent retrying request.
   * @property {number} [retryOptions.totalTimeout = 600] The total time, starting from
   *  when the initial request is sent, after which an error will
   *   be returned, regardless of the retrying attempts made meanwhile.
   * @property {number} [retryOptions.maxRetryDelay = 64] The maximum delay time between requests.
   *   When this value is reached, ``retryDelayMultiplier`` will no longer be used to
   *   increase delay time.
   * @property {number} [retryOptions.maxRetries=3] Maximum number of automatic retries
   *     attempted before returning the error.
   * @property {function} [retryOptions.retryableErrorFn] Function that returns true if a given
   *     error should be retried and false otherwise.
   * @property {enum} [retryOptions.idempotencyStrategy=IdempotencyStrategy.RetryConditional] Enumeration
   *     controls how conditionally idempotent operations are retried. Possible values are: RetryAlways -
   *     will respect other retry settings and attempt to retry conditionally idempotent operations. RetryConditional -
   *     will retry conditionally idempotent operations if the correct preconditions are set. RetryNever - never
   *     retry a conditionally idempotent operation.
   * @property {string} [userAgent] The value to be prepended to the User-Agent
   *     header in API requests.
   * @property {object} [authClient] `AuthClient` or `GoogleAuth` client to reuse instead of creating a new one.
   * @property {number} [timeout] The amount of time in milliseconds to wait per http request before timing out.
   * @property {object[]} [interceptors_] Array of custom request interceptors to be returned in the order they were assigned.
   * @property {string} [apiEndpoint = storage.google.com] The API endpoint of the service used to make requests.
   * @property {boolean} [useAuthWithCustomEndpoint = false] Controls whether or not to use authentication when using a custom endpoint.
   * @property {Crc32cGeneratorCallback} [callback] A function that generates a CRC32C Validator. Defaults to {@link CRC32C}
   */
  /**
   * Constructs the Storage client.
   *
   * @example
   * Create a client that uses Application Default Credentials
   * (ADC)
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * ```
   *
   * @example
   * Create a client with explicit credentials
   * ```
   * const storage = new Storage({
   *   projectId: 'your-project-id',
   *   keyFilename: '/path/to/keyfile.json'
   * });
   * ```
   *
   * @example
   * Create a client with credentials passed
   * by value as a JavaScript object
   * ```
   * const storage = new Storage({
   *   projectId: 'your-project-id',
   *   credentials: {
   *     type: 'service_account',
   *     project_id: 'xxxxxxx',
   *     private_key_id: 'xxxx',
   *     private_key:'-----BEGIN PRIVATE KEY-----xxxxxxx\n-----END PRIVATE KEY-----\n',
   *     client_email: 'xxxx',
   *     client_id: 'xxx',
   *     auth_uri: 'https://accounts.google.com/o/oauth2/auth',
   *     token_uri: 'https://oauth2.googleapis.com/token',
   *     auth_provider_x509_cert_url: 'https://www.googleapis.com/oauth2/v1/certs',
   *     client_x509_cert_url: 'xxx',
   *     }
   * });
   * ```
   *
   * @example
   * Create a client with credentials passed
   * by loading a JSON file directly from disk
   * ```
   * const storage = new Storage({
   *   projectId: 'your-project-id',
   *   credentials: require('/path/to-keyfile.json')
   * });
   * ```
   *
   * @example
   * Create a client with an `AuthClient` (e.g. `DownscopedClient`)
   * ```
   * const {DownscopedClient} = require('google-auth-library');
   * const authClient = new DownscopedClient({...});
   *
   * const storage = new Storage({authClient});
   * ```
   *
   * Additional samples:
   * - https://github.com/googleapis/google-auth-library-nodejs#sample-usage-1
   * - https://github.com/googleapis/google-auth-library-nodejs/blob/main/samples/downscopedclient.js
   *
   * @param {StorageOptions} [options] Configuration options.
   */
  constructor(options = {}) {
    var _a2, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p;
    const universe = options.universeDomain || import_google_auth_library4.DEFAULT_UNIVERSE;
    let apiEndpoint = `https://storage.${universe}`;
    let customEndpoint = false;
    const EMULATOR_HOST = process.env.STORAGE_EMULATOR_HOST;
    if (typeof EMULATOR_HOST === "string") {
      apiEndpoint = _Storage.sanitizeEndpoint(EMULATOR_HOST);
      customEndpoint = true;
    }
    if (options.apiEndpoint && options.apiEndpoint !== apiEndpoint) {
      apiEndpoint = _Storage.sanitizeEndpoint(options.apiEndpoint);
      customEndpoint = true;
    }
    options = Object.assign({}, options, { apiEndpoint });
    const baseUrl = EMULATOR_HOST || `${options.apiEndpoint}/storage/v1`;
    const config = {
      apiEndpoint: options.apiEndpoint,
      retryOptions: {
        autoRetry: ((_a2 = options.retryOptions) === null || _a2 === void 0 ? void 0 : _a2.autoRetry) !== void 0 ? (_b = options.retryOptions) === null || _b === void 0 ? void 0 : _b.autoRetry : AUTO_RETRY_DEFAULT2,
        maxRetries: ((_c = options.retryOptions) === null || _c === void 0 ? void 0 : _c.maxRetries) ? (_d = options.retryOptions) === null || _d === void 0 ? void 0 : _d.maxRetries : MAX_RETRY_DEFAULT2,
        retryDelayMultiplier: ((_e = options.retryOptions) === null || _e === void 0 ? void 0 : _e.retryDelayMultiplier) ? (_f = options.retryOptions) === null || _f === void 0 ? void 0 : _f.retryDelayMultiplier : RETRY_DELAY_MULTIPLIER_DEFAULT,
        totalTimeout: ((_g = options.retryOptions) === null || _g === void 0 ? void 0 : _g.totalTimeout) ? (_h = options.retryOptions) === null || _h === void 0 ? void 0 : _h.totalTimeout : TOTAL_TIMEOUT_DEFAULT,
        maxRetryDelay: ((_j = options.retryOptions) === null || _j === void 0 ? void 0 : _j.maxRetryDelay) ? (_k = options.retryOptions) === null || _k === void 0 ? void 0 : _k.maxRetryDelay : MAX_RETRY_DELAY_DEFAULT,
        retryableErrorFn: ((_l = options.retryOptions) === null || _l === void 0 ? void 0 : _l.retryableErrorFn) ? (_m = options.retryOptions) === null || _m === void 0 ? void 0 : _m.retryableErrorFn : RETRYABLE_ERR_FN_DEFAULT,
        idempotencyStrategy: ((_o = options.retryOptions) === null || _o === void 0 ? void 0 : _o.idempotencyStrategy) !== void 0 ? (_p = options.retryOptions) === null || _p === void 0 ? void 0 : _p.idempotencyStrategy : IDEMPOTENCY_STRATEGY_DEFAULT
      },
      baseUrl,
      customEndpoint,
      useAuthWithCustomEndpoint: options === null || options === void 0 ? void 0 : options.useAuthWithCustomEndpoint,
      projectIdRequired: false,
      scopes: [
        "https://www.googleapis.com/auth/iam",
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control"
      ],
      packageJson: (0, import_package_json_helper3.getPackageJSON)()
    };
    super(config, options);
    this.acl = _Storage.acl;
    this.crc32cGenerator = options.crc32cGenerator || CRC32C_DEFAULT_VALIDATOR_GENERATOR;
    this.retryOptions = config.retryOptions;
    this.getBucketsStream = import_paginator2.paginator.streamify("getBuckets");
    this.getHmacKeysStream = import_paginator2.paginator.streamify("getHmacKeys");
  }
  static sanitizeEndpoint(url2) {
    if (!PROTOCOL_REGEX2.test(url2)) {
      url2 = `https://${url2}`;
    }
    return url2.replace(/\/+$/, "");
  }
  /**
   * Get a reference to a Cloud Storage bucket.
   *
   * @param {string} name Name of the bucket.
   * @param {object} [options] Configuration object.
   * @param {string} [options.kmsKeyName] A Cloud KMS key that will be used to
   *     encrypt objects inserted into this bucket, if no encryption method is
   *     specified.
   * @param {string} [options.userProject] User project to be billed for all
   *     requests made from this Bucket object.
   * @returns {Bucket}
   * @see Bucket
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const albums = storage.bucket('albums');
   * const photos = storage.bucket('photos');
   * ```
   */
  bucket(name, options) {
    if (!name) {
      throw new Error(StorageExceptionMessages.BUCKET_NAME_REQUIRED);
    }
    return new Bucket(this, name, options);
  }
  /**
   * Reference a channel to receive notifications about changes to your bucket.
   *
   * @param {string} id The ID of the channel.
   * @param {string} resourceId The resource ID of the channel.
   * @returns {Channel}
   * @see Channel
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const channel = storage.channel('id', 'resource-id');
   * ```
   */
  channel(id, resourceId) {
    return new Channel(this, id, resourceId);
  }
  /**
   * @typedef {array} CreateBucketResponse
   * @property {Bucket} 0 The new {@link Bucket}.
   * @property {object} 1 The full API response.
   */
  /**
   * @callback CreateBucketCallback
   * @param {?Error} err Request error, if any.
   * @param {Bucket} bucket The new {@link Bucket}.
   * @param {object} apiResponse The full API response.
   */
  /**
   * Metadata to set for the bucket.
   *
   * @typedef {object} CreateBucketRequest
   * @property {boolean} [archive=false] Specify the storage class as Archive.
   * @property {object} [autoclass.enabled=false] Specify whether Autoclass is
   *     enabled for the bucket.
   * @property {object} [autoclass.terminalStorageClass='NEARLINE'] The storage class that objects in an Autoclass bucket eventually transition to if
   *     they are not read for a certain length of time. Valid values are NEARLINE and ARCHIVE.
   * @property {boolean} [coldline=false] Specify the storage class as Coldline.
   * @property {Cors[]} [cors=[]] Specify the CORS configuration to use.
   * @property {CustomPlacementConfig} [customPlacementConfig={}] Specify the bucket's regions for dual-region buckets.
   *     For more information, see {@link https://cloud.google.com/storage/docs/locations| Bucket Locations}.
   * @property {boolean} [dra=false] Specify the storage class as Durable Reduced
   *     Availability.
   * @property {boolean} [enableObjectRetention=false] Specify whether or not object retention should be enabled on this bucket.
   * @property {object} [hierarchicalNamespace.enabled=false] Specify whether or not to enable hierarchical namespace on this bucket.
   * @property {string} [location] Specify the bucket's location. If specifying
   *     a dual-region, the `customPlacementConfig` property should be set in conjunction.
   *     For more information, see {@link https://cloud.google.com/storage/docs/locations| Bucket Locations}.
   * @property {boolean} [multiRegional=false] Specify the storage class as
   *     Multi-Regional.
   * @property {boolean} [nearline=false] Specify the storage class as Nearline.
   * @property {boolean} [regional=false] Specify the storage class as Regional.
   * @property {boolean} [requesterPays=false] Force the use of the User Project metadata field to assign operational
   *     costs when an operation is made on a Bucket and its objects.
   * @property {string} [rpo] For dual-region buckets, controls whether turbo
   *      replication is enabled (`ASYNC_TURBO`) or disabled (`DEFAULT`).
   * @property {boolean} [standard=true] Specify the storage class as Standard.
   * @property {string} [storageClass] The new storage class. (`standard`,
   *     `nearline`, `coldline`, or `archive`).
   *     **Note:** The storage classes `multi_regional`, `regional`, and
   *     `durable_reduced_availability` are now legacy and will be deprecated in
   *     the future.
   * @property {Versioning} [versioning=undefined] Specify the versioning status.
   * @property {string} [userProject] The ID of the project which will be billed
   *     for the request.
   */
  /**
   * Create a bucket.
   *
   * Cloud Storage uses a flat namespace, so you can't create a bucket with
   * a name that is already in use. For more information, see
   * {@link https://cloud.google.com/storage/docs/bucketnaming.html#requirements| Bucket Naming Guidelines}.
   *
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/buckets/insert| Buckets: insert API Documentation}
   * See {@link https://cloud.google.com/storage/docs/storage-classes| Storage Classes}
   *
   * @param {string} name Name of the bucket to create.
   * @param {CreateBucketRequest} [metadata] Metadata to set for the bucket.
   * @param {CreateBucketCallback} [callback] Callback function.
   * @returns {Promise<CreateBucketResponse>}
   * @throws {Error} If a name is not provided.
   * @see Bucket#create
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const callback = function(err, bucket, apiResponse) {
   *   // `bucket` is a Bucket object.
   * };
   *
   * storage.createBucket('new-bucket', callback);
   *
   * //-
   * // Create a bucket in a specific location and region. <em>See the <a
   * // href="https://cloud.google.com/storage/docs/json_api/v1/buckets/insert">
   * // Official JSON API docs</a> for complete details on the `location`
   * option.
   * // </em>
   * //-
   * const metadata = {
   *   location: 'US-CENTRAL1',
   *   regional: true
   * };
   *
   * storage.createBucket('new-bucket', metadata, callback);
   *
   * //-
   * // Create a bucket with a retention policy of 6 months.
   * //-
   * const metadata = {
   *   retentionPolicy: {
   *     retentionPeriod: 15780000 // 6 months in seconds.
   *   }
   * };
   *
   * storage.createBucket('new-bucket', metadata, callback);
   *
   * //-
   * // Enable versioning on a new bucket.
   * //-
   * const metadata = {
   *   versioning: {
   *     enabled: true
   *   }
   * };
   *
   * storage.createBucket('new-bucket', metadata, callback);
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * storage.createBucket('new-bucket').then(function(data) {
   *   const bucket = data[0];
   *   const apiResponse = data[1];
   * });
   *
   * ```
   * @example <caption>include:samples/buckets.js</caption>
   * region_tag:storage_create_bucket
   * Another example:
   */
  createBucket(name, metadataOrCallback, callback) {
    if (!name) {
      throw new Error(StorageExceptionMessages.BUCKET_NAME_REQUIRED_CREATE);
    }
    let metadata;
    if (!callback) {
      callback = metadataOrCallback;
      metadata = {};
    } else {
      metadata = metadataOrCallback;
    }
    const body = {
      ...metadata,
      name
    };
    const storageClasses = {
      archive: "ARCHIVE",
      coldline: "COLDLINE",
      dra: "DURABLE_REDUCED_AVAILABILITY",
      multiRegional: "MULTI_REGIONAL",
      nearline: "NEARLINE",
      regional: "REGIONAL",
      standard: "STANDARD"
    };
    const storageClassKeys = Object.keys(storageClasses);
    for (const storageClass of storageClassKeys) {
      if (body[storageClass]) {
        if (metadata.storageClass && metadata.storageClass !== storageClass) {
          throw new Error(`Both \`${storageClass}\` and \`storageClass\` were provided.`);
        }
        body.storageClass = storageClasses[storageClass];
        delete body[storageClass];
      }
    }
    if (body.requesterPays) {
      body.billing = {
        requesterPays: body.requesterPays
      };
      delete body.requesterPays;
    }
    const query = {
      project: this.projectId
    };
    if (body.userProject) {
      query.userProject = body.userProject;
      delete body.userProject;
    }
    if (body.enableObjectRetention) {
      query.enableObjectRetention = body.enableObjectRetention;
      delete body.enableObjectRetention;
    }
    if (body.predefinedAcl) {
      query.predefinedAcl = body.predefinedAcl;
      delete body.predefinedAcl;
    }
    if (body.predefinedDefaultObjectAcl) {
      query.predefinedDefaultObjectAcl = body.predefinedDefaultObjectAcl;
      delete body.predefinedDefaultObjectAcl;
    }
    if (body.projection) {
      query.projection = body.projection;
      delete body.projection;
    }
    this.request({
      method: "POST",
      uri: "/b",
      qs: query,
      json: body
    }, (err, resp) => {
      if (err) {
        callback(err, null, resp);
        return;
      }
      const bucket = this.bucket(name);
      bucket.metadata = resp;
      callback(null, bucket, resp);
    });
  }
  /**
   * @typedef {object} CreateHmacKeyOptions
   * @property {string} [projectId] The project ID of the project that owns
   *     the service account of the requested HMAC key. If not provided,
   *     the project ID used to instantiate the Storage client will be used.
   * @property {string} [userProject] This parameter is currently ignored.
   */
  /**
   * @typedef {object} HmacKeyMetadata
   * @property {string} accessId The access id identifies which HMAC key was
   *     used to sign a request when authenticating with HMAC.
   * @property {string} etag Used to perform a read-modify-write of the key.
   * @property {string} id The resource name of the HMAC key.
   * @property {string} projectId The project ID.
   * @property {string} serviceAccountEmail The service account's email this
   *     HMAC key is created for.
   * @property {string} state The state of this HMAC key. One of "ACTIVE",
   *     "INACTIVE" or "DELETED".
   * @property {string} timeCreated The creation time of the HMAC key in
   *     RFC 3339 format.
   * @property {string} [updated] The time this HMAC key was last updated in
   *     RFC 3339 format.
   */
  /**
   * @typedef {array} CreateHmacKeyResponse
   * @property {HmacKey} 0 The HmacKey instance created from API response.
   * @property {string} 1 The HMAC key's secret used to access the XML API.
   * @property {object} 3 The raw API response.
   */
  /**
   * @callback CreateHmacKeyCallback Callback function.
   * @param {?Error} err Request error, if any.
   * @param {HmacKey} hmacKey The HmacKey instance created from API response.
   * @param {string} secret The HMAC key's secret used to access the XML API.
   * @param {object} apiResponse The raw API response.
   */
  /**
   * Create an HMAC key associated with an service account to authenticate
   * requests to the Cloud Storage XML API.
   *
   * See {@link https://cloud.google.com/storage/docs/authentication/hmackeys| HMAC keys documentation}
   *
   * @param {string} serviceAccountEmail The service account's email address
   *     with which the HMAC key is created for.
   * @param {CreateHmacKeyCallback} [callback] Callback function.
   * @return {Promise<CreateHmacKeyResponse>}
   *
   * @example
   * ```
   * const {Storage} = require('google-cloud/storage');
   * const storage = new Storage();
   *
   * // Replace with your service account's email address
   * const serviceAccountEmail =
   *   'my-service-account@appspot.gserviceaccount.com';
   *
   * storage.createHmacKey(serviceAccountEmail, function(err, hmacKey, secret) {
   *   if (!err) {
   *     // Securely store the secret for use with the XML API.
   *   }
   * });
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * storage.createHmacKey(serviceAccountEmail)
   *   .then((response) => {
   *     const hmacKey = response[0];
   *     const secret = response[1];
   *     // Securely store the secret for use with the XML API.
   *   });
   * ```
   */
  createHmacKey(serviceAccountEmail, optionsOrCb, cb) {
    if (typeof serviceAccountEmail !== "string") {
      throw new Error(StorageExceptionMessages.HMAC_SERVICE_ACCOUNT);
    }
    const { options, callback } = normalize(optionsOrCb, cb);
    const query = Object.assign({}, options, { serviceAccountEmail });
    const projectId = query.projectId || this.projectId;
    delete query.projectId;
    this.request({
      method: "POST",
      uri: `/projects/${projectId}/hmacKeys`,
      qs: query,
      maxRetries: 0
      //explicitly set this value since this is a non-idempotent function
    }, (err, resp) => {
      if (err) {
        callback(err, null, null, resp);
        return;
      }
      const metadata = resp.metadata;
      const hmacKey = this.hmacKey(metadata.accessId, {
        projectId: metadata.projectId
      });
      hmacKey.metadata = resp.metadata;
      callback(null, hmacKey, resp.secret, resp);
    });
  }
  /**
   * Query object for listing buckets.
   *
   * @typedef {object} GetBucketsRequest
   * @property {boolean} [autoPaginate=true] Have pagination handled
   *     automatically.
   * @property {number} [maxApiCalls] Maximum number of API calls to make.
   * @property {number} [maxResults] Maximum number of items plus prefixes to
   *     return per call.
   *     Note: By default will handle pagination automatically
   *     if more than 1 page worth of results are requested per call.
   *     When `autoPaginate` is set to `false` the smaller of `maxResults`
   *     or 1 page of results will be returned per call.
   * @property {string} [pageToken] A previously-returned page token
   *     representing part of the larger set of results to view.
   * @property {string} [userProject] The ID of the project which will be billed
   *     for the request.
   *  @param {boolean} [softDeleted] If true, returns the soft-deleted object.
   *     Object `generation` is required if `softDeleted` is set to True.
   */
  /**
   * @typedef {array} GetBucketsResponse
   * @property {Bucket[]} 0 Array of {@link Bucket} instances.
   * @property {object} 1 nextQuery A query object to receive more results.
   * @property {object} 2 The full API response.
   */
  /**
   * @callback GetBucketsCallback
   * @param {?Error} err Request error, if any.
   * @param {Bucket[]} buckets Array of {@link Bucket} instances.
   * @param {object} nextQuery A query object to receive more results.
   * @param {object} apiResponse The full API response.
   */
  /**
   * Get Bucket objects for all of the buckets in your project.
   *
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/buckets/list| Buckets: list API Documentation}
   *
   * @param {GetBucketsRequest} [query] Query object for listing buckets.
   * @param {GetBucketsCallback} [callback] Callback function.
   * @returns {Promise<GetBucketsResponse>}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * storage.getBuckets(function(err, buckets) {
   *   if (!err) {
   *     // buckets is an array of Bucket objects.
   *   }
   * });
   *
   * //-
   * // To control how many API requests are made and page through the results
   * // manually, set `autoPaginate` to `false`.
   * //-
   * const callback = function(err, buckets, nextQuery, apiResponse) {
   *   if (nextQuery) {
   *     // More results exist.
   *     storage.getBuckets(nextQuery, callback);
   *   }
   *
   *   // The `metadata` property is populated for you with the metadata at the
   *   // time of fetching.
   *   buckets[0].metadata;
   *
   *   // However, in cases where you are concerned the metadata could have
   *   // changed, use the `getMetadata` method.
   *   buckets[0].getMetadata(function(err, metadata, apiResponse) {});
   * };
   *
   * storage.getBuckets({
   *   autoPaginate: false
   * }, callback);
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * storage.getBuckets().then(function(data) {
   *   const buckets = data[0];
   * });
   *
   * ```
   * @example <caption>include:samples/buckets.js</caption>
   * region_tag:storage_list_buckets
   * Another example:
   */
  getBuckets(optionsOrCallback, cb) {
    const { options, callback } = normalize(optionsOrCallback, cb);
    options.project = options.project || this.projectId;
    this.request({
      uri: "/b",
      qs: options
    }, (err, resp) => {
      if (err) {
        callback(err, null, null, resp);
        return;
      }
      const itemsArray = resp.items ? resp.items : [];
      const unreachableArray = resp.unreachable ? resp.unreachable : [];
      const buckets = itemsArray.map((bucket) => {
        const bucketInstance = this.bucket(bucket.id);
        bucketInstance.metadata = bucket;
        return bucketInstance;
      });
      if (unreachableArray.length > 0) {
        unreachableArray.forEach((fullPath) => {
          const name = fullPath.split("/").pop();
          if (name) {
            const placeholder = this.bucket(name);
            placeholder.unreachable = true;
            placeholder.metadata = {};
            buckets.push(placeholder);
          }
        });
      }
      const nextQuery = resp.nextPageToken ? Object.assign({}, options, { pageToken: resp.nextPageToken }) : null;
      callback(null, buckets, nextQuery, resp);
    });
  }
  getHmacKeys(optionsOrCb, cb) {
    const { options, callback } = normalize(optionsOrCb, cb);
    const query = Object.assign({}, options);
    const projectId = query.projectId || this.projectId;
    delete query.projectId;
    this.request({
      uri: `/projects/${projectId}/hmacKeys`,
      qs: query
    }, (err, resp) => {
      if (err) {
        callback(err, null, null, resp);
        return;
      }
      const itemsArray = resp.items ? resp.items : [];
      const hmacKeys = itemsArray.map((hmacKey) => {
        const hmacKeyInstance = this.hmacKey(hmacKey.accessId, {
          projectId: hmacKey.projectId
        });
        hmacKeyInstance.metadata = hmacKey;
        return hmacKeyInstance;
      });
      const nextQuery = resp.nextPageToken ? Object.assign({}, options, { pageToken: resp.nextPageToken }) : null;
      callback(null, hmacKeys, nextQuery, resp);
    });
  }
  /**
   * @typedef {array} GetServiceAccountResponse
   * @property {object} 0 The service account resource.
   * @property {object} 1 The full
   * {@link https://cloud.google.com/storage/docs/json_api/v1/projects/serviceAccount#resource| API response}.
   */
  /**
   * @callback GetServiceAccountCallback
   * @param {?Error} err Request error, if any.
   * @param {object} serviceAccount The serviceAccount resource.
   * @param {string} serviceAccount.emailAddress The service account email
   *     address.
   * @param {object} apiResponse The full
   * {@link https://cloud.google.com/storage/docs/json_api/v1/projects/serviceAccount#resource| API response}.
   */
  /**
   * Get the email address of this project's Google Cloud Storage service
   * account.
   *
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/projects/serviceAccount/get| Projects.serviceAccount: get API Documentation}
   * See {@link https://cloud.google.com/storage/docs/json_api/v1/projects/serviceAccount#resource| Projects.serviceAccount Resource}
   *
   * @param {object} [options] Configuration object.
   * @param {string} [options.userProject] User project to be billed for this
   *     request.
   * @param {GetServiceAccountCallback} [callback] Callback function.
   * @returns {Promise<GetServiceAccountResponse>}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   *
   * storage.getServiceAccount(function(err, serviceAccount, apiResponse) {
   *   if (!err) {
   *     const serviceAccountEmail = serviceAccount.emailAddress;
   *   }
   * });
   *
   * //-
   * // If the callback is omitted, we'll return a Promise.
   * //-
   * storage.getServiceAccount().then(function(data) {
   *   const serviceAccountEmail = data[0].emailAddress;
   *   const apiResponse = data[1];
   * });
   * ```
   */
  getServiceAccount(optionsOrCallback, cb) {
    const { options, callback } = normalize(optionsOrCallback, cb);
    this.request({
      uri: `/projects/${this.projectId}/serviceAccount`,
      qs: options
    }, (err, resp) => {
      if (err) {
        callback(err, null, resp);
        return;
      }
      const camelCaseResponse = {};
      for (const prop in resp) {
        if (resp.hasOwnProperty(prop)) {
          const camelCaseProp = prop.replace(/_(\w)/g, (_, match) => match.toUpperCase());
          camelCaseResponse[camelCaseProp] = resp[prop];
        }
      }
      callback(null, camelCaseResponse, resp);
    });
  }
  /**
   * Get a reference to an HmacKey object.
   * Note: this does not fetch the HMAC key's metadata. Use HmacKey#get() to
   * retrieve and populate the metadata.
   *
   * To get a reference to an HMAC key that's not created for a service
   * account in the same project used to instantiate the Storage client,
   * supply the project's ID as `projectId` in the `options` argument.
   *
   * @param {string} accessId The HMAC key's access ID.
   * @param {HmacKeyOptions} options HmacKey constructor options.
   * @returns {HmacKey}
   * @see HmacKey
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const hmacKey = storage.hmacKey('ACCESS_ID');
   * ```
   */
  hmacKey(accessId, options) {
    if (!accessId) {
      throw new Error(StorageExceptionMessages.HMAC_ACCESS_ID);
    }
    return new HmacKey(this, accessId, options);
  }
};
Storage.Bucket = Bucket;
Storage.Channel = Channel;
Storage.File = File2;
Storage.HmacKey = HmacKey;
Storage.acl = {
  OWNER_ROLE: "OWNER",
  READER_ROLE: "READER",
  WRITER_ROLE: "WRITER"
};
import_paginator2.paginator.extend(Storage, ["getBuckets", "getHmacKeys"]);
(0, import_promisify9.promisifyAll)(Storage, {
  exclude: ["bucket", "channel", "hmacKey"]
});

// node_modules/@google-cloud/storage/build/esm/src/transfer-manager.js
import * as path2 from "path";
import { createReadStream as createReadStream3, existsSync, promises as fsp } from "fs";
var import_google_auth_library5 = __toESM(require_src(), 1);
var import_async_retry4 = __toESM(require_lib(), 1);
import { createHash as createHash5 } from "crypto";
var import_package_json_helper4 = __toESM(require_package_json_helper(), 1);
var __classPrivateFieldGet5 = function(receiver, state, kind, f) {
  if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
  if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
  return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
};
var _XMLMultiPartUploadHelper_instances;
var _XMLMultiPartUploadHelper_setGoogApiClientHeaders;
var _XMLMultiPartUploadHelper_handleErrorResponse;
var packageJson2 = (0, import_package_json_helper4.getPackageJSON)();
var DEFAULT_PARALLEL_UPLOAD_LIMIT = 5;
var DEFAULT_PARALLEL_DOWNLOAD_LIMIT = 5;
var DEFAULT_PARALLEL_CHUNKED_DOWNLOAD_LIMIT = 5;
var DOWNLOAD_IN_CHUNKS_FILE_SIZE_THRESHOLD = 32 * 1024 * 1024;
var DOWNLOAD_IN_CHUNKS_DEFAULT_CHUNK_SIZE = 32 * 1024 * 1024;
var UPLOAD_IN_CHUNKS_DEFAULT_CHUNK_SIZE = 32 * 1024 * 1024;
var DEFAULT_PARALLEL_CHUNKED_UPLOAD_LIMIT = 5;
var EMPTY_REGEX = "(?:)";
var GCCL_GCS_CMD_FEATURE = {
  UPLOAD_MANY: "tm.upload_many",
  DOWNLOAD_MANY: "tm.download_many",
  UPLOAD_SHARDED: "tm.upload_sharded",
  DOWNLOAD_SHARDED: "tm.download_sharded"
};
var defaultMultiPartGenerator = (bucket, fileName, uploadId, partsMap) => {
  return new XMLMultiPartUploadHelper(bucket, fileName, uploadId, partsMap);
};
var MultiPartUploadError = class extends Error {
  constructor(message, uploadId, partsMap) {
    super(message);
    this.uploadId = uploadId;
    this.partsMap = partsMap;
  }
};
var XMLMultiPartUploadHelper = class {
  constructor(bucket, fileName, uploadId, partsMap) {
    _XMLMultiPartUploadHelper_instances.add(this);
    this.authClient = bucket.storage.authClient || new import_google_auth_library5.GoogleAuth();
    this.uploadId = uploadId || "";
    this.bucket = bucket;
    this.fileName = fileName;
    this.baseUrl = `https://${bucket.name}.${new URL(this.bucket.storage.apiEndpoint).hostname}/${fileName}`;
    this.xmlBuilder = new json2xml_default({ arrayNodeName: "Part" });
    this.xmlParser = new XMLParser();
    this.partsMap = partsMap || /* @__PURE__ */ new Map();
    this.retryOptions = {
      retries: this.bucket.storage.retryOptions.maxRetries,
      factor: this.bucket.storage.retryOptions.retryDelayMultiplier,
      maxTimeout: this.bucket.storage.retryOptions.maxRetryDelay * 1e3,
      maxRetryTime: this.bucket.storage.retryOptions.totalTimeout * 1e3
    };
  }
  /**
   * Initiates a multipart upload (MPU) to the XML API and stores the resultant upload id.
   *
   * @returns {Promise<void>}
   */
  async initiateUpload(headers) {
    const headersObject = new Headers(headers);
    const url2 = `${this.baseUrl}?uploads`;
    return (0, import_async_retry4.default)(async (bail) => {
      var _a2, _b;
      try {
        const res = await this.authClient.request({
          headers: __classPrivateFieldGet5(this, _XMLMultiPartUploadHelper_instances, "m", _XMLMultiPartUploadHelper_setGoogApiClientHeaders).call(this, headersObject),
          method: "POST",
          url: url2
        });
        if ((_a2 = res === null || res === void 0 ? void 0 : res.data) === null || _a2 === void 0 ? void 0 : _a2.error) {
          throw res.data.error;
        }
        if (typeof res.data === "string" || Buffer.isBuffer(res.data)) {
          const parsedXML = this.xmlParser.parse(res.data);
          this.uploadId = (_b = parsedXML === null || parsedXML === void 0 ? void 0 : parsedXML.InitiateMultipartUploadResult) === null || _b === void 0 ? void 0 : _b.UploadId;
        }
        if (!this.uploadId) {
          throw new Error("Failed to parse UploadId from response");
        }
      } catch (e) {
        __classPrivateFieldGet5(this, _XMLMultiPartUploadHelper_instances, "m", _XMLMultiPartUploadHelper_handleErrorResponse).call(this, e, bail);
      }
    }, this.retryOptions);
  }
  /**
   * Uploads the provided chunk of data to the XML API using the previously created upload id.
   *
   * @param {number} partNumber the sequence number of this chunk.
   * @param {Buffer} chunk the chunk of data to be uploaded.
   * @param {string | false} validation whether or not to include the md5 hash in the headers to cause the server
   * to validate the chunk was not corrupted.
   * @returns {Promise<void>}
   */
  async uploadPart(partNumber, chunk, validation) {
    const url2 = `${this.baseUrl}?partNumber=${partNumber}&uploadId=${this.uploadId}`;
    const headers = __classPrivateFieldGet5(this, _XMLMultiPartUploadHelper_instances, "m", _XMLMultiPartUploadHelper_setGoogApiClientHeaders).call(this);
    if (validation === "md5") {
      const hash = createHash5("md5").update(chunk).digest("base64");
      headers.set("Content-MD5", hash);
    } else if (validation === "crc32c") {
      const crc = new CRC32C();
      crc.update(chunk);
      headers.set("x-goog-hash", `crc32c=${crc.toString()}`);
    }
    return (0, import_async_retry4.default)(async (bail) => {
      try {
        const res = await this.authClient.request({
          url: url2,
          method: "PUT",
          body: chunk,
          headers
        });
        if (res.data && res.data.error) {
          throw res.data.error;
        }
        const resHeaders = new Headers(res.headers);
        this.partsMap.set(partNumber, resHeaders.get("etag"));
      } catch (e) {
        __classPrivateFieldGet5(this, _XMLMultiPartUploadHelper_instances, "m", _XMLMultiPartUploadHelper_handleErrorResponse).call(this, e, bail);
      }
    }, this.retryOptions);
  }
  /**
   * Sends the final request of the MPU to tell GCS the upload is now complete.
   *
   * @returns {Promise<void>}
   */
  async completeUpload() {
    const url2 = `${this.baseUrl}?uploadId=${this.uploadId}`;
    const sortedMap = new Map([...this.partsMap.entries()].sort((a, b) => a[0] - b[0]));
    const parts = [];
    for (const entry of sortedMap.entries()) {
      parts.push({ PartNumber: entry[0], ETag: entry[1] });
    }
    const body = `<CompleteMultipartUpload>${this.xmlBuilder.build(parts)}</CompleteMultipartUpload>`;
    return (0, import_async_retry4.default)(async (bail) => {
      try {
        const res = await this.authClient.request({
          headers: __classPrivateFieldGet5(this, _XMLMultiPartUploadHelper_instances, "m", _XMLMultiPartUploadHelper_setGoogApiClientHeaders).call(this),
          url: url2,
          method: "POST",
          body
        });
        if (res.data && res.data.error) {
          throw res.data.error;
        }
        return res;
      } catch (e) {
        __classPrivateFieldGet5(this, _XMLMultiPartUploadHelper_instances, "m", _XMLMultiPartUploadHelper_handleErrorResponse).call(this, e, bail);
        return;
      }
    }, this.retryOptions);
  }
  /**
   * Aborts an multipart upload that is in progress. Once aborted, any parts in the process of being uploaded fail,
   * and future requests using the upload ID fail.
   *
   * @returns {Promise<void>}
   */
  async abortUpload() {
    const url2 = `${this.baseUrl}?uploadId=${this.uploadId}`;
    return (0, import_async_retry4.default)(async (bail) => {
      try {
        const res = await this.authClient.request({
          url: url2,
          method: "DELETE"
        });
        if (res.data && res.data.error) {
          throw res.data.error;
        }
      } catch (e) {
        __classPrivateFieldGet5(this, _XMLMultiPartUploadHelper_instances, "m", _XMLMultiPartUploadHelper_handleErrorResponse).call(this, e, bail);
      }
    }, this.retryOptions);
  }
};
_XMLMultiPartUploadHelper_instances = /* @__PURE__ */ new WeakSet(), _XMLMultiPartUploadHelper_setGoogApiClientHeaders = function _XMLMultiPartUploadHelper_setGoogApiClientHeaders2(headers = new Headers()) {
  const existingGoogApiClient = headers.get("x-goog-api-client");
  if (existingGoogApiClient) {
    if (!existingGoogApiClient.includes(GCCL_GCS_CMD_FEATURE.UPLOAD_SHARDED)) {
      headers.set("x-goog-api-client", `${existingGoogApiClient} gccl-gcs-cmd/${GCCL_GCS_CMD_FEATURE.UPLOAD_SHARDED}`);
    }
  } else {
    headers.set("x-goog-api-client", `${getRuntimeTrackingString()} gccl/${packageJson2.version} gccl-gcs-cmd/${GCCL_GCS_CMD_FEATURE.UPLOAD_SHARDED}`);
  }
  if (!headers.has("user-agent")) {
    headers.set("User-Agent", getUserAgentString());
  }
  return headers;
}, _XMLMultiPartUploadHelper_handleErrorResponse = function _XMLMultiPartUploadHelper_handleErrorResponse2(err, bail) {
  if (this.bucket.storage.retryOptions.autoRetry && this.bucket.storage.retryOptions.retryableErrorFn(err)) {
    throw err;
  } else {
    bail(err);
  }
};
var TransferManager = class {
  constructor(bucket) {
    this.bucket = bucket;
  }
  /**
   * @typedef {object} UploadManyFilesOptions
   * @property {number} [concurrencyLimit] The number of concurrently executing promises
   * to use when uploading the files.
   * @property {Function} [customDestinationBuilder] A function that will take the current path of a local file
   * and return a string representing a custom path to be used to upload the file to GCS.
   * @property {boolean} [skipIfExists] Do not upload the file if it already exists in
   * the bucket. This will set the precondition ifGenerationMatch = 0.
   * @property {string} [prefix] A prefix to append to all of the uploaded files.
   * @property {object} [passthroughOptions] {@link UploadOptions} Options to be passed through
   * to each individual upload operation.
   *
   */
  /**
   * Upload multiple files in parallel to the bucket. This is a convenience method
   * that utilizes {@link Bucket#upload} to perform the upload.
   *
   * @param {array | string} [filePathsOrDirectory] An array of fully qualified paths to the files or a directory name.
   * If a directory name is provided, the directory will be recursively walked and all files will be added to the upload list.
   * to be uploaded to the bucket
   * @param {UploadManyFilesOptions} [options] Configuration options.
   * @returns {Promise<UploadResponse[]>}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const bucket = storage.bucket('my-bucket');
   * const transferManager = new TransferManager(bucket);
   *
   * //-
   * // Upload multiple files in parallel.
   * //-
   * const response = await transferManager.uploadManyFiles(['/local/path/file1.txt, 'local/path/file2.txt']);
   * // Your bucket now contains:
   * // - "local/path/file1.txt" (with the contents of '/local/path/file1.txt')
   * // - "local/path/file2.txt" (with the contents of '/local/path/file2.txt')
   * const response = await transferManager.uploadManyFiles('/local/directory');
   * // Your bucket will now contain all files contained in '/local/directory' maintaining the subdirectory structure.
   * ```
   *
   */
  async uploadManyFiles(filePathsOrDirectory, options = {}) {
    var _a2;
    if (options.skipIfExists && ((_a2 = options.passthroughOptions) === null || _a2 === void 0 ? void 0 : _a2.preconditionOpts)) {
      options.passthroughOptions.preconditionOpts.ifGenerationMatch = 0;
    } else if (options.skipIfExists && options.passthroughOptions === void 0) {
      options.passthroughOptions = {
        preconditionOpts: {
          ifGenerationMatch: 0
        }
      };
    }
    const pLimit = await getPLimit();
    const limit = pLimit(options.concurrencyLimit || DEFAULT_PARALLEL_UPLOAD_LIMIT);
    const promises = [];
    let allPaths = [];
    if (!Array.isArray(filePathsOrDirectory)) {
      for await (const curPath of this.getPathsFromDirectory(filePathsOrDirectory)) {
        allPaths.push(curPath);
      }
    } else {
      allPaths = filePathsOrDirectory;
    }
    for (const filePath of allPaths) {
      const stat = await fsp.lstat(filePath);
      if (stat.isDirectory()) {
        continue;
      }
      const passThroughOptionsCopy = {
        ...options.passthroughOptions,
        [GCCL_GCS_CMD_KEY]: GCCL_GCS_CMD_FEATURE.UPLOAD_MANY
      };
      passThroughOptionsCopy.destination = options.customDestinationBuilder ? options.customDestinationBuilder(filePath, options) : filePath.split(path2.sep).join(path2.posix.sep);
      if (options.prefix) {
        passThroughOptionsCopy.destination = path2.posix.join(...options.prefix.split(path2.sep), passThroughOptionsCopy.destination);
      }
      promises.push(limit(() => this.bucket.upload(filePath, passThroughOptionsCopy)));
    }
    return Promise.all(promises);
  }
  /**
   * @typedef {object} DownloadManyFilesOptions
   * @property {number} [concurrencyLimit] The number of concurrently executing promises
   * to use when downloading the files.
   * @property {string} [prefix] A prefix to append to all of the downloaded files.
   * @property {string} [stripPrefix] A prefix to remove from all of the downloaded files.
   * @property {object} [passthroughOptions] {@link DownloadOptions} Options to be passed through
   * to each individual download operation.
   * @property {boolean} [skipIfExists] Do not download the file if it already exists in
   * the destination.
   *
   */
  /**
   * Download multiple files in parallel to the local filesystem. This is a convenience method
   * that utilizes {@link File#download} to perform the download.
   *
   * @param {array | string} [filesOrFolder] An array of file name strings or file objects to be downloaded. If
   * a string is provided this will be treated as a GCS prefix and all files with that prefix will be downloaded.
   * @param {DownloadManyFilesOptions} [options] Configuration options. Setting options.prefix or options.stripPrefix
   * or options.passthroughOptions.destination will cause the downloaded files to be written to the file system
   * instead of being returned as a buffer.
   * @returns {Promise<DownloadResponse[]>}
   *
   * @behavior
   * **Return shape change (breaking/observable behavior):**
   * - Previously, the returned array only contained entries for files that were successfully downloaded.
   * - This meant the response length could be smaller than the number of requested input files.
   * - Now, the returned array always has the same length and ordering as the input file list.
   * - Each index in the response corresponds directly to the same index in the input.
   * - Files that are skipped or fail will still have an entry in the result with:
   *   - `skipped = true`
   *   - `reason` populated with a {@link SkipReason}
   *
   * **New guarantees:**
   * - Response length === number of requested files
   * - Stable positional mapping between input and output
   * - All outcomes (success, skipped, error) are explicitly represented
   *
   * @security
   * **Path traversal protection (new):**
   * - File paths are resolved relative to the configured destination directory.
   * - Any file whose resolved path escapes the base destination directory is rejected.
   * - This prevents directory traversal attacks (e.g. `../../etc/passwd`).
   * - Such files are not downloaded and instead return:
   *   - `skipped = true`
   *   - `reason = SkipReason.PATH_TRAVERSAL`
   *
   * **Additional validation:**
   * - File names containing illegal drive prefixes (e.g. `C:\`) are skipped
   * to prevent unintended writes on host systems.
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const bucket = storage.bucket('my-bucket');
   * const transferManager = new TransferManager(bucket);
   *
   * //-
   * // Download multiple files in parallel.
   * //-
   * const response = await transferManager.downloadManyFiles(['file1.txt', 'file2.txt']);
   * // The following files have been downloaded:
   * // - "file1.txt" (with the contents from my-bucket.file1.txt)
   * // - "file2.txt" (with the contents from my-bucket.file2.txt)
   * // response.length === 2 (always matches input length)
   * // Each entry corresponds to the respective input file
   * const response = await transferManager.downloadManyFiles([bucket.File('file1.txt'), bucket.File('file2.txt')]);
   * // The following files have been downloaded:
   * // - "file1.txt" (with the contents from my-bucket.file1.txt)
   * // - "file2.txt" (with the contents from my-bucket.file2.txt)
   * const response = await transferManager.downloadManyFiles('test-folder');
   * // All files with GCS prefix of 'test-folder' have been processed.
   * // Skipped or failed files are still included in the response.
   * ```
   *
   */
  async downloadManyFiles(filesOrFolder, options = {}) {
    var _a2;
    const pLimit = await getPLimit();
    const limit = pLimit(options.concurrencyLimit || DEFAULT_PARALLEL_DOWNLOAD_LIMIT);
    const promises = [];
    let files = [];
    const baseDestination = path2.resolve(((_a2 = options.passthroughOptions) === null || _a2 === void 0 ? void 0 : _a2.destination) || ".");
    if (!Array.isArray(filesOrFolder)) {
      const directoryFiles = await this.bucket.getFiles({
        prefix: filesOrFolder
      });
      files = directoryFiles[0];
    } else {
      files = filesOrFolder.map((curFile) => {
        if (typeof curFile === "string") {
          return this.bucket.file(curFile);
        }
        return curFile;
      });
    }
    const stripRegexString = options.stripPrefix ? `^${options.stripPrefix}` : EMPTY_REGEX;
    const regex = new RegExp(stripRegexString, "g");
    const finalResults = new Array(files.length);
    for (let i = 0; i < files.length; i++) {
      const file = files[i];
      const hasIllegalDrive = /^[a-zA-Z]:/.test(file.name);
      if (hasIllegalDrive) {
        const skippedResult = [Buffer.alloc(0)];
        skippedResult.skipped = true;
        skippedResult.reason = SkipReason.ILLEGAL_CHARACTER;
        skippedResult.fileName = file.name;
        finalResults[i] = skippedResult;
        continue;
      }
      const fileName = options.stripPrefix ? file.name.replace(regex, "") : file.name;
      const dest = fileName.replace(/^[\\/]+/, "");
      const resolvedPath = path2.resolve(baseDestination, dest);
      const relativeFromBase = path2.relative(baseDestination, resolvedPath);
      const isOutside = path2.isAbsolute(relativeFromBase) || relativeFromBase.split(/[\\/]/).includes("..");
      if (isOutside) {
        const skippedResult = [Buffer.alloc(0)];
        skippedResult.skipped = true;
        skippedResult.reason = SkipReason.PATH_TRAVERSAL;
        skippedResult.fileName = file.name;
        skippedResult.localPath = resolvedPath;
        finalResults[i] = skippedResult;
        continue;
      }
      if (options.skipIfExists && existsSync(resolvedPath)) {
        const skippedResult = [Buffer.alloc(0)];
        skippedResult.skipped = true;
        skippedResult.reason = SkipReason.ALREADY_EXISTS;
        skippedResult.fileName = file.name;
        skippedResult.localPath = resolvedPath;
        finalResults[i] = skippedResult;
        continue;
      }
      promises.push(limit(async () => {
        const passThroughOptionsCopy = {
          ...options.passthroughOptions,
          destination: resolvedPath,
          [GCCL_GCS_CMD_KEY]: GCCL_GCS_CMD_FEATURE.DOWNLOAD_MANY
        };
        try {
          const destination = passThroughOptionsCopy.destination;
          if (destination.endsWith(path2.sep) || destination.endsWith("/")) {
            await fsp.mkdir(destination, { recursive: true });
            const dirResp = [Buffer.alloc(0)];
            dirResp.skipped = false;
            dirResp.fileName = file.name;
            dirResp.localPath = destination;
            finalResults[i] = dirResp;
            return;
          }
          await fsp.mkdir(path2.dirname(destination), { recursive: true });
          const resp = await file.download(passThroughOptionsCopy);
          finalResults[i] = {
            ...resp,
            skipped: false,
            fileName: file.name,
            localPath: destination
          };
        } catch (err) {
          const errorResp = [Buffer.alloc(0)];
          errorResp.skipped = true;
          errorResp.reason = SkipReason.DOWNLOAD_ERROR;
          errorResp.fileName = file.name;
          errorResp.localPath = resolvedPath;
          errorResp.error = err;
          finalResults[i] = errorResp;
        }
      }));
    }
    await Promise.all(promises);
    return finalResults;
  }
  /**
   * @typedef {object} DownloadFileInChunksOptions
   * @property {number} [concurrencyLimit] The number of concurrently executing promises
   * to use when downloading the file.
   * @property {number} [chunkSizeBytes] The size in bytes of each chunk to be downloaded.
   * @property {'crc32c' | boolean} [validation] Whether or not to perform a CRC32C validation check when download is complete. Defaults to 'crc32c'.
   * @property {boolean} [noReturnData] Whether or not to return the downloaded data. A `true` value here would be useful for files with a size that will not fit into memory.
   *
   */
  /**
   * Download a large file in chunks utilizing parallel download operations. This is a convenience method
   * that utilizes {@link File#download} to perform the download.
   *
   * @param {File | string} fileOrName {@link File} to download.
   * @param {DownloadFileInChunksOptions} [options] Configuration options.
   * @returns {Promise<void | DownloadResponse>}
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const bucket = storage.bucket('my-bucket');
   * const transferManager = new TransferManager(bucket);
   *
   * //-
   * // Download a large file in chunks utilizing parallel operations.
   * // CRC32C validation is performed by default.
   * //-
   * const response = await transferManager.downloadFileInChunks(bucket.file('large-file.txt');
   * // Your local directory now contains:
   * // - "large-file.txt" (with the contents from my-bucket.large-file.txt)
   *
   * //-
   * // To disable validation:
   * //-
   * const responseWithoutValidation = await transferManager.downloadFileInChunks(
   *   bucket.file('large-file.txt'),
   *   { validation: false }
   * );
   * ```
   *
   */
  async downloadFileInChunks(fileOrName, options = {}) {
    const pLimit = await getPLimit();
    let chunkSize = options.chunkSizeBytes || DOWNLOAD_IN_CHUNKS_DEFAULT_CHUNK_SIZE;
    let limit = pLimit(options.concurrencyLimit || DEFAULT_PARALLEL_CHUNKED_DOWNLOAD_LIMIT);
    const noReturnData = Boolean(options.noReturnData);
    const promises = [];
    const file = typeof fileOrName === "string" ? this.bucket.file(fileOrName) : fileOrName;
    const validation = options.validation === void 0 || options.validation === true ? "crc32c" : options.validation;
    const fileInfo = await file.get();
    const size = parseInt(fileInfo[0].metadata.size.toString());
    if (size < DOWNLOAD_IN_CHUNKS_FILE_SIZE_THRESHOLD) {
      limit = pLimit(1);
      chunkSize = size;
    }
    let start = 0;
    const filePath = options.destination || path2.basename(file.name);
    const fileToWrite = await fsp.open(filePath, "w");
    while (start < size) {
      const chunkStart = start;
      let chunkEnd = start + chunkSize - 1;
      chunkEnd = chunkEnd > size ? size : chunkEnd;
      promises.push(limit(async () => {
        const resp = await file.download({
          start: chunkStart,
          end: chunkEnd,
          [GCCL_GCS_CMD_KEY]: GCCL_GCS_CMD_FEATURE.DOWNLOAD_SHARDED,
          validation: false
          // Disable validation on individual chunks
        });
        const result = await fileToWrite.write(resp[0], 0, resp[0].length, chunkStart);
        if (noReturnData)
          return;
        return result.buffer;
      }));
      start += chunkSize;
    }
    let chunks;
    try {
      chunks = await Promise.all(promises);
    } finally {
      await fileToWrite.close();
    }
    if (validation === "crc32c" && fileInfo[0].metadata.crc32c) {
      const downloadedCrc32C = await CRC32C.fromFile(filePath);
      if (!downloadedCrc32C.validate(fileInfo[0].metadata.crc32c)) {
        const mismatchError = new RequestError(FileExceptionMessages.DOWNLOAD_MISMATCH);
        mismatchError.code = "CONTENT_DOWNLOAD_MISMATCH";
        throw mismatchError;
      }
    }
    if (noReturnData)
      return;
    return [Buffer.concat(chunks, size)];
  }
  /**
   * @typedef {object} UploadFileInChunksOptions
   * @property {number} [concurrencyLimit] The number of concurrently executing promises
   * to use when uploading the file.
   * @property {number} [chunkSizeBytes] The size in bytes of each chunk to be uploaded.
   * @property {string} [uploadName] Name of the file when saving to GCS. If omitted the name is taken from the file path.
   * @property {number} [maxQueueSize] The number of chunks to be uploaded to hold in memory concurrently. If not specified
   * defaults to the specified concurrency limit.
   * @property {string} [uploadId] If specified attempts to resume a previous upload.
   * @property {Map} [partsMap] If specified alongside uploadId, attempts to resume a previous upload from the last chunk
   * specified in partsMap
   * @property {object} [headers] headers to be sent when initiating the multipart upload.
   * See {@link https://cloud.google.com/storage/docs/xml-api/post-object-multipart#request_headers| Request Headers: Initiate a Multipart Upload}
   * @property {boolean} [autoAbortFailure] boolean to indicate if an in progress upload session will be automatically aborted upon failure. If not set,
   * failures will be automatically aborted.
   *
   */
  /**
   * Upload a large file in chunks utilizing parallel upload operations. If the upload fails, an uploadId and
   * map containing all the successfully uploaded parts will be returned to the caller. These arguments can be used to
   * resume the upload.
   *
   * @param {string} [filePath] The path of the file to be uploaded
   * @param {UploadFileInChunksOptions} [options] Configuration options.
   * @param {MultiPartHelperGenerator} [generator] A function that will return a type that implements the MPU interface. Most users will not need to use this.
   * @returns {Promise<void>} If successful a promise resolving to void, otherwise a error containing the message, uploadId, and parts map.
   *
   * @example
   * ```
   * const {Storage} = require('@google-cloud/storage');
   * const storage = new Storage();
   * const bucket = storage.bucket('my-bucket');
   * const transferManager = new TransferManager(bucket);
   *
   * //-
   * // Upload a large file in chunks utilizing parallel operations.
   * //-
   * const response = await transferManager.uploadFileInChunks('large-file.txt');
   * // Your bucket now contains:
   * // - "large-file.txt"
   * ```
   *
   *
   */
  async uploadFileInChunks(filePath, options = {}, generator = defaultMultiPartGenerator) {
    var _a2;
    const pLimit = await getPLimit();
    const chunkSize = options.chunkSizeBytes || UPLOAD_IN_CHUNKS_DEFAULT_CHUNK_SIZE;
    const limit = pLimit(options.concurrencyLimit || DEFAULT_PARALLEL_CHUNKED_UPLOAD_LIMIT);
    const maxQueueSize = options.maxQueueSize || options.concurrencyLimit || DEFAULT_PARALLEL_CHUNKED_UPLOAD_LIMIT;
    const fileName = options.uploadName || path2.basename(filePath);
    const mpuHelper = generator(this.bucket, fileName, options.uploadId, options.partsMap);
    let partNumber = 1;
    let promises = [];
    const validation = (_a2 = options.validation) !== null && _a2 !== void 0 ? _a2 : "crc32c";
    try {
      if (options.uploadId === void 0) {
        await mpuHelper.initiateUpload(options.headers);
      }
      const startOrResumptionByte = mpuHelper.partsMap.size * chunkSize;
      const readStream = createReadStream3(filePath, {
        highWaterMark: chunkSize,
        start: startOrResumptionByte
      });
      for await (const curChunk of readStream) {
        if (promises.length >= maxQueueSize) {
          await Promise.all(promises);
          promises = [];
        }
        promises.push(limit(() => mpuHelper.uploadPart(partNumber++, curChunk, validation)));
      }
      await Promise.all(promises);
      return await mpuHelper.completeUpload();
    } catch (e) {
      if ((options.autoAbortFailure === void 0 || options.autoAbortFailure) && mpuHelper.uploadId) {
        try {
          await mpuHelper.abortUpload();
          return;
        } catch (e2) {
          throw new MultiPartUploadError(e2.message, mpuHelper.uploadId, mpuHelper.partsMap);
        }
      }
      throw new MultiPartUploadError(e.message, mpuHelper.uploadId, mpuHelper.partsMap);
    }
  }
  async *getPathsFromDirectory(directory) {
    const filesAndSubdirectories = await fsp.readdir(directory, {
      withFileTypes: true
    });
    for (const curFileOrDirectory of filesAndSubdirectories) {
      const fullPath = path2.join(directory, curFileOrDirectory.name);
      curFileOrDirectory.isDirectory() ? yield* this.getPathsFromDirectory(fullPath) : yield fullPath;
    }
  }
};
export {
  ApiError,
  Bucket,
  CRC32C,
  CRC32C_DEFAULT_VALIDATOR_GENERATOR,
  CRC32C_EXCEPTION_MESSAGES,
  CRC32C_EXTENSIONS,
  CRC32C_EXTENSION_TABLE,
  Channel,
  ComposeCleanupError,
  File2 as File,
  HashStreamValidator,
  HmacKey,
  Iam,
  IdempotencyStrategy,
  MultiPartUploadError,
  Notification,
  RETRYABLE_ERR_FN_DEFAULT,
  Storage,
  TransferManager
};
