import { createRequire as __tgCreateRequire } from 'node:module';
const require = __tgCreateRequire(import.meta.url);
import {
  createSyncFn
} from "./chunk-FFSEKXE2.js";
import {
  duckdb,
  fillTemplate,
  postgres,
  resolveConnection
} from "./chunk-RMPF4MSH.js";
import {
  TruthgateError,
  recordEnvValue
} from "./chunk-A56JMUMU.js";
import {
  require_picomatch
} from "./chunk-4TB3BQTT.js";
import {
  POLL_MS
} from "./chunk-SFTBGBTX.js";
import {
  __commonJS,
  __export,
  __require,
  __toESM
} from "./chunk-BDDSI5QT.js";

// polars-shim:nodejs-polars
var require_nodejs_polars = __commonJS({
  "polars-shim:nodejs-polars"(exports, module) {
    var pl22 = globalThis[Symbol.for("truthgate.nodejs-polars")];
    if (!pl22) throw new Error("nodejs-polars was not loaded; run dist/index.js, not dist/main.js");
    module.exports = pl22;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = Symbol.for("yaml.alias");
    var DOC = Symbol.for("yaml.document");
    var MAP = Symbol.for("yaml.map");
    var PAIR = Symbol.for("yaml.pair");
    var SCALAR = Symbol.for("yaml.scalar");
    var SEQ = Symbol.for("yaml.seq");
    var NODE_TYPE = Symbol.for("yaml.node.type");
    var isAlias = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === ALIAS;
    var isDocument = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === DOC;
    var isMap2 = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === MAP;
    var isPair = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === PAIR;
    var isScalar3 = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === SCALAR;
    var isSeq2 = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === SEQ;
    function isCollection(node2) {
      if (node2 && typeof node2 === "object")
        switch (node2[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node2) {
      if (node2 && typeof node2 === "object")
        switch (node2[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node2) => (isScalar3(node2) || isCollection(node2)) && !!node2.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var BREAK = Symbol("break visit");
    var SKIP = Symbol("skip children");
    var REMOVE = Symbol("remove node");
    function visit3(node2, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node2)) {
        const cd = visit_(null, node2.contents, visitor_, Object.freeze([node2]));
        if (cd === REMOVE)
          node2.contents = null;
      } else
        visit_(null, node2, visitor_, Object.freeze([]));
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    function visit_(key, node2, visitor, path) {
      const ctrl = callVisitor(key, node2, visitor, path);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node2)) {
          path = Object.freeze(path.concat(node2));
          for (let i = 0; i < node2.items.length; ++i) {
            const ci = visit_(i, node2.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node2.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node2)) {
          path = Object.freeze(path.concat(node2));
          const ck = visit_("key", node2.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node2.key = null;
          const cv = visit_("value", node2.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node2.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node2, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node2)) {
        const cd = await visitAsync_(null, node2.contents, visitor_, Object.freeze([node2]));
        if (cd === REMOVE)
          node2.contents = null;
      } else
        await visitAsync_(null, node2, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node2, visitor, path) {
      const ctrl = await callVisitor(key, node2, visitor, path);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node2)) {
          path = Object.freeze(path.concat(node2));
          for (let i = 0; i < node2.items.length; ++i) {
            const ci = await visitAsync_(i, node2.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node2.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node2)) {
          path = Object.freeze(path.concat(node2));
          const ck = await visitAsync_("key", node2.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node2.key = null;
          const cv = await visitAsync_("value", node2.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node2.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node2, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node2, path);
      if (identity2.isMap(node2))
        return visitor.Map?.(key, node2, path);
      if (identity2.isSeq(node2))
        return visitor.Seq?.(key, node2, path);
      if (identity2.isPair(node2))
        return visitor.Pair?.(key, node2, path);
      if (identity2.isScalar(node2))
        return visitor.Scalar?.(key, node2, path);
      if (identity2.isAlias(node2))
        return visitor.Alias?.(key, node2, path);
      return void 0;
    }
    function replaceNode(key, path, node2) {
      const parent = path[path.length - 1];
      if (identity2.isCollection(parent)) {
        parent.items[key] = node2;
      } else if (identity2.isPair(parent)) {
        if (key === "key")
          parent.key = node2;
        else
          parent.value = node2;
      } else if (identity2.isDocument(parent)) {
        parent.contents = node2;
      } else {
        const pt = identity2.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit3;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit3 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version2] = parts;
            if (version2 === "1.1" || version2 === "1.2") {
              this.yaml.version = version2;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version2);
              onError(6, `Unsupported YAML version ${version2}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error2) {
            onError(String(error2));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity2.isNode(doc.contents)) {
          const tags = {};
          visit3.visit(doc.contents, (_key, node2) => {
            if (identity2.isNode(node2) && node2.tag)
              tags[node2.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit3 = require_visit();
    function anchorIsValid(anchor2) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor2)) {
        const sa = JSON.stringify(anchor2);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit3.visit(root, {
        Value(_key, node2) {
          if (node2.anchor)
            anchors.add(node2.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor2 = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor2);
          return anchor2;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity2.isScalar(ref.node) || identity2.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error2 = new Error("Failed to resolve repeated object (this should not happen)");
              error2.source = source;
              throw error2;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity2.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity2 = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity2.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit3 = require_visit();
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity2.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit3.visit(doc, {
            Node: (_key, node2) => {
              if (identity2.isAlias(node2) || identity2.hasAnchor(node2))
                nodes.push(node2);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node2 of nodes) {
          if (node2 === this)
            break;
          if (node2.anchor === this.source)
            found = node2;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node2, anchors2) {
      if (identity2.isAlias(node2)) {
        const source = node2.resolve(doc);
        const anchor2 = anchors2 && source && anchors2.get(source);
        return anchor2 ? anchor2.count * anchor2.aliasCount : 0;
      } else if (identity2.isCollection(node2)) {
        let count = 0;
        for (const item of node2.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity2.isPair(node2)) {
        const kc = getAliasCount(doc, node2.key, anchors2);
        const vc = getAliasCount(doc, node2.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity2.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t2) => t2.tag === tagName);
        const tagObj = match.find((t2) => !t2.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t2) => t2.identify?.(value) && !t2.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity2.isDocument(value))
        value = value.contents;
      if (identity2.isNode(value))
        return value;
      if (identity2.isPair(value)) {
        const map = ctx.schema[identity2.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node3 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node3;
          return node3;
        }
        tagObj = value instanceof Map ? schema[identity2.MAP] : Symbol.iterator in Object(value) ? schema[identity2.SEQ] : schema[identity2.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node2 = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node2.tag = tagName;
      else if (!tagObj.default)
        node2.tag = tagObj.tag;
      if (ref)
        ref.node = node2;
      return node2;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity2 = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity2.isNode(it) || identity2.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node2 = this.get(key, true);
          if (identity2.isCollection(node2))
            node2.addIn(rest, value);
          else if (node2 === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node2 = this.get(key, true);
        if (identity2.isCollection(node2))
          return node2.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node2 = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity2.isScalar(node2) ? node2.value : node2;
        else
          return identity2.isCollection(node2) ? node2.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node2) => {
          if (!identity2.isPair(node2))
            return false;
          const n = node2.value;
          return n == null || allowScalar && identity2.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node2 = this.get(key, true);
        return identity2.isCollection(node2) ? node2.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node2 = this.get(key, true);
          if (identity2.isCollection(node2))
            node2.setIn(rest, value);
          else if (node2 === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t2 = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t2);
        if (res === null)
          throw new Error(`Unsupported default string type ${t2}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity2 = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t2) => t2.tag === item.tag);
        if (match.length > 0)
          return match.find((t2) => t2.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity2.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t2) => t2.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t2) => t2.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t2) => t2.format === item.format) ?? match.find((t2) => !t2.format);
      } else {
        obj = item;
        tagObj = tags.find((t2) => t2.nodeClass && obj instanceof t2.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node2, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor2 = (identity2.isScalar(node2) || identity2.isCollection(node2)) && node2.anchor;
      if (anchor2 && anchors.anchorIsValid(anchor2)) {
        anchors$1.add(anchor2);
        props.push(`&${anchor2}`);
      }
      const tag = node2.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity2.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity2.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node2 = identity2.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node2));
      const props = stringifyProps(node2, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node2, ctx, onComment, onChompKeep) : identity2.isScalar(node2) ? stringifyString.stringifyString(node2, ctx, onComment, onChompKeep) : node2.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity2.isScalar(node2) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity2.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity2.isCollection(key) || !identity2.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity2.isCollection(key) || (identity2.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity2.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity2.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity2.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity2.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity2.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity2.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity2.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity2.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log2 = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity2 = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity2.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity2.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node2 of ctx.anchors.keys())
          strCtx.anchors.add(node2.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log2.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity2 = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity2.isNode(key))
          key = key.clone(schema);
        if (identity2.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity2.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity2.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity2.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum2, line) => sum2 + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum2, line) => sum2 + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity2.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity2.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity2.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity2.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity2.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity2.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node2 = it?.value;
        return (!keepScalar && identity2.isScalar(node2) ? node2.value : node2) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity2.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity2.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity2.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity2.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity2.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity2.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity2.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string3 = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string3;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num3 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num3))
        return isNaN(num3) ? ".nan" : num3 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node2) {
        const num3 = Number(node2.value);
        return isFinite(num3) ? num3.toExponential() : stringifyNumber.stringifyNumber(node2);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node2 = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node2.minFractionDigits = str.length - dot - 1;
        return node2;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node2, radix, prefix) {
      const { value } = node2;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node2);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node2) => intStringify(node2, 8, "0o")
    };
    var int3 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node2) => intStringify(node2, 16, "0x")
    };
    exports.int = int3;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null3 = require_null();
    var seq = require_seq();
    var string3 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int3 = require_int();
    var schema = [
      map.map,
      seq.seq,
      string3.string,
      _null3.nullTag,
      bool.boolTag,
      int3.intOct,
      int3.int,
      int3.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity2.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity2.isPair(item))
            continue;
          else if (identity2.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity2.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity2.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity2.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node2) {
        const num3 = Number(node2.value);
        return isFinite(num3) ? num3.toExponential() : stringifyNumber.stringifyNumber(node2);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node2 = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node2.minFractionDigits = f.length;
        }
        return node2;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node2, radix, prefix) {
      const { value } = node2;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node2);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node2) => intStringify(node2, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node2) => intStringify(node2, 8, "0")
    };
    var int3 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node2) => intStringify(node2, 16, "0x")
    };
    exports.int = int3;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity2.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity2.isPair(pair) ? identity2.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity2.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num3 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num3(60) + num3(p), num3(0));
      return sign === "-" ? num3(-1) * res : res;
    }
    function stringifySexagesimal(node2) {
      let { value } = node2;
      let num3 = (n) => n;
      if (typeof value === "bigint")
        num3 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node2);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num3(-1);
      }
      const _60 = num3(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date2 = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date2 -= 6e4 * d;
        }
        return new Date(date2);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null3 = require_null();
    var seq = require_seq();
    var string3 = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int3 = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string3.string,
      _null3.nullTag,
      bool.trueTag,
      bool.falseTag,
      int3.intBin,
      int3.intOct,
      int3.int,
      int3.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null3 = require_null();
    var seq = require_seq();
    var string3 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int3 = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string3.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int3.int,
      intHex: int3.intHex,
      intOct: int3.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null3.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string3 = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity2.MAP, { value: map.map });
        Object.defineProperty(this, identity2.SCALAR, { value: string3.string });
        Object.defineProperty(this, identity2.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity2.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document2 = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version: version2 } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version2 = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version: version2 });
        this.setSchema(version2, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity2.NODE_TYPE]: { value: identity2.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity2.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node2, name) {
        if (!node2.anchor) {
          const prev = anchors.anchorNames(this);
          node2.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node2.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node2 = createNode.createNode(value, tag, ctx);
        if (flow && identity2.isCollection(node2))
          node2.flow = true;
        setAnchors();
        return node2;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity2.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity2.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity2.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity2.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity2.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version2, options = {}) {
        if (typeof version2 === "number")
          version2 = String(version2);
        let opt;
        switch (version2) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version2;
            else
              this.directives = new directives.Directives({ version: version2 });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version2);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity2.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document2;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error2) => {
      if (error2.pos[0] === -1)
        return;
      error2.linePos = error2.pos.map((pos) => lc.linePos(pos));
      const { line, col: col2 } = error2.linePos[0];
      error2.message += ` at line ${line}, column ${col2}`;
      let ci = col2 - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error2.linePos[1];
        if (end?.line === line && end.col > col2) {
          count = Math.max(1, Math.min(end.col - col2, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error2.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor2 = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor2 || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor2)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor2 = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor2 || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor: anchor2,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity2.isScalar(a) && identity2.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node2 = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node2.range[2];
        seq.items.push(node2);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep3 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment)
                sep3 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity2.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep3)
                for (const st of sep3) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor: anchor2, newlineAfterProp: nl } = props;
        const lastProp = anchor2 && tagToken ? anchor2.offset > tagToken.offset ? anchor2 : tagToken : anchor2 ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t2) => t2.tag === tagName && t2.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node2 = identity2.isNode(res) ? res : new Scalar.Scalar(res);
      node2.range = coll.range;
      node2.tag = tagName;
      if (tag?.format)
        node2.format = tag.format;
      return node2;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep3 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error2 = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error2 === -1)
            error2 = offset + i;
        }
      }
      if (error2 !== -1)
        onError(error2, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length2 = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length2 += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length2 += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length2 += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length2 += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length: length2 };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep3 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep3 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length2 = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length2, onError);
            i += length2;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length2, onError) {
      const cc = source.substr(offset, length2);
      const ok = cc.length === length2 && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length2 + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity2.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity2.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity2.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error2) {
        const msg = error2 instanceof Error ? error2.message : String(error2);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range2;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity2.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity2.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity2.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity2.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor: anchor2, tag } = props;
      let node2;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node2 = composeAlias(ctx, token, onError);
          if (anchor2 || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node2 = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor2)
            node2.anchor = anchor2.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node2 = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor2)
              node2.anchor = anchor2.source.substring(1);
          } catch (error2) {
            const message = error2 instanceof Error ? error2.message : String(error2);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node2 ?? (node2 = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor2 && node2.anchor === "")
        onError(anchor2, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity2.isScalar(node2) || typeof node2.value !== "string" || node2.tag && node2.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node2.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node2.comment = comment;
        else
          node2.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node2.srcToken = token;
      return node2;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor: anchor2, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node2 = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor2) {
        node2.anchor = anchor2.source.substring(1);
        if (node2.anchor === "")
          onError(anchor2, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node2.spaceBefore = true;
      if (comment) {
        node2.comment = comment;
        node2.range[2] = end;
      }
      return node2;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias2 = new Alias.Alias(source.substring(1));
      if (alias2.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias2.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias2.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias2.comment = re.comment;
      return alias2;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document2 = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document2.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document2 = require_Document();
    var errors = require_errors();
    var identity2 = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity2.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity2.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error2 = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error2);
            else
              this.doc.errors.push(error2);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document2.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep3, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep3)
        for (const st of sep3)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = Symbol("break visit");
    var SKIP = Symbol("skip children");
    var REMOVE = Symbol("remove item");
    function visit3(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    visit3.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit3.parentCollection = (cst, path) => {
      const parent = visit3.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit3;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error2) {
        const token = error2 ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep3;
          if (scalar.end) {
            sep3 = scalar.end;
            sep3.push(this.sourceToken);
            delete scalar.end;
          } else
            sep3 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep3 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep3 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var errors = require_errors();
    var log2 = require_log();
    var identity2 = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log2.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity2.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document2.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit3 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document2.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity2.isAlias;
    exports.isCollection = identity2.isCollection;
    exports.isDocument = identity2.isDocument;
    exports.isMap = identity2.isMap;
    exports.isNode = identity2.isNode;
    exports.isPair = identity2.isPair;
    exports.isScalar = identity2.isScalar;
    exports.isSeq = identity2.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit3.visit;
    exports.visitAsync = visit3.visitAsync;
  }
});

// node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "node_modules/fastest-levenshtein/mod.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.distance = exports.closest = void 0;
    var peq = new Uint32Array(65536);
    var myers_32 = function(a, b) {
      var n = a.length;
      var m = b.length;
      var lst = 1 << n - 1;
      var pv = -1;
      var mv = 0;
      var sc = n;
      var i = n;
      while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
      }
      for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= (eq & pv) + pv ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
          sc++;
        }
        if (pv & lst) {
          sc--;
        }
        mv = mv << 1 | 1;
        pv = pv << 1 | ~(xv | mv);
        mv &= xv;
      }
      i = n;
      while (i--) {
        peq[a.charCodeAt(i)] = 0;
      }
      return sc;
    };
    var myers_x = function(b, a) {
      var n = a.length;
      var m = b.length;
      var mhc = [];
      var phc = [];
      var hsize = Math.ceil(n / 32);
      var vsize = Math.ceil(m / 32);
      for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
      }
      var j = 0;
      for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
          var eq = peq[a.charCodeAt(i)];
          var pb = phc[i / 32 | 0] >>> i & 1;
          var mb = mhc[i / 32 | 0] >>> i & 1;
          var xv = eq | mv_1;
          var xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb;
          var ph = mv_1 | ~(xh | pv_1);
          var mh = pv_1 & xh;
          if (ph >>> 31 ^ pb) {
            phc[i / 32 | 0] ^= 1 << i;
          }
          if (mh >>> 31 ^ mb) {
            mhc[i / 32 | 0] ^= 1 << i;
          }
          ph = ph << 1 | pb;
          mh = mh << 1 | mb;
          pv_1 = mh | ~(xv | ph);
          mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] = 0;
        }
      }
      var mv = 0;
      var pv = -1;
      var start = j * 32;
      var vlen = Math.min(32, m - start) + start;
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
      }
      var score = m;
      for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = phc[i / 32 | 0] >>> i & 1;
        var mb = mhc[i / 32 | 0] >>> i & 1;
        var xv = eq | mv;
        var xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += ph >>> m - 1 & 1;
        score -= mh >>> m - 1 & 1;
        if (ph >>> 31 ^ pb) {
          phc[i / 32 | 0] ^= 1 << i;
        }
        if (mh >>> 31 ^ mb) {
          mhc[i / 32 | 0] ^= 1 << i;
        }
        ph = ph << 1 | pb;
        mh = mh << 1 | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
      }
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
      }
      return score;
    };
    var distance2 = function(a, b) {
      if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
      }
      if (b.length === 0) {
        return a.length;
      }
      if (a.length <= 32) {
        return myers_32(a, b);
      }
      return myers_x(a, b);
    };
    exports.distance = distance2;
    var closest = function(str, arr) {
      var min_distance = Infinity;
      var min_index = 0;
      for (var i = 0; i < arr.length; i++) {
        var dist = distance2(str, arr[i]);
        if (dist < min_distance) {
          min_distance = dist;
          min_index = i;
        }
      }
      return arr[min_index];
    };
    exports.closest = closest;
  }
});

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync, realpath, realpathSync, stat, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
var __require2 = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path) {
  let normalized = normalize(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
  return path.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
  return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
  if (resolvePaths) path = resolve(path);
  if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
  if (path === ".") return "";
  const needsSeperator = path[path.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path = directoryPath || ".";
  if (filters.every((filter) => filter(path, true))) paths.push(path);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path, (error2, resolvedPath) => {
    if (error2) return queue.dequeue(suppressErrors ? null : error2, state);
    fs.stat(resolvedPath, (error$1, stat2) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat2.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat2, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path);
    const stat2 = fs.statSync(resolvedPath);
    if (stat2.isDirectory() && isRecursive(path, resolvedPath, state)) return;
    callback$1(stat2, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error2, callback$1, output, suppressErrors) {
  if (error2 && !suppressErrors) callback$1(error2, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error2, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error2, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error2, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error2)) {
      this.onQueueEmpty(error2, output);
      if (error2) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num3) {
    this._files = num3;
  }
  get files() {
    return this._files;
  }
  set directories(num3) {
    this._directories = num3;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error2, state) => this.callbackInvoker(state, error2, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path)) continue;
        this.pushDirectory(path, paths, filters);
        this.walkDirectory(this.state, path, path, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path, this.state, (stat2, resolvedPath) => {
          if (stat2.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require2.resolve("picomatch");
  pm = __require2("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path) => isMatch(path));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path) {
  return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path) {
  var _result$parts;
  const result = import_picomatch.default.scan(path, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length2 = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length2; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path = format(p, isDirectory);
      const matches = matcher(path) && !ignore(path);
      if (matches) log(`matched ${path}`);
      return matches;
    } : (p, isDirectory) => {
      const path = format(p, isDirectory);
      return matcher(path) && !ignore(path);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve2(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
function globSync(globInput, options) {
  const [crawler, relative4] = getCrawler(globInput, options);
  return crawler ? formatPaths(crawler.sync(), relative4) : [];
}

// src/core/sources/open.ts
var import_nodejs_polars4 = __toESM(require_nodejs_polars(), 1);
import { closeSync as closeSync5, openSync as openSync5, readSync as readSync5, statSync as statSync2 } from "node:fs";
import { resolve as resolve3 } from "node:path";

// src/core/sources/csv-chunks.ts
import { closeSync, openSync, readSync } from "node:fs";
var NEWLINE = 10;
var MB = 1024 * 1024;
function chunkThresholdBytes() {
  return Number(process.env.TRUTHGATE_CHUNK_THRESHOLD_MB ?? 256) * MB;
}
function chunkBytes() {
  return Math.max(1024, Math.round(Number(process.env.TRUTHGATE_CHUNK_MB ?? 64) * MB));
}
function* csvRecordChunks(file, chunkBytes2, quoteChar) {
  const quote = quoteChar.charCodeAt(0);
  const fd = openSync(file, "r");
  try {
    let buf = Buffer.allocUnsafeSlow(chunkBytes2 * 2);
    let carry = 0;
    let position = 0;
    for (; ; ) {
      if (buf.length - carry < chunkBytes2) {
        const bigger = Buffer.allocUnsafeSlow(buf.length * 2);
        buf.copy(bigger, 0, 0, carry);
        buf = bigger;
      }
      const n = readSync(fd, buf, carry, chunkBytes2, position);
      position += n;
      const data = buf.subarray(0, carry + n);
      if (n === 0) {
        if (data.length) yield data;
        return;
      }
      const cut = lastRecordEnd(data, quote);
      if (cut < 0) {
        carry = data.length;
        continue;
      }
      yield data.subarray(0, cut + 1);
      carry = data.length - cut - 1;
      buf.copyWithin(0, cut + 1, data.length);
    }
  } finally {
    closeSync(fd);
  }
}
function lastRecordEnd(buf, quote) {
  const quotes = [];
  for (let i = buf.indexOf(quote); i >= 0; i = buf.indexOf(quote, i + 1)) quotes.push(i);
  let nl = buf.lastIndexOf(NEWLINE);
  while (nl >= 0) {
    if (countBefore(quotes, nl) % 2 === 0) return nl;
    nl = nl > 0 ? buf.lastIndexOf(NEWLINE, nl - 1) : -1;
  }
  return -1;
}
function countBefore(sorted, x) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// src/core/sources/csv-scan.ts
import { isUtf8 } from "node:buffer";

// src/core/sources/detect.ts
import { closeSync as closeSync2, openSync as openSync2, readSync as readSync2 } from "node:fs";
import { extname } from "node:path";
var byExtension = {
  ".csv": "csv",
  ".tsv": "tsv",
  ".tab": "tsv",
  ".parquet": "parquet",
  ".pq": "parquet",
  ".json": "json",
  ".ndjson": "ndjson",
  ".jsonl": "ndjson",
  ".arrow": "arrow",
  ".feather": "arrow",
  ".ipc": "arrow"
};
function formatFromPath(path) {
  const name = /^https?:\/\//i.test(path) ? path.replace(/[?#].*$/, "") : path;
  return byExtension[extname(name).toLowerCase()];
}
function isDataFile(path) {
  return formatFromPath(path) !== void 0;
}
function sniffBinaryFormat(head) {
  if (head.subarray(0, 4).toString("latin1") === "PAR1") return "parquet";
  if (head.subarray(0, 6).toString("latin1") === "ARROW1") return "arrow";
  if (head[0] === 255 && head[1] === 255 && head[2] === 255 && head[3] === 255) return "arrow";
  const n = Math.min(head.length, 4096);
  for (let i = 0; i < n; i++) if (head[i] === 0) return "binary";
  return void 0;
}
function firstInvalidUtf8(buf) {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(buf, { stream: true });
    return -1;
  } catch {
    return scanUtf8(buf, 0);
  }
}
var CHUNK = 1 << 20;
function firstInvalidUtf8InFile(path) {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const fd = openSync2(path, "r");
  try {
    const buf = Buffer.alloc(CHUNK + 3);
    for (let pos = 0; ; pos += CHUNK) {
      const n = readSync2(fd, buf, 0, CHUNK, pos);
      if (n === 0) break;
      try {
        decoder.decode(buf.subarray(0, n), { stream: n === CHUNK });
      } catch {
        const from = Math.max(0, pos - 3);
        const len = readSync2(fd, buf, 0, CHUNK + 3, from);
        let start = 0;
        while (start < 3 && from > 0 && ((buf[start] ?? 0) & 192) === 128) start++;
        const bad = scanUtf8(buf.subarray(0, len), start, len < CHUNK + 3);
        return bad < 0 ? -1 : from + bad;
      }
    }
    return -1;
  } finally {
    closeSync2(fd);
  }
}
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

// src/core/sources/csv-scan-wasm.generated.ts
var CSV_SCAN_WASM = "AGFzbQEAAAABDwJgBXt7e3t7AX5gAX8BfwMDAgABBQMBAAIGPQx/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAsHdA4GbWVtb3J5AgAFZGVsaW0DAAVxdW90ZQMBBWNvdW50AwIGcXVvdGVkAwMEd2FudAMEBWNoZWNrAwUHcmVjb3JkcwMGBWxpbmVzAwcHcmVjTGluZQMIBnJlY0VuZAMJA25scQMKBWZvdW5kAwsEc2NhbgABCo4EAjAAIAAgBP0j/WQgASAE/SP9ZEEQdHKtIAIgBP0j/WQgAyAE/SP9ZEEQdHKtQiCGhAvaAwMFfwd+B3sjAP0PIRFBCv0PIRIjAf0PIRMjAiECIwQhA0IAIwOtfSELAkADQCABIABPDQEgAf0AAAAhDSAB/QAAECEOIAH9AAAgIQ8gAf0AADAhECANIA79dyAPIBD9d/13/WNFBEBBfg8LIA0gDiAPIBAgERAAIQYgDSAOIA8gECASEAAhByAHIQkgDSAOIA8gECATEAAhCCAIIAuEUEUEQCAIIQogCiAKQgGGhSEKIAogCkIChoUhCiAKIApCBIaFIQogCiAKQgiGhSEKIAogCkIQhoUhCiAKIApCIIaFIQogCiALhSEKIApCP4chCyAHIAqDUEUEQEEBJAoLIApCf4UhCiAGIAqDIQYgByAKgyEHCwJAA0AgB1ANAUIAIAd9IAeDIQwgAiAGIAxCAX2De6dqIQUgA0EASARAIAUhAwUjBSAFIANHcQRAIAVBAWokCyADJAQgASAHeqdqDwsLIwZBAWokBiAEIAkgDEIBhkIBfYN7p2okCCABIAd6p2pBAWokCSAGQgAgDEIBhn2DIQZBACECIAcgB0IBfYMhBwwACwsgAiAGe6dqIQIgBCAJe6dqIQQgAUHAAGohAQwACwsgAiQCIAMkBCAEJAcgC6dBAXEkA0F/Cw==";

// src/core/sources/csv-scan-simd.ts
var PIECE = 1 << 16;
var PAD = 64;
var instance;
function scanner() {
  if (instance === void 0) {
    try {
      const module = new WebAssembly.Module(Buffer.from(CSV_SCAN_WASM, "base64"));
      instance = new WebAssembly.Instance(module).exports;
    } catch {
      instance = null;
    }
  }
  return instance;
}
function simdScannable(delimiter, quote) {
  const ok = (b) => Number.isInteger(b) && b > 0 && b < 256 && b !== 10;
  return ok(delimiter) && ok(quote) && delimiter !== quote && scanner() !== null;
}
function countRecords(buf, start, line, delimiter, quote, delimiters, check, piece = PIECE) {
  const x = scanner();
  const filler = [32, 33, 34].find((b) => b !== delimiter && b !== quote);
  const mem = new Uint8Array(x.memory.buffer);
  x.delim.value = delimiter;
  x.quote.value = quote;
  x.count.value = 0;
  x.quoted.value = 0;
  x.want.value = delimiters;
  x.check.value = check ? 1 : 0;
  x.nlq.value = 0;
  let records = 0;
  let recordLine = line;
  let recordStart = start;
  for (let pos = start; pos < buf.length; pos += piece) {
    const size = Math.min(piece, buf.length - pos);
    mem.set(buf.subarray(pos, pos + size));
    mem.fill(filler, size, size + PAD);
    x.records.value = 0;
    x.recLine.value = recordLine - line;
    x.recEnd.value = -1;
    const stop = x.scan(size);
    if (stop === -2) return void 0;
    records += x.records.value;
    recordLine = line + x.recLine.value;
    if (x.recEnd.value >= 0) recordStart = pos + x.recEnd.value;
    if (stop >= 0)
      return { records, delimiters: x.want.value, bad: { line: recordLine, fields: x.found.value } };
    line += x.lines.value;
  }
  return {
    records,
    delimiters: x.want.value,
    openStart: recordStart,
    openLine: recordLine,
    openFields: x.count.value + 1,
    openInQuotes: x.quoted.value === 1,
    quotedNewline: x.nlq.value === 1
  };
}

// src/core/sources/csv-scan.ts
var NL = 10;
var CR = 13;
var NUL = 0;
var SIMD_FROM = 256 * 1024;
function newCsvScan() {
  return { line: 1, expected: -1, offset: 0, records: 0, started: false, lineRecords: true };
}
function scanCsvBlock(buf, layout, state, fields, simdFrom = SIMD_FROM) {
  let end = buf.length;
  let badByte = -1;
  if (!isUtf8(buf)) {
    badByte = firstInvalidUtf8(buf);
    if (badByte < 0) badByte = lastCharStart(buf);
    end = badByte;
  }
  const block = buf.subarray(0, end);
  const p = (block.length >= simdFrom ? simdRecords(block, layout, state, fields) : void 0) ?? scanRecords(block, layout, state, fields);
  if (p !== "done" && p) return p;
  if (badByte >= 0) return { kind: "encoding", offset: state.offset + badByte };
  state.offset += buf.length;
  return null;
}
function finishCsvScan(state, fields) {
  const r = state.open;
  if (!r || r.empty) return null;
  if (r.inQuotes) return { kind: "quote", line: r.line };
  if (fields && state.expected >= 0 && r.fields !== state.expected)
    return { kind: "ragged", line: r.line, found: r.fields, expected: state.expected };
  return null;
}
function lastCharStart(buf) {
  let i = buf.length - 1;
  while (i > 0 && (buf[i] & 192) === 128) i--;
  return i;
}
function simdRecords(buf, layout, state, checkFields) {
  const delim = layout.delimiter.charCodeAt(0);
  const quote = layout.quote.charCodeAt(0);
  if (layout.commentPrefix || layout.skipRows && !state.started || !simdScannable(delim, quote))
    return void 0;
  const bom = !state.started && buf[0] === 239 && buf[1] === 187 && buf[2] === 191;
  const want = state.expected < 0 ? -1 : state.expected - 1;
  const r = countRecords(buf, bom ? 3 : 0, state.line, delim, quote, want, checkFields);
  if (!r) return void 0;
  state.started = true;
  state.records += r.records;
  if (r.delimiters >= 0) state.expected = r.delimiters + 1;
  if (r.bad) return { kind: "ragged", line: r.bad.line, found: r.bad.fields, expected: state.expected };
  if (r.quotedNewline) state.lineRecords = false;
  state.line = r.openLine;
  const open2 = buf.length - r.openStart;
  state.open = open2 > 0 ? {
    line: r.openLine,
    fields: r.openFields,
    inQuotes: r.openInQuotes,
    empty: open2 === 1 && buf[r.openStart] === CR
  } : void 0;
  return "done";
}
function scanRecords(buf, layout, state, checkFields) {
  const delim = layout.delimiter.charCodeAt(0);
  const quote = layout.quote.charCodeAt(0);
  const comment = layout.commentPrefix ? Buffer.from(layout.commentPrefix) : void 0;
  const n = buf.length;
  let i = 0;
  let line = state.line;
  state.open = void 0;
  if (!state.started) {
    state.started = true;
    if (buf[0] === 239 && buf[1] === 187 && buf[2] === 191) i = 3;
    if (layout.skipRows) state.lineRecords = false;
    for (let skipped = 0; skipped < (layout.skipRows ?? 0) && i < n; i++) {
      if (buf[i] === NL) {
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
    if (comment && buf[i] === comment[0] && buf.subarray(i, i + comment.length).equals(comment)) {
      const nl = buf.indexOf(NL, i);
      i = nl < 0 ? n : nl + 1;
      line++;
      state.lineRecords = false;
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
        state.lineRecords = false;
      } else if (b === NUL) return problem({ kind: "nul", line });
    }
    if (i >= n) {
      const empty2 = i === start || i - start === 1 && buf[start] === CR;
      state.open = { line: recordLine, fields, inQuotes, empty: empty2 };
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
function scanCsvFile(file, layout, fields) {
  const state = newCsvScan();
  const result = (problem) => ({
    problem,
    records: state.records,
    lineRecords: state.lineRecords
  });
  for (const block of csvRecordChunks(file, FILE_BLOCK, layout.quote)) {
    const problem = scanCsvBlock(block, layout, state, fields);
    if (problem) return result(problem);
  }
  return result(finishCsvScan(state, fields));
}

// src/core/sources/csv-diagnose.ts
var NL2 = 10;
var CR2 = 13;
function walkCsv(buf, layout, partial2, onRecord) {
  const delim = layout.delimiter.charCodeAt(0);
  const quote = layout.quote.charCodeAt(0);
  const comment = layout.commentPrefix ? Buffer.from(layout.commentPrefix) : void 0;
  let i = buf[0] === 239 && buf[1] === 187 && buf[2] === 191 ? 3 : 0;
  let line = 1;
  for (let skipped = 0; skipped < (layout.skipRows ?? 0) && i < buf.length; i++) {
    if (buf[i] === NL2) {
      skipped++;
      line++;
    }
  }
  while (i < buf.length) {
    const start = i;
    const recordLine = line;
    if (comment && buf.subarray(i, i + comment.length).equals(comment)) {
      while (i < buf.length && buf[i] !== NL2) i++;
      i++;
      line++;
      continue;
    }
    let inQuotes = false;
    let fieldStart = i;
    const values = [];
    const pushValue = (end) => {
      let text = buf.toString("utf8", fieldStart, end);
      if (text.endsWith("\r")) text = text.slice(0, -1);
      if (text.length >= 2 && text.charCodeAt(0) === quote && text.charCodeAt(text.length - 1) === quote)
        text = text.slice(1, -1).replaceAll(layout.quote + layout.quote, layout.quote);
      values.push(text);
    };
    for (; i < buf.length; i++) {
      const b = buf[i];
      if (b === quote) inQuotes = !inQuotes;
      else if (b === NL2) {
        if (!inQuotes) break;
        line++;
      } else if (b === delim && !inQuotes) {
        pushValue(i);
        fieldStart = i + 1;
      }
    }
    const atEnd = i >= buf.length;
    if (inQuotes || atEnd && partial2) return;
    pushValue(i);
    i++;
    line++;
    const empty2 = i - start <= 1 || i - start === 2 && buf[start] === CR2;
    if (atEnd && empty2) break;
    if (onRecord({ line: recordLine, values }) === false) return;
  }
}
function diagnoseCsv(path, delimiter, quote) {
  const { problem } = scanCsvFile(path, { delimiter, quote }, true);
  return problem && problem.kind !== "encoding" ? problem : null;
}
function csvHeaderNames(head, layout, partial2) {
  let names;
  walkCsv(head, layout, partial2, (r) => {
    names = r.values;
    return false;
  });
  return names;
}
function findCsvValue(buf, layout, header, column2, value) {
  let found;
  let first = header;
  walkCsv(buf, layout, false, (r) => {
    if (first) {
      first = false;
      return;
    }
    if (r.values[column2] === value) {
      found = r.line;
      return false;
    }
  });
  return found;
}

// src/core/sources/cloud/location.ts
var schemes = ["s3", "s3a", "gs", "gcs", "az", "abfs", "abfss", "azure", "http", "https"];
var URI = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)\/?([^?#]*)/i;
function isCloudPath(path) {
  const m = URI.exec(path);
  return !!m && schemes.includes(m[1].toLowerCase());
}
function provider(loc) {
  switch (loc.scheme) {
    case "s3":
    case "s3a":
      return "s3";
    case "gs":
    case "gcs":
      return "gcs";
    case "az":
    case "abfs":
    case "abfss":
    case "azure":
      return "azure";
    default:
      return "http";
  }
}
function parseLocation(path) {
  const m = URI.exec(path);
  const scheme = m[1].toLowerCase();
  const key = m[3];
  const glob = scheme !== "http" && scheme !== "https" && isDynamicPattern(key);
  const first = glob ? key.search(/[*?[{]/) : key.length;
  return { scheme, bucket: m[2], key, glob, prefix: key.slice(0, first) };
}
function objectUri(loc, key) {
  return `${loc.scheme}://${loc.bucket}/${key}`;
}

// src/core/sources/cloud/objects.ts
var import_nodejs_polars = __toESM(require_nodejs_polars(), 1);
import { createHash as createHash2 } from "node:crypto";
import { mkdtempSync, readdirSync as readdirSync2, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname as extname2, join } from "node:path";

// src/core/sources/fingerprint.ts
import { createHash } from "node:crypto";
import { closeSync as closeSync3, fstatSync, openSync as openSync3, readSync as readSync3 } from "node:fs";
var BLOCK = 64 * 1024;
var BLOCKS = 16;
function fingerprintFiles(files) {
  const h = createHash("sha256");
  const buf = Buffer.alloc(BLOCK);
  for (const file of files) {
    const fd = openSync3(file, "r");
    try {
      const size = fstatSync(fd).size;
      h.update(`${size}
`);
      const offsets = size <= BLOCK * BLOCKS ? Array.from({ length: Math.ceil(size / BLOCK) }, (_, i) => i * BLOCK) : Array.from({ length: BLOCKS }, (_, i) => Math.floor((size - BLOCK) * i / (BLOCKS - 1)));
      for (const off of offsets) {
        const n = readSync3(fd, buf, 0, BLOCK, off);
        h.update(buf.subarray(0, n));
      }
    } finally {
      closeSync3(fd);
    }
  }
  return `sha256:${h.digest("hex").slice(0, 32)}`;
}
function fingerprintObjects(objects) {
  const h = createHash("sha256");
  for (const o of objects) h.update(`${o.etag}
${o.size}
${o.lastModified}
`);
  return `objects:${h.digest("hex").slice(0, 32)}`;
}

// src/core/sources/cloud/endpoint.ts
function isTrue(v) {
  return v !== void 0 && /^(true|1|yes|on)$/i.test(String(v));
}
function checkEndpoint(endpoint, allowHttp, path) {
  let url2;
  try {
    url2 = new URL(endpoint);
  } catch {
    url2 = void 0;
  }
  const bad = (detail) => {
    throw new TruthgateError("TG_OBJECT_ENDPOINT", { endpoint, detail }, { location: { file: path } });
  };
  if (!url2 || !url2.hostname) bad("not a URL (expected e.g. https://storage.example.com)");
  if (url2.protocol !== "https:" && url2.protocol !== "http:")
    bad(`scheme ${url2.protocol} is not http or https`);
  if (url2.protocol === "http:" && allowHttp !== true) bad(`plain http needs ${allowHttp}: true`);
}

// src/core/sources/cloud/azure-settings.ts
var EMULATOR_ACCOUNT = "devstoreaccount1";
var EMULATOR_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
var ALIASES = {
  azure_storage_account_name: ["azure_storage_account_name", "account_name"],
  azure_storage_account_key: [
    "azure_storage_account_key",
    "azure_storage_access_key",
    "azure_storage_master_key",
    "access_key",
    "account_key",
    "master_key"
  ],
  azure_storage_sas_key: ["azure_storage_sas_key", "azure_storage_sas_token", "sas_key", "sas_token"],
  azure_storage_token: ["azure_storage_token", "bearer_token", "token"],
  azure_storage_endpoint: ["azure_storage_endpoint", "azure_endpoint", "endpoint"],
  azure_storage_use_emulator: ["azure_storage_use_emulator", "azure_use_emulator", "use_emulator"],
  azure_allow_http: ["azure_allow_http", "allow_http"],
  azure_skip_signature: ["azure_skip_signature", "skip_signature"],
  azure_client_id: ["azure_client_id", "azure_storage_client_id", "client_id"],
  azure_client_secret: ["azure_client_secret", "azure_storage_client_secret", "client_secret"],
  azure_tenant_id: [
    "azure_tenant_id",
    "azure_storage_tenant_id",
    "azure_authority_id",
    "azure_storage_authority_id",
    "tenant_id",
    "authority_id"
  ],
  azure_authority_host: ["azure_authority_host", "azure_storage_authority_host", "authority_host"],
  azure_federated_token_file: ["azure_federated_token_file", "federated_token_file"],
  azure_use_azure_cli: ["azure_use_azure_cli", "use_azure_cli"],
  // Managed identity only: polars reads these itself; the listing names a user-assigned identity by client id.
  azure_msi_endpoint: ["azure_msi_endpoint", "azure_identity_endpoint", "identity_endpoint", "msi_endpoint"],
  azure_object_id: ["azure_object_id", "object_id"],
  azure_msi_resource_id: ["azure_msi_resource_id", "msi_resource_id"]
};
var ENTRA_KEYS = [
  "azure_client_id",
  "azure_client_secret",
  "azure_tenant_id",
  "azure_federated_token_file",
  "azure_use_azure_cli",
  "azure_msi_endpoint",
  "azure_object_id",
  "azure_msi_resource_id"
];
var CONNECTION_STRING = "azure_storage_connection_string";
function azureSettings(loc, options, env, path) {
  const own2 = {};
  for (const [k, v] of Object.entries(options)) if (k.startsWith("azure_")) own2[k] = String(v);
  const pick2 = (name) => {
    for (const k of ALIASES[name]) if (own2[k] !== void 0) return own2[k];
    for (const k of ALIASES[name])
      if (k.startsWith("azure_") && env[k.toUpperCase()]) return env[k.toUpperCase()];
    return void 0;
  };
  const cs = parseConnectionString(own2[CONNECTION_STRING] ?? env.AZURE_STORAGE_CONNECTION_STRING);
  const { [CONNECTION_STRING]: _cs, ...polars } = own2;
  const emulator = isTrue(pick2("azure_storage_use_emulator")) || isTrue(cs.UseDevelopmentStorage);
  const inUri = /@([^.]+)\./.exec(loc.bucket)?.[1];
  const account = inUri ?? pick2("azure_storage_account_name") ?? cs.AccountName ?? (emulator ? EMULATOR_ACCOUNT : void 0);
  let key = pick2("azure_storage_account_key") ?? cs.AccountKey;
  const sas = (pick2("azure_storage_sas_key") ?? cs.SharedAccessSignature)?.replace(/^\?/, "");
  const token = pick2("azure_storage_token");
  const entra = key || sas || token || isTrue(pick2("azure_skip_signature")) ? void 0 : entraIdentity(pick2, path);
  if (emulator && !key && !sas && !token && !entra) key = EMULATOR_KEY;
  const explicit = pick2("azure_storage_endpoint");
  let url2 = explicit ?? cs.BlobEndpoint;
  const allowHttp = isTrue(pick2("azure_allow_http")) || !explicit && !!cs.BlobEndpoint;
  if (url2 !== void 0) checkEndpoint(url2, allowHttp || "azure_allow_http", path);
  else if (emulator)
    url2 = `${(env.AZURITE_BLOB_STORAGE_URL ?? "http://127.0.0.1:10000").replace(/\/$/, "")}/${account}`;
  else if (account) url2 = `https://${account}.blob.${cs.EndpointSuffix ?? "core.windows.net"}`;
  else
    throw new TruthgateError(
      "TG_OBJECT_ENDPOINT",
      {
        endpoint: "Azure Blob Storage",
        detail: "no storage account: set azure_storage_account_name or AZURE_STORAGE_ACCOUNT_NAME"
      },
      { location: { file: path } }
    );
  const given = (name) => (ALIASES[name] ?? [name]).some((k) => own2[k] !== void 0);
  const resolved = [
    ["azure_storage_account_name", inUri ? void 0 : account],
    ["azure_storage_account_key", key],
    ["azure_storage_sas_key", sas],
    ["azure_storage_token", token],
    ["azure_storage_endpoint", url2],
    ["azure_allow_http", url2.startsWith("http:") ? "true" : void 0],
    // Listed anonymously (a public container): object_store would otherwise ask a managed identity.
    ["azure_skip_signature", key || sas || token || entra ? void 0 : "true"],
    // The identity found in the AZURE_* variables: polars is told it rather than left to look again.
    ...ENTRA_KEYS.map((k) => [k, entra ? pick2(k) : void 0]),
    ["azure_authority_host", entra?.authorityHost]
  ];
  for (const k of ALIASES.azure_storage_use_emulator) delete polars[k];
  for (const [name, v] of resolved) if (v !== void 0 && !given(name)) polars[name] = v;
  for (const [name, v] of [
    ["AZURE_STORAGE_ACCOUNT_KEY", key],
    ["AZURE_STORAGE_SAS_KEY", sas],
    ["AZURE_STORAGE_TOKEN", token],
    ["AZURE_CLIENT_SECRET", entra?.clientSecret],
    ["AZURE_STORAGE_CONNECTION_STRING", own2[CONNECTION_STRING] ?? env.AZURE_STORAGE_CONNECTION_STRING]
  ])
    if (v && v !== EMULATOR_KEY) recordEnvValue(name, v);
  return {
    connection: {
      url: url2,
      ...account ? { accountName: account } : {},
      ...key ? { accountKey: key } : {},
      ...sas ? { sas } : {},
      ...token ? { token } : {},
      ...entra ? { entra } : {}
    },
    polars,
    shownEndpoint: url2
  };
}
function describeIdentity(e) {
  const at = e.authorityHost ? ` at ${e.authorityHost}` : "";
  if (e.clientId && e.tenantId && e.federatedTokenFile)
    return `workload identity ${e.clientId} in tenant ${e.tenantId}${at}`;
  if (e.clientId && e.tenantId && e.clientSecret)
    return `service principal ${e.clientId} in tenant ${e.tenantId}${at}`;
  if (e.useAzureCli) return "the Azure CLI login";
  return e.clientId ? `managed identity ${e.clientId}` : "the managed identity";
}
function entraIdentity(pick2, path) {
  if (!ENTRA_KEYS.some((k) => pick2(k) !== void 0)) return void 0;
  const authorityHost = pick2("azure_authority_host")?.replace(/\/+$/, "");
  if (authorityHost !== void 0) {
    checkEndpoint(authorityHost, true, path);
    if (!authorityHost.startsWith("https:"))
      throw new TruthgateError(
        "TG_OBJECT_ENDPOINT",
        { endpoint: authorityHost, detail: "a Microsoft Entra ID authority host must use https" },
        { location: { file: path } }
      );
  }
  const useAzureCli = isTrue(pick2("azure_use_azure_cli"));
  const fields = {
    tenantId: pick2("azure_tenant_id"),
    clientId: pick2("azure_client_id"),
    clientSecret: pick2("azure_client_secret"),
    federatedTokenFile: pick2("azure_federated_token_file"),
    authorityHost
  };
  return {
    ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v)),
    ...useAzureCli ? { useAzureCli } : {}
  };
}
function parseConnectionString(text) {
  if (!text) return {};
  return Object.fromEntries(
    text.split(";").flatMap((part) => {
      const at = part.indexOf("=");
      return at > 0 ? [[part.slice(0, at).trim(), part.slice(at + 1).trim()]] : [];
    })
  );
}

// src/core/sources/cloud/gcs-settings.ts
import { readFileSync } from "node:fs";
var PATH_KEYS = ["google_service_account", "google_service_account_path", "google_application_credentials"];
var INLINE_KEY = "google_service_account_key";
function gcsSettings(options, env, path) {
  const polars = {};
  for (const [k, v] of Object.entries(options)) if (k.startsWith("google_")) polars[k] = String(v);
  const fromEnv = (k) => env[k.toUpperCase()] || void 0;
  const inline = polars[INLINE_KEY] ?? fromEnv(INLINE_KEY);
  const fileKey = PATH_KEYS.find((k) => (polars[k] ?? fromEnv(k)) !== void 0);
  const file = fileKey && (polars[fileKey] ?? fromEnv(fileKey));
  if (inline) recordEnvValue("GOOGLE_SERVICE_ACCOUNT_KEY", inline);
  const key = readKey(inline, file, path);
  if (key?.private_key) recordEnvValue("GOOGLE_SERVICE_ACCOUNT_KEY", key.private_key);
  const emulator = key?.gcs_base_url ? void 0 : env.STORAGE_EMULATOR_HOST?.replace(/\/+$/, "").replace(/\/storage\/v1$/, "");
  const apiEndpoint = key?.gcs_base_url ?? emulator;
  if (apiEndpoint) checkEndpoint(apiEndpoint, true, path);
  const skip = isTrue(polars.google_skip_signature ?? fromEnv("google_skip_signature"));
  if (emulator && !inline && !file)
    polars[INLINE_KEY] = JSON.stringify({
      gcs_base_url: emulator,
      disable_oauth: true,
      client_email: "",
      private_key: "",
      private_key_id: ""
    });
  else if (skip && !polars.google_skip_signature) polars.google_skip_signature = "true";
  if (inline && !polars[INLINE_KEY]) polars[INLINE_KEY] = inline;
  else if (!inline && file && !PATH_KEYS.some((k) => polars[k])) polars[fileKey] = file;
  return {
    connection: {
      ...apiEndpoint ? { apiEndpoint } : {},
      anonymous: !!key?.disable_oauth || skip,
      ...!inline && !file && !skip ? { anonymousFallback: true } : {},
      ...key ? { key } : {},
      ...file && !inline ? { keyFile: file } : {}
    },
    polars,
    shownEndpoint: apiEndpoint ?? "Google Cloud Storage"
  };
}
function readKey(inline, file, path) {
  const denied = (detail) => {
    throw new TruthgateError("TG_OBJECT_ACCESS_DENIED", { path, detail }, { location: { file: path } });
  };
  let text = inline;
  if (text === void 0 && file !== void 0) {
    try {
      text = readFileSync(file, "utf8");
    } catch (err) {
      denied(
        `the credentials file ${file} cannot be read (${err.code ?? "error"})`
      );
    }
  }
  if (text === void 0) return void 0;
  try {
    return JSON.parse(text);
  } catch {
    return inline === void 0 ? void 0 : denied("google_service_account_key is not a JSON key");
  }
}

// src/core/sources/cloud/polars-errors.ts
var BUCKET_MISSING = /ContainerNotFound|NoSuchBucket|bucket does not exist|The specified bucket|no bucket named/i;
var ENTRA_FAILURE = /token request|federated token|AADSTS|azure cli|managed identity|imds/i;
function endpointOf(raw) {
  return /\b(https?:\/\/[^/\s]+)/.exec(raw)?.[1];
}
function objectStoreError(raw, shown, bucketProbe) {
  const at = { location: { file: shown } };
  if (isCloudPath(shown) && /expanded paths were empty/i.test(raw))
    return new TruthgateError("TG_OBJECT_NOT_FOUND", { path: shown }, at);
  if (!/object-store error|object_store/i.test(raw)) return void 0;
  const detail = raw.split("\n")[0].trim();
  const missingBucket = () => {
    const loc = parseLocation(shown);
    return new TruthgateError(
      "TG_OBJECT_BUCKET_MISSING",
      { bucket: loc.bucket.split("@")[0], endpoint: endpointOf(raw) ?? `${loc.scheme}://`, path: shown },
      at
    );
  };
  if (BUCKET_MISSING.test(raw)) return missingBucket();
  if (/MicrosoftAzure/.test(raw) && ENTRA_FAILURE.test(raw))
    return new TruthgateError("TG_OBJECT_IDENTITY", { path: shown, identity: "polars' reader", detail }, at);
  if (/necessary privileges|\b40[13]\b|forbidden|access denied/i.test(raw))
    return new TruthgateError("TG_OBJECT_ACCESS_DENIED", { path: shown, detail }, at);
  if (/not found|404|NoSuchKey/i.test(raw))
    return bucketProbe?.() === false ? missingBucket() : new TruthgateError("TG_OBJECT_NOT_FOUND", { path: shown }, at);
  const retries = /after (\d+) retries/.exec(raw);
  return new TruthgateError(
    "TG_OBJECT_NETWORK",
    { path: shown, attempts: retries ? Number(retries[1]) + 1 : 1, detail },
    at
  );
}

// src/core/sources/cloud/s3-settings.ts
var S3_KEYS = [
  "aws_access_key_id",
  "aws_secret_access_key",
  "aws_session_token",
  "aws_region",
  "aws_endpoint_url",
  "aws_allow_http",
  "aws_virtual_hosted_style_request",
  "aws_skip_signature"
];
function s3Settings(options, env, path) {
  const merged = {};
  for (const k of S3_KEYS) {
    const v = env[k.toUpperCase()];
    if (v) merged[k] = v;
  }
  if (!merged.aws_region && env.AWS_DEFAULT_REGION) merged.aws_region = env.AWS_DEFAULT_REGION;
  for (const [k, v] of Object.entries(options)) if (k.startsWith("aws_")) merged[k] = String(v);
  for (const k of ["aws_access_key_id", "aws_secret_access_key", "aws_session_token"])
    if (merged[k]) recordEnvValue(k.toUpperCase(), merged[k]);
  const endpoint = merged.aws_endpoint_url;
  if (endpoint !== void 0)
    checkEndpoint(endpoint, isTrue(merged.aws_allow_http) || "aws_allow_http", path);
  const region = merged.aws_region ?? "us-east-1";
  const id = merged.aws_access_key_id;
  const secret = merged.aws_secret_access_key;
  const token = merged.aws_session_token;
  const anonymous2 = isTrue(merged.aws_skip_signature);
  return {
    connection: {
      ...endpoint ? { endpoint } : {},
      region,
      ...!endpoint && !merged.aws_region ? { detectRegion: true } : {},
      // object_store addresses buckets path-style unless told otherwise; the listing does the same.
      forcePathStyle: !isTrue(merged.aws_virtual_hosted_style_request),
      ...anonymous2 ? { anonymous: anonymous2 } : {},
      ...id && secret && !anonymous2 ? {
        credentials: {
          accessKeyId: id,
          secretAccessKey: secret,
          ...token ? { sessionToken: token } : {}
        }
      } : {}
    },
    polars: { ...merged, aws_region: region },
    shownEndpoint: endpoint ?? `AWS S3 (${region})`
  };
}

// src/core/sources/cloud/objects.ts
var worker;
var lost;
var SILENT_MS = POLL_MS + 55e3;
function call(r) {
  let reply = send(r);
  while ("pending" in reply) reply = send({ op: "poll", job: reply.pending });
  return reply;
}
function send(r) {
  if (lost === void 0) {
    try {
      worker ??= createSyncFn(
        new URL("./objects-worker.js", import.meta.url).href,
        { timeout: SILENT_MS }
      );
      return worker(r);
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      lost = /timed-out/.test(detail) ? `no answer within ${SILENT_MS / 1e3} s` : detail.split("\n")[0];
    }
  }
  throw new TruthgateError("TG_OBJECT_WORKER", { detail: lost });
}
var spooled = /* @__PURE__ */ new Map();
var spoolDir;
function localFile(file) {
  return spooled.get(file)?.path ?? file;
}
function settingsFor(loc, options, env, path) {
  switch (provider(loc)) {
    case "s3": {
      const s = s3Settings(options, env, path);
      return { ...s, connection: { provider: "s3", ...s.connection } };
    }
    case "gcs": {
      const s = gcsSettings(options, env, path);
      return { ...s, connection: { provider: "gcs", ...s.connection } };
    }
    case "azure": {
      const s = azureSettings(loc, options, env, path);
      return { ...s, connection: { provider: "azure", ...s.connection } };
    }
    case "http":
      return void 0;
  }
}
function listObjects(path, options, env = process.env) {
  const loc = parseLocation(path);
  const settings = settingsFor(loc, options, env, path);
  if (!settings) return unlisted(path, loc, options);
  const { connection } = settings;
  const reply = call({
    op: "list",
    connection,
    bucket: loc.bucket,
    key: loc.key,
    glob: loc.glob,
    prefix: loc.prefix
  });
  if (!reply.ok) throw objectError(reply.failure, path, loc, settings);
  if (reply.objects.length === 0)
    throw new TruthgateError("TG_OBJECT_NOT_FOUND", { path }, { location: { file: path } });
  for (const [k, v] of Object.entries(reply.cloudOptions ?? {}))
    if (/key|secret|token/.test(k)) recordEnvValue(k.toUpperCase(), v);
  const cloudOptions = { ...settings.polars, ...reply.cloudOptions };
  const objects = reply.objects;
  return {
    uris: objects.map((o) => objectUri(loc, o.key)),
    sizes: objects.map((o) => o.size),
    objects,
    fingerprint: fingerprintObjects(objects),
    cloudOptions,
    spool: () => {
      const todo = unspooled(loc, objects);
      if (todo.length === 0) return;
      const r = call({ op: "spool", connection, bucket: loc.bucket, items: todo });
      if (!r.ok) throw objectError(r.failure, path, loc, settings);
      remember(loc, todo);
    }
  };
}
function unspooled(loc, objects) {
  return objects.flatMap((o) => {
    const uri = objectUri(loc, o.key);
    if (spooled.get(uri)?.etag === o.etag) return [];
    const { key, etag, generation } = o;
    return [{ key, etag, ...generation ? { generation } : {}, dest: spoolPath(uri, o) }];
  });
}
function remember(loc, items) {
  for (const t2 of items) spooled.set(objectUri(loc, t2.key), { etag: t2.etag, path: t2.dest });
}
function unlistedOptions(loc, options) {
  const prefix = loc.scheme.startsWith("g") ? "google_" : loc.scheme.startsWith("a") ? "azure_" : "";
  return Object.fromEntries(
    Object.entries(options).flatMap(([k, v]) => prefix && k.startsWith(prefix) ? [[k, String(v)]] : [])
  );
}
function bucketExists(path, options) {
  if (!isCloudPath(path)) return void 0;
  const loc = parseLocation(path);
  const kind = provider(loc);
  if (kind === "s3" || kind === "http") return void 0;
  const probe = `${loc.scheme}://${loc.bucket}/truthgate-probe-*`;
  try {
    import_nodejs_polars.default.scanCSV(probe, { cloudOptions: unlistedOptions(loc, options), glob: true }).collectSync();
    return true;
  } catch (err) {
    const raw = err instanceof Error ? err.message : String(err);
    if (BUCKET_MISSING.test(raw)) return false;
    return /expanded paths were empty/i.test(raw) ? true : void 0;
  }
}
function unlisted(path, loc, options) {
  const cloudOptions = unlistedOptions(loc, options);
  for (const [k, v] of Object.entries(cloudOptions))
    if (/key|secret|token|sas/.test(k)) recordEnvValue(k.toUpperCase(), v);
  return {
    uris: [path],
    sizes: [0],
    // Without a listing there is no version to name: the fingerprint says so rather than guess.
    fingerprint: `unversioned:${createHash2("sha256").update(path).digest("hex").slice(0, 32)}`,
    cloudOptions,
    spool: () => {
      throw new TruthgateError(
        "TG_OBJECT_UNSUPPORTED",
        {
          path,
          detail: `this ${loc.scheme}:// source is read in place by polars: Parquet, CSV or NDJSON only`
        },
        { location: { file: path } }
      );
    }
  };
}
var SPOOL_PREFIX = "truthgate-objects-";
var SPOOL_NAME = /^truthgate-objects-(\d+)-/;
function removeStaleSpools(dir = tmpdir()) {
  const removed = [];
  let names;
  try {
    names = readdirSync2(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const pid = Number(SPOOL_NAME.exec(name)?.[1]);
    if (!pid || pid === process.pid || alive(pid)) continue;
    try {
      rmSync(join(dir, name), { recursive: true, force: true });
      removed.push(name);
    } catch {
    }
  }
  return removed;
}
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}
function spoolPath(uri, o) {
  if (!spoolDir) {
    removeStaleSpools();
    spoolDir = mkdtempSync(join(tmpdir(), `${SPOOL_PREFIX}${process.pid}-`));
    const dir = spoolDir;
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  }
  const id = createHash2("sha256").update(`${uri}
${o.etag}
${o.size}`).digest("hex").slice(0, 24);
  return join(spoolDir, `${id}${extname2(o.key)}`);
}
function anonymous(c) {
  switch (c.provider) {
    case "s3":
      return !!c.anonymous;
    case "gcs":
      return c.anonymous;
    case "azure":
      return !c.accountKey && !c.sas && !c.token && !c.entra;
  }
}
function objectError(f, path, loc, settings) {
  const at = { location: { file: path } };
  const endpoint = settings.shownEndpoint;
  const c = settings.connection;
  switch (f.kind) {
    case "bucket":
      return new TruthgateError(
        "TG_OBJECT_BUCKET_MISSING",
        { bucket: loc.bucket.split("@")[0], endpoint, path },
        at
      );
    case "notfound":
      return new TruthgateError("TG_OBJECT_NOT_FOUND", { path }, at);
    case "denied":
      return anonymous(c) || f.unsigned ? new TruthgateError("TG_OBJECT_ANONYMOUS_DENIED", { path, detail: f.detail }, at) : new TruthgateError("TG_OBJECT_ACCESS_DENIED", { path, detail: f.detail }, at);
    case "identity": {
      const identity2 = c.provider === "azure" && c.entra ? describeIdentity(c.entra) : "Entra ID";
      return new TruthgateError("TG_OBJECT_IDENTITY", { path, identity: identity2, detail: f.detail }, at);
    }
    case "endpoint":
      return new TruthgateError("TG_OBJECT_ENDPOINT", { endpoint, detail: f.detail }, at);
    case "network":
      return new TruthgateError("TG_OBJECT_NETWORK", { path, attempts: f.attempts, detail: f.detail }, at);
  }
}

// src/core/sources/explain.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { isAbsolute as isAbsolute2, relative as relative2 } from "node:path";
function displayPath(file, baseDir) {
  if (isCloudPath(file)) return file;
  const rel = relative2(baseDir, file);
  return rel.startsWith("..") || isAbsolute2(rel) ? file : rel;
}
function isTextual(format) {
  return format === "csv" || format === "tsv" || format === "json" || format === "ndjson";
}
function csvLayout(format, o) {
  return {
    delimiter: o.delimiter ?? (format === "tsv" ? "	" : ","),
    quote: o.quote ?? '"',
    header: o.header ?? true,
    ...o.skip_rows !== void 0 ? { skipRows: o.skip_rows } : {},
    ...o.comment_prefix !== void 0 ? { commentPrefix: o.comment_prefix } : {}
  };
}
function csvScanError(p, shown) {
  if (p.kind === "encoding") return encodingError(shown, p.offset);
  const location = { file: shown, line: p.line, column: 1 };
  if (p.kind === "ragged")
    return new TruthgateError(
      "TG_CSV_RAGGED",
      { path: shown, line: p.line, found: p.found, expected: p.expected },
      { location }
    );
  return new TruthgateError(
    p.kind === "nul" ? "TG_CSV_NUL" : "TG_CSV_QUOTE",
    { path: shown, line: p.line },
    { location }
  );
}
function jsonProblemError(p, shown) {
  const location = { file: shown };
  switch (p.kind) {
    case "syntax":
      return new TruthgateError(
        "TG_JSON_SYNTAX",
        { path: shown, line: p.line, column: p.column, detail: p.detail },
        { location: { ...location, line: p.line, column: p.column } }
      );
    case "shape":
      return new TruthgateError("TG_SOURCE_READ", { path: shown, detail: p.detail }, { location });
    case "not-array":
      return new TruthgateError(
        "TG_JSON_NOT_ARRAY",
        { path: shown, keys: p.found || "(none)" },
        { location }
      );
    case "encoding":
      return encodingError(shown, p.offset);
  }
}
function encodingError(shown, offset) {
  return new TruthgateError("TG_SOURCE_ENCODING", { path: shown, offset }, { location: { file: shown } });
}
var CSV_TYPE = /could not parse `([\s\S]*?)` as dtype `([^`]+)` at column '([\s\S]*?)' \(column number (\d+)\)/;
function explainFile(file, shown, format, options, raw) {
  if (isTextual(format) && /utf-?8/i.test(raw)) {
    const off = firstInvalidUtf8InFile(file);
    if (off >= 0) return encodingError(shown, off);
  }
  if (format !== "csv" && format !== "tsv") return void 0;
  const layout = csvLayout(format, options);
  const { problem } = scanCsvFile(file, layout, !options.ragged);
  if (problem) return csvScanError(problem, shown);
  const m = CSV_TYPE.exec(raw);
  if (!m) return void 0;
  const buf = readFileSync2(file);
  const [, value, dtype2, column2, number3] = m;
  const line = findCsvValue(buf, layout, layout.header, Number(number3) - 1, value);
  if (line === void 0) return void 0;
  return new TruthgateError(
    "TG_SOURCE_TYPE",
    { path: shown, place: `line ${line}`, value: JSON.stringify(value), column: column2, expected: dtype2 },
    { location: { file: shown, line, column: 1 } }
  );
}
function explainReadError(source, err, baseDir = process.cwd()) {
  if (err instanceof TruthgateError) return err;
  const raw = messageOf(err);
  for (const f of source.files) {
    const file = localFile(f);
    if (isCloudPath(file)) continue;
    const e = explainFile(file, displayPath(f, baseDir), source.format, source.spec.options ?? {}, raw);
    if (e) return e;
  }
  const shown = source.files.length === 1 ? displayPath(source.files[0], baseDir) : source.uri;
  return readError(shown, raw, err, () => bucketExists(source.spec.path, source.spec.storage_options ?? {}));
}
function explainFileFailure(file, shown, format, options, err) {
  const raw = messageOf(err);
  return explainFile(file, shown, format, options, raw) ?? readError(shown, raw, err);
}
function messageOf(err) {
  return err instanceof Error ? err.message : String(err);
}
function readError(shown, raw, err, bucketProbe) {
  const cloud = objectStoreError(raw, shown, bucketProbe);
  if (cloud) return cloud;
  return new TruthgateError(
    "TG_SOURCE_READ",
    { path: shown, detail: raw.split("\n")[0].trim() },
    { cause: err, location: { file: shown } }
  );
}

// src/core/sources/json-diagnose.ts
import { isUtf8 as isUtf82 } from "node:buffer";
import { closeSync as closeSync4, openSync as openSync4, readSync as readSync4 } from "node:fs";
var JsonReadProblem = class extends Error {
  problem;
  constructor(problem) {
    super(problem.kind);
    this.problem = problem;
  }
};
function kindOf(v) {
  if (v === null || v === void 0) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}
function isScalarKind(kind) {
  return kind === "string" || kind === "number" || kind === "boolean";
}
function columnKinds(rows2) {
  const columns2 = /* @__PURE__ */ new Map();
  for (const { value, place, floats } of rows2) {
    for (const [name, v] of Object.entries(value)) {
      const found = kindOf(v);
      let c = columns2.get(name);
      if (!c) columns2.set(name, c = { kinds: /* @__PURE__ */ new Set(), fractional: false, wide: false });
      if (found === "null") continue;
      if (found === "number" && !c.fractional) {
        if (!Number.isInteger(v) || (floats?.includes(name) ?? false)) c.fractional = true;
        else if (Math.abs(v) >= 2 ** 63) c.wide = true;
      }
      if (!c.kinds.has(found)) {
        if (c.kinds.size > 0 && !c.conflict)
          c.conflict = { place, value: v, expected: [...c.kinds][0], found };
        c.kinds.add(found);
      }
    }
  }
  return columns2;
}
function showValue(v) {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}
function lineCol(text, pos) {
  let line = 1;
  let last = -1;
  for (let i = 0; i < pos && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: pos - last };
}
function parseAt(text, lineOffset, reviver) {
  try {
    return JSON.parse(text, reviver);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const m = /position (\d+)/.exec(msg);
    const { line, column: column2 } = lineCol(text, m ? Number(m[1]) : text.length);
    const detail = msg.replace(/\s*(in JSON )?at position \d+.*$/, "").replace(/ \(line \d+ column \d+\)/, "");
    throw new JsonReadProblem({ kind: "syntax", line: line + lineOffset, column: column2, detail });
  }
}
function checkUtf8(buf, offset) {
  if (!isUtf82(buf))
    throw new JsonReadProblem({ kind: "encoding", offset: offset + Math.max(0, firstInvalidUtf8(buf)) });
}
var isRow = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function parseJsonArray(buf) {
  checkUtf8(buf, 0);
  let text = buf.toString("utf8");
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  const value = parseAt(text, 0);
  if (isRow(value))
    throw new JsonReadProblem({ kind: "not-array", found: Object.keys(value).slice(0, 5).join(", ") });
  if (!Array.isArray(value) || value.some((x) => x !== null && !isRow(x)))
    throw new JsonReadProblem({
      kind: "shape",
      detail: "a JSON source must be an array of objects, one per row"
    });
  return value.map((x) => x === null ? {} : x);
}
var BLOCK2 = 16 * 1024 * 1024;
function parseLine(line, lineOffset) {
  if (!/\d\.0+(?!\d)|\d[eE]/.test(line)) return { value: parseAt(line, lineOffset), floats: [] };
  const marked = [];
  const value = parseAt(line, lineOffset, function(key, v, context) {
    if (typeof v === "number" && Number.isInteger(v) && /[.eE]/.test(context.source ?? ""))
      marked.push([this, key]);
    return v;
  });
  return { value, floats: marked.filter(([holder]) => holder === value).map(([, key]) => key) };
}
function* ndjsonRows(file) {
  const fd = openSync4(file, "r");
  try {
    let buf = Buffer.alloc(BLOCK2);
    let carry = 0;
    let position = 0;
    let lineNo = 1;
    for (; ; ) {
      if (buf.length - carry < BLOCK2 / 2) {
        const bigger = Buffer.alloc(buf.length * 2);
        buf.copy(bigger, 0, 0, carry);
        buf = bigger;
      }
      const n = readSync4(fd, buf, carry, buf.length - carry, position);
      const data = buf.subarray(0, carry + n);
      const cut = n === 0 ? data.length : data.lastIndexOf(10) + 1;
      if (cut > 0 || n === 0) {
        checkUtf8(data.subarray(0, cut), position - carry);
        let text = data.toString("utf8", 0, cut);
        if (lineNo === 1 && text.charCodeAt(0) === 65279) text = text.slice(1);
        for (const raw of text.split("\n")) {
          const l = raw.trim();
          if (l !== "") {
            const { value, floats } = parseLine(l, lineNo - 1);
            if (!isRow(value))
              throw new JsonReadProblem({
                kind: "syntax",
                line: lineNo,
                column: 1,
                detail: "each NDJSON line must be one JSON object"
              });
            yield { value, place: `line ${lineNo}`, ...floats.length ? { floats } : {} };
          }
          lineNo++;
        }
        lineNo--;
      }
      if (n === 0) return;
      position += n;
      buf.copyWithin(0, cut, data.length);
      carry = data.length - cut;
    }
  } finally {
    closeSync4(fd);
  }
}

// src/core/sources/json-read.ts
var import_nodejs_polars3 = __toESM(require_nodejs_polars(), 1);
import { readFileSync as readFileSync3 } from "node:fs";

// src/core/sources/wide-integers.ts
var import_nodejs_polars2 = __toESM(require_nodejs_polars(), 1);
function readWideIntegersAsText(scan, shown, warnings) {
  let wide;
  return () => {
    const lf = scan();
    if (!wide) {
      wide = wideIntegerColumns(lf);
      for (const column2 of wide) warnings.push(wideIntegerWarning(shown, column2));
    }
    return wide.length ? lf.withColumns(...asText(wide)) : lf;
  };
}
function wideIntegerWarning(shown, column2) {
  return new TruthgateError("TG_SOURCE_WIDE_INTEGER", { path: shown, column: column2 }, { location: { file: shown } });
}
var asText = (columns2) => columns2.map((c) => import_nodejs_polars2.default.col(c).cast(import_nodejs_polars2.default.String));
var PROBE_GROUP = 64;
function wideIntegerColumns(lf) {
  const probe = lf.head(0).collectSync();
  const fits = (columns2) => {
    try {
      void probe.select(...columns2).dtypes;
      return true;
    } catch (err) {
      if (/\bU?Int128\b/.test(err.message)) return false;
      throw err;
    }
  };
  if (fits(probe.columns)) return [];
  const wide = [];
  for (let i = 0; i < probe.columns.length; i += PROBE_GROUP) {
    const group = probe.columns.slice(i, i + PROBE_GROUP);
    if (!fits(group)) wide.push(...group.filter((c) => !fits([c])));
  }
  return wide;
}

// src/core/sources/json-read.ts
function plan(columns2, shown, allText, warnings) {
  const reading = /* @__PURE__ */ new Map();
  for (const [column2, c] of columns2) {
    const kinds2 = [...c.kinds];
    if (kinds2.length === 0) continue;
    if (!kinds2.every(isScalarKind)) {
      if (kinds2.length === 1) continue;
      const x = c.conflict;
      throw new TruthgateError(
        "TG_JSON_TYPE",
        {
          path: shown,
          place: x.place,
          value: showValue(x.value),
          column: column2,
          expected: x.expected,
          found: x.found
        },
        { location: { file: shown, ...lineOf(x.place) } }
      );
    }
    if (kinds2.length > 1) {
      const x = c.conflict;
      warnings.push(
        new TruthgateError(
          "TG_SOURCE_MIXED_TYPES",
          { path: shown, place: x.place, column: column2, expected: x.expected, found: x.found },
          { location: { file: shown, ...lineOf(x.place) } }
        )
      );
      reading.set(column2, "text");
    } else if (allText) reading.set(column2, "text");
    else if (kinds2[0] === "number" && !c.fractional && c.wide) {
      warnings.push(wideIntegerWarning(shown, column2));
      reading.set(column2, "wide");
    } else if (kinds2[0] === "number") reading.set(column2, c.fractional ? import_nodejs_polars3.default.Float64 : import_nodejs_polars3.default.Int64);
    else reading.set(column2, kinds2[0] === "string" ? import_nodejs_polars3.default.String : import_nodejs_polars3.default.Bool);
  }
  return reading;
}
function lineOf(place) {
  const m = /^line (\d+)$/.exec(place);
  return m ? { line: Number(m[1]) } : {};
}
function readJsonArray(file, shown, inferRows, warnings) {
  const buf = readFileSync3(file);
  const rows2 = parseJsonArray(buf);
  const reading = plan(
    columnKinds(rows2.map((value, i) => ({ value, place: `element [${i}]` }))),
    shown,
    inferRows === 0,
    warnings
  );
  const text = [...reading].filter(([, r]) => r === "text").map(([c]) => c);
  let body = buf;
  if (text.length) {
    for (const row of rows2)
      for (const c of text) if (row[c] !== null && row[c] !== void 0) row[c] = String(row[c]);
    body = Buffer.from(JSON.stringify(rows2));
  }
  const df = import_nodejs_polars3.default.readJSON(body, { format: "json", inferSchemaLength: null });
  const wide = [...reading].filter(([, r]) => r === "wide").map(([c]) => c);
  return wide.length ? df.withColumns(...asText(wide)) : df;
}
function scanNdjson(file, shown, inferRows, warnings) {
  const reading = plan(columnKinds(ndjsonRows(file)), shown, inferRows === 0, warnings);
  const overrides = Object.fromEntries(
    [...reading].map(([c, r]) => [c, r === "text" || r === "wide" ? import_nodejs_polars3.default.String : r])
  );
  return import_nodejs_polars3.default.scanJson(file, {
    inferSchemaLength: inferRows ? inferRows : null,
    schemaOverrides: overrides
  });
}

// src/core/sources/open.ts
var HEAD_BYTES = 64 * 1024;
var FULL_INFER_BYTES = 8 * 1024 * 1024;
function openSource(name, spec, opts = {}) {
  if (spec.sql) throw new TruthgateError("TG_SQL_SOURCE_KIND", { source: name });
  const baseDir = opts.baseDir ?? process.cwd();
  const cloud = isCloudPath(spec.path) ? listObjects(spec.path, spec.storage_options ?? {}) : void 0;
  const files = cloud?.uris ?? resolveFiles(spec.path, baseDir);
  const format = spec.format ?? commonFormat(spec.path, files, baseDir);
  const options = spec.options ?? {};
  const shownFiles = files.map((f) => displayPath(f, baseDir));
  const warnings = [];
  const builders = /* @__PURE__ */ new Map();
  const lineRecords = /* @__PURE__ */ new Set();
  const sizes = cloud?.sizes ?? files.map((f, i) => osRead(shownFiles[i], () => statSync2(f).size));
  const total = sizes.reduce((n, s) => n + s, 0);
  const chunked = (format === "csv" || format === "tsv") && !options.skip_rows && total >= chunkThresholdBytes();
  const inPlace = cloud && readsInPlace(cloud, format, spec.path);
  if (cloud && !inPlace) cloud.spool();
  for (const [i, f] of files.entries()) {
    const shown = shownFiles[i];
    builders.set(
      f,
      inPlace ? scanObject(f, format, options, cloud, sizes[i], shown) : osRead(
        shown,
        () => openFile(localFile(f), format, options, shown, warnings, chunked, () => lineRecords.add(f))
      )
    );
  }
  const build2 = (f) => builders.get(f)();
  return {
    name,
    uri: spec.path,
    format,
    files,
    shownFiles,
    spec,
    fingerprint: cloud?.fingerprint ?? osRead(spec.path, () => fingerprintFiles(files)),
    warnings,
    lazy: () => {
      const parts = files.map(build2);
      return parts.length === 1 ? parts[0] : import_nodejs_polars4.default.concat(parts, { how: "diagonalRelaxed" });
    },
    lazyFiles: () => files.map(build2),
    chunked,
    lineRecords
  };
}
function readsInPlace(cloud, format, path) {
  if (format === "parquet") return true;
  if (cloud.objects) return false;
  if (format === "csv" || format === "tsv" || format === "ndjson") return true;
  throw new TruthgateError(
    "TG_OBJECT_UNSUPPORTED",
    {
      path,
      detail: `${format} is read from listed objects only (s3://, gs://, az://); https:// takes Parquet, CSV or NDJSON`
    },
    { location: { file: path } }
  );
}
function scanObject(uri, format, options, cloud, size, shown) {
  if (cloud.objects && size === 0)
    throw new TruthgateError("TG_SOURCE_EMPTY", { path: shown }, { location: { file: shown } });
  const { cloudOptions } = cloud;
  const read = { cloudOptions, glob: !cloud.objects };
  if (format === "ndjson") return () => import_nodejs_polars4.default.scanJson(uri, read);
  return () => scanFile(uri, format, options, read);
}
function osRead(shown, step) {
  try {
    return step();
  } catch (err) {
    const e = err;
    if (err instanceof TruthgateError || typeof e?.code !== "string" || !e.syscall) throw err;
    const reason = e.message.split(",")[0].trim();
    throw new TruthgateError(
      "TG_SOURCE_READ",
      { path: shown, detail: reason },
      { cause: err, location: { file: shown } }
    );
  }
}
function resolveFiles(path, baseDir) {
  if (isDynamicPattern(path)) {
    const matches = globSync(path, { cwd: baseDir, absolute: true, onlyFiles: true }).sort();
    if (matches.length === 0) throw new TruthgateError("TG_SOURCE_NO_MATCH", { path });
    return matches;
  }
  const abs = resolve3(baseDir, path);
  let st;
  try {
    st = statSync2(abs);
  } catch {
    throw new TruthgateError("TG_SOURCE_NOT_FOUND", { path }, { location: { file: path } });
  }
  if (st.isDirectory())
    throw new TruthgateError("TG_SOURCE_IS_DIRECTORY", { path }, { location: { file: path } });
  return [abs];
}
function commonFormat(path, files, baseDir) {
  const first = files[0];
  const format = formatFromPath(first);
  if (!format) throw new TruthgateError("TG_SOURCE_FORMAT", { path: displayPath(first, baseDir) });
  for (const f of files) {
    const other = formatFromPath(f);
    if (other !== format) {
      throw new TruthgateError("TG_SOURCE_MIXED_FORMATS", {
        path,
        first: displayPath(first, baseDir),
        firstFormat: format,
        other: displayPath(f, baseDir),
        otherFormat: other ?? "unknown"
      });
    }
  }
  return format;
}
function readBytes(file, length2) {
  const buf = Buffer.alloc(length2);
  const fd = openSync5(file, "r");
  try {
    readSync5(fd, buf, 0, length2, 0);
  } finally {
    closeSync5(fd);
  }
  return buf;
}
function openFile(file, format, options, shown, warnings, chunked, lineRecords) {
  const size = statSync2(file).size;
  const empty2 = new TruthgateError("TG_SOURCE_EMPTY", { path: shown }, { location: { file: shown } });
  if (size === 0) throw empty2;
  const head = readBytes(file, Math.min(size, HEAD_BYTES));
  const sniffed = sniffBinaryFormat(head);
  if (!isTextual(format)) {
    if (sniffed === format)
      return readWideIntegersAsText(() => scanFile(file, format, options), shown, warnings);
    const what = firstInvalidUtf8(head) < 0 ? "it starts with text, not" : "it lacks";
    throw new TruthgateError(
      "TG_SOURCE_READ",
      { path: shown, detail: `not a ${format} file (${what} the ${format} magic bytes)` },
      { location: { file: shown } }
    );
  }
  if (sniffed !== void 0) {
    throw new TruthgateError("TG_SOURCE_BINARY", { path: shown, format }, { location: { file: shown } });
  }
  if (size <= 4096 && firstInvalidUtf8(head) < 0 && /^[\s\ufeff]*$/.test(head.toString("utf8"))) throw empty2;
  const inferRows = options.infer_schema_length;
  try {
    if (format === "json") {
      const frame = readJsonArray(file, shown, inferRows, warnings);
      return () => frame.lazy();
    }
    if (format === "ndjson") {
      const lazy = scanNdjson(file, shown, inferRows, warnings);
      return () => lazy;
    }
  } catch (err) {
    if (err instanceof JsonReadProblem) throw jsonProblemError(err.problem, shown);
    if (err instanceof TruthgateError) throw err;
    throw explainFileFailure(file, shown, format, options, err);
  }
  const layout = csvLayout(format, options);
  const names = layout.header ? headerNames(head, size, layout, shown) : void 0;
  const rename = names?.some((n) => n.includes(layout.quote)) ? names : void 0;
  let records;
  if (!chunked) {
    const scan = scanCsvFile(file, layout, !options.ragged);
    if (scan.problem) throw csvScanError(scan.problem, shown);
    records = scan.records;
    if (scan.lineRecords) lineRecords();
  }
  const infer = inferRows ?? (records !== void 0 && size <= FULL_INFER_BYTES ? Math.max(records, 1) : 1e4);
  return readWideIntegersAsText(
    () => withNames(scanFile(file, format, { ...options, infer_schema_length: infer }), rename),
    shown,
    warnings
  );
}
function headerNames(head, size, layout, shown) {
  const names = csvHeaderNames(head, layout, head.length < size);
  if (!names) return void 0;
  const seen = /* @__PURE__ */ new Map();
  for (const [i, n] of names.entries()) {
    const first = seen.get(n);
    if (first !== void 0)
      throw new TruthgateError(
        "TG_CSV_DUPLICATE_HEADER",
        { path: shown, column: n, first: first + 1, second: i + 1 },
        { location: { file: shown, line: (layout.skipRows ?? 0) + 1, column: 1 } }
      );
    seen.set(n, i);
  }
  return names;
}
function withNames(lf, names) {
  if (!names) return lf;
  const have = lf.columns;
  const renames = Object.fromEntries(
    have.flatMap((c, i) => names[i] !== void 0 && names[i] !== c ? [[c, names[i]]] : [])
  );
  return Object.keys(renames).length ? lf.rename(renames) : lf;
}
function csvSettings(format, o) {
  const l = csvLayout(format, o);
  return { sep: l.delimiter, quote: l.quote, header: l.header };
}
function scanFile(file, format, o, cloud) {
  switch (format) {
    case "csv":
    case "tsv": {
      const s = csvLayout(format, o);
      return import_nodejs_polars4.default.scanCSV(file, {
        sep: s.delimiter,
        quoteChar: s.quote,
        hasHeader: s.header,
        nullValues: o.null_values,
        skipRows: o.skip_rows ?? 0,
        commentPrefix: o.comment_prefix,
        inferSchemaLength: o.infer_schema_length ?? 1e4,
        truncateRaggedLines: o.ragged ?? false,
        // Paths are already resolved; a `[` in a file name must not turn into a pattern.
        glob: false,
        ...cloud
      });
    }
    case "parquet":
      return import_nodejs_polars4.default.scanParquet(file, { glob: false, ...cloud });
    case "arrow":
      return import_nodejs_polars4.default.scanIPC(file);
  }
}

// node_modules/zod/v4/core/util.js
var util_exports = {};
__export(util_exports, {
  BIGINT_FORMAT_RANGES: () => BIGINT_FORMAT_RANGES,
  CONSTANT_CATCH: () => CONSTANT_CATCH,
  Class: () => Class,
  NUMBER_FORMAT_RANGES: () => NUMBER_FORMAT_RANGES,
  aborted: () => aborted,
  allowsEval: () => allowsEval,
  assert: () => assert,
  assertEqual: () => assertEqual,
  assertIs: () => assertIs,
  assertNever: () => assertNever,
  assertNotEqual: () => assertNotEqual,
  assignProp: () => assignProp,
  attachSchema: () => attachSchema,
  base64ToUint8Array: () => base64ToUint8Array,
  base64urlToUint8Array: () => base64urlToUint8Array,
  cached: () => cached,
  captureStackTrace: () => captureStackTrace,
  cleanEnum: () => cleanEnum,
  cleanRegex: () => cleanRegex,
  clone: () => clone,
  cloneDef: () => cloneDef,
  codePointLength: () => codePointLength,
  constantCatch: () => constantCatch,
  createTransparentProxy: () => createTransparentProxy,
  defineLazy: () => defineLazy,
  defineLazyInternal: () => defineLazyInternal,
  derived: () => derived,
  esc: () => esc,
  escapeRegex: () => escapeRegex,
  explicitlyAborted: () => explicitlyAborted,
  extend: () => extend,
  finalizeIssue: () => finalizeIssue,
  floatSafeRemainder: () => floatSafeRemainder,
  getElementAtPath: () => getElementAtPath,
  getEnumValues: () => getEnumValues,
  getLengthableOrigin: () => getLengthableOrigin,
  getParsedType: () => getParsedType,
  getSizableOrigin: () => getSizableOrigin,
  hexToUint8Array: () => hexToUint8Array,
  hide: () => hide,
  installLazyProp: () => installLazyProp,
  isObject: () => isObject,
  isPlainObject: () => isPlainObject,
  issue: () => issue,
  joinValues: () => joinValues,
  jsonStringifyReplacer: () => jsonStringifyReplacer,
  members: () => members,
  merge: () => merge,
  mergeDefs: () => mergeDefs,
  normalizeParams: () => normalizeParams,
  nullish: () => nullish,
  numKeys: () => numKeys,
  objectClone: () => objectClone,
  omit: () => omit,
  optionalKeys: () => optionalKeys,
  own: () => own,
  parsedType: () => parsedType,
  partial: () => partial,
  pick: () => pick,
  prefixIssues: () => prefixIssues,
  primitiveTypes: () => primitiveTypes,
  promiseAllObject: () => promiseAllObject,
  propertyKeyTypes: () => propertyKeyTypes,
  randomString: () => randomString,
  rawShape: () => rawShape,
  required: () => required,
  safeExtend: () => safeExtend,
  shallowClone: () => shallowClone,
  sizeCaps: () => sizeCaps,
  slugify: () => slugify,
  stringifyPrimitive: () => stringifyPrimitive,
  toZod: () => toZod,
  uint8ArrayToBase64: () => uint8ArrayToBase64,
  uint8ArrayToBase64url: () => uint8ArrayToBase64url,
  uint8ArrayToHex: () => uint8ArrayToHex,
  unwrapMessage: () => unwrapMessage
});
function assertEqual(val) {
  return val;
}
function assertNotEqual(val) {
  return val;
}
function toZod() {
  return (schema) => schema;
}
function assertIs(_arg) {
}
function assertNever(_x) {
  throw new Error("Unexpected value in exhaustive check");
}
function assert(_) {
}
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
  const ratio = val / step;
  const roundedRatio = Math.round(ratio);
  const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
  if (Math.abs(ratio - roundedRatio) < tolerance)
    return 0;
  return ratio - roundedRatio;
}
var EVALUATING = /* @__PURE__ */ Symbol("evaluating");
function defineLazy(object2, key, getter) {
  let value = void 0;
  Object.defineProperty(object2, key, {
    get() {
      if (value === EVALUATING) {
        return void 0;
      }
      if (value === void 0) {
        value = EVALUATING;
        value = getter();
      }
      return value;
    },
    set(v) {
      Object.defineProperty(object2, key, {
        value: v
        // configurable: true,
      });
    },
    configurable: true
  });
}
function objectClone(obj) {
  return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function rawShape(def) {
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
  return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
  Object.defineProperty(target, key, {
    get() {
      const value = getter();
      assignProp(this, key, value);
      return value;
    },
    enumerable: true,
    configurable: true
  });
}
function putProp(target, key, value) {
  if (key in target)
    assignProp(target, key, value);
  else
    target[key] = value;
}
function mirrorShape(target, source, keys, wrap) {
  const raw = sourceShape(source);
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(raw, key);
    if (!desc.enumerable)
      continue;
    if (desc.get) {
      deferProp(target, key, () => {
        const value = source._zod.def.shape[key];
        return wrap ? wrap(value, key) : value;
      });
    } else
      putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
  }
}
function mirrorProps(target, source) {
  for (const key of Reflect.ownKeys(source)) {
    const desc = Object.getOwnPropertyDescriptor(source, key);
    if (!desc.enumerable)
      continue;
    if (desc.get)
      deferProp(target, key, () => source[key]);
    else
      putProp(target, key, desc.value);
  }
}
function mergeDefs(...defs) {
  const mergedDescriptors = {};
  for (const def of defs) {
    const descriptors = Object.getOwnPropertyDescriptors(def);
    Object.assign(mergedDescriptors, descriptors);
  }
  return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
  return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
  if (!path)
    return obj;
  return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
  const keys = Object.keys(promisesObj);
  const promises = keys.map((key) => promisesObj[key]);
  return Promise.all(promises).then((results) => {
    const resolvedObj = {};
    for (let i = 0; i < keys.length; i++) {
      resolvedObj[keys[i]] = results[i];
    }
    return resolvedObj;
  });
}
function randomString(length2 = 10) {
  const chars = "abcdefghijklmnopqrstuvwxyz";
  let str = "";
  for (let i = 0; i < length2; i++) {
    str += chars[Math.floor(Math.random() * chars.length)];
  }
  return str;
}
function esc(str) {
  return JSON.stringify(str);
}
function slugify(input) {
  return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
var allowsEval = /* @__PURE__ */ cached(() => {
  if (globalConfig.jitless) {
    return false;
  }
  if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
    return false;
  }
  try {
    const F = Function;
    new F("");
    return true;
  } catch (_) {
    return false;
  }
});
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
function numKeys(data) {
  let keyCount = 0;
  for (const key in data) {
    if (Object.prototype.hasOwnProperty.call(data, key)) {
      keyCount++;
    }
  }
  return keyCount;
}
var getParsedType = (data) => {
  const t2 = typeof data;
  switch (t2) {
    case "undefined":
      return "undefined";
    case "string":
      return "string";
    case "number":
      return Number.isNaN(data) ? "nan" : "number";
    case "boolean":
      return "boolean";
    case "function":
      return "function";
    case "bigint":
      return "bigint";
    case "symbol":
      return "symbol";
    case "object":
      if (Array.isArray(data)) {
        return "array";
      }
      if (data === null) {
        return "null";
      }
      if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
        return "promise";
      }
      if (typeof Map !== "undefined" && data instanceof Map) {
        return "map";
      }
      if (typeof Set !== "undefined" && data instanceof Set) {
        return "set";
      }
      if (typeof Date !== "undefined" && data instanceof Date) {
        return "date";
      }
      if (typeof File !== "undefined" && data instanceof File) {
        return "file";
      }
      return "object";
    default:
      throw new Error(`Unknown data type: ${t2}`);
  }
};
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
var primitiveTypes = /* @__PURE__ */ new Set([
  "string",
  "number",
  "bigint",
  "boolean",
  "symbol",
  "undefined"
]);
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params2) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params2?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params2 = _params;
  if (!params2)
    return {};
  if (typeof params2 === "string")
    return { error: () => params2 };
  if (params2?.message !== void 0) {
    if (params2?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params2.error = params2.message;
  }
  delete params2.message;
  if (typeof params2.error === "string")
    return { ...params2, error: () => params2.error };
  return params2;
}
function createTransparentProxy(getter) {
  let target;
  return new Proxy({}, {
    get(_, prop, receiver) {
      target ?? (target = getter());
      return Reflect.get(target, prop, receiver);
    },
    set(_, prop, value, receiver) {
      target ?? (target = getter());
      return Reflect.set(target, prop, value, receiver);
    },
    has(_, prop) {
      target ?? (target = getter());
      return Reflect.has(target, prop);
    },
    deleteProperty(_, prop) {
      target ?? (target = getter());
      return Reflect.deleteProperty(target, prop);
    },
    ownKeys(_) {
      target ?? (target = getter());
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(_, prop) {
      target ?? (target = getter());
      return Reflect.getOwnPropertyDescriptor(target, prop);
    },
    defineProperty(_, prop, descriptor) {
      target ?? (target = getter());
      return Reflect.defineProperty(target, prop, descriptor);
    }
  });
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
var BIGINT_FORMAT_RANGES = {
  int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
  uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
};
function pick(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".pick() cannot be used on object schemas containing refinements");
  }
  const newShape = {};
  mirrorShape(newShape, schema, maskedKeys(schema, mask));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function maskedKeys(schema, mask) {
  const raw = sourceShape(schema);
  const keys = [];
  for (const key of Reflect.ownKeys(mask)) {
    if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
      throw new Error(`Unrecognized key: "${String(key)}"`);
    }
    if (mask[key])
      keys.push(key);
  }
  return keys;
}
function omit(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".omit() cannot be used on object schemas containing refinements");
  }
  const omitted = new Set(maskedKeys(schema, mask));
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to extend: expected a plain object");
  }
  const checks = schema._zod.def.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    const existingShape = sourceShape(schema);
    for (const key of Reflect.ownKeys(shape)) {
      if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) {
        throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
      }
    }
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
  mirrorProps(newShape, shape);
  return newShape;
}
function safeExtend(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to safeExtend: expected a plain object");
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
  if (!b?._zod?.def) {
    throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
  }
  if (a._zod.def.checks?.length) {
    throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
  }
  const newShape = {};
  mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
  mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
  const def = mergeDefs(a._zod.def, {
    shape: newShape,
    get catchall() {
      return b._zod.def.catchall;
    },
    checks: b._zod.def.checks ?? []
  });
  return clone(a, def);
}
function partial(Class2, schema, mask, name = "partial") {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
  }
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class2 && ((value, key) => selected && !selected.has(key) ? value : new Class2({ type: "optional", innerType: value })));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class2, schema, mask) {
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => (
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class2({ type: "nonoptional", innerType: value })
  ));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function getSizableOrigin(input) {
  if (input instanceof Set)
    return "set";
  if (input instanceof Map)
    return "map";
  if (input instanceof File)
    return "file";
  return "unknown";
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t2 = typeof data;
  switch (t2) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t2;
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function cleanEnum(obj) {
  return Object.entries(obj).filter(([k, _]) => {
    return Number.isNaN(Number.parseInt(k, 10));
  }).map((el) => el[1]);
}
function base64ToUint8Array(base642) {
  const binaryString = atob(base642);
  const bytes = new Uint8Array(binaryString.length);
  for (let i = 0; i < binaryString.length; i++) {
    bytes[i] = binaryString.charCodeAt(i);
  }
  return bytes;
}
function uint8ArrayToBase64(bytes) {
  let binaryString = "";
  for (let i = 0; i < bytes.length; i++) {
    binaryString += String.fromCharCode(bytes[i]);
  }
  return btoa(binaryString);
}
function base64urlToUint8Array(base64url2) {
  const base642 = base64url2.replace(/-/g, "+").replace(/_/g, "/");
  const padding = "=".repeat((4 - base642.length % 4) % 4);
  return base64ToUint8Array(base642 + padding);
}
function uint8ArrayToBase64url(bytes) {
  return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
  const cleanHex = hex.replace(/^0x/, "");
  if (cleanHex.length % 2 !== 0) {
    throw new Error("Invalid hex string length");
  }
  const bytes = new Uint8Array(cleanHex.length / 2);
  for (let i = 0; i < cleanHex.length; i += 2) {
    bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
  }
  return bytes;
}
function uint8ArrayToHex(bytes) {
  return Array.from(bytes).map((b) => b.toString(16).padStart(2, "0")).join("");
}
var Class = class {
  constructor(..._args) {
  }
};
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
// @__NO_SIDE_EFFECTS__
function derived(computes, table) {
  for (const key in computes) {
    const compute = computes[key];
    Object.defineProperty(table, key, {
      configurable: true,
      enumerable: true,
      get() {
        return own(this, key, compute(this));
      },
      set(value) {
        own(this, key, value);
      }
    });
  }
  return table;
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}
var CONSTANT_CATCH = "~constantCatch";
function constantCatch(value) {
  const fn = () => value;
  fn[CONSTANT_CATCH] = true;
  return fn;
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer3, proto, params2) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer3(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params2?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params2?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params2?.Parent && inst instanceof params2.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
var $ZodEncodeError = class extends Error {
  constructor(name) {
    super(`Encountered unidirectional transform during encode: ${name}`);
    this.name = "ZodEncodeError";
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});
function node(obj, key, make) {
  if (!Object.prototype.hasOwnProperty.call(obj, key)) {
    if (key === "__proto__") {
      Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
    } else {
      obj[key] = make();
    }
  }
  return obj[key];
}
function flattenError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = {};
  const formErrors = [];
  for (const sub of error2.issues) {
    if (sub.path.length > 0) {
      node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
    } else {
      formErrors.push(mapper(sub));
    }
  }
  return { formErrors, fieldErrors };
}
function formatError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = { _errors: [] };
  const processError = (error3, path = []) => {
    for (const issue2 of error3.issues) {
      if (issue2.code === "invalid_union" && issue2.errors.length) {
        issue2.errors.map((issues) => processError({ issues }, [...path, ...issue2.path]));
      } else if (issue2.code === "invalid_key") {
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      } else if (issue2.code === "invalid_element") {
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      } else {
        const fullpath = [...path, ...issue2.path];
        if (fullpath.length === 0) {
          fieldErrors._errors.push(mapper(issue2));
        } else {
          let curr = fieldErrors;
          let i = 0;
          while (i < fullpath.length) {
            const el = fullpath[i];
            const terminal = i === fullpath.length - 1;
            if (el === "_errors") {
              if (terminal)
                curr._errors.push(mapper(issue2));
              i++;
              continue;
            }
            if (!Object.prototype.hasOwnProperty.call(curr, el)) {
              Object.defineProperty(curr, el, {
                value: { _errors: [] },
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
            const node2 = curr[el];
            if (terminal) {
              node2._errors.push(mapper(issue2));
            }
            curr = node2;
            i++;
          }
        }
      }
    }
  };
  processError(error2);
  return fieldErrors;
}

// node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params2) {
  return { callee: params2?.callee ?? callee, Err: params2?.Err };
}
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params2) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params2?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params2?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
var COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
var validate = ((schema, value, _ctx) => {
  const validator = schema._zod.bag.validator;
  if (validator !== void 0) {
    if (validator(value) !== COMPILE_INVALID)
      return true;
    if (validator.definite === true && _ctx === void 0)
      return false;
  }
  return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
  const ctx = _ctx ? { ..._ctx, async: false, abortEarly: true } : { async: false, abortEarly: true };
  const fallbackRun = schema._zod.bag.fallbackRun;
  let result;
  if (fallbackRun) {
    ctx[COMPILE_FALLBACK] = true;
    result = fallbackRun({ value, issues: [] }, ctx);
  } else {
    result = schema._zod.run({ value, issues: [] }, ctx);
  }
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length === 0;
}
var validateAsync = async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true, abortEarly: true } : { async: true, abortEarly: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length === 0;
};
var _encode = (_Err) => {
  const parse2 = _parse(_Err);
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return parse2(schema, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decode = (_Err) => {
  const parse2 = _parse(_Err);
  const fn = (schema, value, _ctx, _params) => {
    return parse2(schema, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _encodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err);
  const fn = async (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return await parseAsync2(schema, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err);
  const fn = async (schema, value, _ctx, _params) => {
    return await parseAsync2(schema, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _safeEncode = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParse(_Err)(schema, value, ctx);
};
var _safeDecode = (_Err) => (schema, value, _ctx) => {
  return _safeParse(_Err)(schema, value, _ctx);
};
var _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParseAsync(_Err)(schema, value, ctx);
};
var _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
  return _safeParseAsync(_Err)(schema, value, _ctx);
};

// node_modules/zod/v4/core/regexes.js
var cuid = /^[cC][0-9a-z]{6,}$/;
var cuid2 = /^[0-9a-z]+$/;
var ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
var xid = /^[0-9a-vA-V]{20}$/;
var ksuid = /^[A-Za-z0-9]{27}$/;
var nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length2) {
  return new RegExp(`^[a-zA-Z0-9_-]{${length2}}$`);
}
var duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
var guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
var uuid = (version2) => {
  if (!version2)
    return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
  return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version2}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
var email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
var _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
  return new RegExp(_emoji, "u");
}
var ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
var ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
var cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
var cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
var base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
var base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
var httpProtocol = /^https?$/;
var e164 = /^\+[1-9]\d{6,14}$/;
var dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
function anchor(source) {
  return new RegExp(`^${source}$`);
}
var date = /* @__PURE__ */ anchor(dateSource);
function timeSource(args) {
  const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
  const regex2 = typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
  return regex2;
}
function time(args) {
  return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
  const opts = ["Z"];
  if (args.offset)
    opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
  const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
  const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
  return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var anyString = /^[\s\S]{0,}$/;
var bigint = /^-?\d+n?$/;
var integer = /^-?\d+$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;
var lowercase = /^[^A-Z]*$/;
var uppercase = /^[^a-z]*$/;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a3;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_big",
      maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMultipleOf = /* @__PURE__ */ $constructor("$ZodCheckMultipleOf", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    if (typeof payload.value !== typeof def.value)
      throw new Error("Cannot mix number and bigint in multiple_of check.");
    const isMultiple = typeof payload.value === "bigint" ? (
      // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
      def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
    ) : floatSafeRemainder(payload.value, def.value) === 0;
    if (isMultiple)
      return;
    payload.issues.push({
      origin: typeof payload.value,
      code: "not_multiple_of",
      divisor: def.value,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  def.format = def.format || "float64";
  const isInt = def.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input = payload.value;
    if (isInt) {
      if (!Number.isInteger(input)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: false,
          input,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input)) {
        if (input > 0) {
          payload.issues.push({
            input,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        } else {
          payload.issues.push({
            input,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        }
        return;
      }
    }
    if (input < minimum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input > maximum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length2 = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
    if (length2 <= def.maximum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length2 = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length2 >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLengthEquals = /* @__PURE__ */ $constructor("$ZodCheckLengthEquals", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length2 = typeof input === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
    if (length2 === def.length)
      return;
    const origin = getLengthableOrigin(input);
    const tooBig = length2 > def.length;
    payload.issues.push({
      origin,
      ...tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length },
      inclusive: true,
      exact: true,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a3, _b;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLowerCase = /* @__PURE__ */ $constructor("$ZodCheckLowerCase", (inst, def) => {
  def.pattern ?? (def.pattern = lowercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckUpperCase = /* @__PURE__ */ $constructor("$ZodCheckUpperCase", (inst, def) => {
  def.pattern ?? (def.pattern = uppercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckIncludes = /* @__PURE__ */ $constructor("$ZodCheckIncludes", (inst, def) => {
  $ZodCheck.init(inst, def);
  const escapedRegex = escapeRegex(def.includes);
  const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
  def.pattern = pattern;
  inst._zod.check = (payload) => {
    if (payload.value.includes(def.includes, def.position))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "includes",
      includes: def.includes,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStartsWith = /* @__PURE__ */ $constructor("$ZodCheckStartsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.startsWith(def.prefix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "starts_with",
      prefix: def.prefix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckEndsWith = /* @__PURE__ */ $constructor("$ZodCheckEndsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.endsWith(def.suffix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "ends_with",
      suffix: def.suffix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    payload.value = def.tx(payload.value);
  };
});

// node_modules/zod/v4/core/doc.js
var Doc = class {
  constructor(args = [], closed = {}) {
    this.content = [];
    this.indent = 0;
    this.args = args;
    this.closed = closed;
  }
  // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
  indented(fn) {
    this.indent += 1;
    try {
      fn(this);
    } finally {
      this.indent -= 1;
    }
  }
  write(arg) {
    if (typeof arg === "function") {
      arg(this, { execution: "sync" });
      arg(this, { execution: "async" });
      return;
    }
    const content = arg;
    const lines = content.split("\n").filter((x) => x);
    const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
    const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
    for (const line of dedented) {
      this.content.push(line);
    }
  }
  compile() {
    const F = Function;
    const content = this?.content ?? [``];
    const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {
${content.join("\n")}
};`);
    return factory(...Object.values(this.closed));
  }
};

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a3;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync2(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync2(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  $ZodString.init(inst, def);
});
var $ZodGUID = /* @__PURE__ */ $constructor("$ZodGUID", (inst, def) => {
  def.pattern ?? (def.pattern = guid);
  $ZodStringFormat.init(inst, def);
});
var $ZodUUID = /* @__PURE__ */ $constructor("$ZodUUID", (inst, def) => {
  if (def.version) {
    const versionMap = {
      v1: 1,
      v2: 2,
      v3: 3,
      v4: 4,
      v5: 5,
      v6: 6,
      v7: 7,
      v8: 8
    };
    const v = versionMap[def.version];
    if (v === void 0)
      throw new Error(`Invalid UUID version: "${def.version}"`);
    def.pattern ?? (def.pattern = uuid(v));
  } else
    def.pattern ?? (def.pattern = uuid());
  $ZodStringFormat.init(inst, def);
});
var $ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def) => {
  def.pattern ?? (def.pattern = email);
  $ZodStringFormat.init(inst, def);
});
var URL_BAD_FORMAT = 1;
var URL_UNPARSEABLE = 2;
function canParseURL(input) {
  try {
    if (typeof URL !== "undefined" && typeof URL.canParse === "function")
      return URL.canParse(input);
    new URL(input);
    return true;
  } catch {
    return false;
  }
}
function validateURL(trimmed, def) {
  if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
    return canParseURL(trimmed) || URL_UNPARSEABLE;
  }
  return parseURLObject(trimmed, def);
}
function parseURLObject(trimmed, def) {
  if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
    return URL_BAD_FORMAT;
  }
  try {
    if (typeof URL !== "undefined") {
      const URLStatic = URL;
      if (typeof URLStatic.parse === "function")
        return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
    }
    return new URL(trimmed);
  } catch {
    return URL_UNPARSEABLE;
  }
}
var asciiTabOrNewline = /[\t\n\r]/g;
function stripTabAndNewline(value) {
  return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url2, hostname) {
  hostname.lastIndex = 0;
  return hostname.test(url2.hostname);
}
function urlProtocolOk(url2, protocol) {
  protocol.lastIndex = 0;
  return protocol.test(url2.protocol.endsWith(":") ? url2.protocol.slice(0, -1) : url2.protocol);
}
var $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    try {
      const trimmed = payload.value.trim();
      const url2 = validateURL(trimmed, def);
      if (url2 === URL_BAD_FORMAT) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid URL format",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url2 === URL_UNPARSEABLE) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url2 === true) {
        payload.value = stripTabAndNewline(trimmed);
        return;
      }
      if (def.hostname && !urlHostnameOk(url2, def.hostname)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid hostname",
          pattern: def.hostname.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      if (def.protocol && !urlProtocolOk(url2, def.protocol)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid protocol",
          pattern: def.protocol.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      payload.value = def.normalize ? url2.href : stripTabAndNewline(trimmed);
      return;
    } catch (_) {
      payload.issues.push({
        code: "invalid_format",
        format: "url",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodEmoji = /* @__PURE__ */ $constructor("$ZodEmoji", (inst, def) => {
  def.pattern ?? (def.pattern = emoji());
  $ZodStringFormat.init(inst, def);
});
var $ZodNanoID = /* @__PURE__ */ $constructor("$ZodNanoID", (inst, def) => {
  if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1))
    throw new Error(`Invalid nanoid length: ${def.length}`);
  def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID = /* @__PURE__ */ $constructor("$ZodCUID", (inst, def) => {
  def.pattern ?? (def.pattern = cuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID2 = /* @__PURE__ */ $constructor("$ZodCUID2", (inst, def) => {
  def.pattern ?? (def.pattern = cuid2);
  $ZodStringFormat.init(inst, def);
});
var $ZodULID = /* @__PURE__ */ $constructor("$ZodULID", (inst, def) => {
  def.pattern ?? (def.pattern = ulid);
  $ZodStringFormat.init(inst, def);
});
var $ZodXID = /* @__PURE__ */ $constructor("$ZodXID", (inst, def) => {
  def.pattern ?? (def.pattern = xid);
  $ZodStringFormat.init(inst, def);
});
var $ZodKSUID = /* @__PURE__ */ $constructor("$ZodKSUID", (inst, def) => {
  def.pattern ?? (def.pattern = ksuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
  def.pattern ?? (def.pattern = datetime(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
  def.pattern ?? (def.pattern = date);
  $ZodStringFormat.init(inst, def);
});
var $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
  def.pattern ?? (def.pattern = time(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
  def.pattern ?? (def.pattern = duration);
  $ZodStringFormat.init(inst, def);
});
var $ZodIPv4 = /* @__PURE__ */ $constructor("$ZodIPv4", (inst, def) => {
  def.pattern ?? (def.pattern = ipv4);
  $ZodStringFormat.init(inst, def);
});
var ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
  if (!ipv6Alphabet.test(value))
    return false;
  return canParseURL(`http://[${value}]`);
}
var $ZodIPv6 = /* @__PURE__ */ $constructor("$ZodIPv6", (inst, def) => {
  def.pattern ?? (def.pattern = ipv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidIPv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "ipv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCIDRv4 = /* @__PURE__ */ $constructor("$ZodCIDRv4", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv4);
  $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
  const parts = value.split("/");
  if (parts.length !== 2)
    return false;
  const [address, prefix] = parts;
  if (!prefix)
    return false;
  const prefixNum = Number(prefix);
  if (`${prefixNum}` !== prefix)
    return false;
  if (prefixNum < 0 || prefixNum > 128)
    return false;
  return isValidIPv6(address);
}
var $ZodCIDRv6 = /* @__PURE__ */ $constructor("$ZodCIDRv6", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidCIDRv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "cidrv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
function isValidBase64(data) {
  if (data === "")
    return true;
  if (/\s/.test(data))
    return false;
  if (data.length % 4 !== 0)
    return false;
  try {
    atob(data);
    return true;
  } catch {
    return false;
  }
}
var base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
var $ZodBase64 = /* @__PURE__ */ $constructor("$ZodBase64", (inst, def) => {
  def.pattern ?? (def.pattern = base64Charset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
  if (!base64urlCharset.test(data))
    return false;
  const base642 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
  const padded = base642.padEnd(Math.ceil(base642.length / 4) * 4, "=");
  return isValidBase64(padded);
}
var $ZodBase64URL = /* @__PURE__ */ $constructor("$ZodBase64URL", (inst, def) => {
  def.pattern ?? (def.pattern = base64urlCharset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64URL(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64url",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodE164 = /* @__PURE__ */ $constructor("$ZodE164", (inst, def) => {
  def.pattern ?? (def.pattern = e164);
  $ZodStringFormat.init(inst, def);
});
function isValidJWT(token, algorithm = null) {
  try {
    const tokensParts = token.split(".");
    if (tokensParts.length !== 3)
      return false;
    const [header] = tokensParts;
    if (!header)
      return false;
    const parsedHeader = JSON.parse(atob(header));
    if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
      return false;
    if (!parsedHeader.alg)
      return false;
    if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
      return false;
    return true;
  } catch {
    return false;
  }
}
var $ZodJWT = /* @__PURE__ */ $constructor("$ZodJWT", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidJWT(payload.value, def.alg))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "jwt",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodBigInt = /* @__PURE__ */ $constructor("$ZodBigInt", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = bigint;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = BigInt(payload.value);
      } catch (_) {
      }
    if (typeof payload.value === "bigint")
      return payload;
    payload.issues.push({
      expected: "bigint",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodDate = /* @__PURE__ */ $constructor("$ZodDate", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce) {
      try {
        payload.value = new Date(payload.value);
      } catch (_err) {
      }
    }
    const input = payload.value;
    const isDate = input instanceof Date;
    const isValidDate = isDate && !Number.isNaN(input.getTime());
    if (isValidDate)
      return payload;
    payload.issues.push({
      expected: "date",
      code: "invalid_type",
      input,
      ...isDate ? { received: "Invalid Date" } : {},
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t2 = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t2 === "never")
        unrecognized.push(key);
      continue;
    }
    if (t2 === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
var $ZodObjectJIT = /* @__PURE__ */ $constructor("$ZodObjectJIT", (inst, def) => {
  $ZodObject.init(inst, def);
  const superParse = inst._zod.parse;
  const _normalized = cached(() => normalizeDef(def));
  const memo2 = globalConfig.memoizer;
  const generateFastpass = (shape) => {
    const normalized = _normalized.value;
    const syms = normalized.symbolKeys;
    const doc = new Doc(["payload", "ctx"], { shape, inst, memo: memo2, syms });
    const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
    const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
    doc.write(`const input = payload.value;`);
    const ids = /* @__PURE__ */ Object.create(null);
    let counter = 0;
    for (const key of normalized.allKeys) {
      ids[key] = `key_${counter++}`;
    }
    doc.write(memo2 ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
    for (const key of normalized.allKeys) {
      if (key === "__proto__")
        continue;
      const id = ids[key];
      const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
      const isPresent = `${k} in input`;
      const schema = shape[key];
      const optin = schema?._zod?.optin;
      const isOptionalIn = optin !== void 0;
      const isOptionalOut = schema?._zod?.optout === "optional";
      doc.write(`const ${id} = ${parseStr(k)};`);
      if (isOptionalIn && isOptionalOut) {
        const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
        doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
      } else if (!isOptionalIn) {
        doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
      } else {
        doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
        if (optin === "defaulted") {
          doc.write(`newResult[${k}] = ${id}.value;`);
        } else {
          doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
        }
      }
    }
    doc.write(`payload.value = newResult;`);
    doc.write(`return payload;`);
    return doc.compile();
  };
  let fastpass;
  const isObject2 = isObject;
  const jit = !globalConfig.jitless;
  const allowsEval2 = allowsEval;
  const fastEnabled = jit && allowsEval2.value;
  const catchall = def.catchall;
  let value;
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
      if (!fastpass)
        fastpass = generateFastpass(def.shape);
      payload = fastpass(payload, ctx);
      if (!catchall)
        return payload;
      return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
    }
    return superParse(payload, ctx);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
var $ZodIntersection = /* @__PURE__ */ $constructor("$ZodIntersection", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    const left = def.left._zod.run({ value: input, issues: [] }, ctx);
    const right = def.right._zod.run({ value: input, issues: [] }, ctx);
    const async = left instanceof Promise || right instanceof Promise;
    if (async) {
      return Promise.all([left, right]).then(([left2, right2]) => {
        return handleIntersectionResults(payload, left2, right2);
      });
    }
    return handleIntersectionResults(payload, left, right);
  };
});
function mergeValues(a, b) {
  if (a === b) {
    return { valid: true, data: a };
  }
  if (a instanceof Date && b instanceof Date && +a === +b) {
    return { valid: true, data: a };
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const bKeys = Object.keys(b);
    const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
    const newObj = { ...a, ...b };
    if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
      delete newObj.__proto__;
    for (const key of sharedKeys) {
      if (key === "__proto__")
        continue;
      const sharedValue = mergeValues(a[key], b[key]);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
        };
      }
      newObj[key] = sharedValue.data;
    }
    return { valid: true, data: newObj };
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      return { valid: false, mergeErrorPath: [] };
    }
    const newArray = [];
    for (let index = 0; index < a.length; index++) {
      const itemA = a[index];
      const itemB = b[index];
      const sharedValue = mergeValues(itemA, itemB);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
        };
      }
      newArray.push(sharedValue.data);
    }
    return { valid: true, data: newArray };
  }
  return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
  const unrecKeys = /* @__PURE__ */ new Map();
  let unrecIssue;
  const keyIssues = /* @__PURE__ */ new Map();
  const collect = (iss, side) => {
    let keys;
    if (iss.code === "unrecognized_keys" && !iss.path?.length) {
      unrecIssue ?? (unrecIssue = iss);
      keys = iss.keys;
    } else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
      const k = String(iss.path[0]);
      if (!keyIssues.has(k))
        keyIssues.set(k, iss);
      keys = [k];
    } else {
      return false;
    }
    for (const k of keys) {
      if (!unrecKeys.has(k))
        unrecKeys.set(k, {});
      unrecKeys.get(k)[side] = true;
    }
    return true;
  };
  for (const iss of left.issues) {
    if (!collect(iss, "l"))
      result.issues.push(iss);
  }
  for (const iss of right.issues) {
    if (!collect(iss, "r"))
      result.issues.push(iss);
  }
  const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
  if (bothKeys.length) {
    const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
    if (aggregated.length)
      result.issues.push({ ...unrecIssue, keys: aggregated });
    for (const k of bothKeys) {
      if (!aggregated.includes(k) && keyIssues.has(k))
        result.issues.push(keyIssues.get(k));
    }
  }
  const merged = mergeValues(left.value, right.value);
  if (!merged.valid) {
    if (aborted(result))
      return result;
    throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
  }
  result.value = merged.data;
  return result;
}
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isPlainObject(input)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
          recordKeys.add(typeof key === "number" ? key.toString() : key);
          if (key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }));
          } else {
            if (result.issues.length) {
              payload.issues.push(...prefixIssues(key, result.issues));
            }
            payload.value[outKey] = result.value;
          }
        }
      }
      let unrecognized;
      for (const key in input) {
        if (!recordKeys.has(key)) {
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input)) {
        if (key === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def.mode === "loose") {
            payload.value[key] = input[key];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }));
        } else {
          if (result.issues.length) {
            payload.issues.push(...prefixIssues(key, result.issues));
          }
          payload.value[outKey] = result.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
  $ZodType.init(inst, def);
  const values = new Set(def.values);
  inst._zod.values = values;
  defineLazyInternal(inst, "pattern", (zod) => {
    const vals = zod.def.values;
    return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (values.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values: def.values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "optional";
  globalConfig.memoizer?.guard(inst);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    const _out = def.transform(payload.value, payload);
    if (ctx.async) {
      const output = _out instanceof Promise ? _out : Promise.resolve(_out);
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    if (_out instanceof Promise) {
      throw new $ZodAsyncError();
    }
    payload.value = _out;
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodExactOptional = /* @__PURE__ */ $constructor("$ZodExactOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
  inst._zod.parse = (payload, ctx) => {
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
      return payload;
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleDefaultResult(result2, def));
    }
    return handleDefaultResult(result, def);
  };
});
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
var $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNonOptional = /* @__PURE__ */ $constructor("$ZodNonOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => {
    const v = zod.def.innerType._zod.values;
    return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleNonOptionalResult(result2, inst));
    }
    return handleNonOptionalResult(result, inst);
  };
});
function handleNonOptionalResult(payload, inst) {
  if (!payload.issues.length && payload.value === void 0) {
    payload.issues.push({
      code: "invalid_type",
      expected: "nonoptional",
      input: payload.value,
      inst
    });
  }
  return payload;
}
function handleCatchResult(payload, result, def, ctx) {
  if (!result.issues.length) {
    payload.value = result.value;
    if (result.memo)
      payload.memo = true;
    return payload;
  }
  payload.value = def.catchValue({
    ...result,
    value: payload.value,
    error: {
      issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config()))
    },
    input: payload.value
  });
  return payload;
}
var $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleCatchResult(payload, result2, def, ctx));
    }
    return handleCatchResult(payload, result, def, ctx);
  };
});
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def.in, ctx));
      }
      return handlePipeResult(right, def.in, ctx);
    }
    const left = def.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def.out, ctx));
    }
    return handlePipeResult(left, def.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodReadonly = /* @__PURE__ */ $constructor("$ZodReadonly", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then(handleReadonlyResult);
    }
    return handleReadonlyResult(result);
  };
});
function handleReadonlyResult(payload) {
  if (!payload.memo)
    payload.value = Object.freeze(payload.value);
  return payload;
}
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def);
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input = payload.value;
    const r = def.fn(input);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input, inst));
    }
    handleRefineResult(r, payload, input, inst);
    return;
  };
});
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}

// node_modules/zod/v4/core/memoizer.js
var $ZodCyclicError = class extends Error {
  constructor() {
    super(`Cannot parse a reference cycle that closes through a transform`);
    this.name = "ZodCyclicError";
  }
};
var STATE = "~memo";
var NO_ISSUES = [];
function isRef(value) {
  return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
  return issues.map((iss) => iss.path ? { ...iss, path: iss.path.slice() } : { ...iss });
}
var recursive = /* @__PURE__ */ new WeakMap();
var NONE = 0;
var ASSUMED = 1;
var PROVEN = 2;
function isRecursive2(inst, stack, resolve6) {
  const cached3 = recursive.get(inst);
  if (cached3 !== void 0)
    return cached3 ? PROVEN : NONE;
  if (stack.has(inst))
    return PROVEN;
  stack.add(inst);
  let result = NONE;
  const check = (child) => {
    if (result !== PROVEN && child?._zod) {
      const answer = isRecursive2(child, stack, resolve6);
      if (answer > result)
        result = answer;
    }
  };
  const shape = (sh, spread) => {
    let answer = NONE;
    for (const key of Reflect.ownKeys(sh)) {
      const desc = Object.getOwnPropertyDescriptor(sh, key);
      if (spread && !desc.enumerable)
        continue;
      const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive2(desc.value, stack, resolve6) : NONE;
      if (child > answer)
        answer = child;
    }
    return answer;
  };
  const merge2 = (answer) => {
    if (answer > result)
      result = answer;
  };
  const def = inst._zod.def;
  const kind = def.type;
  switch (kind) {
    case "object": {
      const raw = rawShape(def);
      merge2(raw ? shape(raw, true) : ASSUMED);
      check(def.catchall);
      break;
    }
    case "array":
      check(def.element);
      break;
    case "tuple":
      for (const el of def.items)
        check(el);
      check(def.rest);
      break;
    case "record":
    case "map":
      check(def.keyType);
      check(def.valueType);
      break;
    case "set":
      check(def.valueType);
      break;
    case "union":
      for (const el of def.options)
        check(el);
      break;
    case "intersection":
      check(def.left);
      check(def.right);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
    case "promise":
    case "success":
      check(def.innerType);
      break;
    case "pipe":
      check(def.in);
      check(def.out);
      break;
    case "function":
      check(def.input);
      check(def.output);
      break;
    // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
    case "lazy": {
      const inner = def._cachedInner ?? (resolve6 ? inst._zod.innerType : void 0);
      merge2(inner ? isRecursive2(inner, stack, false) : ASSUMED);
      break;
    }
    // a leaf by choice: `parts` are regex fragments, not data positions
    case "template_literal":
    // leaves
    case "string":
    case "number":
    case "int":
    case "boolean":
    case "bigint":
    case "symbol":
    case "undefined":
    case "null":
    case "void":
    case "never":
    case "any":
    case "unknown":
    case "date":
    case "nan":
    case "enum":
    case "literal":
    case "file":
    case "transform":
    case "custom":
      break;
    default: {
      kind;
      for (const key in def) {
        const desc = Object.getOwnPropertyDescriptor(def, key);
        if (!desc || desc.get)
          continue;
        const value = desc.value;
        if (!value || typeof value !== "object")
          continue;
        if (value._zod)
          check(value);
        else if (Array.isArray(value))
          for (const el of value)
            check(el);
      }
    }
  }
  stack.delete(inst);
  return settle(inst, result);
}
function settle(inst, answer) {
  if (answer !== ASSUMED)
    recursive.set(inst, answer === PROVEN);
  return answer;
}
function bucketFor(state, inst) {
  let bucket = state.buckets.get(inst);
  if (!bucket) {
    bucket = /* @__PURE__ */ new WeakMap();
    state.buckets.set(inst, bucket);
  }
  return bucket;
}
var handoff;
var open = [];
var memo = {
  alloc(_inst, payload, empty2) {
    const bucket = handoff;
    if (!bucket)
      return empty2;
    handoff = void 0;
    const entry = { value: empty2, issues: null };
    bucket.set(payload.value, entry);
    open.push(entry);
    return empty2;
  },
  guard(inst) {
    var _a3;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
          throw new $ZodCyclicError();
        return base(payload, ctx);
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  },
  attach(inst) {
    var _a3;
    let isRecursiveInst;
    let rechecked = false;
    let lastCtx;
    let lastBucket;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (isRecursiveInst === void 0) {
          const walked = isRecursive2(inst, /* @__PURE__ */ new Set(), false);
          if (walked === NONE) {
            inst._zod.parse = base;
            if (inst._zod.run === wrapped)
              inst._zod.run = base;
            return base(payload, ctx);
          }
          if (walked === PROVEN || rechecked)
            isRecursiveInst = true;
          else
            rechecked = true;
        }
        const input = payload.value;
        if (!isRef(input))
          return base(payload, ctx);
        let state = ctx[STATE];
        if (!state) {
          state = { buckets: /* @__PURE__ */ new WeakMap(), backEdges: void 0 };
          ctx[STATE] = state;
        }
        let bucket;
        if (lastCtx === ctx) {
          bucket = lastBucket;
        } else {
          bucket = bucketFor(state, inst);
          lastCtx = ctx;
          lastBucket = bucket;
        }
        const hit = bucket.get(input);
        if (hit) {
          payload.value = hit.value;
          if (hit.issues) {
            if (hit.issues.length)
              payload.issues.push(...cloneIssues(hit.issues));
          } else {
            payload.memo = true;
            state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
            state.backEdges.add(hit.value);
          }
          return payload;
        }
        handoff = bucket;
        const depth = open.length;
        const result = base(payload, ctx);
        handoff = void 0;
        const entry = open.length > depth ? open.pop() : void 0;
        if (result instanceof Promise) {
          return result.then((r) => {
            if (entry)
              entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
            return r;
          });
        }
        if (entry)
          entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
        return result;
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  }
};
function memoizer() {
  return memo;
}
function isBackEdge(ctx, value) {
  const backEdges = ctx[STATE]?.backEdges;
  return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}

// node_modules/zod/v4/locales/en.js
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type, input) {
    if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
      return String(input);
    }
    return TypeDictionary[type] ?? type;
  }
  return (issue2) => {
    switch (issue2.code) {
      case "invalid_type": {
        const expected = getTypeName(issue2.expected);
        const receivedType = parsedType(issue2.input);
        const received = getTypeName(receivedType, issue2.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue2.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
      case "too_big": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
        const sizing = getSizing(issue2.origin);
        if (sizing)
          return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
        const sizing = getSizing(issue2.origin);
        if (sizing) {
          return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue2;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue2.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue2.origin}`;
      case "invalid_union":
        if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
          const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue2.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue2.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error()
  };
}

// node_modules/zod/v4/core/registries.js
var _a2;
var $ZodRegistry = class {
  constructor() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
  }
  add(schema, ..._meta) {
    const meta2 = _meta[0];
    this._map.set(schema, meta2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.set(meta2.id, schema);
    }
    return this;
  }
  clear() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
    return this;
  }
  remove(schema) {
    const meta2 = this._map.get(schema);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.delete(meta2.id);
    }
    this._map.delete(schema);
    return this;
  }
  get(schema) {
    const p = schema._zod.parent;
    if (p) {
      const pm2 = { ...this.get(p) ?? {} };
      delete pm2.id;
      const f = { ...pm2, ...this._map.get(schema) };
      return Object.keys(f).length ? f : void 0;
    }
    return this._map.get(schema);
  }
  has(schema) {
    return this._map.has(schema);
  }
};
function registry() {
  return new $ZodRegistry();
}
(_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class2, params2) {
  return new Class2(snapshotChecks({ type: "string", ...normalizeParams(params2) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class2, params2) {
  return new Class2(snapshotChecks({ type: "string", coerce: true, ...normalizeParams(params2) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class2, params2) {
  return new Class2({
    type: "string",
    format: "email",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class2, params2) {
  return new Class2({
    type: "string",
    format: "guid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class2, params2) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class2, params2) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v4",
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class2, params2) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v6",
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class2, params2) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v7",
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _url(Class2, params2) {
  return new Class2({
    type: "string",
    format: "url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _emoji2(Class2, params2) {
  return new Class2({
    type: "string",
    format: "emoji",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class2, params2) {
  return new Class2({
    type: "string",
    format: "nanoid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid(Class2, params2) {
  return new Class2({
    type: "string",
    format: "cuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class2, params2) {
  return new Class2({
    type: "string",
    format: "cuid2",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class2, params2) {
  return new Class2({
    type: "string",
    format: "ulid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class2, params2) {
  return new Class2({
    type: "string",
    format: "xid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class2, params2) {
  return new Class2({
    type: "string",
    format: "ksuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class2, params2) {
  return new Class2({
    type: "string",
    format: "ipv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class2, params2) {
  return new Class2({
    type: "string",
    format: "ipv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class2, params2) {
  return new Class2({
    type: "string",
    format: "cidrv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class2, params2) {
  return new Class2({
    type: "string",
    format: "cidrv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class2, params2) {
  return new Class2({
    type: "string",
    format: "base64",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class2, params2) {
  return new Class2({
    type: "string",
    format: "base64url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class2, params2) {
  return new Class2({
    type: "string",
    format: "e164",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class2, params2) {
  return new Class2({
    type: "string",
    format: "jwt",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class2, params2) {
  return new Class2({
    type: "string",
    format: "datetime",
    check: "string_format",
    offset: false,
    local: false,
    precision: null,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class2, params2) {
  return new Class2({
    type: "string",
    format: "date",
    check: "string_format",
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class2, params2) {
  return new Class2({
    type: "string",
    format: "time",
    check: "string_format",
    precision: null,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class2, params2) {
  return new Class2({
    type: "string",
    format: "duration",
    check: "string_format",
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _number(Class2, params2) {
  return new Class2(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params2) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class2, params2) {
  return new Class2(snapshotChecks({ type: "number", coerce: true, checks: [], ...normalizeParams(params2) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class2, params2) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class2, params2) {
  return new Class2({
    type: "boolean",
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class2, params2) {
  return new Class2({
    type: "boolean",
    coerce: true,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class2, params2) {
  return new Class2({
    type: "bigint",
    coerce: true,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class2) {
  return new Class2({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class2, params2) {
  return new Class2({
    type: "never",
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class2, params2) {
  return new Class2({
    type: "date",
    coerce: true,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params2) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params2),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params2) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params2),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params2) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params2),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params2) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params2),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params2) {
  return new $ZodCheckMultipleOf({
    check: "multiple_of",
    ...normalizeParams(params2),
    value
  });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params2) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params2),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params2) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params2),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _length(length2, params2) {
  return new $ZodCheckLengthEquals({
    check: "length_equals",
    ...normalizeParams(params2),
    length: length2
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params2) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params2),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params2) {
  return new $ZodCheckLowerCase({
    check: "string_format",
    format: "lowercase",
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params2) {
  return new $ZodCheckUpperCase({
    check: "string_format",
    format: "uppercase",
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params2) {
  return new $ZodCheckIncludes({
    check: "string_format",
    format: "includes",
    ...normalizeParams(params2),
    includes
  });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params2) {
  return new $ZodCheckStartsWith({
    check: "string_format",
    format: "starts_with",
    ...normalizeParams(params2),
    prefix
  });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params2) {
  return new $ZodCheckEndsWith({
    check: "string_format",
    format: "ends_with",
    ...normalizeParams(params2),
    suffix
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
  return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
  return /* @__PURE__ */ _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class2, element, params2) {
  return new Class2({
    type: "array",
    element,
    // get element() {
    //   return element;
    // },
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class2, fn, _params) {
  const norm = normalizeParams(_params);
  norm.abort ?? (norm.abort = true);
  const schema = new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...norm
  });
  return schema;
}
// @__NO_SIDE_EFFECTS__
function _refine(Class2, fn, _params) {
  const schema = new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params2) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(issue(issue2, payload.value, ch._zod.def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params2);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params2) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params2)
  });
  ch._zod.check = fn;
  return ch;
}

// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
  for (const source of sources) {
    for (const key of Reflect.ownKeys(source)) {
      if (Object.prototype.propertyIsEnumerable.call(source, key)) {
        assignProp(target, key, source[key]);
      }
    }
  }
  return target;
}
function initializeContext(params2) {
  let target = params2?.target ?? "draft-2020-12";
  if (target === "draft-4")
    target = "draft-04";
  if (target === "draft-7")
    target = "draft-07";
  return {
    processors: params2.processors ?? {},
    metadataRegistry: params2?.metadata ?? globalRegistry,
    target,
    unrepresentable: params2?.unrepresentable ?? "throw",
    override: params2?.override ?? (() => {
    }),
    io: params2?.io ?? "output",
    counter: 0,
    seen: /* @__PURE__ */ new Map(),
    sharedDefsExtractedFor: void 0,
    sharedEmitDoneFor: void 0,
    cycles: params2?.cycles ?? "ref",
    reused: params2?.reused ?? "inline",
    intersections: [],
    deferred: [],
    external: params2?.external ?? void 0
  };
}
function handleUnrepresentable(schema, ctx, json, params2, message) {
  const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({ zodSchema: schema, path: params2.path, message }) : ctx.unrepresentable;
  if (result === "any")
    return false;
  if (result === void 0 || result === "throw")
    throw new Error(message);
  Object.assign(json, result);
  return true;
}
function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
  var _a3;
  const def = schema._zod.def;
  const seen = ctx.seen.get(schema);
  if (seen) {
    seen.count++;
    const isCycle = _params.schemaPath.includes(schema);
    if (isCycle) {
      seen.cycle = _params.path;
    }
    return seen.schema;
  }
  const result = { schema: {}, count: 1, cycle: void 0, path: _params.path };
  ctx.seen.set(schema, result);
  ctx.sharedDefsExtractedFor = void 0;
  ctx.sharedEmitDoneFor = void 0;
  const overrideSchema = schema._zod.toJSONSchema?.();
  if (overrideSchema) {
    result.schema = overrideSchema;
  } else {
    const params2 = {
      ..._params,
      schemaPath: [..._params.schemaPath, schema],
      path: _params.path
    };
    if (schema._zod.processJSONSchema) {
      schema._zod.processJSONSchema(ctx, result.schema, params2);
    } else {
      const _json = result.schema;
      const processor = ctx.processors[def.type];
      if (!processor) {
        throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
      }
      processor(schema, ctx, _json, params2);
    }
    const parent = schema._zod.parent;
    if (parent) {
      if (!result.ref)
        result.ref = parent;
      processSchema(parent, ctx, params2);
      ctx.seen.get(parent).isParent = true;
    }
  }
  const meta2 = ctx.metadataRegistry.get(schema);
  if (meta2)
    assignProps(result.schema, meta2);
  if (ctx.io === "input" && isTransforming(schema)) {
    delete result.schema.examples;
    delete result.schema.default;
  }
  if (ctx.io === "input" && "_prefault" in result.schema)
    (_a3 = result.schema).default ?? (_a3.default = result.schema._prefault);
  delete result.schema._prefault;
  const _result = ctx.seen.get(schema);
  return _result.schema;
}
function encodeJSONPointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
    return;
  const idToSchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.entries()) {
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      const existing = idToSchema.get(id);
      if (existing && existing !== entry[0]) {
        throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
      }
      idToSchema.set(id, entry[0]);
    }
  }
  const makeURI = (entry) => {
    const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
    if (ctx.external) {
      const externalId = ctx.external.registry.get(entry[0])?.id;
      const uriGenerator = ctx.external.uri ?? ((id2) => id2);
      if (externalId) {
        return { ref: uriGenerator(externalId) };
      }
      const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
      entry[1].defId = id;
      return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
    }
    const uriPrefix = `#`;
    const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
    if (entry[1] === root && !entry[1].schema.id) {
      return { ref: uriPrefix };
    }
    const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
    return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
  };
  const extractToDef = (entry) => {
    if (entry[1].schema.$ref) {
      return;
    }
    const seen = entry[1];
    const { ref, defId } = makeURI(entry);
    seen.def = { ...seen.schema };
    if (defId)
      seen.defId = defId;
    const schema2 = seen.schema;
    for (const key in schema2) {
      delete schema2[key];
    }
    schema2.$ref = ref;
  };
  if (ctx.cycles === "throw") {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.cycle) {
        throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
      }
    }
  }
  for (const entry of ctx.seen.entries()) {
    const seen = entry[1];
    if (schema === entry[0]) {
      extractToDef(entry);
      continue;
    }
    if (ctx.external) {
      const ext = ctx.external.registry.get(entry[0])?.id;
      if (schema !== entry[0] && ext) {
        extractToDef(entry);
        continue;
      }
    }
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      extractToDef(entry);
      continue;
    }
    if (seen.cycle) {
      extractToDef(entry);
      continue;
    }
    if (seen.count > 1) {
      if (ctx.reused === "ref") {
        extractToDef(entry);
      }
    }
  }
  if (ctx.external)
    ctx.sharedDefsExtractedFor = ctx.external;
}
function compactTypeUnion(schema) {
  const options = schema.anyOf;
  if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0)
    return;
  const types = [];
  for (const option of options) {
    if (!option || typeof option !== "object")
      return;
    compactTypeUnion(option);
    const keys = Object.keys(option);
    if (keys.length !== 1 || keys[0] !== "type")
      return;
    const type = option.type;
    for (const member of Array.isArray(type) ? type : [type]) {
      if (typeof member !== "string")
        return;
      if (!types.includes(member))
        types.push(member);
    }
  }
  delete schema.anyOf;
  schema.type = types.length === 1 ? types[0] : types;
}
var FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]);
var UNION_KEYS = ["oneOf", "anyOf"];
function undeclaredConstraint(member) {
  const extra = member.additionalProperties;
  if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null)
    return null;
  return Object.keys(extra).length ? extra : null;
}
function foldObjects(members2) {
  const objects = [];
  for (const member of members2) {
    if (typeof member !== "object" || member.type !== "object")
      return null;
    for (const key in member) {
      if (!FOLDABLE_KEYS.has(key))
        return null;
    }
    objects.push(member);
  }
  const properties = {};
  const required2 = /* @__PURE__ */ new Set();
  for (const object2 of objects) {
    for (const key in object2.properties) {
      if (Object.prototype.hasOwnProperty.call(properties, key))
        continue;
      const parts = [];
      for (const other of objects) {
        const part = other.properties?.[key] ?? undeclaredConstraint(other);
        if (part === null || part === void 0)
          continue;
        if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
          parts.push(part);
      }
      const merged = parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts };
      assignProp(properties, key, merged);
    }
    for (const key of object2.required ?? [])
      required2.add(key);
  }
  const folded = { type: "object", properties };
  if (required2.size)
    folded.required = [...required2];
  if (objects.every((object2) => object2.additionalProperties === false)) {
    folded.additionalProperties = false;
  } else {
    const constraints = [];
    for (const object2 of objects) {
      const constraint = undeclaredConstraint(object2);
      if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
        constraints.push(constraint);
    }
    if (constraints.length === 1)
      folded.additionalProperties = constraints[0];
    else if (constraints.length > 1)
      folded.additionalProperties = { allOf: constraints };
  }
  return folded;
}
function foldIntersection(json) {
  const allOf = json.allOf;
  if (!Array.isArray(allOf) || allOf.length < 2)
    return;
  for (const key of FOLDABLE_KEYS)
    if (key in json)
      return;
  const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
  let folded = null;
  if (!unions.length) {
    folded = foldObjects(allOf);
  } else {
    const union2 = unions[0];
    const keyword = UNION_KEYS.find((k) => Array.isArray(union2[k]));
    if (Object.keys(union2).length !== 1)
      return;
    const rest = allOf.filter((m) => m !== union2);
    const branches = union2[keyword].map((branch) => foldObjects([...rest, branch]));
    if (branches.some((b) => !b))
      return;
    folded = { [keyword]: branches };
  }
  if (!folded)
    return;
  delete json.allOf;
  assignProps(json, folded);
}
function finalize(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  const flattenRef = (zodSchema) => {
    const seen = ctx.seen.get(zodSchema);
    if (seen.ref === null)
      return;
    const schema2 = seen.def ?? seen.schema;
    const _cached = { ...schema2 };
    const ref = seen.ref;
    seen.ref = null;
    if (ref) {
      flattenRef(ref);
      const refSeen = ctx.seen.get(ref);
      const refSchema = refSeen.schema;
      if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
        schema2.allOf = schema2.allOf ?? [];
        schema2.allOf.push(refSchema);
      } else {
        assignProps(schema2, refSchema);
      }
      assignProps(schema2, _cached);
      const isParentRef = zodSchema._zod.parent === ref;
      if (isParentRef) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (!(key in _cached)) {
            delete schema2[key];
          }
        }
      }
      if (refSchema.$ref && refSeen.def) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (key in refSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(refSeen.def[key])) {
            delete schema2[key];
          }
        }
      }
    }
    const parent = zodSchema._zod.parent;
    if (parent && parent !== ref) {
      flattenRef(parent);
      const parentSeen = ctx.seen.get(parent);
      if (parentSeen?.schema.$ref) {
        schema2.$ref = parentSeen.schema.$ref;
        if (parentSeen.def) {
          for (const key in schema2) {
            if (key === "$ref" || key === "allOf")
              continue;
            if (key in parentSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(parentSeen.def[key])) {
              delete schema2[key];
            }
          }
        }
      }
    }
    ctx.override({
      zodSchema,
      jsonSchema: schema2,
      path: seen.path ?? []
    });
  };
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of [...ctx.seen.entries()].reverse()) {
      flattenRef(entry[0]);
    }
    if (ctx.target !== "openapi-3.0") {
      for (const entry of ctx.seen.entries()) {
        compactTypeUnion(entry[1].def ?? entry[1].schema);
      }
    }
    for (const rewrite of ctx.deferred)
      rewrite();
    if (ctx.intersections.length) {
      const carriers = /* @__PURE__ */ new Map();
      for (const seen of ctx.seen.values()) {
        for (const json of [seen.schema, seen.def]) {
          const allOf = json?.allOf;
          if (!Array.isArray(allOf))
            continue;
          const existing = carriers.get(allOf);
          if (existing)
            existing.push(json);
          else
            carriers.set(allOf, [json]);
        }
      }
      for (const allOf of ctx.intersections) {
        for (const json of carriers.get(allOf) ?? [])
          foldIntersection(json);
      }
    }
  }
  const result = {};
  if (ctx.target === "draft-2020-12") {
    result.$schema = "https://json-schema.org/draft/2020-12/schema";
  } else if (ctx.target === "draft-07") {
    result.$schema = "http://json-schema.org/draft-07/schema#";
  } else if (ctx.target === "draft-04") {
    result.$schema = "http://json-schema.org/draft-04/schema#";
  } else if (ctx.target === "openapi-3.0") {
  } else {
  }
  if (ctx.external?.uri) {
    const id = ctx.external.registry.get(schema)?.id;
    if (!id)
      throw new Error("Schema is missing an `id` property");
    result.$id = ctx.external.uri(id);
  }
  assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
  const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
  if (rootMetaId !== void 0 && result.id === rootMetaId)
    delete result.id;
  const defs = ctx.external?.defs ?? {};
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.def && seen.defId) {
        if (seen.def.id === seen.defId)
          delete seen.def.id;
        assignProp(defs, seen.defId, seen.def);
      }
    }
  }
  if (ctx.external)
    ctx.sharedEmitDoneFor = ctx.external;
  if (ctx.external) {
  } else {
    if (Object.keys(defs).length > 0) {
      if (ctx.target === "draft-2020-12") {
        result.$defs = defs;
      } else {
        result.definitions = defs;
      }
    }
  }
  try {
    const finalized = JSON.parse(JSON.stringify(result));
    Object.defineProperty(finalized, "~standard", {
      value: {
        ...schema["~standard"],
        jsonSchema: {
          input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
          output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
        }
      },
      enumerable: false,
      writable: false
    });
    return finalized;
  } catch (_err) {
    throw new Error("Error converting schema to JSON.");
  }
}
function isTransforming(_schema, _ctx) {
  const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
  if (ctx.seen.has(_schema))
    return false;
  ctx.seen.add(_schema);
  const def = _schema._zod.def;
  if (def.type === "transform")
    return true;
  if (def.type === "array")
    return isTransforming(def.element, ctx);
  if (def.type === "set")
    return isTransforming(def.valueType, ctx);
  if (def.type === "lazy")
    return isTransforming(def.getter(), ctx);
  if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") {
    return isTransforming(def.innerType, ctx);
  }
  if (def.type === "intersection") {
    return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
  }
  if (def.type === "record" || def.type === "map") {
    return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
  }
  if (def.type === "pipe") {
    if (_schema._zod.traits.has("$ZodCodec"))
      return true;
    return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
  }
  if (def.type === "object") {
    for (const key in def.shape) {
      if (isTransforming(def.shape[key], ctx))
        return true;
    }
    return false;
  }
  if (def.type === "union") {
    for (const option of def.options) {
      if (isTransforming(option, ctx))
        return true;
    }
    return false;
  }
  if (def.type === "tuple") {
    for (const item of def.items) {
      if (isTransforming(item, ctx))
        return true;
    }
    if (def.rest && isTransforming(def.rest, ctx))
      return true;
    return false;
  }
  return false;
}
var createToJSONSchemaMethod = (schema, processors = {}) => (params2) => {
  const ctx = initializeContext({ ...params2, processors });
  processSchema(schema, ctx);
  extractDefs(ctx, schema);
  return finalize(ctx, schema);
};
var createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params2) => {
  const { libraryOptions, target } = params2 ?? {};
  const ctx = initializeContext({ ...libraryOptions ?? {}, target, io, processors });
  processSchema(schema, ctx);
  extractDefs(ctx, schema);
  return finalize(ctx, schema);
};

// node_modules/zod/v4/core/json-schema-processors.js
var narrowMin = (agg, key, value) => {
  if (agg[key] === void 0 || value > agg[key])
    agg[key] = value;
};
var narrowMax = (agg, key, value) => {
  if (agg[key] === void 0 || value < agg[key])
    agg[key] = value;
};
var narrowBoth = (agg, value) => {
  narrowMin(agg, "minimum", value);
  narrowMax(agg, "maximum", value);
};
var addDivisor = (agg, value) => {
  agg.multipleOf ?? (agg.multipleOf = []);
  if (!agg.multipleOf.includes(value))
    agg.multipleOf.push(value);
};
var addPattern = (agg, pattern) => {
  agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
  agg.patterns.add(pattern);
};
var intersectMime = (agg, mime) => {
  agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
var setFormat = (agg, format) => {
  agg.format = format;
  if (format.includes("int"))
    agg.isInt = true;
};
var minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
var maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
var formatContributor = (ranges) => (agg, def) => {
  setFormat(agg, def.format);
  const [minimum, maximum] = ranges[def.format];
  narrowMin(agg, "minimum", minimum);
  narrowMax(agg, "maximum", maximum);
};
var contributors = {
  greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
  less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
  multiple_of: (agg, def) => addDivisor(agg, def.value),
  number_format: formatContributor(NUMBER_FORMAT_RANGES),
  bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
  min_length: minContributor,
  max_length: maxContributor,
  length_equals: (agg, def) => narrowBoth(agg, def.length),
  min_size: minContributor,
  max_size: maxContributor,
  size_equals: (agg, def) => narrowBoth(agg, def.size),
  string_format: (agg, def) => {
    setFormat(agg, def.format);
    if (def.pattern)
      addPattern(agg, def.pattern);
    if (def.format === "base64" || def.format === "base64url")
      agg.contentEncoding = def.format;
    if (def.local || def.precision === -1)
      agg.laxFormat = true;
  },
  mime_type: (agg, def) => intersectMime(agg, def.mime)
};
function aggregateChecks(schema) {
  const agg = {};
  const def = schema._zod.def;
  const list = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
  for (const ch of list)
    contributors[ch._zod.def.check]?.(agg, ch._zod.def);
  const bag = schema._zod.bag;
  if (bag.minimum !== void 0)
    narrowMin(agg, "minimum", bag.minimum);
  if (bag.exclusiveMinimum !== void 0)
    narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
  if (bag.maximum !== void 0)
    narrowMax(agg, "maximum", bag.maximum);
  if (bag.exclusiveMaximum !== void 0)
    narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
  if (bag.multipleOf !== void 0)
    addDivisor(agg, bag.multipleOf);
  if (bag.format !== void 0) {
    agg.format ?? (agg.format = bag.format);
    if (bag.format.includes("int"))
      agg.isInt = true;
  }
  if (bag.mime)
    intersectMime(agg, bag.mime);
  for (const pattern of bag.patterns ?? [])
    addPattern(agg, pattern);
  return agg;
}
var formatMap = {
  guid: "uuid",
  url: "uri",
  datetime: "date-time",
  json_string: "json-string",
  regex: ""
  // do not set
};
var exactPatterns = /* @__PURE__ */ new Map([
  [base64Charset, base64],
  [base64urlCharset, base64url]
]);
var exactPattern = (p) => exactPatterns.get(p) ?? p;
var stringProcessor = (schema, ctx, _json, _params) => {
  const json = _json;
  json.type = "string";
  const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json.minLength = minimum;
  if (typeof maximum === "number")
    json.maxLength = maximum;
  if (format) {
    json.format = formatMap[format] ?? format;
    if (json.format === "")
      delete json.format;
    if (format === "time" || laxFormat) {
      delete json.format;
    }
  }
  if (contentEncoding)
    json.contentEncoding = contentEncoding;
  if (patterns && patterns.size > 0) {
    const patternList = [...patterns].map(exactPattern);
    if (patternList.length === 1)
      json.pattern = patternList[0].source;
    else if (patternList.length > 1) {
      json.allOf = [
        ...patternList.map((regex2) => ({
          ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
          pattern: regex2.source
        }))
      ];
    }
  }
};
var numberProcessor = (schema, ctx, _json, params2) => {
  const json = _json;
  const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
  json.type = isInt ? "integer" : "number";
  const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
  const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
  const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
  if (exMin) {
    if (legacy) {
      json.minimum = exclusiveMinimum;
      json.exclusiveMinimum = true;
    } else {
      json.exclusiveMinimum = exclusiveMinimum;
    }
  } else if (typeof minimum === "number") {
    json.minimum = minimum;
  }
  if (exMax) {
    if (legacy) {
      json.maximum = exclusiveMaximum;
      json.exclusiveMaximum = true;
    } else {
      json.exclusiveMaximum = exclusiveMaximum;
    }
  } else if (typeof maximum === "number") {
    json.maximum = maximum;
  }
  if (multipleOf) {
    const divisors = /* @__PURE__ */ new Set();
    for (const divisor of multipleOf) {
      if (Number.isFinite(divisor) && divisor !== 0)
        divisors.add(Math.abs(divisor));
      else
        handleUnrepresentable(schema, ctx, json, params2, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
    }
    const [first, ...rest] = divisors;
    if (first !== void 0)
      json.multipleOf = first;
    if (rest.length)
      json.allOf = [...json.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
  }
};
var booleanProcessor = (_schema, _ctx, json, _params) => {
  json.type = "boolean";
};
var bigintProcessor = (schema, ctx, json, params2) => {
  handleUnrepresentable(schema, ctx, json, params2, "BigInt cannot be represented in JSON Schema");
};
var neverProcessor = (_schema, _ctx, json, _params) => {
  json.not = {};
};
var unknownProcessor = (_schema, _ctx, _json, _params) => {
};
var dateProcessor = (schema, ctx, json, params2) => {
  handleUnrepresentable(schema, ctx, json, params2, "Date cannot be represented in JSON Schema");
};
var enumProcessor = (schema, _ctx, json, _params) => {
  const def = schema._zod.def;
  const values = getEnumValues(def.entries);
  if (values.length === 0) {
    json.not = {};
    return;
  }
  if (values.every((v) => typeof v === "number"))
    json.type = "number";
  if (values.every((v) => typeof v === "string"))
    json.type = "string";
  json.enum = values;
};
var literalProcessor = (schema, ctx, json, params2) => {
  const def = schema._zod.def;
  if (def.values.length === 0) {
    json.not = {};
    return;
  }
  const vals = [];
  for (const val of def.values) {
    if (val === void 0) {
      if (handleUnrepresentable(schema, ctx, json, params2, "Literal `undefined` cannot be represented in JSON Schema"))
        return;
    } else if (typeof val === "bigint") {
      if (handleUnrepresentable(schema, ctx, json, params2, "BigInt literals cannot be represented in JSON Schema"))
        return;
      vals.push(Number(val));
    } else {
      vals.push(val);
    }
  }
  if (vals.length === 0) {
  } else if (vals.length === 1) {
    const val = vals[0];
    json.type = val === null ? "null" : typeof val;
    if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
      json.enum = [val];
    } else {
      json.const = val;
    }
  } else {
    if (vals.every((v) => typeof v === "number"))
      json.type = "number";
    if (vals.every((v) => typeof v === "string"))
      json.type = "string";
    if (vals.every((v) => typeof v === "boolean"))
      json.type = "boolean";
    if (vals.every((v) => v === null))
      json.type = "null";
    json.enum = vals;
  }
};
var customProcessor = (schema, ctx, json, params2) => {
  handleUnrepresentable(schema, ctx, json, params2, "Custom types cannot be represented in JSON Schema");
};
var transformProcessor = (schema, ctx, json, params2) => {
  handleUnrepresentable(schema, ctx, json, params2, "Transforms cannot be represented in JSON Schema");
};
var arrayProcessor = (schema, ctx, _json, params2) => {
  const json = _json;
  const def = schema._zod.def;
  const { minimum, maximum } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json.minItems = minimum;
  if (typeof maximum === "number")
    json.maxItems = maximum;
  json.type = "array";
  json.items = processSchema(def.element, ctx, {
    ...params2,
    path: [...params2.path, "items"]
  });
};
function inputOptin(schema) {
  const def = schema._zod.def;
  if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
    return inputOptin(def.out);
  }
  if (def.type === "catch") {
    return inputOptin(def.innerType);
  }
  return schema._zod.optin;
}
var objectProcessor = (schema, ctx, _json, params2) => {
  const json = _json;
  const def = schema._zod.def;
  const shape = def.shape;
  const symbolKeys = Object.getOwnPropertySymbols(shape);
  if (symbolKeys.length && handleUnrepresentable(schema, ctx, json, params2, "Symbol keys cannot be represented in JSON Schema")) {
    return;
  }
  json.type = "object";
  json.properties = {};
  for (const key in shape) {
    assignProp(json.properties, key, processSchema(shape[key], ctx, {
      ...params2,
      path: [...params2.path, "properties", key]
    }));
  }
  const requiredKeys = [];
  for (const key of Object.keys(shape)) {
    const field = def.shape[key];
    if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) {
      requiredKeys.push(key);
    }
  }
  if (requiredKeys.length > 0) {
    json.required = requiredKeys;
  }
  if (def.catchall?._zod.def.type === "never") {
    json.additionalProperties = false;
  } else if (!def.catchall) {
    if (ctx.io === "output")
      json.additionalProperties = false;
  } else if (def.catchall) {
    json.additionalProperties = processSchema(def.catchall, ctx, {
      ...params2,
      path: [...params2.path, "additionalProperties"]
    });
  }
};
var unionProcessor = (schema, ctx, json, params2) => {
  const def = schema._zod.def;
  const isExclusive = def.inclusive === false;
  const options = def.options.map((x, i) => processSchema(x, ctx, {
    ...params2,
    path: [...params2.path, isExclusive ? "oneOf" : "anyOf", i]
  }));
  if (isExclusive) {
    json.oneOf = options;
  } else {
    json.anyOf = options;
  }
};
var intersectionProcessor = (schema, ctx, json, params2) => {
  const def = schema._zod.def;
  const a = processSchema(def.left, ctx, {
    ...params2,
    path: [...params2.path, "allOf", 0]
  });
  const b = processSchema(def.right, ctx, {
    ...params2,
    path: [...params2.path, "allOf", 1]
  });
  const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
  const allOf = [
    ...isSimpleIntersection(a) ? a.allOf : [a],
    ...isSimpleIntersection(b) ? b.allOf : [b]
  ];
  json.allOf = allOf;
  ctx.intersections.push(allOf);
};
function stringifyKeyNames(bySchema, json, visited) {
  if (json.$ref) {
    if (visited.has(json))
      return json;
    visited.add(json);
    const def = bySchema.get(json)?.def;
    if (!def)
      return json;
    const inlined = stringifyKeyNames(bySchema, def, visited);
    return inlined === def ? json : inlined;
  }
  for (const keyword of ["anyOf", "oneOf"]) {
    const branches = json[keyword];
    if (!Array.isArray(branches))
      continue;
    const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
    if (mapped.some((branch, i) => branch !== branches[i]))
      json = { ...json, [keyword]: mapped };
  }
  const types = Array.isArray(json.type) ? json.type : [json.type];
  const numericType = !types.includes("string") && types.some((t2) => t2 === "number" || t2 === "integer");
  const values = json.enum ?? (json.const !== void 0 ? [json.const] : void 0);
  if (!numericType && !values?.some((v) => typeof v === "number"))
    return json;
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
  if (rest.enum)
    rest.enum = rest.enum.map((v) => typeof v === "number" ? String(v) : v);
  else if (typeof rest.const === "number")
    rest.const = String(rest.const);
  if (!numericType)
    return rest;
  rest.type = "string";
  if (!values)
    rest.pattern = (types.includes("number") ? number : integer).source;
  return rest;
}
var pendingRecords = /* @__PURE__ */ new WeakMap();
function rewriteKeyNames(ctx) {
  const bySchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.values()) {
    if (entry.def && !bySchema.has(entry.schema))
      bySchema.set(entry.schema, entry);
  }
  const rewrites = /* @__PURE__ */ new Map();
  for (const record2 of pendingRecords.get(ctx) ?? []) {
    const seen = ctx.seen.get(record2);
    const names = (seen?.def ?? seen?.schema)?.propertyNames;
    if (!names || names === true || rewrites.has(names))
      continue;
    const rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
    if (rewritten !== names)
      rewrites.set(names, rewritten);
  }
  if (!rewrites.size)
    return;
  for (const entry of ctx.seen.values()) {
    for (const carrier of [entry.schema, entry.def]) {
      const rewritten = carrier && rewrites.get(carrier.propertyNames);
      if (rewritten)
        carrier.propertyNames = rewritten;
    }
  }
}
var recordProcessor = (schema, ctx, _json, params2) => {
  const json = _json;
  const def = schema._zod.def;
  json.type = "object";
  const keyType = def.keyType;
  const patterns = aggregateChecks(keyType).patterns;
  if (def.mode === "loose" && patterns && patterns.size > 0) {
    const valueSchema = processSchema(def.valueType, ctx, {
      ...params2,
      path: [...params2.path, "patternProperties", "*"]
    });
    json.patternProperties = {};
    for (const pattern of patterns) {
      assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
    }
  } else {
    if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
      json.propertyNames = processSchema(def.keyType, ctx, {
        ...params2,
        path: [...params2.path, "propertyNames"]
      });
      let pending = pendingRecords.get(ctx);
      if (!pending) {
        pending = [];
        pendingRecords.set(ctx, pending);
        ctx.deferred.push(() => rewriteKeyNames(ctx));
      }
      pending.push(schema);
    }
    json.additionalProperties = processSchema(def.valueType, ctx, {
      ...params2,
      path: [...params2.path, "additionalProperties"]
    });
  }
  const keyValues = keyType._zod.values;
  const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
  if (keyValues && !def.partial && !omittableOnInput) {
    const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
    if (validKeyValues.length > 0) {
      json.required = validKeyValues.map(String);
    }
  }
};
var nullableProcessor = (schema, ctx, json, params2) => {
  const def = schema._zod.def;
  const inner = processSchema(def.innerType, ctx, params2);
  const seen = ctx.seen.get(schema);
  if (ctx.target === "openapi-3.0") {
    seen.ref = def.innerType;
    json.nullable = true;
  } else {
    json.anyOf = [inner, { type: "null" }];
  }
};
var nonoptionalProcessor = (schema, ctx, _json, params2) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params2);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};
var UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params2) {
  let unrepresentable = false;
  const serialized = JSON.stringify(value, (_, val) => {
    if (typeof val !== "bigint")
      return val;
    unrepresentable = true;
    return null;
  });
  if (!unrepresentable)
    return JSON.parse(serialized);
  handleUnrepresentable(schema, ctx, json, params2, "BigInt defaults cannot be represented in JSON Schema");
  return UNREPRESENTABLE_DEFAULT;
}
var defaultProcessor = (schema, ctx, json, params2) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params2);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params2);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json.default = value;
};
var prefaultProcessor = (schema, ctx, json, params2) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params2);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  if (ctx.io !== "input")
    return;
  const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params2);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json._prefault = value;
};
var catchProcessor = (schema, ctx, json, params2) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params2);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  let catchValue;
  try {
    catchValue = def.catchValue(void 0);
  } catch {
    handleUnrepresentable(schema, ctx, json, params2, "Dynamic catch values are not supported in JSON Schema");
    return;
  }
  json.default = catchValue;
};
var pipeProcessor = (schema, ctx, _json, params2) => {
  const def = schema._zod.def;
  const inIsTransform = def.in._zod.traits.has("$ZodTransform");
  const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
  processSchema(innerType, ctx, params2);
  const seen = ctx.seen.get(schema);
  seen.ref = innerType;
};
var readonlyProcessor = (schema, ctx, json, params2) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params2);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  json.readOnly = true;
};
var optionalProcessor = (schema, ctx, _json, params2) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params2);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};

// node_modules/zod/v4/classic/errors.js
var _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function _lazyMethod(proto, key, make) {
  Object.defineProperty(proto, key, {
    configurable: true,
    enumerable: false,
    get() {
      const value = make(this);
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
    }
  });
}
var initializer2 = (inst, issues) => {
  $ZodError.init(inst, issues);
  inst.name = "ZodError";
  const proto = Object.getPrototypeOf(inst);
  if (_installedErrorProtos.has(proto))
    return;
  _installedErrorProtos.add(proto);
  _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
  _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
  _lazyMethod(proto, "addIssue", (self) => (issue2) => {
    self.issues.push(issue2);
    self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
  });
  _lazyMethod(proto, "addIssues", (self) => (issues2) => {
    self.issues.push(...issues2);
    self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
  });
  Object.defineProperty(proto, "isEmpty", {
    configurable: true,
    enumerable: false,
    get() {
      return this.issues.length === 0;
    }
  });
};
var ZodRealError = /* @__PURE__ */ $constructor("ZodError", initializer2, void 0, {
  Parent: Error
});

// node_modules/zod/v4/classic/parse.js
var parse = /* @__PURE__ */ _parse(ZodRealError);
var parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
var safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
var safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
var encode = /* @__PURE__ */ _encode(ZodRealError);
var decode = /* @__PURE__ */ _decode(ZodRealError);
var encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
var decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
var safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
var safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
var safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
var safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
  if (!globalConfig.localeError)
    config(en_default());
}
function _ensureDefaultMemoizer() {
  if (!globalConfig.memoizer)
    config({ memoizer: memoizer() });
}
var ZodType = /* @__PURE__ */ $constructor("ZodType", (inst, def) => {
  _ensureDefaultLocale();
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
  return inst;
}, {
  check(...chks) {
    const def = this.def;
    return this.clone(util_exports.mergeDefs(def, {
      checks: [
        ...def.checks ?? [],
        ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }), { parent: true });
  },
  with(...chks) {
    return this.check(...chks);
  },
  clone(def, params2) {
    return clone(this, def, params2);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  refine(check, params2) {
    return this.check(refine(check, params2));
  },
  superRefine(refinement, params2) {
    return this.check(superRefine(refinement, params2));
  },
  overwrite(fn) {
    return this.check(_overwrite(fn));
  },
  optional() {
    return optional(this);
  },
  exactOptional() {
    return exactOptional(this);
  },
  nullable() {
    return nullable(this);
  },
  nullish() {
    return optional(nullable(this));
  },
  nonoptional(params2) {
    return nonoptional(this, params2);
  },
  array() {
    return array(this);
  },
  or(arg) {
    return union([this, arg]);
  },
  and(arg) {
    return intersection(this, arg);
  },
  transform(tx) {
    return pipe(this, transform(tx));
  },
  default(d) {
    return _default(this, d);
  },
  prefault(d) {
    return prefault(this, d);
  },
  catch(params2) {
    return _catch(this, params2);
  },
  pipe(target) {
    return pipe(this, target);
  },
  readonly() {
    return readonly(this);
  },
  describe(description) {
    const cl = this.clone();
    globalRegistry.add(cl, { description });
    return cl;
  },
  meta(...args) {
    if (args.length === 0)
      return globalRegistry.get(this);
    const cl = this.clone();
    globalRegistry.add(cl, args[0]);
    return cl;
  },
  isOptional() {
    return this.safeParse(void 0).success;
  },
  isNullable() {
    return this.safeParse(null).success;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  },
  // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
  get "~standard"() {
    return util_exports.hide(this, "~standard", {
      ...standardProps(this),
      jsonSchema: {
        input: createStandardJSONSchemaMethod(this, "input"),
        output: createStandardJSONSchemaMethod(this, "output")
      }
    });
  },
  set "~standard"(value) {
    util_exports.own(this, "~standard", value);
  },
  parse: function _parse2(data, params2) {
    return parse(this, data, params2, { callee: _parse2 });
  },
  parseAsync: async function _parseAsync2(data, params2) {
    return await parseAsync(this, data, params2, { callee: _parseAsync2 });
  },
  safeParse(data, params2) {
    return safeParse(this, data, params2);
  },
  async safeParseAsync(data, params2) {
    return safeParseAsync(this, data, params2);
  },
  // `spa` is an alias: same function object as `safeParseAsync`, as before.
  get spa() {
    return this?.safeParseAsync;
  },
  set spa(value) {
    util_exports.own(this, "spa", value);
  },
  validate(data, params2) {
    return validate(this, data, params2);
  },
  validateAsync(data, params2) {
    return validateAsync(this, data, params2);
  },
  encode: function _encode2(data, params2) {
    return encode(this, data, params2, { callee: _encode2 });
  },
  decode: function _decode2(data, params2) {
    return decode(this, data, params2, { callee: _decode2 });
  },
  encodeAsync: async function _encodeAsync2(data, params2) {
    return await encodeAsync(this, data, params2, { callee: _encodeAsync2 });
  },
  decodeAsync: async function _decodeAsync2(data, params2) {
    return await decodeAsync(this, data, params2, { callee: _decodeAsync2 });
  },
  safeEncode(data, params2) {
    return safeEncode(this, data, params2);
  },
  safeDecode(data, params2) {
    return safeDecode(this, data, params2);
  },
  async safeEncodeAsync(data, params2) {
    return safeEncodeAsync(this, data, params2);
  },
  async safeDecodeAsync(data, params2) {
    return safeDecodeAsync(this, data, params2);
  },
  toJSONSchema(params2) {
    return createToJSONSchemaMethod(this, {})(params2);
  },
  // Reads through to the registry on every access, so it must not cache.
  get description() {
    return globalRegistry.get(this)?.description;
  },
  // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
  get _def() {
    return this._zod.def;
  }
});
var _ZodString = /* @__PURE__ */ $constructor(
  "_ZodString",
  (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params2) => stringProcessor(inst, ctx, json, params2);
  },
  /* @__PURE__ */ util_exports.derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null
  }, {
    regex(...args) {
      return this.check(_regex(...args));
    },
    includes(...args) {
      return this.check(_includes(...args));
    },
    startsWith(...args) {
      return this.check(_startsWith(...args));
    },
    endsWith(...args) {
      return this.check(_endsWith(...args));
    },
    min(...args) {
      return this.check(_minLength(...args));
    },
    max(...args) {
      return this.check(_maxLength(...args));
    },
    length(...args) {
      return this.check(_length(...args));
    },
    nonempty(...args) {
      return this.check(_minLength(1, ...args));
    },
    lowercase(params2) {
      return this.check(_lowercase(params2));
    },
    uppercase(params2) {
      return this.check(_uppercase(params2));
    },
    trim() {
      return this.check(_trim());
    },
    normalize(...args) {
      return this.check(_normalize(...args));
    },
    toLowerCase() {
      return this.check(_toLowerCase());
    },
    toUpperCase() {
      return this.check(_toUpperCase());
    },
    slugify() {
      return this.check(_slugify());
    }
  })
);
var ZodString = /* @__PURE__ */ $constructor("ZodString", (inst, def) => {
  $ZodString.init(inst, def);
  _ZodString.init(inst, def);
}, {
  email(params2) {
    return this.check(_email(ZodEmail, params2));
  },
  url(params2) {
    return this.check(_url(ZodURL, params2));
  },
  jwt(params2) {
    return this.check(_jwt(ZodJWT, params2));
  },
  emoji(params2) {
    return this.check(_emoji2(ZodEmoji, params2));
  },
  guid(params2) {
    return this.check(_guid(ZodGUID, params2));
  },
  uuid(params2) {
    return this.check(_uuid(ZodUUID, params2));
  },
  uuidv4(params2) {
    return this.check(_uuidv4(ZodUUID, params2));
  },
  uuidv6(params2) {
    return this.check(_uuidv6(ZodUUID, params2));
  },
  uuidv7(params2) {
    return this.check(_uuidv7(ZodUUID, params2));
  },
  nanoid(params2) {
    return this.check(_nanoid(ZodNanoID, params2));
  },
  cuid(params2) {
    return this.check(_cuid(ZodCUID, params2));
  },
  cuid2(params2) {
    return this.check(_cuid2(ZodCUID2, params2));
  },
  ulid(params2) {
    return this.check(_ulid(ZodULID, params2));
  },
  base64(params2) {
    return this.check(_base64(ZodBase64, params2));
  },
  base64url(params2) {
    return this.check(_base64url(ZodBase64URL, params2));
  },
  xid(params2) {
    return this.check(_xid(ZodXID, params2));
  },
  ksuid(params2) {
    return this.check(_ksuid(ZodKSUID, params2));
  },
  ipv4(params2) {
    return this.check(_ipv4(ZodIPv4, params2));
  },
  ipv6(params2) {
    return this.check(_ipv6(ZodIPv6, params2));
  },
  cidrv4(params2) {
    return this.check(_cidrv4(ZodCIDRv4, params2));
  },
  cidrv6(params2) {
    return this.check(_cidrv6(ZodCIDRv6, params2));
  },
  e164(params2) {
    return this.check(_e164(ZodE164, params2));
  },
  datetime(params2) {
    return this.check(_isoDateTime(ZodISODateTime, params2));
  },
  date(params2) {
    return this.check(_isoDate(ZodISODate, params2));
  },
  time(params2) {
    return this.check(_isoTime(ZodISOTime, params2));
  },
  duration(params2) {
    return this.check(_isoDuration(ZodISODuration, params2));
  }
});
function string2(params2) {
  return _string(ZodString, params2);
}
var ZodStringFormat = /* @__PURE__ */ $constructor("ZodStringFormat", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  _ZodString.init(inst, def);
});
var ZodISODateTime = /* @__PURE__ */ $constructor("ZodISODateTime", (inst, def) => {
  $ZodISODateTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODate = /* @__PURE__ */ $constructor("ZodISODate", (inst, def) => {
  $ZodISODate.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISOTime = /* @__PURE__ */ $constructor("ZodISOTime", (inst, def) => {
  $ZodISOTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODuration = /* @__PURE__ */ $constructor("ZodISODuration", (inst, def) => {
  $ZodISODuration.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodEmail = /* @__PURE__ */ $constructor("ZodEmail", (inst, def) => {
  $ZodEmail.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodGUID = /* @__PURE__ */ $constructor("ZodGUID", (inst, def) => {
  $ZodGUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodUUID = /* @__PURE__ */ $constructor("ZodUUID", (inst, def) => {
  $ZodUUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodURL = /* @__PURE__ */ $constructor("ZodURL", (inst, def) => {
  $ZodURL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodEmoji = /* @__PURE__ */ $constructor("ZodEmoji", (inst, def) => {
  $ZodEmoji.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodNanoID = /* @__PURE__ */ $constructor("ZodNanoID", (inst, def) => {
  $ZodNanoID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCUID = /* @__PURE__ */ $constructor("ZodCUID", (inst, def) => {
  $ZodCUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCUID2 = /* @__PURE__ */ $constructor("ZodCUID2", (inst, def) => {
  $ZodCUID2.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodULID = /* @__PURE__ */ $constructor("ZodULID", (inst, def) => {
  $ZodULID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodXID = /* @__PURE__ */ $constructor("ZodXID", (inst, def) => {
  $ZodXID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodKSUID = /* @__PURE__ */ $constructor("ZodKSUID", (inst, def) => {
  $ZodKSUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodIPv4 = /* @__PURE__ */ $constructor("ZodIPv4", (inst, def) => {
  $ZodIPv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodIPv6 = /* @__PURE__ */ $constructor("ZodIPv6", (inst, def) => {
  $ZodIPv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCIDRv4 = /* @__PURE__ */ $constructor("ZodCIDRv4", (inst, def) => {
  $ZodCIDRv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCIDRv6 = /* @__PURE__ */ $constructor("ZodCIDRv6", (inst, def) => {
  $ZodCIDRv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodBase64 = /* @__PURE__ */ $constructor("ZodBase64", (inst, def) => {
  $ZodBase64.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodBase64URL = /* @__PURE__ */ $constructor("ZodBase64URL", (inst, def) => {
  $ZodBase64URL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodE164 = /* @__PURE__ */ $constructor("ZodE164", (inst, def) => {
  $ZodE164.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodJWT = /* @__PURE__ */ $constructor("ZodJWT", (inst, def) => {
  $ZodJWT.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodNumber = /* @__PURE__ */ $constructor(
  "ZodNumber",
  (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params2) => numberProcessor(inst, ctx, json, params2);
    inst.isFinite = true;
  },
  /* @__PURE__ */ util_exports.derived({
    minValue: (inst) => {
      const { minimum, exclusiveMinimum } = aggregateChecks(inst);
      return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
      const { maximum, exclusiveMaximum } = aggregateChecks(inst);
      return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
      const { isInt, multipleOf } = aggregateChecks(inst);
      return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null
  }, {
    gt(value, params2) {
      return this.check(_gt(value, params2));
    },
    gte(value, params2) {
      return this.check(_gte(value, params2));
    },
    min(value, params2) {
      return this.check(_gte(value, params2));
    },
    lt(value, params2) {
      return this.check(_lt(value, params2));
    },
    lte(value, params2) {
      return this.check(_lte(value, params2));
    },
    max(value, params2) {
      return this.check(_lte(value, params2));
    },
    int(params2) {
      return this.check(int(params2));
    },
    safe(params2) {
      return this.check(int(params2));
    },
    positive(params2) {
      return this.check(_gt(0, params2));
    },
    nonnegative(params2) {
      return this.check(_gte(0, params2));
    },
    negative(params2) {
      return this.check(_lt(0, params2));
    },
    nonpositive(params2) {
      return this.check(_lte(0, params2));
    },
    multipleOf(value, params2) {
      return this.check(_multipleOf(value, params2));
    },
    step(value, params2) {
      return this.check(_multipleOf(value, params2));
    },
    finite() {
      return this;
    }
  })
);
function number2(params2) {
  return _number(ZodNumber, params2);
}
var ZodNumberFormat = /* @__PURE__ */ $constructor("ZodNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodNumber.init(inst, def);
});
function int(params2) {
  return _int(ZodNumberFormat, params2);
}
var ZodBoolean = /* @__PURE__ */ $constructor("ZodBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => booleanProcessor(inst, ctx, json, params2);
});
function boolean2(params2) {
  return _boolean(ZodBoolean, params2);
}
var ZodBigInt = /* @__PURE__ */ $constructor(
  "ZodBigInt",
  (inst, def) => {
    $ZodBigInt.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params2) => bigintProcessor(inst, ctx, json, params2);
  },
  /* @__PURE__ */ util_exports.derived({
    minValue: (inst) => aggregateChecks(inst).minimum ?? null,
    maxValue: (inst) => aggregateChecks(inst).maximum ?? null,
    format: (inst) => aggregateChecks(inst).format ?? null
  }, {
    gte(value, params2) {
      return this.check(_gte(value, params2));
    },
    min(value, params2) {
      return this.check(_gte(value, params2));
    },
    gt(value, params2) {
      return this.check(_gt(value, params2));
    },
    lt(value, params2) {
      return this.check(_lt(value, params2));
    },
    lte(value, params2) {
      return this.check(_lte(value, params2));
    },
    max(value, params2) {
      return this.check(_lte(value, params2));
    },
    positive(params2) {
      return this.check(_gt(BigInt(0), params2));
    },
    negative(params2) {
      return this.check(_lt(BigInt(0), params2));
    },
    nonpositive(params2) {
      return this.check(_lte(BigInt(0), params2));
    },
    nonnegative(params2) {
      return this.check(_gte(BigInt(0), params2));
    },
    multipleOf(value, params2) {
      return this.check(_multipleOf(value, params2));
    }
  })
);
var ZodUnknown = /* @__PURE__ */ $constructor("ZodUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => unknownProcessor(inst, ctx, json, params2);
});
function unknown() {
  return _unknown(ZodUnknown);
}
var ZodNever = /* @__PURE__ */ $constructor("ZodNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => neverProcessor(inst, ctx, json, params2);
});
function never(params2) {
  return _never(ZodNever, params2);
}
var ZodDate = /* @__PURE__ */ $constructor(
  "ZodDate",
  (inst, def) => {
    $ZodDate.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params2) => dateProcessor(inst, ctx, json, params2);
    inst.min = (value, params2) => inst.check(_gte(value, params2));
    inst.max = (value, params2) => inst.check(_lte(value, params2));
  },
  /* @__PURE__ */ util_exports.derived({
    minDate: (inst) => {
      const { minimum } = aggregateChecks(inst);
      return minimum ? new Date(minimum) : null;
    },
    maxDate: (inst) => {
      const { maximum } = aggregateChecks(inst);
      return maximum ? new Date(maximum) : null;
    }
  }, {})
);
var ZodArray = /* @__PURE__ */ $constructor("ZodArray", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodArray.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => arrayProcessor(inst, ctx, json, params2);
  inst.element = def.element;
}, {
  min(n, params2) {
    return this.check(_minLength(n, params2));
  },
  nonempty(params2) {
    return this.check(_minLength(1, params2));
  },
  max(n, params2) {
    return this.check(_maxLength(n, params2));
  },
  length(n, params2) {
    return this.check(_length(n, params2));
  },
  unwrap() {
    return this.element;
  }
});
function array(element, params2) {
  return _array(ZodArray, element, params2);
}
var ZodObject = /* @__PURE__ */ $constructor("ZodObject", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodObjectJIT.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => objectProcessor(inst, ctx, json, params2);
  util_exports.installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
  keyof() {
    return _enum(Object.keys(this._zod.def.shape));
  },
  catchall(catchall) {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall }));
  },
  passthrough() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  loose() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  strict() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: never() }));
  },
  strip() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: void 0 }));
  },
  extend(incoming) {
    return util_exports.extend(this, incoming);
  },
  safeExtend(incoming) {
    return util_exports.safeExtend(this, incoming);
  },
  merge(other) {
    return util_exports.merge(this, other);
  },
  pick(mask) {
    return util_exports.pick(this, mask);
  },
  omit(mask) {
    return util_exports.omit(this, mask);
  },
  partial(...args) {
    return util_exports.partial(ZodOptional, this, args[0]);
  },
  exactPartial(...args) {
    return util_exports.partial(ZodExactOptional, this, args[0], "exactPartial");
  },
  required(...args) {
    return util_exports.required(ZodNonOptional, this, args[0]);
  }
});
function object(shape, params2) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...util_exports.normalizeParams(params2)
  };
  return new ZodObject(def);
}
var ZodUnion = /* @__PURE__ */ $constructor("ZodUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => unionProcessor(inst, ctx, json, params2);
  inst.options = def.options;
});
function union(options, params2) {
  return new ZodUnion({
    type: "union",
    options,
    ...util_exports.normalizeParams(params2)
  });
}
var ZodIntersection = /* @__PURE__ */ $constructor("ZodIntersection", (inst, def) => {
  $ZodIntersection.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => intersectionProcessor(inst, ctx, json, params2);
});
function intersection(left, right) {
  return new ZodIntersection({
    type: "intersection",
    left,
    right
  });
}
var ZodRecord = /* @__PURE__ */ $constructor("ZodRecord", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodRecord.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => recordProcessor(inst, ctx, json, params2);
  inst.keyType = def.keyType;
  inst.valueType = def.valueType;
});
function record(keyType, valueType, params2) {
  if (!valueType || !valueType._zod) {
    return new ZodRecord({
      type: "record",
      keyType: string2(),
      valueType: keyType,
      ...util_exports.normalizeParams(valueType)
    });
  }
  return new ZodRecord({
    type: "record",
    keyType,
    valueType,
    ...util_exports.normalizeParams(params2)
  });
}
var ZodEnum = /* @__PURE__ */ $constructor("ZodEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => enumProcessor(inst, ctx, json, params2);
  inst.enum = def.entries;
  inst.options = [...inst._zod.values];
  const keys = new Set(Object.keys(def.entries));
  inst.extract = (values, params2) => {
    const newEntries = {};
    for (const value of values) {
      if (keys.has(value)) {
        newEntries[value] = def.entries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params2),
      entries: newEntries
    });
  };
  inst.exclude = (values, params2) => {
    const newEntries = { ...def.entries };
    for (const value of values) {
      if (keys.has(value)) {
        delete newEntries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params2),
      entries: newEntries
    });
  };
});
function _enum(values, params2) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodEnum({
    type: "enum",
    entries,
    ...util_exports.normalizeParams(params2)
  });
}
var ZodLiteral = /* @__PURE__ */ $constructor("ZodLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => literalProcessor(inst, ctx, json, params2);
  inst.values = new Set(def.values);
  Object.defineProperty(inst, "value", {
    get() {
      if (def.values.length > 1) {
        throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
      }
      return def.values[0];
    }
  });
});
function literal(value, params2) {
  return new ZodLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...util_exports.normalizeParams(params2)
  });
}
var ZodTransform = /* @__PURE__ */ $constructor("ZodTransform", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodTransform.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => transformProcessor(inst, ctx, json, params2);
  inst._zod.parse = (payload, _ctx) => {
    if (_ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(util_exports.issue(issue2, payload.value, def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = inst);
        payload.issues.push(util_exports.issue(_issue));
      }
    };
    const output = def.transform(payload.value, payload);
    if (output instanceof Promise) {
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    payload.value = output;
    return payload;
  };
});
function transform(fn) {
  return new ZodTransform({
    type: "transform",
    transform: fn
  });
}
var ZodOptional = /* @__PURE__ */ $constructor("ZodOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => optionalProcessor(inst, ctx, json, params2);
  inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
  return new ZodOptional({
    type: "optional",
    innerType
  });
}
var ZodExactOptional = /* @__PURE__ */ $constructor("ZodExactOptional", (inst, def) => {
  $ZodExactOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => optionalProcessor(inst, ctx, json, params2);
  inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
  return new ZodExactOptional({
    type: "optional",
    innerType
  });
}
var ZodNullable = /* @__PURE__ */ $constructor("ZodNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => nullableProcessor(inst, ctx, json, params2);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
  return new ZodNullable({
    type: "nullable",
    innerType
  });
}
var ZodDefault = /* @__PURE__ */ $constructor("ZodDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => defaultProcessor(inst, ctx, json, params2);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
  return new ZodDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodPrefault = /* @__PURE__ */ $constructor("ZodPrefault", (inst, def) => {
  $ZodPrefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => prefaultProcessor(inst, ctx, json, params2);
  inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
  return new ZodPrefault({
    type: "prefault",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodNonOptional = /* @__PURE__ */ $constructor("ZodNonOptional", (inst, def) => {
  $ZodNonOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => nonoptionalProcessor(inst, ctx, json, params2);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params2) {
  return new ZodNonOptional({
    type: "nonoptional",
    innerType,
    ...util_exports.normalizeParams(params2)
  });
}
var ZodCatch = /* @__PURE__ */ $constructor("ZodCatch", (inst, def) => {
  $ZodCatch.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => catchProcessor(inst, ctx, json, params2);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
  return new ZodCatch({
    type: "catch",
    innerType,
    catchValue: typeof catchValue === "function" ? catchValue : util_exports.constantCatch(catchValue)
  });
}
var ZodPipe = /* @__PURE__ */ $constructor("ZodPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => pipeProcessor(inst, ctx, json, params2);
  inst.in = def.in;
  inst.out = def.out;
});
function pipe(in_, out) {
  return new ZodPipe({
    type: "pipe",
    in: in_,
    out
    // ...util.normalizeParams(params),
  });
}
var ZodReadonly = /* @__PURE__ */ $constructor("ZodReadonly", (inst, def) => {
  $ZodReadonly.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => readonlyProcessor(inst, ctx, json, params2);
  inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
  return new ZodReadonly({
    type: "readonly",
    innerType
  });
}
var ZodCustom = /* @__PURE__ */ $constructor("ZodCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => customProcessor(inst, ctx, json, params2);
});
function custom(fn, _params) {
  return _custom(ZodCustom, fn ?? (() => true), _params);
}
function refine(fn, _params = {}) {
  return _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params2) {
  return _superRefine(fn, params2);
}

// src/core/sources/spec.ts
var formats = ["csv", "tsv", "parquet", "json", "ndjson", "arrow"];
var Format = _enum(formats);
var CsvOptions = object({
  delimiter: string2().length(1).optional().describe("Field separator; default `,` (`\\t` for tsv)"),
  header: boolean2().optional().describe("First line holds column names (default true)"),
  quote: string2().length(1).optional().describe('Quote character (default `"`)'),
  null_values: array(string2()).optional().describe("Strings read as null"),
  skip_rows: number2().int().min(0).optional(),
  comment_prefix: string2().optional(),
  infer_schema_length: number2().int().min(0).optional().describe("Rows used to infer dtypes (0 = all strings)"),
  ragged: boolean2().optional().describe("Pad short rows / truncate long rows instead of failing")
}).strict();
var SourceSpec = object({
  path: string2().min(1).describe(
    "File path or glob, relative to the suite file; or an s3://, gs://, az:// or https:// URI or glob"
  ),
  format: Format.optional().describe("Inferred from the extension when omitted"),
  options: CsvOptions.optional(),
  key: array(string2()).optional().describe("Columns identifying a row; shown with failing samples"),
  sensitive: array(string2()).optional().describe("Columns masked in samples and messages"),
  description: string2().optional(),
  storage_options: record(
    string2().regex(/^(aws|google|azure)_[a-z0-9_]+$/),
    union([string2(), number2(), boolean2()])
  ).optional().describe(
    "Object-store settings (object_store keys such as aws_endpoint_url, azure_client_id, google_skip_signature); use ${ENV} for secrets"
  )
}).strict();
var ConnectionSpec = union([
  string2().min(1),
  object({
    url: string2().min(1).describe("`postgres://user@host:5432/db` or `duckdb:file.duckdb`"),
    password: string2().optional().describe("Password for the URL, e.g. `${PG_PASSWORD}`; needs no percent-encoding here"),
    statement_timeout_seconds: number2().positive().optional().describe("Longest a query may run before it is cancelled (default 300)"),
    connect_timeout_seconds: number2().positive().optional().describe("How long to wait for the server to answer (default 10)")
  }).strict()
]);
var SqlSpec = object({
  connection: string2().min(1).describe("A name under `connections:`, or the env variable TRUTHGATE_CONNECTION_<NAME>"),
  table: string2().min(1).optional().describe("`schema.table` or `table`, quoted as identifiers"),
  query: string2().min(1).optional().describe("A SELECT whose rows are checked, run read-only"),
  timestamp_column: string2().min(1).optional().describe("Its max joins the fingerprint (table and row count), so appended rows change it")
}).strict().refine((s) => s.table === void 0 !== (s.query === void 0), {
  message: "give exactly one of `table` or `query`"
});
var SqlSourceSpec = object({
  sql: SqlSpec,
  key: SourceSpec.shape.key,
  sensitive: SourceSpec.shape.sensitive,
  description: SourceSpec.shape.description
}).strict();
function isSqlSource(spec) {
  return spec.sql !== void 0;
}
function sqlSourceSpec(entry) {
  const { sql: sql2, ...rest } = entry;
  return { ...rest, sql: sql2, path: `sql:${sql2.connection}/${sql2.table ?? "(query)"}` };
}

// src/core/profile/profile.ts
var import_nodejs_polars10 = __toESM(require_nodejs_polars(), 1);

// src/core/toolkit/dtype.ts
function dtypeName(dt) {
  const s = String(dt);
  const m = /^DataType\((.*)\)$/s.exec(s);
  return (m ? m[1] : s).replace(/,\)$/, ")").replace(/\(\s*\)$/, "");
}
function isNumericDtype(name) {
  return /^(U?Int(8|16|32|64|128)|Float(32|64)|Decimal)/.test(name);
}
function isTemporalDtype(name) {
  return /^(Date|Datetime|Time|Duration)/.test(name);
}
function isStringDtype(name) {
  return name === "String" || name === "Utf8" || name.startsWith("Categorical") || name.startsWith("Enum");
}

// src/core/sources/chunk-frames.ts
var import_nodejs_polars5 = __toESM(require_nodejs_polars(), 1);
import { setImmediate } from "node:timers/promises";
async function* chunkFrames(source, schema, { only } = {}) {
  const o = source.spec.options ?? {};
  const layout = csvLayout(source.format, o);
  const fields = !o.ragged;
  let row = 0;
  for (const [fi, f] of source.files.entries()) {
    const file = localFile(f);
    const fail = (p) => {
      throw csvScanError(p, source.shownFiles[fi]);
    };
    const state = newCsvScan();
    let first = true;
    let fileRow = 0;
    for (const buf of csvRecordChunks(file, chunkBytes(), layout.quote)) {
      const df = import_nodejs_polars5.default.readCSV(buf, {
        sep: layout.delimiter,
        quoteChar: layout.quote,
        hasHeader: first && layout.header,
        schema,
        nullValues: o.null_values,
        commentPrefix: o.comment_prefix,
        truncateRaggedLines: o.ragged ?? false,
        // Parsing only the columns the checks read is most of the saving on wide files.
        ...only ? { columns: Object.keys(schema).filter((c) => only.has(c)) } : {}
      });
      first = false;
      yield { frame: df, file: fi, fileRow, row };
      const p = scanCsvBlock(buf, layout, state, fields) ?? (state.open ? finishCsvScan(state, fields) : null);
      if (p) fail(p);
      fileRow += df.height;
      row += df.height;
      await setImmediate();
    }
    if (first) continue;
    if (state.lineRecords) source.lineRecords?.add(f);
    else source.lineRecords?.delete(f);
  }
}

// src/core/version.ts
var VERSION = "0.1.0";

// src/core/profile/columns.ts
var import_nodejs_polars7 = __toESM(require_nodejs_polars(), 1);

// src/core/toolkit/polars-internals.ts
var import_nodejs_polars6 = __toESM(require_nodejs_polars(), 1);
import { createRequire as createRequire2 } from "node:module";

// src/core/toolkit/polars-binding.ts
var POLARS_BINDING_SLOT = Symbol.for("truthgate.nodejs-polars-binding");
var POLARS_BINDING_PATH = "nodejs-polars/bin/internals/polars_internal.js";

// src/core/toolkit/polars-internals.ts
var binding = (globalThis[POLARS_BINDING_SLOT] ?? createRequire2(import.meta.url)(POLARS_BINDING_PATH)).default;
var native = {
  col: (name) => binding.col(name),
  /** A scalar literal; a polars Series gives a literal of its values. */
  lit: (value) => binding.lit(import_nodejs_polars6.default.Series.isSeries(value) ? value.inner() : value),
  len: () => binding.len(),
  allHorizontal: (exprs) => binding.allHorizontal(exprs),
  anyHorizontal: (exprs) => binding.anyHorizontal(exprs),
  struct: (exprs) => binding.asStruct(exprs),
  when: (cond, then, otherwise) => binding.when(cond).then(then).otherwise(otherwise)
};
function rawExpr(e) {
  return e._expr;
}
function wrapExpr(raw) {
  return import_nodejs_polars6.default._Expr(raw);
}
var lightProto = (() => {
  const sample = import_nodejs_polars6.default.lit(0);
  const raw = (self) => rawExpr(self);
  const full = (self) => wrapExpr(raw(self));
  const proto = {};
  for (const key of Reflect.ownKeys(sample)) {
    if (key === "_expr") continue;
    const d = Object.getOwnPropertyDescriptor(sample, key);
    proto[key] = d.get ? {
      get() {
        return full(this)[key];
      }
    } : {
      value(...args) {
        return full(this)[key](...args);
      }
    };
  }
  const printed = {
    value() {
      return raw(this).toString();
    }
  };
  const own2 = {
    [Symbol.toStringTag]: { value: () => "Expr" },
    inner: {
      value() {
        return raw(this);
      }
    },
    toString: printed,
    [Symbol.for("nodejs.util.inspect.custom")]: printed
  };
  return Object.create(Object.prototype, { ...proto, ...own2 });
})();
function lightExpr(raw) {
  const e = Object.create(lightProto);
  e._expr = raw;
  return e;
}
function rawLazyFrame(lf) {
  return lf._ldf;
}

// src/core/profile/semantic.ts
var semanticPatterns = {
  uuid: "^(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
  email: "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$",
  url: "^(?i)(https?|ftp)://[^\\s/?#]+[^\\s]*$",
  ip: "^((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)$|^(?i)[0-9a-f]{0,4}(:[0-9a-f]{0,4}){2,7}$",
  iso_datetime: "^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?$",
  iso_date: "^\\d{4}-\\d{2}-\\d{2}$",
  boolean_like: "^(?i)(true|false|yes|no|y|n|t|f|0|1)$",
  numeric_text: "^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$",
  phone: "^\\+?\\(?\\d{1,4}\\)?([\\s.-]?\\(?\\d{2,5}\\)?){2,5}$"
};
var patternTypes = Object.keys(semanticPatterns);
var PATTERN_SHARE = 0.95;
function classify(x) {
  if (x.count === 0) return { type: null, share: null };
  if (x.kind === "string") {
    for (const t2 of patternTypes) {
      const share = x.shares[t2] ?? 0;
      if (share < PATTERN_SHARE) continue;
      if (t2 === "boolean_like" && x.distinct > 2) continue;
      if (t2 === "phone" && (x.shares.numeric_text ?? 0) >= PATTERN_SHARE) continue;
      return { type: t2, share };
    }
  }
  if (x.kind === "boolean") return { type: "boolean_like", share: null };
  const keyLike = x.distinct === x.count && x.count > 1;
  if ((x.kind === "string" || x.isInteger) && keyLike && (x.meanLength ?? 0) <= 64) {
    return { type: "identifier", share: null };
  }
  const float = x.kind === "numeric" && !x.isInteger;
  if (float ? x.distinct <= FEW_LEVELS : isCategorical(x.distinct, x.count))
    return { type: "categorical", share: null };
  if (x.kind === "string") return { type: "free_text", share: null };
  return { type: null, share: null };
}
var FEW_LEVELS = 20;
function isCategorical(distinct, count) {
  return distinct <= FEW_LEVELS || distinct <= 1e3 && distinct <= count * 0.05;
}

// src/core/profile/columns.ts
function columnInfo(name, dtype2) {
  const kind = dtype2 === "Boolean" || dtype2 === "Bool" ? "boolean" : isNumericDtype(dtype2) ? "numeric" : isTemporalDtype(dtype2) ? "temporal" : isStringDtype(dtype2) ? "string" : "other";
  return { name, dtype: dtype2, kind, isFloat: kind === "numeric" && /^(Float|Decimal)/.test(dtype2) };
}
function planColumn(name, dtype2, c = import_nodejs_polars7.default.col(name)) {
  const info = columnInfo(name, dtype2);
  const plan2 = { ...info, col: c, values: c };
  if (info.kind === "numeric") {
    const asNum = dtype2.startsWith("Decimal") ? c.cast(import_nodejs_polars7.default.Float64) : c;
    const numbers = info.isFloat ? import_nodejs_polars7.default.when(asNum.isFinite()).then(asNum).otherwise(import_nodejs_polars7.default.lit(null)) : c;
    return { ...plan2, numbers };
  }
  if (info.kind === "temporal") return { ...plan2, numbers: epochMs(c, dtype2) };
  if (info.kind === "string") return { ...plan2, values: c.cast(import_nodejs_polars7.default.Utf8) };
  return plan2;
}
var planGroup = (g) => planColumn(g[0].name, g[0].dtype, g.length === 1 ? import_nodejs_polars7.default.col(g[0].name) : import_nodejs_polars7.default.col(g.map((i) => i.name)));
function epochMs(c, dtype2) {
  const phys = c.toPhysical().cast(import_nodejs_polars7.default.Float64);
  if (dtype2 === "Date") return phys.mul(864e5);
  if (dtype2 === "Time") return phys.div(1e6);
  const unit = /\((ns|us|ms)/.exec(dtype2)?.[1] ?? "us";
  return unit === "ms" ? phys : phys.div(unit === "us" ? 1e3 : 1e6);
}
var COUNT = "count";
var countValues = (e, sort = false) => e.valueCounts(sort, false, COUNT);
var isCounted = (kind) => kind === "string" || kind === "boolean";
var columns = (names) => names.length === 1 ? import_nodejs_polars7.default.col(names[0]) : import_nodejs_polars7.default.col(names);
var metric = (k, column2) => `${k}${column2}`;
var STACKED_VARIABLE = "variable";
var STACKED_VALUE = "value";
var stackColumns = (lf, names) => lf.unpivot([], names, { variableName: STACKED_VARIABLE, valueName: STACKED_VALUE });
var shareExprs;
var stackedShares = (stacked) => {
  if (!shareExprs) {
    const value = native.col(STACKED_VALUE);
    shareExprs = {
      variable: lightExpr(native.col(STACKED_VARIABLE)),
      present: lightExpr(value.isNotNull()),
      matches: patternTypes.map(
        (t2) => lightExpr(value.strContains(native.lit(semanticPatterns[t2]), false, true).alias(t2))
      ),
      means: patternTypes.map((t2) => lightExpr(native.col(t2).mean()))
    };
  }
  const { variable, present, matches, means } = shareExprs;
  return stacked.filter(present).select(variable, ...matches).groupBy(variable).agg(...means);
};
function sharesRow(df) {
  const row = {};
  for (const r of df.toRecords())
    for (const t2 of patternTypes) row[metric(`re_${t2}`, String(r[STACKED_VARIABLE]))] = r[t2];
  return row;
}

// src/core/profile/derive.ts
function monotonicity(order) {
  if (!order || order.first === order.last) return { monotonic: "none", monotonicStrict: false };
  if (order.nonDecreasing) return { monotonic: "increasing", monotonicStrict: order.strictlyIncreasing };
  if (order.nonIncreasing) return { monotonic: "decreasing", monotonicStrict: order.strictlyDecreasing };
  return { monotonic: "none", monotonicStrict: false };
}
function temporalRange(p, m) {
  if (p.kind !== "temporal" || !m || !/^(Date|Datetime)/.test(p.dtype)) return null;
  const iso = (ms) => {
    const s = new Date(ms).toISOString();
    return p.dtype === "Date" ? s.slice(0, 10) : s;
  };
  return { min: iso(m.min), max: iso(m.max) };
}
function num(v) {
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof Date) return v.getTime();
  return v === null || v === void 0 ? 0 : Number(v);
}

// src/core/profile/hll.ts
var import_nodejs_polars8 = __toESM(require_nodejs_polars(), 1);
var SEED = [24301, 31249, 39550, 28913];
var KEPT_PER_REGISTER = 32;
function hllSkip(distinct, precision) {
  return Math.max(0, Math.floor(Math.log2(distinct / (KEPT_PER_REGISTER * 2 ** precision))));
}
function hllKeysExpr(values, precision, skip = 0) {
  const hash = values.hash(...SEED);
  const signed = (e) => lightExpr(rawExpr(e).reinterpret(true)).cast(import_nodejs_polars8.default.Int64);
  const int3 = (n) => import_nodejs_polars8.default.lit(n).cast(import_nodejs_polars8.default.Int64);
  const bits = signed(hash);
  const below = skip === 1 ? bits.gtEq(0) : bits.gtEq(0).and(bits.lt(int3(2n ** BigInt(64 - skip))));
  const kept = skip > 0 ? hash.filter(below) : hash;
  const register = signed(kept).and(int3(2n ** BigInt(precision) - 1n));
  const floorLog = kept.cast(import_nodejs_polars8.default.Float64).clip(1.5 * 2 ** (precision - 1), 2 ** 64).log(2).floor();
  return register.mul(64).add(import_nodejs_polars8.default.lit(64).sub(floorLog)).cast(import_nodejs_polars8.default.Int32).unique().implode();
}
function hllFromKeys(keys, precision) {
  const regs = new Uint8Array(2 ** precision);
  for (const k of keys) {
    const n = Number(k);
    const r = Math.floor(n / 64);
    const rank = n % 64;
    if (rank > regs[r]) regs[r] = rank;
  }
  return { precision, registers: Buffer.from(regs).toString("base64") };
}
function mergeHll(states) {
  const precision = states[0].precision;
  const out = new Uint8Array(2 ** precision);
  for (const s of states) {
    if (s.precision !== precision) throw new Error("HyperLogLog precisions differ");
    const regs = Buffer.from(s.registers, "base64");
    for (let i = 0; i < out.length; i++) if (regs[i] > out[i]) out[i] = regs[i];
  }
  return { precision, registers: Buffer.from(out).toString("base64") };
}
function hllEstimate(state) {
  const regs = Buffer.from(state.registers, "base64");
  const m = regs.length;
  const alpha = 0.7213 / (1 + 1.079 / m);
  let sum2 = 0;
  let zeros = 0;
  for (const r of regs) {
    sum2 += 2 ** -r;
    if (r === 0) zeros++;
  }
  const raw = alpha * m * m / sum2;
  if (raw <= 2.5 * m && zeros > 0) return Math.round(m * Math.log(m / zeros));
  return Math.round(raw);
}

// src/core/profile/moments.ts
function mergeMoments(parts) {
  let acc = null;
  for (const b of parts) {
    if (!b || b.n === 0) continue;
    if (!acc) {
      acc = { ...b };
      continue;
    }
    const n = acc.n + b.n;
    const delta = b.mean - acc.mean;
    acc = {
      n,
      mean: acc.mean + delta * b.n / n,
      m2: acc.m2 + b.m2 + delta * delta * acc.n * b.n / n,
      sum: acc.sum + b.sum,
      min: Math.min(acc.min, b.min),
      max: Math.max(acc.max, b.max)
    };
  }
  return acc;
}
function stdOf(m) {
  return m.n < 2 ? null : Math.sqrt(Math.max(m.m2, 0) / (m.n - 1));
}

// src/core/profile/types.ts
var PROFILE_SCHEMA_VERSION = 1;
var semanticTypes = [
  "email",
  "url",
  "uuid",
  "ip",
  "iso_date",
  "iso_datetime",
  "phone",
  "numeric_text",
  "boolean_like",
  "identifier",
  "categorical",
  "free_text"
];
var SemanticType = _enum(semanticTypes);
var columnKinds2 = ["numeric", "temporal", "string", "boolean", "other"];
var ColumnKind = _enum(columnKinds2);
var monotonicities = ["increasing", "decreasing", "none"];
var Monotonicity = _enum(monotonicities);
var namedQuantiles = ["p1", "p5", "p25", "p50", "p75", "p95", "p99"];
var NamedQuantiles = object({
  p1: number2(),
  p5: number2(),
  p25: number2(),
  p50: number2(),
  p75: number2(),
  p95: number2(),
  p99: number2()
});
var QUANTILE_GRID_SIZE = 101;
var Histogram = object({
  edges: array(number2()),
  counts: array(number2()),
  /** True when derived from a merged quantile sketch instead of counted. */
  approximate: boolean2()
});
var NumericSummary = object({
  unit: _enum(["value", "ms"]),
  /** Finite values the statistics are over (NaN and +/-Infinity are in nonFiniteCount). */
  count: number2(),
  nonFiniteCount: number2(),
  min: number2(),
  max: number2(),
  sum: number2(),
  mean: number2(),
  /** Sample standard deviation (ddof 1); null below two values; 0 for a constant column. */
  std: number2().nullable(),
  quantiles: NamedQuantiles,
  /** p0..p100 (101 values), linear interpolation between order statistics. */
  quantileGrid: array(number2()),
  /** True when quantiles come from a merged sketch (see docs/profile.md for the error bound). */
  quantilesApproximate: boolean2(),
  histogram: Histogram
});
var TopValue = object({
  value: union([string2(), number2(), boolean2()]),
  count: number2()
});
function topNumber(n) {
  return Number.isFinite(n) ? n : String(n);
}
var LengthSummary = object({
  min: number2(),
  max: number2(),
  mean: number2()
});
var Moments = object({
  n: number2(),
  mean: number2(),
  /** Sum of squared deviations from the mean (Welford's M2). */
  m2: number2(),
  sum: number2(),
  min: number2(),
  max: number2()
});
var HllState = object({
  precision: number2().int().min(4).max(18),
  /** 2^precision bytes, base64. */
  registers: string2()
});
var QuantileSketch = object({
  n: number2(),
  points: array(number2()),
  exact: boolean2()
});
var OrderState = object({
  first: union([number2(), string2(), boolean2()]),
  last: union([number2(), string2(), boolean2()]),
  nonDecreasing: boolean2(),
  nonIncreasing: boolean2(),
  strictlyIncreasing: boolean2(),
  strictlyDecreasing: boolean2()
});
var ColumnState = object({
  moments: Moments.nullable(),
  lengthMoments: Moments.nullable(),
  /** Present when the exact value counts are not all kept (topValuesComplete false). */
  hll: HllState.nullable(),
  sketch: QuantileSketch.nullable(),
  order: OrderState.nullable()
});
var ColumnProfile = object({
  name: string2(),
  /** Polars dtype name, e.g. "Int64", "String", "Datetime(us)". */
  dtype: string2(),
  kind: ColumnKind,
  /** Non-null values. */
  count: number2(),
  nullCount: number2(),
  nullFraction: number2(),
  distinct: object({
    count: number2(),
    /** True for a HyperLogLog estimate (about 1.6% standard error at precision 12). */
    approximate: boolean2()
  }),
  numeric: NumericSummary.nullable(),
  /** ISO-8601 range of a Date/Datetime column. */
  temporalRange: object({ min: string2(), max: string2() }).nullable(),
  lengths: LengthSummary.nullable(),
  /** Most frequent values, by count desc then value; null when not computed (high-cardinality numbers). */
  topValues: array(TopValue).nullable(),
  /** Non-null values not listed in topValues. */
  otherCount: number2().nullable(),
  /** True when topValues lists every distinct value (so counts merge exactly). */
  topValuesComplete: boolean2(),
  /** True when counts come from merging incomplete lists (lower bounds). */
  topValuesApproximate: boolean2(),
  semanticType: SemanticType.nullable(),
  /** Share of the sampled values matching semanticType's pattern. */
  semanticShare: number2().nullable(),
  /** Non-strict order of the non-null values in row order; `strict` adds no ties. */
  monotonic: Monotonicity,
  monotonicStrict: boolean2(),
  state: ColumnState
});
var ProfileOptions = object({
  /** Distinct values kept with counts (for drift); the display shows the first 10. */
  topK: number2().int().min(1),
  /** Above this many non-null values distinct counts are HyperLogLog estimates. */
  exactDistinctLimit: number2().int().min(0),
  histogramBins: number2().int().min(1),
  /** Non-null values per column sampled (from the head) to infer semantic types. */
  sampleSize: number2().int().min(1),
  sketchSize: number2().int().min(3),
  hllPrecision: number2().int().min(4).max(18)
});
var Profile = object({
  schemaVersion: literal(PROFILE_SCHEMA_VERSION),
  tool: object({ name: string2(), version: string2() }),
  createdAt: string2(),
  source: object({
    name: string2(),
    uri: string2(),
    format: string2(),
    files: number2(),
    fingerprint: string2()
  }),
  /** Profiles merged into this one (1 for a direct profile). */
  parts: number2(),
  options: ProfileOptions,
  table: object({
    rows: number2(),
    columns: number2(),
    /** Rows equal to an earlier row. After a merge: the sum over parts, a lower bound. */
    duplicateRows: number2(),
    duplicateRowsApproximate: boolean2()
  }),
  columns: array(ColumnProfile),
  durationMs: number2()
});
function parseProfile(data, path = "<profile>") {
  const version2 = data?.schemaVersion;
  if (typeof version2 === "number" && version2 > PROFILE_SCHEMA_VERSION) {
    throw new TruthgateError("TG_PROFILE_VERSION", {
      path,
      found: version2,
      supported: PROFILE_SCHEMA_VERSION
    });
  }
  const parsed = Profile.safeParse(data);
  if (!parsed.success) {
    const issue2 = parsed.error.issues[0];
    throw new TruthgateError("TG_PROFILE_INVALID", {
      path,
      detail: `${issue2.path.join(".") || "(root)"}: ${issue2.message}`
    });
  }
  return parsed.data;
}

// src/core/profile/sketch.ts
function sketchRanks(n, size) {
  if (n <= size) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: size }, (_, j) => Math.round(j * (n - 1) / (size - 1)));
}
function gridRanks(n) {
  const out = [];
  for (let i = 0; i < QUANTILE_GRID_SIZE; i++) {
    const pos = i / (QUANTILE_GRID_SIZE - 1) * (n - 1);
    out.push(Math.floor(pos), Math.ceil(pos));
  }
  return out;
}
function gridFromOrderStats(n, at) {
  return Array.from({ length: QUANTILE_GRID_SIZE }, (_, i) => {
    const pos = i / (QUANTILE_GRID_SIZE - 1) * (n - 1);
    const lo = Math.floor(pos);
    const a = at(lo);
    return pos === lo ? a : a + (at(Math.ceil(pos)) - a) * (pos - lo);
  });
}
function namedFromGrid(grid) {
  return Object.fromEntries(namedQuantiles.map((q) => [q, grid[Number(q.slice(1))]]));
}
function atoms(s) {
  const ranks = sketchRanks(s.n, s.points.length);
  return s.points.map((value, j) => {
    const lo = j === 0 ? -0.5 : (ranks[j - 1] + ranks[j]) / 2;
    const hi = j === ranks.length - 1 ? s.n - 0.5 : (ranks[j] + ranks[j + 1]) / 2;
    return { value, weight: hi - lo };
  });
}
function atRank(sorted, centers, t2) {
  if (t2 <= centers[0]) return sorted[0].value;
  const last = sorted.length - 1;
  if (t2 >= centers[last]) return sorted[last].value;
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = lo + hi >> 1;
    if (centers[mid] <= t2) lo = mid;
    else hi = mid;
  }
  const span = centers[hi] - centers[lo];
  const a = sorted[lo].value;
  return span === 0 ? a : a + (sorted[hi].value - a) * ((t2 - centers[lo]) / span);
}
function mergeSketches(parts, size) {
  const all2 = parts.filter((p) => p.n > 0);
  const sorted = all2.flatMap(atoms).sort((a, b) => a.value - b.value);
  const centers = [];
  let cum = 0;
  for (const a of sorted) {
    centers.push(cum + (a.weight - 1) / 2);
    cum += a.weight;
  }
  const n = all2.reduce((s, p) => s + p.n, 0);
  const exact = all2.every((p) => p.exact);
  const at = (rank) => atRank(sorted, centers, rank);
  const sketch = exact && n <= size ? { n, points: sorted.map((a) => a.value), exact: true } : { n, points: sketchRanks(n, size).map(at), exact: false };
  return {
    sketch,
    grid: n === 0 ? [] : gridFromOrderStats(n, at),
    histogram(edges) {
      const counts = new Array(Math.max(edges.length - 1, 0)).fill(0);
      for (const a of sorted) {
        const bin = binOf(a.value, edges);
        if (bin >= 0) counts[bin] += a.weight;
      }
      return { edges, counts: counts.map((c) => Math.round(c)), approximate: !exact };
    }
  };
}
function histogramEdges(min, max, bins) {
  if (!(max > min)) return [min, max];
  return Array.from({ length: bins + 1 }, (_, i) => i === bins ? max : min + (max - min) * i / bins);
}
function binOf(v, edges) {
  const bins = edges.length - 1;
  if (bins < 1 || v < edges[0] || v > edges[bins]) return -1;
  if (bins === 1 || edges[bins] === edges[0]) return 0;
  const b = Math.floor((v - edges[0]) / (edges[bins] - edges[0]) * bins);
  return Math.min(Math.max(b, 0), bins - 1);
}

// src/core/profile/merge.ts
function mergeProfiles(parts) {
  if (parts.length === 0) throw new Error("mergeProfiles needs at least one profile");
  if (parts.length === 1) return parts[0];
  const first = parts[0];
  const names = [];
  for (const p of parts) for (const c of p.columns) if (!names.includes(c.name)) names.push(c.name);
  const rows2 = parts.reduce((s, p) => s + p.table.rows, 0);
  const columns2 = names.map(
    (name) => mergeColumn(
      parts.map((p) => ({ rows: p.table.rows, column: p.columns.find((c) => c.name === name) })),
      first.options
    )
  );
  return {
    schemaVersion: PROFILE_SCHEMA_VERSION,
    tool: { name: "truthgate", version: VERSION },
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    source: first.source,
    parts: parts.reduce((s, p) => s + p.parts, 0),
    options: first.options,
    table: {
      rows: rows2,
      columns: names.length,
      duplicateRows: parts.reduce((s, p) => s + p.table.duplicateRows, 0),
      duplicateRowsApproximate: true
    },
    columns: columns2,
    durationMs: parts.reduce((s, p) => s + p.durationMs, 0)
  };
}
function mergeColumn(parts, options) {
  const present = parts.map((p) => p.column).filter((c) => c !== void 0);
  const base = present[0];
  const count = sum(present.map((c) => c.count));
  const nullCount = parts.reduce((s, p) => s + (p.column ? p.column.nullCount : p.rows), 0);
  const top = mergeTop(present, options.topK);
  const moments = mergeMoments(present.map((c) => c.state.moments));
  const lengthMoments = mergeMoments(present.map((c) => c.state.lengthMoments));
  const hlls = present.flatMap((c) => c.state.hll ? [c.state.hll] : []);
  const hll = hlls.length > 0 ? mergeHll(hlls) : null;
  const order = mergeOrder(present.map((c) => c.state.order));
  const numeric2 = moments ? mergeNumeric(present, moments, options) : null;
  const semantic = mergeSemantic(present);
  return {
    name: base.name,
    dtype: base.dtype,
    kind: base.kind,
    count,
    nullCount,
    nullFraction: count + nullCount === 0 ? 0 : nullCount / (count + nullCount),
    distinct: mergeDistinct(present, top, hll),
    numeric: numeric2,
    temporalRange: temporalRange(base, moments),
    lengths: lengthMoments ? { min: lengthMoments.min, max: lengthMoments.max, mean: lengthMoments.mean } : null,
    topValues: top?.values ?? null,
    otherCount: top ? count - sum(top.values.map((t2) => t2.count)) : null,
    topValuesComplete: top?.complete ?? false,
    topValuesApproximate: top ? !top.exact : false,
    semanticType: semantic.type,
    semanticShare: semantic.share,
    ...monotonicity(order),
    state: {
      moments,
      lengthMoments,
      hll,
      sketch: numeric2 ? numeric2.sketch : null,
      order
    }
  };
}
function sum(xs) {
  return xs.reduce((s, x) => s + x, 0);
}
function mergeTop(cols, topK) {
  if (cols.some((c) => c.topValues === null)) return null;
  const counts = /* @__PURE__ */ new Map();
  for (const c of cols) {
    for (const t2 of c.topValues) {
      const key = `${typeof t2.value}:${String(t2.value)}`;
      const e = counts.get(key);
      if (e) e.count += t2.count;
      else counts.set(key, { ...t2 });
    }
  }
  const exact = cols.every((c) => c.topValuesComplete);
  const sorted = [...counts.values()].sort(
    (x, y) => y.count - x.count || (x.value < y.value ? -1 : x.value > y.value ? 1 : 0)
  );
  return {
    values: sorted.slice(0, topK),
    complete: exact && sorted.length <= topK,
    exact,
    seen: sorted.length
  };
}
function mergeDistinct(cols, top, hll) {
  if (top?.exact) return { count: top.seen, approximate: false };
  const seen = top?.seen ?? 0;
  const estimate = hll ? hllEstimate(hll) : Math.max(...cols.map((c) => c.distinct.count));
  return { count: Math.max(estimate, seen), approximate: true };
}
function mergeNumeric(cols, m, options) {
  const nums = cols.flatMap((c) => c.numeric && c.state.sketch ? [c] : []);
  const merged = mergeSketches(
    nums.map((c) => c.state.sketch),
    options.sketchSize
  );
  const allExact = nums.every((c) => c.state.sketch.exact && !c.numeric.quantilesApproximate);
  const grid = merged.grid;
  return {
    unit: nums[0].numeric.unit,
    count: m.n,
    nonFiniteCount: sum(cols.map((c) => c.numeric?.nonFiniteCount ?? 0)),
    min: m.min,
    max: m.max,
    sum: m.sum,
    mean: m.mean,
    std: stdOf(m),
    quantiles: namedFromGrid(grid),
    quantileGrid: grid,
    quantilesApproximate: !allExact,
    histogram: mergeHistograms(
      nums.map((c) => c.numeric.histogram),
      histogramEdges(m.min, m.max, options.histogramBins),
      merged.histogram
    ),
    sketch: merged.sketch
  };
}
function mergeHistograms(parts, edges, fromSketch) {
  const same = parts.every((h) => h.edges.length === edges.length && h.edges.every((e, i) => e === edges[i]));
  if (!same) return fromSketch(edges);
  return {
    edges,
    counts: edges.slice(1).map((_, i) => sum(parts.map((h) => h.counts[i] ?? 0))),
    approximate: parts.some((h) => h.approximate)
  };
}
function mergeOrder(orders) {
  let acc = null;
  for (const o of orders) {
    if (!o) continue;
    if (!acc) {
      acc = { ...o };
      continue;
    }
    acc = {
      first: acc.first,
      last: o.last,
      nonDecreasing: acc.nonDecreasing && o.nonDecreasing && acc.last <= o.first,
      nonIncreasing: acc.nonIncreasing && o.nonIncreasing && acc.last >= o.first,
      strictlyIncreasing: acc.strictlyIncreasing && o.strictlyIncreasing && acc.last < o.first,
      strictlyDecreasing: acc.strictlyDecreasing && o.strictlyDecreasing && acc.last > o.first
    };
  }
  return acc;
}
function mergeSemantic(cols) {
  const weight = /* @__PURE__ */ new Map();
  for (const c of cols) weight.set(c.semanticType, (weight.get(c.semanticType) ?? 0) + c.count);
  const type = [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const total = sum(cols.map((c) => c.count));
  if (type === null || total === 0 || cols.some((c) => c.semanticShare === null && c.semanticType === type)) {
    return { type, share: null };
  }
  const share = sum(cols.map((c) => c.semanticType === type ? (c.semanticShare ?? 0) * c.count : 0)) / total;
  return { type, share };
}

// src/core/profile/stacked.ts
var import_nodejs_polars9 = __toESM(require_nodejs_polars(), 1);
var isStackable = (kind) => kind !== "other";
function shortRowLimit(o) {
  return Math.min(o.topK, o.sketchSize, o.sampleSize, o.exactDistinctLimit);
}
var STACKED_MIN_COLUMNS = 32;
var [VARIABLE_NAME, VALUE_NAME, X_NAME] = [STACKED_VARIABLE, STACKED_VALUE, "x"];
var VARIABLE = native.col(VARIABLE_NAME);
var VALUE = native.col(VALUE_NAME);
var X = native.col(X_NAME);
var named = (e, name) => lightExpr(e.alias(name));
var [BY_VARIABLE, BY_VALUE, BY_X] = [VARIABLE, VALUE, X].map(lightExpr);
var lit = (v) => native.lit(v);
async function stackedMetrics(lf, groups, options) {
  const out = { r1: {}, distinctOf: {}, r2: {}, signedZeros: false };
  await Promise.all(groups.map((g) => stackGroup(lf, g, options, out)));
  return out;
}
async function stackGroup(lf, g, options, out) {
  const { kind, dtype: dtype2, isFloat: isFloat2 } = g[0];
  const names = g.map((i) => i.name);
  const numbers = planColumn(VALUE_NAME, dtype2).numbers;
  const hasNumbers = numbers !== void 0;
  const long = (await stackColumns(
    kind === "string" && dtype2 !== "String" ? lf.select(import_nodejs_polars9.default.col(names).cast(import_nodejs_polars9.default.Utf8)) : lf,
    names
  ).withColumns(...hasNumbers ? [named(rawExpr(numbers), X_NAME)] : []).collect()).lazy();
  const same = VARIABLE.eq(VARIABLE.shift(lit(1)));
  const zero = X.eq(lit(0));
  const len = native.col("len");
  const stats2 = long.withColumns(
    ...isFloat2 ? [named(zero, "zero"), named(zero.and(lit(1).div(X).lt(lit(0))), "negative_zero")] : [],
    ...kind === "string" ? [named(VALUE.strLengths().cast(import_nodejs_polars9.default.Float64, false), "len")] : []
  ).groupBy(BY_VARIABLE).agg(
    named(VALUE.count(), "n"),
    named(VALUE.nullCount(), "nulls"),
    ...hasNumbers ? [named(X.count(), "fin"), named(X.min(), "min"), named(X.max(), "max")] : [],
    ...isFloat2 ? [
      named(native.col("zero").sum(), "zeros"),
      named(native.col("negative_zero").sum(), "negative_zeros")
    ] : [],
    ...kind === "string" ? [named(len.min(), "lmin"), named(len.max(), "lmax")] : []
  );
  let order;
  if (hasNumbers) {
    const d = native.col("d");
    order = long.filter(lightExpr(X.isNotNull())).withColumns(named(native.when(same, X.diff(lightExpr(lit(1)), "ignore"), lit(null)), "d")).groupBy(BY_VARIABLE).agg(
      named(X.first(), "first"),
      named(X.last(), "last"),
      named(d.min(), "dmin"),
      named(d.max(), "dmax")
    );
  } else {
    const v = kind === "boolean" ? VALUE.cast(import_nodejs_polars9.default.UInt8, false) : VALUE;
    const prev = v.shift(lit(1));
    order = long.filter(lightExpr(VALUE.isNotNull())).withColumns(named(same.and(v.lt(prev)), "down"), named(same.and(v.gt(prev)), "up")).groupBy(BY_VARIABLE).agg(
      named(VALUE.first(), "first"),
      named(VALUE.last(), "last"),
      named(native.col("down").sum(), "down"),
      named(native.col("up").sum(), "up")
    );
  }
  const counts = long.filter(lightExpr(VALUE.isNotNull())).groupBy([BY_VARIABLE, BY_VALUE]).agg(named(native.len(), COUNT));
  const sorted = hasNumbers ? long.select(BY_VARIABLE, BY_X).filter(lightExpr(X.isNotNull())).sort([BY_VARIABLE, BY_X]).select(BY_VARIABLE, lightExpr(X.cast(import_nodejs_polars9.default.Float64, false))) : void 0;
  const [s, o, c, x, shares] = await Promise.all([
    stats2.collect(),
    order.collect(),
    counts.collect(),
    sorted?.collect(),
    // The pattern sample of a short column is all of it: the values stacked here.
    kind === "string" ? stackedShares(long).collect() : void 0
  ]);
  const { r1, distinctOf, r2 } = out;
  if (shares) Object.assign(r1, sharesRow(shares));
  for (const r of s.toRecords()) {
    const name = String(r[VARIABLE_NAME]);
    if (isFloat2) {
      const negative = num(r.negative_zeros);
      if (negative > 0 && negative < num(r.zeros)) out.signedZeros = true;
      delete r.zeros;
      delete r.negative_zeros;
    }
    for (const [k, v] of Object.entries(r)) if (k !== VARIABLE_NAME) r1[metric(k, name)] = v;
    if (hasNumbers && num(r.fin) === 1) {
      r1[metric("sum", name)] = 0 + num(r.min);
      r1[metric("mean", name)] = 0 + num(r.min);
    } else if (kind === "string" && num(r.n) === 1) {
      r1[metric("lsum", name)] = 0 + num(r.lmin);
      r1[metric("lmean", name)] = 0 + num(r.lmin);
    }
  }
  for (const r of o.toRecords()) {
    const name = String(r[VARIABLE_NAME]);
    r1[metric("first", name)] = r.first;
    r1[metric("last", name)] = r.last;
    if (hasNumbers) {
      r1[metric("dmin", name)] = r.dmin;
      r1[metric("dmax", name)] = r.dmax;
    } else {
      r1[metric("ge", name)] = num(r.down) === 0;
      r1[metric("le", name)] = num(r.up) === 0;
    }
  }
  const tops = /* @__PURE__ */ new Map();
  const variables = c.getColumn(VARIABLE_NAME).toArray();
  const values = c.getColumn(VALUE_NAME).toArray();
  const valueCounts = c.getColumn(COUNT).toArray();
  variables.forEach((name, i) => {
    let t2 = tops.get(name);
    if (!t2) tops.set(name, t2 = { values: [], counts: [] });
    t2.values.push(values[i]);
    t2.counts.push(valueCounts[i]);
  });
  for (const name of names) {
    const t2 = tops.get(name);
    const distinct = t2?.values.length ?? 0;
    if (isCounted(kind)) distinctOf[name] = distinct;
    else r1[metric("nu", name)] = distinct + (num(r1[metric("nulls", name)]) > 0 ? 1 : 0);
    if (t2) r2[metric("top", name)] = t2;
  }
  if (x) {
    const vars = x.getColumn(VARIABLE_NAME).toArray();
    const xs = x.getColumn(X_NAME).toArray();
    let start = 0;
    for (let i = 1; i <= vars.length; i++) {
      if (i < vars.length && vars[i] === vars[start]) continue;
      const name = vars[start];
      const os = xs.slice(start, i);
      r2[metric("os", name)] = os;
      const hist = histogram(os, options.histogramBins);
      if (hist) r2[metric("hist", name)] = hist;
      start = i;
    }
  }
}
function histogram(sorted, bins) {
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  if (histogramEdges(min, max, bins).length <= 2) return void 0;
  const scale = 1 / (max - min);
  const counts = /* @__PURE__ */ new Map();
  for (const v of sorted) {
    const bin = Math.trunc((v - min) * scale * bins);
    if (!Number.isFinite(bin)) continue;
    counts.set(bin, (counts.get(bin) ?? 0) + 1);
  }
  return [...counts].map(([bin, n]) => ({ bin, [COUNT]: n }));
}

// src/core/profile/profile.ts
var defaultProfileOptions = {
  topK: 1e3,
  exactDistinctLimit: 1e7,
  histogramBins: 20,
  sampleSize: 1e4,
  sketchSize: 513,
  hllPrecision: 12
};
async function profileSource(source, opts = {}) {
  const options = resolveOptions(opts);
  const meta2 = {
    name: source.name,
    uri: source.uri,
    format: source.format,
    files: source.files.length,
    fingerprint: source.fingerprint
  };
  try {
    if (source.chunked) return await profileParts(chunksOf(source), meta2, options);
    if (opts.perFile && source.files.length > 1) return await profileParts(source.lazyFiles(), meta2, options);
    return await profileFrame(source.lazy(), meta2, options);
  } catch (err) {
    throw explainReadError(source, err, opts.baseDir);
  }
}
async function profileParts(parts, meta2, options) {
  const profiles = [];
  const plans = /* @__PURE__ */ new Map();
  const it = Symbol.asyncIterator in parts ? parts[Symbol.asyncIterator]() : parts[Symbol.iterator]();
  try {
    let next = Promise.resolve(it.next());
    for (; ; ) {
      const { done, value } = await next;
      if (done) break;
      const profiled = profileFrame(value, meta2, options, plans);
      next = Promise.resolve(it.next());
      next.catch(() => void 0);
      profiles.push(await profiled);
    }
  } finally {
    await it.return?.();
  }
  return { ...mergeProfiles(profiles), source: meta2 };
}
async function* chunksOf(source) {
  const schema = (await source.lazy().head(0).collect()).schema;
  for await (const { frame } of chunkFrames(source, schema)) yield frame;
}
function resolveOptions(opts) {
  const o = { ...defaultProfileOptions };
  for (const k of Object.keys(o)) if (opts[k] !== void 0) o[k] = opts[k];
  return o;
}
var ROW_SEED = [29191, 27262, 24301, 53438];
var MAX_PLANS = 256;
function cached2(plans, key, build2) {
  const k = JSON.stringify(key);
  let exprs = plans.get(k);
  if (!exprs) {
    exprs = build2();
    if (plans.size >= MAX_PLANS) plans.clear();
    plans.set(k, exprs);
  }
  return exprs;
}
async function profileFrame(part, source, options, plans = /* @__PURE__ */ new Map(), layout = "auto") {
  const t0 = performance.now();
  const df = "collect" in part ? await part.collect() : part;
  const dtypes = df.dtypes;
  const lf = df.lazy();
  const infos = df.columns.map((name, k) => columnInfo(name, dtypeName(dtypes[k])));
  const groups = grouped(infos, (i) => `${i.kind}|${i.dtype}`);
  const stack = layout !== "columns" && df.height <= shortRowLimit(options) && (layout === "stacked" || infos.length >= STACKED_MIN_COLUMNS);
  const { r1, distinctOf, pass3 } = (stack ? await stackedPasses(lf, groups, options) : void 0) ?? await columnPasses(lf, groups, plans, options);
  const rows2 = num(r1.rows);
  const rankPlan = rankPlanner(options.sketchSize);
  const planned = infos.map((i) => planMetrics(i, r1, distinctOf, options, rankPlan));
  const keyed = planned.some((p) => p.distinct + (p.nullCount > 0 ? 1 : 0) === rows2);
  const hashRows = infos.length > 0 && rows2 > 0 && !keyed;
  const r2 = await pass3(planned, hashRows);
  const columnProfiles = planned.map((p) => p.finish(r2));
  const distinctRows = hashRows ? r2.distinct_rows : infos.length > 0 ? rows2 : void 0;
  return {
    schemaVersion: PROFILE_SCHEMA_VERSION,
    tool: { name: "truthgate", version: VERSION },
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    source,
    parts: 1,
    options,
    table: {
      rows: rows2,
      columns: infos.length,
      duplicateRows: distinctRows === void 0 || rows2 === 0 ? 0 : rows2 - num(distinctRows),
      duplicateRowsApproximate: distinctRows === void 0 && rows2 > 0
    },
    columns: columnProfiles,
    durationMs: Math.round(performance.now() - t0)
  };
}
async function columnPasses(lf, groups, plans, options) {
  const textNames = groups.flatMap((g) => g[0].kind === "string" ? g.map((i) => i.name) : []);
  const counted = groups.filter((g) => isCounted(g[0].kind));
  const [d1, valueCounts, shares] = await Promise.all([
    lf.select(
      ...cached2(plans, ["pass1", groups], () => [
        import_nodejs_polars10.default.len().alias("rows"),
        ...groups.flatMap((g) => pass1Exprs(planGroup(g)))
      ])
    ).collect(),
    counted.length > 0 ? lf.select(
      ...cached2(
        plans,
        ["counted", counted],
        () => counted.map((g) => countValues(planGroup(g).values.dropNulls(), true).implode())
      )
    ).collect() : void 0,
    patternShares(lf, textNames, options.sampleSize)
  ]);
  const counts = valueCounts?.lazy();
  const distinctOf = counts ? firstRow(await counts.select(...cached2(plans, ["lengths"], () => [import_nodejs_polars10.default.all().lst.lengths()])).collect()) : {};
  const pass3 = async (planned, hashRows) => {
    const onData = fused(plans, planned, "data", planGroup);
    const onCounts = fused(plans, planned, "counts", (g) => {
      const lists = columns(g.map((i) => i.name));
      return { ...g[0], col: lists, values: lists };
    });
    const [r3, rc] = await Promise.all([
      hashRows ? (
        // Nested columns (lists, structs from mixed JSON) may not hash as a row; skip duplicates then.
        collectRow(lf, [...onData, rowHashes()]).catch(async () => collectRow(lf, onData))
      ) : collectRow(lf, onData),
      counts ? collectRow(counts, onCounts, jsonRow) : {}
    ]);
    return Object.assign(r3, rc);
  };
  return { r1: Object.assign(firstRow(d1), shares), distinctOf, pass3 };
}
async function stackedPasses(lf, groups, options) {
  const stackable = groups.filter((g) => isStackable(g[0].kind));
  const others = groups.filter((g) => !isStackable(g[0].kind));
  const [d1, stacked] = await Promise.all([
    lf.select(import_nodejs_polars10.default.len().alias("rows"), ...others.flatMap((g) => pass1Exprs(planGroup(g)))).collect(),
    stackedMetrics(lf, stackable, options)
  ]);
  if (stacked.signedZeros) return void 0;
  const r1 = Object.assign(stacked.r1, firstRow(d1));
  const several = stackable.map((g) => g.filter((i) => num(r1[metric(i.kind === "string" ? "n" : "fin", i.name)]) > 1)).filter((g) => g.length > 0);
  if (several.length > 0)
    Object.assign(
      r1,
      firstRow(await lf.select(...several.flatMap((g) => momentExprs(planGroup(g)))).collect())
    );
  const pass3 = async (_planned, hashRows) => {
    const r2 = hashRows ? await collectRow(lf, [rowHashes()]).catch(() => ({})) : {};
    return Object.assign(r2, stacked.r2);
  };
  return { r1, distinctOf: stacked.distinctOf, pass3 };
}
var rowHashes = () => import_nodejs_polars10.default.struct(import_nodejs_polars10.default.all()).hash(...ROW_SEED).nUnique().alias("distinct_rows");
var TOP = "top";
async function collectRow(lf, exprs, read = firstRow) {
  if (exprs.length === 0) return {};
  const df = await lf.select(exprs).collect();
  const tops = df.columns.filter((n) => n.startsWith(TOP));
  if (tops.length === 0) return read(df);
  const items = columns(tops).explode();
  const split = read(
    await df.lazy().select(
      items.struct.nth(0).implode().keepName().prefix("v"),
      items.struct.nth(1).implode().keepName().prefix("c")
    ).collect()
  );
  const row = read(df.drop(tops));
  for (const n of tops)
    row[n] = { values: split[`v${n}`], counts: split[`c${n}`] };
  return row;
}
function firstRow(df) {
  return df.toRecords()[0] ?? {};
}
function jsonRow(df) {
  return JSON.parse(df.writeJSON({ format: "json" }).toString())[0] ?? {};
}
function grouped(items, key) {
  const groups = /* @__PURE__ */ new Map();
  for (const t2 of items) {
    const k = key(t2);
    const g = groups.get(k);
    if (g) g.push(t2);
    else groups.set(k, [t2]);
  }
  return [...groups.values()];
}
function pass1Exprs(p) {
  const a = (k) => `${k}`;
  const c = p.col;
  const out = [c.count().prefix(a("n")), c.nullCount().prefix(a("nulls"))];
  if (!isCounted(p.kind)) out.push(p.values.nUnique().prefix(a("nu")));
  if (p.numbers) {
    const x = p.numbers;
    const present = x.dropNulls();
    const d = present.diff(1, "ignore");
    out.push(
      x.count().prefix(a("fin")),
      x.min().prefix(a("min")),
      x.max().prefix(a("max")),
      present.first().prefix(a("first")),
      present.last().prefix(a("last")),
      d.min().prefix(a("dmin")),
      d.max().prefix(a("dmax"))
    );
  } else if (p.kind === "string" || p.kind === "boolean") {
    const present = p.values.dropNulls();
    const v = ordered(p);
    out.push(
      present.first().prefix(a("first")),
      present.last().prefix(a("last")),
      v.first().lt(v.last()).prefix(a("up")),
      v.first().gt(v.last()).prefix(a("down"))
    );
  }
  if (p.kind === "string") {
    const len = p.values.str.lengths().cast(import_nodejs_polars10.default.Float64);
    out.push(len.min().prefix(a("lmin")), len.max().prefix(a("lmax")));
  }
  return [...out, ...momentExprs(p)];
}
var ordered = (p) => p.kind === "boolean" ? p.values.dropNulls().cast(import_nodejs_polars10.default.UInt8) : p.values.dropNulls();
function orderTests(p, r1) {
  const test = (k) => ({
    k,
    on: "data",
    params: 0,
    expr: (g) => {
      const v = ordered(g);
      const prev = v.shift(1);
      return (k === "ge" ? v.gtEq(prev) : v.ltEq(prev)).all();
    }
  });
  if (r1[metric("up", p.name)] === true) return [test("ge")];
  if (r1[metric("down", p.name)] === true) return [test("le")];
  return [];
}
function momentExprs(p) {
  const a = (k) => `${k}`;
  if (p.numbers) {
    const xf = p.numbers.cast(import_nodejs_polars10.default.Float64);
    return [xf.sum().prefix(a("sum")), xf.mean().prefix(a("mean")), xf.var().prefix(a("var"))];
  }
  if (p.kind !== "string") return [];
  const len = p.values.str.lengths().cast(import_nodejs_polars10.default.Float64);
  return [len.mean().prefix(a("lmean")), len.var().prefix(a("lvar")), len.sum().prefix(a("lsum"))];
}
async function patternShares(lf, names, sampleSize) {
  if (names.length === 0) return {};
  const sample = stackColumns(lf.select(import_nodejs_polars10.default.col(names).cast(import_nodejs_polars10.default.Utf8).head(sampleSize)), names);
  return sharesRow(await stackedShares(sample).collect());
}
function rankPlanner(sketchSize) {
  const plans = /* @__PURE__ */ new Map();
  return (n) => {
    let plan2 = plans.get(n);
    if (!plan2) {
      const sketch = sketchRanks(n, sketchSize);
      const ranks = [.../* @__PURE__ */ new Set([...gridRanks(n), ...sketch])].sort((x, y) => x - y);
      plan2 = { ranks, index: new Map(ranks.map((r, k) => [r, k])), sketch };
      plans.set(n, plan2);
    }
    return plan2;
  };
}
function fused(plans, planned, on, plan2) {
  const groups = /* @__PURE__ */ new Map();
  for (const p of planned) {
    for (const m of p.metrics) {
      if (m.on !== on) continue;
      const key = JSON.stringify([p.info.kind, p.info.dtype, m.k, m.params]);
      const g = groups.get(key);
      if (g) g.infos.push(p.info);
      else groups.set(key, { m, infos: [p.info] });
    }
  }
  return [...groups.values()].flatMap(
    ({ m, infos }) => (
      // A metric's expression is fixed by its key and columns (and the options, fixed per cache).
      cached2(plans, ["metric", on, m.k, m.params, infos], () => [m.expr(plan2(infos)).prefix(`${m.k}`)])
    )
  );
}
function planMetrics(p, r1, distinctOf, o, rankPlan) {
  const a = (k) => metric(k, p.name);
  const count = num(r1[a("n")]);
  const nullCount = num(r1[a("nulls")]);
  const hasNumbers = p.kind === "numeric" || p.kind === "temporal";
  const counted = isCounted(p.kind);
  const wanted = [];
  const exactDistinct = counted ? num(distinctOf[p.name]) : num(r1[a("nu")]) - (nullCount > 0 ? 1 : 0);
  const isInteger = p.kind === "numeric" && !p.isFloat;
  const fin = hasNumbers ? num(r1[a("fin")]) : 0;
  const min = num(r1[a("min")]);
  const max = num(r1[a("max")]);
  let ranks;
  let edges = [];
  if (hasNumbers && fin > 0) {
    ranks = rankPlan(fin);
    const gather = ranks.ranks;
    wanted.push({
      k: "os",
      on: "data",
      params: fin,
      expr: (g) => g.numbers.sort({ nullsLast: true }).gather(gather).cast(import_nodejs_polars10.default.Float64).implode()
    });
    edges = histogramEdges(min, max, o.histogramBins);
    if (edges.length > 2) {
      const bins = edges.length - 1;
      wanted.push({
        k: "hist",
        on: "data",
        params: bins,
        expr: (g) => {
          const x = g.numbers.cast(import_nodejs_polars10.default.Float64);
          const bin = x.sub(x.min()).div(x.max().sub(x.min())).mul(bins).cast(import_nodejs_polars10.default.Int32);
          return countValues(bin).implode();
        }
      });
    }
  }
  if (counted && count > 1) wanted.push(...orderTests(p, r1));
  const wantTop = count > 0 && (counted || hasNumbers && exactDistinct <= o.topK);
  if (wantTop)
    wanted.push(
      counted ? { k: "top", on: "counts", params: 0, expr: (g) => g.col.lst.head(o.topK) } : {
        k: "top",
        on: "data",
        params: 0,
        expr: (g) => countValues(g.values.dropNulls(), true).head(o.topK).implode()
      }
    );
  const complete = wantTop && exactDistinct <= o.topK;
  const overLimit = count > o.exactDistinctLimit;
  if (count > 0 && p.kind !== "other" && (!complete || overLimit)) {
    const skip = hllSkip(exactDistinct, o.hllPrecision);
    wanted.push(
      counted ? {
        k: "hll",
        on: "counts",
        params: skip,
        expr: (g) => hllKeysExpr(g.col.explode().struct.nth(0), o.hllPrecision, skip)
      } : {
        k: "hll",
        on: "data",
        params: skip,
        expr: (g) => hllKeysExpr(g.values.dropNulls(), o.hllPrecision, skip)
      }
    );
  }
  const shares = {};
  if (p.kind === "string") for (const t2 of patternTypes) shares[t2] = num(r1[a(`re_${t2}`)]);
  const semantic = classify({
    kind: p.kind,
    count,
    distinct: exactDistinct,
    shares,
    meanLength: p.kind === "string" ? num(r1[a("lmean")]) : null,
    isInteger
  });
  if (semantic.share !== null && p.kind === "string") {
    const pattern = semanticPatterns[semantic.type];
    wanted.push({
      k: "share",
      on: "counts",
      params: pattern,
      expr: (g) => {
        const items = g.col.explode();
        const n = items.struct.nth(1).cast(import_nodejs_polars10.default.Float64);
        return items.struct.nth(0).str.contains(pattern).cast(import_nodejs_polars10.default.Float64).mul(n).sum().div(n.sum());
      }
    });
  }
  return {
    info: p,
    distinct: exactDistinct,
    nullCount,
    metrics: wanted,
    finish: (r2) => {
      const hll = r2[a("hll")] ? hllFromKeys(r2[a("hll")], o.hllPrecision) : null;
      const distinct = overLimit && hll ? { count: hllEstimate(hll), approximate: true } : { count: exactDistinct, approximate: false };
      const top = r2[a("top")] ? topValues(r2[a("top")], p) : null;
      const order = orderState(p, r1, r2, count, exactDistinct);
      const moments = hasNumbers && fin > 0 ? {
        n: fin,
        mean: num(r1[a("mean")]),
        m2: fin > 1 ? num(r1[a("var")]) * (fin - 1) : 0,
        sum: num(r1[a("sum")]),
        min,
        max
      } : null;
      let numeric2 = null;
      let sketch = null;
      if (moments) {
        const stats2 = r2[a("os")].map(num);
        const index = ranks.index;
        const at = (r) => stats2[index.get(r)];
        const grid = gridFromOrderStats(fin, at);
        sketch = {
          n: fin,
          points: ranks.sketch.map(at),
          exact: fin <= o.sketchSize
        };
        numeric2 = {
          unit: p.kind === "temporal" ? "ms" : "value",
          count: fin,
          nonFiniteCount: count - fin,
          min,
          max,
          sum: moments.sum,
          mean: moments.mean,
          std: fin > 1 ? Math.sqrt(Math.max(num(r1[a("var")]), 0)) : null,
          quantiles: namedFromGrid(grid),
          quantileGrid: grid,
          quantilesApproximate: false,
          histogram: {
            edges,
            counts: histogramCounts(r2[a("hist")], edges, fin),
            approximate: false
          }
        };
      }
      const lengths = p.kind === "string" && count > 0 ? { min: num(r1[a("lmin")]), max: num(r1[a("lmax")]), mean: num(r1[a("lmean")]) } : null;
      const lengthMoments = lengths && count > 0 ? {
        n: count,
        mean: lengths.mean,
        m2: count > 1 ? num(r1[a("lvar")]) * (count - 1) : 0,
        sum: num(r1[a("lsum")]),
        min: lengths.min,
        max: lengths.max
      } : null;
      const listed = top?.reduce((s, t2) => s + t2.count, 0) ?? 0;
      return {
        name: p.name,
        dtype: p.dtype,
        kind: p.kind,
        count,
        nullCount,
        nullFraction: count + nullCount === 0 ? 0 : nullCount / (count + nullCount),
        distinct,
        numeric: numeric2,
        temporalRange: temporalRange(p, moments),
        lengths,
        topValues: top,
        otherCount: top ? count - listed : null,
        topValuesComplete: complete,
        topValuesApproximate: false,
        semanticType: semantic.type,
        semanticShare: semantic.share === null ? null : num(r2[a("share")] ?? semantic.share),
        ...monotonicity(order),
        state: { moments, lengthMoments, hll, sketch, order }
      };
    }
  };
}
function histogramCounts(rows2, edges, fin) {
  if (edges.length <= 2) return [fin];
  const counts = new Array(edges.length - 1).fill(0);
  for (const r of rows2 ?? []) {
    const bin = Object.values(r)[0];
    if (bin !== null && bin !== void 0) counts[Math.min(num(bin), counts.length - 1)] += num(r[COUNT]);
  }
  return counts;
}
function topValues(t2, p) {
  const out = t2.values.map((v, i) => ({ value: jsonValue(v, p.dtype), count: num(t2.counts[i]) }));
  return out.sort((x, y) => y.count - x.count || (x.value < y.value ? -1 : x.value > y.value ? 1 : 0));
}
function jsonValue(v, dtype2) {
  if (typeof v === "bigint") return Number(v);
  if (v instanceof Date) return dtype2 === "Date" ? v.toISOString().slice(0, 10) : v.toISOString();
  if (typeof v === "number") return topNumber(v);
  if (typeof v === "string" || typeof v === "boolean") return v;
  return JSON.stringify(v);
}
function orderState(p, r1, r2, count, distinct) {
  const a = (k) => metric(k, p.name);
  const first = r1[a("first")];
  if (count === 0 || first === void 0 || first === null) return null;
  const hasNumbers = p.kind === "numeric" || p.kind === "temporal";
  const value = (v) => hasNumbers ? num(v) : jsonValue(v, p.dtype);
  if (hasNumbers) {
    const dmin = r1[a("dmin")];
    const dmax = r1[a("dmax")];
    const single = dmin === null || dmin === void 0;
    return {
      first: value(first),
      last: value(r1[a("last")]),
      nonDecreasing: single || num(dmin) >= 0,
      nonIncreasing: single || num(dmax) <= 0,
      strictlyIncreasing: single || num(dmin) > 0,
      strictlyDecreasing: single || num(dmax) < 0
    };
  }
  const noTies = distinct === count;
  const constant = distinct <= 1;
  const settled = (k) => {
    const tested = r2[a(k)] ?? r1[a(k)];
    return tested === void 0 || tested === null ? constant : tested !== false;
  };
  const ge = settled("ge");
  const le = settled("le");
  return {
    first: value(first),
    last: value(r1[a("last")]),
    nonDecreasing: ge,
    nonIncreasing: le,
    strictlyIncreasing: ge && noTies,
    strictlyDecreasing: le && noTies
  };
}

// src/core/profile/io.ts
import { readFileSync as readFileSync4 } from "node:fs";
function readProfileFile(path) {
  let text;
  try {
    text = readFileSync4(path, "utf8");
  } catch {
    throw new TruthgateError("TG_SOURCE_NOT_FOUND", { path });
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new TruthgateError("TG_PROFILE_INVALID", { path, detail: err.message });
  }
  return parseProfile(data, path);
}
function looksLikeProfile(path) {
  if (!path.toLowerCase().endsWith(".json")) return false;
  try {
    const data = JSON.parse(readFileSync4(path, "utf8"));
    return typeof data === "object" && data !== null && !Array.isArray(data) && "schemaVersion" in data;
  } catch {
    return false;
  }
}

// src/core/result/schema.ts
var RESULT_SCHEMA_VERSION = "1.0";
var severities = ["critical", "high", "medium", "low", "info"];
var Severity = _enum(severities);
var CheckStatus = _enum(["pass", "fail", "error", "skip"]);
var RunStatus = _enum(["pass", "warn", "fail", "error"]);
var Json = unknown();
var Sample = object({
  row: number2().int().describe(
    "0-based index of the data row in the dataset (files concatenated, header not counted); reports show `row + 1`, so row 1 is the first data row"
  ),
  file: string2().optional().describe("Source file of the row when the source spans several files"),
  fileRow: number2().int().optional().describe("0-based data-row index inside `file`; `fileRow + 1` is its data-row number in that file"),
  line: number2().int().optional().describe(
    "CSV/TSV only: 1-based physical line where the row starts in `file` (or the source file), counting the header, skipped, blank and comment lines and every line of multi-line quoted fields"
  ),
  key: array(string2()).optional().describe(
    "SQL sources only, where `row` just numbers the samples (a table has no row order): the columns of `values` that identify the row (the source's `key`, else the table's primary key), empty when the rows have none"
  ),
  values: record(string2(), Json)
});
var CheckResult = object({
  id: string2().describe("Stable id: <source>.<check>[.<column>][#n]"),
  type: string2(),
  columns: array(string2()),
  severity: Severity,
  status: CheckStatus,
  observed: Json,
  expected: Json,
  failingCount: number2().int().nullable(),
  failingFraction: number2().nullable(),
  judgedCount: number2().int().nullable().optional(),
  samples: array(Sample),
  message: string2().describe("English sentence; renderers may show it translated from the structured fields"),
  description: string2().optional().describe("The check's `description:` from the suite"),
  tags: array(string2()).optional(),
  where: string2().optional(),
  mostly: number2().optional(),
  errorCode: string2().optional()
});
var Problem = object({
  code: string2(),
  message: string2(),
  hint: string2().optional(),
  location: object({
    file: string2().optional(),
    line: number2().int().optional(),
    column: number2().int().optional()
  }).optional()
});
var SourceResult = object({
  name: string2(),
  uri: string2(),
  format: string2(),
  files: array(string2()).optional(),
  rowCount: number2().int().nullable(),
  columnCount: number2().int().nullable(),
  fingerprint: string2().nullable(),
  durationMs: number2(),
  error: Problem.optional().describe("Why the source could not be read; its checks are all `error`"),
  warnings: array(Problem).optional().describe("Problems that did not stop the run, e.g. no data rows or a JSON column of mixed types"),
  checks: array(CheckResult)
});
var Summary = object({
  checks: number2().int(),
  passed: number2().int(),
  failed: number2().int(),
  errored: number2().int(),
  skipped: number2().int(),
  bySeverity: object({
    critical: number2().int(),
    high: number2().int(),
    medium: number2().int(),
    low: number2().int(),
    info: number2().int()
  })
});
var FailOn = _enum([...severities, "never"]);
var Report = object({
  schemaVersion: literal(RESULT_SCHEMA_VERSION),
  tool: object({ name: literal("truthgate"), version: string2() }),
  runId: string2(),
  suite: string2(),
  status: RunStatus,
  failOn: FailOn,
  startedAt: string2().describe("ISO-8601 timestamp"),
  durationMs: number2(),
  summary: Summary,
  sources: array(SourceResult)
});

// src/core/notify/channels.ts
var webRetry = {
  timeout: "10s",
  initial_interval: "2s",
  maximum_interval: "5m",
  backoff: 2,
  maximum_attempts: 10
};
var CHANNEL_KINDS = {
  slack: { retry: webRetry },
  teams: { retry: webRetry },
  webhook: { retry: webRetry },
  email: {
    retry: {
      timeout: "30s",
      initial_interval: "5s",
      maximum_interval: "10m",
      backoff: 2,
      maximum_attempts: 8
    }
  },
  github: {
    retry: {
      timeout: "30s",
      initial_interval: "2s",
      maximum_interval: "5m",
      backoff: 2,
      maximum_attempts: 8
    }
  }
};
var channelKinds = Object.keys(CHANNEL_KINDS);
var CHANNEL_PATTERN = new RegExp(`^(${channelKinds.join("|")}):[a-z0-9][a-z0-9_-]{0,62}$`);

// src/core/notify/rules.ts
var ChannelName = string2().regex(
  CHANNEL_PATTERN,
  `channels are \`<kind>:<name>\` with kind ${channelKinds.slice(0, -1).join(", ")} or ${channelKinds.at(-1)}, e.g. \`slack:data-team\``
);
var eventKinds = [
  "pass_to_fail",
  "fail_to_pass",
  "new_critical",
  "still_failing",
  "drift_detected",
  "schema_changed",
  "anomaly_detected"
];
var EventKind = _enum(eventKinds);
var DURATION_PATTERN = /^(\d+(ms|s|m|h|d))+$/;
var Duration = string2().regex(DURATION_PATTERN, "a duration like `30s`, `15m`, `1h30m` or `2d`");
var Clock = string2().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a time of day as HH:MM (24-hour)");
var QuietHours = object({
  start: Clock.describe("Start of the quiet window, e.g. 22:00"),
  end: Clock.describe("End of the quiet window, e.g. 07:00 (may be on the next day)"),
  timezone: string2().min(1).optional().describe("IANA time zone (default UTC)"),
  critical: boolean2().optional().describe("Let events with a critical failure through during quiet hours (default true)")
}).strict();
var RetrySettings = object({
  initial_interval: Duration.optional(),
  maximum_interval: Duration.optional(),
  backoff: number2().min(1).max(10).optional(),
  maximum_attempts: number2().int().min(1).max(100).optional(),
  timeout: Duration.optional().describe("Time one delivery attempt may take")
}).strict();
var ChannelSettings = object({
  quiet_hours: QuietHours.optional().describe("Hold messages until the window ends"),
  throttle: object({ max: number2().int().min(1), per: Duration }).strict().optional().describe("At most `max` messages per `per` on this channel (recoveries always go through)"),
  retry: RetrySettings.optional(),
  to: array(string2().min(3)).optional().describe("email: recipients"),
  from: string2().optional().describe("email: sender (default from the environment)"),
  repo: string2().regex(/^[\w.-]+\/[\w.-]+$/, "owner/name").optional().describe("github: repository for issues"),
  labels: array(string2().min(1)).optional().describe("github: labels of opened issues"),
  mention: string2().optional().describe("slack/teams: text put before the message, e.g. <!here>")
}).strict();
var NotifyRule = object({
  channels: array(ChannelName).min(1),
  events: array(EventKind).min(1).optional().describe(
    "Default: pass_to_fail, fail_to_pass, new_critical, drift_detected, schema_changed, anomaly_detected"
  ),
  min_severity: Severity.optional().describe("Lowest failing severity that alerts (default info)"),
  sources: array(string2().min(1)).optional().describe("Only events about these sources"),
  tags: array(string2().min(1)).optional().describe("Only failures of checks with one of these tags")
}).strict();
var NotifyConfig = object({
  rules: array(NotifyRule).min(1),
  channels: record(ChannelName, ChannelSettings).optional(),
  reminder: Duration.optional().describe("Remind about an unchanged failure this often (default: never)"),
  link: string2().url().optional().describe("Link shown in messages; {runId}, {suite} and {reportKey} are filled in"),
  samples: number2().int().min(0).max(10).optional().describe("Failing rows shown per issue (default 0)"),
  mask: array(string2()).optional().describe("Columns masked in messages, besides sources marked `sensitive`")
}).strict();
var notifyKeyNames = [
  ...Object.keys(NotifyConfig.shape),
  ...Object.keys(NotifyRule.shape),
  ...Object.keys(ChannelSettings.shape),
  ...Object.keys(QuietHours.shape),
  ...Object.keys(RetrySettings.shape)
];

// src/core/suite/schema.ts
var SUITE_VERSION = 1;
var CommonCheckFields = object({
  severity: Severity.optional().describe("critical | high | medium | low | info"),
  mostly: number2().gt(0).max(1).optional().describe("Least fraction of judged rows that must pass (0.99 tolerates 1% failing rows)"),
  where: string2().min(1).optional().describe("SQL boolean expression; the check only looks at matching rows"),
  tags: array(string2()).optional(),
  description: string2().optional()
});
var commonFieldNames = Object.keys(CommonCheckFields.shape);
var Defaults = object({
  severity: Severity.optional(),
  mostly: number2().gt(0).max(1).optional(),
  sample_size: number2().int().min(0).max(100).optional().describe("Failing rows kept per check (default 5)"),
  tags: array(string2()).optional()
}).strict();
var SourceEntry = union([string2().min(1), SourceSpec, SqlSourceSpec]);
var SuiteFile = object({
  $schema: string2().optional(),
  version: literal(SUITE_VERSION).describe("Suite file format version"),
  name: string2().optional(),
  allow_file_functions: boolean2().optional().describe(
    "Let SQL (`where`, `sql`, `expression`) call table functions that read files (default false)"
  ),
  fail_on: FailOn.optional().describe("Lowest severity that fails the run (default high)"),
  defaults: Defaults.optional(),
  connections: record(
    string2().regex(/^[A-Za-z_][\w-]*$/, "connection names are letters, digits, _ and -"),
    ConnectionSpec
  ).optional().describe("Databases that SQL sources name; URLs take `${ENV}` for passwords"),
  sources: record(
    string2().regex(/^[A-Za-z_][\w-]*$/, "source names are letters, digits, _ and -"),
    SourceEntry
  ),
  checks: record(string2(), array(union([string2(), record(string2(), unknown())]))).optional().describe("Checks per source name: a list of `- check_name: { params }` (or a bare check name)"),
  notify: NotifyConfig.optional().describe("Notification rules (see docs/notifications.md)")
}).strict();

// src/core/suite/load.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { existsSync, readFileSync as readFileSync5, statSync as statSync3 } from "node:fs";
import { createHash as createHash3 } from "node:crypto";
import { basename as basename2, dirname as dirname2, join as join2, relative as relative3, resolve as resolve5, sep as sep2 } from "node:path";

// src/core/checks/instance.ts
function bindCheck(def, params2, fields) {
  const columns2 = def.columns(params2);
  return {
    ...fields,
    def,
    params: params2,
    columns: () => columns2,
    plan: (ctx) => def.plan(params2, ctx)
  };
}

// src/core/checks/table.ts
var import_nodejs_polars13 = __toESM(require_nodejs_polars(), 1);

// src/core/toolkit/format.ts
var int2;
function formatCount(n) {
  if (Number.isSafeInteger(n)) {
    const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ",");
    return n < 0 || Object.is(n, -0) ? `-${digits}` : digits;
  }
  return (int2 ??= new Intl.NumberFormat("en-US")).format(n);
}
function formatCountOf(n, singular, plural = `${singular}s`) {
  return `${formatCount(n)} ${n === 1 ? singular : plural}`;
}
function formatNumber(v) {
  return Number.isInteger(v) ? formatCount(v) : String(Number(v.toPrecision(6)));
}
function formatPercent(fraction2) {
  if (fraction2 === 0) return "0%";
  if (fraction2 < 1e-4) return "<0.01%";
  if (fraction2 < 1 && fraction2 > 0.9999) return ">99.99%";
  const near = fraction2 < 0.1 || fraction2 > 0.99 && fraction2 < 1;
  return `${(fraction2 * 100).toFixed(near ? 2 : 1)}%`;
}

// src/core/checks/dtype-guard.ts
var kinds = {
  string: { test: isStringDtype, en: "a string", ko: "\uBB38\uC790\uC5F4" },
  numeric: { test: isNumericDtype, en: "a numeric", ko: "\uC22B\uC790" },
  date: {
    test: (d) => /^(Date|Datetime)/.test(d) || isStringDtype(d),
    en: "a date, datetime or ISO text",
    ko: "\uB0A0\uC9DC, \uC77C\uC2DC \uB610\uB294 ISO \uBB38\uC790\uC5F4"
  },
  orderable: {
    test: (d) => isNumericDtype(d) || isTemporalDtype(d),
    en: "a numeric or temporal",
    ko: "\uC22B\uC790 \uB610\uB294 \uC2DC\uAC04"
  }
};
function requireDtype(ctx, check, column2, kind) {
  const dtype2 = ctx.schema[column2] ?? "unknown";
  const k = kinds[kind];
  if (dtype2 !== "Null" && !k.test(dtype2)) {
    throw new TruthgateError("TG_CHECK_DTYPE", {
      check,
      column: column2,
      dtype: dtype2,
      expected: k.en,
      expected_ko: k.ko,
      // The engine fills in an offending value when it can read one.
      example: ""
    });
  }
  return dtype2;
}

// src/core/expr/node.ts
var Expr = class _Expr {
  node;
  constructor(node2) {
    this.node = node2;
  }
  cmp(op, r) {
    return new _Expr({ k: "cmp", op, l: this.node, r: operand(r) });
  }
  eq(r) {
    return this.cmp("eq", r);
  }
  neq(r) {
    return this.cmp("neq", r);
  }
  lt(r) {
    return this.cmp("lt", r);
  }
  lte(r) {
    return this.cmp("lte", r);
  }
  gt(r) {
    return this.cmp("gt", r);
  }
  gte(r) {
    return this.cmp("gte", r);
  }
  and(...r) {
    return and(this, ...r);
  }
  or(...r) {
    return or(this, ...r);
  }
  not() {
    return new _Expr({ k: "not", arg: this.node });
  }
  isNull() {
    return new _Expr({ k: "isNull", arg: this.node });
  }
  isNotNull() {
    return new _Expr({ k: "isNotNull", arg: this.node });
  }
  /** False for NaN and ±infinity (floats only). */
  isFinite() {
    return new _Expr({ k: "isFinite", arg: this.node });
  }
  fillNull(value) {
    return new _Expr({ k: "fillNull", arg: this.node, value: operand(value) });
  }
  isIn(values) {
    return new _Expr({ k: "in", arg: this.node, values });
  }
  isInSeries(series) {
    return new _Expr({ k: "inSeries", arg: this.node, series });
  }
  matches(pattern) {
    return new _Expr({ k: "regex", arg: this.node, pattern });
  }
  length() {
    return new _Expr({ k: "strLen", arg: this.node });
  }
  /** Text without leading and trailing whitespace. */
  trim() {
    return new _Expr({ k: "trim", arg: this.node });
  }
  lower() {
    return new _Expr({ k: "lower", arg: this.node });
  }
  upper() {
    return new _Expr({ k: "upper", arg: this.node });
  }
  /** Text that is one complete JSON document. */
  jsonValid() {
    return new _Expr({ k: "jsonValid", arg: this.node });
  }
  startsWith(affix) {
    return new _Expr({ k: "startsWith", arg: this.node, affix });
  }
  endsWith(affix) {
    return new _Expr({ k: "endsWith", arg: this.node, affix });
  }
  /** `length` characters from 0-based `start` ("" past the end). */
  substr(start, length2) {
    return new _Expr({ k: "substr", arg: this.node, start, length: length2 });
  }
  extract(pattern) {
    return new _Expr({ k: "extract", arg: this.node, pattern });
  }
  replace(pattern, value, all2) {
    return new _Expr({ k: "replace", arg: this.node, pattern, with: value, all: all2 });
  }
  cast(to, strict = true) {
    return new _Expr({ k: "cast", arg: this.node, to, strict });
  }
  epochMs(dtype2) {
    return new _Expr({ k: "epochMs", arg: this.node, dtype: dtype2 });
  }
  strptime(format) {
    return new _Expr({ k: "strptime", arg: this.node, format });
  }
  arith(op, r) {
    return new _Expr({ k: "arith", op, l: this.node, r: operand(r) });
  }
  add(r) {
    return this.arith("add", r);
  }
  sub(r) {
    return this.arith("sub", r);
  }
  mul(r) {
    return this.arith("mul", r);
  }
  mod(r) {
    return this.arith("mod", r);
  }
  abs() {
    return new _Expr({ k: "abs", arg: this.node });
  }
  floor() {
    return new _Expr({ k: "floor", arg: this.node });
  }
  agg(fn, filter) {
    return new _Expr({ k: "agg", fn, arg: this.node, ...filter ? { filter: filter.node } : {} });
  }
  sum() {
    return this.agg("sum");
  }
  mean() {
    return this.agg("mean");
  }
  /** Sample standard deviation (ddof 1). */
  std() {
    return this.agg("std");
  }
  min() {
    return this.agg("min");
  }
  max() {
    return this.agg("max");
  }
  median() {
    return this.agg("median");
  }
  /** Non-null values. */
  count() {
    return this.agg("count");
  }
  /** Distinct non-null values, of the rows where `filter` holds when given. */
  nUnique(filter) {
    return this.agg("nUnique", filter);
  }
  /** True when the (boolean) value holds on every row; true without rows. */
  all() {
    return this.agg("all");
  }
  /** Linear interpolation between the two nearest values (numpy's default). */
  quantile(q) {
    return new _Expr({ k: "quantile", arg: this.node, q });
  }
  distinctList(opts = {}) {
    return new _Expr({
      k: "distinctList",
      arg: this.node,
      ...opts.filter ? { filter: opts.filter.node } : {},
      sorted: opts.sorted ?? false,
      ...opts.limit !== void 0 ? { limit: opts.limit } : {}
    });
  }
  masked() {
    return new _Expr({ k: "masked", arg: this.node });
  }
  prevNonNull() {
    return new _Expr({ k: "prevNonNull", arg: this.node });
  }
};
function operand(v) {
  return v instanceof Expr ? v.node : { k: "lit", value: v };
}
function col(name) {
  return new Expr({ k: "col", name });
}
function lit2(value) {
  return new Expr({ k: "lit", value });
}
function sqlFragment(text) {
  return new Expr({ k: "sql", text });
}
function rows() {
  return new Expr({ k: "rows" });
}
function and(...args) {
  return args.length === 1 ? args[0] : new Expr({ k: "and", args: args.map((a) => a.node) });
}
function or(...args) {
  return args.length === 1 ? args[0] : new Expr({ k: "or", args: args.map((a) => a.node) });
}
function when(cond, then, otherwise) {
  return new Expr({ k: "when", cond: cond.node, then: operand(then), otherwise: operand(otherwise) });
}
function duplicated(keys, dtypes) {
  return new Expr({ k: "duplicated", keys: keys.map((e) => e.node), ...dtypes ? { dtypes } : {} });
}
function keysDistinct(keys, skipNulls, dtypes) {
  return new Expr({
    k: "keysDistinct",
    keys: keys.map((e) => e.node),
    skipNulls,
    ...dtypes ? { dtypes } : {}
  });
}
function children(n) {
  switch (n.k) {
    case "col":
    case "lit":
    case "sql":
    case "rows":
      return [];
    case "cmp":
    case "arith":
      return [n.l, n.r];
    case "and":
    case "or":
      return n.args;
    case "fillNull":
      return [n.arg, n.value];
    case "when":
      return [n.cond, n.then, n.otherwise];
    case "agg":
    case "distinctList":
      return n.filter ? [n.arg, n.filter] : [n.arg];
    case "duplicated":
    case "keysDistinct":
      return n.keys;
    default:
      return [n.arg];
  }
}

// src/core/expr/polars.ts
var import_nodejs_polars12 = __toESM(require_nodejs_polars(), 1);

// src/core/expr/polars-time.ts
var import_nodejs_polars11 = __toESM(require_nodejs_polars(), 1);
var TIME_DIRECTIVE = /%[-_0^#]?[HIklMSfpPTRXrsz+]|%\.\d?f|%:z/;
function strptimeExact(e, format) {
  return TIME_DIRECTIVE.test(format) ? e.strToDatetime(format, void 0, void 0, false, true, false, void 0) : e.strToDate(format, false, true, false);
}
var ISO_FORMATS = [
  "%Y-%m-%dT%H:%M:%S%.f%:z",
  "%Y-%m-%dT%H:%M:%S%.fZ",
  "%Y-%m-%dT%H:%M:%S%.f",
  "%Y-%m-%d %H:%M:%S%.f%:z",
  "%Y-%m-%d %H:%M:%S%.f",
  "%Y-%m-%dT%H:%M",
  "%Y-%m-%d %H:%M",
  "%Y-%m-%d"
];
var FAST_TWINS = {
  "%Y-%m-%dT%H:%M:%S%.fZ": "%Y-%m-%dT%H:%M:%SZ",
  "%Y-%m-%dT%H:%M:%S%.f": "%Y-%m-%dT%H:%M:%S",
  "%Y-%m-%d %H:%M:%S%.f": "%Y-%m-%d %H:%M:%S"
};
var PROBE_ROWS = [1e4, 1e6];
var SAMPLE_VALUES = 1e3;
var probed = /* @__PURE__ */ new WeakMap();
function isoShapeOf(source, column2) {
  let shapes = probed.get(source);
  if (!shapes) probed.set(source, shapes = /* @__PURE__ */ new Map());
  if (!shapes.has(column2)) shapes.set(column2, probeShape(source, column2));
  return shapes.get(column2);
}
function probeShape(source, column2) {
  try {
    for (const rows2 of PROBE_ROWS) {
      const c = import_nodejs_polars11.default.col(column2).cast(import_nodejs_polars11.default.String);
      const sample = source.lazy().select(c).head(rows2).collectSync().getColumn(column2).dropNulls();
      if (sample.length === 0) continue;
      const head = import_nodejs_polars11.default.DataFrame({ v: sample.head(SAMPLE_VALUES) });
      const reads = (formats2) => Number(
        head.select(
          lightExpr(
            formats2.map((f) => textMs(native.col("v"), f)).reduce((x, y) => x.fillNull(y)).count()
          )
        ).row(0)[0]
      );
      for (const format of [...Object.values(FAST_TWINS), ...ISO_FORMATS]) {
        const read = reads([format]);
        if (read * 2 > head.height) return { format, uniform: read === reads(ISO_FORMATS) };
      }
      return void 0;
    }
  } catch {
  }
  return void 0;
}
var datetimeMs = import_nodejs_polars11.default.Datetime("ms");
var toEpochMs = (e) => e.cast(datetimeMs, false).cast(import_nodejs_polars11.default.Int64, false);
var textMs = (text, format) => toEpochMs(strptimeExact(text, format));
var isoFirstFormat = (shape) => shape?.format ?? ISO_FORMATS[0];
function isoRestMs(text, first) {
  const unread = unreadRows(text, first);
  const parsed = unreadMs(text, unread);
  const flags = unread.cast(import_nodejs_polars11.default.UInt32, false);
  const index = flags.cumSum(false).sub(flags);
  return native.when(unread, parsed.extendConstant(null, 1).gather(index), first);
}
var unreadRows = (text, first) => first.isNull().and(text.isNotNull());
var unreadMs = (text, unread) => {
  const rows2 = text.filter(unread);
  return ISO_FORMATS.map((f) => textMs(rows2, f)).reduce((x, y) => x.fillNull(y));
};
var isoRestEmpty = (text, first) => unreadMs(text, unreadRows(text, first)).count().eq(native.lit(0));
var asText2 = (e, dtype2) => dtype2 === "String" ? e : e.cast(import_nodejs_polars11.default.String, false);
function epochMsNative(e, dtype2, shape) {
  if (!isStringDtype(dtype2)) return toEpochMs(e);
  const text = asText2(e, dtype2);
  return isoRestMs(text, textMs(text, isoFirstFormat(shape)));
}
function epochMs2(e, dtype2, shape) {
  return lightExpr(epochMsNative(rawExpr(e), dtype2, shape));
}

// src/core/expr/polars.ts
var casts = {
  String: import_nodejs_polars12.default.String,
  Float64: import_nodejs_polars12.default.Float64,
  Int32: import_nodejs_polars12.default.Int32,
  Int64: import_nodejs_polars12.default.Int64
};
var PolarsRenderer = class {
  rowMemo = /* @__PURE__ */ new Map();
  valuesMemo = /* @__PURE__ */ new Map();
  scope;
  constructor(scope) {
    this.scope = scope;
  }
  /** A row-aligned expression (aggregates inside it see only the rows inside `where`). */
  row(n) {
    return lightExpr(this.memo(n, false));
  }
  /** An expression over the rows inside `where` only (inputs of aggregates). */
  values(n) {
    return lightExpr(this.memo(n, true));
  }
  memo(n, filtered) {
    const m = filtered ? this.valuesMemo : this.rowMemo;
    let e = m.get(n);
    if (!e) {
      e = this.build(n, filtered);
      m.set(n, e);
    }
    return e;
  }
  build(n, filtered) {
    const r = (x) => this.memo(x, filtered);
    const values = (x) => this.memo(x, true);
    const row = (x) => this.memo(x, false);
    const s = this.scope;
    const mask = () => {
      const m = s.mask();
      return m && rawExpr(m);
    };
    switch (n.k) {
      case "col": {
        const c = rawExpr(s.col(n.name));
        const m = filtered ? mask() : void 0;
        return m ? c.filter(m) : c;
      }
      case "lit":
        return native.lit(n.value);
      case "sql": {
        const e = rawExpr(s.sql(n.text));
        const m = mask();
        return filtered && m ? e.filter(m) : e;
      }
      case "cmp": {
        const instant = physicalInstantCmp(n, r);
        if (instant) return instant;
        const side = (x2) => isIntegerLit(x2) ? integerLit(x2.value) : r(x2);
        const l = side(n.l);
        const x = side(n.r);
        switch (n.op) {
          case "eq":
            return l.eq(x);
          case "neq":
            return l.neq(x);
          case "lt":
            return l.lt(x);
          case "lte":
            return l.ltEq(x);
          case "gt":
            return l.gt(x);
          case "gte":
            return l.gtEq(x);
        }
        break;
      }
      case "and":
        return n.args.length > 2 ? native.allHorizontal(n.args.map(r)) : r(n.args[0]).and(r(n.args[1]));
      case "or":
        return n.args.length > 2 ? native.anyHorizontal(n.args.map(r)) : r(n.args[0]).or(r(n.args[1]));
      case "not":
        return r(n.arg).not();
      case "isNull":
        return r(n.arg).isNull();
      case "isNotNull":
        return r(n.arg).isNotNull();
      case "isFinite":
        return r(n.arg).isFinite();
      case "fillNull":
        return r(n.arg).fillNull(r(n.value));
      case "in":
        return r(n.arg).isIn(native.lit(import_nodejs_polars12.default.Series("values", n.values)), false);
      case "inSeries":
        return r(n.arg).isIn(native.lit(n.series.polars), false);
      case "regex":
        return r(n.arg).strContains(native.lit(n.pattern), false, true);
      case "strLen":
        return r(n.arg).strLengths();
      case "trim":
        return r(n.arg).strStrip();
      case "lower":
        return r(n.arg).strToLowercase();
      case "upper":
        return r(n.arg).strToUppercase();
      case "jsonValid": {
        const c = r(n.arg);
        return c.strJsonPathMatch(["$"]).isNotNull().or(c.strStrip().eq(native.lit("null")));
      }
      case "startsWith":
        return r(n.arg).strStartsWith(native.lit(n.affix));
      case "endsWith":
        return r(n.arg).strEndsWith(native.lit(n.affix));
      case "substr":
        return r(n.arg).strSlice(native.lit(n.start), native.lit(n.length));
      case "extract":
        return r(n.arg).strExtract(native.lit(n.pattern), 1);
      case "replace": {
        const [pattern, value] = [native.lit(n.pattern), native.lit(n.with)];
        return n.all ? r(n.arg).strReplaceAll(pattern, value, false) : r(n.arg).strReplace(pattern, value, false, 1);
      }
      case "cast":
        return r(n.arg).cast(casts[n.to], n.strict);
      case "epochMs": {
        const arg = n.arg;
        const derive = (name, build2, shortcut) => rawExpr(s.derived(name, () => lightExpr(build2()), shortcut));
        const m = filtered ? mask() : void 0;
        if (arg.k === "strptime" && arg.arg.k === "col") {
          const { name } = arg.arg;
          const ms2 = derive(parsedName(arg.format, name), () => textMs(rawExpr(s.col(name)), arg.format));
          return m ? ms2.filter(m) : ms2;
        }
        if (!isStringDtype(n.dtype) || arg.k !== "col") return epochMsNative(r(arg), n.dtype);
        const text = asText2(rawExpr(s.col(arg.name)), n.dtype);
        const shape = s.isoShape(arg.name);
        const format = isoFirstFormat(shape);
        const first = derive(parsedName(format, arg.name), () => textMs(text, format));
        const complete = () => ({
          expr: lightExpr(first),
          exact: lightExpr(isoRestEmpty(text, first))
        });
        const ms = derive(
          `__tg_ms:${arg.name}`,
          () => isoRestMs(text, first),
          shape?.uniform ? complete : void 0
        );
        return m ? ms.filter(m) : ms;
      }
      case "strptime":
        return strptimeExact(r(n.arg), n.format);
      case "arith": {
        const l = r(n.l);
        const x = r(n.r);
        if (n.op === "add") return l.add(x);
        if (n.op === "sub") return l.sub(x);
        if (n.op === "mul") return l.mul(x);
        return l.rem(x);
      }
      case "abs":
        return r(n.arg).abs();
      case "floor":
        return r(n.arg).floor();
      case "when":
        return native.when(r(n.cond), r(n.then), r(n.otherwise));
      case "rows": {
        const m = mask();
        return m ? m.sum() : native.len();
      }
      case "agg": {
        let a = values(n.arg);
        if (n.filter) a = a.filter(values(n.filter));
        switch (n.fn) {
          case "sum":
            return a.sum();
          case "mean":
            return a.mean();
          case "std":
            return a.std();
          case "min":
            return a.min();
          case "max":
            return a.max();
          case "median":
            return a.median();
          case "count":
            return a.count();
          case "nUnique":
            return a.dropNulls().nUnique();
          case "all":
            return a.all(true);
        }
        break;
      }
      case "quantile":
        return values(n.arg).quantile(native.lit(n.q), "linear");
      case "distinctList": {
        let a = values(n.arg);
        if (n.filter) a = a.filter(values(n.filter));
        a = a.dropNulls().unique();
        if (n.sorted) a = a.sortWith(false, false, false, false);
        if (n.limit !== void 0) a = a.head(n.limit);
        return a.implode();
      }
      case "duplicated": {
        const m = mask();
        const parts = n.keys.map(row);
        if (integerKey(n.dtypes)) return duplicatedIntegers(parts[0], m);
        if (m) parts.push(m.alias("__tg_where"));
        return (parts.length === 1 ? parts[0] : native.struct(parts)).isDuplicated();
      }
      case "keysDistinct":
        return keysDistinct2(n.keys.map(row), n.skipNulls, mask(), integerKey(n.dtypes));
      case "masked": {
        const m = mask();
        const a = r(n.arg);
        return m ? native.when(m, a, native.lit(null)) : a;
      }
      case "prevNonNull":
        return r(n.arg).shift(native.lit(1)).forwardFill();
    }
    throw new Error(`unrendered node ${n.k}`);
  }
};
var isIntegerLit = (n) => n.k === "lit" && typeof n.value === "number" && Number.isSafeInteger(n.value);
var integerLit = (value) => native.lit(value).cast(import_nodejs_polars12.default.Int64, true);
var UNITS_PER_MS = { ms: 1, us: 1e3, ns: 1e6 };
var SWAPPED = { lt: "gt", lte: "gte", gt: "lt", gte: "lte", eq: "eq", neq: "neq" };
function physicalInstantCmp(n, r) {
  const [e, bound, op] = n.l.k === "epochMs" ? [n.l, n.r, n.op] : [n.r, n.l, SWAPPED[n.op]];
  if (e.k !== "epochMs" || !isIntegerLit(bound) || op === "eq" || op === "neq") return void 0;
  const f = UNITS_PER_MS[/^Datetime\((ms|us|ns)\b/.exec(e.dtype)?.[1] ?? ""];
  if (f === void 0) return void 0;
  const below = op === "lt" || op === "lte";
  const limit = (op === "lt" || op === "gte" ? bound.value : bound.value + 1) * f;
  if (!Number.isSafeInteger(limit)) return void 0;
  const v = r(e.arg).cast(import_nodejs_polars12.default.Int64, false);
  return below ? v.lt(integerLit(limit)) : v.gtEq(integerLit(limit));
}
var regexProbe;
var compiled = /* @__PURE__ */ new Set();
function compileRegex(pattern) {
  if (compiled.has(pattern)) return;
  regexProbe ??= import_nodejs_polars12.default.DataFrame({ s: [""] });
  regexProbe.select(lightExpr(native.col("s").strContains(native.lit(pattern), false, true)));
  compiled.add(pattern);
}
var parsedName = (format, column2) => `__tg_ms0:${format}:${column2}`;
var integerKey = (dtypes) => dtypes?.length === 1 && /^U?Int(8|16|32|64)$/.test(dtypes[0]);
function keysDistinct2(parts, skipNulls, mask, integer2) {
  const conditions = [...skipNulls ? parts.map((p) => p.isNotNull()) : [], ...mask ? [mask] : []];
  const key = integer2 ? parts[0] : (parts.length === 1 ? parts[0] : native.struct(parts)).hash(0n, 1n, 2n, 3n);
  const kept = conditions.length ? key.filter(native.allHorizontal(conditions)) : key;
  const rows2 = integer2 ? kept.count().add(kept.nullCount()) : kept.count();
  return kept.nUnique().eq(rows2);
}
function duplicatedIntegers(c, mask) {
  const inside = mask ? c.filter(mask) : c;
  const sorted = inside.sortWith(false, false, false, false);
  const repeated = sorted.filter(sorted.eq(sorted.shift(native.lit(1)))).unique().implode();
  const nulls = mask ? c.isNull().and(mask).sum() : c.nullCount();
  const dup = native.when(c.isNull(), nulls.gt(native.lit(1)), c.isIn(repeated, false));
  return mask ? dup.and(mask) : dup;
}

// src/core/checks/define.ts
function mergesExactly(def, plan2) {
  return plan2.kind === "row" && def.merge !== "global";
}
function defineCheck(spec) {
  const { plan: logicalPlan, ...rest } = spec;
  return {
    ...rest,
    logicalPlan,
    plan: (params2, ctx) => toPolars(logicalPlan(params2, ctx), ctx)
  };
}
function toPolars(plan2, ctx) {
  if (plan2.kind === "standalone") return plan2;
  const r = new PolarsRenderer(polarsScope(ctx));
  if (plan2.kind === "aggregate") {
    const metrics = {};
    for (const [name, e] of Object.entries(plan2.metrics)) metrics[name] = r.row(e.node);
    return { kind: "aggregate", metrics, evaluate: plan2.evaluate };
  }
  const { fails, judged, clean, ...rest } = plan2;
  return {
    ...rest,
    fails: r.row(fails.node),
    ...judged === void 0 ? {} : { judged: judged === "all" ? "all" : r.row(judged.node) },
    ...clean === void 0 ? {} : { clean: r.row(clean.node) }
  };
}
function polarsScope(ctx) {
  return {
    col: (name) => ctx.col(name),
    mask: () => ctx.mask(),
    sql: (expression2) => ctx.sql(expression2),
    isoShape: (column2) => isoShapeOf(ctx.source, column2),
    derived: (name, build2, shortcut) => ctx.derived(name, build2, shortcut)
  };
}

// src/core/expr/iso.ts
var MIN_YEAR = -262143;
var MAX_YEAR = 262142;
var WS = "\\s*";
var TWO = "([0-9]{1,2})";
var YEAR = "(?:([0-9]{1,4})|([+\\-])0*([0-9]{1,6}))";
var FRACTION = "(?:\\.([0-9]+))?";
var OFFSET = `${WS}([+\\-\u2212])([0-9]{2})[:\\s]*([0-5][0-9])`;
var ISO_TEXT = {
  pattern: `^${WS}${YEAR}-${WS}${TWO}-${WS}${TWO}(?:(T?\\s*)${TWO}:${WS}${TWO}(?::${WS}${TWO}${FRACTION}(?:(Z)|${OFFSET})?)?)?$`,
  groups: {
    year: 1,
    yearSign: 2,
    signedYear: 3,
    month: 4,
    day: 5,
    hour: 7,
    minute: 8,
    second: 9,
    fraction: 10,
    offsetSign: 12,
    offsetHours: 13,
    offsetMinutes: 14
  },
  count: 14,
  // '2024-01-12:04' is day 12 and no hour to chrono, not day 1 at 2:04.
  adjacent: [{ gap: 6, before: 5, width: 2, next: 7 }],
  zuluAfterT: { zulu: 11, separator: 6 }
};
var ISO_CANONICAL = "^[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]+)?(?:[+-][0-9]{2}:[0-9]{2})?)?|T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]+)?Z)?$";
var NUMERIC = {
  Y: "year",
  m: "month",
  d: "day",
  H: "hour",
  M: "minute",
  S: "second"
};
function strftimePattern(format) {
  const groups = {};
  const adjacent = [];
  let pattern = "";
  let count = 0;
  const group = () => ++count;
  let last;
  let space = false;
  const take = (field) => {
    if (groups[field] !== void 0) throw new Error(`%${field} twice`);
    groups[field] = group();
  };
  try {
    for (let i = 0; i < format.length; i++) {
      const c = format[i];
      if (/\s/.test(c)) {
        space = true;
        continue;
      }
      if (c === "%" && NUMERIC[format[i + 1] ?? ""]) {
        const field = NUMERIC[format[++i]];
        if (last === "fraction") throw new Error("a number right after %.f");
        if (last) {
          const gap = group();
          pattern += "(\\s*)";
          adjacent.push({ gap, before: last.group, width: last.width, next: count + 1 });
        } else pattern += WS;
        if (field === "year") {
          take("year");
          groups.yearSign = group();
          groups.signedYear = group();
          pattern += YEAR;
          last = { group: groups.year, width: 4 };
        } else {
          take(field);
          pattern += TWO;
          last = { group: groups[field], width: 2 };
        }
      } else if (format.startsWith("%.f", i)) {
        i += 2;
        if (space) pattern += WS;
        take("fraction");
        pattern += FRACTION;
        last = "fraction";
      } else if (format.startsWith("%:z", i)) {
        i += 2;
        take("offsetSign");
        groups.offsetHours = group();
        groups.offsetMinutes = group();
        pattern += OFFSET;
        last = void 0;
      } else {
        if (c === "%") {
          if (format[i + 1] !== "%") throw new Error(`the directive %${format[i + 1] ?? ""}`);
          i++;
        }
        if (/[0-9]/.test(c)) throw new Error("digits in the format");
        if (space) pattern += WS;
        pattern += /[\\^$.|?*+()[\]{}]/.test(c) ? `\\${c}` : c;
        last = void 0;
      }
      space = false;
    }
  } catch (err) {
    return { unsupported: err.message };
  }
  if (space) pattern += WS;
  const { year, month, day, hour, minute, second, fraction: fraction2, offsetSign } = groups;
  if (year === void 0 || month === void 0 || day === void 0)
    return { unsupported: "a format without %Y, %m and %d" };
  if (hour === void 0 !== (minute === void 0) || second !== void 0 && hour === void 0)
    return { unsupported: "a time without %H and %M" };
  if ((fraction2 !== void 0 || offsetSign !== void 0) && second === void 0)
    return { unsupported: "%.f or %:z without %S" };
  return { pattern: `^${pattern}$`, groups, count, adjacent };
}

// src/core/expr/regex.ts
var RE2_CLASS = {
  d: "\\p{Nd}",
  s: "\\t\\n\\x0B\\f\\r\\x{85}\\p{Z}",
  w: "\\p{L}\\p{M}\\p{Nd}\\p{Pc}"
};
function translateRegex(pattern, flavor) {
  return flavor === "re2" ? toRe2(pattern) : toPosixAre(pattern);
}
function translateForDialect(pattern, regex2) {
  const t2 = translateRegex(pattern, regex2.flavor);
  if ("pattern" in t2 && regex2.nonAscii !== void 0 && /[^\x00-\x7f]/.test(t2.pattern))
    return { unsupported: regex2.nonAscii };
  return t2;
}
function toRe2(pattern) {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      const e = pattern[i + 1] ?? "";
      i++;
      const lower = e.toLowerCase();
      if (lower in RE2_CLASS) {
        const body = RE2_CLASS[lower];
        const negated2 = e !== lower;
        if (inClass && negated2) return { unsupported: `\\${e} inside a character class` };
        out += inClass ? body : `[${negated2 ? "^" : ""}${body}]`;
      } else if (e === "b" || e === "B") return { unsupported: `\\${e} (Unicode word boundaries)` };
      else out += `\\${e}`;
      continue;
    }
    if (inClass && c === "[" && pattern[i + 1] !== ":") return { unsupported: "nested character classes" };
    if (inClass && /^(&&|--|~~)/.test(pattern.slice(i)))
      return { unsupported: "character class set operations" };
    if (c === "[" && !inClass) {
      inClass = true;
      out += c;
      if (pattern[i + 1] === "^") out += pattern[++i];
      if (pattern[i + 1] === "]") out += pattern[++i];
      continue;
    }
    if (c === "]" && inClass) inClass = false;
    if (!inClass && c === "(" && /^\(\?[a-zA-Z-]*x/.test(pattern.slice(i)))
      return { unsupported: "the x flag" };
    out += c;
  }
  return { pattern: out };
}
function toPosixAre(pattern) {
  const bad = [
    [/\\x\{/, "\\x{..} escapes", true],
    [/\\[bBAzZ]/, "anchors and word boundaries spelled differently", true],
    [/(?<!^)\(\?(?!:)/, "inline flags or groups other than (?:...) (a leading (?i) is fine)"],
    [/^\(\?(?!i\)|:)/, "inline flags other than a leading (?i)"],
    [/\{(\d{4,}|[3-9]\d\d|2[6-9]\d|25[6-9])/, "repetition counts above 255"]
  ];
  const unescaped = pattern.replace(/\\./g, "_");
  for (const [re, what, escapes] of bad)
    if (re.test(escapes ? pattern : unescaped)) return { unsupported: `pattern uses ${what}` };
  let out = "";
  let inClass = false;
  let merged;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      const e = pattern[i + 1] ?? "";
      i++;
      const lower = e.toLowerCase();
      let test;
      if (lower in PERL_CLASS) test = PERL_CLASS[lower];
      else if (lower === "p") {
        const name = /^\{([^}]*)\}|^(\w)/.exec(pattern.slice(i + 1));
        test = name ? propertyClass(name[1] ?? name[2]) : void 0;
        if (!name || !test) return { unsupported: `the Unicode property class \\${e}${name?.[0] ?? ""}` };
        i += name[0].length;
      }
      if (test) {
        const negated2 = e !== lower;
        if (inClass && negated2) return { unsupported: `\\${e} inside a character class` };
        if (inClass) (merged ??= { at: out.length, tests: [] }).tests.push(test);
        else out += `[${negated2 ? "^" : ""}${unicodeClass([test])}]`;
      } else out += `\\${e}`;
      continue;
    }
    if (inClass && c === "[" && pattern[i + 1] === ":") {
      const end = pattern.indexOf(":]", i + 2);
      if (end < 0) return { unsupported: "an unterminated [: class" };
      out += pattern.slice(i, end + 2);
      i = end + 1;
      continue;
    }
    if (inClass && c === "[") return { unsupported: "nested character classes" };
    if (c === "[" && !inClass) {
      inClass = true;
      out += c;
      if (pattern[i + 1] === "^") out += pattern[++i];
      if (pattern[i + 1] === "]") out += pattern[++i];
      continue;
    }
    if (c === "]" && inClass) {
      inClass = false;
      if (merged) out = out.slice(0, merged.at) + unicodeClass(merged.tests) + out.slice(merged.at);
      merged = void 0;
    }
    if (c === "." && !inClass) {
      out += "[^\\n]";
      continue;
    }
    out += c;
  }
  return { pattern: out };
}
var PERL_CLASS = {
  d: new RegExp("\\p{Nd}", "u"),
  s: new RegExp("\\p{White_Space}", "u"),
  w: /[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}]/u
};
function propertyClass(name) {
  for (const spelled of [name, `Script=${name}`])
    try {
      return new RegExp(`\\p{${spelled}}`, "u");
    } catch {
    }
  return void 0;
}
var classes = /* @__PURE__ */ new Map();
function unicodeClass(tests) {
  const key = tests.map((t2) => t2.source).join("|");
  let body = classes.get(key);
  if (body !== void 0) return body;
  const has = (cp) => (cp < 55296 || cp > 57343) && tests.some((t2) => t2.test(String.fromCodePoint(cp)));
  const show = (cp) => {
    const ch = String.fromCodePoint(cp);
    if (cp < 128 ? /[A-Za-z0-9]/.test(ch) : cp >= 160 && VISIBLE.test(ch)) return ch;
    return cp > 65535 ? `\\U${cp.toString(16).padStart(8, "0")}` : `\\u${cp.toString(16).padStart(4, "0")}`;
  };
  const parts = [];
  for (let cp = 0; cp <= 1114111; cp++) {
    if (!has(cp)) continue;
    let end = cp;
    while (end < 1114111 && has(end + 1)) end++;
    parts.push(end === cp ? show(cp) : `${show(cp)}-${show(end)}`);
    cp = end;
  }
  body = parts.join("");
  classes.set(key, body);
  return body;
}
var VISIBLE = /^[\p{L}\p{N}\p{P}\p{S}]$/u;

// src/core/expr/sql.ts
var SUBSELECT_ALIAS = "__tg_s";
var UnsupportedInDialect = class extends Error {
  reason;
  constructor(reason) {
    super(reason);
    this.reason = reason;
  }
};
function quoteIdent(d, name) {
  return d.quote + name.split(d.quote).join(d.quote + d.quote) + d.quote;
}
function quoteString(s) {
  return `'${s.replace(/'/g, "''")}'`;
}
function sqlLiteral(d, v) {
  if (v === null) return "NULL";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") {
    if (Number.isNaN(v)) return d.nan;
    if (!Number.isFinite(v)) return `${v > 0 ? "'Infinity'" : "'-Infinity'"}::${d.types.Float64}`;
    return String(v);
  }
  return quoteString(v);
}
var CMP = { eq: "=", neq: "<>", lt: "<", lte: "<=", gt: ">", gte: ">=" };
var ARITH = { add: "+", sub: "-", mul: "*", mod: "%" };
function isBoolean(n) {
  switch (n.k) {
    case "cmp":
    case "and":
    case "or":
    case "not":
    case "isNull":
    case "isNotNull":
    case "isFinite":
    case "in":
    case "inSeries":
    case "regex":
    case "startsWith":
    case "endsWith":
    case "jsonValid":
    case "duplicated":
      return true;
    case "lit":
      return typeof n.value === "boolean";
    case "fillNull":
      return isBoolean(n.arg);
    case "when":
      return isBoolean(n.then);
    default:
      return false;
  }
}
function isAggregate(n) {
  return ["rows", "agg", "quantile", "distinctList", "keysDistinct"].includes(n.k);
}
function hasAggregate(n) {
  return isAggregate(n) || children(n).some(hasAggregate);
}
var SqlRenderer = class {
  /** Window SQL -> its column alias; shared by the checks of one query, so equal windows run once. */
  windows;
  memo = /* @__PURE__ */ new Map();
  d;
  where;
  schema;
  relation;
  /**
   * `schema`: the source's polars dtype names, for what differs by type (text collation);
   * `relation`: the FROM of the source, for a whole-column value a dialect cannot window.
   */
  constructor(d, where, windows = /* @__PURE__ */ new Map(), schema = {}, relation) {
    this.d = d;
    this.where = where === void 0 ? void 0 : `(${where})`;
    this.windows = windows;
    this.schema = schema;
    this.relation = relation;
  }
  isText(n) {
    if (n.k === "col") return isStringDtype(this.schema[n.name] ?? "");
    if (n.k === "cast") return n.to === "String";
    return ["lower", "upper", "trim", "substr", "extract", "replace"].includes(n.k);
  }
  /** Whether a value can be a float, and so NaN. */
  mayBeFloat(n) {
    switch (n.k) {
      case "col":
        return /^Float/.test(this.schema[n.name] ?? "");
      case "cast":
        return n.to === "Float64";
      case "lit":
        return typeof n.value === "number" && !Number.isInteger(n.value);
      case "arith":
      case "abs":
      case "floor":
      case "when":
      case "fillNull":
        return children(n).some((c) => this.mayBeFloat(c));
      default:
        return false;
    }
  }
  /** A row-level expression (value per row). */
  row(n) {
    let s = this.memo.get(n);
    if (s === void 0) {
      s = this.build(n);
      this.memo.set(n, s);
    }
    return s;
  }
  /**
   * An aggregate over the rows inside `where`, as an expression of the aggregate SELECT. Logic
   * and arithmetic over aggregates (a `clean` proof, a ratio) stay at the aggregate level rather
   * than becoming window columns.
   */
  aggregate(n) {
    if (!isAggregate(n) && hasAggregate(n)) return this.build(n, (x) => this.aggregate(x));
    return this.agg(n);
  }
  /** `count(*)` of the rows where all conditions hold (and inside `where`). */
  countWhere(conditions) {
    const all2 = [...conditions, ...this.where ? [this.where] : []];
    return all2.length === 0 ? "count(*)" : `count(*) FILTER (WHERE ${all2.join(" AND ")})`;
  }
  fail(feature, fallback) {
    throw new UnsupportedInDialect(this.d.why[feature] ?? fallback);
  }
  lit(v) {
    return sqlLiteral(this.d, v);
  }
  regex(pattern) {
    const t2 = translateForDialect(pattern, this.d.regex);
    if ("unsupported" in t2)
      throw new UnsupportedInDialect(`${this.d.title} regular expressions differ here: ${t2.unsupported}`);
    return quoteString(t2.pattern);
  }
  /**
   * A regex search. PostgreSQL's engine builds its automaton's states again for every value, so
   * each literal character of a pattern costs on every row (`^user[0-9]+@example\.com$` takes
   * about 3 µs a value, `^[0-9]+$` 0.5): a column tested against a pattern anchored at its start
   * with literal text (and maybe at its end) compares that text directly and runs the regex on
   * what lies between only. The same answer: the anchored literal ends are the value's ends.
   */
  regexMatch(arg, text, pattern) {
    const d = this.d;
    const whole = fillTemplate(d.regex.match, [text, this.regex(pattern)]);
    const frame = d.regex.flavor === "posix-are" && arg.k === "col" ? literalFrame(pattern) : void 0;
    if (!frame) return whole;
    const { prefix, middle, suffix, end } = frame;
    const [p, s] = [prefix.length, suffix.length];
    const len = fillTemplate(d.length, [text]);
    const conditions = [`${len} ${end && middle === "" ? "=" : ">="} ${p + s}`];
    const same = (part, literal2) => `${part}${d.binaryCollation} = ${quoteString(literal2)}`;
    if (p > 0) conditions.push(same(fillTemplate(d.substr, [text, 1, p]), prefix));
    if (s > 0) conditions.push(same(fillTemplate(d.substr, [text, `${len} - ${s - 1}`, s]), suffix));
    const between2 = fillTemplate(d.substr, [text, p + 1, `${len} - ${p + s}`]);
    const rest = middle === "" ? "TRUE" : fillTemplate(d.regex.match, [between2, this.regex(`^${middle}${end ? "$" : ""}`)]);
    return `(CASE WHEN ${text} IS NULL THEN NULL WHEN ${conditions.join(" AND ")} THEN ${rest} ELSE FALSE END)`;
  }
  /** `where` AND extra conditions, for FILTER clauses. */
  filterOf(extra) {
    return [this.where, extra].filter(Boolean).join(" AND ") || "TRUE";
  }
  filtered(call2, extra) {
    const f = [this.where, extra].filter(Boolean).join(" AND ");
    return f ? `${call2} FILTER (WHERE ${f})` : call2;
  }
  agg(n) {
    const d = this.d;
    switch (n.k) {
      case "rows":
        return this.countWhere([]);
      case "agg": {
        const filter = n.filter ? this.row(n.filter) : void 0;
        const a = this.row(n.arg);
        switch (n.fn) {
          case "sum":
            if (isBoolean(n.arg)) return this.countWhere([a, ...filter ? [filter] : []]);
            return `coalesce(${this.filtered(`sum(${a})`, filter)}, 0)`;
          case "mean":
            return this.filtered(`avg(${a})`, filter);
          case "std":
            return this.filtered(fillTemplate(d.stddev, [a]), filter);
          case "min":
            return this.filtered(`min(${a})`, filter);
          case "max": {
            if (!this.mayBeFloat(n.arg)) return this.filtered(`max(${a})`, filter);
            const notNaN = fillTemplate(d.notNaN, [a]);
            const numbers = this.filtered(`max(${a})`, [filter, notNaN].filter(Boolean).join(" AND "));
            return `coalesce(${numbers}, ${this.filtered(`max(${a})`, filter)})`;
          }
          case "median":
            return this.filtered(fillTemplate(d.median, [a]), filter);
          case "count":
            return this.filtered(`count(${a})`, filter);
          case "nUnique":
            return this.filtered(`count(DISTINCT ${a})`, filter);
          case "all":
            return `coalesce(${this.filtered(`bool_and(${a})`, filter)}, TRUE)`;
        }
        break;
      }
      case "quantile":
        return this.filtered(fillTemplate(d.quantile, [this.row(n.arg), n.q]));
      case "distinctList": {
        const a = this.row(n.arg);
        const filter = this.filterOf(
          [`${a} IS NOT NULL`, n.filter ? this.row(n.filter) : ""].filter(Boolean).join(" AND ")
        );
        const arg = n.sorted && this.isText(n.arg) ? `${a}${d.binaryCollation}` : a;
        const order = n.sorted ? ` ORDER BY ${arg}` : "";
        return n.limit === void 0 ? fillTemplate(d.distinctList, [arg, filter, order]) : fillTemplate(d.distinctListLimited, [arg, filter, order, n.limit]);
      }
    }
    if (n.k === "keysDistinct") return this.keysDistinct(n.keys, n.skipNulls);
    return this.row(n);
  }
  /**
   * No two rows inside `where` share a key: the distinct count equals the row count, nulls
   * either skipped (rows with a null key are not compared) or one value of their own (several
   * rows with the same nulls share a key, as PARTITION BY and polars' struct keys see them).
   */
  keysDistinct(nodes, skipNulls) {
    const keys = nodes.map((k) => this.row(k));
    const key = keys.length === 1 ? keys[0] : `ROW(${keys.join(", ")})`;
    const notNull2 = keys.map((k) => `${k} IS NOT NULL`).join(" AND ");
    if (skipNulls && keys.length === 1)
      return `(${this.filtered(`count(DISTINCT ${key})`)} = ${this.filtered(`count(${key})`)})`;
    if (skipNulls) {
      const f = this.filterOf(notNull2);
      return `(count(DISTINCT ${key}) FILTER (WHERE ${f}) = count(*) FILTER (WHERE ${f}))`;
    }
    const nullKey2 = keys.length === 1 ? ` + CASE WHEN ${this.countWhere([`${key} IS NULL`])} > 0 THEN 1 ELSE 0 END` : "";
    return `(${this.filtered(`count(DISTINCT ${key})`)}${nullKey2} = ${this.countWhere([])})`;
  }
  /** A window column for a whole-column value inside a row expression. */
  window(sql2, prefix = "__tg_w") {
    let alias2 = this.windows.get(sql2);
    if (!alias2) {
      alias2 = `${prefix}${this.windows.size}`;
      this.windows.set(sql2, alias2);
    }
    return quoteIdent(this.d, alias2);
  }
  /** `r` renders the children: as row values, or as aggregates in the aggregate SELECT. */
  build(n, r = (x) => this.row(x)) {
    const d = this.d;
    switch (n.k) {
      case "col":
        return quoteIdent(d, n.name);
      case "lit":
        return this.lit(n.value);
      case "sql":
        return `(${n.text})`;
      case "cmp":
        return `(${r(n.l)} ${CMP[n.op]} ${r(n.r)})`;
      case "and":
      case "or":
        return `(${n.args.map(r).join(n.k === "and" ? " AND " : " OR ")})`;
      case "not":
        return `(NOT ${r(n.arg)})`;
      case "isNull":
        return `(${r(n.arg)} IS NULL)`;
      case "isNotNull":
        return `(${r(n.arg)} IS NOT NULL)`;
      case "isFinite":
        return fillTemplate(d.isFinite, [r(n.arg)]);
      case "fillNull":
        return `coalesce(${r(n.arg)}, ${r(n.value)})`;
      case "in":
        return `(${r(n.arg)} IN (${n.values.map((v) => this.lit(v)).join(", ")}))`;
      case "inSeries":
        throw new UnsupportedInDialect("values read from another source are not pushed down");
      case "regex":
        return this.regexMatch(n.arg, r(n.arg), n.pattern);
      case "strLen":
        return fillTemplate(d.length, [r(n.arg)]);
      case "trim":
        return fillTemplate(d.regex.replaceAll, [r(n.arg), this.regex("^\\s+|\\s+$"), "''"]);
      case "lower":
        return `lower(${r(n.arg)})`;
      case "upper":
        return `upper(${r(n.arg)})`;
      case "jsonValid":
        if (!d.jsonValid) this.fail("jsonValid", "no JSON validity test");
        return fillTemplate(d.jsonValid, [r(n.arg)]);
      case "startsWith":
        return fillTemplate(d.startsWith, [r(n.arg), quoteString(n.affix), [...n.affix].length]);
      case "endsWith":
        return fillTemplate(d.endsWith, [r(n.arg), quoteString(n.affix), [...n.affix].length]);
      case "substr":
        return fillTemplate(d.substr, [r(n.arg), n.start + 1, n.length]);
      case "extract":
        if (!d.regex.extract) this.fail("extract", "no regex capture");
        return fillTemplate(d.regex.extract, [r(n.arg), this.regex(n.pattern)]);
      case "replace":
        if (/[\\$]/.test(n.with))
          throw new UnsupportedInDialect("replacement text with backslashes or $ reads differently in SQL");
        return fillTemplate(n.all ? d.regex.replaceAll : d.regex.replaceFirst, [
          r(n.arg),
          this.regex(n.pattern),
          quoteString(n.with)
        ]);
      case "cast":
        if (n.strict) return `CAST(${r(n.arg)} AS ${d.types[n.to]})`;
        if (d.tryCast) return fillTemplate(d.tryCast, [r(n.arg), d.types[n.to]]);
        if ((n.to === "Int32" || n.to === "Int64") && this.isText(n.arg))
          return this.textToInt(r(n.arg), n.to);
        return this.fail("tryCast", "no lenient cast");
      case "epochMs":
        if (n.arg.k === "strptime") return this.strptimeEpochMs(r(n.arg.arg), n.arg.format);
        return this.epochMs(r(n.arg), n.dtype);
      case "strptime":
        if (!d.strptime) this.fail("strptime", "no strftime parsing");
        if (!/^(%[YmdHMSyjbBaApI%]|[^%])*$/.test(n.format))
          throw new UnsupportedInDialect(
            `${d.title} reads strftime directives other than %Y %m %d %H %M %S %y %j %b %B %a %A %p %I differently`
          );
        return fillTemplate(d.strptime, [r(n.arg), quoteString(n.format)]);
      case "arith":
        return `(${r(n.l)} ${ARITH[n.op]} ${r(n.r)})`;
      case "abs":
        return `abs(${r(n.arg)})`;
      case "floor":
        return `floor(${r(n.arg)})`;
      case "when":
        return `(CASE WHEN ${r(n.cond)} THEN ${r(n.then)} ELSE ${r(n.otherwise)} END)`;
      case "rows":
      case "agg":
      case "distinctList":
        return this.window(`${this.agg(n)} OVER ()`);
      case "quantile": {
        if (d.windowQuantile) return this.window(`${this.agg(n)} OVER ()`);
        const agg = this.agg(n);
        if (!this.relation || agg.includes("__tg_")) this.fail("windowQuantile", "no windowed quantile");
        return this.window(`(SELECT ${agg} FROM ${this.relation})`, SUBSELECT_ALIAS);
      }
      case "duplicated": {
        const keys = [...n.keys.map(r), ...this.where ? [this.where] : []];
        return `(${this.window(`count(*) OVER (PARTITION BY ${keys.join(", ")})`)} > 1)`;
      }
      case "masked":
        return this.where ? `(CASE WHEN ${this.where} THEN ${r(n.arg)} END)` : r(n.arg);
      case "keysDistinct":
        throw new UnsupportedInDialect("the clean-keys proof is a whole-table aggregate");
      case "prevNonNull":
        this.fail("rowOrder", "no row order");
    }
    throw new Error(`unrendered node ${n.k}`);
  }
  /**
   * Text to an integer, null where polars' lenient cast gives null: an optional sign and ASCII
   * digits in the type's range. Nested CASEs, since SQL may evaluate AND's operands in any order
   * and the casts must only see text they convert.
   */
  textToInt(text, to) {
    const [min, max] = to === "Int32" ? ["-2147483648", "2147483647"] : ["-9223372036854775808", "9223372036854775807"];
    const numeric2 = `CAST(${text} AS numeric)`;
    return `(CASE WHEN ${fillTemplate(this.d.regex.match, [text, quoteString("^[+-]?0*[0-9]{1,19}$")])} THEN CASE WHEN ${numeric2} BETWEEN ${min} AND ${max} THEN CAST(${text} AS ${this.d.types[to]}) END END)`;
  }
  /**
   * Epoch ms of text parsed with a strftime format: by the format's chrono pattern where
   * expr/iso.ts reads the format, else through the dialect's own strptime.
   */
  strptimeEpochMs(text, format) {
    const pattern = strftimePattern(format);
    if (!("unsupported" in pattern)) return this.chronoEpochMs(text, pattern);
    if (!this.d.strptime) throw new UnsupportedInDialect(`${this.d.why.strptime} (${pattern.unsupported})`);
    return this.epochMs(this.build({ k: "strptime", arg: { k: "sql", text }, format }), "Datetime(ms)");
  }
  epochMs(sql2, dtype2) {
    const d = this.d;
    if (dtype2 === "Date") return fillTemplate(d.epochMs.date, [sql2]);
    if (/^Datetime\(\w+,\s*.+\)$/.test(dtype2)) return fillTemplate(d.epochMs.timestamptz, [sql2]);
    if (dtype2.startsWith("Datetime")) return fillTemplate(d.epochMs.timestamp, [sql2]);
    if (dtype2 === "Null") return "CAST(NULL AS BIGINT)";
    if (!isStringDtype(dtype2)) throw new UnsupportedInDialect(`epoch of a ${dtype2} value`);
    return this.isoTextEpochMs(sql2);
  }
  /**
   * Epoch ms of ISO text: canonical values (fixed-width fields, most data) read by position, the
   * rest through the capture groups of ISO_TEXT, which PostgreSQL matches far more slowly.
   */
  isoTextEpochMs(text) {
    const d = this.d;
    const at = (start, length2) => fillTemplate(d.substr, [text, start, length2]);
    const int3 = (sql2) => `CAST(${sql2} AS ${d.types.Int64})`;
    const len = fillTemplate(d.length, [text]);
    const tail = at(20, 64);
    const zone = `(CASE WHEN ${at(len, 1)} = 'Z' THEN 1 WHEN ${len} >= 25 AND ${at(`${len} - 5`, 1)} IN ('+', '-') THEN 6 ELSE 0 END)`;
    const fraction2 = `(CASE WHEN ${at(20, 1)} = '.' THEN ${fillTemplate(d.substr, [tail, 2, `${fillTemplate(d.length, [tail])} - 1 - ${zone}`])} END)`;
    const hasSeconds = `${len} >= 19`;
    const fast = this.fieldsEpochMs({
      year: int3(at(1, 4)),
      month: int3(at(6, 2)),
      day: int3(at(9, 2)),
      hour: `CASE WHEN ${len} >= 16 THEN ${int3(at(12, 2))} ELSE 0 END`,
      minute: `CASE WHEN ${len} >= 16 THEN ${int3(at(15, 2))} ELSE 0 END`,
      second: `CASE WHEN ${hasSeconds} THEN ${int3(at(18, 2))} ELSE 0 END`,
      millis: `coalesce(CAST(rpad(substr(${fraction2}, 1, 3), 3, '0') AS ${d.types.Int64}), 0)`,
      offsetMinutes: `CASE WHEN ${zone} = 6 THEN CASE WHEN ${at(`${len} - 5`, 1)} = '+' THEN 1 ELSE -1 END * (${int3(at(`${len} - 4`, 2))} * 60 + ${int3(at(`${len} - 1`, 2))}) ELSE 0 END`,
      offsetHours: `CASE WHEN ${zone} = 6 THEN ${int3(at(`${len} - 4`, 2))} ELSE 0 END`,
      checks: []
    });
    const canonical = fillTemplate(d.regex.match, [text, this.regex(ISO_CANONICAL)]);
    return `(CASE WHEN ${canonical} THEN ${fast} ELSE ${this.chronoEpochMs(text, ISO_TEXT)} END)`;
  }
  /**
   * Epoch ms from date and time fields (SQL integers): a calendar check (day of month, leap
   * years, field ranges) and days from the civil date (H. Hinnant's algorithm, years shifted by
   * 400000 so every division is of non-negative numbers); null where a field is out of range.
   */
  fieldsEpochMs(f) {
    const div = (a, b) => fillTemplate(this.d.intDiv, [a, b]);
    const { year: y, month: m, day } = f;
    const leap = `((${y} % 4 = 0 AND ${y} % 100 <> 0) OR ${y} % 400 = 0)`;
    const monthDays = `(CASE WHEN ${m} = 2 THEN CASE WHEN ${leap} THEN 29 ELSE 28 END ELSE 30 + (${m} + ${div(m, 8)}) % 2 END)`;
    const valid = [
      ...f.checks,
      `${y} BETWEEN ${MIN_YEAR} AND ${MAX_YEAR}`,
      `${m} BETWEEN 1 AND 12`,
      `${day} BETWEEN 1 AND ${monthDays}`,
      `${f.hour} <= 23`,
      `${f.minute} <= 59`,
      `${f.second} <= 60`,
      `${f.offsetHours} <= 23`
    ].join(" AND ");
    const shiftedYear = `(${y} - CASE WHEN ${m} <= 2 THEN 1 ELSE 0 END + 400000)`;
    const era = div(shiftedYear, 400);
    const yearOfEra = `(${shiftedYear} - ${era} * 400)`;
    const dayOfYear = `(${div(`(153 * ((${m} + 9) % 12) + 2)`, 5)} + ${day} - 1)`;
    const dayOfEra = `(${yearOfEra} * 365 + ${div(yearOfEra, 4)} - ${div(yearOfEra, 100)} + ${dayOfYear})`;
    const days = `(${era} * 146097 + ${dayOfEra} - 719468 - 146097000)`;
    const epoch = `${days} * 86400000 + (${f.hour}) * 3600000 + (${f.minute}) * 60000 + (${f.second}) * 1000 + ${f.millis} - (${f.offsetMinutes}) * 60000`;
    return `CASE WHEN ${valid} THEN ${epoch} END`;
  }
  /** Epoch ms of text read with a chrono pattern (expr/iso.ts), from its capture groups. */
  chronoEpochMs(text, p) {
    const d = this.d;
    const g = (i) => fillTemplate(d.regexGroups.group, [i]);
    const int3 = (i) => `CAST(${g(i)} AS ${d.types.Int64})`;
    const G = p.groups;
    const field = (i) => i === void 0 ? "0" : `coalesce(${int3(i)}, 0)`;
    const body = this.fieldsEpochMs({
      year: `coalesce(${int3(G.year)}, CASE WHEN ${g(G.yearSign)} = '-' THEN -${int3(G.signedYear)} ELSE ${int3(G.signedYear)} END)`,
      month: int3(G.month),
      day: int3(G.day),
      hour: field(G.hour),
      minute: field(G.minute),
      second: field(G.second),
      millis: G.fraction === void 0 ? "0" : `coalesce(CAST(rpad(substr(${g(G.fraction)}, 1, 3), 3, '0') AS ${d.types.Int64}), 0)`,
      offsetMinutes: G.offsetSign === void 0 ? "0" : `coalesce(CASE WHEN ${g(G.offsetSign)} = '+' THEN 1 ELSE -1 END * (${int3(G.offsetHours)} * 60 + ${int3(G.offsetMinutes)}), 0)`,
      offsetHours: field(G.offsetHours),
      checks: [
        ...p.zuluAfterT ? [`(${g(p.zuluAfterT.zulu)} IS NULL OR ${g(p.zuluAfterT.separator)} LIKE 'T%')`] : [],
        ...p.adjacent.map(
          (a) => `(${g(a.next)} IS NULL OR coalesce(${g(a.gap)}, '') <> '' OR ${fillTemplate(d.length, [g(a.before)])} = ${a.width})`
        )
      ]
    });
    const names = Array.from({ length: p.count }, (_, i) => `'g${i + 1}'`).join(", ");
    return `(${fillTemplate(d.regexGroups.bind, [text, this.regex(p.pattern), body, names])})`;
  }
};
var PLAIN = /^[A-Za-z0-9 !"#%&',/:;<=>@_`~-]$/;
var ESCAPED = /^[.+*?()|[\]{}^$\\-]$/;
var SPELLED = {
  x: /^(\{[^}]*\}|[0-9A-Fa-f]{2})/,
  u: /^(\{[^}]*\}|[0-9A-Fa-f]{4})/,
  U: /^(\{[^}]*\}|[0-9A-Fa-f]{8})/,
  p: /^(\{[^}]*\}|.)/,
  P: /^(\{[^}]*\}|.)/
};
function literalFrame(pattern) {
  const tokens = [];
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i];
    let text = c;
    let literal2;
    if (c === "\\") {
      const e = pattern[i + 1] ?? "";
      const spelled = SPELLED[e]?.exec(pattern.slice(i + 2));
      text = `\\${e}${spelled?.[0] ?? ""}`;
      if (ESCAPED.test(e)) literal2 = e;
    } else if (c === "[") {
      let j = i + 1;
      if (pattern[j] === "^") j++;
      if (pattern[j] === "]") j++;
      for (let depth = 1; j < pattern.length && depth > 0; j++) {
        if (pattern[j] === "\\") j++;
        else if (pattern[j] === "[") depth++;
        else if (pattern[j] === "]") depth--;
      }
      text = pattern.slice(i, j);
    } else if (c === "{") {
      const close = pattern.indexOf("}", i);
      text = pattern.slice(i, close < 0 ? pattern.length : close + 1);
    } else if (PLAIN.test(c)) literal2 = c;
    i += text.length;
    if (literal2 !== void 0 && /^[?*+{]/.test(pattern.slice(i))) literal2 = void 0;
    tokens.push({ text, ...literal2 !== void 0 ? { literal: literal2 } : {} });
  }
  const plain = (t2, ...texts) => texts.includes(t2.text);
  if (tokens.length === 0 || !plain(tokens[0], "^")) return void 0;
  const end = plain(tokens.at(-1), "$") && tokens.length > 1;
  let from = 1;
  while (from < tokens.length && tokens[from].literal !== void 0) from++;
  let to = end ? tokens.length - 1 : tokens.length;
  if (end) while (to > from && tokens[to - 1].literal !== void 0) to--;
  const inside = tokens.slice(from, to);
  if (tokens.some((t2) => plain(t2, "|") || /^\\[bBAzZ]/.test(t2.text)) || pattern.includes("(?") || inside.some((t2) => plain(t2, "^", "$")))
    return void 0;
  const join3 = (list) => list.map((t2) => t2.literal).join("");
  const prefix = join3(tokens.slice(1, from));
  const suffix = end ? join3(tokens.slice(to, tokens.length - 1)) : "";
  if (prefix.length + suffix.length < 4) return void 0;
  return { prefix, middle: inside.map((t2) => t2.text).join(""), suffix, end };
}

// src/core/toolkit/columns.ts
function columnNotFound(column2, source, available, nearestName) {
  return new TruthgateError("TG_COLUMN_NOT_FOUND", {
    column: column2,
    source,
    suggestion: nearestName ? ` (did you mean \`${nearestName}\`?)` : "",
    available: available.slice(0, 30).join(", ") + (available.length > 30 ? ", \u2026" : "")
  });
}

// src/core/checks/nearest.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
function nearest(name, candidates) {
  let best;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = (0, import_fastest_levenshtein.distance)(name.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best !== void 0 && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : void 0;
}

// src/core/checks/cross-sql.ts
function missingFromOther(column2, dtype2, refColumn, other) {
  const theirs = other.schema[refColumn];
  if (theirs === void 0) {
    const names = Object.keys(other.schema);
    throw columnNotFound(refColumn, other.name, names, nearest(refColumn, names));
  }
  const d = other.dialect;
  const text = (sql2) => dtype2 === theirs ? sql2 : `CAST(${sql2} AS ${d.types.String})`;
  const ref = quoteIdent(d, refColumn);
  return sqlFragment(
    `${text(quoteIdent(d, column2))} NOT IN (SELECT ${text(ref)} FROM ${other.from} WHERE ${ref} IS NOT NULL)`
  );
}
function rowCountOfOther(other) {
  return sqlFragment(`SELECT count(*) FROM ${other.from}`);
}

// src/core/checks/params.ts
var column = string2().min(1).describe("Column name");
var columnList = array(string2().min(1)).min(1).describe("Column names");
var num2 = number2();
var range = {
  min: num2.optional().describe("Lower bound (inclusive unless strict)"),
  max: num2.optional().describe("Upper bound (inclusive unless strict)"),
  strict: boolean2().optional().describe("Exclude the bounds")
};
function requireABound(p) {
  return p.min !== void 0 || p.max !== void 0;
}
var boundMessage = { message: "give `min`, `max` or both" };
function describeRange(min, max, strict = false) {
  const lo = strict ? "(" : "[";
  const hi = strict ? ")" : "]";
  if (min !== void 0 && max !== void 0) return `${lo}${min}, ${max}${hi}`;
  if (min !== void 0) return `${strict ? ">" : ">="} ${min}`;
  return `${strict ? "<" : "<="} ${max}`;
}
function describeOutside(min, max, strict = false) {
  if (min !== void 0 && max !== void 0) return `values outside ${describeRange(min, max, strict)}`;
  if (min !== void 0) return `values ${strict ? "<=" : "<"} ${min}`;
  return `values ${strict ? ">=" : ">"} ${max}`;
}
function inRange(x, min, max, strict = false) {
  if (x === null || Number.isNaN(x)) return false;
  if (min !== void 0 && (strict ? x <= min : x < min)) return false;
  if (max !== void 0 && (strict ? x >= max : x > max)) return false;
  return true;
}

// src/core/toolkit/numbers.ts
function toNumber(v) {
  if (v === null || v === void 0) return null;
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "number") return v;
  if (v instanceof Date) return v.getTime();
  const n = Number(v);
  return Number.isNaN(n) ? null : n;
}

// src/core/checks/table.ts
var countBounds = object({
  min: number2().int().min(0).optional(),
  max: number2().int().min(0).optional(),
  equals: number2().int().min(0).optional()
}).strict().refine((p) => requireABound(p) || p.equals !== void 0, { message: "give `min`, `max` or `equals`" });
function judgeCount(n, p, noun) {
  const pass = p.equals !== void 0 ? n === p.equals : inRange(n, p.min, p.max);
  const expected = p.equals !== void 0 ? `= ${p.equals}` : describeRange(p.min, p.max);
  return { pass, observed: n, expected, message: `${formatCountOf(n, noun)}, expected ${expected}` };
}
var rowCount = defineCheck({
  name: "row_count",
  category: "table",
  summary: "Number of rows is within a range or equals a value.",
  doc: "Counts the rows of the source (after `where`, when given) and compares the count with `min`, `max` or `equals`. Use it to catch truncated loads, empty extracts and runaway duplication. The count comes from the same fused scan as every other check of the source, so it costs nothing extra.",
  defaultSeverity: "high",
  params: countBounds,
  example: { min: 1e3 },
  columns: () => [],
  plan: (p) => ({
    kind: "aggregate",
    metrics: { rows: rows() },
    evaluate: (m) => judgeCount(toNumber(m.rows) ?? 0, p, "row")
  })
});
var columnCount = defineCheck({
  name: "column_count",
  category: "table",
  summary: "Number of columns is within a range or equals a value.",
  doc: "Compares the number of columns of the source with `min`, `max` or `equals`. It reads only the schema, so it is free. Use it to notice an extract that suddenly gained or lost columns; `schema` and `columns_present` say which ones.",
  defaultSeverity: "high",
  params: countBounds,
  example: { equals: 6 },
  columns: () => [],
  plan: (p, ctx) => schemaOnly(() => judgeCount(Object.keys(ctx.schema).length, p, "column"))
});
var columnsPresent = defineCheck({
  name: "columns_present",
  category: "table",
  summary: "Every listed column exists (others may exist too).",
  doc: "Fails when any of `columns` is missing from the source and lists the missing ones (with the nearest existing name). Extra columns are allowed; use `schema` with `exact: true` to forbid them. Names are matched exactly, including case.",
  defaultSeverity: "critical",
  params: object({ columns: columnList }).strict(),
  example: { columns: ["order_id", "amount", "status"] },
  // Missing columns are this check's verdict, not a configuration error, so none are declared.
  columns: () => [],
  plan: (p, ctx) => schemaOnly(() => {
    const missing = p.columns.filter((c) => !(c in ctx.schema));
    return {
      pass: missing.length === 0,
      observed: { missing },
      expected: p.columns,
      message: missing.length === 0 ? `all ${formatCount(p.columns.length)} columns present` : `${formatCount(missing.length)} of ${formatCount(p.columns.length)} columns missing: ${missing.join(", ")}`
    };
  })
});
var dtypeFamilies = {
  int: (a) => /^U?Int(8|16|32|64|128)$/.test(a),
  integer: (a) => /^U?Int(8|16|32|64|128)$/.test(a),
  float: (a) => /^Float(32|64)$/.test(a),
  double: (a) => a === "Float64",
  number: isNumericDtype,
  numeric: isNumericDtype,
  string: isStringDtype,
  str: isStringDtype,
  text: isStringDtype,
  utf8: isStringDtype,
  bool: (a) => a === "Bool" || a === "Boolean",
  boolean: (a) => a === "Bool" || a === "Boolean",
  date: (a) => a === "Date",
  datetime: (a) => a.startsWith("Datetime"),
  timestamp: (a) => a.startsWith("Datetime"),
  time: (a) => a === "Time",
  duration: (a) => a.startsWith("Duration"),
  temporal: isTemporalDtype,
  categorical: (a) => a.startsWith("Categorical") || a.startsWith("Enum")
};
var polarsDtype = /^(U?Int(8|16|32|64|128)|Float(32|64)|String|Utf8|Bool(ean)?|Date|Datetime(\(.+\))?|Time|Duration(\(.+\))?|Categorical|Enum(\(.+\))?|Decimal(\(.+\))?|Binary|Null|Object|List\(.+\)|Array\(.+\)|Struct\(.+\))$/i;
var normalize2 = (t2) => t2.replace(/\s+/g, "").toLowerCase();
function dtypeMatches(actual, wanted) {
  const family2 = dtypeFamilies[wanted.trim().toLowerCase()];
  if (family2) return family2(actual);
  const a = normalize2(actual).replace(/^boolean$/, "bool");
  return a === normalize2(wanted).replace(/^boolean$/, "bool");
}
var dtype = string2().min(1).refine((t2) => t2.trim().toLowerCase() in dtypeFamilies || polarsDtype.test(t2.replace(/\s+/g, "")), {
  message: "unknown dtype; use a polars name (Int64, Float64, String, Bool, Date, Datetime(us), ...) or int, float, string, bool, date, datetime"
}).describe(
  "polars dtype name (Int64, String, Datetime(us)) or a family (int, float, string, bool, date, datetime)"
);
var schemaCheck = defineCheck({
  name: "schema",
  category: "table",
  summary: "Columns have the given dtypes; optionally in order and with no extra columns.",
  doc: "Compares the source schema with `columns`, a map of column name to dtype. Dtypes are polars names as `truthgate profile` prints them (`Int64`, `Float64`, `String`, `Bool`, `Date`, `Datetime(us)`) or a family that accepts several (`int`/`integer` any integer width, `float`, `number`, `string`, `bool`, `date`, `datetime` any unit or zone). `ordered: true` also requires the listed columns to appear in that order; `exact: true` forbids columns that are not listed. Missing columns and dtype mismatches are all reported in `observed`.",
  defaultSeverity: "critical",
  params: object({
    columns: record(string2().min(1), dtype).refine((c) => Object.keys(c).length > 0, {
      message: "list at least one column"
    }),
    ordered: boolean2().optional().describe("Listed columns appear in this order"),
    exact: boolean2().optional().describe("No columns other than the listed ones")
  }).strict(),
  example: { columns: { order_id: "int", amount: "Float64", created_at: "datetime" }, exact: true },
  columns: () => [],
  plan: (p, ctx) => schemaOnly(() => {
    const actual = Object.keys(ctx.schema);
    const wanted = Object.keys(p.columns);
    const missing = wanted.filter((c) => !(c in ctx.schema));
    const mismatched = wanted.filter((c) => c in ctx.schema && !dtypeMatches(ctx.schema[c], p.columns[c])).map((c) => ({ column: c, expected: p.columns[c], actual: ctx.schema[c] }));
    const extra = p.exact ? actual.filter((c) => !(c in p.columns)) : [];
    const present = actual.filter((c) => c in p.columns);
    const outOfOrder = p.ordered === true && present.join("\0") !== wanted.filter((c) => c in ctx.schema).join("\0");
    const problems = [
      missing.length ? `missing ${missing.join(", ")}` : "",
      mismatched.length ? `wrong dtype ${mismatched.map((m) => `${m.column} (${m.actual}, expected ${m.expected})`).join(", ")}` : "",
      extra.length ? `unexpected ${extra.join(", ")}` : "",
      outOfOrder ? `order is ${present.join(", ")}` : ""
    ].filter(Boolean);
    return {
      pass: problems.length === 0,
      observed: { missing, mismatched, extra, ...p.ordered ? { order: present } : {} },
      expected: p.columns,
      message: problems.length === 0 ? `schema matches (${formatCount(wanted.length)} column${wanted.length === 1 ? "" : "s"})` : `schema differs: ${problems.join("; ")}`
    };
  })
});
var columnDtype = defineCheck({
  name: "column_dtype",
  category: "table",
  summary: "A column has the given dtype.",
  doc: "Fails when `column` does not have `dtype`. Accepts the same names as `schema`: exact polars names (`Int64`, `Datetime(us)`) or families (`int`, `float`, `string`, `bool`, `date`, `datetime`). Useful for a column whose type silently drifts, such as ids read as floats after a null appears in a CSV.",
  defaultSeverity: "high",
  params: object({ column, dtype }).strict(),
  example: { column: "amount", dtype: "float" },
  columns: (p) => [p.column],
  plan: (p, ctx) => schemaOnly(() => {
    const actual = ctx.schema[p.column];
    const pass = dtypeMatches(actual, p.dtype);
    return {
      pass,
      observed: actual,
      expected: p.dtype,
      message: pass ? `${p.column} is ${actual}` : `${p.column} is ${actual}, expected ${p.dtype}`
    };
  })
});
var ageUnits = {
  ms: 1,
  s: 1e3,
  m: 6e4,
  h: 36e5,
  d: 864e5,
  w: 6048e5
};
function parseAge(text) {
  const s = text.replace(/\s+/g, "");
  if (!/^(\d+(\.\d+)?(ms|s|m|h|d|w))+$/.test(s)) return void 0;
  let total = 0;
  for (const m of s.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g)) total += Number(m[1]) * ageUnits[m[2]];
  return total;
}
function formatAge(ms) {
  const sign = ms < 0 ? "-" : "";
  let rest = Math.abs(ms);
  const parts = [];
  for (const [u, size] of [
    ["d", 864e5],
    ["h", 36e5],
    ["m", 6e4],
    ["s", 1e3]
  ]) {
    const n = Math.floor(rest / size);
    if (n > 0 || u === "s" && parts.length === 0) parts.push(`${n}${u}`);
    rest -= n * size;
  }
  return sign + parts.slice(0, 2).join(" ");
}
var freshness = defineCheck({
  name: "freshness",
  category: "table",
  summary: "The newest timestamp in a column is at most `max_age` old.",
  doc: "Takes the newest non-null value of `column` (a Date, a Datetime, or text holding ISO-8601 timestamps such as `2024-05-31`, `2024-05-31 12:00:00` or `2024-05-31T12:00:00+09:00`; give `format` for anything else) and fails when it is older than `max_age` relative to the start of the run. Ages are written as a number and a unit, combinable: `90m`, `24h`, `7d`, `1d12h` (units ms, s, m, h, d, w). Timestamps without a zone are taken as UTC. Text values that do not parse are ignored and counted in `observed`.",
  defaultSeverity: "high",
  merge: "exact",
  params: object({
    column,
    max_age: string2().refine((s) => parseAge(s) !== void 0, {
      message: "write an age like `24h`, `7d`, `90m` or `1d12h`"
    }).describe("Largest allowed age of the newest value, e.g. 24h, 7d"),
    format: string2().min(1).optional().describe("strftime format of text timestamps, e.g. %d/%m/%Y %H:%M")
  }).strict(),
  example: { column: "updated_at", max_age: "24h" },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const dtype2 = requireDtype(ctx, "freshness", p.column, "date");
    const c = col(p.column);
    const epoch = p.format && isStringDtype(dtype2) ? c.cast("String").strptime(p.format).epochMs("Datetime(ms)") : c.epochMs(dtype2);
    const newest = epoch.max();
    const unparsed = isStringDtype(dtype2) ? c.isNotNull().and(epoch.isNull()).sum() : lit2(0);
    const maxAge = parseAge(p.max_age);
    return {
      kind: "aggregate",
      metrics: { newest, unparsed },
      evaluate: (m) => {
        const ms = toNumber(m.newest);
        const skipped = toNumber(m.unparsed) ?? 0;
        const note = skipped > 0 ? ` (${formatCountOf(skipped, "value")} did not parse as a timestamp)` : "";
        if (ms === null) {
          return {
            pass: false,
            observed: { newest: null, unparsed: skipped },
            expected: `newest within ${p.max_age}`,
            message: `no timestamps in ${p.column}${note}`
          };
        }
        const age = ctx.now.getTime() - ms;
        const newestIso = new Date(ms).toISOString();
        return {
          pass: age <= maxAge,
          observed: {
            newest: newestIso,
            ageSeconds: Math.round(age / 1e3),
            ...skipped ? { unparsed: skipped } : {}
          },
          expected: `newest within ${p.max_age}`,
          message: `newest ${p.column} is ${newestIso}, ${formatAge(age)} old; allowed ${p.max_age}${note}`
        };
      }
    };
  }
});
var noDuplicateRows = defineCheck({
  name: "no_duplicate_rows",
  category: "table",
  summary: "No two rows are identical (over all columns or a subset).",
  doc: "Fails on every row that has an identical twin, comparing all columns or only `columns` when given. Both copies count as failing, so two identical rows give a failing count of 2. Nulls compare equal to nulls here (two rows that are both empty in the same places are duplicates). With `where`, only rows inside the filter are compared. Needs all rows at once, so partitioned runs merge it globally.",
  defaultSeverity: "medium",
  merge: "global",
  params: object({ columns: columnList.optional() }).strict(),
  example: {},
  columns: (p) => p.columns ?? [],
  plan: (p, ctx) => ({
    kind: "row",
    fails: duplicated((p.columns ?? Object.keys(ctx.schema)).map(col)),
    clean: keysDistinct((p.columns ?? Object.keys(ctx.schema)).map(col), false),
    judged: "all",
    expected: "no duplicate rows",
    describe: "duplicate rows"
  })
});
var rowCountCompare = defineCheck({
  name: "row_count_compare",
  category: "table",
  summary: "Row count is close to that of another source.",
  doc: "Compares the number of rows (after `where`) with the row count of the source `other`, e.g. a staging table with its production table or today's extract with yesterday's. Give `tolerance` (0.1 = within \xB110% of `other`) or a ratio range `min_ratio`/`max_ratio` of rows over other rows; with neither the counts must be equal. The other source is counted with its own light query.",
  defaultSeverity: "high",
  params: object({
    other: string2().min(1).describe("Name of the source to compare with"),
    tolerance: number2().min(0).optional().describe("Allowed relative difference, 0.1 = \xB110%"),
    min_ratio: number2().min(0).optional().describe("Least rows / other rows"),
    max_ratio: number2().min(0).optional().describe("Largest rows / other rows")
  }).strict().refine((p) => p.tolerance === void 0 || p.min_ratio === void 0 && p.max_ratio === void 0, {
    message: "give `tolerance` or `min_ratio`/`max_ratio`, not both"
  }),
  example: { other: "orders_yesterday", tolerance: 0.1 },
  readsSources: (p) => [p.other],
  columns: () => [],
  plan: (p, ctx) => {
    const tol = p.tolerance ?? 0;
    const lo = p.min_ratio ?? (p.max_ratio === void 0 ? 1 - tol : void 0);
    const hi = p.max_ratio ?? (p.min_ratio === void 0 ? 1 + tol : void 0);
    const verdict = (rows2, other2) => {
      const ratio = other2 === 0 ? rows2 === 0 ? 1 : Infinity : rows2 / other2;
      const pass = inRange(ratio, lo, hi);
      const expected = p.min_ratio !== void 0 || p.max_ratio !== void 0 ? `rows / ${p.other} rows ${describeRange(lo, hi)}` : tol === 0 ? `= ${p.other} rows` : `within \xB1${formatPercent(tol)} of ${p.other} rows`;
      return {
        pass,
        observed: { rows: rows2, otherRows: other2, ratio: Number.isFinite(ratio) ? ratio : null },
        expected,
        message: `${formatCountOf(rows2, "row")} vs ${formatCount(other2)} in ${p.other} (ratio ${Number.isFinite(ratio) ? ratio.toFixed(3) : "\u221E"}); expected ${expected}`
      };
    };
    if (ctx.otherSql)
      return {
        kind: "aggregate",
        metrics: { rows: rows(), other: rowCountOfOther(ctx.otherSql(p.other)) },
        evaluate: (m) => verdict(toNumber(m.rows) ?? 0, toNumber(m.other) ?? 0)
      };
    const counted = ctx.other(p.other).lazy().select(import_nodejs_polars13.default.len().alias("n")).collectSync();
    const other = toNumber(counted.getColumn("n").get(0)) ?? 0;
    return {
      kind: "aggregate",
      metrics: { rows: rows() },
      evaluate: (m) => verdict(toNumber(m.rows) ?? 0, other)
    };
  }
});
function schemaOnly(judge2) {
  return { kind: "aggregate", metrics: {}, evaluate: judge2 };
}
var tableChecks = [
  rowCount,
  columnCount,
  columnsPresent,
  schemaCheck,
  columnDtype,
  freshness,
  noDuplicateRows,
  rowCountCompare
];

// src/core/checks/completeness.ts
var notNull = defineCheck({
  name: "not_null",
  category: "completeness",
  summary: "Column has no null values.",
  doc: "Fails on every row where the column is null. With `mostly: 0.99` up to 1% nulls are tolerated. Empty CSV fields are read as null. Pair it with `no_blank_strings` to also reject empty or whitespace-only text.",
  defaultSeverity: "high",
  perColumn: true,
  params: object({ column }).strict(),
  example: { columns: ["order_id", "email"] },
  columns: (p) => [p.column],
  plan: (p) => ({
    kind: "row",
    fails: col(p.column).isNull(),
    judged: "all",
    expected: "no nulls",
    describe: "null values"
  })
});
var nullFractionMax = defineCheck({
  name: "null_fraction_max",
  category: "completeness",
  summary: "Share of null values in a column is at most `max`.",
  doc: "Computes nulls / rows for the column (inside `where`) and fails when it exceeds `max` (0.05 = 5%). It is the aggregate twin of `not_null` with `mostly`: the verdict is the same, but the observed value is the null fraction itself, which reads better on dashboards and in drift trends.",
  defaultSeverity: "medium",
  perColumn: true,
  params: object({ column, max: number2().min(0).max(1).describe("Largest allowed null fraction, 0..1") }).strict(),
  example: { column: "email", max: 0.05 },
  columns: (p) => [p.column],
  plan: (p) => ({
    kind: "aggregate",
    metrics: { nulls: col(p.column).isNull().sum(), rows: rows() },
    evaluate: (m) => {
      const nulls = toNumber(m.nulls) ?? 0;
      const rows2 = toNumber(m.rows) ?? 0;
      const fraction2 = rows2 > 0 ? nulls / rows2 : 0;
      return {
        pass: fraction2 <= p.max + 1e-12,
        observed: fraction2,
        expected: `<= ${p.max}`,
        failingCount: nulls,
        failingFraction: fraction2,
        judgedCount: rows2,
        message: `${formatCount(nulls)} of ${formatCount(rows2)} values null (${formatPercent(fraction2)}); allowed up to ${formatPercent(p.max)}`
      };
    }
  })
});
var completeRows = defineCheck({
  name: "complete_rows",
  category: "completeness",
  summary: "Every row has all of the listed columns filled.",
  doc: "Fails on every row where any of `columns` is null, e.g. an address that must have street, city and postcode together. One failing row counts once however many of its columns are empty; use `not_null` for per-column counts.",
  defaultSeverity: "high",
  params: object({ columns: columnList }).strict(),
  example: { columns: ["street", "city", "postcode"] },
  columns: (p) => p.columns,
  plan: (p) => ({
    kind: "row",
    fails: or(...p.columns.map((c) => col(c).isNull())),
    judged: "all",
    expected: `no nulls in ${p.columns.join(", ")}`,
    describe: `empty values in ${p.columns.join(", ")}`
  })
});
var noBlankStrings = defineCheck({
  name: "no_blank_strings",
  category: "completeness",
  summary: "Text values are neither empty nor whitespace only.",
  doc: "Fails on every non-null text value that is empty or holds only whitespace (spaces, tabs, newlines). Such values pass `not_null` but carry no information. Nulls are not judged. The column must be text; set `null_values` on a CSV source to read placeholders like `N/A` as null.",
  defaultSeverity: "medium",
  perColumn: true,
  params: object({ column }).strict(),
  example: { columns: ["name", "email"] },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    requireDtype(ctx, "no_blank_strings", p.column, "string");
    return {
      kind: "row",
      fails: col(p.column).cast("String").trim().length().eq(0),
      expected: "no empty or whitespace-only text",
      describe: "blank text"
    };
  }
});
var completenessChecks = [notNull, nullFractionMax, completeRows, noBlankStrings];

// src/core/checks/uniqueness.ts
var unique = defineCheck({
  name: "unique",
  category: "uniqueness",
  summary: "No non-null value occurs twice in the column.",
  doc: "Fails on every row whose value also occurs in another row; both copies count, so one repeated id gives a failing count of 2. Nulls are not judged (several nulls are not duplicates); add `not_null` for them. With `where`, duplicates are only looked for among rows inside the filter. Clean columns cost one distinct count (of value hashes, or of the values of an integer column); rows are compared only when that finds a repeat. Needs all rows at once, so partitioned runs merge it globally.",
  defaultSeverity: "high",
  merge: "global",
  perColumn: true,
  params: object({ column }).strict(),
  example: { column: "order_id" },
  columns: (p) => [p.column],
  plan: (p, ctx) => ({
    kind: "row",
    fails: duplicated([col(p.column)], dtypesOf(ctx, [p.column])),
    clean: keysDistinct([col(p.column)], true, dtypesOf(ctx, [p.column])),
    expected: "unique values",
    describe: "duplicate values"
  })
});
var uniqueCombination = defineCheck({
  name: "unique_combination",
  category: "uniqueness",
  summary: "No combination of values over the listed columns occurs twice.",
  doc: "Fails on every row whose values in `columns`, taken together, also occur in another row (a compound key such as `[customer_id, order_date]`). Rows with a null in any of the columns are not judged; use `primary_key` to reject those too. Both copies of a duplicate count as failing.",
  defaultSeverity: "high",
  merge: "global",
  params: object({ columns: columnList }).strict(),
  example: { columns: ["customer_id", "order_date"] },
  columns: (p) => p.columns,
  plan: (p, ctx) => ({
    kind: "row",
    fails: duplicated(p.columns.map(col), dtypesOf(ctx, p.columns)),
    clean: keysDistinct(p.columns.map(col), true, dtypesOf(ctx, p.columns)),
    expected: `unique (${p.columns.join(", ")})`,
    describe: `duplicate (${p.columns.join(", ")}) combinations`
  })
});
var primaryKey = defineCheck({
  name: "primary_key",
  category: "uniqueness",
  summary: "The listed columns are never null and unique together.",
  doc: "The usual contract of a table key: fails on every row where any of `columns` is null, and on every row whose key combination occurs more than once. Unlike `unique_combination`, every row is judged, so a null key is a failure rather than being skipped. Both copies of a duplicate count as failing.",
  defaultSeverity: "critical",
  merge: "global",
  params: object({ columns: columnList }).strict(),
  example: { columns: ["order_id"] },
  columns: (p) => p.columns,
  plan: (p, ctx) => ({
    kind: "row",
    fails: nullKey(p.columns).or(duplicated(p.columns.map(col), dtypesOf(ctx, p.columns))),
    clean: nullKey(p.columns).not().all().and(keysDistinct(p.columns.map(col), false, dtypesOf(ctx, p.columns))),
    judged: "all",
    expected: `non-null, unique (${p.columns.join(", ")})`,
    describe: "null or duplicate keys"
  })
});
function dtypesOf(ctx, columns2) {
  return columns2.map((c) => ctx.schema[c] ?? "unknown");
}
function nullKey(columns2) {
  return or(...columns2.map((c) => col(c).isNull()));
}
function distinctPlan(p, measure) {
  const values = col(p.column);
  return {
    kind: "aggregate",
    metrics: { distinct: values.nUnique(), nonNull: values.count() },
    evaluate: (m) => {
      const expected = describeRange(p.min, p.max);
      const got = measure(toNumber(m.distinct) ?? 0, toNumber(m.nonNull) ?? 0);
      if (!got)
        return { pass: false, observed: null, expected, message: `${p.column} has no non-null values` };
      return {
        pass: inRange(got.value, p.min, p.max),
        observed: got.value,
        expected,
        message: `${got.says}, expected ${expected}`
      };
    }
  };
}
var distinctCountBetween = defineCheck({
  name: "distinct_count_between",
  category: "uniqueness",
  summary: "Number of distinct non-null values lies within a range.",
  doc: "Counts the distinct non-null values of the column (inside `where`) and compares the count with `min` and/or `max`. Catches a category column that collapsed to one value or exploded into free text. The count is exact; partitioned runs merge it globally.",
  defaultSeverity: "medium",
  merge: "global",
  perColumn: true,
  params: object({ column, min: range.min, max: range.max }).strict().refine(requireABound, boundMessage),
  example: { column: "status", min: 2, max: 10 },
  columns: (p) => [p.column],
  plan: (p) => distinctPlan(p, (distinct) => ({
    value: distinct,
    says: `${formatCountOf(distinct, "distinct value")} in ${p.column}`
  }))
});
var fraction = number2().min(0).max(1);
var distinctFractionBetween = defineCheck({
  name: "distinct_fraction_between",
  category: "uniqueness",
  summary: "Distinct values / non-null values lies within a range.",
  doc: "Divides the number of distinct non-null values by the number of non-null values (inside `where`): 1.0 means every value is unique, values near 0 mean a few values repeat. Compare with `min` and/or `max` (fractions 0..1). A column with no non-null values fails, since there is nothing to measure.",
  defaultSeverity: "medium",
  merge: "global",
  perColumn: true,
  params: object({ column, min: fraction.optional(), max: fraction.optional() }).strict().refine(requireABound, boundMessage),
  example: { column: "customer_id", min: 0.9 },
  columns: (p) => [p.column],
  plan: (p) => distinctPlan(
    p,
    (distinct, nonNull) => nonNull === 0 ? null : {
      value: distinct / nonNull,
      says: `${formatCount(distinct)} distinct of ${formatCount(nonNull)} non-null values (${(distinct / nonNull).toFixed(4)})`
    }
  )
});
var uniquenessChecks = [
  unique,
  uniqueCombination,
  primaryKey,
  distinctCountBetween,
  distinctFractionBetween
];

// src/core/checks/sets.ts
var import_nodejs_polars14 = __toESM(require_nodejs_polars(), 1);

// src/core/toolkit/values.ts
var MASK = "\u2022\u2022\u2022";
function jsonSafe(v) {
  if (typeof v === "bigint") return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
  if (typeof v === "number" && !Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) return v.map(jsonSafe);
  if (v && typeof v === "object") {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, jsonSafe(x)]));
  }
  return v;
}

// src/core/checks/sets.ts
var setValues = array(union([string2(), number2(), boolean2()])).min(1).describe("The allowed (or forbidden) values");
var columnAndValues = object({ column, values: setValues }).strict();
function family(dtype2) {
  if (isNumericDtype(dtype2)) return "number";
  if (isStringDtype(dtype2)) return "string";
  return dtype2;
}
function comparable(c, dtype2, values) {
  const categorical = dtype2.startsWith("Categorical") || dtype2.startsWith("Enum");
  const text = c.cast("String");
  if (Array.isArray(values)) {
    const kinds2 = new Set(values.map((v) => typeof v));
    const kind = kinds2.size === 1 ? jsFamily[[...kinds2][0]] : "string";
    if (family(dtype2) === kind && !categorical)
      return { left: c, isIn: c.isIn(kinds2.size === 1 ? values : values.map(String)) };
    return { left: text, isIn: text.isIn(values.map(String)) };
  }
  const rdtype = dtypeName(values.dtype);
  if (family(dtype2) === family(rdtype) && !categorical)
    return { left: c, isIn: c.isInSeries(seriesRef(values)) };
  const right = isStringDtype(rdtype) ? values : values.cast(import_nodejs_polars14.default.Utf8);
  return { left: text, isIn: text.isInSeries(seriesRef(right)) };
}
function memberOf(c, dtype2, values) {
  return comparable(c, dtype2, values).isIn;
}
var seriesRef = (s) => ({ polars: s, length: s.length });
var jsFamily = { number: "number", string: "string", boolean: "Bool" };
function membership(ctx, name, values) {
  return memberOf(col(name), ctx.schema[name], values);
}
var preview = (values) => values.length <= 10 ? values.join(", ") : `${values.slice(0, 10).join(", ")}, \u2026 (${values.length} values)`;
var inSet = defineCheck({
  name: "in_set",
  category: "sets",
  summary: "Every non-null value is one of the listed values.",
  doc: "Fails on every non-null value that is not in `values`, e.g. a status outside `[paid, refunded, pending]`. Comparison is exact and case-sensitive. When the column and the listed values are of different kinds (a numeric code listed as text, or a date listed as `2024-01-31`) both are compared as text. Nulls are not judged.",
  defaultSeverity: "high",
  perColumn: true,
  params: columnAndValues,
  example: { column: "status", values: ["paid", "refunded", "pending"] },
  columns: (p) => [p.column],
  plan: (p, ctx) => ({
    kind: "row",
    fails: membership(ctx, p.column, p.values).not(),
    expected: p.values,
    describe: `values outside {${preview(p.values)}}`
  })
});
var notInSet = defineCheck({
  name: "not_in_set",
  category: "sets",
  summary: "No non-null value is one of the listed (forbidden) values.",
  doc: "Fails on every value that is in `values`: placeholders such as `N/A`, `unknown`, `-1` or `1900-01-01` that stand in for missing data. Comparison is exact and case-sensitive, with the same text fallback as `in_set` when kinds differ. Nulls are not judged.",
  defaultSeverity: "medium",
  perColumn: true,
  params: columnAndValues,
  example: { column: "email", values: ["N/A", "unknown", "test@test.com"] },
  columns: (p) => [p.column],
  plan: (p, ctx) => ({
    kind: "row",
    fails: membership(ctx, p.column, p.values),
    expected: { not: p.values },
    describe: `forbidden values {${preview(p.values)}}`
  })
});
var LISTED = 20;
function distinctSetPlan(ctx, name, values, judge2) {
  const c = col(name);
  const { left, isIn: inside } = comparable(c, ctx.schema[name], values);
  const outside = inside.not();
  return {
    kind: "aggregate",
    metrics: {
      unexpectedCount: c.nUnique(outside),
      unexpected: c.distinctList({ filter: outside, sorted: true, limit: LISTED }),
      // In the compared form, so "present" can be matched with the listed values as text.
      present: left.distinctList({ filter: inside })
    },
    evaluate: (m) => judge2(
      {
        count: toNumber(m.unexpectedCount) ?? 0,
        first: jsonSafe(m.unexpected) ?? []
      },
      m.present ?? []
    )
  };
}
function describeUnexpected(u) {
  const more = u.count > u.first.length ? `, \u2026 (${formatCount(u.count)} in all)` : "";
  return `unexpected ${u.first.map((v) => JSON.stringify(v)).join(", ")}${more}`;
}
var distinctValuesEqual = defineCheck({
  name: "distinct_values_equal",
  category: "sets",
  summary: "The set of distinct non-null values is exactly the listed set.",
  doc: "Collects the distinct non-null values of the column and fails unless they are exactly `values`: no value outside the set and every listed value present at least once. `observed` names the unexpected values (the first 20, sorted, with their total count) and the missing ones. Use `distinct_values_subset` when some listed values may be absent.",
  defaultSeverity: "medium",
  merge: "global",
  perColumn: true,
  params: columnAndValues,
  example: { column: "weather", values: ["drizzle", "fog", "rain", "snow", "sun"] },
  columns: (p) => [p.column],
  plan: (p, ctx) => distinctSetPlan(ctx, p.column, p.values, (unexpected, present) => {
    const seen = new Set(present.map(String));
    const missing = p.values.filter((v) => !seen.has(String(v)));
    const problems = [
      unexpected.count > 0 ? describeUnexpected(unexpected) : "",
      missing.length > 0 ? `missing ${missing.map((v) => JSON.stringify(v)).join(", ")}` : ""
    ].filter(Boolean);
    return {
      pass: problems.length === 0,
      observed: { unexpected: unexpected.first, unexpectedCount: unexpected.count, missing },
      expected: p.values,
      message: problems.length === 0 ? `distinct values of ${p.column} are exactly the ${formatCount(p.values.length)} listed` : `distinct values of ${p.column} differ: ${problems.join("; ")}`
    };
  })
});
var distinctValuesSubset = defineCheck({
  name: "distinct_values_subset",
  category: "sets",
  summary: "Every distinct non-null value is within the listed set.",
  doc: "Collects the distinct non-null values of the column and fails when any lies outside `values`. Unlike `in_set`, which counts failing rows, it reports the offending distinct values themselves: `observed` holds the first 20 (sorted) and their total count. Listed values need not all occur.",
  defaultSeverity: "medium",
  merge: "global",
  perColumn: true,
  params: columnAndValues,
  example: { column: "country", values: ["DE", "FR", "KR", "US"] },
  columns: (p) => [p.column],
  plan: (p, ctx) => distinctSetPlan(ctx, p.column, p.values, (unexpected) => ({
    pass: unexpected.count === 0,
    observed: { unexpected: unexpected.first, unexpectedCount: unexpected.count },
    expected: p.values,
    message: unexpected.count === 0 ? `all distinct values of ${p.column} are within the ${formatCount(p.values.length)} listed` : `${formatCountOf(unexpected.count, "distinct value")} of ${p.column} outside the set: ${describeUnexpected(unexpected)}`
  }))
});
var setChecks = [inSet, notInSet, distinctValuesEqual, distinctValuesSubset];

// src/core/checks/strings.ts
function textColumn(ctx, check, name) {
  const dtype2 = requireDtype(ctx, check, name, "string");
  return dtype2 === "String" ? col(name) : col(name).cast("String");
}
function rowPlan(fails, expected, describe2) {
  return { kind: "row", fails, expected, describe: describe2 };
}
function mustMatch(ctx, check, name, pattern, label, reject) {
  const text = textColumn(ctx, check, name);
  const bad = text.matches(pattern).not();
  const rejected = reject && text.length().gte(reject.minLength).and(text.matches(reject.pattern));
  return rowPlan(rejected ? bad.or(rejected) : bad, label, `invalid ${label}`);
}
function checkedPattern(check, pattern, ignoreCase = false) {
  const full = ignoreCase ? `(?i)${pattern}` : pattern;
  try {
    compileRegex(full);
  } catch (err) {
    const lines = (err instanceof Error ? err.message : String(err)).split("\n").map((l) => l.trim());
    const detail = lines.find((l) => l.startsWith("error:"))?.slice(6) ?? lines.find(Boolean) ?? "";
    throw new TruthgateError("TG_CHECK_ERROR", {
      check,
      detail: `invalid regular expression \`${pattern}\`: ${detail.trim()}`
    });
  }
  return full;
}
var patternParams = object({
  column,
  pattern: string2().min(1).describe("Regular expression (Rust regex syntax); matched anywhere unless anchored"),
  ignore_case: boolean2().optional().describe("Match case-insensitively (same as a leading `(?i)`)")
}).strict();
var regex = defineCheck({
  name: "regex",
  category: "strings",
  summary: "Text values match a regular expression.",
  doc: "Fails on every non-null value in which `pattern` finds no match. The pattern is searched anywhere in the value, so anchor it with `^...$` to match whole values. The syntax is that of Rust regex (polars): no look-around or back-references; inline flags such as `(?i)` work, and `ignore_case: true` adds it for you.",
  defaultSeverity: "medium",
  perColumn: true,
  params: patternParams,
  example: { column: "sku", pattern: "^[A-Z]{3}-\\d{4}$" },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const re = checkedPattern("regex", p.pattern, p.ignore_case);
    return rowPlan(
      textColumn(ctx, "regex", p.column).matches(re).not(),
      `matches /${p.pattern}/`,
      `non-matching values (/${p.pattern}/)`
    );
  }
});
var notRegex = defineCheck({
  name: "not_regex",
  category: "strings",
  summary: "Text values do not match a regular expression.",
  doc: "Fails on every non-null value in which `pattern` finds a match, e.g. to forbid placeholder text (`(?i)^(n/a|tbd|test)$`) or markup. Same syntax and search semantics as `regex`.",
  defaultSeverity: "medium",
  perColumn: true,
  params: patternParams,
  example: { column: "name", pattern: "(?i)^(n/a|tbd|test)$" },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const re = checkedPattern("not_regex", p.pattern, p.ignore_case);
    return rowPlan(
      textColumn(ctx, "not_regex", p.column).matches(re),
      `no match of /${p.pattern}/`,
      `values matching /${p.pattern}/`
    );
  }
});
var length = number2().int().min(0);
var lengthBetween = defineCheck({
  name: "length_between",
  category: "strings",
  summary: "Text length (in characters) lies within a range.",
  doc: 'Fails on every non-null value shorter than `min` or longer than `max` characters. Length counts Unicode characters, not bytes, so "\u6771\u4EAC" has length 2. Empty strings have length 0 (use `no_blank_strings` to reject them explicitly).',
  defaultSeverity: "medium",
  perColumn: true,
  params: object({ column, min: length.optional(), max: length.optional() }).strict().refine((p) => p.min !== void 0 || p.max !== void 0, { message: "give `min`, `max` or both" }).refine((p) => p.min === void 0 || p.max === void 0 || p.min <= p.max, {
    message: "`min` must not exceed `max`"
  }),
  example: { column: "country_code", min: 2, max: 2 },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const len = textColumn(ctx, "length_between", p.column).length();
    const lo = p.min === void 0 ? null : len.lt(p.min);
    const hi = p.max === void 0 ? null : len.gt(p.max);
    const fails = lo && hi ? lo.or(hi) : lo ?? hi;
    const expected = p.min !== void 0 && p.max !== void 0 ? `length in [${p.min}, ${p.max}]` : p.min !== void 0 ? `length >= ${p.min}` : `length <= ${p.max}`;
    return rowPlan(
      fails,
      expected,
      p.min !== void 0 && p.max !== void 0 ? `values outside ${expected}` : p.min !== void 0 ? `values shorter than ${p.min} characters` : `values longer than ${p.max} characters`
    );
  }
});
var LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?";
var TLD = "(?:\\p{L}{2,}|xn--[a-zA-Z0-9-]+)";
var LONG_LABEL = { pattern: "(?:@|//)(?:[^./:@]*\\.)*[^./:@]{64}", minLength: 65 };
var DOMAIN = `(?:${LABEL}\\.)+${TLD}`;
var ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
var IPV4_OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
var IPV4 = `${IPV4_OCTET}(?:\\.${IPV4_OCTET}){3}`;
function ipv6Pattern() {
  const h = "[0-9A-Fa-f]{1,4}";
  const groups = (n) => n === 0 ? "" : `${h}(?::${h}){${n - 1}}`;
  const alts = [`(?:${h}:){7}${h}`, `(?:${h}:){6}${IPV4}`];
  for (let a = 0; a <= 7; a++) {
    for (let b = 0; a + b <= 7; b++) alts.push(`${groups(a)}::${groups(b)}`);
    for (let b = 0; a + b <= 5; b++) alts.push(`${groups(a)}::${b === 0 ? "" : `${groups(b)}:`}${IPV4}`);
  }
  return `(?:${alts.join("|")})`;
}
var IPV6 = ipv6Pattern();
function formatCheck(spec) {
  return defineCheck({
    name: spec.name,
    category: "strings",
    summary: spec.summary,
    doc: spec.doc,
    defaultSeverity: "medium",
    perColumn: true,
    params: object({ column }).strict(),
    example: spec.example,
    columns: (p) => [p.column],
    plan: (p, ctx) => mustMatch(ctx, spec.name, p.column, spec.pattern, spec.label, spec.reject)
  });
}
var email2 = formatCheck({
  name: "email",
  summary: "Values are syntactically valid email addresses.",
  doc: "Fails on every non-null value that is not a plausible email address: a local part of the usual characters (dot-separated, no leading, trailing or double dots), `@`, and a domain of at least two labels with an alphabetic top-level domain. Internationalised domain names (Unicode or `xn--`) pass. Quoted local parts and IP-literal domains, legal but almost never intended, fail. No DNS lookup is made.",
  example: { column: "email" },
  label: "email addresses",
  pattern: `^${ATOM}(?:\\.${ATOM})*@${DOMAIN}$`,
  reject: LONG_LABEL
});
var uuidVersion = number2().int().min(1).max(8);
var uuid2 = defineCheck({
  name: "uuid",
  category: "strings",
  summary: "Values are UUIDs (any version, or the given `version`).",
  doc: "Fails on every non-null value that is not a UUID in its canonical 8-4-4-4-12 hexadecimal form (either case, no braces or `urn:uuid:` prefix). Without `version` any hex value of that shape passes, including the nil UUID; with `version: 4` (1 to 8) the version digit must match and the variant must be the RFC 9562 one (`8`, `9`, `a` or `b`).",
  defaultSeverity: "medium",
  perColumn: true,
  params: object({ column, version: uuidVersion.optional().describe("Required UUID version (1-8)") }).strict(),
  example: { column: "id", version: 4 },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const x = "[0-9A-Fa-f]";
    const pattern = p.version === void 0 ? `^${x}{8}-${x}{4}-${x}{4}-${x}{4}-${x}{12}$` : `^${x}{8}-${x}{4}-${p.version}${x}{3}-[89ABab]${x}{3}-${x}{12}$`;
    const label = p.version === void 0 ? "UUIDs" : `version ${p.version} UUIDs`;
    return mustMatch(ctx, "uuid", p.column, pattern, label);
  }
});
var url = defineCheck({
  name: "url",
  category: "strings",
  summary: "Values are absolute URLs with a host (http, https, ftp by default).",
  doc: "Fails on every non-null value that is not an absolute URL of one of `schemes` (default http, https, ftp; case-insensitive) with a host: a domain name with a top-level domain, `localhost`, an IPv4 address or a bracketed IPv6 address, then an optional port and an optional path, query and fragment without spaces. Relative URLs and bare domains fail.",
  defaultSeverity: "medium",
  perColumn: true,
  params: object({
    column,
    schemes: array(string2().regex(/^[A-Za-z][A-Za-z0-9+.-]*$/, "a URL scheme such as `https`")).min(1).optional().describe("Allowed schemes (default: http, https, ftp)")
  }).strict(),
  example: { column: "homepage", schemes: ["https"] },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const schemes2 = p.schemes ?? ["http", "https", "ftp"];
    const host = `(?:localhost|${DOMAIN}|${IPV4}|\\[${IPV6}\\])`;
    const pattern = `^(?i:${schemes2.map((s) => s.replace(/[.+]/g, "\\$&")).join("|")})://(?:[^\\s/?#@]+@)?${host}(?::[0-9]{1,5})?(?:[/?#][^\\s]*)?$`;
    const label = `${schemes2.join("/")} URLs`;
    return mustMatch(ctx, "url", p.column, pattern, label, LONG_LABEL);
  }
});
var ipAddress = defineCheck({
  name: "ip_address",
  category: "strings",
  summary: "Values are IPv4 and/or IPv6 addresses.",
  doc: "Fails on every non-null value that is not an IP address of the chosen `version` (4, 6 or `any`, the default). IPv4 is four dotted decimal octets of at most 255 without leading zeros; IPv6 accepts every standard spelling, including `::` compression and an embedded IPv4 tail (`::ffff:10.0.0.1`). Zone suffixes (`%eth0`), ports and CIDR prefixes fail.",
  defaultSeverity: "medium",
  perColumn: true,
  params: object({ column, version: union([literal(4), literal(6), literal("any")]).optional() }).strict(),
  example: { column: "client_ip", version: 4 },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const v = p.version ?? "any";
    const body = v === 4 ? IPV4 : v === 6 ? IPV6 : `(?:${IPV4}|${IPV6})`;
    const label = v === "any" ? "IP addresses" : `IPv${v} addresses`;
    return mustMatch(ctx, "ip_address", p.column, `^${body}$`, label);
  }
});
var datetimeFormat = defineCheck({
  name: "datetime_format",
  category: "strings",
  summary: "Text values parse as a date or date-time with a strftime format.",
  doc: "Fails on every non-null value that the strftime `format` (chrono syntax, e.g. `%Y-%m-%d %H:%M:%S`) does not parse as a whole: trailing text, impossible dates (2024-02-30) and out-of-range fields fail. A format without time directives parses dates. `%.f` takes optional fractional seconds and `%z` or `%:z` an offset; for ISO 8601 values with an offset use `%Y-%m-%dT%H:%M:%S%.f%:z`.",
  defaultSeverity: "medium",
  perColumn: true,
  params: object({ column, format: string2().min(1).describe("strftime format") }).strict(),
  example: { column: "created_at", format: "%Y-%m-%d %H:%M:%S" },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const parsed = textColumn(ctx, "datetime_format", p.column).strptime(p.format).epochMs("Datetime(ms)");
    return rowPlan(parsed.isNull(), `format ${p.format}`, `unparseable values (format ${p.format})`);
  }
});
var jsonParseable = defineCheck({
  name: "json_parseable",
  category: "strings",
  summary: "Text values are valid JSON documents.",
  doc: 'Fails on every non-null value that is not one complete JSON document (object, array, string, number, `true`, `false` or `null`; surrounding spaces, tabs and line breaks allowed). Trailing commas, single quotes, comments, `NaN`, `Infinity`, a byte-order mark and trailing text fail. As polars parses it (serde_json): duplicate keys are allowed; an escaped lone UTF-16 surrogate (`"\\ud800"`), nesting deeper than 127 levels and a number too large for a double (`1e309`, and `1.7976931348623158e308`, which serde_json computes as infinity) fail. Each value is parsed on its own inside the fused scan, so one bad row never breaks the others. The databases give the same verdict on every value: DuckDB refuses what its `json_valid` lets through (trailing commas, `NaN`, depth, huge numbers) in the same query; PostgreSQL calls a function that a connection running this check creates in `pg_temp` before its read-only transaction (`IS JSON` from PostgreSQL 16, a caught cast before), so the role needs the TEMP privilege on the database; without it this check (only) is refused with TG_CHECK_UNSUPPORTED_BACKEND saying so.',
  defaultSeverity: "medium",
  perColumn: true,
  params: object({ column }).strict(),
  example: { column: "payload" },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const fails = textColumn(ctx, "json_parseable", p.column).jsonValid().not();
    return rowPlan(fails, "valid JSON", "values that are not valid JSON");
  }
});
var noSurroundingWhitespace = defineCheck({
  name: "no_surrounding_whitespace",
  category: "strings",
  summary: "Text values have no leading or trailing whitespace.",
  doc: "Fails on every non-null value that starts or ends with whitespace (spaces, tabs, newlines, and Unicode spaces such as the no-break space). Such values break joins and set checks in ways that are hard to see.",
  defaultSeverity: "low",
  perColumn: true,
  params: object({ column }).strict(),
  example: { columns: ["email", "country"] },
  columns: (p) => [p.column],
  plan: (p, ctx) => rowPlan(
    textColumn(ctx, "no_surrounding_whitespace", p.column).matches("^\\s|\\s$"),
    "no leading or trailing whitespace",
    "values with leading or trailing whitespace"
  )
});
function caseCheck(name) {
  const lower = name === "lowercase";
  return defineCheck({
    name,
    category: "strings",
    summary: `Text values are all ${lower ? "lower" : "upper"} case.`,
    doc: `Fails on every non-null value that changes when converted to ${lower ? "lower" : "upper"} case, i.e. that holds at least one ${lower ? "upper" : "lower"}-case letter (Unicode-aware). Digits, symbols and letters without case pass.`,
    defaultSeverity: "low",
    perColumn: true,
    params: object({ column }).strict(),
    example: { column: lower ? "email" : "country_code" },
    columns: (p) => [p.column],
    plan: (p, ctx) => {
      const c = textColumn(ctx, name, p.column);
      const mapped = lower ? c.lower() : c.upper();
      return rowPlan(c.neq(mapped), `${name} text`, `values that are not ${name}`);
    }
  });
}
var affixes = union([string2().min(1), array(string2().min(1)).min(1)]);
function affixPlan(ctx, check, name, given, start) {
  const c = textColumn(ctx, check, name);
  const list = [].concat(given);
  const any = or(...list.map((s) => start ? c.startsWith(s) : c.endsWith(s)));
  const shown = list.map((s) => JSON.stringify(s)).join(" or ");
  const verb = start ? "start" : "end";
  return rowPlan(any.not(), `${verb}s with ${shown}`, `values not ${verb}ing with ${shown}`);
}
var startsWith = defineCheck({
  name: "starts_with",
  category: "strings",
  summary: "Text values start with a literal prefix (or one of several).",
  doc: "Fails on every non-null value that does not start with `prefix`, compared literally and case-sensitively. Give a list to accept any of several prefixes.",
  defaultSeverity: "medium",
  perColumn: true,
  params: object({ column, prefix: affixes }).strict(),
  example: { column: "invoice_id", prefix: "INV-" },
  columns: (p) => [p.column],
  plan: (p, ctx) => affixPlan(ctx, "starts_with", p.column, p.prefix, true)
});
var endsWith = defineCheck({
  name: "ends_with",
  category: "strings",
  summary: "Text values end with a literal suffix (or one of several).",
  doc: "Fails on every non-null value that does not end with `suffix`, compared literally and case-sensitively. Give a list to accept any of several suffixes.",
  defaultSeverity: "medium",
  perColumn: true,
  params: object({ column, suffix: affixes }).strict(),
  example: { column: "filename", suffix: [".csv", ".parquet"] },
  columns: (p) => [p.column],
  plan: (p, ctx) => affixPlan(ctx, "ends_with", p.column, p.suffix, false)
});
var stringChecks = [
  regex,
  notRegex,
  lengthBetween,
  email2,
  url,
  uuid2,
  ipAddress,
  datetimeFormat,
  jsonParseable,
  noSurroundingWhitespace,
  caseCheck("lowercase"),
  caseCheck("uppercase"),
  startsWith,
  endsWith
];

// src/core/checks/numbers.ts
var between = defineCheck({
  name: "between",
  category: "numbers",
  summary: "Values lie within a range (inclusive, or exclusive with `strict`).",
  doc: "Fails on every non-null value below `min` or above `max` (or on the bound itself with `strict: true`). Nulls are not judged; use `not_null` for them. Works for integers and floats; for dates, datetimes and ISO text with ISO bounds use `date_between`.",
  defaultSeverity: "high",
  perColumn: true,
  params: object({ column, ...range }).strict().refine(requireABound, boundMessage),
  example: { column: "amount", min: 0, max: 1e4, mostly: 0.99 },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const c = numeric(ctx, "between", p.column);
    const lo = p.min === void 0 ? null : p.strict ? c.lte(p.min) : c.lt(p.min);
    const hi = p.max === void 0 ? null : p.strict ? c.gte(p.max) : c.gt(p.max);
    const fails = lo && hi ? lo.or(hi) : lo ?? hi;
    const expected = describeRange(p.min, p.max, p.strict);
    return { kind: "row", fails, expected, describe: describeOutside(p.min, p.max, p.strict) };
  }
});
function numeric(ctx, check, name) {
  return requireDtype(ctx, check, name, "numeric") === "Null" ? col(name).cast("Float64") : col(name);
}
var isFloat = (ctx, name) => /^Float/.test(ctx.schema[name] ?? "");
function signCheck(name) {
  const strict = name === "positive";
  return defineCheck({
    name,
    category: "numbers",
    summary: strict ? "Values are greater than zero." : "Values are zero or greater.",
    doc: `Fails on every non-null value ${strict ? "that is zero or negative" : "below zero"}. Shorthand for \`between\` with ` + (strict ? "`min: 0, strict: true`" : "`min: 0`") + " that reads better in a suite; NaN is not judged here (see `finite`).",
    defaultSeverity: "high",
    perColumn: true,
    params: object({ column }).strict(),
    example: { column: strict ? "quantity" : "discount" },
    columns: (p) => [p.column],
    plan: (p, ctx) => {
      const c = numeric(ctx, name, p.column);
      const expected = strict ? "> 0" : ">= 0";
      return {
        kind: "row",
        fails: strict ? c.lte(0) : c.lt(0),
        expected,
        describe: strict ? "values <= 0" : "values < 0"
      };
    }
  });
}
var finite = defineCheck({
  name: "finite",
  category: "numbers",
  summary: "Float values are finite (no NaN or \xB1infinity).",
  doc: "Fails on every non-null value that is NaN, +inf or -inf. These slip through range checks and poison sums and means. Integer columns always pass.",
  defaultSeverity: "high",
  perColumn: true,
  params: object({ column }).strict(),
  example: { column: "score" },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const c = numeric(ctx, "finite", p.column);
    const fails = isFloat(ctx, p.column) ? c.isFinite().not() : lit2(false);
    return { kind: "row", fails, expected: "finite numbers", describe: "NaN or infinite values" };
  }
});
var integerValued = defineCheck({
  name: "integer_valued",
  category: "numbers",
  summary: "Numeric values are whole numbers (a zero fractional part).",
  doc: "Fails on every non-null value with a non-zero fractional part, and on NaN and infinities. Integer columns always pass; use it on float columns that should hold counts or identifiers (e.g. a CSV column read as float because of an empty cell or a `3.0`).",
  defaultSeverity: "medium",
  perColumn: true,
  params: object({ column }).strict(),
  example: { column: "passengers" },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const c = numeric(ctx, "integer_valued", p.column);
    const fails = isFloat(ctx, p.column) ? c.isFinite().not().or(c.floor().neq(c)) : lit2(false);
    return { kind: "row", fails, expected: "whole numbers", describe: "values with a fractional part" };
  }
});
var statParams = object({ column, ...range }).strict().refine(requireABound, boundMessage);
function statPlan(p, label, metric3) {
  const expected = describeRange(p.min, p.max, p.strict);
  return {
    kind: "aggregate",
    metrics: { value: metric3 },
    evaluate: (m) => {
      const v = toNumber(m.value);
      const pass = inRange(v, p.min, p.max, p.strict);
      const message = v === null ? `${label} of ${p.column} is undefined (no non-null values)` : `${label} of ${p.column} is ${formatNumber(v)}, expected ${expected}`;
      return { pass, observed: v, expected, message };
    }
  };
}
function statCheck(name, label, doc, agg) {
  return defineCheck({
    name,
    category: "numbers",
    summary: `The ${label} of a numeric column lies within a range.`,
    doc: `Computes the ${label} of the non-null values (inside \`where\`) and fails when it is outside [\`min\`, \`max\`] (exclusive with \`strict\`). ${doc} A column with no values fails with observed null.`,
    defaultSeverity: "medium",
    perColumn: true,
    params: statParams,
    example: { column: "amount", min: 0, max: 500 },
    columns: (p) => [p.column],
    plan: (p, ctx) => {
      return statPlan(p, label, agg(numeric(ctx, name, p.column)));
    }
  });
}
var stats = [
  statCheck(
    "min_between",
    "minimum",
    "Catches a shifted lower end, e.g. prices suddenly at 0.",
    (v) => v.min()
  ),
  statCheck(
    "max_between",
    "maximum",
    "Catches runaway values, e.g. a unit change from euros to cents.",
    (v) => v.max()
  ),
  statCheck("mean_between", "mean", "NaN values make the mean NaN, which fails.", (v) => v.mean()),
  statCheck("median_between", "median", "The median is robust to a few extreme values.", (v) => v.median()),
  statCheck(
    "std_between",
    "standard deviation",
    "This is the sample standard deviation (ddof = 1).",
    (v) => v.std()
  ),
  statCheck(
    "sum_between",
    "sum",
    "Useful for control totals, e.g. the amounts of a daily batch.",
    (v) => v.sum()
  )
];
var quantileBetween = defineCheck({
  name: "quantile_between",
  category: "numbers",
  summary: "A quantile (e.g. the 95th percentile) lies within a range.",
  doc: "Computes quantile `q` (0 to 1) of the non-null values (inside `where`), linearly interpolated between the two nearest values as in numpy's default, and fails when it is outside [`min`, `max`] (exclusive with `strict`). Use it to bound tails, e.g. the 99th percentile of a latency.",
  defaultSeverity: "medium",
  perColumn: true,
  params: object({ column, q: number2().min(0).max(1).describe("Quantile, 0 to 1"), ...range }).strict().refine(requireABound, boundMessage),
  example: { column: "latency_ms", q: 0.95, max: 800 },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    return statPlan(p, `quantile ${p.q}`, numeric(ctx, "quantile_between", p.column).quantile(p.q));
  }
});
function monotonicCheck(name) {
  const up = name === "increasing";
  return defineCheck({
    name,
    category: "numbers",
    summary: `Values ${up ? "increase" : "decrease"} in row order (strictly with \`strict\`).`,
    doc: `Compares each non-null value with the previous non-null value in file order and fails where it is ${up ? "smaller" : "larger"} (or equal, with \`strict: true\`). Nulls are skipped, not judged. Works on numbers, dates and datetimes. It needs every row in order, so it is not merged across partitions; with \`where\`, only rows inside the filter are compared with each other.`,
    defaultSeverity: "medium",
    perColumn: true,
    merge: "global",
    params: object({ column, strict: boolean2().optional().describe("Equal neighbours fail too") }).strict(),
    example: { column: up ? "event_time" : "remaining", strict: up },
    columns: (p) => [p.column],
    plan: (p, ctx) => {
      requireDtype(ctx, name, p.column, "orderable");
      const c = col(p.column).masked();
      const prev = c.prevNonNull();
      const fails = up ? p.strict ? c.lte(prev) : c.lt(prev) : p.strict ? c.gte(prev) : c.gt(prev);
      const expected = `${p.strict ? "strictly " : ""}${name}`;
      return { kind: "row", fails, expected, describe: `values breaking ${expected} order` };
    }
  });
}
var maxFraction = number2().min(0).max(1).optional().describe("Largest tolerated fraction of outliers (default 0; `mostly` overrides it)");
function outlierPlan(fails, maxFrac, rule) {
  const tolerated = maxFrac ?? 0;
  return {
    kind: "row",
    fails,
    expected: `outliers (${rule}) <= ${tolerated * 100}%`,
    describe: `outliers (${rule})`,
    tolerated
  };
}
var zscoreOutliers = defineCheck({
  name: "zscore_outliers_max",
  category: "numbers",
  summary: "Share of values with |z-score| above a threshold is at most `max_fraction`.",
  doc: "Computes the mean and sample standard deviation of the non-null values inside `where`, marks a value as an outlier when |value - mean| / std > `threshold` (default 3), and fails when outliers exceed `max_fraction` of the judged values (default 0: any outlier fails). A suite-level `mostly` takes precedence over `max_fraction`. A constant column has no outliers. Failing rows and samples are the outliers themselves. The statistics need the whole column, so results do not merge across partitions.",
  defaultSeverity: "medium",
  perColumn: true,
  merge: "global",
  params: object({
    column,
    threshold: number2().gt(0).optional().describe("|z| above this is an outlier (default 3)"),
    max_fraction: maxFraction
  }).strict(),
  example: { column: "amount", threshold: 3, max_fraction: 0.01 },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const c = numeric(ctx, "zscore_outliers_max", p.column);
    const sd = c.std();
    const t2 = p.threshold ?? 3;
    const fails = when(sd.gt(0), c.sub(c.mean()).abs().gt(sd.mul(t2)), false);
    return outlierPlan(fails, p.max_fraction, `|z| > ${t2}`);
  }
});
var iqrOutliers = defineCheck({
  name: "iqr_outliers_max",
  category: "numbers",
  summary: "Share of values outside Tukey fences (k \xD7 IQR) is at most `max_fraction`.",
  doc: "Computes the quartiles Q1 and Q3 (linear interpolation) of the non-null values inside `where`, marks a value as an outlier when it is below Q1 - k\xB7IQR or above Q3 + k\xB7IQR (IQR = Q3 - Q1, `k` default 1.5), and fails when outliers exceed `max_fraction` of the judged values (default 0). A suite-level `mostly` takes precedence. More robust than z-scores on skewed data. Not merged across partitions. On PostgreSQL, which has no windowed percentile, the quartiles come from sub-selects of the same query (the table is read once more for each).",
  defaultSeverity: "medium",
  perColumn: true,
  merge: "global",
  params: object({
    column,
    k: number2().gt(0).optional().describe("Fence multiplier (default 1.5)"),
    max_fraction: maxFraction
  }).strict(),
  example: { column: "amount", k: 1.5, max_fraction: 0.05 },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const c = numeric(ctx, "iqr_outliers_max", p.column);
    const q1 = c.quantile(0.25);
    const q3 = c.quantile(0.75);
    const k = p.k ?? 1.5;
    const reach = q3.sub(q1).mul(k);
    const fails = c.lt(q1.sub(reach)).or(c.gt(q3.add(reach)));
    return outlierPlan(fails, p.max_fraction, `outside Q1/Q3 \xB1 ${k}\xB7IQR`);
  }
});
var numberChecks = [
  between,
  signCheck("positive"),
  signCheck("non_negative"),
  finite,
  integerValued,
  ...stats,
  quantileBetween,
  monotonicCheck("increasing"),
  monotonicCheck("decreasing"),
  zscoreOutliers,
  iqrOutliers
];

// src/core/checks/time-parse.ts
function parseIsoParam(s) {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
    s.trim()
  );
  if (!m) return NaN;
  const [, date2, time2, zone] = m;
  return Date.parse(`${date2}T${time2 ?? "00:00:00"}${zone ?? "Z"}`);
}
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 6048e5 };
function parseDuration(s) {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)\s*$/.exec(s);
  return m ? Number(m[1]) * UNIT_MS[m[2]] : NaN;
}

// src/core/checks/dates.ts
var isoParam = string2().refine((s) => !Number.isNaN(parseIsoParam(s)), {
  message: "an ISO date or datetime such as 2024-01-31 or 2024-01-31T12:00:00Z"
});
function instants(ctx, check, name) {
  const dtype2 = requireDtype(ctx, check, name, "date");
  return { ms: col(name).epochMs(dtype2), text: !/^Date/.test(dtype2) };
}
function datePlan(ms, text, outside, expected, what) {
  return {
    kind: "row",
    fails: text ? ms.isNull().or(outside) : outside,
    expected,
    describe: text ? `${what} or text that is not an ISO date` : what
  };
}
var notInFuture = defineCheck({
  name: "not_in_future",
  category: "dates",
  summary: "Dates and timestamps are not later than the time of the run.",
  doc: "Fails on every non-null value later than the run's clock (fixed once per run) plus an optional `tolerance` such as `5m`, `2h` or `1d` for clock skew. Works on Date and Datetime columns and on ISO 8601 text (`2024-01-31`, `2024-01-31T12:00:00`, with optional fraction and `Z`/`+09:00` offset); text that does not parse fails too. Comparisons are between instants in UTC: time-zone-aware values keep their zone, naive datetimes and dates are read as UTC (a date is its midnight).",
  defaultSeverity: "high",
  perColumn: true,
  params: object({
    column,
    tolerance: string2().refine((s) => !Number.isNaN(parseDuration(s)), { message: "a duration such as 30s, 5m, 2h, 1d, 1w" }).optional().describe("Allowed lead over the run clock, e.g. 5m")
  }).strict(),
  example: { column: "created_at", tolerance: "5m" },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const { ms, text } = instants(ctx, "not_in_future", p.column);
    const limit = ctx.now.getTime() + (p.tolerance ? parseDuration(p.tolerance) : 0);
    const expected = `<= ${new Date(limit).toISOString()}`;
    return datePlan(ms, text, ms.gt(limit), expected, "values in the future");
  }
});
var dateBetween = defineCheck({
  name: "date_between",
  category: "dates",
  summary: "Dates and timestamps lie within an ISO date/datetime range.",
  doc: "Fails on every non-null value before `min` or after `max` (on the bound too with `strict: true`). Bounds are ISO dates or datetimes (`2024-01-01`, `2024-01-01T08:00:00+09:00`); a bound without an offset is UTC and a date bound means its midnight, so `max: 2024-12-31` excludes later times that day. Works on Date, Datetime and ISO-text columns; text that does not parse fails. Values are compared as UTC instants (naive datetimes read as UTC).",
  defaultSeverity: "high",
  perColumn: true,
  params: object({
    column,
    min: isoParam.optional().describe("Earliest allowed value (ISO date or datetime)"),
    max: isoParam.optional().describe("Latest allowed value (ISO date or datetime)"),
    strict: boolean2().optional().describe("Exclude the bounds")
  }).strict().refine((p) => p.min !== void 0 || p.max !== void 0, { message: "give `min`, `max` or both" }),
  example: { column: "order_date", min: "2020-01-01", max: "2030-12-31" },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const { ms, text } = instants(ctx, "date_between", p.column);
    const lo = p.min === void 0 ? null : parseIsoParam(p.min);
    const hi = p.max === void 0 ? null : parseIsoParam(p.max);
    const below = lo === null ? null : p.strict ? ms.lte(lo) : ms.lt(lo);
    const above = hi === null ? null : p.strict ? ms.gte(hi) : ms.gt(hi);
    const outside = below && above ? below.or(above) : below ?? above;
    const [l, r] = p.strict ? ["(", ")"] : ["[", "]"];
    const expected = `${l}${p.min ?? "-\u221E"}, ${p.max ?? "+\u221E"}${r}`;
    return datePlan(ms, text, outside, expected, `values outside ${expected}`);
  }
});
var dateChecks = [notInFuture, dateBetween];

// src/core/checks/cross-column.ts
var operators = {
  "<": "<",
  lt: "<",
  "<=": "<=",
  le: "<=",
  lte: "<=",
  ">": ">",
  gt: ">",
  ">=": ">=",
  ge: ">=",
  gte: ">=",
  "=": "=",
  "==": "=",
  eq: "=",
  "!=": "!=",
  "<>": "!=",
  ne: "!="
};
var holds = {
  "<": (l, r) => l.lt(r),
  "<=": (l, r) => l.lte(r),
  ">": (l, r) => l.gt(r),
  ">=": (l, r) => l.gte(r),
  "=": (l, r) => l.eq(r),
  "!=": (l, r) => l.neq(r)
};
var negated = { "<": ">=", "<=": ">", ">": "<=", ">=": "<", "=": "!=", "!=": "=" };
var columnCompare = defineCheck({
  name: "column_compare",
  category: "cross_column",
  summary: "On every row, one column compares to another as stated (a < b, a = b, ...).",
  doc: "Fails on every row where `left op right` does not hold, e.g. `shipped_at >= ordered_at` or `discount <= price`. `op` is one of `<`, `<=`, `>`, `>=`, `=`, `!=` (or `lt`, `le`, `gt`, `ge`, `eq`, `ne`). Both columns must be comparable (numbers with numbers, dates with dates, text with text). Rows where either side is null are not judged.",
  defaultSeverity: "high",
  params: object({
    left: column.describe("Column on the left of the comparison"),
    op: _enum(Object.keys(operators)),
    right: column.describe("Column on the right of the comparison")
  }).strict(),
  example: { left: "shipped_at", op: ">=", right: "ordered_at" },
  columns: (p) => [p.left, p.right],
  plan: (p) => {
    const op = operators[p.op];
    return {
      kind: "row",
      fails: holds[op](col(p.left), col(p.right)).not(),
      expected: `${p.left} ${op} ${p.right}`,
      describe: `${p.left} ${negated[op]} ${p.right}`
    };
  }
});
var expression = defineCheck({
  name: "expression",
  category: "cross_column",
  summary: "A SQL boolean condition holds on every row.",
  doc: "Evaluates `expression`, a SQL boolean condition over the columns of the row (e.g. `quantity * unit_price = total` or `end_date IS NULL OR end_date > start_date`), and fails on every row where it is false. A row where it evaluates to null (a null operand) fails too, unless `null_ok: true`. The condition is computed inside the same fused scan as the other checks. List the columns it reads in `columns` to show them with failing samples.",
  defaultSeverity: "high",
  params: object({
    expression: string2().min(1).describe("SQL boolean condition that must be true on every row"),
    null_ok: boolean2().optional().describe("A null result counts as passing"),
    columns: columnList.optional().describe("Columns shown with failing samples")
  }).strict(),
  sqlParams: ["expression"],
  example: { expression: "quantity * unit_price = total", columns: ["quantity", "unit_price", "total"] },
  columns: (p) => p.columns ?? [],
  plan: (p) => ({
    kind: "row",
    fails: sqlFragment(p.expression).fillNull(p.null_ok === true).not(),
    judged: "all",
    expected: p.expression,
    describe: `${p.null_ok === true ? "false" : "false or null"} \`${p.expression}\``
  })
});
var crossColumnChecks = [columnCompare, expression];

// src/core/checks/referential.ts
var import_nodejs_polars15 = __toESM(require_nodejs_polars(), 1);
var foreignKey = defineCheck({
  name: "foreign_key",
  category: "referential",
  summary: "Every non-null value exists in a column of another source.",
  doc: "Fails on every non-null value of `column` that does not occur in `reference.column` of the source `reference.source` (e.g. order lines whose `product_id` is not in the products table). The referenced column is read once as its distinct values; the test itself is a row expression of the fused scan, so failing rows are counted and sampled like any row check. When the two columns have different dtypes (ids as numbers here and text there) they are compared as text. Nulls are not judged.",
  defaultSeverity: "high",
  params: object({
    column,
    reference: object({
      source: string2().min(1).describe("Source holding the referenced values"),
      column: column.describe("Referenced column in that source")
    }).strict()
  }).strict(),
  example: { column: "customer_id", reference: { source: "customers", column: "id" } },
  readsSources: (p) => [p.reference.source],
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const describe2 = {
      expected: `values in ${p.reference.source}.${p.reference.column}`,
      describe: `values missing from ${p.reference.source}.${p.reference.column}`
    };
    if (ctx.otherSql) {
      const other2 = ctx.otherSql(p.reference.source);
      return {
        kind: "row",
        fails: missingFromOther(p.column, ctx.schema[p.column], p.reference.column, other2),
        ...describe2
      };
    }
    const other = ctx.other(p.reference.source);
    let keys;
    try {
      const lf = other.lazy();
      const schema = lf.head(0).collectSync().schema;
      if (!(p.reference.column in schema)) {
        const names = Object.keys(schema);
        throw columnNotFound(p.reference.column, other.name, names, nearest(p.reference.column, names));
      }
      keys = lf.select(import_nodejs_polars15.default.col(p.reference.column)).unique().collectSync().getColumn(p.reference.column).dropNulls();
    } catch (err) {
      if (err instanceof TruthgateError) throw err;
      throw explainReadError(other, err, ctx.baseDir);
    }
    return {
      kind: "row",
      fails: memberOf(col(p.column), ctx.schema[p.column], keys).not(),
      ...describe2
    };
  }
});
var referentialChecks = [foreignKey];

// src/core/checks/custom.ts
var import_nodejs_polars17 = __toESM(require_nodejs_polars(), 1);

// src/core/toolkit/sql.ts
var import_nodejs_polars16 = __toESM(require_nodejs_polars(), 1);
function executeSql(tables, query) {
  const lf = import_nodejs_polars16.default.SQLContext(tables).execute(query);
  const inner = rawLazyFrame(lf);
  if (inner instanceof Error) throw inner;
  return lf;
}

// src/core/toolkit/polars-error.ts
function polarsDetail(err) {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split("\n")[0].replace(/^\w+Error:\s*/, "").trim();
}

// src/core/checks/custom.ts
var CUSTOM_SQL_EXAMPLES = 5;
var sql = defineCheck({
  name: "sql",
  category: "custom",
  summary: "A SQL query over the source returns no rows (its rows are the failures).",
  doc: "Runs `query`, a SQL SELECT over the source, which is available as the table `source` and under its own name; every row the query returns is a failure. Write the rule as \"find the bad rows\", e.g. `SELECT * FROM source WHERE amount < 0 AND status = 'paid'`, or aggregate over groups (`GROUP BY ... HAVING ...`). `max_failures` tolerates that many returned rows. `observed` holds the number of returned rows and the first 5 of them. With `where`, the query sees only matching rows. The query runs on its own, outside the fused scan (polars SQL dialect).",
  defaultSeverity: "high",
  params: object({
    query: string2().min(1).describe("SQL SELECT over `source` whose returned rows are failures"),
    max_failures: number2().int().min(0).optional().describe("Returned rows tolerated (default 0)")
  }).strict(),
  sqlParams: ["query"],
  example: { query: "SELECT order_id FROM source WHERE status = 'paid' AND paid_at IS NULL" },
  sqlOwnQuery: true,
  columns: () => [],
  plan: (p, ctx) => ({
    kind: "standalone",
    run: async () => {
      const frame = ctx.frame();
      let result;
      let counted;
      let head;
      try {
        result = executeSql({ source: frame, [ctx.source.name]: frame }, p.query);
        [counted, head] = await Promise.all([
          result.select(import_nodejs_polars17.default.len().alias("n")).collect(),
          result.head(CUSTOM_SQL_EXAMPLES).collect()
        ]);
      } catch (err) {
        throw new TruthgateError("TG_SQL_INVALID", { detail: polarsDetail(err) });
      }
      const failing = toNumber(counted.getColumn("n").get(0)) ?? 0;
      return customSqlOutcome(
        failing,
        jsonSafe(head.toRecords()),
        p.max_failures
      );
    }
  })
});
function customSqlOutcome(failing, examples, maxFailures) {
  const allowed = maxFailures ?? 0;
  return {
    pass: failing <= allowed,
    observed: { failingRows: failing, examples },
    expected: allowed === 0 ? "no rows returned" : `at most ${formatCountOf(allowed, "row")} returned`,
    failingCount: failing,
    message: failing === 0 ? "the query returned no rows" : `the query returned ${formatCountOf(failing, "row")}${allowed > 0 ? `; tolerated up to ${formatCount(allowed)}` : ""}`
  };
}
var customChecks = [sql];

// src/core/checks/privacy.ts
var piiKinds = ["email", "phone", "credit_card"];
var EMAIL = "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}";
var PHONE = "(?:^|[^0-9])(?:\\+[1-9](?:[ .()-]{0,2}[0-9]){8,14}|\\(?[0-9]{2,4}\\)?[ .-]?[0-9]{3,4}[ .-]?[0-9]{4})(?:[^0-9]|$)";
var CARD = "(?:^|[^0-9])((?:[0-9][ -]?){12,18}[0-9])(?:[^0-9]|$)";
var CARD_CANDIDATES = 2;
var MAX_CARD_DIGITS = 19;
function luhnValid(digits) {
  const len = digits.length().cast("Int32");
  let sum2 = lit2(0);
  for (let i = 0; i < MAX_CARD_DIGITS; i++) {
    const d = digits.substr(i, 1).cast("Int32", false).fillNull(0);
    const doubled = when(d.gt(4), d.mul(2).sub(9), d.mul(2));
    sum2 = sum2.add(when(len.sub(i).mod(2).eq(0), doubled, d));
  }
  return sum2.mod(10).eq(0);
}
function containsCard(text) {
  const hits = [];
  let rest = text;
  for (let k = 0; k < CARD_CANDIDATES; k++) {
    const candidate = rest.extract(CARD);
    hits.push(candidate.isNotNull().and(luhnValid(candidate.replace("[ -]", "", true))));
    rest = rest.replace(CARD, " ", false);
  }
  return or(...hits).fillNull(false);
}
var detectors = {
  email: (t2) => t2.matches(EMAIL),
  phone: (t2) => t2.matches(PHONE),
  credit_card: containsCard
};
function maskPersonalData(value) {
  if (value === null || value === void 0) return value;
  return String(value).replace(
    /([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@[A-Za-z0-9.-]*?(\.[A-Za-z]{2,})(?![A-Za-z0-9-])/g,
    "$1***@***$2"
  ).replace(/\d(?:[\s().-]*\d){5,}/g, (run) => {
    let keep = 4;
    return [...run].reverse().map((ch) => /\d/.test(ch) && keep-- <= 0 ? "*" : ch).reverse().join("");
  });
}
function scannable(ctx, name) {
  const dtype2 = ctx.schema[name] ?? "unknown";
  if (dtype2 === "String") return col(name);
  if (isStringDtype(dtype2) || /^(U?Int|Null$)/.test(dtype2)) return col(name).cast("String");
  throw new TruthgateError("TG_CHECK_DTYPE", {
    check: "no_pii",
    column: name,
    dtype: dtype2,
    expected: "a string or integer",
    expected_ko: "\uBB38\uC790\uC5F4 \uB610\uB294 \uC815\uC218",
    example: ""
  });
}
var noPii = defineCheck({
  name: "no_pii",
  category: "privacy",
  summary: "No values contain emails, phone numbers or payment card numbers.",
  doc: "Fails on every non-null value that contains something that looks like personal data, of the `kinds` given (default all): an email address; a phone number (E.164 such as `+82 10 1234 5678`, or a national number of 9-12 digits such as `010-1234-5678` or `(555) 123-4567`); a payment card number of 13-19 digits (spaces or dashes allowed) that passes the Luhn checksum. Matching runs inside the fused scan (regex plus Luhn in polars expressions). It is a heuristic: bare 9-12 digit identifiers count as phone numbers, so narrow `kinds` on ID-like text. Samples are masked (`j***@***.com`, `**** **** **** 1111`) so the report does not repeat the data it flags.",
  defaultSeverity: "critical",
  perColumn: true,
  params: object({
    column,
    kinds: array(_enum(piiKinds)).min(1).optional().describe("What to look for: email, phone, credit_card (default all)")
  }).strict(),
  example: { columns: ["comment", "notes"], kinds: ["email", "credit_card"] },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const text = scannable(ctx, p.column);
    const kinds2 = [...new Set(p.kinds ?? piiKinds)];
    const fails = or(...kinds2.map((k) => detectors[k](text)));
    const names = kinds2.map((k) => k.replace("_", " ")).join(", ");
    return {
      kind: "row",
      fails,
      expected: `no ${names}`,
      describe: `values that look like personal data (${names})`,
      maskSample: maskPersonalData
    };
  }
});
var privacyChecks = [noPii];

// src/core/checks/drift.ts
import { resolve as resolve4 } from "node:path";

// src/core/drift/compare.ts
var import_nodejs_polars20 = __toESM(require_nodejs_polars(), 1);

// src/core/compare/frame.ts
var import_nodejs_polars18 = __toESM(require_nodejs_polars(), 1);
function compareKind(dtype2) {
  const k = columnInfo("", dtype2).kind;
  return k === "string" || k === "boolean" ? "categorical" : k;
}
function finiteNumbers(name, dtype2) {
  const info = columnInfo(name, dtype2);
  if (info.kind !== "numeric" || dtype2.startsWith("Decimal"))
    return planColumn(name, dtype2).numbers.cast(import_nodejs_polars18.default.Float64).dropNulls();
  const c = native.col(name);
  const numbers = info.isFloat ? native.when(c.isFinite(), c, native.lit(null)) : c;
  return lightExpr(numbers.cast(import_nodejs_polars18.default.Float64, false).dropNulls());
}
async function readSchema(source) {
  try {
    const probe = await source.lazy().head(0).collect();
    const types = probe.dtypes;
    return Object.fromEntries(probe.columns.map((c, i) => [c, dtypeName(types[i])]));
  } catch (err) {
    throw explainReadError(source, err);
  }
}
async function collectFrom(source, lf) {
  try {
    return await lf.collect();
  } catch (err) {
    throw explainReadError(source, err);
  }
}
function materialize(source, columns2) {
  return collectFrom(source, source.lazy().select(...columns2.map((c) => lightExpr(native.col(c)))));
}

// src/core/drift/schema.ts
var DRIFT_SCHEMA_VERSION = 1;
var driftMethods = ["ks", "psi", "chi2", "js", "wasserstein", "hellinger", "tv"];
var DriftMethod = _enum(driftMethods);
var MethodChoice = _enum(["auto", ...driftMethods]);
var Thresholds = object({
  /** Population stability index over 10 baseline-decile bins (0.1 moderate, 0.2 significant). */
  psi: number2().positive(),
  /** Kolmogorov–Smirnov statistic D (largest CDF gap). */
  ks: number2().positive(),
  /** Cramér's V of the chi-square test (sqrt(chi2 / N) for two samples). */
  chi2: number2().positive(),
  /** Jensen–Shannon distance, base 2, in [0, 1]. */
  js: number2().positive(),
  /** Wasserstein-1 distance divided by the baseline std (raw units for a constant baseline). */
  wasserstein: number2().positive(),
  /** Hellinger distance in [0, 1]. */
  hellinger: number2().positive(),
  /** Total variation distance in [0, 1]. */
  tv: number2().positive(),
  /** Significance level of the p-value guard. */
  alpha: number2().gt(0).lt(1)
});
var DEFAULT_THRESHOLDS = {
  psi: 0.2,
  ks: 0.1,
  chi2: 0.1,
  js: 0.1,
  wasserstein: 0.1,
  hellinger: 0.1,
  tv: 0.1,
  alpha: 0.05
};
var DEFAULT_MAX_DRIFTED_SHARE = 0;
var Metric = object({
  method: DriftMethod,
  value: number2(),
  threshold: number2(),
  /** Null for metrics without a test (PSI and the distances). */
  pValue: number2().nullable(),
  drifted: boolean2(),
  /** KS against a saved profile: the true statistic lies in [value, upperBound] (see docs/drift.md). */
  upperBound: number2().optional(),
  note: string2().optional()
});
var SideSummary = object({
  dtype: string2(),
  /** Non-null (for numbers: finite) values the distribution is over. */
  count: number2(),
  nullFraction: number2()
});
var ColumnDrift = object({
  column: string2(),
  kind: _enum(["numeric", "categorical", "other"]),
  /**
   * drift / ok: compared; missing: in the baseline only; new: in the current data only; retyped:
   * numeric on one side and categorical on the other; skipped: nothing to compare (see reason).
   */
  status: _enum(["ok", "drift", "missing", "new", "retyped", "skipped"]),
  baseline: SideSummary.nullable(),
  current: SideSummary.nullable(),
  metrics: array(Metric),
  /** Current categories absent from a complete baseline list (a few, by count). */
  newCategories: array(object({ value: string2(), count: number2() })).optional(),
  reason: string2().optional()
});
var DriftReport = object({
  schemaVersion: literal(DRIFT_SCHEMA_VERSION),
  kind: literal("drift"),
  tool: object({ name: string2(), version: string2() }),
  baseline: object({
    kind: _enum(["source", "profile"]),
    name: string2(),
    uri: string2(),
    rows: number2()
  }),
  current: object({ name: string2(), uri: string2(), rows: number2() }),
  method: MethodChoice,
  thresholds: Thresholds,
  columns: array(ColumnDrift),
  dataset: object({
    /** Columns judged: compared ones plus missing and retyped ones (new columns are informational). */
    columns: number2(),
    driftedColumns: number2(),
    driftedShare: number2(),
    maxDriftedShare: number2(),
    /** Some baseline column is missing or changed kind in the current data. */
    schemaDrift: boolean2(),
    drifted: boolean2()
  }),
  durationMs: number2()
});

// src/core/drift/metrics.ts
function proportions(counts) {
  const total = counts.reduce((s, x) => s + x, 0);
  return counts.map((x) => total > 0 ? x / total : 0);
}
var PSI_EPSILON = 1e-4;
function psi(baseline, current) {
  let s = 0;
  for (let i = 0; i < baseline.length; i++) {
    const b = Math.max(baseline[i], PSI_EPSILON);
    const c = Math.max(current[i], PSI_EPSILON);
    s += (c - b) * Math.log(c / b);
  }
  return s;
}
function jsDistance(p, q) {
  let d = 0;
  for (let i = 0; i < p.length; i++) {
    const m = (p[i] + q[i]) / 2;
    if (p[i] > 0) d += 0.5 * p[i] * Math.log2(p[i] / m);
    if (q[i] > 0) d += 0.5 * q[i] * Math.log2(q[i] / m);
  }
  return Math.sqrt(Math.max(0, d));
}
function hellinger(p, q) {
  let bc = 0;
  for (let i = 0; i < p.length; i++) bc += Math.sqrt(p[i] * q[i]);
  return Math.sqrt(Math.max(0, 1 - bc));
}
function totalVariation(p, q) {
  let s = 0;
  for (let i = 0; i < p.length; i++) s += Math.abs(p[i] - q[i]);
  return s / 2;
}
function chiSquare(baseline, current) {
  const nb = baseline.reduce((s, x) => s + x, 0);
  const nc = current.reduce((s, x) => s + x, 0);
  const n = nb + nc;
  let stat2 = 0;
  let cells = 0;
  for (let i = 0; i < baseline.length; i++) {
    const total = baseline[i] + current[i];
    if (total === 0) continue;
    cells++;
    const eb = total * nb / n;
    const ec = total * nc / n;
    stat2 += (baseline[i] - eb) ** 2 / eb + (current[i] - ec) ** 2 / ec;
  }
  const df = Math.max(1, cells - 1);
  if (nb === 0 || nc === 0 || cells < 2) return { statistic: 0, df, pValue: 1, cramersV: 0 };
  return { statistic: stat2, df, pValue: chiSquareSurvival(stat2, df), cramersV: Math.sqrt(stat2 / n) };
}
function chiSquareSurvival(x, df) {
  if (x <= 0) return 1;
  return gammaQ(df / 2, x / 2);
}
function ksPValue(d, n, m) {
  if (n === 0 || m === 0) return 1;
  const ne = Math.sqrt(n * m / (n + m));
  const lambda = (ne + 0.12 + 0.11 / ne) * d;
  if (lambda < 0.2) return 1;
  let sum2 = 0;
  let sign = 1;
  for (let k = 1; k <= 100; k++) {
    const term = sign * Math.exp(-2 * k * k * lambda * lambda);
    sum2 += term;
    if (Math.abs(term) < 1e-12) break;
    sign = -sign;
  }
  return Math.min(1, Math.max(0, 2 * sum2));
}
function gridCdf(grid, x) {
  const last = grid.length - 1;
  if (x < grid[0]) return { at: 0, before: 0 };
  if (x > grid[last]) return { at: 1, before: 1 };
  let lo = 0;
  let hi = last;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (grid[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  if (grid[first] === x) {
    let end = first;
    while (end < last && grid[end + 1] === x) end++;
    return { at: end / last, before: first / last };
  }
  const i = first - 1;
  const r = (i + (x - grid[i]) / (grid[first] - grid[i])) / last;
  return { at: r, before: r };
}
function wassersteinFromGrids(baseline, current) {
  const last = baseline.length - 1;
  let s = 0;
  for (let i = 0; i < last; i++) {
    s += (Math.abs(baseline[i] - current[i]) + Math.abs(baseline[i + 1] - current[i + 1])) / 2;
  }
  return s / last;
}
function gammaQ(a, x) {
  return x < a + 1 ? 1 - gammaSeries(a, x) : gammaContinuedFraction(a, x);
}
function lnGamma(z) {
  const c = [
    0.9999999999998099,
    676.5203681218851,
    -1259.1392167224028,
    771.3234287776531,
    -176.6150291621406,
    12.507343278686905,
    -0.13857109526572012,
    9984369578019572e-21,
    15056327351493116e-23
  ];
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - lnGamma(1 - z);
  const zz = z - 1;
  let a = c[0];
  const t2 = zz + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (zz + i);
  return 0.5 * Math.log(2 * Math.PI) + (zz + 0.5) * Math.log(t2) - t2 + Math.log(a);
}
function gammaSeries(a, x) {
  let ap = a;
  let sum2 = 1 / a;
  let del = sum2;
  for (let n = 0; n < 1e3; n++) {
    ap += 1;
    del *= x / ap;
    sum2 += del;
    if (Math.abs(del) < Math.abs(sum2) * 1e-15) break;
  }
  return sum2 * Math.exp(-x + a * Math.log(x) - lnGamma(a));
}
function gammaContinuedFraction(a, x) {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1e3; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return Math.exp(-x + a * Math.log(x) - lnGamma(a)) * h;
}

// src/core/drift/judge.ts
var uniqueSorted = (xs) => [...new Set(xs)].sort((a, b) => a - b);
function cutPoints(grid) {
  return uniqueSorted([10, 20, 30, 40, 50, 60, 70, 80, 90].map((p) => grid[p]));
}
function gridPoints(grid) {
  return uniqueSorted(grid);
}
function binsFromCumulative(cumulative, total) {
  return [...cumulative, total].map((x, i) => x - (i === 0 ? 0 : cumulative[i - 1]));
}
function baselineBins(ev) {
  const b = ev.baseline;
  const cum = ev.baselineAtCuts ?? ev.cuts.map((c) => gridCdf(b.grid, c).at * b.count);
  return binsFromCumulative(cum, b.count);
}
function gridKs(grid, points, le, lt, n) {
  let d = 0;
  let upper = 0;
  const cdf = points.map((v) => gridCdf(grid, v));
  points.forEach((_, j) => {
    d = Math.max(d, Math.abs(cdf[j].at - le[j] / n), Math.abs(cdf[j].before - lt[j] / n));
    if (j + 1 < points.length) {
      upper = Math.max(upper, lt[j + 1] / n - cdf[j].at, cdf[j + 1].before - le[j] / n);
    }
  });
  const last = points.length - 1;
  upper = Math.max(upper, lt[0] / n, 1 - le[last] / n);
  return { d, upper: Math.max(d, upper) };
}
function metric2(method, value, pValue, th, extra = {}) {
  const threshold = th[method];
  return {
    method,
    value,
    threshold,
    pValue,
    drifted: value > threshold && (pValue === null || pValue < th.alpha),
    ...extra
  };
}
function histogramMetric(method, b, c, th) {
  const chi = chiSquare(b, c);
  const pb = proportions(b);
  const pc = proportions(c);
  switch (method) {
    case "psi":
      return metric2(method, psi(pb, pc), chi.pValue, th);
    case "chi2":
      return metric2(method, chi.cramersV, chi.pValue, th, {
        note: `chi2 = ${round(chi.statistic)}, df = ${chi.df}`
      });
    case "js":
      return metric2(method, jsDistance(pb, pc), chi.pValue, th);
    case "hellinger":
      return metric2(method, hellinger(pb, pc), chi.pValue, th);
    case "tv":
      return metric2(method, totalVariation(pb, pc), chi.pValue, th);
    default:
      return void 0;
  }
}
var round = (x) => Number(x.toPrecision(6));
function numericMetric(method, ev, th) {
  const b = ev.baseline;
  const nb = b.count;
  const nc = ev.current.count;
  if (method === "ks") {
    if (ev.exactKs !== null) return metric2("ks", ev.exactKs, ksPValue(ev.exactKs, nb, nc), th);
    const { d, upper } = gridKs(b.grid, ev.points, ev.currentLe, ev.currentLt, nc);
    return metric2("ks", d, ksPValue(d, nb, nc), th, {
      upperBound: upper,
      note: "from the profile quantile grid"
    });
  }
  if (method === "wasserstein") {
    const w = wassersteinFromGrids(b.grid, ev.currentGrid);
    const iqr = b.grid[75] - b.grid[25];
    const [scale, by] = b.std ? [b.std, "baseline std"] : iqr > 0 ? [iqr, "baseline IQR"] : [1, "nothing (baseline is constant)"];
    return metric2("wasserstein", w / scale, null, th, { note: `W1 = ${round(w)}, divided by ${by}` });
  }
  return histogramMetric(method, baselineBins(ev), binsFromCumulative(ev.currentAtCuts, nc), th);
}
function identifierLike(b) {
  return b.distinct > 50 && b.distinct > b.count / 2;
}
function columnMetrics(column2, kind, methods, ev, th) {
  const baseline = {
    dtype: ev.baseline.dtype,
    count: ev.baseline.count,
    nullFraction: ev.baseline.nullFraction
  };
  const current = { dtype: ev.current.dtype, count: ev.current.count, nullFraction: ev.current.nullFraction };
  const base = { column: column2, kind, status: "ok", baseline, current, metrics: [] };
  if (baseline.count === 0 || current.count === 0) {
    if (baseline.count === 0 && current.count === 0)
      return { ...base, status: "skipped", reason: "no values on either side" };
    return {
      ...base,
      status: "drift",
      reason: `no values in the ${baseline.count === 0 ? "baseline" : "current data"}`
    };
  }
  if (ev.kind === "categorical" && identifierLike(ev.baseline)) {
    const b = ev.baseline;
    return {
      ...base,
      status: "skipped",
      reason: `identifier-like: ${b.distinct} distinct values in ${b.count}`
    };
  }
  let metrics;
  let newCategories;
  if (ev.kind === "numeric") {
    metrics = methods.map((m) => numericMetric(m, ev, th));
  } else {
    const cats = ev.categories;
    const b = [...ev.baseline.top.map((t2) => t2.count), ev.baseline.other];
    const c = [...cats.matched, cats.unlisted];
    metrics = methods.map((m) => histogramMetric(m, b, c, th));
    if (ev.baseline.complete && cats.newTop.length) newCategories = cats.newTop;
  }
  return {
    ...base,
    status: metrics.some((m) => m.drifted) ? "drift" : "ok",
    metrics,
    ...newCategories ? { newCategories } : {}
  };
}

// src/core/drift/sides.ts
var import_nodejs_polars19 = __toESM(require_nodejs_polars(), 1);
var TOP_K = 1e3;
function sideFromProfile(col2, kind) {
  if (kind === "numeric") {
    const n = col2.numeric;
    return {
      kind,
      dtype: col2.dtype,
      count: n?.count ?? 0,
      nullFraction: col2.nullFraction,
      std: n?.std ?? null,
      grid: n && n.count > 0 ? n.quantileGrid : null
    };
  }
  const top = (col2.topValues ?? []).map((t2) => ({ value: String(t2.value), count: t2.count }));
  return {
    kind,
    dtype: col2.dtype,
    count: col2.count,
    nullFraction: col2.nullFraction,
    top,
    other: col2.otherCount ?? Math.max(0, col2.count - top.reduce((s, t2) => s + t2.count, 0)),
    complete: col2.topValuesComplete,
    distinct: col2.distinct.count
  };
}
var finite2 = (c) => finiteNumbers(c.name, c.dtype);
async function numericCounts(df, specs) {
  const exprs = [import_nodejs_polars19.default.len().alias("__tg_rows")];
  specs.forEach((s, i) => {
    const v = finite2(s);
    const raw = rawExpr(v);
    const count = (op, x, name) => lightExpr(raw[op](native.lit(x)).sum().alias(name));
    exprs.push(
      import_nodejs_polars19.default.col(s.name).nullCount().alias(`__tg_${i}_nulls`),
      v.count().alias(`__tg_${i}_n`),
      v.std().alias(`__tg_${i}_std`),
      ...(s.le ?? []).map((x, j) => count("ltEq", x, `__tg_${i}_le${j}`)),
      ...(s.lt ?? []).map((x, j) => count("lt", x, `__tg_${i}_lt${j}`))
    );
  });
  const r = (await df.lazy().select(...exprs).collect()).toRecords()[0];
  const n = (k) => toNumber(r[k]) ?? 0;
  return new Map(
    specs.map((s, i) => [
      s.name,
      {
        rows: n("__tg_rows"),
        nulls: n(`__tg_${i}_nulls`),
        count: n(`__tg_${i}_n`),
        std: toNumber(r[`__tg_${i}_std`]),
        le: (s.le ?? []).map((_, j) => n(`__tg_${i}_le${j}`)),
        lt: (s.lt ?? []).map((_, j) => n(`__tg_${i}_lt${j}`))
      }
    ])
  );
}
async function quantileGrids(df, specs) {
  const withValues = specs.filter((s) => s.count > 0);
  if (withValues.length === 0) return /* @__PURE__ */ new Map();
  const exprs = withValues.map((s, i) => finite2(s).sort().gather(gridRanks(s.count)).alias(`__tg_${i}`));
  const out = await df.lazy().select(...exprs).collect();
  return new Map(
    withValues.map((s, i) => {
      const ranks = gridRanks(s.count);
      const values = out.getColumn(`__tg_${i}`).toArray().map(Number);
      const byRank = new Map(ranks.map((r, j) => [r, values[j]]));
      return [s.name, gridFromOrderStats(s.count, (r) => byRank.get(r))];
    })
  );
}
var COUNT2 = "count";
async function countValues2(df, specs) {
  const names = specs.map((s) => s.name);
  const cols = names.length === 1 ? import_nodejs_polars19.default.col(names[0]) : import_nodejs_polars19.default.col(names);
  const counted = await df.lazy().select(
    cols.count().prefix("n"),
    cols.cast(import_nodejs_polars19.default.Utf8).dropNulls().valueCounts(false, false, COUNT2).implode().prefix("c")
  ).collect();
  return counted.rename(
    Object.fromEntries(
      names.flatMap((n, i) => [
        [`n${n}`, `n${i}`],
        [`c${n}`, `c${i}`]
      ])
    )
  ).lazy();
}
function ranked(i) {
  const vc = import_nodejs_polars19.default.col(`c${i}`).explode().dropNulls();
  const top = vc.sortBy([vc.struct.nth(1), vc.struct.nth(0)], [true, false]);
  return { top, value: top.struct.nth(0) };
}
async function firstRow2(lf, exprs) {
  return (await lf.select(...exprs).collect()).toRecords()[0] ?? {};
}
function valueCountsOf(xs) {
  return (xs ?? []).map((r) => {
    const [value, count] = Object.values(r);
    return { value: String(value), count: toNumber(count) ?? 0 };
  });
}
async function topValues2(df, specs, k = TOP_K) {
  if (specs.length === 0) return /* @__PURE__ */ new Map();
  const counted = await countValues2(df, specs);
  const r = await firstRow2(counted, [
    import_nodejs_polars19.default.col("^n\\d+$"),
    import_nodejs_polars19.default.col("^c\\d+$").lst.lengths().prefix("d"),
    ...specs.map((_, i) => ranked(i).top.head(k).implode().alias(`t${i}`))
  ]);
  return new Map(
    specs.map((s, i) => {
      const top = valueCountsOf(r[`t${i}`]);
      const count = toNumber(r[`n${i}`]) ?? 0;
      const distinct = toNumber(r[`dc${i}`]) ?? 0;
      const listed = top.reduce((sum2, t2) => sum2 + t2.count, 0);
      return [s.name, { count, top, other: count - listed, complete: distinct <= k, distinct }];
    })
  );
}
async function currentCategories(df, specs, newSamples = 10) {
  if (specs.length === 0) return /* @__PURE__ */ new Map();
  const counted = await countValues2(df, specs);
  const r = await firstRow2(counted, [
    import_nodejs_polars19.default.col("^n\\d+$"),
    ...specs.flatMap((s, i) => {
      const { top, value } = ranked(i);
      const listed = value.isIn(import_nodejs_polars19.default.lit(import_nodejs_polars19.default.Series("listed", s.baseline, import_nodejs_polars19.default.Utf8)));
      return [
        top.filter(listed).implode().alias(`m${i}`),
        top.filter(listed.not()).head(newSamples).implode().alias(`u${i}`)
      ];
    })
  ]);
  return new Map(
    specs.map((s, i) => {
      const at = /* @__PURE__ */ new Map();
      s.baseline.forEach((v, j) => at.set(v, [...at.get(v) ?? [], j]));
      const matched = s.baseline.map(() => 0);
      for (const m of valueCountsOf(r[`m${i}`]))
        for (const idx of at.get(m.value) ?? []) matched[idx] = m.count;
      const count = toNumber(r[`n${i}`]) ?? 0;
      return [
        s.name,
        {
          count,
          matched,
          unlisted: count - matched.reduce((sum2, x) => sum2 + x, 0),
          newTop: valueCountsOf(r[`u${i}`])
        }
      ];
    })
  );
}
async function exactKs(baseline, current, b, c) {
  if (b.count === 0 || c.count === 0) return 0;
  const side = (df, s, w) => df.lazy().select(finite2(s).alias("v"), import_nodejs_polars19.default.lit(w).alias("w"));
  const out = await import_nodejs_polars19.default.concat([side(baseline, b, 1 / b.count), side(current, c, -1 / c.count)]).groupBy("v").agg(import_nodejs_polars19.default.col("w").sum()).sort("v").select(import_nodejs_polars19.default.col("w").cumSum().abs().max().alias("d")).collect();
  return toNumber(out.getColumn("d").get(0)) ?? 0;
}

// src/core/drift/compare.ts
function driftKind(dtype2) {
  const k = compareKind(dtype2);
  return k === "temporal" ? "numeric" : k;
}
var APPLICABLE = {
  numeric: ["ks", "psi", "chi2", "js", "wasserstein", "hellinger", "tv"],
  categorical: ["psi", "chi2", "js", "hellinger", "tv"]
};
var AUTO = {
  numeric: ["psi", "ks"],
  categorical: ["chi2", "js"]
};
function isProfile(x) {
  return "schemaVersion" in x && !("lazy" in x);
}
async function driftCompare(baseline, current, opts = {}) {
  const t0 = performance.now();
  const thresholds = { ...DEFAULT_THRESHOLDS, ...opts.thresholds };
  const profile = isProfile(baseline) ? baseline : void 0;
  const source = isProfile(baseline) ? void 0 : baseline;
  const [curSchema, baseSchema] = await Promise.all([
    readSchema(current),
    profile ? Object.fromEntries(profile.columns.map((c) => [c.name, c.dtype])) : readSchema(source)
  ]);
  const { names, results, planned } = await planDrift(
    baseSchema,
    curSchema,
    opts,
    async (mismatched) => Promise.all([
      profile ? new Map(profile.columns.map((c) => [c.name, c.count])) : nonNullCounts(source, mismatched),
      nonNullCounts(current, mismatched)
    ])
  );
  const cols = planned.map((p) => p.column);
  const [curDf, baseDf] = await Promise.all([
    materialize(current, cols),
    source ? materialize(source, cols) : Promise.resolve(void 0)
  ]);
  const baseSides = profile ? new Map(
    planned.map((p) => [
      p.column,
      sideFromProfile(
        profile.columns.find((c) => c.name === p.column),
        p.kind
      )
    ])
  ) : await sourceSides(baseDf, planned);
  const evidence = await currentEvidence(curDf, baseDf, planned, baseSides);
  for (const p of planned) {
    results.set(p.column, columnMetrics(p.column, p.kind, p.methods, evidence.get(p.column), thresholds));
  }
  return driftReport({
    names,
    results,
    opts,
    thresholds,
    baseline: profile ? { kind: "profile", name: profile.source.name, uri: profile.source.uri, rows: profile.table.rows } : { kind: "source", name: source.name, uri: source.uri, rows: await height(source, baseDf, cols) },
    current: { name: current.name, uri: current.uri, rows: await height(current, curDf, cols) },
    t0
  });
}
function driftReport(r) {
  const columns2 = r.names.map((c) => r.results.get(c));
  const judged = columns2.filter((c) => c.status !== "new" && c.status !== "skipped");
  const driftedCount = judged.filter((c) => c.status !== "ok").length;
  const share = judged.length ? driftedCount / judged.length : 0;
  const maxShare = r.opts.maxDriftedShare ?? DEFAULT_MAX_DRIFTED_SHARE;
  const schemaDrift = columns2.some((c) => c.status === "missing" || c.status === "retyped");
  return {
    schemaVersion: DRIFT_SCHEMA_VERSION,
    kind: "drift",
    tool: { name: "truthgate", version: VERSION },
    baseline: r.baseline,
    current: r.current,
    method: r.opts.method ?? "auto",
    thresholds: r.thresholds,
    columns: columns2,
    dataset: {
      columns: judged.length,
      driftedColumns: driftedCount,
      driftedShare: share,
      maxDriftedShare: maxShare,
      schemaDrift,
      drifted: share > maxShare || schemaDrift
    },
    durationMs: Math.round(performance.now() - r.t0)
  };
}
async function planDrift(baseSchema, curSchema, opts, nonNullOf) {
  const method = opts.method ?? "auto";
  const names = opts.columns ?? [
    ...Object.keys(baseSchema),
    ...Object.keys(curSchema).filter((c) => !(c in baseSchema))
  ];
  for (const c of names) {
    if (!(c in baseSchema) && !(c in curSchema)) {
      throw new TruthgateError("TG_DRIFT_COLUMN", {
        column: c,
        available: [.../* @__PURE__ */ new Set([...Object.keys(baseSchema), ...Object.keys(curSchema)])].join(", ")
      });
    }
  }
  const results = /* @__PURE__ */ new Map();
  const planned = [];
  const mismatched = [];
  for (const column2 of names) {
    const bd = baseSchema[column2];
    const cd = curSchema[column2];
    const skeleton = (status, kind, reason) => ({
      column: column2,
      kind,
      status,
      baseline: null,
      current: null,
      metrics: [],
      ...reason ? { reason } : {}
    });
    if (bd === void 0 || cd === void 0) {
      const status = bd === void 0 ? "new" : "missing";
      results.set(column2, skeleton(status, driftKind(bd ?? cd)));
      continue;
    }
    const kb = driftKind(bd);
    const kc = driftKind(cd);
    if (kb === "other" || kc === "other") {
      results.set(column2, skeleton("skipped", "other", `dtype ${kb === "other" ? bd : cd} is not compared`));
    } else if (kb !== kc) {
      mismatched.push({ column: column2, kind: kb, skeleton });
    } else {
      const methods = method === "auto" ? AUTO[kb] : APPLICABLE[kb].filter((m) => m === method);
      if (methods.length === 0)
        results.set(column2, skeleton("skipped", kb, `${method} applies to numeric columns only`));
      else
        planned.push({
          column: column2,
          kind: kb,
          base: { name: column2, dtype: bd },
          cur: { name: column2, dtype: cd },
          methods
        });
    }
  }
  if (mismatched.length) {
    const names2 = mismatched.map((m) => m.column);
    const [baseN, curN] = await nonNullOf(names2);
    for (const m of mismatched) {
      const [b, c] = [baseN.get(m.column) ?? 0, curN.get(m.column) ?? 0];
      const bd = baseSchema[m.column];
      const cd = curSchema[m.column];
      results.set(
        m.column,
        b === 0 && c === 0 ? m.skeleton("skipped", m.kind, "no values on either side") : b === 0 || c === 0 ? m.skeleton("drift", m.kind, `no values in the ${b === 0 ? "baseline" : "current data"}`) : m.skeleton("retyped", m.kind, `${bd} -> ${cd}`)
      );
    }
  }
  return { names, results, planned };
}
async function nonNullCounts(source, names) {
  const out = await collectFrom(
    source,
    source.lazy().select(...names.map((c) => import_nodejs_polars20.default.col(c).count().alias(c)))
  );
  const row = out.toRecords()[0];
  return new Map(names.map((c) => [c, Number(row[c] ?? 0)]));
}
async function height(source, df, cols) {
  if (cols.length) return df.height;
  const out = await collectFrom(source, source.lazy().select(import_nodejs_polars20.default.len().alias("n")));
  return Number(out.getColumn("n").get(0));
}
async function sourceSides(df, planned) {
  const numeric2 = planned.filter((p) => p.kind === "numeric").map((p) => p.base);
  const categorical = planned.filter((p) => p.kind === "categorical").map((p) => p.base);
  const [counts, cats] = await Promise.all([numericCounts(df, numeric2), topValues2(df, categorical)]);
  const grids = await quantileGrids(
    df,
    numeric2.map((c) => ({ ...c, count: counts.get(c.name).count }))
  );
  const out = /* @__PURE__ */ new Map();
  for (const c of numeric2) {
    const k = counts.get(c.name);
    out.set(c.name, {
      kind: "numeric",
      dtype: c.dtype,
      count: k.count,
      nullFraction: k.rows ? k.nulls / k.rows : 0,
      std: k.std,
      grid: grids.get(c.name) ?? null
    });
  }
  for (const c of categorical) {
    const v = cats.get(c.name);
    out.set(c.name, {
      kind: "categorical",
      dtype: c.dtype,
      nullFraction: df.height ? 1 - v.count / df.height : 0,
      ...v
    });
  }
  return out;
}
async function currentEvidence(cur, base, planned, baseSides) {
  const numeric2 = planned.filter((p) => p.kind === "numeric");
  const categorical = planned.filter((p) => p.kind === "categorical");
  const specs = numeric2.map((p) => {
    const grid = baseSides.get(p.column).grid;
    const cuts = grid ? cutPoints(grid) : [];
    const points = grid && !base && p.methods.includes("ks") ? gridPoints(grid) : [];
    return { p, cuts, points };
  });
  const [curCounts, baseCounts, cats] = await Promise.all([
    numericCounts(
      cur,
      specs.map((s) => ({ ...s.p.cur, le: [...s.cuts, ...s.points], lt: s.points }))
    ),
    base ? numericCounts(
      base,
      specs.map((s) => ({ ...s.p.base, le: s.cuts }))
    ) : void 0,
    currentCategories(
      cur,
      categorical.map((p) => ({
        ...p.cur,
        baseline: baseSides.get(p.column).top.map((t2) => t2.value)
      }))
    )
  ]);
  const needGrid = numeric2.filter((p) => p.methods.includes("wasserstein"));
  const needKs = base ? specs.filter((s) => s.p.methods.includes("ks")) : [];
  const [curGrids, ks] = await Promise.all([
    quantileGrids(
      cur,
      needGrid.map((p) => ({ ...p.cur, count: curCounts.get(p.column).count }))
    ),
    Promise.all(
      needKs.map(
        (s) => exactKs(
          base,
          cur,
          { ...s.p.base, count: baseCounts.get(s.p.column).count },
          { ...s.p.cur, count: curCounts.get(s.p.column).count }
        )
      )
    )
  ]);
  const out = /* @__PURE__ */ new Map();
  for (const s of specs) {
    const c = curCounts.get(s.p.column);
    const n = s.cuts.length;
    const ksIdx = needKs.indexOf(s);
    out.set(s.p.column, {
      kind: "numeric",
      baseline: baseSides.get(s.p.column),
      current: { dtype: s.p.cur.dtype, count: c.count, nullFraction: c.rows ? c.nulls / c.rows : 0 },
      cuts: s.cuts,
      baselineAtCuts: baseCounts ? baseCounts.get(s.p.column).le : null,
      currentAtCuts: c.le.slice(0, n),
      points: s.points,
      currentLe: c.le.slice(n),
      currentLt: c.lt,
      currentGrid: curGrids.get(s.p.column) ?? null,
      exactKs: ksIdx >= 0 ? ks[ksIdx] : null
    });
  }
  for (const p of categorical) {
    const c = cats.get(p.column);
    out.set(p.column, {
      kind: "categorical",
      baseline: baseSides.get(p.column),
      current: {
        dtype: p.cur.dtype,
        count: c.count,
        nullFraction: cur.height ? 1 - c.count / cur.height : 0
      },
      categories: c
    });
  }
  return out;
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
  const rows2 = num(r1.rows);
  const stats2 = cols.map((c) => firstStats(c, r1));
  const numbered = cols.filter((c, i) => c.numbers && stats2[i].fin > 0);
  const ranksOf = (n) => [.../* @__PURE__ */ new Set([...gridRanks(n), ...sketchRanks(n, options.sketchSize)])];
  const bins = (i) => histogramEdges(stats2[i].min, stats2[i].max, options.histogramBins);
  const topped = cols.filter((c, i) => {
    const s = stats2[i];
    return s.count > 0 && (c.counted || c.numbers !== void 0 && s.distinct <= options.topK);
  });
  const keyed = stats2.some((s) => s.distinct + (s.nullCount > 0 ? 1 : 0) === rows2);
  const orderStats = await gathered(
    source,
    numbered,
    (c) => orderStatsSql(c.index, c.numbers, ranksOf(stats2[c.index].fin), from, d)
  );
  const histograms = await gathered(
    source,
    numbered.filter((c) => bins(c.index).length > 2),
    (c) => histogramSql(c, stats2[c.index], bins(c.index).length - 1, from, d)
  );
  const tops = topped.length ? await source.session.query(topValuesSql(topped, from, d, options.topK)) : void 0;
  const distinctRows = cols.length > 0 && rows2 > 0 && !keyed ? await source.session.query(
    `SELECT count(*) AS n FROM (SELECT DISTINCT * FROM ${from}) AS tg_distinct`
  ) : void 0;
  const columns2 = cols.map((c, i) => {
    const s = stats2[i];
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
      fingerprint: await source.fingerprint(rows2)
    },
    parts: 1,
    options,
    table: {
      rows: rows2,
      columns: cols.length,
      duplicateRows: distinctRows ? rows2 - num(distinctRows[0]?.n) : 0,
      duplicateRowsApproximate: false
    },
    columns: columns2,
    durationMs: Math.round(performance.now() - t0)
  };
}
var EPOCH_MS = {
  postgres: (q) => `CAST(extract(epoch from ${q}) * 1000 AS double precision)`,
  duckdb: (q, dtype2) => dtype2 === "Date" ? `(CAST((${q} - DATE '1970-01-01') AS DOUBLE) * 86400000)` : dtype2.startsWith("Datetime") ? `(epoch_us(${q}) / 1000.0)` : void 0
};
function sqlEpochMs(d, q, dtype2) {
  return EPOCH_MS[d.name]?.(q, dtype2);
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
  const translated = translateForDialect(pattern, d.regex);
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
  const rows2 = await source.session.query(cols.map(part).join("\nUNION ALL\n"));
  for (const r of rows2) {
    const k = num(r.k);
    out.set(k, [...out.get(k) ?? [], r]);
  }
  return out;
}
function orderStatsSql(k, numbers, ranks, from, d) {
  return `SELECT ${k} AS k, r, v FROM (SELECT v, row_number() OVER (ORDER BY v) - 1 AS r FROM (SELECT ${numbers} AS v FROM ${from}) AS tg_v WHERE v IS NOT NULL) AS tg_r WHERE r IN (${ranks.join(", ")})`.replace(/tg_v|tg_r/g, (m) => quoteIdent(d, `${m}${k}`));
}
async function sqlOrderStats(source, columns2) {
  const parts = columns2.map((c, k) => ({ index: k, numbers: c.numbers, ranks: c.ranks }));
  const rows2 = await gathered(
    source,
    parts.filter((p) => p.ranks.length > 0),
    (p) => orderStatsSql(p.index, p.numbers, p.ranks, source.from, source.dialect)
  );
  return parts.map((p) => new Map((rows2.get(p.index) ?? []).map((r) => [num(r.r), num(r.v)])));
}
function sqlNumbers(d, name, dtype2) {
  return planSqlColumn(columnInfo(name, dtype2), 0, d).numbers;
}
function histogramSql(c, s, bins, from, d) {
  const double = d.types.Float64;
  const lit3 = (x) => `CAST(${String(x)} AS ${double})`;
  const bin = `floor(((v - ${lit3(s.min)}) / (${lit3(s.max)} - ${lit3(s.min)})) * ${bins})`;
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
  let numeric2 = null;
  let sketch = null;
  if (moments) {
    const byRank = new Map((g.orderStats ?? []).map((r) => [num(r.r), num(r.v)]));
    const at = (r) => byRank.get(r);
    const grid = gridFromOrderStats(s.fin, at);
    sketch = { n: s.fin, points: sketchRanks(s.fin, o.sketchSize).map(at), exact: s.fin <= o.sketchSize };
    const edges = histogramEdges(s.min, s.max, o.histogramBins);
    const counts = edges.length > 2 ? new Array(edges.length - 1).fill(0) : [s.fin];
    if (edges.length > 2) for (const r of g.histogram ?? []) counts[num(r.b)] = num(r.n);
    numeric2 = {
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
  const top = g.top ? topValues3(g.top, c) : null;
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
    numeric: numeric2,
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
function topValues3(rows2, c) {
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
  const out = rows2.map((r) => ({ value: value(r.v), count: num(r.n) }));
  return out.sort((x, y) => y.count - x.count || (x.value < y.value ? -1 : x.value > y.value ? 1 : 0));
}

// src/core/drift/sql-drift.ts
async function driftSqlCurrent(baseline, current, opts = {}, baselineAs = "profile") {
  const t0 = performance.now();
  const thresholds = { ...DEFAULT_THRESHOLDS, ...opts.thresholds };
  const baseSchema = Object.fromEntries(baseline.columns.map((c) => [c.name, c.dtype]));
  const { names, results, planned } = await planDrift(baseSchema, current.schema, opts, async (columns2) => [
    new Map(baseline.columns.map((c) => [c.name, c.count])),
    await nonNullCounts2(current, columns2)
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
  const { rows: rows2, evidence } = await currentEvidence2(current, planned, sides);
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
    current: { name: current.name, uri: current.uri, rows: rows2 },
    t0
  });
}
async function nonNullCounts2(source, columns2) {
  const d = source.dialect;
  const parts = columns2.map((c, i) => `count(${quoteIdent(d, c)}) AS n_${i}`);
  const [r] = await source.session.query(`SELECT ${parts.join(", ") || "1 AS x"} FROM ${source.from}`);
  return new Map(columns2.map((c, i) => [c, toNumber(r?.[`n_${i}`]) ?? 0]));
}
async function currentEvidence2(source, planned, sides) {
  const d = source.dialect;
  const numeric2 = planned.filter((p) => p.kind === "numeric").map((p) => {
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
  numeric2.forEach(({ p, x }, i) => {
    outputs.push(
      `count(${x}) AS n_${i}`,
      `count(*) - count(${quoteIdent(d, p.column)}) AS nulls_${i}`,
      `stddev_samp(${x}) AS std_${i}`
    );
  });
  categorical.forEach(({ q }, i) => outputs.push(`count(${q}) AS cn_${i}`));
  const [r = {}] = await source.session.query(`SELECT ${outputs.join(", ")} FROM ${source.from}`);
  const n = (k) => toNumber(r[k]) ?? 0;
  const rows2 = n("rows");
  const atPoints = await countsAtPoints(
    source,
    numeric2.map(({ x, cuts, points }) => ({ x, points: [.../* @__PURE__ */ new Set([...cuts, ...points])] }))
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
    numeric2.map(({ p, x }, i) => ({
      numbers: x,
      ranks: p.methods.includes("wasserstein") && n(`n_${i}`) > 0 ? gridRanks(n(`n_${i}`)) : []
    }))
  );
  const evidence = /* @__PURE__ */ new Map();
  numeric2.forEach(({ p, cuts, points }, i) => {
    const count = n(`n_${i}`);
    const at = atPoints[i];
    const le = [...cuts, ...points].map((c) => at.get(c)?.le ?? 0);
    const stats2 = grids[i];
    evidence.set(p.column, {
      kind: "numeric",
      baseline: sides.get(p.column),
      current: { dtype: p.cur.dtype, count, nullFraction: rows2 ? n(`nulls_${i}`) / rows2 : 0 },
      cuts,
      baselineAtCuts: null,
      currentAtCuts: le.slice(0, cuts.length),
      points,
      currentLe: le.slice(cuts.length),
      currentLt: points.map((c) => at.get(c)?.lt ?? 0),
      currentGrid: stats2.size ? gridFromOrderStats(count, (rank) => stats2.get(rank)) : null,
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
      current: { dtype: p.cur.dtype, count, nullFraction: rows2 ? 1 - count / rows2 : 0 },
      categories: {
        count,
        matched: counts,
        unlisted: count - counts.reduce((s, x) => s + x, 0),
        newTop: fresh.filter((m) => toNumber(m.k) === i).map((m) => ({ value: String(m.v), count: toNumber(m.n) ?? 0 })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
      }
    });
  });
  return { rows: rows2, evidence };
}
async function countsAtPoints(source, columns2) {
  const d = source.dialect;
  const double = d.types.Float64;
  const int3 = d.types.Int32;
  const parts = columns2.flatMap(
    ({ x, points }, k) => points.length === 0 ? [] : [
      `SELECT ${k} AS k, CAST(NULL AS ${int3}) AS j, ${x} AS v, 1 AS d FROM ${source.from} WHERE ${x} IS NOT NULL`,
      `SELECT ${k} AS k, j, p AS v, 0 AS d FROM (VALUES ${points.map((p, j) => `(${j}, CAST(${String(p)} AS ${double}))`).join(", ")}) AS ${quoteIdent(d, `tg_points${k}`)}(j, p)`
    ]
  );
  const out = columns2.map(() => /* @__PURE__ */ new Map());
  if (parts.length === 0) return out;
  const running = (order) => `sum(d) OVER (PARTITION BY k ORDER BY v, d ${order} ROWS UNBOUNDED PRECEDING)`;
  const rows2 = await source.session.query(
    `SELECT k, j, le, lt FROM (SELECT k, j, ${running("DESC")} AS le, ${running("ASC")} AS lt FROM (${parts.join("\nUNION ALL\n")}) AS tg_merged) AS tg_running WHERE j IS NOT NULL`
  );
  for (const r of rows2) {
    const k = toNumber(r.k) ?? 0;
    const point = columns2[k].points[toNumber(r.j) ?? 0];
    out[k].set(point, { le: toNumber(r.le) ?? 0, lt: toNumber(r.lt) ?? 0 });
  }
  return out;
}

// src/core/checks/drift.ts
var params = object({
  baseline: string2().min(1).describe("A source name of the suite, or the path of a saved profile JSON"),
  columns: columnList.optional().describe("Columns to compare (default: all)"),
  method: MethodChoice.optional().describe(`auto (default) or one of ${driftMethods.join(", ")}`),
  threshold: number2().positive().optional().describe("Threshold of the named method"),
  thresholds: Thresholds.partial().strict().optional().describe("Thresholds per method, and alpha"),
  max_drifted_share: number2().min(0).max(1).optional().describe("Tolerated share of drifted columns")
}).strict().refine((p) => p.threshold === void 0 || p.method !== void 0 && p.method !== "auto", {
  message: "`threshold` needs a named `method`; with auto use `thresholds: { psi: .., ks: .. }`"
});
var drift = defineCheck({
  name: "drift",
  category: "drift",
  summary: "Column distributions have not drifted from a baseline source or saved profile.",
  doc: "Compares each column with `baseline`: another source of the suite, or the path (relative to the suite file) of a profile saved with `truthgate profile --format json`, so the baseline data need not be present. `method: auto` uses PSI over baseline-decile bins plus the Kolmogorov\u2013Smirnov statistic for numeric and temporal columns, and chi-square (Cram\xE9r\u2019s V) plus Jensen\u2013Shannon distance for categorical ones; `ks`, `psi`, `chi2`, `js`, `wasserstein`, `hellinger` and `tv` pick one. A column drifts when a distance exceeds its threshold and, where the metric has one, the p-value is below 0.05, so large tables are judged by effect size and small ones are not flagged for noise. `threshold` overrides the named method\u2019s threshold, `thresholds` any of them. The check fails when the share of drifted columns exceeds `max_drifted_share` (default 0: any drifted column) or a baseline column is missing or changed kind. On a SQL source the baseline must be a saved profile: the rows are counted against it in the database (the same report as for a file against that profile); a baseline source would have to be compared row by row in polars, so it is refused there (TG_CHECK_UNSUPPORTED_BACKEND). See docs/drift.md.",
  defaultSeverity: "medium",
  merge: "global",
  params,
  example: { baseline: "orders_last_month", method: "auto" },
  sqlRun: {
    unsupported: (p, ctx) => (
      // A .json path is a profile (a missing or bad one is its own coded error when read).
      p.baseline.toLowerCase().endsWith(".json") || looksLikeProfile(resolve4(ctx.baseDir, p.baseline)) ? void 0 : "a baseline source is compared with the checked rows in polars; on a SQL source the drift check takes a profile saved with `truthgate profile --format json` as its baseline, and counts the rows against it in the database"
    ),
    run: async (p, source, where, ctx) => {
      const baseline = readProfileFile(resolve4(ctx.baseDir, p.baseline));
      const current = where ? {
        ...source,
        from: `(SELECT * FROM ${source.from} WHERE (${where})) AS ${quoteIdent(source.dialect, "tg_where")}`
      } : source;
      return outcome(await driftSqlCurrent(baseline, current, driftOptions(p)));
    }
  },
  // Columns missing from the data are schema drift (a result), not a configuration error.
  columns: () => [],
  plan: (p, ctx) => ({
    kind: "standalone",
    run: async () => {
      const baseline = resolveBaseline(p.baseline, ctx);
      const current = { ...ctx.source, lazy: () => ctx.frame() };
      return outcome(await driftCompare(baseline, current, driftOptions(p)));
    }
  })
});
function driftOptions(p) {
  return {
    ...p.columns ? { columns: p.columns } : {},
    ...p.method ? { method: p.method } : {},
    thresholds: {
      ...p.thresholds,
      ...p.threshold !== void 0 && p.method && p.method !== "auto" ? { [p.method]: p.threshold } : {}
    },
    ...p.max_drifted_share !== void 0 ? { maxDriftedShare: p.max_drifted_share } : {}
  };
}
function resolveBaseline(baseline, ctx) {
  const path = resolve4(ctx.baseDir, baseline);
  if (looksLikeProfile(path)) return readProfileFile(path);
  try {
    return ctx.other(baseline);
  } catch (err) {
    if (err instanceof TruthgateError && err.code === "TG_UNKNOWN_SOURCE") {
      throw new TruthgateError("TG_DRIFT_BASELINE", { baseline });
    }
    throw err;
  }
}
function outcome(r) {
  const flagged = r.columns.filter(
    (c) => c.status === "drift" || c.status === "missing" || c.status === "retyped"
  );
  const d = r.dataset;
  const names = flagged.map((c) => c.status === "drift" ? c.column : `${c.column} (${c.status})`);
  return {
    pass: !d.drifted,
    observed: {
      driftedColumns: names,
      driftedShare: d.driftedShare,
      columns: Object.fromEntries(
        r.columns.map((c) => [
          c.column,
          { status: c.status, ...Object.fromEntries(c.metrics.map((m) => [m.method, m.value])) }
        ])
      )
    },
    expected: `drifted share <= ${d.maxDriftedShare} and no missing or retyped columns`,
    message: d.drifted ? `drift in ${flagged.length} of ${d.columns} columns: ${names.join(", ")}` : `no drift in ${d.columns} columns`,
    failingCount: flagged.length,
    failingFraction: d.driftedShare
  };
}
var driftChecks = [drift];

// src/core/checks/anomaly.ts
var import_nodejs_polars21 = __toESM(require_nodejs_polars(), 1);

// src/core/history/model.ts
var DEFAULT_MODEL = {
  sensitivity: 4,
  minHistory: 7,
  window: 90,
  windowDays: 28,
  direction: "both",
  scale: "linear",
  floor: 0
};
var presets = {
  rowCount: { scale: "log", direction: "both" },
  // Never narrower than a quarter of a percentage point: one more null row is not an incident.
  nullFraction: { scale: "linear", direction: "up", floor: 25e-4 },
  statistic: { scale: "linear", direction: "both" },
  distinct: { scale: "log", direction: "both" },
  // Ages vary by ratios (an hourly and a daily table); 10% in log scale absorbs scheduling jitter.
  freshness: { scale: "log", direction: "up", floor: 0.1 },
  volume: { scale: "log", direction: "both" }
};
var DAY = 864e5;
var HOUR = 36e5;
var MAD_TO_SD = 1.4826;
function inTimeOrder(points) {
  for (let i = 1; i < points.length; i++)
    if (points[i].t < points[i - 1].t) return points.sort((a, b) => a.t - b.t);
  return points;
}
function median(xs) {
  return xs.length ? medianInPlace(Float64Array.from(xs), xs.length) : NaN;
}
function medianInPlace(a, n) {
  const m = n >> 1;
  const upper = select(a, n, m);
  if (n % 2) return upper;
  let lower = a[0];
  for (let i = 1; i < m; i++) if (a[i] > lower) lower = a[i];
  return (lower + upper) / 2;
}
function select(a, n, k) {
  let l = 0;
  let r = n - 1;
  while (l < r) {
    const x = a[k];
    let i = l;
    let j = r;
    do {
      while (a[i] < x) i++;
      while (x < a[j]) j--;
      if (i <= j) {
        const t2 = a[i];
        a[i] = a[j];
        a[j] = t2;
        i++;
        j--;
      }
    } while (i <= j);
    if (j < k) l = i;
    if (k < i) r = j;
  }
  return a[k];
}
function mad(xs) {
  const m = median(xs);
  const d = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) d[i] = Math.abs(xs[i] - m);
  return xs.length ? medianInPlace(d, d.length) : NaN;
}
function theilSen(ts, ys, kind) {
  const groups = /* @__PURE__ */ new Map();
  const step = kind ? 1 : Math.max(1, Math.ceil(ts.length / 40));
  for (let i = 0; i < ts.length; i += step) {
    const k = kind ? seasonKey(kind, ts[i]) : 0;
    const g = groups.get(k);
    if (g) g.push(i);
    else groups.set(k, [i]);
  }
  let pairs = 0;
  for (const g of groups.values()) pairs += g.length * (g.length - 1) / 2;
  const slopes = new Float64Array(pairs);
  let n = 0;
  for (const g of groups.values()) {
    for (let a = 0; a < g.length; a++) {
      for (let b = a + 1; b < g.length; b++) {
        const dt = (ts[g[b]] - ts[g[a]]) / DAY;
        if (dt > 0) slopes[n++] = (ys[g[b]] - ys[g[a]]) / dt;
      }
    }
  }
  return n ? medianInPlace(slopes, n) : 0;
}
function seasonKey(kind, t2) {
  return kind === "weekday" ? mod(Math.floor(t2 / DAY) + 4, 7) : mod(Math.floor(t2 / HOUR), 24);
}
var mod = (a, n) => (a % n + n) % n;
function seasonalityFor(ts) {
  if (ts.length < 8) return [];
  const gaps = ts.slice(1).map((t2, i) => t2 - ts[i]);
  const cadence = median(gaps);
  const span = ts.at(-1) - ts[0];
  const out = [];
  if (cadence <= 6 * HOUR && span >= 3 * DAY) out.push("hour");
  if (cadence <= 2 * DAY && span >= 27 * DAY) out.push("weekday");
  return out;
}
function decompose(ts, ys, kind) {
  const origin = ts.at(-1);
  const slope = ts.length >= 4 ? theilSen(ts, ys, kind) : 0;
  const detrended = ys.map((y, i) => y - slope * ((ts[i] - origin) / DAY));
  const level = median(detrended);
  let residuals = detrended.map((y) => y - level);
  const effects = /* @__PURE__ */ new Map();
  if (kind) {
    const slots = /* @__PURE__ */ new Map();
    ts.forEach((t2, i) => {
      const k = seasonKey(kind, t2);
      const slot = slots.get(k);
      if (slot) slot.push(residuals[i]);
      else slots.set(k, [residuals[i]]);
    });
    if ([...slots.values()].some((r) => r.length < 4)) return void 0;
    for (const [k, r] of slots) effects.set(k, median(r));
    residuals = residuals.map((r, i) => r - effects.get(seasonKey(kind, ts[i])));
  }
  const dof = kind ? Math.sqrt(ts.length / Math.max(1, ts.length - effects.size)) : 1;
  return { seasonality: kind, slope, level, effects, residuals, spread: dof * MAD_TO_SD * mad(residuals) };
}
var toScale = (scale, v) => scale === "log" ? Math.log1p(Math.max(0, v)) : v;
var fromScale = (scale, y) => scale === "log" ? Math.expm1(y) : y;
function fit(points, options = {}) {
  const o = { ...DEFAULT_MODEL, ...options };
  const all2 = inTimeOrder(points.filter((p) => Number.isFinite(p.v)));
  if (all2.length === 0) return void 0;
  const since = all2.at(-1).t - o.windowDays * DAY;
  const recent = all2.length - all2.findIndex((p) => p.t > since);
  const used = all2.slice(-Math.max(o.window, recent));
  const first = fitScaled(used, o);
  const shift = levelShift(first.residuals, first.spread, o);
  if (shift === void 0) return first.fit;
  const after = used.slice(shift);
  const again = fitScaled(after, { ...o, floor: Math.max(o.floor, first.fit.spread) });
  return { ...again.fit, levelShiftAt: after[0].t };
}
function fitScaled(used, o) {
  const ts = used.map((p) => p.t);
  const ys = used.map((p) => toScale(o.scale, p.v));
  const origin = ts.at(-1);
  let best = decompose(ts, ys, null);
  for (const kind of seasonalityFor(ts)) {
    const seasonal = decompose(ts, ys, kind);
    if (seasonal && seasonal.spread < 0.6 * best.spread) best = seasonal;
  }
  const { slope, level, effects, residuals, spread, seasonality } = best;
  const width = Math.max(spread * (1 + 2 / Math.sqrt(used.length)), o.floor);
  const band = (t2) => {
    const season = seasonality ? effects.get(seasonKey(seasonality, t2)) ?? 0 : 0;
    const c = level + slope * ((t2 - origin) / DAY) + season;
    const w = o.scale === "log" ? Math.max(width, 1 / Math.sqrt(Math.max(1, Math.expm1(c)))) : width;
    return {
      low: fromScale(o.scale, c - o.sensitivity * w),
      high: fromScale(o.scale, c + o.sensitivity * w),
      center: fromScale(o.scale, c)
    };
  };
  return {
    fit: {
      points: used.length,
      from: ts[0],
      to: origin,
      seasonality,
      trendPerDay: slope,
      spread: width,
      band
    },
    residuals,
    spread
  };
}
function levelShift(residuals, spread, o) {
  const run = 5;
  if (residuals.length < run + o.minHistory) return void 0;
  const far = 2 * Math.max(spread, o.floor);
  const side = Math.sign(residuals.at(-1));
  let start = residuals.length;
  while (start > 0 && Math.sign(residuals[start - 1]) === side && Math.abs(residuals[start - 1]) > far)
    start--;
  return residuals.length - start >= run && start > 0 ? start : void 0;
}
function judge(history, current, options = {}) {
  const o = { ...DEFAULT_MODEL, ...options };
  const past = inTimeOrder(history.filter((p) => p.t < current.t && Number.isFinite(p.v)));
  if (past.length < o.minHistory) return { status: "learning", points: past.length, needed: o.minHistory };
  const f = fit(past, o);
  const band = f.band(current.t);
  const y = toScale(o.scale, current.v);
  const cy = toScale(o.scale, band.center);
  const score = f.spread > 0 ? (y - cy) / f.spread : y === cy ? 0 : Math.sign(y - cy) * Infinity;
  const { band: _unused, ...summary } = f;
  const outside = (current.v > band.high || current.v < band.low) && !likeSameWeekday(past, current, f, o);
  const above = outside && current.v > band.high && o.direction !== "down";
  const below = outside && current.v < band.low && o.direction !== "up";
  const reason = above ? "above" : below ? "below" : stuck(past.slice(-o.window), current) ? "stuck" : void 0;
  return { status: reason ? "anomaly" : "normal", ...reason ? { reason } : {}, band, fit: summary, score };
}
function likeSameWeekday(past, current, f, o) {
  if (f.seasonality !== null) return false;
  const weekday = seasonKey("weekday", current.t);
  const same = past.slice(-f.points).filter((p) => seasonKey("weekday", p.t) === weekday && current.t - p.t < 29 * DAY);
  if (same.length === 0) return false;
  const m = median(same.map((p) => toScale(o.scale, p.v)));
  return Math.abs(toScale(o.scale, current.v) - m) <= o.sensitivity * f.spread;
}
function stuck(past, current) {
  if (past.length < 2 || past.at(-1).v !== current.v) return false;
  let repeats = 0;
  for (let i = 1; i < past.length; i++) if (past[i].v === past[i - 1].v) repeats++;
  return repeats / (past.length - 1) < 0.02;
}

// src/core/i18n/ui.ts
var strings = {
  pass: { en: "PASS", ko: "\uD1B5\uACFC" },
  warn: { en: "WARN", ko: "\uACBD\uACE0" },
  fail: { en: "FAIL", ko: "\uC2E4\uD328" },
  error: { en: "ERROR", ko: "\uC624\uB958" },
  critical: { en: "critical", ko: "\uCE58\uBA85" },
  high: { en: "high", ko: "\uB192\uC74C" },
  medium: { en: "medium", ko: "\uC911\uAC04" },
  low: { en: "low", ko: "\uB0AE\uC74C" },
  info: { en: "info", ko: "\uC815\uBCF4" },
  checks: { en: "{n} checks", one: "{n} check", ko: "\uAC80\uC0AC {n}\uAC1C" },
  passed: { en: "{n} passed", ko: "{n}\uAC1C \uD1B5\uACFC" },
  failed: { en: "{n} failed", ko: "{n}\uAC1C \uC2E4\uD328" },
  errored: { en: "{n} errored", ko: "{n}\uAC1C \uC624\uB958" },
  skipped: { en: "{n} skipped", ko: "{n}\uAC1C \uAC74\uB108\uB700" },
  issuesBySeverity: { en: "issues by severity", ko: "\uC2EC\uAC01\uB3C4\uBCC4 \uBB38\uC81C" },
  failOn: { en: "fail on {level}", ko: "\uC2E4\uD328 \uAE30\uC900 {level}" },
  suite: { en: "Suite", ko: "\uC2A4\uC704\uD2B8" },
  source: { en: "Source", ko: "\uC18C\uC2A4" },
  rowCount: { en: "{rows} rows", one: "{rows} row", ko: "{rows}\uD589" },
  columnCount: { en: "{n} columns", one: "{n} column", ko: "{n}\uC5F4" },
  sourceUnreadable: { en: "source could not be read", ko: "\uC18C\uC2A4\uB97C \uC77D\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4" },
  checksNotRun: {
    en: "{n} checks could not run",
    one: "1 check could not run",
    ko: "\uAC80\uC0AC {n}\uAC1C\uB97C \uC2E4\uD589\uD558\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4"
  },
  hint: { en: "hint", ko: "\uD78C\uD2B8" },
  row: { en: "row", ko: "\uD589" },
  // A failing row of a SQL table without a key: the number is the sample's, not the row's.
  sampleNoKey: { en: "sample {n} (table has no key)", ko: "\uC0D8\uD50C {n} (\uD14C\uC774\uBE14\uC5D0 \uD0A4 \uC5C6\uC74C)" },
  line: { en: "line", ko: "\uC904" },
  moreSamples: { en: "\u2026 {n} more failing rows", one: "\u2026 1 more failing row", ko: "\u2026 \uC2E4\uD328 \uD589 {n}\uAC1C \uB354 \uC788\uC74C" },
  failingSamples: { en: "Failing samples", ko: "\uC2E4\uD328 \uC0D8\uD50C" },
  colStatus: { en: "Status", ko: "\uC0C1\uD0DC" },
  colCheck: { en: "Check", ko: "\uAC80\uC0AC" },
  colSeverity: { en: "Severity", ko: "\uC2EC\uAC01\uB3C4" },
  colObserved: { en: "Observed", ko: "\uAD00\uCE21\uAC12" },
  colExpected: { en: "Expected", ko: "\uAE30\uB300\uAC12" },
  colMessage: { en: "Message", ko: "\uBA54\uC2DC\uC9C0" },
  colRow: { en: "Row", ko: "\uD589" },
  colName: { en: "Name", ko: "\uC774\uB984" },
  colCategory: { en: "Category", ko: "\uBD84\uB958" },
  colSummary: { en: "Summary", ko: "\uC124\uBA85" },
  colParams: { en: "Parameters", ko: "\uB9E4\uAC1C\uBCC0\uC218" },
  colExample: { en: "Example", ko: "\uC608\uC2DC" },
  colRequired: { en: "Required", ko: "\uD544\uC218" },
  colType: { en: "Type", ko: "\uD615\uC2DD" },
  colDescription: { en: "Description", ko: "\uC124\uBA85" },
  yes: { en: "yes", ko: "\uC608" },
  no: { en: "no", ko: "\uC544\uB2C8\uC694" },
  perColumnNote: {
    en: "Also accepts `columns: [..]`: one check per column.",
    ko: "`columns: [..]`\uB3C4 \uBC1B\uC2B5\uB2C8\uB2E4: \uC5F4\uB9C8\uB2E4 \uAC80\uC0AC \uD558\uB098."
  },
  trimmed: {
    en: "Detail trimmed to fit {limit} characters",
    ko: "{limit}\uC790\uC5D0 \uB9DE\uCD94\uB824\uACE0 \uC138\uBD80 \uB0B4\uC6A9\uC744 \uC904\uC600\uC2B5\uB2C8\uB2E4"
  },
  trimmedSamples: { en: "failing samples omitted", ko: "\uC2E4\uD328 \uC0D8\uD50C \uC0DD\uB7B5" },
  longValue: { en: "{n} characters", ko: "{n}\uC790" },
  trimmedPassing: {
    en: "{n} passing checks not shown",
    one: "1 passing check not shown",
    ko: "\uD1B5\uACFC\uD55C \uAC80\uC0AC {n}\uAC1C \uC0DD\uB7B5"
  },
  trimmedRows: { en: "{n} more checks not shown", one: "1 more check not shown", ko: "\uAC80\uC0AC {n}\uAC1C \uB354 \uC0DD\uB7B5" },
  seeFullReport: { en: "see the full report", ko: "\uC804\uCCB4 \uBCF4\uACE0\uC11C\uB97C \uD655\uC778\uD558\uC138\uC694" },
  suiteOk: {
    en: "OK {path}: {sources} sources, {checks} checks",
    ko: "\uC815\uC0C1 {path}: \uC18C\uC2A4 {sources}\uAC1C, \uAC80\uC0AC {checks}\uAC1C"
  },
  suiteProblems: { en: "{n} problems in {path}", one: "1 problem in {path}", ko: "{path}\uC5D0 \uBB38\uC81C {n}\uAC1C" },
  learning: {
    en: "Learning checks from {n} data files",
    one: "Learning checks from 1 data file",
    ko: "\uB370\uC774\uD130 \uD30C\uC77C {n}\uAC1C\uC5D0\uC11C \uAC80\uC0AC\uB97C \uD559\uC2B5\uD558\uB294 \uC911"
  },
  scanning: { en: "Scanning {source} ({index}/{total})", ko: "{source} \uAC80\uC0AC \uC911 ({index}/{total})" },
  reportWritten: { en: "Report written to {path}", ko: "\uBCF4\uACE0\uC11C\uB97C {path}\uC5D0 \uC800\uC7A5\uD588\uC2B5\uB2C8\uB2E4" },
  // drift and diff renderers
  driftFound: { en: "drift in {n} of {total} columns", ko: "\uC5F4 {total}\uAC1C \uC911 {n}\uAC1C\uC5D0\uC11C \uB4DC\uB9AC\uD504\uD2B8" },
  driftNone: { en: "no drift in {total} columns", ko: "\uC5F4 {total}\uAC1C\uC5D0\uC11C \uB4DC\uB9AC\uD504\uD2B8 \uC5C6\uC74C" },
  driftTitle: { en: "Drift", ko: "\uB4DC\uB9AC\uD504\uD2B8" },
  baseline: { en: "baseline", ko: "\uAE30\uC900" },
  current: { en: "current", ko: "\uD604\uC7AC" },
  method: { en: "method", ko: "\uBC29\uBC95" },
  newCategories: { en: "new categories", ko: "\uC0C8 \uBC94\uC8FC" },
  colColumn: { en: "Column", ko: "\uC5F4" },
  colMetrics: { en: "Metrics", ko: "\uC9C0\uD45C" },
  nRows: { en: "{n} rows", ko: "{n}\uD589" },
  diffTitle: { en: "Data diff", ko: "\uB370\uC774\uD130 \uBE44\uAD50" },
  diffNone: { en: "no differences", ko: "\uCC28\uC774 \uC5C6\uC74C" },
  diffRows: { en: "Rows", ko: "\uD589" },
  diffColumns: { en: "Columns", ko: "\uC5F4" },
  diffSchema: { en: "Schema", ko: "\uC2A4\uD0A4\uB9C8" },
  diffByKey: { en: "By key {key}", ko: "\uD0A4 {key} \uAE30\uC900" },
  diffAdded: { en: "added", ko: "\uCD94\uAC00" },
  diffRemoved: { en: "removed", ko: "\uC0AD\uC81C" },
  diffChanged: { en: "changed", ko: "\uBCC0\uACBD" },
  diffUnchanged: { en: "unchanged", ko: "\uBCC0\uACBD \uC5C6\uC74C" },
  diffRetyped: { en: "retyped", ko: "\uD615\uC2DD \uBCC0\uACBD" },
  diffDuplicates: {
    en: "Duplicate keys: {old} rows in old, {new} rows in new; {unpaired} rows with a key on both sides could not be paired and are not compared",
    ko: "\uC911\uBCF5 \uD0A4: \uC774\uC804 {old}\uD589, \uC0C8 {new}\uD589. \uC591\uCABD\uC5D0 \uC788\uB294 \uD0A4 \uC911 {unpaired}\uD589\uC740 \uC9DD\uC744 \uC9C0\uC744 \uC218 \uC5C6\uC5B4 \uBE44\uAD50\uD558\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4"
  },
  diffHidden: { en: "{n} unchanged columns not shown", ko: "\uBCC0\uACBD \uC5C6\uB294 \uC5F4 {n}\uAC1C \uC0DD\uB7B5" },
  diffSamples: { en: "Samples", ko: "\uC0D8\uD50C" },
  colChangedRows: { en: "Changed rows", ko: "\uBCC0\uACBD \uD589" },
  colNulls: { en: "Nulls", ko: "null \uBE44\uC728" },
  colDistinct: { en: "Distinct", ko: "\uACE0\uC720\uAC12" },
  colMean: { en: "Mean", ko: "\uD3C9\uADE0" },
  colMin: { en: "Min", ko: "\uCD5C\uC18C" },
  colMax: { en: "Max", ko: "\uCD5C\uB300" },
  // GitHub Action (comment, summary, annotations, job status)
  runLog: { en: "Run log", ko: "\uC2E4\uD589 \uB85C\uADF8" },
  leftOutForSize: { en: "Left out to fit the size limit", ko: "\uAE38\uC774 \uC81C\uD55C\uC73C\uB85C \uC0DD\uB7B5\uB428" },
  hintLabel: { en: "Hint", ko: "\uD78C\uD2B8" },
  sources: { en: "Sources", ko: "\uC18C\uC2A4" },
  topIssues: { en: "Top issues", ko: "\uC8FC\uC694 \uBB38\uC81C" },
  remoteRanAs: {
    en: "Ran as workflow {workflowId} on Temporal {address} (namespace {namespace}). The full report, with failing-row samples, is in the workers' report store at {reportKey}.",
    ko: "Temporal {address}(\uB124\uC784\uC2A4\uD398\uC774\uC2A4 {namespace})\uC758 \uC6CC\uD06C\uD50C\uB85C {workflowId}\uC5D0\uC11C \uC2E4\uD589\uD588\uC2B5\uB2C8\uB2E4. \uC804\uCCB4 \uBCF4\uACE0\uC11C(\uC2E4\uD328 \uD589 \uC0D8\uD50C \uD3EC\uD568)\uB294 \uC6CC\uCEE4\uC758 \uBCF4\uACE0\uC11C \uC800\uC7A5\uC18C {reportKey}\uC5D0 \uC788\uC2B5\uB2C8\uB2E4."
  },
  noSourceChanged: {
    en: "No changed file is read by a source of the suite; nothing to check.",
    ko: "\uBCC0\uACBD\uB41C \uD30C\uC77C \uC911 \uC2A4\uC704\uD2B8 \uC18C\uC2A4\uAC00 \uC77D\uB294 \uD30C\uC77C\uC774 \uC5C6\uC5B4 \uAC80\uC0AC\uD560 \uAC83\uC774 \uC5C6\uC2B5\uB2C8\uB2E4."
  },
  noneChanged: { en: "no changed file matches", ko: "\uC77C\uCE58\uD558\uB294 \uBCC0\uACBD \uD30C\uC77C \uC5C6\uC74C" },
  newFile: {
    en: "{path} has no base-branch version: its checks were learned from the file itself and prove only its shape.",
    ko: "{path}\uC740(\uB294) \uAE30\uC900 \uBE0C\uB79C\uCE58 \uBC84\uC804\uC774 \uC5C6\uC5B4 \uD30C\uC77C \uC790\uCCB4\uC5D0\uC11C \uAC80\uC0AC\uB97C \uD559\uC2B5\uD588\uC73C\uBA70 \uD615\uD0DC\uB9CC \uD655\uC778\uD569\uB2C8\uB2E4."
  },
  moreInSummary: {
    en: "{n} more findings are not annotated here; the job summary lists them all.",
    ko: "\uC8FC\uC11D\uC73C\uB85C \uD45C\uC2DC\uB418\uC9C0 \uC54A\uC740 \uACB0\uACFC {n}\uAC74\uC774 \uB354 \uC788\uC2B5\uB2C8\uB2E4. \uC791\uC5C5 \uC694\uC57D\uC5D0 \uBAA8\uB450 \uC788\uC2B5\uB2C8\uB2E4."
  },
  jobFailed: {
    en: "Truthgate: {failed} checks failed, {errored} errored (fail-on {failOn})",
    ko: "Truthgate: \uAC80\uC0AC {failed}\uAC1C \uC2E4\uD328, {errored}\uAC1C \uC624\uB958 (\uC2E4\uD328 \uAE30\uC900 {failOn})"
  },
  // Anomaly checks' verdicts (src/core/checks/anomaly-message.ts), rebuilt from their results.
  anomalyRowCount: { en: "row count", ko: "\uD589 \uC218" },
  anomalyNullShare: { en: "null share of {column}", ko: "{column}\uC758 null \uBE44\uC728" },
  anomalyStatistic: { en: "{stat} of {column}", ko: "{column}\uC758 {stat}" },
  anomalyAge: { en: "age of the newest {column}", ko: "\uAC00\uC7A5 \uCD5C\uADFC {column}\uC758 \uACBD\uACFC \uC2DC\uAC04" },
  anomalyPerBucket: { en: "rows per {bucket}", ko: "{bucket}\uBCC4 \uD589 \uC218" },
  anomalyStatMean: { en: "mean", ko: "\uD3C9\uADE0" },
  anomalyStatMedian: { en: "median", ko: "\uC911\uC559\uAC12" },
  anomalyStatMin: { en: "min", ko: "\uCD5C\uC19F\uAC12" },
  anomalyStatMax: { en: "max", ko: "\uCD5C\uB313\uAC12" },
  anomalyStatSum: { en: "sum", ko: "\uD569\uACC4" },
  anomalyStatStddev: { en: "stddev", ko: "\uD45C\uC900\uD3B8\uCC28" },
  anomalyStatDistinct: { en: "distinct", ko: "\uACE0\uC720\uAC12 \uC218" },
  anomalyDay: { en: "day", ko: "\uC77C" },
  anomalyHour: { en: "hour", ko: "\uC2DC\uAC04" },
  anomalyNoValue: {
    en: "no {label} to judge (no non-null values)",
    ko: "\uD310\uC815\uD560 {label}\uC774(\uAC00) \uC5C6\uC2B5\uB2C8\uB2E4 (null\uC774 \uC544\uB2CC \uAC12 \uC5C6\uC74C)"
  },
  anomalySkipped: {
    en: "not judged: no metric history for this run (give --history-dir or set TRUTHGATE_STORE); {label} {value}",
    ko: "\uD310\uC815\uD558\uC9C0 \uC54A\uC74C: \uC774 \uC2E4\uD589\uC5D0\uB294 \uC9C0\uD45C \uAE30\uB85D\uC774 \uC5C6\uC2B5\uB2C8\uB2E4 (--history-dir \uB610\uB294 TRUTHGATE_STORE \uC9C0\uC815); {label} {value}"
  },
  anomalyLearning: {
    en: "learning: {label} {value}; {points} of {needed} {past} needed before it is judged",
    ko: "\uD559\uC2B5 \uC911: {label} {value}; \uD310\uC815\uC5D0 \uD544\uC694\uD55C {past} {needed}\uAC1C \uC911 {points}\uAC1C"
  },
  anomalyPastRuns: { en: "past runs", ko: "\uACFC\uAC70 \uC2E4\uD589" },
  anomalyEarlier: { en: "earlier {bucket}s", ko: "\uC774\uC804 {bucket}" },
  anomalyWithin: {
    en: "{label} {value} within the expected {range}",
    ko: "{label} {value}, \uAE30\uB300 \uBC94\uC704 {range} \uC548"
  },
  anomalyAbove: {
    en: "{label} {value} is above the expected {range}",
    ko: "{label} {value}\uC774(\uAC00) \uAE30\uB300 \uBC94\uC704 {range}\uBCF4\uB2E4 \uB192\uC2B5\uB2C8\uB2E4"
  },
  anomalyBelow: {
    en: "{label} {value} is below the expected {range}",
    ko: "{label} {value}\uC774(\uAC00) \uAE30\uB300 \uBC94\uC704 {range}\uBCF4\uB2E4 \uB0AE\uC2B5\uB2C8\uB2E4"
  },
  anomalyStuck: {
    en: "{label} {value} is unchanged since the previous run, though it changes on every run",
    ko: "{label} {value}\uC774(\uAC00) \uB9E4 \uC2E4\uD589 \uBC14\uB00C\uB294 \uAC12\uC778\uB370 \uC774\uC804 \uC2E4\uD589\uACFC \uAC19\uC2B5\uB2C8\uB2E4"
  },
  anomalyLearnedFrom: { en: "learned from {n} runs", ko: "\uC2E4\uD589 {n}\uD68C\uC5D0\uC11C \uD559\uC2B5" },
  anomalyWeekday: { en: "weekday seasonality", ko: "\uC694\uC77C\uBCC4 \uACC4\uC808\uC131" },
  anomalyHourly: { en: "hour seasonality", ko: "\uC2DC\uAC04\uB300\uBCC4 \uACC4\uC808\uC131" },
  anomalyNewLevel: { en: "new level since {date}", ko: "{date}\uBD80\uD130 \uC0C8 \uC218\uC900" },
  anomalyVolumeNormal: {
    en: "rows per {bucket} normal in the last {n} {bucket}s (learned from {points} {bucket}s{season})",
    ko: "\uCD5C\uADFC {n}{bucket} \uB3D9\uC548 {bucket}\uBCC4 \uD589 \uC218 \uC815\uC0C1 ({points}{bucket}\uC5D0\uC11C \uD559\uC2B5{season})"
  },
  anomalyVolumeFlagged: {
    en: "{n} of the last {recent} {bucket}s have unusual volume: {list}",
    ko: "\uCD5C\uADFC {recent}{bucket} \uC911 {n}{bucket}\uC758 \uD589 \uC218\uAC00 \uD3C9\uC18C\uC640 \uB2E4\uB985\uB2C8\uB2E4: {list}"
  },
  anomalyExpected: { en: "expected {range}", ko: "\uAE30\uB300 {range}" }
};
function rowsColumns(lang, rows2, columns2) {
  const r = t(lang, "rowCount", { n: rows2, rows: formatCount(rows2) });
  return `${r} \xD7 ${t(lang, "columnCount", { n: columns2 })}`;
}
function t(lang, key, params2 = {}) {
  const entry = strings[key];
  const text = lang === "en" && params2.n === 1 && entry.one !== void 0 ? entry.one : entry[lang];
  return text.replace(/\{(\w+)\}/g, (m, k) => k in params2 ? String(params2[k]) : m);
}
function parseLang(value, fallback = "en") {
  return value === "ko" || value === "en" ? value : fallback;
}

// src/core/checks/anomaly-message.ts
var statistics = ["mean", "median", "min", "max", "sum", "stddev", "distinct"];
function unitOf(s) {
  if (s.kind === "row_count" || s.kind === "volume") return "rows";
  if (s.kind === "null_fraction") return "fraction";
  if (s.kind === "age") return "seconds";
  return s.stat === "distinct" ? "rows" : "value";
}
function formatMetric(v, unit) {
  if (unit === "rows") return formatCount(Math.round(v));
  if (unit === "fraction") return formatPercent(v);
  if (unit === "seconds") return `${(v / 3600).toFixed(1)}h`;
  return Number.isInteger(v) ? formatCount(v) : v.toPrecision(4);
}
var statKey = {
  mean: "anomalyStatMean",
  median: "anomalyStatMedian",
  min: "anomalyStatMin",
  max: "anomalyStatMax",
  sum: "anomalyStatSum",
  stddev: "anomalyStatStddev",
  distinct: "anomalyStatDistinct"
};
var bucketWord = (lang, b) => t(lang, b === "day" ? "anomalyDay" : "anomalyHour");
function labelOf(lang, s) {
  switch (s.kind) {
    case "row_count":
      return t(lang, "anomalyRowCount");
    case "null_fraction":
      return t(lang, "anomalyNullShare", { column: s.column });
    case "statistic":
      return t(lang, "anomalyStatistic", { column: s.column, stat: t(lang, statKey[s.stat]) });
    case "age":
      return t(lang, "anomalyAge", { column: s.column });
    case "volume":
      return t(lang, "anomalyPerBucket", { bucket: bucketWord(lang, s.bucket) });
  }
}
function anomalySentence(lang, f) {
  const s = f.subject;
  const unit = unitOf(s);
  const label = labelOf(lang, s);
  if (f.state === "no-value" || f.value === null) return t(lang, "anomalyNoValue", { label });
  const value = formatMetric(f.value, unit);
  if (f.state === "skipped") return t(lang, "anomalySkipped", { label, value });
  if (f.state === "learning") {
    const past = s.kind === "volume" ? t(lang, "anomalyEarlier", { bucket: bucketWord(lang, s.bucket) }) : t(lang, "anomalyPastRuns");
    return t(lang, "anomalyLearning", {
      label,
      value,
      points: formatCount(f.points ?? 0),
      needed: formatCount(f.needed ?? 0),
      past
    });
  }
  const range2 = `${formatMetric(f.low ?? NaN, unit)}\u2013${formatMetric(f.high ?? NaN, unit)}`;
  const key = f.reason === "stuck" ? "anomalyStuck" : f.reason === "above" ? "anomalyAbove" : f.reason === "below" ? "anomalyBelow" : "anomalyWithin";
  const basis = [
    t(lang, "anomalyLearnedFrom", { n: formatCount(f.points ?? 0) }),
    f.seasonality ? t(lang, f.seasonality === "weekday" ? "anomalyWeekday" : "anomalyHourly") : "",
    f.levelShiftAt ? t(lang, "anomalyNewLevel", { date: f.levelShiftAt.slice(0, 10) }) : ""
  ].filter(Boolean).join(", ");
  return `${t(lang, key, { label, value, range: range2 })} (${basis})`;
}
function volumeSentence(lang, v) {
  const bucket = bucketWord(lang, v.bucket);
  if (v.total === 0) {
    const season = v.seasonality ? `, ${t(lang, v.seasonality === "weekday" ? "anomalyWeekday" : "anomalyHourly")}` : "";
    return t(lang, "anomalyVolumeNormal", {
      bucket,
      n: formatCount(v.recent),
      points: formatCount(v.points),
      season
    });
  }
  const list = v.flagged.slice(0, 5).map((x) => {
    const range2 = `${formatCount(Math.round(x.low))}\u2013${formatCount(Math.round(x.high))}`;
    const when2 = x.bucket.slice(0, v.bucket === "day" ? 10 : 13);
    return `${when2} ${formatCount(x.rows)} (${t(lang, "anomalyExpected", { range: range2 })})`;
  }).join("; ");
  return t(lang, "anomalyVolumeFlagged", {
    n: formatCount(v.total),
    recent: formatCount(v.recent),
    bucket,
    list
  });
}
function anomalyMessage(lang, c) {
  const o = c.observed ?? {};
  if (!o.subject) return void 0;
  const e = c.expected ?? {};
  const value = typeof o.value === "number" ? o.value : null;
  const state = value === null ? "no-value" : e.status === "skipped" ? "skipped" : e.status === "learning" ? "learning" : o.reason ? "anomaly" : "normal";
  const s = o.subject;
  if (s.kind === "volume" && (state === "normal" || state === "anomaly")) {
    return volumeSentence(lang, {
      bucket: s.bucket,
      recent: c.judgedCount ?? 0,
      points: o.history?.points ?? 0,
      seasonality: o.history?.seasonality ?? null,
      flagged: o.anomalies ?? [],
      total: c.failingCount ?? 0
    });
  }
  return anomalySentence(lang, {
    subject: s,
    value,
    state,
    ...o.reason ? { reason: o.reason } : {},
    ...e.low !== void 0 ? { low: e.low } : {},
    ...e.high !== void 0 ? { high: e.high } : {},
    points: o.history?.points ?? 0,
    ...e.needed !== void 0 ? { needed: e.needed } : {},
    seasonality: o.history?.seasonality ?? null,
    ...o.history?.levelShiftAt ? { levelShiftAt: o.history.levelShiftAt } : {}
  });
}

// src/core/checks/anomaly.ts
var learning = {
  sensitivity: number2().positive().optional().describe("Band half-width in robust standard deviations (default 4); lower flags more"),
  min_history: number2().int().min(2).optional().describe("Past runs needed before the check judges (default 7); until then it passes as learning"),
  window: number2().int().min(3).optional().describe("Newest past runs used (default 90, or every run of the last 28 days when that is more)"),
  series: string2().regex(/^[A-Za-z0-9_.:-]+$/).optional().describe("Name of the history series, to tell apart checks of the same metric with different `where`")
};
function modelOptions(p, fixed) {
  return {
    ...fixed,
    ...p.sensitivity !== void 0 ? { sensitivity: p.sensitivity } : {},
    ...p.min_history !== void 0 ? { minHistory: p.min_history } : {},
    ...p.window !== void 0 ? { window: p.window } : {}
  };
}
function seriesName(p, ctx, metric3) {
  if (p.series) return p.series;
  return ctx.where ? `${metric3}@where` : metric3;
}
var DAY2 = 864e5;
function verdictOutcome(metric3, subject, value, verdict) {
  const observed = { metric: metric3, subject, value };
  if (value === null) return phrased({ pass: false, observed, expected: null });
  if (!verdict || verdict.status === "learning") {
    return phrased({
      pass: true,
      observed: { ...observed, history: { points: verdict?.points ?? 0 } },
      expected: { status: "learning", needed: verdict?.needed ?? 0 }
    });
  }
  const { band, fit: f } = verdict;
  return phrased({
    pass: verdict.status === "normal",
    observed: {
      ...observed,
      score: Number.isFinite(verdict.score) ? Number(verdict.score.toFixed(2)) : null,
      ...verdict.reason ? { reason: verdict.reason } : {},
      history: {
        points: f.points,
        from: new Date(f.from).toISOString(),
        to: new Date(f.to).toISOString(),
        seasonality: f.seasonality,
        trendPerDay: f.trendPerDay,
        ...f.levelShiftAt !== void 0 ? { levelShiftAt: new Date(f.levelShiftAt).toISOString() } : {}
      }
    },
    expected: { low: band.low, high: band.high, center: band.center }
  });
}
function phrased(o) {
  return { ...o, message: anomalyMessage("en", o) ?? "" };
}
function historyPlan(ctx, series, subject, options, metrics, value) {
  if (ctx.history?.error) throw ctx.history.error;
  const past = ctx.history?.series(series) ?? [];
  return {
    kind: "aggregate",
    metrics,
    evaluate: (m) => {
      const v = value(m);
      if (!ctx.history && v !== null) {
        return phrased({
          pass: true,
          skipped: true,
          observed: { metric: series, subject, value: v },
          expected: { status: "skipped", reason: "no metric history" }
        });
      }
      const verdict = v === null ? void 0 : judge(past, { t: ctx.now.getTime(), v }, options);
      return verdictOutcome(
        series,
        subject,
        v,
        verdict ?? { status: "learning", points: past.length, needed: 0 }
      );
    }
  };
}
var rowCountAnomaly = defineCheck({
  name: "row_count_anomaly",
  category: "table",
  summary: "Row count is within the range learned from past runs.",
  doc: "Learns the usual number of rows (after `where`) from the past runs of the suite kept in the metric history (`--history-dir`, or the worker store in scheduled runs) and fails when this run is outside it: a load that stopped, half a load, or a runaway duplication. The expected range is the median of the last `window` runs and `sensitivity` robust deviations (MAD) around it, in ratios, following the trend of a growing table and weekday or hour-of-day seasonality when the history shows it. A lasting new level (five runs in a row beyond the range) is learned. With fewer than `min_history` past runs it passes and says it is learning. The result carries the expected band and the history it used.",
  defaultSeverity: "high",
  merge: "global",
  params: object({ ...learning }).strict(),
  example: { sensitivity: 4, min_history: 7 },
  columns: () => [],
  plan: (p, ctx) => historyPlan(
    ctx,
    seriesName(p, ctx, "row_count"),
    { kind: "row_count" },
    modelOptions(p, presets.rowCount),
    { rows: rows() },
    (m) => toNumber(m.rows) ?? 0
  )
});
var nullFractionAnomaly = defineCheck({
  name: "null_fraction_anomaly",
  category: "completeness",
  summary: "A column's share of nulls is not above the range learned from past runs.",
  doc: "Learns the usual share of null values of `column` from past runs and fails when this run has clearly more (a broken join or a field an upstream system stopped filling). Fewer nulls never fail. Same model, `sensitivity`, `min_history` and `window` as `row_count_anomaly`; the band never narrows below one percentage point so a column that is almost never null is not flagged for a single row.",
  defaultSeverity: "high",
  merge: "global",
  params: object({ column, ...learning }).strict(),
  example: { column: "email" },
  columns: (p) => [p.column],
  plan: (p, ctx) => historyPlan(
    ctx,
    seriesName(p, ctx, `null_fraction:${p.column}`),
    { kind: "null_fraction", column: p.column },
    modelOptions(p, presets.nullFraction),
    { nulls: col(p.column).isNull().sum(), rows: rows() },
    (m) => {
      const n = toNumber(m.rows) ?? 0;
      return n === 0 ? null : (toNumber(m.nulls) ?? 0) / n;
    }
  )
});
var metricNames = statistics;
function metricExpr(name, e) {
  switch (name) {
    case "mean":
      return e.mean();
    case "median":
      return e.median();
    case "min":
      return e.min();
    case "max":
      return e.max();
    case "sum":
      return e.sum();
    case "stddev":
      return e.std();
    case "distinct":
      return e.nUnique();
  }
}
var metricAnomaly = defineCheck({
  name: "metric_anomaly",
  category: "numbers",
  summary: "A statistic of a column (mean, sum, distinct count, ...) stays within its learned range.",
  doc: "Computes `metric` (`mean`, `median`, `min`, `max`, `sum`, `stddev` of a numeric column, or `distinct`, the number of distinct non-null values of any column) and fails when it leaves the range learned from past runs, or when it repeats the previous value exactly although it changed on (nearly) every past run: a stuck metric that usually means the same data was loaded again. `direction: up` or `down` watches one side only. Same model, `sensitivity`, `min_history` and `window` as `row_count_anomaly`.",
  defaultSeverity: "medium",
  merge: "global",
  params: object({
    metric: _enum(metricNames),
    column,
    direction: _enum(["both", "up", "down"]).optional().describe("Which side of the range fails (default both)"),
    ...learning
  }).strict(),
  example: { metric: "mean", column: "amount" },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    if (p.metric !== "distinct") requireDtype(ctx, "metric_anomaly", p.column, "numeric");
    const values = col(p.column);
    const direction = p.direction ?? "both";
    return historyPlan(
      ctx,
      seriesName(p, ctx, `${p.metric}:${p.column}`),
      { kind: "statistic", column: p.column, stat: p.metric },
      modelOptions(p, {
        ...p.metric === "distinct" ? presets.distinct : presets.statistic,
        direction
      }),
      { value: metricExpr(p.metric, p.metric === "distinct" ? values : values.cast("Float64")) },
      (m) => toNumber(m.value)
    );
  }
});
var freshnessAnomaly = defineCheck({
  name: "freshness_anomaly",
  category: "table",
  summary: "The age of the newest timestamp is not above the range learned from past runs.",
  doc: "Measures how old the newest value of `column` (a Date or Datetime) is at the start of the run and fails when it is clearly older than usual: a table that stopped loading, without guessing a fixed `max_age`. Ages are judged as ratios, so a table loaded hourly and one loaded daily each get a fitting range; younger than usual never fails. Same model, `sensitivity`, `min_history` and `window` as `row_count_anomaly`.",
  defaultSeverity: "high",
  merge: "global",
  params: object({ column, ...learning }).strict(),
  example: { column: "updated_at" },
  columns: (p) => [p.column],
  plan: (p, ctx) => historyPlan(
    ctx,
    seriesName(p, ctx, `freshness_lag:${p.column}`),
    { kind: "age", column: p.column },
    modelOptions(p, presets.freshness),
    {
      newest: col(p.column).epochMs(requireDtype(ctx, "freshness_anomaly", p.column, "date")).max()
    },
    (m) => {
      const newest = toNumber(m.newest);
      return newest === null ? null : Math.max(0, (ctx.now.getTime() - newest) / 1e3);
    }
  )
});
var buckets = { hour: 36e5, day: DAY2 };
var volumeAnomaly = defineCheck({
  name: "volume_anomaly",
  category: "table",
  summary: "Rows per day (or hour) of a timestamp column show no missing or unusual bucket.",
  doc: "Counts the rows of each `bucket` (`day` or `hour`, UTC) of the timestamp `column` within the data itself and judges the newest `recent` complete buckets against the range learned from all buckets, with the same model as `row_count_anomaly` (trend, weekday or hour seasonality, median and MAD). A day with no rows counts as zero, so one run over an event table finds a missing or half-loaded day without any history. The first bucket and a bucket still in progress at the start of the run are left out as partial. It learns while fewer than `min_history` complete buckets precede the judged ones (default 21 days or 72 hours, enough to see the weekly or daily pattern). Reads the column in its own light query.",
  defaultSeverity: "high",
  merge: "global",
  params: object({
    column,
    bucket: _enum(["day", "hour"]).optional().describe("Bucket size (default day)"),
    recent: number2().int().min(1).optional().describe("Newest complete buckets judged (default 7)"),
    sensitivity: learning.sensitivity,
    min_history: number2().int().min(2).optional().describe("Complete buckets needed before the judged ones (default 21 days or 72 hours)")
  }).strict(),
  example: { column: "created_at", bucket: "day", recent: 7 },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const size = buckets[p.bucket ?? "day"];
    const dtype2 = requireDtype(ctx, "volume_anomaly", p.column, "date");
    const ms = epochMs2(import_nodejs_polars21.default.col(p.column), dtype2, isoShapeOf(ctx.source, p.column));
    return {
      kind: "standalone",
      run: async () => {
        const counted = ctx.frame().select(ms.alias("t")).dropNulls().select(
          import_nodejs_polars21.default.col("t").cast(import_nodejs_polars21.default.Datetime("ms")).dt.truncate(p.bucket === "hour" ? "1h" : "1d").dt.timestamp().alias("b")
        ).groupBy("b").agg(import_nodejs_polars21.default.len().alias("n")).collectSync().toRecords();
        return judgeBuckets(counted, size, ctx.now.getTime(), p, `rows_per_${p.bucket ?? "day"}:${p.column}`);
      }
    };
  }
});
function judgeBuckets(counted, size, now, p, metric3) {
  const byStart = new Map(counted.map((r) => [Number(r.b), Number(r.n)]));
  const starts = [...byStart.keys()].sort((a, b) => a - b);
  const series = [];
  if (starts.length > 0) {
    let last = starts.at(-1);
    if (last + size > now) last -= size;
    for (let t2 = starts[0] + size; t2 <= last; t2 += size) series.push({ t: t2, v: byStart.get(t2) ?? 0 });
  }
  const subject = {
    kind: "volume",
    column: metric3.slice(metric3.indexOf(":") + 1),
    bucket: size === DAY2 ? "day" : "hour"
  };
  const minHistory = p.min_history ?? (size === DAY2 ? 21 : 72);
  const recent = series.slice(-(p.recent ?? 7));
  const history = series.slice(0, series.length - recent.length);
  if (history.length < minHistory) {
    return verdictOutcome(metric3, subject, recent.at(-1)?.v ?? 0, {
      status: "learning",
      points: history.length,
      needed: minHistory
    });
  }
  const options = {
    ...presets.volume,
    window: 400,
    minHistory,
    ...p.sensitivity !== void 0 ? { sensitivity: p.sensitivity } : {}
  };
  const f = fit(series, options);
  const flagged = recent.map((pt) => ({ ...pt, band: f.band(pt.t) })).filter(({ v, band: band2 }) => v < band2.low || v > band2.high);
  const newest = recent.at(-1);
  const band = f.band(newest.t);
  return phrased({
    pass: flagged.length === 0,
    observed: {
      metric: metric3,
      subject,
      value: newest.v,
      buckets: series.length,
      anomalies: flagged.slice(0, 20).map((x) => ({ bucket: new Date(x.t).toISOString(), rows: x.v, low: x.band.low, high: x.band.high })),
      history: {
        points: f.points,
        from: new Date(f.from).toISOString(),
        to: new Date(f.to).toISOString(),
        seasonality: f.seasonality,
        trendPerDay: f.trendPerDay
      }
    },
    expected: { low: band.low, high: band.high, center: band.center },
    failingCount: flagged.length,
    judgedCount: recent.length,
    failingFraction: recent.length ? flagged.length / recent.length : null
  });
}
var anomalyChecks = [
  rowCountAnomaly,
  nullFractionAnomaly,
  metricAnomaly,
  freshnessAnomaly,
  volumeAnomaly
];

// src/core/checks/registry.ts
var all = [
  ...tableChecks,
  ...completenessChecks,
  ...uniquenessChecks,
  ...setChecks,
  ...stringChecks,
  ...numberChecks,
  ...dateChecks,
  ...crossColumnChecks,
  ...referentialChecks,
  ...customChecks,
  ...privacyChecks,
  ...driftChecks,
  ...anomalyChecks
];
var byName = /* @__PURE__ */ new Map();
for (const c of all) {
  if (byName.has(c.name)) throw new Error(`duplicate check name ${c.name}`);
  byName.set(c.name, c);
}
function getCheck(name) {
  return byName.get(name);
}
function listChecks() {
  return [...byName.values()];
}

// src/core/toolkit/sql-tokens.ts
var DOLLAR_QUOTE = /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/;
function tokenizeSql(sql2) {
  const tokens = [];
  let i = 0;
  const n = sql2.length;
  const quoted = (close) => {
    let out = "";
    i++;
    while (i < n) {
      if (sql2[i] === close) {
        if (sql2[i + 1] === close) {
          out += close;
          i += 2;
          continue;
        }
        i++;
        return out;
      }
      out += sql2[i++];
    }
    return out;
  };
  while (i < n) {
    const c = sql2[i];
    if (/\s/.test(c)) i++;
    else if (c === "-" && sql2[i + 1] === "-") {
      while (i < n && sql2[i] !== "\n") i++;
    } else if (c === "/" && sql2[i + 1] === "*") {
      const end = sql2.indexOf("*/", i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === "$" && DOLLAR_QUOTE.test(sql2.slice(i, i + 64))) {
      const delim = DOLLAR_QUOTE.exec(sql2.slice(i, i + 64))[0];
      const end = sql2.indexOf(delim, i + delim.length);
      tokens.push({ kind: "string", text: sql2.slice(i + delim.length, end < 0 ? n : end) });
      i = end < 0 ? n : end + delim.length;
    } else if (c === "'") tokens.push({ kind: "string", text: quoted("'") });
    else if (c === '"') tokens.push({ kind: "quoted", text: quoted('"') });
    else if (c === "`") tokens.push({ kind: "quoted", text: quoted("`") });
    else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][\w$]*/.exec(sql2.slice(i))[0];
      tokens.push({ kind: "word", text: m });
      i += m.length;
    } else if (/\d/.test(c)) {
      const m = /^\d[\d.eE]*/.exec(sql2.slice(i))[0];
      tokens.push({ kind: "number", text: m });
      i += m.length;
    } else {
      tokens.push({ kind: "punct", text: c });
      i++;
    }
  }
  return tokens;
}
function sqlColumns(sql2, columns2) {
  const names = /* @__PURE__ */ new Set();
  for (const t2 of tokenizeSql(sql2)) if (t2.kind === "word" || t2.kind === "quoted") names.add(t2.text);
  const lower = new Set([...names].map((s) => s.toLowerCase()));
  return [...columns2].filter((c) => names.has(c) || lower.has(c.toLowerCase()));
}
var FILE_FUNCTION = /^(read|scan)_\w+$/i;
function fileFunctions(sql2) {
  const tokens = tokenizeSql(sql2);
  const found = [];
  tokens.forEach((t2, k) => {
    const next = tokens[k + 1];
    if ((t2.kind === "word" || t2.kind === "quoted") && FILE_FUNCTION.test(t2.text) && next?.text === "(")
      found.push(t2.text.toLowerCase());
  });
  return found;
}

// src/core/suite/interpolate.ts
var import_yaml = __toESM(require_dist(), 1);
var REFERENCE = /(\$?)\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;
function interpolateEnv(doc, env, file, lines, text, opts = {}) {
  (0, import_yaml.visit)(doc, {
    Scalar(_key, node2) {
      if (!(0, import_yaml.isScalar)(node2) || typeof node2.value !== "string" || !node2.value.includes("${")) return;
      node2.value = node2.value.replace(REFERENCE, (whole, esc2, name, def) => {
        if (esc2) return whole.slice(1);
        const v = env[name];
        if (v !== void 0 && v !== "") {
          recordEnvValue(name, v);
          return v;
        }
        if (def !== void 0) return def;
        if (opts.keepUnset) return whole;
        const [start, end] = node2.range ?? [0, 0];
        const at = text.slice(start, end).indexOf(`\${${name}`);
        const pos = node2.range ? lines.linePos(start + Math.max(0, at)) : void 0;
        throw new TruthgateError(
          "TG_ENV_MISSING",
          { name },
          { location: { file, ...pos ? { line: pos.line, column: pos.col } : {} } }
        );
      });
    }
  });
}

// src/core/suite/load.ts
var SuiteInvalidError = class extends TruthgateError {
  problems;
  constructor(problems) {
    const first = problems[0];
    super(first.code, first.params, { location: first.location });
    this.problems = problems;
  }
};
function loadSuiteFile(path, env = process.env, opts = {}) {
  let text;
  try {
    if (statSync3(path).isDirectory()) throw new Error("directory");
    text = readFileSync5(path, "utf8");
  } catch {
    throw new TruthgateError("TG_SUITE_NOT_FOUND", { path });
  }
  return parseSuite(text, { ...opts, path, baseDir: dirname2(resolve5(path)), env });
}
var SHOWN_YAML_ERRORS = 3;
function parseSuite(text, opts = {}) {
  const file = opts.path ?? "<suite>";
  const lines = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  const errors = [
    ...doc.errors.map((e) => ({ offset: e.pos[0], message: e.message })),
    ...duplicateKeys(doc).map((offset) => ({ offset, message: "Map keys must be unique" }))
  ].sort((a, b) => a.offset - b.offset);
  if (errors.length > 0) {
    const shown = errors.slice(0, SHOWN_YAML_ERRORS);
    const more = errors.length - shown.length;
    throw new SuiteInvalidError(
      shown.map((e, i) => {
        const pos = lines.linePos(e.offset);
        const detail = e.message.split("\n")[0].replace(/ at line \d+, column \d+.*$/, "") + (text.startsWith("${", e.offset - 1) ? ` (a \`\${NAME}\` inside { } or [ ] must be quoted: '\${NAME}')` : "");
        return new TruthgateError(
          "TG_SUITE_YAML",
          {
            detail: more > 0 && i === shown.length - 1 ? `${detail} (and ${more} more YAML errors, usually caused by the first)` : detail
          },
          { location: { file, line: pos.line, column: pos.col } }
        );
      })
    );
  }
  interpolateEnv(doc, opts.env ?? process.env, file, lines, text, { keepUnset: opts.keepUnsetEnv === true });
  const locate = (path, key = false) => locateNode(doc, lines, file, path, key);
  let js;
  try {
    js = doc.toJS();
  } catch (err) {
    throw new TruthgateError(
      "TG_SUITE_YAML",
      { detail: `the document cannot be expanded (${err instanceof Error ? err.message : String(err)})` },
      { location: { file } }
    );
  }
  return buildSuite(js ?? {}, opts, locate);
}
function duplicateKeys(doc) {
  const offsets = [];
  (0, import_yaml2.visit)(doc, {
    Map(_key, map) {
      const seen = /* @__PURE__ */ new Set();
      for (const { key } of map.items) {
        const k = (0, import_yaml2.isScalar)(key) ? key.value : key;
        if (Number.isNaN(k)) continue;
        if (seen.has(k)) offsets.push(key?.range?.[0] ?? 0);
        else seen.add(k);
      }
    }
  });
  return offsets;
}
function buildSuite(js, opts = {}, locate = () => ({ file: opts.path ?? "<suite>" })) {
  const parsed = SuiteFile.safeParse(js);
  if (!parsed.success) throw new SuiteInvalidError(topLevelProblems(parsed.error.issues, locate));
  return bindSuite(parsed.data, opts, locate);
}
function buildTypedSuite(file, opts = {}) {
  return bindSuite(file, opts, () => ({ file: opts.path ?? "<suite>" }));
}
function bindSuite(raw, opts, locate) {
  const file = opts.path ?? "<suite>";
  const problems = [];
  const sources = {};
  for (const [name, entry] of Object.entries(raw.sources))
    sources[name] = typeof entry === "string" ? { path: entry } : "sql" in entry ? sqlSourceSpec(entry) : entry;
  const defaults = raw.defaults ?? {};
  const allowFiles = raw.allow_file_functions === true && !opts.denyFileFunctions;
  const checks = {};
  for (const [sourceName, entries] of Object.entries(raw.checks ?? {})) {
    if (!(sourceName in sources)) {
      const n = nearest(sourceName, Object.keys(sources));
      problems.push(
        new TruthgateError(
          "TG_UNKNOWN_SOURCE",
          { name: sourceName, suggestion: n ? ` (did you mean \`${n}\`?)` : "" },
          { location: locate(["checks", sourceName], true) }
        )
      );
      continue;
    }
    const list = [];
    entries.forEach((item, idx) => {
      const at = ["checks", sourceName, idx];
      const entry = typeof item === "string" ? { [item]: {} } : item;
      const keys = Object.keys(entry);
      if (keys.length !== 1) {
        problems.push(
          new TruthgateError(
            "TG_SUITE_INVALID",
            {
              path: `checks.${sourceName}[${idx}]`,
              detail: "each check is a map with exactly one key, the check name, e.g. `- not_null: { column: id }`"
            },
            { location: locate(at) }
          )
        );
        return;
      }
      const type = keys[0];
      const def = getCheck(type);
      if (!def) {
        const n = nearest(
          type,
          listChecks().map((c2) => c2.name)
        );
        problems.push(
          new TruthgateError(
            "TG_UNKNOWN_CHECK",
            { name: type, suggestion: n ? ` (did you mean \`${n}\`?)` : "" },
            { location: locate([...at, type], true) }
          )
        );
        return;
      }
      const body = entry[type] ?? {};
      if (typeof body !== "object" || Array.isArray(body)) {
        problems.push(
          new TruthgateError(
            "TG_SUITE_INVALID",
            { path: `checks.${sourceName}[${idx}].${type}`, detail: "parameters must be a map" },
            { location: locate([...at, type]) }
          )
        );
        return;
      }
      const all2 = body;
      const common = {};
      const params2 = {};
      for (const [k, v] of Object.entries(all2)) (commonFieldNames.includes(k) ? common : params2)[k] = v;
      const c = Object.keys(common).length === 0 ? { success: true, data: {} } : CommonCheckFields.safeParse(common);
      if (!c.success) {
        for (const i of c.error.issues) problems.push(zodProblem(i, [...at, type], locate));
        return;
      }
      if (def.perColumn && Array.isArray(params2.columns) && params2.columns.length === 0) {
        problems.push(
          new TruthgateError(
            "TG_SUITE_INVALID",
            { path: `checks.${sourceName}[${idx}].${type}.columns`, detail: "list at least one column" },
            { location: locate([...at, type, "columns"]) }
          )
        );
        return;
      }
      const variants = def.perColumn && Array.isArray(params2.columns) && params2.column === void 0 ? params2.columns.map((col2) => ({ ...omit2(params2, "columns"), column: col2 })) : [params2];
      for (const variant of variants) {
        const r = def.params.safeParse(variant);
        if (!r.success) {
          for (const i of r.error.issues) problems.push(zodProblem(i, [...at, type], locate, def.name));
          return;
        }
        const p = r.data;
        if (!allowFiles) {
          const sql2 = [
            ["where", c.data.where],
            ...(def.sqlParams ?? []).map((k) => [k, p[k]])
          ];
          for (const [field, text] of sql2) {
            const functions = typeof text === "string" ? fileFunctions(text) : [];
            if (functions.length === 0) continue;
            problems.push(
              new TruthgateError(
                "TG_SQL_FILE_ACCESS",
                {
                  path: `checks.${sourceName}[${idx}].${type}.${field}`,
                  functions: [...new Set(functions)].map((f) => `\`${f}\``).join(", ")
                },
                { location: locate([...at, type, field]) }
              )
            );
          }
        }
        list.push(
          bindCheck(def, p, {
            id: "",
            type,
            severity: c.data.severity ?? defaults.severity ?? def.defaultSeverity,
            ...(c.data.mostly ?? defaults.mostly) !== void 0 ? { mostly: c.data.mostly ?? defaults.mostly } : {},
            ...c.data.where ? { where: c.data.where } : {},
            tags: [...defaults.tags ?? [], ...c.data.tags ?? []],
            ...c.data.description ? { description: c.data.description } : {},
            location: locate([...at, type], true)
          })
        );
      }
    });
    checks[sourceName] = assignIds(sourceName, list);
  }
  if (problems.length > 0) throw new SuiteInvalidError(problems);
  return {
    path: file,
    name: raw.name ?? (opts.path ? suiteIdentity(opts.path) : "suite"),
    baseDir: opts.baseDir ?? process.cwd(),
    failOn: raw.fail_on ?? "high",
    sampleSize: defaults.sample_size ?? 5,
    sources,
    connections: raw.connections ?? {},
    checks,
    ...raw.notify !== void 0 ? { notify: raw.notify } : {}
  };
}
function suiteIdentity(path) {
  const abs = resolve5(path);
  let root = dirname2(abs);
  while (!existsSync(join2(root, ".git")) && dirname2(root) !== root) root = dirname2(root);
  const base = existsSync(join2(root, ".git")) ? root : process.cwd();
  const rel = relative3(base, abs).split(sep2).join("/");
  return `${basename2(abs)}@${createHash3("sha256").update(rel).digest("hex").slice(0, 6)}`;
}
function assignIds(source, list) {
  const seen = /* @__PURE__ */ new Map();
  return list.map((inst) => {
    const cols = inst.columns();
    const base = `${source}.${inst.type}${cols.length === 1 ? `.${cols[0]}` : ""}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { ...inst, id: n === 1 ? base : `${base}#${n}` };
  });
}
function omit2(o, key) {
  const { [key]: _drop, ...rest } = o;
  return rest;
}
function topLevelProblems(issues, locate) {
  const known = knownKeys();
  const suggested = new Set(
    issues.flatMap(
      (i) => i.code === "unrecognized_keys" && i.path.length === 0 ? i.keys.map((k) => nearest(k, known)) : []
    )
  );
  const missing = (i) => i.path.length === 1 && i.code === "invalid_type" && i.input === void 0 && suggested.has(String(i.path[0]));
  return issues.filter((i) => !missing(i)).sort((a, b) => Number(b.code === "unrecognized_keys") - Number(a.code === "unrecognized_keys")).map((i) => zodProblem(i, [], locate));
}
function zodProblem(issue2, prefix, locate, checkName) {
  const path = [...prefix, ...issue2.path.map((p) => typeof p === "symbol" ? String(p) : p)];
  let detail = issue2.message;
  if (issue2.code === "unrecognized_keys") {
    const known = knownKeys(checkName);
    detail = issue2.keys.map((k) => {
      const n = nearest(k, known);
      return `unknown field \`${k}\`${n ? ` (did you mean \`${n}\`?)` : ""}`;
    }).join("; ");
    path.push(issue2.keys[0]);
  }
  const shown = path.map((p) => typeof p === "number" ? `[${p}]` : `.${p}`).join("").replace(/^\./, "");
  return new TruthgateError(
    "TG_SUITE_INVALID",
    { path: shown || "(root)", detail },
    { location: locate(path, issue2.code === "unrecognized_keys") }
  );
}
function knownKeys(checkName) {
  const top = Object.keys(SuiteFile.shape);
  if (!checkName)
    return [
      ...top,
      "path",
      "format",
      "options",
      "key",
      "sensitive",
      "delimiter",
      "header",
      "quote",
      ...notifyKeyNames
    ];
  const def = getCheck(checkName);
  const shape = def?.params?.shape;
  return [...Object.keys(shape ?? {}), ...commonFieldNames, "columns"];
}
function locateNode(doc, lines, file, path, key) {
  let node2 = doc.contents;
  let found = doc.contents ?? void 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if ((0, import_yaml2.isMap)(node2)) {
      const pair = node2.items.find((it) => it.key?.value === seg);
      if (!pair) break;
      const last = i === path.length - 1;
      found = last && key ? pair.key : pair.value ?? pair.key;
      node2 = pair.value;
    } else if ((0, import_yaml2.isSeq)(node2) && typeof seg === "number") {
      node2 = node2.items[seg];
      if (!node2) break;
      found = node2;
    } else break;
  }
  const offset = found?.range?.[0];
  if (offset === void 0) return { file };
  const pos = lines.linePos(offset);
  return { file, line: pos.line, column: pos.col };
}

// src/core/sources/sql/open.ts
import { createHash as createHash4 } from "node:crypto";

// src/core/sources/sql/identifier.ts
function parseTableName(source, text) {
  const parts = [];
  let cur = "";
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') {
      quoted = wasQuoted = true;
    } else if (ch === ".") {
      parts.push(cur);
      cur = "";
      wasQuoted = false;
    } else cur += ch;
  }
  parts.push(cur);
  if (quoted || parts.length > 3 || parts.some((p) => p === "") || !wasQuoted && /\s/.test(cur))
    throw new TruthgateError("TG_SUITE_INVALID", {
      path: `sources.${source}.sql.table`,
      detail: `\`${text}\` is not a table name; write \`table\`, \`schema.table\` or \`"Quoted Name"\``
    });
  return parts;
}

// src/core/sources/sql/open.ts
async function openSqlSource(name, spec, opts) {
  const sql2 = spec.sql;
  const conn = resolveConnection(name, sql2.connection, opts.connections, opts.baseDir, opts.env);
  const table = sql2.table !== void 0 ? parseTableName(name, sql2.table) : void 0;
  const ctx = { source: name, ...sql2.table !== void 0 ? { table: sql2.table } : {} };
  const session = conn.dialect === "postgres" ? await (await import("./postgres-44WHDAND.js")).openPostgres(conn, ctx, { jsonTest: opts.jsonTest === true }) : await (await import("./duckdb-XXRQG53X.js")).openDuckdb(conn, ctx);
  const dialect = sessionDialect(conn.dialect === "postgres" ? postgres : duckdb, session);
  try {
    const query = sql2.query?.trim().replace(/;\s*$/, "");
    const from = table ? table.map((p) => quoteIdent(dialect, p)).join(".") : `(${query}) AS tg_query`;
    const columns2 = await session.describe(table ? `SELECT * FROM ${from}` : query);
    return {
      name,
      uri: spec.path,
      format: conn.dialect,
      dialect,
      spec,
      session,
      relation: table ? { table } : { query },
      from,
      columns: columns2,
      schema: Object.fromEntries(columns2.map((c) => [c.name, c.dtype])),
      fingerprint: async (rowCount2) => {
        const ts = sql2.timestamp_column;
        const max = ts ? (await session.query(`SELECT CAST(MAX(${quoteIdent(dialect, ts)}) AS VARCHAR) AS m FROM ${from}`))[0]?.m : void 0;
        const h = createHash4("sha256").update(JSON.stringify([identity(conn), table ?? sql2.query, rowCount2, max ?? null])).digest("hex");
        return `sql:${h.slice(0, 32)}`;
      },
      close: () => session.close()
    };
  } catch (err) {
    await session.close();
    throw err;
  }
}
function sessionDialect(base, session) {
  const { jsonValid: why, nonAsciiRegex } = session.lacks ?? {};
  const d = why === void 0 ? base : { ...base, jsonValid: null, why: { ...base.why, jsonValid: why } };
  return nonAsciiRegex === void 0 ? d : { ...d, regex: { ...d.regex, nonAscii: nonAsciiRegex } };
}
function identity(conn) {
  if (conn.dialect === "duckdb") return `duckdb:${conn.shownHost}`;
  const u = new URL(conn.url);
  return `postgres://${conn.shownHost}${u.pathname}`;
}

export {
  formatCount,
  formatPercent,
  rowsColumns,
  t,
  parseLang,
  _coercedString,
  _coercedNumber,
  _coercedBoolean,
  _coercedBigint,
  _coercedDate,
  ZodString,
  string2 as string,
  ZodNumber,
  number2 as number,
  ZodBoolean,
  boolean2 as boolean,
  ZodBigInt,
  unknown,
  ZodDate,
  array,
  object,
  union,
  record,
  _enum,
  literal,
  custom,
  RESULT_SCHEMA_VERSION,
  severities,
  FailOn,
  Report,
  require_nodejs_polars,
  isDynamicPattern,
  globSync,
  isDataFile,
  diagnoseCsv,
  isCloudPath,
  localFile,
  displayPath,
  explainReadError,
  openSource,
  csvSettings,
  isSqlSource,
  VERSION,
  toNumber,
  chunkFrames,
  MASK,
  jsonSafe,
  native,
  rawExpr,
  lightExpr,
  sqlColumns,
  dtypeName,
  mergesExactly,
  SUBSELECT_ALIAS,
  UnsupportedInDialect,
  quoteIdent,
  SqlRenderer,
  columnNotFound,
  nearest,
  executeSql,
  polarsDetail,
  CUSTOM_SQL_EXAMPLES,
  customSqlOutcome,
  semanticPatterns,
  isCategorical,
  profileSource,
  compareKind,
  readSchema,
  collectFrom,
  materialize,
  driftCompare,
  profileSqlSource,
  sqlEpochMs,
  driftSqlCurrent,
  readProfileFile,
  looksLikeProfile,
  anomalyMessage,
  getCheck,
  parseTableName,
  openSqlSource,
  require_dist,
  SUITE_VERSION,
  SuiteInvalidError,
  loadSuiteFile,
  parseSuite,
  buildTypedSuite
};
