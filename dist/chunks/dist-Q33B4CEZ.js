import { createRequire as __tgCreateRequire } from 'node:module';
const require = __tgCreateRequire(import.meta.url);
import {
  require_dist2 as require_dist
} from "./chunk-ZZBHJJEK.js";
import "./chunk-BDDSI5QT.js";
export default require_dist();
