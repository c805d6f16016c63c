import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  asciiJson
} from "./chunk-TNT4O3F4.js";
import {
  compareText
} from "./chunk-A3QA2ZQT.js";

// dist/src/ledger/coverage-format.js
var COVERAGE_PATH = ".value/coverage.json";
var VERSION = 1;
function formatCoverage(files) {
  const byPath = /* @__PURE__ */ new Map();
  for (const file of files)
    if (file.public > 0)
      byPath.set(file.path, file);
  const lines = [...byPath.values()].sort((a, b) => compareText(a.path, b.path)).map((file) => asciiJson({ path: file.path, documented: file.documented, public: file.public }));
  return lines.length === 0 ? `{
  "version": ${VERSION},
  "docstrings": []
}
` : `{
  "version": ${VERSION},
  "docstrings": [
${lines.join(",\n")}
  ]
}
`;
}
function parseCoverage(text) {
  const files = /* @__PURE__ */ new Map();
  for (const raw of text.split("\n")) {
    const line = raw.trim().replace(/,$/, "");
    if (!line.startsWith('{"path":'))
      continue;
    try {
      const entry = JSON.parse(line);
      if (typeof entry.path === "string" && isCount(entry.documented) && isCount(entry.public) && entry.documented <= entry.public) {
        files.set(entry.path, { path: entry.path, documented: entry.documented, public: entry.public });
      }
    } catch {
    }
  }
  return files;
}
function isCount(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

export {
  COVERAGE_PATH,
  formatCoverage,
  parseCoverage
};
