import { createRequire as __tgCreateRequire } from 'node:module';
const require = __tgCreateRequire(import.meta.url);
import {
  require_src
} from "./chunk-DOEBCDF3.js";
import "./chunk-PWY7GYLN.js";
import "./chunk-BDDSI5QT.js";
export default require_src();
