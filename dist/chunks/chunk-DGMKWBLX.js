import { createRequire as __tgCreateRequire } from 'node:module';
const require = __tgCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-4TB3BQTT.js";
import {
  __toESM
} from "./chunk-BDDSI5QT.js";

// src/core/sources/cloud/key-glob.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function keyMatcher(glob) {
  const match = (0, import_picomatch.default)(glob, { dot: true });
  return (key) => !key.endsWith("/") && match(key);
}

export {
  keyMatcher
};
