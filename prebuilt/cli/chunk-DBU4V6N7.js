import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  readPackageText,
  readPackageVersion
} from "./chunk-CJEBQUOT.js";
import "./chunk-BX7BPTSK.js";
import "./chunk-4K3HMJS3.js";
export {
  readPackageText,
  readPackageVersion
};
