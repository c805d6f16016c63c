import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  compileGlobs
} from "./chunk-27A3QD7K.js";
import {
  CONTEXTS
} from "./chunk-UUPKITBT.js";

// dist/src/findings/note.js
function note(kind, text) {
  return { kind, text };
}
var ALWAYS_SHOWN = /* @__PURE__ */ new Set(["too-large", "conflicted", "registry", "credential-shaped"]);
function isAlwaysShown(shown) {
  return ALWAYS_SHOWN.has(shown.kind);
}

// dist/src/config/contexts.js
function configOverrides(config) {
  const overrides = [];
  for (const context of CONTEXTS)
    for (const glob of config.contexts?.[context] ?? []) {
      const matches = compileGlobs([glob]);
      overrides.push({ matches, context, reason: `matches '${glob}' of contexts.${context} in the config` });
    }
  return overrides;
}

export {
  configOverrides,
  note,
  isAlwaysShown
};
