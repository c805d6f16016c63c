import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  readPackageText,
  readPackageVersion
} from "./chunk-QSUDVEAY.mjs";
import "./chunk-76ATESAD.mjs";
import "./chunk-XFCS6LDE.mjs";
export {
  readPackageText,
  readPackageVersion
};
