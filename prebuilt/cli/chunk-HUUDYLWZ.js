import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  hashParts
} from "./chunk-ONKLCXXC.js";

// dist/src/findings/result.js
var ok = (value) => ({ ok: true, value });
var fail = (error) => ({ ok: false, error });

// dist/src/ledger/entry-id.js
function makeEntryId(ruleId, path, fingerprint) {
  return `${ruleId.split("/")[0]}-${hashParts([path, fingerprint], 10)}`;
}

export {
  ok,
  fail,
  makeEntryId
};
