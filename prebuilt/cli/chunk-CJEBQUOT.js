import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  layout
} from "./chunk-BX7BPTSK.js";

// dist/src/runtime/package-files.js
import { readFileSync } from "node:fs";
import { getAsset } from "node:sea";
var packageRoot = layout === "prebuilt" ? "../../" : "../../../";
function readPackageText(path) {
  if (layout === "standalone")
    return getAsset(path, "utf8");
  return readFileSync(new URL(`${packageRoot}${path}`, import.meta.url), "utf8");
}
function readPackageVersion() {
  return JSON.parse(readPackageText("package.json")).version;
}

export {
  readPackageText,
  readPackageVersion
};
