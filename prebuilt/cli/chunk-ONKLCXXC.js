import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);

// dist/src/findings/hash.js
import { hash } from "node:crypto";
function hashParts(parts, length = 16) {
  return hash("sha256", parts.join("\0"), "hex").slice(0, length);
}

export {
  hashParts
};
