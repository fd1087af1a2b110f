import { createRequire as __tgCreateRequire } from 'node:module';
const require = __tgCreateRequire(import.meta.url);
import {
  FailOn,
  MethodChoice,
  Severity,
  Thresholds,
  driftCompare,
  driftMethods,
  dtypeName,
  explainReadError,
  external_exports,
  isNumericDtype,
  isStringDtype,
  isTemporalDtype,
  jsonSafe,
  parseProfile,
  require_nodejs_polars,
  t,
  toNumber
} from "./chunk-OFBDYWRK.js";
import {
  TruthgateError,
  recordEnvValue
} from "./chunk-H7UMBVOE.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-BDDSI5QT.js";

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
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
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
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = Symbol("break visit");
    var SKIP = Symbol("skip children");
    var REMOVE = Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
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
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
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
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
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
          } catch (error) {
            onError(String(error));
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
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
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
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
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
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
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
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
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
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
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
        if (!identity.isDocument(doc))
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
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
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
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
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
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
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
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
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
    var identity = require_identity();
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
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
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
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
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
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
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
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
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
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
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
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
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
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
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
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
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
      if (!literal) {
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
    var identity = require_identity();
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
      if (identity.isScalar(item)) {
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
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
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
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
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
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
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
      if (identity.isNode(value)) {
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
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
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
      } else if (!explicitKey && identity.isCollection(value)) {
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
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
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
      if (!identity.isMap(source))
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
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
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
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
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
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
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
    var identity = require_identity();
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
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
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
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
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
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
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
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
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
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
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
        super(identity.MAP, schema);
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
        if (identity.isPair(pair))
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
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
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
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
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
          if (!identity.isPair(item))
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
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
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
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
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
        return !keepScalar && identity.isScalar(it) ? it.value : it;
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
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
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
      let idx = identity.isScalar(key) ? key.value : key;
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
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
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
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
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
      const num2 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
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
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
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
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int2 = {
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
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int2 = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int2.intOct,
      int2.int,
      int2.intHex,
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
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
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
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
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
    var identity = require_identity();
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
          if (identity.isPair(pair)) {
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
          if (identity.isScalar(key)) {
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
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
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
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int2 = {
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
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
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
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
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
        if (identity.isMap(map)) {
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
      const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num2 = (n) => n;
      if (typeof value === "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num2(-1);
      }
      const _60 = num2(60);
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
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
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
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int2 = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int2.intBin,
      int2.intOct,
      int2.int,
      int2.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
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
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int2 = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
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
      int: int2.int,
      intHex: int2.intHex,
      intOct: int2.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
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
        tags = tags.concat(merge.merge);
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
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
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
    var identity = require_identity();
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
        if (identity.isNode(doc.contents)) {
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
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
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
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
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
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
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
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
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
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
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
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
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
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
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
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
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
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col: col2 } = error.linePos[0];
      error.message += ` at line ${line}, column ${col2}`;
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
        const end = error.linePos[1];
        if (end?.line === line && end.col > col2) {
          count = Math.max(1, Math.min(end.col - col2, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

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
      let anchor = null;
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
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
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
            if (anchor || tag)
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
        anchor,
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
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
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
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
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
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
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
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
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
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
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
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
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
        let sep2 = "";
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
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
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
    var identity = require_identity();
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
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
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
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
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
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
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
              if (sep2)
                for (const st of sep2) {
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
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
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
    var identity = require_identity();
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
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
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
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
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
      let sep2 = "";
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
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
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
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
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
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
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
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
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
        return schema[identity.SCALAR];
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
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
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
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
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
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
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
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
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
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
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
          const doc = new Document.Document(void 0, opts);
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
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
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
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
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
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
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
    exports.visit = visit2;
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
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
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
    exports.isScalar = isScalar2;
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
      *pop(error) {
        const token = error ?? this.stack.pop();
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
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
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
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
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
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
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
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
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
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
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
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
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
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
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
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
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

// src/core/profile/io.ts
import { readFileSync } from "node:fs";
function readProfileFile(path) {
  let text;
  try {
    text = readFileSync(path, "utf8");
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
    const data = JSON.parse(readFileSync(path, "utf8"));
    return typeof data === "object" && data !== null && !Array.isArray(data) && "schemaVersion" in data;
  } catch {
    return false;
  }
}

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
var ChannelName = external_exports.string().regex(
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
var EventKind = external_exports.enum(eventKinds);
var DURATION_PATTERN = /^(\d+(ms|s|m|h|d))+$/;
var Duration = external_exports.string().regex(DURATION_PATTERN, "a duration like `30s`, `15m`, `1h30m` or `2d`");
var Clock = external_exports.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a time of day as HH:MM (24-hour)");
var QuietHours = external_exports.object({
  start: Clock.describe("Start of the quiet window, e.g. 22:00"),
  end: Clock.describe("End of the quiet window, e.g. 07:00 (may be on the next day)"),
  timezone: external_exports.string().min(1).optional().describe("IANA time zone (default UTC)"),
  critical: external_exports.boolean().optional().describe("Let events with a critical failure through during quiet hours (default true)")
}).strict();
var RetrySettings = external_exports.object({
  initial_interval: Duration.optional(),
  maximum_interval: Duration.optional(),
  backoff: external_exports.number().min(1).max(10).optional(),
  maximum_attempts: external_exports.number().int().min(1).max(100).optional(),
  timeout: Duration.optional().describe("Time one delivery attempt may take")
}).strict();
var ChannelSettings = external_exports.object({
  quiet_hours: QuietHours.optional().describe("Hold messages until the window ends"),
  throttle: external_exports.object({ max: external_exports.number().int().min(1), per: Duration }).strict().optional().describe("At most `max` messages per `per` on this channel (recoveries always go through)"),
  retry: RetrySettings.optional(),
  to: external_exports.array(external_exports.string().min(3)).optional().describe("email: recipients"),
  from: external_exports.string().optional().describe("email: sender (default from the environment)"),
  repo: external_exports.string().regex(/^[\w.-]+\/[\w.-]+$/, "owner/name").optional().describe("github: repository for issues"),
  labels: external_exports.array(external_exports.string().min(1)).optional().describe("github: labels of opened issues"),
  mention: external_exports.string().optional().describe("slack/teams: text put before the message, e.g. <!here>")
}).strict();
var NotifyRule = external_exports.object({
  channels: external_exports.array(ChannelName).min(1),
  events: external_exports.array(EventKind).min(1).optional().describe(
    "Default: pass_to_fail, fail_to_pass, new_critical, drift_detected, schema_changed, anomaly_detected"
  ),
  min_severity: Severity.optional().describe("Lowest failing severity that alerts (default info)"),
  sources: external_exports.array(external_exports.string().min(1)).optional().describe("Only events about these sources"),
  tags: external_exports.array(external_exports.string().min(1)).optional().describe("Only failures of checks with one of these tags")
}).strict();
var NotifyConfig = external_exports.object({
  rules: external_exports.array(NotifyRule).min(1),
  channels: external_exports.record(ChannelName, ChannelSettings).optional(),
  reminder: Duration.optional().describe("Remind about an unchanged failure this often (default: never)"),
  link: external_exports.string().url().optional().describe("Link shown in messages; {runId}, {suite} and {reportKey} are filled in"),
  samples: external_exports.number().int().min(0).max(10).optional().describe("Failing rows shown per issue (default 0)"),
  mask: external_exports.array(external_exports.string()).optional().describe("Columns masked in messages, besides sources marked `sensitive`")
}).strict();
var notifyKeyNames = [
  ...Object.keys(NotifyConfig.shape),
  ...Object.keys(NotifyRule.shape),
  ...Object.keys(ChannelSettings.shape),
  ...Object.keys(QuietHours.shape),
  ...Object.keys(RetrySettings.shape)
];

// src/core/sources/spec.ts
var formats = ["csv", "tsv", "parquet", "json", "ndjson", "arrow"];
var Format = external_exports.enum(formats);
var CsvOptions = external_exports.object({
  delimiter: external_exports.string().length(1).optional().describe("Field separator; default `,` (`\\t` for tsv)"),
  header: external_exports.boolean().optional().describe("First line holds column names (default true)"),
  quote: external_exports.string().length(1).optional().describe('Quote character (default `"`)'),
  null_values: external_exports.array(external_exports.string()).optional().describe("Strings read as null"),
  skip_rows: external_exports.number().int().min(0).optional(),
  comment_prefix: external_exports.string().optional(),
  infer_schema_length: external_exports.number().int().min(0).optional().describe("Rows used to infer dtypes (0 = all strings)"),
  ragged: external_exports.boolean().optional().describe("Pad short rows / truncate long rows instead of failing")
}).strict();
var SourceSpec = external_exports.object({
  path: external_exports.string().min(1).describe(
    "File path or glob, relative to the suite file; or an s3://, gs://, az:// or https:// URI or glob"
  ),
  format: Format.optional().describe("Inferred from the extension when omitted"),
  options: CsvOptions.optional(),
  key: external_exports.array(external_exports.string()).optional().describe("Columns identifying a row; shown with failing samples"),
  sensitive: external_exports.array(external_exports.string()).optional().describe("Columns masked in samples and messages"),
  description: external_exports.string().optional(),
  storage_options: external_exports.record(
    external_exports.string().regex(/^(aws|google|azure)_[a-z0-9_]+$/),
    external_exports.union([external_exports.string(), external_exports.number(), external_exports.boolean()])
  ).optional().describe("Object-store settings (object_store keys such as aws_endpoint_url); use ${ENV} for secrets")
}).strict();
var ConnectionSpec = external_exports.union([
  external_exports.string().min(1),
  external_exports.object({
    url: external_exports.string().min(1).describe("`postgres://user@host:5432/db` or `duckdb:file.duckdb`"),
    password: external_exports.string().optional().describe("Password for the URL, e.g. `${PG_PASSWORD}`; needs no percent-encoding here"),
    statement_timeout_seconds: external_exports.number().positive().optional().describe("Longest a query may run before it is cancelled (default 300)"),
    connect_timeout_seconds: external_exports.number().positive().optional().describe("How long to wait for the server to answer (default 10)")
  }).strict()
]);
var SqlSpec = external_exports.object({
  connection: external_exports.string().min(1).describe("A name under `connections:`, or the env variable TRUTHGATE_CONNECTION_<NAME>"),
  table: external_exports.string().min(1).optional().describe("`schema.table` or `table`, quoted as identifiers"),
  query: external_exports.string().min(1).optional().describe("A SELECT whose rows are checked, run read-only"),
  timestamp_column: external_exports.string().min(1).optional().describe("Its max joins the fingerprint (table and row count), so appended rows change it")
}).strict().refine((s) => s.table === void 0 !== (s.query === void 0), {
  message: "give exactly one of `table` or `query`"
});
var SqlSourceSpec = external_exports.object({
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

// src/core/suite/schema.ts
var SUITE_VERSION = 1;
var CommonCheckFields = external_exports.object({
  severity: Severity.optional().describe("critical | high | medium | low | info"),
  mostly: external_exports.number().gt(0).max(1).optional().describe("Least fraction of judged rows that must pass (0.99 tolerates 1% failing rows)"),
  where: external_exports.string().min(1).optional().describe("SQL boolean expression; the check only looks at matching rows"),
  tags: external_exports.array(external_exports.string()).optional(),
  description: external_exports.string().optional()
});
var commonFieldNames = Object.keys(CommonCheckFields.shape);
var Defaults = external_exports.object({
  severity: Severity.optional(),
  mostly: external_exports.number().gt(0).max(1).optional(),
  sample_size: external_exports.number().int().min(0).max(100).optional().describe("Failing rows kept per check (default 5)"),
  tags: external_exports.array(external_exports.string()).optional()
}).strict();
var SourceEntry = external_exports.union([external_exports.string().min(1), SourceSpec, SqlSourceSpec]);
var SuiteFile = external_exports.object({
  $schema: external_exports.string().optional(),
  version: external_exports.literal(SUITE_VERSION).describe("Suite file format version"),
  name: external_exports.string().optional(),
  allow_file_functions: external_exports.boolean().optional().describe(
    "Let SQL (`where`, `sql`, `expression`) call table functions that read files (default false)"
  ),
  fail_on: FailOn.optional().describe("Lowest severity that fails the run (default high)"),
  defaults: Defaults.optional(),
  connections: external_exports.record(
    external_exports.string().regex(/^[A-Za-z_][\w-]*$/, "connection names are letters, digits, _ and -"),
    ConnectionSpec
  ).optional().describe("Databases that SQL sources name; URLs take `${ENV}` for passwords"),
  sources: external_exports.record(
    external_exports.string().regex(/^[A-Za-z_][\w-]*$/, "source names are letters, digits, _ and -"),
    SourceEntry
  ),
  checks: external_exports.record(external_exports.string(), external_exports.array(external_exports.union([external_exports.string(), external_exports.record(external_exports.string(), external_exports.unknown())]))).optional().describe("Checks per source name: a list of `- check_name: { params }` (or a bare check name)"),
  notify: NotifyConfig.optional().describe("Notification rules (see docs/notifications.md)")
}).strict();

// src/core/suite/load.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { existsSync, readFileSync as readFileSync2, statSync } from "node:fs";
import { createHash } from "node:crypto";
import { basename, dirname, join, relative, resolve as resolve2, sep } from "node:path";

// src/core/checks/instance.ts
function bindCheck(def, params, fields) {
  const columns = def.columns(params);
  return {
    ...fields,
    def,
    params,
    columns: () => columns,
    plan: (ctx) => def.plan(params, ctx)
  };
}

// src/core/checks/table.ts
var import_nodejs_polars4 = __toESM(require_nodejs_polars(), 1);

// src/core/toolkit/format.ts
var int = new Intl.NumberFormat("en-US");
function formatCount(n) {
  return int.format(n);
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
  return `${(fraction2 * 100).toFixed(fraction2 < 0.1 ? 2 : 1)}%`;
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
  constructor(node) {
    this.node = node;
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
function lit(value) {
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
function duplicated(keys) {
  return new Expr({ k: "duplicated", keys: keys.map((e) => e.node) });
}
function keysDistinct(keys, skipNulls) {
  return new Expr({ k: "keysDistinct", keys: keys.map((e) => e.node), skipNulls });
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
var import_nodejs_polars3 = __toESM(require_nodejs_polars(), 1);

// src/core/toolkit/polars-internals.ts
var import_nodejs_polars = __toESM(require_nodejs_polars(), 1);
import { createRequire } from "node:module";

// src/core/toolkit/polars-binding.ts
var POLARS_BINDING_SLOT = Symbol.for("truthgate.nodejs-polars-binding");
var POLARS_BINDING_PATH = "nodejs-polars/bin/internals/polars_internal.js";

// src/core/toolkit/polars-internals.ts
var binding = (globalThis[POLARS_BINDING_SLOT] ?? createRequire(import.meta.url)(POLARS_BINDING_PATH)).default;
var native = {
  col: (name) => binding.col(name),
  /** A scalar literal; a polars Series gives a literal of its values. */
  lit: (value) => binding.lit(import_nodejs_polars.default.Series.isSeries(value) ? value.inner() : value),
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
  return import_nodejs_polars.default._Expr(raw);
}
var lightProto = (() => {
  const sample = import_nodejs_polars.default.lit(0);
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
  const own = {
    [Symbol.toStringTag]: { value: () => "Expr" },
    inner: {
      value() {
        return raw(this);
      }
    },
    toString: printed,
    [Symbol.for("nodejs.util.inspect.custom")]: printed
  };
  return Object.create(Object.prototype, { ...proto, ...own });
})();
function lightExpr(raw) {
  const e = Object.create(lightProto);
  e._expr = raw;
  return e;
}
function rawLazyFrame(lf) {
  return lf._ldf;
}

// src/core/expr/polars-time.ts
var import_nodejs_polars2 = __toESM(require_nodejs_polars(), 1);
var TIME_DIRECTIVE = /%[-_0^#]?[HIklMSfpPTRXrsz+]|%\.\d?f|%:z/;
function strptimeExact(e, format, cache = false) {
  return TIME_DIRECTIVE.test(format) ? e.strToDatetime(format, void 0, void 0, false, true, cache, void 0) : e.strToDate(format, false, true, cache);
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
      const c = import_nodejs_polars2.default.col(column2).cast(import_nodejs_polars2.default.String);
      const sample = source.lazy().select(c).head(rows2).collectSync().getColumn(column2).dropNulls();
      if (sample.length === 0) continue;
      const head = import_nodejs_polars2.default.DataFrame({ v: sample.head(SAMPLE_VALUES) });
      return [...Object.values(FAST_TWINS), ...ISO_FORMATS].find(
        (f) => head.select(lightExpr(strptimeExact(native.col("v"), f).count().mul(native.lit(2)).gt(native.len()))).row(0)[0] === true
      );
    }
  } catch {
  }
  return void 0;
}
var datetimeMs = import_nodejs_polars2.default.Datetime("ms");
var toEpochMs = (e) => e.cast(datetimeMs, false).cast(import_nodejs_polars2.default.Int64, false);
var parseMs = (text, f) => toEpochMs(strptimeExact(text, f, !TIME_DIRECTIVE.test(f)));
function isoFirstMs(text, shape) {
  return parseMs(text, shape ?? ISO_FORMATS[0]);
}
function isoRestMs(text, first) {
  const unread = first.isNull().and(text.isNotNull());
  const rest = text.filter(unread);
  const parsed = ISO_FORMATS.map((f) => parseMs(rest, f)).reduce((x, y) => x.fillNull(y));
  const rank = unread.cast(import_nodejs_polars2.default.UInt32, false).cumSum(false).sub(native.lit(1)).cast(import_nodejs_polars2.default.UInt32, false);
  return first.fillNull(parsed.gather(native.when(unread, rank, native.lit(null))));
}
var asText = (e, dtype2) => dtype2 === "String" ? e : e.cast(import_nodejs_polars2.default.String, false);
function epochMsNative(e, dtype2, shape) {
  if (!isStringDtype(dtype2)) return toEpochMs(e);
  const text = asText(e, dtype2);
  return isoRestMs(text, isoFirstMs(text, shape));
}
function epochMs(e, dtype2, shape) {
  return lightExpr(epochMsNative(rawExpr(e), dtype2, shape));
}

// src/core/expr/polars.ts
var casts = {
  String: import_nodejs_polars3.default.String,
  Float64: import_nodejs_polars3.default.Float64,
  Int32: import_nodejs_polars3.default.Int32,
  Int64: import_nodejs_polars3.default.Int64
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
        const l = r(n.l);
        const x = r(n.r);
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
        return r(n.arg).isIn(native.lit(import_nodejs_polars3.default.Series("values", n.values)), false);
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
        if (!isStringDtype(n.dtype) || arg.k !== "col") return epochMsNative(r(arg), n.dtype);
        const text = asText(rawExpr(s.col(arg.name)), n.dtype);
        const derive = (name, build) => rawExpr(s.derived(name, () => lightExpr(build())));
        const first = derive(`__tg_ms0:${arg.name}`, () => isoFirstMs(text, s.isoShape(arg.name)));
        const ms = derive(`__tg_ms:${arg.name}`, () => isoRestMs(text, first));
        const m = filtered ? mask() : void 0;
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
        if (m) parts.push(m.alias("__tg_where"));
        return (parts.length === 1 ? parts[0] : native.struct(parts)).isDuplicated();
      }
      case "keysDistinct":
        return keysDistinct2(n.keys.map(row), n.skipNulls, mask());
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
var regexProbe;
var compiled = /* @__PURE__ */ new Set();
function compileRegex(pattern) {
  if (compiled.has(pattern)) return;
  regexProbe ??= import_nodejs_polars3.default.DataFrame({ s: [""] });
  regexProbe.select(lightExpr(native.col("s").strContains(native.lit(pattern), false, true)));
  compiled.add(pattern);
}
function keysDistinct2(parts, skipNulls, mask) {
  const conditions = [...skipNulls ? parts.map((p) => p.isNotNull()) : [], ...mask ? [mask] : []];
  const hashed = (parts.length === 1 ? parts[0] : native.struct(parts)).hash(0n, 1n, 2n, 3n);
  const kept = conditions.length ? hashed.filter(native.allHorizontal(conditions)) : hashed;
  return kept.nUnique().eq(kept.count());
}

// src/core/checks/define.ts
function mergesExactly(def, plan) {
  return plan.kind === "row" && def.merge !== "global";
}
function defineCheck(spec) {
  const { plan: logicalPlan, ...rest } = spec;
  return {
    ...rest,
    logicalPlan,
    plan: (params, ctx) => toPolars(logicalPlan(params, ctx), ctx)
  };
}
function toPolars(plan, ctx) {
  if (plan.kind === "standalone") return plan;
  const r = new PolarsRenderer(polarsScope(ctx));
  if (plan.kind === "aggregate") {
    const metrics = {};
    for (const [name, e] of Object.entries(plan.metrics)) metrics[name] = r.row(e.node);
    return { kind: "aggregate", metrics, evaluate: plan.evaluate };
  }
  const { fails, judged, clean, ...rest } = plan;
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
    derived: (name, build) => ctx.derived(name, build)
  };
}

// src/core/expr/dialect.ts
var postgres = {
  name: "postgres",
  title: "PostgreSQL",
  quote: '"',
  types: { String: "text", Float64: "double precision", Int32: "integer", Int64: "bigint" },
  tryCast: null,
  regex: {
    flavor: "posix-are",
    match: "({0} ~ {1})",
    extract: "substring({0} from {1})",
    replaceFirst: "regexp_replace({0}, {1}, {2})",
    replaceAll: "regexp_replace({0}, {1}, {2}, 'g')"
  },
  length: "char_length({0})",
  substr: "substr({0}, {1}, {2})",
  startsWith: "starts_with({0}, {1})",
  endsWith: "(right({0}, {2}) = {1})",
  isFinite: "({0} NOT IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8))",
  // PostgreSQL's NaN equals itself (unlike IEEE), so this is a plain comparison.
  notNaN: "({0} <> 'NaN'::float8)",
  nan: "'NaN'::float8",
  epochMs: {
    date: "(extract(epoch from {0}) * 1000)",
    timestamp: "(extract(epoch from {0}) * 1000)",
    timestamptz: "(extract(epoch from {0}) * 1000)"
  },
  isoTextEpochMs: null,
  strptime: null,
  jsonValid: null,
  stddev: "stddev_samp({0})",
  median: "percentile_cont(0.5) WITHIN GROUP (ORDER BY {0})",
  quantile: "percentile_cont({1}) WITHIN GROUP (ORDER BY {0})",
  windowQuantile: false,
  distinctList: "array_agg(DISTINCT {0}{2}) FILTER (WHERE {1})",
  distinctListLimited: "(array_agg(DISTINCT {0}{2}) FILTER (WHERE {1}))[1:{3}]",
  binaryCollation: ' COLLATE "C"',
  limit: "{0} LIMIT {1}",
  why: {
    tryCast: "PostgreSQL has no cast that returns null on bad input (TRY_CAST)",
    isoTextEpochMs: "PostgreSQL 15 cannot parse text as a timestamp without aborting the query on a bad value such as 2024-02-30",
    strptime: "PostgreSQL to_timestamp is lenient and aborts on bad values; strftime formats do not map onto it",
    jsonValid: "PostgreSQL 15 has no non-throwing JSON validity test (IS JSON needs PostgreSQL 16)",
    windowQuantile: "PostgreSQL percentile_cont cannot run as a window function, so row-level fences need a second scan",
    rowOrder: 'a SQL table has no row order, so "previous row" is undefined'
  }
};
var duckdb = {
  name: "duckdb",
  title: "DuckDB",
  quote: '"',
  types: { String: "VARCHAR", Float64: "DOUBLE", Int32: "INTEGER", Int64: "BIGINT" },
  tryCast: "TRY_CAST({0} AS {1})",
  regex: {
    flavor: "re2",
    match: "regexp_matches({0}, {1})",
    extract: "NULLIF(regexp_extract({0}, {1}, 1), '')",
    replaceFirst: "regexp_replace({0}, {1}, {2})",
    replaceAll: "regexp_replace({0}, {1}, {2}, 'g')"
  },
  length: "length({0})",
  substr: "substr({0}, {1}, {2})",
  startsWith: "starts_with({0}, {1})",
  endsWith: "ends_with({0}, {1})",
  isFinite: "isfinite({0})",
  notNaN: "(NOT isnan({0}))",
  nan: "'NaN'::DOUBLE",
  epochMs: {
    date: "epoch_ms(CAST({0} AS TIMESTAMP))",
    timestamp: "epoch_ms({0})",
    timestamptz: "epoch_ms({0})"
  },
  // Shapes are matched first, so the lenient cast only ever sees ISO text (see expr/iso.ts).
  isoTextEpochMs: "CASE WHEN regexp_full_match({0}, {1}) THEN epoch_ms(TRY_CAST({0} AS TIMESTAMPTZ)) WHEN regexp_full_match({0}, {2}) THEN epoch_ms(TRY_CAST({0} AS TIMESTAMP)) END",
  strptime: "try_strptime({0}, {1})",
  jsonValid: "json_valid({0})",
  stddev: "stddev_samp({0})",
  median: "quantile_cont({0}, 0.5)",
  quantile: "quantile_cont({0}, {1})",
  windowQuantile: true,
  distinctList: "array_agg(DISTINCT {0}{2}) FILTER (WHERE {1})",
  distinctListLimited: "list_slice(array_agg(DISTINCT {0}{2}) FILTER (WHERE {1}), 1, {3})",
  binaryCollation: "",
  limit: "{0} LIMIT {1}",
  why: {
    rowOrder: 'a SQL table has no row order, so "previous row" is undefined'
  }
};
function fillTemplate(template, args) {
  return template.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)]));
}

// src/core/expr/iso.ts
var DATE = " *[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}";
var CLOCK = "([01]?[0-9]|2[0-3]):[0-9]{1,2}";
var SECONDS = ":[0-9]{1,2}(\\.[0-9]+)?";
var OFFSET = "[+-][0-9]{2}:?[0-9]{2}";
var ISO_WITH_OFFSET = `${DATE}(T${CLOCK}${SECONDS}(Z|${OFFSET})| ${CLOCK}${SECONDS}${OFFSET})`;
var ISO_NAIVE = `${DATE}([T ]${CLOCK}(${SECONDS})?)?`;

// src/core/expr/regex.ts
var RE2_CLASS = {
  d: "\\p{Nd}",
  s: "\\t\\n\\x0B\\f\\r\\x{85}\\p{Z}",
  w: "\\p{L}\\p{M}\\p{Nd}\\p{Pc}"
};
function translateRegex(pattern, flavor) {
  return flavor === "re2" ? toRe2(pattern) : toPosixAre(pattern);
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
    [/\\x\{/, "\\x{..} escapes"],
    [/\\[bBAzZ]/, "anchors and word boundaries spelled differently"],
    [/(?<!^)\(\?(?!:)/, "inline flags or groups other than (?:...) (a leading (?i) is fine)"],
    [/^\(\?(?!i\)|:)/, "inline flags other than a leading (?i)"],
    [/\{(\d{4,}|[3-9]\d\d|2[6-9]\d|25[6-9])/, "repetition counts above 255"]
  ];
  for (const [re, what] of bad) if (re.test(pattern)) return { unsupported: `pattern uses ${what}` };
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
  /** `schema`: the source's polars dtype names, for what differs by type (text collation). */
  constructor(d, where, windows = /* @__PURE__ */ new Map(), schema = {}) {
    this.d = d;
    this.where = where === void 0 ? void 0 : `(${where})`;
    this.windows = windows;
    this.schema = schema;
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
    const t2 = translateRegex(pattern, this.d.regex.flavor);
    if ("unsupported" in t2)
      throw new UnsupportedInDialect(`${this.d.title} regular expressions differ here: ${t2.unsupported}`);
    return quoteString(t2.pattern);
  }
  /** `where` AND extra conditions, for FILTER clauses. */
  filterOf(extra) {
    return [this.where, extra].filter(Boolean).join(" AND ") || "TRUE";
  }
  filtered(call, extra) {
    const f = [this.where, extra].filter(Boolean).join(" AND ");
    return f ? `${call} FILTER (WHERE ${f})` : call;
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
  window(sql2) {
    let alias = this.windows.get(sql2);
    if (!alias) {
      alias = `__tg_w${this.windows.size}`;
      this.windows.set(sql2, alias);
    }
    return quoteIdent(this.d, alias);
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
        return fillTemplate(d.regex.match, [r(n.arg), this.regex(n.pattern)]);
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
        if (!d.tryCast) this.fail("tryCast", "no lenient cast");
        return fillTemplate(d.tryCast, [r(n.arg), d.types[n.to]]);
      case "epochMs":
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
      case "quantile":
        if (!d.windowQuantile) this.fail("windowQuantile", "no windowed quantile");
        return this.window(`${this.agg(n)} OVER ()`);
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
  epochMs(sql2, dtype2) {
    const d = this.d;
    if (dtype2 === "Date") return fillTemplate(d.epochMs.date, [sql2]);
    if (/^Datetime\(\w+,\s*.+\)$/.test(dtype2)) return fillTemplate(d.epochMs.timestamptz, [sql2]);
    if (dtype2.startsWith("Datetime")) return fillTemplate(d.epochMs.timestamp, [sql2]);
    if (dtype2 === "Null") return "CAST(NULL AS BIGINT)";
    if (!isStringDtype(dtype2)) throw new UnsupportedInDialect(`epoch of a ${dtype2} value`);
    if (!d.isoTextEpochMs) this.fail("isoTextEpochMs", "no ISO text parsing");
    return `(${fillTemplate(d.isoTextEpochMs, [sql2, quoteString(`^${ISO_WITH_OFFSET}$`), quoteString(`^${ISO_NAIVE}$`)])})`;
  }
};

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
var column = external_exports.string().min(1).describe("Column name");
var columnList = external_exports.array(external_exports.string().min(1)).min(1).describe("Column names");
var num = external_exports.number();
var range = {
  min: num.optional().describe("Lower bound (inclusive unless strict)"),
  max: num.optional().describe("Upper bound (inclusive unless strict)"),
  strict: external_exports.boolean().optional().describe("Exclude the bounds")
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

// src/core/checks/table.ts
var countBounds = external_exports.object({
  min: external_exports.number().int().min(0).optional(),
  max: external_exports.number().int().min(0).optional(),
  equals: external_exports.number().int().min(0).optional()
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
  params: external_exports.object({ columns: columnList }).strict(),
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
var normalize = (t2) => t2.replace(/\s+/g, "").toLowerCase();
function dtypeMatches(actual, wanted) {
  const family2 = dtypeFamilies[wanted.trim().toLowerCase()];
  if (family2) return family2(actual);
  const a = normalize(actual).replace(/^boolean$/, "bool");
  return a === normalize(wanted).replace(/^boolean$/, "bool");
}
var dtype = external_exports.string().min(1).refine((t2) => t2.trim().toLowerCase() in dtypeFamilies || polarsDtype.test(t2.replace(/\s+/g, "")), {
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
  params: external_exports.object({
    columns: external_exports.record(external_exports.string().min(1), dtype).refine((c) => Object.keys(c).length > 0, {
      message: "list at least one column"
    }),
    ordered: external_exports.boolean().optional().describe("Listed columns appear in this order"),
    exact: external_exports.boolean().optional().describe("No columns other than the listed ones")
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
      message: problems.length === 0 ? `schema matches (${formatCount(wanted.length)} columns)` : `schema differs: ${problems.join("; ")}`
    };
  })
});
var columnDtype = defineCheck({
  name: "column_dtype",
  category: "table",
  summary: "A column has the given dtype.",
  doc: "Fails when `column` does not have `dtype`. Accepts the same names as `schema`: exact polars names (`Int64`, `Datetime(us)`) or families (`int`, `float`, `string`, `bool`, `date`, `datetime`). Useful for a column whose type silently drifts, such as ids read as floats after a null appears in a CSV.",
  defaultSeverity: "high",
  params: external_exports.object({ column, dtype }).strict(),
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
  params: external_exports.object({
    column,
    max_age: external_exports.string().refine((s) => parseAge(s) !== void 0, {
      message: "write an age like `24h`, `7d`, `90m` or `1d12h`"
    }).describe("Largest allowed age of the newest value, e.g. 24h, 7d"),
    format: external_exports.string().min(1).optional().describe("strftime format of text timestamps, e.g. %d/%m/%Y %H:%M")
  }).strict(),
  example: { column: "updated_at", max_age: "24h" },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const dtype2 = requireDtype(ctx, "freshness", p.column, "date");
    const c = col(p.column);
    const epoch = p.format && isStringDtype(dtype2) ? c.cast("String").strptime(p.format).epochMs("Datetime(ms)") : c.epochMs(dtype2);
    const newest = epoch.max();
    const unparsed = isStringDtype(dtype2) ? c.isNotNull().and(epoch.isNull()).sum() : lit(0);
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
  params: external_exports.object({ columns: columnList.optional() }).strict(),
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
  params: external_exports.object({
    other: external_exports.string().min(1).describe("Name of the source to compare with"),
    tolerance: external_exports.number().min(0).optional().describe("Allowed relative difference, 0.1 = \xB110%"),
    min_ratio: external_exports.number().min(0).optional().describe("Least rows / other rows"),
    max_ratio: external_exports.number().min(0).optional().describe("Largest rows / other rows")
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
    const counted = ctx.other(p.other).lazy().select(import_nodejs_polars4.default.len().alias("n")).collectSync();
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
  params: external_exports.object({ column }).strict(),
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
  params: external_exports.object({ column, max: external_exports.number().min(0).max(1).describe("Largest allowed null fraction, 0..1") }).strict(),
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
  params: external_exports.object({ columns: columnList }).strict(),
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
  params: external_exports.object({ column }).strict(),
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
  doc: "Fails on every row whose value also occurs in another row; both copies count, so one repeated id gives a failing count of 2. Nulls are not judged (several nulls are not duplicates); add `not_null` for them. With `where`, duplicates are only looked for among rows inside the filter. Clean columns cost one distinct count of value hashes; rows are compared only when that finds a repeat. Needs all rows at once, so partitioned runs merge it globally.",
  defaultSeverity: "high",
  merge: "global",
  perColumn: true,
  params: external_exports.object({ column }).strict(),
  example: { column: "order_id" },
  columns: (p) => [p.column],
  plan: (p) => ({
    kind: "row",
    fails: duplicated([col(p.column)]),
    clean: keysDistinct([col(p.column)], true),
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
  params: external_exports.object({ columns: columnList }).strict(),
  example: { columns: ["customer_id", "order_date"] },
  columns: (p) => p.columns,
  plan: (p) => ({
    kind: "row",
    fails: duplicated(p.columns.map(col)),
    clean: keysDistinct(p.columns.map(col), true),
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
  params: external_exports.object({ columns: columnList }).strict(),
  example: { columns: ["order_id"] },
  columns: (p) => p.columns,
  plan: (p) => ({
    kind: "row",
    fails: nullKey(p.columns).or(duplicated(p.columns.map(col))),
    clean: nullKey(p.columns).not().all().and(keysDistinct(p.columns.map(col), false)),
    judged: "all",
    expected: `non-null, unique (${p.columns.join(", ")})`,
    describe: "null or duplicate keys"
  })
});
function nullKey(columns) {
  return or(...columns.map((c) => col(c).isNull()));
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
  params: external_exports.object({ column, min: range.min, max: range.max }).strict().refine(requireABound, boundMessage),
  example: { column: "status", min: 2, max: 10 },
  columns: (p) => [p.column],
  plan: (p) => distinctPlan(p, (distinct) => ({
    value: distinct,
    says: `${formatCountOf(distinct, "distinct value")} in ${p.column}`
  }))
});
var fraction = external_exports.number().min(0).max(1);
var distinctFractionBetween = defineCheck({
  name: "distinct_fraction_between",
  category: "uniqueness",
  summary: "Distinct values / non-null values lies within a range.",
  doc: "Divides the number of distinct non-null values by the number of non-null values (inside `where`): 1.0 means every value is unique, values near 0 mean a few values repeat. Compare with `min` and/or `max` (fractions 0..1). A column with no non-null values fails, since there is nothing to measure.",
  defaultSeverity: "medium",
  merge: "global",
  perColumn: true,
  params: external_exports.object({ column, min: fraction.optional(), max: fraction.optional() }).strict().refine(requireABound, boundMessage),
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
var import_nodejs_polars5 = __toESM(require_nodejs_polars(), 1);
var setValues = external_exports.array(external_exports.union([external_exports.string(), external_exports.number(), external_exports.boolean()])).min(1).describe("The allowed (or forbidden) values");
var columnAndValues = external_exports.object({ column, values: setValues }).strict();
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
  const right = isStringDtype(rdtype) ? values : values.cast(import_nodejs_polars5.default.Utf8);
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
function rowPlan(fails, expected, describe) {
  return { kind: "row", fails, expected, describe };
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
var patternParams = external_exports.object({
  column,
  pattern: external_exports.string().min(1).describe("Regular expression (Rust regex syntax); matched anywhere unless anchored"),
  ignore_case: external_exports.boolean().optional().describe("Match case-insensitively (same as a leading `(?i)`)")
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
var length = external_exports.number().int().min(0);
var lengthBetween = defineCheck({
  name: "length_between",
  category: "strings",
  summary: "Text length (in characters) lies within a range.",
  doc: 'Fails on every non-null value shorter than `min` or longer than `max` characters. Length counts Unicode characters, not bytes, so "\u6771\u4EAC" has length 2. Empty strings have length 0 (use `no_blank_strings` to reject them explicitly).',
  defaultSeverity: "medium",
  perColumn: true,
  params: external_exports.object({ column, min: length.optional(), max: length.optional() }).strict().refine((p) => p.min !== void 0 || p.max !== void 0, { message: "give `min`, `max` or both" }).refine((p) => p.min === void 0 || p.max === void 0 || p.min <= p.max, {
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
    params: external_exports.object({ column }).strict(),
    example: spec.example,
    columns: (p) => [p.column],
    plan: (p, ctx) => mustMatch(ctx, spec.name, p.column, spec.pattern, spec.label, spec.reject)
  });
}
var email = formatCheck({
  name: "email",
  summary: "Values are syntactically valid email addresses.",
  doc: "Fails on every non-null value that is not a plausible email address: a local part of the usual characters (dot-separated, no leading, trailing or double dots), `@`, and a domain of at least two labels with an alphabetic top-level domain. Internationalised domain names (Unicode or `xn--`) pass. Quoted local parts and IP-literal domains, legal but almost never intended, fail. No DNS lookup is made.",
  example: { column: "email" },
  label: "email addresses",
  pattern: `^${ATOM}(?:\\.${ATOM})*@${DOMAIN}$`,
  reject: LONG_LABEL
});
var uuidVersion = external_exports.number().int().min(1).max(8);
var uuid = defineCheck({
  name: "uuid",
  category: "strings",
  summary: "Values are UUIDs (any version, or the given `version`).",
  doc: "Fails on every non-null value that is not a UUID in its canonical 8-4-4-4-12 hexadecimal form (either case, no braces or `urn:uuid:` prefix). Without `version` any hex value of that shape passes, including the nil UUID; with `version: 4` (1 to 8) the version digit must match and the variant must be the RFC 9562 one (`8`, `9`, `a` or `b`).",
  defaultSeverity: "medium",
  perColumn: true,
  params: external_exports.object({ column, version: uuidVersion.optional().describe("Required UUID version (1-8)") }).strict(),
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
  params: external_exports.object({
    column,
    schemes: external_exports.array(external_exports.string().regex(/^[A-Za-z][A-Za-z0-9+.-]*$/, "a URL scheme such as `https`")).min(1).optional().describe("Allowed schemes (default: http, https, ftp)")
  }).strict(),
  example: { column: "homepage", schemes: ["https"] },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const schemes = p.schemes ?? ["http", "https", "ftp"];
    const host = `(?:localhost|${DOMAIN}|${IPV4}|\\[${IPV6}\\])`;
    const pattern = `^(?i:${schemes.map((s) => s.replace(/[.+]/g, "\\$&")).join("|")})://(?:[^\\s/?#@]+@)?${host}(?::[0-9]{1,5})?(?:[/?#][^\\s]*)?$`;
    const label = `${schemes.join("/")} URLs`;
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
  params: external_exports.object({ column, version: external_exports.union([external_exports.literal(4), external_exports.literal(6), external_exports.literal("any")]).optional() }).strict(),
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
  params: external_exports.object({ column, format: external_exports.string().min(1).describe("strftime format") }).strict(),
  example: { column: "created_at", format: "%Y-%m-%d %H:%M:%S" },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const parsed = textColumn(ctx, "datetime_format", p.column).strptime(p.format);
    return rowPlan(parsed.isNull(), `format ${p.format}`, `unparseable values (format ${p.format})`);
  }
});
var jsonParseable = defineCheck({
  name: "json_parseable",
  category: "strings",
  summary: "Text values are valid JSON documents.",
  doc: "Fails on every non-null value that is not one complete JSON document (object, array, string, number, `true`, `false` or `null`; surrounding whitespace allowed). Trailing commas, single quotes, `NaN` and trailing text fail. Each value is parsed on its own inside the fused scan (polars JSONPath `$`), so one bad row never breaks the others.",
  defaultSeverity: "medium",
  perColumn: true,
  params: external_exports.object({ column }).strict(),
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
  params: external_exports.object({ column }).strict(),
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
    params: external_exports.object({ column }).strict(),
    example: { column: lower ? "email" : "country_code" },
    columns: (p) => [p.column],
    plan: (p, ctx) => {
      const c = textColumn(ctx, name, p.column);
      const mapped = lower ? c.lower() : c.upper();
      return rowPlan(c.neq(mapped), `${name} text`, `values that are not ${name}`);
    }
  });
}
var affixes = external_exports.union([external_exports.string().min(1), external_exports.array(external_exports.string().min(1)).min(1)]);
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
  params: external_exports.object({ column, prefix: affixes }).strict(),
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
  params: external_exports.object({ column, suffix: affixes }).strict(),
  example: { column: "filename", suffix: [".csv", ".parquet"] },
  columns: (p) => [p.column],
  plan: (p, ctx) => affixPlan(ctx, "ends_with", p.column, p.suffix, false)
});
var stringChecks = [
  regex,
  notRegex,
  lengthBetween,
  email,
  url,
  uuid,
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
  params: external_exports.object({ column, ...range }).strict().refine(requireABound, boundMessage),
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
    params: external_exports.object({ column }).strict(),
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
  params: external_exports.object({ column }).strict(),
  example: { column: "score" },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const c = numeric(ctx, "finite", p.column);
    const fails = isFloat(ctx, p.column) ? c.isFinite().not() : lit(false);
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
  params: external_exports.object({ column }).strict(),
  example: { column: "passengers" },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const c = numeric(ctx, "integer_valued", p.column);
    const fails = isFloat(ctx, p.column) ? c.isFinite().not().or(c.floor().neq(c)) : lit(false);
    return { kind: "row", fails, expected: "whole numbers", describe: "values with a fractional part" };
  }
});
var statParams = external_exports.object({ column, ...range }).strict().refine(requireABound, boundMessage);
function statPlan(p, label, metric) {
  const expected = describeRange(p.min, p.max, p.strict);
  return {
    kind: "aggregate",
    metrics: { value: metric },
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
  params: external_exports.object({ column, q: external_exports.number().min(0).max(1).describe("Quantile, 0 to 1"), ...range }).strict().refine(requireABound, boundMessage),
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
    params: external_exports.object({ column, strict: external_exports.boolean().optional().describe("Equal neighbours fail too") }).strict(),
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
var maxFraction = external_exports.number().min(0).max(1).optional().describe("Largest tolerated fraction of outliers (default 0; `mostly` overrides it)");
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
  params: external_exports.object({
    column,
    threshold: external_exports.number().gt(0).optional().describe("|z| above this is an outlier (default 3)"),
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
  doc: "Computes the quartiles Q1 and Q3 (linear interpolation) of the non-null values inside `where`, marks a value as an outlier when it is below Q1 - k\xB7IQR or above Q3 + k\xB7IQR (IQR = Q3 - Q1, `k` default 1.5), and fails when outliers exceed `max_fraction` of the judged values (default 0). A suite-level `mostly` takes precedence. More robust than z-scores on skewed data. Not merged across partitions.",
  defaultSeverity: "medium",
  perColumn: true,
  merge: "global",
  params: external_exports.object({
    column,
    k: external_exports.number().gt(0).optional().describe("Fence multiplier (default 1.5)"),
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
  const [, date, time, zone] = m;
  return Date.parse(`${date}T${time ?? "00:00:00"}${zone ?? "Z"}`);
}
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 6048e5 };
function parseDuration(s) {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)\s*$/.exec(s);
  return m ? Number(m[1]) * UNIT_MS[m[2]] : NaN;
}

// src/core/checks/dates.ts
var isoParam = external_exports.string().refine((s) => !Number.isNaN(parseIsoParam(s)), {
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
  params: external_exports.object({
    column,
    tolerance: external_exports.string().refine((s) => !Number.isNaN(parseDuration(s)), { message: "a duration such as 30s, 5m, 2h, 1d, 1w" }).optional().describe("Allowed lead over the run clock, e.g. 5m")
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
  params: external_exports.object({
    column,
    min: isoParam.optional().describe("Earliest allowed value (ISO date or datetime)"),
    max: isoParam.optional().describe("Latest allowed value (ISO date or datetime)"),
    strict: external_exports.boolean().optional().describe("Exclude the bounds")
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
  params: external_exports.object({
    left: column.describe("Column on the left of the comparison"),
    op: external_exports.enum(Object.keys(operators)),
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
  params: external_exports.object({
    expression: external_exports.string().min(1).describe("SQL boolean condition that must be true on every row"),
    null_ok: external_exports.boolean().optional().describe("A null result counts as passing"),
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
var import_nodejs_polars6 = __toESM(require_nodejs_polars(), 1);
var foreignKey = defineCheck({
  name: "foreign_key",
  category: "referential",
  summary: "Every non-null value exists in a column of another source.",
  doc: "Fails on every non-null value of `column` that does not occur in `reference.column` of the source `reference.source` (e.g. order lines whose `product_id` is not in the products table). The referenced column is read once as its distinct values; the test itself is a row expression of the fused scan, so failing rows are counted and sampled like any row check. When the two columns have different dtypes (ids as numbers here and text there) they are compared as text. Nulls are not judged.",
  defaultSeverity: "high",
  params: external_exports.object({
    column,
    reference: external_exports.object({
      source: external_exports.string().min(1).describe("Source holding the referenced values"),
      column: column.describe("Referenced column in that source")
    }).strict()
  }).strict(),
  example: { column: "customer_id", reference: { source: "customers", column: "id" } },
  readsSources: (p) => [p.reference.source],
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const describe = {
      expected: `values in ${p.reference.source}.${p.reference.column}`,
      describe: `values missing from ${p.reference.source}.${p.reference.column}`
    };
    if (ctx.otherSql) {
      const other2 = ctx.otherSql(p.reference.source);
      return {
        kind: "row",
        fails: missingFromOther(p.column, ctx.schema[p.column], p.reference.column, other2),
        ...describe
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
      keys = lf.select(import_nodejs_polars6.default.col(p.reference.column)).unique().collectSync().getColumn(p.reference.column).dropNulls();
    } catch (err) {
      if (err instanceof TruthgateError) throw err;
      throw explainReadError(other, err, ctx.baseDir);
    }
    return {
      kind: "row",
      fails: memberOf(col(p.column), ctx.schema[p.column], keys).not(),
      ...describe
    };
  }
});
var referentialChecks = [foreignKey];

// src/core/checks/custom.ts
var import_nodejs_polars8 = __toESM(require_nodejs_polars(), 1);

// src/core/toolkit/sql.ts
var import_nodejs_polars7 = __toESM(require_nodejs_polars(), 1);
function executeSql(tables, query) {
  const lf = import_nodejs_polars7.default.SQLContext(tables).execute(query);
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
  params: external_exports.object({
    query: external_exports.string().min(1).describe("SQL SELECT over `source` whose returned rows are failures"),
    max_failures: external_exports.number().int().min(0).optional().describe("Returned rows tolerated (default 0)")
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
          result.select(import_nodejs_polars8.default.len().alias("n")).collect(),
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
  let sum = lit(0);
  for (let i = 0; i < MAX_CARD_DIGITS; i++) {
    const d = digits.substr(i, 1).cast("Int32", false).fillNull(0);
    const doubled = when(d.gt(4), d.mul(2).sub(9), d.mul(2));
    sum = sum.add(when(len.sub(i).mod(2).eq(0), doubled, d));
  }
  return sum.mod(10).eq(0);
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
  params: external_exports.object({
    column,
    kinds: external_exports.array(external_exports.enum(piiKinds)).min(1).optional().describe("What to look for: email, phone, credit_card (default all)")
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
import { resolve } from "node:path";
var drift = defineCheck({
  name: "drift",
  category: "drift",
  summary: "Column distributions have not drifted from a baseline source or saved profile.",
  doc: "Compares each column with `baseline`: another source of the suite, or the path (relative to the suite file) of a profile saved with `truthgate profile --format json`, so the baseline data need not be present. `method: auto` uses PSI over baseline-decile bins plus the Kolmogorov\u2013Smirnov statistic for numeric and temporal columns, and chi-square (Cram\xE9r\u2019s V) plus Jensen\u2013Shannon distance for categorical ones; `ks`, `psi`, `chi2`, `js`, `wasserstein`, `hellinger` and `tv` pick one. A column drifts when a distance exceeds its threshold and, where the metric has one, the p-value is below 0.05, so large tables are judged by effect size and small ones are not flagged for noise. `threshold` overrides the named method\u2019s threshold, `thresholds` any of them. The check fails when the share of drifted columns exceeds `max_drifted_share` (default 0: any drifted column) or a baseline column is missing or changed kind. See docs/drift.md.",
  defaultSeverity: "medium",
  merge: "global",
  params: external_exports.object({
    baseline: external_exports.string().min(1).describe("A source name of the suite, or the path of a saved profile JSON"),
    columns: columnList.optional().describe("Columns to compare (default: all)"),
    method: MethodChoice.optional().describe(`auto (default) or one of ${driftMethods.join(", ")}`),
    threshold: external_exports.number().positive().optional().describe("Threshold of the named method"),
    thresholds: Thresholds.partial().strict().optional().describe("Thresholds per method, and alpha"),
    max_drifted_share: external_exports.number().min(0).max(1).optional().describe("Tolerated share of drifted columns")
  }).strict().refine((p) => p.threshold === void 0 || p.method !== void 0 && p.method !== "auto", {
    message: "`threshold` needs a named `method`; with auto use `thresholds: { psi: .., ks: .. }`"
  }),
  example: { baseline: "orders_last_month", method: "auto" },
  sqlUnsupported: "compares the rows in polars during the run; for a SQL source, `truthgate drift --suite` counts the drift in the database",
  // Columns missing from the data are schema drift (a result), not a configuration error.
  columns: () => [],
  plan: (p, ctx) => ({
    kind: "standalone",
    run: async () => {
      const baseline = resolveBaseline(p.baseline, ctx);
      const current = { ...ctx.source, lazy: () => ctx.frame() };
      const thresholds = {
        ...p.thresholds,
        ...p.threshold !== void 0 && p.method && p.method !== "auto" ? { [p.method]: p.threshold } : {}
      };
      const report = await driftCompare(baseline, current, {
        ...p.columns ? { columns: p.columns } : {},
        ...p.method ? { method: p.method } : {},
        thresholds,
        ...p.max_drifted_share !== void 0 ? { maxDriftedShare: p.max_drifted_share } : {}
      });
      return outcome(report);
    }
  })
});
function resolveBaseline(baseline, ctx) {
  const path = resolve(ctx.baseDir, baseline);
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
var import_nodejs_polars9 = __toESM(require_nodejs_polars(), 1);

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
  sensitivity: external_exports.number().positive().optional().describe("Band half-width in robust standard deviations (default 4); lower flags more"),
  min_history: external_exports.number().int().min(2).optional().describe("Past runs needed before the check judges (default 7); until then it passes as learning"),
  window: external_exports.number().int().min(3).optional().describe("Newest past runs used (default 90, or every run of the last 28 days when that is more)"),
  series: external_exports.string().regex(/^[A-Za-z0-9_.:-]+$/).optional().describe("Name of the history series, to tell apart checks of the same metric with different `where`")
};
function modelOptions(p, fixed) {
  return {
    ...fixed,
    ...p.sensitivity !== void 0 ? { sensitivity: p.sensitivity } : {},
    ...p.min_history !== void 0 ? { minHistory: p.min_history } : {},
    ...p.window !== void 0 ? { window: p.window } : {}
  };
}
function seriesName(p, ctx, metric) {
  if (p.series) return p.series;
  return ctx.where ? `${metric}@where` : metric;
}
var DAY2 = 864e5;
function verdictOutcome(metric, subject, value, verdict) {
  const observed = { metric, subject, value };
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
  params: external_exports.object({ ...learning }).strict(),
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
  params: external_exports.object({ column, ...learning }).strict(),
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
  params: external_exports.object({
    metric: external_exports.enum(metricNames),
    column,
    direction: external_exports.enum(["both", "up", "down"]).optional().describe("Which side of the range fails (default both)"),
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
  params: external_exports.object({ column, ...learning }).strict(),
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
  params: external_exports.object({
    column,
    bucket: external_exports.enum(["day", "hour"]).optional().describe("Bucket size (default day)"),
    recent: external_exports.number().int().min(1).optional().describe("Newest complete buckets judged (default 7)"),
    sensitivity: learning.sensitivity,
    min_history: external_exports.number().int().min(2).optional().describe("Complete buckets needed before the judged ones (default 21 days or 72 hours)")
  }).strict(),
  example: { column: "created_at", bucket: "day", recent: 7 },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const size = buckets[p.bucket ?? "day"];
    const dtype2 = requireDtype(ctx, "volume_anomaly", p.column, "date");
    const ms = epochMs(import_nodejs_polars9.default.col(p.column), dtype2, isoShapeOf(ctx.source, p.column));
    return {
      kind: "standalone",
      run: async () => {
        const counted = ctx.frame().select(ms.alias("t")).dropNulls().select(
          import_nodejs_polars9.default.col("t").cast(import_nodejs_polars9.default.Datetime("ms")).dt.truncate(p.bucket === "hour" ? "1h" : "1d").dt.timestamp().alias("b")
        ).groupBy("b").agg(import_nodejs_polars9.default.len().alias("n")).collectSync().toRecords();
        return judgeBuckets(counted, size, ctx.now.getTime(), p, `rows_per_${p.bucket ?? "day"}:${p.column}`);
      }
    };
  }
});
function judgeBuckets(counted, size, now, p, metric) {
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
    column: metric.slice(metric.indexOf(":") + 1),
    bucket: size === DAY2 ? "day" : "hour"
  };
  const minHistory = p.min_history ?? (size === DAY2 ? 21 : 72);
  const recent = series.slice(-(p.recent ?? 7));
  const history = series.slice(0, series.length - recent.length);
  if (history.length < minHistory) {
    return verdictOutcome(metric, subject, recent.at(-1)?.v ?? 0, {
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
      metric,
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
function sqlColumns(sql2, columns) {
  const names = /* @__PURE__ */ new Set();
  for (const t2 of tokenizeSql(sql2)) if (t2.kind === "word" || t2.kind === "quoted") names.add(t2.text);
  const lower = new Set([...names].map((s) => s.toLowerCase()));
  return [...columns].filter((c) => names.has(c) || lower.has(c.toLowerCase()));
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
function interpolateEnv(doc, env, file, lines, text) {
  (0, import_yaml.visit)(doc, {
    Scalar(_key, node) {
      if (!(0, import_yaml.isScalar)(node) || typeof node.value !== "string" || !node.value.includes("${")) return;
      node.value = node.value.replace(REFERENCE, (whole, esc, name, def) => {
        if (esc) return whole.slice(1);
        const v = env[name];
        if (v !== void 0 && v !== "") {
          recordEnvValue(name, v);
          return v;
        }
        if (def !== void 0) return def;
        const [start, end] = node.range ?? [0, 0];
        const at = text.slice(start, end).indexOf(`\${${name}`);
        const pos = node.range ? lines.linePos(start + Math.max(0, at)) : void 0;
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
    if (statSync(path).isDirectory()) throw new Error("directory");
    text = readFileSync2(path, "utf8");
  } catch {
    throw new TruthgateError("TG_SUITE_NOT_FOUND", { path });
  }
  return parseSuite(text, { ...opts, path, baseDir: dirname(resolve2(path)), env });
}
function parseSuite(text, opts = {}) {
  const file = opts.path ?? "<suite>";
  const lines = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new SuiteInvalidError(
      doc.errors.map((e) => {
        const pos = e.linePos?.[0] ?? lines.linePos(e.pos[0]);
        return new TruthgateError(
          "TG_SUITE_YAML",
          { detail: e.message.split("\n")[0].replace(/ at line \d+, column \d+.*$/, "") },
          { location: { file, line: pos?.line, column: pos?.col } }
        );
      })
    );
  }
  interpolateEnv(doc, opts.env ?? process.env, file, lines, text);
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
function buildSuite(js, opts = {}, locate = () => ({ file: opts.path ?? "<suite>" })) {
  const file = opts.path ?? "<suite>";
  const parsed = SuiteFile.safeParse(js);
  if (!parsed.success) throw new SuiteInvalidError(topLevelProblems(parsed.error.issues, locate));
  const raw = parsed.data;
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
      const params = {};
      for (const [k, v] of Object.entries(all2)) (commonFieldNames.includes(k) ? common : params)[k] = v;
      const c = CommonCheckFields.safeParse(common);
      if (!c.success) {
        for (const i of c.error.issues) problems.push(zodProblem(i, [...at, type], locate));
        return;
      }
      if (def.perColumn && Array.isArray(params.columns) && params.columns.length === 0) {
        problems.push(
          new TruthgateError(
            "TG_SUITE_INVALID",
            { path: `checks.${sourceName}[${idx}].${type}.columns`, detail: "list at least one column" },
            { location: locate([...at, type, "columns"]) }
          )
        );
        return;
      }
      const variants = def.perColumn && Array.isArray(params.columns) && params.column === void 0 ? params.columns.map((col2) => ({ ...omit(params, "columns"), column: col2 })) : [params];
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
  const abs = resolve2(path);
  let root = dirname(abs);
  while (!existsSync(join(root, ".git")) && dirname(root) !== root) root = dirname(root);
  const base = existsSync(join(root, ".git")) ? root : process.cwd();
  const rel = relative(base, abs).split(sep).join("/");
  return `${basename(abs)}@${createHash("sha256").update(rel).digest("hex").slice(0, 6)}`;
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
function omit(o, key) {
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
function zodProblem(issue, prefix, locate, checkName) {
  const path = [...prefix, ...issue.path.map((p) => typeof p === "symbol" ? String(p) : p)];
  let detail = issue.message;
  if (issue.code === "unrecognized_keys") {
    const known = knownKeys(checkName);
    detail = issue.keys.map((k) => {
      const n = nearest(k, known);
      return `unknown field \`${k}\`${n ? ` (did you mean \`${n}\`?)` : ""}`;
    }).join("; ");
    path.push(issue.keys[0]);
  }
  const shown = path.map((p) => typeof p === "number" ? `[${p}]` : `.${p}`).join("").replace(/^\./, "");
  return new TruthgateError(
    "TG_SUITE_INVALID",
    { path: shown || "(root)", detail },
    { location: locate(path, issue.code === "unrecognized_keys") }
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
  let node = doc.contents;
  let found = doc.contents ?? void 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if ((0, import_yaml2.isMap)(node)) {
      const pair = node.items.find((it) => it.key?.value === seg);
      if (!pair) break;
      const last = i === path.length - 1;
      found = last && key ? pair.key : pair.value ?? pair.key;
      node = pair.value;
    } else if ((0, import_yaml2.isSeq)(node) && typeof seg === "number") {
      node = node.items[seg];
      if (!node) break;
      found = node;
    } else break;
  }
  const offset = found?.range?.[0];
  if (offset === void 0) return { file };
  const pos = lines.linePos(offset);
  return { file, line: pos.line, column: pos.col };
}

export {
  isSqlSource,
  sqlColumns,
  native,
  rawExpr,
  lightExpr,
  mergesExactly,
  formatCount,
  formatPercent,
  postgres,
  duckdb,
  fillTemplate,
  UnsupportedInDialect,
  quoteIdent,
  SqlRenderer,
  columnNotFound,
  nearest,
  executeSql,
  polarsDetail,
  CUSTOM_SQL_EXAMPLES,
  customSqlOutcome,
  readProfileFile,
  looksLikeProfile,
  anomalyMessage,
  getCheck,
  require_dist,
  SUITE_VERSION,
  loadSuiteFile,
  buildSuite
};
