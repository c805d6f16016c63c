import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  numberIn,
  parseToml,
  readRuffToml,
  ruffSelects,
  strings,
  table
} from "./chunk-ECLHGQCE.js";
import "./chunk-4K3HMJS3.js";
export {
  numberIn,
  parseToml,
  readRuffToml,
  ruffSelects,
  strings,
  table
};
