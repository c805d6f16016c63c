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
} from "./chunk-BG2DLXK5.js";

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
  configOverrides
};
